"""Consistency checks: tables of facts → the checks they yield, passed and failed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from extractors.checks import check_consistency, half_unit
from schemas import Context, Fact, TableCell

_position = [0]


def fact(
    kind: str, text: str, value: str, unit: str | None = "USD", at: int | None = None, **context: Any
) -> Fact:
    """A fact written at ``at`` (or after the previous one), with the given context."""
    start = _position[0] if at is None else at
    _position[0] = start + len(text) + 5
    return Fact(
        id=f"f{start + 1:04d}",
        kind=kind,  # type: ignore[arg-type]
        text=text,
        span=(start, start + len(text)),
        value=value,
        unit=unit,
        context=Context(**context),
    )


def usd(text: str, value: str, at: int | None = None, **context: Any) -> Fact:
    return fact("amount", text, value, "USD", at, **context)


def pct(text: str, value: str, at: int | None = None, **context: Any) -> Fact:
    return fact("percent", text, value, "%", at, **context)


def cell(text: str, value: str, row: str, column: str, *, at: int, kind: str = "amount") -> Fact:
    unit = "%" if kind == "percent" else "USD"
    return Fact(
        id=f"f{at + 1:04d}",
        kind=kind,  # type: ignore[arg-type]
        text=text,
        span=(at, at + len(text)),
        value=value,
        unit=unit,
        table=TableCell(caption="표 1 수출", unit_text="(단위: 억 달러)", row=row, column=column),
    )


ICT = {"subject": "ICT", "period": "2025"}

# (name, facts, expected [(code, passed)])
CHECKS: list[tuple[str, list[Fact], list[tuple[str, bool]]]] = [
    (
        "balance_ict",
        [
            usd("2642억9천만 달러", "264290000000", 0, metric="export", **ICT),
            usd("1512억5천만 달러", "151250000000", 100, metric="import", **ICT),
            usd("1130억4천만 달러", "113040000000", 200, metric="trade_balance", change="surplus", **ICT),
        ],
        [("balance", True)],
    ),
    (
        "balance_wrong_figure",  # 1130억4천만 mistyped as 1103억4천만
        [
            usd("2642억9천만 달러", "264290000000", 0, metric="export", **ICT),
            usd("1512억5천만 달러", "151250000000", 100, metric="import", **ICT),
            usd("1103억4천만 달러", "110340000000", 200, metric="trade_balance", change="surplus", **ICT),
        ],
        [("balance", False)],
    ),
    (
        "balance_deficit_word",
        [
            usd("32.6억 달러", "3260000000", 0, metric="export", partner="북미", period="2024"),
            usd("36.2억 달러", "3620000000", 50, metric="import", partner="북미", period="2024"),
            usd(
                "3.6억 달러",
                "360000000",
                100,
                metric="trade_balance",
                partner="북미",
                period="2024",
                change="deficit",
            ),
        ],
        [("balance", True)],
    ),
    (
        "balance_deficit_mistaken_for_surplus",
        [
            usd("32.6억 달러", "3260000000", 0, metric="export", partner="북미", period="2024"),
            usd("36.2억 달러", "3620000000", 50, metric="import", partner="북미", period="2024"),
            usd(
                "3.6억 달러",
                "360000000",
                100,
                metric="trade_balance",
                partner="북미",
                period="2024",
                change="surplus",
            ),
        ],
        [("balance", False)],
    ),
    (
        "balance_within_rounding",  # 111.5 - 89.2 = 22.3 exactly; 22.4 is within three half-tenths
        [
            usd("111.5억 달러", "11150000000", 0, metric="export", period="2024"),
            usd("89.2억 달러", "8920000000", 50, metric="import", period="2024"),
            usd("22.4억 달러", "2240000000", 100, metric="trade_balance", period="2024"),
        ],
        [("balance", True)],
    ),
    (
        "balance_whole_units_tolerance",  # 112 - 89 = 23; 24억 is 1억 off, within 3 x 0.5억
        [
            usd("112억 달러", "11200000000", 0, metric="export", period="2024"),
            usd("89억 달러", "8900000000", 50, metric="import", period="2024"),
            usd("24억 달러", "2400000000", 100, metric="trade_balance", period="2024"),
        ],
        [("balance", True)],
    ),
    (
        "balance_past_whole_units_tolerance",  # 25억 is 2억 off, past 3 x 0.5억
        [
            usd("112억 달러", "11200000000", 0, metric="export", period="2024"),
            usd("89억 달러", "8900000000", 50, metric="import", period="2024"),
            usd("25억 달러", "2500000000", 100, metric="trade_balance", period="2024"),
        ],
        [("balance", False)],
    ),
    (
        "balance_past_the_tolerance",  # 22.6 - 22.3 = 0.3 > three half-tenths (0.15억)
        [
            usd("111.5억 달러", "11150000000", 0, metric="export", period="2024"),
            usd("89.2억 달러", "8920000000", 50, metric="import", period="2024"),
            usd("22.6억 달러", "2260000000", 100, metric="trade_balance", period="2024"),
        ],
        [("balance", False)],
    ),
    (
        "balance_other_partner_not_compared",
        [
            usd("100억 달러", "10000000000", 0, metric="export", partner="미국"),
            usd("80억 달러", "8000000000", 50, metric="import", partner="중국"),
            usd("50억 달러", "5000000000", 100, metric="trade_balance", partner="미국"),
        ],
        [],
    ),
    (
        "balance_other_period_not_compared",
        [
            usd("100억 달러", "10000000000", 0, metric="export", period="2024"),
            usd("80억 달러", "8000000000", 50, metric="import", period="2025"),
            usd("20억 달러", "2000000000", 100, metric="trade_balance", period="2025"),
        ],
        [],
    ),
    (
        "balance_unsure_pairing_not_failed",  # no period known: a disagreement is no verdict
        [
            usd("100억 달러", "10000000000", 0, metric="export"),
            usd("80억 달러", "8000000000", 50, metric="import"),
            usd("50억 달러", "5000000000", 100, metric="trade_balance"),
        ],
        [],
    ),
    (
        "balance_far_apart_not_compared",
        [
            usd("100억 달러", "10000000000", 0, metric="export", period="2024"),
            usd("80억 달러", "8000000000", 50, metric="import", period="2024"),
            usd("20억 달러", "2000000000", 9000, metric="trade_balance", period="2024"),
        ],
        [],
    ),
    (
        "growth_ict",
        [
            usd("2642억9천만 달러", "264290000000", 0, metric="export", subject="ICT", period="2025"),
            usd("2350억5천만 달러", "235050000000", 30, metric="export", subject="ICT", period="2024"),
            pct("12.4%", "12.4", 60, metric="export", subject="ICT", change="increase"),
        ],
        [("growth", True)],
    ),
    (
        "growth_wrong_rate",
        [
            usd("2642억9천만 달러", "264290000000", 0, metric="export", subject="ICT", period="2025"),
            usd("2350억5천만 달러", "235050000000", 30, metric="export", subject="ICT", period="2024"),
            pct("14.2%", "14.2", 60, metric="export", subject="ICT", change="increase"),
        ],
        [("growth", False)],
    ),
    (
        "growth_decrease",
        [
            usd("1512억5천만 달러", "151250000000", 0, metric="import", period="2025"),
            usd("1606억 달러", "160600000000", 30, metric="import", period="2024"),
            pct("5.8%", "5.8", 60, metric="import", change="decrease"),
        ],
        [("growth", True)],
    ),
    (
        "growth_multiple_from_to",  # 4,000만 → 94억: 232배 within the rounding of 4,000만
        [
            usd("4,000만 달러", "40000000", 0, metric="import"),
            usd("94억 달러", "9400000000", 20, metric="import"),
            fact("multiple", "232배", "232", "x", 40, metric="import", change="increase"),
        ],
        [("growth", True)],
    ),
    (
        "growth_rate_of_other_metric_not_compared",
        [
            usd("100억 달러", "10000000000", 0, metric="export", period="2025"),
            usd("90억 달러", "9000000000", 30, metric="export", period="2024"),
            pct("50%", "50", 60, metric="import", change="increase"),
        ],
        [],
    ),
    (  # bug: a run to October (10월 누계) was taken for November's previous month
        "growth_year_so_far_not_a_month_base",
        [
            usd("70억 달러", "7000000000", 0, metric="export", period="2025-01/2025-10"),
            usd("6억 달러", "600000000", 30, metric="export", period="2025-11"),
            pct("2.1%", "2.1", 60, metric="export", period="2025-11", change="increase"),
        ],
        [],
    ),
    (
        "growth_year_so_far_runs",
        [
            usd("70억 달러", "7000000000", 0, metric="export", period="2025-01/2025-10"),
            usd("50억 달러", "5000000000", 30, metric="export", period="2024-01/2024-10"),
            pct("40.0%", "40.0", 60, metric="export", change="increase"),
        ],
        [("growth", True)],
    ),
    (
        "growth_one_amount_not_compared",
        [
            usd("1734억8천만 달러", "173480000000", 0, metric="export"),
            pct("22.1%", "22.1", 40, metric="export", change="increase"),
        ],
        [],
    ),
    (
        "table_total",
        [
            cell("32.6", "3260000000", "북미", "전체", at=0),
            cell("58.3", "5830000000", "아시아", "전체", at=20),
            cell("19.3", "1930000000", "유럽", "전체", at=40),
            cell("1.3", "130000000", "기타", "전체", at=60),
            cell("111.5", "11150000000", "합계", "전체", at=80),
        ],
        [("table_total", True)],
    ),
    (
        "table_total_wrong_cell",  # 58.3 mistyped as 53.8
        [
            cell("32.6", "3260000000", "북미", "전체", at=0),
            cell("53.8", "5380000000", "아시아", "전체", at=20),
            cell("19.3", "1930000000", "유럽", "전체", at=40),
            cell("1.3", "130000000", "기타", "전체", at=60),
            cell("111.5", "11150000000", "합계", "전체", at=80),
        ],
        [("table_total", False)],
    ),
    (
        "table_total_nested_rows",  # bug: a group's rows were summed with the group's own row
        [
            cell("△3.1", "-3100000000", "은행", "2025년", at=0),
            cell("△5.0", "-5000000000", "비은행", "2025년", at=20),
            cell("△7.2", "-7200000000", "비은행 상호금융", "2025년", at=40),
            cell("+2.2", "2200000000", "비은행 보험", "2025년", at=60),
            cell("△8.1", "-8100000000", "금융권 합계", "2025년", at=80),
        ],
        [("table_total", True)],
    ),
    (
        "table_row_total",  # the 전체 column against the other columns of its row
        [
            cell("63.5", "6350000000", "사용료", "전체", at=0),
            cell("44.3", "4430000000", "사용료", "게임", at=20),
            cell("19.2", "1920000000", "사용료", "기타", at=40),
        ],
        [("table_total", True)],
    ),
    (
        "shares_table_column",
        [
            cell("52%", "52", "아시아", "비중", at=0, kind="percent"),
            cell("29%", "29", "북미", "비중", at=20, kind="percent"),
            cell("19%", "19", "유럽", "비중", at=40, kind="percent"),
        ],
        [("shares", True)],
    ),
    (
        "shares_listed_wrong",  # 39.1 + 32.2 + 21.4 + 5.3 + 1.0 = 99.0, not 100 within rounding
        [
            pct("39.1%", "39.1", 0),
            pct("32.2%", "32.2", 20),
            pct("21.4%", "21.4", 40),
            pct("5.3%", "5.3", 60),
            pct("1.0%", "1.0", 80),
        ],
        [("shares", False)],
    ),
    (
        "shares_listed_right",
        [pct("39.1%", "39.1", 0), pct("32.2%", "32.2", 20), pct("21.4%", "21.4", 40), pct("7.3%", "7.3", 60)],
        [("shares", True)],
    ),
    (
        "shares_partial_list_not_checked",  # top five partners: 60% of the whole
        [
            pct("24%", "24", 0),
            pct("15%", "15", 20),
            pct("13%", "13", 40),
            pct("4%", "4", 60),
            pct("4%", "4", 80),
        ],
        [],
    ),
    (
        "shares_growth_rates_not_checked",
        [pct("+24.1%", "24.1", 0), pct("+13.7%", "13.7", 20), pct("+62.2%", "62.2", 40)],
        [],
    ),
]


@pytest.mark.parametrize(("facts", "expected"), [pytest.param(f, e, id=n) for n, f, e in CHECKS])
def test_checks(facts: list[Fact], expected: list[tuple[str, bool]]) -> None:
    checks = check_consistency(facts)
    assert sorted((c.code, c.passed) for c in checks) == sorted(expected)
    ids = {f.id for f in facts}
    for check in checks:
        assert len(check.fact_ids) >= 2 and set(check.fact_ids) <= ids
        assert check.message


HALF_UNITS: list[tuple[str, str, str, Decimal]] = [
    ("amount", "2642억9천만 달러", "264290000000", Decimal("5E+6")),
    ("amount", "58만 4달러", "580004", Decimal("0.5")),
    ("amount", "111.5억 달러", "11150000000", Decimal("5E+6")),
    ("amount", "6억 3,100만 달러", "631000000", Decimal("5E+5")),  # 3,100만 may be rounded to 100만
    ("amount", "63.5", "6350000000", Decimal("5E+6")),  # a table cell under (단위: 억 달러)
    ("percent", "12.4%", "12.4", Decimal("0.05")),
    ("percent", "0.08%", "0.08", Decimal("0.005")),
    ("multiple", "232배", "232", Decimal("0.5")),
]


@pytest.mark.parametrize(
    ("kind", "text", "value", "expected"), HALF_UNITS, ids=[t for _, t, _, _ in HALF_UNITS]
)
def test_half_unit(kind: str, text: str, value: str, expected: Decimal) -> None:
    unit = {"amount": "USD", "percent": "%", "multiple": "x"}[kind]
    f = Fact(id="f0001", kind=kind, text=text, span=(0, len(text)), value=value, unit=unit)  # type: ignore[arg-type]
    assert half_unit(f) == expected


def test_no_facts_no_checks() -> None:
    assert check_consistency([]) == []


def test_ict_totals_of_the_news_article_pass(corpus_dir: Path) -> None:
    """exports 2642억9천만 − imports 1512억5천만 = balance 1130억4천만, end to end."""
    pipeline = pytest.importorskip("extractors.pipeline", reason="the pipeline module is not there yet")
    matches = sorted((corpus_dir / "txt").glob("000_*.txt"))
    if not matches:
        pytest.skip(f"no 000_*.txt in {corpus_dir / 'txt'}")
    document = pipeline.extract_file(matches[0])
    facts = {f.id: f for f in document.facts}
    balances = [
        [facts[i].value for i in check.fact_ids]
        for check in document.checks
        if check.code == "balance" and check.passed
    ]
    assert ["264290000000", "151250000000", "113040000000"] in balances
    assert not [c for c in document.checks if not c.passed]
