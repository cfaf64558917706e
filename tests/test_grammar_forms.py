"""The grammar on the forms of issues 14, 13 and 10: spoken numbers, every currency,
relative and numeric dates, quarters, day ranges, series, header lines, hostile characters.

Each row runs the whole grammar (``text_to_mentions``: figures, dates, not-facts,
overlaps) with the reference date written in the row, and lists every fact expected
as (surface, kind, value, unit); dates have no unit ("").
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from extractors.dates import find_reference_date
from extractors.pipeline import text_to_mentions

Fact = tuple[str, str, str, str]
Row = tuple[str, datetime.date | None, list[Fact]]

REF = datetime.date(2026, 5, 28)  # a Thursday
REF_NOV = datetime.date(2026, 11, 23)
REF_JAN = datetime.date(2026, 1, 14)


def facts(text: str, reference: datetime.date | None) -> list[Fact]:
    return [(text[m.start : m.end], m.kind, m.value, m.unit or "") for m in text_to_mentions(text, reference)]


def same(got: list[Fact], want: list[Fact]) -> bool:
    """Equal surfaces, kinds and units; numbers equal as decimals, dates as written."""
    return len(got) == len(want) and all(
        g[0] == w[0]
        and g[1] == w[1]
        and g[3] == w[3]
        and (g[2] == w[2] if w[1] == "date" else Decimal(g[2]) == Decimal(w[2]))
        for g, w in zip(got, want, strict=True)
    )


def pct(surface: str, value: str) -> Fact:
    return (surface, "percent", value, "%")


def amount(surface: str, value: str, unit: str) -> Fact:
    return (surface, "amount", value, unit)


def date(surface: str, value: str) -> Fact:
    return (surface, "date", value, "")


# --- numbers spoken in words (issue 14) ---------------------------------------------------

SPOKEN_NUMBERS: list[Row] = [
    ("물가가 이십 퍼센트 올랐다", REF, [pct("이십 퍼센트", "20")]),
    ("관세를 이백십 퍼센트로 올린다", REF, [pct("이백십 퍼센트", "210")]),
    ("성장률은 마이너스 오 퍼센트였다", REF, [pct("마이너스 오 퍼센트", "-5")]),
    ("성장률이 마이너스 2.5%로 떨어졌다", REF, [pct("마이너스 2.5%", "-2.5")]),
    ("금리는 삼점오 퍼센트", REF, [pct("삼점오 퍼센트", "3.5")]),
    ("목표의 백 퍼센티지를 채웠다", REF, [pct("백 퍼센티지", "100")]),
    ("금리를 이 퍼센트포인트 내렸다", REF, [("이 퍼센트포인트", "percent_point", "2", "%p")]),
    ("수출이 두 배로 늘었다", REF, [("두 배", "multiple", "2", "x")]),
    ("매출이 열두 배 뛰었다", REF, [("열두 배", "multiple", "12", "x")]),
    ("가격이 스무 배 올랐다", REF, [("스무 배", "multiple", "20", "x")]),
    ("상금은 오천만 원이다", REF, [amount("오천만 원", "50000000", "KRW")]),
    ("예산 이천삼백사십오억 원을 편성", REF, [amount("이천삼백사십오억 원", "234500000000", "KRW")]),
    ("일억 원을 기부했다", REF, [amount("일억 원", "100000000", "KRW")]),
    ("지원금 천 4백만 달러를 받았다", REF, [amount("천 4백만 달러", "14000000", "USD")]),
    ("커피 한 잔이 3 달러 50 센트", REF, [amount("3 달러 50 센트", "3.50", "USD")]),
    ("주가는 64.2 센트로 마감", REF, [amount("64.2 센트", "0.642", "USD")]),
    ("우표 값이 197 펜스로 올랐다", REF, [amount("197 펜스", "1.97", "GBP")]),
    ("1 페니도 깎아 주지 않았다", REF, [amount("1 페니", "0.01", "GBP")]),
]

# --- currencies, historical ones included (ISO 4217) -----------------------------------------


def _object(word: str) -> str:
    """The object particle that fits a word's last syllable: 달러를, 프랑을."""
    return "을" if (ord(word[-1]) - 0xAC00) % 28 else "를"


CURRENCIES: list[Row] = [
    (f"차관 {number} {word}{_object(word)} 제공", REF, [amount(f"{number} {word}", value, code)])
    for number, value, word, code in [
        ("10억", "1000000000", "프랑", "FRF"),
        ("5억", "500000000", "스위스 프랑", "CHF"),
        ("300만", "3000000", "페세타", "ESP"),
        ("20억", "2000000000", "마르카", "FIM"),
        ("7천만", "70000000", "길더", "NLG"),
        ("7천만", "70000000", "휠던", "NLG"),
        ("15억", "1500000000", "마르크", "DEM"),
        ("2억", "200000000", "파운드", "GBP"),
        ("300억", "30000000000", "루블", "RUB"),
        ("1조", "1000000000000", "루피", "INR"),
        ("5억", "500000000", "스리랑카 루피", "LKR"),
        ("2천만", "20000000", "콜론", "CRC"),
        ("800만", "8000000", "라리", "GEL"),
        ("10억", "1000000000", "킵", "LAK"),
        ("500억", "50000000000", "바트", "THB"),
        ("3조", "3000000000000", "동", "VND"),
        ("12억", "1200000000", "멕시코 페소", "MXN"),
        ("4억", "400000000", "필리핀 페소", "PHP"),
        ("9천만", "90000000", "리얄", "SAR"),
        ("6억", "600000000", "디르함", "AED"),
        ("25억", "2500000000", "링깃", "MYR"),
        ("8조", "8000000000000", "루피아", "IDR"),
        ("40억", "4000000000", "홍콩 달러", "HKD"),
        ("30억", "3000000000", "대만 달러", "TWD"),
        ("2억", "200000000", "캐나다 달러", "CAD"),
        ("1억", "100000000", "호주 달러", "AUD"),
        ("7억", "700000000", "싱가포르 달러", "SGD"),
        ("150억", "15000000000", "달러", "USD"),
    ]
]

