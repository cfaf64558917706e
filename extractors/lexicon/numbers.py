"""Korean vocabulary of numeric figures: numerals, currencies, percent, multiples.

Sources: the Sino-Korean number system as written in Korean statistics and
news (자릿수 천/백/십 inside a four-digit group, group words 만/억/조/경 —
National Institute of Korean Language, 표준국어대사전); ISO 4217 for the
currency codes; Korean particles (조사) from the 표준국어대사전 grammar
notes; conventions of Korean government statistics (△ as minus, 단위 headers,
%p for percentage points).

Every table is data only; ``extractors.numerals`` and ``extractors.figures``
build their patterns from it.
"""

from __future__ import annotations

from typing import Final

# ---- numerals -------------------------------------------------------------

# Place words inside one four-digit group: 4천 820 = 4820.
DIGIT_PLACES: Final[dict[str, int]] = {"천": 1000, "백": 100, "십": 10}

# Group words, each 10^4 times the one before: 1억 5,600만.
GROUP_WORDS: Final[dict[str, int]] = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}

# Spoken (Sino-Korean) digits, read where a numeral is spelled out: 이천삼백사십오억,
# 이십 퍼센트, 오천만 원.  They count only inside a numeral followed by its unit: alone
# 이, 일, 사, 오, 구 are words (this, day, company, five-, district) far more often.
SPOKEN_DIGITS: Final[dict[str, int]] = {
    "영": 0,
    "공": 0,
    "일": 1,
    "이": 2,
    "삼": 3,
    "사": 4,
    "오": 5,
    "육": 6,
    "륙": 6,
    "칠": 7,
    "팔": 8,
    "구": 9,
}
# The decimal point of a spoken numeral: 삼점오 퍼센트 = 3.5%.
SPOKEN_POINT: Final[str] = "점"
# Native Korean numbers, read before a multiple only (두 배, 열두 배, 스무 배): elsewhere
# they count things (두 명) or are other words (세 = tax, 네 = yes).
NATIVE_ONES: Final[dict[str, int]] = {
    "한": 1,
    "두": 2,
    "세": 3,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
}
NATIVE_TENS: Final[dict[str, int]] = {
    "열": 10,
    "스무": 20,
    "스물": 20,
    "서른": 30,
    "마흔": 40,
    "쉰": 50,
    "예순": 60,
    "일흔": 70,
    "여든": 80,
    "아흔": 90,
}
# Native numbers that are no multiple alone: 한 배 is "the same boat".
NATIVE_NOT_ALONE: Final[tuple[str, ...]] = ("한",)
# Words spoken as a sign right before a number: 마이너스 오 퍼센트 = -5%.
SIGN_WORDS: Final[dict[str, int]] = {"마이너스": -1, "플러스": 1}
# Words ending right before a minus set apart by spaces (…에서 - 36억 달러로, 수지 역시 - 8억 달러):
# after a particle the dash is the number's sign, not a separator between a label and its value
# (반도체 - 36억 달러).
SPACED_SIGN_AFTER: Final[tuple[str, ...]] = ("에서", "은", "는")
SPACED_SIGN_AFTER_WORDS: Final[tuple[str, ...]] = ("역시",)
# Words of an unknown count before a numeral: 수 천억 (some hundreds of billions) and
# 몇 백만 are no 천억 or 백만; a numeral right after one of them is not read.
VAGUE_QUANTIFIERS: Final[tuple[str, ...]] = (
    "수",
    "몇",
    "여러",
    "십수",
    "수십",
    "수백",
    "수천",
    "수만",
    "몇십",
    "몇백",
    "몇천",
    "몇만",
    "수십만",
    "수백만",
    "수천만",
    "수십억",
    "수백억",
    "수천억",
)

# "about" written between a number and its group word or unit: 100여억 원, 300억여 원.
APPROX_INFIXES: Final[tuple[str, ...]] = ("여",)

