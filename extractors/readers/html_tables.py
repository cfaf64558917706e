"""``<table>`` elements: data tables into the one table model, layout tables out.

A data table's cells are placed on the grid the way browsers place them
(HTML's table model): row by row, each cell in the first free slot of its
row, covering ``rowspan`` × ``colspan`` slots; ``rowspan="0"`` reaches the end
of the table.  ``Table.from_placed`` then holds them, and
``extractors.tables.write_table`` writes them and reads their labels.

A table is laid out as text instead (a layout table) when it is one:
``role="presentation"``, a single column (a frame around text, a list of
boxes), or cells that hold other tables or headings (a page's layout grid).
"""

from __future__ import annotations

from extractors.readers.builder import Glyph
from extractors.readers.html_dom import Element, Page
from extractors.tables import Cell, Table

_SECTIONS = ("thead", "tbody", "tfoot")
_CELLS = frozenset({"td", "th"})
_MAX_COLSPAN = 1000  # HTML's limits
_MAX_ROWSPAN = 65534

Placed = tuple[int, int, Element, int, int]  # row, column, cell, rowspan, colspan
PlacedAt = tuple[int, int, int, int, int]  # the same, the cell by its number in the page


def row_cells(page: Page, table: int) -> list[list[int]]:
    """The cells of each row of table ``table`` (header section first, footer section last)."""
    tags = page.tags
    groups: dict[str, list[int]] = {section: [] for section in _SECTIONS}
    for child in page.children(table):
        tag = tags[child]
        if tag == "tr":
            groups["tbody"].append(child)
        elif tag in groups:
            groups[tag] += [row for row in page.children(child) if tags[row] == "tr"]
    rows = groups["thead"] + groups["tbody"] + groups["tfoot"]
    return [[cell for cell in page.children(row) if tags[cell] in _CELLS] for row in rows]


def table_rows(table: Element) -> list[list[Element]]:
    """The table's rows (header section first, footer section last), each its cells."""
    page = table.page
    return [[Element(page, cell) for cell in cells] for cells in row_cells(page, table.i)]


def _span(attrs: dict[str, str | None], name: str, limit: int, zero: int) -> int:
    """A ``rowspan``/``colspan`` value; 0 (rowspan only) means ``zero``; junk means 1."""
    raw = (attrs.get(name) or "").strip()
    digits = raw[: len(raw) - len(raw.lstrip("0123456789"))] if raw else ""
    if not digits:
        return 1
    value = int(digits)
    if value == 0:
        return zero
    return min(value, limit)


def place(page: Page, rows: list[list[int]]) -> list[PlacedAt]:
    """Grid addresses of the cells (by their numbers in ``page``), rowspan and colspan
    resolved (see ``place_cells``)."""
    rows = [cells for cells in rows if cells]  # a row without cells adds nothing to the grid
    attrs = page.attrs
    if not any("rowspan" in attrs[cell] or "colspan" in attrs[cell] for cells in rows for cell in cells):
        # no spans to resolve: each cell in the next column of its row
        return [(r, c, cell, 1, 1) for r, cells in enumerate(rows) for c, cell in enumerate(cells)]
    taken: set[tuple[int, int]] = set()
    placed: list[PlacedAt] = []
    height = len(rows)
    for r, cells in enumerate(rows):
        c = 0
        for cell in cells:
            while (r, c) in taken:
                c += 1
            if attrs[cell]:
                rowspan = min(_span(attrs[cell], "rowspan", _MAX_ROWSPAN, height - r), height - r)
                colspan = _span(attrs[cell], "colspan", _MAX_COLSPAN, 1)
            else:  # most cells: no attributes to read
                rowspan = colspan = 1
            placed.append((r, c, cell, rowspan, colspan))
            if rowspan > 1 or colspan > 1:
                taken.update((r + dr, c + dc) for dr in range(rowspan) for dc in range(colspan))
            else:
                taken.add((r, c))
            c += colspan
    # A colspan past the last column where any cell starts spans nothing (``colspan="99"``).
    width = max((c + 1 for _, c, _, _, _ in placed), default=0)
    return [(r, c, cell, rowspan, min(colspan, width - c)) for r, c, cell, rowspan, colspan in placed]


def place_cells(rows: list[list[Element]]) -> list[Placed]:
    """Grid addresses of the cells, rowspan and colspan resolved.

    >>> from extractors.readers.html_dom import parse_page
    >>> def rows(html):
    ...     table = next(e for e in parse_page(html).body.elements() if e.tag == "table")
    ...     return table_rows(table)
    >>> grid = rows("<table><tr><td rowspan=2>구분<td colspan=2>2025년<tr><td>1분기<td>2분기")
    >>> [(r, c, cell.text(), rs, cs) for r, c, cell, rs, cs in place_cells(grid)]
    [(0, 0, '구분', 2, 1), (0, 1, '2025년', 1, 2), (1, 1, '1분기', 1, 1), (1, 2, '2분기', 1, 1)]
    >>> grid = rows("<table><tr><td colspan=99>합계<tr><td>a<td>b")
    >>> [(r, c, rs, cs) for r, c, _, rs, cs in place_cells(grid)]
    [(0, 0, 1, 2), (1, 0, 1, 1), (1, 1, 1, 1)]
    """
    page = next((cell.page for cells in rows for cell in cells), None)
    if page is None:
        return []
    placed = place(page, [[cell.i for cell in cells] for cells in rows])
    return [(r, c, Element(page, cell), rowspan, colspan) for r, c, cell, rowspan, colspan in placed]


def is_layout(page: Page, table: int, placed: list[PlacedAt]) -> bool:
    """True for a table that lays out text rather than holding data (see module docstring)."""
    if page.attr(table, "role").lower() in ("presentation", "none"):
        return True
    if len({c for _, c, _, _, _ in placed}) <= 1:
        return True
    if not Element(page, table).holds_table_or_heading(inside=True):  # the cheap test first: none in it
        return False
    return any(Element(page, cell).holds_table_or_heading() for _, _, cell, _, _ in placed)


def is_layout_table(table: Element, placed: list[Placed]) -> bool:
    """``is_layout`` of a table and its placed cells."""
    return is_layout(table.page, table.i, [(r, c, cell.i, rs, cs) for r, c, cell, rs, cs in placed])


def caption_text(table: Element) -> str:
    """The table's ``<caption>``, collapsed ('' when it has none)."""
    for child in table.children():
        if child.tag == "caption":
            return child.text()
    return ""


def to_table(placed: list[PlacedAt], glyphs: list[list[Glyph]]) -> Table:
    """The table model of placed cells, each with its content laid out (``glyphs``, in
    the same order)."""
    return Table.from_placed(
        [
            (r, c, Cell(cell_glyphs, rowspan, colspan))
            for (r, c, _, rowspan, colspan), cell_glyphs in zip(placed, glyphs, strict=True)
        ]
    )
