"""Context vocabulary: what a figure measures, for whom, when, which way.

Sources: the wording of Korean trade and industry publications (산업통상부
수출입 동향 보도자료, 과기정통부 ICT 수출입 현황, KIAT/KISDI briefs, news
reports), the country names of the 외교부 국가·지역 표기 and the 한국은행
지식서비스 무역통계 region names.  The logic that reads these words lives in
``extractors/context.py`` and ``extractors/nlp.py``; no Korean literal appears
there.
"""

from __future__ import annotations

from typing import Final, Literal

from extractors.lexicon.dates import SENTENCE_YEAR_NOT_AFTER
from extractors.lexicon.numbers import CURRENCY_FALSE_FRIENDS
from extractors.lexicon.partners import (
    GENITIVE,
    GENITIVE_TOPICS,
    HOME,
    MARKED_ONLY,
    PARTNER_ALIASES,
    PARTNER_CODES,
    PARTNER_PREFIXES,
    PARTNER_SUFFIX_BLOCKERS,
    PARTNER_SUFFIXES,
    PARTNERS,
    PEOPLE_PARTICLES,
    PEOPLE_SUFFIXES,
    PLACE_CURRENCIES,
)
from extractors.lexicon.tables import PERIOD_NOTES as TABLE_PERIOD_NOTES
from schemas import Metric as MetricName

__all__ = [
    "CURRENCY_FALSE_FRIENDS",
    "GENITIVE",
    "GENITIVE_TOPICS",
    "HOME",
    "MARKED_ONLY",
    "PARTNERS",
    "PARTNER_ALIASES",
    "PARTNER_CODES",
    "PARTNER_PREFIXES",
    "PARTNER_SUFFIXES",
    "PARTNER_SUFFIX_BLOCKERS",
    "PEOPLE_PARTICLES",
    "PEOPLE_SUFFIXES",
    "PLACE_CURRENCIES",
]

ChangeName = Literal["increase", "decrease", "surplus", "deficit"]

# --- what is measured --------------------------------------------------------

