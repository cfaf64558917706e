"""A review page: every figure of a document highlighted where it stands.

``render_review(doc)`` turns a :class:`schemas.Document` into one
self-contained HTML page (inline CSS and JS, nothing fetched from the
network): the document text with each fact marked by kind, a details panel
(value, unit, context, page, table cell) on hover or click, a sortable table
of the facts, and the warnings and checks with links to the facts they
compare.  ``write_review`` stores it as ``processed/review/<doc-id>.html``.

All document text passes through ``html.escape``; the facts' data is
embedded as JSON with ``<`` escaped, so no text of the publication can
close a tag or a script.
"""

from __future__ import annotations

import html
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from flows import files
from flows.files import FILE_MODE
from schemas.models import Check, Document, Fact, Warning

KINDS: tuple[str, ...] = ("amount", "percent", "percent_point", "multiple", "date")

# Distinct, light colours so the text stays readable under them.
KIND_COLOURS: dict[str, str] = {
    "amount": "#ffd966",
    "percent": "#a8e6a1",
    "percent_point": "#9fd3ff",
    "multiple": "#f7a8d8",
    "date": "#d2bfff",
}

PageBreak = tuple[int, int]  # (offset into text, 1-based page number)


def _e(value: object) -> str:
    """Escape anything for HTML text and attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


def readable_number(value: str) -> str:
    """Group the integer digits of an exact decimal string for people.

    >>> readable_number("-264290000000.50")
    '-264,290,000,000.50'
    """
    sign, digits = ("-", value[1:]) if value.startswith("-") else ("", value)
    whole, dot, fraction = digits.partition(".")
    if not whole.isdigit():
        return value
    return f"{sign}{int(whole):,}{dot}{fraction}"


def non_overlapping(facts: Iterable[Fact]) -> tuple[list[Fact], list[Fact]]:
    """Facts in text order that can be marked inline, and those that overlap one already kept.

    The contract says facts never overlap; a fact that does anyway is still
    listed in the table, just not highlighted twice.
    """
    kept: list[Fact] = []
    skipped: list[Fact] = []
    end = 0
    for fact in sorted(facts, key=lambda f: (f.span[0], -f.span[1], f.id)):
        if fact.span[0] < end:
            skipped.append(fact)
        else:
            kept.append(fact)
            end = fact.span[1]
    return kept, skipped


def page_breaks(doc: Document, page_starts: Sequence[int] | None = None) -> list[PageBreak]:
    """Where each page begins in ``doc.text``.

    With ``page_starts`` (offset of page 1, 2, ...) the breaks are exact.
    Without them, the Document knows only each fact's page: a break goes
    between the last fact of one page and the first fact of the next, at a
    form feed if the gap has one, else at the start of the next fact's line.
    """
    if page_starts is not None:
        return [(start, number) for number, start in enumerate(page_starts, start=1)]
    breaks: list[PageBreak] = []
    current: int | None = None
    previous_end = 0
    for fact in non_overlapping(doc.facts)[0]:
        if fact.page is not None and fact.page != current:
            if current is None and fact.page == 1:
                offset = 0
            else:
                gap = doc.text[previous_end : fact.span[0]]
                cut = gap.rfind("\f")
                cut = cut + 1 if cut >= 0 else gap.rfind("\n") + 1
                offset = previous_end + cut
            breaks.append((offset, fact.page))
            current = fact.page
        previous_end = fact.span[1]
    return breaks


def _fact_title(fact: Fact) -> str:
    """Plain-text tooltip: what a hover shows even without JavaScript."""
    parts = [f"{fact.id} {fact.kind}: {fact.value}" + (f" {fact.unit}" if fact.unit else "")]
    parts += [f"{name}: {value}" for name, value in fact.context.model_dump().items() if value is not None]
    if fact.page is not None:
        parts.append(f"page: {fact.page}")
    if fact.table is not None:
        cell = fact.table
        parts.append(f"table: {cell.caption or ''} / row {cell.row or ''} / column {cell.column or ''}")
    return "\n".join(parts)


def _mark(fact: Fact) -> str:
    return (
        f'<mark class="fact fact-{_e(fact.kind)}" id="{_e(fact.id)}" data-fact-id="{_e(fact.id)}"'
        f' title="{_e(_fact_title(fact))}" tabindex="0">{_e(fact.text)}</mark>'
    )


def _page_marker(number: int) -> str:
    return f'<span class="page-marker" id="page-{number}" data-page="{number}">page {number}</span>'


def _text_html(doc: Document, breaks: Sequence[PageBreak]) -> str:
    """The document text, escaped, with facts marked and page markers inserted."""
    kept, _ = non_overlapping(doc.facts)
    pending = sorted(breaks)
    out: list[str] = []

    def plain(start: int, end: int) -> None:
        # Emit text[start:end], placing any page break that falls inside it.
        position = start
        while pending and pending[0][0] < end:
            offset, number = pending.pop(0)
            offset = max(offset, position)
            out.append(_e(doc.text[position:offset]))
            out.append(_page_marker(number))
            position = offset
        out.append(_e(doc.text[position:end]))

    position = 0
    for fact in kept:
        plain(position, fact.span[0])
        while pending and pending[0][0] < fact.span[1]:  # a break inside a fact goes before it
            out.append(_page_marker(pending.pop(0)[1]))
        out.append(_mark(fact))
        position = fact.span[1]
    plain(position, len(doc.text))
    out.extend(_page_marker(number) for _, number in pending)  # breaks past the end of the text
    return "".join(out)


def _fact_json(fact: Fact, highlighted: bool) -> dict[str, Any]:
    data = fact.model_dump(mode="json")
    data["readable"] = readable_number(fact.value) if fact.kind != "date" else fact.value
    data["highlighted"] = highlighted
    return data


def _facts_table(facts: Sequence[Fact], skipped: set[str]) -> str:
    headers = [
        ("id", "text"), ("kind", "text"), ("text", "text"), ("value", "num"), ("unit", "text"),
        ("metric", "text"), ("subject", "text"), ("partner", "text"), ("period", "text"),
        ("change", "text"), ("page", "num"), ("table cell", "text"),
    ]  # fmt: skip
    head = "".join(
        f'<th data-sort="{kind}" tabindex="0">{_e(name)}<span class="arrow"></span></th>'
        for name, kind in headers
    )
    rows = []
    for fact in sorted(facts, key=lambda f: (f.span[0], f.id)):
        context = fact.context
        cell = fact.table
        cell_text = " / ".join(x for x in (cell.caption, cell.row, cell.column) if x) if cell else ""
        value = fact.value if fact.kind == "date" else readable_number(fact.value)
        note = (
            ' <span class="overlap" title="overlaps another fact">overlap</span>'
            if fact.id in skipped
            else ""
        )
        cells = [
            f'<td data-key="{_e(fact.id)}"><a href="#{_e(fact.id)}">{_e(fact.id)}</a>{note}</td>',
            f'<td><span class="swatch fact-{_e(fact.kind)}"></span>{_e(fact.kind)}</td>',
            f"<td>{_e(fact.text)}</td>",
            f'<td class="num" data-key="{_e(fact.value)}">{_e(value)}</td>',
            f"<td>{_e(fact.unit or '')}</td>",
            f"<td>{_e(context.metric or '')}</td>",
            f"<td>{_e(context.subject or '')}</td>",
            f"<td>{_e(context.partner or '')}</td>",
            f"<td>{_e(context.period or '')}</td>",
            f"<td>{_e(context.change or '')}</td>",
            f'<td class="num" data-key="{_e(fact.page or "")}">{_e(fact.page or "")}</td>',
            f"<td>{_e(cell_text)}</td>",
        ]
        rows.append(f'<tr data-fact-id="{_e(fact.id)}">{"".join(cells)}</tr>')
    return f'<table id="facts-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _fact_links(fact_ids: Sequence[str], known: set[str]) -> str:
    links = [
        f'<a href="#{_e(fid)}" data-fact-id="{_e(fid)}">{_e(fid)}</a>' if fid in known else f"{_e(fid)}?"
        for fid in fact_ids
    ]
    return ", ".join(links)


def _findings(warnings: Sequence[Warning], checks: Sequence[Check], known: set[str]) -> str:
    items = [
        f'<li class="warning"><b>{_e(w.code)}</b> {_e(w.message)} {_fact_links(w.fact_ids, known)}</li>'
        for w in warnings
    ]
    for check in sorted(checks, key=lambda c: c.passed):  # failures first
        status = "passed" if check.passed else "failed"
        items.append(
            f'<li class="check check-{status}"><span class="badge">{status}</span> <b>{_e(check.code)}</b> '
            f"{_e(check.message)} {_fact_links(check.fact_ids, known)}</li>"
        )
    if not items:
        return '<p class="empty">No warnings or checks.</p>'
    return f'<ul id="findings">{"".join(items)}</ul>'


def _legend(facts: Sequence[Fact]) -> str:
    counts: Counter[str] = Counter(fact.kind for fact in facts)
    return "".join(
        f'<span class="legend-item"><mark class="fact-{kind}">{kind}</mark> {counts.get(kind, 0)}</span>'
        for kind in KINDS
    )


def render_review(doc: Document, page_starts: Sequence[int] | None = None) -> str:
    """One self-contained HTML page showing every fact of ``doc`` in place.

    ``page_starts`` (offsets where pages 1, 2, ... begin in ``doc.text``)
    places exact page markers; without it they are inferred from the facts'
    pages.  The page's script records how many facts it highlighted in
    ``body[data-highlighted]`` and ``#highlight-count``.
    """
    kept, skipped = non_overlapping(doc.facts)
    skipped_ids = {fact.id for fact in skipped}
    known = {fact.id for fact in doc.facts}
    meta = doc.document
    title = meta.title or meta.source
    facts_json = json.dumps(
        [_fact_json(f, f.id not in skipped_ids) for f in doc.facts], ensure_ascii=False
    ).replace("<", "\\u003c")
    failed = sum(not c.passed for c in doc.checks)
    summary = (
        f"{len(doc.facts)} facts, {len(doc.warnings)} warnings, {len(doc.checks)} checks ({failed} failed)"
    )
    kind_css = "\n".join(f".fact-{kind} {{ background: {colour}; }}" for kind, colour in KIND_COLOURS.items())
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>suchi review: {_e(title)}</title>
<style>
{_CSS}
{kind_css}
</style>
</head>
<body data-fact-total="{len(doc.facts)}">
<header>
<h1>{_e(title)}</h1>
<p class="meta">{_e(meta.source)} · published {_e(meta.published or "unknown")} · {_e(meta.kind or "")}
 · pages {_e(meta.pages if meta.pages is not None else "n/a")} · <code>{_e(meta.id)}</code></p>
<p class="meta">{_e(summary)} · <span id="highlight-count">{len(kept)}</span> highlighted</p>
<p class="legend">{_legend(doc.facts)}</p>
</header>
<main>
<section id="text-section">
<h2>Text</h2>
<div id="doc-text">{_text_html(doc, page_breaks(doc, page_starts))}</div>
</section>
<aside id="details" aria-live="polite">
<p class="empty">Hover or click a figure to see its details.</p>
</aside>
</main>
<section id="findings-section">
<h2>Warnings and checks</h2>
{_findings(doc.warnings, doc.checks, known)}
</section>
<section id="table-section">
<h2>Facts</h2>
<p class="hint">Click a column header to sort.</p>
{_facts_table(doc.facts, skipped_ids)}
</section>
<script type="application/json" id="facts-data">{facts_json}</script>
<script>
{_JS}
</script>
</body>
</html>
"""


