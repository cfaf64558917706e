"""Words and marks of Korean statistical tables, as typed tables.

Sources: the tables of Korean ministry releases and their statistical annexes
(기획재정부 해외직접투자 and 통합재정통계, 통계청 소비자물가동향, 관세청 수출입
동향): captions (``< 업종별 동향(억 달러, %) >``, ``□ 국가별 동향``, ``<표 1>``),
unit lines (``(단위: 억 달러, 전년동기 대비 %)``, ``(단위 : 십억원)``, ``(%)``),
annex headings (``별첨``, ``참고 1``), stub labels printed letter-spaced
(``금 융 보 험 업``) and quarter labels (``‘24.1Q``, ``1/4분기``).  The logic
that reads them lives in ``extractors/tables/``.
"""

from __future__ import annotations

from typing import Final

CAPTION_BRACKETS: Final[str] = "<>〈〉《》【】[]「」『』"
"""Brackets around a caption: < 업종별 동향(억 달러, %) >, 【 총 수출 10대 품목 】."""

CAPTION_MARKS: Final[str] = "■□◆◇○●◎▶▷►▣◈▪※ㅇ-·*"
"""Bullets before a caption or a stub label: □ 업종별 동향, ◇ 총 수 입, ◦ 소비자물가지수."""

LABEL_BULLETS: Final[str] = "■□◆◇○●◎◦•▶▷►▣◈▪ㅇ-·*․‧∙"
"""Bullets opening a row label (not ※, which opens notes)."""

GRAND_TOTAL_LABELS: Final[frozenset[str]] = frozenset(
    {"합계", "계", "총계", "전체", "총액", "합", "Total", "total"}
)
"""Row labels of a table's grand total: it closes a group of rows (제조업 … 합계), where
a subtotal (소계) belongs to its group."""

TABLE_WORDS: Final[tuple[str, ...]] = ("표", "Table", "TABLE")
"""A caption names a table with one of these words and a number: <표 1>, ■ 표 3 -."""

UNIT_WORDS: Final[tuple[str, ...]] = ("단위", "Unit", "unit")
"""The unit line over a table: (단위: 억 달러), [Unit: %]."""

SECTION_MARKS: Final[tuple[str, ...]] = ("별첨", "붙임", "첨부", "참고", "부록", "Annex", "Appendix")
"""Marks opening a top-level section (compared with spaces removed: 별 첨, 참 고 1):
a unit line never reaches past one."""

ROMAN_NUMERALS: Final[str] = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
"""Roman numerals numbering top-level sections: Ⅱ. 주요 내용."""

PROSE_ENDINGS: Final[tuple[str, ...]] = ("다.", "니다", "음.", "함.", "임.", "됨.", "요.")
"""Sentence endings of running text: a line ending so is prose, never a caption, and
a unit line above it no longer governs the tables after it."""

NOTE_MARKS: Final[tuple[str, ...]] = (
    "주:",
    "주 :",
    "주)",
    "註",
    "자료:",
    "자료 :",
    "자료)",
    "출처",
    "※",
    "*",
)
"""Notes and sources under a table: no caption of the next one."""

QUARTER_LATIN: Final[str] = "Q"
"""A quarter written in Latin: ‘24.1Q, 3Q."""

QUARTER_SLASH: Final[str] = "/4"
"""A quarter written as a fraction of the year: 1/4분기."""

QUARTER_WORD: Final[str] = "분기"
"""The Korean quarter mark: 1분기."""

YEAR_WORD: Final[str] = "년"
"""The Korean year mark: 2024년."""

PERIOD_NOTES: Final[tuple[str, ...]] = ("누계", "누적", "연간", "연중", "실적", "잠정")
"""Words beside a period in a table head that leave it the period: ``1~11월 누계``,
``누계(1~11월)``, ``2025년 연간``."""

TO_DATE_NOTES: Final[tuple[str, ...]] = ("누계", "누적")
"""Words after a month that make it the sum of the year so far: ``8월(누계)``, ``11월 누계``
and ``7월말 누적`` are January to that month (``1~8월``), not the month alone."""

MONTH_END_WORD: Final[str] = "말"
"""Between a month and its to-date note: ``7월말 누적``."""

