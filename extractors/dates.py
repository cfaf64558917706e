"""Korean dates: the document's own date and every date written in its text.

Two pure functions:

* :func:`find_reference_date` — the publication date printed in the text
  (보도시점, 배포, 발행일 labels, or a full date alone on a line near the top);
* :func:`find_date_mentions` — every date as an ISO 8601 value at the
  granularity written: ``2025``, ``2025-12``, ``2025-12-17``,
  ``2026-05-28T10:00``, ``2026-Q1``, ``2026-H1``, intervals ``2026/2030``,
  open intervals ``../2030`` and ``2025-08/..``.

Rules (general, not per publication):

* A two-digit year needs an apostrophe ('24, ’24) or a quarter/half mark
  (3Q25, 1H25); it is 20YY below 70 and 19YY from 70.
* A four-digit year needs a date mark: 년, a month (2026.3, 2025-04), a
  quarter or half, a range, or a citation's parentheses ((OECD, 2025),
  (2023)).  A bare integer is never a year.
* ``~`` makes an interval; ``까지`` does not: '30년까지 is ``2030``, ~'30 is
  ``../2030``.
* A date without a year (5. 28.(목), (11.14), 3월, 1~4월) takes the year of
  ``reference``, shifted by a relative word before it (지난해 12월 is the
  previous year); with no reference it is left out.  A year-less quarter or
  half (3분기) is left out unless a relative word fixes its year (올해 1분기).
  A day alone (14일) is always left out: its month is unknown.
* Relative words alone (지난해, 올해) are context, never dates.
* Spans that :func:`extractors.exclusions.find_not_fact_spans` marks (phone
  and issue numbers, durations, counts, ranks) never yield dates.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
from collections.abc import Callable, Sequence

import regex

from extractors._typing import Span
from extractors.exclusions import find_not_fact_spans
from extractors.lexicon import dates as lex
from extractors.mentions import Mention

__all__ = ["find_date_mentions", "find_reference_date"]


def _alt(words: Sequence[str]) -> str:
    """An alternation of literal words, longest first so none shadows another."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _chars(marks: str) -> str:
    return "[" + "".join(regex.escape(c) for c in marks) + "]"


# --- building blocks ----------------------------------------------------------

_APOS = _chars(lex.APOSTROPHES)
_TILDE = _chars(lex.RANGE_TILDES)
_DASH = _chars(lex.RANGE_DASHES)
_YEAR_MARK = f"(?:{_alt(lex.YEAR_MARKS)})"
_MONTH_MARK = regex.escape(lex.MONTH_MARK)
_DAY_MARK = regex.escape(lex.DAY_MARK)
_QUARTER = regex.escape(lex.QUARTER_MARK)
_HALF = f"(?:{_alt(tuple(lex.HALVES))})"
_REL = f"(?:{_alt(tuple(lex.RELATIVE_YEARS))})"
_WEEKDAY = rf"(?:\s?\({_chars(lex.WEEKDAYS)}\))"
_HOUR, _MINUTE = (regex.escape(m) for m in lex.TIME_MARKS)
_AMPM = f"(?:{regex.escape(lex.MORNING)}|{regex.escape(lex.AFTERNOON)})"
# a figure's unit glued to the number: 2026.3억, '24개 are not dates
_NO_UNIT = f"(?!{_alt(lex.NUMBER_UNITS + lex.COUNTERS + lex.ALWAYS_DURATIONS)})"

# A four-digit year 1900-2099, not inside a longer number or a word (제2026-11호).
_Y4 = r"(?<![\p{L}\d.,])(?:19|20)\d{2}(?!\d)"
# A two-digit year behind an apostrophe that is not a closing quote.
_Y2 = rf"(?<![\p{{L}}\d]){_APOS}\d{{2}}(?!\d)"


def _y(name: str, four_only: bool = False) -> str:
    return f"(?P<{name}>{_Y4})" if four_only else f"(?P<{name}>{_Y4}|{_Y2})"


def _m(name: str) -> str:
    return rf"(?P<{name}>1[0-2]|0?[1-9])(?!\d)"


def _d(name: str) -> str:
    return rf"(?P<{name}>3[01]|[12]\d|0?[1-9])(?!\d)"


