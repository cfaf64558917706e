"""Date vocabulary of Korean publications, as typed tables.

Sources: the date conventions of Korean ministry press releases (보도시점,
배포), work reports ('25.11월, '26.上, ’26~’30), policy briefs (발행일,
2026.01), news articles (지난해 12월) and the notation table of the
국립국어원 한글 맞춤법 (마침표로 연월일 표시).  The logic that reads these
marks lives in ``extractors/dates.py`` and ``extractors/exclusions.py``;
no Korean literal appears there.
"""

from __future__ import annotations

from typing import Final

# --- marks written after a number -------------------------------------------

YEAR_MARKS: Final[tuple[str, ...]] = ("년도", "년")
"""After a year number: 2025년, 2025년도 (the longer mark first)."""

DECADE_MARK: Final[str] = "대"
"""After 년, a decade, not a year: 2020년대."""

MONTH_MARK: Final[str] = "월"
"""After a month number: 12월."""

DAY_MARK: Final[str] = "일"
"""After a day number: 17일."""

QUARTER_MARK: Final[str] = "분기"
"""After a quarter number: 1분기, 3/4분기."""

QUARTER_OF_FOUR_MARKS: Final[str] = "/·ㆍ・‧."
"""Between a quarter's number and 4 in N/4분기: 3/4분기, and as older news prints it,
3·4분기 or 1.4분기 (the third and the first quarter, never 4분기 alone)."""

FISCAL_YEAR_MARKS: Final[tuple[str, ...]] = ("FY",)
"""Before a fiscal year: FY2025, FY25."""

QUARTER_LATIN: Final[str] = "Q"
"""Latin quarter mark: 3Q25, 2025 3Q, Q3 2025."""

HALF_LATIN: Final[str] = "H"
"""Latin half-year mark: 1H25, H2 2025."""

HALVES: Final[dict[str, int]] = {
    "상반기": 1,
    "하반기": 2,
    "上": 1,
    "下": 2,
    "전반기": 1,
    "후반기": 2,
}
"""Half-year words and marks ('26.上 is the first half of 2026)."""

HALVES_NOT_ALONE: Final[frozenset[str]] = frozenset({"전반기", "후반기"})
"""Half words that are a date only with a year (2024년 전반기) or beside a date of a year in their
sentence: alone they also name a term's halves (국회 전반기)."""

WEEKDAYS: Final[str] = "월화수목금토일月火水木金土日"
"""Weekday marks written in parentheses after a date: (목), (木)."""

APOSTROPHES: Final[str] = "'’‘′＇`´"
"""Marks that shorten a year to two digits: '24, ’24, ‘24, ′24."""

RANGE_TILDES: Final[str] = "~∼〜～"
"""Marks between the ends of a period: '26~'30, 1~4월."""

RANGE_DASHES: Final[str] = "-–—"
"""Dashes that join two four-digit years into a period: 2014-2024."""

TIME_MARKS: Final[tuple[str, str]] = ("시", "분")
"""Hour and minute marks: 10시 30분."""

HOUR_NOT_BEFORE: Final[tuple[str, ...]] = ("간",)
"""After 시, these make a length of time, not a clock hour: 10시간."""

AFTERNOON: Final[str] = "오후"
"""Adds twelve hours to a written hour: 오후 2시 → 14:00."""

MORNING: Final[str] = "오전"
"""Morning: the written hour stands."""

# --- relative years -----------------------------------------------------------

RELATIVE_YEARS: Final[dict[str, int]] = {
    "재작년": -2,
    "지지난해": -2,
    "지난해": -1,
    "지난 해": -1,
    "작년": -1,
    "전년": -1,
    "올해": 0,
    "금년": 0,
    "당해": 0,
    "내년": 1,
    "명년": 1,
    "내후년": 2,
}
"""Year words and their offset from the reference year.

Alone they are context, not dates; before a month, quarter or half
(지난해 12월, 올해 1분기) they fix that period's year.
"""

# --- the document's own date --------------------------------------------------

