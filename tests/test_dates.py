"""Korean dates: tables of (text, expected) rows, one parametrised test per table.

Every row names the exact surface (span text) and the ISO value.  Rows mix
forms seen in the seed corpus with forms it lacks (other ministries, news
sites, research institutes), plus negative rows that must give no date.
"""

from __future__ import annotations

import datetime
import itertools

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.dates import find_date_mentions, find_reference_date

Row = tuple[str, list[tuple[str, str]]]

# --- dates that carry their own year (no reference needed) --------------------

DATES: list[Row] = [
    # four-digit years with 년
    ("2025년 연간 수출액", [("2025년", "2025")]),
    ("2024년 대비 22.1% 증가", [("2024년", "2024")]),
    ("2024년도 예산안", [("2024년도", "2024")]),
    ("1998 년 외환위기", [("1998 년", "1998")]),
    # year and month
    ("2024년 12월 대비 32.4% 증가", [("2024년 12월", "2024-12")]),
    ("발행일\t2026년 4월", [("2026년 4월", "2026-04")]),
    ("2025년12월 기준", [("2025년12월", "2025-12")]),
    # full dates
    ("2025년 12월 17일 발표", [("2025년 12월 17일", "2025-12-17")]),
    ("2025. 12. 17.", [("2025. 12. 17.", "2025-12-17")]),
    ("2026.03.20. 게재", [("2026.03.20.", "2026-03-20")]),
    ("(동아일보, 2025.03.20.)", [("2025.03.20.", "2025-03-20")]),
    ("2025-12-17 기준", [("2025-12-17", "2025-12-17")]),
    ("2025/12/17 기준", [("2025/12/17", "2025-12-17")]),
    ("배포 2026. 5. 27.(수)", [("2026. 5. 27.(수)", "2026-05-27")]),
    ("보도시점 2026. 5. 28.(목) 10:00", [("2026. 5. 28.(목) 10:00", "2026-05-28T10:00")]),
    ("2025.12.17 15:30 입력", [("2025.12.17 15:30", "2025-12-17T15:30")]),
    ("2025년 12월 17일(수) 오후 2시 30분", [("2025년 12월 17일(수) 오후 2시 30분", "2025-12-17T14:30")]),
    ("2025년 12월 17일(水) 오전 9시", [("2025년 12월 17일(水) 오전 9시", "2025-12-17T09:00")]),
    ("제정('26.3.17)", [("'26.3.17", "2026-03-17")]),
    ("2024. 2. 29.(목)", [("2024. 2. 29.(목)", "2024-02-29")]),
    ("2025년 12월 17일 10시간 동안", [("2025년 12월 17일", "2025-12-17")]),
    # dotted and dashed year-month
    ("Trade, 2026.3", [("2026.3", "2026-03")]),
    ("(The Council of Economic Advisers, 2026.01)", [("2026.01", "2026-01")]),
    ("2025-04\t미국 통상정책", [("2025-04", "2025-04")]),
    ("브리프 [2026-04]", [("2026-04", "2026-04")]),
    ("2026-4", [("2026-4", "2026-04")]),
    ("2025. 12. 결산", [("2025. 12", "2025-12")]),
    ("2019/05 보고서", [("2019/05", "2019-05")]),
    # apostrophe years
    ("'25년 수출 7,093억 달러", [("'25년", "2025")]),
    ("’26년 예산", [("’26년", "2026")]),
    ("'98년 외환위기", [("'98년", "1998")]),
    ("('23) 96조원 → ('24) 114조원", [("'23", "2023"), ("'24", "2024")]),
    ("('25 계획) 122조원", [("'25", "2025")]),
    ("('24 수출액 1,419억불)", [("'24", "2024")]),
    ("('24. 수출액 708억불)", [("'24", "2024")]),
    ("* ’26. 전기차 충전기", [("’26", "2026")]),
    ("(’25. 1,200 → ’26. 1,700억원)", [("’25", "2025"), ("’26", "2026")]),
    ("('24. 25개 → '25. 102개)", [("'24", "2024"), ("'25", "2025")]),
    ("15개 구축('26, 60억원)", [("'26", "2026")]),
    ("‘24년 실적", [("‘24년", "2024")]),
    ("′24년 실적", [("′24년", "2024")]),
    ("`24년 실적", [("`24년", "2024")]),
    ("＇24년 실적", [("＇24년", "2024")]),
    ("1위 6,402('25) → 2위 6,287('22)", [("'25", "2025"), ("'22", "2022")]),
    # apostrophe year and month
    ("'25.11월까지 지난해 대비 3% 증가", [("'25.11월", "2025-11")]),
    ("('24.11) 1,274억불 → ('25.11) 1,526억불", [("'24.11", "2024-11"), ("'25.11", "2025-11")]),
    ("「대미투자특별법」을 제정('26.3)하고", [("'26.3", "2026-03")]),
    ("'26.2월 말 중동전쟁", [("'26.2월", "2026-02")]),
    ("’25. 4월 발표", [("’25. 4월", "2025-04")]),
    # halves and quarters
    ("신규 지정('26.上)", [("'26.上", "2026-H1")]),
    ("정상회의(‘26.下) 계기", [("‘26.下", "2026-H2")]),
    ("2026년 상반기 중", [("2026년 상반기", "2026-H1")]),
    ("'25년 하반기", [("'25년 하반기", "2025-H2")]),
    ("전면 개정(‘26.1분기)", [("‘26.1분기", "2026-Q1")]),
    ("2026년 1분기 실적", [("2026년 1분기", "2026-Q1")]),
    ("2025년 3/4분기 성장률", [("2025년 3/4분기", "2025-Q3")]),
    ("3Q25 실적", [("3Q25", "2025-Q3")]),
    ("2025 3Q 영업이익", [("2025 3Q", "2025-Q3")]),
    ("2025Q4 매출", [("2025Q4", "2025-Q4")]),
    ("Q3 2025 revenue", [("Q3 2025", "2025-Q3")]),
    ("1H25 가이던스", [("1H25", "2025-H1")]),
    ("2H 2024 전망", [("2H 2024", "2024-H2")]),
    ("'25 3Q 실적", [("'25 3Q", "2025-Q3")]),
    # ranges
    ("예타 통과('26~'30, 총 8,146억원)", [("'26~'30", "2026/2030")]),
    ("기본계획(’23~’27)」", [("’23~’27", "2023/2027")]),
    ("증가율(%): ('06~'10) 1.0 → ('11~'15) 0.52", [("'06~'10", "2006/2010"), ("'11~'15", "2011/2015")]),
    ("2026~2030년 중장기 계획", [("2026~2030년", "2026/2030")]),
    ("'14년~'24년 변화", [("'14년~'24년", "2014/2024")]),
    ("'26~'30년간 투자", [("'26~'30년", "2026/2030")]),
    ("1998년~2000년", [("1998년~2000년", "1998/2000")]),
    ("2014-2024 동안", [("2014-2024", "2014/2024")]),
    ("Horizon Europe(2021–2027)", [("2021–2027", "2021/2027")]),
    ("'25.8~'26.2 시범사업", [("'25.8~'26.2", "2025-08/2026-02")]),
    ("2025.1~6월 누적", [("2025.1~6월", "2025-01/2025-06")]),
    ("2025년 1~4월 수출", [("2025년 1~4월", "2025-01/2025-04")]),
    ("2024 ∼ 2026 계획", [("2024 ∼ 2026", "2024/2026")]),
    # open ranges
    ("(R&D) 1,824억원(~’28)", [("~’28", "../2028")]),
    ("수출(~'30) 기반 조성", [("~'30", "../2030")]),
    ("~2030년 목표", [("~2030년", "../2030")]),
    ("시범운영(‘25.8~), 확대", [("‘25.8~", "2025-08/..")]),
    # 까지 is context, not an interval
    ("'30년까지 AI팩토리 500개", [("'30년", "2030")]),
    ("2030년까지 달성", [("2030년", "2030")]),
    # fiscal years
    ("FY2025 실적", [("FY2025", "2025")]),
    ("FY'24 예산", [("FY'24", "2024")]),
    ("FY 2023", [("FY 2023", "2023")]),
    # citations
    ("분석(OECD, 2025)", [("2025", "2025")]),
    ("Schwellnus, C. et al. (2023), “Global value chain”", [("2023", "2023")]),
    ("WTO(2024), Global Trade Outlook", [("2024", "2024")]),
    ("(Smith et al., 2019)", [("2019", "2019")]),
    ("Lee (2020b) 연구", [("2020b", "2020")]),
    # several in a row
    ("'24년 22.6%→'25년 23.6%", [("'24년", "2024"), ("'25년", "2025")]),
    ("'15→'23, 韓 우위", [("'15", "2015"), ("'23", "2023")]),
    # --- red team: styles absent from the seed corpus ---
    # 관세청 수출입 동향: a period of days
    ("관세청 2026년 11월 1일~20일 수출", [("2026년 11월 1일~20일", "2026-11-01/2026-11-20")]),
    ("2026.11.1~11.20 잠정", [("2026.11.1~11.20", "2026-11-01/2026-11-20")]),
    ("2026.11.1~20 집계", [("2026.11.1~20", "2026-11-01/2026-11-20")]),
    ("접수 2026. 11. 23. ~ 11. 27.", [("2026. 11. 23. ~ 11. 27.", "2026-11-23/2026-11-27")]),
    (
        "2026년 11월 23일 ~ 2026년 11월 27일",
        [("2026년 11월 23일 ~ 2026년 11월 27일", "2026-11-23/2026-11-27")],
    ),
    ("2026년 11월 23일(월)~27일(금)", [("2026년 11월 23일(월)~27일(금)", "2026-11-23/2026-11-27")]),
    ("2026.11.23 14:00~16:00 설명회", [("2026.11.23 14:00", "2026-11-23T14:00")]),
    ("2026-11-23T09:00 기준", [("2026-11-23T09:00", "2026-11-23T09:00")]),
    # 통계청, 한국은행, 기재부
    ("통계청 2026년 10월 산업활동동향", [("2026년 10월", "2026-10")]),
    ("한국은행 2026.11.23 발표", [("2026.11.23", "2026-11-23")]),
    ("2027년도 예산안 677.4조원", [("2027년도", "2027")]),
    ("2026 회계연도 결산", [("2026 회계연도", "2026")]),
    (
        "[시행 2026. 11. 23.] [법률 제20500호, 2026. 5. 20., 일부개정]",
        [("2026. 11. 23.", "2026-11-23"), ("2026. 5. 20.", "2026-05-20")],
    ),
    # KOTRA, securities reports
    ("KOTRA FY2026 사업계획", [("FY2026", "2026")]),
    ("'26년 하반기 전망", [("'26년 하반기", "2026-H2")]),
    ("2026년 4/4분기 GDP", [("2026년 4/4분기", "2026-Q4")]),
    ("4Q26 실적", [("4Q26", "2026-Q4")]),
    ("2H26 가이던스", [("2H26", "2026-H2")]),
    ("H1 2026 results", [("H1 2026", "2026-H1")]),
    ("Q4'26 실적", [("Q4'26", "2026-Q4")]),
    ("2026년 3Q 실적", [("2026년 3Q", "2026-Q3")]),
    ("2026년 1~3분기 누적", [("2026년 1~3분기", "2026-Q1/2026-Q3")]),
    ("2025A 2026E 2027F", [("2025", "2025"), ("2026", "2026"), ("2027", "2027")]),
    # a two-digit year without an apostrophe, before a month, half or quarter
    ("26년 3월 시행", [("26년 3월", "2026-03")]),
    ("25년 상반기 부진을 넘어", [("25년 상반기", "2025-H1")]),
    # periods between two dates
    ("2025~2026년 추진", [("2025~2026년", "2025/2026")]),
    ("2024년부터 2026년까지 3년간", [("2024년부터 2026년", "2024/2026")]),
    ("2020년부터 2025년 사이", [("2020년부터 2025년", "2020/2025")]),
    ("2026년 3월부터 2027년 2월까지", [("2026년 3월부터 2027년 2월", "2026-03/2027-02")]),
    ("'26년 상반기~'27년 하반기", [("'26년 상반기~'27년 하반기", "2026-H1/2027-H2")]),
    ("2024년에서 2026년으로 연기", [("2024년", "2024"), ("2026년", "2026")]),
    # English dates
    ("Nov. 2026 report", [("Nov. 2026", "2026-11")]),
    ("23 November 2026", [("23 November 2026", "2026-11-23")]),
    ("November 23, 2026", [("November 23, 2026", "2026-11-23")]),
    # a monthly periodical's issue is its month
    ("KIET 산업경제 2026-11", [("2026-11", "2026-11")]),
    # --- H2 whole publications (월간 수출입 동향, 산업활동동향, 이슈페이퍼, 투자유치) ---
    ("'25년 1~4월 누계", [("'25년 1~4월", "2025-01/2025-04")]),
    (
        "구분\t2022\t2023\t2024\t2025p",
        [("2022", "2022"), ("2023", "2023"), ("2024", "2024"), ("2025", "2025")],
    ),
    ("구분 | 2023 | 2024 | 2025", [("2023", "2023"), ("2024", "2024"), ("2025", "2025")]),
    ("실적   2025A   2026E   2027F", [("2025", "2025"), ("2026", "2026"), ("2027", "2027")]),
    ('Krugman, P. 2019. "Trade."', [("2019", "2019")]),
    ("2026.10p 잠정", [("2026.10", "2026-10")]),
    ("OECD TiVA(2023년판)", [("2023년", "2023")]),
    ("(accessed 15 October 2026)", [("15 October 2026", "2026-10-15")]),
    ("등록 제2026-000021호 (2015. 7. 1.)", [("2015. 7. 1.", "2015-07-01")]),
]

