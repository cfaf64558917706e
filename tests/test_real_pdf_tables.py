"""Real releases' PDF tables (Hancom exports): every numeric cell is a fact, and a
sample of cells of every table has the value, unit, labels and period printed.

The expected cells were read off the rendered pages (``pdftoppm -r 110``), not from
suchi's output.  Files: ``../shared/corpus/real/files`` (see its SOURCES.md):
f03 (해외직접투자 2024 Q1, 9 pages, 20 tables), f08 (2025 Q2, 20 tables), f10 (통합재정통계
2014.8, one table with an item column under its groups).
"""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path

import pytest

from extractors import extract_file
from schemas import Document
from tests.conftest import CORPUS

FILES = CORPUS / "real" / "files"
F03 = "f03_moef_odi_2024_q1_hancom2022.pdf"
F08 = "f08_moef_odi_2025_q2_hancom2022.pdf"
F10 = "f10_moef_consolidated_fiscal_2014_08_hancom2022.pdf"
HUNDRED_MILLION = Decimal(10**8)  # 억 달러
BILLION = Decimal(10**9)  # 십억원


@functools.cache
def _document(name: str) -> Document:
    path = FILES / name
    if not path.is_file():
        pytest.skip(f"{path} is not beside this clone")
    return extract_file(Path(path))


# (file, page, cell as printed, row, column, period) — an amount in 억 달러 unless a rate
# (written in parentheses in a growth row, or in a 증감률 row): then a percent.
Cell = tuple[str, int, str, str, str, str | None]