METRIC_WORDS: Final[tuple[tuple[str, MetricName], ...]] = (
    # goods trade (Hanja as customs releases print them: 輸出 258.9억불)
    ("수출", "export"),
    ("輸出", "export"),
    ("수입", "import"),
    ("輸入", "import"),
    ("무역수지", "trade_balance"),
    ("무역 수지", "trade_balance"),
    ("貿易收支", "trade_balance"),
    ("무역흑자", "trade_balance"),
    ("무역적자", "trade_balance"),
    ("교역수지", "trade_balance"),
    ("가계수지", "other"),  # a household's income less spending (가계동향), no balance of trade
    ("수지", "trade_balance"),
    ("흑자", "trade_balance"),
    ("적자", "trade_balance"),
    ("수출입", "other"),
    ("輸出入", "other"),
    ("교역", "other"),
    # the current account and its parts (한국은행 국제수지)
    ("경상수지", "current_account"),
    ("국제수지", "current_account"),
    ("경상 수지", "current_account"),
    ("상품수지", "current_account"),
    ("서비스수지", "current_account"),
    ("본원소득수지", "current_account"),
    ("이전소득수지", "current_account"),
    ("여행수지", "current_account"),
    ("운송수지", "current_account"),
    ("건설수지", "current_account"),
    ("지식재산권사용료수지", "current_account"),
    ("가공서비스수지", "current_account"),
    # the current account's subaccounts as 한국은행 names them (배당소득수지 흑자 22억 달러)
    ("배당소득수지", "current_account"),
    ("이자소득수지", "current_account"),
    ("지식재산권수지", "current_account"),
    ("사업서비스수지", "current_account"),
    # receipts of the primary income and travel accounts, not goods imports (배당수입 증가로 흑자 확대)
    ("배당수입", "current_account"),
    ("이자수입", "current_account"),
    ("여행수입", "current_account"),
    # as news shorten or space them (경상흑자 행진, 1분기 경상 적자, 서비스 수지는): one item
    ("경상흑자", "current_account"),
    ("경상적자", "current_account"),
    ("경상 흑자", "current_account"),
    ("경상 적자", "current_account"),
    ("상품 수지", "current_account"),
    ("서비스 수지", "current_account"),
    ("본원소득 수지", "current_account"),
    ("이전소득 수지", "current_account"),
    # the balance of payments' other accounts (금융계정은 42억 달러 순자산 증가): not the current
    # account, whatever a release's title names
    ("금융계정", "other"),
    ("자본수지", "other"),
    ("자본계정", "other"),
    ("자본·금융계정", "other"),
    # direct and capital investment
    ("외국인직접투자", "investment"),
    ("외국인 직접투자", "investment"),  # as news space it: one item, 외국인직접투자
    ("해외 직접투자", "investment"),
    ("해외직접 투자", "investment"),
    ("외국인투자", "investment"),
    ("해외직접투자", "investment"),
    ("직접투자", "investment"),
    ("해외투자", "investment"),
    ("대외투자", "investment"),  # outward: a direction, the item (not 대외 before 투자)
    ("설비투자", "investment"),
    ("건설투자", "investment"),  # the other capital spending of GDP, named whole as 설비투자 is
    ("투자", "investment"),
    ("FDI", "investment"),
    ("ODI", "investment"),
    # the budget: spending, revenue, funds
    ("예산", "budget"),
    ("총지출", "budget"),
    ("총수입", "budget"),
    ("총수입액", "import"),  # 에너지 총수입액: all imports of a kind, not the budget's revenue
    ("국세수입", "budget"),
    ("세외수입", "budget"),
    ("재정수입", "budget"),
    ("재정지출", "budget"),
    ("기금수입", "budget"),
    ("기금지출", "budget"),
    ("조세수입", "budget"),  # revenue, not imports: 조세수입 및 자본수입 감소
    # as news space them (국세 수입은 151조원): one item, revenue, not imports
    ("국세 수입", "budget"),
    ("세외 수입", "budget"),
    ("조세 수입", "budget"),
    ("자본수입", "budget"),
    ("통합재정수입", "budget"),
    ("통합재정지출", "budget"),
    ("세입", "budget"),
    ("세출", "budget"),
    ("세수", "budget"),
    ("국비", "budget"),
    ("지방비", "budget"),
    ("사업비", "budget"),
    ("재정", "budget"),
    ("지원", "budget"),
    ("투입", "budget"),
    ("기금", "budget"),
    ("출연", "budget"),
    # the budget's field of welfare (one of its twelve 분야), not employment figures
    ("보건·복지·고용", "budget"),
    ("보건ㆍ복지ㆍ고용", "budget"),
    ("보건・복지・고용", "budget"),
    # fiscal balances and debt
    ("관리재정수지", "fiscal_balance"),
    ("통합재정수지", "fiscal_balance"),
    ("관리대상수지", "fiscal_balance"),  # the name of 관리재정수지 before 2011
    ("관리재정 수지", "fiscal_balance"),
    ("관리대상 수지", "fiscal_balance"),  # 관리대상수지 as news space it
    ("통합재정 수지", "fiscal_balance"),
    ("재정수지", "fiscal_balance"),
    ("기금수지", "fiscal_balance"),
    ("재정 수지", "fiscal_balance"),  # 통합재정 수지, 관리재정 수지 as news space them
    ("재정적자", "fiscal_balance"),
    # the government's books (나라 살림 적자가 74조원): the fiscal balance, never goods trade
    ("나라살림 적자", "fiscal_balance"),
    ("나라 살림 적자", "fiscal_balance"),
    ("나라살림 흑자", "fiscal_balance"),
    ("나라 살림 흑자", "fiscal_balance"),
    ("재정흑자", "fiscal_balance"),
    ("국가채무", "government_debt"),
    ("국가부채", "government_debt"),
    ("정부부채", "government_debt"),
    ("국가 채무", "government_debt"),
    ("국고채", "government_debt"),
    ("국채", "government_debt"),
    ("적자국채", "government_debt"),  # bonds issued to cover a deficit: debt, not a trade deficit
    ("적자 국채", "government_debt"),
    ("중앙정부 채무", "government_debt"),
    ("중앙정부채무", "government_debt"),
    ("나랏빚", "government_debt"),
    ("나라빚", "government_debt"),  # as often spelt without the 사이시옷
    # prices (물가 wins over 수출/수입 in 수출물가, 수입물가; 가격 covers 전세가격, 가격 변동률)
    ("물가", "prices"),
    ("가격", "prices"),
    ("소비자물가", "prices"),
    ("생산자물가", "prices"),
    ("수출물가", "prices"),
    ("수입물가", "prices"),
    ("수출입물가", "prices"),
    ("생활물가", "prices"),
    ("근원물가", "prices"),
    ("인플레이션", "prices"),
    ("기대인플레이션", "prices"),  # households' expected inflation (소비자동향조사): one item
    ("기대인플레이션율", "prices"),
    # employment
    ("취업자", "employment"),
    ("실업자", "employment"),
    ("고용률", "employment"),
    ("실업률", "employment"),
    ("경제활동참가율", "employment"),
    ("고용", "employment"),
    ("일자리", "employment"),
    # output
    ("GDP", "output"),
    ("GNI", "output"),
    ("국민총소득", "output"),
    ("국내총소득", "output"),
    # the spending parts of GDP (민간소비는 0.5% 늘었다): output, never the investment named before them
    ("민간소비", "output"),
    ("정부소비", "output"),
    ("민간 소비", "output"),  # as news space them
    ("정부 소비", "output"),
    ("국내총생산", "output"),
    ("경제성장률", "output"),
    ("경제 성장률", "output"),
    ("경상성장률", "output"),  # nominal GDP growth (a budget's yardstick), not the current account
    ("경상 성장률", "output"),
    ("잠재성장률", "output"),
    ("산업생산", "output"),
    ("광공업생산", "output"),
    ("서비스업생산", "output"),
    ("제조업생산", "output"),
    ("전산업생산", "output"),
    # as news space them (광공업 생산은 전월대비 1.4% 늘었으며): one word, not a bare 생산
    ("전산업 생산", "output"),
    ("전 산업생산", "output"),
    ("전 산업 생산", "output"),
    ("광공업 생산", "output"),
    ("서비스업 생산", "output"),
    ("제조업 생산", "output"),
    ("생산량", "output"),  # 자동차 생산량: how much an industry made (a bare 생산 names items too)
    # lending
    ("대출", "lending"),
    ("가계부채", "lending"),
    ("가계신용", "lending"),
    ("가계빚", "lending"),
    ("여신", "lending"),
    # company results and other quantities
    ("매출", "other"),
    ("내수", "other"),  # 내수 판매: domestic sales, beside an industry's exports
    ("영업이익", "other"),
    ("순이익", "other"),
)
"""Words naming a metric; the longest word at a place wins (관리재정수지 over 재정, 수출물가 over 수출).

A bare 성장률 is any flow's growth rate, not output (수출액(성장률)); a bare
생산 names items too (유연 생산): neither is a metric word.

Decisions: totals of both flows (수출입, 교역) and company results (매출,
영업이익) are ``other``.  A bare balance word (수지, 흑자, 적자) is goods trade
unless a balance word written right before it says otherwise (``METRIC_INHERITS``:
경상수지 흑자 is the current account, 관리재정수지 적자 a fiscal balance).
경상수지 is the whole account (no subject); its parts name their subject
(``NAMED_ITEMS``).  Funds (기금, 출연) are ``budget``; 보조금 is not a metric
word, it names an item (전기차 보조금 예산).  설비투자 is capital investment.
"""

METRIC_INHERITS: Final[dict[str, frozenset[MetricName]]] = {
    "수지": frozenset({"current_account", "fiscal_balance", "trade_balance"}),
    "흑자": frozenset({"current_account", "fiscal_balance", "trade_balance"}),
    "적자": frozenset({"current_account", "fiscal_balance", "trade_balance"}),
    "수입": frozenset({"budget"}),
    "지출": frozenset({"budget"}),
}
"""Words that take the metric of the metric word written right before them, when it is one of these.

경상수지 흑자 → current_account, 관리재정수지 적자 → fiscal_balance,
사회보장성기금 수입 → budget (revenue, not imports).
"""

NAMED_ITEMS: Final[frozenset[str]] = frozenset(
    {
        "상품수지",
        "서비스수지",
        "본원소득수지",
        "이전소득수지",
        "여행수지",
        "운송수지",
        "건설수지",
        "지식재산권사용료수지",
        "가공서비스수지",
        "배당소득수지",
        "이자소득수지",
        "지식재산권수지",
        "사업서비스수지",
        "금융계정",
        "자본수지",
        "자본계정",
        "자본·금융계정",
        "총지출",
        "총수입",
        "국세수입",
        "세외수입",
        "재정수입",
        "재정지출",
        "통합재정수입",
        "통합재정지출",
        "조세수입",
        "자본수입",
        "세입",
        "세출",
        "관리재정수지",
        "통합재정수지",
        "관리대상수지",
        "외국인직접투자",
        "해외직접투자",
        "대외투자",
        "설비투자",
        "건설투자",
        "민간소비",
        "정부소비",
        "소비자물가",
        "생산자물가",
        "수출물가",
        "수입물가",
        "생활물가",
        "근원물가",
        "기대인플레이션",
        "기대인플레이션율",
        "취업자",
        "실업자",
        "고용률",
        "실업률",
        "경제활동참가율",
        "산업생산",
        "전산업생산",
        "광공업생산",
        "서비스업생산",
        "제조업생산",
        "가계부채",
        "가계신용",
    }
)
"""Metric words that are also the item measured (contract: the part, which budget item, which
direction as ``subject``): the subject when no item is written before them."""

