"""OWPML sections (KS X 6101, the XML inside HWPX) → SourceDocument text and tables.

HWPX keeps its body as ``Contents/section<N>.xml``; HWP 5.0 files are turned
into the same XML by python-hwpx, so one walker serves both formats.

Stages: ``sections_to_blocks`` walks the paragraphs (``hp:p``) in reading
order: a paragraph's text is a line; a table is a block of its own (with a
paragraph break around it); footnotes, text boxes and floating tables follow
the paragraph that anchors them; endnotes go to the end; page headers,
footers, page numbers and picture descriptions are left out.  A *frame*
table (one row, one column, or cells that hold paragraphs or other tables
rather than short values) is layout, not data: it dissolves into its content.
``blocks_to_text`` then joins the lines (``\\n``; a blank line between
paragraphs that an empty paragraph, a frame or a table sets apart) and writes
each real table through ``write_table`` with the caption and unit line found
in the lines above it, as the PDF reader does.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Final

from lxml import etree

from extractors.errors import SuchiError
from extractors.readers.base import SourceDocument, TableCellSpan
from extractors.readers.builder import TextBuilder
from extractors.tables import Cell, Table, write_table

__all__ = ["BREAK", "Block", "blocks_to_text", "sections_to_blocks", "sections_to_document"]


class _Break:
    """A paragraph break: a blank line in the text."""

    def __repr__(self) -> str:
        return "BREAK"


BREAK: Final = _Break()
# A line of text, a paragraph break or a real table.
Block = str | _Break | Table

# A table with at least this share of prose cells is a frame around text.
_PROSE_SHARE = 0.5
# A cell with more characters than this holds prose (a sentence), not a value or a label.
_PROSE_CHARS = 40

# Drawing objects whose text (``hp:drawText``) or caption is content.
_SHAPES: Final = frozenset(
    {"rect", "ellipse", "arc", "polygon", "curve", "connectLine", "line", "container", "pic", "ole",
     "textart", "video", "chart"}
)  # fmt: skip
# Characters an ``hp:t`` child element stands for.
_INLINE: Final = {"tab": "\t", "lineBreak": "\n", "fwSpace": " ", "nbSpace": " ", "hyphen": "-"}
# C0 controls other than tab and newline never belong in the text.
_CONTROLS: Final = {code: None for code in range(0x20) if code not in (0x09, 0x0A)}


def local(element: etree._Element) -> str:
    """The tag without its namespace ('' for comments and processing instructions).

    >>> local(etree.fromstring('<hp:p xmlns:hp="urn:x"/>'))
    'p'
    """
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def children(element: etree._Element, name: str) -> Iterator[etree._Element]:
    return (child for child in element if local(child) == name)


def child(element: etree._Element, name: str) -> etree._Element | None:
    return next(children(element, name), None)


def unswitched(element: etree._Element) -> Iterator[etree._Element]:
    """The children of ``element``, with each ``hp:switch`` (the same content for
    readers that know a newer feature, ``hp:case``, and for the others,
    ``hp:default``) replaced by the content of one branch, so nothing is read twice.

    >>> run = etree.fromstring('<run><switch><case><t>A</t></case><default><t>A</t></default></switch></run>')
    >>> [item.text for item in unswitched(run)]
    ['A']
    """
    for item in element:
        if local(item) != "switch":
            yield item
            continue
        branch = child(item, "case")
        if branch is None:
            branch = child(item, "default")
        if branch is not None:
            yield from unswitched(branch)


def clean(text: str) -> str:
    """One line as it goes into the document: NFC, no control characters, no edge spaces.

    >>> clean("  수출\\x0b 3%\\u3000")
    '수출 3%'
    """
    return unicodedata.normalize("NFC", text.translate(_CONTROLS)).strip()


@dataclass(slots=True)
class _CellContent:
    row: int
    column: int
    rowspan: int
    colspan: int
    body: list[Block]
    attached: list[Block]

    @property
    def lines(self) -> list[str]:
        return [clean(block) for block in self.body if isinstance(block, str) and clean(block)]

    @property
    def text(self) -> str:
        """The cell's lines joined by newlines; a line that ends on a space keeps it
        before the break (typed between two words: ``케이맨 ⏎제도`` is two words)."""
        lines = [block for block in self.body if isinstance(block, str) and clean(block)]
        ends = [clean(line) + (" " if line[-1:].isspace() else "") for line in lines]
        return "\n".join(ends).rstrip()

    @property
    def has_blocks(self) -> bool:
        """Whether the cell holds a table or a frame: then the table around it is layout."""
        return any(not isinstance(block, str) for block in self.body)

    def is_prose(self) -> bool:
        return sum(map(len, self.lines)) > _PROSE_CHARS


def is_frame(cells: list[_CellContent]) -> bool:
    """A table that lays out text rather than data: one row, one column, a cell that
    holds a table, or mostly cells of prose.

    >>> short = lambda r, c: _CellContent(r, c, 1, 1, ["1.5"], [])
    >>> is_frame([short(0, 0), short(0, 1)]), is_frame([short(r, c) for r in (0, 1) for c in (0, 1)])
    (True, False)
    """
    rows = max((cell.row + cell.rowspan for cell in cells), default=0)
    columns = max((cell.column + cell.colspan for cell in cells), default=0)
    if rows <= 1 or columns <= 1 or any(cell.has_blocks for cell in cells):
        return True
    filled = [cell for cell in cells if cell.lines]
    prose = sum(1 for cell in filled if cell.is_prose())
    return bool(filled) and prose >= _PROSE_SHARE * len(filled)


@dataclass
class _Walker:
    """Walks paragraphs into blocks; endnotes gather until the document ends."""

    endnotes: list[Block] = field(default_factory=list)
    deleting: bool = False  # inside a tracked deletion (hp:deleteBegin … hp:deleteEnd)

    def paragraphs(self, parent: etree._Element) -> list[Block]:
        """The blocks of a section or a ``hp:subList``: each paragraph and what it anchors."""
        blocks: list[Block] = []
        for paragraph in children(parent, "p"):
            body, attached = self.paragraph(paragraph)
            blocks += body + attached
        return blocks

    def paragraph(self, paragraph: etree._Element) -> tuple[list[Block], list[Block]]:
        """A paragraph's own blocks (its text, inline tables) and what it anchors
        (notes, text boxes, floating tables), which follow it."""
        body: list[Block] = []
        attached: list[Block] = []
        line: list[str] = []
        for run in children(paragraph, "run"):
            for item in unswitched(run):
                name = local(item)
                if name == "t":
                    line.append(self.text(item))
                elif name == "tbl":
                    blocks = self.table(item)
                    if _inline(item):
                        body += ["".join(line), *blocks]
                        line = []
                    else:
                        attached += blocks
                elif name == "ctrl":
                    attached += self.notes(item)
                elif name in _SHAPES:
                    attached += self.shape(item)
                elif name == "dutmal":  # text with a gloss over it: the main text reads on
                    line += [text for main in children(item, "mainText") for text in main.itertext()]
        return [*body, "".join(line)], attached

    def text(self, element: etree._Element) -> str:
        """An ``hp:t``: its text and the characters its children stand for; tracked
        deletions left out."""
        parts: list[str] = []
        if element.text and not self.deleting:
            parts.append(element.text)
        for item in element:
            name = local(item)
            if name == "deleteBegin":
                self.deleting = True
            elif name == "deleteEnd":
                self.deleting = False
            elif not self.deleting:
                parts.append(_INLINE.get(name, ""))
            if item.tail and not self.deleting:
                parts.append(item.tail)
        return "".join(parts)

    def notes(self, control: etree._Element) -> list[Block]:
        """Footnotes follow their paragraph; endnotes go to the end of the document.
        Headers, footers, page numbers and hidden comments are no content."""
        blocks: list[Block] = []
        for item in control:
            name = local(item)
            if name in ("footNote", "endNote"):
                content = [BREAK, *self.sublists(item), BREAK]
                if name == "footNote":
                    blocks += content
                else:
                    self.endnotes += content
        return blocks

    def shape(self, shape: etree._Element) -> list[Block]:
        """The text in a drawing object (text box) and its caption, as paragraphs."""
        content = self.sublists(shape)
        return [BREAK, *content, BREAK] if content else []

    def sublists(self, element: etree._Element) -> list[Block]:
        """Blocks of the ``hp:subList``s under ``element`` (not those inside them)."""
        blocks: list[Block] = []
        for item in unswitched(element):
            name = local(item)
            if name == "subList":
                blocks += self.paragraphs(item)
            elif name in ("shapeComment", "script"):  # a picture's description, an equation's source
                continue
            else:
                blocks += self.sublists(item)
        return blocks

    def table(self, table: etree._Element) -> list[Block]:
        """A real table as one block, or a frame's content; notes in its cells follow it.
        A caption (``hp:caption``) is a line above the table (below for a bottom
        caption) and names a real table."""
        cells = list(self.cells(table))
        attached = [block for cell in cells for block in cell.attached]
        captions = list(children(table, "caption"))
        caption = " ".join(
            clean(block)
            for part in captions
            for block in self.sublists(part)
            if isinstance(block, str) and clean(block)
        )
        below = bool(captions) and captions[0].get("side", "TOP") in ("BOTTOM", "RIGHT")
        before: list[Block] = [caption] if caption and not below else []
        after: list[Block] = [caption] if caption and below else []
        if not any(cell.lines or cell.has_blocks for cell in cells):  # an empty grid: a ruled box
            return [BREAK, *before, *after, BREAK, *attached]
        if is_frame(cells):
            return [BREAK, *before, *_frame_layout(cells), *after, BREAK, *attached]
        grid = Table.from_placed(
            (cell.row, cell.column, Cell.of(cell.text, cell.rowspan, cell.colspan)) for cell in cells
        )
        grid.caption = caption or None
        return [BREAK, *before, grid, *after, BREAK, *attached]

    def cells(self, table: etree._Element) -> Iterator[_CellContent]:
        """Each ``hp:tc`` with its address; a cell without ``hp:cellAddr`` takes the
        next free place in its row."""
        for r, row in enumerate(children(table, "tr")):
            column = 0
            for cell in children(row, "tc"):
                address = child(cell, "cellAddr")
                span = child(cell, "cellSpan")
                row_at = _int(address, "rowAddr", r)
                column = _int(address, "colAddr", column)
                rowspan = max(1, _int(span, "rowSpan", 1))
                colspan = max(1, _int(span, "colSpan", 1))
                body: list[Block] = []
                attached: list[Block] = []
                for sublist in children(cell, "subList"):
                    for paragraph in children(sublist, "p"):
                        own, anchored = self.paragraph(paragraph)
                        body += own
                        attached += anchored
                yield _CellContent(row_at, column, rowspan, colspan, body, attached)
                column += colspan


def _int(element: etree._Element | None, name: str, default: int) -> int:
    value = element.get(name) if element is not None else None
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _inline(table: etree._Element) -> bool:
    """A table set like a character (``treatAsChar``) sits in its paragraph's text;
    a floating one is anchored to the paragraph and read after it."""
    position = child(table, "pos")
    return position is None or position.get("treatAsChar", "1") in ("1", "true")


def _frame_layout(cells: list[_CellContent]) -> list[Block]:
    """A frame's content row by row: a row of one-line cells reads as one line
    (``보도시점 2024. 6. 21. 배포 …``); other cells give their blocks in turn."""
    blocks: list[Block] = []
    rows: dict[int, list[_CellContent]] = {}
    for cell in sorted(cells, key=lambda cell: (cell.row, cell.column)):
        rows.setdefault(cell.row, []).append(cell)
    for row in rows.values():
        if all(not cell.has_blocks and len(cell.lines) <= 1 for cell in row):
            blocks.append(" ".join(line for cell in row for line in cell.lines))
        else:
            for cell in row:
                blocks += [BREAK, *cell.body, BREAK]
    return blocks


def sections_to_blocks(sections: Iterable[etree._Element]) -> list[Block]:
    """Every section's blocks in order, a paragraph break between sections, endnotes last."""
    walker = _Walker()
    blocks: list[Block] = []
    for section in sections:
        blocks += [*walker.paragraphs(section), BREAK]
    return blocks + walker.endnotes


