"""Korean numerals parse to exact Decimals (extractors.numerals)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.numerals import decimal_text, parse_korean_number

# (surface, value)
NUMERALS: list[tuple[str, str]] = [
    # from the corpus
    ("2642억9천만", "264290000000"),
    ("1억 5,600만", "156000000"),
    ("4천 820만", "48200000"),
    ("7천5백30만", "75300000"),
    ("천 4백만", "14000000"),
    ("1천 1백 70만", "11700000"),
    ("30만9천381", "309381"),
    ("12억 4,300만", "1243000000"),
    ("억6000만", "160000000"),
    ("4조 6천억", "4600000000000"),
    ("1백억 5천만", "10050000000"),
    ("58만 4", "580004"),
    ("65만 6,167", "656167"),
    ("111.5억", "11150000000"),
    ("7천억", "700000000000"),
    ("7,093억", "709300000000"),
    ("0.3억", "30000000"),
    ("38억 3,600만", "3836000000"),
    ("8.6조", "8600000000000"),
    # forms absent from the corpus
    ("1조 2,345억 6,789만 1,234", "1234567891234"),
    ("3경", "30000000000000000"),
    ("2조5천억", "2500000000000"),
    ("백만", "1000000"),
    ("천만", "10000000"),
    ("십억", "1000000000"),
    ("5백만", "5000000"),
    ("3십만", "300000"),
    ("1만 2천", "12000"),
    ("9천9백9십9", "9999"),
    ("1,234,567", "1234567"),
    ("1,234.56", "1234.56"),
    ("0.05", "0.05"),
    ("2.5만", "25000"),
    ("12.75억", "1275000000"),
    ("억 6000만", "160000000"),
    ("5천 만", "50000000"),
    ("1 억", "100000000"),
    ("3조 500억", "3050000000000"),
    ("10만 5", "100005"),
    ("1백", "100"),
    ("2천5백", "2500"),
    ("4천 5", "4005"),
    ("억", "100000000"),
    ("만", "10000"),
    ("15,000억", "1500000000000"),
    # audit 7: a four-digit remainder right after 억 or 조 counts in the group whose word went
    # unwritten (news prints 74억6000달러 and 52억8천 달러 for 74억6000만 and 52억8천만)
    ("74억6000", "7460000000"),
    ("52억8천", "5280000000"),
    ("19억 4,000", "1940000000"),
    ("3조 7000", "3700000000000"),
    ("7억 650", "700000650"),  # three digits: ones, as written
    ("6억 3000만 4500", "630004500"),  # under 만 the remainder is ones
    ("12억 2500.5", "1200002500.5"),
]

# surfaces that are not numerals
NOT_NUMERALS: list[str] = [
    "",
    "원",
    "달러",
    "3만 2억",  # groups must descend
    "4천 5000",  # a trailing run as large as the place before it
    "백천",  # places must descend
    "1조 15,000억",  # a lower group holds at most four digits
    "12 34",  # two digit runs side by side
    "3억 5천만 2억",
    "abc",
    "1.2.3",
    "만만",
]


@pytest.mark.parametrize(("surface", "value"), NUMERALS, ids=[s for s, _ in NUMERALS])
def test_numerals(surface: str, value: str) -> None:
    assert parse_korean_number(surface) == Decimal(value)


@pytest.mark.parametrize("surface", NOT_NUMERALS, ids=[s or "empty" for s in NOT_NUMERALS])
def test_not_numerals(surface: str) -> None:
    assert parse_korean_number(surface) is None


DECIMAL_TEXTS: list[tuple[str, str]] = [
    ("1.115E+10", "11150000000"),
    ("-2.50", "-2.5"),
    ("0.000", "0"),
    ("-0", "0"),
    ("1E+3", "1000"),
    ("0.08", "0.08"),
]


@pytest.mark.parametrize(("value", "text"), DECIMAL_TEXTS, ids=[v for v, _ in DECIMAL_TEXTS])
def test_decimal_text(value: str, text: str) -> None:
    assert decimal_text(Decimal(value)) == text