# --- dates without a year: they take it from the reference ---------------------

REF_2026 = datetime.date(2026, 5, 28)
REF_2025 = datetime.date(2025, 12, 17)
REF_JAN = datetime.date(2026, 1, 14)
REF_NOV = datetime.date(2026, 11, 23)

DATES_WITH_REFERENCE: list[tuple[str, datetime.date, list[tuple[str, str]]]] = [
    ("< 5. 28.(목) 석간 >", REF_2026, [("5. 28.(목)", "2026-05-28")]),
    ("한미 관세합의(11.14)로", REF_2025, [("11.14", "2025-11-14")]),
    ("본격 출범(12.10) 계기", REF_2025, [("12.10", "2025-12-10")]),
    ("3월 말 55% 수준", REF_2026, [("3월", "2026-03")]),
    ("4월까지 누적 수출액", REF_2026, [("4월", "2026-04")]),
    ("올해 1~4월 기준", REF_2026, [("올해 1~4월", "2026-01/2026-04")]),
    ("1~4월 누적", REF_2026, [("1~4월", "2026-01/2026-04")]),
    ("지난해 12월 월간 수출액", REF_JAN, [("지난해 12월", "2025-12")]),
    ("작년 12월 대비", REF_JAN, [("작년 12월", "2025-12")]),
    ("12월 수출", REF_2025, [("12월", "2025-12")]),
    ("내년 3월 시행", REF_2025, [("내년 3월", "2026-03")]),
    ("재작년 5월", REF_2026, [("재작년 5월", "2024-05")]),
    ("올해 1분기 실적", REF_2026, [("올해 1분기", "2026-Q1")]),
    ("내년 상반기 중", REF_2025, [("내년 상반기", "2026-H1")]),
    ("지난해 3/4분기", REF_2026, [("지난해 3/4분기", "2025-Q3")]),
    ("12월 17일 발표", REF_2025, [("12월 17일", "2025-12-17")]),
    ("지난해 12월 30일", REF_JAN, [("지난해 12월 30일", "2025-12-30")]),
    ("작년 6월부터 10월까지 30여차례", REF_2026, [("작년 6월부터 10월", "2025-06/2025-10")]),
    ("물가 3월 0.6%p, 4월 1.2%p", REF_2026, [("3월", "2026-03"), ("4월", "2026-04")]),
    ("3~4월 중", REF_2026, [("3~4월", "2026-03/2026-04")]),
    ("'25.1~11월 누적", REF_2025, [("'25.1~11월", "2025-01/2025-11")]),
    # year words alone are the reference's year, shifted (issue 14)
    ("지난해 ICT 분야 무역 수지", REF_2026, [("지난해", "2025")]),
    ("올해 수출은 전년 대비 증가", REF_2026, [("올해", "2026")]),
    ("작년 실적", REF_2026, [("작년", "2025")]),
    # a written year wins over the reference
    ("2024년 12월 대비", REF_JAN, [("2024년 12월", "2024-12")]),
    ("'25.11월 타결", REF_2026, [("'25.11월", "2025-11")]),
    # --- red team ---
    ("11월 1~20일 수출액은 412억 달러", REF_NOV, [("11월 1~20일", "2026-11-01/2026-11-20")]),
    ("11월 23일~12월 4일 접수", REF_NOV, [("11월 23일~12월 4일", "2026-11-23/2026-12-04")]),
    ("올해 1~10월 누적 수출", REF_NOV, [("올해 1~10월", "2026-01/2026-10")]),
    ("1~10월 누계 수출", REF_NOV, [("1~10월", "2026-01/2026-10")]),
    ("올해 1~3분기", REF_NOV, [("올해 1~3분기", "2026-Q1/2026-Q3")]),
    # 지난/오는 pick the latest past or the next coming such month
    ("지난 9월 수출", REF_NOV, [("지난 9월", "2026-09")]),
    ("지난 12월 수출", REF_NOV, [("지난 12월", "2025-12")]),
    ("오는 3월 시행", REF_NOV, [("오는 3월", "2027-03")]),
    ("오는 12월 시행", REF_NOV, [("오는 12월", "2026-12")]),
    ("지난 해 9월 출범", REF_2026, [("지난 해 9월", "2025-09")]),
    # a month word fixes the month of a day
    ("이달 20일까지 수출", REF_NOV, [("이달 20일", "2026-11-20")]),
    ("지난달 15일 발표", REF_NOV, [("지난달 15일", "2026-10-15")]),
    ("내달 5일 발표", REF_NOV, [("내달 5일", "2026-12-05")]),
    # the weekday tells the year
    ("6. 3.(수) 14:00 브리핑", REF_2026, [("6. 3.(수) 14:00", "2026-06-03T14:00")]),
    ("6. 3.(화) 14:00 브리핑", REF_2026, [("6. 3.(화) 14:00", "2025-06-03T14:00")]),
    ("1. 5.(화) 시무식", datetime.date(2026, 12, 30), [("1. 5.(화)", "2027-01-05")]),
    ("11. 24.(화) 조간", REF_NOV, [("11. 24.(화)", "2026-11-24")]),
    # 에서 without 까지 is a change, not a period
    ("3월에서 4월로 연기", REF_2026, [("3월", "2026-03"), ("4월", "2026-04")]),
]

