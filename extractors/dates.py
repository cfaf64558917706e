"""Korean dates: the document's own date and every date written in its text.

Two pure functions:

* :func:`find_reference_date` — the publication date printed in the text
  (보도시점, 배포, 발행일 labels, or a full date alone on a line near the top);
* :func:`find_date_mentions` — every date as an ISO 8601 value at the
  granularity written: ``2025``, ``2025-12``, ``2025-12-17``,
  ``2026-05-28T10:00``, ``2026-Q1``, ``2026-H1``, intervals ``2026/2030``,
  open intervals ``../2030`` and ``2025-08/..``.

Rules (general, not per publication):

* A two-digit year needs an apostrophe ('24, ’24), a quarter/half mark
  (3Q25, 1H25, Q4'26), or 년 followed by a month, half or quarter (26년 3월,
  25년 상반기; 26년 alone may be a length), or to stand alone in parentheses right
  before a month and 월 ((25.6월), (25.7월p); 25.6 elsewhere is a decimal); it is
  20YY below 70, else 19YY.
* A four-digit year needs a date mark: 년/년도/회계연도, a month (2026.3,
  2025-04, Nov. 2026), a quarter or half, a range, a forecast mark (2026E),
  or a citation's parentheses ((OECD, 2025), (2023)).  A bare integer is
  never a year (2030 탄소중립, 20261123).
* ``~`` makes an interval; ``까지`` does not: '30년까지 is ``2030``, ~'30 is
  ``../2030``.  Two dates joined by ``~`` ('26년 상반기~'27년 하반기), or by
  부터/에서 with 까지/사이 after the second (2024년부터 2026년까지), are one
  period; 에서 … 으로 is a change (2024년에서 2026년으로 연기), two dates.
  A day range after a full date is one period (2026년 11월 1일~20일).
* A date without a year (5. 28.(목), (11.14), 3월, 1~4월) takes the year of
  ``reference``, shifted by a relative word before it (지난해 12월 is the
  previous year); with no reference it is left out.  Without such a word,
  a month later than the reference month is left out (12월 in a January
  release may be either December); 지난/오는 pick the latest past or next
  coming such month; a written weekday picks the year nearest the reference
  in which the day has that weekday (6. 3.(화)).  A month word fixes a day's
  month (이달 20일, 지난달 15일, 이달 1~10일); 지난/오는 pick the latest past or
  next coming such day (지난 15일).  A year-less quarter or half (2분기, 3Q,
  1~3분기, 하반기) is the reference year's unless later than the reference's
  own quarter or half.  A day alone is the reference month's only where it
  names a point in time (15일에, 15일부터, 15일 오전) and is not later than the
  reference day; 1일 평균, 20일 기준 are no dates.  Days of a month in
  parentheses take the month before them (2011년 3월(3.1~20)).  A month and day
  alone in parentheses right after a word (방안｣(6.27일), 시행(7.1일)) is a date of
  the reference year, unless the word names a length (처리기간(3.5일)).
* A series (’19.5)△9.8 → (11)△14.5 → (12)△5.3 → (‘20.1)△6.6 → (2)+3.6 names
  months or quarters of its running year: (11) is 2019-11, (2) 2020-02.
* Slashed dates read their order from the values: 02/22/2016 is month first,
  21/04/2016 day first, 89/05/05 year first; 04/05/2016 is left out.
* Relative dates without a number (오늘, 다음 주 일요일, 3일 전, 올해, 지난해 같은
  기간) are :mod:`extractors.relative_dates`'; 다음 달 alone is context.
* Spans that :func:`extractors.exclusions.find_not_fact_spans` marks (phone
  and issue numbers, durations, counts, ranks) never yield dates.
"""

from __future__ import annotations

import bisect
import datetime
import heapq
import itertools
import re
import string
from collections.abc import Callable, Iterator, Sequence

import regex

from extractors._typing import Span
from extractors.exclusions import PAREN_MONTH_DAY, find_not_fact_spans
from extractors.lexicon import dates as lex
from extractors.mentions import Mention
from extractors.relative_dates import find_relative_mentions
from extractors.views import mentions_to_original, spans_to_view, to_view

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
_YEAR_MARK = f"(?:{_alt(lex.YEAR_MARKS + lex.FISCAL_YEAR_WORDS)})"
_MONTH_MARK = regex.escape(lex.MONTH_MARK)
_DAY_MARK = regex.escape(lex.DAY_MARK)
_QUARTER = regex.escape(lex.QUARTER_MARK)
_OF_FOUR = rf"(?:{_chars(lex.QUARTER_OF_FOUR_MARKS)}\s?4\s?)"  # 3/4분기, 3·4분기, 1.4분기
_HALF = f"(?:{_alt(tuple(lex.HALVES))})"
_HALF_WORDS_ALONE = tuple(w for w in lex.HALVES if len(w) > 1 and w not in lex.HALVES_NOT_ALONE)
_REL = f"(?:{_alt(tuple(lex.RELATIVE_YEARS))})"
_BULLET = f"(?:{_alt(lex.ITEM_BULLETS)})"  # 작년 △1월: a list item's bullet, not a sign
_REL_MONTH = f"(?:{_alt(tuple(lex.RELATIVE_MONTHS))})"
# 지난 12월, 오는 3월: a month marked as past or coming (the word, then a space)
_MONTH_SIDE = f"(?:{_alt(lex.PAST_MONTH_MARKS + lex.COMING_MONTH_MARKS)})"
_END_WORD = f"(?:{_alt(lex.RANGE_END_WORDS)})"
_ENTERING = f"(?:{_alt(lex.ENTERING_MARKS)})"  # 이달 들어 (20일까지): the month so far
_EN_MONTH = rf"(?<![A-Za-z])(?P<emon>{_alt(tuple(lex.ENGLISH_MONTHS))})(?![a-z])\.?"
_EN_YEAR = r"(?P<ey>(?:19|20)\d{2})(?!\d)"
_WEEKDAY = rf"(?:\s?\({_chars(lex.WEEKDAYS)}\))"
# the weekday of a year-less date, kept: it tells the year (6. 3.(화) → 2025 near 2026)
_WD = rf"(?:\s?\((?P<wd>{_chars(lex.WEEKDAYS)})\))"
_HOUR, _MINUTE = (regex.escape(m) for m in lex.TIME_MARKS)
_AMPM = f"(?:{regex.escape(lex.MORNING)}|{regex.escape(lex.AFTERNOON)})"
# a figure's unit glued to the number: 2026.3억, '24개 are not dates
_NO_UNIT = f"(?!{_alt(lex.NUMBER_UNITS + lex.COUNTERS + lex.ALWAYS_DURATIONS)})"

# A four-digit year 1900-2099, not inside a longer number or a word (제2026-11호); a comma
# before it separates it unless a digit comes first (호,2015.7.6. but not 1,2025억).
# A news byline flattened into its text glues a time's seconds to the year after it
# (09:52:282017년 12월): after hh:mm:ss a year may start right away.
_AFTER_SECONDS = r"(?<=\d:[0-5]\d:[0-5]\d)"
_GLUED_YEAR_NEXT = r"(?<=:\d\d:\d\d)(?=(?:19|20)\d\d(?!\d))"  # the seconds end before it
_Y4 = rf"(?:(?<![\p{{L}}\d.])|{_AFTER_SECONDS})(?<!\d,)(?:19|20)\d{{2}}(?!\d)"
# A two-digit year behind an apostrophe that is not a closing quote.
_Y2 = rf"(?<![\p{{L}}\d]){_APOS}\d{{2}}(?!\d)"
# A two-digit year with no apostrophe: only right before 년 (26년 3월); the
# branches that use it demand a month, half or quarter after the mark.
# 최근 10년 1월 평균 is a January average over ten years, not January 2010.
_Y2_BARE = (
    rf"(?<![\p{{L}}\d.,:/~\-]|{_APOS})(?<!(?:{_alt(lex.DURATION_OPENERS)})\s?)"
    rf"\d{{2}}(?={regex.escape(lex.SHORT_YEAR_MARK)})"
)
# A four-digit year of a full dotted or dashed date may follow a label without a space
# (등록일2020.10.20.); a Latin letter or a digit before it still makes it no year.
_Y4_GLUED = r"(?<![A-Za-z\d.])(?<!\d,)(?:19|20)\d{2}(?!\d)"


def _y(name: str, four_only: bool = False) -> str:
    return f"(?P<{name}>{_Y4})" if four_only else f"(?P<{name}>{_Y4}|{_Y2})"


def _m(name: str) -> str:
    return rf"(?P<{name}>1[0-2]|0?[1-9])(?!\d)"


# After (4.3): an article, paragraph or item of a law (개정(4.3)조, (2.1)항에), not 조치/항공
_ARTICLE_AFTER = rf"(?:{'|'.join(lex.ARTICLE_MARKS)})(?:{'|'.join(lex.ARTICLE_PARTICLES)})?(?!\p{{Hangul}})"


def _d(name: str) -> str:
    return rf"(?P<{name}>3[01]|[12]\d|0?[1-9])(?!\d)"


# a time joins its date only within one line and one table cell (no tab, no line break)
_TIME = rf"""
    (?:(?:[^\S\t\n]?|T)(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?  # 10:00(:32)
        (?:(?!\d)|{_GLUED_YEAR_NEXT})                                  #   (a year glued after)
      |[^\S\t\n]?(?P<ampm>{_AMPM})?\s?(?P<hh>[01]?\d|2[0-3])\s?{_HOUR}   # (오후) 2시
          (?!{_alt(lex.HOUR_NOT_BEFORE)})                               #   (not 10시간)
          (?:\s?(?P<mi>[0-5]?\d)\s?{_MINUTE})?                          # 30분
    )?
"""

