"""What a comparison column holds, told by its own arithmetic.

Under a unit line of amounts alone (``(단위: 조원)``), a column naming only its basis
(``전년동기대비``) may hold the difference in that amount or a rate of change in %; its
words do not say which.  Its cells do: beside two columns of the same amount, a
difference is the later minus the earlier (``125.3 − 117.2 = 8.1``), a rate is their
ratio less one in hundredths (``125.3 / 117.2 − 1 = 6.9%``).  A column is read one way
only when every row that can be checked agrees with it and not with the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Literal

import regex

from extractors.lexicon.numbers import SIGNS

__all__ = ["comparison_kind", "written_number"]

Kind = Literal["difference", "rate"]

# A plain number as a table cell writes it: a sign (△ is the statistical minus), digits
# grouped by commas, a decimal part.  ▲ is a minus in some releases and a plus in others:
# such a cell is left out of the check.
_NUMBER = regex.compile(
    rf"""^\s*
    (?P<sign>{"|".join(regex.escape(sign) for sign in SIGNS)})?\s*
    (?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)(?P<fraction>\.\d+)?
    \s*$""",
    regex.VERBOSE,
)

MIN_ROWS = 2
"""Rows that must agree before a column is read: one row may agree by chance."""


def written_number(text: str) -> tuple[Decimal, int] | None:
    """The number a cell writes and its decimal places; None for anything else.

    >>> written_number("1,234.5"), written_number("△0.6"), written_number("-12")
    ((Decimal('1234.5'), 1), (Decimal('-0.6'), 1), (Decimal('-12'), 0))
    >>> written_number("▲3.1"), written_number("12.4%"), written_number("(3.2)")
    (None, None, None)
    """
    match = _NUMBER.match(text)
    if match is None:
        return None
    fraction = match.group("fraction") or ""
    try:
        value = Decimal(match.group("digits").replace(",", "") + fraction)
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        return None
    sign = SIGNS.get(match.group("sign") or "+", 1)
    return value * sign, max(len(fraction) - 1, 0)


def _agrees(written: Decimal, places: int, exact: Decimal) -> bool:
    """Whether ``written`` is ``exact`` rounded to its decimal places (half a step either way)."""
    return abs(written - exact) <= Decimal(5) * Decimal(10) ** -(places + 1)


def comparison_kind(rows: Sequence[tuple[str, str, str]]) -> Kind | None:
    """What a comparison column holds, from rows of (earlier, later, comparison) cell texts.

    >>> comparison_kind([("117.2", "125.3", "8.1"), ("11.0", "10.4", "△0.6")])
    'difference'
    >>> comparison_kind([("117.2", "125.3", "6.9"), ("11.0", "10.4", "△5.5")])
    'rate'
    >>> comparison_kind([("117.2", "125.3", "6.9"), ("11.0", "10.4", "△0.6")]) is None  # they disagree
    True
    >>> comparison_kind([("117.2", "125.3", "8.1")]) is None  # one row may agree by chance
    True
    """
    kinds: set[Kind] = set()
    checked = 0
    for earlier_text, later_text, compared_text in rows:
        earlier, later, compared = map(written_number, (earlier_text, later_text, compared_text))
        if earlier is None or later is None or compared is None:
            continue
        value, places = compared
        difference = _agrees(value, places, later[0] - earlier[0])
        rate = earlier[0] != 0 and _agrees(value, places, (later[0] / earlier[0] - 1) * 100)
        if difference == rate:
            return None  # neither, or both (a row of zeros): the column is not told
        kinds.add("difference" if difference else "rate")
        checked += 1
    return kinds.pop() if checked >= MIN_ROWS and len(kinds) == 1 else None
