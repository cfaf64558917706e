"""Web pages (ministry sites, 정책브리핑, news sites): the publication in the page.

The text is the publication itself — its title, body and tables, in reading
order — without the site's furniture (menus, search boxes, related links,
share buttons, footers; see ``html_content``).  Blocks (``p``, ``div``,
``li``, headings, ``<br>``) become lines, the title first and once;
``<br><br>`` leaves a blank line; a table is a block of tab-separated rows
between blank lines (``extractors.tables``).  Inline white space collapses
as a browser shows it; ``<sup>``/``<sub>`` digits become superscript and
subscript characters so that a note mark never joins the figure before it
(``3.5%<sup>1)</sup>`` is ``3.5%¹⁾``, not ``3.5%1)``); the text is NFC.

Why selectolax (lexbor) with our own content rules: measured with
``benchmarks/bench_html.py --compare`` on the five corpus pages and seven
pages written in the styles of ministry boards, 정책브리핑, news sites and old
table-laid pages (title among the first lines / publication lines found /
furniture strings left / table rows kept as rows / ms a page):

- ours (lexbor + rules): 12 of 12 / 1.000 / 0 / 1.00 / 2.4 ms;
- trafilatura 2.3: 9 of 12 / 0.988 / 23 (menus of a table-laid page, bylines,
  share buttons, 조회수 and 작성일 of a board, 공공누리) / 0.89 / 13.6 ms; its
  text rows carry no ``rowspan``/``colspan`` (a merged header shifts the
  labels) and no way back to the cells;
- readability-lxml 0.9: 9 of 12 / 0.988 / 10 / 0.00 (its text) / 7.5 ms; it
  keeps ``<table>`` markup but titles pages by ``<title>`` and keeps board
  metadata and notices;
- lexbor's own ``body.text()``: 1 of 12 / 0.988 / 148 / 0.00 / 0.13 ms.

lexbor parses as the HTML5 standard says (a page reads as a browser shows
it: misnested tags repaired, entities decoded), is typed and maintained; the
rules are small and data-driven (``extractors/lexicon/html.py``), and table
cells stay cells.

Speed: the page is parsed by lexbor and read in one walk into flat lists
(``html_dom``); its strings come from one call to lexbor's text export, the
rules read counts as differences of running sums and only enter the parts of
the page where one may apply, and the text is laid out from the same lists.
The words of furniture lines are searched for once, over the page's text run
together (``html_content``): only the lines that take one of those strings are
tested line by line.  ``benchmarks/bench_html.py`` measures it against lexbor's
own plain-text export of the same bytes: the reader's own work
(``html_to_items``) is about 6× the export, the whole read about 11× — two
fifths of it the table reading every format shares
(``extractors.tables.write_table``).
"""

from __future__ import annotations

import bisect
import itertools
import unicodedata
from dataclasses import dataclass, field

import regex

from extractors.errors import SuchiError
from extractors.readers.base import SourceDocument, TableCellSpan
from extractors.readers.builder import Glyph, TextBuilder
from extractors.readers.html_charset import decode_html, looks_like_html
from extractors.readers.html_content import find_content, is_furniture_text
from extractors.readers.html_dom import BLOCK_TAGS, Element, Page, parse_page
from extractors.readers.html_tables import caption_text, is_layout, place, row_cells, to_table
from extractors.tables import Table, write_table

__all__ = ["html_to_items", "looks_like_html", "read_html"]

_SUPERSCRIPT = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
_SUBSCRIPT = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
_WORDS = regex.compile(r"[\p{L}\p{N}]")
_JOIN = "\x00"  # never in a page's strings when ``Page.solid`` is set
# Elements laid out by rules of their own (a block of BLOCK_TAGS breaks the line at each end,
# the rest flow inline).
_OWN_LAYOUT = frozenset({"br", "table", "pre", "sup", "sub"})

Item = tuple[int, str | Table]  # (line breaks before it, a line or a table)


def _line(parts: list[str]) -> str:
    """Inline strings as one line: white space collapsed as a browser shows it, NFC."""
    return unicodedata.normalize("NFC", " ".join("".join(parts).split()))  # every Unicode space