# the end of a period of days after a full date or a month and day (no time before it):
# 2026년 11월 1일~20일, 2026.11.1~11.20, 11월 1일~12월 15일
_DAYS_END = rf"""
    (?(hh)|(?:(?:\s?{_TILDE}\s?|(?P<dj>{_alt(lex.RANGE_WORDS)})\s?)   # ~, or 부터 … 까지
      # 2026.11.20
      (?:(?P<ty>{_Y4}|{_Y2})\s?(?:\.|{_YEAR_MARK})\s?{_m("tm")}\s?(?:\.|{_MONTH_MARK})\s?{_d("td")}
        # 11.20, 12월 15일
        |{_m("tm")}\s?(?:\.|{_MONTH_MARK})\s?{_d("td")}
        |{_d("td")}(?!\s?{_MONTH_MARK})                      # 20(일), not 12월
        |(?P<topen>)(?(dj)(?!)|(?=\s?(?:[)\],;]|$)|\s+(?![\d{lex.APOSTROPHES}]))))   # open end
      (?:\s?{_DAY_MARK}|\.(?!\d))?(?![\d.,:]){_NO_UNIT}{_WEEKDAY}?                           # not ~20%, ~20.5
      (?(dj)(?=\s?{_END_WORD}))                                   # 3일부터 20일(까지)
    )?)
"""

# month part after a year, shared by ranges: 년 12(월), .12(월)
_AFTER_YEAR = (
    # 년 12월, or 년 1 before ~ (2025년 1~4월); not 년 3 before 년간 ('26~'28년 3년간)
    rf"(?:\s?{_YEAR_MARK}\s?{{m}}(?:\s?{_MONTH_MARK}|(?=\s?{_TILDE}))"
    rf"|\.\s?{{m}}(?:\s?{_MONTH_MARK}|\.(?=\s?{_TILDE}))?"  # .12(월), . 6.~
    rf"|\s?{_YEAR_MARK})?"  # 년
)

_REFERENCE_REACH = 300  # how far back a reference's title is looked for on its line