_TIME = rf"""
    (?:\s?(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?!\d)                 # 10:00
      |\s?(?P<ampm>{_AMPM})?\s?(?P<hh>[01]?\d|2[0-3])\s?{_HOUR}         # (오후) 2시
          (?!{_alt(lex.HOUR_NOT_BEFORE)})                               #   (not 10시간)
          (?:\s?(?P<mi>[0-5]?\d)\s?{_MINUTE})?                          # 30분
    )?
"""

# month part after a year, shared by ranges: 년 12(월), .12(월)
_AFTER_YEAR = (
    rf"(?:\s?{_YEAR_MARK}\s?{{m}}(?:\s?{_MONTH_MARK})?"  # 년 12(월)
    rf"|\.\s?{{m}}(?:\s?{_MONTH_MARK})?"  # .12(월)
    rf"|\s?{_YEAR_MARK})?"  # 년
)

_BRANCHES: tuple[tuple[str, str], ...] = (
    ("full", rf"""  # year, month and day
        (?:
        {_y("fy")}\.\s?{_m("fm")}\.\s?{_d("fd")}\.?      #   2026. 5. 28.  '26.3.17
      | {_y("fy", True)}(?P<sep>[-/]){_m("fm")}(?P=sep){_d("fd")}   # 2026-05-28
      | {_y("fy")}\s?{_YEAR_MARK}\s?{_m("fm")}\s?{_MONTH_MARK}\s?{_d("fd")}\s?{_DAY_MARK}  # 2025년 12월 17일
        ){_WEEKDAY}?{_TIME}
    """),
    ("rng", rf"""  # a period between two years
        {_y("ry1", True)}\s?{_DASH}\s?{_y("ry2", True)}(?:\s?{_YEAR_MARK})?   # 2014-2024
      | {_y("ry1")}{_AFTER_YEAR.format(m=_m("rm1"))}     #   '25.8, 2025년 1, '14년
        \s?{_TILDE}\s?                                   #   ~
        (?:{_y("ry2")}{_AFTER_YEAR.format(m=_m("rm2"))}  #   '30, '26.2, 2030년
          |{_m("rm2")}\s?{_MONTH_MARK}                   #   4월 (the start's year)
          |(?=\s?[)\],;]|\s|$)                           #   nothing: open end
        )
    """),
    ("open", rf"""  # a period open at its start
        (?<![\p{{L}}\d)]){_TILDE}\s?{_y("oy")}{_AFTER_YEAR.format(m=_m("om"))}   # ~'30, ~2030년
    """),
    ("part", rf"""  # a quarter or a half
        {_y("py")}(?:\s?{_YEAR_MARK})?\s?\.?\s?
        (?:(?P<ph>{_HALF})|(?P<pq>[1-4])\s?(?:/\s?4\s?)?{_QUARTER})    # 2026년 상반기, '26.上, '26.1분기
      | (?<![\p{{L}}\d])(?P<pq>[1-4])(?P<pk>[QH])\s?{_APOS}?(?P<py2>(?:19|20)?\d{{2}})(?!\d)  # 3Q25, 1H 2025
      | (?<![\p{{L}}\d])(?P<pk>[QH])(?P<pq>[1-4])\s?(?P<py2>(?:19|20)\d{{2}})(?!\d)  # Q3 2025
      | {_y("py")}\s?(?:(?P<pq>[1-4])(?P<pk>[QH])|(?P<pk>[QH])(?P<pq>[1-4]))  # 2025 3Q, 2025Q3, '25 3Q
        (?![\p{{L}}\d])
      | (?P<prel>{_REL})\s?(?:(?P<ph>{_HALF})|(?P<pq>[1-4])\s?(?:/\s?4\s?)?{_QUARTER})  # 올해 1분기
    """),
    ("ym", rf"""  # year and month
        {_y("my")}\s?{_YEAR_MARK}\s?{_m("mm")}\s?{_MONTH_MARK}    # 2025년 12월
      | {_y("my")}\.\s?{_m("mm")}\s?{_MONTH_MARK}        #   '25.11월
      | {_y("my", True)}[-./]\s?{_m("mm")}(?!\.?\d){_NO_UNIT}   # 2026.3, 2025-04, 2025. 12.
      | {_y("my")}\.{_m("mm")}(?![.,]?\d){_NO_UNIT}      #   '24.11
    """),
    ("year", rf"""  # a year alone
        {_y("yy")}\s?{_YEAR_MARK}(?!{regex.escape(lex.DECADE_MARK)})   # 2025년, '24년 (not 2020년대)
      | (?P<yy>{_Y2})(?!\.?\d|\s?{_YEAR_MARK}){_NO_UNIT}   # '24, ’26.  (two digits need the apostrophe)
      | (?<![\p{{L}}])(?:{_alt(lex.FISCAL_YEAR_MARKS)})\s?{_APOS}?   # FY2025, FY'25
        (?P<yy>(?:19|20)?\d{{2}})(?!\d)
      | (?<=\(\s?){_y("yy", True)}[a-z]?(?=\s?\))        #   (2023)
      | (?<=[,，]\s?){_y("yy", True)}(?=\s?[)\]])        #   (OECD, 2025)
    """),
    ("md", rf"""  # month and day, year from the reference
        (?:(?P<drel>{_REL})\s?)?(?<![\d.]){_m("dm")}\s?{_MONTH_MARK}\s?{_d("dd")}\s?{_DAY_MARK}
          {_WEEKDAY}?{_TIME}                             #   12월 17일
      | (?<![\d.~]){_m("dm")}\.\s?{_d("dd")}\.?{_WEEKDAY}{_TIME}   # 5. 28.(목)
      | (?<=\p{{Hangul}}\(\s?){_m("dm")}\.{_d("dd")}\.?(?=\s?\))   # 관세합의(11.14), not 전망 (2.4)
    """),
    ("mrng", rf"""  # months, year from the reference: 1~4월, 6월부터 10월
        (?:(?P<qrel>{_REL})\s?)?(?<![\d.])(?<!{_APOS}\d?){_m("qm1")}\s?{_MONTH_MARK}?\s?
        (?:{_TILDE}|(?<={_MONTH_MARK})(?:{_alt(lex.RANGE_WORDS)}))       #   ~, 부터
        \s?{_m("qm2")}\s?{_MONTH_MARK}                                   #   4월
    """),
    ("mon", rf"""  # a month, year from the reference
        (?:(?P<nrel>{_REL})\s?)?(?<![\d.~])(?<!{_APOS}\d?){_m("nm")}\s?{_MONTH_MARK}   # 3월, 지난해 12월
    """),
)
"""The pattern's branches: (kind, pattern), tried in this order at each position."""

