# ruff: noqa: E501  - rows quote whole sentences
"""What each figure measures under contract v2: tables of sentence → expected context fields.

Every sentence here was written for these tests in the forms real releases use
(관세청, 기획재정부, 통계청, 한국은행, 중소벤처기업부, 농림축산식품부 and news):
none is copied from a publication.  Rows as in ``test_context``: (sentence,
figure as written, expected fields); ``None`` means "must be null".
"""

from __future__ import annotations

from typing import Any

import pytest

from extractors.context import contextualize
from extractors.pipeline import text_to_mentions
from tests.test_context import REFERENCE, Row, context_of

# --- the metric vocabulary ------------------------------------------------------------

METRIC_ROWS: list[Row] = [
    # bug (ctx13): the balance of payments' other accounts were the current account or goods trade
    ("자본수지는 지난달 17억달러 유출초로 집계됐다.", "17억달러", {"metric": "other", "subject": "자본수지"}),
    # bug (ctx13): a bare 흑자폭 opening the paragraph after the current account's was goods trade
    (
        "9월 경상수지는 54억달러 흑자를 기록했다.\n흑자폭은 작년 9월(61억달러) 이후 가장 작았다.",
        "61억달러",
        {"metric": "current_account"},
    ),
    (
        "9월 무역수지는 54억달러 흑자를 기록했다.\n흑자폭은 작년 9월(61억달러) 이후 가장 작았다.",
        "61억달러",
        {"metric": "trade_balance"},
    ),
    # bug (ctx13): a price word in a side clause after the topic (… 가격이 강세를 보이면서) was the metric
    (
        "커피 수출은 국제 가격이 강세를 보이면서 35.6% 증가했다.",
        "35.6%",
        {"metric": "export", "subject": "커피", "change": "increase"},
    ),
    ("원유 수입액은 국제 가격 상승으로 42.1% 늘었다.", "42.1%", {"metric": "import", "subject": "원유"}),
    (
        "소득교역조건지수는 수출물량이 늘어나면서 4.6% 상승했다.",
        "4.6%",
        {"metric": None, "subject": "소득교역조건지수"},
    ),
    ("수출물가는 환율이 오르면서 3.1% 상승했다.", "3.1%", {"metric": "prices", "subject": "수출물가"}),
    (
        "교역조건이 나아지고 수출물량도 늘어나면서 소득교역조건지수는 전년 대비 5.3% 상승했다.",
        "5.3%",
        {"metric": None, "subject": "소득교역조건지수"},
    ),
    # bug: 민간소비 after 건설투자 in a list of revisions took the investment metric
    (
        "잠정치에서는 설비투자(+0.4%p)가 올라간 반면 건설투자(-0.2%p), 민간소비(-0.3%p) 등은 내려갔다.",
        "-0.3%p",
        {"metric": "output", "subject": "민간소비"},
    ),
    (
        "정부소비는 물건비 지출이 늘어 1.1% 증가했고, 설비투자는 2.4% 감소했다.",
        "1.1%",
        {"metric": "output", "subject": "정부소비"},
    ),
    # bug: a flow named in a clause giving the cause (수출이 늘면서) was the metric of a balance's figures
    (
        "상품수지 흑자규모는 선박 수출이 늘면서 5월 18억달러에서 6월 41억달러로 커졌다.",
        "41억달러",
        {"metric": "current_account", "subject": "상품수지"},
    ),
    (
        "국민총소득(GNI)은 해외 이자소득이 흑자로 바뀌면서 전기대비 0.9% 늘었다.",
        "0.9%",
        {"metric": "output"},
    ),
    ("무역수지가 흑자로 돌아서면서 7억 달러를 기록했다.", "7억 달러", {"metric": "trade_balance"}),
    # bug: 배당수입·이자수입 (receipts of the primary income account) were goods imports
    (
        "본원소득수지 흑자폭은 이자수입이 늘어 지난달 8억2000만 달러에서 15억6000만 달러로 커졌다.",
        "15억6000만 달러",
        {"metric": "current_account"},
    ),
    (
        "배당소득수지는 배당수입 증가로 11억4000만 달러 흑자를 냈다.",
        "11억4000만 달러",
        {"metric": "current_account", "subject": "배당소득수지"},
    ),
    ("여행수지는 여행수입이 줄어 6억 달러 적자였다.", "6억 달러", {"metric": "current_account"}),
    # bug: a metric word after a figure opening the next clause (… 수입액은) was the figure's metric
    (
        "지난달 수출액은 12억 달러 수입액은 31억 달러로 19억 달러 적자였다.",
        "12억 달러",
        {"metric": "export"},
    ),
    ("지난달 수출액은 12억 달러 수입액은 31억 달러로 19억 달러 적자였다.", "31억 달러", {"metric": "import"}),
    ("반도체 50억불 투자를 발표했다.", "50억불", {"metric": "investment"}),
    # bug: 분석한 결과 (how it was found) was the item
    ("통관실적을 분석한 결과 수출은 8억 달러였다.", "8억 달러", {"metric": "export", "subject": None}),
    # bug: 국제통화기금 (the IMF) was read as a budget fund (기금)
    (
        "국제통화기금(IMF) 특별인출권(SDR)이 2,000만달러 줄어든 31억5,000만달러였다.",
        "31억5,000만달러",
        {"metric": None, "subject": "특별인출권"},
    ),
    ("보유액은 한달새 21억 달러 늘었다.", "21억 달러", {"subject": "보유액"}),
    ("한달새 21억 달러 늘었다.", "21억 달러", {"subject": None}),
    # bug: 서비스 수지 as news space it was goods trade; a kind of service before it keeps that trade's balance
    (
        "지난해 서비스 수지 적자 규모는 118억 4천만 달러였다.",
        "118억 4천만 달러",
        {"metric": "current_account", "subject": "서비스수지", "change": "deficit"},
    ),
    (
        "서비스 수지는 적자가 이어졌지만 여행·운송수지 적자 축소 등에 힘입어 적자 폭이 96억 달러로 줄었다.",
        "96억 달러",
        {"metric": "current_account", "subject": "서비스수지"},
    ),
    ("일본과의 ICT 서비스 수지는 2.4억 달러 흑자였다.", "2.4억 달러", {"metric": "trade_balance"}),
    # bug: 도내 (the province's own) and 총액 (the sum) were items
    ("1분기 도내 수출액은 224억 달러로 집계됐다.", "224억 달러", {"metric": "export", "subject": None}),
    (
        "전국 무역수지 흑자 총액 132억 달러보다 많다.",
        "132억 달러",
        {"metric": "trade_balance", "subject": None},
    ),
    # bug: the statistic a release cites (무역협회 수출입통계에 따르면) made the organisation the item
    (
        "한국무역협회 수출입통계에 따르면 충북 9월 수출은 31억 달러였다.",
        "31억 달러",
        {"metric": "export", "subject": None},
    ),
    (
        "관세청 수출통계에 따르면 반도체 수출은 42억 달러였다.",
        "42억 달러",
        {"metric": "export", "subject": "반도체"},
    ),
    # bug: the valuation basis noted after a trade figure (…(FOB·본선인도가격)) made it and the next a price
    (
        "수입은 512억 달러(CIF·운임보험료포함가격)를 기록해 전년 동기 대비 3.1% 늘었다.",
        "3.1%",
        {"metric": "import", "subject": None},
    ),
    ("수출은 487억달러(FOB·본선인도가격)였다.", "487억달러", {"metric": "export", "subject": None}),
    # bug: the current account as news shorten or space it (경상 적자, 경상흑자, 상품 수지) was goods trade
    (
        "2분기 경상 적자 31.2억달러…두 분기째 적자",
        "31.2억달러",
        {"metric": "current_account", "change": "deficit"},
    ),
    ("올해 경상흑자 행진 640억달러 넘어", "640억달러", {"metric": "current_account", "subject": None}),
    (
        "상품 수지는 흑자 폭이 84억 3,000만 달러로 줄었다.",
        "84억 3,000만 달러",
        {"metric": "current_account", "subject": "상품수지"},
    ),
    (
        "배당소득수지는 14억 2,000만 달러 흑자를 냈다.",
        "14억 2,000만 달러",
        {"metric": "current_account", "subject": "배당소득수지", "change": "surplus"},
    ),
    (
        "지식재산권수지도 3억1000만달러 적자였다.",
        "3억1000만달러",
        {"metric": "current_account", "subject": "지식재산권수지", "change": "deficit"},
    ),
    # bug: an item named as the cause (… 등에 힘입어, … 수출에 힘입어) was the figure's item
    (
        "서비스수지는 건설수지 등에 힘입어 적자 폭이 57억 달러로 줄었다.",
        "57억 달러",
        {"metric": "current_account", "subject": "서비스수지"},
    ),
    (
        "8월 충남 수출이 디스플레이 수출에 힘입어 지난해 같은 달보다 6.8% 늘었다.",
        "6.8%",
        {"metric": "export", "subject": "충남"},
    ),
    (
        "작년 농식품 수출액은 우리 돈 12조 3천억 원이었다.",
        "12조 3천억 원",
        {"metric": "export", "subject": "농식품"},
    ),
    # bug: a figure closing a clause that modifies the item after it had no metric (was a speaker's name)
    (
        "박 차관은 “2018년 700만 달러였던 인삼 수출액이 늘었다”고 말했다.",
        "700만 달러",
        {"metric": "export", "subject": "인삼", "period": "2018"},
    ),
    ("600억원 수준이던 연구개발 예산이 늘었다.", "600억원", {"metric": "budget", "subject": "연구개발"}),
    # bug: 전년 동기비 (동기 比, the base) was the item of the figure
    ("1분기 수출은 전년 동기비 4.2% 늘었다.", "4.2%", {"metric": "export", "subject": None}),
    ("수입은 전월비 1.1% 줄었다.", "1.1%", {"metric": "import", "subject": None}),
    # bug: 교역국 (the partner countries) was read as 교역, trade in both directions (other)
    ("□ (수입) 수입은 30억불 늘었다.\n - 주요 교역국(12.4%) 모두 증가", "12.4%", {"metric": "import"}),
    ("교역상대국 수입은 5.5% 늘었다.", "5.5%", {"metric": "import"}),
    # bug: a ratio's base (GDP 대비) was taken for the metric (output) of a debt or balance ratio
    ("국가채무는 1,180조원으로 GDP 대비 47.9% 수준이다.", "47.9%", {"metric": "government_debt"}),
    (
        "통합재정수지는 △35.6조원(GDP대비 △1.4%) 적자였다.",
        "△1.4%",
        {"metric": "fiscal_balance", "subject": "통합재정수지"},
    ),
    ("수출 대비 연구개발비 비중은 2.3%였다.", "2.3%", {"metric": None}),
    # bug: a second figure after a bare balance word (흑자에서 …) was goods trade, not the balance named first
    (
        "서비스수지는 올해 12억 달러 적자에서 내년 8억 달러 적자로 줄 전망이다.",
        "8억 달러",
        {"metric": "current_account", "subject": "서비스수지", "change": "deficit"},
    ),
    ("경상수지는 300억 달러 흑자에서 210억 달러로 줄었다.", "210억 달러", {"metric": "current_account"}),
    ("수입은 3% 줄었고 적자는 12억 달러였다.", "12억 달러", {"metric": "trade_balance"}),
    # bug: a year alone in a parenthesis after a figure (1.5조원('24)) gave the next figure its period
    (
        "투입 규모: 1.5조원('24) → 2.4조원('25) → 3.1조원('26)",
        "1.5조원",
        {"metric": "budget", "period": "2024"},
    ),
    (
        "투입 규모: 1.5조원('24) → 2.4조원('25) → 3.1조원('26)",
        "2.4조원",
        {"metric": "budget", "period": "2025"},
    ),
    ("2027년 예산은 712조원(2026년 대비 6.2%↑)이다.", "712조원", {"metric": "budget", "period": "2027"}),
    # bug: a figure after 지난해 took an earlier written year of its sentence (2021년 … 지난해 5조원 → 2021)
    ("대출은 2021년 3조원 늘고 지난해 5조원 늘었다.", "5조원", {"metric": "lending", "period": "2025"}),
    # bug: a square bullet (◾, ▪) was kept in the subject (◾민간소비)
    ("◾민간소비: 올해 1.3%에서 내년 1.9% 증가", "1.9%", {"subject": "민간소비"}),
    ("▪설비투자: 올해 2.2%에서 내년 1.5%로 둔화", "1.5%", {"metric": "investment", "subject": "설비투자"}),
    # bug: the base written with its abbreviation (국내총생산(GDP) 대비) was read as output
    ("나랏빚은 국내총생산(GDP) 대비 48.3%에 이른다.", "48.3%", {"metric": "government_debt"}),
    # bug: deficit-covering bonds (적자국채) were a trade deficit
    (
        "부족분은 4조2천억원의 적자국채를 찍어 메운다.",
        "4조2천억원",
        {"metric": "government_debt", "change": None},
    ),
    ("이 중 적자 국채는 21조 3천억 원이다.", "21조 3천억 원", {"metric": "government_debt", "change": None}),
    # bug: a fiscal balance spaced as news print it (통합재정 수지) was a trade balance
    (
        "통합재정 수지는 9조 원 적자였다.",
        "9조 원",
        {"metric": "fiscal_balance", "subject": "통합재정수지", "change": "deficit"},  # its one name
    ),
    # bug: 조세수입, 자본수입 (revenue) were imports
    ("통합재정수입은 자본수입 감소로 2.4조원 줄었다.", "2.4조원", {"metric": "budget", "change": "decrease"}),
    # bug: 중앙정부 채무 (the central government's debt) named no metric
    ("중앙정부 채무는 801조2000억원이다.", "801조2000억원", {"metric": "government_debt"}),
    # bug: 경제 성장률 with a space named no metric (the whole economy's growth is output)
    ("내년 경제 성장률은 2.1%로 예상된다.", "2.1%", {"metric": "output"}),
    # the current account and its parts (the part as subject; the whole account has none)
    (
        "지난달 경상수지는 74억 달러 흑자로 석 달째 흑자를 이어갔다.",
        "74억 달러",
        {"metric": "current_account", "subject": None, "change": "surplus"},
    ),
    (
        "상품수지는 81억 달러 흑자를 보였다.",
        "81억 달러",
        {"metric": "current_account", "subject": "상품수지", "change": "surplus"},
    ),
    (
        "본원소득수지 흑자는 19억 달러로 배당 수입이 늘었다.",
        "19억 달러",
        {"metric": "current_account", "subject": "본원소득수지"},
    ),
    (
        "이전소득수지는 3억 달러 적자였다.",
        "3억 달러",
        {"metric": "current_account", "subject": "이전소득수지", "change": "deficit"},
    ),
    (
        "서비스수지 적자 폭은 12억 달러로 줄었다.",
        "12억 달러",
        {"metric": "current_account", "subject": "서비스수지"},
    ),
    # fiscal balances are never trade balances
    (
        "1~7월 관리재정수지는 61.2조원 적자를 기록했다.",
        "61.2조원",
        {"metric": "fiscal_balance", "subject": "관리재정수지", "change": "deficit"},
    ),
    (
        "통합재정수지는 같은 기간 14.8조원 적자였다.",
        "14.8조원",
        {"metric": "fiscal_balance", "change": "deficit"},
    ),
    (
        "사회보장성기금수지는 40.1조원 흑자다.",
        "40.1조원",
        {"metric": "fiscal_balance", "subject": "사회보장성기금수지"},
    ),
    ("관리재정수지 적자는 52조원으로 전망된다.", "52조원", {"metric": "fiscal_balance"}),
    # the budget: which one as subject
    ("내년 총지출은 677.4조원으로 편성했다.", "677.4조원", {"metric": "budget", "subject": "총지출"}),
    (
        "총수입은 651.6조원으로 올해보다 39.5조원 늘어난다.",
        "651.6조원",
        {"metric": "budget", "subject": "총수입"},
    ),
    (
        "1~6월 국세수입은 168.6조원으로 전년동기대비 9.9조원 감소했다.",
        "168.6조원",
        {"metric": "budget", "subject": "국세수입"},
    ),
    (
        "1~6월 국세수입은 168.6조원으로 전년동기대비 9.9조원 감소했다.",
        "9.9조원",
        {"metric": "budget", "subject": "국세수입", "change": "decrease"},
    ),
    ("주택도시기금은 올해 5.4조원을 지원한다.", "5.4조원", {"metric": "budget", "subject": "주택도시기금"}),
    ("고용보험기금 수입은 18.3조원이다.", "18.3조원", {"metric": "budget", "subject": "고용보험기금"}),
    ("세외수입은 13.2조원으로 소폭 늘었다.", "13.2조원", {"metric": "budget", "subject": "세외수입"}),
    # government debt
    ("국가채무는 1,196조원으로 GDP의 48.1% 수준이다.", "1,196조원", {"metric": "government_debt"}),
    # prices: 수출물가 is a price, not an export
    ("소비자물가는 전년동월대비 2.7% 올랐다.", "2.7%", {"metric": "prices", "subject": "소비자물가"}),
    (
        "수입물가지수는 전월보다 1.4% 하락했다.",
        "1.4%",
        {"metric": "prices", "subject": "수입물가", "change": "decrease"},
    ),
    ("수출물가는 환율 하락으로 0.9% 내렸다.", "0.9%", {"metric": "prices", "subject": "수출물가"}),
    ("근원물가 상승률은 2.1%로 둔화했다.", "2.1%", {"metric": "prices", "subject": "근원물가"}),
    # employment
    (
        "10월 고용률은 63.3%로 작년 같은 달보다 0.4%p 올랐다.",
        "63.3%",
        {"metric": "employment", "subject": "고용률"},
    ),
    (
        "10월 고용률은 63.3%로 작년 같은 달보다 0.4%p 올랐다.",
        "0.4%p",
        {"metric": "employment", "subject": "고용률", "change": "increase"},
    ),
    ("청년층 실업률은 6.1%로 집계됐다.", "6.1%", {"metric": "employment", "subject": "청년층"}),
    ("경제활동참가율은 64.9%였다.", "64.9%", {"metric": "employment", "subject": "경제활동참가율"}),
    # output
    ("올해 경제성장률은 2.2%로 전망된다.", "2.2%", {"metric": "output"}),
    (
        "1분기 실질 GDP는 전기대비 1.3% 늘었다.",
        "1.3%",
        {"metric": "output", "subject": None, "change": "increase"},
    ),
    ("전산업생산은 전월보다 0.8% 증가했다.", "0.8%", {"metric": "output", "subject": "전산업생산"}),
    ("광공업생산은 반도체 호조로 4.1% 늘었다.", "4.1%", {"metric": "output", "subject": "광공업생산"}),
    # lending
    ("가계대출은 한 달 새 6.2조원 늘었다.", "6.2조원", {"metric": "lending", "subject": "가계대출"}),
    (
        "은행권 주택담보대출은 5.7조원 증가했다.",
        "5.7조원",
        {"metric": "lending", "subject": "은행권 주택담보대출"},
    ),
    ("가계부채는 1,896조원으로 사상 최대다.", "1,896조원", {"metric": "lending", "subject": "가계부채"}),
    # investment: direct (the direction as subject) and capital investment
    (
        "상반기 외국인직접투자는 신고기준 175억 달러였다.",
        "175억 달러",
        {"metric": "investment", "subject": "외국인직접투자"},
    ),
    (
        "설비투자는 전기대비 2.1% 감소했다.",
        "2.1%",
        {"metric": "investment", "subject": "설비투자", "change": "decrease"},
    ),
    ("지난해 말 FDI 잔액은 2,640억 달러다.", "2,640억 달러", {"metric": "investment", "subject": None}),
    # bug: a note under an import point took the export of the publication's title
    (
        "對中 수출 호조 지속\n□ (수입) 같은 기간 8.1% 증가한 20.4억불\n- 농산물 수입이 크게 줄어\n* 품목별 증감률 : 배추 △21.5% 마늘 △9.8%",
        "△21.5%",
        {"metric": "import"},
    ),
    (  # the note of an export point stays export
        "對中 수입 동향\n□ (수출) 같은 기간 5.0% 증가\n* 품목별 증감률 : 라면 31.2% 김 12.0%",
        "31.2%",
        {"metric": "export"},
    ),
    # bug (audit5): a bare 흑자/적자 was goods trade whatever balance its sentence named
    (
        "한은은 지난 3월 12억 5000만 달러 적자였던 경상수지가 4월에는 흑자로 돌아섰다고 밝혔다.",
        "12억 5000만 달러",
        {"metric": "current_account", "change": "deficit"},
    ),
    (
        "상품수지는 2월 8억 달러 적자에서 3월 21억 달러 흑자로 돌아섰다.",
        "21억 달러",
        {"metric": "current_account", "subject": "상품수지", "change": "surplus"},
    ),
    (
        "서비스수지는 운송수지 개선에도 적자 규모가 2월 5억 달러에서 3월 9억 달러로 커졌다.",
        "9억 달러",
        {"metric": "current_account", "subject": "서비스수지"},
    ),
    (
        "본원소득수지는 흑자였고 이전소득수지의 적자규모는 4억 달러에서 2억 달러로 줄었다.",
        "2억 달러",
        {"metric": "current_account", "subject": "이전소득수지"},
    ),
    (
        "통합재정수지는 18조원 적자로 적자 규모가 작년보다 4조원 늘었다.",
        "4조원",
        {"metric": "fiscal_balance", "subject": "통합재정수지"},
    ),
    (
        "본원소득수지는 배당 지급이 늘어 적자(3월 4억 달러 흑자에서 4월 2억 달러 적자)로 돌아섰다.",
        "2억 달러",
        {"metric": "current_account"},
    ),
    # … or the balance an earlier sentence of the paragraph named
    (
        "경상수지는 31억 달러 흑자였다. 1년 전 12억 달러 흑자와 비교하면 크게 늘었다.",
        "12억 달러",
        {"metric": "current_account"},
    ),
    (
        "경상수지는 31억 달러 흑자였다. 석 달 연속 흑자이며, 전년 동월 9억 달러 적자에서 돌아섰다.",
        "9억 달러",
        {"metric": "current_account", "change": "deficit"},
    ),
    # goods trade stays goods trade
    (
        "무역수지는 20억 달러 흑자였다. 전월 15억 달러 흑자보다 늘었다.",
        "15억 달러",
        {"metric": "trade_balance"},
    ),
    ("수출이 늘어 30억 달러 흑자를 냈다.", "30억 달러", {"metric": "trade_balance", "change": "surplus"}),
    # spaced and monthly names of fiscal balances and debt (재정동향)
    (
        "통합재정 수지는 9조원 적자, 관리재정 수지는 31조원 적자였다.",
        "9조원",
        {"metric": "fiscal_balance", "subject": "통합재정수지"},
    ),
    (
        "중앙정부 채무 잔액은 3월 말 기준 1,150조원으로 전월보다 12조원 늘었다.",
        "12조원",
        {"metric": "government_debt"},
    ),
    # a household's balance (가계수지) is no balance of trade
    ("(가계수지) 처분가능소득은 월평균 402만 1천원으로 3.9% 늘었다.", "3.9%", {"metric": "other"}),
    (
        "경상수지는 흑자였다.\n수출이 늘어 30억 달러 흑자를 냈다.",
        "30억 달러",
        {"metric": "trade_balance"},
    ),  # another paragraph
]

