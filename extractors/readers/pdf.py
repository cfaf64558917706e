"""PDF publications → SourceDocument, with pdfplumber.

Stages: ``pdf_to_pages`` (open once; per page: dedupe fake-bold chars, find
ruled tables, cluster the other chars into lines, split two-column pages at the
gutter, take runs of tabbed lines and of lined-up figures as tables without
rules, judge the text; every table fills the one ``extractors.tables.Table``),
then ``pages_to_text`` (leave out running headers, footers, undecodable
pages and pages that lost their Hangul, join lines the PDF wrapped inside a
sentence, set paragraphs and tables
apart with a blank line, write tables in place with ``write_table``, which
reads their labels, units and periods, carry a table on to its continuation).
Pages are joined with a blank line (a space when a sentence runs on); every
character of ``text`` has its box in ``char_boxes`` (None for characters the
reader added).
"""

from __future__ import annotations

import io
import itertools
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pdfplumber
import regex
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from extractors._typing import BBox, Span
from extractors.errors import SuchiError
from extractors.lexicon.pdf import BULLET_MARKS, PAGE_WORDS
from extractors.readers.base import PageSpan, SourceDocument, TableCellSpan
from extractors.readers.builder import TextBuilder
from extractors.readers.ocr import ScannedPage, Scanner, ScanSummary, ocr_hint, uncertain_spans
from extractors.readers.ocr_columns import lost_points
from extractors.readers.pdf_columns import block_order, columns_to_lines, find_gutter
from extractors.readers.pdf_limits import check_page_content
from extractors.readers.pdf_lines import Char, Line, chars_to_rows, rows_to_lines
from extractors.readers.pdf_quality import (
    MIN_JUDGED,
    PageQuality,
    is_korean_publication,
    lost_words,
    page_list,
    page_quality,
)
from extractors.readers.pdf_tables import (
    PlacedTable,
    aligned_table,
    breaks_to_spaces,
    figure_row,
    find_ruled_tables,
    lines_to_table,
    ruled_to_table,
    shows_wraps,
)
from extractors.tables import TableContext, write_table
from extractors.tables.above import is_caption_or_unit

__all__ = ["read_pdf"]

PAGE_BREAK = "\n\n"
# Paragraphs and tables are set apart by a blank line, as in text publications.
PARAGRAPH_BREAK = "\n\n"
# Running headers and footers live in this share of the page height, top and bottom.
_MARGIN_BAND = 0.08
# A gap between lines wider than the document's usual gap plus this share of
# the font size starts a new paragraph.
_PARAGRAPH_EXTRA = 0.25
_FEW_LINES = 8
# A table without rules has at least this many tabbed rows.
_MIN_TABLE_ROWS = 2
# Bytes at the end of a PDF that must hold its %%EOF marker.
_TAIL = 4096

_PAGE_NUMBER = regex.compile(
    rf"""^[\-–—(\[<]?\s*                           # - 3 -, (3), [3]
         (?:{"|".join(regex.escape(word) for word in PAGE_WORDS)})?\s*
         \d{{1,4}}\s*(?:/\s*\d{{1,4}})?\s*          # 3, 3 / 16
         (?:{"|".join(regex.escape(word) for word in PAGE_WORDS)})?\s*
         [\-–—)\]>]?$
    """,
    regex.VERBOSE,
)
_DIGITS = regex.compile(r"\d+")

logging.getLogger("pdfminer").setLevel(logging.ERROR)


@dataclass(slots=True)
class PageLayout:
    """One page as read: its lines and tables, top to bottom, and its verdict."""

    number: int
    height: float
    lines: list[Line]
    grids: list[PlacedTable]
    quality: PageQuality
    margin: set[int] = field(default_factory=set)  # indexes of header/footer lines
    lost_words: bool = False  # digits without their (Hangul) words: left out
    scan: ScanSummary | None = None  # what OCR made of the page, if it was a scan