# --- dates relative to the reference (issue 14) ------------------------------------------------

RELATIVE_DATES: list[Row] = [
    ("오늘 발표한 자료", REF, [date("오늘", "2026-05-28")]),
    ("어제 기준으로", REF, [date("어제", "2026-05-27")]),
    ("그저께 열린 회의", REF, [date("그저께", "2026-05-26")]),
    ("내일부터 시행", REF, [date("내일", "2026-05-29")]),
    ("모레 개최", REF, [date("모레", "2026-05-30")]),
    ("글피 마감", REF, [date("글피", "2026-05-31")]),
    ("지난 15일 발표한 통계", REF, [date("지난 15일", "2026-05-15")]),
    ("지난 30일 발표한 통계", REF, [date("지난 30일", "2026-04-30")]),
    ("오는 3일 개최", REF, [date("오는 3일", "2026-06-03")]),
    ("오는 3월 시행", REF, [date("오는 3월", "2027-03")]),
    ("이달 1~10일 수출", REF, [date("이달 1~10일", "2026-05-01/2026-05-10")]),
    ("지난달 20일 공개", REF, [date("지난달 20일", "2026-04-20")]),
    ("다음 달 20일 시행", REF, [date("다음 달 20일", "2026-06-20")]),
    ("이번 주 금요일 발표", REF, [date("이번 주 금요일", "2026-05-29")]),
    ("다음 주 일요일 투표", REF, [date("다음 주 일요일", "2026-06-07")]),
    ("지난 일요일 열린 회의", REF, [date("지난 일요일", "2026-05-24")]),
    ("오는 금요일 발표", REF, [date("오는 금요일", "2026-05-29")]),
    ("첫 번째 일요일에 열린다", REF, [date("첫 번째 일요일", "2026-05-03")]),
    ("다음 달 첫째 주 월요일", REF, [date("다음 달 첫째 주 월요일", "2026-06-01")]),
    ("올해 목표를 세웠다", REF, [date("올해", "2026")]),
    ("내년 예산안", REF, [date("내년", "2027")]),
    ("작년 실적을 넘었다", REF, [date("작년", "2025")]),
    ("재작년 수준으로", REF, [date("재작년", "2024")]),
    ("발표는 2주 후 나온다", REF, [date("2주 후", "2026-06-11")]),
    ("그는 3일 전 말했다", REF, [date("3일 전", "2026-05-25")]),
    ("한 달 전 조사에서는", REF, [date("한 달 전", "2026-04")]),
    ("2년 1개월 21일 전 시작된 사업", REF, [date("2년 1개월 21일 전", "2024-04-07")]),
    ("15일에 열린 회의에서", REF, [date("15일", "2026-05-15")]),
    ("28일 오전 발표", REF, [date("28일", "2026-05-28")]),
    # a same period of last year: the period the sentence is about, a year earlier
    (
        "2026년 1분기 수출은 1,600억 달러로 지난해 같은 기간 수출 1,500억 달러를 넘었다",
        REF,
        [
            date("2026년 1분기", "2026-Q1"),
            amount("1,600억 달러", "160000000000", "USD"),
            date("지난해 같은 기간", "2025-Q1"),
            amount("1,500억 달러", "150000000000", "USD"),
        ],
    ),
    (
        "4월 수출은 500억 달러, 전년 동월 수출은 450억 달러였다",
        REF,
        [
            date("4월", "2026-04"),
            amount("500억 달러", "50000000000", "USD"),
            date("전년 동월", "2025-04"),
            amount("450억 달러", "45000000000", "USD"),
        ],
    ),
]

# --- numeric dates, quarters, day ranges (issues 14 and 10) ---------------------------------------

NUMERIC_DATES: list[Row] = [
    ("마감 02/22/2016 자정", None, [date("02/22/2016", "2016-02-22")]),
    ("접수 21/04/2016 까지", None, [date("21/04/2016", "2016-04-21")]),
    ("설립 89/05/05", None, [date("89/05/05", "1989-05-05")]),
    ("발표 2016.11.07 오전", None, [date("2016.11.07", "2016-11-07")]),
    ("16년 11월 개정", None, [date("16년 11월", "2016-11")]),
    ("’21.1Q 매출", None, [date("’21.1Q", "2021-Q1")]),
    ("3Q 매출이 늘었다", REF_NOV, [date("3Q", "2026-Q3")]),
    ("1/4분기 수출", REF_NOV, [date("1/4분기", "2026-Q1")]),
    ("2분기 반등", REF_NOV, [date("2분기", "2026-Q2")]),
    ("1~3분기 누계", REF_NOV, [date("1~3분기", "2026-Q1/2026-Q3")]),
    ("하반기 중 발표", REF_NOV, [date("하반기", "2026-H2")]),
    (
        "2019년 8월(8.1~20) 수출 동향",
        None,
        [date("2019년 8월", "2019-08"), date("8.1~20", "2019-08-01/2019-08-20")],
    ),
    ("(2015.1~2.27) 누계", None, [date("2015.1~2.27", "2015-01-01/2015-02-27")]),
    # days of a month alone, closed by 일 (customs' first-20-days releases)
    ("9.1~10일 수입은 늘었다", REF_NOV, [date("9.1~10일", "2026-09-01/2026-09-10")]),
    ("장관은 6.8~12일 순방", REF_NOV, [date("6.8~12일", "2026-06-08/2026-06-12")]),
    ("2023년 연간 및 12월 동향", None, [date("2023년", "2023"), date("12월", "2023-12")]),
]