_DATE_PATTERN = regex.compile(
    "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _BRANCHES),
    regex.VERBOSE,
)

# Where a date can start: a four-digit year, a short number before a date
# mark (월, ., ~, Q, H, 분기), an apostrophe year, a tilde before a year, Q/H
# before a digit, or a relative word before a number.  This plain scan runs
# fast over Korean text; the full pattern is tried only where it fires
# (its lookbehinds keep the engine from skipping ahead by itself).
_CANDIDATE = regex.compile(
    rf"""
    (?<!\d)(?:19|20)\d\d(?!\d)                                     # 2025
  | (?<!\d)\d{{1,2}}                                                  # 3월, 5. 28, 1~4월, 3Q
    (?=\s?(?:{_MONTH_MARK}|[.{regex.escape(lex.RANGE_TILDES)}]\s?\d|[QH/]|{_QUARTER}))
  | {_APOS}(?=\d\d)                                                # '24
  | {_TILDE}(?=\s?(?:{_APOS}|\d))                                  # ~'30
  | [{regex.escape(lex.QUARTER_LATIN + lex.HALF_LATIN)}](?=[1-4])   # Q3 2025
  | {_REL}(?=\s?\d|\s?{_HALF})                                      # 지난해 12월, 올해 상반기
  | (?:{_alt(lex.FISCAL_YEAR_MARKS)})(?=\s?{_APOS}?\d)               # FY2025
    """,
    regex.VERBOSE,
)


# --- turning a match into a value ----------------------------------------------

_KINDS = tuple(kind for kind, _ in _BRANCHES)


def _year(token: str) -> int:
    """'24 → 2024, '98 → 1998, 2025 → 2025."""
    digits = token.strip(lex.APOSTROPHES)
    if len(digits) == 4:
        return int(digits)
    number = int(digits)
    return 2000 + number if number < 70 else 1900 + number


def _iso(year: int, month: str | None = None, day: str | None = None) -> str:
    value = f"{year:04d}"
    if month is not None:
        value += f"-{int(month):02d}"
        if day is not None:
            value += f"-{int(day):02d}"
    return value


def _day(year: int, month: str, day: str) -> str | None:
    """YYYY-MM-DD, or None for a day the calendar lacks (2025. 2. 30.)."""
    try:
        datetime.date(year, int(month), int(day))
    except ValueError:
        return None
    return _iso(year, month, day)


