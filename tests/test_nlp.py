"""The Korean spaCy pipeline: Kiwi tokens, context words, sentences — built without downloads."""

from __future__ import annotations

import pytest

from extractors.nlp import TERM_PATTERNS, ContextTerms, analyse, build_nlp, get_nlp, terms_of

# Texts whose tokens must give back the text exactly: spacing, tabs, newlines, marks, Hanja.
ROUND_TRIPS: list[str] = [
    "수출은 2642억9천만 달러로 늘었다.",
    "  앞에 공백  두 칸\t탭\n줄바꿈 ",
    "▲(對 일본) 58만 4달러 흑자 → 6억 9,700만 달러 적자",
    "'24년 기준 EU(1,800억 달러, 24%), 중국(1,120억 달러, 15%)",
    "했다 했다 했다",  # one written syllable read as two morphemes (하+었)
    "",
    "ICT",
    "中企 114조원, 既 경신",
]


@pytest.mark.parametrize("text", ROUND_TRIPS, ids=range(len(ROUND_TRIPS)))
def test_tokens_give_back_the_text(text: str) -> None:
    doc = get_nlp().make_doc(text)
    assert doc.text == text


TAGS: list[tuple[str, str, str]] = [
    ("수출은 늘었다", "수출", "NNG"),
    ("수출은 늘었다", "은", "JX"),
    ("멕시코와의 교역", "와", "JKB"),
    ("멕시코와의 교역", "의", "JKG"),
    ("수지가 흑자다", "가", "JKS"),
    ("EU산 제품", "EU", "SL"),
    ("2024년", "2024", "SN"),
    # bug (gaps 9): a compound item noun with its particle read as a list (신선/NNG 과/JC 실은/MAG)
    ("신선과실은 올랐다", "신선과실", "NNG"),
    ("신선과실은 올랐다", "은", "JX"),
    ("신선과실이 올랐다", "이", "JKS"),
    ("사과와배는 올랐다", "와", "JC"),  # a list written as one word stays a list
]


@pytest.mark.parametrize(("text", "token", "tag"), TAGS, ids=[f"{t}-{k}" for t, k, _ in TAGS])
def test_kiwi_tags(text: str, token: str, tag: str) -> None:
    doc = get_nlp().make_doc(text)
    assert tag in [t.tag_ for t in doc if t.text == token]


# (text, expected (family, value) of every context word, in order)
TERMS: list[tuple[str, list[tuple[str, str]]]] = [
    ("대중국 수출은 줄었다", [("partner", "중국"), ("metric", "export"), ("change", "decrease")]),
    ("對 멕시코 무역수지", [("partner", "멕시코"), ("metric", "trade_balance")]),
    ("EU산 제품 수입", [("partner", "EU"), ("metric", "import")]),
    ("미국과의 교역", [("partner", "미국"), ("metric", "other")]),
    ("미국의 수입", [("owner", "미국"), ("metric", "import")]),
    ("대미 투자", [("partner", "미국"), ("metric", "investment")]),
    ("외국인투자 유치", [("metric", "investment")]),
    ("지난해 예산", [("relyear", "-1"), ("metric", "budget")]),
    ("2024년 대비 ↑", [("base", "대비"), ("change", "increase")]),
    ("같은 해 수입", [("same_period", "같은 해"), ("metric", "import")]),
    ("인도네시아 수출", [("partner", "인도네시아"), ("metric", "export")]),
    ("대일 수입", [("partner", "일본"), ("metric", "import")]),
    ("대중 수출", [("partner", "중국"), ("metric", "export")]),
    ("투자자금 유입", [("metric", "investment")]),
    ("정부 기금", [("metric", "budget")]),
    ("3분기 매출액", [("metric", "other")]),
    # NOT metrics: a person named after the metric (투자자, 수입자)
    ("외국인 투자자는 팔았다", []),
    ("수입자들", []),
    # NOT partners: 대중 in 대중교통 (the public)
    ("대중교통 이용", []),
    # NOT partners: a bank, an institute, 中 in 中企
    ("한국은행 발표", []),
    ("한국산업기술진흥원", []),
    ("中企 지원", [("metric", "budget")]),
]


@pytest.mark.parametrize(("text", "expected"), TERMS, ids=[t for t, _ in TERMS])
def test_terms(text: str, expected: list[tuple[str, str]]) -> None:
    found = sorted(terms_of(analyse(text)), key=lambda t: (t.start, -t.end))
    got = [(t.family, t.value) for t in found if t.family != "change" or (t.family, t.value) in expected]
    assert got == expected


