"""Facts → checks: do the figures of a document agree with each other?

Four checks, each naming the facts it compared; passed checks are returned
too.  Every comparison allows for the rounding of the digits as written: a
figure written 1130억4천만 may be off by half of 천만, 12.4% by 0.05, and
the errors of the figures compared add up.

- ``balance``: exports − imports = trade balance, for the same subject,
  partner, currency and (where known) period.  Tolerance: it passes when
  |exports − imports − balance| ≤ the sum of the three figures' half units
  (``half_unit``: half of the last written digit's place).  2642억9천만 −
  1512억5천만 against 1130억4천만 달러 allows 3 × 500만 = 1500만 달러; against a
  balance written 1130억 달러 it allows 500만 + 500만 + 5억.  A deficit
  (적자) counts as a negative balance;
- ``growth``: a rate of change (12.4% 늘어, 232배 급증) against the two
  amounts of the same metric written just before it;
- ``table_total``: a table's 합계 row (or 전체 column) against the sum of
  the other cells in its column (row);
- ``shares``: percentages listed together, or in one table column, that
  come close to 100 sum to 100.

A failed check is reported only when the facts it compared are the only
candidates; when several pairings are possible, one that agrees passes and
none that disagree is reported.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal, InvalidOperation
from itertools import pairwise, product

import regex

from extractors.lexicon import context as lex
from extractors.lexicon.numbers import DIGIT_PLACES, GROUP_WORDS, SIGNS
from schemas import Check, Fact

# A numeral and the unit words after it: 9천만, 1,274억, 63.5.
_NUMERAL = regex.compile(
    rf"""
    (?P<int>[0-9][0-9,]*)(?:\.(?P<frac>[0-9]+))?      # 2,642.9
    \s*(?P<places>[{"".join(DIGIT_PLACES)}]*)         # 천
    \s*(?P<group>{"|".join(GROUP_WORDS)})?            # 만, 억
    """,
    regex.VERBOSE,
)
_SIGNS = tuple(SIGNS)
_BALANCE_REACH = 1500  # characters: exports, imports and balance are stated close together
_GROWTH_REACH = 160  # characters before a rate searched for the amounts it relates
_SHARE_GAP = 40  # at most this many characters between percentages listed together
_COLUMN_BAND = (Decimal(90), Decimal(110))  # a table column summing near 100 is a complete breakdown
_LIST_BAND = (Decimal(95), Decimal(105))  # a list in running text: only when it is plainly a breakdown
_HUNDRED = Decimal(100)


# --- written precision -------------------------------------------------------------


def half_unit(fact: Fact) -> Decimal:
    """Half of the last written digit's place, in the fact's value units.

    >>> from schemas import Fact
    >>> def usd(text, value):
    ...     return Fact(id="f0001", kind="amount", text=text, span=(0, len(text)), value=value, unit="USD")
    >>> half_unit(usd("2642억9천만 달러", "264290000000")) == Decimal("5E+6")
    True
    >>> half_unit(usd("63.5", "6350000000")) == Decimal("5E+6"), half_unit(usd("58만 4달러", "580004"))
    (True, Decimal('0.5'))

    Trailing zeros may be rounding: 1,010억 is read to the nearest 10억, 4,000만 to 100만.

    >>> half_unit(usd("1,010억 달러", "101000000000")) == Decimal("5E+8")
    True
    >>> half_unit(usd("4,000만 달러", "40000000")) == Decimal("5E+5")
    True
    >>> half_unit(Fact(id="f0001", kind="percent", text="12.4%", span=(0, 5), value="12.4", unit="%"))
    Decimal('0.05')
    """
    value = abs(Decimal(fact.value))
    numerals = list(_NUMERAL.finditer(fact.text))
    if not numerals:
        return Decimal(1).scaleb(int(value.as_tuple().exponent)) / 2
    last = numerals[-1]
    places = len(last.group("frac") or "")
    digits = last.group("int").replace(",", "")
    if not places and digits.strip("0"):
        # trailing zeros may be rounding (1,010억 to the nearest 10억), but two digits are always meant
        places = -max(0, len(digits) - max(len(digits.rstrip("0")), 2))
    written = Decimal(last.group("int").replace(",", "") + "." + (last.group("frac") or "0"))
    if len(numerals) == 1:
        # one numeral: the value is that numeral times its unit (억, or a table's unit header)
        scale = value / written if written else Decimal(1)
    else:
        scale = Decimal(1)
        for word in last.group("places") or "":
            scale *= DIGIT_PLACES[word]
        if last.group("group"):
            scale *= GROUP_WORDS[last.group("group")]
    return Decimal(1).scaleb(-places) * scale / 2


class _Halves:
    """``half_unit`` of each fact, worked out once per document: one fact is compared in several
    checks and pairings (a table cell in its row and its column)."""

    def __init__(self) -> None:
        self._known: dict[int, Decimal] = {}  # by id(): the facts outlive the checks of their document

    def __call__(self, fact: Fact) -> Decimal:
        found = self._known.get(id(fact))
        if found is None:
            found = self._known[id(fact)] = half_unit(fact)
        return found


def _signed(fact: Fact) -> Decimal:
    value = Decimal(fact.value)
    if fact.context.change == "deficit" and value > 0:
        return -value
    return value


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _all_compatible(values: Iterable[str | None]) -> bool:
    known = {v for v in values if v is not None}
    return len(known) <= 1


def _all_known_equal(values: Iterable[str | None]) -> bool:
    seen = list(values)
    return seen[0] is not None and len(set(seen)) == 1


# --- balance = exports − imports ------------------------------------------------------


def _within(facts: list[Fact], starts: list[int] | None, centre: int) -> list[Fact]:
    """The facts starting within ``_BALANCE_REACH`` of ``centre``, in their order (all when unsorted)."""
    if starts is None:
        return facts
    lo = bisect.bisect_left(starts, centre - _BALANCE_REACH)
    hi = bisect.bisect_right(starts, centre + _BALANCE_REACH)
    return facts[lo:hi]


def _starts_if_sorted(facts: list[Fact]) -> list[int] | None:
    starts = [f.span[0] for f in facts]
    return starts if all(a <= b for a, b in pairwise(starts)) else None


def _by_currency_and_partner(
    facts: list[Fact],
) -> dict[tuple[str | None, str | None], tuple[list[Fact], list[int] | None]]:
    """The facts grouped by unit and partner, in their order, with their starts when sorted."""
    groups: dict[tuple[str | None, str | None], list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[(fact.unit, fact.context.partner)].append(fact)
    return {key: (group, _starts_if_sorted(group)) for key, group in groups.items()}


def _balance_checks(facts: Sequence[Fact], half: Callable[[Fact], Decimal] = half_unit) -> list[Check]:
    amounts = [f for f in facts if f.kind == "amount"]
    by_metric: dict[str, list[Fact]] = defaultdict(list)
    for fact in amounts:
        if fact.context.metric:
            by_metric[fact.context.metric].append(fact)
    checks = []
    exports, imports = (
        _by_currency_and_partner(by_metric["export"]),
        _by_currency_and_partner(by_metric["import"]),
    )
    nothing: tuple[list[Fact], list[int] | None] = ([], [])
    for balance in by_metric["trade_balance"]:

        def near(fact: Fact, balance: Fact = balance) -> bool:  # unit and partner: by the group
            return (
                abs(fact.span[0] - balance.span[0]) <= _BALANCE_REACH
                and _compatible(fact.context.subject, balance.context.subject)
                and _compatible(fact.context.period, balance.context.period)
            )

        key = (balance.unit, balance.context.partner)
        pairs = [
            (e, i)
            for e, i in product(
                filter(near, _within(*exports.get(key, nothing), balance.span[0])),
                filter(near, _within(*imports.get(key, nothing), balance.span[0])),
            )
            if abs(e.span[0] - i.span[0]) <= _BALANCE_REACH
            and _all_compatible((e.context.subject, i.context.subject, balance.context.subject))
            and _all_compatible((e.context.period, i.context.period, balance.context.period))
        ]
        results = []
        firm = (
            len(pairs) == 1
            and _all_known_equal(f.context.period for f in (*pairs[0], balance))
            and len({f.context.subject for f in (*pairs[0], balance)}) == 1
        )
        for export, imported in pairs:
            gap = Decimal(export.value) - Decimal(imported.value) - _signed(balance)
            slack = half(export) + half(imported) + half(balance)
            results.append((abs(gap) <= slack, export, imported))
        passed = [r for r in results if r[0]]
        if passed:
            _, export, imported = min(passed, key=lambda r: abs(r[1].span[0] - balance.span[0]))
            checks.append(_balance_check(True, export, imported, balance))
        elif firm:
            _, export, imported = results[0]
            checks.append(_balance_check(False, export, imported, balance))
    return checks


def _balance_check(passed: bool, export: Fact, imported: Fact, balance: Fact) -> Check:
    verdict = "=" if passed else "!="
    message = (
        f"exports {export.text} - imports {imported.text} {verdict} balance {balance.text}"
        f" ({Decimal(export.value) - Decimal(imported.value)} vs {_signed(balance)})"
    )
    return Check(
        code="balance", passed=passed, message=message, fact_ids=[export.id, imported.id, balance.id]
    )


_DIGITS = regex.compile(r"\d")

# --- growth rates -----------------------------------------------------------------------


def _ratio_bounds(new: Fact, old: Fact, half: Callable[[Fact], Decimal]) -> tuple[Decimal, Decimal] | None:
    n, o = Decimal(new.value), Decimal(old.value)
    hn, ho = half(new), half(old)
    if o - ho <= 0:
        return None
    return (n - hn) / (o + ho), (n + hn) / (o - ho)


def _rate_bounds(rate: Fact, half_of: Callable[[Fact], Decimal]) -> list[tuple[Decimal, Decimal]]:
    """Ratios new/old the rate allows: 12.4% 증가 → 1.124; 232배 → 232 or 233."""
    value, half = Decimal(rate.value), half_of(rate)
    if rate.kind == "multiple":
        return [(value - half, value + half), (value + 1 - half, value + 1 + half)]
    sign = Decimal(-1) if rate.context.change == "decrease" and value > 0 else Decimal(1)
    low, high = 1 + sign * (value - half) / _HUNDRED, 1 + sign * (value + half) / _HUNDRED
    return [(min(low, high), max(low, high))]


def _orders(first: Fact, second: Fact) -> list[tuple[Fact, Fact]]:
    """(new, old) orders to try: by period when both are known, else both."""
    p1, p2 = first.context.period, second.context.period
    if p1 and p2 and p1 != p2:
        return [(first, second)] if p1 > p2 else [(second, first)]
    return [(first, second), (second, first)]


def _same_length(first: str | None, second: str | None) -> bool:
    """Periods a rate can compare: both unknown, or of one shape (two months, two Jan–Oct runs).

    >>> _same_length("2025-11", "2025-10"), _same_length("2025-11", "2025-01/2025-10")
    (True, False)
    >>> _same_length(None, "2025")
    True
    """
    if not first or not second:
        return True
    return str(_DIGITS.sub("0", first)) == str(_DIGITS.sub("0", second))


def _growth_checks(facts: Sequence[Fact], half: Callable[[Fact], Decimal] = half_unit) -> list[Check]:
    ordered = sorted(facts, key=lambda f: f.span[0])
    checks = []
    for index, rate in enumerate(ordered):
        is_rate = rate.kind == "percent" and rate.context.change in {"increase", "decrease"}
        if not (is_rate or rate.kind == "multiple"):
            continue
        amounts: list[Fact] = []
        for fact in (ordered[k] for k in range(index - 1, -1, -1)):
            if rate.span[0] - fact.span[1] > _GROWTH_REACH or fact.kind in {
                "percent",
                "multiple",
                "percent_point",
            }:
                break
            if fact.kind == "amount":
                amounts.append(fact)
        if len(amounts) < 2:
            continue
        second, first = amounts[0], amounts[1]
        same = (
            first.unit == second.unit
            and first.context.metric == second.context.metric
            and first.context.partner == second.context.partner
            and _compatible(first.context.subject, second.context.subject)
            and _same_length(first.context.period, second.context.period)
        )
        if (
            not same
            or rate.context.metric != first.context.metric
            or min(Decimal(first.value), Decimal(second.value)) <= 0
        ):
            continue
        firm = bool(
            first.context.period and second.context.period and first.context.period != second.context.period
        )
        allowed = _rate_bounds(rate, half)
        agree = False
        for new, old in _orders(first, second):
            bounds = _ratio_bounds(new, old, half)
            if bounds and any(lo <= bounds[1] and bounds[0] <= hi for lo, hi in allowed):
                agree = True
        if not agree and not firm:
            continue  # which amount is the base is unclear: no verdict
        verdict = "agrees" if agree else "disagrees"
        message = f"rate {rate.text} {verdict} with {first.text} and {second.text}"
        checks.append(
            Check(code="growth", passed=agree, message=message, fact_ids=[first.id, second.id, rate.id])
        )
    return checks


# --- table totals -------------------------------------------------------------------------


def _is_total(label: str | None) -> bool:
    """A total's label, alone or under its group (제조업 소계).

    >>> _is_total("합계"), _is_total("제조업 소계"), _is_total("반도체")
    (True, True, False)
    """
    return label is not None and bool(label.split()) and label.split()[-1] in lex.TOTAL_LABELS


def _total_check(total: Fact, parts: Sequence[Fact], where: str, half: Callable[[Fact], Decimal]) -> Check:
    written = Decimal(total.value)
    summed = sum((Decimal(p.value) for p in parts), Decimal(0))
    slack = half(total) + sum((half(p) for p in parts), Decimal(0))
    passed = abs(written - summed) <= slack
    verdict = "=" if passed else "!="
    message = f"{where}: total {total.text} {verdict} sum of {len(parts)} cells ({summed})"
    return Check(
        code="table_total", passed=passed, message=message, fact_ids=[total.id, *(p.id for p in parts)]
    )


def _top_level(parts: list[Fact], axis: str) -> list[Fact]:
    """The parts not nested under another part: a row labelled ``제2금융권 상호금융`` is a
    share of the row ``제2금융권`` above it, and summing both counts it twice.

    >>> from schemas import Fact, TableCell
    >>> def cell(i, row):
    ...     return Fact(id=f"f{i:04d}", kind="amount", text="1", span=(i, i + 1), value="1", unit="KRW",
    ...                 table=TableCell(caption=None, unit_text=None, row=row, column="2025"))
    >>> [f.table.row for f in _top_level([cell(1, "은행"), cell(2, "2금융"), cell(3, "2금융 보험")], "row")]
    ['은행', '2금융']
    """
    labels = {str(getattr(p.table, axis)) for p in parts}
    return [p for p in parts if not _under_another(str(getattr(p.table, axis)), labels)]


def _under_another(label: str, labels: set[str]) -> bool:
    """Whether ``label`` is another of ``labels`` followed by more words (제2금융권 상호금융)."""
    return any(label[:i] in labels for i, ch in enumerate(label) if ch == " ")


def _table_total_checks(facts: Sequence[Fact], half: Callable[[Fact], Decimal] = half_unit) -> list[Check]:
    cells = [f for f in facts if f.table is not None and f.kind == "amount"]
    checks = []
    for axis in ("column", "row"):
        groups: dict[tuple[str | None, str | None, str | None], list[Fact]] = defaultdict(list)
        for fact in cells:
            assert fact.table is not None
            key = fact.table.column if axis == "column" else fact.table.row
            groups[(fact.table.caption, key, fact.unit)].append(fact)
        for (caption, key, _), members in groups.items():
            other = "row" if axis == "column" else "column"
            totals = [f for f in members if _is_total(getattr(f.table, other))]
            parts = [f for f in members if not _is_total(getattr(f.table, other)) and getattr(f.table, other)]
            parts = _top_level(parts, other)
            if len(totals) == 1 and len(parts) >= 2:
                checks.append(_total_check(totals[0], parts, f"{caption or 'table'} {axis} {key}", half))
    return checks


# --- shares -------------------------------------------------------------------------------


def _share_check(
    group: Sequence[Fact], where: str, band: tuple[Decimal, Decimal], half: Callable[[Fact], Decimal]
) -> Check | None:
    total = sum((Decimal(f.value) for f in group), Decimal(0))
    if not band[0] <= total <= band[1]:
        return None
    slack = sum((half(f) for f in group), Decimal(0))
    passed = abs(total - _HUNDRED) <= slack
    verdict = "=" if passed else "!="
    message = f"{where}: shares sum to {total} {verdict} 100"
    return Check(code="shares", passed=passed, message=message, fact_ids=[f.id for f in group])


def _share_checks(facts: Sequence[Fact], half: Callable[[Fact], Decimal] = half_unit) -> list[Check]:
    percents = sorted((f for f in facts if f.kind == "percent"), key=lambda f: f.span[0])
    checks = []
    columns: dict[tuple[str | None, str | None], list[Fact]] = defaultdict(list)
    runs: list[list[Fact]] = []
    for fact in percents:
        if fact.table is not None:
            if not _is_total(fact.table.row):
                columns[(fact.table.caption, fact.table.column)].append(fact)
            continue
        if runs and fact.span[0] - runs[-1][-1].span[1] <= _SHARE_GAP:
            runs[-1].append(fact)
        else:
            runs.append([fact])
    for (caption, column), members in columns.items():
        if len(members) >= 2:
            check = _share_check(members, f"{caption or 'table'} column {column}", _COLUMN_BAND, half)
            if check:
                checks.append(check)
    for run in runs:
        # growth rates (+24.1%, 5% 증가) are no shares
        listed = [f for f in run if f.context.change is None and not f.text.lstrip("(").startswith(_SIGNS)]
        if len(listed) != len(run):
            continue
        if len(listed) >= 3:
            check = _share_check(listed, "listed shares", _LIST_BAND, half)
            if check:
                checks.append(check)
    return checks


# --- the stage ------------------------------------------------------------------------------


def check_consistency(facts: list[Fact]) -> list[Check]:
    """Every consistency check between the facts of one document, passed or failed.

    >>> from schemas import Context, Fact
    >>> def usd(i, text, value, metric, change=None):
    ...     return Fact(id=f"f{i:04d}", kind="amount", text=text, span=(i * 20, i * 20 + len(text)),
    ...                 value=value, unit="USD", context=Context(metric=metric, subject="ICT", change=change))
    >>> facts = [usd(1, "2642억9천만 달러", "264290000000", "export"),
    ...          usd(2, "1512억5천만 달러", "151250000000", "import"),
    ...          usd(3, "1130억4천만 달러", "113040000000", "trade_balance", "surplus")]
    >>> [(c.code, c.passed, c.fact_ids) for c in check_consistency(facts)]
    [('balance', True, ['f0001', 'f0002', 'f0003'])]
    """
    checks: list[Check] = []
    half = _Halves()
    for run in (_balance_checks, _growth_checks, _table_total_checks, _share_checks):
        try:
            checks.extend(run(facts, half))
        except (InvalidOperation, ZeroDivisionError):  # a value the contract allows but arithmetic cannot use
            continue
    return checks