METRIC_NOT_ROWS: list[Row] = [
    # bug: money taken in for a charge (보험료 수입, 수수료 수입) was the import flow
    ("지역가입자 보험료 수입은 6조1천억원으로 늘었다.", "6조1천억원", {"metric": None}),
    ("공사의 수수료 수입이 3.2% 줄었다.", "3.2%", {"metric": None}),
    ("원자재 수입은 42억 달러로 줄었다.", "42억 달러", {"metric": "import"}),
    # bug (lists2 4): a topic after a clause ended kept the earlier clause's flow, though it names a
    # measure of its own (수주액, 소비량); a sentence's flow went on to the next one's such figure
    ("반도체 수입액은 4.2% 줄었고 공작기계 수주액은 18.5% 늘었다.", "18.5%", {"metric": None}),
    ("반도체 수입액은 4.2% 줄었고 공작기계 수주액은 18.5% 늘었다.", "4.2%", {"metric": "import"}),
    ("가스 수입은 6% 줄었다. 전력 소비량이 1.8% 늘었다.", "1.8%", {"metric": None}),
    # …a measure of the flow itself, of its change, or within its own clause keeps it
    ("수출은 6% 늘었고 증가액은 21억 달러였다.", "21억 달러", {"metric": "export"}),
    ("수출은 6% 늘었고 물량은 2% 늘었다.", "2%", {"metric": "export"}),
    ("반도체 수출액은 3% 늘었고 선박 수출액은 7% 늘었다.", "7%", {"metric": "export", "subject": "선박"}),
    # a metric word inside an organisation's or a scheme's name names no metric
    ("기획재정부는 12일 3.5조원 규모의 대책을 내놨다.", "3.5조원", {"metric": None}),
    ("고용노동부에 따르면 임금은 3.1% 올랐다.", "3.1%", {"metric": None}),
    ("수출입은행은 8조원을 공급한다.", "8조원", {"metric": None}),
    # a bare growth rate is the growth of what the sentence names, not output
    ("주요 시장 수출액(성장률): 호주 150백만불(12.0%↑)", "150백만불", {"metric": "export"}),
    # a bank named after a country holds no metric either
    ("한국은행은 성장률 전망을 1.9%로 낮췄다.", "1.9%", {"metric": None}),
]

# --- subjects: items, sectors, accounts — never fillers -----------------------------

SUBJECT_ROWS: list[Row] = [
    # kept (ctx13): a topic before a cause (… 수출은 물류난 등으로 …, 수출 90억달러) is no side clause
    (
        "올해 화장품 수출은 물류난 등으로 어려움이 컸으나, 역대 최초로 수출 90억달러를 넘었다.",
        "90억달러",
        {"subject": "화장품", "metric": "export"},
    ),
    # bug (ctx13): a part of a time (1990년대 초반은) was the item of a figure
    ("1990년대 초반은 물가안정정책에 힘입어 4~5% 수준의 물가상승률을 보였다.", "5%", {"subject": None}),
    # bug (ctx13): after an ended clause, the subject right before the figure in its own clause (건축
    # 실적이 2.6%) lost to the sentence's topic (건설투자의 경우)
    (
        "다만 건설투자의 경우 토목 실적은 1.2% 증가했지만, 건축 실적이 2.6% 감소해 건설기성(불변)이 1.5% 감소했다.",
        "2.6%",
        {"subject": "건축", "change": "decrease"},
    ),
    (
        "다만 건설투자의 경우 토목 실적은 1.2% 증가했지만, 건축 실적이 2.6% 감소해 건설기성(불변)이 1.5% 감소했다.",
        "1.5%",
        {"subject": "건설기성", "metric": None},
    ),
    # bug (ctx13): 건설투자 alone was the item 건설, beside it in a list 건설투자: one item, one name
    (
        "건설투자는 주택과 토목 공사가 모두 줄어 3.9% 감소했고, 설비투자는 1.4% 증가했다.",
        "3.9%",
        {"subject": "건설투자", "metric": "investment", "change": "decrease"},
    ),
    ("건설투자와 설비투자도 각각 1.9%, 0.7% 감소했다.", "1.9%", {"subject": "건설투자"}),
    # bug (ctx13): the item of a side clause before the flow (반도체 가격이 강세를 보이면서 수출이) was
    # the flow's item
    ("반도체 가격이 강세를 보이면서 수출이 21.4% 증가했다.", "21.4%", {"subject": None, "metric": "export"}),
    # bug (ctx13): a price word in a cause (… 가격 하락 등의 영향으로) was the item of the topic's figure
    (
        "지난달 수입물가는 원유와 석탄 가격 하락 등의 영향으로 전월보다 3.4% 하락했다.",
        "3.4%",
        {"subject": "수입물가", "metric": "prices", "change": "decrease"},
    ),
    # bug (ctx13): after clauses that ended, the sentence's topic (설비투자의 경우) lost to a clause's (기계류)
    (
        "설비투자의 경우 기계류 투자는 0.5% 감소했지만, 선박 투자가 증가(6.2%)하면서 1.7% 상승했다.",
        "1.7%",
        {"subject": "설비투자", "metric": "investment", "change": "increase"},
    ),
    (
        "설비투자의 경우 기계류 투자는 0.5% 감소했지만, 선박 투자가 증가(6.2%)하면서 1.7% 상승했다.",
        "0.5%",
        {"subject": "기계류", "change": "decrease"},
    ),
    # bug (ctx13): after a letter bullet (o 대외금융자산(…)은) the topic was missed for a side clause's
    # last item (준비자산)
    (
        "o 대외금융자산(2조 300억달러)은 직접투자(+71억달러), 준비자산(+60억달러)이 늘면서 전분기말 대비 288억달러 증가",
        "288억달러",
        {"subject": "대외금융자산"},
    ),
    # bug (ctx13): 투자 in the name of a statistic (국제투자대조표) made its figures investment of 국제
    (
        "한국은행이 발표한 '3월말 국제투자대조표'에 따르면 순대외금융자산은 2365억달러였다.",
        "2365억달러",
        {"metric": None, "subject": "순대외금융자산"},
    ),
    # bug (ctx13): the change of a topic (대외금융자산(…)은) took the item of a side clause (증권투자가
    # 늘면서, 증권투자를 중심으로): the topic's; the side clause's investment word is no metric of it
    (
        "대외금융자산(2조 300억달러)은 거주자의 직접투자(+71억달러) 및 증권투자(+95억달러)가 늘면서 전분기말 대비 288억달러 증가했다.",
        "288억달러",
        {"subject": "대외금융자산", "metric": None, "change": "increase"},
    ),
    (
        "대외금융부채(1조 3,210억달러)는 비거주자의 증권투자(-640억달러)를 중심으로 전분기말 대비 715억달러 감소했다.",
        "715억달러",
        {"subject": "대외금융부채", "change": "decrease"},
    ),
    # bug (ctx13): a metric word that is its clause's topic (…, 직접투자는 12억달러) took the item of
    # the clause before (증권)
    ("증권투자는 35억달러 유출초, 직접투자는 12억달러 유입초였다.", "12억달러", {"subject": None}),
    # bug (ctx13): a side of the financial account (유출초) was the item
    ("유출초 규모는 35억달러였다.", "35억달러", {"subject": None}),
    ("금융계정은 35억달러 유출초를 보였다.", "35억달러", {"subject": "금융계정"}),
    # bug (ctx13): a part's balance spaced and followed by its side (사업서비스 수지 적자가) lost its
    # 서비스 수지; 및 joins the two names of one item (운송 및 사업서비스 수지)
    (
        "운송 및 사업서비스 수지 적자가 12억 달러로 늘었다.",
        "12억 달러",
        {"subject": "운송 및 사업서비스 수지", "metric": "current_account", "change": "deficit"},
    ),
    (
        "여행수지 적자가 줄었으나 운송 및 사업서비스 수지는 9억 달러 적자였다.",
        "9억 달러",
        {"subject": "운송 및 사업서비스 수지", "metric": "current_account"},
    ),
    # bug (ctx13): 교역 inside an index's name (순상품교역조건지수) cut the item to 순상품, as trade
    (
        "3월 순상품교역조건지수는 전년동월대비 1.8% 하락했다.",
        "1.8%",
        {"subject": "순상품교역조건지수", "metric": None, "change": "decrease"},
    ),
    # bug (ctx13): quotes around an item's name ('배추'는, ‘굴’ 수출은) hid the item
    ("'배추'는 7.5% 올랐고 '무'는 3.1% 내렸다.", "7.5%", {"subject": "배추", "change": "increase"}),
    ("'배추'는 7.5% 올랐고 '무'는 3.1% 내렸다.", "3.1%", {"subject": "무", "change": "decrease"}),
    ("‘굴’ 수출은 지난해보다 12.4% 늘었다.", "12.4%", {"subject": "굴", "metric": "export"}),
    # bug: 중남미 지역 수출 gave subject 지역: the partner's region said again, no item
    ("중남미 지역 수출은 19억 달러였다.", "19억 달러", {"subject": None, "partner": "중남미"}),
    ("아세안 국가 수출은 19억 달러였다.", "19억 달러", {"subject": None, "partner": "아세안"}),
    ("수도권 지역 수출은 19억 달러였다.", "19억 달러", {"subject": "수도권"}),
    ("기타 지역 수출은 2억 달러였다.", "2억 달러", {"subject": "기타 지역"}),
    # bug: 기업대출은 gave no subject: 기업 alone is no item, but written onto 대출 it names one
    ("기업대출은 6조2천억원 늘었다.", "6조2천억원", {"metric": "lending", "subject": "기업대출"}),
    ("가계대출은 1조1천억원 늘었다.", "1조1천억원", {"metric": "lending", "subject": "가계대출"}),
    # negatives: a head alone names no item; 기업 apart from its head stays none
    ("대출은 1조1천억원 늘었다.", "1조1천억원", {"metric": "lending", "subject": None}),
    ("기업 대출은 6조2천억원 늘었다.", "6조2천억원", {"metric": "lending", "subject": None}),
    # bug (lists2 3): two nouns joined by 및 name one item, one figure for both: only the last
    # noun was the item (비누), or none (보험업, trimmed); a longer list or 각각 keeps them apart
    ("가구 및 침구는 8.4% 올랐다.", "8.4%", {"subject": "가구 및 침구"}),
    ("운수 및 창고업은 2.7% 줄었다.", "2.7%", {"subject": "운수 및 창고업"}),
    ("기계 및 장비 수출은 5.2% 늘었다.", "5.2%", {"subject": "기계 및 장비", "metric": "export"}),
    ("철강, 기계 및 장비는 5.2% 늘었다.", "5.2%", {"subject": "장비"}),
    ("기계 및 장비 수출은 각각 5.2%, 1.1% 늘었다.", "5.2%", {"subject": "기계"}),
    ("중국 및 일본 수출은 2.5% 늘었다.", "2.5%", {"subject": None, "metric": "export"}),
    # bug (lists2 3): firm sizes written as one word of stop words (중 + 기업, 소/XPN + 기업) were
    # no item; a share of the whole (전체 수출의 17.2%) is its clause topic's
    (
        "중기업은 전체 수출의 19.6%, 소기업은 6.2%를 차지했다.",
        "19.6%",
        {"subject": "중기업", "metric": "export"},
    ),
    (
        "중기업은 전체 수출의 19.6%, 소기업은 6.2%를 차지했다.",
        "6.2%",
        {"subject": "소기업", "metric": "export"},
    ),
    ("대기업은 4.5% 늘었고 중기업은 1.3% 줄었다.", "1.3%", {"subject": "중기업", "change": "decrease"}),
    ("수출은 1,300억 달러로 전체의 38.2%를 차지했다.", "38.2%", {"subject": None}),
    # …a share of several items together (전체적으로 약 25.8%) is none of theirs
    (
        "중기업은 전체 수출의 19.6%, 소기업은 6.2%로 전체적으로 약 25.8%를 차지했다.",
        "25.8%",
        {"subject": None},
    ),
    ("범정부 수출은 7,210억 달러를 기록했다.", "7,210억 달러", {"subject": None}),  # 범 + 정부: no item
    # a metric word after the figure leaves the item to the clause's topic
    ("김치는 8월까지 약 1억불 수출되어 최대치를 경신했다.", "1억불", {"metric": "export", "subject": "김치"}),
    # an item's name between the figure and the metric word after it
    (
        "내년에는 연간 120억 불 이상 수산식품 수출을 목표로 한다.",
        "120억 불",
        {"metric": "export", "subject": "수산식품"},
    ),
    # a parenthesis right after the figure names its measure
    (
        "적자는 △8,210억원(관리재정수지)이다.",
        "△8,210억원",
        {"metric": "fiscal_balance", "subject": "관리재정수지"},
    ),
    # the items of a list joined by ·, one each
    ("- 원동기(12.0%)·선박(41.3%)·철강판(△3.1%)은 증가", "41.3%", {"subject": "선박"}),
    ("- 원동기(12.0%)·선박(41.3%)·철강판(△3.1%)은 증가", "△3.1%", {"subject": "철강판"}),
    # 및 joins two names inside one written word
    ("업종별로는 숙박및음식점업(5만2천명, 2.4%)에서 늘었다.", "2.4%", {"subject": "숙박및음식점업"}),
    # the topic holds over the clauses after it
    ("채소류는 전월대비 4.2%, 전년동월대비 9.8% 각각 올랐다.", "9.8%", {"subject": "채소류"}),
    # a label holding a partner and a metric word
    (
        "(對中 교역) 수산물(수출 △8.1%)·화장품(수출 22.4%)이 엇갈렸다",
        "22.4%",
        {"metric": "export", "partner": "중국"},
    ),
    ("(일평균 수입액) 3.1억불로 늘었다", "3.1억불", {"metric": "import", "subject": None}),
    (
        "* 對美 무역흑자 : (2023.1~6) 150억불",
        "150억불",
        {"metric": "trade_balance", "partner": "미국", "subject": None},
    ),
    # compound balance and fund names keep their head word
    ("가계대출 잔액은 1,095조원이다.", "1,095조원", {"metric": "lending", "subject": "가계대출"}),
    # a later clause with a topic of its own keeps the metric and names its own item
    (
        "선박 수출은 28억 달러로 늘었고, 무선통신기기는 13억 달러로 줄었다.",
        "13억 달러",
        {"metric": "export", "subject": "무선통신기기"},
    ),
    # … but the subject of a clause inside it (이/가) is no new topic
    (
        "대만 수출은 반도체, 가전 등 품목 대부분이 늘며 31.2% 늘어난 94억 달러였다.",
        "94억 달러",
        {"subject": None, "partner": "대만"},
    ),
    # the head of the figure's own parenthesis before the sentence's item
    (
        "원자재 수입은 구리(△4.1%), 철광석(9.9%) 모두 늘었다.",
        "9.9%",
        {"metric": "import", "subject": "철광석"},
    ),
    # bug: a topic after a bullet or a comma, far from any metric word, was never tagged: no item
    (
        "ㅇ 도소매업은 12억 달러로 5.1% 늘었고, 부동산업은 20억 달러로 4.0% 줄었다.",
        "12억 달러",
        {"subject": "도소매업"},
    ),
    (
        "ㅇ 도소매업은 12억 달러로 5.1% 늘었고, 부동산업은 20억 달러로 4.0% 줄었다.",
        "20억 달러",
        {"subject": "부동산업"},
    ),
    # bug: a breakdown label (업종별) opening the line was the item of its figures
    ("ㅇ (업종별) 운송업은 3억 달러였다.", "3억 달러", {"subject": "운송업"}),
    ("ㅇ (규모별) 3억 달러였다.", "3억 달러", {"subject": None}),
    # measure and action words after the item are trimmed (비중, 도입), not the item
    ("중동산 원유 도입 비중은 61%로 낮아졌다.", "61%", {"subject": "원유"}),
    # a policy action after the item is trimmed
    ("- 수요 특화 배터리 R&D 추진(620억원)", "620억원", {"subject": "수요 특화 배터리 R&D"}),
    # bug (gaps 9): Kiwi read 신선과실은 as a list (신선/NNG 과/JC 실은/MAG): no item
    (
        "신선과실은 전월대비 2.9% 하락, 전년동월대비 4.6% 상승했다.",
        "4.6%",
        {"subject": "신선과실", "change": "increase"},
    ),
    (
        "신선과실은 전월대비 2.9% 하락, 전년동월대비 4.6% 상승했다.",
        "2.9%",
        {"subject": "신선과실", "change": "decrease"},
    ),
    ("신선과실이 1.9억 달러로 늘었다.", "1.9억 달러", {"subject": "신선과실"}),
    # bug (gaps 6): a week of a month (첫째 주, 셋째주, 2주차, 마지막 주) was the figures' item
    ("11월 첫째 주 수출은 4.1% 늘었다.", "4.1%", {"subject": None, "metric": "export"}),
    ("11월 둘째주 물가는 0.3% 올랐다.", "0.3%", {"subject": None, "metric": "prices"}),
    ("11월 마지막 주 수입은 2.2% 줄었다.", "2.2%", {"subject": None, "metric": "import"}),
    ("11월 2주차 반도체 수출은 7.5% 늘었다.", "7.5%", {"subject": "반도체"}),
    # bug (gaps 4): a sentence glued to the next without a space after its period was one sentence
    # with it: the next sentence's topic was unread and the earlier item was its figures' item
    ("배 수출은 9.8% 증가를 보였다.포도는 2.1억 달러로 집계됐다.", "2.1억 달러", {"subject": "포도"}),
    (
        "인삼 수출은 1.5억 달러로 늘었다.홍삼은 0.7억 달러였다.",
        "0.7억 달러",
        {"subject": "홍삼", "metric": "export"},
    ),
    (
        "인삼 수출은 1.5억 달러로 늘었다.홍삼은 0.7억 달러였다.",
        "1.5억 달러",
        {"subject": "인삼", "change": "increase"},
    ),
    ("배 수출이 12% 증가함.사과는 3억 달러로 감소함.", "3억 달러", {"subject": "사과", "change": "decrease"}),
    # bug (gaps 2): a share of the whole after an item's share (중견기업은 32.2%로 전체의 약 70%) is
    # the sum of the items listed, not the last item's: it took the last item
    ("판매 비중은 직영점이 28.4%, 가맹점은 35.0%로 전체의 약 63%를 차지한다.", "63%", {"subject": None}),
    ("가맹점은 35.0%로 전체의 약 63%를 차지한다.", "63%", {"subject": None}),
    ("가맹점은 35.0%로 전체의 약 63%를 차지한다.", "35.0%", {"subject": "가맹점"}),
    # …an item's amount and then its share of the whole, or its growth and its share of the growth, are its own
    (
        "중소기업 수출은 1,150억 달러로 전체의 17.2%를 차지했다.",
        "17.2%",
        {"subject": "중소기업", "metric": "export"},
    ),
    ("가맹점은 35.0% 늘어 전체 증가분의 약 63%를 차지한다.", "63%", {"subject": "가맹점"}),
    ("자동차 수출은 전체 수출의 12.5%를 차지했다.", "12.5%", {"subject": "자동차"}),
]