def _check_bytes(source: str, raw: bytes) -> None:
    if not raw:
        raise SuchiError("empty_file", "the file is empty (0 bytes)", source)
    if b"%PDF-" not in raw[:1024]:
        raise SuchiError(
            "not_pdf", "the file is not a PDF (no %PDF- header); is it named .pdf by mistake?", source
        )
    if b"%%EOF" not in raw[-_TAIL:]:
        raise SuchiError("corrupt_pdf", "the PDF is truncated (no %%EOF at its end)", source)


def _open_error(source: str, error: BaseException) -> SuchiError:
    cause = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
        return SuchiError("encrypted_pdf", "the PDF is encrypted and needs a password", source)
    detail = str(cause) or type(cause).__name__
    return SuchiError("corrupt_pdf", f"the PDF cannot be parsed ({detail})", source)


def _has_duplicates(chars: Sequence[Char]) -> bool:
    """Fake bold draws each glyph twice at (almost) the same place."""
    ordered = sorted(chars, key=lambda char: (char["text"], char["top"], char["x0"]))
    return any(
        a["text"] == b["text"] and abs(a["top"] - b["top"]) <= 1 and abs(a["x0"] - b["x0"]) <= 1
        for a, b in itertools.pairwise(ordered)
    )


def _read_page(page: Any) -> PageLayout:
    if _has_duplicates(page.chars):
        page = page.dedupe_chars()
    chars = [char for char in page.chars if char.get("upright", True)]
    grids: list[PlacedTable] = []
    for found in find_ruled_tables(page):
        placed, chars = ruled_to_table(found, chars)
        if placed is not None:
            grids.append(placed)
    quality = page_quality(page.page_number, (char["text"] for char in page.chars))
    rows = chars_to_rows(chars)
    gutter = find_gutter(rows, float(page.width))
    if gutter is None:
        lines = rows_to_lines(rows)
    else:
        wide = [grid.top for grid in grids if grid.bbox[0] < gutter < grid.bbox[2]]
        lines = columns_to_lines(rows, gutter, wide)
        for grid in grids:
            grid.order = block_order(grid.bbox, lines, gutter, wide)
    lines, unruled = _unruled_tables(lines)
    scan = page.scan if isinstance(page, ScannedPage) else None
    return PageLayout(page.page_number, float(page.height), lines, grids + unruled, quality, scan=scan)


def _bounded(source: str, page: Any) -> Any:
    """The page, or SuchiError ``too_complex`` when it is too big to lay out (a decompression bomb)."""
    check_page_content(source, page.page_number, page.page_obj)
    return page


def _aligned_runs(lines: list[Line]) -> tuple[list[Line], list[PlacedTable]]:
    """Runs of two or more lines of figures lined up in columns (no tabs: the gaps are
    narrow) become tables, with the label line above them as their header."""
    kept: list[Line] = []
    grids: list[PlacedTable] = []
    index = 0
    while index < len(lines):
        end = index
        while (
            end < len(lines) and lines[end].order == lines[index].order and figure_row(lines[end]) is not None
        ):
            end += 1
        if end - index >= _MIN_TABLE_ROWS:
            above = kept[-1] if kept and kept[-1].order == lines[index].order else None
            placed = aligned_table(lines[index:end], above)
            if placed is not None:
                if above is not None and len(placed.table.rows) > end - index:
                    kept.pop()  # the header line went into the table
                grids.append(placed)
                index = end
                continue
        kept += lines[index : max(end, index + 1)]
        index = max(end, index + 1)
    return kept, grids


def _closing_rows(lines: list[Line], order: tuple[int, int]) -> list[Line]:
    """The lines of figures that open ``lines`` in the column ``order``: rows of the table above."""
    rows: list[Line] = []
    for line in lines:
        if line.order != order or figure_row(line) is None:
            break
        rows.append(line)
    return rows


