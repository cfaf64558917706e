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

MetricName = Literal["export", "import", "trade_balance", "investment", "budget", "other"]
ChangeName = Literal["increase", "decrease", "surplus", "deficit"]

# --- what is measured --------------------------------------------------------

METRIC_WORDS: Final[tuple[tuple[str, MetricName], ...]] = (
    ("외국인직접투자", "investment"),
    ("외국인투자", "investment"),
    ("해외직접투자", "investment"),
    ("직접투자", "investment"),
    ("무역수지", "trade_balance"),
    ("무역 수지", "trade_balance"),
    ("교역수지", "trade_balance"),
    ("수지", "trade_balance"),
    ("흑자", "trade_balance"),
    ("적자", "trade_balance"),
    ("수출입", "other"),
    ("교역", "other"),
    ("수출", "export"),
    ("수입", "import"),
    ("투자", "investment"),
    ("예산", "budget"),
    ("국비", "budget"),
    ("지방비", "budget"),
    ("사업비", "budget"),
    ("재정", "budget"),
    ("지원", "budget"),
    ("투입", "budget"),
    ("기금", "budget"),
    ("출연", "budget"),
    ("매출", "other"),
    ("영업이익", "other"),
    ("순이익", "other"),
)
"""Words naming a metric; longer words first so 무역수지 wins over 수지.

Decisions: totals of both flows (수출입, 교역) and company results (매출,
영업이익) are ``other``, a measured quantity outside the enum.  Every balance
(경상수지, 상품수지, 서비스수지, 여행수지) is ``trade_balance``; its kind is
the subject, read as the noun written before 수지 (상품, 서비스, 여행;
경상 is the whole account, a stop word).  Funds (기금, 출연) are ``budget``;
보조금 is not a metric word, it names an item (전기차 보조금 예산).
"""

AGENT_SUFFIX: Final[str] = "자"
"""After a metric word, names a person, not a metric: 투자자, 수입자 (but 투자자금 stays)."""

AGENT_PARTICLES: Final[tuple[str, ...]] = ("들", "는", "은", "가", "이", "의", "를", "에", "와", "도", "로")
"""Particles that may follow ``AGENT_SUFFIX`` in a person word: 투자자는, 수입자들."""

POST_FIGURE_METRICS: Final[frozenset[MetricName]] = frozenset(
    {"trade_balance", "investment", "budget", "export", "import"}
)
"""Metrics whose word may follow the figure it governs: 50억불 투자, 11억 달러 흑자."""

