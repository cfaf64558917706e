"""The period of a table cell, from its column and row labels, read by the date grammar.

A column ``1분기`` under a spanning ``2022년`` is ``2022-Q1``; a row ``‘23.1Q`` is
``2023-Q1``; year heads ``2017 | 2018`` are years; ``2024년 1분기`` is ``2024-Q1``;
``1~3월`` under ``2024년`` is ``2024-01/2024-03``.  Labels are normalised first (a
Latin quarter becomes ``분기``, a bare year gets its ``년``), then
``extractors.dates`` reads them: no date pattern lives here.  A label is a period
only when the date covers it whole (``2024년 대비`` compares with 2024: no period).
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Sequence

import regex

from extractors.dates import find_date_mentions
from extractors.lexicon.dates import APOSTROPHES
from extractors.lexicon.tables import (
    MONTH_END_WORD,
    PERIOD_NOTES,
    PREVIOUS_YEAR_LABELS,
    QUARTER_LATIN,
    QUARTER_SLASH,
    QUARTER_WORD,
    TERM_COUNTERS,
    TERM_PREFIX,
    TO_DATE_NOTES,
    YEAR_WORD,
)

__all__ = [
    "ANY_YEAR",
    "column_period",
    "is_period_label",
    "label_period",
    "latest_period",
    "own_period",
    "part_period",
    "previous_year_period",
    "running_period",
    "to_date_after",
    "without_dates",
    "year_above",
    "year_of",
]

_APOSTROPHE = f"[{regex.escape(APOSTROPHES)}]"
_BARE_YEAR = regex.compile(r"^(?:19|20)\d\d$")
# ‘23.1Q, 2023.1Q, ’24 1Q: a year and a Latin quarter (the grammar would read ‘23.1 as a month).
_YEAR_QUARTER = regex.compile(
    rf"""
    ^(?:(?P<full>(?:19|20)\d\d)|{_APOSTROPHE}(?P<short>\d\d))   # 2023 or ‘23
    [.\x20]?\x20?(?P<quarter>[1-4])\x20?{regex.escape(QUARTER_LATIN)}$   # .1Q
    """,
    regex.VERBOSE,
)
# 1Q or 1/4분기 alone: a quarter without its year.
_QUARTER_ALONE = regex.compile(
    rf"^(?P<quarter>[1-4])\x20?(?:{regex.escape(QUARTER_LATIN)}|{regex.escape(QUARTER_SLASH)}\x20?{QUARTER_WORD})$"
)
_YEAR_VALUE = regex.compile(r"^\d{4}$")
_DIGIT = regex.compile(r"\d")
# A label closing on a part in parentheses: '22년중 (1~12월), 2024년(잠정).
_PARENTHESISED_PART = regex.compile(r"^(?P<head>[^()（）]+?)\s*[(（](?P<part>[^()（）]+)[)）]$")
_YEAR_OF = regex.compile(r"^(?P<year>\d{4})")
_NOTES = "|".join(map(regex.escape, PERIOD_NOTES))
# 1~11월 누계, 누계(1~11월), 누계 (1~11월): the period without the note beside it.
_NOTED = regex.compile(
    rf"^(?:(?P<before>.+?)\s*(?:{_NOTES})|(?:{_NOTES})\s*[(（](?P<inside>[^()（）]+)[)）])$"
)
# After a month, a note that makes it the year so far: 8월(누계), 11월 누계, 7월말 누적.
_TO_DATE_NOTE = regex.compile(
    rf"\s*(?:{regex.escape(MONTH_END_WORD)})?\s*[(（]?\s*(?:{'|'.join(map(regex.escape, TO_DATE_NOTES))})"
)
_MONTH_VALUE = regex.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})$")
ANY_YEAR = "2000"  # stands in to read a label's shape and granularity (1분기 → 2000-Q1)


def normalise(label: str) -> str:
    """A label in the form the date grammar reads best.

    >>> [normalise(t) for t in ("‘23.1Q", "2024", "3Q", "1/4분기", "수출")]
    ['2023년 1분기', '2024년', '3분기', '1분기', '수출']
    """
    words = label.strip()
    if _BARE_YEAR.match(words):
        return words + YEAR_WORD
    m = _YEAR_QUARTER.match(words)
    if m:
        year = m.group("full") or f"20{m.group('short')}"
        return f"{year}{YEAR_WORD} {m.group('quarter')}{QUARTER_WORD}"
    m = _QUARTER_ALONE.match(words)
    if m:
        return f"{m.group('quarter')}{QUARTER_WORD}"
    return words


@functools.lru_cache(maxsize=4096)
def label_period(label: str | None, reference: datetime.date | None = None) -> str | None:
    """The date a whole table label names ('24년, 2025년 3분기, 2024, ‘23.1Q), else None;
    a label without a year (11월, 1~3월) takes the ``reference`` date's, as dates in text do.

    >>> label_period("'25년"), label_period("2024"), label_period("‘23.1Q"), label_period("북미")
    ('2025', '2024', '2023-Q1', None)
    >>> label_period("2024년 대비") is None
    True
    >>> label_period("11월") is None, label_period("11월", datetime.date(2026, 12, 1))
    (True, '2026-11')

    A year with its months in parentheses is those months of the year; a note in
    parentheses (잠정, p) leaves the year, and so does a word of sum beside it:

    >>> label_period("'22년중 (1~12월)"), label_period("2025년(1~7월)"), label_period("2024년 (잠정)")
    ('2022-01/2022-12', '2025-01/2025-07', '2024')
    >>> label_period("2025년 누계"), label_period("누계(1~11월)", datetime.date(2026, 12, 1))
    ('2025', '2026-01/2026-11')
    >>> label_period("'25.11월 누계"), label_period("'25.11월 실적")
    ('2025-01/2025-11', '2025-11')
    >>> label_period("수출 (억 달러)") is None
    True
    """
    if not label:
        return None
    words = normalise(label)
    noted = _NOTED.match(words)
    if noted is not None:
        if (before := noted.group("before")) is not None:
            return to_date_after(label_period(before, reference), words, noted.end("before"))
        return label_period(noted.group("inside"), reference)
    dates = find_date_mentions(words, reference)
    if len(dates) == 1 and dates[0].end - dates[0].start >= len(words.rstrip(")")) - 1:
        return dates[0].value
    return _year_and_part(words)


def to_date_after(period: str | None, text: str, end: int) -> str | None:
    """A month ``period`` written before ``text[end:]``: January to it when a to-date
    note follows (a sum of the year so far), else the period itself.

    >>> to_date_after("2014-08", "2014. 8월(누계) 기준", 9), to_date_after("2025-11", "11월 누계", 3)
    ('2014-01/2014-08', '2025-01/2025-11')
    >>> to_date_after("2025-11", "11월 실적", 3), to_date_after("2025", "2025년 누계", 5)
    ('2025-11', '2025')
    >>> to_date_after("2025-01", "1월 누계", 2)
    '2025-01'
    """
    month = _MONTH_VALUE.match(period) if period else None
    if month is None or month["month"] == "01" or not _TO_DATE_NOTE.match(text, end):
        return period
    return f"{month['year']}-01/{period}"


def is_period_label(label: str | None) -> bool:
    """Whether a label names a period, with its year or without (11월, 1~3월 누계, 2분기,
    전년동기): such a label is never a cell's item or partner.

    >>> is_period_label("11월"), is_period_label("1~11월 누계"), is_period_label("반도체")
    (True, True, False)
    >>> is_period_label("전년 동기"), is_period_label("제 24기"), is_period_label("제3차 (당기)")
    (True, True, True)
    >>> is_period_label("제 27(당) 기"), is_period_label("제 2 기 신도시"), is_period_label("(교부금 제외)")
    (True, False, False)
    """
    if not label:
        return False
    if _TERM.match(label) is not None:
        return True  # 제 24기: a fiscal term
    return own_period(label, ANY_YEAR) is not None or "".join(label.split()) in PREVIOUS_YEAR_LABELS


# An ordinal fiscal term or round heading a column: 제 24기, 제3차 (its note aside: 제 24기 (당기)).
_COUNTERS = "|".join(map(regex.escape, TERM_COUNTERS))
_TERM = regex.compile(
    rf"^\s*{regex.escape(TERM_PREFIX)}\s*\d{{1,3}}(?:\(\w\))?\s*(?:{_COUNTERS})(?:\s*\([^()]*\))?\s*$"
)


_YEAR_IN_VALUE = regex.compile(r"\d{4}")
_END_PART = regex.compile(r"^(?P<year>\d{4})(?:-(?P<sub>[QH]?)(?P<number>\d{1,2}))?")
_MONTHS_IN = {"": 1, "Q": 3, "H": 6}


def _end_key(period: str) -> tuple[int, int]:
    """Where a period ends, to compare periods of any granularity: (year, month)."""
    found = _END_PART.match(period.rsplit("/", maxsplit=1)[-1])
    if found is None:
        return (0, 0)
    if found.group("number") is None:
        return (int(found.group("year")), 12)
    return (int(found.group("year")), int(found.group("number")) * _MONTHS_IN[found.group("sub")])


def latest_period(periods: Sequence[str | None]) -> str | None:
    """The period that ends last: the period a change beside them is of.

    >>> latest_period(["2024", "2025"]), latest_period(["2025-01/2025-03", "2024-01/2024-03", None])
    ('2025', '2025-01/2025-03')
    """
    known = [period for period in periods if period]
    return max(known, key=_end_key) if known else None


def previous_year_period(label: str, periods: Sequence[str | None]) -> str | None:
    """The period of a head naming the same period a year back (전년동기), from the latest
    period before it; None for any other label.

    >>> previous_year_period("전년동기", ["2025-01/2025-03"]), previous_year_period("수출", ["2025"])
    ('2024-01/2024-03', None)
    """
    latest = latest_period(periods)
    if latest is None or "".join(label.split()) not in PREVIOUS_YEAR_LABELS:
        return None
    return str(_YEAR_IN_VALUE.sub(lambda m: str(int(m.group()) - 1), latest))


def _year_and_part(words: str) -> str | None:
    """The period of ``year (part)``: the part read in the year, else the year."""
    found = _PARENTHESISED_PART.match(words)
    if found is None:
        return None
    year = label_period(found.group("head"))
    if year is None or not _YEAR_VALUE.match(year):
        return None
    part = found.group("part")
    period = label_period(f"{year}{YEAR_WORD} {normalise(part)}")
    if period is not None and period != year:
        return period
    return None if _DIGIT.search(part) else year  # (1.5) is a figure, (잠정) a note


def year_of(period: str | None) -> str | None:
    """The year a period starts in: '2024-Q1' → '2024'."""
    found = _YEAR_OF.match(period) if period else None
    return found.group("year") if found else None


def part_period(part: str, year: str | None = None) -> str | None:
    """The period one label names, with ``year`` for a label that has none (1분기).

    >>> part_period("1분기", "2022"), part_period("1분기"), part_period("금액", "2022")
    ('2022-Q1', None, None)
    """
    period = label_period(part)
    if period is None and year is not None and part.strip() not in PERIOD_NOTES:  # 연간 alone: no date
        period = label_period(f"{year}{YEAR_WORD} {normalise(part)}")
    return period


def own_period(label: str, year: str | None = None) -> str | None:
    """The period a label cell names itself, with ``year`` for one without its own
    (1분기 under 2022년); none for a label naming no date, the year alone added to it
    (``(B-A)``, ``(교부금 제외)`` in a table of 2021: no date fact).

    >>> own_period("1분기", "2022"), own_period("(B-A)", "2021"), own_period("2024", "2021")
    ('2022-Q1', None, '2024')
    """
    period = part_period(label, year)
    return None if period is not None and period == year and label_period(label) is None else period


def column_period(parts: Sequence[str], year: str | None = None) -> str | None:
    """The period of a column (or row) from its labels, top down: the lowest label
    naming a date, with the year of a label above it (or of the caption, ``year``)
    when it has none.

    >>> column_period(["2022년", "1분기"]), column_period(["2024년 1분기"]), column_period(["1~3월"], "2024")
    ('2022-Q1', '2024-Q1', '2024-01/2024-03')
    >>> column_period(["수출", "금액"]) is None, column_period(["2024", "금액"])
    (True, '2024')
    """
    found: str | None = None
    for part in parts:
        period = part_period(part, year)
        if period is not None:
            found = period
            year = year_of(period) or year
    return found


def year_above(parts: Sequence[str], year: str | None = None) -> str | None:
    """The year the labels above a cell give it (``2022년`` over ``1분기``)."""
    for part in parts:
        year = year_of(part_period(part, year)) or year
    return year


_MONTH_OR_QUARTER = regex.compile(r"^(?P<year>\d{4})-(?P<sub>Q?)(?P<number>\d{1,2})$")


def running_period(part: str, previous: str | None) -> str | None:
    """The period of a label without a year after a column naming one: the running
    year goes on, and a month or quarter that comes back to an earlier one starts
    the next year (``‘19.12월 | 1월 | 2월``).  After a span of months the year goes on
    from its first month (``'22년 (1~12월) | 6월 | 7월``: June and July of 2022).

    >>> running_period("2월", "2020-01"), running_period("1월", "2019-12"), running_period("2분기", "2024-Q1")
    ('2020-02', '2020-01', '2024-Q2')
    >>> running_period("6월", "2022-01/2022-12"), running_period("1월", "2024-07/2024-12")
    ('2022-06', '2025-01')
    >>> running_period("수출", "2020-01") is None, running_period("2월", None) is None
    (True, True)
    """
    if previous is None or (before := _MONTH_OR_QUARTER.match(previous.split("/")[0])) is None:
        return None
    year = int(before.group("year"))
    period = part_period(part, str(year))
    found = _MONTH_OR_QUARTER.match(period) if period else None
    if found is None or found.group("sub") != before.group("sub"):
        return None
    if int(found.group("number")) <= int(before.group("number")):
        return part_period(part, str(year + 1))
    return period


@functools.lru_cache(maxsize=4096)
def without_dates(label: str) -> str:
    """A label without the dates written in it: ``2025년 1분기 금액`` → ``금액``.

    >>> without_dates("2025년 1분기 금액"), without_dates("'24년 반도체"), without_dates("미국")
    ('금액', '반도체', '미국')

    A bare year is a date as a word of a table label, as it is as a whole one (a head
    ``2025`` over ``정부안(B)``):

    >>> without_dates("2025 정부안(B)"), without_dates("품목 2025")
    ('정부안(B)', '품목')
    """
    dates = find_date_mentions(label, None)
    kept, cursor = [], 0
    for found in dates:
        kept.append(label[cursor : found.start])
        cursor = found.end
    kept.append(label[cursor:])
    return " ".join(word for word in " ".join(kept).split() if _YEAR_ALONE.fullmatch(word) is None)


_YEAR_ALONE = regex.compile(r"(?:19|20)\d\d")