# Words that are not items: time, sequence, comparison, counts, trends, qualifiers, modifiers.
FILLER_NOT_ROWS: list[Row] = [
    # bug: 마이너스 of 마이너스(-) 19억 달러 (the sign as a word) was the item
    (
        "운송수지는 작년 9월 마이너스(-) 4억 2000만 달러에서 흑자로 돌아섰다.",
        "(-) 4억 2000만 달러",
        {"metric": "current_account", "subject": "운송수지"},
    ),
    # bug: the national figure in brackets after a region's clause took the region as its subject
    (
        "□ 실업률은 부산(0.4%p) 등에서 하락, 세종(-0.2%p)은 상승 [전국: 0.3%p]",
        "0.3%p",
        {"subject": "실업률", "partner": None},
    ),
    # bug: 시 of 발표 시 (when it is published) was the subject
    (
        "분기 통계 발표 시 투자 잔액(’25.6월말 2,900억불)도 공개한다.",
        "2,900억불",
        {"subject": None, "metric": "investment"},
    ),
    ("수출은 14개월 연속 늘어 4월 수출 582억 달러를 기록했다.", "582억 달러", {"subject": None}),
    ("반도체 수출은 세 차례 연속 30% 넘게 늘었다.", "30%", {"subject": "반도체"}),
    ("수출이 전년동기대비 7.4% 늘었다.", "7.4%", {"subject": None}),
    ("전년 동기(201.3억 달러)보다 늘었다.", "201.3억 달러", {"subject": None}),
    ("당초 예산 638.7조원보다 2.9조원 줄었다.", "638.7조원", {"subject": None, "metric": "budget"}),
    ("관리재정수지는 30.6조원 적자다.", "30.6조원", {"subject": "관리재정수지", "metric": "fiscal_balance"}),
    # bug: 관리대상수지, the older name of 관리재정수지, was read as a trade balance
    ("관리대상수지는 △5.2조원이다.", "△5.2조원", {"subject": "관리대상수지", "metric": "fiscal_balance"}),
    ("실질 GDP는 전분기보다 0.5% 늘었다.", "0.5%", {"subject": None}),
    ("코로나19로 1분기 급증(27.3%)한 수입이 꺾였다", "27.3%", {"subject": None}),
    ("신규 수출기업 수 3,120개사(5.5%↑)", "5.5%", {"subject": None}),
    ("상위 10대 품목(수출비중 47.2%)이 늘었다", "47.2%", {"subject": None}),
    (
        "對日수출 호조세가 이어지며 9.6억불 수출",
        "9.6억불",
        {"subject": None, "partner": "일본", "metric": "export"},
    ),
    ("증가세로 전환(평균 수입 2.4%↑)", "2.4%", {"subject": None}),
    ("수출기업 신고기준 181억 달러", "181억 달러", {"subject": None}),
    ("이 가운데 연구개발 예산은 29조원이다.", "29조원", {"subject": "연구개발"}),
    ("4월까지 누적 수입액이 역대 최대인 2,870억 달러를 기록했다.", "2,870억 달러", {"subject": None}),
    ("중소벤처기업부는 '50만 불 수출기업 2,000개 육성' 계획을 세웠다.", "50만 불", {"subject": None}),
    # bug: a speaker named by title (한 차관은) came out as the item of the figure
    ("송 차관은 올해 1,200억원을 쓴다고 밝혔다.", "1,200억원", {"subject": None}),
    ("위원장은 “지원액은 작년 900억원이었다”고 했다.", "900억원", {"subject": None}),
]

# --- partners and their codes ------------------------------------------------------------

PARTNER_ROWS: list[Row] = [
    # kept (ctx13): the reporter ranked beside other countries (… 미국이 12%, 한국은 9%) is one of them
    (
        "세계 메모리 시장 점유율은 대만이 21%, 미국이 12%, 한국은 9%로 집계됐다.",
        "9%",
        {"partner": "한국"},
    ),
    ("반도체 41억5천만 달러 가장 많아 대중국 수출 38.2% 증가", "38.2%", {"partner": "중국"}),
    (
        "수출의 약 48%가 아시아 지역에 몰려 있으며, 북미·유럽도 각각 27.1%, 19.4%였다.",
        "48%",
        {"partner": "아시아"},
    ),
    ("미국이 일본을 제치고 14.6% 늘어 최대 시장이 됐다.", "14.6%", {"partner": "미국"}),
    ("베트남 등으로의 수출이 9.2% 늘었다.", "9.2%", {"partner": "베트남"}),
    ("대미 수출은 103억 달러로 늘었다.", "103억 달러", {"partner": "미국", "partner_code": "US"}),
    ("對日 수입은 41억 달러였다.", "41억 달러", {"partner": "일본", "partner_code": "JP"}),
    ("- 美(8.3%)·中(△2.1%) 수출", "△2.1%", {"partner": "중국", "partner_code": "CN"}),
    (
        "중남미(14.2억 달러) 투자가 늘었다.",
        "14.2억 달러",
        {"partner": "중남미", "partner_code": "LATIN_AMERICA"},
    ),
    (
        "케이맨제도(10.3억 달러)와 룩셈부르크(7.9억 달러)",
        "7.9억 달러",
        {"partner": "룩셈부르크", "partner_code": "LU"},
    ),
    ("저지*(4.4억 달러) 투자가 크게 늘었다", "4.4억 달러", {"partner": "저지", "partner_code": "JE"}),
    ("대아세안 수출은 98억 달러다.", "98억 달러", {"partner": "아세안", "partner_code": "ASEAN"}),
    ("중동 수출은 21억 달러로 늘었다.", "21억 달러", {"partner": "중동", "partner_code": "MIDDLE_EAST"}),
    ("EU 수출은 57억 달러였다.", "57억 달러", {"partner": "EU", "partner_code": "EU"}),
    ("대양주 수출은 9억 달러였다.", "9억 달러", {"partner": "대양주", "partner_code": "OCEANIA"}),
    ("베트남 수출은 48억 달러다.", "48억 달러", {"partner": "베트남", "partner_code": "VN"}),
    (
        "미국의 주요 수입국은 캐나다(4,190억 달러), 한국(1,310억 달러) 순이다.",
        "1,310억 달러",
        {"partner": "한국", "partner_code": "KR"},
    ),
    ("신흥국 수출은 120억 달러다.", "120억 달러", {"partner": "신흥국", "partner_code": None}),
    # bug: 케이만군도, another spelling of 케이맨제도, came out as the subject
    (
        "국가별로는 독일(12.1억 달러), 케이만군도(8.8억 달러) 순이다.",
        "8.8억 달러",
        {"partner": "케이만군도", "partner_code": "KY", "subject": None},
    ),
    # bug: the partner before a metric word heading the figure's parenthesis was lost
    (
        "대(對) 중국 투자(9.4억 달러, 전년 대비 △2.0%)는 줄었다.",
        "9.4억 달러",
        {"partner": "중국", "partner_code": "CN", "metric": "investment"},
    ),
    ("대미 수출(31억 달러)은 늘었다.", "31억 달러", {"partner": "미국", "metric": "export"}),
    # more places direct investment goes to, and a spaced spelling
    ("건지*(2.2억 달러) 투자가 늘었다", "2.2억 달러", {"partner": "건지", "partner_code": "GG"}),
    (
        "케이맨 제도(5.1억 달러)와 몰타(0.4억 달러)",
        "5.1억 달러",
        {"partner": "케이맨 제도", "partner_code": "KY"},
    ),
    ("케이맨 제도(5.1억 달러)와 몰타(0.4억 달러)", "0.4억 달러", {"partner": "몰타", "partner_code": "MT"}),
    ("중화권은 10억 달러였다.", "10억 달러", {"partner": "중화권", "partner_code": None, "subject": None}),
    # bug: a place with 發 or 발 after it (coming from there) was the item 미국發, not the partner
    (
        "미국發 투자는 12.3억 달러였다.",
        "12.3억 달러",
        {"partner": "미국", "partner_code": "US", "subject": None},
    ),
    ("중국발 수입은 9억 달러였다.", "9억 달러", {"partner": "중국", "metric": "import"}),
    ("한국발전 투자는 9억 달러였다.", "9억 달러", {"partner": None}),
]

