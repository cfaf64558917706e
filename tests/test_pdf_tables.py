"""Tables: written in place as tab-separated rows, one labelled span per cell."""

from __future__ import annotations

import functools
import io
from pathlib import Path

import pdfplumber
import pytest

from extractors import extract_source
from extractors.readers.base import SourceDocument, TableCellSpan
from extractors.readers.pdf import read_pdf
from extractors.readers.pdf_tables import is_numeric_cell
from tests.conftest import corpus_files
from tests.pdf_fixtures import (
    TABLE_CAPTION,
    TABLE_NOTE,
    TABLE_ROWS,
    TABLE_UNIT,
    TWINS,
    long_table_pdf,
    table_pdf,
)

CAPTION = TABLE_CAPTION.removeprefix("■ ")


@functools.cache
def _fixture() -> SourceDocument:
    return read_pdf("table.pdf", table_pdf())


def _cell(document: SourceDocument, span: TableCellSpan) -> str:
    return document.text[span.start : span.end]


# (cell text, row label, column label)
CELLS: list[tuple[str, str | None, str | None]] = [
    ("63.5", "지식재산권 사용료", "전체"),
    ("44.3", "지식재산권 사용료", "게임 SW"),
    ("4.7", "지식재산권 사용료", "디지털 콘텐츠"),
    ("(0.90)", "지식재산권 사용료", "게임 SW"),
    ("25.0", "정보·통신 서비스", "전체"),
    ("12.3", "합계", "디지털 콘텐츠"),
    # a header cell names the column it heads, a stub cell the row it heads
    ("디지털 콘텐츠", None, "디지털 콘텐츠"),
    ("합계", "합계", "유형 \\ 산업"),
]


@pytest.mark.parametrize(("text", "row", "column"), CELLS, ids=[cell[0] for cell in CELLS])
def test_cell_labels(text: str, row: str | None, column: str | None) -> None:
    document = _fixture()
    spans = [span for span in document.tables if _cell(document, span) == text]
    assert len(spans) == 1
    assert (spans[0].row, spans[0].column) == (row, column)
    assert (spans[0].caption, spans[0].unit_text) == (CAPTION, TABLE_UNIT)


def test_table_written_in_place_once() -> None:
    text = _fixture().text
    rows = "\n".join("\t".join(cell.replace("\n", " ") for cell in row) for row in TABLE_ROWS)
    assert f"기록했다.\n\n{TABLE_CAPTION}\n{TABLE_UNIT}\n\n{rows}\n\n{TABLE_NOTE}" in text
    assert text.count("111.5") == 2  # once in the paragraph above, once in the table


def test_every_filled_cell_has_an_exact_span() -> None:
    document = _fixture()
    filled = [cell.replace("\n", " ") for row in TABLE_ROWS for cell in row if cell]
    assert [_cell(document, span) for span in document.tables] == filled
    assert all(
        "\t" not in _cell(document, span) and "\n" not in _cell(document, span) for span in document.tables
    )


def test_table_continued_on_next_page_keeps_caption_unit_and_columns() -> None:
    document = read_pdf("long.pdf", long_table_pdf(70))
    assert len(document.pages) == 2
    last = document.tables[-1]
    assert document.page_of(last.start) == 2
    assert (document.text[last.start : last.end], last.row, last.column) == ("70.2", "품목 70", "수입")
    assert (last.caption, last.unit_text) == (CAPTION, TABLE_UNIT)
    figures = [span for span in document.tables if is_numeric_cell(document.text[span.start : span.end])]
    assert len(figures) == 140 and all(span.column in {"수출", "수입"} for span in figures)


NUMERIC: list[tuple[str, bool]] = [
    ("63.5", True),
    ("(0.57)", True),
    ("△2.5", True),
    ("-12", True),
    ("1,274", True),
    ("2026.01", True),
    ("디지털 콘텐츠", False),
    ("합계", False),
    ("", False),
    ("IT 서비스", False),
]


@pytest.mark.parametrize(("text", "numeric"), NUMERIC, ids=[repr(t) for t, _ in NUMERIC])
def test_numeric_cells(text: str, numeric: bool) -> None:
    assert is_numeric_cell(text) is numeric


# --- corpus: tables 1-3 of the ICT trade article, expectations read from the PDF itself -----------

ARTICLE = next((pdf for pdf in corpus_files("pdf") if pdf.name.startswith("001_")), None)


def _expected_cells(pdf: Path) -> list[tuple[int, str, str, str]]:
    """(table index, row label, column label, cell) of every numeric cell, straight from pdfplumber."""
    expected = []
    with pdfplumber.open(io.BytesIO(pdf.read_bytes())) as document:
        tables = [table for page in document.pages for table in page.extract_tables()]
    for index, rows in enumerate(tables):
        header = [" ".join((cell or "").split()) for cell in rows[0]]
        label = ""
        for row in rows[1:]:
            cells = [" ".join((cell or "").split()) for cell in row]
            label = cells[0] or label
            expected += [(index, label, header[c], cell) for c, cell in enumerate(cells) if c and cell]
    return expected


def _twin_captions(pdf: Path) -> list[tuple[str, str]]:
    """(caption, unit line) of each table in the txt twin: the caption line, then the unit line."""
    lines = [
        line.strip() for line in (pdf.parent.parent / "txt" / f"{pdf.stem}.txt").read_text().splitlines()
    ]
    lines = [line for line in lines if line]
    return [
        (line.removeprefix("■ "), lines[i + 1]) for i, line in enumerate(lines) if line.startswith("■ 표")
    ]


