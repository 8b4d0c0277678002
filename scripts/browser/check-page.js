// Drives the offside page in headless Chromium the way a sub-editor would:
// paste an article, give its date, click Check, read the highlights, step
// through the false claims with n / p and copy the corrections.
//
//   node check-page.js BASE_URL EXAMPLE.txt SCREENSHOT.png [SEED.txt]
//
// EXAMPLE.txt is the repository's own article (examples/), so the test runs
// on a plain clone; SEED.txt, when given, is a labelled article of the
// shared set checked as well. Exits non-zero with a message on the first
// expectation that fails.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const [base, examplePath, screenshotPath, seedPath] = process.argv.slice(2);
if (!base || !examplePath || !screenshotPath) {
  console.error("usage: node check-page.js BASE_URL EXAMPLE.txt SCREENSHOT.png [SEED.txt]");
  process.exit(2);
}
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
// Where the test is, for the failure message.
let stage = "start";

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

function same(got, want, what) {
  expect(got === want, `${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}

// The page takes the date in its own field; an article file may carry it as
// a first "date YYYY-MM-DD" line, which is moved there.
function splitDateLine(raw) {
  const m = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(raw);
  return m ? { date: m[1], text: raw.slice(m[0].length) } : { date: "", text: raw };
}

// Replaces `from` by `to` in `text`, failing if `from` is not there once.
function plant(text, from, to) {
  expect(text.split(from).length === 2, `the example article no longer says ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

async function check(page, text, date) {
  if (!(await page.isVisible("#article"))) await page.click("#edit");
  await page.fill("#article", text);
  await page.fill("#date", date);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/v1/check")),
    page.click("#check"),
  ]);
  expect(response.status() === 200, `POST /v1/check answered ${response.status()}`);
  const report = await response.json();
  await page.waitForSelector("#results:not([hidden])");
  return report;
}

// Every highlight shows exactly the text of the claims it stands for: the
// byte offsets were converted correctly.
async function marksMatchClaims(page, report) {
  const marks = await page.$$eval("#view mark.claim", (ms) =>
    ms.map((m) => ({ ids: m.dataset.claims.split(",").map(Number), text: m.textContent })),
  );
  expect(marks.length > 0, "no claim was highlighted");
  for (const m of marks) {
    for (const i of m.ids) same(m.text, report.claims[i].text, `highlight of claim ${i}`);
  }
  const placed = new Set(marks.flatMap((m) => m.ids));
  same(placed.size, report.claims.length, "claims highlighted");
  return marks;
}

// What is painted is the claim's words: a span of more than eight words is
// only underlined, and inside it the painted pieces are short.
async function paintedIsShort(page) {
  const painted = await page.$$eval("#view mark.claim", (ms) =>
    ms.map((m) => ({
      long: m.classList.contains("long"),
      words: (m.textContent.match(/[\p{L}\p{N}]+/gu) || []).length,
      background: getComputedStyle(m).backgroundColor,
      keys: [...m.querySelectorAll(":scope > .key")].map((k) => k.textContent),
    })),
  );
  for (const m of painted) {
    if (m.words > 8) {
      expect(m.long, `a claim of ${m.words} words is painted whole`);
      same(m.background, "rgba(0, 0, 0, 0)", "background of a long claim");
      expect(m.keys.length > 0, "a long claim has none of its words painted");
      for (const k of m.keys) expect(k.split(/\s+/).length <= 4, `painted piece ${JSON.stringify(k)} is long`);
    } else {
      expect(!m.long, `a claim of ${m.words} words is not painted`);
    }
  }
  return painted;
}