# --- series and lists (issue 10) ------------------------------------------------------------------

SERIES: list[Row] = [
    (
        "수입 증감률(%) : (’17.10)△2.1 → (11)4.6 → (12)△0.8 → (‘18.1)3.3 → (2)+1.9",
        None,
        [
            date("’17.10", "2017-10"),
            pct("△2.1", "-2.1"),
            date("11", "2017-11"),
            pct("4.6", "4.6"),
            date("12", "2017-12"),
            pct("△0.8", "-0.8"),
            date("‘18.1", "2018-01"),
            pct("3.3", "3.3"),
            date("2", "2018-02"),
            pct("1.9", "1.9"),
        ],
    ),
    (  # the series goes on in the next line, under the same header
        "수입 증감률(%) : (’17.11)4.6 → (12)△0.8 →\n(1)3.3 → (2)1.9",
        None,
        [
            date("’17.11", "2017-11"),
            pct("4.6", "4.6"),
            date("12", "2017-12"),
            pct("△0.8", "-0.8"),
            date("1", "2018-01"),
            pct("3.3", "3.3"),
            date("2", "2018-02"),
            pct("1.9", "1.9"),
        ],
    ),
    (
        "* 분기별 증감률(%): (’18.1Q) 2.2→ (2Q) △4.1→ (3Q) 1.0",
        REF_JAN,  # a quarter of the series takes the series' year, not the reference's
        [
            date("’18.1Q", "2018-Q1"),
            pct("2.2", "2.2"),
            date("2Q", "2018-Q2"),
            pct("△4.1", "-4.1"),
            date("3Q", "2018-Q3"),
            pct("1.0", "1.0"),
        ],
    ),
    (  # no arrows: each month in parentheses before its value (a lending release's summary line)
        "* 증감액(조원) : (’23.10월)+2.2 (11월)+3.4 (12월)△0.6 (1월)+1.9",
        None,
        [
            date("’23.10월", "2023-10"),
            amount("2.2", "2200000000000", "KRW"),
            date("11월", "2023-11"),
            amount("3.4", "3400000000000", "KRW"),
            date("12월", "2023-12"),
            amount("△0.6", "-600000000000", "KRW"),
            date("1월", "2024-01"),
            amount("1.9", "1900000000000", "KRW"),
        ],
    ),
    (
        "예산 정부안558.0 → 최종556.2조원",
        None,
        [amount("558.0", "558000000000000", "KRW"), amount("556.2조원", "556200000000000", "KRW")],
    ),
    ("수출은 전년보다 늘어난 41.2\n억불로 집계", None, [amount("41.2\n억불", "4120000000", "USD")]),
]

# --- the lines that head a publication (issue 10) --------------------------------------------------

HEADER_LINES: list[tuple[str, datetime.date, list[Fact]]] = [
    (
        "담당부서 무역정책과 등록일2019.06.14.\n\n제목",
        datetime.date(2019, 6, 14),
        [date("2019.06.14.", "2019-06-14")],
    ),
    (
        "[경제신문] 입력 2019-03-05 09:12:45\n본문",
        datetime.date(2019, 3, 5),
        [date("2019-03-05 09:12:45", "2019-03-05T09:12:45")],
    ),
    ("2019년 7월 4일 공보\n제목", datetime.date(2019, 7, 4), [date("2019년 7월 4일", "2019-07-04")]),
    ("2019.07.03\n제목\n본문", datetime.date(2019, 7, 3), [date("2019.07.03", "2019-07-03")]),
    # a saved page's metadata field before its first sentence
    (" date 2019-04-02 정부는 지원을 늘렸다", datetime.date(2019, 4, 2), [date("2019-04-02", "2019-04-02")]),
]

# --- hostile characters inside numbers (issue 13): read as they render ---------------------------

HOSTILE: list[Row] = [
    ("물가 １２．４％ 상승", REF, [pct("１２．４％", "12.4")]),
    ("수출 1，234억 달러", REF, [amount("1，234억 달러", "123400000000", "USD")]),
    ("물가 12．4% 상승", REF, [pct("12．4%", "12.4")]),
    (
        "수출 2642\u200b억\u200b9천만 달러",
        REF,
        [amount("2642\u200b억\u200b9천만 달러", "264290000000", "USD")],
    ),
    ("예산 1\u200b2\u200b3\u200b4억 원", REF, [amount("1\u200b2\u200b3\u200b4억 원", "123400000000", "KRW")]),
    ("물가 5\u20606% 상승", REF, [pct("5\u20606%", "56")]),
    ("예산 1\u00ad500억 원", REF, [amount("1\u00ad500억 원", "150000000000", "KRW")]),
    ("수입 7\ufeff8억 달러", REF, [amount("7\ufeff8억 달러", "7800000000", "USD")]),
    ("물가 3\u200f.5% 상승", REF, [pct("3\u200f.5%", "3.5")]),
    ("물가 4\u03015.2% 상승", REF, [pct("4\u03015.2%", "45.2")]),
    ("\ufeff물가 2.5% 상승", REF, [pct("2.5%", "2.5")]),
    ("２０２６년 ３월 수출", None, [date("２０２６년 ３월", "2026-03")]),
]

# --- look-alikes: no fact at all --------------------------------------------------------------------

