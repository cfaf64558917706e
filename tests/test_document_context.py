# ruff: noqa: E501  - rows quote whole passages
"""What a whole publication says about its figures: one name per item, the title's topic, partner codes.

Passages written for these tests, in the forms of real releases; each row:
(passage, title, figure, expected fields).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from extractors.context import contextualize
from extractors.document_context import document_topic, subject_aliases
from extractors.mentions import Mention
from extractors.pipeline import extract_source, text_to_mentions
from extractors.readers.text import read_text

REFERENCE = date(2025, 8, 1)

DocRow = tuple[str, str | None, str, dict[str, Any]]

# --- one item, one name -------------------------------------------------------------

ALIAS_ROWS: list[DocRow] = [
    # long(SHORT): the short name throughout
    (
        "정보통신기술(ICT) 수출은 212억 달러다. 정보통신기술 수입은 118억 달러다. ICT 무역수지는 94억 달러 흑자다.",
        None,
        "118억 달러",
        {"subject": "ICT", "metric": "import"},
    ),
    (
        "정보통신기술(ICT) 수출은 212억 달러다. 정보통신기술 수입은 118억 달러다. ICT 무역수지는 94억 달러 흑자다.",
        None,
        "212억 달러",
        {"subject": "ICT"},
    ),
    (
        "정보통신기술(ICT) 수출은 212억 달러다. 정보통신기술 수입은 118억 달러다. ICT 무역수지는 94억 달러 흑자다.",
        None,
        "94억 달러",
        {"subject": "ICT"},
    ),
    # SHORT(long)
    (
        "ESS(에너지저장장치) 수출은 15억 달러다. 에너지저장장치 수입은 3억 달러, ESS 수요는 늘었다.",
        None,
        "3억 달러",
        {"subject": "ESS"},
    ),
    # long(이하 short)
    (
        "중소벤처기업(이하 중기) 수출은 98억 달러다. 중기 수입은 41억 달러다. 중소벤처기업 투자는 7억 달러다.",
        None,
        "7억 달러",
        {"subject": "중기"},
    ),
]

ALIAS_NOT_ROWS: list[DocRow] = [
    # the short name is never used again: nothing to unify, the written name stays
    ("그래픽처리장치(GPU) 수입은 4억 달러다.", None, "4억 달러", {"subject": "그래픽처리장치"}),
    # NPU names the whole phrase AI 반도체: 반도체 keeps its own name
    (
        "AI 반도체(NPU) 개발에 힘쓴다. NPU 시장이 크다. 반도체 수출은 130억 달러다.",
        None,
        "130억 달러",
        {"subject": "반도체"},
    ),
    # a parenthesis naming a kind is no second name
    ("메모리(D램) 수출은 80억 달러다. 메모리 수입은 12억 달러다.", None, "12억 달러", {"subject": "메모리"}),
]

# --- the topic of a publication: its title's metric ------------------------------------

TOPIC_ROWS: list[DocRow] = [
    # FDI amounts in an FDI release are investment even where the sentence says nothing of it
    (
        "지역별로는 북미(52.1억 달러), 유럽(30.4억 달러) 순이다.",
        "2025년 2분기 해외직접투자 동향",
        "30.4억 달러",
        {"metric": "investment", "partner": "유럽", "partner_code": "EUROPE"},
    ),
    (
        "케이맨제도(11.9억 달러)가 뒤를 이었다.",
        "2025년 2분기 해외직접투자 동향",
        "11.9억 달러",
        {"metric": "investment", "partner_code": "KY"},
    ),
    # a sentence that names its metric keeps it
    (
        "같은 기간 회수금액은 22.3억 달러로 늘었고 수입은 5억 달러다.",
        "2025년 2분기 해외직접투자 동향",
        "5억 달러",
        {"metric": "import"},
    ),
    # the rates of a price release are prices
    (
        "식료품은 전월대비 1.2% 올랐다.",
        "2025년 7월 소비자물가 동향",
        "1.2%",
        {"metric": "prices", "subject": "식료품"},
    ),
    # a figure called only a surplus is the balance, not the title's export (audit 4)
    (
        "지난해 같은 달에는 7억 300만 달러로 흑자였다.",
        "5월 중순까지 수출 3% 줄어",
        "7억 300만 달러",
        {"metric": "trade_balance", "change": "surplus"},
    ),
    # in a current account release it is that balance
    (
        "지난해 같은 달에는 7억 300만 달러로 흑자였다.",
        "2025년 5월 경상수지 동향",
        "7억 300만 달러",
        {"metric": "current_account", "change": "surplus"},
    ),
]

TOPIC_NOT_ROWS: list[DocRow] = [
    # bug (ctx13): a bare 성장률 (the economy's growth) took the flow a news title names
    ("전기 대비 성장률은 1.5%를 기록했다.", "수출 석 달째 증가", "1.5%", {"metric": None}),
    # bug (ctx13): the financial account in a current-account release took the title's account
    (
        "금융계정은 42억달러 순자산 증가를 기록했다.",
        "경상수지 30억달러 흑자",
        "42억달러",
        {"metric": "other", "subject": "금융계정"},
    ),
    # a title naming both flows, or two metrics, gives no topic
    ("북미(12.1억 달러) 실적이 가장 컸다.", "7월 수출입 동향", "12.1억 달러", {"metric": None}),
    ("북미(12.1억 달러) 실적이 가장 컸다.", "수출 늘고 수입 줄어", "12.1억 달러", {"metric": None}),
    # no title, no topic
    ("북미(12.1억 달러) 실적이 가장 컸다.", None, "12.1억 달러", {"metric": None}),
    # bug: a metric word listed with other measures (생산·소비·투자) made every figure investment
    ("자동차 생산이 3.1% 늘었다.", "생산·소비·투자 두 달째 동반 증가", "3.1%", {"metric": None}),
    # bug (audit13): …spaced after its commas, as a news lead used as the title writes it
    ("준내구재 판매는 2.4% 줄었다.", "이달 생산, 소비, 투자 모두 전달보다 늘어", "2.4%", {"metric": None}),
    # bug: the price rise a constant-price figure leaves out (물가상승분 빼면) made every figure prices
    ("백화점 판매는 2.6% 늘었다.", "소매판매, 물가상승분 빼면 석 달째 감소", "2.6%", {"metric": None}),
    # bug (lists2 4): the title's export filled a figure of an item naming its own measure
    ("조선 수주량은 8.8% 늘었다.", "10월 반도체 수출 9% 증가", "8.8%", {"metric": None}),
    ("가스 소비량이 1.6% 줄었다.", "원유 수입 두 달째 감소", "1.6%", {"metric": None}),
    # …an item of the flow keeps it
    ("조선은 8.8% 늘었다.", "10월 선박 수출 9% 증가", "8.8%", {"metric": "export"}),
    # bug (fixes11 5): the title's output filled the figures of a measure of its own (소매판매) and of
    # its items in the sentences after it
    ("전국 소매판매는 1.2% 증가했다.", "전국 광공업생산 3.1% 증가", "1.2%", {"metric": None}),
    (
        "전국 소매판매는 1.2% 증가했다. 특히 부산은 -2.1%, 대전 -1.4% 감소했다.",
        "전국 광공업생산 3.1% 증가",
        "-1.4%",
        {"metric": None, "subject": "대전"},
    ),
    # …a paragraph about the title's own metric keeps it
    (
        "전국 광공업생산은 3.1% 증가했다. 특히 부산은 5.2% 늘었다.",
        "광공업생산 증가",
        "5.2%",
        {"metric": "output"},
    ),
]


def _context(passage: str, title: str | None, figure: str) -> dict[str, Any]:
    mentions = text_to_mentions(passage, REFERENCE)
    start = passage.index(figure)
    index = next(i for i, m in enumerate(mentions) if m.start == start)
    return contextualize(passage, mentions, REFERENCE, None, title)[index].model_dump()


def _params(tables: dict[str, list[DocRow]]) -> list[Any]:
    return [
        pytest.param(*row, id=f"{name}{number:02d}-{row[2]}")
        for name, rows in tables.items()
        for number, row in enumerate(rows)
    ]


@pytest.mark.parametrize(
    ("passage", "title", "figure", "expected"),
    _params(
        {"alias": ALIAS_ROWS, "alias-not": ALIAS_NOT_ROWS, "topic": TOPIC_ROWS, "topic-not": TOPIC_NOT_ROWS}
    ),
)
def test_document_context(passage: str, title: str | None, figure: str, expected: dict[str, Any]) -> None:
    got = _context(passage, title, figure)
    assert {key: got[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("2024년 1분기 해외직접투자 동향", "investment"),
        ("상반기 외국인직접투자 신고액 역대 최대", "investment"),
        ("2025년 6월 고용동향", "employment"),
        ("7월 소비자물가 2.1% 상승", "prices"),
        ("8월말 기준 통합재정수지 현황", "fiscal_balance"),
        ("농식품 수출 80억불 돌파", "export"),
        ("7월 수출입 동향", None),
        ("생산·소비·투자 모두 늘어", None),  # one of a list of measures
        # bug (audit13): a list spaced after its commas (생산, 소비, 투자의 경우) made every figure investment
        ("지난 분기 생산, 소비, 투자의 경우 모두 줄어", None),
        ("수출, 수입 동반 감소", None),
        # …but a comma closing a figure's clause lists nothing (생산은 8.2% , 내수는 7.6% , 수출은 …)
        ("3월 생산은 4.1% , 내수는 2.2% , 수출은 6.3% 늘었다", None),
        ("생산은 4.1% , 수출은 6.3% 늘었다", "export"),
        ("반도체·선박 수출 증가", "export"),
        ("기획재정부 보도자료", None),
        (None, None),
    ],
)
def test_document_topic(title: str | None, topic: str | None) -> None:
    assert document_topic(title) == topic


def test_aliases_are_read_from_the_whole_publication() -> None:
    text = "가. 전기차(EV) 수출\n나. EV 충전기\n다. 수소차(FCEV) 개발"
    assert subject_aliases(text) == {"전기차": "EV"}


def test_topic_reaches_the_records_through_the_title() -> None:
    """The pipeline gives the publication's title to the context stage."""
    raw = "2025년 2분기 해외직접투자 동향\n\n국가별로는 베트남(6.1억 달러), 저지*(2.2억 달러) 순이다.\n".encode()
    document = extract_source(read_text("raw/odi.txt", raw))
    amounts = {f.text: f.context for f in document.facts if f.kind == "amount"}
    assert amounts["6.1억 달러"].metric == "investment"
    assert (amounts["6.1억 달러"].partner, amounts["6.1억 달러"].partner_code) == ("베트남", "VN")
    assert (amounts["2.2억 달러"].partner, amounts["2.2억 달러"].partner_code) == ("저지", "JE")


# --- long inputs -----------------------------------------------------------------------


def test_bug_line_over_a_million_characters_raised_spacy_max_length() -> None:
    """A line over 1,000,000 characters once reached spaCy whole (E088, an internal_error)."""
    text = "늘었고 " * 300_000 + "반도체 수출은 12억 달러다 " + "늘었고 " * 300_000
    assert len(text) > 1_000_000
    start = text.index("12억")
    mention = Mention("amount", start, start + 6, "1200000000", "USD")
    (context,) = contextualize(text, [mention], None)
    assert (context.metric, context.subject) == ("export", "반도체")


def test_every_partner_code_is_a_contract_code() -> None:
    """Codes are copied into records without a second validation: each must pass the schema's pattern."""
    from extractors.lexicon.partners import PARTNER_CODES
    from schemas import Context

    for name, code in PARTNER_CODES.items():
        assert Context(partner=name, partner_code=code).partner_code == code
