"""The unit of every cell of a table, from its unit line and its labels.

A unit line (``(단위: 억 달러, 전년동기 대비 %)``, ``< 업종별 동향(억 달러, %) >``,
``(단위 : 십억원)``, a ``(%)`` line) names the units of the table; a row or column
label decides among them, or names its own (``증감률(%)``, ``수출액(억 달러)``,
``(GDP대비,%)``):

- a label naming its unit in parentheses wins (the row's over the column's);
- a rate word (증감률, 비중, 전년비, YoY …) makes a percent under any header, a
  count word (업체 수, 인원(명)) or a rank, code or period (순위, HS코드, 기간) keeps
  the cell out;
- a header of several units maps its cells by their labels: under (억 달러, %) a
  cell naming no rate takes the amount;
- a parenthesised number is a rate only where the cell's role is a percent written
  as such — a ``%`` in the unit line or in the label — (``(147.8)`` under
  ``(억 달러, 전년동기 대비 %)`` beside its amount ``282.3``); under a rate word alone
  only with its sign written (``(△3.1)``, ``(+1.1)``); under an amount alone it may
  be a share or an accounting negative and stays out.

Korean words come from ``extractors.lexicon.numbers``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

import regex

from extractors._typing import FactKind, Unit
from extractors.lexicon.numbers import (
    AMOUNT_COLUMN_ENDINGS,
    AMOUNT_LABEL_WORDS,
    CHANGE_RATE_LABEL_WORDS,
    CODE_ALIASES,
    COMPARISON_LABEL_WORDS,
    COUNT_NOUN_ENDINGS,
    COUNT_NOUN_WORDS,
    COUNTERS,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DIFFERENCE_LABEL_WORDS,
    DIGIT_PLACES,
    GROUP_WORDS,
    HEADER_UNIT_SEPARATORS,
    MULTIPLE_WORDS,
    NON_FIGURE_LABEL_WORDS,
    PERCENT_POINT_WORDS,
    PERCENT_WORDS,
    PERIOD_LABEL_PREFIXES,
    POINT_LABEL_WORDS,
    RATE_LABEL_WORDS,
    SCALE_WORDS,
    UNIT_HEADER_WORDS,
)
from extractors.lexicon.tables import (
    BASIS_WORDS,
    CAPTION_BRACKETS,
    CONTRAST_ENDING,
    FLOW_COLUMN_WORDS,
    MAX_CAPTION_CHARS,
    PRICE_CURRENCIES,
)
from extractors.numerals import parse_korean_number
from extractors.readers.base import CellUnits

__all__ = [
    "NO_CELL_UNITS",
    "NO_UNITS",
    "PERCENT_UNIT",
    "HeaderUnits",
    "cell_units",
    "compared_only",
    "header_units",
    "inherited_unit",
    "label_unit",
    "sole_unit",
    "unit_expression",
]

_ONE = Decimal(1)
PERCENT_UNIT: Unit = ("percent", "%", _ONE)
POINT_UNIT: Unit = ("percent_point", "%p", _ONE)
_RATE_KINDS = frozenset({"percent", "percent_point"})
NO_CELL_UNITS = CellUnits(None, None, None)  # a cell that is no figure of any unit


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so that %p wins over %."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _squeeze(word: str) -> str:
    return word.replace(" ", "")


_CURRENCY_BY_WORD = {_squeeze(w): code for w, code in CURRENCY_WORDS}
_CURRENCY_BY_SYMBOL = dict(CURRENCY_SYMBOLS)
# Currency words as a header writes them: 억 달러, 억달러, 캐나다 달러.
_CURRENCY_WORDS_BARE = "|".join(
    r"[\x20]?".join(map(regex.escape, w.split(" ")))
    for w, _ in sorted(CURRENCY_WORDS, key=lambda pair: len(pair[0]), reverse=True)
)
_HEADER_SCALE = (
    rf"[\d,.\x20{''.join(DIGIT_PLACES)}{''.join(GROUP_WORDS)}]*?|(?:{_alternation(SCALE_WORDS)})\.?"
)

# A unit expression: 억 달러, 백만 US$, %, %p, 배; or a currency first: US$ 백만, USD million.
_UNIT_EXPR = regex.compile(
    rf"""
    ^\s*
    (?:
        (?P<scale>{_HEADER_SCALE})\s*                      # 억, 백만, million (or none)
        (?:
            (?P<pp>{_alternation(PERCENT_POINT_WORDS)})
          | (?P<pct>{_alternation(PERCENT_WORDS)})
          | (?P<mult>{_alternation(MULTIPLE_WORDS)})
          | (?P<cur>{_CURRENCY_WORDS_BARE})
          | (?P<symbol>{_alternation(_CURRENCY_BY_SYMBOL)})
          | (?P<code>{_alternation(CURRENCY_CODES)})
        )
      |
        (?:(?P<symbol>{_alternation(_CURRENCY_BY_SYMBOL)})|(?P<code>{_alternation(CURRENCY_CODES)}))
        \s*(?P<prescale>{_HEADER_SCALE})                  # US$ 백만, USD mn
    )\s*$
    """,
    regex.VERBOSE,
)

# (단위: 억 달러), [단위 : %], (금액단위: 백만 달러), or 단위: 억 달러 on a line of its own.
_UNIT_LINE = regex.compile(
    rf"""
    [(\[（〈<［]\s*(?:\p{{Hangul}}{{1,4}}\x20?)?            # ( or (금액
    (?:{_alternation(UNIT_HEADER_WORDS)})\s*[:：]?\s*         # 단위:
    (?P<expr>(?:[^()\]）〉>］\n]|[(（][^()（）\n]{{1,20}}[)）]){{1,30}}?)   # 억 달러, (전년동기 대비 %)
    \s*[)\]）〉>］]                                          # )
  |
    ^[\x20\t]*(?:[※*·\-][\x20\t]*)?(?:\p{{Hangul}}{{1,4}}\x20?)?   # a line of its own: ※ (금액)
    (?:{_alternation(UNIT_HEADER_WORDS)})[\x20\t]*[:：][\x20\t]*   # 단위:
    (?P<expr>[^()\[\]\n]{{1,30}}?)[\x20\t]*$                # 억 달러
    """,
    regex.VERBOSE,
)
# A title closing on its units: < 업종별 동향(억 달러, %) >, 경상수지 추이(억 달러), (%).
_TITLE_UNITS = regex.compile(
    rf"""
    [(（](?P<expr>[^()（）\n\t\d]{{1,30}})[)）]       # (억 달러, %)
    [\s{regex.escape(CAPTION_BRACKETS)}]*$           # before the closing bracket, if any
    """,
    regex.VERBOSE,
)
# A label closing on its unit: 수출액(억 달러), 증감률(%), (GDP대비,%).
_LABEL_UNITS = regex.compile(r"[(（](?P<expr>[^()（）\n\d]{1,20})[)）]\s*$")
# A counter in a label's parentheses: 인원(명), 물량(천 톤).
_COUNT_LABEL = regex.compile(
    rf"[(（][\d,.\x20{''.join(DIGIT_PLACES)}{''.join(GROUP_WORDS)}]*(?:{_alternation(COUNTERS)})[)）]"
)
# A price per something in a label's parentheses: 환율(원/달러), 유가(달러/배럴), (원/100엔).
_PRICE_LABEL = regex.compile(rf"[(（]\s*(?:{_alternation(PRICE_CURRENCIES)})\s*/[^()（）\n]{{1,12}}[)）]\s*$")
# Footnote marks and stars at the end of a label: 수출1), 수입*.
_LABEL_MARKS = regex.compile(r"(?:\d{1,2}\)|[*※†‡¹²³⁴⁵⁶⁷⁸⁹]+\)?)\s*$")
# A counter part of a header: 건, 천톤, 개사.
_COUNT_PART = regex.compile(
    rf"[\d,.\x20{''.join(DIGIT_PLACES)}{''.join(GROUP_WORDS)}]*(?:{_alternation(COUNTERS)})"
)
_PARENTHESISED = regex.compile(r"[(（][^()（）]*[)）]")
_HEADER_SPLIT = regex.compile(f"[{regex.escape(''.join(HEADER_UNIT_SEPARATORS))}]")
_RATE_WORDS = tuple(_squeeze(w).lower() for w in RATE_LABEL_WORDS)
_AMOUNT_LABELS = tuple(_squeeze(w).lower() for w in AMOUNT_LABEL_WORDS)
_NON_FIGURE_LABELS = tuple(_squeeze(w).lower() for w in NON_FIGURE_LABEL_WORDS)
_POINT_LABELS = tuple(_squeeze(w).lower() for w in POINT_LABEL_WORDS)
_DIFFERENCE_LABELS = tuple(_squeeze(w).lower() for w in DIFFERENCE_LABEL_WORDS)
_CHANGE_RATE_LABELS = tuple(_squeeze(w).lower() for w in CHANGE_RATE_LABEL_WORDS)
_COMPARISON_LABELS = frozenset(_squeeze(w).lower() for w in COMPARISON_LABEL_WORDS)
# A counter opening a label's parentheses before more words: 취업자(만명, 전년동월대비 증감).
_COUNT_FIRST = regex.compile(
    rf"[(（]\s*{_COUNT_PART.pattern}\s*[{regex.escape(''.join(HEADER_UNIT_SEPARATORS))}]"
)


_FIXED: tuple[tuple[str, FactKind, str], ...] = (
    ("pp", "percent_point", "%p"),
    ("pct", "percent", "%"),
    ("mult", "multiple", "x"),
)


def _expr_kind(match: regex.Match[str]) -> tuple[FactKind, str] | None:
    for group, kind, unit in _FIXED:
        if match.group(group):
            return kind, unit
    if match.group("cur"):
        return "amount", _CURRENCY_BY_WORD[_squeeze(match.group("cur"))]
    if code := match.group("code"):
        return "amount", CODE_ALIASES.get(code, code)
    symbol = match.group("symbol")
    return ("amount", _CURRENCY_BY_SYMBOL[symbol]) if symbol else None


@functools.lru_cache(maxsize=1024)
def header_unit(expr: str) -> Unit | None:
    """The unit an expression names: '억 달러' → ('amount', 'USD', 1E+8).

    >>> header_unit("억 달러"), header_unit("%"), header_unit("십억원")[2], header_unit("전년 대비")
    (('amount', 'USD', Decimal('100000000')), ('percent', '%', Decimal('1')), Decimal('1000000000'), None)
    """
    m = _UNIT_EXPR.match(expr)
    if not m:
        return None
    scale_text = (m.group("scale") or m.group("prescale") or "").replace(" ", "").rstrip(".")
    english = SCALE_WORDS.get(scale_text)
    scale = Decimal(english) if english else parse_korean_number(scale_text) if scale_text else _ONE
    kind = _expr_kind(m)
    if scale is None or kind is None:
        return None
    return kind[0], kind[1], scale if kind[0] == "amount" else _ONE


@dataclass(frozen=True, slots=True)
class HeaderUnits:
    """The units of a unit line; ``counts`` if it names counters too ((단위: 건, 억원))."""

    units: tuple[Unit, ...]
    counts: bool = False
    # Hashed once: it keys the cache of ``cell_units``, once per cell of a table.
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.units, self.counts)))

    def __hash__(self) -> int:
        return self._hash

    @property
    def has_percent(self) -> bool:
        """A percent among its units: parenthesised numbers beside amounts are rates."""
        return any(unit[0] == "percent" for unit in self.units)


NO_UNITS = HeaderUnits(())  # one object: it keys the cache of cell_units


@functools.lru_cache(maxsize=1024)
def header_units(expr: str) -> HeaderUnits:
    """Every unit of a unit expression, or none if one part is neither unit nor counter.

    >>> [len(header_units(e).units) for e in ("억 달러, %", "건, 억원", "달러/배럴", "원/달러", "달러/온스")]
    [2, 1, 1, 2, 0]
    >>> header_units("억 달러, 전년동기 대비, %").units[1:]
    (('percent', '%', Decimal('1')), ('percent', '%', Decimal('1')))

    '달러/배럴' (a price per barrel) names a counter: only columns naming money (가격)
    take its dollars; '달러/온스' names neither and governs nothing.  A part stating the
    basis of the figures is no unit and spoils none (``억원 / 기준 : IFRS``):

    >>> header_units("억원 / 기준 : IFRS").units, header_units("백만원, 연결기준").units
    ((('amount', 'KRW', Decimal('100000000')),), (('amount', 'KRW', Decimal('1000000')),))
    """
    units: list[Unit] = []
    counts = False
    for part in _HEADER_SPLIT.split(expr):
        unit = header_unit(part)
        implied = label_unit(part) if unit is None else None
        if unit is None and isinstance(implied, tuple):
            unit = implied  # (단위: 억 달러, 전년동기비 %): a rate named with its words
        if unit is not None:
            units.append(unit)
        elif _COUNT_PART.fullmatch(part.strip()):
            counts = True
        elif not any(word in part for word in BASIS_WORDS):
            return NO_UNITS
    return HeaderUnits(tuple(units), counts)


def sole_unit(expr: str) -> Unit | None:
    """The one unit of an expression, beside words that name no unit: '억 달러',
    'GDP 대비, %' → %; none for two units ('억 달러, %') or a counter ('명, %').

    >>> [sole_unit(e) is not None for e in ("억 달러", "GDP 대비, %", "억 달러, %", "명, %")]
    [True, True, False, False]
    """
    parts = _HEADER_SPLIT.split(expr)
    units = [header_unit(part) for part in parts]
    found = [u for u in units if u is not None]
    if len(found) != 1:
        return None
    others = [part for part, u in zip(parts, units, strict=True) if u is None]
    if any(_COUNT_PART.fullmatch(part.strip()) for part in others):
        return None
    return found[0]


def unit_expression(line: str, *, titles: bool = True) -> tuple[str, str] | None:
    """(unit text, expression) of a unit line, or None: ``(단위: 억 달러)``, a title
    closing on its units (``< 업종별 동향(억 달러, %) >``, unless ``titles`` is False),
    ``(%)`` alone.

    >>> unit_expression("별첨 세부 통계(단위: 억 달러, 전년동기 대비 %)")
    ('(단위: 억 달러, 전년동기 대비 %)', '억 달러, 전년동기 대비 %')
    >>> unit_expression("(단위 : 억불, (전년동기 대비 %))")
    ('(단위 : 억불, (전년동기 대비 %))', '억불, (전년동기 대비 %)')
    >>> unit_expression("< 업종별 동향(억 달러, %) >"), unit_expression("(%)")
    (('(억 달러, %)', '억 달러, %'), ('(%)', '%'))
    >>> unit_expression("□ 업종별 동향(상위 5개)"), unit_expression("(총투자 기준)")
    (None, None)
    """
    # A unit line names its header word (단위): a line without one is passed over
    # without the search (most lines above a table are rows and sentences).
    if any(word in line for word in UNIT_HEADER_WORDS) and (found := _UNIT_LINE.search(line)) is not None:
        return found.group(0).strip(), found.group("expr").strip()
    if not titles or "\t" in line or len(line.strip()) > MAX_CAPTION_CHARS:
        return None
    title = _TITLE_UNITS.search(line)
    if title is None or not header_units(title.group("expr")).units:
        return None
    end = title.end("expr") + 1
    return line[title.start() : end], title.group("expr").strip()


def _label_words(label: str) -> str:
    return _squeeze(_LABEL_MARKS.sub("", label)).lower()


def names_amount(label: str) -> bool:
    """A label naming money by its last word: 금액, 투자액, 수출액, 예산."""
    word = _squeeze(_LABEL_MARKS.sub("", _PARENTHESISED.sub("", label)))
    return word.endswith(AMOUNT_COLUMN_ENDINGS)


def names_non_figure(label: str) -> bool:
    """A label whose last word names ranks, codes, years or periods: 순위, HS코드, 기준연도,
    기간(월); not 청년도약계좌 (연도 inside a word), 2026년도 or 전년도 (a period of figures).

    >>> [names_non_figure(label) for label in ("HS코드", "순위(위)", "청년도약계좌", "2026년도", "전년도")]
    [True, True, False, False, False]
    """
    word = _squeeze(_LABEL_MARKS.sub("", _PARENTHESISED.sub("", label))).lower()
    for name in _NON_FIGURE_LABELS:
        if word.endswith(name):
            head = word[: -len(name)]
            return not (head[-1:].isdigit() or head in PERIOD_LABEL_PREFIXES)
    return False


@functools.lru_cache(maxsize=4096)
def label_unit(label: str) -> Unit | Literal["count"] | None:
    """The unit a column or row label implies by its words: 증감률 → %, 증감(%p) → %p,
    업체 수 or 인원(명) → a count, that no amount header governs.

    >>> [label_unit(label) for label in ("증감률", "전년 대비 증감액", "업체 수", "인원(명)", "수출")]
    [('percent', '%', Decimal('1')), None, 'count', 'count', None]

    A counter named in parentheses beside only the basis of a comparison is a count:

    >>> label_unit("취업자(만명, 전년동월대비 증감)"), label_unit("전년대비 증감(천명)")
    ('count', 'count')
    >>> label_unit("취업자(만명, 증감률)")[1], label_unit("(천명, 전년동월대비, %)")[1]
    ('%', '%')
    """
    squeezed = _label_words(label)
    if not squeezed or any(word in squeezed for word in _AMOUNT_LABELS):
        return None
    if any(word in squeezed for word in _POINT_LABELS):
        return POINT_UNIT
    rates = [word for word in _RATE_WORDS if word in squeezed]
    counted = _COUNT_FIRST.search(label) or _COUNT_LABEL.search(label)
    if rates and counted and all(word in _COMPARISON_LABELS for word in rates):
        return "count"
    if any(word in squeezed for word in _RATE_WORDS):
        return PERCENT_UNIT
    if _COUNT_LABEL.search(label) or squeezed.endswith(COUNT_NOUN_ENDINGS) or names_non_figure(label):
        return "count"
    last_word = label.rsplit(maxsplit=1)[-1] if label.split() else ""
    return "count" if last_word in COUNT_NOUN_WORDS else None


def compared_only(header: HeaderUnits, label: str) -> bool:
    """A label naming only the basis of a comparison (전년동기대비, 전월대비: no rate word, no %)
    under a unit line of amounts and no percent: its cells may be the difference in that
    amount or a rate of change, and the words do not say which (a rate read as trillions of
    won, or a difference read as a percent, is worse than a miss); their arithmetic may
    (``tables.arithmetic``).

    >>> h = header_units("조원")
    >>> compared_only(h, "전년동기대비"), compared_only(h, "전년동기대비 증감률"), compared_only(h, "전년비")
    (True, False, False)
    >>> compared_only(header_units("억 달러, %"), "전년대비")
    False
    """
    if header.has_percent or not any(u[0] == "amount" for u in header.units):
        return False
    squeezed = _label_words(label)
    rates = [word for word in _RATE_WORDS if word in squeezed]
    compared = all(word in _COMPARISON_LABELS and word.endswith(CONTRAST_ENDING) for word in rates)
    return bool(rates) and compared and "%" not in label


def _labels_unit(header: HeaderUnits, labels: tuple[str, ...]) -> Unit | Literal["count"] | None:
    """The unit the first label with rate or count words implies (column label first);
    'count' (no unit) for a comparison whose cells may be amounts or rates."""
    units = header.units
    for label in labels:
        implied = label_unit(label)
        if implied == PERCENT_UNIT and units and all(u[0] == "percent_point" for u in units):
            return units[0]  # (단위: %p) … 증감률: points
        if implied == PERCENT_UNIT and compared_only(header, label):
            return "count"
        if implied is not None:
            return implied
    return None


def _rate_pair_unit(labels: tuple[str, ...]) -> tuple[Unit | None, bool]:
    """Under (단위: %, %p): points in a column or row naming a difference (증감, 전년 대비),
    percent elsewhere (a rate of change, 증감률, is a percent); nothing under a count label.

    >>> [_rate_pair_unit((c, "실업률"))[0][1] for c in ("2025", "증감", "증감률")]
    ['%', '%p', '%']
    """
    implied = [label_unit(label) for label in labels]
    if "count" in implied:
        return None, False
    if POINT_UNIT in implied:
        return POINT_UNIT, True  # 변화폭(%p)
    for label in labels:
        squeezed = _label_words(label)
        if any(w in squeezed for w in _DIFFERENCE_LABELS) and not any(
            w in squeezed for w in _CHANGE_RATE_LABELS
        ):
            return POINT_UNIT, True
    return PERCENT_UNIT, False


def cell_unit(header: HeaderUnits, labels: tuple[str, ...]) -> tuple[Unit | None, bool]:
    """The unit of a cell or list item under a unit line, and whether a label chose it.

    A rate label (증감률, 비중, YoY …) makes the cell a percent whatever the header;
    a count label (업체 수, 인원(명)) keeps it out; otherwise a one-unit header governs,
    and a several-unit header (억 달러, %) gives its single amount unit to the columns
    that name no rate.  A header that names counters too ((단위: 건, 억원)) gives its
    amount unit only to columns that name money (금액, 투자액).
    """
    units = header.units
    if sorted(u[0] for u in units) == ["percent", "percent_point"] and (
        not header.counts or any(isinstance(label_unit(label), tuple) for label in labels)
    ):
        # (단위: %, %p); under (단위: 천명, %, %p) only the rows naming a rate (고용률)
        return _rate_pair_unit(labels)
    implied = _labels_unit(header, labels)
    if implied is not None:
        return (None, False) if implied == "count" else (implied, True)
    # one amount unit written once per column of amounts ((단위: 조원, 조원, 조원, %)) is one
    amounts = list(dict.fromkeys(u for u in units if u[0] == "amount"))
    if header.counts:
        money = len(units) == 1 and bool(amounts) and any(names_amount(label) for label in labels)
        return (units[0] if money else None), False
    if len(units) == 1:
        return units[0], False
    # the others than the one amount (by kind: a compiled tuple has no identity to compare)
    if len(amounts) == 1 and all(u[0] in _RATE_KINDS for u in units if u[0] != "amount"):
        return amounts[0], False
    return None, False


@functools.lru_cache(maxsize=4096)
def _named_unit(label: str) -> Unit | Literal["count"] | None:
    """The unit a label names in its closing parentheses: 수출액(억 달러), 증감률(%),
    (GDP대비,%); 'count' (no unit) for 인원(명) and for a price per something, 환율(원/달러).

    >>> _named_unit("환율(원/달러)"), _named_unit("엔화(원/100엔)"), _named_unit("수출액(억 달러)")[1]
    ('count', 'count', 'USD')
    """
    if _PRICE_LABEL.search(label):
        return "count"  # a rate or a price: neither the unit line's amount nor any other
    found = _LABEL_UNITS.search(label)
    if found is None:
        return None
    unit = sole_unit(found.group("expr"))
    if unit is not None:
        return unit
    return "count" if _COUNT_LABEL.search(label) else None


def names_own_unit(label: str) -> bool:
    """A label naming its unit or counter in its closing parentheses: 고용률(%), 인원(명).

    >>> names_own_unit("고용률(%)"), names_own_unit("취업자(천명)"), names_own_unit("고용률")
    (True, True, False)
    """
    return _named_unit(label) is not None


def inherited_unit(parts: list[str]) -> tuple[str, str] | None:
    """A row under a parent naming its unit (``고용률(%)`` over ``․15~64세``): (its label
    as the path without the parent's unit, the label its units are read from — the
    parent's unit at its end where its own label says nothing of one); None for a row
    under no such parent.

    >>> inherited_unit(["고용률(%)", "15~64세"])
    ('고용률 15~64세', '고용률 15~64세 (%)')
    >>> inherited_unit(["수출(억 달러)", "증감률"]), inherited_unit(["수출", "반도체"])
    (('수출 증감률', '수출(억 달러) 증감률'), None)
    """
    for i in range(len(parts) - 2, -1, -1):
        if _named_unit(parts[i]) is not None and (found := _LABEL_UNITS.search(parts[i])) is not None:
            path = [*parts[:i], parts[i][: found.start()].strip(), *parts[i + 1 :]]
            shown = " ".join(part for part in path if part)
            if label_unit(parts[-1]) is not None or _named_unit(parts[-1]) is not None:
                return shown, " ".join(parts)  # its own unit
            return shown, f"{shown} {found.group().strip()}"
    return None


def _parenthesised_label(label: str) -> bool:
    """A row label written in parentheses like its figures: (증감률), (GDP 대비), also as a
    line of the row above (수출 (증감률)).

    >>> [_parenthesised_label(t) for t in ("(증감률)", "수출 (증감률)", "수출(억 달러)", "수출")]
    [True, True, False, False]
    """
    return _PARENTHESISED_LINE.search(label) is not None


_PARENTHESISED_LINE = regex.compile(r"(?:^|\s)[(（][^()（）]*[)）]$")


def _units_named(header: HeaderUnits, column: str, row: str) -> CellUnits | None:
    """The units of a cell whose row or column label names its unit, else None."""
    row_named, column_named = _named_unit(row), _named_unit(column)
    if row_named == "count" or column_named == "count":
        return NO_CELL_UNITS
    named = row_named or column_named
    if named is None:
        return None
    other = label_unit(column if row_named else row)
    if named[0] == "amount" and isinstance(other, tuple):
        # 증감률 across 수출액(억 달러): the rate word of the other label wins
        return CellUnits(other, other if header.has_percent else None, other)
    # A label's own (%) is a percent role: (17.8) under 증감률(%) is 17.8%.
    rate = named if named[0] in _RATE_KINDS else None
    return CellUnits(named, rate, rate)


@functools.lru_cache(maxsize=4096)
def cell_units(header: HeaderUnits, column: str, row: str, named_in_table: bool = False) -> CellUnits:
    """The units of a body cell's plain, parenthesised and signed parenthesised numbers.

    ``named_in_table``: some label of the table names a unit in parentheses, which
    lets rate words of the other labels govern even without a unit line.

    >>> h = header_units("억 달러, 전년동기 대비 %")
    >>> c = cell_units(h, "2022년 1분기", "전체")
    >>> c.plain[1], c.parenthesised[1]
    ('USD', '%')
    >>> c = cell_units(header_units("억 달러"), "증감률", "미국")
    >>> c.plain[1], c.parenthesised, c.signed[1]
    ('%', None, '%')
    >>> cell_units(header_units("조원, %"), "'26년", "(GDP대비,%)").parenthesised[1]
    '%'
    >>> cell_units(HeaderUnits(()), "수출액(억 달러)", "증감률").plain[1]
    '%'
    """
    named = _units_named(header, column, row)
    if named is not None:
        return named
    if not header.units and not named_in_table:
        return NO_CELL_UNITS
    unit, by_label = cell_unit(header, (column, row))
    if unit is None:
        return NO_CELL_UNITS
    if unit[0] in _RATE_KINDS:
        # A % in the unit line or a row written in parentheses: parenthesised rates;
        # a rate word alone (증감률 under 억 달러) takes (3.2) only with its sign.
        written = not by_label or header.has_percent or _parenthesised_label(row)
        return CellUnits(unit, unit if written else None, unit)
    growth = PERCENT_UNIT if header.has_percent else None  # 282.3 (147.8) under (억 달러, %)
    return CellUnits(unit, growth, growth)


def unit_named(label: str) -> bool:
    """Whether a label names a unit in its closing parentheses (수출액(억 달러), 증감률(%)).

    >>> unit_named("수출액(억 달러)"), unit_named("비중(%)"), unit_named("비중"), unit_named("인원(명)")
    (True, True, False, False)
    """
    return isinstance(_named_unit(label), tuple)


def names_change(label: str) -> bool:
    """A label naming a change or a share of the periods beside it, not a period: 증감률,
    증감, 전년대비, 비중 (its cells are of the latest period before them).

    >>> [names_change(t) for t in ("증감률(%)", "증감", "전년 대비", "비중", "2025년", "수출")]
    [True, True, True, True, False, False]
    """
    squeezed = _label_words(label)
    return isinstance(label_unit(label), tuple) or any(word in squeezed for word in _DIFFERENCE_LABELS)


_FLOW_COLUMNS = frozenset(FLOW_COLUMN_WORDS) | frozenset(f"{w}액" for w in FLOW_COLUMN_WORDS)


def names_flow(label: str) -> bool:
    """A column head naming what is measured of each row's item, not an item: 수입, 지출,
    잔액, 증감 (``extractors.lexicon.tables.FLOW_COLUMN_WORDS``), but for a sum letter or a
    unit in parentheses.

    >>> [names_flow(t) for t in ("지출", "잔액 (A-B)", "집행액(억원)", "일반회계", "지출 구조조정")]
    [True, True, True, False, False]
    """
    return "".join(_PARENTHESISED.sub("", label).split()) in _FLOW_COLUMNS


def names_measure(label: str) -> bool:
    """A label naming how cells measure (a rate, a count, a unit in parentheses), not
    what they are about: 증감률(%), 비중, 업체 수, 수출액(억 달러) — never a subject.

    >>> [names_measure(t) for t in ("증감률(%)", "비중", "업체 수", "미국", "반도체")]
    [True, True, True, False, False]

    So is a label that only says the cells are money (금액, 증감액(억 달러)):

    >>> [names_measure(t) for t in ("금액", "증감액(억 달러)", "수출액")]
    [True, True, False]
    """
    if _squeeze(_LABEL_MARKS.sub("", _PARENTHESISED.sub("", label))).lower() in _AMOUNT_LABELS:
        return True
    return label_unit(label) is not None or _named_unit(label) is not None