# --- things that are not dates ------------------------------------------------

DATES_NOT_FACTS: list[tuple[str, datetime.date | None]] = [
    # year-less dates with no reference are left out, never guessed
    ("< 5. 28.(목) 석간 >", None),
    ("한미 관세합의(11.14)로", None),
    ("지난해 12월 월간 수출액", None),
    ("3월 말 55% 수준", None),
    ("1~4월 누적", None),
    ("올해 1분기 실적", None),
    # relative words alone: a comparison base, or in a January release (the year just ended?)
    ("작년보다 늘었다", REF_2026),
    ("전년 대비 증가", REF_2026),
    ("올해 수출은 증가", REF_JAN),
    ("지난해 ICT 분야 무역 수지", REF_JAN),
    # a day alone, a quarter without a year
    ("14일 과학기술정보통신부가 발표한", REF_JAN),
    ("(4분기 이행률 68%)", REF_NOV.replace(month=8)),  # a quarter later than the reference's
    ("하반기 중 발표", REF_2026),  # a half later than the reference's: this year's or last?
    # bare integers are never years
    ("총 2,000개 기업", None),
    ("중국제조 2025 전략", None),
    ("수출액 2025억 달러", None),
    ("2025개 기업", None),
    ("1,2025", None),
    ("26.1 시행", None),
    ("25~30% 증가", None),
    # two-digit numbers without an apostrophe
    ("반도체 24시간 가동", None),
    ("'24시간 상담'", None),
    ("'365 서비스'", None),
    ("'AI팩토리' 100개 돌파", None),
    # durations and counts
    ("11개월 연속으로 증가", REF_2026),
    ("3년 만에 증가세로 전환", REF_2026),
    ("(반도체) 1.2년 → 0.4년", REF_2026),
    ("지난 10년간 서비스 무역", REF_2026),
    ("1.5배 증가", None),
    # phone, issue, address, page numbers
    ("문의 02-6009-3593", None),
    ("손용하 (044-203-5520)", None),
    ("팩스 (044)203-5520", None),
    ("제2026-11호", None),
    ("No. 142, OECD Publishing", None),
    ("테헤란로 305 한국기술센터 7층", None),
    ("전화 1588-2020", None),
    # decimals and percentages that look like dates
    ("12.4% 늘어났다", REF_2026),
    ("수출증가율 3.2 (2.4)", REF_2026),
    ("성장률(2.4%)", REF_2026),
    ("2020.5억 달러", None),
    ("NFY2025", None),
    ("2025. 2. 30.", None),
    ("2월 30일", REF_2026),
    ("2025. 2. 29.(토)", None),
    ("2020년대 들어", None),
    ("'90년대 외환위기", None),
    ("3.1절 기념식", REF_2026),
    ("5.18 민주화운동", REF_2026),
    ("2.1조원 이상의 지원", REF_2026),
    ("2030 부산엑스포", None),
    ("제18조 2항", None),
    ("ISO 9001:2015 인증", None),
    # --- red team ---
    # a year-less month later than the reference month: last year's or next? left out
    ("12월 수출", REF_JAN),
    ("3월 말 시행", REF_JAN),
    ("지난 11월", REF_NOV),
    # a day alone, relative months and comparison bases alone
    ("23일 코스피는 2.1% 상승", REF_NOV),
    ("다음 달 발표 예정", REF_NOV),
    ("이달 중 발표", REF_NOV),
    ("전년 동기 대비 5% 증가", REF_NOV),
    ("전월 대비 3.2% 감소", REF_NOV),
    ("전년 동월 대비 5.1% 증가", REF_NOV),
    # two-digit numbers before 년 that are lengths
    ("26년 만에 최대", None),
    ("10년물 국채 금리", None),
    ("3년 만기 국채", None),
    # a bare four-digit number is a name, not a year
    ("2030 탄소중립", None),
    ("Vision 2030", None),
    ("20261123", None),
    # phones, faxes, postal codes, issue and serial numbers
    ("고객센터 1588-1234", None),
    ("전화 02)2100-2026", None),
    ("010-2026-1123", None),
    ("1577-2026", None),
    ("FAX 044-215-2026", None),
    ("(우)30118 세종특별자치시 도움6로 11", None),
    ("정책연구 제2026-3호", None),
    ("법률 제20123호", None),
    ("2026-11호", None),
    ("Working Paper 2026-11", None),
    ("연구보고서 2026-03", None),
    ("KDI 정책연구시리즈 2026-05", None),
    # times without a date, pages, standard numbers, URLs
    ("14:00 브리핑", REF_NOV),
    ("오후 2시 브리핑", REF_NOV),
    ("자세한 내용 p.23", None),
    ("pp. 12-15", None),
    ("ISBN 979-11-5896-123-4", None),
    ("doi:10.1016/j.econ.2026.01.005", None),
    ("https://www.kiep.go.kr/report/2026/11/23?id=2026", None),
    ("kostat.go.kr/board/2026/11 참조", None),
    # stages, ordinals, counted periods
    ("1·2단계 사업", REF_NOV),
    ("제1~3차 계획", None),
    ("5개년 계획", None),
    ("3분기 연속 증가", REF_NOV),
    ("2분기째 감소", REF_NOV),
    ("24시간 운영", None),
    # --- H2 whole publications ---
    ("Journal of Political Economy 131(12): 2001–2040.", None),
    ("Econometrica, Vol. 89, No. 5, 2015-2050", None),
    # year rows that do not rise, or too short, are figures
    ("2024   2023   2025", None),
    ("2023   2025", None),
    ("수출   2,015   2,018   2,021", None),
    ("매출   2015   2018   2021", None),  # a row opened by a figure's label holds figures
    ("1950   2010   2045", None),  # steps too wide for a header of years
    # agenda times, phones, addresses, registration numbers
    ("10:00~10:10 | 개회 및 인사말", REF_NOV),
    ("(☎ 054-880-3012, FAX 054-880-3019)", REF_NOV),
    ("전화: 054)880-3012", None),
    ("서울 중구 세종대로 124 프레스센터 20층", None),
    ("(우)36759 경상북도 안동시 풍천면 도청대로 455", None),
    ("발간등록번호 11-1410000-001234-10", None),
    ("2020=100, 계절조정", None),
    ("kosis.kr/statHtml/2026/10", None),
    ("지하철 1·2호선 시청역 4번 출구 도보 3분", REF_NOV),
    ("분석 기간 16년 중 12년 동안", REF_NOV),
]