CELLS: list[Cell] = [
    # f03 p1: 분기별 해외직접투자액 추이 (억 달러, 전년동기 대비, %): 2022년 over 1분기…
    (F03, 1, "282.3", "총투자", "2022년 1분기", "2022-Q1"),
    (F03, 1, "(△51.2)", "증감률", "2022년 4분기", "2022-Q4"),
    (F03, 1, "(△37.4)", "증감률", "2023년 1분기", "2023-Q1"),
    (F03, 1, "150.9", "총투자", "2024년 1분기", "2024-Q1"),
    # f03 p1: 업종별 동향 — rows ‘23.1Q, ‘24.1Q, 증감률(%)
    (F03, 1, "66.8", "‘23.1Q", "금융보험업", "2023-Q1"),
    (F03, 1, "22.4", "‘24.1Q", "부동산업", "2024-Q1"),
    (F03, 1, "(△46.3)", "증감률(%)", "광업", "2024-Q1"),
    # f03 p1: 국가별 동향
    (F03, 1, "87.1", "‘23.1Q", "미국", "2023-Q1"),
    (F03, 1, "9.3", "‘24.1Q", "저지", "2024-Q1"),
    (F03, 1, "(3,236.4)", "증감률(%)", "저지", "2024-Q1"),
    # f03 p2: 지역별 동향
    (F03, 2, "97.8", "‘23.1Q", "북미", "2023-Q1"),
    (F03, 2, "2.6", "‘24.1Q", "아프리카", "2024-Q1"),
    (F03, 2, "(616.9)", "증감률(%)", "중동", "2024-Q1"),
    # f03 p3: 별첨 (단위: 억 달러, 전년동기 대비 %) — 분기별, 업종별, 국가별
    (F03, 3, "176.8", "전체", "2023년 1분기", "2023-Q1"),
    (F03, 3, "(△37.4)", "전체", "2023년 1분기", "2023-Q1"),
    (F03, 3, "(△14.6)", "전체", "2024년 1분기", "2024-Q1"),
    (F03, 3, "85.0", "금융보험업", "2022년 1분기", "2022-Q1"),
    (F03, 3, "(△35.9)", "제조업", "2024년 1분기", "2024-Q1"),
    (F03, 3, "2.7", "전문과학기술업", "2023년 4분기", "2023-Q4"),
    (F03, 3, "(7,552.3)", "저지", "2022년 1분기", "2022-Q1"),
    (F03, 3, "61.2", "미국", "2024년 1분기", "2024-Q1"),
    (F03, 3, "(△29.0)", "베트남", "2023년 4분기", "2023-Q4"),
    # f03 p4: 지역별 (quarters), 연도별, 업종별 (years)
    (F03, 4, "98.4", "북미", "2022년 1분기", "2022-Q1"),
    (F03, 4, "(552.1)", "중동", "2022년 3분기", "2022-Q3"),
    (F03, 4, "(341.3)", "아프리카", "2023년 4분기", "2023-Q4"),
    (F03, 4, "656.3", "투자액", "2019년", "2019"),
    (F03, 4, "(△21.0)", "증감률", "2023년", "2023"),
    (F03, 4, "150.9", "투자액", "2024년 1분기", "2024-Q1"),
    (F03, 4, "266.6", "금융보험업", "2019년", "2019"),
    (F03, 4, "(245.9)", "전문과학기술업", "2021년", "2021"),
    (F03, 4, "6.3", "광업", "2024년 1분기", "2024-Q1"),
    # f03 p5: 국가별, 지역별 (years)
    (F03, 5, "157.6", "미국", "2019년", "2019"),
    (F03, 5, "(1,235.8)", "저지", "2022년", "2022"),
    (F03, 5, "(△36.1)", "베트남", "2020년", "2020"),
    (F03, 5, "169.7", "북미", "2019년", "2019"),
    (F03, 5, "(173.5)", "아프리카", "2023년", "2023"),
    (F03, 5, "1.1", "중동", "2024년 1분기", "2024-Q1"),
    # f03 p6: 순투자 — 분기별, 업종별, 국가별
    (F03, 6, "240.8", "전체", "2022년 1분기", "2022-Q1"),
    (F03, 6, "(△7.0)", "전체", "2024년 1분기", "2024-Q1"),
    (F03, 6, "(13.2)", "전체", "2023년 4분기", "2023-Q4"),
    (F03, 6, "-7.9", "광업", "2022년 4분기", "2022-Q4"),
    (F03, 6, "(461.0)", "제조업", "2022년 1분기", "2022-Q1"),
    (F03, 6, "17.7", "부동산업", "2024년 1분기", "2024-Q1"),
    (F03, 6, "-1.3", "저지", "2022년 3분기", "2022-Q3"),
    (F03, 6, "(6,462.7)", "저지", "2024년 1분기", "2024-Q1"),
    (F03, 6, "(627.5)", "캐나다", "2023년 3분기", "2023-Q3"),
    # f03 p7: 지역별 (quarters), 연도별, 업종별 (years), 순투자
    (F03, 7, "80.7", "북미", "2022년 1분기", "2022-Q1"),
    (F03, 7, "-1.5", "대양주", "2023년 1분기", "2023-Q1"),
    (F03, 7, "(△1,444.1)", "중동", "2023년 2분기", "2023-Q2"),
    (F03, 7, "516.0", "투자액", "2019년", "2019"),
    (F03, 7, "(△20.4)", "증감률", "2023년", "2023"),
    (F03, 7, "128.7", "투자액", "2024년 1분기", "2024-Q1"),
    (F03, 7, "(441.5)", "광업", "2023년", "2023"),
    (F03, 7, "216.2", "금융보험업", "2019년", "2019"),
    (F03, 7, "(466.4)", "전문과학기술업", "2024년 1분기", "2024-Q1"),
    # f03 p8: 국가별, 지역별 (years), 순투자
    (F03, 8, "124.6", "미국", "2019년", "2019"),
    (F03, 8, "(△12,428.3)", "캐나다", "2020년", "2020"),
    (F03, 8, "(6,462.7)", "저지", "2024년 1분기", "2024-Q1"),
    (F03, 8, "124.4", "북미", "2019년", "2019"),
    (F03, 8, "(△788.6)", "중동", "2024년 1분기", "2024-Q1"),
    (F03, 8, "2.3", "대양주", "2024년 1분기", "2024-Q1"),
    # f08 p1: 분기별 (2023년 … 2025년 2분기), 업종별, 지역별 — rows ‘24.2Q, ‘25.2Q
    (F08, 1, "182.6", "총투자", "2023년 1분기", "2023-Q1"),
    (F08, 1, "(△13.4)", "증감률", "2025년 2분기", "2025-Q2"),
    (F08, 1, "141.5", "총투자", "2025년 2분기", "2025-Q2"),
    (F08, 1, "55.8", "‘24.2Q", "금융보험업", "2024-Q2"),
    (F08, 1, "7.1", "‘25.2Q", "부동산업", "2025-Q2"),
    (F08, 1, "(1.8)", "증감률(%)", "도·소매업", "2025-Q2"),
    (F08, 1, "71.6", "‘24.2Q", "북미", "2024-Q2"),
    (F08, 1, "0.5", "‘25.2Q", "아프리카", "2025-Q2"),
    (F08, 1, "(44.4)", "증감률(%)", "유럽", "2025-Q2"),
    # f08 p2: 국가별
    (F08, 2, "60.9", "‘24.2Q", "미국", "2024-Q2"),
    (F08, 2, "6.3", "‘25.2Q", "건지", "2025-Q2"),
    (F08, 2, "(388.2)", "증감률(%)", "건지", "2025-Q2"),
    # f08 p3: 참고 1 (단위: 억달러, 전년동기 대비 %) — 분기별, 업종별, 국가별
    (F08, 3, "166.1", "전체", "2024년 1분기", "2024-Q1"),
    (F08, 3, "(△5.3)", "전체", "2025년 1분기", "2025-Q1"),
    (F08, 3, "141.5", "전체", "2025년 2분기", "2025-Q2"),
    (F08, 3, "102.5", "금융보험업", "2024년 4분기", "2024-Q4"),
    (F08, 3, "(312.1)", "정보통신업", "2024년 3분기", "2024-Q3"),
    (F08, 3, "6.6", "도·소매업", "2025년 2분기", "2025-Q2"),
    (F08, 3, "92.7", "미국", "2023년 1분기", "2023-Q1"),
    (F08, 3, "(36.4)", "케이맨제도", "2025년 2분기", "2025-Q2"),
    (F08, 3, "(388.2)", "건지", "2025년 2분기", "2025-Q2"),
    # f08 p4: 지역별 (quarters), 연도별, 업종별 (years; 2025년 1~6월)
    (F08, 4, "103.5", "북미", "2023년 1분기", "2023-Q1"),
    (F08, 4, "(363.4)", "대양주", "2024년 1분기", "2024-Q1"),
    (F08, 4, "0.5", "아프리카", "2025년 2분기", "2025-Q2"),
    (F08, 4, "582.0", "투자액", "2020년", "2020"),
    (F08, 4, "298.9", "투자액", "2025년 1~6월", "2025-01/2025-06"),
    (F08, 4, "(△54.6)", "증감률", "2025년 1~6월", "2025-01/2025-06"),
    (F08, 4, "191.6", "금융보험업", "2020년", "2020"),
    (F08, 4, "(284.4)", "정보통신업", "2020년", "2020"),
    (F08, 4, "11.2", "정보통신업", "2025년 1~6월", "2025-01/2025-06"),
    # f08 p5: 국가별, 지역별 (years)
    (F08, 5, "152.2", "미국", "2020년", "2020"),
    (F08, 5, "(391.7)", "네덜란드", "2020년", "2020"),
    # p5 draws a space after 케이맨 (the HWPX line is "케이맨 "): the label keeps two words
    (F08, 5, "36.0", "케이맨 제도", "2025년 1~6월", "2025-01/2025-06"),
    (F08, 5, "181.7", "북미", "2020년", "2020"),
    (F08, 5, "(175.6)", "아프리카", "2023년", "2023"),
    (F08, 5, "1.0", "중동", "2025년 1~6월", "2025-01/2025-06"),
    # f08 p6: 순투자 — 분기별, 업종별, 국가별
    (F08, 6, "144.0", "전체", "2023년 1분기", "2023-Q1"),
    (F08, 6, "(△17.7)", "전체", "2025년 2분기", "2025-Q2"),
    # 과 학 ·기 술 ⏎서 비 스 업: the first line ends on a drawn space (HWPX: 과학·기술 서비스업)
    (F08, 6, "-3.5", "과학·기술 서비스업", "2025년 1분기", "2025-Q1"),
    (F08, 6, "(507.4)", "정보통신업", "2024년 3분기", "2024-Q3"),
    (F08, 6, "76.2", "금융보험업", "2024년 4분기", "2024-Q4"),
    (F08, 6, "(700.4)", "건지", "2025년 2분기", "2025-Q2"),
    (F08, 6, "4.7", "인도네시아", "2025년 2분기", "2025-Q2"),
    (F08, 6, "(104.0)", "케이맨제도", "2025년 2분기", "2025-Q2"),
    # f08 p7: 지역별 (quarters), 연도별, 업종별 (years)
    (F08, 7, "-1.5", "대양주", "2023년 1분기", "2023-Q1"),
    (F08, 7, "-0.5", "아프리카", "2024년 4분기", "2024-Q4"),
    (F08, 7, "(857.3)", "아프리카", "2024년 1분기", "2024-Q1"),
    (F08, 7, "433.8", "순투자", "2020년", "2020"),
    (F08, 7, "188.8", "순투자", "2025년 1~6월", "2025-01/2025-06"),
    (F08, 7, "(△60.3)", "증감률", "2025년 1~6월", "2025-01/2025-06"),
    (F08, 7, "134.7", "금융보험업", "2020년", "2020"),
    (F08, 7, "(525.5)", "정보통신업", "2020년", "2020"),
    (F08, 7, "8.6", "도·소매업", "2025년 1~6월", "2025-01/2025-06"),
    # f08 p8: 국가별, 지역별 (years)
    (F08, 8, "-4.0", "네덜란드", "2022년", "2022"),
    (F08, 8, "(693.2)", "건지", "2025년 1~6월", "2025-01/2025-06"),
    (F08, 8, "128.0", "미국", "2020년", "2020"),
    (F08, 8, "151.1", "북미", "2020년", "2020"),
    (F08, 8, "(410.0)", "대양주", "2024년", "2024"),
    (F08, 8, "0.5", "아프리카", "2025년 1~6월", "2025-01/2025-06"),
]