PREVIOUS_YEAR_LABELS: Final[tuple[str, ...]] = (
    "전년동기",
    "전년동월",
    "전년동분기",
    "전년동기간",
    "전년같은기간",
    "작년동기",
    "전년도",
    "전년",
)
"""A column head naming the same period a year before the period beside it (compared with
spaces removed): ``2025년 1~3월⇥전년동기⇥증감률`` — its cells are of 2024-01/2024-03."""

BASIS_WORDS: Final[tuple[str, ...]] = ("기준",)
"""A line wholly in parentheses naming one of these states the basis of the tables under
it: ``(총투자 기준)`` over a run of tables, then ``(순투자 기준)`` over the same tables
again (the same captions, other figures)."""

MAX_CAPTION_CHARS: Final[int] = 60
"""A title line longer than this is running text, not a caption."""

CELL_BORDERS: Final[str] = "|│┃║"
"""Lines between the cells of a row of a table written as text: a web or HWP conversion's
pipes (``◇ 총 수 입 | 612.2``) and box-drawing rules (``│ 법인세 │ 21.4 │``)."""

RULE_LINES: Final[str] = "-─━═"
"""Lines drawn across a table between its rows (``|---|---|``, ``├──┼──┤``, ``┣━━╋━━┫``,
``+---+---+``): a rule, no row."""

RULE_JOINTS: Final[str] = "+:=┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬┍┑┕┙┝┥┯┷┿┎┒┖┚┠┨┰┸╂"
"""Corners and crossings of a rule (with ``CELL_BORDERS``): ``┌──┬──┐``, ``+---+``."""

PLACEHOLDER_CELLS: Final[tuple[str, ...]] = ("-", "–", "—", "‐", "…", "...", "N/A", "n/a", "NA", "n.a.")
"""Cells standing for no figure (none, not applicable): an empty cell, never part of a
row's label (``국고보조금   -   120`` is the row 국고보조금)."""

PLACEHOLDER_LETTERS: Final[str] = "aAxX"
"""Letters a template writes for a figure still to come (``aa.aa``, ``x.x%``): no figure
and no label either."""

TERM_PREFIX: Final[str] = "제"
"""Opens an ordinal: ``제 24기`` (the 24th fiscal term of a financial statement)."""

TERM_COUNTERS: Final[tuple[str, ...]] = ("기", "차", "회")
"""Counters of an ordinal period or round after ``TERM_PREFIX``: ``제 24기``, ``제3차``; a
column headed so is a period of the table, no item."""

TITLE_MARKS: Final[str] = "■□◆◇▣◈"
"""Bullets opening a title or section line (□ 지역별 수출) rather than a cell: over a table
flattened to one cell a line, such a line is no header cell."""

FLOW_COLUMN_WORDS: Final[tuple[str, ...]] = (
    "수입",
    "지출",
    "잔액",
    "수지",
    "세입",
    "세출",
    "증감",
    "비중",
    "실적",
    "집행",
    "결산",
    "계획",
    "전망",
    "발행",
    "상환",
    "순증",
    # stages of a budget: 2025 정부안, 본예산, 추경
    "정부안",
    "요구안",
    "국회확정",
    "본예산",
    "추경",
)
"""Column heads naming what is measured of each row's item (a flow, a stock, a stage of
a budget), never the item where the row names one: 일반회계 | 지출 is 일반회계's spending.
A head is such a word alone, but for its sum letter or unit (지출 (B), 잔액(억원)) and an
amount ending (집행액)."""

NOTE_COLUMN_HEADS: Final[tuple[str, ...]] = ("비고", "비 고", "참고", "주석", "설명")
"""Head the last column of a table that holds notes in words, no figures (a web table
flattened to one cell a line: 구분⏎2023⏎2024⏎비고⏎자동차⏎5,210⏎5,874⏎친환경차 포함)."""

CONTRAST_ENDING: Final[str] = "대비"
"""Ends a comparison word naming only what a figure is set against (전년동기대비, 전월대비),
not whether it is a difference or a rate (전년비, a ratio, is a rate)."""

PRICE_CURRENCIES: Final[tuple[str, ...]] = ("원", "달러", "불", "엔", "위안", "유로", "$", "₩", "US$")
"""Open a label's unit written as a price per something (환율(원/달러), 유가(달러/배럴),
(원/100엔)): its cells are rates or prices, no amount of the table's unit line."""