BALANCE_METRICS: Final[frozenset[MetricName]] = frozenset(
    {"trade_balance", "current_account", "fiscal_balance"}
)
"""Balances, written negative as deficits: their 증가/확대 is the deficit's size, whatever the sign."""

BALANCE_SIDES: Final[dict[str, ChangeName]] = {"흑자": "surplus", "적자": "deficit"}
"""End a balance word and say its side: 무역적자는 59억 달러 is a deficit without a change word after it."""

CHANGE_FROM_MARK: Final[str] = "에서"
"""After a figure (and its side, 적자에서): the start of a change to the figure after it; a date
written before the first figure labels it alone (지난해 294억 달러에서 260억 달러로)."""

BARE_BALANCE: Final[MetricName] = "trade_balance"
"""What a figure measures that is only called a surplus or deficit (15억 달러로 흑자였다), unless
the publication's topic is another balance (경상수지 동향)."""

CARRIED_METRICS: Final[frozenset[MetricName]] = frozenset({"export", "import", "trade_balance", "investment"})
"""Flows whose figures go on over the next sentences of a paragraph without naming them again
(수입은 347억달러로 0.4% 증가했다. 반도체(9.4%)와 가스(4.3%) 등은 늘었고 …)."""

ACCOUNT_METRICS: Final[frozenset[MetricName]] = frozenset({"budget", "fiscal_balance"})
"""Metrics whose items are accounts (통합재정수입, 사회보장성기금): a fiscal table's row names one whole."""

ITEM_HEADS: Final[frozenset[str]] = frozenset({"기금", "수지", "회계", "대출"})
"""Metric words that end an item's own name when written onto it: 주택도시기금,
사회보장성기금, 가계대출 — the subject keeps them (주택도시기금, not 주택도시)."""

ORGANISATION_ENDS: Final[tuple[str, ...]] = ("부", "청", "처", "원")
"""End an organisation's name, as the last syllable of its word: a metric word inside one
(기획재정부는, 고용노동부, 관세청) names no metric."""

ORGANISATION_WORDS: Final[tuple[str, ...]] = ("위원회", "은행", "공사", "공단", "협회", "중앙회", "보험")
"""Name an organisation or a scheme anywhere after a metric word in the same written word
(수출입은행, 무역보험공사, 고용보험기금): the metric word is part of that name."""

PERSON_TITLES: Final[tuple[str, ...]] = (
    "장관", "차관", "차관보", "대통령", "총리", "부총리", "실장", "국장", "과장", "청장", "처장",
    "원장", "위원장", "대변인", "본부장", "단장", "회장", "사장", "총재", "부총재", "의원",
)  # fmt: skip
"""End the name of a person who speaks (한 차관은 “…”, 송미령 장관은): the agent of a clause, never
the item of a figure it quotes."""

CLAUSE_TOPIC_PARTICLES: Final[tuple[str, ...]] = ("은", "는", "도")
"""Mark the topic a later clause turns to (자동차 수출은 …, 석유제품은 41억 달러로); 이/가 mark the
subject of a clause inside it (품목 전반이 증가하며), not a new topic."""

TOPIC_PHRASES: Final[tuple[str, ...]] = ("의 경우",)
"""Mark the noun before them as a sentence's topic, as 은/는 do: 설비투자의 경우 … 4.5% 상승."""

CLAUSE_LINKS: Final[tuple[str, ...]] = (
    "했으며", "했고", "했지만", "했으나", "하면서", "하며", "하고", "했는데",
    "였으며", "였고", "였지만", "였으나", "됐으며", "됐고", "됐으나", "됐지만",
    "었으며", "었고", "었지만", "었으나", "았으며", "았고", "았지만", "았으나", "으며", "면서",
)  # fmt: skip
"""Connective endings closing a clause (증가했으며 국내기계수주는 …): a topic after one opens a
clause of its own, whose figures are that topic's, not the item of a metric word before it."""

CHANGE_VERB_ENDINGS: Final[tuple[str, ...]] = (
    "하", "했", "해", "되", "됐", "돼", "어", "었", "아", "았", "면", "며", "고", "나", "져", "졌",
)  # fmt: skip
"""Written right after a change word, make it the verb closing a clause (늘어, 증가했으며, 감소하며,
떨어져), not a noun naming a rate or a trend (증가율이, 감소폭이, 증가세)."""

CHANGE_VERB_FORMS: Final[tuple[str, ...]] = ("라", "려")
"""End a change word that is itself a verb closing a clause: 올라, 내려."""

CAUSE_MARKERS: Final[tuple[str, ...]] = (
    "등으로", "등의 영향으로", "영향으로", "효과로", "증가로", "감소로", "확대로", "축소로", "호조로",
    "부진으로", "덕분에", "때문에", "으로 인해", "로 인해", "에 힘입어", "등에 힘입어",
    # a clause of its own that gives the cause (수출이 늘면서 상품수지 흑자가 커졌다)
    "이 늘면서", "이 줄면서", "이 증가하면서", "이 감소하면서", "이 호조를 보이면서",
    "로 바뀌면서", "로 돌아서면서", "로 전환되면서", "등의 이유로", "이유로",
)  # fmt: skip
"""Written right after a metric word, make it a cause of the figure, not what it measures: 세제지원
등으로 10% 늘었다, 보험료 수입 증가로 4.4% 늘었다 (the sales and the insurers grew, not a budget)."""

BARE_RATE_WORDS: Final[tuple[str, ...]] = ("성장률",)
"""A growth rate written alone (전기 대비 성장률은 1.5%): the economy's, not the flow a news title
names (수출 9% 증가); no metric word (수출액(성장률) is the exports'), and no title's metric either."""

SIDE_CLAUSE_ENDINGS: Final[tuple[str, ...]] = ("면서", "중심으로")
SIDE_CLAUSE_MOVES: Final[tuple[str, ...]] = (
    "상승", "하락", "증가", "감소", "강세", "약세", "호조", "부진", "확대", "축소", "급등", "급락",
)  # fmt: skip
"""Close a side clause set in a topic's sentence (커피 수출은 국제 가격이 강세를 보이면서 35.6% 증가,
원유 수입은 국제 가격 상승으로 42% 증가, 부채는 증권투자를 중심으로 감소): an ending, or a
movement noun with 으로/로.  A metric
word inside it (가격) gives the cause, not what the topic's figure measures."""