# --- bugs found in whole publications, one row per bug, named after it ------------

BUGS: list[tuple[str, str, datetime.date | None, list[tuple[str, str]]]] = [
    # the months spelling out a quarter of another year took the publication's year
    (
        "quarter_months_in_parentheses_take_its_year",
        "2022년 4분기(10~12월) 투자는 늘었다",
        datetime.date(2024, 3, 5),
        [("2022년 4분기", "2022-Q4"), ("10~12월", "2022-10/2022-12")],
    ),
    (
        "half_months_without_reference",
        "'21년 상반기(1~6월) 실적",
        None,
        [("'21년 상반기", "2021-H1"), ("1~6월", "2021-01/2021-06")],
    ),
    # '28년 3 was read as March 2028, then the whole range was dropped under 3년간
    ("range_end_month_before_duration", "'26~'28년 3년간 1,200억원", None, [("'26~'28년", "2026/2028")]),
    # a table's header row of bare years gave no dates
    (
        "year_header_row",
        "(단위: %)\n2015   2018   2021   2024   2025\n48.2   45.1   40.3   35.8   34.1",
        None,
        [("2015", "2015"), ("2018", "2018"), ("2021", "2021"), ("2024", "2024"), ("2025", "2025")],
    ),
    # an author-date (Chicago) citation's year gave no date
    ("author_date_citation", "World Bank. 2020. World Development Report 2020.", None, [("2020", "2020")]),
    # journal page ranges after volume(issue) were read as periods of years
    ("journal_pages_as_years", "American Economic Review, 112(6), 2010-2045.", None, []),
    # a serial number before a full stop was read as a month
    ("serial_before_full_stop", "산업연구원(2025), 연구보고서 2025-12.", None, [("2025", "2025")]),
    # Korean journals write page ranges with a tilde
    ("journal_pages_with_tilde", "『산업경제연구』, 38(4), 2015~2040.", None, []),
    # 2026~27년 (the end year without its century) gave no date
    ("range_end_two_digit_year", "2026~27년 추진", None, [("2026~27년", "2026/2027")]),
    # a period of quarters written 1/4분기~3/4분기 lost its end
    (
        "quarter_range_by_fourths",
        "2026년 1/4분기~3/4분기",
        None,
        [("2026년 1/4분기~3/4분기", "2026-Q1/2026-Q3")],
    ),
    # a period of two year-less dotted days lost its end
    (
        "dotted_day_range",
        "11.24.(화)~11.25.(수), 2일간",
        REF_NOV,
        [("11.24.(화)~11.25.(수)", "2026-11-24/2026-11-25")],
    ),
    # citation years with a page or a letter gave no date
    (
        "citation_year_with_page",
        "(김철수, 2024: 15), (2024, p. 12)",
        None,
        [("2024", "2024"), ("2024", "2024")],
    ),
    ("citation_year_with_letter", "(산업연구원, 2025a)", None, [("2025a", "2025")]),
    # a bare two-digit year with a weekday: the weekday must agree
    ("short_year_with_weekday", "배포 26.11.24.(화)", None, [("26.11.24.(화)", "2026-11-24")]),
    ("short_year_wrong_weekday", "26.11.25.(화)", None, []),
    # 2026.1~10 (January to October) was read as January alone
    ("dotted_month_range_without_mark", "구분 | 2025 | 2026.1~10.", None, [("2026.1~10", "2026-01/2026-10")]),
    # 3일부터 20일까지 lost its end day
    (
        "day_range_with_words",
        "2026년 11월 3일부터 20일까지",
        None,
        [("2026년 11월 3일부터 20일", "2026-11-03/2026-11-20")],
    ),
    (
        "day_range_with_words_dotted",
        "2026. 11. 3.부터 11. 20.까지",
        None,
        [("2026. 11. 3.부터 11. 20.", "2026-11-03/2026-11-20")],
    ),
    ("day_from_without_end", "2026. 11. 3.(화)부터 접수", None, [("2026. 11. 3.(화)", "2026-11-03")]),
    ("day_change_not_period", "11월 3일에서 20일로 연기", REF_NOV, [("11월 3일", "2026-11-03")]),
    # a period open at its end after a full date (was an xfail row)
    ("full_date_open_end", "2026. 11. 23.~", None, [("2026. 11. 23.~", "2026-11-23/..")]),
    ("full_date_open_end_in_parens", "(2026.06.30.~)", None, [("2026.06.30.~", "2026-06-30/..")]),
    # 2026. 6.~12. (June to December) was read as June alone
    ("dotted_month_range_with_stops", "2026. 6.~12.", None, [("2026. 6.~12", "2026-06/2026-12")]),
    # a month after ~ was read as an end day, and the whole date was dropped
    ("end_month_taken_for_day", "2026. 11. 24. ~ 12월 중", None, [("2026. 11. 24.", "2026-11-24")]),
    # a reference's year between commas or at the end of its line gave no date
    (
        "reference_year_before_pages",
        "김철수, 「제목」, 『국제경제연구』, 제30권 제2호, 2024, pp. 1-34.",
        None,
        [("2024", "2024")],
    ),
    ("reference_year_at_line_end", "이영희, 『산업정책론』, 서울: 박영사, 2023.\n", None, [("2023", "2023")]),
    ("figure_at_line_end_without_title", "수출 실적, 2023.", None, []),
    # a time in the next table cell (after a tab) was glued to the date
    ("time_across_table_cell", "12.3.(목)\t10:00~12:00\t투자설명회", REF_NOV, [("12.3.(목)", "2026-12-03")]),
    ("time_across_line_break", "2026. 12. 3.(목)\n10:00 개회", None, [("2026. 12. 3.(목)", "2026-12-03")]),
    # a slashed month and day with a weekday gave no date
    (
        "slashed_month_day_with_weekday",
        "12/3(목) 10:00 설명회",
        REF_NOV,
        [("12/3(목) 10:00", "2026-12-03T10:00")],
    ),
    ("slashed_fraction_without_weekday", "12/3 비율", REF_NOV, []),
    # 2026회계연도 was taken for a count (회 is a counter) and dropped
    ("fiscal_year_taken_for_count", "2026회계연도 결산", None, [("2026회계연도", "2026")]),
    # gaps 10 (one pass for coordinated and listed parts): a part joined past a parenthesis holding a
    # date to a part that took the list's year took the reference's year (3분기 → 2026-Q3)
    (
        "coordinated_after_a_listed_part",
        "2024년 1분기 5.1%, 2분기(’24.5월 최대)·3분기 수출",
        REF_NOV,
        [("2024년 1분기", "2024-Q1"), ("2분기", "2024-Q2"), ("’24.5월", "2024-05"), ("3분기", "2024-Q3")],
    ),
    (
        "coordinated_halves",
        "2023년 상반기와 하반기 수출",
        REF_NOV,
        [("2023년 상반기", "2023-H1"), ("하반기", "2023-H2")],
    ),
    # gaps 8: 이달 들어 20일까지 (this month so far, to the 20th) was the 20th alone; after a month
    # (3월 들어 20일까지) the day was the reference month's
    (
        "month_so_far_to_a_day",
        "이달 들어 12일까지 수입",
        REF_NOV,
        [("이달 들어 12일", "2026-11-01/2026-11-12")],
    ),
    (
        "month_so_far_spaced_word",
        "이번 달 들어서 9일까지 수출",
        REF_NOV,
        [("이번 달 들어서 9일", "2026-11-01/2026-11-09")],
    ),
    ("named_month_so_far", "9월 들어 15일까지 수출", REF_NOV, [("9월 들어 15일", "2026-09-01/2026-09-15")]),
    (
        "named_month_so_far_of_last_year",
        "지난해 9월 들어 15일까지 수출",
        REF_NOV,
        [("지난해 9월 들어 15일", "2025-09-01/2025-09-15")],
    ),
    (
        "named_month_so_far_with_its_year",
        "2024년 9월 들어 15일까지 수출",
        REF_NOV,
        [("2024년 9월 들어 15일", "2024-09-01/2024-09-15")],
    ),
    ("month_word_and_day_still_a_day", "이달 12일 수입", REF_NOV, [("이달 12일", "2026-11-12")]),
    ("month_so_far_without_a_day", "이달 들어 수입이 늘었다", REF_NOV, []),
    # gaps 6: a week of a month (the contract has no week form) is the month, never a day of it
    ("week_of_month_is_no_day", "8월 1주 수출 동향", datetime.date(2026, 9, 10), [("8월", "2026-08")]),
    ("week_of_month_glued", "8월1주 수출 동향", datetime.date(2026, 9, 10), [("8월", "2026-08")]),
    ("week_of_month_counted", "8월 2주차 가격", datetime.date(2026, 9, 10), [("8월", "2026-08")]),
    ("week_of_month_ordinal", "8월 첫째 주 가격", datetime.date(2026, 9, 10), [("8월", "2026-08")]),
    ("week_of_month_with_year", "2025년 8월 3주 가격", None, [("2025년 8월", "2025-08")]),
    (
        "week_of_month_with_its_days",
        "8월 1주(8.3~8.9) 가격",
        datetime.date(2026, 9, 10),
        [("8월", "2026-08"), ("8.3~8.9", "2026-08-03/2026-08-09")],
    ),
    ("week_alone_is_no_date", "3주차 수입은 늘었다", datetime.date(2026, 9, 10), []),
    (
        "week_ordinal_glued_then_days_count",
        "7월 넷째주 15일 기준",
        datetime.date(2026, 9, 10),
        [("7월", "2026-07")],
    ),
    # dates13: a bare half or quarter after a date of a written year in its sentence took the
    # publication's year (2025년 하반기 … 상반기보다 → the publication's first half)
    (
        "bare_half_takes_the_sentence_year",
        "2023년 하반기 선박 수출은 상반기보다 12% 많았다",
        datetime.date(2024, 2, 7),
        [("2023년 하반기", "2023-H2"), ("상반기", "2023-H1")],
    ),
    (
        "bare_quarter_takes_a_relative_year_of_the_sentence",
        "작년 4분기 수입은 2/4분기보다 적었다",
        datetime.date(2024, 2, 7),
        [("작년 4분기", "2023-Q4"), ("2/4분기", "2023-Q2")],
    ),
    (
        "first_half_word_with_the_sentence_year",
        "2022년 후반기 투자는 전반기의 두 배",
        datetime.date(2024, 2, 7),
        [("2022년 후반기", "2022-H2"), ("전반기", "2022-H1")],
    ),
    ("first_half_word_alone_is_no_date", "국회 전반기 원 구성", datetime.date(2024, 2, 7), []),
    (
        "bare_quarter_after_a_base_year_keeps_the_publication_year",
        "2019년 대비 1분기 수출이 늘었다",
        datetime.date(2024, 5, 7),
        [("2019년", "2019"), ("1분기", "2024-Q1")],
    ),
    (
        "bare_quarter_after_a_bound_year_keeps_the_publication_year",
        "2030년 3월까지 1분기 중 착수",
        datetime.date(2024, 5, 7),
        [("2030년 3월", "2030-03"), ("1분기", "2024-Q1")],
    ),
    (
        "bare_half_of_the_next_sentence_keeps_the_publication_year",
        "2023년 하반기 수출은 늘었다. 상반기 수입은",
        datetime.date(2024, 8, 7),
        [("2023년 하반기", "2023-H2"), ("상반기", "2024-H1")],
    ),
    (
        "bare_half_after_two_years_is_left_alone",
        "2022년 하반기와 2023년 3분기 사이 상반기",
        datetime.date(2024, 8, 7),
        [("2022년 하반기", "2022-H2"), ("2023년 3분기", "2023-Q3"), ("상반기", "2024-H1")],
    ),
    (
        "bare_half_takes_the_sentence_year_alone",
        "2023년 반도체 수출은 하반기에 반등했다",
        datetime.date(2024, 11, 7),
        [("2023년", "2023"), ("하반기", "2023-H2")],
    ),
    (
        "bare_half_after_a_target_year_keeps_the_publication_year",
        "2028년 목표 달성을 위해 상반기 중 발표",
        datetime.date(2024, 11, 7),
        [("2028년", "2028"), ("상반기", "2024-H1")],
    ),
    (
        "bare_half_after_a_citation_year_keeps_the_publication_year",
        "(IMF, 2023) 하반기 전망",
        datetime.date(2024, 11, 7),
        [("2023", "2023"), ("하반기", "2024-H2")],
    ),
    # dates13: the first days of a month alone (1~20일 수출, customs' ten-day counts) were no date
    (
        "first_days_alone",
        "1~20일 반도체 수출",
        datetime.date(2024, 3, 21),
        [("1~20일", "2024-03-01/2024-03-20")],
    ),
    (
        "first_days_alone_marked",
        "1일~10일 수입",
        datetime.date(2024, 3, 11),
        [("1일~10일", "2024-03-01/2024-03-10")],
    ),
    ("first_days_past_the_reference_day", "1~20일 수출", datetime.date(2024, 3, 11), []),
    ("first_days_a_length", "1~10일 정도 걸린다", datetime.date(2024, 3, 21), []),
    ("first_days_a_length_after_its_noun", "처리기간 1~10일", datetime.date(2024, 3, 21), []),
    ("other_days_alone", "1~3일 수출", datetime.date(2024, 3, 21), []),
    # dates13: a news byline's time glued to the text's year (14:07:182023년 4월) ate the year
    (
        "seconds_glued_to_a_year",
        "입력 2021.03.02 16:41:272021년 2월 수출",
        None,
        [("2021.03.02 16:41:27", "2021-03-02T16:41:27"), ("2021년 2월", "2021-02")],
    ),
    ("time_alone_glued_to_a_year", "승인 08:05:392019년 수입", None, [("2019년", "2019")]),
    ("seconds_glued_to_a_longer_number_is_no_year", "기록 08:05:39201912 건", None, []),
]