@dataclass(slots=True)
class _Flow:
    """Lines and tables in reading order, inline text collapsed as a browser shows it."""

    items: list[Item] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # inline strings of the line being written
    _breaks: int = 0  # line breaks owed before the next item (2: a blank line)
    # The line being written may hold a word of a furniture text (``is_furniture_text``):
    # one of the page's strings marked ``keyed``, text made here, or a gap (an element
    # left out) that may have joined two parts of a word.  The lines that may: their items.
    keyed: bool = False
    keyed_lines: set[int] = field(default_factory=set)

    def text(self, text: str) -> None:
        self.parts.append(text)
        self.keyed = True

    def _flush(self) -> bool:
        if not self.parts:  # most breaks: two blocks end or start together
            return False
        text = "".join(self.parts)
        self.parts.clear()
        keyed, self.keyed = self.keyed, False
        if not text or text.isspace():  # half the rest: the white space between two blocks
            return False
        line = unicodedata.normalize("NFC", " ".join(text.split()))  # as ``_line`` makes it
        if keyed:
            self.keyed_lines.add(len(self.items))
        self.items.append((self._breaks, line))
        self._breaks = 1
        return True

    def line_break(self) -> None:
        """``<br>``: end the line; a second one in a row leaves a blank line."""
        if not self._flush() and self.items:
            self._breaks = min(2, self._breaks + 1)

    def block_break(self) -> bool:  # a method, not ``block_break = _flush``: mypyc compiles no alias
        return self._flush()

    def table(self, table: Table) -> None:
        self._flush()
        self.items.append((2, table))
        self._breaks = 2

    def lines(self) -> list[str]:
        """The lines written (tables as their cells' text), after the last flush."""
        self._flush()
        return [
            item if isinstance(item, str) else " ".join(itertools.chain.from_iterable(item.texts()))
            for _, item in self.items
        ]


class _Glyphs(dict[str, Glyph]):
    """One glyph per character, made once: a page's cells are lists of the same few."""

    def __missing__(self, character: str) -> Glyph:
        glyph = self[character] = (character, None)
        return glyph


_GLYPHS = _Glyphs()


def _cell_text(page: Page, i: int) -> str:
    """A cell's content: its lines joined by ``\\n`` (the writer makes them spaces)."""
    flow = _Flow()
    _walk(page, i, flow, None)
    return "\n".join(flow.lines())


def _cell_texts(page: Page, cells: list[int]) -> list[str]:
    """The content of each cell (see ``_cell_text``).  A cell of strings only (most cells)
    is one line: those of a table are collapsed and normalised together, each after a
    NUL (a starter that composes with nothing, so NFC of the whole is NFC of each)."""
    texts, starts, text_ends, ends = page.texts, page.text_starts, page.text_ends, page.ends
    if page.solid is None:  # a NUL in a string of the page: cell by cell
        return [
            _line(texts[starts[i] : text_ends[i]]) if ends[i] == i + 1 else _cell_text(page, i) for i in cells
        ]
    joined = _JOIN.join(["".join(texts[starts[i] : text_ends[i]]) if ends[i] == i + 1 else "" for i in cells])
    lines = unicodedata.normalize("NFC", " ".join(joined.split())).split(_JOIN)
    return [
        line.strip(" ") if ends[i] == i + 1 else _cell_text(page, i)
        for i, line in zip(cells, lines, strict=True)
    ]


def _walk_table(page: Page, table: int, flow: _Flow, skip: int | None) -> None:
    placed = place(page, row_cells(page, table))
    if not placed:
        return
    if is_layout(page, table, placed):  # each cell a block of text, row by row
        for _, _, cell, _, _ in placed:
            if cell == skip:
                continue
            flow.block_break()
            _walk(page, cell, flow, skip)
            flow.block_break()
        return
    glyph = _GLYPHS.__getitem__
    cells = _cell_texts(page, [cell for _, _, cell, _, _ in placed])
    model = to_table(placed, [list(map(glyph, text)) for text in cells])
    caption = caption_text(Element(page, table))
    if caption:
        model.caption = caption
        flow.block_break()
        flow.text(caption)  # also a line of the text, where its unit and period can be read
    flow.table(model)