SENTENCES: list[tuple[str, list[str]]] = [
    ("수출은 늘었다. 수입은 줄었다.", ["수출은 늘었다.", "수입은 줄었다."]),
    ("2025.03.20. 발표", ["2025.03.20. 발표"]),  # dots in a date close no sentence
    ("약 3.5% 증가했다. 무역수지는 흑자다.", ["약 3.5% 증가했다.", "무역수지는 흑자다."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[t for t, _ in SENTENCES])
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in analyse(text).sents] == expected


def test_mentions_become_spans() -> None:
    doc = analyse("수출은 2642억 달러로 늘었다.", [(4, 12, "amount")])
    assert [(s.text, s.label_) for s in doc.spans["mentions"]] == [("2642억 달러", "amount")]


def test_terms_as_spacy_spans() -> None:
    doc = analyse("대중국 수출")
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["terms"]] == [
        ("대중국", "partner", "중국"),
        ("수출", "metric", "export"),
    ]


def test_pipeline_components_are_registered_factories() -> None:
    nlp = build_nlp()
    assert nlp.pipe_names == ["suchi_mentions", "suchi_terms", "suchi_sentences"]
    assert get_nlp() is get_nlp()  # built once


def test_term_patterns_are_data() -> None:
    families = {p["family"] for p in TERM_PATTERNS}
    assert families == {"metric", "change", "partner", "relyear", "same_period", "base"}
    nlp = build_nlp()
    custom = ContextTerms(nlp, "only_metrics", [p for p in TERM_PATTERNS if p["family"] == "metric"])
    doc = custom(nlp.make_doc("대중국 수출"))
    assert [(t.family, t.value) for t in terms_of(doc)] == [("metric", "export")]


def test_bug_tags_depended_on_the_words_read_before() -> None:
    """Words reached Kiwi joined in one string: 선박과 was JC or JKB by the words read with it,
    so a document's context changed with the documents read before it (golden 002 in the full suite)."""
    from extractors import nlp

    nlp._word_cache.clear()
    nlp._analyse_words(["선박과"])
    alone = nlp._word_cache["선박과"]
    nlp._word_cache.clear()
    nlp._analyse_words(["원동기(12.0%)·선박(41.3%)은", "수출이", "선박과", "자동차", "늘었다"])
    assert nlp._word_cache["선박과"] == alone


# bug: a topic after a bullet (ㅇ 제조업은) or after a comma (…, 서비스업은) was never tagged when no
# metric word, parenthesis or sentence end was near it, so the figure after it lost its item
TOPICS: list[tuple[str, list[str]]] = [
    ("식품은 0.1% 올랐다", ["식품은"]),
    ("ㅇ 제조업은 30억 달러로 늘었고, 서비스업은 50억 달러였다", ["제조업은", "서비스업은"]),
    ("□ 기계류는 3% 늘고 ; 선박이 2% 줄었다", ["기계류는", "선박이"]),
    ("- 철강은 3% 늘었다", ["철강은"]),
    ("수출 3% 늘고 반도체는 5% 늘었다", []),  # not after a clause mark: a word inside the clause
    # bug: a topic of two words (소비재 판매는) or one after a connective ending (증가했으며 X는) was
    # left unread
    ("소비재 판매는 0.9% 줄었다", ["소비재 판매는"]),
    ("설비투자는 3% 증가했으며 국내기계수주는 5% 늘었다", ["설비투자는", "국내기계수주는"]),
]


@pytest.mark.parametrize(("text", "expected"), TOPICS, ids=[t for t, _ in TOPICS])
def test_topics_of_sentences_and_clauses_are_tagged(text: str, expected: list[str]) -> None:
    from extractors.nlp import _ANCHOR_TOPIC

    assert [m.group("word") for m in _ANCHOR_TOPIC.finditer(text)] == expected


@pytest.mark.parametrize("text", [t for t, _ in TOPICS], ids=[t for t, _ in TOPICS])
def test_topic_scan_by_opener_finds_what_the_joined_pattern_finds(text: str) -> None:
    from extractors.nlp import _ANCHOR_TOPIC, _ANCHOR_TOPIC_BRANCHES
    from extractors.scan import alternation_finditer

    for piece in (text, f"가, {text}", f"{text}; 다"):
        got = [(m.span(), m.start("word")) for m in alternation_finditer(_ANCHOR_TOPIC_BRANCHES, piece)]
        assert got == [(m.span(), m.start("word")) for m in _ANCHOR_TOPIC.finditer(piece)]


# The words before figures, found from their ends back, start where the one pattern's matches do:
# after a comma unspaced, a sign before the figure, a no-break space, a figure on the next line.
FIGURE_WORDS: list[str] = [
    "단감이 830만 달러, 과자 14.7%,통신장비 4.7% 늘었다",
    "수출은 △3.2% 줄고 수입은 +1.5% 늘었다",
    "준 내구재가\u00a02.5% 올랐다",
    "반도체\n12% 늘었다, 선박 3 척",
    "A반도체 3, 가,나 5",
]