DATES_XFAIL: list[Row] = [
    # months joined by a middle dot
    ("2026년 1·2월 합계", [("2026년 1·2월", "2026-01/2026-02")]),
]

REFERENCE_DATES: list[tuple[str, datetime.date | None]] = [
    ("보도시점 2026. 5. 28.(목) 10:00\n< 5. 28.(목) 석간 > 배포 2026. 5. 27.(수)", REF_2026),
    ("< 5. 28.(목) 석간 > 배포 2026. 5. 27.(수)\n보도시점 2026. 5. 28.(목) 10:00", REF_2026),
    ("배포 2026. 5. 27.(수)", datetime.date(2026, 5, 27)),
    ("산업통상부 업무보고\n\n2025. 12. 17.\n\nI. '25년 평가", datetime.date(2025, 12, 17)),
    ("제목\n2025년 12월 17일(수)\n본문", datetime.date(2025, 12, 17)),
    ("발행일\t2026년 4월", datetime.date(2026, 4, 1)),
    ("보도일시: 2025-03-02 06:00", datetime.date(2025, 3, 2)),
    ("작성일 : 2024.11.05", datetime.date(2024, 11, 5)),
    ("기사입력 2026.01.14 15:30", datetime.date(2026, 1, 14)),
    ("엠바고 2026년 2월 3일(화) 12:00", datetime.date(2026, 2, 3)),
    ("발행일 2026년 4월\n작성일 2026.03.28", datetime.date(2026, 3, 28)),
    ("제목\n\n  2024. 7. 1.  \n", datetime.date(2024, 7, 1)),
    ("[연합뉴스]\n2026.01.14 15:30\n본문", REF_JAN),
    ("기사\n2026-01-14 15:30:00\n본문", REF_JAN),
    ("2026/01/14\n제목", REF_JAN),
    ("표 1\n2026\n14\n", None),
    # none printed
    ("[비즈니스포스트] 2025년 정보통신기술(ICT) 분야 수출액이", None),
    ("14일 과학기술정보통신부가 발표한", None),
    ("수출은 2025. 12. 17. 기준으로 집계", None),
    ("배포 2026. 13. 40.", None),
    ("", None),
    # --- red team: first lines of press releases and reports ---
    ("보도자료\n보도 일시 2026. 11. 23.(월) 11:00\n배포 일시 2026. 11. 22.(일) 14:00", REF_NOV),
    (
        "보도일시 : 2026년 11월 24일(화) 조간\n배포일시 : 2026년 11월 23일(월) 10:00",
        datetime.date(2026, 11, 24),
    ),
    ("2026년 11월 23일(월) 조간\n기획재정부 보도자료", REF_NOV),
    ("2026. 11. 23.(월) 석간용\n제목", REF_NOV),
    ("엠바고: 2026. 11. 23.(월) 12:00 이후 보도", REF_NOV),
    ("보도 시점 2026. 11. 23.(월) 12:00", REF_NOV),
    ("작성일 2026-11-20\n(한국은행, 2026.11.19)", datetime.date(2026, 11, 20)),
    ("발행일: 2026년 11월 20일", datetime.date(2026, 11, 20)),
    ("등록일 2026.11.23 조회수 1,234", REF_NOV),
    ("[서울경제] 입력 2026-11-23 17:45:12", REF_NOV),
    ("문의 02-2100-2026\n2026.11.23", REF_NOV),
    ("KDI 경제동향\n2026. 11\n본문", datetime.date(2026, 11, 1)),
    ("Release date: November 23, 2026", REF_NOV),
    ("Date: 2026-11-23", REF_NOV),
    # bug: the release date on the issuer's header line, after its label, was not found
    ("해양수산부 보도자료 2026. 4. 2.(목)\n수산물 수출", datetime.date(2026, 4, 2)),
    ("조달청 보도참고자료 2026.4.2.(목) 12:00\n본문", datetime.date(2026, 4, 2)),
    # a citation's date is not the document's
    ("제목\n출처: 한국은행(2026. 10. 20.)\n본문 2026년 11월 23일 발표", None),
    ("Updated 2026-11-23", None),
    (" date 2019-04-02 정부는 지원을 늘렸다", datetime.date(2019, 4, 2)),  # a saved page's metadata field
    ("mandate 2019-04-02", None),
    # dates13: a news agency's date and time before 송고 (sent) at the article's end was not read
    ("수입은 4% 늘었다.\n<저작권자 무단 전재 금지> 2020/07/13 09:41 송고", datetime.date(2020, 7, 13)),
    ("수입은 4% 늘었다.\n2020.7.13 송고 예정", None),
    ("제목\n" + "본문 문장. " * 300 + "\n2025. 5. 28.\n", None),
]


