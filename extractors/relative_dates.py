"""Dates written relative to the reference date, as news and briefings write them.

``find_relative_mentions`` reads, against the reference date (the publication's
own date or ``--published``):

* day words: 오늘, 어제, 그저께, 내일, 모레, 글피 → that day;
* weekdays: 이번 주 금요일, 다음 주 일요일 (weeks run Monday to Sunday), 지난 일요일
  (the latest one before the reference), 오는 금요일 (the next one after it), 첫 번째
  일요일 (of the reference month, or of the month written before it: 다음 달 첫째 주 월요일);
* offsets: 3일 전, 2주 후, 한 달 전, 2년 1개월 21일 전 → the reference shifted, at the
  finest unit written (days and weeks give a day, months a month);
* year words alone: 올해, 지난해, 내년, 작년, 재작년 → a year;
* a same period of another year: 지난해 같은 기간, 전년 동월 → the period the sentence
  is about (the date written before it in the sentence), a year earlier.

What is left out rather than guessed (a wrong date is worse than a missing one):

* everything, when the reference date is unknown;
* a comparison base: 작년보다, 전년 동월 대비, 지난해 같은 기간과 비교 (context, not a date);
* a relative date named again with its own date: 다음 해인 1999년, 지난해 같은 기간(월)인
  2022년 12월 (the written date is the fact);
* a year word alone in a January publication: an annual review released in January
  says 올해 of the year just ended;
* an offset after a bare noun, which counts from that event, not from the publication
  (출시 2주 후, 사고 3일 전);
* a same period with no date before it in its sentence;
* an offset in years alone (10년 전만 해도, 1년 전의 물가 변동): as often a span of time
  as a point in it.

Korean words come from ``extractors.lexicon.dates``.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import re
from collections.abc import Iterator, Sequence

import regex

from extractors.lexicon import dates as lex
from extractors.mentions import Mention

__all__ = ["find_relative_mentions"]


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_ENDINGS = _alt(lex.RELATIVE_WORD_ENDINGS)
# A relative word ends its word or goes on with a particle: 오늘은, 내일부터; not 오늘날, 내일채움.
_WORD_END = rf"(?=[^\p{{Hangul}}]|$|{_ENDINGS})"
_WEEKDAY = f"(?:{_alt(tuple(lex.WEEKDAY_NAMES))})"
_SIDES = lex.PAST_MONTH_MARKS + lex.COMING_MONTH_MARKS
_MONTH = r"(?:1[0-2]|0?[1-9])(?!\d)"

_RELATIVE = regex.compile(
    rf"""
    (?<!\p{{Hangul}})
    (?:
        (?P<day>{_alt(tuple(lex.RELATIVE_DAYS))}){_WORD_END}                         # 오늘, 어제
      | (?P<week>{_alt(tuple(lex.RELATIVE_WEEKS))})\s?(?P<wday>{_WEEKDAY})          # 다음 주 일요일
      | (?P<side>{_alt(_SIDES)})\s(?P<sday>{_WEEKDAY})                              # 지난 일요일
      | (?P<same>{_alt(tuple(lex.SAME_PERIOD_YEARS))})\s?(?P<period>{_alt(tuple(lex.SAME_PERIOD_WORDS))})
      | (?P<year>{_alt(tuple(lex.YEAR_WORDS_ALONE))}){_WORD_END}                    # 올해, 지난해
    )
    """,
    regex.VERBOSE,
)

# 첫 번째 일요일, 다음 달 첫째 주 월요일, 3월 마지막 금요일: read backwards from the weekday.
_ORDINAL = regex.compile(
    rf"""
    (?<!\p{{Hangul}})
    (?:(?P<omonth>{_alt(tuple(lex.RELATIVE_MONTHS))})\s?|(?<![\d.])(?P<onum>{_MONTH})\s?{regex.escape(lex.MONTH_MARK)}\s?)?
    (?P<ord>{_alt(tuple(lex.ORDINAL_WEEKS))})\s?(?:{_alt(lex.ORDINAL_MARKS)})?\s?   # 첫 번째, 마지막
    (?:{regex.escape(lex.WEEK_MARK)}\s?)?(?P<oday>{_WEEKDAY})                     #   (주) 일요일
    """,
    regex.VERBOSE | regex.REVERSE,
)
_WEEKDAY_TRIGGER = re.compile("|".join(lex.WEEKDAY_NAMES))

_OFFSET_NUMBER = rf"(?:\d{{1,3}}|{_alt(tuple(lex.OFFSET_NUMBERS))})"
_OFFSET_UNIT = f"(?:{_alt(tuple(lex.OFFSET_UNITS))})"
_OFFSET_DIRECTION = f"(?:{_alt(tuple(lex.OFFSET_DIRECTIONS))})"
# 2년 1개월 21일 전: read backwards from its direction word, so the scan finds its end
# cheaply (the direction after a unit) and the pattern then finds its start.
_OFFSET = regex.compile(
    rf"""
    (?<![\p{{Hangul}}\d.,])
    (?P<parts>(?:{_OFFSET_NUMBER}\s?{_OFFSET_UNIT}\s?){{1,4}})
    (?P<direction>{_OFFSET_DIRECTION})
    """,
    regex.VERBOSE | regex.REVERSE,
)
_OFFSET_PART = regex.compile(rf"(?P<n>{_OFFSET_NUMBER})\s?(?P<unit>{_OFFSET_UNIT})")
_OFFSET_AFTER = regex.compile(rf"[^\p{{Hangul}}]|$|(?:{_ENDINGS})")
_WORD_BEFORE = regex.compile(r"(?P<word>\S+)\s+$")

# Where a relative date may end or start: its words, and the direction of an offset.
_TRIGGER = re.compile(
    "|".join(
        sorted(
            {
                *lex.RELATIVE_DAYS,
                *lex.RELATIVE_WEEKS,
                *(f"{side} " for side in _SIDES),
                *lex.SAME_PERIOD_YEARS,
                *lex.YEAR_WORDS_ALONE,
            },
            key=len,
            reverse=True,
        )
    )
)
_OFFSET_TRIGGER = re.compile(f"(?:{'|'.join(lex.OFFSET_UNITS)}) ?(?:{'|'.join(lex.OFFSET_DIRECTIONS)})")
_COMPARISON = regex.compile(rf"\s?(?:{_alt(lex.COMPARISON_AFTER)})")
_APPOSITION = regex.compile(
    rf"\s?(?:[(（][^()（）\n]{{0,6}}[)）])?\s?(?:{_alt(lex.APPOSITION_MARKS)})\s?\S*\d"
)
# After a date, the start of a stretch (3월(+0.7조원) 이후 최저): no anchor for a same period.
_STRETCH_AFTER = regex.compile(rf"\s?(?:\([^()\n]{{0,40}}\))?\s?(?:{_alt(lex.STRETCH_STARTS)})")
_SAME_PERIOD_AFTER = regex.compile(rf"\s?(?:{_alt(tuple(lex.SAME_PERIOD_WORDS))})")
_SENTENCE_END = re.compile(r"\n|[.!?。](?=\s|$)")
_PERIOD_VALUE = regex.compile(r"^\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]))?(?:/\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]))?)?$")


def _shift_months(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` later (or earlier), at the month's last day if it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return datetime.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _weekday_in_week(reference: datetime.date, weeks: int, weekday: int) -> datetime.date:
    monday = reference - datetime.timedelta(days=reference.weekday())
    return monday + datetime.timedelta(weeks=weeks, days=weekday)


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> datetime.date | None:
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month]
    matching = [d for d in days if d.weekday() == weekday]
    if nth == -1:
        return matching[-1]
    return matching[nth - 1] if nth <= len(matching) else None


def _day_value(match: regex.Match[str], reference: datetime.date) -> datetime.date | None:
    """The day a day word or a weekday names: 어제, 다음 주 일요일, 지난 일요일."""
    if match["day"] is not None:
        return reference + datetime.timedelta(days=lex.RELATIVE_DAYS[match["day"]])
    if match["week"] is not None:
        weekday = lex.WEEKDAY_NAMES[match["wday"]]
        return _weekday_in_week(reference, lex.RELATIVE_WEEKS[match["week"]], weekday)
    if match["side"] is None:
        return None
    weekday = lex.WEEKDAY_NAMES[match["sday"]]
    if match["side"] in lex.PAST_MONTH_MARKS:
        back = (reference.weekday() - weekday - 1) % 7 + 1  # the latest one strictly before
        return reference - datetime.timedelta(days=back)
    ahead = (weekday - reference.weekday() - 1) % 7 + 1  # the next one strictly after
    return reference + datetime.timedelta(days=ahead)


def _word_value(
    match: regex.Match[str],
    text: str,
    reference: datetime.date,
    anchors: Sequence[Mention],
    anchor_starts: Sequence[int],
) -> str | None:
    """The ISO value of one relative word match, or None where it is left out."""
    end = match.end()
    day = _day_value(match, reference)
    if day is not None:
        return day.isoformat()
    if _COMPARISON.match(text, end) or _APPOSITION.match(text, end):
        return None  # 작년보다, 전년 동월 대비: a comparison base; 다음 해인 1999년: named again
    if match["same"] is not None:
        return _same_period(match, text, anchors, anchor_starts)
    if reference.month == lex.JANUARY_AMBIGUOUS:
        return None  # 올해 in a January release may be the year just ended
    return f"{reference.year + lex.YEAR_WORDS_ALONE[match['year']]:04d}"


def _ordinal_weekday(match: regex.Match[str], reference: datetime.date) -> str | None:
    """첫 번째 일요일: of the reference month, or of the month written before it."""
    year, month = reference.year, reference.month
    if match["omonth"] is not None:
        shifted = _shift_months(reference.replace(day=1), lex.RELATIVE_MONTHS[match["omonth"]])
        year, month = shifted.year, shifted.month
    elif match["onum"] is not None:
        month = int(match["onum"])
        if month > reference.month:
            return None  # a later month may be last year's or this year's
    found = _nth_weekday(year, month, lex.ORDINAL_WEEKS[match["ord"]], lex.WEEKDAY_NAMES[match["oday"]])
    return None if found is None else found.isoformat()


def _same_period(
    match: regex.Match[str], text: str, anchors: Sequence[Mention], anchor_starts: Sequence[int]
) -> str | None:
    """지난해 같은 기간: the period of the date written before it in its sentence, a year earlier."""
    sentence_start = 0
    for found in _SENTENCE_END.finditer(text, max(0, match.start() - 400), match.start()):
        sentence_start = found.end()
    index = bisect.bisect_right(anchor_starts, match.start()) - 1
    while index >= 0 and (
        anchors[index].end > match.start() or _STRETCH_AFTER.match(text, anchors[index].end)
    ):
        index -= 1  # (a date overlapping this one is no date before it, nor one starting a stretch)
    if index < 0 or anchors[index].start < sentence_start or not _PERIOD_VALUE.match(anchors[index].value):
        return None
    kind = lex.SAME_PERIOD_WORDS[match["period"]]
    value = anchors[index].value
    if (kind == "month" and "-" not in value) or (kind == "quarter" and "Q" not in value):
        return None  # 전년 동월 after a year: which month is unknown
    shift = lex.SAME_PERIOD_YEARS[match["same"]]
    return "/".join(f"{int(point[:4]) + shift:04d}{point[4:]}" for point in value.split("/"))


def _offset_value(match: regex.Match[str], reference: datetime.date) -> str | None:
    """2년 1개월 21일 전: the reference shifted, at the finest unit written."""
    sign = lex.OFFSET_DIRECTIONS[match["direction"]]
    totals = {"years": 0, "months": 0, "weeks": 0, "days": 0}
    for part in _OFFSET_PART.finditer(match["parts"]):
        number = part["n"]
        count = int(number) if number.isdigit() else lex.OFFSET_NUMBERS[number]
        totals[lex.OFFSET_UNITS[part["unit"]]] += count
    try:
        shifted = _shift_months(reference, sign * (12 * totals["years"] + totals["months"]))
        shifted += datetime.timedelta(days=sign * (7 * totals["weeks"] + totals["days"]))
    except (ValueError, OverflowError):
        return None
    if totals["weeks"] or totals["days"]:
        return shifted.isoformat()
    if totals["months"]:
        return f"{shifted.year:04d}-{shifted.month:02d}"
    return None  # 10년 전만 해도, 1년 전의 물가: years alone are as often a span as a point


def _anchored_to_reference(text: str, start: int) -> bool:
    """An offset counts from the reference unless a bare noun before it names its event."""
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    before = _WORD_BEFORE.search(text, max(line_start, start - 40), start)
    if before is None:
        return True  # the start of a line or sentence
    word = before["word"]
    return not word[-1].isalpha() or word.endswith(lex.ANCHORED_BEFORE_ENDINGS)


def offset_spans(text: str) -> Iterator[regex.Match[str]]:
    """Offsets written in ``text`` (3일 전, 2년 1개월 21일 전): dates, not durations;
    not a comparison base (10년 전보다)."""
    for trigger in _OFFSET_TRIGGER.finditer(text):
        match = _OFFSET.search(text, max(0, trigger.end() - 40), trigger.end())
        if match is None or match.end() != trigger.end() or not _OFFSET_AFTER.match(text, match.end()):
            continue
        if _COMPARISON.match(text, match.end()) or _SAME_PERIOD_AFTER.match(text, match.end()):
            continue  # 10년 전보다, 1년 전 같은 달과 비교: a comparison base, no date
        yield match


def _offsets(text: str, reference: datetime.date) -> Iterator[Mention]:
    for match in offset_spans(text):
        if not _anchored_to_reference(text, match.start()):
            continue
        value = _offset_value(match, reference)
        if value is not None:
            yield Mention("date", match.start(), match.end(), value, None)


def _ordinals(text: str, reference: datetime.date) -> Iterator[Mention]:
    for trigger in _WEEKDAY_TRIGGER.finditer(text):
        match = _ORDINAL.search(text, max(0, trigger.end() - 24), trigger.end())
        if match is None or match.end() != trigger.end():
            continue
        value = _ordinal_weekday(match, reference)
        if value is not None:
            yield Mention("date", match.start(), match.end(), value, None)


def find_relative_mentions(
    text: str, reference: datetime.date | None, anchors: Sequence[Mention] = ()
) -> list[Mention]:
    """Relative dates of ``text`` resolved against ``reference``, in text order.

    ``anchors`` are the dates already read in ``text``: a same period (지난해 같은 기간)
    takes its period from the one before it in its sentence.

    >>> ref = datetime.date(2026, 5, 28)  # a Thursday
    >>> [(m.value) for m in find_relative_mentions("어제 발표, 다음 주 일요일, 3일 전에, 올해 수출", ref)]
    ['2026-05-27', '2026-06-07', '2026-05-25', '2026']
    >>> find_relative_mentions("작년보다 늘었다, 전년 동월 대비 3%", ref)
    []
    >>> find_relative_mentions("어제 발표", None)
    []
    """
    if reference is None:
        return []
    found: list[Mention] = []
    anchor_starts = [m.start for m in anchors]  # anchors come in text order
    done = 0
    for trigger in _TRIGGER.finditer(text):
        if trigger.start() < done:
            continue
        match = _RELATIVE.match(text, trigger.start())
        if match is None:
            continue
        done = match.end()
        value = _word_value(match, text, reference, anchors, anchor_starts)
        if value is not None:
            found.append(Mention("date", match.start(), match.end(), value, None))
    found += _offsets(text, reference)
    found += _ordinals(text, reference)
    return sorted(found, key=lambda m: m.start)
