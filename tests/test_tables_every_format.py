"""Tables found wrong in an audit of real releases, each written once and read in every
format a ministry publishes it in: a text file (tab rows), a web page (``<table>``),
HWPX and HWP (python-hwpx), and PDF (a ruled table).  The table reading lives in
``extractors/tables/`` once, so every format must give the same facts.

Rows are (name, lines above the table, the table's rows, the figures expected):
every figure of the table and nothing else, as (cell, kind, value, unit, row label,
column label, period).  The labels and numbers are our own.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable, Sequence
from datetime import date

import pytest

from extractors import extract_source
from extractors.readers import read_bytes
from schemas import Document
from tests.hwp_fixtures import Build, hwp_bytes, hwpx_bytes, paragraphs, steps, table

REFERENCE = date(2026, 6, 30)

# (cell text, kind, value, unit, row, column, period)
Figure = tuple[str, str, str, str | None, str | None, str | None, str | None]
Rows = Sequence[Sequence[str]]
# A publication: lines of text, each followed by a table (rows of cell texts), and the
# table's own caption if it has one (an HTML <caption>, an HWPX caption; in a text file
# or a PDF, a line above the table).
Block = tuple[Sequence[str], Rows] | tuple[Sequence[str], Rows, str]
Blocks = Sequence[Block]


def _parts(block: Block) -> tuple[Sequence[str], Rows, str | None]:
    return (block[0], block[1], block[2] if len(block) > 2 else None)  # type: ignore[misc]


def _lines_above(block: Block) -> list[str]:
    """The lines above a table, its caption last where the format has no captions."""
    above, _, caption = _parts(block)
    return [*above, *([caption] if caption else [])]


def _text(blocks: Blocks) -> bytes:
    lines = [line for b in blocks for line in (*_lines_above(b), *("\t".join(row) for row in b[1]))]
    return "\n".join(lines).encode()


def _html(blocks: Blocks) -> bytes:
    body = ""
    for block in blocks:
        above, rows, caption = _parts(block)
        body += "".join(f"<p>{html.escape(line)}</p>" for line in above)
        cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
        own = f"<caption>{html.escape(caption)}</caption>" if caption else ""
        body += f"<table>{own}{cells}</table>"
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>보도자료</title></head>'
        f"<body><article><h1>재정 운용 보도자료</h1>{body}</article></body></html>"
    )
    return page.encode()


def _hwp_build(blocks: Blocks) -> Build:
    builds: list[Build] = []
    for block in blocks:
        above, rows, caption = _parts(block)
        cells = {(r, c): text for r, row in enumerate(rows) for c, text in enumerate(row) if text}
        builds += [
            *([paragraphs(*above)] if above else []),
            table(len(rows), len(rows[0]), cells, caption=caption),
        ]
    return steps(*builds)


def _hwpx(blocks: Blocks) -> bytes:
    return hwpx_bytes(_hwp_build(blocks))


def _hwp(blocks: Blocks) -> bytes:
    return hwp_bytes(_hwp_build(blocks))


def _pdf(blocks: Blocks) -> bytes:
    """Lines of text, each run over a ruled table, as a word processor prints them."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    from tests.pdf_fixtures import FONT, LEFT, PAGE_HEIGHT, PAGE_WIDTH, PITCH, SIZE, register_fonts

    register_fonts()
    style = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=PITCH)
    grid = TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    story: list[object] = []
    for block in blocks:
        rows = block[1]
        for line in _lines_above(block):  # paragraphs set apart, as a word processor spaces them
            story += [Paragraph(html.escape(line), style), Spacer(1, 6)]
        story += [Spacer(1, 4), PdfTable([list(row) for row in rows], style=grid), Spacer(1, 8)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=LEFT, rightMargin=LEFT).build(
        story
    )
    return buffer.getvalue()


FORMATS: dict[str, tuple[str, Callable[[Blocks], bytes]]] = {
    "text": ("table.txt", _text),
    "html": ("table.html", _html),
    "hwpx": ("table.hwpx", _hwpx),
    "hwp": ("table.hwp", _hwp),
    "pdf": ("table.pdf", _pdf),
}


def _figures(document: Document) -> list[Figure]:
    return [
        (f.text, f.kind, f.value, f.unit, f.table.row, f.table.column, f.context.period)
        for f in document.facts
        if f.table is not None and f.kind != "date"
    ]