PARTNER_NOT_ROWS: list[Row] = [
    # bug (ctx13): a place's people (중국인과 동남아시아인을 중심으로 …) were the figure's partner
    (
        "일본인과 동남아시아인을 중심으로 외국인 입국자 수가 7.9% 증가했다.",
        "7.9%",
        {"partner": None, "change": "increase"},
    ),
    ("대인도 수출은 5% 늘었다.", "5%", {"partner": "인도"}),
    # bug (ctx13): the reporter as a sentence's topic (올해 우리나라는 …) was the partner of its figure
    (
        "올해 우리나라는 380억 달러의 무역흑자를 거둘 것으로 보인다.",
        "380억 달러",
        {"partner": None, "metric": "trade_balance"},
    ),
    # bug (ctx13): a country written before its currency (미국 달러화 지수) was the figure's partner
    ("미국 달러화 지수는 지난달보다 1.3% 하락했다.", "1.3%", {"partner": None, "change": "decrease"}),
    ("일본 엔화 약세가 이어지며 대일 수출이 4.1% 줄었다.", "4.1%", {"partner": "일본", "metric": "export"}),
    ("독일 프랑스 등 유럽 수출은 3.2% 늘었다.", "3.2%", {"partner": "유럽"}),
    # bug: a country in the cause of the next clause (… 늘었지만 중동 분쟁 등의 이유로) was the figure's partner
    (
        "올해 수출액은 작년보다 4.3% 늘었지만 중국 경기 둔화 등의 이유로 수입액이 더 빠르게 늘었다.",
        "4.3%",
        {"metric": "export", "partner": None},
    ),
    # bug (lists2 5): the country of a source a report cites (영국 조사기관 …에 따르면) was the partner
    (
        "프랑스 시장조사업체 마켓리서치에 따르면 화장품 수출은 7.4% 늘었다.",
        "7.4%",
        {"partner": None, "metric": "export"},
    ),
    ("독일 연방통계청 자료에 의하면 자동차 판매는 2.2% 줄었다.", "2.2%", {"partner": None}),
    # …a partner named in the figure's own clause stays
    ("독일 연방통계청 자료에 의하면 대중 수출은 2.2% 줄었다.", "2.2%", {"partner": "중국"}),
    # bug: a partner heading the next figure (… 가장 많아 대중국 수출 43.3%) was the figure's before it
    ("반도체 41억5천만 달러 가장 많아 대중국 수출 38.2% 증가", "41억5천만 달러", {"partner": None}),
    # bug: a country in the cause of a change (미·중 분쟁 … 등으로) was the figure's partner
    (
        "미·중 갈등 장기화 등으로 석유제품이 지난해 같은기간보다 22.4% 감소했다.",
        "22.4%",
        {"partner": None, "period": None},
    ),
    # bug: the country a figure's item overtook (일본을 제치고) was its partner
    ("작년 12억 달러로 18.2% 늘며 중국을 제치고 1위가 됐다.", "18.2%", {"partner": None}),
    # the reporting country is not a partner
    ("한국 수출은 6.5% 늘어 4개월째 증가했다.", "6.5%", {"partner": None, "partner_code": None}),
    ("우리나라 수출은 587억 달러였다.", "587억 달러", {"partner": None}),
    ("일본의 수입은 3.2% 줄었다.", "3.2%", {"partner": None}),
    # a share of several countries
    ("전자 수출의 61.3%가 베트남·인도·미국 3개국에 집중됐다.", "61.3%", {"partner": None}),
    ("아세안·중동·CIS 수출비중은 24.1%로 높아졌다.", "24.1%", {"partner": None}),
    # a common word spelt like a place
    ("수출 감소세를 저지하기 위해 4조원을 투입한다.", "4조원", {"partner": None}),
    ("대중교통 예산은 2.1조원이다.", "2.1조원", {"partner": None}),
    ("무엇이 문제인 건지 따져 본 결과 1.5조원이 남았다.", "1.5조원", {"partner": None}),
    # bug: the first name of a list after the figure, the rest unread (중, 일), was its partner
    (
        "올해 100억 불 이상 수출을 위해 미·중·일·아세안 등 12개국에서 판촉전을 연다.",
        "100억 불",
        {"partner": None},
    ),
    ("올해 수출 목표는 20억 불로 미국에서 판촉전을 연다.", "20억 불", {"partner": "미국"}),
    # bug: a list of topics (대만은 …, 기타 지역은 …): the place of one item was the next item's partner
    ("대만은 4.4억 달러, 기타 지역은 2.2억 달러였다.", "2.2억 달러", {"partner": None}),
    (
        "대만은 4.4억 달러(3.1%), 운송업은 2.2억 달러였다.",
        "2.2억 달러",
        {"partner": None, "subject": "운송업"},
    ),
    # negatives: the place holds over items that are no topics of their own, and over a flow
    ("대만은 반도체 4.4억 달러, 선박 2.2억 달러였다.", "2.2억 달러", {"partner": "대만"}),
    ("대만 수출은 4.4억 달러, 수입은 2.2억 달러였다.", "2.2억 달러", {"partner": "대만"}),
]

# --- distributive lists: 각각 -------------------------------------------------------------

DISTRIBUTIVE_ROWS: list[Row] = [
    # bug (ctx13): a 각각 list of words of one metric (주택투자와 설비투자) gave both figures the last item
    (
        "주택투자와 설비투자도 각각 2.3%, 0.8% 감소했다.",
        "2.3%",
        {"metric": "investment", "subject": "주택투자", "change": "decrease"},
    ),
    (
        "주택투자와 설비투자도 각각 2.3%, 0.8% 감소했다.",
        "0.8%",
        {"metric": "investment", "subject": "설비투자", "change": "decrease"},
    ),
    # bug (ctx13): 각각 after rates each with its item's parenthesis gave the first no change
    (
        "수출(512억달러)은 8.1%, 수입(466억달러)은 5.2% 각각 증가했다.",
        "8.1%",
        {"metric": "export", "change": "increase"},
    ),
    (
        "수출(512억달러)은 8.1%, 수입(466억달러)은 5.2% 각각 증가했다.",
        "5.2%",
        {"metric": "import", "change": "increase"},
    ),
    ("수출과 수입은 각각 612억 달러와 577억 달러를 기록했다.", "612억 달러", {"metric": "export"}),
    ("수출과 수입은 각각 612억 달러와 577억 달러를 기록했다.", "577억 달러", {"metric": "import"}),
    ("수입과 수출이 각각 3.1%, 8.8% 늘었다.", "3.1%", {"metric": "import", "change": "increase"}),
    ("수입과 수출이 각각 3.1%, 8.8% 늘었다.", "8.8%", {"metric": "export", "change": "increase"}),
    (
        "중국과 베트남에 대한 수출이 각각 4.4%, 12.7% 증가했다.",
        "4.4%",
        {"partner": "중국", "metric": "export"},
    ),
    (
        "중국과 베트남에 대한 수출이 각각 4.4%, 12.7% 증가했다.",
        "12.7%",
        {"partner": "베트남", "partner_code": "VN"},
    ),
    ("선박과 자동차 수출이 각각 21.0%, 6.3% 늘었다.", "21.0%", {"subject": "선박", "metric": "export"}),
    ("선박과 자동차 수출이 각각 21.0%, 6.3% 늘었다.", "6.3%", {"subject": "자동차", "metric": "export"}),
    ("수출과 수입은 각각 540억 달러(6.1%), 512억 달러(2.2%)로 집계됐다.", "2.2%", {"metric": "import"}),
    # bug: figures before 각각 that each named their flow (수출은 …, 수입은 …) were not its list:
    # both rates took the last flow
    ("수출은 310억 달러, 수입은 298억 달러로 각각 6.2%와 3.5% 늘었다.", "6.2%", {"metric": "export"}),
    ("수출은 310억 달러, 수입은 298억 달러로 각각 6.2%와 3.5% 늘었다.", "3.5%", {"metric": "import"}),
    ("미국은 31억 달러, 일본은 12억 달러로 각각 6.2%와 3.5% 늘었다.", "6.2%", {"partner": "미국"}),
    ("미국은 31억 달러, 일본은 12억 달러로 각각 6.2%와 3.5% 늘었다.", "3.5%", {"partner": "일본"}),
    # negatives: one flow named for both figures, or one figure only: nothing to pair
    ("수출은 310억 달러, 298억 달러로 각각 6.2%와 3.5% 늘었다.", "6.2%", {"metric": "export"}),
    # the list right before 각각, not an earlier partner of the sentence
    (
        "수출의 40% 이상이 아시아에 몰렸고, 북미·유럽도 각각 21.4%, 15.0%를 차지했다.",
        "15.0%",
        {"partner": "유럽", "partner_code": "EUROPE"},
    ),
    # two lists in one sentence: each figure list up to the next 각각
    (
        "영국·독일과의 교역도 각각 3억 달러, 2억 달러 줄었고, 인도·호주와의 교역은 각각 4억 달러, 1억 달러 늘었다.",
        "2억 달러",
        {"partner": "독일", "change": "decrease"},
    ),
    (
        "영국·독일과의 교역도 각각 3억 달러, 2억 달러 줄었고, 인도·호주와의 교역은 각각 4억 달러, 1억 달러 늘었다.",
        "4억 달러",
        {"partner": "인도", "change": "increase"},
    ),
    # bug (gaps 3): items named by metric words (수출물가, 수입물가) were not the list 각각 pairs:
    # both rates took the last word as their item; a list of metric words with how each is
    # counted (수출액과 수입액) gave both figures the last flow
    (
        "생산자물가와 소비자물가는 각각 0.7%, 2.4% 상승했다.",
        "0.7%",
        {"metric": "prices", "subject": "생산자물가"},
    ),
    (
        "생산자물가와 소비자물가는 각각 0.7%, 2.4% 상승했다.",
        "2.4%",
        {"metric": "prices", "subject": "소비자물가"},
    ),
    ("수입물가와 수출물가는 각각 3.3%, 1.9% 내렸다.", "3.3%", {"subject": "수입물가", "change": "decrease"}),
    ("수입물가와 수출물가는 각각 3.3%, 1.9% 내렸다.", "1.9%", {"subject": "수출물가", "change": "decrease"}),
    ("수입물가지수와 수출물가지수는 전월대비 각각 2.0%, 0.8% 올랐다.", "2.0%", {"subject": "수입물가"}),
    ("수입물가지수와 수출물가지수는 전월대비 각각 2.0%, 0.8% 올랐다.", "0.8%", {"subject": "수출물가"}),
    ("실업률과 고용률은 각각 2.9%, 62.0%였다.", "62.0%", {"metric": "employment", "subject": "고용률"}),
    (
        "수입액과 수출액은 각각 455억 달러와 498억 달러였다.",
        "455억 달러",
        {"metric": "import", "subject": None},
    ),
    (
        "수입액과 수출액은 각각 455억 달러와 498억 달러였다.",
        "498억 달러",
        {"metric": "export", "subject": None},
    ),
    # bug (lists2 1): a 각각 list whose items each state a rate and what it came to (21.3% 늘어난
    # 4120만 달러, …) gave every figure the last item: each group of figures is its item's
    (
        "배와 사과 수출은 각각 14.2% 늘어난 3870만 달러, 9.6% 줄어든 1540만 달러를 기록했다.",
        "14.2%",
        {"subject": "배", "metric": "export", "change": "increase"},
    ),
    (
        "배와 사과 수출은 각각 14.2% 늘어난 3870만 달러, 9.6% 줄어든 1540만 달러를 기록했다.",
        "3870만 달러",
        {"subject": "배", "metric": "export", "change": "increase"},
    ),
    (
        "배와 사과 수출은 각각 14.2% 늘어난 3870만 달러, 9.6% 줄어든 1540만 달러를 기록했다.",
        "9.6%",
        {"subject": "사과", "metric": "export", "change": "decrease"},
    ),
    (
        "배와 사과 수출은 각각 14.2% 늘어난 3870만 달러, 9.6% 줄어든 1540만 달러를 기록했다.",
        "1540만 달러",
        {"subject": "사과", "metric": "export", "change": "decrease"},
    ),
    (
        "수입과 수출은 각각 3.3% 증가한 402억 달러, 1.2% 감소한 415억 달러였다.",
        "402억 달러",
        {"metric": "import", "change": "increase"},
    ),
    (
        "수입과 수출은 각각 3.3% 증가한 402억 달러, 1.2% 감소한 415억 달러였다.",
        "1.2%",
        {"metric": "export", "change": "decrease"},
    ),
    # bug (gaps 1): items each with a figure in its parenthesis, listed before 등이 증가: only the
    # last figure took the change written after the list
    (
        "수출은 선박(31.4%), 무선통신기기(12.8%) 등이 증가했다.",
        "31.4%",
        {"subject": "선박", "change": "increase"},
    ),
    (
        "수출은 선박(31.4%), 무선통신기기(12.8%) 등이 증가했다.",
        "12.8%",
        {"subject": "무선통신기기", "change": "increase"},
    ),
    (
        "수입은 원유(△8.1%)·석탄(△3.9%)·가스(△2.0%) 등이 감소했다.",
        "△8.1%",
        {"subject": "원유", "change": "decrease"},
    ),
    (
        "수입은 원유(△8.1%)·석탄(△3.9%)·가스(△2.0%) 등이 감소했다.",
        "△3.9%",
        {"subject": "석탄", "change": "decrease"},
    ),
    (
        "대중 수출은 화장품(7.7%), 의류(2.4%) 등이 늘었다.",
        "7.7%",
        {"subject": "화장품", "change": "increase", "metric": "export"},
    ),
    (
        "철강(14억 달러), 가전(5억 달러) 등이 감소했다.",
        "14억 달러",
        {"subject": "철강", "change": "decrease"},
    ),
    (
        "수입은 곡물(9억 달러), 비료(2억 달러) 등이 줄었다.",
        "9억 달러",
        {"subject": "곡물", "change": "decrease", "metric": "import"},
    ),
    # …a figure against the list's change keeps none; a list cut by a clause of its own takes none
    ("수출은 선박(31.4%), 가전(△6.0%) 등이 늘었다.", "△6.0%", {"change": None}),
    ("수출은 선박(31.4%), 가전(6.0%), 수입은 감소했다.", "31.4%", {"change": None}),
    # …nor a change of the next clause, opened by a place or a flow as its topic (…순으로 유럽은 …)
    (
        "권역별로 북미(52.1억 달러), 유럽(30.2억 달러) 순으로 유럽은 상승세를 이어갔다.",
        "52.1억 달러",
        {"change": None},
    ),
    (
        "권역별로 북미(52.1억 달러), 유럽(30.2억 달러) 순으로 유럽은 상승세를 이어갔다.",
        "30.2억 달러",
        {"change": None},
    ),
    ("품목별로 선박(31.4%), 가전(6.0%) 등 수출은 증가했다.", "31.4%", {"change": "increase"}),
    ("증가율은 칠레(88%), 인도(41%) 순으로 증가했다.", "88%", {"change": "increase"}),
]

# --- Hanja --------------------------------------------------------------------------------

HANJA_ROWS: list[Row] = [
    ("(전체) 輸出 312.4억불(9.1%↑), 輸入 298.0억불(4.4%↑)", "312.4억불", {"metric": "export"}),
    ("(전체) 輸出 312.4억불(9.1%↑), 輸入 298.0억불(4.4%↑)", "298.0억불", {"metric": "import"}),
    ("貿易收支 14.4억불 흑자", "14.4억불", {"metric": "trade_balance", "change": "surplus"}),
    ("對中 수출은 129억불이다.", "129억불", {"partner": "중국", "partner_code": "CN", "metric": "export"}),
]

# --- trade releases and their news reports (audit 4) ----------------------------------------

TRADE_ROWS: list[Row] = [
    # 합성수지 (synthetic resin, a traded good) was read as a balance (수지): trade_balance
    (
        "수출 상위 품목은 선박 57억달러, 합성수지 31억달러 순이었다.",
        "31억달러",
        {"metric": "export", "subject": "합성수지"},
    ),
    ("천연수지 수입은 4.1% 줄었다.", "4.1%", {"metric": "import", "subject": "천연수지"}),
    ("무역수지는 12억달러 흑자였다.", "12억달러", {"metric": "trade_balance", "change": "surplus"}),
    # 각각 after figures that each name their own flow: the rates went to the flow written last
    (
        "이 기간 수출은 212억 달러, 수입은 198억 달러로 각각 8.2%(16억 달러↑)와 3.5%(7억 달러↑) 증가했다.",
        "8.2%",
        {"metric": "export", "change": "increase"},
    ),
    (
        "이 기간 수출은 212억 달러, 수입은 198억 달러로 각각 8.2%(16억 달러↑)와 3.5%(7억 달러↑) 증가했다.",
        "16억 달러",
        {"metric": "export"},
    ),
    (
        "이 기간 수출은 212억 달러, 수입은 198억 달러로 각각 8.2%(16억 달러↑)와 3.5%(7억 달러↑) 증가했다.",
        "3.5%",
        {"metric": "import", "change": "increase"},
    ),
    (
        "수입 95억 달러, 수출 101억 달러로 각각 전년 대비 12.0%와 4.4% 줄었다.",
        "12.0%",
        {"metric": "import", "change": "decrease"},
    ),
    (
        "수입 95억 달러, 수출 101억 달러로 각각 전년 대비 12.0%와 4.4% 줄었다.",
        "4.4%",
        {"metric": "export", "change": "decrease"},
    ),
    (
        "대미 수출은 40억 달러, 대일 수출은 22억 달러로 각각 5.5%, 1.2% 늘었다.",
        "1.2%",
        {"metric": "export", "partner": "일본"},
    ),
    # 일(日) 평균: the Hanja of the day written after its reading was read as Japan
    ("휴일을 뺀 일(日) 평균 수출은 25.1억 달러였다.", "25.1억 달러", {"metric": "export", "partner": None}),
    ("주요국 수출은 美 4.2%, 日 1.1% 늘었다.", "1.1%", {"partner": "일본", "partner_code": "JP"}),
    # a balance word before the figure says its side: 무역적자는 N달러 had no change
    (
        "상반기 무역적자는 41억 2천만 달러로 집계됐다.",
        "41억 2천만 달러",
        {"metric": "trade_balance", "change": "deficit"},
    ),
    ("상품수지 흑자는 38억 달러였다.", "38억 달러", {"metric": "current_account", "change": "surplus"}),
    # the level a balance grew to keeps its side: written without a sign, 52억 is a deficit only by
    # its word (was increase, which left it reading as a surplus of 52억)
    ("무역적자는 52억 달러로 늘었다.", "52억 달러", {"metric": "trade_balance", "change": "deficit"}),
    # a figure called only a surplus, in a sentence without a metric word, measured the title's export
    (
        "지난해 같은 달에는 7억 300만 달러로 흑자였다.",
        "7억 300만 달러",
        {"metric": "trade_balance", "change": "surplus"},
    ),
    # an item marked as topic right before its figure, in a sentence of several: the first topic
    # of the sentence was everyone's item, and a later clause's topic was unread
    (
        "신선품목 가운데 배추가 410만 달러로 12% 늘었고 대파가 220만 달러로 8% 늘었으며 무도 크게 늘어 전체 실적을 끌어올렸다.",
        "220만 달러",
        {"subject": "대파"},
    ),
    (
        "신선품목 가운데 배추가 410만 달러로 12% 늘었고 대파가 220만 달러로 8% 늘었으며 무도 크게 늘어 전체 실적을 끌어올렸다.",
        "410만 달러",
        {"subject": "배추"},
    ),
    (
        "반면 사과는 88만달러로 4% 줄었으며 배는 85만 달러로 25% 줄어 신선품목 전체의 흐름을 크게 끌어내렸다고 밝혔다.",
        "88만달러",
        {"subject": "사과"},
    ),
    ("밤은 60만 달러로 7%, 새송이버섯은 30만달러로 2% 감소했다.", "30만달러", {"subject": "새송이버섯"}),
    ("새 정부 예산은 600조원이다.", "600조원", {"metric": "budget", "subject": None}),  # 새 alone: no item
    # the flow or a way of counting it was the item: 하루평균, 무역, 순무역
    (
        "관세청은 하루평균 수출액이 21억 달러로 늘었다고 밝혔다.",
        "21억 달러",
        {"metric": "export", "subject": None},
    ),
    ("이달 무역 수출이 2% 감소했다.", "2%", {"metric": "export", "subject": None}),
    ("- (전자) 순무역 적자가 -45억 달러로 커졌다.", "-45억 달러", {"subject": "전자", "change": "deficit"}),
    # partners each with an amount in parentheses before 각각: the rates all went to the last one
    (
        "최대 시장인 중국(41억 2천만 달러)과 일본(9억 달러)은 각각 12.5%, 3.0% 줄었다.",
        "12.5%",
        {"partner": "중국", "change": "decrease"},
    ),
    (
        "최대 시장인 중국(41억 2천만 달러)과 일본(9억 달러)은 각각 12.5%, 3.0% 줄었다.",
        "3.0%",
        {"partner": "일본", "change": "decrease"},
    ),
    (
        "수출 310억 달러(5.5%), 수입 290억 달러(2.0%)로 각각 역대 2위, 3위였다.",
        "290억 달러",
        {"metric": "import"},
    ),
    # △ as a bullet before each item of a list: the item before its amount, and the rate in its
    # parenthesis, were the flow's item named before the list
    (
        "가전 수입은 △냉장고 3억 2천만 달러(4.1%↑) △세탁기 1억 달러(2.2%↓)로 집계됐다.",
        "1억 달러",
        {"metric": "import", "subject": "세탁기"},
    ),
    (
        "가전 수입은 △냉장고 3억 2천만 달러(4.1%↑) △세탁기 1억 달러(2.2%↓)로 집계됐다.",
        "4.1%",
        {"metric": "import", "subject": "냉장고", "change": "increase"},
    ),
    ("수출은 △8.5% 줄었다.", "△8.5%", {"metric": "export", "change": "decrease"}),  # △ as minus
    # 일본의 경우: the country as the topic, not the reporter (this row was a partner-not row: the
    # imports "in the case of" Australia are the imports from it)
    (
        "수입 증가율은 캐나다 12%로 나타났으나 호주의 경우 9억 달러에서 8억 달러로 줄었다.",
        "8억 달러",
        {"partner": "호주", "partner_code": "AU"},
    ),
    ("대만의 경우 2억 1천만 달러를 기록했다.", "2억 1천만 달러", {"partner": "대만", "partner_code": "TW"}),
    ("미국의 수입은 3% 늘었다.", "3%", {"partner": None}),  # the reporter
    # a partner heading the next figure's parenthesis was the partner of the figure before it
    (
        "주력 품목인 선박의 감소 폭은 31.2%이고 국가별로는 인도(-12.0%), 태국(-4.1%) 등이 줄었다.",
        "31.2%",
        {"partner": None},
    ),
    ("56억 달러의 적자가 미국과의 교역에서 났다.", "56억 달러", {"partner": "미국"}),
    # the figures of a sentence naming no flow took the title's flow, not the one of the sentence before
    (
        "이번 달 수입은 288억달러로 2.1% 늘었다. 품목별로 원유(12.2%)와 가스(4.4%)는 늘었다.",
        "4.4%",
        {"metric": "import", "subject": "가스"},
    ),
    (
        "환율 영향으로 수입액도 줄었다. 전년대비 2.3% 줄어든 301억달러였다.",
        "301억달러",
        {"metric": "import"},
    ),
    # …not past a sentence naming two flows, nor a flow of another kind, nor into another currency
    (
        "수출은 100억달러, 수입은 90억달러였다. 품목별로 원유(12.2%)가 늘었다.",
        "12.2%",
        {"metric": None},
    ),
    (
        "관련 예산은 5조원이 늘었다. 가동률은 75% 수준까지 회복했다.",
        "75%",
        {"metric": None},
    ),
    (
        "신흥시장 수출비중은 23.6%로 높아졌다. 이와 함께 1.5조원 규모의 보증을 조성했다.",
        "1.5조원",
        {"metric": None},
    ),
]