SOURCE_CITATIONS: Final[tuple[str, ...]] = ("에 따르면", "에 의하면")
"""Close the name of a source a report cites: the country before it (영국 조사기관 클락슨리서치에
따르면) is the source's, no partner of the figures."""

SOURCE_PARTICLES: Final[tuple[str, ...]] = ("에서",)
"""Mark the noun before a figure as the part it comes from, its item: 토목 부문에서 38.4%가 감소."""

ETC_WORDS: Final[tuple[str, ...]] = ("등",)
"""Close a list by "and others" (자동차, 1차금속 등이 각각): the item is the noun before it."""

DETACHED_PREFIXES: Final[tuple[str, ...]] = ("준", "비")
"""Prefixes news may write apart from their noun (준 내구재, 비 내구재): one item, written whole
(준내구재, 비내구재) in a subject."""
CONTRAST_CONNECTIVES: Final[tuple[str, ...]] = ("반면", "반면에")
"""Words opening a clause that sets another item against the one before: 반도체는 5.1% 늘어난 반면
자동차는 12.0% 줄었다 (the figures after it are the new clause's item's)."""

LIST_JOINERS: Final[tuple[str, ...]] = ("및", "·", ",", "、", "ㆍ", "・")
"""Join the items of a list written before 각각 (과/와 are read from their tags)."""

METRIC_SUFFIXES: Final[tuple[str, ...]] = ("액", "률", "율", "량", "규모", "실적")
"""Written after a metric word in a label, naming how it is counted: 수출액, 증가율."""

OWN_MEASURE_SUFFIXES: Final[tuple[str, ...]] = ("액", "량")
"""End an item that is a measure of its own (수주액, 소비량, 판매량): a figure of it measures none of
the flows named in the clause or sentence before."""

OWN_MEASURE_WORDS: Final[tuple[str, ...]] = (
    "판매",
    "수주",
    "기성",
    "환율",
    "유가",
    "금리",
    "주가",
    "코스피",
    "코스닥",
)
"""End an item that is a measure of its own, no metric of the contract (소매판매, 건설수주, 건설기성;
the markets' 환율, 유가, 금리, 주가 and indices): a figure of it takes no flow or output named in a
clause before."""

LISTED_METRIC_SUFFIXES: Final[tuple[str, ...]] = (*METRIC_SUFFIXES, "지수")
"""Written after each metric word of a list before 각각: 수출액과 수입액은, 수출물가지수와 수입물가지수는."""

SHORTENED_PAIR_JOINERS: Final[tuple[str, ...]] = ("·", "ㆍ", "・", ".", "/")
"""Join a metric word to a second one written without the first syllable they share: 수출·입
(수출과 수입), 수출.입액; the pair names two metrics, in order."""

BOTH_FLOWS: Final[MetricName] = "other"
"""The metric of words naming both flows (교역, 수출입): gives way to a flow named later."""

INWORD_JOINERS: Final[tuple[str, ...]] = ("및",)
"""Join two names inside one written word, making one item: 보건업및사회복지서비스업."""

HEREAFTER: Final[tuple[str, ...]] = ("이하",)
"""Open a short name defined in a parenthesis: 중소벤처기업부(이하 중기부)."""

COMITATIVES: Final[tuple[str, ...]] = ("과", "와")
"""Join two names of a list: 한국과 멕시코, 중국과 일본."""

TOPIC_PARTICLES: Final[tuple[str, ...]] = ("은", "는", "이", "가", "도")
"""Mark the noun before them as what the clause is about: 라면은 … 7억불 수출되어."""

PARTICLE_TAGS: Final[dict[str, str]] = {
    "은": "JX",
    "는": "JX",
    "도": "JX",
    "이": "JKS",
    "가": "JKS",
    "을": "JKO",
    "를": "JKO",
    "의": "JKG",
}
"""A particle closing a written word and its tag, for a word whose noun Kiwi misreads as a list
with the particle glued on (신선과실은 → 신선/NNG 과/JC 실은/MAG): the noun read without the
particle (신선과실/NNG), then the particle."""

OBJECT_PARTICLES: Final[tuple[str, ...]] = ("을", "를")
"""Mark the object of a verb: a partner written after a figure (23.1% 증가하며 일본을 제치고) is the
country acted on, never the figure's partner; a figure before a comparing verb (평균(3.1%)을
밑돌았다) is what another figure is compared with."""

RESPECTIVELY: Final[tuple[str, ...]] = ("각각",)
"""Between a list of items and a list of figures assigned to them in order:
수출과 수입은 각각 784억 달러와 759억 달러."""

METRIC_WORD_NOT_BEFORE: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("교역", ("국", "상대", "조건")),  # 순상품교역조건지수: an index of prices, no trade flow
    # the rise of prices taken out of a figure (물가 상승분을 제외한 불변금액): no price figure
    ("물가", ("상승분", " 상승분")),
    ("가격", ("상승분", " 상승분")),
    # a statistic cited as the source (한국무역협회 수출입통계에 따르면): no figure of it
    ("수출입", ("통계", " 통계")),
    ("수출", ("통계", " 통계", "입통계", "입 통계")),
    ("수입", ("통계", " 통계")),
    # the name of a statistic (국제투자대조표: the international investment position), no investment
    ("투자", ("대조표",)),
    # an imported good sold at home, a price item (수입승용차 5.7%), not the import flow
    ("수입", ("승용차", "자동차", "맥주", "쇠고기", "소고기", "돼지고기", "과일", "양주", "담배")),
    # a bond's market rate (국고채 금리 2.95%, 국채 수익률): the market's, not the debt
    ("국고채", ("금리", " 금리", "수익률", " 수익률")),
    ("국채", ("금리", " 금리", "수익률", " 수익률")),
)
"""A metric word followed by one of these is part of another noun: 교역국, 교역상대국 are the
partner countries, not trade in both directions (주요 교역국(12.4%) under (수입) is imports);
순상품교역조건지수 is an index's whole name (export over import prices), no trade of either flow;
물가상승분 is what a constant-price figure leaves out; 수출입통계 is the source a release cites, and
the organisation before it never the item; 수입맥주 is a consumer price item; 국고채 금리 is a
market rate."""