function intersects(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

// The tooltip of a claim never covers that claim (nor the claim around it).
async function tipClearOf(page, mark) {
  const outer = stage;
  stage = `${outer}, tooltip of ${JSON.stringify(await mark.textContent())}`;
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await page.waitForSelector("#tip:not([hidden])");
  const { tip, lines } = await mark.evaluate((m) => {
    let outer = m;
    for (let p = m.parentElement; p && p.id !== "view"; p = p.parentElement) if (p.matches("mark.claim")) outer = p;
    const box = (r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    return {
      tip: box(document.getElementById("tip").getBoundingClientRect()),
      lines: [...outer.getClientRects()].map(box),
    };
  });
  for (const line of lines) {
    expect(!intersects(tip, line), `the tooltip ${JSON.stringify(tip)} covers its claim at ${JSON.stringify(line)}`);
  }
  stage = outer;
}

async function detailCorrect(page) {
  return (await page.textContent("#detail dd.correct")) || "";
}

async function main() {
  const example = splitDateLine(fs.readFileSync(examplePath, "utf8"));
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "offside-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1360, height: 1000 },
    deviceScaleFactor: 1,
    colorScheme: "light",
    // A locale whose date format is not ISO: the page must not follow it.
    locale: "en-US",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const origin = new URL(base).origin;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  try {
    const page = context.pages()[0] || (await context.newPage());
    const problems = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
    // The page must not reach for anything but its own server.
    page.on("request", (r) => {
      if (!r.url().startsWith(origin)) problems.push(`request to another host: ${r.url()}`);
    });

    await page.goto(base, { waitUntil: "load" });
    expect((await page.title()).includes("offside"), "the page title does not name offside");

    stage = "part 1";
    // 1. The example article: one false claim, Mbappé's goal in the 67th
    //    minute where the data says 65'. "Correct" is the value, not a line.
    const report = await check(page, example.text, example.date);
    await marksMatchClaims(page, report);
    const painted = await paintedIsShort(page);
    expect(painted.some((m) => m.long), "the example article has no long claim to paint by its words");
    const falseMarks = await page.$$("#view mark.claim.v-false");
    same(falseMarks.length, 1, "false highlights in the example");
    const summary = await page.textContent("#summary");
    expect(/^\d+ claims?: \d+ true, 1 false, \d+ unverifiable$/.test(summary), `summary line reads ${JSON.stringify(summary)}`);
    expect((await page.textContent("#as-of")).includes(example.date), `the page does not say it judged as of ${example.date}`);
    same(
      JSON.stringify(await falseMarks[0].$$eval(".key", (ks) => ks.map((k) => k.textContent))),
      JSON.stringify(["Kylian Mbappe", "67th minute"]),
      "painted words of the false claim",
    );

    await tipClearOf(page, falseMarks[0]);
    same((await page.textContent("#tip dd.correct")).trim(), "65'", "tooltip's correct value");
    const tipText = await page.textContent("#tip");
    expect(tipText.includes("Kylian Mbappé 65'"), "the tooltip lacks the data's full wording");
    expect(tipText.includes("Why") && tipText.includes("Evidence"), "tooltip lacks the explanation or the evidence");
    const order = await page.$$eval("#tip .claim-card > *", (es) => es.map((e) => e.className || e.tagName));
    expect(order.indexOf("evidence") > order.indexOf("DL"), `the evidence is not below the value: ${order}`);

    await falseMarks[0].click();
    same((await detailCorrect(page)).trim(), "65'", "panel's correct value");
    same((await page.$$("#claim-list li")).length, report.claims.length, "claims in the list");
    same(await page.textContent("#claim-list .item-fix"), "→ 65'", "the list's correction");

    // Every tooltip keeps clear of its claim, wherever the claim sits.
    for (const m of await page.$$("#view mark.claim")) await tipClearOf(page, m);

    // A viewport as tall as the page, so the shot shows it all from the top
    // with the side panel in place and the false claim's tooltip open.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1360, height: Math.min(height, 2400) });
    await page.evaluate(() => window.scrollTo(0, 0));
    await falseMarks[0].hover();
    await page.waitForSelector("#tip:not([hidden])");
    fs.mkdirSync(path.dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath });
    await page.setViewportSize({ width: 1360, height: 1000 });

    stage = "part 2";
    // 2. Four false claims of our own planting: n / p step through them in
    //    reading order and wrap; "Copy corrections" copies the plain list.
    let wrong = plant(example.text, "led 2-1 at half-time", "led 2-0 at half-time");
    wrong = plant(wrong, "won six of their seven games", "won five of their seven games");
    wrong = plant(wrong, "scoring 14 goals", "scoring 12 goals");
    const report2 = await check(page, wrong, example.date);
    const falseIds = report2.claims.map((c, i) => (c.verdict === "false" ? i : -1)).filter((i) => i >= 0);
    same(falseIds.length, 4, "false claims after planting three more");
    expect(await page.isVisible("#nav-hint"), "the n / p hint is not shown");
    const want = [
      ["led 2-0 at half", "2-1"],
      ["Kylian Mbappe added the fourth in the 67th minute", "65'"],
      ["won five of their seven games", "6"],
      ["scoring 12 goals", "14"],
    ];
    same(
      JSON.stringify(falseIds.map((i) => report2.claims[i].text)),
      JSON.stringify(want.map((w) => w[0])),
      "false claims in reading order",
    );
    const focused = async () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return a && a.matches("mark.claim") ? a.textContent : null;
      });
    await page.locator("#view").focus();
    const steps = [
      ["n", 0],
      ["n", 1],
      ["n", 2],
      ["p", 1],
      ["n", 2],
      ["n", 3],
      ["n", 0],
      ["p", 3],
    ];
    for (const [key, at] of steps) {
      await page.keyboard.press(key);
      same(await focused(), want[at][0], `focus after pressing ${key}`);
      same((await detailCorrect(page)).trim(), want[at][1], `panel's correct value after ${key}`);
      await page.waitForSelector("#tip:not([hidden])");
      same((await page.textContent("#tip dd.correct")).trim(), want[at][1], `tooltip's correct value after ${key}`);
      same(await page.textContent("#bar-note"), `False claim ${at + 1} of 4`, `position note after ${key}`);
    }
    // Typing an "n" in a field is typing, not navigation.
    await page.click("#edit");
    await page.click("#article");
    await page.keyboard.press("Control+End");
    await page.keyboard.press("n");
    expect((await page.inputValue("#article")).endsWith("n"), "pressing n in the article did not type it");
    await check(page, wrong, example.date);

    await page.evaluate(() => navigator.clipboard.writeText(""));
    await page.click("#copy");
    await page.waitForFunction(() => document.getElementById("bar-note").textContent.startsWith("Copied"));
    same(await page.textContent("#bar-note"), "Copied 4 corrections", "note after copying");
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    same(
      clip,
      [
        `4 false claims, judged on matches up to ${example.date}:`,
        `- line 3: "led 2-0 at half" should be 2-1`,
        `- line 5: "Kylian Mbappe added the fourth in the 67th minute" should be 65' (data: Kylian Mbappé 65')`,
        `- line 7: "won five of their seven games" should be 6 (data: 6 of 7)`,
        `- line 7: "scoring 12 goals" should be 14`,
        "",
      ].join("\n"),
      "copied corrections",
    );

    stage = "part 3";
    // 3. The date is ISO text whatever the browser's locale; anything else
    //    is refused before a request is sent.
    await page.click("#edit");
    same(await page.getAttribute("#date", "type"), "text", "type of the date field");
    same(await page.getAttribute("#date", "placeholder"), "YYYY-MM-DD", "placeholder of the date field");
    let sent = 0;
    const count = () => sent++;
    page.on("request", (r) => r.url().endsWith("/v1/check") && count());
    for (const [bad, says] of [
      ["07/16/2018", "is not written YYYY-MM-DD"],
      ["2018-02-30", "is not a day of the calendar"],
    ]) {
      await page.fill("#date", bad);
      await page.click("#check");
      await page.waitForSelector("#status:not([hidden])");
      const status = await page.textContent("#status");
      expect(status.includes(says), `a date of ${bad} gave ${JSON.stringify(status)}`);
      same(await page.getAttribute("#date", "aria-invalid"), "true", `aria-invalid after ${bad}`);
    }
    same(sent, 0, "requests sent with a bad date");
    await check(page, example.text, example.date);
    same(await page.getAttribute("#date", "aria-invalid"), "false", "aria-invalid after a good date");

    stage = "part 4";
    // 4. The value shown for other wordings of `actual` (a served report
    //    stands in for the checker, so each wording is tried once).
    const cases = [
      ["result", "Portugal beat Switzerland 2-1", "2019-06-05 Portugal 3-1 Switzerland (UEFA Nations League)", "Portugal 3-1 Switzerland"],
      ["result", "France beat Switzerland", "2021-06-28 France 3-3 Switzerland a.e.t., Switzerland won 5-4 on penalties (UEFA Euro 2020, round of 16)", "France 3-3 Switzerland a.e.t., Switzerland won 5-4 on penalties"],
      ["record", "Nigeria won African Cup of Nations 1990", "Algeria won African Cup of Nations 1990", "Algeria"],
      ["standing", "England top of Group B with 6 points", "England 1st with 3 points (P1 GD+4)", "1st with 3 points (P1 GD+4)"],
      ["date", "2017-10-10 Trinidad and Tobago 2-1 United States (FIFA World Cup qualification) on monday", "2017-10-10 (tuesday)", "tuesday"],
      ["minute", "Diego Maradona scored at 54'", "Diego Maradona 51', 55'", "51', 55'"],
      ["minute", "Kylian Mbappé at 83'", "Kylian Mbappé 80' (pen.), Kylian Mbappé 81', Kylian Mbappé 118' (pen.)", "80' (pen.), 81', 118' (pen.)"],
      ["minute", "Hossein Hosseini came on at 18'", "came on 20'", "20'"],
      ["score", "France 2-0 at half-time", "2-1", "2-1"],
      ["tally", "England goals conceded: 3", "4", "4"],
    ];
    const served = {
      as_of: "2024-01-01",
      as_of_source: "given",
      unexplained: [],
      claims: cases.map(([kind, claimed, actual]) => ({
        span: { start: 0, end: 1 },
        line: 1,
        column: 1,
        kind,
        verdict: "false",
        claimed,
        actual,
        explanation: "",
        evidence: [],
        rule: "served",
        text: "x",
      })),
    };
    await page.route("**/v1/check", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(served) }),
    );
    await check(page, "x", "");
    const fixes = await page.$$eval("#claim-list .item-fix", (es) => es.map((e) => e.textContent));
    same(JSON.stringify(fixes), JSON.stringify(cases.map((c) => `→ ${c[3]}`)), "values shown for each wording");
    await page.unroute("**/v1/check");

    stage = "part 5";
    // 5. Non-ASCII before the claims: highlights must not drift.
    const accented = `Café crème à Doha — Mbappé’s 🙂 “notes”:\n\n${example.text}`;
    const report5 = await check(page, accented, example.date);
    await marksMatchClaims(page, report5);
    same((await page.$$("#view mark.claim.v-false")).length, 1, "false highlights with non-ASCII text in front");

    stage = "part 6";
    // 6. Markup in an article is shown as text and never runs.
    const hostile = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\n${example.text}`;
    await check(page, hostile, example.date);
    expect((await page.evaluate(() => window.__pwned)) === undefined, "markup from the article ran in the page");
    const viewText = await page.textContent("#view");
    expect(viewText.startsWith("<script>window.__pwned = 1</script>"), "the article's markup is not shown as text");
    same((await page.$$("#view script, #view img")).length, 0, "elements made from the article's markup");

    stage = "part 7";
    // 7. The seed article of the shared set, when given: conceded 3, data 4.
    let seedNote = "";
    if (seedPath) {
      const seed = splitDateLine(fs.readFileSync(seedPath, "utf8"));
      const report7 = await check(page, seed.text, seed.date);
      await marksMatchClaims(page, report7);
      await paintedIsShort(page);
      const marks = await page.$$("#view mark.claim.v-false");
      same(marks.length, 1, "false highlights in the seed article");
      await tipClearOf(page, marks[0]);
      same((await page.textContent("#tip dd.correct")).trim(), "4", "seed article's correct value");
      seedNote = "; seed article: one false (conceded 3, data 4)";
    }

    stage = "part 8";
    // 8. An error from the server is shown, not swallowed.
    await page.click("#edit");
    await page.fill("#article", "");
    await page.click("#check");
    await page.waitForSelector("#status:not([hidden])");

    expect(problems.length === 0, problems.join("\n"));
    console.log(
      `browser test passed: ${report.claims.length} claims, one false (Mbappé 67', data 65'); ` +
        `n/p over 4 false claims; corrections copied; ISO date checked${seedNote}; screenshot ${screenshotPath}`,
    );
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`browser test FAILED (${stage}): ${e.message}`);
  process.exit(1);
});