def test_corpus_article_tables() -> None:
    if ARTICLE is None:
        pytest.skip("the shared corpus (001_*.pdf) is not beside this clone")
    document = read_pdf(str(ARTICLE), ARTICLE.read_bytes())
    expected = _expected_cells(ARTICLE)
    captions = _twin_captions(ARTICLE)
    assert len(captions) == 3 and len(expected) > 200
    cells = [span for span in document.tables if not span.label]
    by_caption = list(dict.fromkeys(span.caption for span in cells))
    got = [(by_caption.index(s.caption), s.row, s.column, _cell(document, s)) for s in cells]
    assert got == expected
    assert [
        (span.caption, span.unit_text) for span in cells if span.column == "전체" and span.row == "합계"
    ] == (captions)
    assert all(is_numeric_cell(cell) for *_, cell in got)


# --- tables in layouts the corpus lacks: every figure cell carries its row and column labels ---------


Labels = tuple[str | None, str | None, str | None, str | None]


@functools.cache
def _twin_facts(name: str) -> dict[str, Labels]:
    """Each table-cell fact's text → (caption, unit line, row label, column label)."""
    document = extract_source(read_pdf(f"{name}.pdf", TWINS[name][0]()))
    return {
        fact.text: (fact.table.caption, fact.table.unit_text, fact.table.row, fact.table.column)
        for fact in document.facts
        if fact.table is not None and fact.kind != "date"
    }


# (fixture, fact text, (caption, unit line, row label, column label))
TWIN_CELLS: list[tuple[str, str, Labels]] = [
    ("unruled_table", "1,234", ("표 1> 국가별 수출 실적", "(단위: 백만 달러, %)", "미국", "2024년")),
    ("unruled_table", "△7.6", ("표 1> 국가별 수출 실적", "(단위: 백만 달러, %)", "중국", "증감률")),
    ("unruled_table", "310", ("표 1> 국가별 수출 실적", "(단위: 백만 달러, %)", "베트남", "2025년")),
    ("unruled_table", "2,678", ("표 1> 국가별 수출 실적", "(단위: 백만 달러, %)", "합계", "2025년")),
    ("unruled_table", "20.6", ("표 1> 국가별 수출 실적", "(단위: 백만 달러, %)", "합계", "증감률")),
    (
        "unruled_table_unit_beside",
        "2,678",
        ("표 1> 국가별 수출 실적", "(단위: 백만 달러, %)", "합계", "2025년"),
    ),
    ("merged_header", "1,734", ("표 2> 품목별 수출입", "(단위: 억 달러, %)", "반도체", "수출 금액")),
    ("merged_header", "22.2", ("표 2> 품목별 수출입", "(단위: 억 달러, %)", "반도체", "수출 증감률")),
    ("merged_header", "△3.1", ("표 2> 품목별 수출입", "(단위: 억 달러, %)", "반도체", "수입 증감률")),
    ("merged_header", "120", ("표 2> 품목별 수출입", "(단위: 억 달러, %)", "자동차", "수입 금액")),
    ("footnoted_cells", "12.4", ("표 3> 수출입 증가율", "(단위: %)", "수출 증가율", "2024년")),
    ("footnoted_cells", "2.1", ("표 3> 수출입 증가율", "(단위: %)", "수입 증가율", "2025년")),
]


@pytest.mark.parametrize(
    ("name", "text", "labels"), TWIN_CELLS, ids=[f"{row[0]}:{row[1]}" for row in TWIN_CELLS]
)
def test_twin_cells_carry_labels(name: str, text: str, labels: Labels) -> None:
    assert _twin_facts(name)[text] == labels


@pytest.mark.parametrize(
    "name", ["unruled_table", "unruled_table_unit_beside", "merged_header", "footnoted_cells"]
)
def test_every_twin_figure_cell_is_labelled(name: str) -> None:
    cells = _twin_facts(name)
    assert len(cells) >= 4
    assert all(row and column for _, _, row, column in cells.values())


# A tabbed line alone is not a table; prose after a table is not a row of it.
def test_unruled_table_leaves_prose_out() -> None:
    document = read_pdf("unruled.pdf", TWINS["unruled_table"][0]())
    sentence = document.text.index("주요국")
    assert all(span.end < sentence for span in document.tables)


# --- a label over two lines of its cell: one word, or two where the PDF drew the space it wrapped at ---

WRAPPED_LABELS: list[tuple[str, list[str], list[str]]] = [
    (
        "a_pdf_that_draws_the_space_it_wraps_at",  # Hancom: an unmarked break is the author's
        ["세입\n세출외", "일반 \n회계"],
        ["세입세출외", "일반 회계"],
    ),
    (
        "a_pdf_that_never_draws_it",  # any break may be a wrap between words
        ["세입\n세출외", "일반\n회계"],
        ["세입 세출외", "일반 회계"],
    ),
]


@pytest.mark.parametrize(("name", "labels", "rows"), WRAPPED_LABELS, ids=[row[0] for row in WRAPPED_LABELS])
def test_label_over_two_cell_lines(name: str, labels: list[str], rows: list[str]) -> None:
    from tests.pdf_fixtures import ruled_table_pdf

    table = [["구분", "2025년"], *([label, f"{10 + i}"] for i, label in enumerate(labels))]
    document = read_pdf("wrapped.pdf", ruled_table_pdf(["(단위: 억원)"], table))
    assert [span.row for span in document.tables if not span.label] == rows