METRIC_WORD_NOT_AFTER: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("수지", ("합성", "천연", "에폭시", "페놀", "아크릴", "멜라민", "실리콘", "폴리에스터")),
    ("수출하", ("내",)),  # 내수출하: 내수 출하; 국내 수출 stays exports
    # a kind of service traded, written before 서비스 수지 (ICT 서비스 수지): that trade's own balance,
    # beside its exports and imports, not the current account's services part
    ("서비스 수지", ("ICT", "지식", "디지털", "콘텐츠", "정보통신")),
    # the International Monetary Fund (국제통화기금(IMF) 특별인출권 33억 달러): a lender, no budget fund
    ("기금", ("국제통화",)),
    # a valuation basis noted after a trade figure (415억 달러(FOB·본선인도가격)): no price figure
    ("가격", ("본선인도", "본선인도 ", "운임포함", "운임포함 ", "운임보험료포함", "운임보험료포함 ")),
    # money a body takes in for a charge or a sale (건강보험 보험료 수입 8조원): revenue, no import
    ("수입", ("보험료", "수수료", "임대료", "사용료", "입장료", "판매")),
)
"""A metric word right after one of these is part of an item's name: 합성수지 is synthetic
resin, a traded good, not a balance (합성수지 82억달러 is an export figure); 내수출하 is 내수 출하
(domestic shipments), no export; 본선인도가격 (FOB), 운임보험료포함가격 (CIF) are how a trade figure
is valued, not prices; 보험료 수입 is a charge's revenue, no import."""

# a rate's name with its own figure after it: 물가상승률(2.6%)
_RATE_WITH_FIGURE: Final[tuple[str, ...]] = ("률(", "율(", "률 (", "율 (")
CHANGE_WORD_NOT_BEFORE: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("적자", ("국채", " 국채")),
    ("인상", ("적", "착")),  # 인상적인 성과, 인상착의: an impression, not a rise
    ("인하", ("대",)),  # 인하대: a university
    ("증가", _RATE_WITH_FIGURE),
    ("감소", _RATE_WITH_FIGURE),
    ("상승", _RATE_WITH_FIGURE),
    ("하락", _RATE_WITH_FIGURE),
    ("성장", _RATE_WITH_FIGURE),
)
"""A change word followed by one of these names a thing, not a way: 적자국채 (deficit-covering
bonds) says nothing of whether the figure beside it is a deficit, and in 1.8%로
물가상승률(2.6%)을 밑돌아 the rate named is 2.6%'s, not 1.8%'s movement.  A rate's name with
no figure of its own stays the figure's (45.7%의 높은 성장률: it grew)."""

RATIO_BASES: Final[tuple[str, ...]] = ("대비", "比")
"""After a metric word, make it the base of a ratio, not what the figure measures:
국가채무는 GDP 대비 51.6% (government debt, not output)."""

AGENT_SUFFIX: Final[str] = "자"
"""After a metric word, names a person, not a metric: 투자자, 수입자 (but 투자자금 stays)."""

AGENT_PARTICLES: Final[tuple[str, ...]] = ("들", "는", "은", "가", "이", "의", "를", "에", "와", "도", "로")
"""Particles that may follow ``AGENT_SUFFIX`` in a person word: 투자자는, 수입자들."""

POST_FIGURE_METRICS: Final[frozenset[MetricName]] = frozenset(
    {
        "trade_balance",
        "current_account",
        "fiscal_balance",
        "investment",
        "budget",
        "export",
        "import",
        "lending",
        "government_debt",
    }
)
"""Metrics whose word may follow the figure it governs: 50억불 투자, 11억 달러 흑자, 5조원 대출,
3조원의 적자국채."""

MODIFYING_ENDINGS: Final[tuple[str, ...]] = (
    "이었던",
    "였던",
    "이던",
    "에 이르는",
    "에 달하는",
    "에 해당하는",
)
"""End a clause a figure closes that modifies the noun after it: 700만 달러였던 인삼 수출액이, 전체의
34.7%에 이르는 대중국 수입 (the noun's metric word names the figure's)."""

POST_FIGURE_FILLERS: Final[tuple[str, ...]] = (
    *MODIFYING_ENDINGS,  # before 이, which would stop the match short
    "이상",
    "이하",
    "가량",
    "규모",
    "수준",
    "상당",
    "내외",
    "어치",
    "신규",
    "추가",
    "보조금",
    "자금",
    "재원",
    "의",
    "를",
    "을",
    "가",
    "이",
)
"""Words allowed between a figure and a metric word that follows it.

50억불 이상의 투자, 100억 달러 규모의 보조금을 지원, 2,500억원의 신규 투자,
900만 달러 수준이던 홍삼 수출액.
"""

# --- which way ----------------------------------------------------------------

CHANGE_WORDS: Final[tuple[tuple[str, ChangeName], ...]] = (
    ("흑자", "surplus"),
    ("적자", "deficit"),
    ("증가", "increase"),
    ("급증", "increase"),
    ("늘", "increase"),
    ("올랐", "increase"),
    ("올라", "increase"),
    ("오른", "increase"),
    ("오르", "increase"),
    ("확대", "increase"),
    ("상승", "increase"),
    ("성장", "increase"),
    ("상회", "increase"),
    ("개선", "increase"),
    ("높아", "increase"),  # 높아졌다, 높아진
    ("높였", "increase"),  # 전망을 0.1%p 높였다
    ("높인", "increase"),
    ("웃돌", "increase"),  # 평균을 1.3%p 웃돌았다: 상회 in native words
    ("뛰었", "increase"),
    ("뛴", "increase"),
    ("불어나", "increase"),
    ("불어났", "increase"),
    ("불어난", "increase"),
    ("반등", "increase"),
    ("급등", "increase"),
    ("증대", "increase"),
    ("상향", "increase"),
    ("인상", "increase"),  # a rate or a price raised: 세율을 2%p 인상, 요금을 5% 인상
    ("증액", "increase"),  # a budget or a supply raised: 9조원 증액한
    ("올렸", "increase"),
    ("올린", "increase"),
    ("올려", "increase"),  # 전망을 0.3%p 올려 잡았다
    ("높여", "increase"),
    ("높일", "increase"),
    ("치솟", "increase"),
    ("↑", "increase"),
    ("⬆", "increase"),
    ("감소", "decrease"),
    ("급감", "decrease"),
    ("줄", "decrease"),
    ("내렸", "decrease"),
    ("내려", "decrease"),
    ("내린", "decrease"),
    ("떨어", "decrease"),
    ("축소", "decrease"),
    ("하락", "decrease"),
    ("하회", "decrease"),
    ("둔화", "decrease"),
    ("낮아", "decrease"),  # 낮아졌다, 낮아진
    ("낮췄", "decrease"),
    ("낮춘", "decrease"),
    ("밑돌", "decrease"),  # 하회 in native words
    ("급락", "decrease"),
    ("하향", "decrease"),
    ("인하", "decrease"),  # a rate cut: 기준금리를 0.25%p 인하, 최고세율 2%p 인하
    ("감액", "decrease"),  # a budget cut: 2,300억원 감액
    ("삭감", "decrease"),
    ("감축", "decrease"),
    ("절감", "decrease"),
    ("뒷걸음", "decrease"),
    ("낮춰", "decrease"),  # 전망을 0.2%p 낮춰 잡았다
    ("낮출", "decrease"),
    ("낮추", "decrease"),  # 과표구간을 3억원 초과로 낮추면서
    ("빠졌", "decrease"),  # 주가가 5% 빠졌다
    ("빠진", "decrease"),
    ("↓", "decrease"),
    ("⬇", "decrease"),
)
"""Words and arrows after a figure that say which way it moved."""