def review_path(processed_dir: Path, doc_id: str) -> Path:
    return processed_dir / "review" / f"{doc_id}.html"


def write_review(doc: Document, processed_dir: Path, page_starts: Sequence[int] | None = None) -> Path:
    """Write ``processed_dir/review/<doc-id>.html`` atomically and return its path."""
    target = review_path(processed_dir, doc.document.id)
    files.write_atomic(target, render_review(doc, page_starts).encode(), files.staging(processed_dir))
    return target


def write_atomic(target: Path, content: str) -> None:
    """Write via a temporary file in the same directory, so readers never see half a page."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, FILE_MODE)  # mkstemp makes 0600: a page is for whoever may read the folder
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_CSS = """
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK KR", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo",
                    system-ui, sans-serif;
       margin: 0; padding: 0 1.5rem 3rem; color: #1d1d1f; background: #fafafa; }
header { position: sticky; top: 0; background: #fafafa; border-bottom: 1px solid #ddd; padding: .6rem 0;
         z-index: 2; }
h1 { font-size: 1.25rem; margin: .2rem 0; }
h2 { font-size: 1.05rem; margin: 1.2rem 0 .5rem; }
.meta { margin: .15rem 0; color: #555; font-size: .85rem; }
.legend-item { margin-right: 1rem; font-size: .85rem; }
.legend mark { padding: 0 .3rem; border-radius: 3px; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 1.5rem; align-items: start; }
#doc-text { white-space: pre-wrap; line-height: 1.75; background: #fff; border: 1px solid #ddd;
            padding: 1rem; border-radius: 6px; font-size: .95rem; }