REFERENCE_LABELS: Final[dict[str, int]] = {
    "보도시점": 0,
    "보도일시": 0,
    "보도일자": 0,
    "보도일": 0,
    "엠바고": 0,
    "발행일자": 1,
    "발행일": 1,
    "발간일": 1,
    "작성일자": 1,
    "작성일": 1,
    "게재일": 1,
    "등록일": 1,
    "게시일": 1,
    "게시일자": 1,
    "기사입력": 1,
    "입력": 1,
    "배포일시": 2,
    "배포일자": 2,
    "배포일": 2,
    "배포": 2,
}
"""Labels in front of the document's own date; a lower rank wins.

The release date (보도) is the publication date; the handout date (배포)
of an embargoed release comes a day earlier, so it ranks last.
"""

REFERENCE_LABELS_AFTER: Final[dict[str, int]] = {"송고": 1}
"""Labels written after a news page's own date and time (2019/02/21 12:32 송고), with their rank
as in ``REFERENCE_LABELS``."""

REFERENCE_LABELS_TIMED: Final[dict[str, int]] = {
    "기사승인": 1,
    "승인": 1,
    "등록": 1,
    "게시": 1,
    "작성": 1,
    "발행": 1,
    "송고": 1,
    "송고시간": 1,
    "수정": 3,
    "최종수정": 3,
    "업데이트": 3,
}
"""Labels of a news page's own date only when a time follows the date (승인 2023.12.15 10:21):
without one, 승인 2024.3.5 may be a step of a timeline.  An edit (수정) comes after the
first posting, so it ranks below the other labels."""

# --- what a number is when it is not a year -----------------------------------

NUMBER_UNITS: Final[tuple[str, ...]] = (
    "%",
    "％",
    "배",
    "원",
    "달러",
    "불",
    "유로",
    "엔",
    "위안",
    "억",
    "만",
    "조",
    "천",
    "백",
)
"""Units after a figure: a number followed by one of them is not a year."""

COUNTERS: Final[tuple[str, ...]] = (
    "개사",
    "개국",
    "개소",
    "개교",
    "개월",
    "개",
    "명",
    "건",
    "기",
    "차례",
    "회",
    "곳",
    "척",
    "톤",
    "종",
    "편",
    "권",
    "가지",
    "가구",
    "세대",
    "채",
    "마리",
    "그루",
    "품목",
    "개체",
    "점",
    "장",
    "쌍",
    "벌",
    "켤레",
    "대",
)
"""Counters (수 분류사): 102개, 1,800여명, 8,507건, 7.1만기, 30여차례."""

SPACED_COUNTERS: Final[tuple[str, ...]] = ("개사", "개국", "개", "명", "건", "곳", "가지", "차례")
"""Counters also written after a space (1,500여 개); the others must touch the number."""

COUNTER_NOT_BEFORE: Final[dict[str, tuple[str, ...]]] = {
    "대": ("비", "응", "상", "책", "표", "기업", "규모", "외", "폭", "형", "한", "학", "통", "회"),
    "기": ("준", "간", "업", "술", "존", "대", "록", "본"),
    "점": ("검", "유", "차", "수"),
    "장": ("관", "기", "률"),
    "회": ("의", "사", "계"),
    "위": ("안",),  # 1위안 is a yuan, not a rank
}
"""Words that begin with a counter's syllable: 대비, 기준, 점유, 장관 are not counts."""

ABOUT_MARKS: Final[tuple[str, ...]] = ("여", "餘", "가량", "남짓", "이상")
"""Between a count and its counter: 1,800여명."""

DURATION_UNITS: Final[tuple[str, ...]] = ("개년", "개월", "시간", "주년", "주", "년", "일", "달", "분", "초")
"""Units of a length of time: 3년 만에, 17개월 연속, 7.5일."""

ALWAYS_DURATIONS: Final[tuple[str, ...]] = ("개년", "개월", "시간", "주년")
"""Units that never name a calendar date: 17개월, 24시간, 80주년."""

