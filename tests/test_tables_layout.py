"""How a table is laid into the text: a cell's text read once, its lines joined without
glyphs where the text alone will do.  The writer's text must be the text of the glyphs
it hands a builder that keeps boxes, whatever breaks, tabs and spaces a cell holds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractors.readers.builder import TextBuilder, glyph_text, plain_glyphs
from extractors.tables import Cell, Table, write_table
from extractors.tables.write import _inline, _inline_text

# Cell texts made of what the joining rule reads: letters, spaces, tabs and breaks.
CELL_TEXTS = st.text(alphabet="가1 \t\n", max_size=12)


@given(CELL_TEXTS)
def test_inline_text_is_the_text_of_the_inline_glyphs(text: str) -> None:
    assert _inline_text(text) == glyph_text(_inline(plain_glyphs(text)))


@given(st.lists(st.lists(st.one_of(st.none(), CELL_TEXTS), min_size=1, max_size=3), min_size=1, max_size=3))
def test_table_text_and_boxes_agree(rows: list[list[str | None]]) -> None:
    written = []
    for boxes in (True, False):
        table = Table([[None if text is None else Cell(plain_glyphs(text)) for text in row] for row in rows])
        builder = TextBuilder(boxes=boxes)
        spans, _ = write_table(builder, table, caption="", unit_text="")
        written.append((builder.text(), spans, builder.position, len(builder.boxes)))
    (text, spans, position, boxes), bare = written
    assert bare == (text, spans, position, 0)
    assert boxes == len(text) == position


CELLS_REREAD = [
    # (glyphs first, glyphs set after the text was read, text then)
    ("a break made a space", [("1", None), ("\n", None), ("2", None)],
     [("1", None), (" ", None), ("2", None)], "1 2"),
    ("a cell emptied", [("가", None)], [], ""),
]  # fmt: skip


def test_cell_text_follows_glyphs_set_whole() -> None:
    for _, first, then, text in CELLS_REREAD:
        cell = Cell(list(first))
        assert cell.text == glyph_text(first)
        cell.glyphs = list(then)
        assert cell.text == text


def test_plain_cell_makes_glyphs_only_when_asked() -> None:
    cell = Cell.of("1.5", colspan=2)
    assert (cell.text, cell.colspan) == ("1.5", 2)
    assert cell.glyphs == [("1", None), (".", None), ("5", None)]
    assert cell == Cell(plain_glyphs("1.5"), colspan=2)