_BOTH_LISTS = (
    "수출과 수입 누계는 각각 612억 달러와 598억 달러로 전년 대비 9.2%(52억 달러)와 7.6%(42억 달러) 늘었다."
)
_TOPICS_BEFORE = "사과는 31억 원, 배는 12억 원으로 각각 4.1%와 18% 증가했다."
_RESPECTIVELY_AFTER = "김치 수출액은 5억 달러, 라면 판매는 9억 달러로 전년 대비 3.1%, 57.2% 각각 증가했다."
_SHORTENED_PAIR = "지난달 수출.입액은 각각 6%와 9% 증가했다."

# rows whose figures the grammar must read first (bare values of a series under its header)
TRADE_ROWS_GRAMMAR: list[Row] = [
    # bug (fixes11 1): a second list after 각각 (… 로 전년 대비 p와 q) took the last metric word (import)
    (_BOTH_LISTS, "9.2%", {"metric": "export", "change": "increase"}),
    (_BOTH_LISTS, "52억 달러", {"metric": "export"}),
    (_BOTH_LISTS, "7.6%", {"metric": "import", "change": "increase"}),
    (_BOTH_LISTS, "598억 달러", {"metric": "import"}),
    # bug (fixes11 1): items named as the topics of the figures before 각각 went to the last one
    (_TOPICS_BEFORE, "4.1%", {"subject": "사과", "change": "increase"}),
    (_TOPICS_BEFORE, "18%", {"subject": "배", "change": "increase"}),
    # bug (fixes11 1): 각각 written after its list swapped the items
    (_RESPECTIVELY_AFTER, "3.1%", {"subject": "김치", "metric": "export", "change": "increase"}),
    # …and 라면's 판매 is a measure of its own: no export (was export)
    (_RESPECTIVELY_AFTER, "57.2%", {"subject": "라면", "metric": None, "change": "increase"}),
    (_RESPECTIVELY_AFTER, "9억 달러", {"subject": "라면", "metric": None}),
    # bug (fixes11 1): 수출.입 (수출입 with a dot) is export then import, not export twice
    # bug (fixes11 2): a one-syllable item after a list's comma (…, 금 5천만달러), read by Kiwi as a
    # verb, was no noun: the figure took the sentence's topic
    (
        "외환보유액은 4,100억달러이며, 이 중 유가증권 3,700억달러, 예치금 300억달러, 금 5천만달러이다.",
        "5천만달러",
        {"subject": "금"},
    ),
    ("과일 수출은 배 12억 원, 감 3억 원이다.", "3억 원", {"subject": "감", "metric": "export"}),
    # bug (fixes11 3): a figure modifying the metric word after it (…%에 이르는 X 수입) took an
    # earlier clause's metric
    (
        "수출은 5% 늘었고, 전체의 21.3%에 이르는 대일본 수입이 감소했다.",
        "21.3%",
        {"metric": "import", "partner": "일본"},
    ),
    ("수출이 늘었다. 전체의 18%에 달하는 대미 수입이 줄었다.", "18%", {"metric": "import"}),
    (
        "전체 수출의 40%인 대일 수출이 5%, 전체의 21%에 이르는 대일 수입은 8% 늘었다.",
        "21%",
        {"metric": "import", "partner": "일본"},
    ),
    # bug (fixes11 4): a letter bullet (o) opening a line was part of the item; 대외투자 lost 대외
    ("o 대외금융자산은 2조 달러로 3.2% 증가했다.", "2조 달러", {"subject": "대외금융자산"}),
    ("수출은 늘었다.\no 대외부채는 900억 달러이다.", "900억 달러", {"subject": "대외부채"}),
    ("ㅇ 대외투자는 120억 달러로 5.1% 늘었다.", "5.1%", {"subject": "대외투자", "metric": "investment"}),
    (_SHORTENED_PAIR, "6%", {"metric": "export"}),
    (_SHORTENED_PAIR, "9%", {"metric": "import"}),
    ("수출·입은 각각 2.1%, 4.4% 줄었다.", "4.4%", {"metric": "import", "change": "decrease"}),
    # bug: an item after a figure's comma, unspaced (14.7%,통신장비 4.7%), had no subject
    ("수입은 원유 12.5%,가스 3.3% 줄었다.", "3.3%", {"subject": "가스", "change": "decrease"}),
    ("수입은 원유 12.5%,가스 3.3% 줄었다.", "12.5%", {"subject": "원유"}),
    # bug (lists2 2): bare numbers of a 각각 list closed by one unit were no figures; each is its item's
    (
        "철강, 가전, 선박 수출은 각각 5.1, 9.3, 2.7% 늘었다.",
        "5.1",
        {"subject": "철강", "metric": "export", "change": "increase"},
    ),
    (
        "철강, 가전, 선박 수출은 각각 5.1, 9.3, 2.7% 늘었다.",
        "9.3",
        {"subject": "가전", "metric": "export", "change": "increase"},
    ),
    ("철강, 가전, 선박 수출은 각각 5.1, 9.3, 2.7% 늘었다.", "2.7%", {"subject": "선박", "metric": "export"}),
    # a series going on to a line that starts with its arrow lost the header's metric (and its values)
    (
        "* 수입 증감률(%):(’23.10)△4.2→(11)+1.5\n→(12)+6.1→(’24.1)△0.8",
        "6.1",
        {"metric": "import", "period": "2023-12"},
    ),
    (
        "* 수입 증감률(%):(’23.10)△4.2→(11)+1.5\n→(12)+6.1→(’24.1)△0.8",
        "△0.8",
        {"metric": "import", "period": "2024-01"},
    ),
    (
        "* 수출 증감률(%):(’22.5)+2.2→(6)△3.3→\n(7)△9.9→(8)+0.7",
        "△9.9",
        {"metric": "export", "period": "2022-07"},
    ),
]

# --- periods ---------------------------------------------------------------------------------