DURATION_FOLLOWERS: Final[tuple[str, ...]] = (
    "만에",
    "만의",
    "만",
    "간",
    "째",
    "연속",
    "동안",
    "이내",
    "여간",
    "내",
    "전",
    "후",
    "가량",
    "남짓",
    "정도",
    "넘게",
    "이상",
    "미만",
)
"""Words after a length of time: 3년 만에, 2년 연속, 10년간, 10년 전."""

QUOTED_DURATION_FOLLOWERS: Final[tuple[str, ...]] = ("만에", "만의", "째")
"""Words that make a quoted two-digit number of years a length of time, never a
year: a headline's ‘10년만에 최고 is ten years, not 2010 (2010년만에 is no Korean).
Only these: ’10년만 해도 and ’24년 이후 are years."""

UNIT_NOT_BEFORE: Final[dict[str, tuple[str, ...]]] = {
    "분": ("기",),
    "주": ("요", "식"),
    "일": ("부", "반", "대"),
    "달": ("러",),  # 78.5달러 is dollars, not months
}
"""Words that begin with a duration unit's syllable: 1분기 is a quarter, not a minute."""

ORDINAL_PREFIX: Final[str] = "제"
"""Before an ordinal: 제1차, 제2026-11호."""

ORDINAL_SUFFIXES: Final[tuple[str, ...]] = (
    "번째",
    "순위",
    "위",
    "차",
    "호",
    "등",
    "조",
    "항",
    "장",
    "절",
    "편",
    "회",
    "기",
)
"""After 제 and an ordinal: 제1차, 제3조, 제2장 (조 alone is a trillion, not an article)."""

RANK_SUFFIXES: Final[tuple[str, ...]] = ("번째", "순위", "위", "차", "호", "등")
"""After a bare rank or ordinal: 1위, 6번째, 1호, 2차."""

ISSUE_MARKS: Final[tuple[str, ...]] = ("No.", "No", "Vol.", "Vol", "no.", "vol.", "통권", "Issue")
"""Before an issue or volume number: No. 142, Vol. 3, 통권 123."""

ISSUE_SUFFIX: Final[str] = "호"
"""After an issue number: 제2026-11호."""

ADDRESS_REGIONS: Final[tuple[str, ...]] = (
    "특별자치시",
    "특별자치도",
    "광역시",
    "특별시",
    "시",
    "도",
    "구",
    "군",
)
"""Administrative units that open a Korean address: 서울시 강남구."""

ADDRESS_ROADS: Final[tuple[str, ...]] = ("대로", "번길", "로", "길")
"""Road-name endings before a building number: 테헤란로 305, 도움6로 11."""

ADDRESS_UNITS: Final[tuple[str, ...]] = ("번지", "층")
"""Numbers that are part of an address: 123번지, 7층."""

PAGE_MARKS: Final[tuple[str, ...]] = ("쪽", "페이지", "면")
"""After a page number: 3쪽."""

PAGE_LATIN: Final[tuple[str, ...]] = ("pp.", "p.", "Page", "page")
"""Before a page number: p. 3."""

STANDARD_NUMBERS: Final[tuple[str, ...]] = ("ISBN", "ISSN", "DOI", "doi")
"""Labels of book and serial numbers."""

COUNT_MULTIPLIERS: Final[tuple[str, ...]] = ("만", "천", "백")
"""Between a count and its counter: 7.1만기, 5천명."""

CALENDAR_DURATION_UNITS: Final[tuple[str, ...]] = ("년", "일", "주", "달")
"""Units that, with a decimal number, can only be a length of time: 7.5일, 1.2년."""

STREET_ENDINGS: Final[tuple[str, ...]] = ("번길", "길")
"""Street endings whose number is a building number even without a region: 세종로1길 12."""

RANGE_WORDS: Final[tuple[str, ...]] = ("부터", "에서")
"""Words between two months of one period: 6월부터 10월까지 (months only)."""

# --- forms added for publications outside the seed corpus ------------------------

FISCAL_YEAR_WORDS: Final[tuple[str, ...]] = ("회계연도", "사업연도", "학년도")
"""After a year, like 년: 2026 회계연도, 2026사업연도 (budget and accounts)."""