def read_in(form: str, blocks: Blocks) -> Document:
    name, make = FORMATS[form]
    return extract_source(read_bytes(name, make(blocks)), REFERENCE)


TABLES: list[tuple[str, list[str], list[list[str]], list[Figure]]] = [
    (  # bug: under (억 달러, %) with no column labels, a rate column was read as amounts (12.3 → 12.3억 달러)
        "several_units_and_no_column_labels_give_a_row_of_figures_no_unit",
        ["< 품목별 수출 >", "(단위 : 억 달러, %)"],
        [
            ["반도체", "120.5", "12.3"],
            ["자동차", "60.2", "-5.1"],
        ],
        [],
    ),
    (  # bug: a month summed from January (6월(누계)) was the month alone, 2025-06
        "month_to_date_in_the_caption_is_january_to_that_month",
        ["기 금 현 황", "(2025. 6월(누계) 기준/잠정)", "(단위 : 억원)"],
        [
            ["구분", "일반회계", "기금", "합계"],
            ["수입", "1,250", "310", "1,560"],
            ["지출", "△40", "95", "55"],
        ],
        [
            ("1,250", "amount", "125000000000", "KRW", "수입", "일반회계", "2025-01/2025-06"),
            ("310", "amount", "31000000000", "KRW", "수입", "기금", "2025-01/2025-06"),
            ("1,560", "amount", "156000000000", "KRW", "수입", "합계", "2025-01/2025-06"),
            ("△40", "amount", "-4000000000", "KRW", "지출", "일반회계", "2025-01/2025-06"),
            ("95", "amount", "9500000000", "KRW", "지출", "기금", "2025-01/2025-06"),
            ("55", "amount", "5500000000", "KRW", "지출", "합계", "2025-01/2025-06"),
        ],
    ),
    (  # bug: a note column's references (4, 7) were amounts of the unit line (4원)
        "note_reference_column_holds_no_figures",
        ["< 재무상태표 >", "(단위 : 백만원)"],
        [
            ["과목", "주석", "2025년", "2024년"],
            ["현금성자산", "4", "1,520", "1,377"],
            ["단기대여금", "7", "260", "305"],
        ],
        [
            ("1,520", "amount", "1520000000", "KRW", "현금성자산", "2025년", "2025"),
            ("1,377", "amount", "1377000000", "KRW", "현금성자산", "2024년", "2024"),
            ("260", "amount", "260000000", "KRW", "단기대여금", "2025년", "2025"),
            ("305", "amount", "305000000", "KRW", "단기대여금", "2024년", "2024"),
        ],
    ),
    (  # bug: 전년동기 had no period (and was the cells' subject), nor had the 증감률 column
        "previous_year_and_change_columns_take_the_period_beside_them",
        ["< 분기 투자 실적 >", "(단위: 억달러, %)"],
        [
            ["구분", "2025년 4~6월", "전년동기", "증감률"],
            ["전체", "98.4", "90.0", "9.3"],
            ["광업", "5.0", "7.1", "△29.6"],
        ],
        [
            ("98.4", "amount", "9840000000", "USD", "전체", "2025년 4~6월", "2025-04/2025-06"),
            ("90.0", "amount", "9000000000", "USD", "전체", "전년동기", "2024-04/2024-06"),
            ("9.3", "percent", "9.3", "%", "전체", "증감률", "2025-04/2025-06"),
            ("5.0", "amount", "500000000", "USD", "광업", "2025년 4~6월", "2025-04/2025-06"),
            ("7.1", "amount", "710000000", "USD", "광업", "전년동기", "2024-04/2024-06"),
            ("△29.6", "percent", "-29.6", "%", "광업", "증감률", "2025-04/2025-06"),
        ],
    ),
    (  # bug: the difference column 증감 had no period
        "difference_column_is_of_the_latest_period",
        ["< 대출 잔액 >", "(단위: 조원)"],
        [
            ["구분", "'25.3월말", "'26.3월말", "증감"],
            ["은행", "910.2", "935.0", "+24.8"],
            ["보험", "120.5", "118.0", "△2.5"],
        ],
        [
            ("910.2", "amount", "910200000000000", "KRW", "은행", "'25.3월말", "2025-03"),
            ("935.0", "amount", "935000000000000", "KRW", "은행", "'26.3월말", "2026-03"),
            ("+24.8", "amount", "24800000000000", "KRW", "은행", "증감", "2026-03"),
            ("120.5", "amount", "120500000000000", "KRW", "보험", "'25.3월말", "2025-03"),
            ("118.0", "amount", "118000000000000", "KRW", "보험", "'26.3월말", "2026-03"),
            ("△2.5", "amount", "-2500000000000", "KRW", "보험", "증감", "2026-03"),
        ],
    ),
    (  # bug: under (단위: 천명, %, %p) no cell was a fact: the rate rows took no unit
        "rate_rows_under_a_unit_line_with_counts_and_rates",
        ["< 고용 지표 >", "(단위: 천명, %, %p)"],
        [
            ["구분", "2025.3월", "2026.3월", "증감"],
            ["취업자", "27,800", "27,950", "150"],
            ["실업률", "3.1", "2.9", "△0.2"],
        ],
        [
            ("3.1", "percent", "3.1", "%", "실업률", "2025.3월", "2025-03"),
            ("2.9", "percent", "2.9", "%", "실업률", "2026.3월", "2026-03"),
            ("△0.2", "percent_point", "-0.2", "%p", "실업률", "증감", "2026-03"),
        ],
    ),
    (  # bug: the rank column (순위) was taken for figures, the rows had no label at all
        "rank_column_before_the_label_column",
        ["< 5대 수입 품목 >", "(단위: 억 달러)"],
        [["순위", "품목", "2025년"], ["1", "원유", "640.5"], ["2", "가스", "310.0"]],
        [
            ("640.5", "amount", "64050000000", "USD", "원유", "2025년", "2025"),
            ("310.0", "amount", "31000000000", "USD", "가스", "2025년", "2025"),
        ],
    ),
    (  # bug: a superscript footnote mark in parentheses (¹⁾) stayed in the row label
        "superscript_footnote_marks_leave_the_row_label",
        ["< 교역 >", "(단위: 억 달러)"],
        [["구분", "2025년"], ["수출¹⁾", "7,010"], ["수입⁽²⁾", "6,500"]],
        [
            ("7,010", "amount", "701000000000", "USD", "수출", "2025년", "2025"),
            ("6,500", "amount", "650000000000", "USD", "수입", "2025년", "2025"),
        ],
    ),
    (  # bug: a column head 5월 누계 was May alone
        "month_to_date_column_head_is_january_to_that_month",
        ["< 세목별 징수 실적 >", "(단위: 조원)"],
        [["구분", "'25.5월", "'25.5월 누계"], ["소득세", "9.1", "48.3"]],
        [
            ("9.1", "amount", "9100000000000", "KRW", "소득세", "'25.5월", "2025-05"),
            ("48.3", "amount", "48300000000000", "KRW", "소득세", "'25.5월 누계", "2025-01/2025-05"),
        ],
    ),
    (  # a column naming only its basis (전년동기대비) under amounts alone: its unit is what its
        # cells' arithmetic tells, here the difference of the two columns before it in 조원
        "comparison_column_of_differences_holds_amounts",
        ["< 세목별 징수 실적 >", "(단위: 조원)"],
        [
            ["구분", "'25.1~5월", "'26.1~5월", "전년동기대비"],
            ["소득세", "41.2", "48.3", "7.1"],
            ["법인세", "30.5", "28.0", "△2.5"],
        ],
        [
            ("41.2", "amount", "41200000000000", "KRW", "소득세", "'25.1~5월", "2025-01/2025-05"),
            ("48.3", "amount", "48300000000000", "KRW", "소득세", "'26.1~5월", "2026-01/2026-05"),
            ("7.1", "amount", "7100000000000", "KRW", "소득세", "전년동기대비", "2026-01/2026-05"),
            ("30.5", "amount", "30500000000000", "KRW", "법인세", "'25.1~5월", "2025-01/2025-05"),
            ("28.0", "amount", "28000000000000", "KRW", "법인세", "'26.1~5월", "2026-01/2026-05"),
            ("△2.5", "amount", "-2500000000000", "KRW", "법인세", "전년동기대비", "2026-01/2026-05"),
        ],
    ),
]