def _time(match: regex.Match[str]) -> str:
    hour = match.group("hh")
    if hour is None:
        return ""
    hours = int(hour) + (12 if match.group("ampm") == lex.AFTERNOON and int(hour) < 12 else 0)
    return f"T{hours:02d}:{int(match.group('mi') or 0):02d}"


def _relative_year(word: str | None, reference: datetime.date | None) -> int | None:
    if reference is None:
        return None
    return reference.year + (lex.RELATIVE_YEARS[word] if word else 0)


def _full(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    day = _day(_year(match["fy"]), match["fm"], match["fd"])
    return None if day is None else day + _time(match)


def _range(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    start_year = _year(match["ry1"])
    start = _iso(start_year, match["rm1"])
    if match["ry2"] is not None:
        return f"{start}/{_iso(_year(match['ry2']), match['rm2'])}"
    if match["rm2"] is not None:  # '25.1~11월: the end month takes the start's year
        return f"{start}/{_iso(start_year, match['rm2'])}" if match["rm1"] is not None else None
    return f"{start}/.."


def _open(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    return f"../{_iso(_year(match['oy']), match['om'])}"


def _year_month(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    return _iso(_year(match["my"]), match["mm"])


def _year_alone(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    return _iso(_year(match["yy"]))


def _month_day(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    year = _relative_year(match["drel"], reference)
    day = None if year is None else _day(year, match["dm"], match["dd"])
    return None if day is None else day + _time(match)


def _months(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    year = _relative_year(match["qrel"], reference)
    return None if year is None else f"{_iso(year, match['qm1'])}/{_iso(year, match['qm2'])}"


def _month(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    year = _relative_year(match["nrel"], reference)
    return None if year is None else _iso(year, match["nm"])


def _part(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    """A quarter or half: 2026-Q1, 2026-H2."""
    g = match.group
    if g("prel") is not None:
        year = _relative_year(g("prel"), reference)
        if year is None:
            return None
    elif g("py") is not None:
        year = _year(g("py"))
    else:
        digits = g("py2")
        year = int(digits) if len(digits) == 4 else _year(lex.APOSTROPHES[0] + digits)
    if g("ph") is not None:
        return f"{year:04d}-H{lex.HALVES[g('ph')]}"
    kind = g("pk") or lex.QUARTER_LATIN
    if kind == lex.HALF_LATIN and g("pq") not in ("1", "2"):
        return None
    return f"{year:04d}-{kind}{g('pq')}"


_VALUE_OF: dict[str, Callable[[regex.Match[str], datetime.date | None], str | None]] = {
    "full": _full,
    "rng": _range,
    "open": _open,
    "part": _part,
    "ym": _year_month,
    "year": _year_alone,
    "md": _month_day,
    "mrng": _months,
    "mon": _month,
}
"""How each branch's match becomes an ISO value (None: its year is unknown)."""


def _value(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    """The ISO value of one match, or None when it needs an unknown year."""
    kind = next(k for k in _KINDS if match.start(k) >= 0)
    return _VALUE_OF[kind](match, reference)


def _overlaps(starts: Sequence[int], reach: Sequence[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span, given the spans' sorted starts and,
    for each, the furthest end among it and the spans before it."""
    i = bisect.bisect_left(starts, end)  # spans[:i] start before ``end``
    return i > 0 and reach[i - 1] > start


def find_date_mentions(
    text: str,
    reference: datetime.date | None,
    *,
    not_facts: Sequence[Span] | None = None,
) -> list[Mention]:
    """Every date written in ``text``, in order, as ``Mention(kind="date")``.

    ``reference`` supplies the year of dates written without one; when it is
    None those dates are left out.  ``not_facts`` are spans that yield no
    dates (default: :func:`extractors.exclusions.find_not_fact_spans`).

    >>> [m.value for m in find_date_mentions("'24년 22.6%→'25년 23.6%", None)]
    ['2024', '2025']
    >>> [m.value for m in find_date_mentions("수소환원 제철 예타 통과('26~'30, 총 8,146억원)", None)]
    ['2026/2030']
    >>> [m.value for m in find_date_mentions("신규 지정('26.上), 개정(‘26.1분기), 확대(~’30)", None)]
    ['2026-H1', '2026-Q1', '../2030']
    >>> m = find_date_mentions("보도시점 2026. 5. 28.(목) 10:00", None)[0]
    >>> (m.value, m.start, m.end)
    ('2026-05-28T10:00', 5, 26)
    >>> [m.value for m in find_date_mentions("지난해 12월 수출, 3월 말", datetime.date(2026, 1, 14))]
    ['2025-12', '2026-03']
    >>> find_date_mentions("지난해 12월 수출, 3월 말", None)
    []
    >>> find_date_mentions("문의 02-6009-3593, 제2026-11호, 2,000개", None)
    []
    """
    spans = sorted(find_not_fact_spans(text) if not_facts is None else not_facts)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    mentions: list[Mention] = []
    done = 0
    for candidate in _CANDIDATE.finditer(text):
        if candidate.start() < done:
            continue
        match = _DATE_PATTERN.match(text, candidate.start())
        if match is None:
            continue
        start, end = match.span()
        done = end
        value = _value(match, reference)
        if value is None or _overlaps(starts, reach, start, end):
            continue
        mentions.append(Mention("date", start, end, value, None))
    return mentions


# --- the document's own date ---------------------------------------------------

_FULL_DATE = rf"""
    (?P<y>(?:19|20)\d{{2}})\s?(?:[.\-/]|{_YEAR_MARK})\s?       # 2026.  2026-  2026년
    (?P<m>1[0-2]|0?[1-9])(?!\d)\s?(?:[.\-/]|{_MONTH_MARK})?\s?  # 5.  05-  5월
    (?:(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)\.?\s?{_DAY_MARK}?)?    # 28.  28일  (absent: month only)
"""

_LABELLED = regex.compile(
    rf"""
    (?P<label>{_alt(tuple(lex.REFERENCE_LABELS))})    # 보도시점, 배포, 발행일
    [^\S\n]*[:：]?[^\S\n]*                            # optional colon, spaces or a tab
    {_FULL_DATE}
    """,
    regex.VERBOSE,
)

_ALONE = regex.compile(
    rf"""
    ^[^\S\n]*                                              # a line that holds only
    (?P<y>(?:19|20)\d{{2}})[^\S\n]?(?:[.\-/]|{_YEAR_MARK})[^\S\n]?  #   2025.  2025-  2025년
    (?P<m>1[0-2]|0?[1-9])[^\S\n]?(?:[.\-/]|{_MONTH_MARK})[^\S\n]?   #   12.    12-    12월
    (?P<d>3[01]|[12]\d|0?[1-9])(?!\d)[^\S\n]?(?:\.|{_DAY_MARK})?    #   17.    17     17일
    {_WEEKDAY}?(?:[^\S\n]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?[^\S\n]*$   #   (수) 15:30(:00)
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# A standalone date counts as the document's own only near its top.
_TOP_CHARS = 3000


def _date(year: str, month: str, day: str | None) -> datetime.date | None:
    try:
        return datetime.date(int(year), int(month), int(day or 1))
    except ValueError:
        return None


def find_reference_date(text: str) -> datetime.date | None:
    """The document's own date as printed in it, or None.

    A labelled full date wins by label rank (보도 before 발행 before 배포),
    then a full date alone on a line near the top, then a labelled month
    (its first day).

    >>> find_reference_date("보도시점 2026. 5. 28.(목) 10:00\\n< 5. 28.(목) 석간 > 배포 2026. 5. 27.(수)")
    datetime.date(2026, 5, 28)
    >>> find_reference_date("산업통상부 업무보고\\n\\n2025. 12. 17.\\n\\nI. 평가")
    datetime.date(2025, 12, 17)
    >>> find_reference_date("발행일\\t2026년 4월")
    datetime.date(2026, 4, 1)
    >>> find_reference_date("2025년 수출액은 2642억 달러") is None
    True
    """
    best: tuple[int, datetime.date] | None = None
    months: list[datetime.date] = []
    for match in _LABELLED.finditer(text):
        found = _date(match.group("y"), match.group("m"), match.group("d"))
        if found is None:
            continue
        if match.group("d") is None:
            months.append(found)
            continue
        rank = lex.REFERENCE_LABELS[match.group("label")]
        if best is None or rank < best[0]:
            best = (rank, found)
    if best is not None:
        return best[1]
    for match in _ALONE.finditer(text, 0, _TOP_CHARS):
        found = _date(match.group("y"), match.group("m"), match.group("d"))
        if found is not None:
            return found
    return months[0] if months else None