NOT_FACTS: list[tuple[str, datetime.date | None]] = [
    ("어제 발표", None),  # a relative date without a reference: left out, never guessed
    ("이번 주 금요일", None),
    ("오늘날 세계 경제", REF),
    ("청년내일채움공제 가입", REF),
    ("작년보다 늘었다", REF),  # comparison bases are context
    ("지난해 같은 기간과 비교하여", REF),
    ("전년 동월 대비", REF),
    ("지난해 같은 기간 수준", REF),  # a same period with no period written before it
    ("다음 해인 1999년에는", None),  # named again with its own date: only 1999년 is read
    ("출시 2주 후 매진", REF),  # counts from the launch, not from the publication
    ("10년 전만 해도", REF),  # years alone: a span as often as a point
    ("1년 전의 물가 변동", REF),
    ("29일에 열릴 회의", REF),  # later than the reference day: this month or last?
    ("20일 기준 누계", REF),
    ("1일 평균 처리량", REF),
    ("20일에 걸쳐 진행", REF),  # a length of days
    ("처리기간 2.5~4일로 단축", REF),
    ("2.5~4일간 걸린다", REF),
    ("9.1~10일 수입", None),  # no reference: no year
    ("7일에 한 번 점검", REF),
    ("4분기 전망", REF),  # later than the reference quarter
    ("구분\t1분기\t2분기\t1분기\n수출\t10\t20\t30", REF),  # header cells: years from the table
    ("| 1분기 | 2분기 |", REF),
    ("하반기 중 발표", REF),
    ("최근 10년 1월 평균", REF),
    ("10년 만에 최대", REF),
    ("3년간 이어진 논의", REF),
    ("1분기 시차를 두고", REF),
    ("04/05/2016", None),  # day and month both possible
    ("10/2 비율", REF),  # a fraction as often as a date
    ("올해 목표", REF_JAN),  # an annual review released in January: which year?
    ("아파트 101동 1203호", REF),  # a building, not dong
    ("신도시 2천 동 건설", REF),
    ("5동 주민센터", REF),
    ("100 페소 지폐", REF),  # 페소 without its country
    ("한 배를 탄 셈", REF),  # the same boat
    ("이 배는 화물선", REF),
    ("이 달러 강세는", REF),  # this dollar
    ("수 억 3천만 원", REF),  # vague: never the tail of a numeral
    ("몇 백만 달러", REF),
    # bug: a unit alone in parentheses was read as one million dollars (지역별 수출 (백만달러))
    ("지역별 수출 (백만달러)", REF),
    ("예산 현황(십억원)", REF),
    ("수출 (US$ 백만)", REF),
    ("수출액 (천 달러, %)", REF),
]

# --- bugs, one row each, named after the bug ------------------------------------------------------

