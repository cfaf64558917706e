"""Sentences through every stage together (figures, dates, exclusions, resolution).

Rows here are bugs that only showed when the stages met.
"""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from extractors import text_to_mentions
from extractors.mentions import Mention
from extractors.pipeline import document_kind, document_title, mentions_to_facts
from extractors.readers.base import SourceDocument
from schemas import Context

REFERENCE = date(2026, 10, 2)

PIPELINE_ROWS: list[tuple[str, str, list[tuple[str, str, str, str | None]]]] = [
    (
        "dollars_after_decimal_are_not_months",
        "두바이유는 배럴당 78.5달러를 기록했다.",
        [("amount", "78.5달러", "78.5", "USD")],
    ),
    (
        "count_in_a_sentence_with_an_amount",
        "'25년 중소기업 수출 1,168억불(+5.6%), 수출기업 수 9만 7천개 돌파",
        [
            ("date", "'25년", "2025", None),
            ("amount", "1,168억불", "116800000000", "USD"),
            ("percent", "+5.6%", "5.6", "%"),
        ],
    ),
    (
        "phone_number_is_no_date",
        "문의: 무역정책과 044-203-4000, 2026년 9월 수출 612억 달러",
        [("date", "2026년 9월", "2026-09", None), ("amount", "612억 달러", "61200000000", "USD")],
    ),
    (
        "issue_number_is_no_date",
        "제2026-11호 '26.1분기 지원사업 통합공고",
        [("date", "'26.1분기", "2026-Q1", None)],
    ),
    (
        "year_less_month_takes_the_reference_year",
        "9월 수입은 548억 1,200만 달러로 2.7% 늘었다.",
        [
            ("date", "9월", "2026-09", None),
            ("amount", "548억 1,200만 달러", "54812000000", "USD"),
            ("percent", "2.7%", "2.7", "%"),
        ],
    ),
    (
        "range_partner_across_dates",
        "(’25. 146 → ’26. 291억원)",
        [
            ("date", "’25", "2025", None),
            ("amount", "146", "14600000000", "KRW"),
            ("date", "’26", "2026", None),
            ("amount", "291억원", "29100000000", "KRW"),
        ],
    ),
    (
        "yuan_after_one_is_no_rank",
        "원/위안 환율은 1위안당 192.3원으로 올랐다.",
        [("amount", "1위안", "1", "CNY"), ("amount", "192.3원", "192.3", "KRW")],
    ),
    ("duration_and_count_are_not_facts", "3년 만에 102개 기업, 1,800여명 참가", []),
    (
        "statistical_minus_and_point_change",
        "자동차 수출은 △4.6% 줄었고 전망치는 1.2%p 상향",
        [("percent", "△4.6%", "-4.6", "%"), ("percent_point", "1.2%p", "1.2", "%p")],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), PIPELINE_ROWS, ids=[row[0] for row in PIPELINE_ROWS])