PERIOD_ROWS_GRAMMAR: list[Row] = [
    # bug (audit14): this year's value in a budget sentence about another year (2027년 … 올해(480조원)
    # 보다) took the sentence's year: 올해 is the publication's year
    ("2027년 총지출은 510조원으로 올해(480조원)보다 6.3% 늘어난다.", "480조원", {"period": "2026"}),
    ("2027년 총지출은 510조원으로 올해(480조원)보다 6.3% 늘어난다.", "510조원", {"period": "2027"}),
    # negative: 전년 counts back from the sentence's own year
    ("2027년 총지출은 510조원으로 전년(480조원)보다 6.3% 늘어난다.", "480조원", {"period": "2026"}),
    ("2024년 수출은 전년(6,300억 달러)보다 8.2% 늘었다.", "6,300억 달러", {"period": "2023"}),
    # bug: the base's value a change started from (전년동월(95억 달러)에서 62억 달러로) took the
    # sentence's month: it is the base's, a year back
    ("2025년 3월 상품수지는 전년동월(88억 달러)에서 57억 달러로 줄었다.", "88억 달러", {"period": "2024-03"}),
    ("2025년 3월 상품수지는 전년동월(88억 달러)에서 57억 달러로 줄었다.", "57억 달러", {"period": "2025-03"}),
    # negative: a place before 에서 is no base
    ("2025년 3월 중국(4억 달러)에서 들여온 물량은 3억 달러였다.", "4억 달러", {"period": "2025-03"}),
    # bug (fixes11 7): a base's own values in its parenthesis took the slowing of the new rates
    (
        "올해 수출은 5%, 수입은 3% 늘어 전년도 지난해(수출 12%, 수입 14.5%)에 비해 증가율이 둔화됐다.",
        "14.5%",
        {"metric": "import", "period": "2025", "change": None},
    ),
    (
        "올해 수출은 5%, 수입은 3% 늘어 전년도 지난해(수출 12%, 수입 14.5%)에 비해 증가율이 둔화됐다.",
        "12%",
        {"metric": "export", "change": None},
    ),
    (
        "올해 수출은 5%, 수입은 3% 늘어 전년도 지난해(수출 12%, 수입 14.5%)에 비해 증가율이 둔화됐다.",
        "3%",
        {"metric": "import", "period": "2026", "change": "increase"},
    ),
    # …but a side written in the base's own parenthesis is its own
    (
        "상품수지는 흑자폭이 커졌다. 전년동월(4억 달러 적자)과 비교해서도 흑자 전환됐다.",
        "4억 달러",
        {"metric": "current_account", "change": "deficit"},
    ),
    # fixes11 6: January to the month before the reference, both written relative to it
    (
        "지난 1월부터 지난달까지 누적 수출은 95억 달러로 집계됐다.",
        "95억 달러",
        {"metric": "export", "period": "2025-01/2025-12"},
    ),
    # bug: 연간으로는 2.2% after 1분기 1.3% took the quarter: 연간 makes it the year's
    ("2025년 1분기 성장률은 0.8%, 연간으로는 2.0%로 전망된다.", "2.0%", {"period": "2025"}),
    ("2025년 1분기 성장률은 0.8%, 연간으로는 2.0%로 전망된다.", "0.8%", {"period": "2025-Q1"}),
    ("2024년 11월 수출은 연간 누적으로 6,200억 달러이다.", "6,200억 달러", {"period": "2024-01/2024-11"}),
    ("2024년 하반기 연간 수출 목표는 7천억 달러이다.", "7천억 달러", {"period": "2024"}),
    # bug: the date labelling a change's first figure (지난해 X에서 Y로) was the period of Y too
    (
        "한은은 올해 상품수지 흑자가 지난해 512억 달러에서 430억 달러로 줄 것으로 내다봤다.",
        "430억 달러",
        {"period": "2026"},
    ),
    (
        "한은은 올해 상품수지 흑자가 지난해 512억 달러에서 430억 달러로 줄 것으로 내다봤다.",
        "512억 달러",
        {"period": "2025"},
    ),
    ("2025년 11월 14억 달러 적자에서 6억 달러로 줄었다.", "6억 달러", {"period": None}),
    # bug: 작년 동기의 (a base, with its genitive) before a figure was the period of the figures after it
    (
        "무역수지 적자는 작년 동기의 21억 달러에 비해 4% 증가한 22억 달러로 집계됐다.",
        "22억 달러",
        {"period": None, "metric": "trade_balance"},
    ),
    # bug: the year of a based date (지난해 3월 대비) was the period of the rate
    ("반도체 수출액은 2025년 12월 9억 달러로 지난해 3월 대비 41% 증가했다.", "41%", {"period": "2025-12"}),
    # bug: 지난해 같은 기간 before a figure (no parenthesis) was the period of the figures after it
    (
        "2025년 3분기 수출액은 212억 달러로 지난해 같은 기간 190억 달러에 비해 22억 달러 증가했다.",
        "190억 달러",
        {"period": "2024-Q3"},
    ),
    (
        "2025년 3분기 수출액은 212억 달러로 지난해 같은 기간 190억 달러에 비해 22억 달러 증가했다.",
        "22억 달러",
        {"period": "2025-Q3"},
    ),
    # bug: a figure labelled by a month the grammar cannot date (11월 in a January release) took the
    # sentence's earlier month
    (
        "지난해 12월 경상수지는 31억 달러로 11월(-4억 달러) 적자 이후 흑자로 돌아섰다.",
        "-4억 달러",
        {"period": None, "metric": "current_account"},
    ),
    (
        "지난해 12월 경상수지는 31억 달러로 11월(-4억 달러) 적자 이후 흑자로 돌아섰다.",
        "31억 달러",
        {"period": "2025-12"},
    ),
    (
        "2025년 12월 말 보유액은 4,120억 달러로 11월 말(4,098억 달러)보다 늘었다.",
        "4,098억 달러",
        {"period": None},
    ),
    # bug: a figure right after 전년도 (the base, not in parentheses) had the sentence's year
    (
        "2024년 수출액은 651억 달러로 전년도 620억 달러에 비해 5.1% 증가했다.",
        "620억 달러",
        {"period": "2023", "metric": "export"},
    ),
    # bug: 전년도 in a sentence after one about last year counted from the publication, not from it
    (
        "지난해 수출액은 651억 달러였다. 수입액도 340억 달러로 전년도 335억 달러 대비 1.5% 증가했다.",
        "335억 달러",
        {"period": "2024"},
    ),
    # 지난해 in a base counts from the publication, whatever the sentence's year
    ("지난해 수출은 50억 달러로 지난해 38억 달러보다 늘었다.", "38억 달러", {"period": "2025"}),
    # bug: the month a running total starts (1월부터 누적) was its period
    (
        "2025년 1월부터 누적 적자는 약 96억 달러로 늘었다.",
        "96억 달러",
        {"period": None, "metric": "trade_balance"},
    ),
    # bug: a total the year so far runs to a day (올 들어 이달 20일까지 누적) had that day as its period
    (
        "올 들어 이달 10일까지 누적 무역적자는 38억 달러로 늘었다.",
        "38억 달러",
        {"period": "2026-01-01/2026-01-10", "metric": "trade_balance"},
    ),
    ("이달 10일까지 수출은 151억 달러였다.", "151억 달러", {"period": "2026-01-10"}),
    # bug: 전년(…) after 지난해 was last year too, not the year before it
    (
        "지난해 인삼 수출액은 3억 2,100만 달러로 전년(2억 9,800만 달러)보다 7.7% 늘었다.",
        "2억 9,800만 달러",
        {"period": "2024"},
    ),
    (
        "지난해 인삼 수출액은 3억 2,100만 달러로 전년(2억 9,800만 달러)보다 7.7% 늘었다.",
        "3억 2,100만 달러",
        {"period": "2025"},
    ),
    # bug: 전년(…) after a month the year runs to (11월까지) was that month of last year, not its months
    (
        "2025년 11월까지 수출은 91억 달러로 전년(88억 달러)보다 3.4% 늘었다.",
        "88억 달러",
        {"period": "2024-01/2024-11"},
    ),
    # bug: a year written right before a base's figure, 전년(2016년 …), lost to 전년's own year
    (
        "경상수지 흑자폭은 전년(2023년 352억달러)에 비해 줄었다.",
        "352억달러",
        {"period": "2023", "metric": "current_account"},
    ),
    # bug: a figure after 지난달 took the month written earlier in the sentence (1월 … 지난달에는)
    (
        "서비스수지는 2025년 10월 3억 달러 적자에서 지난달에는 5억 달러 적자로 커졌다.",
        "5억 달러",
        {"period": "2025-12", "subject": "서비스수지"},
    ),
    (
        "서비스수지는 2025년 10월 3억 달러 적자에서 지난달에는 5억 달러 적자로 커졌다.",
        "3억 달러",
        {"period": "2025-10"},
    ),
    ("김 수출액은 지난달까지 8억 3천만 달러로 늘었다.", "8억 3천만 달러", {"period": "2025-01/2025-12"}),
    # a month in parentheses before a value labels that value, not the one before it
    ("* 증감액(조원) : (’23.10월)+2.2 (11월)+3.4", "2.2", {"period": "2023-10"}),
    ("* 증감액(조원) : (’23.10월)+2.2 (11월)+3.4", "3.4", {"period": "2023-11"}),
    # bug: the months spelling out a quarter (2022년 4분기(10~12월)) were the figures' period, in the
    # publication's year
    (
        "2022년 4분기(10~12월) 투자액은 88억 달러로 전년 동기(95억 달러)보다 줄었다.",
        "88억 달러",
        {"period": "2022-Q4"},
    ),
    (
        "2022년 4분기(10~12월) 투자액은 88억 달러로 전년 동기(95억 달러)보다 줄었다.",
        "95억 달러",
        {"period": "2021-Q4"},
    ),
    # bug: a date starting a stretch (금년 2월 이후 최저치) was the figure's period
    ("’24.6월중 은행 대출은 금년 2월 이후 최저치인 +0.9조원 늘었다.", "+0.9조원", {"period": "2024-06"}),
    ("1월 수입은 작년 4월 이래 최대인 590억 달러였다.", "590억 달러", {"period": "2026-01"}),
    # bug: 전년 before 동기비/비 (대비 cut short) was read as the figure's period, last year
    ("투자액은 전년동기비 3.4% 감소하였다.", "3.4%", {"period": None}),
    ("물가는 전년비 2.1% 올랐다.", "2.1%", {"period": None}),
    ("‘26년 1분기 투자액은 전년동기비 3.4% 감소하였다.", "3.4%", {"period": "2026-Q1"}),
    ("전년 동기 비중은 12.0%였다.", "12.0%", {"period": "2025"}),  # 비중 is a share: 전년 stays the period
    # bug: a year written before 같은 기간/동기 and a comparison marker was the figures' period
    (
        "’25년 10월까지 김 수출액은 ’24년 같은 기간보다 6.1% 증가한 8.8억 불이다.",
        "8.8억 불",
        {"period": "2025-01/2025-10"},
    ),
    (
        "’25년 10월까지 김 수출액은 ’24년 같은 기간보다 6.1% 증가한 8.8억 불이다.",
        "6.1%",
        {"period": "2025-01/2025-10"},
    ),
    # bug: the value of 전년 동월 in a sentence naming no month was last year as a whole (2025)
    ("하루 평균 수입액은 전년 동월(18.5억 달러) 대비 2.0% 줄었다.", "18.5억 달러", {"period": None}),
    ("2026년 3월 수입은 전년 동월(18.5억 달러) 대비 2.0% 줄었다.", "18.5억 달러", {"period": "2025-03"}),
    ("수입은 전년(180억 달러) 대비 2.0% 줄었다.", "180억 달러", {"period": "2025"}),
    # bug: a month the year so far runs to (까지, 말 누적, 누계) was the figures' period, that month alone
    ("’24년 8월말 누적 유자차 수출은 4천만 달러였다.", "4천만 달러", {"period": "2024-01/2024-08"}),
    ("2023년 5월 누계 수입은 120억 달러다.", "120억 달러", {"period": "2023-01/2023-05"}),
    ("2023년 1월까지 수입은 20억 달러다.", "20억 달러", {"period": "2023-01"}),
    ("2023년 5월 수입은 20억 달러다.", "20억 달러", {"period": "2023-05"}),
    ("2025년 3분기 투자는 2024년 동기 대비 3.0% 늘어난 70억 달러다.", "70억 달러", {"period": "2025-Q3"}),
    # bug: a figure right after 전월 or in its parenthesis took the sentence's own month; it is the
    # month (or quarter) before it
    (
        "’26.3월 은행 대출은 +2.1조원 늘어 전월(+4.5조원) 및 전년 동월(+3.0조원) 대비 둔화되었다.",
        "+4.5조원",
        {"period": "2026-02"},
    ),
    (
        "’26.3월 은행 대출은 +2.1조원 늘어 전월(+4.5조원) 및 전년 동월(+3.0조원) 대비 둔화되었다.",
        "+3.0조원",
        {"period": "2025-03"},
    ),
    (
        "’26.3월 은행 대출은 +2.1조원 늘어 전월(+4.5조원) 및 전년 동월(+3.0조원) 대비 둔화되었다.",
        "+2.1조원",
        {"period": "2026-03"},
    ),
    ("2026년 1월 물가는 전년동월대비 2.0% 올라 전월 1.8%보다 0.2%p 높았다.", "1.8%", {"period": "2025-12"}),
    ("2026년 1월 물가는 전년동월대비 2.0% 올라 전월 1.8%보다 0.2%p 높았다.", "0.2%p", {"period": "2026-01"}),
    ("2026년 1분기 투자는 31억 달러로 직전 분기(28억 달러)보다 늘었다.", "28억 달러", {"period": "2025-Q4"}),
    ("2026년 2월 물가는 전월 대비 0.4% 올랐다.", "0.4%", {"period": "2026-02"}),  # a change against it
    (
        "대출은 +2.1조원 늘어 전월(+4.5조원) 대비 둔화되었다.",
        "+4.5조원",
        {"period": None},
    ),  # no month to count back from
    # bug (gaps 8): 이달 들어 20일까지: the period is the month so far, not the 20th alone
    ("이달 들어 10일까지 수입은 4.4% 줄었다.", "4.4%", {"period": "2026-01-01/2026-01-10"}),
    # bug (gaps 7): 전월 and 전년 동월 were counted back from a date starting a stretch (’25.8월 이후)
    # written after the sentence's own month
    (
        "’25.11월 주담대는 ’25.8월 이후 최소인 +1.9조원 늘어 전월(+5.2조원) 대비 축소되었다.",
        "+5.2조원",
        {"period": "2025-10"},
    ),
    (
        "’25.11월 주담대는 ’25.8월 이후 최소인 +1.9조원 늘어 전년 동월(+2.7조원) 대비 축소되었다.",
        "+2.7조원",
        {"period": "2024-11"},
    ),
    (
        "’25.11월 주담대는 ’25.8월 이후 최소인 +1.9조원 늘어 전월(+5.2조원) 대비 축소되었다.",
        "+1.9조원",
        {"period": "2025-11"},
    ),
    ("’25.8월 이후 주담대는 전월(+5.2조원) 대비 축소되었다.", "+5.2조원", {"period": None}),
    # dates13: a heading's month did not reach the points under it (□ 3월 수출입 동향, then
    # ㅇ 수출은 …% 증가): a point without a date of its own takes its heading's, up the outline
    ("□ 2025년 10월 수출입 동향\n ㅇ 수출은 전년동월 대비 4.6% 증가", "4.6%", {"period": "2025-10"}),
    (
        "□ 2025년 10월 수출입 동향\n ㅇ 수출은 4.6% 증가\n ㅇ 수입은 2.2% 감소한 412억 달러",
        "412억 달러",
        {"period": "2025-10"},
    ),
    ("□ 2025년 3분기 동향\n ㅇ 수출\n  - 반도체는 21% 늘어", "21%", {"period": "2025-Q3"}),
    ("□ 2025년 1~9월 누계\n\n ㅇ 흑자는 380억 달러", "380억 달러", {"period": "2025-01/2025-09"}),
    # the point's own date wins; a base's own value stays the base's (unknown here)
    ("□ 2025년 10월 동향\n ㅇ 2025년 9월에는 3.1% 증가", "3.1%", {"period": "2025-09"}),
    ("□ 2025년 10월 동향\n ㅇ 수출은 전월(520억 달러)보다 늘어", "520억 달러", {"period": None}),
    # negatives: the next heading of the same level ends it; a paragraph between; a heading's
    # base or bound; two periods in a heading; a heading's day
    ("□ 2025년 10월 동향\n ㅇ 수출 5% 증가\n□ 향후 계획\n ㅇ 수출 9% 목표", "9%", {"period": None}),
    ("□ 2025년 10월 동향\n수출 흐름은 이렇다\n ㅇ 수출 5% 증가", "5%", {"period": None}),
    ("□ 2019년 대비 수출 구조\n ㅇ 반도체 비중 20%", "20%", {"period": None}),
    ("□ ’30년까지 수출 목표\n ㅇ 반도체 1,500억 달러", "1,500억 달러", {"period": None}),
    ("□ 2024년과 2025년 비교\n ㅇ 반도체 비중 20%", "20%", {"period": None}),
    ("□ 2025년 10월 5일 발표\n ㅇ 반도체 비중 20%", "20%", {"period": None}),
    # a heading that states figures: its dates are its figures' (a run from a start to an end)
    (
        "○ 2014년~2024년 수입은 4억 달러에서 90억 달러로\n - 흑자는 9억 달러에서 60억 달러로",
        "9억 달러",
        {"period": None},
    ),
    # dates13: a stock at the end of the quarter or month before (전분기말 잔액은 …) took the
    # sentence's own period or none: it is the end of the period before the sentence's
    ("2025년 6월말 잔액은 980조원, 전분기말 잔액은 962조원이었다.", "962조원", {"period": "2025-Q1"}),
    ("2025년 2분기말 잔액은 980조원, 전분기말 잔액은 962조원이었다.", "962조원", {"period": "2025-Q1"}),
    ("2025년 3월말 잔액은 980조원으로 전분기말(962조원)보다 늘었다.", "962조원", {"period": "2024-Q4"}),
    ("2025년 6월말 잔액은 980조원, 전월말 기준 잔액은 975조원이었다.", "975조원", {"period": "2025-05"}),
    # negatives: past a comparison the figure is the change, the sentence's; a month that ends no
    # quarter names no quarter before it
    ("2025년 6월말 잔액은 전분기말 대비 18조원 늘었다.", "18조원", {"period": "2025-06"}),
    ("2025년 6월말 잔액은 전분기말 잔액보다 18조원 많다.", "18조원", {"period": "2025-06"}),
    ("2025년 5월말 잔액은 980조원, 전분기말 잔액은 962조원이었다.", "962조원", {"period": None}),
    # dates13: a rate after a base's value labelled by a relative year (전년 16억 달러보다 29.2%)
    # took that year: the year is the base value's only
    ("일평균 수출은 18억 달러로 전년 14억 달러보다 28.6% 늘었다.", "28.6%", {"period": None}),
    ("일평균 수출은 18억 달러로 전년 14억 달러보다 28.6% 늘었다.", "14억 달러", {"period": "2025"}),
    ("올해 수출은 18억 달러로 전년 14억 달러 대비 28.6% 늘었다.", "28.6%", {"period": "2026"}),
    # dates13: a rate after the end of last year as a base (전년말(…) 대비 2.8%) took last year
    (
        "2025년 9월말 잔액은 1,120조원으로 전년말(1,090조원) 대비 2.8% 증가했다.",
        "2.8%",
        {"period": "2025-09"},
    ),
    ("2025년 9월말 잔액은 1,120조원으로 전년말 대비 30조원 늘었다.", "30조원", {"period": "2025-09"}),
]
"""Rows whose dates the real grammar must read (quarters, month ranges), as the pipeline does."""

PERIOD_ROWS: list[Row] = [
    # the figure in the base's parenthesis is the base period's own value
    (
        "2025년 12월 수출액은 610억 달러로 전년 동월(566억 달러) 대비 7.8% 늘었다.",
        "566억 달러",
        {"period": "2024-12"},
    ),
    (
        "2025년 12월 수출액은 610억 달러로 전년 동월(566억 달러) 대비 7.8% 늘었다.",
        "7.8%",
        {"period": "2025-12"},
    ),
    (
        "2025년 12월 수출액은 610억 달러로 전년 동월(566억 달러) 대비 7.8% 늘었다.",
        "610억 달러",
        {"period": "2025-12"},
    ),
]

# bug: market figures in an export story (환율, 코스피, 유가, 금리) took the export of the sentences
# before; each is a measure of its own, with no metric of the contract
_EXPORT_THEN_MARKETS = (
    "10월 수출은 5.2% 증가한 580억 달러였다. 원·달러 환율은 4.1원 오른 1,392.5원에 마감했다. "
    "코스닥은 0.8% 내린 871.20에 마쳤다. 두바이유 유가는 배럴당 71.3달러로 올랐다. "
    "국고채 금리는 2.95%로 0.03%p 하락했다."
)
MARKET_ROWS_GRAMMAR: list[Row] = [
    (_EXPORT_THEN_MARKETS, "580억 달러", {"metric": "export"}),
    (_EXPORT_THEN_MARKETS, "4.1원", {"metric": None, "subject": "환율", "change": "increase"}),
    (_EXPORT_THEN_MARKETS, "1,392.5원", {"metric": None, "subject": "환율"}),
    (_EXPORT_THEN_MARKETS, "0.8%", {"metric": None, "subject": "코스닥", "change": "decrease"}),
    (_EXPORT_THEN_MARKETS, "71.3달러", {"metric": None}),
    (_EXPORT_THEN_MARKETS, "2.95%", {"metric": None}),
    (_EXPORT_THEN_MARKETS, "0.03%p", {"metric": None, "change": "decrease"}),
    # a rate of lending stays lending: the metric word is in the item
    ("가계대출 금리는 4.2%로 0.1%p 올랐다.", "4.2%", {"metric": "lending"}),
]

# --- activity releases (산업활동동향 and its news coverage) ------------------------------------