LEVEL_PARTICLES: Final[tuple[str, ...]] = ("으로", "로")
"""After a figure, make it the level a change came to (적자는 265억 달러로 늘어나): a balance
word before it still says what the level is."""

COMPARED_WORDS: Final[tuple[str, ...]] = ("웃돌", "밑돌", "상회", "하회")
"""Change words whose object is the figure compared with, not the one that moved:
in 평균(3.1%)을 밑돌았다 it is 3.1% that the figure before it fell short of (its object,
marked by one of ``OBJECT_PARTICLES``)."""

# --- when --------------------------------------------------------------------

RELATIVE_YEARS: Final[tuple[tuple[str, int], ...]] = (
    ("재작년", -2),
    ("지난해", -1),
    ("작년", -1),
    ("전년", -1),
    ("올해", 0),
    ("금년", 0),
    ("내년", 1),
    ("명년", 1),
)
"""Years named relative to the publication: 지난해 → reference year − 1."""

PRIOR_YEAR_WORDS: Final[tuple[str, ...]] = ("전년", "전년도")
"""Name the year before the one a sentence is about (지난해 수출은 … 전년(118억 달러)보다: the
year before last), where 지난해 and 작년 always count from the publication's year."""

PREVIOUS_PERIODS: Final[tuple[tuple[str, str], ...]] = (
    # the end of the period before, where a stock is counted (전분기말(4,210억달러) → 9월말 stock)
    ("전월말", "month"),
    ("전월 말", "month"),
    ("전분기말", "quarter"),
    ("전분기 말", "quarter"),
    ("전월", "month"),
    ("전달", "month"),
    ("직전월", "month"),
    ("직전 월", "month"),
    ("전분기", "quarter"),
    ("전 분기", "quarter"),
    ("직전분기", "quarter"),
    ("직전 분기", "quarter"),
    ("전기", "quarter"),  # 전기(135.6억 달러) 대비: the quarter before (see PREVIOUS_ALSO_A_NAME)
)
"""The period before the one a sentence is about: a figure written right after it or in its
parenthesis (전월(+6.5조원), 전월 0.2%보다) is that earlier month's or quarter's own value."""

SAME_PERIOD_WORDS: Final[tuple[str, ...]] = (
    "같은 해", "같은 기간", "동 기간", "동기간", "동년", "같은 달",
    "같은기간", "같은달",  # as news run them together (지난해 같은기간보다 30.9% 감소)
)  # fmt: skip
"""Point back to the period of the previous sentence: 같은 해 수입은 …"""

SAME_PERIOD_NOUNS: Final[tuple[str, ...]] = (
    "동기", "동월", "동분기", "동기간", "같은 기간", "같은 달", "같은기간", "같은달",
)  # fmt: skip
"""After a relative year, the same part of that year: 전년 동기 (176.8억 달러) 대비 — the base
of a comparison, and the period of a figure written in its parenthesis."""

BASE_ABBREVIATIONS: Final[tuple[str, ...]] = ("비",)
"""대비 cut short right after a base (전년동기비 13.4%, 전년비, 전월비): ends its word."""

FROM_MARKERS: Final[tuple[str, ...]] = ("에서",)
"""After a base period's own value in its parenthesis, make it where a change started:
전년동월(95억 달러)에서 62억 달러로 (95억 is the base's, of a year before)."""

BASE_MARKERS: Final[tuple[str, ...]] = (
    "대비",
    "보다",
    "에 비해",
    "과 비교",
    "와 비교",
    "과 비교해",
    "와 비교해",
    "比",
    "對比",
    "전보다",
    "전 대비",
)
"""After a date, make it the base of a comparison, not the figure's period: 2024년 대비."""

SINCE_MARKERS: Final[tuple[str, ...]] = ("이후", "이래", "부터 누적", "부터 누계")
"""After a date, make it the start of a stretch a figure is compared over, not the figure's period:
3월 이후 최저치인 1.4조원 is about the month the sentence names, not March; 1월부터 누적 적자는
255억 달러 runs from January to a day not written, not January alone."""

INDEX_BASE_MARKERS: Final[tuple[str, ...]] = ("수준", "기준", "=")
"""Between a year and 100, make the year an index's base, not the figure's period: 수입물가지수
(2020년 수준 100), (2020=100)."""

PERIOD_END_MARK: Final[str] = "말"
"""Ends a word of ``PREVIOUS_PERIODS`` that names the end of the period before (전분기말, 전월 말):
where a stock is counted."""

PREVIOUS_END_GAP_ENDINGS: Final[tuple[str, ...]] = (
    "보다", "대비", "비해", "비하여", "比", "에", "에서", "와", "과", "로", "부터", "까지", "의",
)  # fmt: skip
"""End a word between 전분기말 and a figure that makes the figure no stock of that end (전분기말
잔액보다 14조원, 전분기말 수준에서 5조원): a comparison or a change from it."""

LAST_MONTH_WORDS: Final[tuple[str, ...]] = ("지난달", "지난 달")
"""The month before the publication's (not before the sentence's date): a figure right after it or
in its parenthesis, 지난달(192억 달러, 32.6%), is that month's own value."""

PREVIOUS_ALSO_A_NAME: Final[frozenset[str]] = frozenset({"전기"})
"""Words of ``PREVIOUS_PERIODS`` that also name an item: 전기 is the quarter before only in a
sentence about a quarter; elsewhere it is electricity, 전기(3.2%)."""

WHOLE_YEAR_MARKERS: Final[tuple[str, ...]] = ("연간",)
"""Between a month, quarter or half and a figure, make the figure the whole year's:
올해 1분기 1.3%, 연간으로는 2.2% (2.2% is the year's, not the quarter's)."""

TO_DATE_MARKERS: Final[tuple[str, ...]] = ("말까지", "까지", "말 누계", "말 누적", "누계", "누적")
"""After a month, make a figure's period the year up to that month: '25년 11월까지 수출 80억 달러
is January to November (2025-01/2025-11), as 1~11월 누계 is."""