def test_sentence_through_all_stages(
    name: str, text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    got = [(m.kind, text[m.start : m.end], m.value, m.unit) for m in text_to_mentions(text, REFERENCE)]
    assert got == expected


# A release's label line is no title (bug: an activity release was titled 동정자료).
TITLE_ROWS: list[tuple[str, str, str, str]] = [
    (
        "activity_release_label",
        "동정자료\n보도시점 2026. 4. 2.(목) 11:00\n차관, 김치 수출기업 방문\n본문",
        "차관, 김치 수출기업 방문",
        "press_release",
    ),
    (
        "explanation_release_label",
        "설명자료\n배포 2026. 4. 2.\n수출 통계 보도에 대한 설명\n본문",
        "수출 통계 보도에 대한 설명",
        "press_release",
    ),
    ("plain_press_release", "보도자료\n수출 7천억불 돌파\n본문", "수출 7천억불 돌파", "press_release"),
    # bug: the basis line under a letter-spaced heading was the title ((… 누계 기준/잠정))
    ("letter_spaced_heading", "재 정 동 향\n\n(2025.6월 누계 기준/잠정)\n본문", "재정동향", "other"),
    ("basis_line_first", "(2025.6월(누계) 기준)\n\n월간 재정 점검\n본문", "월간 재정 점검", "other"),
    # bug: the issuer's logo line above a release was its title (and gave it no topic)
    ("issuer_line", "해양수산부\n보도자료\n해외투자 동향\n본문", "해외투자 동향", "press_release"),
    ("issuer_and_label", "조달청 보도참고자료\n공공조달 실적\n본문", "공공조달 실적", "press_release"),
    # bug: the issuer's header line with the release date (… 보도자료 2025. 12. 3.(수)) was the title
    (
        "issuer_label_date",
        "해양수산부 보도자료 2026. 4. 2.(목)\n수산물 수출\n본문",
        "수산물 수출",
        "press_release",
    ),
    ("two_issuers", "한국은행 · 통계개발원\n국민계정 잠정치\n본문", "국민계정 잠정치", "other"),
    # bug: with no title line, the first bullet of the body was the title (and its topic every figure's)
    ("bullet_not_title", "보도자료\n정책 동향\n□ 투자액은 1조원이다.", "정책 동향", "press_release"),
    ("only_bullets", "보도자료\n□ 투자액은 1조원이다.\nㅇ 수출은 늘었다.", "보도자료", "press_release"),
    # bug: an annex label line was the title ((별 첨 1) 《 … 공표 자료 》 over 통 합 재 정 통 계)
    ("annex_label", "(별 첨 1) 《 홈페이지 공표 자료 》\n\n통 합 재 정 통 계\n본문", "통합재정통계", "other"),
    ("annex_bracket", "[붙임]\n세부 실적\n본문", "세부 실적", "other"),
    # negatives: a title of words that are not issuers' names stays, one word or several
    ("support_title", "수출바우처 지원\n본문", "수출바우처 지원", "other"),
    ("one_word_title", "재정동향\n본문", "재정동향", "other"),
    # negatives: words of several letters stay apart; a line opening with a parenthesis is a title
    ("spaced_words", "재정 동 향 점검\n본문", "재정 동 향 점검", "other"),
    ("parenthesis_opens", "(참고) 재정 동향\n본문", "(참고) 재정 동향", "other"),
    # bug: an attachment's label line with a publication note was the title ((별 첨 1) 《 … 공표 자료(안) 》)
    (
        "annex_label_and_note",
        "(별 첨 2) 《 홈페이지 게시용 자료 》\n\n재 정 수 지 동 향\n본문",
        "재정수지동향",
        "other",
    ),
    # bug: a title cut by a line break between 141.5억 and 달러 ended at 억
    (
        "title_cut_inside_an_amount",
        "보도자료\n1분기 투자는 88.2억\n달러로 4.1% 감소\n본문",
        "1분기 투자는 88.2억 달러로 4.1% 감소",
        "press_release",
    ),
    ("title_then_a_line_of_its_own", "보도자료\n수출 3억\n목표 달성\n본문", "수출 3억", "press_release"),
    ("annex_label_then_title", "[붙임 1] 품목별 수출 실적\n본문", "[붙임 1] 품목별 수출 실적", "other"),
    # bug (audit 7): a news byline wholly in square brackets was the title
    (
        "byline_in_brackets",
        "[경제신문 홍길동]\n\n외국인 투자 신고액이 9.1% 늘었다.",
        "외국인 투자 신고액이 9.1% 늘었다.",
        "other",
    ),
]


@pytest.mark.parametrize(("text", "title", "kind"), [pytest.param(*r[1:], id=r[0]) for r in TITLE_ROWS])
def test_release_title_and_kind(text: str, title: str, kind: str) -> None:
    assert document_title(text) == title
    assert document_kind(text) == kind


# Mentions the contract forbids: building the facts as one validated list still rejects each.
BAD_MENTIONS: list[tuple[str, Mention]] = [
    ("amount_without_currency", Mention("amount", 0, 3, "100", None)),
    ("percent_with_a_currency", Mention("percent", 0, 3, "100", "USD")),
    ("value_not_a_decimal", Mention("amount", 0, 3, "1e5", "USD")),
    ("date_with_a_unit", Mention("date", 0, 3, "2025", "%")),
    ("empty_span", Mention("amount", 2, 2, "100", "USD")),
]


@pytest.mark.parametrize(("name", "mention"), BAD_MENTIONS, ids=[n for n, _ in BAD_MENTIONS])
def test_facts_list_validation_rejects_what_the_contract_forbids(name: str, mention: Mention) -> None:
    source = SourceDocument("t", b"", "100 달러", "txt")
    good = Mention("amount", 0, 3, "100", "USD")
    assert mentions_to_facts(source, [good], [Context()])[0].value == "100"
    with pytest.raises(ValidationError):
        mentions_to_facts(source, [good, mention], [Context(), Context()])