BUGS: list[tuple[str, str, datetime.date | None, list[Fact]]] = [
    # a list bullet (△) between a year and the month of its first item made the months the reference year's
    (
        "bullet_between_year_and_month_lost_the_year",
        "수지는 작년 △3월(-7억달러) △4월(-2억달러) 적자였다.",
        REF,
        [
            date("작년 △3월", "2025-03"),
            amount("-7억달러", "-700000000", "USD"),
            date("4월", "2025-04"),
            amount("-2억달러", "-200000000", "USD"),
        ],
    ),
    (
        "bullet_between_year_and_month_lost_the_year",
        "2024년 △11월(5.2%) △12월(3.1%)",
        REF,
        [date("2024년 △11월", "2024-11"), pct("5.2%", "5.2"), date("12월", "2024-12"), pct("3.1%", "3.1")],
    ),
    # a day after 전월 (the month before the one reported) was a day of the reference month
    (
        "day_after_jeonwol_given_the_reference_month",
        "적자는 전월 20일까지 누적 212억 달러에서 31억 달러 늘었다.",
        REF,
        [amount("212억 달러", "21200000000", "USD"), amount("31억 달러", "3100000000", "USD")],
    ),
    # the city 이천 before a written amount was read as 2천 joined to it (2009억7천만 달러: a wrong value)
    (
        "icheon_city_read_as_2000_before_an_amount",
        "시군별로는 이천 9억7천만 달러, 안성 5억 달러 순이었다.",
        REF,
        [amount("9억7천만 달러", "970000000", "USD"), amount("5억 달러", "500000000", "USD")],
    ),
    # 천 4백만 after a word was read as 4백만 (a wrong value)
    (
        "cheon_4baekman_read_as_4baekman",
        "수출 천 4백만 달러",
        REF,
        [amount("천 4백만 달러", "14000000", "USD")],
    ),
    ("fullwidth_point_read_as_4", "１２．４％", REF, [pct("１２．４％", "12.4")]),
    ("fullwidth_comma_read_as_234", "1，234억 달러", REF, [amount("1，234억 달러", "123400000000", "USD")]),
    (
        "zero_width_space_read_as_9cheonman",
        "2642\u200b억\u200b9천만 달러",
        REF,
        [amount("2642\u200b억\u200b9천만 달러", "264290000000", "USD")],
    ),
    (
        "zero_width_space_read_as_4eok",
        "1\u200b2\u200b3\u200b4억 원",
        REF,
        [amount("1\u200b2\u200b3\u200b4억 원", "123400000000", "KRW")],
    ),
    # ’20.1Q was read as January 2020
    ("quarter_read_as_month", "(’19.3Q) 1.2", None, [date("’19.3Q", "2019-Q3")]),
    # (2010.1~3.29) was read as January
    ("day_range_read_as_month", "(2014.1~3.28) 합계", None, [date("2014.1~3.28", "2014-01-01/2014-03-28")]),
    # 최근 10년 1월 평균 was read as January 2010
    ("duration_read_as_year", "최근 12년 3월 평균", REF, []),
    # 등록일2020.10.20. gave no date: the year was glued to the label
    ("glued_label_date_missed", "등록일2018.02.01.", None, [date("2018.02.01.", "2018-02-01")]),
    # 입력 2018-08-01 11:04:32 lost its seconds
    (
        "seconds_dropped",
        "입력 2018-02-01 08:15:59",
        None,
        [date("2018-02-01 08:15:59", "2018-02-01T08:15:59")],
    ),
    # the digits after an unread vague word were read alone
    ("vague_numeral_tail_read", "수 억 5천만 달러", REF, []),
    # a comparison base with a written date after it (…인 2022년 12월) was read twice
    (
        "apposition_read_twice",
        "지난해 같은 기간(월)인 2021년 5월 대비",
        REF,
        [date("2021년 5월", "2021-05")],
    ),
    # a title wrapped after the group word lost its currency: 87.3억⏎달러 was missed
    (
        "group_word_then_break_missed",
        "수출은 87.3억\n달러로",
        None,
        [amount("87.3억\n달러", "8730000000", "USD")],
    ),
    # +4.2조 under a header (조원) ending its line took no currency and was missed
    (
        "bare_scale_under_unit_header_missed",
        "내역(조원) :\n(24.9월) 합계(+4.2조)",
        REF,
        [date("24.9월", "2024-09"), amount("+4.2조", "4200000000000", "KRW")],
    ),
    # (3.15일) was read as a length of 3.15 days, no date
    ("paren_month_day_read_as_duration", "개편안｣(3.15일)", REF, [date("3.15일", "2026-03-15")]),
    # 전년 동월 counted back from a month that starts a stretch (2월(+0.4조원) 이후), not the sentence's
    (
        "same_month_from_a_stretch_start",
        "금년 5월 대출(+3.1조원)은 2월(+0.4조원) 이후 최저이며 전년 동월 증가폭(+4.0조원)보다 낮다",
        REF,
        [
            date("금년 5월", "2026-05"),
            amount("+3.1조원", "3100000000000", "KRW"),
            date("2월", "2026-02"),
            amount("+0.4조원", "400000000000", "KRW"),
            date("전년 동월", "2025-05"),
            amount("+4.0조원", "4000000000000", "KRW"),
        ],
    ),
    # 2·4분기 (older news for 2/4분기, the second quarter) was read as 4분기
    ("middle_dot_quarter_read_as_fourth", "올해 2·4분기 매출", REF_NOV, [date("올해 2·4분기", "2026-Q2")]),
    ("point_quarter_missed", "작년 3.4분기 실적", REF_NOV, [date("작년 3.4분기", "2025-Q3")]),
    (
        "middle_dot_quarter_with_year",
        "2019년 1ㆍ4분기(5.2%)",
        None,
        [date("2019년 1ㆍ4분기", "2019-Q1"), pct("5.2%", "5.2")],
    ),
    # a month coordinated with a dated one (2023년 5월과 6월) took the reference's year
    (
        "coordinated_month_took_reference_year",
        "2023년 5월과 6월 수출",
        REF_NOV,
        [date("2023년 5월", "2023-05"), date("6월", "2023-06")],
    ),
    (
        "coordinated_quarter_took_reference_year",
        "지난해 1분기, 3분기 및 4분기",
        REF_NOV,
        [date("지난해 1분기", "2025-Q1"), date("3분기", "2025-Q3"), date("4분기", "2025-Q4")],
    ),
    (
        "coordinated_half_took_reference_year",
        "2022년 상반기와 하반기",
        REF,
        [date("2022년 상반기", "2022-H1"), date("하반기", "2022-H2")],
    ),
    # past the figure in the dated one's parenthesis (2022년 1분기(+3조원)·2분기)
    (
        "coordinated_past_a_parenthesis",
        "2022년 1분기(+3.1조원)·2분기(+5.2조원)",
        REF,
        [
            date("2022년 1분기", "2022-Q1"),
            amount("+3.1조원", "3100000000000", "KRW"),
            date("2분기", "2022-Q2"),
            amount("+5.2조원", "5200000000000", "KRW"),
        ],
    ),
    # an earlier month after it is not the same year's (12월과 1월): read as before
    (
        "coordinated_earlier_month_kept",
        "2023년 12월, 3월 실적",
        REF,
        [date("2023년 12월", "2023-12"), date("3월", "2026-03")],
    ),
    # 45·3% (older newspapers' point) was read as 3%: a wrong value; now no figure at all
    ("middle_dot_point_tail_read", "점유율은 45·3%로 늘었다", REF, []),
    ("middle_dot_point_tail_read_pp", "금리를 0ㆍ5%포인트 내렸다", REF, []),
    ("middle_dot_list_kept", "반도체·3대 품목 7% 증가", REF, [pct("7%", "7")]),
    # a date right after a comma with no space (고시 제2019-41호,2019.3.8.) was missed
    ("date_after_comma_missed", "고시 제2019-41호,2019.3.8.", None, [date("2019.3.8.", "2019-03-08")]),
    ("digits_comma_year_kept_out", "재고 3,2024", None, []),
    # audit5: months and quarters listed after one of a written year took the reference's year
    # (10월 in a November release was read as this October, not the October of 2024)
    (
        "month_after_a_dated_month_took_the_reference_year",
        "물가는 2024년 9월 3.1%, 10월 2.8% 올랐다",
        REF_NOV,
        [date("2024년 9월", "2024-09"), pct("3.1%", "3.1"), date("10월", "2024-10"), pct("2.8%", "2.8")],
    ),
    (
        "months_after_a_dated_month_were_left_out",
        "물가는 2021년 8월 0.4%, 9월 0.6% 오른 데 이어 10월 1.1% 올랐다",
        REF,
        [
            date("2021년 8월", "2021-08"),
            pct("0.4%", "0.4"),
            date("9월", "2021-09"),
            pct("0.6%", "0.6"),
            date("10월", "2021-10"),
            pct("1.1%", "1.1"),
        ],
    ),
    (
        "quarters_after_last_years_quarter_took_this_year",
        "성장률은 작년 2분기 1.1%, 3분기 0.8%였다",
        REF,
        [date("작년 2분기", "2025-Q2"), pct("1.1%", "1.1"), date("3분기", "2025-Q3"), pct("0.8%", "0.8")],
    ),
    (
        "quarter_list_in_slash_form",
        "지난해 1/4분기 0.5%, 2/4분기 0.7%",
        REF,
        [
            date("지난해 1/4분기", "2025-Q1"),
            pct("0.5%", "0.5"),
            date("2/4분기", "2025-Q2"),
            pct("0.7%", "0.7"),
        ],
    ),
    (  # a new sentence ends the list: the month is the reference year's again
        "list_ends_at_the_sentence",
        "물가는 2024년 9월 3.1% 올랐다. 10월에는 2.8% 올랐다",
        REF_NOV,
        [date("2024년 9월", "2024-09"), pct("3.1%", "3.1"), date("10월", "2026-10"), pct("2.8%", "2.8")],
    ),
    (  # an earlier month is no next element of the list
        "no_list_backwards",
        "2024년 9월 수출은 3월보다 늘었다",
        None,
        [date("2024년 9월", "2024-09")],
    ),
    # 개정(4.3)조 was read as the date 04-03 by the (M.D) after-a-noun rule
    ("article_reference_read_as_date", "규정 개정(4.3)조", REF, []),
    # (02.3일) with a leading-zero month was read as 02-03
    ("leading_zero_month_read_as_date", "발표(02.3일)", REF, []),
    # gaps 5: an arrow right after an amount without 원 (6천억↑) and a bare 조 count: they take
    # the currency of the amounts of their sentence (조원 written there), the arrow staying out
    # of the figure; with no currency in the sentence they are no facts (the contract gives a
    # bare amount none of its own: a miss, not a guessed KRW)
    (
        "arrow_after_bare_eok_in_a_won_sentence",
        "교육 예산 6천억↑(2.1조원→2.7조원)",
        REF,
        [
            amount("6천억", "600000000000", "KRW"),
            amount("2.1조원", "2100000000000", "KRW"),
            amount("2.7조원", "2700000000000", "KRW"),
        ],
    ),
    (
        "arrow_after_bare_eok_before_a_won_amount",
        "문화 예산은 4천억↓, 환경 예산은 1.3조원 늘었다",
        REF,
        [amount("4천억", "400000000000", "KRW"), amount("1.3조원", "1300000000000", "KRW")],
    ),
    (
        "bare_jo_in_a_won_sentence",
        "총수입은 214조로 전년 대비 6.8조원 늘었다",
        REF,
        [amount("214조", "214000000000000", "KRW"), amount("6.8조원", "6800000000000", "KRW")],
    ),
    ("arrow_after_a_dollar_amount", "수입 2.5억불↓", REF, [amount("2.5억불", "250000000", "USD")]),
    ("arrow_after_bare_eok_no_currency", "국방 예산 6천억↑", REF, []),
    ("bare_jo_no_currency", "세외수입은 214조 수준이다", REF, []),
]