# f10: 통합재정통계 (단위 : 십억원), caption (2014. 8월(누계) 기준/잠정); an item under its group.
F10_CELLS: list[tuple[str, str, str]] = [
    ("138,756", "통합재정수입 (A)", "일반 회계"),
    ("7,799", "통합재정수입 (A) 경상수입", "특별 회계"),
    ("1,010", "통합재정수입 (A) 자본수입", "비금융성기금"),
    ("221,763", "통합재정지출 및 순융자 (B)", "합계"),
    ("27,542", "통합재정지출 및 순융자 (B) 자본지출", "합계"),
    ("6,264", "통합재정지출 및 순융자 (B) 순융자", "비금융성기금"),
    ("△18,434", "통합재정수지 (A-B)", "특별 회계"),
    ("△10,027", "통합재정수지 (A-B)", "합계"),
]


def _expected(cell: str) -> tuple[str, str, Decimal]:
    """(kind, unit, value) of a cell as printed: a parenthesised cell or a 증감률 row holds a rate."""
    number = cell.strip("()").replace(",", "").replace("△", "-")
    if cell.startswith("("):
        return "percent", "%", Decimal(number)
    return "amount", "USD", Decimal(number) * HUNDRED_MILLION


def _find(name: str, page: int, text: str, row: str, column: str) -> list[object]:
    document = _document(name)
    printed = text.strip("()")
    return [
        fact
        for fact in document.facts
        if fact.page == page
        and fact.table is not None
        and fact.kind != "date"
        and fact.text == printed
        and (fact.table.row, fact.table.column) == (row, column)
    ]