_BRANCHES: tuple[tuple[str, str], ...] = (
    (
        "full",
        rf"""  # year, month and day
        (?:
        (?P<fy>{_Y4_GLUED}|{_Y2})\.\s?{_m("fm")}\.\s?{_d("fd")}\.?      #   2026. 5. 28.  '26.3.17
      | (?P<fy>{_Y4_GLUED})(?P<sep>[-/]){_m("fm")}(?P=sep){_d("fd")}   # 2026-05-28
        # 02/22/2016 (month first), 21/04/2016 (day first): the order from the values
      | (?<![\d./])(?P<sa>[0-3]?\d)/(?P<sb>[0-3]?\d)/(?P<fy4>(?:19|20)\d{{2}})(?![\d/])
      | (?<![\d./])(?P<fy2>[4-9]\d)/{_m("fm")}/{_d("fd")}(?![\d/])   # 89/05/05 (a year no day can be)
      | {_y("fy")}\s?{_YEAR_MARK}\s?{_m("fm")}\s?{_MONTH_MARK}\s?{_d("fd")}\s?{_DAY_MARK}  # 2025년 12월 17일
        # 2025년 3월 들어 20일까지: from the 1st of the month
      | {_y("fy")}\s?{_YEAR_MARK}\s?{_m("fm")}\s?{_MONTH_MARK}\s?{_ENTERING}\s?{_d("td")}\s?{_DAY_MARK}
        (?=\s?{_END_WORD})
        # 26.11.24.(화): a bare two-digit year only with a weekday, checked against the date
      | (?<![\p{{L}}\d.,:/~\-]|{_APOS})(?P<fy>\d{{2}})\.\s?{_m("fm")}\.\s?{_d("fd")}\.?
        (?=\s?\((?P<fwd>{_chars(lex.WEEKDAYS)})\))
        ){_WEEKDAY}?{_TIME}{_DAYS_END}
    """,
    ),
    (
        "rng",
        rf"""  # a period between two years
        {_y("ry1", True)}\s?{_DASH}\s?{_y("ry2", True)}(?:\s?{_YEAR_MARK})?   # 2014-2024
      | {_y("ry1")}{_AFTER_YEAR.format(m=_m("rm1"))}     #   '25.8, 2025년 1, '14년
        \s?{_TILDE}\s?                                   #   ~
        (?:{_y("ry2")}{_AFTER_YEAR.format(m=_m("rm2"))}  #   '30, '26.2, 2030년
          |{_m("rm2")}\s?{_MONTH_MARK}                   #   4월 (the start's year)
          |(?P<ry2s>\d{{2}})(?!\d)\s?{_YEAR_MARK}          #   27년 (the start's century)
          |(?<=[.]\s?\d{{1,2}}\.?\s?{_TILDE}\s?){_m("rm2")}(?!\d|[.,]\d){_NO_UNIT}   # 2026.1~10 (months)
          |(?<=[.]\s?\d{{1,2}}\s?{_TILDE}\s?){_m("rm2")}\.{_d("rd2")}(?![\d.,])   # 2010.1~3.29 (to a day)
          |(?=\s?[)\],;]|\s|$)                           #   nothing: open end
        )
    """,
    ),
    (
        "open",
        rf"""  # a period open at its start
        (?<![\p{{L}}\d)]){_TILDE}\s?{_y("oy")}{_AFTER_YEAR.format(m=_m("om"))}   # ~'30, ~2030년
    """,
    ),
    (
        "part",
        rf"""  # a quarter or a half
        (?:{_y("py")}(?:\s?{_YEAR_MARK})?|(?P<py>{_Y2_BARE}){_YEAR_MARK})\s?   # 2026년, 26년
        (?P<pq>[1-4])\s?(?:{_OF_FOUR}{_QUARTER}\s?)?{_TILDE}\s?  #   1~, 1/4분기~
        (?P<pq2>[1-4])\s?{_OF_FOUR}?{_QUARTER}  #   3분기, 3/4분기
      | (?P<py>{_Y2_BARE}){_YEAR_MARK}\s?                                        # 26년
        (?:(?P<ph>{_HALF})|(?P<pq>[1-4])\s?{_OF_FOUR}?{_QUARTER})  #   상반기, 1분기
      | (?<![\p{{L}}\d])(?P<pk>[QH])(?P<pq>[1-4])\s?{_APOS}(?P<py2>\d{{2}})(?!\d)  # Q4'26
      | (?P<prel>{_REL})\s?(?P<pq>[1-4])\s?{_TILDE}\s?(?P<pq2>[1-4])\s?{_QUARTER}   # 올해 1~3분기
      | {_y("py")}(?:\s?{_YEAR_MARK})?\s?\.?\s?
        (?:(?P<ph>{_HALF})|(?P<pq>[1-4])\s?{_OF_FOUR}?{_QUARTER})  # 2026년 상반기, '26.上, '26.1분기
      | (?<![\p{{L}}\d])(?P<pq>[1-4])(?P<pk>[QH])\s?{_APOS}?(?P<py2>(?:19|20)?\d{{2}})(?!\d)  # 3Q25, 1H 2025
      | (?<![\p{{L}}\d])(?P<pk>[QH])(?P<pq>[1-4])\s?(?P<py2>(?:19|20)\d{{2}})(?!\d)  # Q3 2025
      # 2025 3Q, 2025Q3, 2025년 3Q
      | {_y("py")}(?:\s?{_YEAR_MARK})?\s?\.?\s?(?:(?P<pq>[1-4])(?P<pk>[QH])|(?P<pk>[QH])(?P<pq>[1-4]))
        (?![\p{{L}}\d])
      | (?P<prel>{_REL})\s?(?:(?P<ph>{_HALF})|(?P<pq>[1-4])\s?{_OF_FOUR}?{_QUARTER})  # 올해 1분기
    """,
    ),
    (
        "yq",
        rf"""  # a quarter or half without a year, year from the reference: 2분기, 1/4분기, 3Q, 1~3분기
        (?<![\p{{L}}\d.~/]|{_APOS})(?P<uq>[1-4])\s?{_OF_FOUR}?
        (?:{_TILDE}\s?(?P<uq2>[1-4])\s?{_OF_FOUR}?)?{_QUARTER}  #   2분기, 1~3분기
      | (?<![\p{{L}}\d.~/]|{_APOS})(?P<uq>[1-4])Q(?![\p{{L}}\d])          #   3Q
      | (?<![\p{{L}}\d.~/]|{_APOS})Q(?P<uq>[1-4])(?![\p{{L}}\d])          #   Q3
      | (?<!\p{{L}})(?P<uh>{_alt(_HALF_WORDS_ALONE)})  # 하반기
    """,
    ),
    (
        "ym",
        rf"""  # year and month
        {_y("my")}\s?{_YEAR_MARK}\s?(?:{_BULLET}\s?)?{_m("mm")}\s?{_MONTH_MARK}    # 2025년 12월, 2025년 △1월
      | (?P<my>{_Y2_BARE}){_YEAR_MARK}\s?{_m("mm")}\s?{_MONTH_MARK}  # 26년 3월
      | {_y("my")}\.\s?{_m("mm")}\s?{_MONTH_MARK}        #   '25.11월
      | {_y("my", True)}[-./]\s?{_m("mm")}(?!\.?\d){_NO_UNIT}   # 2026.3, 2025-04, 2025. 12.
      | {_y("my")}\.{_m("mm")}(?![.,]?\d){_NO_UNIT}      #   '24.11
        # (25.6월): a bare two-digit year only alone in parentheses, 월 right after the month
      | (?<=\(\s?)(?<![\d.])(?P<my>\d{{2}})\.{_m("mm")}{_MONTH_MARK}
        (?=(?:{_alt(lex.PRELIMINARY_MARKS)})?\s?\))
    """,
    ),
    (
        "year",
        rf"""  # a year alone
        {_y("yy")}\s?{_YEAR_MARK}(?!{regex.escape(lex.DECADE_MARK)})   # 2025년, '24년 (not 2020년대)
      | (?P<yy>{_Y2})(?!\.?\d|\s?{_YEAR_MARK}|{_MONTH_MARK}){_NO_UNIT}   # '24, ’26. (with the apostrophe)
        # ('11월 1~20일 현황': an opening quote before a month, not the year 2011)
      | (?<![\p{{L}}])(?:{_alt(lex.FISCAL_YEAR_MARKS)})\s?{_APOS}?   # FY2025, FY'25
        (?P<yy>(?:19|20)?\d{{2}})(?!\d)
      | (?<=\(\s?){_y("yy", True)}[a-z]?(?=\s?\))        #   (2023)
      | (?<=[,，]\s?){_y("yy", True)}[a-z]?(?=\s?[)\]]|\s?:\s?\d)   #   (OECD, 2025a), (김철수, 2024: 15)
      | (?<=\(\s?|[,，]\s){_y("yy", True)}[a-z]?(?=,\s?(?:{_alt(lex.PAGE_MARKS_LATIN)})\s?\d)  # (2024, p. 12)
      # 『산업정책론』, 박영사, 2023.  (a reference's year at the end of its line)
      # (the end of the line first: the look back, bounded, runs once per line)
      | (?<=[,，]\s?){_y("yy", True)}[a-z]?(?=\.?[^\S\n]*(?:\n|$))
        (?<={_chars(lex.TITLE_CLOSERS)}[^\n]{{0,{_REFERENCE_REACH}}}[,，]\s?\d{{4}}[a-z]?)
      | {_y("yy", True)}(?=[{lex.FORECAST_MARKS}](?![\p{{L}}\d]))   #   2026E, 2027F (securities tables)
      | (?<=[A-Za-z]\.\s){_y("yy", True)}[a-z]?(?=\.\s)   #   World Bank. 2020. Title (author-date)
    """,
    ),
    (
        "md",
        rf"""  # month and day, year from the reference
        (?:(?P<drel>{_REL})\s?|(?P<dside>{_MONTH_SIDE})\s)?(?<![\d.])  # (지난해, 지난)
        {_m("dm")}\s?{_MONTH_MARK}\s?{_d("dd")}\s?                       #   11월 1
        (?:{_DAY_MARK}{_WD}?{_TIME}{_DAYS_END}                            #   일(~20일)
          |{_TILDE}\s?{_d("td")}\s?{_DAY_MARK})                           #   ~20일
      | (?P<rmo>{_REL_MONTH})\s?(?<![\d.]){_d("dd")}\s?                   # 이달 20일, 이달 1~10일
        (?:{_TILDE}\s?{_d("rtd")}\s?)?{_DAY_MARK}{_WEEKDAY}?{_TIME}
      | (?:(?P<rmo>{_REL_MONTH})                                             # 이달 들어, (지난) 3월 들어
          |(?:(?P<drel>{_REL})\s?|(?P<dside>{_MONTH_SIDE})\s)?(?<![\d.]){_m("dm")}\s?{_MONTH_MARK})\s?{_ENTERING}\s?
        (?<![\d.]){_d("rtd")}\s?{_DAY_MARK}(?=\s?{_END_WORD})             #   20일까지: from the 1st
      | (?<![\d.~]){_m("dm")}\.\s?{_d("dd")}\.?{_WD}{_TIME}{_DAYS_END}   # 5. 28.(목)(~29.(금))
      | (?<![\d./]){_m("dm")}/{_d("dd")}{_WD}{_TIME}                 # 12/3(목): only with a weekday
      | (?<=\p{{Hangul}}\(\s?)(?!0\d\.\d(?!\d)){_m("dm")}\.{_d("dd")}\.?   # 관세합의(11.14), not 전망 (2.4)
        (?=\s?\)(?!{_ARTICLE_AFTER}))                                #   nor 개정(4.3)조, (02.3)
      | {PAREN_MONTH_DAY.format(m="dm", d="dd")}                  # 방안｣(6.27일), not 기간(3.5일)
    """,
    ),
    (
        "pdr",
        rf"""  # (3.1~20), 2011년 3월(3.1~20): days of a month, its year from the month before
        (?<=(?:(?P<pry>{_Y4}|{_Y2})\s?{_YEAR_MARK}\s?(?P<prm>1[0-2]|0?[1-9])\s?{_MONTH_MARK}\s?)?\(\s?)
        (?<![\d.])(?P<pm>1[0-2]|0?[1-9])\.\s?(?P<pd>3[01]|[12]\d|0?[1-9])\s?{_DAY_MARK}?\s?{_TILDE}\s?
        (?:(?P<pm2>1[0-2]|0?[1-9])\.\s?)?(?P<pd2>3[01]|[12]\d|0?[1-9])\s?{_DAY_MARK}?(?=\s?\))
      # 11.1~20일 alone: the day mark closes it (not 기간 1.5~3일, nor 1.5~3일간)
      | (?<![\p{{L}}\d.,~:/\-]|{_APOS})(?<!(?:{_alt(lex.DURATION_NOUNS)})\s?)
        (?P<pm>1[0-2]|0?[1-9])\.(?P<pd>3[01]|[12]\d|0?[1-9])\s?{_TILDE}\s?
        (?P<pd2>3[01]|[12]\d|0?[1-9])\s?{_DAY_MARK}(?!{_alt(lex.DAY_NOT_BEFORE)})
    """,
    ),
    (
        "rday",
        rf"""  # 지난 15일 (the latest 15th before the reference), 오는 3일 (the next 3rd)
        (?P<rdside>{_MONTH_SIDE})\s(?<![\d.])(?P<rdd>3[01]|[12]\d|0?[1-9])(?!\d)\s?{_DAY_MARK}
        (?!{_alt(lex.DAY_NOT_BEFORE)})
    """,
    ),
    (
        "bdr",
        rf"""  # 1~20일, 1일~10일 alone: the first days of the reference month (ten-day trade counts)
        (?<![\p{{L}}\d.~,:/\-]|{_APOS})(?<!(?:{_alt(lex.BARE_DAY_NOT_AFTER_WORDS + lex.DURATION_NOUNS)})\s?)
        1\s?{_DAY_MARK}?\s?{_TILDE}\s?(?P<bde>{_alt(lex.FIRST_DAYS_ENDS)})\s?{_DAY_MARK}
        (?!\s?(?:{_alt(lex.DAY_NOT_BEFORE + lex.DAYS_LENGTH_AFTER)}))
    """,
    ),
    (
        "bday",
        rf"""  # 15일에, 15일부터, 15일 오전: a day of the reference month
        (?<![\p{{L}}\d.~,:/\-]|{_APOS})(?<!(?:{_alt(lex.BARE_DAY_NOT_AFTER_WORDS)})\s?)  # (not 전월 20일)
        (?P<bdd>3[01]|[12]\d|0?[1-9])(?!\d)\s?{_DAY_MARK}
        (?={_alt(lex.POINT_IN_TIME_AFTER)})
        (?!{regex.escape(lex.AT_PARTICLE)}\s?(?:{_alt(lex.BARE_DAY_NOT_AFTER)}))   # (not 30일에 걸쳐)
    """,
    ),
    (
        "mrng",
        rf"""  # months, year from the reference: 1~4월, 6월부터 10월까지
        (?:(?P<qrel>{_REL})\s?|(?P<qside>{_MONTH_SIDE})\s)?(?<![\d.])(?<!{_APOS}\d?)(?<!\d\s?{_YEAR_MARK}\s?)
        {_m("qm1")}\s?
        (?:{_MONTH_MARK}?\s?{_TILDE}\s?{_m("qm2")}\s?{_MONTH_MARK}        #   1~4월
          # 6월부터 10월까지
          |{_MONTH_MARK}\s?(?:{_alt(lex.RANGE_WORDS)})\s?{_m("qm2")}\s?{_MONTH_MARK}(?=\s?{_END_WORD})
        )
    """,
    ),
    (
        "mon",
        rf"""  # a month, year from the reference
        # 3월, 지난 12월
        (?:(?P<nrel>{_REL})\s?(?:{_BULLET}\s?)?|(?P<nside>{_MONTH_SIDE})\s)?(?<![\d.~])(?<!{_APOS}\d)
        # a month coordinated with a year takes it: 2023년 연간 및 12월
        (?<=(?P<cy>{_Y4}|{_Y2})\s?{_YEAR_MARK}\s?(?:{_alt(lex.WHOLE_YEAR_WORDS)})?\s?(?:{_alt(lex.COORDINATORS)})\s?
          |(?<!\d\s?{_YEAR_MARK}\s?))           # (최근 10년 1월 평균: every year's January)
        {_m("nm")}\s?{_MONTH_MARK}
    """,
    ),
    (
        "en",
        rf"""  # English: 23 November 2026, November 23, 2026, Nov. 2026
        (?<![\d.]){_d("ed")}\s{_EN_MONTH},?\s?{_EN_YEAR}
      | {_EN_MONTH}\s?{_d("ed")}(?:{_alt(lex.ENGLISH_ORDINALS)})?,?\s?{_EN_YEAR}
      | {_EN_MONTH},?\s?{_EN_YEAR}
    """,
    ),
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
    (?:(?<!\d)|{_AFTER_SECONDS})(?:19|20)\d\d(?!\d)                  # 2025, 09:52:282025
  | (?<!\d)\d{{1,2}}                                                  # a short number before
    # 3월, (이달) 20일, 1~4월, 3Q, 3/4분기
    (?=\s?(?:{_MONTH_MARK}|{_DAY_MARK}|{_TILDE}\s?\d|[QH]|{_OF_FOUR}{_QUARTER}|/\s?4|{_QUARTER})
      |\.\s?\d{{1,2}}\.?(?:\s?\({_chars(lex.WEEKDAYS)}|\))                 #   5. 28.(목), (11.14)
      |\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?\s?\({_chars(lex.WEEKDAYS)}            #   26.11.24.(화)
      |/\d{{1,2}}\s?\({_chars(lex.WEEKDAYS)}                                 #   12/3(목)
      |/\d{{1,2}}/\d{{2,4}}                                                  #   02/22/2016
      |\.\s?\d{{1,2}}\s?{_DAY_MARK}?\s?{_TILDE}                                #   (3.1~20)
      |\.\d{{1,2}}(?:{_MONTH_MARK}|\s?{_DAY_MARK}\s?\))                           #   (25.6월), (6.27일)
      # 26년 3월, 26년 상반기
      |{regex.escape(lex.SHORT_YEAR_MARK)}\s?(?:\d{{1,2}}\s?(?:{_MONTH_MARK}|{_QUARTER}|/)|{_HALF})
      |\s(?:{_alt(tuple(lex.ENGLISH_MONTHS))}))                          #   23 November
  | {_APOS}(?=\d\d)                                                # '24
  | {_TILDE}(?=\s?(?:{_APOS}|\d))                                  # ~'30
  | [{regex.escape(lex.QUARTER_LATIN + lex.HALF_LATIN)}](?=[1-4])   # Q3 2025
  | (?:{_alt(lex.FISCAL_YEAR_MARKS)})(?=\s?{_APOS}?\d)               # FY2025
    """,
    regex.VERBOSE,
)
# A word that opens a date sits right before the number (or half) the scan
# above finds; it is looked for there, in a short window, rather than by a
# scan of its own: a scan for dozens of words runs slowly over Korean text.
_WORD_BEFORE = regex.compile(
    rf"""
    (?:{_REL}(?:\s?{_BULLET})?|{_REL_MONTH}(?:\s?{_ENTERING})?|{_MONTH_SIDE})\s?  # 작년 △1월, 이달 20일
  | (?<![A-Za-z])(?:{_alt(tuple(lex.ENGLISH_MONTHS))})\.?,?\s?          # Nov. 2026, November 23, 2026
    (?:\d{{1,2}}(?:{_alt(lex.ENGLISH_ORDINALS)})?,?\s?)?
    """,
    regex.VERBOSE,
)
_WORD_REACH = 16
_HALF_WORD = regex.compile(_HALF)  # 올해 상반기: a half after a year word


# What a date word's match may end with, before one space at most: a cheap test before the scan.
_WORD_LAST = frozenset(
    {
        word[-1]
        for word in (
            *lex.RELATIVE_YEARS,
            *lex.RELATIVE_MONTHS,
            *lex.PAST_MONTH_MARKS,
            *lex.COMING_MONTH_MARKS,
            *lex.ENTERING_MARKS,
            *lex.ITEM_BULLETS,
        )
    }
    | set(string.ascii_letters + string.digits + ".,")
)


def _word_start(text: str, position: int, floor: int) -> int | None:
    """Where a date word ending right at ``position`` starts, if one does."""
    before = text[position - 1 : position] if position else ""
    if before.isspace():
        before = text[position - 2 : position - 1] if position > 1 else ""
    if before not in _WORD_LAST:
        return None  # (an empty string is in no set: at the start of the text)
    for found in _WORD_BEFORE.finditer(text, max(floor, position - _WORD_REACH), position, overlapped=True):
        if found.end() == position:
            return int(found.start())
    return None


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
    seconds = match.group("ss")
    return f"T{hours:02d}:{int(match.group('mi') or 0):02d}" + (f":{seconds}" if seconds else "")


def _relative_year(word: str | None, reference: datetime.date | None) -> int | None:
    if reference is None:
        return None
    return reference.year + (lex.RELATIVE_YEARS[word] if word else 0)


def _implied_year(
    word: str | None, side: str | None, month: str, reference: datetime.date | None
) -> int | None:
    """The year of a month written without one, or None when it is unknown.

    A year word fixes it (지난해 12월); 지난/오는 pick the latest past or the
    next coming such month; a bare month is the reference year's only when it
    is not later than the reference month: 12월 in a January release may be
    last December or the next one, so it is left out rather than guessed.
    """
    if reference is None:
        return None
    if word is not None:
        return reference.year + lex.RELATIVE_YEARS[word]
    later = int(month) > reference.month
    if side in lex.PAST_MONTH_MARKS:
        return None if int(month) == reference.month else reference.year - later
    if side in lex.COMING_MONTH_MARKS:
        return reference.year + (int(month) < reference.month)
    return None if later else reference.year


def _weekday_year(weekday: str, month: str, day: str, reference: datetime.date | None) -> int | None:
    """The year nearest the reference (same, previous, next) in which the
    day falls on the written weekday, or None when none does."""
    if reference is None:
        return None
    wanted = lex.WEEKDAYS.index(weekday) % 7
    for year in (reference.year, reference.year - 1, reference.year + 1):
        if (
            _day(year, month, day) is not None
            and datetime.date(year, int(month), int(day)).weekday() == wanted
        ):
            return year
    return None


def _days_end(match: regex.Match[str], year: int, month: str, start: str) -> str | None:
    """``start/end`` when the match ends a period of days (~20일), else ``start``."""
    if match["topen"] is not None:  # 2026. 11. 24.~
        return f"{start}/.."
    if match["td"] is None:
        return start
    end_year = year if match["ty"] is None else _year(match["ty"])
    end = _day(end_year, match["tm"] or month, match["td"])
    return None if end is None or end <= start else f"{start}/{end}"


def _slashed(match: regex.Match[str]) -> str | None:
    """02/22/2016 is month first, 21/04/2016 day first; 04/05/2016 may be either: None."""
    first, second = int(match["sa"]), int(match["sb"])
    if first > 12 >= second:
        month, day = second, first
    elif second > 12 >= first or first == second:
        month, day = first, second
    else:
        return None
    return _day(int(match["fy4"]), str(month), str(day))


def _full(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    if match["fy4"] is not None:
        return _slashed(match)
    year = _year(match["fy"] if match["fy2"] is None else lex.APOSTROPHES[0] + match["fy2"])
    day = _day(year, match["fm"], match["fd"] or "1")  # 2025년 3월 들어 20일까지: from the 1st
    if day is not None and match["fwd"] is not None:  # 26.11.24.(화): the weekday must agree
        day = (
            day
            if _weekday_year(match["fwd"], match["fm"], match["fd"], datetime.date(year, 1, 1)) == year
            else None
        )
    return None if day is None else _days_end(match, year, match["fm"], day + _time(match))


def _range(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    start_year = _year(match["ry1"])
    start = _iso(start_year, match["rm1"])
    if match["ry2"] is not None:
        return f"{start}/{_iso(_year(match['ry2']), match['rm2'])}"
    if match["ry2s"] is not None:  # 2026~27년: the end year takes the start's century
        end_year = start_year // 100 * 100 + int(match["ry2s"])
        return f"{start_year:04d}/{end_year:04d}" if match["rm1"] is None and end_year > start_year else None
    if match["rd2"] is not None:  # 2010.1~3.29: from the first of the month to the day
        end = _day(start_year, match["rm2"], match["rd2"])
        first = _day(start_year, match["rm1"], "1") if match["rm1"] is not None else None
        return None if end is None or first is None or end <= first else f"{first}/{end}"
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
    if match["rmo"] is not None:  # 이달 20일: the month is the reference's, shifted
        if reference is None:
            return None
        months = reference.year * 12 + reference.month - 1 + lex.RELATIVE_MONTHS[match["rmo"]]
        day = _day(months // 12, str(months % 12 + 1), match["dd"] or "1")  # 이달 들어 20일까지: the 1st
        if day is not None and match["rtd"] is not None:  # 이달 1~10일
            end = _day(months // 12, str(months % 12 + 1), match["rtd"])
            return None if end is None or end <= day else f"{day}/{end}"
        return None if day is None else day + _time(match)
    if match["wd"] is not None and match["drel"] is None and match["dside"] is None:
        year = _weekday_year(match["wd"], match["dm"], match["dd"], reference)
    else:
        year = _implied_year(match["drel"], match["dside"], match["dm"], reference)
    if match["rtd"] is not None:  # 3월 들어 10일까지: from the 1st of the month
        first = None if year is None else _day(year, match["dm"], "1")
        last = None if year is None else _day(year, match["dm"], match["rtd"])
        return None if first is None or last is None or last <= first else f"{first}/{last}"
    day = None if year is None else _day(year, match["dm"], match["dd"])
    return None if year is None or day is None else _days_end(match, year, match["dm"], day + _time(match))


def _months(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    year = _implied_year(match["qrel"], match["qside"], match["qm1"], reference)
    if year is None or int(match["qm1"]) >= int(match["qm2"]):
        return None
    return f"{_iso(year, match['qm1'])}/{_iso(year, match['qm2'])}"


def _month(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    if match["cy"] is not None:  # 2023년 연간 및 12월
        return _iso(_year(match["cy"]), match["nm"])
    year = _implied_year(match["nrel"], match["nside"], match["nm"], reference)
    return None if year is None else _iso(year, match["nm"])


def _english(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    year, month = int(match["ey"]), str(lex.ENGLISH_MONTHS[match["emon"]])
    return _iso(year, month) if match["ed"] is None else _day(year, month, match["ed"])


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
    if g("pq2") is not None:  # 2026년 1~3분기
        return f"{year:04d}-Q{g('pq')}/{year:04d}-Q{g('pq2')}" if g("pq") < g("pq2") else None
    kind = g("pk") or lex.QUARTER_LATIN
    if kind == lex.HALF_LATIN and g("pq") not in ("1", "2"):
        return None
    return f"{year:04d}-{kind}{g('pq')}"


def _reference_quarter(reference: datetime.date) -> int:
    return (reference.month - 1) // 3 + 1


_ROW_REACH = 400  # how far a table row's cell separator is looked for around a cell


def _in_table_row(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a cell of a tab or pipe row (1분기⇥2분기⇥…⇥1분기)."""
    line_start = text.rfind("\n", max(0, start - _ROW_REACH), start) + 1
    line_end = text.find("\n", end, end + _ROW_REACH)
    line = text[max(line_start, start - _ROW_REACH) : line_end if line_end >= 0 else end + _ROW_REACH]
    return "\t" in line or "|" in line


def _yearless_part(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    """2분기, 3Q, 1~3분기, 하반기: of the reference year, unless later than the reference's
    own quarter or half (4분기 in a January release may be last year's): then left out.
    A cell of a table row takes its year from the table's headers (1분기 under 2022년),
    not from the reference: left out here."""
    if reference is None or _in_table_row(match.string, match.start(), match.end()):
        return None
    year = reference.year
    if match["uh"] is not None:
        half = lex.HALVES[match["uh"]]
        return None if half > (reference.month + 5) // 6 else f"{year:04d}-H{half}"
    first, last = int(match["uq"]), int(match["uq2"] or match["uq"])
    if last > _reference_quarter(reference) or first > last:
        return None
    return f"{year:04d}-Q{first}" if first == last else f"{year:04d}-Q{first}/{year:04d}-Q{last}"


def _paren_days(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    """(3.1~20): days of a month; the year of the month written before it (2011년 3월(3.1~20)),
    else the reference's (a month later than the reference month left out)."""
    month = match["pm"]
    if match["pry"] is not None:
        if int(match["prm"]) != int(month):
            return None
        year: int | None = _year(match["pry"])
    else:
        year = _implied_year(None, None, month, reference)
    if year is None:
        return None
    start = _day(year, month, match["pd"])
    end = _day(year, match["pm2"] or month, match["pd2"])
    return None if start is None or end is None or end <= start else f"{start}/{end}"


def _side_day(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    """지난 15일: the latest 15th before the reference date; 오는 3일: the next 3rd after it."""
    if reference is None:
        return None
    day = int(match["rdd"])
    months = reference.year * 12 + reference.month - 1
    if match["rdside"] in lex.PAST_MONTH_MARKS:
        months -= day >= reference.day
    else:
        months += day <= reference.day
    return _day(months // 12, str(months % 12 + 1), str(day))


def _first_days(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    """1~20일: the reference month's first days, unless they run past the reference day (they
    may then be last month's): left out."""
    if reference is None or int(match["bde"]) > reference.day:
        return None
    first = _iso(reference.year, str(reference.month), "1")
    return f"{first}/{_iso(reference.year, str(reference.month), match['bde'])}"


def _bare_day(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    """15일에: a day of the reference month, unless later than the reference day (it may
    then be last month's or a coming one): left out."""
    if reference is None or int(match["bdd"]) > reference.day:
        return None
    return _day(reference.year, str(reference.month), match["bdd"])


_VALUE_OF: dict[str, Callable[[regex.Match[str], datetime.date | None], str | None]] = {
    "full": _full,
    "rng": _range,
    "open": _open,
    "part": _part,
    "yq": _yearless_part,
    "pdr": _paren_days,
    "rday": _side_day,
    "bdr": _first_days,
    "bday": _bare_day,
    "ym": _year_month,
    "year": _year_alone,
    "md": _month_day,
    "mrng": _months,
    "mon": _month,
    "en": _english,
}
"""How each branch's match becomes an ISO value (None: its year is unknown)."""


_KIND_GROUPS = tuple((_DATE_PATTERN.groupindex[kind], kind) for kind in _KINDS)
_KIND_OF_GROUP = dict(_KIND_GROUPS)
"""Each branch's group number, to find the matched branch without name lookups."""


def _value(match: regex.Match[str], reference: datetime.date | None) -> str | None:
    """The ISO value of one match, or None when it needs an unknown year."""
    kind = _KIND_OF_GROUP.get(match.lastindex or 0)  # the branch's group usually closes last
    if kind is None:
        kind = next(kind for index, kind in _KIND_GROUPS if match.start(index) >= 0)
    return _VALUE_OF[kind](match, reference)


def _overlaps(starts: Sequence[int], reach: Sequence[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span, given the spans' sorted starts and,
    for each, the furthest end among it and the spans before it."""
    i = bisect.bisect_left(starts, end)  # spans[:i] start before ``end``
    return i > 0 and reach[i - 1] > start


# Between two dates that make one period: '26년 상반기~'27년 하반기, or
# 2024년부터 2026년 when 까지/사이 follows the second.
_JOIN_TILDE = regex.compile(rf"\s?{_TILDE}\s?")
_JOIN_WORD = regex.compile(rf"(?:{_alt(lex.RANGE_WORDS)})\s?")
_AFTER_END = regex.compile(rf"\s?{_END_WORD}")


def _join_periods(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join two neighbouring dates written as the ends of one period.

    >>> text = "2024년부터 2026년까지, '26년 상반기~'27년 하반기"
    >>> [(text[m.start:m.end], m.value) for m in _join_periods(text, find_date_mentions(text, None))]
    [('2024년부터 2026년', '2024/2026'), ("'26년 상반기~'27년 하반기", '2026-H1/2027-H2')]
    """
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if (
            last is not None
            and "/" not in last.value + mention.value
            and last.value[:4] <= mention.value[:4]
            and last.value != mention.value
            and (
                _JOIN_TILDE.fullmatch(text, last.end, mention.start) is not None
                or (
                    _JOIN_WORD.fullmatch(text, last.end, mention.start) is not None
                    and _AFTER_END.match(text, mention.end) is not None
                )
            )
        ):
            joined[-1] = Mention("date", last.start, mention.end, f"{last.value}/{mention.value}", None)
        else:
            joined.append(mention)
    return joined


# A table's header row of years: an optional row label, then bare years, each
# perhaps with a preliminary or forecast mark (구분  2022  2023  2024  2025p).
_HEADER_YEAR = rf"(?<![\p{{L}}\d.,]){_Y4}[{lex.HEADER_YEAR_MARKS}]?(?![\p{{L}}\d.,])"
_YEAR_ROW = regex.compile(
    rf"""
    ^[^\S\n]*(?:(?:{_alt(lex.HEADER_ROW_LABELS)})(?:[^\S\n]*[|\t][^\S\n]*|[^\S\n]{{2,}}))?   # (구분)
    {_HEADER_YEAR}(?:[^\S\n]*[|\t][^\S\n]*|[^\S\n]{{2,}}|\t)        # 2015, then a wide gap or a rule
    (?:{_HEADER_YEAR}(?:[^\S\n]*[|\t][^\S\n]*|[^\S\n]{{2,}}|\t))*
    {_HEADER_YEAR}[^\S\n|]*$                                         # 2025p
    """,
    regex.VERBOSE | regex.MULTILINE,
)
_ROW_YEAR = regex.compile(rf"(?<![\p{{L}}\d.,]){_Y4}")
# The lines a header row of years may start: a label or a year after spaces.  The standard
# library finds line starts by itself; the full pattern is then tried on those lines only.
_YEAR_ROW_START = re.compile(
    rf"^[^\S\n]*(?:{'|'.join(re.escape(label) for label in lex.HEADER_ROW_LABELS)}|(?:19|20)\d\d)",
    re.MULTILINE,
)


def _year_rows(text: str) -> Iterator[Mention]:
    """The years of a table's header rows: bare years that rise along a line.

    >>> [m.value for m in _year_rows("(단위: %)\\n구분   2015   2018   2025p\\n수출   48.2   45.1   34.1")]
    ['2015', '2018', '2025']
    >>> [m.value for m in _year_rows("2024   2023   2025")]  # not rising: figures, not years
    []
    """
    for start in _YEAR_ROW_START.finditer(text):
        row = _YEAR_ROW.match(text, start.start())
        if row is None:
            continue
        years = list(_ROW_YEAR.finditer(text, row.start(), row.end()))
        values = [int(y.group()) for y in years]
        if len(years) >= lex.HEADER_ROW_MIN_YEARS and all(
            0 < b - a <= lex.HEADER_ROW_MAX_STEP for a, b in itertools.pairwise(values)
        ):
            yield from (Mention("date", y.start(), y.end(), y.group(), None) for y in years)


def find_date_mentions(
    text: str,
    reference: datetime.date | None,
    *,
    not_facts: Sequence[Span] | None = None,
    viewed: bool = False,
) -> list[Mention]:
    """Every date written in ``text``, in order, as ``Mention(kind="date")``.

    ``reference`` supplies the year of dates written without one; when it is
    None those dates are left out.  ``not_facts`` are spans that yield no
    dates (default: :func:`extractors.exclusions.find_not_fact_spans`).  ``viewed``: the
    caller found ``text`` to be its own view (``extractors.views``).

    >>> [m.value for m in find_date_mentions("'24년 22.6%→'25년 23.6%", None)]
    ['2024', '2025']
    >>> [m.value for m in find_date_mentions("수소환원 제철 예타 통과('26~'30, 총 8,146억원)", None)]
    ['2026/2030']
    >>> [m.value for m in find_date_mentions("신규 지정('26.上), 개정(‘26.1분기), 확대(~’30)", None)]
    ['2026-H1', '2026-Q1', '../2030']
    >>> m = find_date_mentions("보도시점 2026. 5. 28.(목) 10:00", None)[0]
    >>> (m.value, m.start, m.end)
    ('2026-05-28T10:00', 5, 26)
    >>> [m.value for m in find_date_mentions("지난해 12월 수출, 1월 말", datetime.date(2026, 1, 14))]
    ['2025-12', '2026-01']
    >>> find_date_mentions("3월 말", datetime.date(2026, 1, 14))  # last March or the next: unknown
    []
    >>> [m.value for m in find_date_mentions("6. 3.(화), 오는 3월, 이달 20일", datetime.date(2026, 5, 28))]
    ['2025-06-03', '2027-03', '2026-05-20']
    >>> find_date_mentions("지난해 12월 수출, 3월 말", None)
    []
    >>> find_date_mentions("문의 02-6009-3593, 제2026-11호, 2,000개", None)
    []
    """
    view = None if viewed else to_view(text)  # fullwidth digits and invisible characters read as they render
    if view is not None and not view.identical:
        spans_in_view = None if not_facts is None else spans_to_view(view, list(not_facts))
        found = find_date_mentions(view.text, reference, not_facts=spans_in_view, viewed=True)
        return mentions_to_original(view, found)
    spans = sorted(find_not_fact_spans(text, viewed=True) if not_facts is None else not_facts)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    mentions: list[Mention] = []
    done = 0
    candidates = [found.start() for found in _CANDIDATE.finditer(text)]
    halves = [found.start() for found in _HALF_WORD.finditer(text)]
    if halves:  # few: one sort of the two lists costs less than merging them lazily
        candidates = sorted(candidates + halves)
    for candidate in candidates:
        if candidate < done:
            continue
        word = _word_start(text, candidate, done)
        match = None if word is None else _DATE_PATTERN.match(text, word)
        if match is None:
            match = _DATE_PATTERN.match(text, candidate)
        if match is None:
            continue
        start, end = match.span()
        done = end
        value = _value(match, reference)
        if value is None or _overlaps(starts, reach, start, end):
            continue
        mentions.append(Mention("date", start, end, value, None))
    taken = {m.start for m in mentions}  # 2026E in a row is read above already
    rows = [
        m for m in _year_rows(text) if m.start not in taken and not _overlaps(starts, reach, m.start, m.end)
    ]
    if rows:
        mentions = sorted(mentions + rows, key=lambda m: m.start)
    relative = [
        m
        for m in find_relative_mentions(text, reference, mentions)
        if not _overlaps(starts, reach, m.start, m.end)
    ]
    if relative:
        mentions = _merge_outside(mentions, relative)
    mentions = _series(text, _appositions(text, mentions, starts, reach))
    mentions = _listed_parts(text, mentions, starts, reach)
    mentions = _sentence_year_parts(text, mentions, reference, starts=starts, reach=reach)
    return _join_periods(text, mentions)


# A date with a year, then a parenthesis that spells out its months: 2023년 3분기(7~9월).
_APPOSITION_OPEN = regex.compile(r"\s?\(")
_APPOSITION_CLOSE = regex.compile(r"\s?\)")
_OUTER_YEAR = regex.compile(r"^(?P<y>\d{4})(?:-(?:Q[1-4]|H[12]|\d{2}))?$")


def _appositions(
    text: str, mentions: list[Mention], starts: Sequence[int], reach: Sequence[int]
) -> list[Mention]:
    """Dates without a year in a parenthesis right after a date of a year take that year.

    The parenthesis names the months of the date before it, whatever the
    publication's own year (a release of 2026 about 2023):

    >>> text = "2023년 3분기(7~9월) 수출"
    >>> [(text[m.start:m.end], m.value) for m in find_date_mentions(text, datetime.date(2026, 1, 14))]
    [('2023년 3분기', '2023-Q3'), ('7~9월', '2023-07/2023-09')]
    """
    out: list[Mention] = []
    by_start = {m.start: m for m in mentions}
    replaced: set[int] = set()
    for mention in mentions:
        if mention.start in replaced:
            continue
        out.append(mention)
        outer = _OUTER_YEAR.match(mention.value)
        opened = _APPOSITION_OPEN.match(text, mention.end)
        if outer is None or opened is None:
            continue
        inner = _DATE_PATTERN.match(text, opened.end())
        if inner is None or _APPOSITION_CLOSE.match(text, inner.end()) is None:
            continue
        year = int(outer.group("y"))
        value = _value(inner, datetime.date(year, 12, 31))
        if (
            value is None
            or not value.startswith(str(year))
            or "-" not in value
            or _overlaps(starts, reach, inner.start(), inner.end())
        ):
            continue
        existing = by_start.get(inner.start())
        if any(m.start < inner.end() and inner.start() < m.end and m is not existing for m in mentions) or (
            existing is not None and existing.end != inner.end()
        ):
            continue  # read otherwise already: keep that reading
        if existing is not None:
            replaced.add(inner.start())
        out.append(Mention("date", inner.start(), inner.end(), value, None))
    return out


# A month, quarter or half of a year, then a coordinator: 2024년 3월과 4월, 지난해 2분기, 3분기,
# past the figure in its parenthesis: 2023년 2분기(+8조원)·3분기(+17조원).
_COORDINATOR = regex.compile(rf"(?:\s?\([^()\n]{{1,30}}\))?\s?(?:{_alt(lex.COORDINATORS)})\s?")
_PART_OF_YEAR = regex.compile(r"^(?P<y>\d{4})-(?P<part>(?P<kind>[QH]?)\d{1,2})$")


def _merge_outside(mentions: list[Mention], extra: list[Mention]) -> list[Mention]:
    """``mentions`` with those of ``extra`` that overlap none of them, in text order."""
    starts = [m.start for m in mentions]
    reach = list(itertools.accumulate((m.end for m in mentions), max))
    kept = [m for m in extra if not _overlaps(starts, reach, m.start, m.end)]
    return sorted(mentions + kept, key=lambda m: m.start)


# A month or a quarter written alone (10월, 3분기, 2/4분기), not the end of a range or a written date.
_BARE_PART = regex.compile(
    rf"(?<![\d.~\-/]|{_APOS})(?:(?P<m>1[0-2]|0?[1-9])\s?{_MONTH_MARK}(?!\s?\d{{1,2}}\s?{_DAY_MARK})"
    rf"|(?P<q>[1-4])\s?(?:/\s?4\s?)?{_QUARTER})"
)
# Where a bare part may start, found by the stdlib engine (the pattern above, tried at every
# character for its look-behind, cost ~1.5 ms a document): one or two digits before 월 or 분기.
_PART_HINT = re.compile(
    rf"\d{{1,2}}\s?{re.escape(lex.MONTH_MARK)}|[1-4]\s?(?:/\s?4\s?)?{re.escape(lex.QUARTER_MARK)}"
)
# A date whose year is written: 2022년 9월, ’22.9월, 지난해 3분기.
_YEAR_WRITTEN = regex.compile(rf"{_Y4}|{_Y2}|{_Y2_BARE}|{_REL}")
# What may stand between two parts of one list: no line or sentence end, a few words at most.
_LIST_GAP = regex.compile(r"(?:[^\n.?!]|[.?!](?!\s|$)){1,60}")  # 0.2%, 상승, … but not 상승했다. 10월
_PART_VALUE = regex.compile(r"^(?P<y>\d{4})-(?P<q>Q?)(?P<n>\d{1,2})$")


def _listed_parts(
    text: str, mentions: list[Mention], starts: Sequence[int], reach: Sequence[int]
) -> list[Mention]:
    """Months, quarters and halves written without a year after one of a year take its year, in
    one pass over the parts in text order (each reads the part before it as already resolved):

    - joined to it by 과, 와, 및 or a comma (past a parenthesis), when it comes later in that year:
      2024년 3월과 4월, 지난해 2분기 및 3분기, 2023년 상반기와 하반기;
    - written alone later in its sentence (a list of figures by month): 2022년 9월 0.2%, 10월
      0.3%, 11월 2.7% (not the months of the reference's year); only forward (3월, then 1월 is
      no list of one year), never in a table row (its headers say).

    >>> text = "2024년 3월과 4월, 지난해 2분기 및 3분기"
    >>> [(text[m.start:m.end], m.value) for m in find_date_mentions(text, datetime.date(2026, 11, 23))]
    [('2024년 3월', '2024-03'), ('4월', '2024-04'), ('지난해 2분기', '2025-Q2'), ('3분기', '2025-Q3')]
    >>> text = "2022년 9월 0.2% 상승, 10월 0.3% 상승에 이어 11월 2.7% 하락"
    >>> [m.value for m in find_date_mentions(text, datetime.date(2026, 5, 28))]
    ['2022-09', '2022-10', '2022-11']
    >>> text = "지난해 1분기와 2분기 0.9%, 3분기 1.4%"
    >>> [m.value for m in find_date_mentions(text, datetime.date(2024, 7, 26))]
    ['2023-Q1', '2023-Q2', '2023-Q3']
    """
    if not mentions:
        return mentions
    out = sorted(mentions, key=lambda m: m.start)
    out_starts = [m.start for m in out]
    # where a part may be: a bare month or quarter, a half, or right after a coordinator that
    # follows a part of a year (pushed again as parts are resolved: 3월과 4월 및 5월)
    queue = [h.start() for h in _PART_HINT.finditer(text, out[0].end)]
    queue += [h.start() for h in _HALF_WORD.finditer(text, out[0].end)]
    queue += [j for m in out if (j := _coordinated_at(text, m)) is not None]
    heapq.heapify(queue)
    done = -1
    while queue:
        start = heapq.heappop(queue)
        if start <= done:
            continue
        done = start
        at = bisect.bisect_left(out_starts, start)  # where the part is, or goes
        # a part listed after a written year wins over one joined to an earlier part: 3월(’23.4월), 11월
        listed = _listed(text, out, at, start, starts=starts, reach=reach)
        listed = listed or _coordinated(text, out, at, start, starts=starts, reach=reach)
        if listed is None:
            continue
        if at < len(out) and out[at].start == start:
            out[at] = listed
        else:
            out.insert(at, listed)
            out_starts.insert(at, start)
        following = _coordinated_at(text, listed)
        if following is not None:
            heapq.heappush(queue, following)
    return out


def _coordinated_at(text: str, mention: Mention) -> int | None:
    """Where a part joined to ``mention`` by a coordinator would start, if ``mention`` is a part
    of a year (2024년 3월과 |4월)."""
    if _PART_OF_YEAR.match(mention.value) is None:
        return None
    joined = _COORDINATOR.match(text, mention.end)
    return None if joined is None else joined.end()


def _coordinated(
    text: str, out: list[Mention], at: int, start: int, *, starts: Sequence[int], reach: Sequence[int]
) -> Mention | None:
    """The part at ``start`` in the year of the part of a year joined to it by a coordinator (the
    mention right before it, or the one before a date in the parenthesis between them), when it
    is of the same kind and later in that year and its own year is not written."""
    before = [m for m in out[max(0, at - 2) : at] if m.end <= start]  # 2분기(4~6월)·3분기: past (4~6월)
    joined = next((m for m in reversed(before) if _coordinated_at(text, m) == start), None)
    outer = None if joined is None else _PART_OF_YEAR.match(joined.value)
    if outer is None:
        return None
    inner = _DATE_PATTERN.match(text, start)
    if inner is None or _overlaps(starts, reach, inner.start(), inner.end()):
        return None
    year = int(outer["y"])
    value = _value(inner, datetime.date(year, 12, 31))
    later = _value(inner, datetime.date(year + 1, 12, 31))  # the year is the reference's
    found = None if value is None else _PART_OF_YEAR.match(value)
    if (
        value is None
        or found is None
        or later is None
        or int(found["y"]) != year
        or not later.startswith(str(year + 1))
        or found["kind"] != outer["kind"]
        or int(found["part"].lstrip("QH")) <= int(outer["part"].lstrip("QH"))
    ):
        return None
    return Mention("date", inner.start(), inner.end(), value, None)


def _listed(
    text: str, out: list[Mention], at: int, start: int, *, starts: Sequence[int], reach: Sequence[int]
) -> Mention | None:
    """The bare month or quarter at ``start`` in the year of the part before it in its sentence."""
    part = _BARE_PART.match(text, start)
    if part is None:
        return None
    end = part.end()
    own = out[at] if at < len(out) and out[at].start == start else None
    if (own is not None and own.end != end) or _overlaps(starts, reach, start, end):
        return None  # read otherwise (a range, a day) or not a fact
    previous = out[at - 1] if at else None
    if previous is None or previous.end > start or _LIST_GAP.fullmatch(text, previous.end, start) is None:
        return None
    value = _next_part(text, previous, part)
    if value is None or _in_table_row(text, start, end):
        return None
    return Mention("date", start, end, value, None)


def _next_part(text: str, previous: Mention, part: regex.Match[str]) -> str | None:
    """The value of ``part`` in the year of ``previous``, when that is a month or quarter whose
    year is written (or read from such a list) and ``part`` comes later in that year."""
    found = _PART_VALUE.match(previous.value)
    quarter = part.group("q") is not None
    if found is None or bool(found.group("q")) != quarter:
        return None
    written = text[previous.start : previous.end]
    if _YEAR_WRITTEN.search(written) is None and _BARE_PART.fullmatch(written) is None:
        return None
    number = int(part.group("q") or part.group("m"))
    if number <= int(found.group("n")):
        return None
    return f"{found.group('y')}-Q{number}" if quarter else f"{found.group('y')}-{number:02d}"


# A quarter or half written alone: 1분기, 3/4분기, 상반기, 전반기 (not the end of a range: 1~3분기).
_BARE_QUARTER_OR_HALF = regex.compile(
    rf"""(?<![\p{{L}}\d.~/\-]|{_APOS})(?P<q>[1-4])\s?{_OF_FOUR}?{_QUARTER}(?!\s?{_TILDE})
      |(?<!\p{{L}})(?P<h>{_alt(tuple(w for w in lex.HALVES if len(w) > 1))})""",
    regex.VERBOSE,
)
# Where such a part may start, found by the stdlib engine (the pattern's look-behind is slow to
# try at every character).
_QUARTER_OR_HALF_HINT = re.compile(
    rf"[1-4]\s?(?:\S\s?4\s?)?{re.escape(lex.QUARTER_MARK)}|"
    + "|".join(re.escape(w) for w in lex.HALVES if len(w) > 1)
)
_SENTENCE_CUT = regex.compile(r"\n|[.?!](?=\s|$)")
_SENTENCE_REACH = 300  # characters back from a part searched for its sentence's start
_PART_OR_MONTH = regex.compile(r"^(?P<y>\d{4})(?P<part>-(?:\d{2}|Q[1-4]|H[12]))?$")
_YEAR_WORD = regex.compile(f"{_YEAR_MARK}|{_REL}")  # 2024년, 지난해: a year the sentence names
_NOT_THE_SENTENCE_YEAR = regex.compile(rf"\s?(?:{_alt(lex.SENTENCE_YEAR_NOT_AFTER)})")


def _sentence_year_parts(
    text: str,
    mentions: list[Mention],
    reference: datetime.date | None,
    *,
    starts: Sequence[int],
    reach: Sequence[int],
) -> list[Mention]:
    """A quarter or half written alone takes the year of the dates of a written year before it
    in its sentence, when they all name one year: 2024년 하반기 수출은 … 상반기보다 (2024's first
    half, whatever the publication's year).  A year alone counts only when it is not later than
    the reference's (2030년 목표 … 상반기 중: a target, not the half's year).  A year that is a
    base or a bound (2020년 대비, 2030년까지) is none of the sentence's; in a table row the headers say.

    >>> text = "2024년 하반기 수출은 상반기보다 늘었다. 1분기에는"
    >>> [(text[m.start:m.end], m.value) for m in find_date_mentions(text, datetime.date(2025, 2, 1))]
    [('2024년 하반기', '2024-H2'), ('상반기', '2024-H1'), ('1분기', '2025-Q1')]
    >>> text = "2024년 수출은 하반기에 늘었다"
    >>> [(text[m.start:m.end], m.value) for m in find_date_mentions(text, datetime.date(2025, 11, 2))]
    [('2024년', '2024'), ('하반기', '2024-H2')]
    """
    if not mentions:
        return mentions
    by_start = {m.start: m for m in mentions}
    mention_starts = [m.start for m in mentions]
    changed: dict[int, Mention] = {}
    for hint in _QUARTER_OR_HALF_HINT.finditer(text, mentions[0].end):
        part = _BARE_QUARTER_OR_HALF.match(text, hint.start())
        if part is None:
            continue
        start, end = part.span()
        own = by_start.get(start)
        if (own is not None and own.end != end) or _overlaps(starts, reach, start, end):
            continue
        index = bisect.bisect_left(mention_starts, start)
        if own is None and index < len(mentions) and mentions[index].start < end:
            continue  # inside another date
        if index and mentions[index - 1].end > start:
            continue  # 2024년 상반기: read with its year
        value = _in_sentence_year(text, mentions[:index], start, part, reference)
        if value is not None and not _in_table_row(text, start, end):
            changed[start] = Mention("date", start, end, value, None)
    if not changed:
        return mentions
    kept = [m for m in mentions if m.start not in changed]
    return sorted(kept + list(changed.values()), key=lambda m: m.start)


def _in_sentence_year(
    text: str, before: Sequence[Mention], start: int, part: regex.Match[str], reference: datetime.date | None
) -> str | None:
    """The value of the bare ``part`` in the one year its sentence's dates before it name."""
    cut = max(
        (c.end() for c in _SENTENCE_CUT.finditer(text, max(0, start - _SENTENCE_REACH), start)), default=0
    )
    years = set()
    for mention in reversed(before):
        if mention.start < cut:
            break
        found = _PART_OR_MONTH.match(mention.value)
        written = text[mention.start : mention.end]
        if found is None or _YEAR_WRITTEN.search(written) is None or _BARE_PART.fullmatch(written):
            continue  # a date of its own year, or one read from the publication's
        if found["part"] is None and (
            reference is None or int(found["y"]) > reference.year or not _YEAR_WORD.search(written)
        ):
            continue  # 2030년 목표: a year ahead is a target's; (OECD, 2024): a citation's
        if not _NOT_THE_SENTENCE_YEAR.match(text, mention.end):
            years.add(found["y"])
    if len(years) != 1:
        return None
    year = years.pop()
    if part["h"] is not None:
        return f"{year}-H{lex.HALVES[part['h']]}"
    return f"{year}-Q{part['q']}"


# A series: (’19.5)△9.8 → (11)△14.5 → (12)△5.3, (’20.1Q) 1.7→ (2Q) △13.6.  Each element
# after an arrow names a month or quarter of the running year (the next year once it
# wraps: (12) → (1)); what links two elements is a value and an arrow.
_SERIES_ELEMENT = re.compile(
    r"(?:→|⇒|->)\s*(?P<open>\()\s?(?P<el>(?P<m>1[0-2]|0?[1-9])|(?P<q>[1-4])\s?Q)\s?\)"
)
_SERIES_LINK = regex.compile(
    rf"""
    \s?[)\]]?\s*                                    # the previous element's ) or ]
    (?:[{regex.escape(lex.SERIES_SIGNS)}]\s?)?\d[\d,]*(?:\.\d+)?  # its value: △9.8, +3.6
    \s?(?:%p?|％p?)?\s*(?:→|⇒|->)\s*$                # and the arrow
    """,
    regex.VERBOSE,
)
# A series without arrows, each value after its month: (’24.4월)+4.1 (5월)+5.3 (6월)+4.2.
_SPACED_ELEMENT = regex.compile(
    rf"""(?<=[\d%])[^\S\n]+(?P<open>\()[^\S\n]?(?P<el>(?P<m>1[0-2]|0?[1-9]){_MONTH_MARK}|(?P<q>[1-4])\s?Q)
    [^\S\n]?\)(?=[^\S\n]?[{regex.escape(lex.SERIES_SIGNS)}]?\d)""",
    regex.VERBOSE,
)
_SPACED_LINK = regex.compile(
    rf"""
    [^\S\n]?[)\]][^\S\n]?                           # the previous element's )
    (?:[{regex.escape(lex.SERIES_SIGNS)}][^\S\n]?)?\d[\d,]*(?:\.\d+)?  # its value: +4.1
    [^\S\n]?(?:%p?|％p?)?[^\S\n]+$                     # then a space
    """,
    regex.VERBOSE,
)
_MONTH_VALUE = regex.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})$")
_QUARTER_VALUE = regex.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$")


def _series(text: str, mentions: list[Mention]) -> list[Mention]:
    """Months and quarters of a series written without their year, from the element before.

    >>> text = "(’19.11)△9.8 → (12)△5.3 → (1)+3.6"
    >>> [(text[m.start:m.end], m.value) for m in find_date_mentions(text, None)]
    [('’19.11', '2019-11'), ('12', '2019-12'), ('1', '2020-01')]
    """
    starts = [m.start for m in mentions]  # mentions come sorted
    added: list[Mention] = []
    spaced = list(_SPACED_ELEMENT.finditer(text)) if "(" in text else []
    elements: list[re.Match[str] | regex.Match[str]] = [*_SERIES_ELEMENT.finditer(text), *spaced]
    for element in sorted(elements, key=lambda e: e.start()) if spaced else elements:
        link = _SPACED_LINK if element.re is _SPACED_ELEMENT else _SERIES_LINK
        start, end = element.span("el")
        index = bisect.bisect_left(starts, element.start()) - 1
        previous = mentions[index] if index >= 0 else None
        if added and (previous is None or added[-1].start >= previous.start):
            previous = added[-1]  # the element read just before
        if previous is None or link.fullmatch(text, previous.end, element.start("open")) is None:
            continue  # no element of a series right before it
        number = element.group("m") or element.group("q")
        value = _next_in_series(previous.value, number, quarter=element.group("q") is not None)
        if value is not None:
            added.append(Mention("date", start, end, value, None))
    if not added:
        return mentions
    # a series element wins over what was read there alone (2Q against the reference year)
    added_starts = [m.start for m in added]
    reach = list(itertools.accumulate((m.end for m in added), max))
    kept = [m for m in mentions if not _overlaps(added_starts, reach, m.start, m.end)]
    return sorted(kept + added, key=lambda m: m.start)


def _next_in_series(previous: str, number: str, *, quarter: bool) -> str | None:
    """The element after ``previous`` named ``number``: (’19.12) → (1) is 2020-01."""
    pattern = _QUARTER_VALUE if quarter else _MONTH_VALUE
    found = pattern.match(previous)
    if found is None:
        return None
    year, last = int(found["y"]), int(found["q" if quarter else "m"])
    year += int(number) <= last
    return f"{year:04d}-Q{int(number)}" if quarter else f"{year:04d}-{int(number):02d}"


# --- the document's own date ---------------------------------------------------

_FULL_DATE = rf"""
    (?P<y>(?:19|20)\d{{2}})\s?(?:[.\-/]|{_YEAR_MARK})\s?       # 2026.  2026-  2026년
    (?P<m>1[0-2]|0?[1-9])(?!\d)\s?(?:[.\-/]|{_MONTH_MARK})?\s?  # 5.  05-  5월
    (?:(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)\.?\s?{_DAY_MARK}?)?    # 28.  28일  (absent: month only)
"""


def _spaced(words: Sequence[str]) -> str:
    """Labels that may carry a space between their syllables: 보도 일시, 배포 일자."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join("[^\\S\\n]?".join(regex.escape(c) for c in word if not c.isspace()) for word in ordered)


_LABELLED = regex.compile(
    rf"""
    (?P<label>{_spaced(tuple(lex.REFERENCE_LABELS))})    # 보도시점, 보도 일시, 배포, 발행일
    [^\S\n]*[:：]?[^\S\n]*                            # optional colon, spaces or a tab
    {_FULL_DATE}
    """,
    regex.VERBOSE,
)

# A news page's labels, only before a date with its time: 승인 2023.12.15 10:21.
_LABELLED_TIMED = regex.compile(
    rf"""
    (?<![\p{{L}}])(?P<label>{_spaced(tuple(lex.REFERENCE_LABELS_TIMED))})
    [^\S\n]*[:：]?[^\S\n]*
    {_FULL_DATE}
    (?=[^\S\n]*\d{{1,2}}:\d{{2}})
    """,
    regex.VERBOSE,
)

# A news page's label after its date and time: 2019/02/21 12:32 송고.
_TIMED_LABELLED = regex.compile(
    rf"""
    (?<![\d.])(?:{_FULL_DATE})
    [^\S\n]*\d{{1,2}}:\d{{2}}(?::\d{{2}})?[^\S\n]*
    (?P<label>{_spaced(tuple(lex.REFERENCE_LABELS_AFTER))})(?![\p{{L}}])
    """,
    regex.VERBOSE,
)

# English labels: the date after them is read by the mention grammar (November 23, 2026).
_LABELLED_EN = regex.compile(
    rf"(?P<label>{_alt(tuple(lex.REFERENCE_LABELS_EN))})[^\S\n]*[:：]?[^\S\n]*",
)
_ISO_DAY = regex.compile(r"(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?")

_ALONE = regex.compile(
    rf"""
    ^[^\S\n]*                                              # a line that holds only
    (?P<y>(?:19|20)\d{{2}})[^\S\n]?(?:[.\-/]|{_YEAR_MARK})[^\S\n]?  #   2025.  2025-  2025년
    (?P<m>1[0-2]|0?[1-9])[^\S\n]?(?:[.\-/]|{_MONTH_MARK})[^\S\n]?   #   12.    12-    12월
    (?P<d>3[01]|[12]\d|0?[1-9])(?!\d)[^\S\n]?(?:\.|{_DAY_MARK})?    #   17.    17     17일
    {_WEEKDAY}?(?:[^\S\n]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?         #   (수) 15:30(:00)
    (?:[^\S\n]*(?:{_alt(lex.EDITION_MARKS)}))?[^\S\n]*$             #   조간
    """,
    regex.VERBOSE | regex.MULTILINE,
)

_ALONE_MONTH = regex.compile(
    rf"""
    ^[^\S\n]*[\[(]?[^\S\n]?                                # a line that holds only
    (?P<y>(?:19|20)\d{{2}})[^\S\n]?(?:[.\-/]|{_YEAR_MARK})[^\S\n]?  #   2026.  2026-  2026년
    (?P<m>1[0-2]|0?[1-9])(?!\d)[^\S\n]?(?:\.|{_MONTH_MARK})?        #   11     4      11월
    [^\S\n]?[\])]?[^\S\n]*$
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# A full date with its weekday on the release's header line, after the
# issuer and its label: 농림축산식품부 보도자료 2025. 12. 3.(수).  The weekday
# marks a calendar date set for readers, not a figure's period.
_HEADER_WEEKDAY = regex.compile(
    rf"""
    ^[^\n]{{0,40}}?(?<![\d.])                                 # the header line's words
    (?P<y>(?:19|20)\d{{2}})[^\S\n]?(?:[.\-/]|{_YEAR_MARK})[^\S\n]?  #   2025.  2025년
    (?P<m>1[0-2]|0?[1-9])[^\S\n]?(?:[.\-/]|{_MONTH_MARK})[^\S\n]?   #   12.    12월
    (?P<d>3[01]|[12]\d|0?[1-9])(?!\d)[^\S\n]?(?:\.|{_DAY_MARK})?    #   3.     3일
    {_WEEKDAY}                                                 #   (수)
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# A standalone date counts as the document's own only near its top: lower
# down it is more likely a citation or a table's date.
_TOP_CHARS = 1500


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
    >>> find_reference_date("농림축산식품부 보도자료 2025. 12. 3.(수)\\n김치 수출")
    datetime.date(2025, 12, 3)
    >>> find_reference_date("수출은 5% 줄었다.\\n2019/02/21 12:32 송고")
    datetime.date(2019, 2, 21)
    >>> find_reference_date("2025년 수출액은 2642억 달러") is None
    True
    """
    text = to_view(text).text  # ２０２６．５．２８ is a date too
    best: tuple[int, datetime.date] | None = None
    months: list[datetime.date] = []
    for rank, (year, month, day) in _labelled_dates(text):
        found = _date(year, month, day)
        if found is None:
            continue
        if day is None:
            months.append(found)
            continue
        if best is None or rank < best[0]:
            best = (rank, found)
    if best is not None:
        return best[1]
    for match in _ALONE.finditer(text, 0, _TOP_CHARS):
        found = _date(match.group("y"), match.group("m"), match.group("d"))
        if found is not None:
            return found
    for match in _HEADER_WEEKDAY.finditer(text, 0, _TOP_CHARS // 3):
        found = _date(match.group("y"), match.group("m"), match.group("d"))
        if found is not None:
            return found
    if months:
        return months[0]
    for match in _ALONE_MONTH.finditer(text, 0, _TOP_CHARS):  # an issue's month: KDI 경제동향 2026. 11
        found = _date(match.group("y"), match.group("m"), None)
        if found is not None:
            return found
    return None


def _labelled_dates(text: str) -> Iterator[tuple[int, tuple[str, str, str | None]]]:
    """(label rank, (year, month, day or None)) for every date behind a label."""
    for match in _LABELLED.finditer(text):
        label = "".join(match.group("label").split())
        yield lex.REFERENCE_LABELS[label], (match.group("y"), match.group("m"), match.group("d"))
    for match in _LABELLED_TIMED.finditer(text):
        label = "".join(match.group("label").split())
        yield lex.REFERENCE_LABELS_TIMED[label], (match.group("y"), match.group("m"), match.group("d"))
    for match in _TIMED_LABELLED.finditer(text):
        label = "".join(match.group("label").split())
        yield lex.REFERENCE_LABELS_AFTER[label], (match.group("y"), match.group("m"), match.group("d"))
    for match in _LABELLED_EN.finditer(text, 0, _TOP_CHARS):  # English front matter
        if match.start() > 0 and text[match.start() - 1].isascii() and text[match.start() - 1].isalpha():
            continue  # inside a word: Update, Outdated
        date = _DATE_PATTERN.match(text, match.end())
        value = None if date is None else _value(date, None)
        iso = None if value is None or "/" in value else _ISO_DAY.match(value)
        if iso is not None:
            yield lex.REFERENCE_LABELS_EN[match.group("label")], (iso["y"], iso["m"], iso["d"])
