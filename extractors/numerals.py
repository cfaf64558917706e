"""Korean numerals: ``2642억9천만`` → 264290000000.

The grammar (built from ``extractors.lexicon.numbers``):

    number    := group_part (sp group_part)* (sp remainder)?  |  segment
    group_part:= segment? sp group_word            2642억, 9천만, 억(6000만)
    segment   := places (sp digits)?  |  digits    4천 820, 7천5백30, 1,200.5
    places    := (digits? sp place_word)+           4천, 천 4백, 1천 1백
    remainder := segment                           58만 4, 65만 6,167

``NUMBER_PATTERN`` is the regex source other patterns embed;
``parse_korean_number`` computes the value of a matched surface.
"""

from __future__ import annotations

import functools
from decimal import Decimal, localcontext

import regex

from extractors.lexicon.numbers import APPROX_INFIXES, DIGIT_PLACES, GROUP_WORDS

_PLACE_CLASS = "[" + "".join(DIGIT_PLACES) + "]"
_GROUP_CLASS = "[" + "".join(GROUP_WORDS) + "]"
# "about" between a number and its group word (300여억) does not change the value.
_APPROX = "(?:" + "|".join(regex.escape(w) for w in APPROX_INFIXES) + ")"

# Written digits: 1,234,567.89 (commas every three digits) or 1234.5.
DIGITS_PATTERN = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# Spaces allowed between the parts of one numeral (not line breaks or tabs).
_SP = r"[\x20\u00a0]?"

# Repetitions are bounded by what a numeral can hold (three place words in a group, five
# groups), so that a long run of them (천 천 천 …, 억억억 …) costs linear time.
SEGMENT_PATTERN = rf"""
    (?:
        (?:{DIGITS_PATTERN}{_SP})?{_PLACE_CLASS}         # 4천 / 천
        (?:{_SP}(?:{DIGITS_PATTERN}{_SP})?{_PLACE_CLASS}){{0,2}} # 5백, 4백 …
        (?:{_SP}\d+(?![\d,.])|\d+\.\d+(?![\d,.]))?          # trailing ones: 30, 820; glued 360.9
      | {DIGITS_PATTERN}                                # 1,274 / 111.5
    )
"""

# The source of a numeral with at least one group word, or a plain segment.
NUMBER_PATTERN = rf"""
    (?:
        (?>{DIGITS_PATTERN})(?!{_APPROX}?{_SP}[{"".join(DIGIT_PLACES)}{"".join(GROUP_WORDS)}])  # plain digits
      |
        (?:{SEGMENT_PATTERN}{_APPROX}?{_SP})?{_GROUP_CLASS}  # first group part; 억6000만 omits its segment
        (?:{_SP}{SEGMENT_PATTERN}{_APPROX}?{_SP}{_GROUP_CLASS}){{0,4}}  # further group parts
      | {SEGMENT_PATTERN}
    )
"""

_TOKEN = regex.compile(
    rf"""
    (?P<digits>{DIGITS_PATTERN})   # written digits
  | (?P<place>{_PLACE_CLASS})      # 천 / 백 / 십
  | (?P<group>{_GROUP_CLASS})      # 만 / 억 / 조 / 경
  | (?P<space>[\x20\u00a0]+)       # spaces between parts
  | (?P<approx>{_APPROX})          # 300여억: "about", no value
    """,
    regex.VERBOSE,
)

_PLAIN = regex.compile(DIGITS_PATTERN)
_WHOLE = regex.compile(rf"^{NUMBER_PATTERN}(?:{_SP}{SEGMENT_PATTERN})?$", regex.VERBOSE)


def _segment_value(tokens: list[tuple[str, str]]) -> Decimal | None:
    """Value of one four-digit group: [('digits','4'),('place','천'),('digits','820')] → 4820."""
    total = Decimal(0)
    pending: Decimal | None = None
    last_place = 10**4
    for kind, text in tokens:
        if kind == "digits":
            if pending is not None:
                return None  # two digit runs in a row: "4 820"
            pending = Decimal(text.replace(",", ""))
        else:
            place = DIGIT_PLACES[text]
            if place >= last_place:
                return None  # places must descend: 천 then 백
            total += (pending if pending is not None else Decimal(1)) * place
            pending, last_place = None, place
    if pending is not None:
        if last_place < 10**4 and pending >= last_place:
            return None  # 4천 5000 is not a numeral
        total += pending
    return total


_SMALLEST_GROUP = min(GROUP_WORDS.values())  # 만
_THOUSANDS = 1000
_PRECISION = 200  # digits: long enough that no written numeral is ever rounded
_MAX_LENGTH = 80  # longer digit runs are identifiers or noise, not figures