def blocks_to_text(blocks: Iterable[Block]) -> tuple[TextBuilder, list[TableCellSpan]]:
    """Lay the blocks out: lines joined by ``\\n``, a blank line at paragraph breaks
    (an empty paragraph is one) and around tables; tables through ``write_table``.

    >>> t = Table.from_placed([(0, 0, Cell.of("구분")), (0, 1, Cell.of("수출")), (1, 0, Cell.of("미국")),
    ...                        (1, 1, Cell.of("1.5"))])
    >>> builder, spans = blocks_to_text(["  제목 ", "", "(단위: 억 달러)", BREAK, t, BREAK, "끝"])
    >>> builder.text()
    '제목\\n\\n(단위: 억 달러)\\n\\n구분\\t수출\\n미국\\t1.5\\n\\n끝'
    >>> [(s.row, s.column, s.unit_text) for s in spans if not s.label]
    [('미국', '수출', '(단위: 억 달러)')]
    """
    builder = TextBuilder(boxes=False)
    tables: list[TableCellSpan] = []
    pending_break = False
    for block in blocks:
        if isinstance(block, _Break):
            pending_break = True
            continue
        if isinstance(block, str):
            line = clean(block)
            if not line:  # an empty paragraph is a blank line
                pending_break = True
                continue
        if builder.position:
            builder.add("\n\n" if pending_break or isinstance(block, Table) else "\n")
        pending_break = False
        if isinstance(block, Table):
            spans, _ = write_table(builder, block)  # it reads the caption and unit lines above
            tables += spans
            pending_break = True
        else:
            builder.add(line)
    return builder, tables


def sections_to_document(
    source: str, raw: bytes, sections: Iterable[etree._Element], file_format: str
) -> SourceDocument:
    """The document of a publication whose sections are OWPML trees."""
    builder, tables = blocks_to_text(sections_to_blocks(sections))
    if not builder.position:
        raise SuchiError("empty_file", f"the {file_format.upper()} document has no text", source)
    return SourceDocument(source=source, raw=raw, text=builder.text(), format=file_format, tables=tables)