SHORT_YEAR_MARK: Final[str] = "년"
"""A two-digit year without an apostrophe counts only before this mark and a
month, half or quarter: 26년 3월, 26년 상반기 (26년 alone may be a length)."""

PAST_MONTH_MARKS: Final[tuple[str, ...]] = ("지난",)
"""Before a month: the latest such month before the reference (지난 12월)."""

COMING_MONTH_MARKS: Final[tuple[str, ...]] = ("다가오는", "오는")
"""Before a month: the next such month after the reference (오는 3월)."""

RELATIVE_MONTHS: Final[dict[str, int]] = {
    "지난달": -1,
    "지난 달": -1,
    "이달": 0,
    "이번 달": 0,
    "이번달": 0,
    "금월": 0,
    "당월": 0,
    "다음 달": 1,
    "다음달": 1,
    "내달": 1,
    "익월": 1,
}
"""Month words and their offset from the reference month.

Alone they are context, not dates; before a day (이달 20일) they fix its month.
"""

ENTERING_MARKS: Final[tuple[str, ...]] = ("들어서", "들어")
"""After a month or a month word, the month so far: 이달 들어 20일까지 is the 1st to the 20th of
this month, 3월 들어 10일까지 the 1st to the 10th of March (with 까지 after the day)."""

RANGE_END_WORDS: Final[tuple[str, ...]] = ("까지", "사이")
"""After the end of a 부터/에서 period: 2024년부터 2026년까지.  Without one,
에서 is a change (2024년에서 2026년으로 연기), not a period."""

ENGLISH_MONTHS: Final[dict[str, int]] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
"""English month names (capitalised) in English abstracts and citations:
Nov. 2026, 23 November 2026, November 23, 2026."""

ENGLISH_ORDINALS: Final[tuple[str, ...]] = ("st", "nd", "rd", "th")
"""After an English day: November 23rd, 2026."""

EDITION_MARKS: Final[tuple[str, ...]] = (
    "조간용",
    "석간용",
    "조간",
    "석간",
    "이후",
    "부터",
    "공보",
    "보도참고자료",
    "보도자료",
)
"""After a press release's own date on its line: 2026년 11월 23일(월) 조간, 2021년 11월 18일 공보."""

REFERENCE_LABELS_EN: Final[dict[str, int]] = {
    "Release date": 0,
    "Released": 0,
    "Embargo": 0,
    "Published": 1,
    "Publication date": 1,
    "Date": 1,
    "date": 1,
}
"""English labels in front of the document's own date (same ranks as Korean); a page saved
with its metadata may open with the lowercase field name: `` date 2025-08-22 정부가 …``."""

SERIAL_LABELS: Final[tuple[str, ...]] = (
    "연구보고서",
    "정책연구시리즈",
    "정책연구",
    "연구총서",
    "이슈페이퍼",
    "정책자료",
    "기본연구",
    "수시연구",
    "Working Paper",
    "Policy Paper",
    "Research Paper",
    "WP",
)
"""Series names before a serial number written like a year and month:
연구보고서 2026-03 is the third report of 2026, not March."""

ZIP_MARKS: Final[tuple[str, ...]] = ("우편번호", "(우)", "우)", "(우", "〒")
"""Before a five-digit postal code: (우)30118, 우편번호 30118."""

PERIOD_COUNT_UNITS: Final[tuple[str, ...]] = ("분기", "반기")
"""Quarters or halves counted, not named, when a duration word follows: 3분기 연속."""

PERIOD_COUNT_FOLLOWERS: Final[tuple[str, ...]] = ("연속", "째", "만에", "만의", "동안", "여간", "간", "시차")
"""Words that make 3분기 a count of quarters: 3분기 연속, 2분기째, 5분기 만에."""

ORDINAL_RANGE_MARKS: Final[str] = "~∼〜～·ㆍ,"
"""Between two ordinals of one span: 제1~3차, 제1·2차."""

MIDDLE_DOTS: Final[str] = "·ㆍ・‧"
"""Between two digits before a percent sign (89·6%, 0·7%p), a point as older newspapers set
it: the digits after the dot are never a figure of their own (6%)."""