def _unruled_tables(lines: list[Line]) -> tuple[list[Line], list[PlacedTable]]:
    """Runs of two or more tabbed lines in one column are a table without rules
    (columns set apart by whitespace), with the lines of figures right after them
    (a growth row set apart by narrow gaps only); so are runs of lines of figures
    lined up in columns: they become tables; the other lines stay."""
    kept: list[Line] = []
    grids: list[PlacedTable] = []

    def row_key(line: Line) -> tuple[bool, tuple[int, int]]:
        return (line.has_tab and not is_caption_or_unit(line.text), line.order)

    groups = [(is_row, list(group)) for (is_row, _), group in itertools.groupby(lines, key=row_key)]
    for index, (is_row, run) in enumerate(groups):
        if is_row and len(run) >= _MIN_TABLE_ROWS:
            following = groups[index + 1][1] if index + 1 < len(groups) else []
            rows = _closing_rows(following, run[-1].order)
            grids.append(lines_to_table(run + rows))
            if rows:
                groups[index + 1] = (False, following[len(rows) :])  # rows of figures close the table
        else:
            kept += run
    kept, aligned = _aligned_runs(kept)
    return kept, grids + aligned


def _unmarked_wraps(layouts: list[PageLayout]) -> None:
    """A PDF that never draws the space a line wraps at (no line ends on one) does not
    tell a wrap between words from a break the author made: its cells' line breaks
    are spaces (``지식재산권⏎사용료``), as a reader of the page would take them."""
    grids = [grid.table for layout in layouts for grid in layout.grids]
    if any(line.ends_on_space for layout in layouts for line in layout.lines) or any(map(shows_wraps, grids)):
        return
    for table in grids:
        breaks_to_spaces(table)


def pdf_to_pages(source: str, raw: bytes, *, ocr: bool = True) -> list[PageLayout]:
    """Open the PDF once and lay out every page (scanned pages as OCR reads them,
    unless ``ocr`` is False); SuchiError for unreadable files."""
    _check_bytes(source, raw)
    try:
        pdf = pdfplumber.open(io.BytesIO(raw))
    except Exception as error:  # pdfminer raises many types for broken files
        raise _open_error(source, error) from None
    with pdf, Scanner(raw, enabled=ocr) as scanner:
        try:
            layouts = [_read_page(scanner.read(_bounded(source, page))) for page in pdf.pages]
            metadata = pdf.metadata
        except SuchiError:
            raise
        except Exception as error:
            raise _open_error(source, error) from None
    if not layouts:
        raise SuchiError("corrupt_pdf", "the PDF has no pages", source)
    _unmarked_wraps(layouts)
    korean = is_korean_publication([layout.quality for layout in layouts], metadata, source)
    for layout in layouts:
        layout.lost_words = lost_words(layout.quality, korean)
    return layouts


def _mark_margins(layouts: list[PageLayout]) -> None:
    """Flag page numbers and lines repeated in the margins of many pages."""
    keys: dict[tuple[int, int], str] = {}
    for index, layout in enumerate(layouts):
        for position, line in enumerate(layout.lines):
            band = _MARGIN_BAND * layout.height
            if band < line.bottom and line.top < layout.height - band:
                continue
            if _PAGE_NUMBER.match(line.text.strip()):
                layout.margin.add(position)
            else:
                keys[(index, position)] = _DIGITS.sub("#", line.text.replace(" ", ""))
    counts = Counter(keys.values())
    pages_with_text = sum(1 for layout in layouts if layout.lines)
    for (index, position), key in keys.items():
        if counts[key] >= max(2, pages_with_text / 2):
            layouts[index].margin.add(position)


def _right_edge(layouts: list[PageLayout]) -> float:
    """Where full lines end: the right end of the widest line in the document."""
    return max((line.x1 for layout in layouts for line in layout.lines), default=0.0)


def _usual_gap(layouts: list[PageLayout]) -> float:
    """The most common gap between consecutive lines, as a share of font size."""
    gaps = Counter(
        round((following.top - line.bottom) / line.size, 1)
        for layout in layouts
        for line, following in zip(layout.lines, layout.lines[1:], strict=False)
        if abs(line.size - following.size) <= 0.5 and 0 <= following.top - line.bottom <= 1.5 * line.size
    )
    # Too few lines say nothing reliable: assume a leading of 1.5 times the font size.
    return gaps.most_common(1)[0][0] if gaps.total() >= _FEW_LINES else 0.5


