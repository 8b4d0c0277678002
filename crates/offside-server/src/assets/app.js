// The offside page: send the article to /v1/check and show each claim
// highlighted where it stands in the text.
//
// Two rules hold throughout:
// - Article text reaches the page only through text nodes (textContent,
//   createTextNode), never parsed as markup, so an article quoting
//   "<script>" shows those characters and runs nothing.
// - The server reports UTF-8 byte offsets; JavaScript strings count UTF-16
//   units. The text is encoded once and every piece shown is decoded from a
//   byte slice, so "Mbappé" or an emoji before a claim cannot shift it.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const article = $("article");
  const dateInput = $("date");
  const checkButton = $("check");
  const statusLine = $("status");
  const compose = $("compose");
  const results = $("results");
  const view = $("view");
  const detail = $("detail");
  const claimList = $("claim-list");
  const tip = $("tip");
  const counter = $("counter");
  const copyButton = $("copy");
  const barNote = $("bar-note");
  const navHint = $("nav-hint");

  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const DATE_LINE = /^\s*date (\d{4}-\d{2}-\d{2})/;
  const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  const SEVERITY = { false: 3, unverifiable: 2, true: 1 };
  const LABEL = { false: "False", true: "True", unverifiable: "Unverifiable" };
  // Kept in step with MAX_BODY_BYTES on the server (2 MiB), less room for JSON.
  const MAX_TEXT_BYTES = 2 * 1024 * 1024 - 4096;

  let claims = [];
  let selected = null;
  let lastReport = null;
  // What opened the tooltip, "hover" or "focus": each closes only its own,
  // so a pointer resting on the text while n / p scroll the page (which
  // fires mouseover on whatever slides under it) leaves the focused
  // claim's card open.
  let tipBy = null;

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function setStatus(message, isError) {
    statusLine.hidden = !message;
    statusLine.textContent = message || "";
    statusLine.classList.toggle("error", Boolean(isError));
  }

  // A pasted article that starts with its date line fills the date field,
  // so the reader sees which day the claims are judged on.
  function syncDateFromText() {
    const m = DATE_LINE.exec(article.value);
    if (m && !dateInput.value) dateInput.value = m[1];
    const n = encoder.encode(article.value).length;
    counter.textContent = n ? `${n.toLocaleString()} bytes` : "";
  }

  // The date is typed as text, not in a date picker: a picker shows the
  // browser's locale (12/10/2022 or 10.12.2022), and a sub-editor copying
  // the article's own dateline should see the same ISO date the report,
  // the CLI and the API use. Empty is allowed (the article dates itself).
  function checkDate(value) {
    if (!value) return "";
    const m = ISO_DATE.exec(value);
    if (!m) return `The date “${value}” is not written YYYY-MM-DD (for example 2022-12-18).`;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) {
      return `${value} is not a day of the calendar.`;
    }
    return "";
  }

  async function runCheck() {
    // Round-trip through UTF-8 so the text shown is exactly the text checked
    // (a lone surrogate would otherwise differ between the two).
    const text = decoder.decode(encoder.encode(article.value));
    if (!text.trim()) {
      setStatus("Paste an article first.", true);
      article.focus();
      return;
    }
    if (encoder.encode(text).length > MAX_TEXT_BYTES) {
      setStatus("The article is larger than the 2 MiB the server accepts; check it in parts.", true);
      return;
    }
    const date = dateInput.value.trim();
    const dateProblem = checkDate(date);
    dateInput.setAttribute("aria-invalid", dateProblem ? "true" : "false");
    if (dateProblem) {
      setStatus(dateProblem, true);
      dateInput.focus();
      return;
    }
    const body = { text };
    if (date) body.as_of = date;
    checkButton.disabled = true;
    checkButton.textContent = "Checking…";
    setStatus("");
    try {
      const res = await fetch("v1/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      let data = null;
      try {
        data = await res.json();
      } catch (_) {
        data = null;
      }
      if (!res.ok) {
        const msg = data && data.error ? data.error : `the server answered ${res.status}`;
        setStatus(`Could not check the article: ${msg}`, true);
        return;
      }
      show(text, data);
    } catch (err) {
      setStatus(`Could not reach the server: ${err.message}`, true);
    } finally {
      checkButton.disabled = false;
      checkButton.textContent = "Check";
    }
  }

  function show(text, report) {
    claims = Array.isArray(report.claims) ? report.claims : [];
    selected = null;
    lastReport = report;
    const falseCount = claims.filter((c) => c.verdict === "false").length;
    navHint.hidden = falseCount === 0;
    copyButton.disabled = falseCount === 0;
    barNote.textContent = "";
    const bytes = encoder.encode(text);
    renderArticle(bytes);
    renderSummary(report);
    renderList();
    showDetail(null);
    compose.hidden = true;
    results.hidden = false;
    view.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }

  function renderSummary(report) {
    const count = (v) => claims.filter((c) => c.verdict === v).length;
    const t = count("true");
    const f = count("false");
    const u = claims.length - t - f;
    const s = $("summary");
    s.textContent = "";
    s.append(
      `${claims.length} ${claims.length === 1 ? "claim" : "claims"}: `,
      el("strong", "n-true", `${t} true`),
      ", ",
      el("strong", "n-false", `${f} false`),
      ", ",
      el("strong", "n-unverifiable", `${u} unverifiable`),
    );
    const src = {
      given: "the date given",
      date_line: "the article's date line",
      inferred: "inferred from the article",
    }[report.as_of_source];
    $("as-of").textContent = report.as_of
      ? `Judged on matches up to ${report.as_of} (${src}).`
      : "No date given or found: judged on every match in the data.";
  }

  // Claims may nest ("losing 2-1 to defending champions France" holds
  // "defending champions France"); they become nested marks. Claims on the
  // very same span share one mark. A claim crossing another's end is cut at
  // that end so the marks stay a tree.
  function renderArticle(bytes) {
    view.textContent = "";
    const n = bytes.length;
    const order = claims
      .map((c, i) => ({ start: c.span && c.span.start, end: c.span && c.span.end, i }))
      .filter((c) => Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start < c.end && c.end <= n)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const root = { start: 0, end: n, ids: [], children: [] };
    const stack = [root];
    for (const c of order) {
      while (stack.length > 1 && c.start >= stack[stack.length - 1].end) stack.pop();
      const top = stack[stack.length - 1];
      if (top !== root && c.start === top.start && c.end === top.end) {
        top.ids.push(c.i);
        continue;
      }
      const end = Math.min(c.end, top.end);
      if (end <= c.start) continue;
      const node = { start: c.start, end, ids: [c.i], children: [] };
      top.children.push(node);
      stack.push(node);
    }
    emit(root, view, bytes);
  }

  function emit(node, parent, bytes) {
    let pos = node.start;
    for (const child of node.children) {
      if (child.start > pos) emitText(node, parent, bytes, pos, child.start);
      child.keys = keyRanges(bytes, child.start, child.end, child.ids.map((i) => claims[i].claimed).join(" "));
      const mark = makeMark(child);
      emit(child, mark, bytes);
      parent.append(mark);
      pos = child.end;
    }
    if (node.end > pos) emitText(node, parent, bytes, pos, node.end);
  }

  // The text of a mark between its children, with the claim's own words
  // (when the span is long) wrapped in <span class="key">.
  function emitText(node, parent, bytes, from, to) {
    let pos = from;
    for (const [a, b] of node.keys || []) {
      const s = Math.max(a, from);
      const e = Math.min(b, to);
      if (s >= e) continue;
      if (s > pos) parent.append(decoder.decode(bytes.subarray(pos, s)));
      parent.append(el("span", "key", decoder.decode(bytes.subarray(s, e))));
      pos = e;
    }
    if (to > pos) parent.append(decoder.decode(bytes.subarray(pos, to)));
  }

  // ---- Highlights on the claim's words ---------------------------------
  // A claim's span runs from its subject to its value, so for a scorer and
  // a minute it can be a whole sentence ("Haller then scored ... from close
  // range in the 81st minute"). Painting all of it hides which words are
  // claimed, so a long span keeps only an underline for its extent and
  // paints the words the claim is made of: those of `claimed` (names,
  // verbs, scores), its numbers however written ("81st", "three"), the
  // word "minute" after one, and a few synonyms ("spot" for penalty).
  const LONG_SPAN_WORDS = 8;
  const STOP = new Set(
    "a an the at in of on to and or for with by from as is was were be been has had have his her their its it they he she this that".split(" "),
  );
  const NUMBER_WORDS = {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
    seventy: 70, eighty: 80, ninety: 90, first: 1, second: 2, third: 3, fourth: 4, fifth: 5,
    sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, twice: 2,
  };
  const SYNONYMS = { penalty: ["spot", "penalties", "pen"], goal: ["net"] };
  // A word, a possessive, a score ("4-2") or a minute ("90+1"); "spot-kick"
  // is two words, so either half can be the claim's.
  const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*(?:[+\-]\p{N}+)*/gu;
  const COMPOUND = /\p{L}+(?:-\p{L}+)+/gu;

  function fold(w) {
    return w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/’/g, "'").replace(/'s$/, "");
  }

  // Enough of a stem for "reach" to meet "reached", "semifinals" to meet
  // "semi-final" and "scoring" to meet "scored".
  function stem(w) {
    const v = w.replace(/-/g, "");
    for (const suffix of ["ing", "ed", "es", "s"]) {
      if (v.endsWith(suffix) && v.length - suffix.length >= 4) return v.slice(0, -suffix.length);
    }
    return v;
  }

  function numberOf(w) {
    const m = /^(\d+)(?:st|nd|rd|th)?$/.exec(w);
    if (m) return String(Number(m[1]));
    if (/^\d+\+\d+$/.test(w)) return w;
    return w in NUMBER_WORDS ? String(NUMBER_WORDS[w]) : null;
  }

  function claimTerms(claimed) {
    const words = new Set();
    const numbers = new Set();
    const text = String(claimed || "");
    for (const raw of [...(text.match(WORD) || []), ...(text.match(COMPOUND) || [])]) {
      const w = fold(raw);
      if (STOP.has(w)) continue;
      const n = numberOf(w);
      if (n) numbers.add(n);
      else words.add(stem(w));
      for (const alt of SYNONYMS[w] || []) words.add(stem(alt));
    }
    return { words, numbers };
  }

  // Byte ranges (absolute) of the claim's words inside [start, end), or
  // null when the span is short enough to paint whole or no word is found.
  function keyRanges(bytes, start, end, claimed) {
    const text = decoder.decode(bytes.subarray(start, end));
    const found = [...text.matchAll(WORD)];
    if (found.length <= LONG_SPAN_WORDS) return null;
    const terms = claimTerms(claimed);
    const ranges = [];
    let afterNumber = false;
    for (const m of found) {
      const w = fold(m[0]);
      const n = numberOf(w);
      const hit =
        !STOP.has(w) &&
        (n !== null ? terms.numbers.has(n) : terms.words.has(stem(w)) || (afterNumber && /^min(ute)?s?$/.test(w)));
      afterNumber = hit && n !== null;
      if (!hit) continue;
      const a = m.index;
      const b = a + m[0].length;
      const last = ranges[ranges.length - 1];
      // Neighbours with nothing but spaces or punctuation between them are
      // one highlight ("Kylian Mbappe", "67th minute").
      if (last && !/[\p{L}\p{N}]/u.test(text.slice(last[1], a))) last[1] = b;
      else ranges.push([a, b]);
    }
    if (!ranges.length) return null;
    const toByte = (i) => start + encoder.encode(text.slice(0, i)).length;
    return ranges.map(([a, b]) => [toByte(a), toByte(b)]);
  }

  function worstVerdict(ids) {
    let v = "true";
    for (const i of ids) {
      const w = claims[i].verdict;
      if ((SEVERITY[w] || 0) > (SEVERITY[v] || 0)) v = w;
    }
    return v;
  }

  function makeMark(node) {
    const v = worstVerdict(node.ids);
    const mark = el("mark", `claim v-${v}${node.keys ? " long" : ""}`);
    mark.tabIndex = 0;
    mark.dataset.claims = node.ids.join(",");
    mark.dataset.verdict = v;
    mark.setAttribute("role", "button");
    mark.setAttribute(
      "aria-label",
      node.ids.map((i) => `${claims[i].verdict} claim: ${claims[i].claimed}`).join("; "),
    );
    for (const i of node.ids) claims[i]._mark = mark;
    return mark;
  }

  function idsOf(mark) {
    return (mark.dataset.claims || "")
      .split(",")
      .filter((s) => s !== "")
      .map(Number)
      .filter((i) => claims[i]);
  }

  // ---- The right value --------------------------------------------------
  // `actual` is what the data says, in the checking rule's words: "4" and
  // "2-1", but also "Kylian Mbappé 65'", "Algeria won African Cup of
  // Nations 1990" or a whole match line. A sub-editor wants the value to
  // write in, so a match line becomes its teams and score, and the words
  // the claim already has (the scorer's name, "won ... 1990") are taken
  // off what is left. The full wording stays on the card ("Data") with the
  // matches below it, so nothing is hidden by the shortening.
  const MATCH_LINE = /^\d{4}-\d{2}-\d{2} (.*\S \d+-\d+ \S.*?)(?: \((?:[^()]|\([^()]*\))*\))?$/;

  function correctValue(c) {
    const actual = typeof c.actual === "string" ? c.actual.trim() : "";
    if (!actual) return "";
    const line = MATCH_LINE.exec(actual);
    if (line) return line[1];
    const key = (t) => fold(t).replace(/[^\p{L}\p{N}+\-]/gu, "");
    const have = String(c.claimed || "").split(/\s+/).filter(Boolean).map(key);
    const tokens = actual.split(/\s+/);
    const keys = tokens.map(key);
    // Longest common subsequence of the two token lists: the tokens of
    // `actual` outside it are what the data says differently.
    const m = keys.length;
    const n = have.length;
    const L = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(0));
    for (let i = m - 1; i >= 0; i--) {
      for (let j = n - 1; j >= 0; j--) {
        L[i][j] = keys[i] && keys[i] === have[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
      }
    }
    const common = new Array(m).fill(false);
    for (let i = 0, j = 0; i < m && j < n; ) {
      if (keys[i] && keys[i] === have[j]) {
        common[i] = true;
        i++;
        j++;
      } else if (L[i + 1][j] >= L[i][j + 1]) i++;
      else j++;
    }
    const first = common.indexOf(false);
    if (first < 0) return actual;
    const last = common.lastIndexOf(false);
    let value = tokens.slice(first, last + 1);
    // A name the claim already gives, repeated in a list ("Kylian Mbappé
    // 80', Kylian Mbappé 81'"), is dropped when figures remain.
    const names = new Set(have);
    const figures = value.filter((t) => !(/^\p{Lu}/u.test(t) && names.has(key(t))));
    if (figures.some((t) => /\d/.test(t))) value = figures;
    let out = value.join(" ").replace(/^[,;:\s]+|[,;:\s]+$/g, "");
    if (/^\([^()]*\)$/.test(out)) out = out.slice(1, -1);
    return out || actual;
  }

  // One claim, as the tooltip and the side panel show it.
  function claimCard(c, compact) {
    const box = el("div", `claim-card v-${c.verdict}`);
    const head = el("div", "card-head");
    head.append(el("span", `badge v-${c.verdict}`, LABEL[c.verdict] || c.verdict));
    head.append(el("span", "kind", String(c.kind || "").replace(/_/g, " ")));
    if (Number.isInteger(c.line)) head.append(el("span", "where", `line ${c.line}, col ${c.column}`));
    box.append(head);
    box.append(el("blockquote", "quote", c.text));
    const dl = el("dl");
    const row = (k, v, cls) => {
      if (v === undefined || v === null || v === "") return;
      dl.append(el("dt", null, k));
      dl.append(el("dd", cls, v));
    };
    if (c.verdict === "false") {
      const value = correctValue(c);
      row("Correct", value, "correct");
      if (value !== c.actual) row("Data", c.actual);
      row("Claimed", c.claimed);
    } else {
      row("Claimed", c.claimed);
      row("Data", c.actual);
    }
    row("Why", c.explanation);
    box.append(dl);
    const ev = Array.isArray(c.evidence) ? c.evidence : [];
    if (ev.length) {
      const shown = compact ? ev.slice(0, 3) : ev;
      box.append(el("div", "ev-title", ev.length === 1 ? "Evidence" : `Evidence (${ev.length} matches)`));
      const ul = el("ul", "evidence");
      for (const e of shown) ul.append(el("li", null, e.summary));
      if (shown.length < ev.length) ul.append(el("li", "muted", `and ${ev.length - shown.length} more (click to see all)`));
      box.append(ul);
    }
    return box;
  }

  function showDetail(mark) {
    detail.textContent = "";
    if (!mark) {
      detail.append(el("p", "muted", claims.length
        ? "Hover over a highlight to see the claim, or click it to keep it here."
        : "No checkable claim found in this article."));
      return;
    }
    for (const i of idsOf(mark)) detail.append(claimCard(claims[i], false));
  }

  function select(mark, scroll) {
    if (selected) selected.classList.remove("selected");
    for (const li of claimList.querySelectorAll(".active")) li.classList.remove("active");
    selected = mark;
    if (!mark) {
      showDetail(null);
      return;
    }
    mark.classList.add("selected");
    for (const i of idsOf(mark)) {
      const li = claimList.querySelector(`[data-claim="${i}"]`);
      if (li) li.classList.add("active");
    }
    showDetail(mark);
    if (scroll) mark.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  function renderList() {
    claimList.textContent = "";
    claims.forEach((c, i) => {
      const li = el("li");
      li.dataset.claim = String(i);
      const b = el("button", `claim-item v-${c.verdict}`);
      b.type = "button";
      b.append(el("span", `dot v-${c.verdict}`));
      const body = el("span", "item-body");
      body.append(el("span", "item-text", c.text));
      if (c.verdict === "false" && c.actual) body.append(el("span", "item-fix", `→ ${correctValue(c)}`));
      b.append(body);
      b.title = `${LABEL[c.verdict] || c.verdict}: ${c.claimed}`;
      b.addEventListener("click", () => {
        if (c._mark) select(c._mark, true);
        else {
          detail.textContent = "";
          detail.append(claimCard(c, false));
        }
      });
      li.append(b);
      claimList.append(li);
    });
  }

  // The tooltip goes below the claim's lines, or above them when there is
  // more room there, and never over them: the sub-editor reads the claim
  // and its card together. The box measured is the outermost mark around
  // the one hovered, so a claim nested in a longer one does not get its
  // card laid over the rest of that longer claim. When neither side has
  // room for all of it, the card is cut to the room on the larger side
  // (a click shows it whole in the side panel).
  function showTip(mark) {
    const ids = idsOf(mark);
    if (!ids.length) return hideTip();
    tip.textContent = "";
    for (const i of ids) tip.append(claimCard(claims[i], true));
    tip.style.maxHeight = "";
    tip.style.left = "0px";
    tip.style.top = "0px";
    tip.hidden = false;
    let outer = mark;
    for (let m = mark.parentElement; m && m !== view; m = m.parentElement) {
      if (m.matches("mark.claim")) outer = m;
    }
    const r = outer.getBoundingClientRect();
    const gap = 8;
    const w = tip.offsetWidth;
    const below = window.innerHeight - r.bottom - 2 * gap;
    const above = r.top - 2 * gap;
    let h = tip.offsetHeight;
    const downwards = h <= below || below >= above;
    if (h > (downwards ? below : above)) {
      h = Math.max(downwards ? below : above, 48);
      tip.style.maxHeight = `${h}px`;
    }
    let left = r.left + window.scrollX;
    left = Math.max(window.scrollX + gap, Math.min(left, window.scrollX + document.documentElement.clientWidth - w - gap));
    const top = downwards ? r.bottom + window.scrollY + gap : r.top + window.scrollY - h - gap;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  function hideTip() {
    tip.hidden = true;
    tipBy = null;
  }

  view.addEventListener("mouseover", (e) => {
    const mark = e.target.closest && e.target.closest("mark.claim");
    if (mark) {
      showTip(mark);
      tipBy = "hover";
    } else if (tipBy === "hover") hideTip();
  });
  view.addEventListener("mouseleave", () => {
    if (tipBy === "hover") hideTip();
  });
  view.addEventListener("focusin", (e) => {
    if (e.target.matches && e.target.matches("mark.claim")) {
      showTip(e.target);
      tipBy = "focus";
    }
  });
  view.addEventListener("focusout", () => {
    if (tipBy === "focus") hideTip();
  });
  view.addEventListener("click", (e) => {
    const mark = e.target.closest && e.target.closest("mark.claim");
    if (mark) {
      e.stopPropagation();
      select(mark, false);
    }
  });
  view.addEventListener("keydown", (e) => {
    const mark = e.target.closest && e.target.closest("mark.claim");
    if (mark && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      select(mark, false);
    }
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      hideTip();
      return;
    }
    if ((e.key === "n" || e.key === "p") && !e.ctrlKey && !e.metaKey && !e.altKey && !results.hidden && !typing(e.target)) {
      e.preventDefault();
      stepFalse(e.key === "n" ? 1 : -1);
    }
  });

  function typing(target) {
    return Boolean(target && target.closest && target.closest("input, textarea, select, [contenteditable]"));
  }

  // n / p: from one false claim to the next in reading order, wrapping at
  // the ends, the way a spell checker steps through its misspellings. The
  // claim is focused (its card opens beside it) and kept in the panel.
  function stepFalse(dir) {
    const marks = [...view.querySelectorAll("mark.claim.v-false")];
    if (!marks.length) return;
    const current = marks.indexOf(document.activeElement) >= 0 ? document.activeElement : selected;
    const at = marks.indexOf(current);
    const next = at < 0 ? (dir > 0 ? 0 : marks.length - 1) : (at + dir + marks.length) % marks.length;
    const mark = marks[next];
    select(mark, false);
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
    showTip(mark);
    tipBy = "focus";
    barNote.textContent = `False claim ${next + 1} of ${marks.length}`;
  }

  // ---- Copy corrections -------------------------------------------------
  // A plain list a sub-editor can paste into a note to the writer: where
  // each false claim stands, its words, and the right value.
  function correctionsText() {
    const wrong = claims.filter((c) => c.verdict === "false");
    const date = lastReport && lastReport.as_of ? `, judged on matches up to ${lastReport.as_of}` : "";
    const lines = [`${wrong.length} false ${wrong.length === 1 ? "claim" : "claims"}${date}:`];
    for (const c of wrong) {
      const value = correctValue(c);
      const where = Number.isInteger(c.line) ? `line ${c.line}: ` : "";
      let line = value ? `- ${where}"${c.text}" should be ${value}` : `- ${where}"${c.text}" is false: ${c.explanation}`;
      if (value && value !== c.actual) line += ` (data: ${c.actual})`;
      lines.push(line);
    }
    return lines.join("\n") + "\n";
  }

  async function copyCorrections() {
    const text = correctionsText();
    const n = claims.filter((c) => c.verdict === "false").length;
    let ok = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        ok = true;
      }
    } catch (_) {
      ok = false;
    }
    // Served over plain http to another machine the page is not a secure
    // context and has no async clipboard; the old copy command still works.
    if (!ok) {
      const area = el("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.append(area);
      area.select();
      try {
        ok = document.execCommand("copy");
      } catch (_) {
        ok = false;
      }
      area.remove();
    }
    barNote.textContent = ok
      ? `Copied ${n} ${n === 1 ? "correction" : "corrections"}`
      : "The browser refused to copy; select the list in the panel instead.";
    if (!ok) {
      detail.textContent = "";
      detail.append(el("pre", "corrections", text));
    }
  }

  copyButton.addEventListener("click", copyCorrections);

  checkButton.addEventListener("click", runCheck);
  article.addEventListener("input", syncDateFromText);
  article.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      runCheck();
    }
  });
  $("edit").addEventListener("click", () => {
    hideTip();
    results.hidden = true;
    compose.hidden = false;
    article.focus();
  });
  syncDateFromText();
})();