YEAR_SO_FAR_MARKS: Final[tuple[str, ...]] = (
    "올 들어",
    "올들어",
    "올해 들어",
    "올해들어",
    "연초부터",
    "연초 이후",
)
"""Before a day the year so far runs to (올 들어 이달 20일까지 누적 무역적자 265억 달러): the
figure's period starts on the 1st of January, not on that day."""

MONTH_MARK: Final[str] = "월"
"""After a month number: 11월."""

MONTH_PARTS: Final[tuple[str, ...]] = ("말", "초")
"""After a month, its end or start: 11월 말(4,153억 달러)."""

YEAR_MARK: Final[str] = "년"
"""After a year number in a caption: 2024년."""

# --- about what --------------------------------------------------------------

SUBJECT_STOPWORDS: Final[frozenset[str]] = frozenset(
    {
        "연간",
        "월간",
        "누적",
        "전체",
        "총",
        "순",
        "반면",
        "한편",
        "또한",
        "특히",
        "이",
        "그",
        "동",
        "해당",
        "주요",
        "기준",
        "대비",
        "월",
        "연",
        "분기",
        "같은",
        "해",
        "역대",
        "최대",
        "최고",
        "지역별",
        "국가별",
        "품목별",
        "산업별",
        "전년",
        "지난해",
        "올해",
        "작년",
        "금년",
        "내년",
        "전",
        "중",
        "시",  # 발표 시 (when): a time, not the item
        "대",  # 90억달러 대 (the level of): no item
        "최초",  # 2020년 최초 수출 300억불 돌파
        "처음",  # 사상 처음 7천억불을 돌파
        "금액",  # 금액도 31% 증가한 54억달러: how it is counted, not what
        "예년",  # 예년 비 90% 수준: the normal year's level, a base
        "실제",  # 실제 투자 도착 기준으로는
        "합산",  # 자동차와 부품의 합산 수출액
        "줄",  # 9.6% 줄은 (줄어든, misspelt): a verb read as a noun
        "때",
        "약",
        "및",
        "등",
        "기업",
        "전국",
        "우리",
        "국내",
        "민간",
        "정부",
        "대상",
        "이는",
        "이중",
        "가운데",
        "전반",
        "이후",
        "이전",
        "현재",
        # time units Kiwi may read as content nouns (10년간 → 년/NNB 간/NNG)
        "간",
        "년간",
        "개월",
        "년도",
        # time words before a figure (하반기 무역금융 3.5조원): a period, never the item
        "상반기",
        "하반기",
        "연초",
        "연말",
        "연중",
        "당월",
        "전월",
        "동월",
        "금월",
        "이날",
        "지난달",
        "달",  # 지난 달, 같은 달: a time, never the item
        "동안",
        "폭",  # 적자 폭은 12억 달러: the size of a change, never the item
        "행진",  # 흑자 행진 900억달러: a run of results, never the item
        "결과",  # 분석한 결과 수출은 …: how it was found, never the item
        "한달새",  # 한달새 18억 달러 증가: a time, never the item
        "새",  # 한 달 새: a time, never the item
        "도내",  # 도내 수출액 (the province's own): where, never the item
        "총액",  # 흑자 총액 132억 달러: the sum, never the item
        "돈",  # 우리 돈 2조 원: the figure in won, never the item
        "말",
        "초",
        "상순",
        "중순",
        "하순",
        # weeks of a month (7월 첫째 주, 셋째주, 2주차, 마지막 주): a period, never the item
        "주",
        "주차",
        "마지막",
        "월말",
        "미래",
        "이번달",
        "이달",
        "전달",
        "전년도",
        "당일",
        "기간",
        "평균",
        "일평균",
        "하루",
        "하루평균",
        "월평균",
        "연평균",
        # nouns that place a figure in time, sequence or comparison (전년 동기, 당초 예산,
        # 3개월 연속, 두 차례): a period or a count, never the item
        "동기",
        "동분기",
        # 比 written as 비 after the base (전년 동기비 5.6%, 전월비): the base, never the item
        "동기비",
        "동월비",
        "동분기비",
        "전년비",
        "전월비",
        "전기비",
        "전년동기비",
        "전년동월비",
        "전기",
        "전분기",
        "직전",
        "당초",
        "최근",
        "향후",
        "이번",
        "금번",
        "당해",
        "당기",
        "차기",
        "종전",
        "기존",  # 기존 2.3%에서 2.1%로: the previous forecast, as 종전
        "올",  # 올 성장률 1.9%: this year, as 올해
        "뒤",  # 5.5%를 기록한 뒤 2.1~3.8%: after, a sequence
        "요구",  # 총지출 요구 규모: a budget as requested, not an item
        "집중",  # 40조원을 집중 공급: mostly, how
        "초과",  # 과표 5억원 초과에서 3억원 초과로: a threshold's side, not an item
        "미만",
        "효과",  # 세수 효과는 △2.3조원: what a measure yields, not an item
        "비율",  # 국가채무 비율은 52.1%: a ratio of the metric, not an item
        "경제전망",  # 경제전망(4.0%): the outlook a figure was published in
        "당시",
        "잠정",
        "누계",
        "연속",
        "차례",
        "이래",
        # a sign written as a word before its figure (마이너스(-) 19억 달러): the sign, never the item
        "마이너스",
        "플러스",
        "사상",
        "전망",
        "목표",
        "예상",
        "계획",
        "증가",
        "감소",
        "증감",
        "기록",
        # nouns of change and trend (2분기 급감(△13.6%), 증가세로 전환(3.9%↑)): how, never what
        "급증",
        "급감",
        "확대",
        "축소",
        "상승",
        "하락",
        "둔화",
        "개선",
        "악화",
        "회복",
        "전환",
        "반등",
        "반전",
        "완화",
        "심화",
        "유지",
        "정체",
        "호조",
        "부진",
        "호조세",
        "증가세",
        "감소세",
        "상승세",
        "하락세",
        "회복세",
        "둔화세",
        "세",
        # a stock or a sum of the measure, not an item: FDI잔액, 누계액
        "합계",
        # qualifiers of how a figure is measured, not what: 실질 GDP, 명목 성장률
        "실질",
        "명목",
        "계절조정",
        "원계열",
        # words between a figure and the metric word after it (50억 불 이상 농식품 수출)
        "이상",
        "이하",
        "가량",
        "상당",
        "내외",
        "어치",
        # the whole current account: 경상수지 has no item
        "경상",
        # the flow itself, never an item of it: 무역 수출, 순무역 적자 (net trade)
        "무역",
        "순무역",
        # words before a figure that name no item: 일본의 경우 40억 달러, 신규 250억원
        "경우",
        "신규",
        "추가",
        # parts of a time (1980년대 초반은): when, not what
        "초반",
        "중반",
        "후반",
        # a balance's side in the financial account (35억 달러 유출초), not an item
        "유출초",
        "유입초",
        "순유출",
        "순유입",
    }
)
"""Nouns before a metric word that are not its subject: 연간 수출액, 누적 수출액."""