def _ids(rows: list[Row]) -> list[str]:
    return [text.replace("\n", "⏎")[:40] for text, _, _ in rows]


@pytest.mark.parametrize(("text", "reference", "want"), SPOKEN_NUMBERS, ids=_ids(SPOKEN_NUMBERS))
def test_spoken_numbers(text: str, reference: datetime.date | None, want: list[Fact]) -> None:
    assert same(facts(text, reference), want), facts(text, reference)


@pytest.mark.parametrize(("text", "reference", "want"), CURRENCIES, ids=[r[2][0][0] for r in CURRENCIES])
def test_currencies(text: str, reference: datetime.date | None, want: list[Fact]) -> None:
    assert same(facts(text, reference), want), facts(text, reference)


@pytest.mark.parametrize(("text", "reference", "want"), RELATIVE_DATES, ids=_ids(RELATIVE_DATES))
def test_relative_dates(text: str, reference: datetime.date | None, want: list[Fact]) -> None:
    assert same(facts(text, reference), want), facts(text, reference)


@pytest.mark.parametrize(("text", "reference", "want"), NUMERIC_DATES, ids=_ids(NUMERIC_DATES))
def test_numeric_dates(text: str, reference: datetime.date | None, want: list[Fact]) -> None:
    assert same(facts(text, reference), want), facts(text, reference)


@pytest.mark.parametrize(("text", "reference", "want"), SERIES, ids=_ids(SERIES))
def test_series(text: str, reference: datetime.date | None, want: list[Fact]) -> None:
    assert same(facts(text, reference), want), facts(text, reference)


@pytest.mark.parametrize(("text", "published", "want"), HEADER_LINES, ids=_ids(HEADER_LINES))  # type: ignore[arg-type]
def test_header_lines(text: str, published: datetime.date, want: list[Fact]) -> None:
    """The line's date is the publication's and a fact of its own."""
    assert find_reference_date(text) == published
    assert same(facts(text, None), want), facts(text, None)


