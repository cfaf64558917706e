"""Figures in Korean text: amounts, percent, percentage points, multiples.

Stages, each a pure function over the whole text:

1. ``text_to_tokens`` — one compiled pattern finds every written number with
   its sign, currency symbol and unit word (or none: a bare number).  A numeral
   is read whole before anything is decided (``9만 7천개``); one followed by a
   counter (개, 명, 건, 척, 톤 …) is a count, that nothing governs; a footnote
   mark (``수출1)``) is no number.
2. ``_govern_by_cells`` — a bare number in a table cell takes the unit that
   ``extractors.tables`` read for the cell from the table's unit line and its row
   and column labels (a rate word makes a percent, a count, rank or code label
   keeps the cell out, a header of several units maps cells by their labels);
   phone numbers, times and dates in a cell (``044-203``, ``10:00``,
   ``2025.12``) stay out.  ``_govern_by_headers`` — a unit header
   (``(단위: 억 달러)``, ``수출액(억 달러) :``) gives its unit to the bare numbers
   of the ``label : values`` list it heads; an inline header ending its line gives
   its currency to the numbers written with its own group word on the lines below
   it, up to prose, a note or the next header (``현황(조원) :⏎주담대(+5.1조)``).
3. ``_govern_by_partners`` — a bare number on the left of a range takes the
   unit, group word and place word of its right partner: ``3,500 → 2,000억불``,
   ``3~5천억원`` (3천억); the left end of a range of counts counts too.
4. ``_govern_by_sentence`` — a bare amount with 억 or 조 (``4조 6천억``) takes
   the currency of the amounts of its sentence when they all share one, unless a
   counter or another noun follows it (``14억 인구``), a count noun precedes it
   (``인구 5억``, ``수출기업 수 9만``) or it converts them (``20억 달러(약 2조 7천억)``).

Rules chosen where Korean is ambiguous (a miss is better than a wrong value):

- an exchange rate or a price per unit is an amount in its currency
  (``원/달러 환율 1,350.5원`` → 1350.5 KRW, ``배럴당 80달러`` → 80 USD);
- numbers spoken in words are read only before their unit (``이십 퍼센트``,
  ``오천만 원``, ``마이너스 오 퍼센트`` with the word as its sign, native ``두 배``);
  a lone Sino digit only before a percent (``이 달러`` is "this dollar" as often),
  and never after a vague quantifier (``수십억``, ``수 천억``, ``몇 백만``);
- fullwidth digits and invisible characters inside a number are read as they
  render (``extractors.views``), never as the part after them;
- ▲ ▼ ↑ ↓ are arrows (context), never signs; △ ▽ and the dashes are;
- ``(3.2)`` in a table may be a share or an accounting negative: it is a rate
  where the cell's role is a percent written as such (a ``%`` in the unit line
  or the label: ``(147.8)`` under ``(억 달러, 전년동기 대비 %)``), under a rate word
  alone only with its sign written (``(△3.1)``), and no figure under an amount.

Korean words come from ``extractors.lexicon.numbers``.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Literal, NamedTuple

import regex

from extractors._typing import FactKind, Unit
from extractors.lexicon.context import RESPECTIVELY
from extractors.lexicon.numbers import (
    APPROX_BEFORE,
    APPROX_INFIXES,
    CODE_ALIASES,
    CONVERSION_MARKS,
    COUNT_NOUN_ENDINGS,
    COUNT_NOUN_PARTICLES,
    COUNT_NOUN_WORDS,
    COUNTERS,
    CURRENCY_CODES,
    CURRENCY_SUBUNITS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    CURRENCY_WORDS_AFTER_GROUP_ONLY,
    DIGIT_PLACES,
    GROUP_WORDS,
    HEADING_MARKS,
    MULTIPLE_WORDS,
    NATIVE_NOT_ALONE,
    NATIVE_ONES,
    NATIVE_TENS,
    NOT_CURRENCY_BEFORE,
    ORDINAL_PREFIXES,
    PARTICLES_AFTER_CONSONANT,
    PARTICLES_AFTER_RIEUL,
    PARTICLES_AFTER_VOWEL,
    PARTICLES_ANY,
    PERCENT_POINT_WORDS,
    PERCENT_WORDS,
    RANGE_CONNECTORS,
    SCALE_WORDS,
    SENTENCE_CURRENCY_MIN_GROUP,
    SERIES_ARROWS,
    SIGN_WORDS,
    SIGNS,
    SPACED_SIGN_AFTER,
    SPACED_SIGN_AFTER_WORDS,
    SPOKEN_DIGITS,
    SPOKEN_POINT,
    STATISTICAL_MINUS,
    SUBUNIT_SCALE,
    TABLE_END_MARKS,
    UNIT_HEADER_WORDS,
    VAGUE_QUANTIFIERS,
    WORDS_AFTER_BARE_AMOUNT,
)
from extractors.mentions import Mention
from extractors.numerals import (
    DIGITS_PATTERN,
    NUMBER_PATTERN,
    SEGMENT_PATTERN,
    decimal_text,
    parse_korean_number,
)
from extractors.readers.base import TableCellSpan
from extractors.scan import alternation_finditer
from extractors.tables import text_tables
from extractors.tables.units import HeaderUnits
from extractors.tables.units import cell_unit as _cell_unit
from extractors.tables.units import header_units as _header_units
from extractors.tables.units import sole_unit as _sole_unit
from extractors.views import TextView, cells_to_view, mentions_to_original, to_view

# ---- building blocks from the lexicon ------------------------------------------------

_HANGUL_BASE, _HANGUL_LAST, _FINALS = 0xAC00, 0xD7A3, 28
_RIEUL_FINAL = 8


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so that %포인트 wins over %."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _follower(word: str) -> str:
    """What must follow a unit word (a pattern, empty for none).

    A Hangul unit word must end its word or go on with a particle fitting its
    last syllable (원 → 원을, 원이; 달러 → 달러를): 원칙, 엔진, 위안부 never match.
    """
    last = ord(word[-1])
    if word[-1].isascii() and word[-1].isalpha():
        return "(?![A-Za-z])"  # pp, not ppm
    if not _HANGUL_BASE <= last <= _HANGUL_LAST:
        return ""
    final = (last - _HANGUL_BASE) % _FINALS
    particles = list(PARTICLES_ANY)
    if final == 0:
        particles += PARTICLES_AFTER_VOWEL
    else:
        particles += PARTICLES_AFTER_CONSONANT
        if final == _RIEUL_FINAL:
            particles += PARTICLES_AFTER_RIEUL
    return rf"(?=[^\p{{Hangul}}]|$|(?:{_alternation(particles)}))"


def _word_pattern(word: str) -> str:
    """A unit word as a pattern: inner spaces optional, then what may follow it."""
    return r"[\x20]?".join(regex.escape(part) for part in word.split(" ")) + _follower(word)


def _may_share_a_start(a: str, b: str) -> bool:
    """Whether the texts two unit words match may start at one place, one within the other (원, 원화)."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return a.startswith(b) or b.startswith(a)