ACTIVITY_ROWS_GRAMMAR: list[Row] = [
    # bug (fixes11 5): a measure named by its own word (소매판매, 건설수주), no metric of the contract,
    # took the output of the clause before
    (
        "서울의 광공업생산은 3.1% 증가했고, 소매판매는 1.2%, 건설수주는 8.4% 감소했다.",
        "1.2%",
        {"metric": None, "subject": "소매판매", "change": "decrease"},
    ),
    (
        "서울의 광공업생산은 3.1% 증가했고, 소매판매는 1.2%, 건설수주는 8.4% 감소했다.",
        "8.4%",
        {"metric": None, "subject": "건설수주"},
    ),
    (
        "서울의 광공업생산은 3.1% 증가했고, 소매판매는 1.2%, 건설수주는 8.4% 감소했다.",
        "3.1%",
        {"metric": "output", "subject": "광공업생산"},
    ),
    # …nor from the sentence before, nor do the sentences after it about its items (토목은 21.4%)
    (
        "부산 수출은 3.1% 증가했다. 부산 건설수주는 12% 증가했다. 특히 토목은 21.4% 늘었다.",
        "12%",
        {"metric": None},
    ),
    (
        "부산 수출은 3.1% 증가했다. 부산 건설수주는 12% 증가했다. 특히 토목은 21.4% 늘었다.",
        "21.4%",
        {"metric": None, "subject": "토목", "change": "increase"},
    ),
    (
        "부산 수출은 3.1% 증가했다. 부산 건설수주는 12% 증가했다. 특히 토목은 21.4% 늘었다.",
        "3.1%",
        {"metric": "export"},
    ),
    (
        "부산 건설수주는 12% 증가했다. 한편 부산 수출은 3.1% 늘었다. 특히 선박은 21.4% 늘었다.",
        "21.4%",
        {"metric": "export", "subject": "선박"},
    ),
    # bug: an item written right before its figure took the named metric word of the sentence
    # (제조업생산 for 선박 8.3%), and the list's first rate had no change (증가 after its last one)
    (
        "제조업생산은 선박 8.3%, 의약품 2.6% 등에서 늘어 전월보다 0.5% 증가했다.",
        "8.3%",
        {"metric": "output", "subject": "선박", "change": "increase"},
    ),
    (
        "제조업생산은 선박 8.3%, 의약품 2.6% 등에서 늘어 전월보다 0.5% 증가했다.",
        "2.6%",
        {"subject": "의약품", "change": "increase"},
    ),
    (
        "제조업생산은 선박 8.3%, 의약품 2.6% 등에서 늘어 전월보다 0.5% 증가했다.",
        "0.5%",
        {"metric": "output", "subject": "제조업생산", "change": "increase"},
    ),
    # bug: items closed by 등 before 각각 (숙박, 운수 등이 각각) were not paired with the figures, and
    # the figure of the next clause (… 전월보다 0.3%) was counted as one of the list's
    (
        "서비스업생산은 숙박, 운수 등이 각각 1.8%, 0.7% 감소해 전월보다 0.3% 줄었다.",
        "1.8%",
        {"subject": "숙박", "change": "decrease"},
    ),
    (
        "서비스업생산은 숙박, 운수 등이 각각 1.8%, 0.7% 감소해 전월보다 0.3% 줄었다.",
        "0.7%",
        {"subject": "운수"},
    ),
    (
        "서비스업생산은 숙박, 운수 등이 각각 1.8%, 0.7% 감소해 전월보다 0.3% 줄었다.",
        "0.3%",
        {"metric": "output", "subject": "서비스업생산"},
    ),
    # bug: a prefix written apart (준 내구재, 비 내구재) was dropped from the item's name, and the
    # total after the clauses took an item instead of the sentence's topic (소매판매는 …)
    (
        "소매판매는 의류 등 준 내구재가 2.1% 늘었으나, 음료 등 비 내구재가 0.9% 줄어 전월보다 0.4% 감소했다.",
        "2.1%",
        {"subject": "준내구재", "change": "increase"},
    ),
    (
        "소매판매는 의류 등 준 내구재가 2.1% 늘었으나, 음료 등 비 내구재가 0.9% 줄어 전월보다 0.4% 감소했다.",
        "0.9%",
        {"subject": "비내구재", "change": "decrease"},
    ),
    (
        "소매판매는 의류 등 준 내구재가 2.1% 늘었으나, 음료 등 비 내구재가 0.9% 줄어 전월보다 0.4% 감소했다.",
        "0.4%",
        {"subject": "소매판매", "change": "decrease"},
    ),
    (
        "소매판매는 가구 등 내구재, 의약품 등 비 내구재 판매가 각각 1.1%, 2.4% 늘었다.",
        "2.4%",
        {"subject": "비내구재"},
    ),
    # bug: an item marked as subject right before its figure (운송장비가 7.7%) took the topic's
    # name (설비투자), and the total after the clause that names its parts had no item
    (
        "설비투자의 경우 항공기 등 운송장비가 7.7%, 반도체장비 등 기계류가 1.9% 투자가 모두 늘어 전월보다 3.6% 증가했다.",
        "7.7%",
        {"metric": "investment", "subject": "운송장비"},
    ),
    (
        "설비투자의 경우 항공기 등 운송장비가 7.7%, 반도체장비 등 기계류가 1.9% 투자가 모두 늘어 전월보다 3.6% 증가했다.",
        "3.6%",
        {"metric": "investment", "subject": "설비투자", "change": "increase"},
    ),
    # bug: a total after a clause naming its parts (… 투자가 모두 줄어) took the last part's item
    (
        "설비투자는 기계류(-4.1%) 및 운송장비(-9.2%) 투자가 모두 줄어 전월보다 5.3% 감소했다.",
        "5.3%",
        {"metric": "investment", "subject": "설비투자", "change": "decrease"},
    ),
    (
        "설비투자는 반도체장비 등 기계류 투자가 줄어 전월대비 3% 감소했다.",
        "3%",
        {"metric": "investment", "subject": "설비투자"},
    ),
    # bug: a topic after a connective ending (감소했으며 국내기계수주는) did not open its own clause:
    # its figure took the item of an earlier clause's metric word (기계류 투자)
    (
        "설비투자는 기계류 투자가 줄어 전월대비 3% 감소했으며 국내기계수주는 전년동월대비 21.4% 늘었다.",
        "21.4%",
        {"subject": "국내기계수주", "change": "increase"},
    ),
    # bug: the base year of an index (108.4(2020년=100)) was the figure's period
    (
        "전산업생산 지수는 108.4(2020년=100)로 전월 대비 0.6% 늘었다.",
        "0.6%",
        {"metric": "output", "period": None},
    ),
    # bug: a topic with a parenthesis between the noun and 은/는 had no item
    ("건설수주액(경상 기준)은 전년동월대비 12.8% 감소했다.", "12.8%", {"subject": "건설수주액"}),
    (
        "건설기성액(공사 진척에 따라 받은 금액)은 전월대비 2.2%, 전년동월대비 0.9% 늘었다.",
        "0.9%",
        {"subject": "건설기성액"},
    ),
    # bug: production spaced as news print it (서비스업 생산) named no metric
    ("서비스업 생산은 전월보다 0.7% 늘었다.", "0.7%", {"metric": "output", "subject": "서비스업생산"}),
    ("제조업 생산도 전월보다 1.1% 줄었다.", "1.1%", {"metric": "output"}),
    # bug: 전년 in the name of a ratio (전년동월비는) was the figure's period
    ("경기선행지수 전년동월비는 전월보다 0.4%p 올랐다.", "0.4%p", {"period": None}),
    # bug: an association (중소기업중앙회) was the item of the figures it reports
    (
        "중소기업중앙회는 평균 가동률이 전월보다 0.6%포인트 하락했다고 밝혔다.",
        "0.6%포인트",
        {"subject": "가동률"},
    ),
    # bug: 내수출하 (domestic shipments) was read as exports; 내수 is domestic sales (other)
    ("기계류 내수출하는 전년동월대비 6.2% 감소했다.", "6.2%", {"metric": "other"}),
    # bug: nouns of time and trend (지난 달, 반전, 적자 폭) were items
    ("백화점은 지난 달 1.2% 감소에서 이달 0.8% 증가로 돌아섰다.", "1.2%", {"subject": "백화점"}),
    ("동행지수는 석 달 만에 상승 반전(0.4%p 증가)했다.", "0.4%p", {"subject": "동행지수"}),
    # bug: the part a figure comes from (에서) was not its item: the clause's topic was
    (
        "건설수주는 철도 등 토목 부문에서 12.6% 줄었으나, 공장 등 건축에서 31% 늘어 전년동월대비 8.8% 증가했다.",
        "12.6%",
        {"subject": "토목", "change": "decrease"},
    ),
    (
        "건설수주는 철도 등 토목 부문에서 12.6% 줄었으나, 공장 등 건축에서 31% 늘어 전년동월대비 8.8% 증가했다.",
        "31%",
        {"subject": "건축", "change": "increase"},
    ),
    (
        "건설수주는 철도 등 토목 부문에서 12.6% 줄었으나, 공장 등 건축에서 31% 늘어 전년동월대비 8.8% 증가했다.",
        "8.8%",
        {"subject": "건설수주", "change": "increase"},
    ),
    # bug: a metric word naming a cause (세제지원 등으로) was what the figure measures (budget, 세제)
    (
        "가전 판매는 전월대비 1.3% 줄었으나 전년동월대비 할인행사, 정부지원 등으로 6% 늘었다.",
        "6%",
        {"metric": None, "subject": "가전"},
    ),
    ("운수업은 화물 수입 증가로 2.7% 늘었다.", "2.7%", {"metric": None, "subject": "운수업"}),
    # bug: a label's metric word (제조업 생산:) gave way to the topic of the last clause (자동차는)
    (
        "제조업 생산: 선박, 의약품은 늘었지만 화학제품, 철강은 줄어들어 전월 대비 0.9% 감소했다.",
        "0.9%",
        {"metric": "output", "subject": "제조업생산"},
    ),
    # bug: the whole index spaced apart (전 산업 생산) named no metric
    ("9월 전 산업 생산 지수는 전월보다 1.2% 늘었다.", "1.2%", {"metric": "output", "subject": "전산업생산"}),
    # bug: households' expected inflation (기대인플레이션율) was cut to 기대; 동안 was an item
    (
        "향후 1년 기대인플레이션율은 2.7%로 0.2%p 내렸다.",
        "2.7%",
        {"metric": "prices", "subject": "기대인플레이션율"},
    ),
    ("앞으로 1년 동안 소비자 물가 상승률 인식은 0.2%p 올랐다.", "0.2%p", {"subject": "소비자"}),
    # bug: the rise of prices taken out of a figure (물가 상승분을 뺀) made it a price figure
    ("물가 상승분을 뺀 불변금액 기준으로는 2.9% 줄었다.", "2.9%", {"metric": None}),
    # bug: the trailing noun of what is done to an item (생산, 소비) was kept in its name
    ("반도체 생산이 이 기간 3.8% 감소했다.", "3.8%", {"subject": "반도체"}),
    ("의복 등 준내구재 소비는 2.2% 줄었다.", "2.2%", {"subject": "준내구재"}),
    ("이를 통해 생산성이 25% 향상될 것으로 기대된다.", "25%", {"subject": "생산성"}),  # a noun of its own
    # negatives: a change noun (증가율이, 감소폭이) closes no clause; an item before a verb keeps its figure
    ("수출 증가율이 높은 품목은 선박(40%)이다.", "40%", {"metric": "export", "subject": "선박"}),
    (
        "반도체 수출이 12% 늘어난 99억 달러로 집계됐다.",
        "99억 달러",
        {"metric": "export", "subject": "반도체"},
    ),
]
"""Rows of the forms 통계청 산업활동동향 and news on it write (생산, 소매판매, 설비투자, 건설, 가동률)."""


# --- industry, investment and price releases and their news reports (audit 7) ---------------

INDUSTRY_ROWS: list[Row] = [
    # bug: a quantity written with 만 or 천 before the figure was its subject (210만CGT, 1천911곳)
    ("이 중 국내 조선사 수주량은 185만CGT(33척, 39%)였다.", "39%", {"subject": "조선사 수주량"}),
    ("올해 수주는 92만CGT(17척, 28%)에 그쳤다.", "28%", {"subject": "수주"}),
    ("수출 중소기업 수는 전년 대비 3천208곳(4.2%) 증가했다.", "4.2%", {"subject": None}),
    ("5G 장비(12.5%)도 늘었다.", "12.5%", {"subject": "5G 장비"}),  # a letter after the number: a name
    # bug: words that say the level, the first time, the real basis or a sum were the subject
    ("3개월 연속 70억달러 대 수출을 이어갔다.", "70억달러", {"subject": None}),
    ("2019년 최초 수출 250억불 돌파에 이어", "250억불", {"subject": None}),
    ("실제 투자 도착 기준으로는 17.4% 증가한 64억 달러다.", "64억 달러", {"subject": None}),
    ("일본은 7.2% 줄은 4억1,000만달러였다.", "4억1,000만달러", {"subject": None, "partner": "일본"}),
    ("선박과 기자재의 합산 수출액은 208억달러였다.", "208억달러", {"subject": None}),
    # bug: a letter-spaced heading label kept its spaces (공  산  품)
    ("ㅇ서  비  스 : 운송서비스 등이 올라 전월대비 0.4% 상승", "0.4%", {"subject": "서비스"}),
    ("ㅇ광 산 품 : 철광석 등이 내려 전월대비 1.3% 하락", "1.3%", {"subject": "광산품"}),
    # bug: an industry's domestic sales and output took the exports of the sentence before
    ("승용차 수출은 4.4% 늘었다. 승용차 내수 판매는 전년 대비 2.7% 감소했다.", "2.7%", {"metric": "other"}),
    ("국내 선박 생산량은 전년보다 3.9% 감소했다.", "3.9%", {"metric": "output", "subject": "선박"}),
    # bug: 총수입액 (all imports of a kind) was the budget's revenue (총수입)
    ("원자재 총수입액은 6.3% 감소한 77억달러였다.", "77억달러", {"metric": "import", "subject": "원자재"}),
    ("올해 총수입은 651.8조원이다.", "651.8조원", {"metric": "budget"}),
    # bug: 기타유럽 (Europe beyond the EU) was no partner: the one before it went on
    (
        "지역별로는 EU 8억7천만달러, 기타유럽 2억9천만달러 순이었다.",
        "2억9천만달러",
        {"partner": "기타유럽", "partner_code": "EUROPE"},
    ),
    # bug: a 각각 list ran on into the clause after 반면 and took its change (늘어난 read as 줄었다)
    (
        "수입은 원유(12억 달러), 가스(9억 달러), 석탄(4억 달러)이 각각 31.2%, 8.5%, 6.1% 늘어난 반면 철광석(2억 달러)은 4.4% 줄었다.",
        "8.5%",
        {"change": "increase"},
    ),
    (
        "수입은 원유(12억 달러), 가스(9억 달러), 석탄(4억 달러)이 각각 31.2%, 8.5%, 6.1% 늘어난 반면 철광석(2억 달러)은 4.4% 줄었다.",
        "4.4%",
        {"change": "decrease", "subject": "철광석"},
    ),
    # bug: the item of a clause after 반면 was the sentence's first topic
    ("충남 수출은 반도체가 3.3% 늘어난 반면 석유제품은 9.1% 줄었다.", "9.1%", {"subject": "석유제품"}),
    # bug: a topic with a parenthesis between it and its particle was not read
    ("울산 수출은 선박(18억 달러)은 22.4%, 화공품(7억 달러)은 3.9% 늘었다.", "3.9%", {"subject": "화공품"}),
    # …but not the last item of a list whose figures follow 각각: each its own, in order (fixes11)
    (
        "수입은 원유(12억 달러), 가스(9억 달러), 석탄(4억 달러)은 각각 31.2%, 8.5%, 6.1% 늘었다.",
        "31.2%",
        {"subject": "원유", "change": "increase"},
    ),
    (
        "수입은 원유(12억 달러), 가스(9억 달러), 석탄(4억 달러)은 각각 31.2%, 8.5%, 6.1% 늘었다.",
        "6.1%",
        {"subject": "석탄", "change": "increase"},
    ),
    # bug: the topic right before a figure (반도체가 41억 달러로) was no item when a metric was known
    (
        "품목별 수출실적은 철강이 12억3천만 달러로 가장 많았다.",
        "12억3천만 달러",
        {"subject": "철강", "metric": "export"},
    ),
    # bug: a news dateline, (세종=연합뉴스), was read as the line's label and the figures' item
    (
        "(부산=연합뉴스) 홍길동 기자 = 관세청은 올해 2분기 해외직접투자액이 121억 달러로 늘었다고 밝혔다.",
        "121억 달러",
        {"subject": "해외직접투자"},
    ),
    # bug: figures listed bare before one change word (5.4%, 1.8% 감소) lost it but the last
    ("연료(6억 달러)는 4.9%, 2.2% 감소했다.", "4.9%", {"change": "decrease"}),
    # the verb gapped after parallel topics: both fell (as 중국산은 7%, 일본산은 1% 감소)
    ("수출은 5.1%, 수입은 3.2% 감소했다.", "5.1%", {"change": "decrease"}),
    # bug: 외국인 직접투자, 해외 직접투자 as news space them named the item by their first word
    (
        "외국인 직접투자 신고액이 전년 대비 17.2% 늘었다.",
        "17.2%",
        {"subject": "외국인직접투자", "metric": "investment"},
    ),
    (
        "해외 직접투자는 1분기 84억 달러로 줄었다.",
        "84억 달러",
        {"subject": "해외직접투자", "metric": "investment"},
    ),
    # bug: a bare word right before a figure was never read by Kiwi, so it named no item
    ("과자 12.4%·음료 9.9%·김치 3.3% 증가", "12.4%", {"subject": "과자"}),
    ("6~10위는 운수업 3.4%, 건설업 2.2%, 광업 1.1% 순이다.", "2.2%", {"subject": "건설업"}),
    ("사상 처음 6천억불을 돌파했다.", "6천억불", {"subject": None}),
    ("원유 예년 비 85% 수준을 확보했다.", "85%", {"subject": None}),
    ("수출 대수는 9% 늘었고, 금액도 27% 증가한 48억달러였다.", "48억달러", {"subject": None}),
    # bug: a topic marked with 도 (also) was no topic: the item of the clause before went on
    ("축산물이 1.9% 내리고, 수산물도 어획량 감소로 2.6% 올랐다.", "2.6%", {"subject": "수산물"}),
    ("서비스가 0.2% 올랐다. 공산품도 전월비 0.4% 올랐다.", "0.4%", {"subject": "공산품"}),
    ("중국도 3.2% 증가했다.", "3.2%", {"subject": None, "partner": "중국"}),
    # bug: a compound whose front Kiwi reads as an adverb (직접/MAG 회로반도체) was no item
    (
        "최대 품목인 직접회로반도체(-41.2%), 평판디스플레이(-12.0%) 등이 줄었다.",
        "-41.2%",
        {"subject": "직접회로반도체"},
    ),
    # bug: the country whose investment into Korea a figure is (미국의 한국 투자) was no partner
    (
        "캐나다의 한국 투자는 신고 기준으로 8.3% 증가한 12억 달러다.",
        "12억 달러",
        {"partner": "캐나다", "partner_code": "CA"},
    ),
    ("캐나다의 수입은 3.1% 늘었다.", "3.1%", {"partner": None}),  # the reporter's own flow
    # bug: a balance word heading the figure's parenthesis did not say its side (적자(2.9억불))
    (
        "다만 교역에서는 적자(2.9억불)를 기록했다.",
        "2.9억불",
        {"metric": "trade_balance", "change": "deficit"},
    ),
]

# rows whose dates the grammar must read (audit 7)
INDUSTRY_ROWS_GRAMMAR: list[Row] = [
    # bug: the year an index is based on (2020년 수준 100, 2020=100) was the figure's period
    ("1월 수출물가지수(2020년 수준 100)는 118.4로 전월보다 0.9% 올랐다.", "0.9%", {"period": "2026-01"}),
    ("수입물가지수(2015=100)는 전월 대비 2.2% 내렸다.", "2.2%", {"period": None}),
    ("2020년 기준 100억 달러를 넘었다.", "100억 달러", {"period": "2020"}),  # an amount, no index base
    # bug: the value of 전기 (the quarter before) took the sentence's own quarter
    (
        "2025년 3분기 투자액은 95억 달러로 전기(104억 달러) 대비 8.7% 줄었다.",
        "104억 달러",
        {"period": "2025-Q2"},
    ),
    ("2025년 3분기 투자액은 95억 달러로 전기(104억 달러) 대비 8.7% 줄었다.", "8.7%", {"period": "2025-Q3"}),
    ("2025년 1분기 투자액은 전기 대비 3.1% 늘었다.", "3.1%", {"period": "2025-Q1"}),
    ("2025년 8월 전기(4.2%)·도시가스(2.5%) 요금이 올랐다.", "4.2%", {"period": "2025-08"}),  # electricity
    # bug: 지난달's own values took a date written earlier in the sentence (the month before the
    # publication's, not that date's)
    (
        "2016년 5월(29.4%) 이후 가장 높은 증가율을 보인 지난달(166억 달러, 27.1%)에 이어 두 번째다.",
        "166억 달러",
        {"period": "2025-12"},
    ),
    (
        "2016년 5월(29.4%) 이후 가장 높은 증가율을 보인 지난달(166억 달러, 27.1%)에 이어 두 번째다.",
        "27.1%",
        {"period": "2025-12"},
    ),
]