def _opens_item(line: Line) -> bool:
    text = line.text
    return any(text.startswith(mark) for mark in BULLET_MARKS)


def _continues(line: Line, following: Line, right_edge: float) -> bool:
    """True when the first word of ``following`` would not have fit at the end
    of ``line``: the PDF wrapped a sentence there."""
    if abs(line.size - following.size) > 0.5 or _opens_item(following):
        return False
    if line.has_tab or following.has_tab:  # rows of an unruled table stay rows
        return False
    return (line.right or right_edge) - line.x1 < following.first_word_width() + 0.5 * line.size


def _new_paragraph(line: Line, following: Line, usual_gap: float) -> bool:
    """True when the space between two lines is wider than between lines of a paragraph."""
    return following.top - line.bottom > (usual_gap + _PARAGRAPH_EXTRA) * line.size


def _line_join(line: Line, following: Line, right_edge: float, usual_gap: float) -> str:
    """What goes between two lines of a page: a space inside a wrapped sentence,
    a blank line between paragraphs, else a line break (lists, headings)."""
    if line.order != following.order:  # on to the next column: like a page break
        return " " if _continues(line, following, right_edge) else PARAGRAPH_BREAK
    if _new_paragraph(line, following, usual_gap):
        return PARAGRAPH_BREAK
    if following.top - line.bottom >= -0.5 * line.size and _continues(line, following, right_edge):
        return " "
    return "\n"


def _page_items(layout: PageLayout) -> list[Line | PlacedTable]:
    """The page's body lines and tables, top to bottom (headers and footers left out)."""
    if layout.quality.undecodable or layout.lost_words:
        return []
    items: list[tuple[tuple[int, int], float, int, Line | PlacedTable]] = [
        (line.order, line.top, 0, line)
        for position, line in enumerate(layout.lines)
        if position not in layout.margin
    ]
    items += [(grid.order, grid.top, 1, grid) for grid in layout.grids]
    items.sort(key=lambda item: item[:3])
    return [item[3] for item in items]


def _write_page(
    builder: TextBuilder,
    items: list[Line | PlacedTable],
    right_edge: float,
    usual_gap: float,
    tables: list[TableCellSpan],
    *,
    continued: TableContext | None,
) -> TableContext | None:
    """Write one page's items; returns the table that ends the page, if one does."""
    previous: Line | PlacedTable | None = None
    context: TableContext | None = None
    for item in items:
        if isinstance(item, Line):
            if isinstance(previous, Line):
                builder.add(_line_join(previous, item, right_edge, usual_gap))
            elif previous is not None:  # after a table
                builder.add(PARAGRAPH_BREAK)
            builder.add_glyphs(item.glyphs)
        else:
            if previous is not None:
                builder.add(PARAGRAPH_BREAK)
            spans, context = write_table(
                builder, item.table, continued=continued if previous is None else None
            )
            tables.extend(spans)
        previous = item
    return context if isinstance(previous, PlacedTable) else None


def _page_join(before: list[Line | PlacedTable], after: list[Line | PlacedTable], right_edge: float) -> str:
    """A space when a sentence runs on to the next page, else a blank line."""
    if before and after and isinstance(before[-1], Line) and isinstance(after[0], Line):
        return " " if _continues(before[-1], after[0], right_edge) else PAGE_BREAK
    return PAGE_BREAK


def _has_words(layout: PageLayout) -> bool:
    """A page worth reading: trusted text with letters, or long enough to have been judged."""
    quality = layout.quality
    if quality.empty or quality.undecodable or layout.lost_words:
        return False
    return bool(quality.hangul or quality.capitals or quality.words) or quality.characters >= MIN_JUDGED