@functools.lru_cache(maxsize=8192)  # documents repeat their numerals (years, 1, 100 …); Decimal is immutable
def parse_korean_number(s: str, *, spoken: bool = False) -> Decimal | None:
    """The exact value of a Korean numeral surface, or None if it is not one.

    ``spoken``: the number was said in words (사백육십오억천), which name every group: no
    group word went unwritten, and a remainder is ones.

    >>> parse_korean_number("2642억9천만")
    Decimal('264290000000')
    >>> parse_korean_number("1억 5,600만")
    Decimal('156000000')
    >>> parse_korean_number("4천 820만")
    Decimal('48200000')
    >>> parse_korean_number("7천5백30만")
    Decimal('75300000')
    >>> parse_korean_number("천 4백만")
    Decimal('14000000')
    >>> parse_korean_number("1천 1백 70만")
    Decimal('11700000')
    >>> parse_korean_number("30만9천381")
    Decimal('309381')
    >>> parse_korean_number("12억 4,300만")
    Decimal('1243000000')
    >>> parse_korean_number("억6000만")
    Decimal('160000000')
    >>> parse_korean_number("4조 6천억")
    Decimal('4600000000000')
    >>> parse_korean_number("1백억 5천만")
    Decimal('10050000000')
    >>> parse_korean_number("58만 4")
    Decimal('580004')
    >>> parse_korean_number("65만 6,167")
    Decimal('656167')
    >>> parse_korean_number("111.5억")
    Decimal('11150000000')
    >>> parse_korean_number("7천억")
    Decimal('700000000000')
    >>> parse_korean_number("300여억")    # "about 300억"
    Decimal('30000000000')
    >>> parse_korean_number("136억3000")   # 만 unwritten under 억: 136억3000만
    Decimal('13630000000')
    >>> parse_korean_number("4백6십5억천", spoken=True)   # said in words: every group named
    Decimal('46500001000')
    >>> parse_korean_number("1조 2천")
    Decimal('1200000000000')
    >>> parse_korean_number("1천360.9")   # a rate over a thousand percent
    Decimal('1360.9')
    >>> parse_korean_number("5억 500")   # three digits: as written
    Decimal('500000500')
    >>> parse_korean_number("3만 2억") is None   # groups must descend
    True
    >>> parse_korean_number("원") is None
    True
    """
    s = s.strip()
    if _PLAIN.fullmatch(s) and len(s) <= _MAX_LENGTH:
        return Decimal(s.replace(",", ""))  # the common case: written digits only
    with localcontext() as context:
        context.prec = _PRECISION
        return _parse(s, spoken)


def _parse(s: str, spoken: bool) -> Decimal | None:
    tokens = [(m.lastgroup or "", m.group()) for m in _TOKEN.finditer(s)]
    if not s or len(s) > _MAX_LENGTH or not _WHOLE.match(s) or sum(len(text) for _, text in tokens) != len(s):
        return None
    total = Decimal(0)
    segment: list[tuple[str, str]] = []
    last_group = 10**30
    saw_group = False
    for kind, text in tokens:
        if kind in {"space", "approx"}:
            continue
        if kind != "group":
            segment.append((kind, text))
            continue
        group = GROUP_WORDS[text]
        if group >= last_group:
            return None
        value = _segment_value(segment) if segment else Decimal(1)
        if value is None or (saw_group and value >= 10**4):
            return None
        total += value * group
        segment, last_group, saw_group = [], group, True
    if segment:
        rest = _segment_value(segment)
        if rest is None or (saw_group and rest >= last_group):
            return None
        total += rest * (1 if spoken else _unwritten_group(last_group if saw_group else None, rest))
    return total.to_integral_value() if total == total.to_integral_value() else total.normalize()


def _unwritten_group(last_group: int | None, rest: Decimal) -> int:
    """The group a remainder counts in: ones, or the group under 억/조 whose word went unwritten.

    136억3000 and 131억7천 are said for 136억3000만 and 131억7천만 (a four-digit remainder
    read literally, 136억 and 3000 dollars, is never meant); under 만 the remainder is
    ones (65만 6,167), and so is a shorter one (5억 500).
    """
    if last_group is None or last_group <= _SMALLEST_GROUP or rest != rest.to_integral_value():
        return 1
    return last_group // _SMALLEST_GROUP if _THOUSANDS <= rest < _SMALLEST_GROUP else 1


def decimal_text(value: Decimal) -> str:
    """An exact decimal string without exponent.

    >>> decimal_text(Decimal("1.115E+10"))
    '11150000000'
    >>> decimal_text(Decimal("-2.50"))
    '-2.5'
    """
    text = format(value.normalize(), "f")
    return "0" if text in {"-0", "0"} else text