@pytest.mark.parametrize("form", list(FORMATS))
@pytest.mark.parametrize(("name", "above", "rows", "want"), TABLES, ids=[row[0] for row in TABLES])
def test_table_reads_the_same_in_every_format(
    name: str, above: list[str], rows: list[list[str]], want: list[Figure], form: str
) -> None:
    assert _figures(read_in(form, [(above, rows)])) == want


# Two runs of the same tables on two bases (gross, then net): (caption, cell) of each cell.
GROSS_THEN_NET: list[tuple[list[str], list[list[str]]]] = [
    (
        ["붙임 투자 세부 통계(단위: 억 달러)", "(총투자액 기준)", "1. 분기별 추이"],
        [["구분", "1분기"], ["전체", "52.0"]],
    ),
    (["2. 업종별 추이"], [["구분", "1분기"], ["제조업", "20.5"]]),
    (["(순투자액 기준)", "1. 분기별 추이"], [["구분", "1분기"], ["전체", "41.5"]]),
    (["2. 업종별 추이"], [["구분", "1분기"], ["제조업", "15.0"]]),
]


@pytest.mark.parametrize("form", list(FORMATS))
def test_basis_line_over_a_run_of_tables_joins_their_captions(form: str) -> None:
    """bug: the net tables had the captions of the gross ones (1. 분기별 동향, 전체,
    1분기 gave two values), the (순투자 기준) line above their heading was read by none."""
    got = [
        (f.table.caption, f.text) for f in read_in(form, GROSS_THEN_NET).facts if f.table and f.kind != "date"
    ]
    assert got == [
        ("1. 분기별 추이 (총투자액 기준)", "52.0"),
        ("2. 업종별 추이 (총투자액 기준)", "20.5"),
        ("1. 분기별 추이 (순투자액 기준)", "41.5"),
        ("2. 업종별 추이 (순투자액 기준)", "15.0"),
    ]