# --- other releases of the scored publishers (audit 10) ---------------------------------------

AUDIT10_ROWS: list[Row] = [
    # bug: 수입 glued to a consumer good (수입맥주, a price item) was read as the import flow and
    # carried to every item after it
    ("공산품 중 수입맥주(6.2%), 운동화(3.4%) 등이 올랐다.", "6.2%", {"metric": None, "subject": "수입맥주"}),
    ("공산품 중 수입맥주(6.2%), 운동화(3.4%) 등이 올랐다.", "3.4%", {"metric": None, "subject": "운동화"}),
    ("소비자물가는 수입쇠고기(8.1%)가 올라 2.3% 상승했다.", "2.3%", {"metric": "prices"}),
    ("맥주 수입은 5.2% 늘었다.", "5.2%", {"metric": "import"}),
    # bug: 흑자 of the next clause's topic (무역흑자 규모는 …) was the surplus of the figures before it
    (
        "올해 수출액은 610억달러, 수입액은 570억달러로 무역흑자 규모는 40억달러로 예상했다.",
        "570억달러",
        {"metric": "import", "change": None},
    ),
    (
        "올해 수출액은 610억달러, 수입액은 570억달러로 무역흑자 규모는 40억달러로 예상했다.",
        "40억달러",
        {"metric": "trade_balance", "change": "surplus"},
    ),
    ("수출은 3.1% 늘고 수입액은 2.2% 줄어 흑자를 냈다.", "3.1%", {"metric": "export", "change": "increase"}),
    # bug: the stock at the end of the quarter before (전분기말(…)) took the sentence's own month;
    # dates13: it is the quarter before the one 6월말 ends
    (
        "2023년 6월말 대외금융부채는 8,120억달러로 전분기말(8,340억달러)에 비해 220억달러 감소",
        "8,340억달러",
        {"period": "2023-Q1"},
    ),
    (
        "2023년 6월말 대외금융부채는 8,120억달러로 전분기말(8,340억달러)에 비해 220억달러 감소",
        "8,120억달러",
        {"period": "2023-06"},
    ),
    ("2023년 6월말 기업대출은 9,100억원으로 전월말(8,950억원)보다 많다.", "8,950억원", {"period": "2023-05"}),
]

# audit 13: monthly statistical releases (재정동향, 산업활동동향, 수출입물가) as news retell them
AUDIT13_ROWS: list[Row] = [
    # bug: 나라 살림 적자 (the government's books in the red) was a trade deficit
    ("올해 1~4월 나라 살림 적자가 52조1000억원으로 늘었다.", "52조1000억원", {"metric": "fiscal_balance"}),
    ("9월까지 나라살림 적자는 61조원이었다.", "61조원", {"metric": "fiscal_balance", "change": "deficit"}),
    # …and the deficit figure after it in the same sentence is that balance too
    (
        "나라 살림 적자가 40조원을 넘어 연간 적자규모 80조원의 절반에 이르렀다.",
        "80조원",
        {"metric": "fiscal_balance"},
    ),
    # bug: 나라빚 (spelt without the 사이시옷) was no metric and took the title's budget
    ("나라빚은 1년 새 47조원 불었다.", "47조원", {"metric": "government_debt"}),
    # bug: 국세 수입, 세외 수입, 기금 수입 spaced as news print them were imports
    ("국세 수입은 142조원으로 6조3000억원 줄었다.", "142조원", {"metric": "budget"}),
    ("세외 수입은 8조2000억원이었다.", "8조2000억원", {"metric": "budget"}),
    ("기금 수입은 2조1000억원 늘었다.", "2조1000억원", {"metric": "budget"}),
    # …a bare 수입 of goods stays an import
    ("원유 수입은 52억 달러로 줄었다.", "52억 달러", {"metric": "import"}),
    # bug: a bare 적자 opening a paragraph after one on the fiscal balance was a trade deficit
    (
        "관리재정수지 적자 규모는 재정 통계 작성 이후 두 번째로 크다.\n지난해 같은 기간 적자폭인 48조원과 비교해도 19조원이나 적자폭이 커졌다.",
        "19조원",
        {"metric": "fiscal_balance", "change": "deficit"},
    ),
    # …and after a paragraph on goods trade, or on none, it stays goods trade
    (
        "무역수지는 14억 달러 흑자였다.\n적자폭은 지난해 12억 달러였다.",
        "12억 달러",
        {"metric": "trade_balance"},
    ),
    ("수출 실적이 발표됐다.\n적자폭은 12억 달러로 줄었다.", "12억 달러", {"metric": "trade_balance"}),
    # bug: a letter bullet before a leading label (o 축산물 : …) was part of the item's name
    ("o 축산물 : 전월대비 1.4% 하락", "1.4%", {"subject": "축산물"}),
    ("수출물가는 올랐다.\no 수산물 : 전월대비 2.3% 상승", "2.3%", {"subject": "수산물"}),
    # bug: a label opening a parenthesis after a bullet (○ (디스플레이 : 21.4억불, 6.1%↑)) named nothing
    ("○ (디스플레이 : 21.4억불, 6.1%↑) OLED 패널 수출이 늘었다.", "21.4억불", {"subject": "디스플레이"}),
    ("○ (디스플레이 : 21.4억불, 6.1%↑) OLED 패널 수출이 늘었다.", "6.1%", {"subject": "디스플레이"}),
    ("○ (수출 : 182.6억불, 5.3%↑) 반도체가 견인", "182.6억불", {"metric": "export"}),
    # …the item its own parenthesis heads keeps its name (메모리(69.9억불, …))
    ("○ (반도체 : 95.1억불, 8.2%↑) 메모리(51.2억불, 30.4%↑)가 늘었다.", "51.2억불", {"subject": "메모리"}),
    # …a parenthesis opening no line's label is no label
    ("반도체 수출은 (잠정 : 95.1억불) 늘었다.", "95.1억불", {"subject": "반도체"}),
    # …a word of Latin letters as the label keeps them
    ("DRAM : 전월대비 3.1% 상승", "3.1%", {"subject": "DRAM"}),
    # bug: a clause's own topic before a cause inside it (중간재는 화학제품이 올라) lost to the
    # sentence's first topic
    (
        "원재료는 광산품이 내려 1.9% 하락했고 중간재는 석유제품이 올라 0.7% 상승했다.",
        "0.7%",
        {"subject": "중간재"},
    ),
    (
        "원재료는 광산품이 내려 1.9% 하락했고 중간재는 석유제품이 올라 0.7% 상승했다.",
        "1.9%",
        {"subject": "원재료"},
    ),
    (
        "설비투자는 기계류 투자가 늘어 2.6% 증가, 건설기성은 건축에서 실적이 줄어 0.8% 감소했다.",
        "0.8%",
        {"subject": "건설기성"},
    ),
    (
        "설비투자는 기계류 투자가 늘어 2.6% 증가, 건설기성은 건축에서 실적이 줄어 0.8% 감소했다.",
        "2.6%",
        {"metric": "investment", "subject": "설비투자"},
    ),
    # …a clause with no topic of its own keeps the sentence's
    (
        "소매판매는 의복 판매가 2.1% 줄었으나, 가전 판매가 늘어 0.4% 증가했다.",
        "0.4%",
        {"subject": "소매판매"},
    ),
    # bug: the side of a balance listed last (수지는 Z 흑자) was the flows' listed before it
    (
        "올해 ICT 수출은 1,650억달러, 수입은 880억달러, 수지는 770억달러 흑자로 집계됐다.",
        "1,650억달러",
        {"metric": "export", "change": None},
    ),
    (
        "올해 ICT 수출은 1,650억달러, 수입은 880억달러, 수지는 770억달러 흑자로 집계됐다.",
        "880억달러",
        {"metric": "import", "change": None},
    ),
    (
        "올해 ICT 수출은 1,650억달러, 수입은 880억달러, 수지는 770억달러 흑자로 집계됐다.",
        "770억달러",
        {"metric": "trade_balance", "change": "surplus"},
    ),
    (
        "5월 한달 총수입은 21조원, 총지출은 30조원, 관리재정수지는 9조원 적자였다.",
        "30조원",
        {"metric": "budget", "change": None},
    ),
    (
        "5월 한달 총수입은 21조원, 총지출은 30조원, 관리재정수지는 9조원 적자였다.",
        "9조원",
        {"metric": "fiscal_balance", "change": "deficit"},
    ),
]

# audit 13, read through the figure and date grammar (its months make the period)
AUDIT13_ROWS_GRAMMAR: list[Row] = [
    # bug: the value in a same-period word's parenthesis before no comparison marker (전년 동월(X)의
    # 기저효과) took the sentence's month
    (
        "2025년 3월 수출은 최고 실적을 기록한 전년 동월(188.4억불)의 기저효과로 12.3% 감소했다.",
        "188.4억불",
        {"period": "2024-03"},
    ),
    (
        "2025년 3월 수출은 최고 실적을 기록한 전년 동월(188.4억불)의 기저효과로 12.3% 감소했다.",
        "12.3%",
        {"period": "2025-03"},
    ),
    # bug: a change after a base with its own value (지난해 같은 기간의 41억 달러에 비해 8.2%) took
    # the base's period; the base's value keeps it
    (
        "2025년 1~9월 선박 수출은 38억 달러로 전년 같은 기간의 41억 달러에 비해 8.2% 줄었다.",
        "8.2%",
        {"period": "2025-01/2025-09"},
    ),
    (
        "2025년 1~9월 선박 수출은 38억 달러로 전년 같은 기간의 41억 달러에 비해 8.2% 줄었다.",
        "41억 달러",
        {"period": "2024-01/2024-09"},
    ),
    (
        "2025년 1~9월 선박 수출은 38억 달러로 전년 같은 기간의 41억 달러에 비해 8.2% 줄었다.",
        "38억 달러",
        {"period": "2025-01/2025-09"},
    ),
]


# Plans, budgets and outlooks (audit 14): work reports, 대책, 예산안, 세법개정안, 경제정책방향.
AUDIT14_ROWS: list[Row] = [
    # bug: 관리대상 수지 (관리재정수지's older name, spaced as news write it) was a trade balance
    (
        "사회보장성 기금을 뺀 관리대상 수지는 8조3천억원 적자로 예상된다.",
        "8조3천억원",
        {"metric": "fiscal_balance", "change": "deficit"},
    ),
    # bug: 증액/감액 (a budget raised or cut) said no way, or the way of another clause's word
    ("무역보험을 작년보다 9조4000억 원 증액한 201조 원으로 늘린다.", "9조4000억 원", {"change": "increase"}),
    ("국방 예산은 정부안보다 2,300억원 감액됐다.", "2,300억원", {"change": "decrease"}),
    # bug: a tax rate cut or raised (인하, 인상) said no way
    ("법인세 최고세율을 2%포인트 인하한다.", "2%포인트", {"change": "decrease"}),
    ("담배 개별소비세를 20% 인상하기로 했다.", "20%", {"change": "increase"}),
    ("지방 사업비는 1조2천억원 삭감됐다.", "1조2천억원", {"change": "decrease"}),
    # bug: a forecast revised by a native verb (올려 잡았다, 낮출 듯) said no way
    ("성장률 전망을 0.3%포인트 올려 잡았다.", "0.3%포인트", {"change": "increase"}),
    ("정부는 성장률 전망을 0.2~0.4%포인트 낮출 것으로 보인다.", "0.4%포인트", {"change": "decrease"}),
    ("과표 기준을 1억2천만원 초과로 낮추면서 세수가 줄었다.", "1억2천만원", {"change": "decrease"}),
    # bug: 기존 (the previous forecast), 올 (this year), 뒤 (after), 요구 (requested), 집중 (mostly)
    # were read as the item of the figure after them
    ("정부는 성장률 전망치를 기존 2.3%에서 2.1%로 내렸다.", "2.3%", {"subject": None}),
    ("올 성장률 1.9%·물가 2.4% 전망", "1.9%", {"subject": None}),
    ("총지출 증가율은 2016년 5.5%를 기록한 뒤 2.1~3.8% 수준을 유지했다.", "2.1", {"subject": "총지출"}),
    (
        "내년 예산 총지출 요구 규모는 512조3천억원이다.",
        "512조3천억원",
        {"subject": "총지출", "metric": "budget"},
    ),
    ("이 중 40조원을 4분기에 집중 공급한다.", "40조원", {"subject": None}),
    # bug: 민간 소비 (spaced) took the investment of the sentence before; 경상성장률 was a budget figure
    ("설비투자는 1.2% 줄 것으로 봤다. 민간 소비는 2.9% 늘 것으로 봤다.", "2.9%", {"metric": "output"}),
    ("총지출 증가율은 경상성장률 전망치인 4.1%의 두 배다.", "4.1%", {"metric": "output"}),
    # bug: 초과 (over a threshold), 효과 (a tax change's yield), 비율 (a ratio) and 경제전망 (the
    # outlook quoted) were read as the item of the figure
    ("최고세율 과표구간을 기존 8억원 초과에서 5억원 초과로 낮춘다.", "5억원", {"subject": None}),
    ("세수 효과는 △1.7조원으로 추산된다.", "△1.7조원", {"subject": None, "metric": "budget"}),
    ("GDP 대비 국가채무 비율은 51.3%로 오른다.", "51.3%", {"subject": None, "metric": "government_debt"}),
    ("2015년 말 경제전망(3.2%) 이후 처음이다.", "3.2%", {"subject": None}),
    # bug: 고용 in the name of the budget's welfare field made its figures employment
    ("국방 분야는 4.0%, 보건·복지·고용 분야는 7.2% 늘었다.", "7.2%", {"metric": "budget"}),
    ("보건ㆍ복지ㆍ고용 분야가 262조원으로 가장 크다.", "262조원", {"metric": "budget"}),
]

# Through the grammar: ranges, whose first end the grammar reads with the last one's unit.
AUDIT14_ROWS_GRAMMAR: list[Row] = [
    # bug: the first end of a range (0.2~0.4%포인트 낮출) said no way
    ("정부는 성장률 전망을 0.2~0.4%포인트 낮출 것으로 보인다.", "0.2", {"change": "decrease"}),
    ("성장률 전망치를 2.1∼2.2%로 상향 조정했다.", "2.1", {"change": "increase"}),
    # bug: a figure's own year opening a parenthesis with its rate (9.4조원(’26, +4.4%)) was not
    # its period: the year of the figure before the arrow was
    ("ㅇ 사업 예산 9.0조원(’25) → 9.4조원(’26, +4.4%)", "9.4조원", {"period": "2026"}),
    ("ㅇ 사업 예산 9.0조원(’25) → 9.4조원(’26, +4.4%)", "9.0조원", {"period": "2025"}),
    # negative: the old value of a revision written with an arrow did not move
    ("성장률 전망은 2.0% → 1.8%로 낮췄다.", "2.0%", {"change": None}),
]


def _params(tables: dict[str, list[Row]]) -> list[Any]:
    return [
        pytest.param(sentence, figure, expected, id=f"{name}{number:02d}-{figure}")
        for name, rows in tables.items()
        for number, (sentence, figure, expected) in enumerate(rows)
    ]


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    _params(
        {
            "metric": METRIC_ROWS,
            "metric-not": METRIC_NOT_ROWS,
            "subject": SUBJECT_ROWS,
            "filler-not": FILLER_NOT_ROWS,
            "partner": PARTNER_ROWS,
            "partner-not": PARTNER_NOT_ROWS,
            "each": DISTRIBUTIVE_ROWS,
            "hanja": HANJA_ROWS,
            "period": PERIOD_ROWS,
            "trade": TRADE_ROWS,
            "industry": INDUSTRY_ROWS,
            "audit10": AUDIT10_ROWS,
            "audit13": AUDIT13_ROWS,
            "audit14": AUDIT14_ROWS,
        }
    ),
)
def test_meaning(sentence: str, figure: str, expected: dict[str, Any]) -> None:
    got = context_of(sentence, figure)
    assert {key: got[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    _params(
        {
            "period-grammar": PERIOD_ROWS_GRAMMAR,
            "trade-grammar": TRADE_ROWS_GRAMMAR,
            "activity-grammar": ACTIVITY_ROWS_GRAMMAR,
            "market-grammar": MARKET_ROWS_GRAMMAR,
            "industry-grammar": INDUSTRY_ROWS_GRAMMAR,
            "audit13-grammar": AUDIT13_ROWS_GRAMMAR,
            "audit14-grammar": AUDIT14_ROWS_GRAMMAR,
        }
    ),
)
def test_meaning_through_the_grammar(sentence: str, figure: str, expected: dict[str, Any]) -> None:
    mentions = text_to_mentions(sentence, REFERENCE)
    index = next(i for i, m in enumerate(mentions) if m.start == sentence.index(figure))
    got = contextualize(sentence, mentions, REFERENCE)[index].model_dump()
    assert {key: got[key] for key in expected} == expected
