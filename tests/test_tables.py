"""Tables: every form a publication writes them in, read by the one table model.

Rows are (table as written, [(cell, kind, value, unit, row label, column label, period)]):
every figure of the table, and nothing else.  Text forms go through the whole
pipeline (tab, pipe and space-aligned rows of a text file); ``Table``s built here go
through ``write_table``, as the HWPX, HWP, HTML and OCR readers call it.  The
sentences and numbers are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors import extract_source
from extractors.readers.base import SourceDocument
from extractors.readers.builder import Glyph, TextBuilder
from extractors.readers.text import read_text
from extractors.tables import Cell, Table, text_tables, write_table
from extractors.tables.labels import clean_label
from schemas import Document

REFERENCE = date(2026, 6, 30)

# (cell text, kind, value, unit, row, column, period)
Figure = tuple[str, str, str, str | None, str | None, str | None, str | None]


def _figures(document: Document) -> list[Figure]:
    return [
        (
            fact.text,
            fact.kind,
            fact.value,
            fact.unit,
            fact.table.row,
            fact.table.column,
            fact.context.period,
        )
        for fact in document.facts
        if fact.table is not None and fact.kind != "date"
    ]


def _text_figures(text: str) -> list[Figure]:
    return _figures(extract_source(read_text("table.txt", text.encode()), REFERENCE))


USD8 = "USD"  # 억 달러 cells: value × 10^8

TEXT_TABLES: list[tuple[str, str, list[Figure]]] = [
    (
        "tab_rows_under_a_unit_line",
        "■ 표 2 - 권역별 수출\n(단위: 억 달러)\n구분\t2024\t2025\n북미\t120.5\t131.0\n유럽\t88.2\t90.4\n",
        [
            ("120.5", "amount", "12050000000", "USD", "북미", "2024", "2024"),
            ("131.0", "amount", "13100000000", "USD", "북미", "2025", "2025"),
            ("88.2", "amount", "8820000000", "USD", "유럽", "2024", "2024"),
            ("90.4", "amount", "9040000000", "USD", "유럽", "2025", "2025"),
        ],
    ),
    (
        "pipe_rows_from_a_conversion_letter_spaced_labels",
        "< 재정 총괄(조원) >\n구 분 | 2025 | 2026\n◇ 총 수 입 | 601.4 | 640.2\n◇ 총 지 출 | 655.0 | 701.9\n",
        [
            ("601.4", "amount", "601400000000000", "KRW", "총수입", "2025", "2025"),
            ("640.2", "amount", "640200000000000", "KRW", "총수입", "2026", "2026"),
            ("655.0", "amount", "655000000000000", "KRW", "총지출", "2025", "2025"),
            ("701.9", "amount", "701900000000000", "KRW", "총지출", "2026", "2026"),
        ],
    ),
    (
        "markdown_pipe_table",
        "(단위: %)\n| 구분 | 2023 | 2024 |\n|---|---|---|\n| 실업률 | 2.7 | 2.8 |\n",
        [
            ("2.7", "percent", "2.7", "%", "실업률", "2023", "2023"),
            ("2.8", "percent", "2.8", "%", "실업률", "2024", "2024"),
        ],
    ),
    (
        "space_aligned_rows_quarter_labels_and_a_rate_row",
        "< 업종별 투자(억 달러, %) >\n구분 금융 제조 부동산\n‘23.1Q 12.5 30.1 4.2\n‘24.1Q 15.0 28.3 6.1\n"
        "증감률(%) (20.0) (△6.0) (45.2)\n",
        [
            ("12.5", "amount", "1250000000", "USD", "‘23.1Q", "금융", "2023-Q1"),
            ("30.1", "amount", "3010000000", "USD", "‘23.1Q", "제조", "2023-Q1"),
            ("4.2", "amount", "420000000", "USD", "‘23.1Q", "부동산", "2023-Q1"),
            ("15.0", "amount", "1500000000", "USD", "‘24.1Q", "금융", "2024-Q1"),
            ("28.3", "amount", "2830000000", "USD", "‘24.1Q", "제조", "2024-Q1"),
            ("6.1", "amount", "610000000", "USD", "‘24.1Q", "부동산", "2024-Q1"),
            ("20.0", "percent", "20.0", "%", "증감률(%)", "금융", "2024-Q1"),
            ("△6.0", "percent", "-6.0", "%", "증감률(%)", "제조", "2024-Q1"),
            ("45.2", "percent", "45.2", "%", "증감률(%)", "부동산", "2024-Q1"),
        ],
    ),
    (
        "label_wrapped_over_two_lines",
        "(단위: 억 달러)\n구분\t2024\t2025\n반도체\t10.0\t12.0\n정보통신\n기 기\t3.0\t4.0\n",
        [
            ("10.0", "amount", "1000000000", "USD", "반도체", "2024", "2024"),
            ("12.0", "amount", "1200000000", "USD", "반도체", "2025", "2025"),
            ("3.0", "amount", "300000000", "USD", "정보통신기기", "2024", "2024"),
            ("4.0", "amount", "400000000", "USD", "정보통신기기", "2025", "2025"),
        ],
    ),
    (
        "growth_row_under_its_value_row",
        "(단위: 억 달러, 전년동기 대비 %)\n구분\t2024\t2025\n합계\t310.2\t290.7\n\t(12.4)\t(△6.3)\n",
        [
            ("310.2", "amount", "31020000000", "USD", "합계", "2024", "2024"),
            ("290.7", "amount", "29070000000", "USD", "합계", "2025", "2025"),
            ("12.4", "percent", "12.4", "%", "합계", "2024", "2024"),
            ("△6.3", "percent", "-6.3", "%", "합계", "2025", "2025"),
        ],
    ),
    (
        "growth_row_under_an_amount_only_header_stays_out",  # a share or a negative: unknown
        "(단위: 억 달러)\n구분\t2024\t2025\n합계\t310.2\t290.7\n\t(0.41)\t(0.39)\n",
        [
            ("310.2", "amount", "31020000000", "USD", "합계", "2024", "2024"),
            ("290.7", "amount", "29070000000", "USD", "합계", "2025", "2025"),
        ],
    ),
    (
        "two_unit_header_with_a_percent_column_and_a_gdp_row",
        "(단위 : 조원, %)\n구분\t2025\t2026\t증가율(%)\n총지출\t655.0\t701.9\t7.2\n"
        "관리재정수지\t△84.1\t△92.5\t\n(GDP대비,%)\t(△3.2)\t(△3.4)\t\n",
        [
            ("655.0", "amount", "655000000000000", "KRW", "총지출", "2025", "2025"),
            ("701.9", "amount", "701900000000000", "KRW", "총지출", "2026", "2026"),
            ("7.2", "percent", "7.2", "%", "총지출", "증가율(%)", "2026"),  # the rate of 2026 over 2025
            ("△84.1", "amount", "-84100000000000", "KRW", "관리재정수지", "2025", "2025"),
            ("△92.5", "amount", "-92500000000000", "KRW", "관리재정수지", "2026", "2026"),
            # the row in parentheses is a line of the row above: the balance as a share of GDP
            ("△3.2", "percent", "-3.2", "%", "관리재정수지 (GDP대비,%)", "2025", "2025"),
            ("△3.4", "percent", "-3.4", "%", "관리재정수지 (GDP대비,%)", "2026", "2026"),
        ],
    ),
    (
        "spanning_year_over_quarters",
        "(단위: 억 달러)\n구분\t2023년\t\t2024년\t\n\t3분기\t4분기\t1분기\t2분기\n수출\t1.1\t2.2\t3.3\t4.4\n",
        [
            ("1.1", "amount", "110000000", "USD", "수출", "2023년 3분기", "2023-Q3"),
            ("2.2", "amount", "220000000", "USD", "수출", "2023년 4분기", "2023-Q4"),
            ("3.3", "amount", "330000000", "USD", "수출", "2024년 1분기", "2024-Q1"),
            ("4.4", "amount", "440000000", "USD", "수출", "2024년 2분기", "2024-Q2"),
        ],
    ),
    (
        "year_heads_and_a_percent_line",
        "(%)\n구분\t2017\t2018\t‘18.12월\t1월\n◦ 생산자물가\t1.2\t1.9\t0.8\t0.3\n",
        [
            ("1.2", "percent", "1.2", "%", "생산자물가", "2017", "2017"),
            ("1.9", "percent", "1.9", "%", "생산자물가", "2018", "2018"),
            ("0.8", "percent", "0.8", "%", "생산자물가", "‘18.12월", "2018-12"),
            ("0.3", "percent", "0.3", "%", "생산자물가", "1월", "2019-01"),
        ],
    ),
    (
        "pipe_header_without_its_corner_cell",  # its group row goes over the years, then the month
        "(%)\n| 연간(전년비) | 월간(전년동월비) | |||\n2021 | 2022 | 3월 | ||\n◦ 수입물가 | 4.4 | 5.1\n",
        [
            ("4.4", "percent", "4.4", "%", "수입물가", "연간(전년비) 2021", "2021"),
            ("5.1", "percent", "5.1", "%", "수입물가", "연간(전년비) 2022", "2022"),
        ],
    ),
    (
        "annex_unit_line_governs_every_table_of_the_annex",
        "별첨 세부 통계(단위: 억 달러, 전년동기 대비 %)\n\n1. 지역별\n\n"
        "구분\t2024\t2025\n북미\t50.0\t55.0\n\t(1.0)\t(10.0)\n\n"
        "□ 업종별\n\n구분\t2024\t2025\n제조\t20.0\t18.0\n\t(2.0)\t(△10.0)\n",
        [
            ("50.0", "amount", "5000000000", "USD", "북미", "2024", "2024"),
            ("55.0", "amount", "5500000000", "USD", "북미", "2025", "2025"),
            ("1.0", "percent", "1.0", "%", "북미", "2024", "2024"),
            ("10.0", "percent", "10.0", "%", "북미", "2025", "2025"),
            ("20.0", "amount", "2000000000", "USD", "제조", "2024", "2024"),
            ("18.0", "amount", "1800000000", "USD", "제조", "2025", "2025"),
            ("2.0", "percent", "2.0", "%", "제조", "2024", "2024"),
            ("△10.0", "percent", "-10.0", "%", "제조", "2025", "2025"),
        ],
    ),
    (
        "unit_line_never_reaches_past_prose",
        "(단위: 억 달러)\n구분\t2024\n수출\t50.0\n\n수출은 크게 늘었다.\n\n구분\t2024\n기업\t120\n",
        [("50.0", "amount", "5000000000", "USD", "수출", "2024", "2024")],
    ),
    (
        "unit_line_never_reaches_into_a_new_section",
        "(단위: 억 달러)\n구분\t2024\n수출\t50.0\n\n참 고 2 기업 현황\n\n구분\t2024\n기업\t120\n",
        [("50.0", "amount", "5000000000", "USD", "수출", "2024", "2024")],
    ),
    (
        "rate_row_across_columns_naming_their_unit",
        "품목\t수출액(억 달러)\t수입액(억 달러)\n반도체\t1,419\t620\n증감률\t43.9\t△2.1\n",
        [
            ("1,419", "amount", "141900000000", "USD", "반도체", "수출액(억 달러)", None),
            ("620", "amount", "62000000000", "USD", "반도체", "수입액(억 달러)", None),
            ("43.9", "percent", "43.9", "%", "증감률", "수출액(억 달러)", None),
            ("△2.1", "percent", "-2.1", "%", "증감률", "수입액(억 달러)", None),
        ],
    ),
    (
        "caption_year_for_yearless_quarter_columns",
        "< 2025년 분기별 수출(억 달러) >\n구분\t1분기\t2분기\n합계\t1,500.5\t1,620.0\n",
        [
            ("1,500.5", "amount", "150050000000", "USD", "합계", "1분기", "2025-Q1"),
            ("1,620.0", "amount", "162000000000", "USD", "합계", "2분기", "2025-Q2"),
        ],
    ),
    # --- group header rows that a conversion packed left: each goes over its run below ---
    (
        "pipe_group_header_over_years_then_months",  # bug: the group row labelled nothing
        "(%)\n| 연간 추이(전년비) | 최근 동향(전년동월비) | ||||\n"
        "2022 | 2023 | ‘23.11월 | 12월 | ‘24.1월 | |\n◦ 수출물가 | 3.3 | 0.8 | △1.2 | 0.4 | 2.6\n",
        [
            ("3.3", "percent", "3.3", "%", "수출물가", "연간 추이(전년비) 2022", "2022"),
            ("0.8", "percent", "0.8", "%", "수출물가", "연간 추이(전년비) 2023", "2023"),
            ("△1.2", "percent", "-1.2", "%", "수출물가", "최근 동향(전년동월비) ‘23.11월", "2023-11"),
            ("0.4", "percent", "0.4", "%", "수출물가", "최근 동향(전년동월비) 12월", "2023-12"),
            ("2.6", "percent", "2.6", "%", "수출물가", "최근 동향(전년동월비) ‘24.1월", "2024-01"),
        ],
    ),
    (
        "pipe_group_header_with_its_corner_over_quarters_that_start_again",
        "(단위: 억 달러)\n| 구분 | 2024년 | 2025년 |\n| | 3분기 | 4분기 | 1분기 | 2분기 |\n"
        "| 수입 | 81.5 | 77.0 | 79.2 | 84.4 |\n",
        [
            ("81.5", "amount", "8150000000", "USD", "수입", "2024년 3분기", "2024-Q3"),
            ("77.0", "amount", "7700000000", "USD", "수입", "2024년 4분기", "2024-Q4"),
            ("79.2", "amount", "7920000000", "USD", "수입", "2025년 1분기", "2025-Q1"),
            ("84.4", "amount", "8440000000", "USD", "수입", "2025년 2분기", "2025-Q2"),
        ],
    ),
    (
        "tab_group_header_packed_left_over_repeated_heads",
        "(단위: 억 달러, %)\n품목\t수출\t수입\n\t금액\t증감률\t금액\t증감률\n선박\t212.0\t15.5\t40.2\t△3.0\n",
        [
            ("212.0", "amount", "21200000000", "USD", "선박", "수출 금액", None),
            ("15.5", "percent", "15.5", "%", "선박", "수출 증감률", None),
            ("40.2", "amount", "4020000000", "USD", "선박", "수입 금액", None),
            ("△3.0", "percent", "-3.0", "%", "선박", "수입 증감률", None),
        ],
    ),
    (
        "group_header_that_fits_no_run_labels_nothing",  # better no label than a wrong one
        "(단위: 억 달러)\n| 품목 | 상반기 | 하반기 |\n| | 금액 | 증감 | 비중 |\n"
        "| 철강 | 50.5 | 2.0 | 11.0 |\n",
        [
            ("50.5", "amount", "5050000000", "USD", "철강", "금액", None),
            ("2.0", "amount", "200000000", "USD", "철강", "증감", None),
            ("11.0", "percent", "11.0", "%", "철강", "비중", None),
        ],
    ),
    # --- a group row (a label alone on its row) labels every row of its group ---
    (
        "group_rows_label_all_their_rows",  # bug: a group row labelled none of its rows
        "(단위: 억 달러)\n구분\t2024\t2025\n중화학\t\t\n선박\t10.5\t12.0\n석유화학\t8.0\t7.5\n"
        "경공업\t\t\n섬유\t2.5\t2.0\n",
        [
            ("10.5", "amount", "1050000000", "USD", "중화학 선박", "2024", "2024"),
            ("12.0", "amount", "1200000000", "USD", "중화학 선박", "2025", "2025"),
            ("8.0", "amount", "800000000", "USD", "중화학 석유화학", "2024", "2024"),
            ("7.5", "amount", "750000000", "USD", "중화학 석유화학", "2025", "2025"),
            ("2.5", "amount", "250000000", "USD", "경공업 섬유", "2024", "2024"),
            ("2.0", "amount", "200000000", "USD", "경공업 섬유", "2025", "2025"),
        ],
    ),
    (
        "pipe_group_row_ends_at_its_last_marked_row_and_a_grand_total",
        "(단위: 억 달러)\n| 구분 | 2024 | 2025 |\n| 중화학 | | |\n| - 선박 | 10.5 | 12.0 |\n"
        "| - 철강 | 4.0 | 3.5 |\n| 기타 | 1.0 | 1.5 |\n| 합계 | 15.5 | 17.0 |\n",
        [
            ("10.5", "amount", "1050000000", "USD", "중화학 선박", "2024", "2024"),
            ("12.0", "amount", "1200000000", "USD", "중화학 선박", "2025", "2025"),
            ("4.0", "amount", "400000000", "USD", "중화학 철강", "2024", "2024"),
            ("3.5", "amount", "350000000", "USD", "중화학 철강", "2025", "2025"),
            ("1.0", "amount", "100000000", "USD", "기타", "2024", "2024"),
            ("1.5", "amount", "150000000", "USD", "기타", "2025", "2025"),
            ("15.5", "amount", "1550000000", "USD", "합계", "2024", "2024"),
            ("17.0", "amount", "1700000000", "USD", "합계", "2025", "2025"),
        ],
    ),
    # --- periods and units of headers as real releases write them ---
    (
        "year_with_its_months_in_parentheses_then_its_months",  # bug: no period; 1~12월 of the reference year
        "(단위 : 조원)\n구분\t'23년중 (1~12월)\t5월\t6월\t'24년중 (1~6월)\t5월\t6월p\n"
        "은행\t+20.5\t+1.1\t△0.4\t+9.9\t+2.0\t+1.5\n",
        [
            ("+20.5", "amount", "20500000000000", "KRW", "은행", "'23년중 (1~12월)", "2023-01/2023-12"),
            ("+1.1", "amount", "1100000000000", "KRW", "은행", "5월", "2023-05"),
            ("△0.4", "amount", "-400000000000", "KRW", "은행", "6월", "2023-06"),
            ("+9.9", "amount", "9900000000000", "KRW", "은행", "'24년중 (1~6월)", "2024-01/2024-06"),
            ("+2.0", "amount", "2000000000000", "KRW", "은행", "5월", "2024-05"),
            ("+1.5", "amount", "1500000000000", "KRW", "은행", "6월p", "2024-06"),
        ],
    ),
    (
        "unit_line_with_a_parenthesised_rate",  # bug: (단위 : 억불, (…%)) left ")" as the caption
        "□ 품목별 동향\n(단위 : 억불, (전년동기 대비 %))\n구분\t2024년\t2025년\n반도체\t310.0\t355.5\n"
        "\t(12.0)\t(14.7)\n",
        [
            ("310.0", "amount", "31000000000", "USD", "반도체", "2024년", "2024"),
            ("355.5", "amount", "35550000000", "USD", "반도체", "2025년", "2025"),
            ("12.0", "percent", "12.0", "%", "반도체", "2024년", "2024"),
            ("14.7", "percent", "14.7", "%", "반도체", "2025년", "2025"),
        ],
    ),
    (  # bug: the group row 자산 ||| ended the run, the header lost its rows; the note numbers were won
        "markdown_pipe_table_with_a_group_row_and_a_note_column",
        "재무상태표 | (단위 : 원) |\n과 목 | 주석 | 당기 | 전기 | ||\n---|---|---|---|---|---|\n부채 |||||\n"
        "미지급금 | 5,9 | 2,310,000 | 1,875,500 | ||\n예수금 | 6 | 40,200 | 38,900 | ||\n",
        [
            ("2,310,000", "amount", "2310000", "KRW", "부채 미지급금", "당기", None),
            ("1,875,500", "amount", "1875500", "KRW", "부채 미지급금", "전기", None),
            ("40,200", "amount", "40200", "KRW", "부채 예수금", "당기", None),
            ("38,900", "amount", "38900", "KRW", "부채 예수금", "전기", None),
        ],
    ),
    (  # bug: columns set apart by two or more spaces were split into single characters: no table
        "space_aligned_rows_set_apart_by_wide_gaps",
        "권역별 수입 (단위: 억달러)\n\n구분        2024년     2025년\n북미        1,120.5    1,208.0\n"
        "동남아       640.0      702.3\n",
        [
            ("1,120.5", "amount", "112050000000", "USD", "북미", "2024년", "2024"),
            ("1,208.0", "amount", "120800000000", "USD", "북미", "2025년", "2025"),
            ("640.0", "amount", "64000000000", "USD", "동남아", "2024년", "2024"),
            ("702.3", "amount", "70230000000", "USD", "동남아", "2025년", "2025"),
        ],
    ),
    (  # bug: under (백만 달러, %) rows flattened with single spaces, the rates were read as millions
        # of dollars (4.1 → 4,100,000 USD): no column says which unit a figure takes, so none is read
        "several_units_over_rows_without_column_labels",
        "<표 3> 품목 수출입 추이\n\n(백만 달러, %)\n\n연도 품목수출 품목수입\n금액 증감률 금액 증감률\n"
        "2021 12,300 4.1 5,200 -2.3\n2022 13,050 6.1 5,610 7.9\n2023 12,870 -1.4 6,020 7.3\n",
        [],
    ),
    (  # the same unit line over one amount and its rate in parentheses per cell: both are read
        "several_units_over_an_amount_and_its_parenthesised_rate",
        "(단위: 억 달러, %)\n반도체\t120.5 (12.3)\n자동차\t60.2 (△5.1)\n",
        [
            ("120.5", "amount", "12050000000", "USD", "반도체", None, None),
            ("12.3", "percent", "12.3", "%", "반도체", None, None),
            ("60.2", "amount", "6020000000", "USD", "자동차", None, None),
            ("△5.1", "percent", "-5.1", "%", "자동차", None, None),
        ],
    ),
    (  # bug: a table drawn with box-drawing rules (│ cells, ┌─┬─┐ rules) was not read at all
        "box_drawn_table_with_light_rules",
        "세입 동향\n\n(단위: 조원, %)\n┌────────┬──────┬──────┬──────┐\n│ 구분   │ 2024 │ 2025 │ 증감률 │\n"
        "├────────┼──────┼──────┼──────┤\n│ 법인세수입 │ 21.4 │ 22.9 │ 7.0  │\n"
        "│ 부가세수입 │ 15.2 │ 14.6 │ △3.9 │\n"
        "└────────┴──────┴──────┴──────┘\n",
        [
            ("21.4", "amount", "21400000000000", "KRW", "법인세수입", "2024", "2024"),
            ("22.9", "amount", "22900000000000", "KRW", "법인세수입", "2025", "2025"),
            ("7.0", "percent", "7.0", "%", "법인세수입", "증감률", "2025"),
            ("15.2", "amount", "15200000000000", "KRW", "부가세수입", "2024", "2024"),
            ("14.6", "amount", "14600000000000", "KRW", "부가세수입", "2025", "2025"),
            ("△3.9", "percent", "-3.9", "%", "부가세수입", "증감률", "2025"),
        ],
    ),
    (  # bug: a budget statement's box table drawing its items as a tree (┃│││ at the row starts)
        # had its figures under the wrong heads; the code lines (310) and notes in the last
        # column ended it; a head written over three lines lost its upper lines
        "box_drawn_table_with_a_tree_of_items_and_heads_over_three_lines",
        "(단위 : 천원)\n┏━━━━━━━━━━━┯━━━━━━┯━━━━━━┯━━━━━━┯━━━━━━━━━━┓\n"
        "┃           │      │ 전 년 도 │ 비 교  │          ┃\n"
        "┃ 과 목     │ 예 산 액 │ (기 정) │      │ 산 출 기 초 ┃\n"
        "┃           │      │ 예 산 액 │ 증 △ 감 │          ┃\n"
        "┣━━━━━━━━━━━┿━━━━━━┿━━━━━━┿━━━━━━┿━━━━━━━━━━┫\n"
        "┃││││310       │      │      │      │          ┃\n"
        "┃││││ 시설비    │ 82,400│ 60,150│ 22,250│          ┃\n"
        "┃│││├┬─────────┼──────┼──────┼──────┼──────────┨\n"
        "┃│││││401      │      │      │      │          ┃\n"
        "┃│││││ 시설유지비 │ 12,300│ 13,800│ △1,500│          ┃\n"
        "┃│││││         │      │      │      │○ 보수 경비 = △1,500 ┃\n"
        "┗━━━━━━━━━━━┷━━━━━━┷━━━━━━┷━━━━━━┷━━━━━━━━━━┛\n",
        [
            ("82,400", "amount", "82400000", "KRW", "시설비", "예산액", None),
            ("60,150", "amount", "60150000", "KRW", "시설비", "전년도 (기 정) 예산액", None),
            ("22,250", "amount", "22250000", "KRW", "시설비", "비교 증 △ 감", None),
            ("12,300", "amount", "12300000", "KRW", "시설유지비", "예산액", None),
            ("13,800", "amount", "13800000", "KRW", "시설유지비", "전년도 (기 정) 예산액", None),
            ("△1,500", "amount", "-1500000", "KRW", "시설유지비", "비교 증 △ 감", None),
        ],
    ),
    (  # the same with heavy rules (┃ ━ ╋), a rule between every two rows and a ▽ minus
        "box_drawn_table_with_heavy_rules_between_rows",
        "<표 2> 분기별 설비투자\n(단위: 억 달러)\n┏━━━━━━┳━━━━━━━┳━━━━━━━┓\n┃ 구분 ┃ '25.1Q ┃ '25.2Q ┃\n"
        "┣━━━━━━╋━━━━━━━╋━━━━━━━┫\n┃ 기계 ┃ 31.5 ┃ 33.0 ┃\n┣━━━━━━╋━━━━━━━╋━━━━━━━┫\n"
        "┃ 운송장비 ┃ 12.2 ┃ ▽1.4 ┃\n┗━━━━━━┻━━━━━━━┻━━━━━━━┛\n",
        [
            ("31.5", "amount", "3150000000", "USD", "기계", "'25.1Q", "2025-Q1"),
            ("33.0", "amount", "3300000000", "USD", "기계", "'25.2Q", "2025-Q2"),
            ("12.2", "amount", "1220000000", "USD", "운송장비", "'25.1Q", "2025-Q1"),
            ("▽1.4", "amount", "-140000000", "USD", "운송장비", "'25.2Q", "2025-Q2"),
        ],
    ),
    (  # an ASCII grid: +---+ rules, | cells; its unit on the caption line above
        "ascii_grid_table",
        "□ 권역별 투자 (단위: 억원)\n+--------+-------+-------+\n| 구분   | 2023  | 2024  |\n"
        "+--------+-------+-------+\n| 수도권 | 1,204 | 1,231 |\n| 비수도권 | 985 | 970 |\n"
        "+--------+-------+-------+\n",
        [
            ("1,204", "amount", "120400000000", "KRW", "수도권", "2023", "2023"),
            ("1,231", "amount", "123100000000", "KRW", "수도권", "2024", "2024"),
            ("985", "amount", "98500000000", "KRW", "비수도권", "2023", "2023"),
            ("970", "amount", "97000000000", "KRW", "비수도권", "2024", "2024"),
        ],
    ),
    (  # bug: under (단위 : 억원 / 기준 : IFRS) no amount was read (the basis spoiled the unit
        # line), and the (%) rows under an amount row were labelled "(%)" alone
        "unit_line_with_its_basis_and_percent_rows_under_amount_rows",
        "손익계산서\n(단위 : 억원 / 기준 : IFRS)\n| 구분 | 2025 | 2024 |\n|---|---|---|\n"
        "| 매출액 | 10,250 | 9,870 |\n| 영업이익 | 410 | 385 |\n| (%) | 4.0 | 3.9 |\n",
        [
            ("10,250", "amount", "1025000000000", "KRW", "매출액", "2025", "2025"),
            ("9,870", "amount", "987000000000", "KRW", "매출액", "2024", "2024"),
            ("410", "amount", "41000000000", "KRW", "영업이익", "2025", "2025"),
            ("385", "amount", "38500000000", "KRW", "영업이익", "2024", "2024"),
            ("4.0", "percent", "4.0", "%", "영업이익 (%)", "2025", "2025"),
            ("3.9", "percent", "3.9", "%", "영업이익 (%)", "2024", "2024"),
        ],
    ),
    (  # a change-rate row in parentheses under its value row belongs to that row
        "parenthesised_rate_row_is_a_line_of_the_row_above",
        "(단위: 억원)\n구분\t2024\t2025\n수출\t100\t120\n(증감률)\t3.1\t20.0\n",
        [
            ("100", "amount", "10000000000", "KRW", "수출", "2024", "2024"),
            ("120", "amount", "12000000000", "KRW", "수출", "2025", "2025"),
            ("3.1", "percent", "3.1", "%", "수출 (증감률)", "2024", "2024"),
            ("20.0", "percent", "20.0", "%", "수출 (증감률)", "2025", "2025"),
        ],
    ),
    (  # bug: a loss line written under its profit row ((손실) alone, no figures) was a group
        # row: the next row became "(적자) 순이익"; it completes the label above instead
        "bracketed_line_without_figures_completes_the_row_above",
        "(단위: 억원)\n구분\t2024\t2025\n영업이익\t250\t△30\n(적자)\t\t\n순이익\t170\t△65\n",
        [
            ("250", "amount", "25000000000", "KRW", "영업이익 (적자)", "2024", "2024"),
            ("△30", "amount", "-3000000000", "KRW", "영업이익 (적자)", "2025", "2025"),
            ("170", "amount", "17000000000", "KRW", "순이익", "2024", "2024"),
            ("△65", "amount", "-6500000000", "KRW", "순이익", "2025", "2025"),
        ],
    ),
    (  # bug: a loss row with figures of its own was labelled as a line of the row above
        "bracketed_item_row_with_its_own_figures_is_its_own_row",
        "(단위: 억원)\n구분\t2024\t2025\n영업이익\t250\t310\n(손실)\t△18\t△44\n순이익\t170\t205\n",
        [
            ("250", "amount", "25000000000", "KRW", "영업이익", "2024", "2024"),
            ("310", "amount", "31000000000", "KRW", "영업이익", "2025", "2025"),
            ("△18", "amount", "-1800000000", "KRW", "(손실)", "2024", "2024"),
            ("△44", "amount", "-4400000000", "KRW", "(손실)", "2025", "2025"),
            ("170", "amount", "17000000000", "KRW", "순이익", "2024", "2024"),
            ("205", "amount", "20500000000", "KRW", "순이익", "2025", "2025"),
        ],
    ),
    (  # bug: a profit label alone on its pipe row over (손실) and its figures was a group row
        # labelling every row below it (영업이익 당기순이익)
        "label_wrapped_onto_a_bracketed_row_labels_that_row_only",
        "(단위: 억원)\n| 구분 | 2024 | 2025 |\n|---|---|---|\n| 매출액 | 1,460 | 1,395 |\n"
        "| 영업이익 | | |\n| (손실) | 75 | △22 |\n| 당기순이익 | 51 | △38 |\n",
        [
            ("1,460", "amount", "146000000000", "KRW", "매출액", "2024", "2024"),
            ("1,395", "amount", "139500000000", "KRW", "매출액", "2025", "2025"),
            ("75", "amount", "7500000000", "KRW", "영업이익 (손실)", "2024", "2024"),
            ("△22", "amount", "-2200000000", "KRW", "영업이익 (손실)", "2025", "2025"),
            ("51", "amount", "5100000000", "KRW", "당기순이익", "2024", "2024"),
            ("△38", "amount", "-3800000000", "KRW", "당기순이익", "2025", "2025"),
        ],
    ),
    (  # bug: rows marked as parts of a row naming its unit (․ under 참여율(%)) took no unit:
        # no fact; they take it, and their label is the path to them
        "marked_rows_under_a_row_naming_its_unit_take_it",
        "구분\t2024\t2025\n참여율(%)\t58.2\t59.0\n ․ 20대\t41.6\t43.3\n ․ 60대\t37.9\t36.4\n"
        "이탈률(%)\t4.1\t3.8\n",
        [
            ("58.2", "percent", "58.2", "%", "참여율(%)", "2024", "2024"),
            ("59.0", "percent", "59.0", "%", "참여율(%)", "2025", "2025"),
            ("41.6", "percent", "41.6", "%", "참여율 20대", "2024", "2024"),
            ("43.3", "percent", "43.3", "%", "참여율 20대", "2025", "2025"),
            ("37.9", "percent", "37.9", "%", "참여율 60대", "2024", "2024"),
            ("36.4", "percent", "36.4", "%", "참여율 60대", "2025", "2025"),
            ("4.1", "percent", "4.1", "%", "이탈률(%)", "2024", "2024"),
            ("3.8", "percent", "3.8", "%", "이탈률(%)", "2025", "2025"),
        ],
    ),
    (  # ... in a pipe table too, up to the first row without the mark; a row of its own
        # unit among them keeps it (- 증감률 is a percent, not 억 달러)
        "marked_rows_under_an_amount_row_take_its_unit_but_a_rate_row",
        "| 구분 | 2024 | 2025 |\n|---|---|---|\n| 수입(억 달러) | 512 | 498 |\n"
        "| ㅇ 원유 | 81 | 77 |\n| ㅇ 증감률 | 2.5 | △4.9 |\n| 무역수지(억 달러) | 33 | 61 |\n",
        [
            ("512", "amount", "51200000000", "USD", "수입(억 달러)", "2024", "2024"),
            ("498", "amount", "49800000000", "USD", "수입(억 달러)", "2025", "2025"),
            ("81", "amount", "8100000000", "USD", "수입 원유", "2024", "2024"),
            ("77", "amount", "7700000000", "USD", "수입 원유", "2025", "2025"),
            ("2.5", "percent", "2.5", "%", "수입 증감률", "2024", "2024"),
            ("△4.9", "percent", "-4.9", "%", "수입 증감률", "2025", "2025"),
            ("33", "amount", "3300000000", "USD", "무역수지(억 달러)", "2024", "2024"),
            ("61", "amount", "6100000000", "USD", "무역수지(억 달러)", "2025", "2025"),
        ],
    ),
    (  # bug: a box table in a frame of │ leaving its corner empty (││2024(A) │) was read as a
        # tree of items: its heads lost their columns and no cell was read; a head (B-A) under
        # 증감 was a date fact of the caption's year, and its cells of the caption's span
        "box_table_with_an_empty_corner_in_a_light_frame",
        "◇ 2023∼2025년 부문별 지출 (단위: 조원)\n┌──────────┬──────┬──────┬──────┐\n"
        "││2024(A) │ 2025 │ 증감 │\n│││정부안(B) │(B-A) │\n├──────────┼──────┼──────┼──────┤\n"
        "│ 총지출 │ 640.2 │ 668.5 │ 28.3 │\n├──────────┼──────┼──────┼──────┤\n"
        "│ 환경 │ 14.7 │ 13.9 │△0.8 │\n└──────────┴──────┴──────┴──────┘\n",
        [
            ("640.2", "amount", "640200000000000", "KRW", "총지출", "2024(A)", "2024"),
            ("668.5", "amount", "668500000000000", "KRW", "총지출", "2025 정부안(B)", "2025"),
            ("28.3", "amount", "28300000000000", "KRW", "총지출", "증감 (B-A)", "2025"),
            ("14.7", "amount", "14700000000000", "KRW", "환경", "2024(A)", "2024"),
            ("13.9", "amount", "13900000000000", "KRW", "환경", "2025 정부안(B)", "2025"),
            ("△0.8", "amount", "-800000000000", "KRW", "환경", "증감 (B-A)", "2025"),
        ],
    ),
    (  # bug: a unit line naming its amount unit once per column ((단위: 조원, 조원, %)) gave
        # no unit to the amounts; a row naming an item in parentheses ((이자 제외)) had its
        # parenthesised amounts read as percents (the unit line names a %)
        "unit_line_per_column_and_a_bracketed_item_row_of_amounts",
        "(단위: 조원, 조원, %)\n구분\t2024\t2025\t증감률(%)\n국방\t59.4\t61.2\t3.0\n"
        "(이자 제외)\t(48.0)\t(49.5)\t(3.1)\n",
        [
            ("59.4", "amount", "59400000000000", "KRW", "국방", "2024", "2024"),
            ("61.2", "amount", "61200000000000", "KRW", "국방", "2025", "2025"),
            ("3.0", "percent", "3.0", "%", "국방", "증감률(%)", "2025"),
            ("48.0", "amount", "48000000000000", "KRW", "(이자 제외)", "2024", "2024"),
            ("49.5", "amount", "49500000000000", "KRW", "(이자 제외)", "2025", "2025"),
            ("3.1", "percent", "3.1", "%", "(이자 제외)", "증감률(%)", "2025"),
        ],
    ),
    (  # bug: a conversion packed the lower header row left (four labels over six columns):
        # shares were read as millions of won and amounts as percents (512,300 → 512,300%)
        "header_packed_left_over_more_columns_is_no_table",
        "(단위 : 백만원)\n구분 | 2025년 | 2024년 | 증감액 | 증감률 | ||\n---|---|---|---|---|---|---|\n"
        "예산액 | 구성비 | 예산액 | 구성비 | |||\n합계 | 512,300 | 100 | 498,700 | 100 | 13,600 | 2.73 |\n"
        "복지 | 210,400 | 41.07 | 201,150 | 40.34 | 9,250 | 4.60 |\n",
        [],
    ),
    (  # nor a header of labels that lost its corner cell: 수입 would head the exports
        "header_of_labels_without_its_corner_is_no_table",
        "(단위: 억원)\n수출 | 수입\n반도체 | 120 | 95\n자동차 | 80 | 30\n",
        [],
    ),
    (  # bug: news bylines (입력 | … 수정 | …) were read as a pipe table: row labels of junk
        "news_byline_lines_are_no_pipe_table",
        "입력 | 2023-11-14 09:25 수정 | 2023-11-14 10:41\n등록 2024.04.02 08:17 | 수정 2024.04.02 09:03\n"
        "기사입력 2024.05.07 14:02 | 최종수정 2024.05.07 15:30\n\n수출이 12.5% 늘었다.\n",
        [],
    ),
    (  # nor when the row with figures comes under another byline (words and dates: no header)
        "news_byline_under_another_byline_is_no_pipe_table",
        "등록 2024.04.02 08:17 | 수정 2024.04.02 09:03\n입력 | 2023-11-14 09:25 수정 | 2023-11-14 10:41\n",
        [],
    ),
    (  # a conversion's row of figures shorter than its header rows (the last months left empty)
        "pipe_row_of_figures_shorter_than_its_header",
        "(%)\n| 연간(전년비) | 월간(전년동월비) | |||||\n2022 | 2023 | ‘24.11월 | 12월 | 1월 | ||\n"
        "◦ 생산자물가 | 2.1 | 0.6 | 1.0\n",
        [
            ("2.1", "percent", "2.1", "%", "생산자물가", "연간(전년비) 2022", "2022"),
            ("0.6", "percent", "0.6", "%", "생산자물가", "연간(전년비) 2023", "2023"),
            ("1.0", "percent", "1.0", "%", "생산자물가", "월간(전년동월비) ‘24.11월", "2024-11"),
        ],
    ),
    (  # but one row of figures under a header row of as many cells is a pipe table
        "pipe_table_of_a_header_and_one_row",
        "(단위: 억원)\n구분 | 2024 | 2025\n예산 | 310 | 325\n",
        [
            ("310", "amount", "31000000000", "KRW", "예산", "2024", "2024"),
            ("325", "amount", "32500000000", "KRW", "예산", "2025", "2025"),
        ],
    ),
    (  # bug: a row's last figure took 동 (dong) from the next row's label across the line break
        "aligned_row_before_a_label_that_opens_with_a_currency_word",
        "(단위: 억달러)\n구분  2024년  2025년\n중동  1,120.5  1,208.0\n동남아  640.0  702.3\n",
        [
            ("1,120.5", "amount", "112050000000", "USD", "중동", "2024년", "2024"),
            ("1,208.0", "amount", "120800000000", "USD", "중동", "2025년", "2025"),
            ("640.0", "amount", "64000000000", "USD", "동남아", "2024년", "2024"),
            ("702.3", "amount", "70230000000", "USD", "동남아", "2025년", "2025"),
        ],
    ),
    (  # bug: space-aligned rows of percents under their header were plain figures, unlabelled
        "aligned_rows_of_percents_under_their_header",
        "(단위: %)\n구분   2023   2024   증감\n메모리   14.2%   9.5%   △4.7%\n"
        "디스플레이   6.1%   7.3%   1.2%\n",
        [
            ("14.2%", "percent", "14.2", "%", "메모리", "2023", "2023"),
            ("9.5%", "percent", "9.5", "%", "메모리", "2024", "2024"),
            ("△4.7%", "percent", "-4.7", "%", "메모리", "증감", "2024"),
            ("6.1%", "percent", "6.1", "%", "디스플레이", "2023", "2023"),
            ("7.3%", "percent", "7.3", "%", "디스플레이", "2024", "2024"),
            ("1.2%", "percent", "1.2", "%", "디스플레이", "증감", "2024"),
        ],
    ),
    (  # but without a header naming their columns they stay plain figures
        "aligned_rows_of_percents_without_a_header_are_no_table",
        "작년과 올해 비교\n메모리   14.2%   9.5%\n디스플레이   6.1%   7.3%\n",
        [],
    ),
    (  # nor when the rows are not as wide as the header
        "aligned_rows_of_percents_of_other_widths_are_no_table",
        "구분   2023   2024   증감\n메모리   14.2%   9.5%   △4.7%\n디스플레이   6.1%   7.3%\n",
        [],
    ),
    (  # bug: a header of fiscal terms written apart (제 31기) fit no column and became the
        # caption; a row whose account name is longer than 30 characters was missed
        "aligned_rows_under_fiscal_terms_and_a_long_account_name",
        "(단위: 백만원)\n구분 제 31기 제 30기\n영업수익   12,500   11,840\n"
        "법인세비용차감전순이익에 대한 조정 항목 합계액   1,200   1,100\n",
        [
            ("12,500", "amount", "12500000000", "KRW", "영업수익", "제 31기", None),
            ("11,840", "amount", "11840000000", "KRW", "영업수익", "제 30기", None),
            (
                "1,200",
                "amount",
                "1200000000",
                "KRW",
                "법인세비용차감전순이익에 대한 조정 항목 합계액",
                "제 31기",
                None,
            ),
            (
                "1,100",
                "amount",
                "1100000000",
                "KRW",
                "법인세비용차감전순이익에 대한 조정 항목 합계액",
                "제 30기",
                None,
            ),
        ],
    ),
    (  # a fiscal term marked this term or the one before (제 31(당) 기), written apart
        "aligned_rows_under_fiscal_terms_marked_current_and_prior",
        "(단위: 원)\n과목 제 31(당) 기 제 30(전) 기\n매출액   8,120,400   7,905,100\n"
        "매출원가   5,230,000   5,101,800\n",
        [
            ("8,120,400", "amount", "8120400", "KRW", "매출액", "제 31(당) 기", None),
            ("7,905,100", "amount", "7905100", "KRW", "매출액", "제 30(전) 기", None),
            ("5,230,000", "amount", "5230000", "KRW", "매출원가", "제 31(당) 기", None),
            ("5,101,800", "amount", "5101800", "KRW", "매출원가", "제 30(전) 기", None),
        ],
    ),
    (  # bug: placeholders (-, N/A, aa.aa) were read into the row labels (국고보조금 -)
        "placeholders_are_empty_cells_not_labels",
        "(단위: 억원)\n구분   2024   2025   2026\n국고보조금   -   120   …\n지방비   N/A   85   -\n"
        "민간부담금   aa.aa   40.5   12.0\n",
        [
            ("120", "amount", "12000000000", "KRW", "국고보조금", "2025", "2025"),
            ("85", "amount", "8500000000", "KRW", "지방비", "2025", "2025"),
            ("40.5", "amount", "4050000000", "KRW", "민간부담금", "2025", "2025"),
            ("12.0", "amount", "1200000000", "KRW", "민간부담금", "2026", "2026"),
        ],
    ),
    (  # a dash between single spaces joins a label to its figure: no empty cell, no table
        "label_dash_figure_lines_are_no_table",
        "(단위: %)\n반도체 - 12.3\n자동차 - 8.1\n",
        [],
    ),
    (  # a tab row's placeholders are empty cells too: the row is still a row of figures
        "tab_row_with_placeholders_is_a_row_of_figures",
        "(단위: 억원)\n구분\t2024\t2025\t2026\n국고보조금\t-\t120\t…\n지방비\tN/A\t85\t-\n",
        [
            ("120", "amount", "12000000000", "KRW", "국고보조금", "2025", "2025"),
            ("85", "amount", "8500000000", "KRW", "지방비", "2025", "2025"),
        ],
    ),
    (  # bug: a web table flattened to one cell a line was read as loose figures, unlabelled
        "table_flattened_to_one_cell_a_line",
        "(단위: 억 달러)\n구분\n2023\n2024\n자동차\n5,210\n5,874\n선박\n1,130\n-\n철강\n2,018\n1,955\n"
        "자세한 내용은 붙임 참조\n",
        [
            ("5,210", "amount", "521000000000", "USD", "자동차", "2023", "2023"),
            ("5,874", "amount", "587400000000", "USD", "자동차", "2024", "2024"),
            ("1,130", "amount", "113000000000", "USD", "선박", "2023", "2023"),
            ("2,018", "amount", "201800000000", "USD", "철강", "2023", "2023"),
            ("1,955", "amount", "195500000000", "USD", "철강", "2024", "2024"),
        ],
    ),
    (  # rows labelled by bare years
        "table_flattened_to_one_cell_a_line_by_year",
        "(단위: 억 달러)\n연도\n수출\n수입\n2022\n6,911\n7,204\n2023\n6,355\n6,480\n",
        [
            ("6,911", "amount", "691100000000", "USD", "2022", "수출", "2022"),
            ("7,204", "amount", "720400000000", "USD", "2022", "수입", "2022"),
            ("6,355", "amount", "635500000000", "USD", "2023", "수출", "2023"),
            ("6,480", "amount", "648000000000", "USD", "2023", "수입", "2023"),
        ],
    ),
    (  # a caption in brackets over a header without its corner; a row of counts changed
        # against a year before (만명, 전년동월대비 증감) is no percent (was read as 31.5%)
        "table_flattened_to_one_cell_a_line_under_a_bracketed_caption",
        "< 고용 동향 >\n’25. 12월\n’26. 4월\n5월\n고용률(%)\n61.0\n62.3\n62.9\n"
        "취업자(만명, 전년동월대비 증감)\n31.5\n18.2\n20.7\n실업률(%)\n3.0\n2.6\n2.4\n",
        [
            ("61.0", "percent", "61.0", "%", "고용률(%)", "’25. 12월", "2025-12"),
            ("62.3", "percent", "62.3", "%", "고용률(%)", "’26. 4월", "2026-04"),
            ("62.9", "percent", "62.9", "%", "고용률(%)", "5월", "2026-05"),
            ("3.0", "percent", "3.0", "%", "실업률(%)", "’25. 12월", "2025-12"),
            ("2.6", "percent", "2.6", "%", "실업률(%)", "’26. 4월", "2026-04"),
            ("2.4", "percent", "2.4", "%", "실업률(%)", "5월", "2026-05"),
        ],
    ),
    (  # the cells set apart by blank lines, as a web page may flatten them
        "table_flattened_to_one_cell_a_line_between_blank_lines",
        "(단위: 억 달러)\n\n구분\n\n2023\n\n2024\n\n자동차\n\n5,210\n\n5,874\n\n선박\n\n1,130\n\n1,402\n",
        [
            ("5,210", "amount", "521000000000", "USD", "자동차", "2023", "2023"),
            ("5,874", "amount", "587400000000", "USD", "자동차", "2024", "2024"),
            ("1,130", "amount", "113000000000", "USD", "선박", "2023", "2023"),
            ("1,402", "amount", "140200000000", "USD", "선박", "2024", "2024"),
        ],
    ),
    (  # nor under a header taller than one row, flattened (its group labels read as cells)
        "one_cell_a_line_under_a_taller_header_is_no_table",
        "(단위: %)\n권역\n수도권\n비수도권\n서울\n경기\n부산\n대구\n2025년\n0.4\n0.3\n0.2\n0.1\n"
        "2024년\n0.6\n0.5\n0.3\n0.2\n",
        [],
    ),
    (  # a title line above the header is no header cell
        "table_flattened_to_one_cell_a_line_under_a_title",
        "□ 품목별 수출(억 달러)\n구분\n2023\n2024\n자동차\n5,210\n5,874\n선박\n1,130\n1,402\n",
        [
            ("5,210", "amount", "521000000000", "USD", "자동차", "2023", "2023"),
            ("5,874", "amount", "587400000000", "USD", "자동차", "2024", "2024"),
            ("1,130", "amount", "113000000000", "USD", "선박", "2023", "2023"),
            ("1,402", "amount", "140200000000", "USD", "선박", "2024", "2024"),
        ],
    ),
    (  # but only when its shape is certain: one row is not enough
        "one_cell_a_line_with_one_row_is_no_table",
        "(단위: 억 달러)\n구분\n2023\n2024\n자동차\n5,210\n5,874\n",
        [],
    ),
    (  # nor rows of other widths than the header (a figure too many)
        "one_cell_a_line_of_uneven_rows_is_no_table",
        "(단위: 억 달러)\n구분\n2023\n2024\n자동차\n5,210\n5,874\n선박\n1,130\n1,402\n7.5\n",
        [],
    ),
    (  # nor a label and one figure a pair (no columns to tell)
        "one_cell_a_line_of_label_figure_pairs_is_no_table",
        "구분\n2024\n자동차\n5,210\n선박\n1,130\n철강\n2,018\n",
        [],
    ),
    (  # nor when the line heading the stub is the unit line (the unit would be lost)
        "one_cell_a_line_under_a_unit_line_without_its_corner_is_no_table",
        "(단위: 억 달러)\n2023\n2024\n자동차\n5,210\n5,874\n선박\n1,130\n1,402\n",
        [],
    ),
    (  # a table flattened to one cell a line with a last column of notes in words (비고): no
        # figure was read; the notes stay text
        "table_flattened_to_one_cell_a_line_with_a_note_column",
        "(단위: 억 달러)\n구분\n2023\n2024\n비고\n가전\n812\n776\n수요 둔화\n"
        "선박\n1,130\n1,402\n-\n화장품\n95\n118\n중국 회복\n",
        [
            ("812", "amount", "81200000000", "USD", "가전", "2023", "2023"),
            ("776", "amount", "77600000000", "USD", "가전", "2024", "2024"),
            ("1,130", "amount", "113000000000", "USD", "선박", "2023", "2023"),
            ("1,402", "amount", "140200000000", "USD", "선박", "2024", "2024"),
            ("95", "amount", "9500000000", "USD", "화장품", "2023", "2023"),
            ("118", "amount", "11800000000", "USD", "화장품", "2024", "2024"),
        ],
    ),
    (  # but not with one row only (its shape is not certain)
        "one_cell_a_line_with_a_note_column_and_one_row_is_no_table",
        "(단위: 억 달러)\n구분\n2023\n2024\n비고\n가전\n812\n776\n수요 둔화\n",
        [],
    ),
    (  # bug: a column naming only what it is set against (전년동기대비) under a unit line of
        # amounts alone was read as percents: it may as well be the difference in 조원
        "comparison_column_under_an_amount_unit_line_is_unknown",
        "(단위: 조원)\n| 구분 | 1~4월 누계 | 전년동기대비 |\n|---|---|---|\n"
        "| 국세수입 | 125.3 | 8.1 |\n| 세외수입 | 10.4 | △0.6 |\n",
        [
            ("125.3", "amount", "125300000000000", "KRW", "국세수입", "1~4월 누계", "2026-01/2026-04"),
            ("10.4", "amount", "10400000000000", "KRW", "세외수입", "1~4월 누계", "2026-01/2026-04"),
        ],
    ),
    (  # …unless its cells' arithmetic tells: later − earlier in every row is a difference in 조원
        "comparison_column_whose_cells_are_the_differences_holds_amounts",
        "(단위: 조원)\n| 구분 | 2025년 1~4월 | 2026년 1~4월 | 전년동기대비 |\n|---|---|---|---|\n"
        "| 국세수입 | 117.2 | 125.3 | 8.1 |\n| 세외수입 | 11.0 | 10.4 | △0.6 |\n",
        [
            ("117.2", "amount", "117200000000000", "KRW", "국세수입", "2025년 1~4월", "2025-01/2025-04"),
            ("125.3", "amount", "125300000000000", "KRW", "국세수입", "2026년 1~4월", "2026-01/2026-04"),
            ("8.1", "amount", "8100000000000", "KRW", "국세수입", "전년동기대비", "2026-01/2026-04"),
            ("11.0", "amount", "11000000000000", "KRW", "세외수입", "2025년 1~4월", "2025-01/2025-04"),
            ("10.4", "amount", "10400000000000", "KRW", "세외수입", "2026년 1~4월", "2026-01/2026-04"),
            ("△0.6", "amount", "-600000000000", "KRW", "세외수입", "전년동기대비", "2026-01/2026-04"),
        ],
    ),
    (  # …and later ÷ earlier − 1 in every row (to the decimals written) is a rate in %
        "comparison_column_whose_cells_are_the_rates_holds_percents",
        "(단위: 억달러)\n구분\t2024\t2025\t전년대비\n반도체\t1,419\t1,526\t7.5\n자동차\t708\t690\t△2.5\n",
        [
            ("1,419", "amount", "141900000000", "USD", "반도체", "2024", "2024"),
            ("1,526", "amount", "152600000000", "USD", "반도체", "2025", "2025"),
            ("7.5", "percent", "7.5", "%", "반도체", "전년대비", "2025"),
            ("708", "amount", "70800000000", "USD", "자동차", "2024", "2024"),
            ("690", "amount", "69000000000", "USD", "자동차", "2025", "2025"),
            ("△2.5", "percent", "-2.5", "%", "자동차", "전년대비", "2025"),
        ],
    ),
    (  # …and a column whose rows disagree, or one row alone, stays unread
        "comparison_column_whose_rows_disagree_stays_unread",
        "(단위: 억달러)\n구분\t2024\t2025\t전년대비\n반도체\t1,419\t1,526\t107\n자동차\t708\t690\t△2.5\n",
        [
            ("1,419", "amount", "141900000000", "USD", "반도체", "2024", "2024"),
            ("1,526", "amount", "152600000000", "USD", "반도체", "2025", "2025"),
            ("708", "amount", "70800000000", "USD", "자동차", "2024", "2024"),
            ("690", "amount", "69000000000", "USD", "자동차", "2025", "2025"),
        ],
    ),
    (  # bug: a profit rate's row (영업이익률) under (단위: 억원, %) was read as 억원 (7.9 → 7.9억원)
        "profit_rate_row_holds_percents",
        "(단위: 억원, %)\n구분\t2024\t2025\n영업이익\t318\t402\n영업이익률\t6.1\t7.3\n",
        [
            ("318", "amount", "31800000000", "KRW", "영업이익", "2024", "2024"),
            ("402", "amount", "40200000000", "KRW", "영업이익", "2025", "2025"),
            ("6.1", "percent", "6.1", "%", "영업이익률", "2024", "2024"),
            ("7.3", "percent", "7.3", "%", "영업이익률", "2025", "2025"),
        ],
    ),
    (  # bug: a row naming a price per something (환율(원/달러)) took the unit line's amount:
        # 1,364.4 was 136,440,000,000 USD; a rate or a price is no amount of the table's unit
        "price_per_unit_row_takes_no_amount_unit",
        "(단위: 억달러)\n구분\t2024\t2025\n무역수지\t518\t640\n환율(원/달러)\t1,364.4\t1,415.2\n"
        "유가(달러/배럴)\t80.1\t69.7\n",
        [
            ("518", "amount", "51800000000", "USD", "무역수지", "2024", "2024"),
            ("640", "amount", "64000000000", "USD", "무역수지", "2025", "2025"),
        ],
    ),
    (  # a table flattened to one cell a line whose rows open with a code line (코드): no figure
        # was read; the codes are no figures
        "table_flattened_to_one_cell_a_line_with_code_lines",
        "(단위: 백만달러)\n코드\n품목\n2023\n2024\n3304\n화장품\n8,120\n8,945\n0402\n분유\n310\n288\n",
        [
            ("8,120", "amount", "8120000000", "USD", "화장품", "2023", "2023"),
            ("8,945", "amount", "8945000000", "USD", "화장품", "2024", "2024"),
            ("310", "amount", "310000000", "USD", "분유", "2023", "2023"),
            ("288", "amount", "288000000", "USD", "분유", "2024", "2024"),
        ],
    ),
    (  # but not when a row holds a figure more than the header has columns
        "one_cell_a_line_with_code_lines_and_a_wider_row_is_no_table",
        "(단위: 백만달러)\n코드\n품목\n2023\n2024\n3304\n화장품\n8,120\n8,945\n17\n0402\n분유\n310\n288\n",
        [],
    ),
    (  # a table flattened to one cell a line setting labels one letter a line (구⏎분, 기⏎금)
        # with a subtotal column: no figure was read
        "table_flattened_to_one_cell_a_line_with_labels_one_letter_a_line",
        "(단위: 억원)\n구\n분\n2023\n2024\n소계\n보\n건\n410\n452\n862\n국\n방\n5,120\n5,480\n10,600\n",
        [
            ("410", "amount", "41000000000", "KRW", "보건", "2023", "2023"),
            ("452", "amount", "45200000000", "KRW", "보건", "2024", "2024"),
            ("862", "amount", "86200000000", "KRW", "보건", "소계", None),
            ("5,120", "amount", "512000000000", "KRW", "국방", "2023", "2023"),
            ("5,480", "amount", "548000000000", "KRW", "국방", "2024", "2024"),
            ("10,600", "amount", "1060000000000", "KRW", "국방", "소계", None),
        ],
    ),
    (  # bug: a header row of periods written as figures (구분 | 2024.6 | 2025.6) was a row of
        # figures: its heads were date facts of a row 구분, and no cell had a column or period
        "header_row_of_periods_written_as_figures",
        "| 구분 | 2024.6 | 2025.6 |\n|---|---|---|\n| 참여율(%) | 64.0 | 64.7 |\n| 이탈률(%) | 3.1 | 2.9 |\n",
        [
            ("64.0", "percent", "64.0", "%", "참여율(%)", "2024.6", "2024-06"),
            ("64.7", "percent", "64.7", "%", "참여율(%)", "2025.6", "2025-06"),
            ("3.1", "percent", "3.1", "%", "이탈률(%)", "2024.6", "2024-06"),
            ("2.9", "percent", "2.9", "%", "이탈률(%)", "2025.6", "2025-06"),
        ],
    ),
    (  # bug: a unit line of two words right over space-aligned rows headed by their own line
        # was taken for a header row: the table lost its unit (no fact)
        "unit_line_over_aligned_rows_is_no_header",
        "(단위: 억원)\n구분        2024      2025\n사업수입    2,310     2,475\n  임대료     410       392\n",
        [
            ("2,310", "amount", "231000000000", "KRW", "사업수입", "2024", "2024"),
            ("2,475", "amount", "247500000000", "KRW", "사업수입", "2025", "2025"),
            ("410", "amount", "41000000000", "KRW", "임대료", "2024", "2024"),
            ("392", "amount", "39200000000", "KRW", "임대료", "2025", "2025"),
        ],
    ),
    (  # bug: a table under its own unit line, right after an earlier table under another,
        # took the earlier's unit (억원 amounts read as 조원: 10,000 times too large)
        "unit_line_between_two_tables_governs_the_second",
        "(단위: 조원)\n구분\t2025\n총지출\t673.3\n\n(단위: 억원)\n\n구분\t2025\n연구개발\t2,150\n",
        [
            ("673.3", "amount", "673300000000000", "KRW", "총지출", "2025", "2025"),
            ("2,150", "amount", "215000000000", "KRW", "연구개발", "2025", "2025"),
        ],
    ),
    (  # bug: an execution rate row (집행률) under (단위: 백만원) was read as millions of won
        "execution_rate_row_is_percent_under_an_amount_unit",
        "(단위: 백만원)\n구분\t2025\t2024\n예산액(A)\t600\t560\n집행률(B/A)\t90.0\t89.3\n",
        [
            ("600", "amount", "600000000", "KRW", "예산액(A)", "2025", "2025"),
            ("560", "amount", "560000000", "KRW", "예산액(A)", "2024", "2024"),
            ("90.0", "percent", "90.0", "%", "집행률(B/A)", "2025", "2025"),
            ("89.3", "percent", "89.3", "%", "집행률(B/A)", "2024", "2024"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), TEXT_TABLES, ids=[row[0] for row in TEXT_TABLES])
def test_text_tables(name: str, text: str, want: list[Figure]) -> None:
    assert _text_figures(text) == want


BYLINE = "입력 | 2023-11-14 09:25 수정 | 2023-11-14 10:41\n등록 2024.04.02 08:17 | 수정 2024.04.02 09:03\n"


def test_news_byline_dates_stay_dates_without_table_labels() -> None:
    """bug: the byline's dates were table cells labelled ``입력 2023-11-14 09:25 수정``."""
    document = extract_source(read_text("t.txt", BYLINE.encode()), REFERENCE)
    assert [(f.text, f.value, f.table) for f in document.facts] == [
        ("2023-11-14 09:25", "2023-11-14T09:25", None),
        ("2023-11-14 10:41", "2023-11-14T10:41", None),
        ("2024.04.02 08:17", "2024-04-02T08:17", None),
        ("2024.04.02 09:03", "2024-04-02T09:03", None),
    ]