@pytest.mark.parametrize(("text", "reference", "want"), HOSTILE, ids=_ids(HOSTILE))
def test_hostile_characters(text: str, reference: datetime.date | None, want: list[Fact]) -> None:
    got = facts(text, reference)
    assert same(got, want), got
    assert all(text.find(surface) >= 0 for surface, *_ in got)  # text[span] is the text's own


@pytest.mark.parametrize(("text", "reference"), NOT_FACTS, ids=[t for t, _ in NOT_FACTS])
def test_not_facts(text: str, reference: datetime.date | None) -> None:
    got = [f for f in facts(text, reference) if not (f[1] == "date" and f[2] == "1999")]
    assert got == []


@pytest.mark.parametrize(
    ("bug", "text", "reference", "want"), BUGS, ids=[f"{bug}-{n}" for n, (bug, *_) in enumerate(BUGS)]
)
def test_bugs(bug: str, text: str, reference: datetime.date | None, want: list[Fact]) -> None:
    assert same(facts(text, reference), want), (bug, facts(text, reference))


# --- forms real releases print (issue 10, second audit) -----------------------------------

REAL_FORMS: list[Row] = [
    # a title wrapped between a number's group word and its currency
    ("1분기 수출은 87.3억\n달러로 집계", None, [amount("87.3억\n달러", "8730000000", "USD")]),
    ("설비투자 2천억\n원을 지원", None, [amount("2천억\n원", "200000000000", "KRW")]),
    # no currency after the break, or a cell of a tab row, or a group word without a number
    ("이용자는 3억\n달성 목표", None, []),
    ("합계\t41.2억\n달러 기준", None, []),
    ("수 억\n달러가 몰렸다", None, []),
    # a two-digit year without its apostrophe, only alone in parentheses with 월 right after
    ("(24.9월) 잔액이 늘었다", REF, [date("24.9월", "2024-09")]),
    ("(23.11월p) 잔액", REF, [date("23.11월", "2023-11")]),
    ("지표(24.9) 개선", REF, []),  # a decimal, not a date
    ("버전 24.9월 배포", REF, []),  # not in parentheses
    ("(24.13월)", REF, []),  # no month 13
    ("(1.24.9월)", REF, []),  # a section number before it
    # a month and day alone in parentheses after a word, the year the reference's
    ("개편안｣(3.15일) 발표", REF, [date("3.15일", "2026-03-15")]),
    ("규제 시행(5.2일) 이후", REF, [date("5.2일", "2026-05-02")]),
    ("처리기간(3.5일) 단축", REF, []),  # a length of days
    ("소요 시간(2.5일)", REF, []),
    ("평균 (4.5일) 소요", REF, []),  # not right after a word
    ("기간은(13.5일)", REF, []),  # no month 13
    ("지표(4.35일)", REF, []),  # no day 35
    ("시행(5.2일)", None, []),  # no reference: no year
    # a month written with a leading zero only beside a two-digit day
    ("대책 발표(02.3일) 이후", REF, []),
    ("합의(03.5) 결과", REF, []),
    ("대책 발표(02.13일) 이후", REF, [date("02.13일", "2026-02-13")]),
    ("합의(03.15) 결과", REF, [date("03.15", "2026-03-15")]),
    # (4.3) before an article, paragraph or item mark cites a law, it is no date
    ("시행령 개정(4.3)조에 따라", REF, []),
    ("법 개정(2.1)항 신설", REF, []),
    ("관세합의(1.14)조치 이후", REF, [date("1.14", "2026-01-14")]),
    # a bare number with the group word of the unit header above it takes its currency
    (
        "※ 대출 증가 내역(조원) :\n\n(24.9월) 합계(+4.2조) = 은행(+2.9조) + 기금(△0.3조)\n↳ 일반(+0.05조)",
        REF,
        [
            date("24.9월", "2024-09"),
            amount("+4.2조", "4200000000000", "KRW"),
            amount("+2.9조", "2900000000000", "KRW"),
            amount("△0.3조", "-300000000000", "KRW"),
            amount("+0.05조", "50000000000", "KRW"),
        ],
    ),
    (
        "업종별 투자(억 달러) : 제조 +12.5억, 금융 △3.1억",
        None,
        [amount("+12.5억", "1250000000", "USD"), amount("△3.1억", "-310000000", "USD")],
    ),
    ("가입자(억 명) :\n인도(+1.2억)", None, []),  # a count header
    ("잔액(조원) :\n국민 5.1조 주식", None, []),  # a noun after the number
    ("잔액(조원) :\n은행 3천억", None, []),  # another group word than the header's
    ("잔액(조원) :\n\n대출은 감소하였다. 기금 2.1조", None, []),  # prose ends the header's lines
]


@pytest.mark.parametrize(("text", "reference", "want"), REAL_FORMS, ids=_ids(REAL_FORMS))
def test_real_forms(text: str, reference: datetime.date | None, want: list[Fact]) -> None:
    got = facts(text, reference)
    assert same(got, want), got


# --- forms of trade releases and their news reports (audit 4) -----------------------------

