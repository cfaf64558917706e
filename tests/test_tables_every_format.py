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
from collections.abc import Callable, Sequence
from datetime import date

import pytest

from extractors import extract_source
from extractors.readers import read_bytes
from schemas import Document
from tests.hwp_fixtures import hwp_bytes, hwpx_bytes, paragraphs, steps, table

REFERENCE = date(2026, 6, 30)

# (cell text, kind, value, unit, row, column, period)
Figure = tuple[str, str, str, str | None, str | None, str | None, str | None]
Rows = Sequence[Sequence[str]]


def _text(above: Sequence[str], rows: Rows) -> bytes:
    return "\n".join([*above, *("\t".join(row) for row in rows)]).encode()


def _html(above: Sequence[str], rows: Rows) -> bytes:
    body = "".join(f"<p>{html.escape(line)}</p>" for line in above)
    cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>보도자료</title></head>'
        f"<body><article><h1>재정 운용 보도자료</h1>{body}<table>{cells}</table></article></body></html>"
    )
    return page.encode()


def _hwp_build(above: Sequence[str], rows: Rows) -> object:
    cells = {(r, c): text for r, row in enumerate(rows) for c, text in enumerate(row) if text}
    return steps(paragraphs(*above), table(len(rows), len(rows[0]), cells))


def _hwpx(above: Sequence[str], rows: Rows) -> bytes:
    return hwpx_bytes(_hwp_build(above, rows))  # type: ignore[arg-type]


def _hwp(above: Sequence[str], rows: Rows) -> bytes:
    return hwp_bytes(_hwp_build(above, rows))  # type: ignore[arg-type]


def _pdf(above: Sequence[str], rows: Rows) -> bytes:
    from tests.pdf_fixtures import ruled_table_pdf

    return ruled_table_pdf(list(above), [list(row) for row in rows])


FORMATS: dict[str, tuple[str, Callable[[Sequence[str], Rows], bytes]]] = {
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


def figures_in(form: str, above: Sequence[str], rows: Rows) -> list[Figure]:
    name, make = FORMATS[form]
    return _figures(extract_source(read_bytes(name, make(above, rows)), REFERENCE))


TABLES: list[tuple[str, list[str], list[list[str]], list[Figure]]] = [
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
    (  # bug: a column head 5월 누계 was May alone
        "month_to_date_column_head_is_january_to_that_month",
        ["< 세목별 징수 실적 >", "(단위: 조원)"],
        [["구분", "'25.5월", "'25.5월 누계"], ["소득세", "9.1", "48.3"]],
        [
            ("9.1", "amount", "9100000000000", "KRW", "소득세", "'25.5월", "2025-05"),
            ("48.3", "amount", "48300000000000", "KRW", "소득세", "'25.5월 누계", "2025-01/2025-05"),
        ],
    ),
]


@pytest.mark.parametrize("form", list(FORMATS))
@pytest.mark.parametrize(("name", "above", "rows", "want"), TABLES, ids=[row[0] for row in TABLES])
def test_table_reads_the_same_in_every_format(
    name: str, above: list[str], rows: list[list[str]], want: list[Figure], form: str
) -> None:
    assert figures_in(form, above, rows) == want