NAMES_OF_STOPWORDS: Final[frozenset[str]] = frozenset({"중기업", "소기업", "대기업"})
"""Items written as one word of stop words (firm sizes of 기업규모별 statistics: 중 + 기업, which
Kiwi reads as two nouns): a name, not filler."""

COPULA_ENDINGS: Final[tuple[str, ...]] = ("인",)
"""A copula written onto a noun (최대인): Kiwi, reading the word alone, may take both as one noun."""

QUALIFIER_HEADS: Final[frozenset[str]] = frozenset({"기준", "기준치"})
"""End a word that says on what basis a figure is counted (신고기준, 통관기준): never an item."""

VAGUE_ITEMS: Final[frozenset[str]] = frozenset({"기타", "그외", "여타"})
"""Name an item only with the generic head after them: 기타 지역, 기타 품목 (the rest)."""

BREAKDOWN_SUFFIX: Final[str] = "별"
"""Ends a breakdown word, never a subject: 지역별, 품목별, 국가별."""

GENERIC_HEADS: Final[frozenset[str]] = frozenset(
    {
        "분야",
        "부문",
        "산업",
        "업종",
        "품목",
        "시장",
        "지역",  # 중남미 지역 수출: the partner's, said again
        "국가",
        "권역",
        "제품",
        "분류",
        # what is counted of the item, not the item: 원유 도입 비중, ATP 증가율, FDI 잔액
        "비중",
        "증가율",
        "감소율",
        "증감률",
        "증감율",
        "등락률",
        "성장률",
        "증가폭",
        "감소폭",
        "규모",
        "수준",
        "실적",
        "잔액",
        "누계액",
        "판매",  # 비내구재 판매가 0.8% 늘어: the item sold, not the selling
        "소비",  # 내구재 소비는 5.8% 증가
        "생산",  # 반도체 생산이 4.5% 감소: the item made
        # a policy action done to the item (배터리 R&D 추진, 유치·관리): what is done, not what
        "유치",
        "관리",
        "육성",
        "확보",
        "조성",
        "추진",
        "달성",
        "돌파",
        "경신",
        "통과",
        "신설",
        "제정",
        "도입",
        "구축",
        "개편",
        "확충",
        "지정",
        "예타",
        "예비타당성",
    }
)
"""Trailing nouns trimmed from a subject: ICT 분야 → ICT, 원유 도입 비중 → 원유 도입."""

TOTAL_LABELS: Final[frozenset[str]] = frozenset(
    {"합계", "계", "총계", "전체", "총액", "합", "Total", "total", "소계"}
)
"""Row or column labels of a table total."""

PERIOD_NOTES: Final[frozenset[str]] = frozenset({*TABLE_PERIOD_NOTES, "(잠정)"})
"""Words a table's date label carries beside its date (2024년 연간, 2025년 누계): still a date."""

PRELIMINARY_SUFFIX: Final[str] = "p"
"""Marks a preliminary figure's date label (7월p): the label is still that month."""

SHARE_WORDS: Final[tuple[str, ...]] = ("비중", "점유율", "구성비", "비율")
"""Words naming a share of a whole."""

LIST_CLOSERS: Final[tuple[str, ...]] = ("등",)
"""Close a list of items (반도체(2.8%)·가전(10.5%) 등은 감소): no new topic, the list's own."""

WHOLE_WORDS: Final[tuple[str, ...]] = ("전체", "총")
"""Name the whole a share is of, before the genitive: 전체의 약 70%, 전체 수출의 40.1%."""

WHOLE_ADVERBS: Final[tuple[str, ...]] = ("전체적으로", "모두 합쳐", "합쳐서", "통틀어")
"""Say that the share after them is of the items named before, together: 중기업은 21.4%, 소기업은
5.3%로 전체적으로 약 26.7%."""

SHARE_APPROXIMATORS: Final[tuple[str, ...]] = ("약", "대략", "거의")
"""Written between 전체의 and its share: 전체의 약 70%."""

# --- where a list item or table says it ---------------------------------------

GLUED_SENTENCE_ENDINGS: Final[tuple[str, ...]] = ("다", "함", "됨")
"""Endings that close a sentence before a period glued to the next sentence without a space
(증가를 보였다.가공식품은 …, 증가함.수입은 …): the period still ends the sentence."""

QUOTE_OPENERS: Final[frozenset[str]] = frozenset({"'", '"', "‘", "“", "「", "『"})
QUOTE_CLOSERS: Final[frozenset[str]] = frozenset({"'", '"', "’", "”", "」", "』"})
"""Quotes written around an item's name ('배추'는, “굴”은): the name inside is the item."""

BULLETS: Final[str] = "-*○●□■◼◾▪▲△◦•·※ㅇ◇◆◎▣▶▷►➊➋➌①②③④⑤"
"""Marks that open a list item or heading line."""

LETTER_BULLETS: Final[frozenset[str]] = frozenset({"o"})
"""Letters written alone at a line's start as its bullet (o 대외금융자산은 …): a mark, no item's name."""

HEADING_LEVELS: Final[tuple[str, ...]] = ("□■", "◇◆", "○ㅇ●◦", "-–", "·ㆍ•")
"""The bullets of a release's outline, outermost first: □ heading → ○ point → - detail.  A
figure in a point whose sentence names no metric measures what its heading names."""

HEADING_PERIOD_NOT_AFTER: Final[tuple[str, ...]] = SENTENCE_YEAR_NOT_AFTER
"""After a heading's date, words that make it no period of the points under it: a base
(□ 2024년 대비), a bound (□ '30년까지 수출 1조 달러), a start (□ 2020년 이후 추이)."""

NOTE_MARKS: Final[str] = "*※"
"""Open a note line inside an outline (* 사회보장성기금: …): neither a heading nor a break."""

SEGMENT_MARKS: Final[str] = "▲※"
"""Marks that open a new item inside a line: ▲(對 일본) … ▲(對 한국) …"""

LABEL_COLONS: Final[str] = ":："
"""Close a leading label: 반도체: …"""

TABLE_CAPTION_MARKS: Final[tuple[str, ...]] = ("표", "<표", "〈표", "[표", "Table")
"""Open a table caption line: ■ 표 3 - 2024년 … 수출, <표 1> …"""

UNIT_LINE_MARK: Final[str] = "단위"
"""Opens the unit line of a table: (단위: 억 달러)."""
