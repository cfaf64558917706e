"""Any value, written in Korean the ways people write it, parses back to itself."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, example, given
from hypothesis import strategies as st

from extractors.figures import find_figure_mentions
from extractors.lexicon.numbers import COUNTERS, DIGIT_PLACES, GROUP_WORDS, RATE_LABEL_WORDS, SPOKEN_DIGITS
from extractors.lexicon.tables import CONTRAST_ENDING
from extractors.numerals import decimal_text, parse_korean_number

PLACES = sorted(DIGIT_PLACES.items(), key=lambda kv: -kv[1])  # 천, 백, 십
GROUPS = sorted(GROUP_WORDS.items(), key=lambda kv: -kv[1])  # 경, 조, 억, 만
SPACE = st.sampled_from(["", " "])


def with_commas(n: int) -> str:
    return f"{n:,}"


@st.composite
def four_digits(draw: st.DrawFn, n: int, *, bare_one: bool) -> str:
    """One group (1..9999) as digits, place words, or a mix: 4820 → 4820 | 4,820 | 4천8백2십 | 4천 820."""
    style = draw(st.sampled_from(["digits", "commas", "places", "mixed"]))
    if style == "digits":
        return str(n)
    if style == "commas":
        return with_commas(n)
    parts: list[str] = []
    rest = n
    for word, place in PLACES:
        digit, rest = divmod(rest, place)
        if digit == 0:
            continue
        lead = "" if digit == 1 and bare_one and draw(st.booleans()) else str(digit)
        parts.append(lead + word)
        if style == "mixed" and rest and draw(st.booleans()):
            parts.append(str(rest))
            rest = 0
            break
    if rest:
        parts.append(str(rest))
    joiner = draw(SPACE)
    return joiner.join(parts)


@st.composite
def korean_integer(draw: st.DrawFn) -> tuple[int, str]:
    value = draw(st.integers(min_value=1, max_value=10**19 - 1))
    parts: list[str] = []
    rest = value
    for word, group in GROUPS:
        count, rest = divmod(rest, group)
        if count == 0:
            continue
        if count >= 10**4:  # only the leading group may hold more than four digits
            parts.append(with_commas(count) + word)
            continue
        body = draw(four_digits(count, bare_one=bool(parts)))
        if count == 1 and not parts and draw(st.booleans()):
            body = ""  # 억6000만: a leading 1 may go unwritten
        parts.append(body + draw(SPACE) + word if body else word)
    if rest:
        # a four-digit remainder right under 억 or 조 reads as the unwritten lower group (136억3000 is
        # said for 136억3000만), so no one writes a value with an empty 만 group that way
        assume(not (value >= GROUP_WORDS["억"] and value % GROUP_WORDS["억"] < 10**4 and rest >= 1000))
        parts.append(draw(four_digits(rest, bare_one=bool(parts))))
    if parts[-1] in GROUP_WORDS and len(parts) == 1:
        parts[-1] = "1" + parts[-1]
    return value, draw(SPACE).join(parts) if draw(st.booleans()) else " ".join(parts)


@given(korean_integer())
def test_integers_round_trip(case: tuple[int, str]) -> None:
    value, surface = case
    assert parse_korean_number(surface) == Decimal(value), surface


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999.99"), places=2),
    st.sampled_from(sorted(GROUP_WORDS)),
    SPACE,
)
def test_decimals_with_a_group_word(number: Decimal, group: str, space: str) -> None:
    """111.5억 → 11150000000."""
    surface = f"{number:,}{space}{group}"
    assert parse_korean_number(surface) == number * GROUP_WORDS[group]


@given(st.decimals(min_value=Decimal("0"), max_value=Decimal("100000"), places=3))
def test_plain_decimals(number: Decimal) -> None:
    assert parse_korean_number(f"{number:,}") == number


@given(korean_integer(), st.sampled_from(["달러", " 달러", "원", " 원", "억원", " 유로"]))
def test_amount_mentions_round_trip(case: tuple[int, str], unit: str) -> None:
    """A written amount before a currency word is one mention whose span is the amount."""
    value, surface = case
    if unit == "억원" and any(group in surface for group in GROUP_WORDS):
        return  # 2만 1억원 is not Korean: group words descend
    text = f"총 {surface}{unit} 규모 투자"
    mentions = find_figure_mentions(text)
    assert len(mentions) == 1, (text, mentions)
    multiplier = GROUP_WORDS["억"] if unit == "억원" else 1
    assert Decimal(mentions[0].value) == Decimal(value) * multiplier
    assert text[mentions[0].start : mentions[0].end] == f"{surface}{unit}"


@given(st.decimals(min_value=Decimal("-999.99"), max_value=Decimal("999.99"), places=2))
def test_percent_values_as_written(number: Decimal) -> None:
    written = f"{number}"
    mentions = find_figure_mentions(f"전년 대비 {written}% 증가")
    assert [(m.kind, Decimal(m.value)) for m in mentions] == [("percent", number)]
    assert decimal_text(Decimal(mentions[0].value)) == decimal_text(number)


HANGUL_COUNTERS = sorted(c for c in COUNTERS if "\uac00" <= c[-1] <= "\ud7a3")


@given(korean_integer(), st.sampled_from(HANGUL_COUNTERS), SPACE)
def test_counts_never_take_a_currency(case: tuple[int, str], counter: str, space: str) -> None:
    """A numeral before a counter counts things, even beside an amount: 9만 7천개 is no 9만 USD."""
    _, surface = case
    text = f"수출 1,168억불, 기업 {surface}{space}{counter} 참여"
    mentions = find_figure_mentions(text)
    assert [text[m.start : m.end] for m in mentions] == ["1,168억불"], (text, mentions)


# Labels naming only what a figure is set against (전년동기대비): a rate or a difference.
COMPARED_ONLY = sorted(w for w in RATE_LABEL_WORDS if w.endswith(CONTRAST_ENDING))


@given(
    st.decimals(min_value=Decimal("-99.9"), max_value=Decimal("999.9"), places=1),
    st.sampled_from(sorted(set(RATE_LABEL_WORDS) - set(COMPARED_ONLY))),
)
def test_rate_columns_are_percents(rate: Decimal, label: str) -> None:
    """Under an amount header, a column labelled with a rate word holds percents as written."""
    text = f"(단위: 억 달러)\n구분\t2025\t{label}\n수출\t7,093\t{rate}\n"
    got = [(m.kind, m.value, m.unit) for m in find_figure_mentions(text)]
    assert got == [("amount", "709300000000", "USD"), ("percent", f"{rate}", "%")], (text, got)


@given(
    st.decimals(min_value=Decimal("-99.9"), max_value=Decimal("999.9"), places=1),
    st.sampled_from(COMPARED_ONLY),
)
def test_compared_only_columns_under_amounts_are_unread(rate: Decimal, label: str) -> None:
    """Under a header of amounts alone, a column naming only its basis (전기대비) may hold the
    difference in that amount or a rate: neither is read (a miss, never a wrong unit)."""
    text = f"(단위: 억 달러)\n구분\t2025\t{label}\n수출\t7,093\t{rate}\n"
    got = [(m.kind, m.value, m.unit) for m in find_figure_mentions(text)]
    assert got == [("amount", "709300000000", "USD")], (text, got)


# --- spoken numbers and hostile characters (issues 14 and 13) -------------------------------------

SINO = {value: digit for digit, value in SPOKEN_DIGITS.items() if digit not in {"영", "공", "륙"}}


def spoken_group(n: int, *, first: bool) -> str:
    """One group (1..9999) spoken: 2345 → 이천삼백사십오; 1 before a place word unspoken (천, 백)."""
    words = []
    rest = n
    for word, place in PLACES:
        digit, rest = divmod(rest, place)
        if digit:
            words.append(("" if digit == 1 else SINO[digit]) + word)
    if rest:
        words.append(SINO[rest])
    spoken = "".join(words)
    return "일" if spoken == "" and first else spoken


def spoken_integer(value: int) -> str:
    """234500000000 → 이천삼백사십오억; 10000 → 만; 100000000 → 일억."""
    parts = []
    rest = value
    for word, group in GROUPS:
        count, rest = divmod(rest, group)
        if count:
            head = spoken_group(count, first=not parts)
            parts.append(("" if head == "일" and word == "만" else head) + word)
    if rest:
        parts.append(spoken_group(rest, first=not parts))
    return "".join(parts)


@given(st.integers(min_value=2, max_value=10**16 - 1), st.sampled_from(["원", "달러", "퍼센트"]))
# bug: 사백육십오억천 달러 read 천 as 천만, as news drops 만 in 136억3000: words name every group
@example(46_500_001_000, "달러")
def test_spoken_and_written_numbers_agree(value: int, unit: str) -> None:
    """이천삼백사십오억 원 and 234,500,000,000원 are the same figure."""
    spoken = spoken_integer(value)
    if len(spoken) == 1 and unit != "퍼센트":
        return  # a lone Sino digit (이, 오) before a currency is a word as often as a number
    said = find_figure_mentions(f"규모는 {spoken} {unit}로 집계")
    written = find_figure_mentions(f"규모는 {value:,} {unit}로 집계")
    assert [(m.kind, Decimal(m.value), m.unit) for m in said] == [
        (m.kind, Decimal(m.value), m.unit) for m in written
    ], spoken


INVISIBLE = st.sampled_from(["\u200b", "\u2060", "\u00ad", "\ufeff", "\u200f", "\u200e", "\u0301"])


@given(
    st.data(),
    st.sampled_from(["1,234억 달러", "2642억9천만 달러", "12.4%", "0.6%p", "30.5배", "1억 5,600만 원"]),
)
def test_invisible_characters_never_change_a_value(data: st.DataObject, figure: str) -> None:
    """Invisible characters inside a figure: the same value, the span still the text's own."""
    positions = data.draw(st.lists(st.integers(1, len(figure) - 1), max_size=4, unique=True))
    marked = "".join(
        char + (data.draw(INVISIBLE) if index in positions else "") for index, char in enumerate(figure, 1)
    )
    text = f"올해 {marked} 기록"
    plain, hostile = find_figure_mentions(f"올해 {figure} 기록"), find_figure_mentions(text)
    assert [(m.kind, m.value, m.unit) for m in hostile] == [(m.kind, m.value, m.unit) for m in plain], marked
    assert [text[m.start : m.end] for m in hostile] == [marked.rstrip("\u200b\u2060\u00ad\ufeff\u200f\u200e")]