def _found(text: str, reference: datetime.date | None) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.value) for m in find_date_mentions(text, reference)]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[r[0] for r in DATES])
def test_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, None) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"), DATES_WITH_REFERENCE, ids=[r[0] for r in DATES_WITH_REFERENCE]
)
def test_dates_with_reference(text: str, reference: datetime.date, expected: list[tuple[str, str]]) -> None:
    assert _found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference"), DATES_NOT_FACTS, ids=[r[0] for r in DATES_NOT_FACTS])
def test_dates_not_facts(text: str, reference: datetime.date | None) -> None:
    assert _found(text, reference) == []


@pytest.mark.parametrize(("text", "reference", "expected"), [r[1:] for r in BUGS], ids=[r[0] for r in BUGS])
def test_bugs(text: str, reference: datetime.date | None, expected: list[tuple[str, str]]) -> None:
    assert _found(text, reference) == expected


@pytest.mark.parametrize(("text", "expected"), DATES_XFAIL, ids=[r[0] for r in DATES_XFAIL])
@pytest.mark.xfail(strict=True, reason="form not read yet")
def test_dates_xfail(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, None) == expected


@pytest.mark.parametrize(("text", "expected"), REFERENCE_DATES, ids=[r[0][:40] for r in REFERENCE_DATES])
def test_reference_dates(text: str, expected: datetime.date | None) -> None:
    assert find_reference_date(text) == expected