def _unit_alternation(words: Iterable[str]) -> str:
    """Unit words, longest first, each with what may follow it.

    Words with the same follower are one alternation, its follower written once: the
    engine then tests what follows a matched word once per group instead of trying a
    lookahead for each of ninety currency words.  Only words that may match at one place
    (원, 원화) compete, and the first of them in the word-by-word order wins; the groups are
    ordered to keep every such pair in that order (else the words stay one by one), so the
    two alternations match alike.

    >>> units = regex.compile(_unit_alternation(["원", "원화", "달러", "엔"]))
    >>> [units.match(t).group() for t in ("원화로", "원을", "달러를", "엔이")]
    ['원화', '원', '달러', '엔']
    >>> units.match("원칙"), units.match("엔진")
    (None, None)
    """
    ordered = sorted(set(words), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(_follower(word), []).append(word)
    pairs = [
        (_follower(a), _follower(b))
        for n, a in enumerate(ordered)
        for b in ordered[n + 1 :]
        if _may_share_a_start(a, b)
    ]
    for followers in itertools.permutations(groups):
        rank = {follower: n for n, follower in enumerate(followers)}
        if all(rank[first] <= rank[second] for first, second in pairs):
            bodies = (
                "|".join(r"[\x20]?".join(regex.escape(part) for part in w.split(" ")) for w in groups[f])
                for f in followers
            )
            return "|".join(f"(?:{body}){follower}" for body, follower in zip(bodies, followers, strict=True))
    return "|".join(_word_pattern(w) for w in ordered)


def _counter_alternation(words: Iterable[str]) -> str:
    """Counters ending their word: 9만 7천개, 1만 명이, 100만 kg; not 3만 기업 or 5억 to."""
    hangul = [w for w in words if _HANGUL_BASE <= ord(w[-1]) <= _HANGUL_LAST]
    latin = [w for w in words if w not in hangul]
    return f"{_unit_alternation(hangul)}|(?:{_alternation(latin)})(?![A-Za-z])"


def _squeeze(word: str) -> str:
    return word.replace(" ", "")


_CURRENCY_BY_WORD = {_squeeze(w): code for w, code in (*CURRENCY_WORDS, *CURRENCY_SUBUNITS)}
_CURRENCY_WORD_LIST = [w for w, _ in (*CURRENCY_WORDS, *CURRENCY_SUBUNITS)]
_SUBUNITS = frozenset(_squeeze(w) for w, _ in CURRENCY_SUBUNITS)
_SUBUNIT = Decimal(SUBUNIT_SCALE)
_AFTER_GROUP_ONLY = frozenset(CURRENCY_WORDS_AFTER_GROUP_ONLY)
_CURRENCY_BY_SYMBOL = dict(CURRENCY_SYMBOLS)
_MARK_SIGNS = "".join(STATISTICAL_MINUS)
_DASH_SIGNS = "".join(ch for ch in SIGNS if ch not in _MARK_SIGNS)
_GROUP_CLASS = "[" + "".join(GROUP_WORDS) + "]"
_PLACE_CLASS = "[" + "".join(DIGIT_PLACES) + "]"
_HANGUL_NUMERAL_CLASS = "[" + "".join(DIGIT_PLACES) + "".join(GROUP_WORDS) + "]"
_SP = r"[\x20\u00a0]?"

# First characters of unit words and numerals, for cheap tests before long alternations.
_UNIT_WORDS = (*PERCENT_POINT_WORDS, *PERCENT_WORDS, *MULTIPLE_WORDS, *_CURRENCY_WORD_LIST, *CURRENCY_CODES)
_UNIT_FIRST = regex.escape("".join(sorted({w[0] for w in (*_UNIT_WORDS, *_CURRENCY_BY_SYMBOL)})))
_NUMERAL_FIRST = r"\d" + "".join(DIGIT_PLACES)
_TOKEN_FIRST = (
    _NUMERAL_FIRST
    + "".join(GROUP_WORDS)
    + regex.escape(
        "".join(
            sorted({*SIGNS, "(", "（", *(s[0] for s in _CURRENCY_BY_SYMBOL), *(c[0] for c in CURRENCY_CODES)})
        )
    )
)

# First characters of currency symbols, codes and scale words: cheap tests before their alternations.
_SYMBOL_FIRST = regex.escape("".join(sorted({s[0] for s in _CURRENCY_BY_SYMBOL})))
_CODE_FIRST = regex.escape("".join(sorted({c[0] for c in CURRENCY_CODES})))
_SCALE_FIRST = regex.escape("".join(sorted({w[0] for w in SCALE_WORDS})))
_SIGN_CLASS = regex.escape(_MARK_SIGNS + _DASH_SIGNS)
_SYMBOLS_AND_CODES = f"{_alternation(_CURRENCY_BY_SYMBOL)}|(?:{_alternation(CURRENCY_CODES)})\\x20"
# Where a figure may start, more narrowly (each line a superset of a way _TOKEN starts): tested
# only where the cheap test passed, it turns away the words, dashes and parentheses of prose
# (경제, 조치, KC-2, IT) before the look-backs of _TOKEN are tried there.
_TOKEN_START = rf"""
    (?=
        \d                                                       # 2,000
      | (?<!\p{{Hangul}}){_PLACE_CLASS}                          # 천 4백만
      | (?<!\p{{Hangul}}){_GROUP_CLASS}(?={_SP}[\d{"".join(DIGIT_PLACES)}])  # 억6000만 (not 수 억)
      | [{_SIGN_CLASS}](?:\x20\d|[\d{"".join(DIGIT_PLACES)}{"".join(GROUP_WORDS)}]|{_SYMBOLS_AND_CODES})
      | [(（][{_SIGN_CLASS}][)）]                                 # (△)3.2
      | {_SYMBOLS_AND_CODES}                                      # US$ 12, USD 100
    )
"""

# One written number with everything that may cling to it.
_TOKEN = regex.compile(
    rf"""
    (?=[{_TOKEN_FIRST}])                           # (cheap test first: what a figure may start with)
    {_TOKEN_START}
    (?<![A-Za-z\d.])(?<!(?<!%|\.\d{{1,4}}|\s),)     # not inside a number (4.5%,3.9%, 12.0,9.5%: lists)
    (?!(?<=\.\d{{1,4}},)\d{{3}}(?![\d.]))            # 1.5,000: a misplaced point, no list
    (?<!(?:{_alternation(ORDINAL_PREFIXES)})[\x20]?) # not an ordinal (제3조 is article 3)
    (?<!(?:{_alternation(UNIT_HEADER_WORDS)})\s*[:：]\s*)  # not the unit of a header (단위: 백만 달러)
    (?!(?<=['’‘`′])\d{{2}}(?![\d,]))                # not a year after its mark ('25, ’26.)
    (?P<sign>
        (?<=[\t(（])[{regex.escape(_MARK_SIGNS)}]\x20(?=\d)  # a cell's "△ 5.5" (in prose: a bullet)
      | [{regex.escape(_MARK_SIGNS)}]               # △ ▽: the Korean statistical minus
      | (?<![\p{{L}}\d)\]])[{regex.escape(_DASH_SIGNS)}]  # + − -, unless joining words (KC-2, 044-203, 10−20)
      | (?<=[\p{{Hangul}})](?:{_alternation(SPACED_SIGN_AFTER)})\x20      # 에서 - 36억, 역시 - 8억:
          |(?<!\p{{Hangul}})(?:{_alternation(SPACED_SIGN_AFTER_WORDS)})\x20)  #   a sign set apart
        [-−]\x20(?=\d)
      | (?:(?:{_alternation(SIGN_WORDS)})\x20?)?        # a sign in parentheses: (△)3.2, (-)5.5,
        [(（][{regex.escape(_MARK_SIGNS + _DASH_SIGNS)}][)）]\x20?  # (-) 0.30, 마이너스(-) 0.30
    )?
    (?:(?=[{_SYMBOL_FIRST}])(?P<symbol>{_alternation(_CURRENCY_BY_SYMBOL)}){_SP})?   # US$ 12 / ₩1,000
    (?:(?=[{_CODE_FIRST}])(?P<precode>{_alternation(CURRENCY_CODES)})\x20)?          # USD 100
    (?:
        # starts with a digit, not the rest of a numeral whose word was not read (수 억 3천만)
        (?=\d)(?<!(?:^|[^\p{{Hangul}}]){_HANGUL_NUMERAL_CLASS}[\x20\u00a0]?)
        # or with a Hangul numeral of its own word: 수십억 is not 십억, 수 천억 not 천억,
        # 이 천만 may be spoken 2천만 (read by the spoken pass)
      | (?<!\p{{Hangul}})(?<!(?<!\p{{Hangul}})(?:{_alternation((*VAGUE_QUANTIFIERS, *SPOKEN_DIGITS))})\x20)
        (?={_HANGUL_NUMERAL_CLASS})
    )
    (?!{_GROUP_CLASS}(?!{_SP}(?:\d|{_PLACE_CLASS})))           # a lone group word (수 억) is no number
    (?P<number>{NUMBER_PATTERN})
    (?P<infix>{_alternation(APPROX_INFIXES)})?    # 1,800여, 300억여
    (?:                                            # a remainder after a group word: 58만 4달러, 9만 7천개
        (?<={_GROUP_CLASS})(?={_SP}[{_NUMERAL_FIRST}])                 # (cheap test first)
        (?P<remainder>{_SP}{SEGMENT_PATTERN})
        (?:
            (?={_SP}(?:{_unit_alternation(_CURRENCY_WORD_LIST)}))    # before a currency
          | (?={_SP}(?:{_counter_alternation(COUNTERS)}))            # before a counter: one count
          | (?<={_PLACE_CLASS})(?![\d,.])                             # ending in 천/백/십: 9만 7천
        )
    )?
    (?:(?={_SP}[{_SCALE_FIRST}]){_SP}(?P<scale>{_alternation(SCALE_WORDS)})(?![A-Za-z]))?  # US$ 2.5 billion
    (?:
        (?={_SP}[{_UNIT_FIRST}])                   # (cheap test first: a unit may follow)
        {_SP}
        (?:
            (?P<pp>{_unit_alternation(PERCENT_POINT_WORDS)})     # %p, %포인트
          | (?P<pct>{_unit_alternation(PERCENT_WORDS)})          # %, 퍼센트
          | (?P<mult>{_unit_alternation(MULTIPLE_WORDS)})        # 배
          | (?P<cur>{_unit_alternation(_CURRENCY_WORD_LIST)})    # 달러, 원, 캐나다 달러
          | (?P<code>{_alternation(CURRENCY_CODES)})(?![A-Za-z]) # 100억 USD
          | (?P<sufsym>{_alternation(_CURRENCY_BY_SYMBOL)})      # 20억$
        )
    )?
    """,
    regex.VERBOSE | regex.MULTILINE,
)

_GROUP_WORD = regex.compile(_GROUP_CLASS)
_SIGN_WRAPPING = "()（） "  # around a sign: (△)3.2, "△ 5.5"
# A word ending after a currency word that makes it none: 3원 체제, 2원 구조의 (not 구조조정).
_NOT_CURRENCY_AFTER = regex.compile(rf"[\x20\u00a0]?(?:{_unit_alternation(NOT_CURRENCY_BEFORE)})")
_LATIN_AFTER = regex.compile(r"[A-Za-z]")
_YEAR_LIKE = regex.compile(r"(?:19|20)\d\d(?:\.(?:0?[1-9]|1[0-2]))?")  # 2025, or 2025.12 (a month)

# What may stand between the two ends of a range: 3,500 → 2,000억불, 146 → ’26. 291억원, 10~20%.
_RANGE_GAP = regex.compile(
    rf"""
    \x20*(?:\([^()\n]{{1,20}}\)\x20*)?                 # a label after the left end: 6,402('25)
    (?:{_alternation(RANGE_CONNECTORS)})               # →, ~, -
    \x20*
    (?:[‘’'′`]\d{{2}}(?:\.\d{{1,2}})?\.?\x20*)?        # a year before the right end: ’26.
    (?:\([^()\n]{{1,20}}\)\x20*)?                      # or a label: ('25.11)
    (?:\p{{Hangul}}{{1,6}}\x20?)?                           # or a word: 정부안677.4 → 최종673.3조원
    """,
    regex.VERBOSE,
)

# How far back a title's "(" looks for its line start: a bounded look keeps the scan linear
# on a very long line (titles are short).
_TITLE_REACH = 200

# (단위: 억 달러), [단위 : %] — governs the table or list below it; so does a unit closing
# the title line of a tab table: 경상수지 추이(억 달러)⏎월⇥경상수지 …
_BLOCK_HEADER_BRANCHES = (
    rf"""
    [(\[（〈<［]\s*(?:\p{{Hangul}}{{1,4}}\x20?)?                    # ( or (금액
    (?:{_alternation(UNIT_HEADER_WORDS)})\s*[:：]?\s*                   # 단위:
    (?P<expr>[^)\]）〉>］\n]{{1,24}}?)                                 # 억 달러
    \s*[)\]）〉>］]                                                    # )
    """,
    rf"""
    ^[\x20\t]*(?:[※*·\-][\x20\t]*)?(?:\p{{Hangul}}{{1,4}}\x20?)?   # a line of its own: ※ (금액)
    (?:{_alternation(UNIT_HEADER_WORDS)})[\x20\t]*[:：][\x20\t]*      # 단위:
    (?P<expr>[^()\[\]\n]{{1,24}}?)[\x20\t]*$                       # 억 달러
    """,
    rf"""
    [(（](?P<expr>[^()（）\n\t\d]{{1,12}})[)）]      # a parenthesised unit: (억 달러)
    (?=\x20*\n(?:\x20*\n)*[^\n]*\t)              # right above a tab row, closing
    (?<=^[^\t\n]{{0,{_TITLE_REACH}}}\S[(（][^()（）\n\t\d]{{1,12}}[)）])  # a title line (no tab row)
    """,
)
# The branches are scanned each on its own (``extractors.scan``): joined, they ran ten times slower.
_BLOCK_HEADERS = tuple(regex.compile(b, regex.VERBOSE | regex.MULTILINE) for b in _BLOCK_HEADER_BRANCHES)

# 수출액(억 달러) : 6,402, 6,287 — governs the rest of its line.  Two branches scanned each on
# its own, as one (?<=\S)\x20?[(（] would be tried at every character: a space before the
# parenthesis, or none.  Each starts at the parenthesis and looks back for the rest: the engine
# then skips ahead to the few parentheses instead of trying the look-back at every space.
_INLINE_HEADERS = tuple(
    regex.compile(
        rf"""
        [(（](?<={before}[(（])(?P<expr>[^()（）\n\d]{{1,12}})[)）]   # 수출액(억 달러)
        \x20?[:：]                                          # :
        """,
        regex.VERBOSE,
    )
    for before in (r"\S\x20", r"\S")
)


# Sentence ends: a line break, or . ! ? after a non-digit, before a space.
_SENTENCE_END = regex.compile(r"\n|(?<=[^\d\s])[.!?。](?=\s|$)")

_COUNTER_FIRST = frozenset(w[0] for w in COUNTERS) - {""}
# A counter after a numeral (and its "about" infix): 9만 7천개, 1,500여 개, 500만 대.
_COUNTER_AFTER = regex.compile(rf"[\x20\u00a0]?(?:{_counter_alternation(COUNTERS)})")
# A Hangul word after a numeral that is no particle: 3만 기업, 1,000억 투자.
# What may follow a bare number that takes a currency from its sentence: a particle
# (250억으로) or, after a space, a word of ``WORDS_AFTER_BARE_AMOUNT`` (600억 투입).
_WORD_AFTER = regex.compile(
    rf"""
    (?!{_alternation(PARTICLES_ANY + PARTICLES_AFTER_CONSONANT + PARTICLES_AFTER_VOWEL)})\p{{Hangul}}  # 3억주
  | [\x20\u00a0](?!{_alternation(WORDS_AFTER_BARE_AMOUNT)})\p{{Hangul}}          # 14억 인구, 3억 주
    """,
    regex.VERBOSE,
)
# "(약" opening a conversion right after an amount: 20억 달러(약 2조 7천억).
_CONVERSION_BEFORE = regex.compile(
    rf"[(（][\x20\u00a0]*(?:{_alternation(CONVERSION_MARKS)})[\x20\u00a0]*(?:{_alternation(APPROX_BEFORE)})?[\x20\u00a0]*$"
)
# The word before a numeral, past an approximator: 인구 약 5천만 → 인구.
_WORD_BEFORE = regex.compile(
    rf"(?P<word>\p{{Hangul}}+)[\x20\u00a0]*(?:(?:{_alternation(APPROX_BEFORE)})[\x20\u00a0]*)?$"
)
_MIN_GROUP = GROUP_WORDS[SENTENCE_CURRENCY_MIN_GROUP]
_LARGE_GROUP = regex.compile("[" + "".join(g for g, size in GROUP_WORDS.items() if size >= _MIN_GROUP) + "]")


_ONE = Decimal(1)


class _Token(NamedTuple):
    """A written number; ``kind`` None while no unit governs it.

    A named tuple: a document holds thousands of tokens, and a tuple is built
    several times faster than a frozen dataclass.
    """

    start: int  # sign or symbol included
    end: int  # unit word included when written
    number_end: int  # end of the numeral (and its infix)
    sign: int
    numeral: str  # the numeral surface (remainder included)
    value: Decimal  # unsigned value of the numeral
    kind: FactKind | None
    unit: str | None
    multiplier: Decimal = _ONE
    counted: bool = False  # followed by a counter (9만 7천개): a count, that nothing may govern

    @property
    def bare(self) -> bool:
        """No unit written or set yet, and no count: what a header, partner or sentence may govern."""
        return self.kind is None and not self.counted

    def governed(self, kind: FactKind, unit: str | None, multiplier: Decimal | None = None) -> _Token:
        """This number with a unit set by what governs it."""
        scale = self.multiplier if multiplier is None else multiplier
        return _Token(
            self.start, self.end, self.number_end, self.sign, self.numeral, self.value, kind, unit, scale
        )

    def as_count(self) -> _Token:
        return _Token(
            self.start, self.end, self.number_end, self.sign, self.numeral, self.value, None, None, _ONE, True
        )


_PLAIN_DIGITS = regex.compile(DIGITS_PATTERN)


def _written(numeral: str) -> bool:
    """True if the numeral is plain digits (kept as written for percents)."""
    return _PLAIN_DIGITS.fullmatch(numeral) is not None


_FIXED_UNITS: tuple[tuple[str, FactKind, str], ...] = (
    ("pp", "percent_point", "%p"),
    ("pct", "percent", "%"),
    ("mult", "multiple", "x"),
)


_FIXED_BY_GROUP: dict[str, tuple[FactKind, str]] = {group: (kind, unit) for group, kind, unit in _FIXED_UNITS}
_UNIT_GROUPS = frozenset({"pp", "pct", "mult", "cur", "code", "sufsym"})
# Group numbers of _TOKEN, read by position in the token loop; the unit groups come last.
_NUMBER_GROUP, _INFIX_GROUP, _REMAINDER_GROUP = (
    _TOKEN.groupindex[g] for g in ("number", "infix", "remainder")
)
_FIRST_UNIT_GROUP = min(_TOKEN.groupindex[g] for g in _UNIT_GROUPS)
_GROUP_CHARS = frozenset(GROUP_WORDS)


def _unit_of(match: regex.Match[str]) -> tuple[FactKind | None, str | None]:
    """Kind and unit named by a match of ``_TOKEN``."""
    fixed = _FIXED_BY_GROUP.get(match.lastgroup or "")
    if fixed is not None:
        return fixed  # the common case, without building a dict of every group
    if match.lastgroup == "cur":  # the next most common: a currency word closes the match
        return "amount", _CURRENCY_BY_WORD[_squeeze(match.group("cur"))]
    groups = match.groupdict()
    for group, kind, unit in _FIXED_UNITS:
        if groups.get(group):
            return kind, unit
    if groups.get("cur"):
        return "amount", _CURRENCY_BY_WORD[_squeeze(groups["cur"])]
    code = groups.get("code") or groups.get("precode")
    symbol = groups.get("symbol") or groups.get("sufsym")
    if code:
        return "amount", CODE_ALIASES.get(code, code)
    return ("amount", _CURRENCY_BY_SYMBOL[symbol]) if symbol else (None, None)


_FOOTNOTE_MARK = regex.compile(r"\d{1,2}[)）]")
_PAREN_REACH = 200  # how far back an opening parenthesis of a footnote-like "1)" is looked for
_OPEN_PARENS, _CLOSE_PARENS = "(（", ")）"
_CLOSE_PARENS_SET = frozenset(_CLOSE_PARENS)


def _is_footnote_mark(text: str, start: int, end: int) -> bool:
    """1) closing no parenthesis of its line: a footnote mark (수출1), 주: 1) 통관기준), no figure.

    >>> _is_footnote_mark("수출1)", 2, 3), _is_footnote_mark("비중(1)", 3, 4)
    (True, False)
    """
    if not _FOOTNOTE_MARK.fullmatch(text, start, end + 1):
        return False
    # the parentheses of the line before it, within a bounded reach: linear on a very long line
    reach = max(0, start - _PAREN_REACH)
    line = text[text.rfind("\n", reach, start) + 1 or reach : start]
    return sum(line.count(c) for c in _OPEN_PARENS) <= sum(line.count(c) for c in _CLOSE_PARENS)


def text_to_tokens(text: str) -> list[_Token]:
    """Every written number of ``text`` with its sign and unit, in text order.

    >>> [(t.numeral, t.kind, t.unit) for t in text_to_tokens("수출 3,500 → 2,000억불, 12.4% 증가")]
    [('3,500', None, None), ('2,000억', 'amount', 'USD'), ('12.4', 'percent', '%')]
    """
    tokens: list[_Token] = []
    for m in _TOKEN.finditer(text):
        # the groups read once, by position: a document has thousands of numbers
        sign, symbol, precode, number, infix, remainder, scale, *_ = m.groups()
        start, end = m.span()
        unit_group = m.lastgroup if m.lastindex is not None and m.lastindex >= _FIRST_UNIT_GROUP else None
        numeral = number + remainder if remainder else number
        if unit_group is not None or symbol or precode:
            if unit_group is None and not scale and _LATIN_AFTER.match(text, end):
                continue  # $300Mn, US$5bil: a scale we do not know
            kind, unit = _unit_of(m)
            if unit_group == "cur":
                cur = m.group("cur")
                if cur in _AFTER_GROUP_ONLY and _GROUP_CHARS.isdisjoint(numeral):
                    kind, unit = None, None  # 3불 정책: no amount
                if len(numeral) == 1 and _NOT_CURRENCY_AFTER.match(text, end):
                    continue  # 3원 체제: a three-part system, no amount
        elif text[end : end + 1].isalpha() and _GROUP_CHARS.isdisjoint(numeral):
            continue  # 2024년, 3개, 12월: a counted number that nothing can govern
        else:
            kind, unit = None, None
        numeral_end = m.end(_NUMBER_GROUP)
        if (
            kind is None
            and text[numeral_end : numeral_end + 1] in _CLOSE_PARENS_SET
            and not sign
            and _is_footnote_mark(text, start, numeral_end)
        ):
            continue
        value = parse_korean_number(numeral)
        if value is None:
            continue
        number_end = m.end(_REMAINDER_GROUP) if remainder else m.end(_INFIX_GROUP) if infix else numeral_end
        multiplier = Decimal(SCALE_WORDS[scale]) if scale else _ONE
        if kind == "amount" and unit_group == "cur" and _squeeze(m.group("cur")) in _SUBUNITS:
            multiplier *= _SUBUNIT  # 64.2 센트: hundredths of a dollar
        counted = (
            kind is None
            and not scale
            and text[number_end : number_end + 2].lstrip(" \u00a0")[:1] in _COUNTER_FIRST
            and _COUNTER_AFTER.match(text, number_end) is not None
        )
        tokens.append(
            _Token(
                start,
                end,
                number_end,
                SIGNS.get(sign.strip(_SIGN_WRAPPING)[-1:], 1) if sign else 1,  # 마이너스(-): its mark
                numeral,
                value,
                kind,
                unit,
                multiplier,
                counted,
            )
        )
    return _join_subunits(text, _with_spoken(tokens, _spoken_tokens(text)))


# ---- spoken numbers -------------------------------------------------------------------

_SINO_CLASS = "[" + "".join(SPOKEN_DIGITS) + "]"
_SINO_AND_PLACES = "".join(SPOKEN_DIGITS) + "".join(DIGIT_PLACES)
_SPOKEN_FIRST = (
    _SINO_AND_PLACES + "".join(GROUP_WORDS) + "".join(w[0] for w in (*SIGN_WORDS, *NATIVE_ONES, *NATIVE_TENS))
)
_SPOKEN_UNITS = rf"""
    (?P<pp>{_unit_alternation(PERCENT_POINT_WORDS)})     # 퍼센트포인트
  | (?P<pct>{_unit_alternation(PERCENT_WORDS)})          # 퍼센트, 퍼센티지
  | (?P<mult>{_unit_alternation(MULTIPLE_WORDS)})        # 배
  | (?P<cur>{_unit_alternation(_CURRENCY_WORD_LIST)})    # 원, 달러
"""
# What a spoken number is written with up to its unit, and how a unit starts: a cheap test
# that rejects most words starting with a numeral syllable (이번, 사업, 만큼) before the pattern
# is tried there.  A longer run holds no numeral parse_korean_number reads (80 characters).
_SPOKEN_CHARS = regex.escape(
    "".join(
        sorted(
            {
                *"".join((*SIGN_WORDS, *NATIVE_ONES, *NATIVE_TENS)),
                *_SINO_AND_PLACES,
                *GROUP_WORDS,
                SPOKEN_POINT,
            }
            | set("0123456789,. \u00a0")
        )
    )
)
_SPOKEN_UNIT_FIRST = regex.escape(
    "".join(
        sorted({w[0] for w in (*PERCENT_POINT_WORDS, *PERCENT_WORDS, *MULTIPLE_WORDS, *_CURRENCY_WORD_LIST)})
    )
)
_SPOKEN_REACH = 160
# A spelled-out numeral and its unit: 이천삼백사십오억 달러, 마이너스 오 퍼센트, 두 배.
# The run of numeral characters is bounded (a numeral has at most five groups of four digits,
# three place words and a group word) and checked by ``parse_korean_number`` once its digits
# are written out.
_SPOKEN = regex.compile(
    rf"""
    (?=[{_SPOKEN_FIRST}])                                  # (cheap test first)
    (?<![\p{{Hangul}}\d.,])                               # a word of its own: 수십 is not 십
    (?=[{_SPOKEN_CHARS}]{{1,{_SPOKEN_REACH}}}?[{_SPOKEN_UNIT_FIRST}])  # (cheap test: then a unit)
    (?:(?P<sword>{_alternation(SIGN_WORDS)})\x20?)?       # 마이너스 (the word is the sign)
    (?:
        (?P<native>(?:{_alternation(NATIVE_TENS)})?(?:{_alternation(NATIVE_ONES)})?)  # 두, 열두, 스무
        (?<=\p{{Hangul}})\x20?(?=(?:{_unit_alternation(MULTIPLE_WORDS)}))           #   before 배 only
      |
        (?P<number>                                       # 이천삼백사십오억, 삼점오, 천4백만
            (?:
                {_SINO_CLASS}(?:{regex.escape(SPOKEN_POINT)}{_SINO_CLASS}{{1,6}})?  # 오, 삼점오
              | {DIGITS_PATTERN}                          # 4 (천4백만), 3 (마이너스 3%)
              | {_HANGUL_NUMERAL_CLASS}(?=[\d{_SINO_AND_PLACES}])  # 천4백만
              | {_HANGUL_NUMERAL_CLASS}[\x20\u00a0](?=[{_SINO_AND_PLACES}])  # 이천 삼백 (never 이천 14억:
                                                  #   a place name, 이천, before a written amount)
              | {_HANGUL_NUMERAL_CLASS}                   # 천, 만
            ){{1,48}}+
        )
    )
    {_SP}
    (?:{_SPOKEN_UNITS})
    """,
    regex.VERBOSE,
)
_SPOKEN_DIGIT_TABLE = str.maketrans({**{k: str(v) for k, v in SPOKEN_DIGITS.items()}, SPOKEN_POINT: "."})
_NATIVE = regex.compile(rf"(?P<tens>{_alternation(NATIVE_TENS)})?(?P<ones>{_alternation(NATIVE_ONES)})?")


def _spoken_value(match: regex.Match[str]) -> Decimal | None:
    """The value a spoken numeral names, or None when it is not one we read.

    A native number (두, 열두) counts before 배 only; a lone Sino digit (이, 오) before a
    percent only (이 달러 is "this dollar" as often as $2); digits alone are the written
    grammar's, unless a sign word stands before them (마이너스 3%).
    """
    native = match.group("native")
    if native is not None:
        if not native or native in NATIVE_NOT_ALONE:
            return None
        parts = _NATIVE.fullmatch(native)
        if parts is None:
            return None
        tens, ones = parts.group("tens", "ones")
        return Decimal(NATIVE_TENS.get(tens or "", 0) + NATIVE_ONES.get(ones or "", 0))
    numeral = match.group("number").rstrip(" \u00a0")
    sino = any(char in SPOKEN_DIGITS for char in numeral)
    if not sino and not match.group("sword"):
        return None
    if sino and len(numeral) == 1 and not match.group("pct") and not match.group("pp"):
        return None
    return parse_korean_number(numeral.translate(_SPOKEN_DIGIT_TABLE), spoken=True)


def _spoken_tokens(text: str) -> list[_Token]:
    """Numbers spoken in words before their unit: 이십 퍼센트, 오천만 원, 두 배.

    >>> spoken = _spoken_tokens("마이너스 오 퍼센트, 이천삼백사십오억 달러, 두 배")
    >>> [(t.value, t.unit, t.sign) for t in spoken]
    [(Decimal('5'), '%', -1), (Decimal('234500000000'), 'USD', 1), (Decimal('2'), 'x', 1)]
    """
    tokens = []
    for m in _SPOKEN.finditer(text):
        value = _spoken_value(m)
        if value is None:
            continue
        kind, unit = _unit_of(m)
        if kind is None or unit is None:
            continue
        multiplier = _SUBUNIT if m.group("cur") and _squeeze(m.group("cur")) in _SUBUNITS else _ONE
        if m.group("cur") in _AFTER_GROUP_ONLY and not _GROUP_WORD.search(m.group("number") or ""):
            continue  # 삼 동: no amount
        numeral = m.group("native") or m.group("number")
        number_end = m.start("native") + len(numeral) if m.group("native") else m.end("number")
        sign = SIGN_WORDS.get(m.group("sword") or "", 1)
        tokens.append(_Token(m.start(), m.end(), number_end, sign, numeral, value, kind, unit, multiplier))
    return tokens


def _with_spoken(tokens: list[_Token], spoken: list[_Token]) -> list[_Token]:
    """The written tokens with the spoken ones, a written token inside a spoken one left out
    (마이너스 3%: the sign word belongs to the number)."""
    if not spoken:
        return tokens
    starts = [t.start for t in spoken]
    kept = []
    for token in tokens:
        i = bisect.bisect_right(starts, token.start) - 1
        inside = any(s.start < token.end and token.start < s.end for s in spoken[max(i, 0) : i + 2])
        if not inside:
            kept.append(token)
    return sorted([*kept, *spoken], key=lambda t: t.start)


def _join_subunits(text: str, tokens: list[_Token]) -> list[_Token]:
    """3 달러 50 센트 is one amount, 3.50 USD: hundredths right after an amount in their currency."""
    out: list[_Token] = []
    for token in tokens:
        last = out[-1] if out else None
        if (
            last is not None
            and token.kind == "amount"
            and token.multiplier == _SUBUNIT
            and last.kind == "amount"
            and last.unit == token.unit
            and last.multiplier == _ONE
            and token.sign == 1
            and token.value < 100
            and token.value == token.value.to_integral_value()
            and not text[last.end : token.start].strip(" \u00a0")
        ):
            value = last.value + token.value * _SUBUNIT
            out[-1] = _Token(
                last.start, token.end, token.end, last.sign, last.numeral, value, "amount", last.unit
            )
            continue
        out.append(token)
    return out


# ---- governing bare numbers ---------------------------------------------------------


# The scale words a left range end may share with its right end: 5천억 → 억 or 천억, 4천 → 천.
_SHARED_SCALE = regex.compile(
    rf"(?P<digits>[\d,]+(?:\.\d+)?)?{_SP}(?:(?P<place>{_PLACE_CLASS}){_SP})?(?P<group>{_GROUP_CLASS})"
    rf"|(?P<last>{_PLACE_CLASS})$"
)


def _shorthand(left: Decimal, digits: str | None) -> bool:
    """2~300억 may be 200억~300억 (spoken 이삼백억) or 2억~300억: the left end is ambiguous."""
    if not digits or "." in digits or left != left.to_integral_value() or left <= 0:
        return False
    right = int(digits.replace(",", ""))
    expanded = int(left) * 10
    while len(str(expanded)) <= len(str(right)):
        if expanded < right and len(str(expanded)) == len(str(right)) and right % 10 == 0:
            return True
        expanded *= 10
    return False


def _closest_group(left: Decimal, right: _Token) -> Decimal | None:
    """The scale of ``right`` that puts ``left`` nearest its magnitude, or None if unsure.

    146 → 291억: 억; 3~5천억: 천억 (Korean shares the place word too); 3~4천 달러: 천;
    2~300억: None (200억 or 2억?).

    >>> def scale(left: str, right: str) -> Decimal | None:
    ...     return _closest_group(Decimal(left), text_to_tokens(right + " 달러")[0])
    >>> scale("146", "291억"), scale("3", "5천억"), scale("3", "4천"), scale("9000", "1조 2,000억")
    (Decimal('100000000'), Decimal('100000000000'), Decimal('1000'), Decimal('100000000'))
    >>> scale("2", "300억") is None, scale("1", "10억"), scale("5", "10조") == 10**12, scale("50", "100억")
    (True, Decimal('100000000'), True, Decimal('100000000'))
    """
    scales: list[tuple[Decimal, str | None]] = []
    for m in _SHARED_SCALE.finditer(right.numeral):
        if m.group("last"):
            scales.append((Decimal(DIGIT_PLACES[m.group("last")]), None))
            continue
        group = Decimal(GROUP_WORDS[m.group("group")])
        scales.append((group, None if m.group("place") else m.group("digits")))
        if m.group("place"):
            scales.append((group * DIGIT_PLACES[m.group("place")], None))
    if not scales or left == 0:
        return scales[-1][0] if scales else Decimal(1)
    target = right.value.adjusted()
    scale, digits = min(scales, key=lambda g: (abs((left * g[0]).adjusted() - target), g[0]))
    return None if _shorthand(left, digits) else scale


def _year_like(token: _Token) -> bool:
    return _YEAR_LIKE.fullmatch(token.numeral) is not None


def _govern_by_partners(text: str, tokens: list[_Token]) -> list[_Token]:
    """Left ends of ranges take the unit of their right end, right to left."""
    out = list(tokens)
    for i in range(len(out) - 2, -1, -1):
        left, right = out[i], out[i + 1]
        if not left.bare or (right.kind is None and not right.counted):
            continue
        if not _RANGE_GAP.fullmatch(text, left.number_end, right.start):
            continue
        if right.kind is None:
            out[i] = left.as_count()  # 3만~5만 명: both ends count
            continue
        has_group = _GROUP_WORD.search(left.numeral) is not None
        if right.kind != "amount":
            if has_group:
                continue
            out[i] = left.governed(right.kind, right.unit)
            continue
        if _year_like(left):
            continue
        shared = Decimal(1) if has_group else _closest_group(left.value, right)
        if shared is None:
            continue
        multiplier = right.multiplier * shared
        out[i] = left.governed("amount", right.unit, multiplier)
    return out


# A list of bare numbers its last one's unit closes, right after 각각: 각각 6.3, 8.3, 5.4, 3.4%.
_LIST_COMMA = regex.compile(r"[^\S\n]*[,，][^\S\n]*")
_LIST_OPENER = regex.compile(rf"(?:{_alternation(RESPECTIVELY)})[^\S\n]*$")
_LIST_UNITS = frozenset({"percent", "percent_point", "multiple"})  # no scale word to share


def _govern_by_lists(text: str, tokens: list[_Token]) -> list[_Token]:
    """Plain bare numbers listed by commas right after 각각 take the unit closing the list.

    Only a rate, point or multiple closes one (an amount's scale word may not be the
    others'); a year-like, counted or worded number breaks the list, and nothing
    is read unless 각각 opens it.
    """
    out = list(tokens)
    for i, closer in enumerate(tokens):
        if closer.kind not in _LIST_UNITS or i == 0:
            continue
        first = i
        while first > 0:
            left = tokens[first - 1]
            if not (left.bare and _written(left.numeral) and not _year_like(left)):
                break
            if not _LIST_COMMA.fullmatch(text, left.number_end, tokens[first].start):
                break
            first -= 1
        if first == i or not _LIST_OPENER.search(text, max(0, tokens[first].start - 8), tokens[first].start):
            continue
        for k in range(first, i):
            out[k] = tokens[k].governed(closer.kind, closer.unit)
    return out


_Unit = Unit  # kind, unit, multiplier set by a header
_Header = HeaderUnits


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _ends_block(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith(TABLE_END_MARKS) or stripped.startswith(HEADING_MARKS)


def _table_goes_on(text: str, pos: int, limit: int, last_row_end: int) -> bool:
    """After a blank line, a table goes on if both the last row and the next line are tab rows."""
    last_row = text[text.rfind("\n", 0, last_row_end) + 1 : last_row_end]
    rest = text[pos:limit].lstrip("\n")
    next_line = rest.split("\n", 1)[0]
    return "\t" in last_row and "\t" in next_line and not _ends_block(next_line)


@dataclass(frozen=True, slots=True)
class _UnitHeaders:
    """The unit headers of a text, each pattern run once: three stages read them."""

    block: list[regex.Match[str]]  # (단위: 억 달러)
    inline: list[regex.Match[str]]  # 수출액(억 달러) :


def _unit_headers(text: str) -> _UnitHeaders:
    return _UnitHeaders(
        list(alternation_finditer(_BLOCK_HEADERS, text)), list(alternation_finditer(_INLINE_HEADERS, text))
    )


def _block_scopes(text: str, headers: list[regex.Match[str]]) -> list[tuple[int, int, _Header]]:
    """(start, end, units) of the table or list each block header (``headers``) governs."""
    scopes: list[tuple[int, int, _Header]] = []
    for n, header in enumerate(headers):
        units = _header_units(header.group("expr"))
        limit = headers[n + 1].start() if n + 1 < len(headers) else len(text)
        _, pos = _line_bounds(text, header.end())
        start = end = -1
        tab_rows = False
        while pos < limit:
            line_start = pos + 1
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else min(line_end, limit)
            line = text[line_start:line_end]
            if not line.strip() and (start < 0 or _table_goes_on(text, line_end, limit, end)):
                pos = line_end
                continue  # blank lines between the header and its table, or between its rows
            if _ends_block(line) or (start >= 0 and tab_rows and "\t" not in line):
                break  # a note, source or heading; or the first line that is no row of a tab table
            if start < 0:
                start, tab_rows = line_start, "\t" in line
            end = line_end
            pos = line_end
        if units.units and start >= 0:
            scopes.append((start, end, units))
    return scopes


# A number joined to another: 044-203-5520, 10:00, 12/31, 2025. 12. 1. — a code, time or date part.
_SIGN_CHARS = frozenset(SIGNS)
_JOINED_AFTER = regex.compile(r"[-−:/](?=\d)|\.\x20?\d")
_JOINED_BEFORE = regex.compile(r"\d(?:[-−:/]|\.\x20?)$")


def _standalone(text: str, token: _Token, *, parenthesised: bool = False) -> bool:
    """A bare number that is a whole cell or list item, not 25개, (0.57) (unless allowed),
    nor a part of a phone number, time or date (044-203-5520, 10:00, 12/31).

    >>> [_standalone(t, text_to_tokens(t)[1]) for t in ("1,200\t300", "044-203", "10:00", "(1) 12")]
    [True, False, False, True]
    """
    how = _cell_number(text, token)
    if how is None:
        return False
    if how == "plain":
        return True
    # (0.57) is a share beside an amount, (3.2) a negative in accounts; only a rate
    # column's (△3.1), with its sign written, or a (증감률) row's (8.2) is a rate
    if not parenthesised:
        return False
    line_start = text.rfind("\n", 0, token.start) + 1
    return how == "signed" or text[line_start : line_start + 1] in _OPEN_PARENS


def _govern(token: _Token, unit: _Unit) -> _Token:
    return token.governed(*unit)


def _fits(token: _Token, unit: _Unit) -> bool:
    """A scaled header (억 달러) governs no number with a group word of its own (1조 2천억)."""
    return unit[2] == 1 or _GROUP_WORD.search(token.numeral) is None


# A numeral of place and group words only (백만, 십억, 천): in parentheses of its own, a unit.
_SCALE_ONLY = regex.compile(f"[{''.join(DIGIT_PLACES)}]*[{''.join(GROUP_WORDS)}]?")
# What may close such a unit: its parenthesis, or other units without a number first ((백만달러, %)).
_UNIT_CLOSE = regex.compile(r"\s*(?:[,/·]\s*[^()（）\d\n]{0,20})?[)）]")


def _unit_in_parentheses(text: str, token: _Token) -> bool:
    """Whether a token is a unit written alone in parentheses: 수출 (백만달러), (십억원), (US$ 백만).

    >>> unit = lambda t: _unit_in_parentheses(t, text_to_tokens(t)[0])
    >>> [unit(t) for t in ("수출 (백만달러)", "(십억원, %)", "(1백만달러)", "백만달러 이상", "(백만불, 3%)")]
    [True, True, False, False, False]
    """
    return (
        token.start > 0
        and text[token.start - 1] in _OPEN_PARENS
        and _UNIT_CLOSE.match(text, token.end) is not None
        and bool(token.numeral)
        and _SCALE_ONLY.fullmatch(token.numeral) is not None
    )


def _drop_header_words(headers: _UnitHeaders, tokens: list[_Token], text: str) -> list[_Token]:
    """The unit words of a header ((단위: 백만 달러), 수출 (백만달러)) are no figure themselves."""
    tokens = [token for token in tokens if not _unit_in_parentheses(text, token)]
    spans = sorted((m.start(), m.end()) for found in (headers.block, headers.inline) for m in found)
    if not spans:
        return tokens
    starts = [start for start, _ in spans]
    kept = []
    for token in tokens:
        i = bisect.bisect_right(starts, token.start) - 1
        if i < 0 or token.start >= spans[i][1]:
            kept.append(token)
    return kept


def _cell_number(text: str, token: _Token) -> Literal["plain", "parenthesised", "signed"] | None:
    """How a bare number stands in its table cell: alone, in parentheses (with its
    sign written or not), or None when it is a part of a code, time or date
    (044-203, 10:00, 2025.12) or has a word or mark after it (25개, 3.5%)."""
    after = text[token.number_end : token.number_end + 1]
    before = text[token.start - 1 : token.start] if token.start else ""
    if after and (after.isalpha() or after in "%％"):
        return None
    if _JOINED_AFTER.match(text, token.number_end) or _JOINED_BEFORE.search(
        text, max(0, token.start - 3), token.start
    ):
        return None
    if before in _OPEN_PARENS and after in _CLOSE_PARENS:
        return "signed" if text[token.start] in _SIGN_CHARS else "parenthesised"
    return "plain"


def _govern_by_cells(text: str, tokens: list[_Token], cells: Sequence[TableCellSpan]) -> list[_Token]:
    """A bare number in a table cell takes the unit ``extractors.tables`` read for the
    cell: its plain numbers' (282.3), its parenthesised numbers' ((147.8)) or those
    parenthesised with their sign written ((△3.1))."""
    if not cells:
        return tokens
    ordered = sorted(cells, key=lambda cell: cell.start)
    starts = [cell.start for cell in ordered]
    out = list(tokens)
    for i, token in enumerate(out):
        if not token.bare or _year_like(token):
            continue
        index = bisect.bisect_right(starts, token.start) - 1
        cell = ordered[index] if index >= 0 else None
        if cell is None or cell.units is None or token.start >= cell.end:
            continue
        role = _cell_number(text, token)
        units = cell.units
        unit = {"plain": units.plain, "parenthesised": units.parenthesised, "signed": units.signed}.get(
            role or ""
        )
        if unit is not None and _fits(token, unit):
            out[i] = _govern(token, unit)
    return out


def _govern_by_headers(text: str, tokens: list[_Token], headers: _UnitHeaders) -> list[_Token]:
    out = list(tokens)
    starts = [t.start for t in out]
    for start, end, header in _block_scopes(text, headers.block):
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            token = out[i]
            if not token.bare or _year_like(token):
                continue
            line_start, line_end = _line_bounds(text, token.start)
            line = text[line_start:line_end]
            before = text[line_start : token.start]
            if "\t" in line:
                continue  # a table row: its cells govern it (_govern_by_cells)
            if ":" in before or "：" in before:
                unit, by_label = _cell_unit(header, (regex.split("[:：]", before, maxsplit=1)[0],))
            else:
                continue  # prose inside a block: only "label : values" lists are governed
            if unit is not None and _standalone(text, token, parenthesised=by_label) and _fits(token, unit):
                out[i] = _govern(token, unit)
    return out


_SERIES_ARROWS = tuple(SERIES_ARROWS)


def _inline_scope_end(text: str, pos: int) -> int:
    """The end of the line at ``pos``, or of the last line a series goes on to: a line
    ending in an arrow, or followed by one starting with an arrow, continues
    (… → (12)△5.3 →⏎(‘20.1)△6.6, or … (11)+3.9⏎→(12)+12.4)."""
    end = text.find("\n", pos)
    while end >= 0 and (
        text[max(pos, end - 8) : end].rstrip(" \t").endswith(_SERIES_ARROWS)
        or text[end + 1 : end + 9].lstrip(" \t").startswith(_SERIES_ARROWS)
    ):
        end = text.find("\n", end + 1)
    return len(text) if end < 0 else end


_BREAKDOWN_REACH = 12  # how many lines below a header ending its line it may govern


def _breakdown_end(text: str, pos: int, limit: int) -> int:
    """The end of the lines an inline header ending its line heads (세부 현황(조원) :⏎
    (25.6월) 주담대(+5.1조) = 은행(+3.8조) + …): blank lines skipped, up to a note or
    heading, a line of prose (a sentence ends in it) or the next header."""
    end = pos
    for _ in range(_BREAKDOWN_REACH):
        if end >= limit:
            break
        line_end = text.find("\n", end + 1)
        line_end = limit if line_end < 0 else min(line_end, limit)
        line = text[end + 1 : line_end]
        if line.strip() and (_ends_block(line) or "\t" in line or _SENTENCE_END.search(line)):
            break
        end = line_end
    return end


def _own_scale(text: str, token: _Token, unit: _Unit) -> bool:
    """A number written with the header's own group word (+5.1조 under (조원)): only its
    currency is missing, and no noun follows it (3억 명)."""
    kind, _, multiplier = unit
    if kind != "amount" or multiplier == 1 or not token.bare:
        return False
    group = token.numeral.rstrip()[-1:]
    return GROUP_WORDS.get(group) == multiplier and not _WORD_AFTER.match(text, token.number_end)


def _govern_by_inline_headers(text: str, tokens: list[_Token], headers: _UnitHeaders) -> list[_Token]:
    """수출액(억 달러) : 6,402, 6,287 — an inline header's unit governs the bare numbers
    after it on its line (and on the lines its series goes on to); a header ending its
    line gives its currency to the numbers below it written with its group word."""
    out = list(tokens)
    starts = [t.start for t in out]
    for n, header in enumerate(headers.inline):
        line_unit = _sole_unit(header.group("expr"))
        if line_unit is None:
            continue
        scope_end = _inline_scope_end(text, header.end())
        lo, hi = bisect.bisect_left(starts, header.end()), bisect.bisect_left(starts, scope_end)
        for i in range(lo, hi):
            token = out[i]
            if token.bare and _standalone(text, token) and not _year_like(token) and _fits(token, line_unit):
                out[i] = _govern(token, line_unit)
            elif _own_scale(text, token, line_unit):
                out[i] = token.governed("amount", line_unit[1])
        if text[header.end() : scope_end].strip():
            continue
        limit = headers.inline[n + 1].start() if n + 1 < len(headers.inline) else len(text)
        below = bisect.bisect_left(starts, _breakdown_end(text, scope_end, limit))
        for i in range(hi, below):
            if _own_scale(text, out[i], line_unit):
                out[i] = out[i].governed("amount", line_unit[1])
    return out


def _may_take_currency(text: str, token: _Token) -> bool:
    """A bare number a currency of its sentence may govern: 4조 6천억 이상의, not 9만 7천개,
    3만 기업, 인구 5천만, nor a plain 300."""
    if not token.bare or _LARGE_GROUP.search(token.numeral) is None:
        return False
    if _WORD_AFTER.match(text, token.number_end):
        return False  # a noun follows: 3억 주, 14억 인구 — what it counts is unknown
    if _CONVERSION_BEFORE.search(text, max(0, token.start - 12), token.start):
        return False  # 20억 달러(약 2조 7천억): a conversion into a currency not written
    line_start = text.rfind("\n", 0, token.start) + 1
    before = _WORD_BEFORE.search(text, max(line_start, token.start - 24), token.start)
    if before is None:
        return True
    word = before.group("word")
    stems = {word} | {word[: -len(p)] for p in COUNT_NOUN_PARTICLES if word.endswith(p) and word != p}
    if any(stem.endswith(noun) for stem in stems for noun in COUNT_NOUN_ENDINGS):
        return False  # 인구 5천만, 관광객은 1억
    return not any(stem in COUNT_NOUN_WORDS for stem in stems)  # 수출기업 수는 9만


def _govern_by_sentence(text: str, tokens: list[_Token]) -> list[_Token]:
    """Bare 억/조-worded numbers take the currency of the amounts of their sentence, if they share one."""
    if not any(token.bare and _LARGE_GROUP.search(token.numeral) for token in tokens):
        return tokens  # nothing to govern: the sentences need not be found
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    sentence = [bisect.bisect_left(ends, t.start) for t in tokens]
    donors_by_sentence: dict[int, list[_Token]] = {}
    for number, token in zip(sentence, tokens, strict=True):
        if token.kind == "amount" and token.unit is not None:
            donors_by_sentence.setdefault(number, []).append(token)
    out = list(tokens)
    for i, token in enumerate(tokens):
        donors = donors_by_sentence.get(sentence[i])
        if not donors or not _may_take_currency(text, token):
            continue
        if len({d.unit for d in donors}) > 1:
            continue  # 1조 루피(약 16조 원) … 5천억: which currency is meant is unknown
        out[i] = token.governed("amount", donors[0].unit)
    return out


# ---- tokens to mentions ---------------------------------------------------------------


_SHORT = 24  # numerals shorter than this fit the default 28-digit Decimal context exactly


def _value(token: _Token) -> str:
    if token.kind == "amount":
        if len(token.numeral) < _SHORT:
            return decimal_text(token.sign * token.value * token.multiplier)
        with localcontext() as context:
            context.prec = 200  # exact: never round a long written amount
            return decimal_text(token.sign * token.value * token.multiplier)
    if _written(token.numeral):
        # the digits as written (9.0 stays 9.0), in ASCII: full-width １２.３ is 12.3
        digits = format(Decimal(token.numeral.replace(",", "")), "f")
        return f"-{digits}" if token.sign < 0 else digits
    return decimal_text(token.sign * token.value)


def _to_mention(token: _Token) -> Mention | None:
    if token.kind is None:
        return None
    end = token.end if token.end > token.number_end else token.number_end
    return Mention(token.kind, token.start, end, _value(token), token.unit)


def find_figure_mentions(
    text: str, tables: Sequence[TableCellSpan] | None = None, *, viewed: bool = False
) -> list[Mention]:
    """Amounts, percents, percentage points and multiples of ``text``, in text order.

    ``tables`` are the table cells a reader laid into ``text``; without them, the
    tables ``text`` writes itself (tab, pipe, aligned rows) are read.  ``viewed``:
    the caller found ``text`` to be its own view (``extractors.views``).

    >>> [(m.kind, m.value, m.unit) for m in find_figure_mentions("수출액은 2642억9천만 달러로 12.4% 늘었다.")]
    [('amount', '264290000000', 'USD'), ('percent', '12.4', '%')]
    >>> [(m.value, m.unit) for m in find_figure_mentions("투자규모 축소 (3,500 → 2,000억불)")]
    [('350000000000', 'USD'), ('200000000000', 'USD')]
    >>> [m.value for m in find_figure_mentions("순 무역수지가 -12억 달러에서 -270억 달러로")]
    ['-1200000000', '-27000000000']
    >>> find_figure_mentions("3년 만에 102개, 1,800여명, 원칙 2024년")
    []
    """
    # fullwidth digits and invisible characters read as they render
    cells = text_tables(text) if tables is None else tables
    view = TextView(text, text) if viewed else to_view(text, cells)
    text, cells = view.text, cells if view.identical else cells_to_view(view, cells)
    headers = _unit_headers(text)
    tokens = _drop_header_words(headers, text_to_tokens(text), text)
    tokens = _govern_by_cells(text, tokens, cells)
    tokens = _govern_by_headers(text, tokens, headers)
    tokens = _govern_by_inline_headers(text, tokens, headers)
    tokens = _govern_by_partners(text, tokens)
    tokens = _govern_by_lists(text, tokens)
    tokens = _govern_by_sentence(text, tokens)
    return mentions_to_original(view, [m for m in map(_to_mention, tokens) if m is not None])