def pages_to_text(
    source: str, raw: bytes, layouts: list[PageLayout], ocr_hint: str | None = "OCR it first"
) -> SourceDocument:
    """Join the pages' lines and tables into one text with page spans and boxes.

    ``ocr_hint`` says how to read pages without a text layer (None: OCR ran already).
    """
    empty = [layout.number for layout in layouts if layout.quality.empty and not layout.grids]
    bad = [layout.number for layout in layouts if layout.quality.undecodable]
    if len(empty) == len(layouts):
        how = f"; {ocr_hint}" if ocr_hint else " and OCR found no text in them"
        raise SuchiError(
            "no_text_layer", f"none of the {len(layouts)} pages has a text layer (a scan?){how}", source
        )
    if len(empty) + len(bad) == len(layouts):
        raise SuchiError(
            "undecodable_text",
            f"the text of page(s) {page_list(bad)} cannot be decoded (fonts without a Unicode map)",
            source,
        )
    wordless = [layout.number for layout in layouts if layout.lost_words]
    if wordless and not any(_has_words(layout) for layout in layouts):
        raise SuchiError(
            "no_hangul_text",
            f"the text of page(s) {page_list(wordless)} has figures but no Hangul words "
            "(exported without a Korean font?), so its figures would have no meaning; "
            "use a PDF with its fonts embedded, or the HWP/HWPX original",
            source,
        )
    warnings: list[tuple[str, str]] = []
    if wordless:
        warnings.append(
            (
                "no_hangul_text",
                f"page(s) {page_list(wordless)}: figures but no Hangul words "
                "(exported without a Korean font?); left out",
            )
        )
    if bad:
        warnings.append(
            (
                "undecodable_text",
                f"page(s) {page_list(bad)}: text cannot be decoded (font without a Unicode map); left out",
            )
        )
    if empty:
        how = f" ({ocr_hint})" if ocr_hint else ""
        warnings.append(
            ("no_text", f"page(s) {page_list(empty)} have no text layer (scanned?); left out{how}")
        )
    scans = {layout.number: layout.scan for layout in layouts if layout.scan is not None}
    warnings += [
        (
            "ocr_page",
            f"page {number} read by OCR: {scan.words} words, "
            f"mean word confidence {scan.mean_confidence:.1f}%"
            + (f", levelled by {scan.angle:+.2f} degrees" if scan.angle else ""),
        )
        for number, scan in scans.items()
    ]
    _mark_margins(layouts)
    right_edge = _right_edge(layouts)
    usual_gap = _usual_gap(layouts)
    builder = TextBuilder()
    pages: list[PageSpan] = []
    tables: list[TableCellSpan] = []
    page_items = [_page_items(layout) for layout in layouts]
    continued: TableContext | None = None
    for index, layout in enumerate(layouts):
        if index:
            builder.add(_page_join(page_items[index - 1], page_items[index], right_edge))
        start = builder.position
        continued = _write_page(
            builder, page_items[index], right_edge, usual_gap, tables, continued=continued
        )
        pages.append(PageSpan(layout.number, start, builder.position))
    ignored: list[Span] = []
    boxes: list[BBox | None] = builder.boxes
    text = builder.text()
    return SourceDocument(
        source=source,
        raw=raw,
        text=text,
        format="pdf",
        pages=pages,
        tables=tables,
        ignored=ignored,
        char_boxes=boxes,
        warnings=warnings,
        uncertain=sorted(
            uncertain_spans(text, boxes, pages, scans) + lost_points(text, tables, pages, set(scans)),
            key=lambda span: span.start,
        ),
    )


def read_pdf(source: str, raw: bytes, *, ocr: bool = True) -> SourceDocument:
    """Read a PDF publication, its scanned pages by OCR unless ``ocr`` is False;
    SuchiError (``empty_file``, ``not_pdf``, ``corrupt_pdf``, ``encrypted_pdf``,
    ``no_text_layer``, ``undecodable_text``, ``no_hangul_text``, ``too_complex``)
    when it cannot be read."""
    hint = ocr_hint(enabled=ocr)
    return pages_to_text(source, raw, pdf_to_pages(source, raw, ocr=ocr), hint)
