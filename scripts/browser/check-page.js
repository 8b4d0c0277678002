// Drives the offside page in headless Chromium the way a person would:
// paste an article, give its date, click Check, look at the highlights.
//
//   node check-page.js BASE_URL ARTICLE.txt SCREENSHOT.png
//
// Exits non-zero with a message on the first expectation that fails.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const [base, articlePath, screenshotPath] = process.argv.slice(2);
if (!base || !articlePath || !screenshotPath) {
  console.error("usage: node check-page.js BASE_URL ARTICLE.txt SCREENSHOT.png");
  process.exit(2);
}
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

// The page takes the date in its own field; an article file may carry it as
// a first "date YYYY-MM-DD" line, which is moved there.
function splitDateLine(raw) {
  const m = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(raw);
  return m ? { date: m[1], text: raw.slice(m[0].length) } : { date: "", text: raw };
}

async function check(page, text, date) {
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
    for (const i of m.ids) {
      const want = report.claims[i].text;
      expect(m.text === want, `highlight shows ${JSON.stringify(m.text)}, claim text is ${JSON.stringify(want)}`);
    }
  }
  const placed = new Set(marks.flatMap((m) => m.ids));
  expect(placed.size === report.claims.length, `${report.claims.length} claims but ${placed.size} highlighted`);
  return marks;
}

async function main() {
  const raw = fs.readFileSync(articlePath, "utf8");
  const { date, text } = splitDateLine(raw);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "offside-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1360, height: 1000 },
    deviceScaleFactor: 1,
    colorScheme: "light",
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
  try {
    const page = context.pages()[0] || (await context.newPage());
    const problems = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
    // The page must not reach for anything but its own server.
    const origin = new URL(base).origin;
    page.on("request", (r) => {
      if (!r.url().startsWith(origin)) problems.push(`request to another host: ${r.url()}`);
    });

    await page.goto(base, { waitUntil: "load" });
    expect((await page.title()).includes("offside"), "the page title does not name offside");

    // 1. The seed article: one false claim, conceded 3 where the data says 4.
    const report = await check(page, text, date);
    await marksMatchClaims(page, report);
    const falseMarks = await page.$$("#view mark.claim.v-false");
    expect(falseMarks.length === 1, `expected exactly one false highlight, found ${falseMarks.length}`);
    const summary = await page.textContent("#summary");
    expect(/^\d+ claims?: \d+ true, 1 false, \d+ unverifiable$/.test(summary), `summary line reads ${JSON.stringify(summary)}`);
    const asOf = await page.textContent("#as-of");
    expect(asOf.includes(date), `the page does not say it judged as of ${date}: ${asOf}`);

    await falseMarks[0].scrollIntoViewIfNeeded();
    await falseMarks[0].hover();
    await page.waitForSelector("#tip:not([hidden])");
    const tipCorrect = await page.textContent("#tip dd.correct");
    expect(tipCorrect && tipCorrect.trim() === "4", `tooltip gives the correct value as ${JSON.stringify(tipCorrect)}`);
    const tipText = await page.textContent("#tip");
    expect(tipText.includes("Why") && tipText.includes("Evidence"), "tooltip lacks the explanation or the evidence");

    await falseMarks[0].click();
    const detail = await page.textContent("#detail");
    expect(detail.includes("4") && detail.includes("Correct"), "the detail panel does not show the correct value");
    expect((await page.$$("#claim-list li")).length === report.claims.length, "the claim list is incomplete");

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

    // 2. Non-ASCII before the claims: highlights must not drift.
    await page.click("#edit");
    const accented = `Café crème à Doha — Mbappé’s 🙂 “notes”:\n\n${text}`;
    const report2 = await check(page, accented, date);
    await marksMatchClaims(page, report2);
    expect((await page.$$("#view mark.claim.v-false")).length === 1, "non-ASCII text changed the verdicts");

    // 3. Markup in an article is shown as text and never runs.
    await page.click("#edit");
    const hostile = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\n${text}`;
    await check(page, hostile, date);
    const pwned = await page.evaluate(() => window.__pwned);
    expect(pwned === undefined, "markup from the article ran in the page");
    const viewText = await page.textContent("#view");
    expect(viewText.startsWith("<script>window.__pwned = 1</script>"), "the article's markup is not shown as text");
    expect((await page.$$("#view script, #view img")).length === 0, "the article's markup became elements");

    // 4. An error from the server is shown, not swallowed.
    await page.click("#edit");
    await page.fill("#article", "");
    await page.click("#check");
    await page.waitForSelector("#status:not([hidden])");

    expect(problems.length === 0, problems.join("\n"));
    console.log(`browser test passed: ${report.claims.length} claims, one false (conceded 3, data 4); screenshot ${screenshotPath}`);
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`browser test FAILED: ${e.message}`);
  process.exit(1);
});