TRADE_FORMS: list[Row] = [
    # an opening quote before a month ('10월 1~10일 …') was read as the year 2010
    ("세관이 낸 '10월 1~10일 무역 통계'를 보면", None, []),
    ("세관이 낸 '10월 1~10일 무역 통계'를 보면", REF_NOV, [date("10월 1~10일", "2026-10-01/2026-10-10")]),
    ("‘9월 수출입 동향’ 자료", REF_NOV, [date("9월", "2026-09")]),
    ("’24.9월 수출", None, [date("’24.9월", "2024-09")]),  # the apostrophe year still reads
    # a series going on to a line that starts with its arrow lost its values there
    (
        "수입 증감률(%):(’23.11)+1.5\n→(12)+6.1→(’24.1)△0.8",
        None,
        [
            date("’23.11", "2023-11"),
            pct("1.5", "1.5"),  # (the + stays outside a bare series value)
            date("12", "2023-12"),
            pct("6.1", "6.1"),
            date("’24.1", "2024-01"),
            pct("△0.8", "-0.8"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "reference", "want"), TRADE_FORMS, ids=_ids(TRADE_FORMS))
def test_trade_forms(text: str, reference: datetime.date | None, want: list[Fact]) -> None:
    got = facts(text, reference)
    assert same(got, want), got


# a news page's date line labelled 승인, 등록, 송고, 수정 … was not the publication's date
NEWS_DATE_LINES: list[tuple[str, datetime.date | None]] = [
    ("수출 늘어\n승인 2024.02.13 16:05\n본문", datetime.date(2024, 2, 13)),
    ("등록 2024-02-13 16:05 | 수정 2024-02-14 08:00", datetime.date(2024, 2, 13)),
    ("최종수정 2024.02.14 08:00\n기사입력 2024.02.13 16:05", datetime.date(2024, 2, 13)),
    ("송고시간 2024-02-13 16:05", datetime.date(2024, 2, 13)),
    ("게시일 2024-02-13", datetime.date(2024, 2, 13)),
    ("국무회의 승인 2024.3.5 이후 시행", None),  # a step of a timeline: no time after it
    ("발행 2024.02.13", None),
]


@pytest.mark.parametrize(
    ("text", "published"), NEWS_DATE_LINES, ids=[t.replace("\n", "⏎")[:40] for t, _ in NEWS_DATE_LINES]
)
def test_news_date_lines(text: str, published: datetime.date | None) -> None:
    assert find_reference_date(text) == published


# --- forms of industry, investment and price releases and their news reports (audit 7) ----

INDUSTRY_FORMS: list[Row] = [
    # news drops the 만 of a four-digit remainder after 억: 74억6000달러 is 74억6000만 달러
    ("메모리 수출은 74억6000달러로 늘었다", None, [amount("74억6000달러", "7460000000", "USD")]),
    ("전분기의 52억8천 달러보다 줄었다", None, [amount("52억8천 달러", "5280000000", "USD")]),
    ("작년 19억4,000달러였던 투자", None, [amount("19억4,000달러", "1940000000", "USD")]),
    ("65만 6,167달러 규모", None, [amount("65만 6,167달러", "656167", "USD")]),  # under 만: ones
    # 弗, the Hanja for 불, in headlines
    ("11월 무역수지 6200만弗 흑자", None, [amount("6200만弗", "62000000", "USD")]),
    ("수출 3.2억弗 돌파", None, [amount("3.2억弗", "320000000", "USD")]),
    # a rate over a thousand percent written with 천
    ("보험업 투자 급증(각각 87.5%와 2천41.3%)", None, [pct("87.5%", "87.5"), pct("2천41.3%", "2041.3")]),
    # two rates joined by a comma without a space
    ("각각 1.3%,0.7% 하락했다", None, [pct("1.3%", "1.3"), pct("0.7%", "0.7")]),
    ("수출 3,105.2억 달러", None, [amount("3,105.2억 달러", "310520000000", "USD")]),  # a thousands comma
]


@pytest.mark.parametrize(("text", "reference", "want"), INDUSTRY_FORMS, ids=_ids(INDUSTRY_FORMS))
def test_industry_forms(text: str, reference: datetime.date | None, want: list[Fact]) -> None:
    got = facts(text, reference)
    assert same(got, want), got


# --- bare numbers in a 각각 list, closed by one unit (lists2 2) ----------------------------

LIST_FORMS: list[Row] = [
    # bug: only the last number of 각각 6.3, 8.3, 5.4, 3.4% was read; each is a percent
    (
        "지역별 증가율은 각각 4.1, 7.2, 2.6, 1.9%였다",
        None,
        [pct("4.1", "4.1"), pct("7.2", "7.2"), pct("2.6", "2.6"), pct("1.9%", "1.9")],
    ),
    (
        "서울, 부산, 대구는 각각 △0.4, 1.7%p 상승",
        None,
        [("△0.4", "percent_point", "-0.4", "%p"), ("1.7%p", "percent_point", "1.7", "%p")],
    ),
    (
        "두 품목은 각각 1.5, 3배 늘었다",
        None,
        [("1.5", "multiple", "1.5", "x"), ("3배", "multiple", "3", "x")],
    ),
    ("각각 12.0 , 9.5% 감소", None, [pct("12.0", "12.0"), pct("9.5%", "9.5")]),
    # negatives: no 각각, a year, a count or a worded number in the list, an amount closing it
    ("증가율은 4.1, 7.2%였다", None, [pct("7.2%", "7.2")]),
    ("각각 2025, 3.1% 늘었다", None, [pct("3.1%", "3.1")]),
    ("각각 3개, 4.2%였다", None, [pct("4.2%", "4.2")]),
    ("각각 3, 5억 달러", None, [amount("5억 달러", "500000000", "USD")]),
    ("각각 1만, 2.4%", None, [pct("2.4%", "2.4")]),
    ("각각 4.1 및 7.2%", None, [pct("7.2%", "7.2")]),
]


@pytest.mark.parametrize(("text", "reference", "want"), LIST_FORMS, ids=_ids(LIST_FORMS))
def test_list_forms(text: str, reference: datetime.date | None, want: list[Fact]) -> None:
    got = facts(text, reference)
    assert same(got, want), got
