"""The table model that every reader fills: a rectangular grid of cells.

PDF (ruled and unruled), HWPX, HWP, HTML and OCR readers each turn what their
format knows of a table into a ``Table``; nothing downstream knows which
format it came from.  A cell merged over several rows or columns is stored
once, at its top-left slot, with its ``rowspan``/``colspan``; the slots it
covers hold None.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from extractors.readers.builder import Glyph, glyph_text, plain_glyphs


class Cell:
    """One cell: its text, and its glyphs (boxes where the format has them).

    A cell of several lines (HWPX ``<hp:p>``, HTML ``<br>``, a PDF cell's lines) joins
    them with ``"\\n"`` glyphs, after a ``" "`` where the line ends on a space (a wrap
    between two words); the writer turns them into spaces inside the row, the table
    reading may close up a word broken over two lines (``금융⏎보험업``).

    The text is read once (the table reading and the writer want it many times);
    a cell of plain text (``Cell.of``) makes no glyph per character unless a
    writer keeping boxes asks for them.  Glyphs are set whole, never edited in place.
    """

    __slots__ = ("_glyphs", "_text", "colspan", "rowspan")

    def __init__(self, glyphs: list[Glyph], rowspan: int = 1, colspan: int = 1) -> None:
        self._glyphs: list[Glyph] | None = glyphs
        self._text: str | None = None
        self.rowspan = rowspan
        self.colspan = colspan

    @classmethod
    def of(cls, text: str, rowspan: int = 1, colspan: int = 1) -> Cell:
        """A cell from plain text (formats without boxes).

        >>> Cell.of("1.5", colspan=2).text, Cell.of("가").glyphs
        ('1.5', [('가', None)])
        """
        cell = cls([], rowspan, colspan)  # no ``cls.__new__``: mypyc-compiled classes have none
        cell._glyphs, cell._text = None, text
        return cell

    @property
    def glyphs(self) -> list[Glyph]:
        if self._glyphs is None:
            self._glyphs = plain_glyphs(self._text or "")
        return self._glyphs

    @glyphs.setter
    def glyphs(self, glyphs: list[Glyph]) -> None:
        self._glyphs, self._text = glyphs, None

    @property
    def text(self) -> str:
        """Its characters.

        >>> cell = Cell([("1", None)]); cell.text
        '1'
        >>> cell.glyphs = [("2", None)]; cell.text
        '2'
        """
        if self._text is None:
            self._text = glyph_text(self.glyphs)
        return self._text

    def __repr__(self) -> str:
        return f"Cell.of({self.text!r}, rowspan={self.rowspan}, colspan={self.colspan})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Cell):
            return NotImplemented
        return (self.glyphs, self.rowspan, self.colspan) == (other.glyphs, other.rowspan, other.colspan)

    __hash__ = None  # type: ignore[assignment]  # mutable: no hash, as a dataclass


@dataclass(slots=True)
class Table:
    """A table as read: ``rows[r][c]`` is the cell whose top-left slot is (r, c), or
    None where a merged cell covers the slot (or the slot is empty of any cell).

    ``caption`` and ``unit_text`` are set when the format names them apart from the
    text (an HTML ``<caption>``, an HWPX caption); otherwise the writer looks for
    them in the lines above the table.
    """

    rows: list[list[Cell | None]]
    caption: str | None = None
    unit_text: str | None = None
    # Footnotes or notes the format attaches to the table (written after it).
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_placed(cls, placed: Iterable[tuple[int, int, Cell]]) -> Table:
        """A grid from cells at their (row, column) addresses, as HWPX (``cellAddr``)
        and HTML (after resolving ``rowspan``/``colspan``) give them.

        >>> t = Table.from_placed([(0, 0, Cell.of("구분", rowspan=2)), (0, 1, Cell.of("2024년", colspan=2)),
        ...                        (1, 1, Cell.of("1분기")), (1, 2, Cell.of("2분기"))])
        >>> t.texts()
        [['구분', '2024년', ''], ['', '1분기', '2분기']]
        """
        cells = list(placed)
        height = max((r + cell.rowspan for r, _, cell in cells), default=0)
        width = max((c + cell.colspan for _, c, cell in cells), default=0)
        rows: list[list[Cell | None]] = [[None] * width for _ in range(height)]
        for r, c, cell in cells:
            rows[r][c] = cell
        return cls(rows)

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def texts(self) -> list[list[str]]:
        """Each slot's text ('' where covered or empty)."""
        return [[cell.text if cell is not None else "" for cell in row] for row in self.rows]