@given(st.sampled_from(["1,234억 달러", "12.4%", "2642억9천만 달러", "0.6%p"]))
def test_fullwidth_figures_read_as_ascii(figure: str) -> None:
    """１２．４％ is 12.4%: fullwidth digits and punctuation read as their ASCII selves."""
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in figure)
    plain, hostile = find_figure_mentions(f"올해 {figure} 기록"), find_figure_mentions(f"올해 {wide} 기록")
    assert [(m.kind, m.value, m.unit) for m in hostile] == [(m.kind, m.value, m.unit) for m in plain], wide


@given(
    st.lists(
        st.decimals(min_value=Decimal("0"), max_value=Decimal("999.9"), places=1), min_size=2, max_size=6
    ),
    st.sampled_from(["%", "%p", "배"]),
    st.booleans(),
)
def test_bare_lists_after_respectively(numbers: list[Decimal], unit: str, opened: bool) -> None:
    """각각 4.1, 7.2, 1.9%: every number takes the closing unit, each span on the number alone;
    without 각각 only the last one is a figure."""
    written = ", ".join(f"{n}" for n in numbers)
    text = f"{'각각 ' if opened else '모두 '}{written}{unit} 늘었다"
    mentions = find_figure_mentions(text)
    expected = numbers if opened else numbers[-1:]
    assert [Decimal(m.value) for m in mentions] == expected
    assert [text[m.start : m.end] for m in mentions][:-1] == [f"{n}" for n in expected[:-1]]
    assert {m.unit for m in mentions} == {"x" if unit == "배" else unit}