# Written signs directly before a number.  △ (and ▽) is the Korean statistical
# minus; ▲ is left out on purpose: it is a bullet (▲(對 일본)) as often as a mark.
SIGNS: Final[dict[str, int]] = {"+": 1, "＋": 1, "-": -1, "−": -1, "－": -1, "–": -1, "△": -1, "▽": -1}
# Marks that are a minus wherever they stand; the other signs are signs only
# when they do not join two words or numbers (KC-2, 044-203, 10−20).
STATISTICAL_MINUS: Final[tuple[str, ...]] = ("△", "▽")

# Words that make the number after them an ordinal: 제3조 (article 3), 제2026-11호.
ORDINAL_PREFIXES: Final[tuple[str, ...]] = ("제",)

# English scale words after a number with a currency symbol or code: US$ 2.5 billion.
SCALE_WORDS: Final[dict[str, int]] = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "Million": 10**6,
    "Billion": 10**9,
    "Trillion": 10**12,
    "mn": 10**6,
    "bn": 10**9,
    "tn": 10**12,
    "K": 10**3,
    "M": 10**6,
    "B": 10**9,
    "lakh": 10**5,
    "crore": 10**7,
}

# ---- currencies -------------------------------------------------------------

# Words written after a number; a space inside a name is optional (캐나다달러).
# Longer names win over the bare word (캐나다 달러 → CAD, not USD).  A name several
# countries share takes its country (멕시코 페소); alone it is the currency the contract
# or Korean usage gives it (달러 → USD, 파운드 → GBP, 루피 → INR, 리얄 → SAR, 디르함 → AED,
# 프랑 → FRF) or none (페소 alone is no currency).  The currencies the euro replaced keep
# their historical ISO 4217 codes (마르크 DEM, 프랑 FRF, 페세타 ESP, 마르카 FIM, 길더 NLG).
CURRENCY_WORDS: Final[tuple[tuple[str, str], ...]] = (
    ("미국 달러", "USD"),
    ("미 달러", "USD"),
    ("캐나다 달러", "CAD"),
    ("홍콩 달러", "HKD"),
    ("호주 달러", "AUD"),
    ("싱가포르 달러", "SGD"),
    ("대만 달러", "TWD"),
    ("뉴질랜드 달러", "NZD"),
    ("스위스 프랑", "CHF"),
    ("프랑스 프랑", "FRF"),
    ("벨기에 프랑", "BEF"),
    ("프랑", "FRF"),
    ("달러화", "USD"),
    ("달러", "USD"),
    ("불", "USD"),
    ("弗", "USD"),  # the Hanja for 불 in headlines: 7500만弗 흑자
    ("원화", "KRW"),
    ("원", "KRW"),
    ("유로화", "EUR"),
    ("유로", "EUR"),
    ("엔화", "JPY"),
    ("엔", "JPY"),
    ("위안화", "CNY"),
    ("위안", "CNY"),
    ("영국 파운드", "GBP"),
    ("파운드", "GBP"),
    ("러시아 루블", "RUB"),
    ("루블", "RUB"),
    ("인도 루피", "INR"),
    ("스리랑카 루피", "LKR"),
    ("파키스탄 루피", "PKR"),
    ("네팔 루피", "NPR"),
    ("루피", "INR"),
    ("헤알", "BRL"),
    ("레알", "BRL"),
    ("루피아", "IDR"),
    ("바트", "THB"),
    ("링깃", "MYR"),
    ("디르함", "AED"),
    ("모로코 디르함", "MAD"),
    ("사우디 리얄", "SAR"),
    ("카타르 리얄", "QAR"),
    ("이란 리알", "IRR"),
    ("이란 리얄", "IRR"),
    ("오만 리알", "OMR"),
    ("리얄", "SAR"),
    ("멕시코 페소", "MXN"),
    ("필리핀 페소", "PHP"),
    ("칠레 페소", "CLP"),
    ("아르헨티나 페소", "ARS"),
    ("콜롬비아 페소", "COP"),
    ("우루과이 페소", "UYU"),
    ("쿠바 페소", "CUP"),
    ("도미니카 페소", "DOP"),
    ("리라", "TRY"),
    ("터키 리라", "TRY"),
    ("튀르키예 리라", "TRY"),
    ("이탈리아 리라", "ITL"),
    ("마르크", "DEM"),
    ("독일 마르크", "DEM"),
    ("마르카", "FIM"),
    ("핀란드 마르카", "FIM"),
    ("페세타", "ESP"),
    ("스페인 페세타", "ESP"),
    ("길더", "NLG"),
    ("휠던", "NLG"),
    ("네덜란드 길더", "NLG"),
    ("콜론", "CRC"),
    ("코스타리카 콜론", "CRC"),
    ("라리", "GEL"),
    ("조지아 라리", "GEL"),
    ("킵", "LAK"),
    ("라오스 킵", "LAK"),
    ("동", "VND"),
    ("베트남 동", "VND"),
    ("즐로티", "PLN"),
    ("포린트", "HUF"),
    ("코루나", "CZK"),
    ("랜드", "ZAR"),
    ("남아공 랜드", "ZAR"),
    ("파운드화", "GBP"),
    ("루블화", "RUB"),
    ("루피화", "INR"),
    ("루피아화", "IDR"),
    ("헤알화", "BRL"),
    ("바트화", "THB"),
    ("링깃화", "MYR"),
    ("리라화", "TRY"),
)