def _id(cell: Cell) -> str:
    return f"{cell[0][:3]}-p{cell[1]}-{cell[2]}-{cell[3]}-{cell[4]}"


@pytest.mark.parametrize("cell", CELLS, ids=[_id(cell) for cell in CELLS])
def test_sampled_cell(cell: Cell) -> None:
    name, page, text, row, column, period = cell
    found = _find(name, page, text, row, column)
    assert len(found) == 1, cell
    fact = found[0]
    kind, unit, value = _expected(text)
    if row.startswith("증감률") and not text.startswith("("):
        kind, unit, value = "percent", "%", Decimal(text.replace("△", "-"))
    assert (fact.kind, fact.unit, Decimal(fact.value)) == (kind, unit, value)  # type: ignore[attr-defined]
    assert fact.context.period == period  # type: ignore[attr-defined]


# Numeric cells counted on the rendered pages, by page.
COUNTS = {
    F03: {1: 48, 2: 21, 3: 198, 4: 198, 5: 144, 6: 198, 7: 198, 8: 144},
    F08: {1: 56, 2: 15, 3: 220, 4: 212, 5: 144, 6: 220, 7: 212, 8: 144},
    F10: {1: 44},
}


@pytest.mark.parametrize("name", list(COUNTS), ids=[name[:3] for name in COUNTS])
def test_every_numeric_cell_is_a_table_fact(name: str) -> None:
    document = _document(name)
    by_page: dict[int, int] = {}
    for fact in document.facts:
        if fact.table is not None and fact.kind != "date" and fact.page is not None:
            by_page[fact.page] = by_page.get(fact.page, 0) + 1
    assert by_page == COUNTS[name]
    cells = [fact for fact in document.facts if fact.table is not None and fact.kind != "date"]
    assert all(fact.table.row and fact.table.column for fact in cells)  # type: ignore[union-attr]
    assert all(fact.table.unit_text for fact in cells)  # type: ignore[union-attr]


def test_annex_tables_take_the_annex_unit_line() -> None:
    document = _document(F03)
    units = {fact.table.unit_text for fact in document.facts if fact.table and fact.page and fact.page >= 3}
    assert units == {"(단위: 억 달러, 전년동기 대비 %)"}


@pytest.mark.parametrize(("text", "row", "column"), F10_CELLS, ids=[cell[0] for cell in F10_CELLS])
def test_fiscal_table_cell(text: str, row: str, column: str) -> None:
    found = _find(F10, 1, text, row, column)
    assert len(found) == 1, (text, row, column)
    fact = found[0]
    value = Decimal(text.replace(",", "").replace("△", "-")) * BILLION
    assert (fact.kind, fact.unit, Decimal(fact.value)) == ("amount", "KRW", value)  # type: ignore[attr-defined]
    assert fact.table.unit_text == "(단위 : 십억원)"  # type: ignore[attr-defined]
    assert fact.context.period == "2014-01/2014-08"  # type: ignore[attr-defined]  # 8월(누계): Jan to Aug