POST_FIGURE_FILLERS: Final[tuple[str, ...]] = (
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

50억불 이상의 투자, 100억 달러 규모의 보조금을 지원, 2,500억원의 신규 투자.
"""

# --- which way ----------------------------------------------------------------

CHANGE_WORDS: Final[tuple[tuple[str, ChangeName], ...]] = (
    ("흑자", "surplus"),
    ("적자", "deficit"),
    ("증가", "increase"),
    ("급증", "increase"),
    ("늘", "increase"),
    ("확대", "increase"),
    ("상승", "increase"),
    ("성장", "increase"),
    ("상회", "increase"),
    ("개선", "increase"),
    ("↑", "increase"),
    ("⬆", "increase"),
    ("감소", "decrease"),
    ("급감", "decrease"),
    ("줄", "decrease"),
    ("축소", "decrease"),
    ("하락", "decrease"),
    ("하회", "decrease"),
    ("둔화", "decrease"),
    ("↓", "decrease"),
    ("⬇", "decrease"),
)
"""Words and arrows after a figure that say which way it moved."""

# --- with whom ---------------------------------------------------------------

PARTNERS: Final[tuple[str, ...]] = (
    # regions and blocs
    "EU",
    "유럽연합",
    "유럽",
    "아시아",
    "동남아시아",
    "동남아",
    "서남아",
    "중앙아시아",
    "중앙아",
    "아세안",
    "ASEAN",
    "북미",
    "중남미",
    "남미",
    "중동",
    "아프리카",
    "오세아니아",
    "CIS",
    "신흥국",
    "선진국",
    # countries
    "미국",
    "중국",
    "일본",
    "한국",
    "대만",
    "홍콩",
    "베트남",
    "인도네시아",
    "인도",
    "태국",
    "말레이시아",
    "싱가포르",
    "필리핀",
    "호주",
    "뉴질랜드",
    "캐나다",
    "멕시코",
    "브라질",
    "칠레",
    "아르헨티나",
    "페루",
    "콜롬비아",
    "독일",
    "프랑스",
    "영국",
    "이탈리아",
    "스페인",
    "네덜란드",
    "벨기에",
    "스위스",
    "스웨덴",
    "폴란드",
    "헝가리",
    "체코",
    "튀르키예",
    "터키",
    "러시아",
    "우크라이나",
    "사우디아라비아",
    "사우디",
    "UAE",
    "아랍에미리트",
    "카타르",
    "이스라엘",
    "이집트",
    "남아공",
    "카자흐스탄",
    "우즈베키스탄",
    "몽골",
)
"""Countries and regions a figure can be traded with, as written."""

PARTNER_ALIASES: Final[dict[str, str]] = {
    "美": "미국",
    "中": "중국",
    "日": "일본",
    "韓": "한국",
    "대미": "미국",
    "對美": "미국",
    "對中": "중국",
    "對日": "일본",
    "대일": "일본",
    "대중": "중국",
}
"""Short marks of a partner: 對美 수출, 대미 투자, 美 수입 → the country's name."""

PARTNER_PREFIXES: Final[tuple[str, ...]] = ("對", "대")
"""Written before a partner: 對 멕시코, 대중국 (the partner is what follows)."""

PARTNER_SUFFIXES: Final[tuple[str, ...]] = ("산",)
"""Written after a partner: EU산, 멕시코산 (goods made there)."""

PARTNER_SUFFIX_BLOCKERS: Final[tuple[str, ...]] = ("업",)
"""After a suffix, show it was part of another word: 한국산업기술진흥원 is no 한국산."""

GENITIVE: Final[str] = "의"
"""After a country, names the reporter, not the partner: 미국의 수입."""

COMITATIVES: Final[tuple[str, ...]] = ("과", "와")
"""Before 의, make the country a partner again: 미국과의 교역."""

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

SAME_PERIOD_WORDS: Final[tuple[str, ...]] = ("같은 해", "같은 기간", "동 기간", "동기간", "동년", "같은 달")
"""Point back to the period of the previous sentence: 같은 해 수입은 …"""

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
        "당일",
        "기간",
        "평균",
        "일평균",
        "월평균",
        "연평균",
        # the whole current account: 경상수지 has no item
        "경상",
        # words before a figure that name no item: 일본의 경우 40억 달러, 신규 250억원
        "경우",
        "신규",
        "추가",
    }
)
"""Nouns before a metric word that are not its subject: 연간 수출액, 누적 수출액."""

BREAKDOWN_SUFFIX: Final[str] = "별"
"""Ends a breakdown word, never a subject: 지역별, 품목별, 국가별."""

GENERIC_HEADS: Final[frozenset[str]] = frozenset(
    {"분야", "부문", "산업", "업종", "품목", "시장", "제품", "분류"}
)
"""Trailing nouns trimmed from a subject: ICT 분야 → ICT."""

TOTAL_LABELS: Final[frozenset[str]] = frozenset(
    {"합계", "계", "총계", "전체", "총액", "합", "Total", "total", "소계"}
)
"""Row or column labels of a table total."""

SHARE_WORDS: Final[tuple[str, ...]] = ("비중", "점유율", "구성비", "비율")
"""Words naming a share of a whole."""

# --- where a list item or table says it ---------------------------------------

BULLETS: Final[str] = "-*○●□■▲△◦•·※ㅇ◇◆▶▷►➊➋➌①②③④⑤"
"""Marks that open a list item or heading line."""

SEGMENT_MARKS: Final[str] = "▲※"
"""Marks that open a new item inside a line: ▲(對 일본) … ▲(對 한국) …"""

LABEL_COLONS: Final[str] = ":："
"""Close a leading label: 반도체: …"""

TABLE_CAPTION_MARKS: Final[tuple[str, ...]] = ("표", "<표", "〈표", "[표", "Table")
"""Open a table caption line: ■ 표 3 - 2024년 … 수출, <표 1> …"""

UNIT_LINE_MARK: Final[str] = "단위"
"""Opens the unit line of a table: (단위: 억 달러)."""