def _walk(page: Page, root: int, flow: _Flow, skip: int | None) -> None:
    """Write element ``root``'s content into ``flow`` (``skip``: the title, written apart).

    The page's elements and strings are in document order: the strings between
    two elements are written as they come, a block breaks the line where it
    starts and where it ends (``closing``: the open blocks, innermost last).  A
    line that takes one of the strings ``page.keyed``, or has a gap, is marked
    ``keyed`` (see ``_Flow``).
    """
    tags, ends, texts, removed = page.tags, page.ends, page.texts, page.removed
    starts, text_ends = page.text_starts, page.text_ends
    parts, block_break = flow.parts, flow.block_break  # a break with no text before it is a no-op
    # The strings that may hold a furniture word (all when the rules could not tell), then
    # one past the last string; ``keyed[n]``: the first of them not written yet.
    keyed = [*(page.keyed if page.keyed is not None else range(len(texts))), len(texts)]
    k = starts[root]  # the next string to write
    n = bisect.bisect_left(keyed, k)
    closing: list[int] = []
    j, end = root + 1, ends[root]
    while True:
        while closing and ends[closing[-1]] <= j:  # at the end every open block closes
            stop = text_ends[closing.pop()]
            parts += texts[k:stop]
            k = stop
            if keyed[n] < k:
                flow.keyed = True
                n = bisect.bisect_left(keyed, k, n)
            if parts:
                block_break()
        if j >= end:
            break
        parts += texts[k : starts[j]]
        k = starts[j]
        if keyed[n] < k:
            flow.keyed = True
            n = bisect.bisect_left(keyed, k, n)
        tag = tags[j]
        if tag in _OWN_LAYOUT or removed[j] or j == skip:
            if not removed[j] and j != skip:
                _walk_own_layout(page, j, flow, skip)
            elif text_ends[j] > k:  # a gap in the line (two parts of a word may meet across it)
                flow.keyed = True
            k = text_ends[j]  # what is below it is written (or left out)
            n = bisect.bisect_left(keyed, k, n)
            j = ends[j]
            continue
        if tag in BLOCK_TAGS:
            if parts:
                block_break()
            closing.append(j)
        j += 1  # an inline element's strings flow on
    parts += texts[k : text_ends[root]]
    if keyed[n] < text_ends[root]:
        flow.keyed = True


def _walk_own_layout(page: Page, j: int, flow: _Flow, skip: int | None) -> None:
    """Elements laid out by rules of their own: ``<br>``, tables, ``<sup>``/``<sub>``, ``<pre>``."""
    tag = page.tags[j]
    if tag == "br":
        flow.line_break()
    elif tag == "table":
        _walk_table(page, j, flow, skip)
    elif tag in ("sup", "sub"):
        flow.text(page.text(j).translate(_SUPERSCRIPT if tag == "sup" else _SUBSCRIPT))
    else:  # pre
        flow.block_break()
        inner = _Flow()
        for index, line in enumerate("".join(page.strings(j)).split("\n")):
            if index:  # its line ends are line breaks (its other white space collapses)
                inner.line_break()
            inner.text(line)
        for line in inner.lines():
            flow.text(line)
            flow.line_break()
        flow.block_break()


def _write(items: list[Item], builder: TextBuilder) -> list[TableCellSpan]:
    """Lay the items into the text; tables through the one table writer."""
    spans: list[TableCellSpan] = []
    for index, (breaks, item) in enumerate(items):
        if index:
            builder.add("\n" * max(1, breaks))
        if isinstance(item, str):
            builder.add(item)
        else:
            written, _ = write_table(builder, item)  # it reads the caption and unit lines above
            spans += written
    return spans


def html_to_items(html: str, source: str) -> list[Item]:
    """The publication in a decoded page: its lines and tables in reading order, the
    title first (everything but laying them into the text and reading the tables)."""
    page = parse_page(html)
    content = find_content(page)
    title = ""
    if content.title is not None:
        heading = _Flow()
        _walk(page, content.title, heading, None)
        title = " ".join(heading.lines())  # one line, even when the heading breaks it
    flow = _Flow()
    _walk(page, content.root, flow, content.title)
    flow.block_break()
    keyed = flow.keyed_lines  # only these lines may be furniture texts
    items = [
        (breaks, item)
        for index, (breaks, item) in enumerate(flow.items)
        if not (index in keyed and isinstance(item, str) and is_furniture_text(item))
    ]
    if not any(isinstance(line, Table) or _WORDS.search(line) for _, line in items):
        raise SuchiError(
            "no_article_text",
            "the page has no article text: only the site's menus, links and footer "
            "(or a page whose text is loaded by scripts or frames)",
            source,
        )
    if title and items[0][1] != title:  # a body that opens with its title has it once
        items.insert(0, (0, title))
    return items


def read_html(source: str, raw: bytes) -> SourceDocument:
    """Read a web page; its text is the publication in it (see the module docstring)."""
    html, warnings = decode_html(raw, source)
    items = html_to_items(html, source)
    builder = TextBuilder(boxes=False)
    tables = _write(items, builder)
    return SourceDocument(
        source=source, raw=raw, text=builder.text(), format="html", tables=tables, warnings=warnings
    )