def test_mentions_are_exact_spans() -> None:
    """Every mention indexes the text it came from and has kind date, no unit."""
    text = "보도시점 2026. 5. 28.(목) 10:00 ... '25.11월까지, ('26~'30), 3월 말"
    mentions = find_date_mentions(text, datetime.date(2026, 5, 28))
    assert [m.kind for m in mentions] == ["date"] * 4
    assert all(m.unit is None and 0 <= m.start < m.end <= len(text) for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_explicit_not_facts_override() -> None:
    """A caller that already has the not-fact spans passes them; an empty list drops nothing."""
    text = "제2026-11호"
    assert _found(text, None) == []
    assert [m.value for m in find_date_mentions(text, None, not_facts=[])] == []
    assert [m.value for m in find_date_mentions("'30년", None, not_facts=[(0, 4)])] == []


_ISO = r"(?:\.\.|\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?))?)"


_DATE_CHARS = "0123456789 .~-/()'’,:\n년월일분기상반하上下QH지난해올(목)"


@given(st.text(alphabet=st.sampled_from(list(_DATE_CHARS)), max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_iso_values_on_exact_spans(text: str) -> None:
    """Whatever the text, mentions lie inside it, do not overlap, and hold ISO 8601 values."""
    mentions = find_date_mentions(text, REF_2026)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert regex.fullmatch(rf"{_ISO}(?:/{_ISO})?", m.value), m.value
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