def test_title_and_unit_written_as_a_pipe_row_head_the_table() -> None:
    """bug: ``재무상태표 | (단위 : 원) |`` joined the table as a row: its cells lost the unit."""
    text = next(text for name, text, _ in TEXT_TABLES if name.startswith("markdown_pipe_table_with"))
    document = extract_source(read_text("t.txt", text.encode()), REFERENCE)
    assert {(f.table.caption, f.table.unit_text) for f in document.facts if f.table} == {
        ("재무상태표", "(단위 : 원)")
    }


# (cell text, subject, partner, period): what a cell measures, from its labels
Meaning = tuple[str, str | None, str | None, str | None]

TEXT_TABLE_MEANINGS: list[tuple[str, str, list[Meaning]]] = [
    (  # bug: the cells under 2월, 3월p took the month as their subject
        "month_columns_are_periods_not_subjects",
        "< 월별 대출 증감(조원) >\n구분\t’26.1월\t2월\t3월p\n"
        "주담대\t+1.2\t+2.0\t+0.8\n신용대출\t△0.5\t+0.1\t△0.2\n",
        [
            ("+1.2", "주담대", None, "2026-01"),
            ("+2.0", "주담대", None, "2026-02"),
            ("+0.8", "주담대", None, "2026-03"),
            ("△0.5", "신용대출", None, "2026-01"),
            ("+0.1", "신용대출", None, "2026-02"),
            ("△0.2", "신용대출", None, "2026-03"),
        ],
    ),
    (  # bug: a year's 연간 column took "2025년 연간" as its subject
        "annual_column_under_its_year_is_a_period",
        "(단위: 억 달러)\n구분\t2025년\t\n\t4분기\t연간\n반도체\t31.0\t120.4\n",
        [("31.0", "반도체", None, "2025-Q4"), ("120.4", "반도체", None, "2025")],
    ),
    (  # bug: 저지 and 건지 as whole labels were subjects (the common words), 케이만 군도 too
        "tax_haven_labels_are_partners",
        "< 국가별 투자(억 달러) >\n구분\t’25.1Q\t’26.1Q\n"
        "저지\t3.1\t4.0\n건지\t0.8\t1.1\n케이만 군도\t12.0\t9.5\n",
        [
            ("3.1", None, "저지", "2025-Q1"),
            ("4.0", None, "저지", "2026-Q1"),
            ("0.8", None, "건지", "2025-Q1"),
            ("1.1", None, "건지", "2026-Q1"),
            ("12.0", None, "케이만 군도", "2025-Q1"),
            ("9.5", None, "케이만 군도", "2026-Q1"),
        ],
    ),
    (  # bug: a column headed by a fiscal term (제 31기) was the subject of its cells
        "fiscal_term_columns_are_no_subject",
        "(단위: 백만원)\n구분\t제 31기\t제 30기\n영업수익\t12,500\t11,840\n",
        [("12,500", "영업수익", None, None), ("11,840", "영업수익", None, None)],
    ),
    (  # bug: the total's execution rate took the column beside it (잔액) as its subject, and
        # a column 예산(A) gave the subject (A) (its metric word taken, its sum letter left)
        "ratio_of_sum_letters_measures_no_column_beside",
        "(단위: 원, %)\n| 회계 | 예산(A) | 지출(B) | 잔액(A-B) | 집행률(B/A) |\n|---|---|---|---|---|\n"
        "| 합계 | 9,000 | 450 | 8,550 | 5.0 |\n| 일반회계 | 8,000 | 400 | 7,600 | 5.0 |\n",
        [
            ("9,000", None, None, None),
            ("450", "지출", None, None),
            ("8,550", "잔액", None, None),
            ("5.0", None, None, None),
            ("8,000", "일반회계", None, None),
            ("400", "일반회계", None, None),
            ("7,600", "일반회계", None, None),
            ("5.0", "일반회계", None, None),
        ],
    ),
    (  # bug: a column of what is measured (지출, 잔액) was the subject of a row naming the item
        "flow_columns_leave_the_subject_to_the_row",
        "(단위: 조원)\n구분\t세입\t지출\t잔액\n합계\t540.0\t522.5\t17.5\n"
        "교통시설특별회계\t21.3\t20.8\t0.5\n기금\t180.2\t184.9\t△4.7\n",
        [
            ("540.0", None, None, None),
            ("522.5", "지출", None, None),
            ("17.5", "잔액", None, None),
            ("21.3", "교통시설특별회계", None, None),
            ("20.8", "교통시설특별회계", None, None),
            ("0.5", "교통시설특별회계", None, None),
            ("180.2", None, None, None),
            ("184.9", None, None, None),
            ("△4.7", None, None, None),
        ],
    ),
    (  # bug: a column 2025 over 정부안(B) gave the subject "2025 정부안" (a bare year is a date
        # in a label too, and a budget's stage is no item)
        "year_and_budget_stage_columns_are_no_subject",
        "◇ 2023∼2025년 부문별 지출 (단위: 조원)\n┌──────────┬──────┬──────┬──────┐\n"
        "││2024(A) │ 2025 │ 증감 │\n│││정부안(B) │(B-A) │\n├──────────┼──────┼──────┼──────┤\n"
        "│ 총지출 │ 640.2 │ 668.5 │ 28.3 │\n├──────────┼──────┼──────┼──────┤\n"
        "│ 환경 │ 14.7 │ 13.9 │△0.8 │\n└──────────┴──────┴──────┴──────┘\n",
        [
            ("640.2", "총지출", None, "2024"),
            ("668.5", "총지출", None, "2025"),
            ("28.3", "총지출", None, "2025"),
            ("14.7", "환경", None, "2024"),
            ("13.9", "환경", None, "2025"),
            ("△0.8", "환경", None, "2025"),
        ],
    ),
    (  # bug: a level rate row (실업률) took the row above as its subject, as a 증감률 row does
        "level_rate_row_measures_itself",
        "(단위: %)\n구분\t2025\t2026\n청년층\t45.1\t46.0\n실업률\t5.9\t5.7\n",
        [
            ("45.1", "청년층", None, "2025"),
            ("46.0", "청년층", None, "2026"),
            ("5.9", None, None, "2025"),
            ("5.7", None, None, "2026"),
        ],
    ),
    (  # bug: 수익(매출액) became the subject 수익( 액) (the metric cut out of the brackets), a
        # row (손실) the subject (손실), and 집행률(B/A) its own subject and an amount in 백만원
        "row_labels_are_subjects_whole_or_none",
        "(단위: 백만원)\n구분\t2025\t2024\n(이익)\t130\t85\n영업수익(매출액)\t9,100\t8,400\n"
        "예산액(A)\t600\t560\n집행액(B)\t540\t500\n집행률(B/A)\t90.0\t89.3\n",
        [
            ("130", None, None, "2025"),
            ("85", None, None, "2024"),
            ("9,100", "영업수익(매출액)", None, "2025"),
            ("8,400", "영업수익(매출액)", None, "2024"),
            ("600", "예산액", None, "2025"),
            ("560", "예산액", None, "2024"),
            ("540", "집행액", None, "2025"),
            ("500", "집행액", None, "2024"),
            ("90.0", None, None, "2025"),
            ("89.3", None, None, "2024"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"), TEXT_TABLE_MEANINGS, ids=[row[0] for row in TEXT_TABLE_MEANINGS]
)
def test_text_table_meanings(name: str, text: str, want: list[Meaning]) -> None:
    document = extract_source(read_text("table.txt", text.encode()), REFERENCE)
    got = [
        (f.text, f.context.subject, f.context.partner, f.context.period)
        for f in document.facts
        if f.table is not None and f.kind != "date"
    ]
    assert got == want


def test_text_never_changes_and_cells_are_its_spans() -> None:
    text = TEXT_TABLES[1][1]
    document = extract_source(read_text("table.txt", text.encode()), REFERENCE)
    assert document.text == text
    assert all(text[c.start : c.end] == text[c.start : c.end].strip() for c in text_tables(text))


# --- header cells that are dates are date facts -------------------------------------------

YEAR_HEADS = "(%)\n구분\t2017\t2018\t2019\n물가\t1.0\t1.5\t0.4\n"


def test_year_heads_are_date_facts() -> None:
    document = extract_source(read_text("t.txt", YEAR_HEADS.encode()), REFERENCE)
    dates = [(f.text, f.value) for f in document.facts if f.kind == "date"]
    assert dates == [("2017", "2017"), ("2018", "2018"), ("2019", "2019")]


def test_quarter_under_a_spanning_year_is_a_date_fact_of_that_year() -> None:
    text = TEXT_TABLES[8][1]
    document = extract_source(read_text("t.txt", text.encode()), REFERENCE)
    dates = [(f.text, f.value) for f in document.facts if f.kind == "date"]
    assert dates == [
        ("2023년", "2023"),
        ("2024년", "2024"),
        ("3분기", "2023-Q3"),
        ("4분기", "2023-Q4"),
        ("1분기", "2024-Q1"),
        ("2분기", "2024-Q2"),
    ]


def test_label_facts_name_the_column_or_row_they_head() -> None:  # bug: header facts had no labels
    text = (
        "(단위: 억 달러)\n구분\t2024년\t\n\t1분기\t2분기\n수출\t3.0\t4.0\n\n"
        "< 권역별 >\n(단위: 억 달러)\n구분\t북미\n‘25.1Q\t5.0\n"
    )
    document = extract_source(read_text("t.txt", text.encode()), REFERENCE)
    labels = [
        (f.text, f.value, f.table.row, f.table.column)  # type: ignore[union-attr]
        for f in document.facts
        if f.kind == "date"
    ]
    assert labels == [
        ("2024년", "2024", None, "2024년"),
        ("1분기", "2024-Q1", None, "2024년 1분기"),
        ("2분기", "2024-Q2", None, "2024년 2분기"),
        ("‘25.1Q", "2025-Q1", "‘25.1Q", "구분"),
    ]


def test_label_naming_no_date_is_no_date_fact_of_the_captions_year() -> None:
    """bug: heads (B-A) and a row (교부금 제외) in a table of 2023∼2025년 were date facts 2025."""
    name = "box_table_with_an_empty_corner_in_a_light_frame"
    text = next(text for row, text, _ in TEXT_TABLES if row == name)
    text = text.replace("│ 환경", "│ (이자 제외) │ 11.0 │ 10.1 │△0.9 │\n│ 환경")
    document = extract_source(read_text("t.txt", text.encode()), REFERENCE)
    assert [(f.text, f.value) for f in document.facts if f.kind == "date"] == [
        ("2023∼2025년", "2023/2025"),
        ("2024(A)", "2024"),
        ("2025", "2025"),
    ]


def test_date_never_runs_across_two_cells() -> None:  # bug: 2024년⏎⇥1분기 read as one date, 2024-Q1
    text = "(단위: 억 달러)\n구분\t2023년\t2024년\n\t4분기\t1분기\n수출\t1.0\t2.0\n"
    document = extract_source(read_text("t.txt", text.encode()), REFERENCE)
    dates = [(f.text, f.value) for f in document.facts if f.kind == "date"]
    assert dates == [("2023년", "2023"), ("2024년", "2024"), ("4분기", "2023-Q4"), ("1분기", "2024-Q1")]


# --- through write_table: Tables as the HWPX, HWP, HTML and OCR readers build them -------------


def _written(above: str, *tables: Table) -> list[Figure]:
    builder = TextBuilder()
    builder.add(above)
    spans = []
    for table in tables:
        found, _ = write_table(builder, table)
        spans += found
        builder.add("\n\n")
    source = SourceDocument("t", b"", builder.text(), "txt", tables=spans)
    return _figures(extract_source(source, REFERENCE))


def _table(*rows: tuple[int, int, str] | tuple[int, int, str, int, int]) -> Table:
    placed = [
        (r, c, Cell.of(text, *(span[:2] if span else ())))
        for r, c, text, *span in rows  # type: ignore[misc]
    ]
    return Table.from_placed(placed)


QUARTERS = _table(
    (0, 0, "구분", 2, 1),
    (0, 1, "2024년", 1, 2),
    (0, 3, "2025년", 1, 1),
    (1, 1, "3분기"),
    (1, 2, "4분기"),
    (1, 3, "1분기"),
    (2, 0, "금 융\n보 험 업", 2, 1),
    (2, 1, "40.1"),
    (2, 2, "38.0"),
    (2, 3, "44.9"),
    (3, 1, "(5.5)"),
    (3, 2, "(△2.1)"),
    (3, 3, "(10.4)"),
)

WRITTEN: list[tuple[str, str, list[Table], list[Figure]]] = [
    (
        "merged_header_and_a_label_merged_down_over_its_growth_row",
        "< 분기별 투자(억 달러, 전년동기 대비, %) >\n",
        [QUARTERS],
        [
            ("40.1", "amount", "4010000000", "USD", "금융보험업", "2024년 3분기", "2024-Q3"),
            ("38.0", "amount", "3800000000", "USD", "금융보험업", "2024년 4분기", "2024-Q4"),
            ("44.9", "amount", "4490000000", "USD", "금융보험업", "2025년 1분기", "2025-Q1"),
            ("5.5", "percent", "5.5", "%", "금융보험업", "2024년 3분기", "2024-Q3"),
            ("△2.1", "percent", "-2.1", "%", "금융보험업", "2024년 4분기", "2024-Q4"),
            ("10.4", "percent", "10.4", "%", "금융보험업", "2025년 1분기", "2025-Q1"),
        ],
    ),
    (
        "value_and_its_growth_in_one_cell",
        "(단위: 억 달러, 전년동기 대비 %)\n",
        [_table((0, 0, "구분"), (0, 1, "2024년"), (1, 0, "총투자"), (1, 1, "120.3\n(△8.8)"))],
        [
            ("120.3", "amount", "12030000000", "USD", "총투자", "2024년", "2024"),
            ("△8.8", "percent", "-8.8", "%", "총투자", "2024년", "2024"),
        ],
    ),
    (
        "two_stub_columns_an_item_under_its_group",
        "(단위 : 십억원)\n",
        [
            _table(
                (0, 0, "구 분", 1, 2),
                (0, 2, "일반회계"),
                (1, 0, "통합수입 (A)", 1, 2),
                (1, 2, "1,200"),
                (2, 1, "경상수입1)"),
                (2, 2, "1,150"),
                (3, 0, "통합수지 (A-B)", 1, 2),
                (3, 2, "△35"),
            )
        ],
        [
            ("1,200", "amount", "1200000000000", "KRW", "통합수입 (A)", "일반회계", None),
            ("1,150", "amount", "1150000000000", "KRW", "통합수입 (A) 경상수입", "일반회계", None),
            ("△35", "amount", "-35000000000", "KRW", "통합수지 (A-B)", "일반회계", None),
        ],
    ),
    (
        "unit_row_inside_the_table",
        "",
        [
            _table(
                (0, 0, "(단위: 백만 달러)", 1, 2),
                (1, 0, "구분"),
                (1, 1, "2025"),
                (2, 0, "수출"),
                (2, 1, "75"),
            )
        ],
        [("75", "amount", "75000000", "USD", "수출", "2025", "2025")],
    ),
    (
        "unit_line_in_the_corner_cell",  # bug: a (단위: …) corner cell governed nothing
        "",
        [
            _table(
                (0, 0, "(단위: 억 달러)"),
                (0, 1, "2025년 3분기"),
                (1, 0, "도착 기준"),
                (1, 1, "41.5"),
            )
        ],
        [("41.5", "amount", "4150000000", "USD", "도착 기준", "2025년 3분기", "2025-Q3")],
    ),
    (
        "annex_heading_above_two_tables",
        "별첨 통계표(단위: 억 달러, %)\n\n1. 분기별 동향\n",
        [
            _table((0, 0, "구분"), (0, 1, "2025년"), (1, 0, "전체"), (2, 1, "(3.0)"), (1, 1, "60.0")),
            _table((0, 0, "구분"), (0, 1, "2025년"), (1, 0, "미국"), (1, 1, "20.5"), (2, 1, "(△1.5)")),
        ],
        [
            ("60.0", "amount", "6000000000", "USD", "전체", "2025년", "2025"),
            ("3.0", "percent", "3.0", "%", "전체", "2025년", "2025"),
            ("20.5", "amount", "2050000000", "USD", "미국", "2025년", "2025"),
            ("△1.5", "percent", "-1.5", "%", "미국", "2025년", "2025"),
        ],
    ),
    (
        "three_header_rows",
        "(단위: 억 달러)\n",
        [
            _table(
                (0, 0, "구분", 3, 1),
                (0, 1, "수출", 1, 4),
                (1, 1, "2024년", 1, 2),
                (1, 3, "2025년", 1, 2),
                (2, 1, "금액"),
                (2, 2, "증감률"),
                (2, 3, "금액"),
                (2, 4, "증감률"),
                (3, 0, "반도체"),
                (3, 1, "1,419"),
                (3, 2, "43.9"),
                (3, 3, "1,520"),
                (3, 4, "7.1"),
            )
        ],
        [
            ("1,419", "amount", "141900000000", "USD", "반도체", "수출 2024년 금액", "2024"),
            ("43.9", "percent", "43.9", "%", "반도체", "수출 2024년 증감률", "2024"),
            ("1,520", "amount", "152000000000", "USD", "반도체", "수출 2025년 금액", "2025"),
            ("7.1", "percent", "7.1", "%", "반도체", "수출 2025년 증감률", "2025"),
        ],
    ),
    (
        "rows_labelled_by_quarters_and_a_rate_row",
        "< 국가별 동향(억 달러, %) >\n",
        [
            _table(
                (0, 0, "구분"),
                (0, 1, "미국"),
                (1, 0, "‘24.2Q"),
                (1, 1, "60.9"),
                (2, 0, "‘25.2Q"),
                (2, 1, "52.3"),
                (3, 0, "증감률(%)"),
                (3, 1, "(△14.2)"),
            )
        ],
        [
            ("60.9", "amount", "6090000000", "USD", "‘24.2Q", "미국", "2024-Q2"),
            ("52.3", "amount", "5230000000", "USD", "‘25.2Q", "미국", "2025-Q2"),
            ("△14.2", "percent", "-14.2", "%", "증감률(%)", "미국", "2025-Q2"),
        ],
    ),
    (
        "word_broken_over_two_cell_lines_is_one",  # bug: 금융⏎보험업 (HWPX) ≠ 금 융⏎보 험 업 (PDF)
        "(단위: 억 달러)\n",
        [
            _table(
                (0, 0, "구분"),
                (0, 1, "2025년"),
                (1, 0, "해운\n물류업"),
                (1, 1, "7.5"),
                (2, 0, "해 운\n물 류 업"),
                (2, 1, "7.5"),
                (3, 0, "기계 \n장비업"),  # a line that ends on a space: two words
                (3, 1, "3.0"),
                (4, 0, "개인 및\n단체"),
                (4, 1, "0.5"),
            )
        ],
        [
            ("7.5", "amount", "750000000", "USD", "해운물류업", "2025년", "2025"),
            ("7.5", "amount", "750000000", "USD", "해운물류업", "2025년", "2025"),
            ("3.0", "amount", "300000000", "USD", "기계 장비업", "2025년", "2025"),
            ("0.5", "amount", "50000000", "USD", "개인 및 단체", "2025년", "2025"),
        ],
    ),
    (
        "section_rows_across_the_table_label_their_rows",  # < 세입 > over its items
        "(단위: 억원)\n",
        [
            _table(
                (0, 0, "구분"),
                (0, 1, "2025"),
                (0, 2, "2026"),
                (1, 0, "< 세입 >", 1, 3),
                (2, 0, "국세"),
                (2, 1, "3,100"),
                (2, 2, "3,250"),
                (3, 0, "< 세출 >", 1, 3),
                (4, 0, "국방"),
                (4, 1, "610"),
                (4, 2, "640"),
            )
        ],
        [
            ("3,100", "amount", "310000000000", "KRW", "세입 국세", "2025", "2025"),
            ("3,250", "amount", "325000000000", "KRW", "세입 국세", "2026", "2026"),
            ("610", "amount", "61000000000", "KRW", "세출 국방", "2025", "2025"),
            ("640", "amount", "64000000000", "KRW", "세출 국방", "2026", "2026"),
        ],
    ),
    (
        "title_and_unit_row_inside_the_table",  # bug: the title row became the column labels
        "",
        [
            _table(
                (0, 0, "< 2026년 부문별 투자 >", 1, 2),
                (0, 2, "(단위: 억원)"),
                (1, 0, "구분"),
                (1, 1, "상반기"),
                (1, 2, "하반기"),
                (2, 0, "연구개발"),
                (2, 1, "420"),
                (2, 2, "515"),
            )
        ],
        [
            ("420", "amount", "42000000000", "KRW", "연구개발", "상반기", "2026-H1"),
            ("515", "amount", "51500000000", "KRW", "연구개발", "하반기", "2026-H2"),
        ],
    ),
    (
        "unit_line_in_the_last_header_cell",  # bug: a (단위: …) column head governed nothing
        "",
        [
            _table(
                (0, 0, "구분"),
                (0, 1, "2025"),
                (0, 2, "(단위: 백만 달러)"),
                (1, 0, "순유입"),
                (1, 1, "1,250"),
            )
        ],
        [("1,250", "amount", "1250000000", "USD", "순유입", "2025", "2025")],
    ),
    (
        "units_per_row_in_the_stub",
        "",
        [
            _table(
                (0, 0, "구분"),
                (0, 1, "2025"),
                (1, 0, "수출(억 달러)"),
                (1, 1, "7,010"),
                (2, 0, "증가율(%)"),
                (2, 1, "2.5"),
                (3, 0, "수출기업(개사)"),
                (3, 1, "98,500"),
            )
        ],
        [
            ("7,010", "amount", "701000000000", "USD", "수출(억 달러)", "2025", "2025"),
            ("2.5", "percent", "2.5", "%", "증가율(%)", "2025", "2025"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "above", "tables", "want"), WRITTEN, ids=[row[0] for row in WRITTEN])
def test_write_table(name: str, above: str, tables: list[Table], want: list[Figure]) -> None:
    assert _written(above, *tables) == want


def test_written_cell_is_one_line_and_its_span_exact() -> None:
    builder = TextBuilder()
    spans, context = write_table(builder, QUARTERS)
    text = builder.text()
    assert "금융 보험 업\t40.1" not in text and "금 융 보 험 업\t40.1" in text  # the text as printed
    assert all("\n" not in text[s.start : s.end] and "\t" not in text[s.start : s.end] for s in spans)
    assert context.header == ["구분", "2024년 3분기", "2024년 4분기", "2025년 1분기"]


def test_continued_table_takes_the_labels_of_the_page_before() -> None:
    builder = TextBuilder()
    builder.add("(단위: 억 달러)\n")
    _, context = write_table(builder, _table((0, 0, "구분"), (0, 1, "2025년"), (1, 0, "미국"), (1, 1, "1.0")))
    builder.add("\n\n")
    spans, _ = write_table(builder, _table((0, 0, "중국"), (0, 1, "2.0")), continued=context)
    text = builder.text()
    cell = next(s for s in spans if text[s.start : s.end] == "2.0")
    assert (cell.row, cell.column, cell.unit_text, cell.period) == (
        "중국",
        "2025년",
        "(단위: 억 달러)",
        "2025",
    )


# --- labels --------------------------------------------------------------------------------

LABELS: list[tuple[str, str]] = [
    ("금 융 보 험 업", "금융보험업"),
    ("전문과학 기 술 업", "전문과학기술업"),
    ("◇ 총 수 입", "총수입"),
    ("◦ 소비자물가지수", "소비자물가지수"),
    ("경상수입¹)", "경상수입"),
    ("수출2)", "수출"),
    ("개인 및 기타", "개인 및 기타"),
    ("패키지 SW", "패키지 SW"),
    ("2024년 1분기", "2024년 1분기"),
    ("해운\n물류업", "해운물류업"),  # a word broken over two lines of its cell
    ("기계 \n장비업", "기계 장비업"),  # a line that ends on a space: a wrap between words
    ("개인 및\n단체", "개인 및 단체"),
    ("수    출 (A)", "수출 (A)"),  # letter-spaced before its mark
    ("【 세입 】", "세입"),
    ("수출 변화('15~'25)", "수출 변화('15~'25)"),  # bug: read as a footnote mark 25)
]


@pytest.mark.parametrize(("label", "clean"), LABELS, ids=[row[0] for row in LABELS])
def test_labels(label: str, clean: str) -> None:
    assert clean_label(label) == clean


# --- a PDF table without rules, its columns set apart by narrow gaps (Hancom exports) ---------


def _aligned_pdf(label_end: float | None) -> bytes:
    """Labels at the left margin, or right-aligned to end at ``label_end``; figures
    right-aligned a narrow gap apart (under two font sizes)."""
    from tests.pdf_fixtures import LEFT, SIZE, after, pages_of_runs

    rights = [200.0, 240.0, 280.0]
    rows = [
        ("구분", ["금융", "제조", "부동산"]),
        ("‘23.1Q", ["12.5", "30.1", "4.2"]),
        ("‘24.1Q", ["15.0", "28.3", "6.1"]),
        ("증감률(%)", ["(20.0)", "(△6.0)", "(45.2)"]),
    ]
    runs = [("< 업종별 투자(억 달러, %) >", LEFT, 100, SIZE)]
    for r, (label, cells) in enumerate(rows):
        x = LEFT if label_end is None else label_end - after(label, 0, 9)
        runs.append((label, x, 130 + 14 * r, 9))
        for cell, right in zip(cells, rights, strict=True):
            runs.append((cell, right - after(cell, 0, 9), 130 + 14 * r, 9))
    runs.append(("투자는 모두 늘었다.", LEFT, 200, SIZE))
    return pages_of_runs([runs])


@pytest.mark.parametrize("label_end", [None, 168.0], ids=["label_a_wide_gap_away", "no_wide_gap_at_all"])
def test_pdf_table_in_columns_set_apart_by_narrow_gaps(label_end: float | None) -> None:
    from extractors.readers.pdf import read_pdf

    document = extract_source(read_pdf("aligned.pdf", _aligned_pdf(label_end)), REFERENCE)
    assert _figures(document) == [
        ("12.5", "amount", "1250000000", "USD", "‘23.1Q", "금융", "2023-Q1"),
        ("30.1", "amount", "3010000000", "USD", "‘23.1Q", "제조", "2023-Q1"),
        ("4.2", "amount", "420000000", "USD", "‘23.1Q", "부동산", "2023-Q1"),
        ("15.0", "amount", "1500000000", "USD", "‘24.1Q", "금융", "2024-Q1"),
        ("28.3", "amount", "2830000000", "USD", "‘24.1Q", "제조", "2024-Q1"),
        ("6.1", "amount", "610000000", "USD", "‘24.1Q", "부동산", "2024-Q1"),
        ("20.0", "percent", "20.0", "%", "증감률(%)", "금융", "2024-Q1"),
        ("△6.0", "percent", "-6.0", "%", "증감률(%)", "제조", "2024-Q1"),
        ("45.2", "percent", "45.2", "%", "증감률(%)", "부동산", "2024-Q1"),
    ]
    assert "투자는 모두 늘었다." in document.text  # the sentence after stays text


def _open_sided_pdf() -> bytes:
    """A table ruled the Korean way: no outer sides, dotted rules between a value row
    and its growth row, the stub label standing over both."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from tests.pdf_fixtures import FONT, LEFT, PAGE_HEIGHT, PAGE_WIDTH, after, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    canvas.setFont(FONT, 10)
    canvas.drawString(LEFT, PAGE_HEIGHT - 110, "< 권역별 투자(억 달러, 전년동기 대비, %) >")
    left, right, inner = LEFT, LEFT + 300, [LEFT + 100, LEFT + 200]
    tops = [130, 148, 164, 180, 196, 212]

    def rule(y: float, x0: float, x1: float) -> None:
        canvas.line(x0, PAGE_HEIGHT - y, x1, PAGE_HEIGHT - y)

    canvas.setLineWidth(0.8)
    for y in (130, 148, 180, 212):
        rule(y, left, right)
    for x in inner:
        canvas.line(x, PAGE_HEIGHT - 130, x, PAGE_HEIGHT - 212)
    canvas.setLineWidth(0.3)
    for y in (164, 196):  # dotted: dots half a point long
        x = inner[0]
        while x < right:
            rule(y, x, x + 0.5)
            x += 1.2
    cells = [
        (0, 0, "구분"),
        (0, 1, "2024년"),
        (0, 2, "2025년"),
        (1, 0, "북미"),
        (1, 1, "12.0"),
        (1, 2, "13.5"),
        (2, 1, "(4.0)"),
        (2, 2, "(12.5)"),
        (3, 0, "유럽"),
        (3, 1, "8.0"),
        (3, 2, "7.2"),
        (4, 1, "(△2.0)"),
        (4, 2, "(△10.0)"),
    ]
    canvas.setFont(FONT, 9)
    for r, c, text in cells:
        x = left + 4 if c == 0 else inner[0] + 100 * c - 4 - after(text, 0, 9)
        canvas.drawString(x, PAGE_HEIGHT - (tops[r] + 12), text)
    canvas.setFont(FONT, 10)
    canvas.drawString(LEFT, PAGE_HEIGHT - 240, "북미 투자가 늘었다.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_pdf_table_open_at_its_sides_with_dotted_rules() -> None:
    from extractors.readers.pdf import read_pdf

    document = extract_source(read_pdf("open.pdf", _open_sided_pdf()), REFERENCE)
    assert _figures(document) == [
        ("12.0", "amount", "1200000000", "USD", "북미", "2024년", "2024"),
        ("13.5", "amount", "1350000000", "USD", "북미", "2025년", "2025"),
        ("4.0", "percent", "4.0", "%", "북미", "2024년", "2024"),
        ("12.5", "percent", "12.5", "%", "북미", "2025년", "2025"),
        ("8.0", "amount", "800000000", "USD", "유럽", "2024년", "2024"),
        ("7.2", "amount", "720000000", "USD", "유럽", "2025년", "2025"),
        ("△2.0", "percent", "-2.0", "%", "유럽", "2024년", "2024"),
        ("△10.0", "percent", "-10.0", "%", "유럽", "2025년", "2025"),
    ]


Boxed = list[tuple[int, int, list[Glyph]]]  # (row, column, the cell's glyphs)

# (id, text above, cells) → the same text and spans written with boxes and without;
# with them, one box per character and each cell character's own box kept.
BOXED_CELLS: list[tuple[str, str, Boxed]] = [
    ("one_line_cells", "(단위: %)\n", [
        (0, 0, [("구", (0, 0, 1, 1)), ("분", (1, 0, 2, 1))]),
        (0, 1, [("2", (5, 0, 6, 1)), ("4", (6, 0, 7, 1))]),
        (1, 0, [("가", (0, 2, 1, 3))]),
        (1, 1, [("1", (5, 2, 6, 3)), (".", (6, 2, 7, 3)), ("5", (7, 2, 8, 3))]),
    ]),
    ("a_cell_of_two_lines_and_a_wrap_after_a_space", "", [
        (0, 0, [("구", None)]),
        (0, 1, [("수", None)]),
        (1, 0, [("금", (0, 0, 1, 1)), ("\n", None), ("융", (0, 1, 1, 2))]),
        (1, 1, [("1", (5, 0, 6, 1)), (" ", None), ("\n", None), ("2", None)]),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("above", "cells"), [c[1:] for c in BOXED_CELLS], ids=[c[0] for c in BOXED_CELLS])
def test_table_written_without_boxes_is_the_same_text_and_spans(above: str, cells: Boxed) -> None:
    written = []
    for boxes in (True, False):
        builder = TextBuilder(boxes=boxes)
        builder.add(above)
        spans, _ = write_table(builder, Table.from_placed([(r, c, Cell(list(g))) for r, c, g in cells]))
        written.append((builder.text(), spans, builder.position, builder.boxes))
    (text, spans, position, boxes), bare = written
    assert bare == (text, spans, position, [])
    assert len(boxes) == len(text) == position
    for _, _, glyphs in cells:  # each character where it was written, with its box
        for character, box in glyphs:
            if box is not None:
                assert boxes[text.index(character)] == box
