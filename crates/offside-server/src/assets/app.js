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

  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const DATE_LINE = /^\s*date (\d{4}-\d{2}-\d{2})/;
  const SEVERITY = { false: 3, unverifiable: 2, true: 1 };
  const LABEL = { false: "False", true: "True", unverifiable: "Unverifiable" };
  // Kept in step with MAX_BODY_BYTES on the server (2 MiB), less room for JSON.
  const MAX_TEXT_BYTES = 2 * 1024 * 1024 - 4096;

  let claims = [];
  let selected = null;

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
    const body = { text };
    if (dateInput.value) body.as_of = dateInput.value;
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
      if (child.start > pos) parent.append(decoder.decode(bytes.subarray(pos, child.start)));
      const mark = makeMark(child);
      emit(child, mark, bytes);
      parent.append(mark);
      pos = child.end;
    }
    if (node.end > pos) parent.append(decoder.decode(bytes.subarray(pos, node.end)));
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
    const mark = el("mark", `claim v-${v}`);
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
    row("Claimed", c.claimed);
    if (c.verdict === "false") row("Correct", c.actual, "correct");
    else row("Data", c.actual);
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
      if (c.verdict === "false" && c.actual) body.append(el("span", "item-fix", `→ ${c.actual}`));
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

  function showTip(mark) {
    const ids = idsOf(mark);
    if (!ids.length) return hideTip();
    tip.textContent = "";
    for (const i of ids) tip.append(claimCard(claims[i], true));
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    let left = r.left + window.scrollX;
    left = Math.max(window.scrollX + 8, Math.min(left, window.scrollX + document.documentElement.clientWidth - w - 8));
    let top = r.bottom + window.scrollY + 8;
    if (r.bottom + h + 16 > window.innerHeight && r.top - h - 8 > 0) top = r.top + window.scrollY - h - 8;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  function hideTip() {
    tip.hidden = true;
  }

  view.addEventListener("mouseover", (e) => {
    const mark = e.target.closest && e.target.closest("mark.claim");
    if (mark) showTip(mark);
    else hideTip();
  });
  view.addEventListener("mouseleave", hideTip);
  view.addEventListener("focusin", (e) => {
    if (e.target.matches && e.target.matches("mark.claim")) showTip(e.target);
  });
  view.addEventListener("focusout", hideTip);
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
    if (e.key === "Escape") hideTip();
  });

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