mark.fact { padding: 0 1px; border-radius: 3px; cursor: pointer; color: inherit;
            box-shadow: inset 0 -2px 0 rgba(0, 0, 0, .25); }
mark.fact:hover, mark.fact.active, mark.fact:target { outline: 2px solid #d33; }
mark.fact, .page-marker { scroll-margin-top: 9rem; }  /* anchors land below the sticky header */
.page-marker { display: block; margin: .8rem 0 .4rem; padding: .15rem .5rem; background: #333; color: #fff;
               font-size: .75rem; border-radius: 3px; width: max-content; }
#details { position: sticky; top: 7.5rem; background: #fff; border: 1px solid #ddd; border-radius: 6px;
           padding: .8rem; font-size: .85rem; min-height: 6rem; }
#details dl { display: grid; grid-template-columns: auto 1fr; gap: .2rem .6rem; margin: 0; }
#details dt { color: #666; }
#details dd { margin: 0; word-break: break-all; }
.empty, .hint { color: #777; font-size: .85rem; }
#findings li { margin: .25rem 0; font-size: .9rem; }
.badge { font-size: .75rem; padding: 0 .35rem; border-radius: 3px; color: #fff; }
.check-passed .badge { background: #2e7d32; }
.check-failed .badge { background: #c62828; }
.warning b { color: #b26a00; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: .85rem; }
th, td { border: 1px solid #ddd; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #eee; cursor: pointer; user-select: none; white-space: nowrap; }
th .arrow::after { content: " \\2195"; color: #999; }
th[aria-sort="ascending"] .arrow::after { content: " \\2191"; color: #000; }
th[aria-sort="descending"] .arrow::after { content: " \\2193"; color: #000; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.active td { background: #fff3c4; }
.swatch { display: inline-block; width: .7rem; height: .7rem; margin-right: .3rem; border-radius: 2px; }
.overlap { color: #c62828; font-size: .75rem; }
"""

_JS = """
(function () {
  "use strict";
  var facts = JSON.parse(document.getElementById("facts-data").textContent);
  var byId = {};
  facts.forEach(function (f) { byId[f.id] = f; });
  var marks = document.querySelectorAll("#doc-text .fact");
  // Written by the script so a headless browser can check what was actually rendered.
  document.body.setAttribute("data-highlighted", String(marks.length));
  document.getElementById("highlight-count").textContent = String(marks.length);

  var panel = document.getElementById("details");
  function row(dl, name, value) {
    if (value === null || value === undefined || value === "") { return; }
    var dt = document.createElement("dt"); dt.textContent = name;
    var dd = document.createElement("dd"); dd.textContent = String(value);
    dl.appendChild(dt); dl.appendChild(dd);
  }
  function show(id) {
    var f = byId[id];
    if (!f) { return; }
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll('[data-fact-id="' + id + '"]').forEach(function (el) {
      if (el.tagName === "MARK" || el.tagName === "TR") { el.classList.add("active"); }
    });
    var dl = document.createElement("dl");
    row(dl, "fact", f.id + " (" + f.kind + ")");
    row(dl, "text", f.text);
    row(dl, "value", f.value + (f.readable !== f.value ? "  (" + f.readable + ")" : ""));
    row(dl, "unit", f.unit);
    ["metric", "subject", "partner", "period", "change"].forEach(function (k) { row(dl, k, f.context[k]); });
    row(dl, "page", f.page);
    row(dl, "span", f.span.join("\\u2013"));
    if (f.table) {
      row(dl, "table", f.table.caption);
      row(dl, "unit text", f.table.unit_text);
      row(dl, "row", f.table.row);
      row(dl, "column", f.table.column);
    }
    if (f.bbox) { row(dl, "bbox", f.bbox.join(", ")); }
    if (!f.highlighted) { row(dl, "note", "overlaps another fact; not highlighted"); }
    panel.replaceChildren(dl);
  }
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest("mark.fact");
    if (m) { show(m.getAttribute("data-fact-id")); }
  });
  document.addEventListener("click", function (e) {
    var el = e.target.closest && e.target.closest("[data-fact-id]");
    if (el) { show(el.getAttribute("data-fact-id")); }
  });
  document.addEventListener("focusin", function (e) {
    if (e.target.matches && e.target.matches("mark.fact")) { show(e.target.getAttribute("data-fact-id")); }
  });
  function fromHash() { var id = decodeURIComponent(location.hash.slice(1)); if (byId[id]) { show(id); } }
  window.addEventListener("hashchange", fromHash);
  fromHash();

  // Sortable facts table: numbers by value, text by Korean-aware collation; empty cells last.
  var table = document.getElementById("facts-table");
  var headers = table.querySelectorAll("th");
  function key(td) { return td.hasAttribute("data-key") ? td.getAttribute("data-key") : td.textContent; }
  headers.forEach(function (th, index) {
    function sort() {
      var numeric = th.getAttribute("data-sort") === "num";
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a.cells[index]), y = key(b.cells[index]);
        if (x === "" || y === "") { return (x === "") - (y === ""); }
        var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, "ko", {numeric: true});
        return ascending ? order : -order;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
  });
})();
"""