@pytest.mark.parametrize("text", FIGURE_WORDS, ids=range(len(FIGURE_WORDS)))
def test_figure_words_found_from_their_ends_start_where_the_pattern_does(text: str) -> None:
    from extractors.nlp import _ANCHOR_FIGURE_WORD, _figure_word_starts

    assert _figure_word_starts(text) == [m.start() for m in _ANCHOR_FIGURE_WORD.finditer(text)]


# Texts where the prefiltered scans must find exactly what one plain scan finds: words at the
# start, inside longer words (투자자, 한국은행), after Hangul (the partner's lookbehind), joined
# (對日수출), with a prefix and a space (對 멕시코), at the very end, and none at all.
SCANS: list[str] = [
    "수출입 동향: 수출은 늘고 수입은 줄었다.",
    "외국인 투자자는 팔았고 대중국 수출과 對 멕시코 무역수지는 개선",
    "한국은행과 미국의 수입, 對日수출, 대미 투자",
    "지난해 대비 같은 해 전년 동기 대비 올해",
    "중소벤처기업부(이하 중기부)의 기금 예산 (A)",
    "미래 미만 대중교통 수출",
    "  식품(가공)은 전월대비 0.1% 상승. 반면 (수입) 감소!",
    "숫자만 2024 12.5",
    "  가나(다)는 하나 둘 셋",  # indented, a topic holding a parenthesis: one anchor, not two
]


@pytest.mark.parametrize("text", SCANS, ids=range(len(SCANS)))
def test_prefiltered_scans_find_what_one_scan_finds(text: str) -> None:
    from extractors.nlp import _finditer, term_regex

    for family in [p["family"] for p in TERM_PATTERNS]:
        pattern = term_regex(family)
        got = [(m.span(), m.groupdict()) for m in _finditer(pattern, text)]
        assert got == [(m.span(), m.groupdict()) for m in pattern.finditer(text)], family


@pytest.mark.parametrize("text", SCANS, ids=range(len(SCANS)))
def test_focus_words_read_the_marks_as_one_scan_does(text: str) -> None:
    """The marks and the topics, found apart by prefiltered scans, choose what plain scans choose."""
    import bisect

    import regex

    from extractors.nlp import (
        _ANCHOR_FIGURE_WORD,
        _ANCHOR_TOPIC,
        _FIGURE_WORD_BACK,
        _FOCUS_BACK,
        focus_words,
        term_regex,
    )

    marks = regex.compile(r"[(（]|[.?!](?=\s|$)|\)(?=(?:은|는|이|가)\s)|각각")
    starts = [m.start() for m in regex.finditer(r"\S+", text)]
    scans = (term_regex("metric"), term_regex("partner"), marks)
    places = [m.start() for p in scans for m in p.finditer(text)]
    places += [m.start("word") for m in _ANCHOR_TOPIC.finditer(text)]
    expected: set[int] = set()
    for place in places:
        word = bisect.bisect_right(starts, place) - 1
        expected.update(range(max(0, word - _FOCUS_BACK), word + 2))
    for m in _ANCHOR_FIGURE_WORD.finditer(text):  # the word before a figure and the two before it
        word = bisect.bisect_right(starts, m.start()) - 1
        expected.update(range(max(0, word - _FIGURE_WORD_BACK), word + 1))
    assert focus_words(text, starts) == expected


def test_full_word_cache_keeps_the_words_being_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache emptied when full kept only the new words, and a word read before was missing."""
    from extractors import nlp

    text = "수출은 크게 늘었고 수입은 줄었다"
    expected = nlp.tokenize(text)
    monkeypatch.setattr(nlp, "_CACHE_LIMIT", 3)
    nlp._word_cache.clear()
    nlp.tokenize("수출은 크게")
    assert nlp.tokenize(text) == expected


# Sentences read both ways: the plain analysis the context stage uses must give what the Doc gives.
PARITY: list[str] = [
    "수출은 2642억 달러로 늘었다. 대중국 수입은 줄었다.",
    "  ▲(對 일본) 58만 4달러 흑자 → 6억 9,700만 달러 적자",
    "'24년 기준 EU(1,800억 달러, 24%), 중국(1,120억 달러, 15%) 순이다.  한국은행 발표",
    "경상수지 흑자는 50억 달러. 사회보장성기금 수입은 늘었다!",
    "식품은\t전월대비 0.1%, 전년동월대비 1.1% 각각 상승했다.",
]


@pytest.mark.parametrize("text", PARITY, ids=range(len(PARITY)))
def test_plain_analysis_reads_what_the_doc_reads(text: str) -> None:
    from extractors.nlp import analyse_plain, tokens_of

    doc, plain = analyse(text), analyse_plain(text)
    assert plain.tokens == tokens_of(doc)
    assert plain.terms == terms_of(doc)
    assert plain.sentences == [(s.start_char, s.end_char) for s in doc.sents]