# Hundredths of a currency, written after a number: 64.2 센트 is 0.642 USD, 197 펜스 is
# 1.97 GBP; after an amount in their currency they join it: 3 달러 50 센트 is 3.50 USD.
CURRENCY_SUBUNITS: Final[tuple[tuple[str, str], ...]] = (("센트", "USD"), ("펜스", "GBP"), ("페니", "GBP"))
SUBUNIT_SCALE: Final[str] = "0.01"

# Currency words that are a currency only after a group word: 200억불, 100만 불, 5만 동;
# "3불 정책" (the three no's) is no amount, 101동 a building, 3동 a neighbourhood, and
# 랜드 a land as often as a rand.
CURRENCY_WORDS_AFTER_GROUP_ONLY: Final[tuple[str, ...]] = ("불", "동", "랜드")

# Words after a single digit and its currency word (and one space) that make it no
# currency: 3원 체제 is a three-part (元) system, not 3 won; 1,350원 체제 stays an amount.
NOT_CURRENCY_BEFORE: Final[tuple[str, ...]] = ("체제", "구조", "체계", "방정식")

# Symbols written before a number ($300, US$ 1.2억); the longest first.
CURRENCY_SYMBOLS: Final[tuple[tuple[str, str], ...]] = (
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("S$", "SGD"),
    ("NT$", "TWD"),
    ("$", "USD"),
    ("₩", "KRW"),
    ("￦", "KRW"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("￥", "JPY"),
    ("₹", "INR"),
    ("₫", "VND"),
    ("₱", "PHP"),
    ("₽", "RUB"),
    ("₺", "TRY"),
)

# ISO 4217 codes written after (100억 USD) or before (USD 100) a number.
CURRENCY_CODES: Final[tuple[str, ...]] = (
    "USD",
    "KRW",
    "EUR",
    "JPY",
    "CNY",
    "RMB",
    "GBP",
    "CAD",
    "HKD",
    "AUD",
    "CHF",
    "SGD",
    "TWD",
    "INR",
    "VND",
    "IDR",
    "THB",
    "MYR",
    "PHP",
    "MXN",
    "BRL",
    "RUB",
    "AED",
    "SAR",
    "NZD",
    "TRY",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "ZAR",
)
CODE_ALIASES: Final[dict[str, str]] = {"RMB": "CNY"}

# Words that begin with a currency word but are not one (원칙, 원자력, 엔진, 위안부,
# 불확실 …).  The figure grammar only accepts a currency word followed by a
# particle or a non-letter, which already rules these out; the table documents
# them and the tests walk it.
CURRENCY_FALSE_FRIENDS: Final[tuple[str, ...]] = (
    "원칙",
    "원자력",
    "원유",
    "원전",
    "원가",
    "원료",
    "원장",
    "원내",
    "원래",
    "원자재",
    "원활",
    "엔진",
    "엔터",
    "엔지니어",
    "위안부",
    "불구",
    "불확실",
    "불법",
    "불리",
    "불안",
    "불가",
    "유로존",
    "파운드리",
    "달러화되",
)

# ---- percent, percentage points, multiples ---------------------------------

PERCENT_POINT_WORDS: Final[tuple[str, ...]] = (
    "%포인트",
    "% 포인트",
    "％ 포인트",
    "％포인트",
    "퍼센트포인트",
    "퍼센트 포인트",
    "%p",
    "%P",
    "％p",
    "％P",
    "%pt",
    "%PT",
    "pp",
)
PERCENT_WORDS: Final[tuple[str, ...]] = ("%", "％", "퍼센트", "퍼센티지", "프로")
MULTIPLE_WORDS: Final[tuple[str, ...]] = ("배",)

# ---- what may follow a unit word --------------------------------------------

# Particles and endings that may follow a Hangul unit word.  A unit word ending
# in a vowel takes 가/를/는/와/로, one ending in a consonant 이/을/은/과/으로 (ㄹ
# takes 로 as well).  원가 (cost) is thus not 원 + 가.
PARTICLES_AFTER_VOWEL: Final[tuple[str, ...]] = (
    "가",
    "이",
    "를",
    "는",
    "와",
    "로",
    "다",
    "였",
    "며",
    "랑",
    "인",
    "입",
    "일",
)
PARTICLES_AFTER_CONSONANT: Final[tuple[str, ...]] = ("이", "을", "은", "과", "으로", "인", "입", "일")
PARTICLES_AFTER_RIEUL: Final[tuple[str, ...]] = ("로",)
PARTICLES_ANY: Final[tuple[str, ...]] = (
    "에서",
    "에게",
    "에",
    "의",
    "도",
    "만",
    "씩",
    "까지",
    "부터",
    "보다",
    "처럼",
    "만큼",
    "뿐",
    "나",
    "야",
    "대",
    "어치",
    "짜리",
    "선",
    "당",
    "씩",
    "께",
    "쯤",
    "가량",
    "이상",
    "이하",
    "미만",
    "초과",
    "내외",
    "남짓",
    "정도",
    "수준",
    "규모",
    "상당",
    "안팎",
    "가까이",
    "넘",
    "증가",
    "감소",
    "상승",
    "하락",
    "확대",
    "축소",
    "급증",
    "급감",
    "흑자",
    "적자",
    "늘",
    "줄",
    "이던",
    "이었",
)

# ---- approximators (stay outside a figure's span) -------------------------------

APPROX_BEFORE: Final[tuple[str, ...]] = (
    "약",
    "총",
    "최대",
    "최소",
    "무려",
    "대략",
    "거의",
    "최고",
    "최저",
    "연간",
    "누적",
    "순",
    "약간",
)
APPROX_AFTER: Final[tuple[str, ...]] = (
    "여",
    "이상",
    "이하",
    "미만",
    "초과",
    "가량",
    "내외",
    "남짓",
    "수준",
    "정도",
    "안팎",
    "규모",
    "상당",
    "대",
)

# ---- counters: a group-worded number followed by these counts things ------------

COUNTERS: Final[tuple[str, ...]] = (
    "명",
    "개",
    "건",
    "곳",
    "대",
    "톤",
    "기",
    "가구",
    "개사",
    "개국",
    "종",
    "회",
    "차",
    "장",
    "척",
    "마리",
    "주",
    "배럴",
    "평",
    "호",
    "위",
    "년",
    "개월",
    "월",
    "일",
    "시간",
    "분",
    "초",
    "세",
    "권",
    "편",
    "점",
    "kg",
    "t",
    "㎡",
    "㎞",
    "km",
    "MW",
    "GW",
    "kW",
    "kWh",
    "TEU",
    "CGT",
    "부",
    "쪽",
    "표",
    "가지",
    "단계",
    "명분",
    "차례",
    "개소",
    "개교",
    "세대",
    "채",
    "그루",
    "품목",
    "쌍",
    "켤레",
    "병상",
    "필지",
    "개체",
    "석",
    "인",
    "pcs",
    "units",
)
"""A numeral followed by one of these (right after it, or after one space, and
ending its word or followed by a particle) counts things: 9만 7천개, 1만 명이, 500만 대."""

# Nouns whose figure is a count or a volume, never money: 수출기업 수 9만, 인구 5천만.
# A bare group-worded number right after one of them takes no currency from its
# sentence.  Matched against the end of the word before the number.
COUNT_NOUN_ENDINGS: Final[tuple[str, ...]] = (
    "건수",
    "자수",
    "기업수",
    "업체수",
    "인원",
    "인구",
    "가구",
    "관광객",
    "방문객",
    "고객",
    "관객",
    "가입자",
    "이용자",
    "사용자",
    "회원",
    "근로자",
    "종사자",
    "취업자",
    "실업자",
    "일자리",
    "회원수",
    "조회수",
    "인원수",
    "주식수",
    "주식",
    "구독자",
    "시청자",
    "관람객",
    "다운로드",
    "발행량",
    "유통량",
    "물량",
    "생산량",
    "판매량",
    "거래량",
    "수송량",
    "물동량",
    "대수",
)
# A count noun written as a word of its own: 수출기업 수 9만 (수 = number of).
COUNT_NOUN_WORDS: Final[tuple[str, ...]] = ("수",)
# Particles stripped from that word before the test: 인구는 5천만, 수가 9만.
COUNT_NOUN_PARTICLES: Final[tuple[str, ...]] = (
    "은",
    "는",
    "이",
    "가",
    "도",
    "만",
    "의",
    "을",
    "를",
    "이나",
    "까지",
)

# Words that may follow a bare group-worded number, after a space, when it takes a
# currency from its sentence: 4조 6천억 이상의, 국비 600억 투입.  Any other word after
# it (14억 인구, 3억 주, 1억 회) leaves it alone: what it counts is unknown.
WORDS_AFTER_BARE_AMOUNT: Final[tuple[str, ...]] = (
    "이상",
    "이하",
    "미만",
    "초과",
    "가량",
    "내외",
    "남짓",
    "수준",
    "정도",
    "안팎",
    "규모",
    "상당",
    "가까이",
    "넘게",
    "이내",
    "증가",
    "감소",
    "증액",
    "감액",
    "흑자",
    "적자",
    "투자",
    "투입",
    "지원",
    "편성",
    "출자",
    "조성",
    "확보",
    "집행",
    "배정",
    "절감",
    "손실",
    "내지",
)

# A parenthesis after an amount that converts it into another currency: 20억 달러(약 2조 7천억).
# A bare number inside takes no currency from the amount before it.
CONVERSION_MARKS: Final[tuple[str, ...]] = ("약", "≒", "≈", "한화", "원화", "환산")

# Only a bare number with a group word at least this large takes a currency from
# its sentence (4조 6천억 → KRW); 9만, 5천만 are counts as often as money.
SENTENCE_CURRENCY_MIN_GROUP: Final[str] = "억"

# ---- unit headers over tables and lists ------------------------------------

# (단위: 억 달러), [단위 : %], 〈단위: 억원〉
UNIT_HEADER_WORDS: Final[tuple[str, ...]] = ("단위",)
# Lines that end a governed table: notes, sources, and headings.
TABLE_END_MARKS: Final[tuple[str, ...]] = ("주:", "주 :", "주)", "출처", "자료:", "자료 :", "자료)", "※")
HEADING_MARKS: Final[tuple[str, ...]] = (
    "■",
    "□",
    "◆",
    "◇",
    "○",
    "●",
    "▶",
    "▷",
    "【",
    "〈",
    "<",
    "《",
    "[표",
    "<표",
    "표 ",
)

# ---- column and row labels of tables ---------------------------------------------

# Rate words that only name the basis of a comparison, not a rate: beside a
# counter the label names first (취업자(만명, 전년동월대비 증감)) the cells are counts.
COMPARISON_LABEL_WORDS: Final[tuple[str, ...]] = (
    "전년비",
    "전년대비",
    "전년동기비",
    "전년동기대비",
    "전년동월비",
    "전년동월대비",
    "전월비",
    "전월대비",
    "전기비",
    "전기대비",
    "yoy",
    "mom",
    "qoq",
    "y-o-y",
)

# A table column (or row) labelled with one of these holds rates in % even under an
# amount header: (단위: 억 달러) … 권역⇥'24년⇥'25년⇥증감률.  Spaces are ignored and
# Latin letters compared case-blind.
RATE_LABEL_WORDS: Final[tuple[str, ...]] = (
    "증감률",
    "증감율",
    "증가율",
    "감소율",
    "성장률",
    "상승률",
    "하락률",
    "등락률",
    "변동률",
    "신장률",
    "달성률",
    "집행률",  # a budget's execution rate: 집행률(B/A) under (단위: 백만원) is %
    "집행율",
    "고용률",  # rates of a level, not of a change: under (단위: 천명, %) the rows that are %
    "실업률",
    "참가율",
    "취업률",
    "가동률",
    "이익률",  # 영업이익률, 순이익률: a profit over sales
    "수익률",
    "비중",
    "점유율",
    "구성비",
    "비율",
    *COMPARISON_LABEL_WORDS,
    "%",
    "％",
)
# The rate words above naming a rate of a level (고용률: the employed over the population),
# a measure of its own row or column, never of the item beside it.
LEVEL_RATE_LABEL_WORDS: Final[tuple[str, ...]] = ("고용률", "실업률", "참가율", "취업률", "가동률")
# Labels that name a difference in the amount unit even beside a rate word:
# 전년 대비 증감액 is money, 전년 대비 증감(%p) is points.
AMOUNT_LABEL_WORDS: Final[tuple[str, ...]] = ("증감액", "증가액", "감소액", "차액", "금액")
# Labels naming money by their last word, for tables whose header names counters too:
# (단위: 건, 억원) … 건수⇥금액.
AMOUNT_COLUMN_ENDINGS: Final[tuple[str, ...]] = (
    "액",
    "예산",
    "사업비",
    "비용",
    "자금",
    "매출",
    "가격",
    "단가",
)
# Labels of columns or rows holding ranks, codes, dates or periods: never a figure,
# whatever the header (국가⇥순위⇥금액, 품목⇥HS코드⇥수출액, 구분⇥기간⇥금액).  A label
# names one only by its last word: 청년도약계좌 is no 연도 (its parentheses aside: 순위(위)).
NON_FIGURE_LABEL_WORDS: Final[tuple[str, ...]] = (
    "순위",
    "순번",
    "연번",
    "번호",
    "코드",
    "랭킹",
    "등급",
    "차수",
    "연도",
    "년도",
    "일자",
    "날짜",
    "시점",
    "기준일",
    "기간",
    "주석",  # a financial statement's note references: 주석⇥4,5⇥1,204,500
    "rank",
    "code",
    "no.",
    "note",
    "notes",
)
# A non-figure label word after a year or one of these names a period whose cells are
# figures: 2026년도, 전년도, 금년도, 동기간 (but 기준연도, 사업기간 hold years or dates).
PERIOD_LABEL_PREFIXES: Final[tuple[str, ...]] = ("전", "금", "내", "작", "차", "익", "당해", "동", "전전")
# Under a header of a percent and its points ((단위: %, %p)), a column or row naming a
# difference holds points (실업률⇥3.1⇥2.9⇥증감 △0.2), unless it names a rate of change.
DIFFERENCE_LABEL_WORDS: Final[tuple[str, ...]] = (
    "증감",
    "차이",
    "변동",
    "변화",
    "대비",
    "전년비",
    "전월비",
    "전기비",
)
CHANGE_RATE_LABEL_WORDS: Final[tuple[str, ...]] = (
    "증감률",
    "증감율",
    "증가율",
    "감소율",
    "변동률",
    "변화율",
    "상승률",
    "하락률",
    "등락률",
)
POINT_LABEL_WORDS: Final[tuple[str, ...]] = ("%p", "％p", "포인트", "%pt")
# Separators between the units of one header: (단위: 억 달러, %).
HEADER_UNIT_SEPARATORS: Final[tuple[str, ...]] = (",", "，", "、", ";", "/")

# ---- range connectors ------------------------------------------------------------

# Arrows between the elements of a series; a line ending in one goes on in the next.
SERIES_ARROWS: Final[tuple[str, ...]] = ("→", "⇒", "->")

RANGE_CONNECTORS: Final[tuple[str, ...]] = ("→", "⇒", "->", "~", "∼", "〜", "～", "-", "–", "—", "−", "－")