PERCENT_SIGNS: Final[tuple[str, ...]] = ("%", "％", "퍼센트", "포인트")
"""After the digits of a rate: 89·6%, 3·2포인트."""

FORECAST_MARKS: Final[str] = "AEFP"
"""After a year in securities tables: 2025A (actual), 2026E (estimate), 2027F/P
(forecast, projection); the mark stays outside the date's span."""

URL_DOMAINS: Final[tuple[str, ...]] = ("kr", "com", "org", "net", "int", "gov", "edu", "io")
"""Last labels of web addresses written without http:// (kostat.go.kr/board/2026/11)."""

HEADER_YEAR_MARKS: Final[str] = "AEFPaefp"
"""After a year in a table's header row: 2025p (preliminary, 잠정), 2026e; the
mark stays outside the date's span."""

HEADER_ROW_MIN_YEARS: Final[int] = 3
"""A line of at least this many bare four-digit years, rising, is a table's
header of years (2015  2018  2021  2024); fewer may be figures."""

HEADER_ROW_MAX_STEP: Final[int] = 10
"""The widest step between two years of a header row (2000  2010  2020); a row
that jumps further (1950  2010  2045) holds figures, not years."""

HEADER_ROW_LABELS: Final[tuple[str, ...]] = (
    "구분",
    "연도",
    "년도",
    "연",
    "기간",
    "시점",
    "항목",
    "Year",
    "year",
)
"""The only words that may open a header row of years (구분  2022  2023  2024);
a row opened by another word (매출  2015  2018  2021) holds figures."""

PAGE_MARKS_LATIN: Final[tuple[str, ...]] = ("pp.", "p.", "pp", "p")
"""After a citation's year: (2024, p. 12), (2024, pp. 3-5)."""

TITLE_CLOSERS: Final[str] = '』」》〉”"'
"""Marks that close a cited title: a year after one, at the end of its line,
is the citation's year (김철수, 『산업정책론』, 박영사, 2023.)."""

# --- dates relative to the reference (news and briefings) ---------------------------

RELATIVE_DAYS: Final[dict[str, int]] = {
    "그저께": -2,
    "그제": -2,
    "어제": -1,
    "오늘": 0,
    "금일": 0,
    "내일": 1,
    "명일": 1,
    "모레": 2,
    "글피": 3,
}
"""Day words and their offset in days from the reference date: 어제 is the day before."""

RELATIVE_WEEKS: Final[dict[str, int]] = {
    "지난주": -1,
    "지난 주": -1,
    "전주": -1,
    "이번 주": 0,
    "이번주": 0,
    "금주": 0,
    "다음 주": 1,
    "다음주": 1,
    "차주": 1,
    "내주": 1,
}
"""Week words before a weekday (다음 주 일요일): weeks from the reference's week (Monday to Sunday)."""

WEEKDAY_NAMES: Final[dict[str, int]] = {
    "월요일": 0,
    "화요일": 1,
    "수요일": 2,
    "목요일": 3,
    "금요일": 4,
    "토요일": 5,
    "일요일": 6,
}
"""Weekday names, Monday first as in ``datetime.date.weekday``."""

ORDINAL_WEEKS: Final[dict[str, int]] = {
    "첫": 1,
    "두": 2,
    "둘": 2,
    "세": 3,
    "셋": 3,
    "네": 4,
    "넷": 4,
    "다섯": 5,
    "마지막": -1,
}
"""첫 번째 일요일 (the first Sunday of the month), 마지막 금요일 (the last)."""

ORDINAL_MARKS: Final[tuple[str, ...]] = ("번째", "째")
"""After an ordinal word: 첫 번째, 둘째."""

OFFSET_UNITS: Final[dict[str, str]] = {
    "년": "years",
    "개월": "months",
    "달": "months",
    "주": "weeks",
    "일": "days",
}
"""Units of an offset from the reference date: 2년 1개월 21일 전, 2주 후, 한 달 전."""

OFFSET_DIRECTIONS: Final[dict[str, int]] = {"전": -1, "후": 1, "뒤": 1}
"""After an offset: 3일 전 is before the reference date, 2주 후 after it."""