# Tables with their own caption under a basis or unit line: (name, (lines above, rows,
# caption), (caption, unit line, cell, value, unit, period) of each figure)
Captioned = tuple[str, str | None, str, str, str, str | None]
CAPTIONED: list[tuple[str, tuple[list[str], list[list[str]], str], list[Captioned]]] = [
    (  # bug: the table's own caption won over the caption read above: the basis was lost
        "basis_line_above_a_captioned_table_joins_its_caption",
        (
            ["수출입 동향", "(단위: 억 달러)", "(통관 기준)"],
            [["구분", "2025년"], ["반도체", "1,150.5"]],
            "품목별 수출",
        ),
        [("품목별 수출 (통관 기준)", "(단위: 억 달러)", "1,150.5", "115050000000", "USD", "2025")],
    ),
    (  # a basis naming the month to date reaches the cells' period through the caption
        "dated_basis_above_a_captioned_table_gives_its_period",
        (
            ["(단위: 조원)", "(2025. 5월 누계 기준)"],
            [["구분", "수입"], ["소득세", "48.3"]],
            "세목별 국세수입",
        ),
        [
            (
                "세목별 국세수입 (2025. 5월 누계 기준)",
                "(단위: 조원)",
                "48.3",
                "48300000000000",
                "KRW",
                "2025-01/2025-05",
            )
        ],
    ),
    (  # a caption that states the basis itself takes it once
        "caption_stating_its_basis_takes_it_once",
        (
            ["(단위: 억 달러)", "(순투자 기준)"],
            [["구분", "2025년"], ["제조업", "45.0"]],
            "업종별 투자(순투자기준)",
        ),
        [("업종별 투자(순투자기준)", "(단위: 억 달러)", "45.0", "4500000000", "USD", "2025")],
    ),
]


@pytest.mark.parametrize("form", list(FORMATS))
@pytest.mark.parametrize(("name", "block", "want"), CAPTIONED, ids=[row[0] for row in CAPTIONED])
def test_lines_above_a_captioned_table_are_part_of_its_head(
    name: str, block: tuple[list[str], list[list[str]], str], want: list[Captioned], form: str
) -> None:
    """bug: an HTML ``<caption>`` or HWPX caption won over the caption read above the table:
    a basis line above it (``(통관 기준)``) reached none of its cells."""
    got = [
        (f.table.caption, f.table.unit_text, f.text, f.value, f.unit, f.context.period)
        for f in read_in(form, [block]).facts
        if f.table is not None and f.kind != "date"
    ]
    assert got == want
