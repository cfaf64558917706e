"""Spans of a text that hold numbers which are never facts.

Phone and fax numbers, postal codes ((우)30118), issue and serial numbers
(제2026-11호, 법률 제20123호, 연구보고서 2026-03, 제1~3차), addresses, page numbers
and footers, footnote marks, URLs (with or without http://) and e-mail
addresses, ISBN/ISSN/DOI, counted quarters (3분기 연속),
durations (3년 만에, 7.5일, 17개월 연속), counts (102개, 1,800여명,
7.1만기) and ranks or ordinals (1위, 제1차, 6번째, 1호).  The pipeline drops
every mention that overlaps one of these spans.

A dozen small patterns, built from ``extractors.lexicon.dates`` and each
run once over the whole text, find them; a span inside a longer one is
dropped, so the result is sorted and disjoint.  Address spans cover the
building number only (테헤란로 305 → ``305``): that is the figure to drop.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

import regex

from extractors._typing import Span
from extractors.lexicon import dates as lex
from extractors.relative_dates import offset_spans
from extractors.views import to_view

__all__ = ["PAREN_MONTH_DAY", "find_not_fact_spans"]


def _alt(words: Sequence[str]) -> str:
    """Literal words, longest first."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _guarded(words: Sequence[str], not_before: Mapping[str, Sequence[str]]) -> str:
    """Literal words, each refused when a longer word it begins follows (대 but not 대비)."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        guard = not_before.get(word)
        parts.append(regex.escape(word) + (f"(?!{_alt(guard)})" if guard else ""))
    return "|".join(parts)


_APOS = "[" + "".join(regex.escape(c) for c in lex.APOSTROPHES) + "]"
_TILDE = "[" + "".join(regex.escape(c) for c in lex.RANGE_TILDES) + "]"
# A number that starts here is not the tail of a longer number or of a year ('30).
_FREE = rf"(?<![\d.,])(?<!{_APOS})(?<!{_TILDE})"
_COUNTERS = _guarded(lex.COUNTERS, lex.COUNTER_NOT_BEFORE)
_SPACED_COUNTERS = _guarded(lex.SPACED_COUNTERS, lex.COUNTER_NOT_BEFORE)
_UNITS = _guarded(lex.DURATION_UNITS, lex.UNIT_NOT_BEFORE)
_CALENDAR_UNITS = _guarded(lex.CALENDAR_DURATION_UNITS, lex.UNIT_NOT_BEFORE)
_ABOUT = _alt(lex.ABOUT_MARKS)
_FOLLOWERS = _alt(lex.DURATION_FOLLOWERS)
_ORDINAL_JOIN = "[" + "".join(regex.escape(c) for c in lex.ORDINAL_RANGE_MARKS) + "]"
# What a counted number's word may start with, past one or two spaces (3년 만에, 1,800여 명,
# 123-4번지): a cheap test before the branches of "counted", which run at every number.
_COUNTED_WORDS = (
    *lex.ABOUT_MARKS,
    *lex.ALWAYS_DURATIONS,
    *lex.CALENDAR_DURATION_UNITS,
    *lex.DURATION_UNITS,
    *lex.COUNT_MULTIPLIERS,
    *lex.SPACED_COUNTERS,
    *lex.COUNTERS,
    *lex.PERIOD_COUNT_UNITS,
    *lex.RANK_SUFFIXES,
    *lex.ADDRESS_UNITS,
    *lex.PAGE_MARKS,
    "-",
)
_COUNTED_NEXT = "[" + regex.escape("".join(sorted({w[0] for w in _COUNTED_WORDS}))) + "]"
_AFTER_NUMBER = _alt((*lex.NUMBER_UNITS, *lex.COUNTERS, *lex.YEAR_MARKS, lex.MONTH_MARK, lex.DAY_MARK))

# (6.27일), (7.1일): a month and day alone in parentheses right after a word is a date
# (``extractors.dates`` reads it), not a length of days like 7.5일, unless the word is one
# of a length (처리기간(3.5일)).  Groups {m} and {d} name the month and the day.
PAREN_MONTH_DAY = (
    rf"(?<=[\p{{{{Hangul}}}}{regex.escape(lex.PAREN_DATE_OPENERS)}]\(\s?)"
    rf"(?<!(?:{_alt(lex.DURATION_NOUNS)})\(\s?)"
    # a month written 02 only with a two-digit day (02.13일): 02.3일 is a length, not a date
    rf"(?P<{{m}}>1[0-2]|0[1-9](?=\.\d\d)|[1-9])\.(?P<{{d}}>3[01]|[12]\d|0?[1-9])\s?{regex.escape(lex.DAY_MARK)}(?=\s?\))"
)

_BRANCHES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("url", ("://", "www."), r"""(?:https?://|www\.)[^\s<>"'’”)\]]+"""),  # https://…, www.kiat.or.kr
    (
        "url",
        (),
        rf"""\.(?:{_alt(lex.URL_DOMAINS)})(?<=[A-Za-z\d]\.(?:{_alt(lex.URL_DOMAINS)}))  # kostat.go.kr
        (?![\w.])/[^\s<>"'’”)\]]*""",  #   /board/2026/11 (no http://)
    ),
    ("email", ("@",), r"(?<![\w.+-])[A-Za-z][\w.+-]*@[\w-]+(?:\.[\w-]+)+"),  # hakkilee@kisd.re.kr
    (
        "standard",
        lex.STANDARD_NUMBERS,
        rf"""(?:{_alt(lex.STANDARD_NUMBERS)})(?:-1[03])?\s?[:：]?\s?
        [\dXx][\dXx\-\s./]{{6,24}}[\dXx]""",
    ),  # ISBN 978-89-…, ISSN 1234-5678
    (
        "phone",
        (),
        r"""
        (?<![\d-])
        (?:\+82[-\s]?\(?0?\d{1,2}\)?[-.\s]?                          # +82-2-, +82 (0)44
          |\(0\d{1,2}\)\s?|0\d{1,2}[-.)\s])                          # (044), 02-
        \d{3,4}[-.\s]\d{4}(?![\d-])                                     # 6009-3593
    """,
    ),
    (
        "phone",
        ("-",),
        r"""
        (?<![\d-])1[5-9]\d{2}-\d{4}(?![\d-])                          # 1588-1234 (nationwide numbers)
    """,
    ),
    (
        "issue",
        (lex.ORDINAL_PREFIX,),
        rf"""
        (?<!\p{{Hangul}}){regex.escape(lex.ORDINAL_PREFIX)}[ ]?\d+(?:-\d+)?   # 제2026-11호, 제1차
        (?:[ ]?{_ORDINAL_JOIN}[ ]?\d{{1,3}}(?!\d))*[ ]?                   # 제1~3차, 제1·2차
        (?:{_alt(lex.ORDINAL_SUFFIXES)})?                                # (not 과제 30)
    """,
    ),
    (
        "issue",
        ("-",),
        rf"""
        (?<![\d.,-])\d{{2,4}}-\d{{1,4}}                                     # a number like a year-month
        (?:[ ]?{regex.escape(lex.ISSUE_SUFFIX)}                            #   2026-11호
          # 연구보고서 2026-03
          # (a sentence's full stop may follow: 연구보고서 2025-12.)
          |(?![\d-]|\.\d)(?<=(?<![\p{{L}}])(?:{_alt(lex.SERIAL_LABELS)})[ ]?\d{{4}}-\d{{1,4}})
        )
    """,
    ),
    (
        "zip",
        lex.ZIP_MARKS,
        rf"""
        (?:{_alt(lex.ZIP_MARKS)})[ ]?[:：]?[ ]?\d{{3}}-?\d{{2,3}}(?!\d)      # (우)30118, 우편번호 135-080
    """,
    ),
    (
        "doi",
        (),
        r"""
        (?<![\d.])10\.\d{4,9}/[^\s<>"'’”)\]]+                          # 10.1016/j.econ.2026.01.005
    """,
    ),
    (
        "issue",
        lex.ISSUE_MARKS,
        rf"""
        (?<![\p{{L}}])(?:{_alt(lex.ISSUE_MARKS)})\s?\d+(?:[-.]\d+)?    # No. 142, Vol. 3, 통권 123
    """,
    ),
    (
        "address",
        lex.ADDRESS_ROADS,
        rf"""
        # the building number of (every look back is bounded: linear on a very long line)
        (?<!\d)(?<=(?:{_alt(lex.ADDRESS_ROADS)})\s?)                    #   (a road ending first)
        (?<=(?:\p{{Hangul}}{{1,12}}(?:{_alt(lex.ADDRESS_REGIONS)})\s{{1,3}}){{1,4}}  #   서울시 강남구
            [\p{{Hangul}}\d]{{0,16}}?(?:{_alt(lex.ADDRESS_ROADS)})\s?)     #   테헤란로 (도움6로)
        \d+(?:-\d+)?                                                     #   305 (11)
    """,
    ),
    (
        "address",
        lex.STREET_ENDINGS,
        rf"""
        (?<!\d)(?<=\p{{Hangul}}\d{{0,4}}(?:{_alt(lex.STREET_ENDINGS)})\s?)   # …길 12, no region needed
        \d+(?:-\d+)?
        (?![\d.,]|\s?(?:{_AFTER_NUMBER}))
    """,
    ),
    (
        "page",
        ("-", "–", "—"),
        r"""
        (?<=^[^\S\n]*)[-–—][^\S\n]?\d{1,4}[^\S\n]?[-–—](?=[^\S\n]*$)    # - 3 - on its own line
    """,
    ),
    (
        "page",
        ("/",),
        r"""
        (?<=^[^\S\n]*)\d{1,4}[^\S\n]?/[^\S\n]?\d{1,4}(?=[^\S\n]*$)    # 3 / 12 on its own line
    """,
    ),
    (
        "page",
        ("(", *lex.ISSUE_MARKS),
        rf"""
        # the pages after a journal's volume(issue) or issue number: 112(6), 2010-2045;
        # 131(12): 2001–2040; No. 5, 2015-2050 (page ranges that look like periods of years)
        (?<=\d\s?\(\d{{1,4}}(?:[-–]\d{{1,4}})?\)\s?[,:]\s?
          |(?<![\p{{L}}])(?:{_alt(lex.ISSUE_MARKS)})\s?\d{{1,4}},\s?)
        \d{{1,5}}\s?(?:[-–]|{_TILDE})\s?\d{{1,5}}(?!\d|\s?(?:{_alt(lex.YEAR_MARKS)}))   #   (not 2010-2025년)
    """,
    ),
    (
        "page",
        lex.PAGE_LATIN,
        rf"""
        (?<![\p{{L}}])(?:{_alt(lex.PAGE_LATIN)})\s?\d+(?:\s?[-–]\s?\d+)?   # p. 3, pp. 3-5
    """,
    ),
    (
        "counted",
        tuple(lex.APOSTROPHES),
        rf"""
        # a quote mark before a length of years: ‘10년만에 최고 (not the year ’10)
        (?<![\d.,]){_APOS}\d{{2}}[ ]?(?:{_alt(lex.YEAR_MARKS)})[ ]?(?:{_alt(lex.QUOTED_DURATION_FOLLOWERS)})
    """,
    ),
    ("footnote", (), r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{?\d+\}?|\[\d{1,3}\]"),  # ¹, ^{2}, [3]
    (
        "dotted",
        tuple(lex.MIDDLE_DOTS),
        rf"""
        (?<![\d.,])\d{{1,3}}[{regex.escape(lex.MIDDLE_DOTS)}]\d{{1,2}}   # 89·6% (89.6%): never 6%
        (?=\s?(?:{_alt(lex.PERCENT_SIGNS)}))
    """,
    ),
    (
        "counted",
        (),
        rf"""                                                  # a number and what it counts
        {_FREE}(?!{PAREN_MONTH_DAY.format(m="pm", d="pd")})             # (not 방안(6.27일))
        (?P<int>\d{{1,3}}(?:,\d{{3}})+|\d+)(?P<frac>\.\d+)?
        (?=[ ]{{0,2}}{_COUNTED_NEXT})                                  # (cheap test first)
        (?:
            [ ]?(?:{_ABOUT})?[ ]?(?:{_alt(lex.ALWAYS_DURATIONS)})          # 17개월, 24시간
            (?:[ ]?(?:{_FOLLOWERS}))?                                     #   (연속)
          | (?(frac)[ ]?(?:{_CALENDAR_UNITS})|(?!))                       # 7.5일, 1.2년
          | (?(frac)(?!)|(?<=(?<![\d,]|{regex.escape(lex.MONTH_MARK)}[ ]?)\d{{1,3}}))   # 3년 만에, 10년간
            [ ]?(?:{_ABOUT})?[ ]?(?:{_UNITS})[ ]?(?:{_FOLLOWERS})          #   (not 12월 17일 전)
          | (?:{_alt(lex.COUNT_MULTIPLIERS)})?(?:{_ABOUT})?                # 1,800여명, 7.1만기
            (?:[ ]?(?:{_SPACED_COUNTERS})|{_COUNTERS})                   #   (1,500여 개)
          # 3분기 연속
          | (?(frac)(?!)|[ ]?(?:{_alt(lex.PERIOD_COUNT_UNITS)})[ ]?(?:{_alt(lex.PERIOD_COUNT_FOLLOWERS)}))
          | (?(frac)(?!)|(?:{_guarded(lex.RANK_SUFFIXES, lex.COUNTER_NOT_BEFORE)}))  # 1위 (not 1위안), 6번째
          | (?(frac)(?!)|(?:-\d+)?[ ]?(?:{_alt(lex.ADDRESS_UNITS)}))       # 123번지, 7층
          | (?(frac)(?!)|[ ]?(?:{_alt(lex.PAGE_MARKS)})(?!\p{{Hangul}}))   # 3쪽
        )
    """,
    ),
)
"""(kind, literals, pattern): each is compiled and run on its own, because an
alternation of them stops the engine from skipping ahead to the characters a
span can start with, which made it crawl over Korean text.  A pattern matches
only in a text that holds one of its literals (in the span or what its look
back reads; none: no such literal): a substring test, far cheaper than a scan
of the pattern, skips it in the others."""

_PATTERNS: tuple[tuple[tuple[str, ...], regex.Pattern[str]], ...] = tuple(
    (literals, regex.compile(pattern, regex.VERBOSE | regex.MULTILINE)) for _, literals, pattern in _BRANCHES
)


def find_not_fact_spans(text: str, *, viewed: bool = False) -> list[Span]:
    """Spans of ``text`` whose numbers must never become facts, in order.

    ``viewed``: the caller found ``text`` to be its own view (``extractors.views``).

    >>> text = "문의 02-6009-3593, 3년 만에, 1,800여명, 1위 6,402('25)"
    >>> [text[s:e] for s, e in find_not_fact_spans(text)]
    ['02-6009-3593', '3년 만에', '1,800여명', '1위']
    >>> find_not_fact_spans("2025년 수출액은 2642억9천만 달러로 12.4% 늘었다")
    []
    """
    view = None if viewed else to_view(text)  # fullwidth digits and invisible characters read as they render
    if view is not None and not view.identical:
        return [
            view.span_to_original(start, end) for start, end in find_not_fact_spans(view.text, viewed=True)
        ]
    offsets = [(m.start(), m.end()) for m in offset_spans(text)]  # 3일 전 is a date, not a duration
    starts = [start for start, _ in offsets]

    def in_offset(start: int, end: int) -> bool:
        index = bisect.bisect_right(starts, start) - 1
        return index >= 0 and end <= offsets[index][1]

    spans = sorted(
        (match.start(), -match.end())
        for literals, pattern in _PATTERNS
        if not literals or any(literal in text for literal in literals)
        for match in pattern.finditer(text)
        if not offsets or not in_offset(match.start(), match.end())
    )
    kept: list[Span] = []
    for start, negative_end in spans:
        end = -negative_end
        if kept and start < kept[-1][1]:  # inside or across a span already kept (11호 in 제2026-11호)
            kept[-1] = (kept[-1][0], max(end, kept[-1][1]))
            continue
        kept.append((start, end))
    return kept