OFFSET_NUMBERS: Final[dict[str, int]] = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}
"""Native numbers of an offset: 한 달 전, 두 달 뒤."""

ANCHORED_BEFORE_ENDINGS: Final[tuple[str, ...]] = (
    "은",
    "는",
    "을",
    "를",
    "에",
    "도",
    "서",
    "고",
    "며",
    "면",
    "데",
    "다",
    "지만",
    "부터",
)
"""Endings of the word before an offset that leave it counting from the reference date
(그는 3일 전, 발표했으며 2주 후); after a bare noun it counts from that event
(출시 2주 후, 사고 3일 전) and is left out."""

YEAR_WORDS_ALONE: Final[dict[str, int]] = {
    "재작년": -2,
    "지지난해": -2,
    "지난해": -1,
    "지난 해": -1,
    "작년": -1,
    "올해": 0,
    "금년": 0,
    "내년": 1,
    "내후년": 2,
}
"""Year words that are a date alone (올해 → the reference year).  전년 and 당해 are left
out: alone they name a comparison base (전년 수준), not a year."""

COMPARISON_AFTER: Final[tuple[str, ...]] = (
    "대비",
    "비",
    "보다",
    "과",
    "와",
    "에 비해",
    "에 비하여",
    "比",
    "동기",
    "동월",
    "동분기",
    "같은",
)
"""Words after a relative period that make it a comparison base, not a date:
작년보다, 전년 동월 대비, 지난해 같은 기간과 비교하여."""

SAME_PERIOD_WORDS: Final[dict[str, str]] = {
    "같은 기간": "period",
    "같은기간": "period",
    "동기": "period",
    "같은 달": "month",
    "같은달": "month",
    "동월": "month",
    "같은 분기": "quarter",
    "동분기": "quarter",
}
"""After a year word: the same period of that year as the one a sentence is about
(2026년 1분기 … 지난해 같은 기간 → 2025-Q1); read only where that period is written."""

SAME_PERIOD_YEARS: Final[dict[str, int]] = {"지난해": -1, "작년": -1, "전년": -1, "재작년": -2}
"""Year words before a same-period word: 전년 동월 is the month a year earlier."""

APPOSITION_MARKS: Final[tuple[str, ...]] = ("인", "(")
"""After a relative date, a mark that names it again with its own date: 다음 해인 1999년,
지난해 같은 기간(월)인 2022년 12월 — the written date is the fact."""

POINT_IN_TIME_AFTER: Final[tuple[str, ...]] = (
    "에는",
    "에",
    "부터",
    "까지",
    "께",
    "쯤",
    "경",
    "자",
    " 오전",
    " 오후",
    "(",
)
"""After a bare day (15일에, 15일부터, 15일 오전): a day of the reference month.  Other
uses of a bare day (1일 평균, 20일 기준) are left out."""

JANUARY_AMBIGUOUS: Final[int] = 1
"""In a publication of this month, a year word alone (올해, 지난해) may count from the
year just ended (an annual review released in January): it is left out, as a month
later than the reference month is."""

DURATION_OPENERS: Final[tuple[str, ...]] = ("최근", "지난", "과거", "향후", "앞으로")
"""Before a number of years: a length of time, not a year (최근 10년 1월 평균)."""

FIRST_DAYS_ENDS: Final[tuple[str, ...]] = ("10", "20")
"""The ends of the first days of a month counted alone (1~10일, 1~20일 수출: customs' ten-day
counts of the reference month); other runs of days alone (1~3일) are as often lengths."""

DAYS_LENGTH_AFTER: Final[tuple[str, ...]] = ("정도", "가량", "소요", "걸", "이상", "이하", "미만")
"""After a run of days, make it a length (1~10일 정도 걸린다), not days of a month."""

DAY_NOT_BEFORE: Final[tuple[str, ...]] = ("간", "동안", "째", "만", "이내", "내", "여", "분", "자")
"""After 지난 15일: a length of days, not a day (지난 3일간, 지난 10일 동안)."""

RELATIVE_WORD_ENDINGS: Final[tuple[str, ...]] = (
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "도",
    "부터",
    "까지",
    "로",
    "만",
    "과",
    "와",
    "께",
    "쯤",
    "인",
    "처럼",
    "보다",
    "대비",
)
"""What may follow a relative word (오늘은, 내일부터, 올해의): it ends there; 오늘날 and
내일채움 are other words."""

WEEK_MARK: Final[str] = "주"
"""Between an ordinal and a weekday: 첫째 주 월요일."""

SERIES_SIGNS: Final[str] = "+-−△▽"
"""Signs of a value in a series: (’19.5)△9.8 → (11)+3.6."""

WHOLE_YEAR_WORDS: Final[tuple[str, ...]] = ("연간", "연평균", "전체", "누계", "평균")
"""After a year coordinated with a month: 2023년 연간 및 12월 (the year, and its December)."""

COORDINATORS: Final[tuple[str, ...]] = ("및", "과", "와", ",", "·")
"""Between a year and a month that takes it: 2023년 연간 및 12월, 2025년과 12월."""

AT_PARTICLE: Final[str] = "에"
"""The particle of a point in time (15일에), or of a length (30일에 걸쳐)."""

BARE_DAY_NOT_AFTER: Final[tuple[str, ...]] = (
    "걸쳐",
    "걸친",
    "한 번",
    "한번",
    "1회",
    "달하",
    "달한",
    "이르",
    "불과",
    "그쳐",
    "그친",
)
"""After 15일에: a length of days, not a day (30일에 걸쳐, 7일에 한 번, 60일에 달하는)."""

BARE_DAY_NOT_AFTER_WORDS: Final[tuple[str, ...]] = ("전월", "전달", "직전월", "동월", "같은 달")
"""Before a bare day, name a month other than the reference's that is not resolved (전월 20일까지
누적 적자 is the 20th of the month before the one reported, not of the reference month): the
day is left out rather than given the reference month."""

ITEM_BULLETS: Final[tuple[str, ...]] = ("△", "▲", "▷", "◇")
"""Open each item of a list written on one line (작년 △1월(-42억달러) △2월(-13억달러)): between a
year and the month of its first item the month stays that year's (a month has no sign)."""

PRELIMINARY_MARKS: Final[tuple[str, ...]] = ("p",)
"""After a month: a preliminary figure's period, (25.7월p)."""

SENTENCE_YEAR_NOT_AFTER: Final[tuple[str, ...]] = (
    "대비",
    "보다",
    "에 비해",
    "比",
    "이후",
    "이래",
    "까지",
    "부터",
)
"""After a date, words that make its year no year of the sentence (2020년 대비, 2030년까지): a
quarter or half later in the sentence does not take it."""

STRETCH_STARTS: Final[tuple[str, ...]] = ("이후", "이래")
"""After a date (its own figure in parentheses between: 3월(+0.7조원) 이후), start a stretch
of time: that date is not the one 전년 동월 counts back from."""

ARTICLE_MARKS: Final[tuple[str, ...]] = ("조", "항", "호", "목")
"""Close a reference to a law's article, paragraph or item: (4.3)조 is no date."""

ARTICLE_PARTICLES: Final[tuple[str, ...]] = (
    "의",
    "에",
    "에서",
    "를",
    "을",
    "와",
    "과",
    "는",
    "은",
    "이",
    "가",
    "및",
)
"""Particles after an article mark: (4.3)조에 따라."""

PAREN_DATE_OPENERS: Final[str] = "｣」』》〉)］]"
"""Closing brackets a dated parenthesis may follow, besides a Hangul word: ｢방안｣(6.27일)."""

DURATION_NOUNS: Final[tuple[str, ...]] = (
    "기간",
    "평균",
    "일수",
    "소요",
    "체류",
    "대기",
    "시간",
    "동안",
    "주기",
    "만기",
    "연장",
    "단축",
    "지연",
)
"""Before (3.5일): a length of days, not a month and day (처리기간(3.5일), 평균(7.1일))."""
