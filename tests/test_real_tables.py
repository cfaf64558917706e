"""Every table of every real release, in every format it was published in: each numeric
cell is one fact, a sample of cells per table has the value, unit, labels and period
printed, and the formats of one release agree on every table fact.

The sampled cells were read off the rendered PDF pages (``pdftoppm``: f03, f08, f10)
or, for releases without a PDF (f04, f06/f07, f11), off the table grids as the
readers lay them out; not from suchi's facts.  Files: ``../shared/corpus/real/files``
(SOURCES.md): one release as f01 (HWPX) = f02 (HWP) = f03 (PDF); f05 (HWPX) = f08
(PDF); f06 (HWPX) = f07 (HWP); f09 (HWP) = f10 (PDF); f04, f11, f12 alone.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from extractors.exclusions import find_not_fact_spans
from extractors.tables.headers import is_numeric_cell
from schemas import Document
from tests.conftest import CORPUS, corpus_document, corpus_source

FILES = CORPUS / "real" / "files"


def _file(prefix: str) -> Path:
    found = sorted(FILES.glob(f"{prefix}_*")) if FILES.is_dir() else []
    if not found:
        pytest.skip(f"the real files are not beside this clone ({FILES})")
    return found[0]


# Releases: their files, and the scale of a bare amount under their unit lines.
ODI_24Q1 = ("f01", "f02", "f03")  # 해외직접투자 2024 Q1: 억 달러, 전년동기 대비 %
ODI_2024 = ("f04",)  # 해외직접투자 2024: 억 달러 (억불)
ODI_25Q2 = ("f05", "f08")  # 해외직접투자 2025 Q2
LOANS = ("f06", "f07")  # 가계대출 동향 2025.7: 조원
FISCAL_14 = ("f09", "f10")  # 통합재정통계 2014.8: 십억원
FISCAL_10 = ("f11",)  # 통합재정통계 2010.11
PETFOOD = ("f12",)  # 펫푸드 수출: a contact table only
SCALE = {
    ODI_24Q1: ("USD", Decimal(10**8)),
    ODI_2024: ("USD", Decimal(10**8)),
    ODI_25Q2: ("USD", Decimal(10**8)),
    LOANS: ("KRW", Decimal(10**12)),
    FISCAL_14: ("KRW", Decimal(10**9)),
    FISCAL_10: ("KRW", Decimal(10**9)),
}

# (caption, cell as printed, row, column, period): a parenthesised cell, or one in a
# 증감률 row, is a percent; any other an amount in the release's unit.
Sample = tuple[str, str, str, str, str]
ANNEX_Q = "1. 분기별 동향"
ANNEX_Y = "2. 연도별 동향"
SECTORS = "업종별 동향(상위 5개)"
COUNTRIES = "국가별 동향(상위 5개)"
REGIONS = "지역별 동향"
# The basis line over each run of annex tables joins their captions.
GROSS, NET = " (총투자 기준)", " (순투자 기준)"

SAMPLES: dict[tuple[str, ...], list[Sample]] = {
    ODI_24Q1: [
        # p1
        ("분기별 해외직접투자액 추이", "198.5", "총투자", "2022년 2분기", "2022-Q2"),
        ("분기별 해외직접투자액 추이", "(△18.5)", "증감률", "2023년 3분기", "2023-Q3"),
        ("분기별 해외직접투자액 추이", "157.7", "총투자", "2023년 4분기", "2023-Q4"),
        ("업종별 동향", "63.2", "‘23.1Q", "제조업", "2023-Q1"),
        ("업종별 동향", "3.6", "‘23.1Q", "전문과학기술업", "2023-Q1"),
        ("업종별 동향", "(177.3)", "증감률(%)", "부동산업", "2024-Q1"),
        ("국가별 동향", "15.0", "‘23.1Q", "케이맨제도", "2023-Q1"),
        ("국가별 동향", "16.4", "‘24.1Q", "룩셈부르크", "2024-Q1"),
        ("국가별 동향", "(47.4)", "증감률(%)", "베트남", "2024-Q1"),
        # p2
        (REGIONS, "23.4", "‘23.1Q", "유럽", "2023-Q1"),
        (REGIONS, "18.6", "‘24.1Q", "중남미", "2024-Q1"),
        (REGIONS, "(△9.7)", "증감률(%)", "아시아", "2024-Q1"),
        # p3: 별첨, 총투자 기준
        (ANNEX_Q + GROSS, "184.8", "전체", "2022년 3분기", "2022-Q3"),
        (ANNEX_Q + GROSS, "(4.5)", "전체", "2023년 4분기", "2023-Q4"),
        (ANNEX_Q + GROSS, "150.5", "전체", "2023년 3분기", "2023-Q3"),
        (SECTORS + GROSS, "84.6", "금융보험업", "2022년 3분기", "2022-Q3"),
        (SECTORS + GROSS, "(△32.9)", "제조업", "2023년 2분기", "2023-Q2"),
        (SECTORS + GROSS, "12.9", "부동산업", "2023년 4분기", "2023-Q4"),
        (COUNTRIES + GROSS, "72.4", "미국", "2022년 2분기", "2022-Q2"),
        (COUNTRIES + GROSS, "(276.1)", "저지", "2023년 2분기", "2023-Q2"),
        (COUNTRIES + GROSS, "8.6", "베트남", "2023년 2분기", "2023-Q2"),
        # p4
        (REGIONS + GROSS, "90.0", "아시아", "2022년 1분기", "2022-Q1"),
        (REGIONS + GROSS, "(△62.5)", "대양주", "2023년 3분기", "2023-Q3"),
        (REGIONS + GROSS, "2.6", "아프리카", "2024년 1분기", "2024-Q1"),
        (ANNEX_Y + GROSS, "582.0", "투자액", "2020년", "2020"),
        (ANNEX_Y + GROSS, "(32.1)", "증감률", "2021년", "2021"),
        (ANNEX_Y + GROSS, "644.8", "투자액", "2023년", "2023"),
        (SECTORS + GROSS, "304.1", "금융보험업", "2022년", "2022"),
        (SECTORS + GROSS, "(△5.2)", "부동산업", "2021년", "2021"),
        (SECTORS + GROSS, "18.3", "전문과학기술업", "2023년", "2023"),
        # p5
        (COUNTRIES + GROSS, "295.0", "미국", "2022년", "2022"),
        (COUNTRIES + GROSS, "(56.9)", "룩셈부르크", "2021년", "2021"),
        (COUNTRIES + GROSS, "(△20.7)", "케이맨제도", "2020년", "2020"),
        (REGIONS + GROSS, "306.8", "북미", "2021년", "2021"),
        (REGIONS + GROSS, "(△46.1)", "아시아", "2023년", "2023"),
        (REGIONS + GROSS, "16.7", "대양주", "2021년", "2021"),
        # p6: 순투자 기준
        (ANNEX_Q + NET, "159.0", "전체", "2022년 2분기", "2022-Q2"),
        (ANNEX_Q + NET, "(△42.5)", "전체", "2023년 1분기", "2023-Q1"),
        (ANNEX_Q + NET, "119.5", "전체", "2023년 4분기", "2023-Q4"),
        (SECTORS + NET, "67.9", "금융보험업", "2022년 3분기", "2022-Q3"),
        (SECTORS + NET, "(△54.9)", "제조업", "2022년 4분기", "2022-Q4"),
        (SECTORS + NET, "2.4", "전문과학기술업", "2023년 4분기", "2023-Q4"),
        (COUNTRIES + NET, "-0.2", "저지", "2022년 2분기", "2022-Q2"),
        (COUNTRIES + NET, "(160.0)", "룩셈부르크", "2023년 3분기", "2023-Q3"),
        (COUNTRIES + NET, "12.0", "캐나다", "2023년 2분기", "2023-Q2"),
        # p7
        (REGIONS + NET, "24.3", "유럽", "2022년 2분기", "2022-Q2"),
        (REGIONS + NET, "(△43.0)", "아시아", "2023년 3분기", "2023-Q3"),
        (REGIONS + NET, "-0.4", "중동", "2022년 4분기", "2022-Q4"),
        (ANNEX_Y + NET, "433.6", "투자액", "2020년", "2020"),
        (ANNEX_Y + NET, "(10.2)", "증감률", "2022년", "2022"),
        (ANNEX_Y + NET, "648.8", "투자액", "2022년", "2022"),
        (SECTORS + NET, "235.0", "금융보험업", "2021년", "2021"),
        (SECTORS + NET, "(△29.3)", "부동산업", "2023년", "2023"),
        (SECTORS + NET, "26.0", "광업", "2023년", "2023"),
        # p8
        (COUNTRIES + NET, "249.7", "미국", "2023년", "2023"),
        (COUNTRIES + NET, "(5,165.2)", "저지", "2022년", "2022"),
        (COUNTRIES + NET, "-0.2", "캐나다", "2019년", "2019"),
        (REGIONS + NET, "256.2", "북미", "2021년", "2021"),
        (REGIONS + NET, "(△54.4)", "아시아", "2023년", "2023"),
        (REGIONS + NET, "13.4", "대양주", "2022년", "2022"),
    ],
    ODI_2024: [
        ("연도별 해외직접투자 동향", "769.2", "총투자", "2021년", "2021"),
        ("연도별 해외직접투자 동향", "(△0.7)", "증감률", "2024년 2분기", "2024-Q2"),
        ("연도별 해외직접투자 동향", "639.5", "총투자", "2024년 연간", "2024"),
        ("업종별 동향", "206.1", "2023년", "제조업", "2023"),
        ("업종별 동향", "30.6", "2024년", "정보통신업", "2024"),
        ("업종별 동향", "(△21.6)", "증감률(%)", "제조업", "2024"),
        (REGIONS, "110.5", "2023년", "유럽", "2023"),
        (REGIONS, "16.7", "2024년", "대양주", "2024"),
        (REGIONS, "(176.9)", "증감률(%)", "중동", "2024"),
        ("국가별 동향", "279.9", "2023년", "미국", "2023"),
        ("국가별 동향", "59.9", "2024년", "룩셈부르크", "2024"),
        ("국가별 동향", "(110.4)", "증감률(%)", "싱가포르", "2024"),
        # 참고 1 (단위 : 억불, (전년동기 대비 %)): 총투자 기준
        (ANNEX_Q + GROSS, "198.6", "투자액", "2022년 2분기", "2022-Q2"),
        (ANNEX_Q + GROSS, "(7.8)", "증감률", "2023년 4분기", "2023-Q4"),
        (ANNEX_Q + GROSS, "142.9", "투자액", "2024년 3분기", "2024-Q3"),
        (SECTORS + GROSS, "67.2", "금융보험업", "2023년 4분기", "2023-Q4"),
        (SECTORS + GROSS, "(△5.5)", "제조업", "2024년 2분기", "2024-Q2"),
        (SECTORS + GROSS, "6.4", "부동산업", "2024년 3분기", "2024-Q3"),
        (COUNTRIES + GROSS, "27.6", "케이만군도", "2022년 2분기", "2022-Q2"),
        (COUNTRIES + GROSS, "(236.5)", "싱가포르", "2024년 4분기", "2024-Q4"),
        (COUNTRIES + GROSS, "9.5", "저지", "2024년 1분기", "2024-Q1"),
        (REGIONS + GROSS, "81.8", "북미", "2022년 2분기", "2022-Q2"),
        (REGIONS + GROSS, "(363.4)", "대양주", "2024년 1분기", "2024-Q1"),
        (REGIONS + GROSS, "25.8", "중남미", "2024년 4분기", "2024-Q4"),
        (ANNEX_Y + GROSS, "657.4", "투자액", "2019년", "2019"),
        (ANNEX_Y + GROSS, "(△20.3)", "증감률", "2023년", "2023"),
        (ANNEX_Y + GROSS, "817.0", "투자액", "2022년", "2022"),
        (SECTORS + GROSS, "300.4", "금융보험업", "2021년", "2021"),
        (SECTORS + GROSS, "(△42.2)", "부동산업", "2023년", "2023"),
        (SECTORS + GROSS, "41.6", "정보통신업", "2020년", "2020"),
        (COUNTRIES + GROSS, "279.3", "미국", "2021년", "2021"),
        (COUNTRIES + GROSS, "(△32.2)", "케이만 군도", "2023년", "2023"),
        (COUNTRIES + GROSS, "12.1", "캐나다", "2019년", "2019"),
        (REGIONS + GROSS, "306.8", "북미", "2021년", "2021"),
        (REGIONS + GROSS, "(△44.0)", "아시아", "2023년", "2023"),
        (REGIONS + GROSS, "10.3", "대양주", "2019년", "2019"),
        # 순투자 기준
        (ANNEX_Q + NET, "241.0", "투자액", "2022년 1분기", "2022-Q1"),
        (ANNEX_Q + NET, "(△27.0)", "증감률", "2024년 3분기", "2024-Q3"),
        (ANNEX_Q + NET, "114.2", "투자액", "2024년 4분기", "2024-Q4"),
        (SECTORS + NET, "52.8", "금융보험업", "2023년 2분기", "2023-Q2"),
        (SECTORS + NET, "(1,027.2)", "정보통신업", "2022년 1분기", "2022-Q1"),
        (SECTORS + NET, "2.2", "도·소매업", "2024년 4분기", "2024-Q4"),
        (COUNTRIES + NET, "-1.3", "저지", "2022년 3분기", "2022-Q3"),
        (COUNTRIES + NET, "(0.0)", "케이맨제도", "2024년 3분기", "2024-Q3"),
        (COUNTRIES + NET, "50.0", "미국", "2024년 2분기", "2024-Q2"),
        (REGIONS + NET, "-0.9", "아프리카", "2024년 4분기", "2024-Q4"),
        (REGIONS + NET, "(△1,464.6)", "중동", "2023년 2분기", "2023-Q2"),
        (REGIONS + NET, "26.8", "중남미", "2022년 2분기", "2022-Q2"),
        (ANNEX_Y + NET, "588.2", "순투자", "2021년", "2021"),
        (ANNEX_Y + NET, "(△10.4)", "증감률", "2024년", "2024"),
        (ANNEX_Y + NET, "519.8", "순투자", "2023년", "2023"),
        (SECTORS + NET, "231.5", "제조업", "2022년", "2022"),
        (SECTORS + NET, "(453.7)", "광업", "2023년", "2023"),
        (SECTORS + NET, "27.9", "정보통신업", "2024년", "2024"),
        (COUNTRIES + NET, "-0.2", "캐나다", "2019년", "2019"),
        (COUNTRIES + NET, "(4,066.7)", "저지", "2022년", "2022"),
        (COUNTRIES + NET, "40.9", "케이만군도", "2024년", "2024"),
        (REGIONS + NET, "285.1", "북미", "2023년", "2023"),
        (REGIONS + NET, "(500.0)", "중동", "2023년", "2023"),
        (REGIONS + NET, "62.2", "중남미", "2024년", "2024"),
    ],
    ODI_25Q2: [
        # p1
        ("분기별 해외직접투자액 추이", "161.1", "총투자", "2023년 2분기", "2023-Q2"),
        ("분기별 해외직접투자액 추이", "(1.4)", "증감률", "2024년 2분기", "2024-Q2"),
        ("분기별 해외직접투자액 추이", "182.8", "총투자", "2024년 4분기", "2024-Q4"),
        ("업종별 동향", "38.8", "‘24.2Q", "제조업", "2024-Q2"),
        ("업종별 동향", "7.5", "‘25.2Q", "정보통신업", "2025-Q2"),
        ("업종별 동향", "(△37.8)", "증감률(%)", "부동산업", "2025-Q2"),
        (REGIONS, "36.5", "‘24.2Q", "아시아", "2024-Q2"),
        (REGIONS, "19.8", "‘25.2Q", "중남미", "2025-Q2"),
        (REGIONS, "(△74.7)", "증감률(%)", "대양주", "2025-Q2"),
        # p2
        ("국가별 동향", "11.2", "‘24.2Q", "케이맨제도", "2024-Q2"),
        ("국가별 동향", "12.8", "‘25.2Q", "룩셈부르크", "2025-Q2"),
        ("국가별 동향", "(△29.1)", "증감률(%)", "베트남", "2025-Q2"),
        # p3: 참고 1, 총투자 기준
        (ANNEX_Q + GROSS, "150.6", "전체", "2023년 3분기", "2023-Q3"),
        (ANNEX_Q + GROSS, "(10.3)", "전체", "2024년 4분기", "2024-Q4"),
        (ANNEX_Q + GROSS, "157.4", "전체", "2025년 1분기", "2025-Q1"),
        (SECTORS + GROSS, "54.6", "제조업", "2023년 4분기", "2023-Q4"),
        (SECTORS + GROSS, "(△79.3)", "정보통신업", "2023년 3분기", "2023-Q3"),
        (SECTORS + GROSS, "10.9", "부동산업", "2025년 1분기", "2025-Q1"),
        (COUNTRIES + GROSS, "38.6", "미국", "2024년 3분기", "2024-Q3"),
        (COUNTRIES + GROSS, "(97.9)", "룩셈부르크", "2024년 1분기", "2024-Q1"),
        (COUNTRIES + GROSS, "2.9", "건지", "2024년 4분기", "2024-Q4"),
        # p4
        (REGIONS + GROSS, "35.1", "아시아", "2023년 2분기", "2023-Q2"),
        (REGIONS + GROSS, "(△33.0)", "북미", "2024년 3분기", "2024-Q3"),
        (REGIONS + GROSS, "44.1", "유럽", "2024년 4분기", "2024-Q4"),
        (ANNEX_Y + GROSS, "769.1", "투자액", "2021년", "2021"),
        (ANNEX_Y + GROSS, "(△19.6)", "증감률", "2023년", "2023"),
        (ANNEX_Y + GROSS, "658.0", "투자액", "2024년", "2024"),
        (SECTORS + GROSS, "307.4", "금융보험업", "2022년", "2022"),
        (SECTORS + GROSS, "(△42.6)", "부동산업", "2023년", "2023"),
        (SECTORS + GROSS, "71.3", "제조업", "2025년 1~6월", "2025-01/2025-06"),
        # p5 (케이맨 제도: the first line of the label ends on a space, in both formats)
        (COUNTRIES + GROSS, "298.2", "미국", "2022년", "2022"),
        (COUNTRIES + GROSS, "(△32.2)", "케이맨 제도", "2023년", "2023"),
        (COUNTRIES + GROSS, "27.5", "캐나다", "2021년", "2021"),
        (REGIONS + GROSS, "323.1", "북미", "2022년", "2022"),
        (REGIONS + GROSS, "(△29.7)", "유럽", "2023년", "2023"),
        (REGIONS + GROSS, "17.1", "대양주", "2024년", "2024"),
        # p6: 순투자 기준
        (ANNEX_Q + NET, "131.0", "전체", "2023년 2분기", "2023-Q2"),
        (ANNEX_Q + NET, "(△26.4)", "전체", "2024년 3분기", "2024-Q3"),
        (ANNEX_Q + NET, "88.1", "전체", "2025년 1분기", "2025-Q1"),
        (SECTORS + NET, "46.9", "금융보험업", "2024년 3분기", "2024-Q3"),
        (SECTORS + NET, "0.0", "과학·기술 서비스업", "2024년 3분기", "2024-Q3"),
        (SECTORS + NET, "(140.7)", "도·소매업", "2023년 4분기", "2023-Q4"),
        (COUNTRIES + NET, "62.3", "미국", "2023년 3분기", "2023-Q3"),
        (COUNTRIES + NET, "(160.0)", "룩셈부르크", "2023년 3분기", "2023-Q3"),
        (COUNTRIES + NET, "(671.9)", "건지", "2025년 1분기", "2025-Q1"),
        # p7
        (REGIONS + NET, "70.5", "북미", "2023년 2분기", "2023-Q2"),
        (REGIONS + NET, "(122.2)", "유럽", "2024년 1분기", "2024-Q1"),
        (REGIONS + NET, "20.0", "중남미", "2024년 4분기", "2024-Q4"),
        (ANNEX_Y + NET, "587.8", "순투자", "2021년", "2021"),
        (ANNEX_Y + NET, "(10.3)", "증감률", "2022년", "2022"),
        (ANNEX_Y + NET, "475.7", "순투자", "2024년", "2024"),
        (SECTORS + NET, "229.3", "제조업", "2022년", "2022"),
        (SECTORS + NET, "(52.3)", "정보통신업", "2024년", "2024"),
        (SECTORS + NET, "21.7", "도·소매업", "2022년", "2022"),
        # p8
        (COUNTRIES + NET, "251.3", "미국", "2022년", "2022"),
        (COUNTRIES + NET, "(88.6)", "케이맨제도", "2021년", "2021"),
        (COUNTRIES + NET, "45.6", "룩셈부르크", "2024년", "2024"),
        (REGIONS + NET, "255.5", "북미", "2021년", "2021"),
        (REGIONS + NET, "(△51.4)", "아시아", "2023년", "2023"),
        (REGIONS + NET, "2.4", "대양주", "2023년", "2023"),
    ],
    LOANS: [
        # (단위 : 조원) in the corner cell; months of 2025 after ’25.1월
        ("대출항목별 가계대출 증감 추이", "+4.9", "주담대", "2월", "2025-02"),
        ("대출항목별 가계대출 증감 추이", "△3.0", "기타대출", "3월", "2025-03"),
        ("대출항목별 가계대출 증감 추이", "+2.2", "합계", "7월p", "2025-07"),
        # a year's total ('23년중 (1~12월)), then June and July of that year
        ("업권별 가계대출 증감 추이", "+37.1", "은행", "'23년중 (1~12월)", "2023-01/2023-12"),
        ("업권별 가계대출 증감 추이", "△0.5", "제2금융권 상호금융 농협", "7월", "2024-07"),
        ("업권별 가계대출 증감 추이", "+0.7", "제2금융권 상호금융 새마을", "7월p", "2025-07"),
        ("업권별 가계대출 증감 추이", "+41.6", "全금융권 합계", "'24년중 (1~12월)", "2024-01/2024-12"),
        ("업권별 가계대출 증감 추이", "+0.8", "제2금융권 여전사", "7월", "2024-07"),
    ],
    FISCAL_14: [
        (
            "통합재정통계 (2014. 8월(누계) 기준/잠정)",
            "211,736",
            "통합재정수입 (A)",
            "합계",
            "2014-01/2014-08",
        ),
        (
            "통합재정통계 (2014. 8월(누계) 기준/잠정)",
            "43,871",
            "통합재정지출 및 순융자 (B) 경상지출",
            "비금융성기금",
            "2014-01/2014-08",
        ),
        (
            "통합재정통계 (2014. 8월(누계) 기준/잠정)",
            "6",
            "통합재정수지 (A-B)",
            "세입세출외",
            "2014-01/2014-08",
        ),
        (
            "통합재정통계 (2014. 8월(누계) 기준/잠정)",
            "1,697",
            "통합재정수입 (A) 경상수입",
            "기업특별회계",
            "2014-01/2014-08",
        ),
    ],
    FISCAL_10: [
        ("통합재정통계 (2010.11월 누계 기준/잠정)", "252,599", "수입 (A)", "합계", "2010-01/2010-11"),
        (
            "통합재정통계 (2010.11월 누계 기준/잠정)",
            "△18,308",
            "통합재정수지 (A-B)",
            "특별 회계",
            "2010-01/2010-11",
        ),
        (
            "통합재정통계 (2010.11월 누계 기준/잠정)",
            "2,112",
            "지출 및 순융자 (B) 순융자",
            "특별 회계",
            "2010-01/2010-11",
        ),
        (
            "통합재정통계 (2010.11월 누계 기준/잠정)",
            "909",
            "수입 (A) 자본수입",
            "일반 회계",
            "2010-01/2010-11",
        ),
    ],
}

# Numeric table facts (figures, not the period heads) and period heads that are dates,
# counted on the grids: every numeric cell holds one figure.
COUNTS: dict[tuple[str, ...], tuple[int, int]] = {
    ODI_24Q1: (1149, 162),
    ODI_2024: (1365, 183),
    ODI_25Q2: (1223, 171),
    LOANS: (165, 19),
    FISCAL_14: (44, 0),
    FISCAL_10: (48, 0),
    PETFOOD: (0, 0),
}

FORMATS = [(release, name) for release in COUNTS for name in release]


def _document(name: str) -> Document:
    return corpus_document(_file(name))


def _expected(release: tuple[str, ...], cell: str, row: str) -> tuple[str, str, Decimal]:
    """(kind, unit, value) of a cell as printed."""
    number = Decimal(cell.strip("()+").replace(",", "").replace("△", "-"))
    if cell.startswith("(") or row.startswith("증감률"):
        return "percent", "%", number
    currency, scale = SCALE[release]
    return "amount", currency, number * scale


SAMPLED = [(release, name, sample) for release in SAMPLES for name in release for sample in SAMPLES[release]]


@pytest.mark.parametrize(
    ("release", "name", "sample"),
    SAMPLED,
    ids=[f"{name}-{sample[2]}-{sample[3]}-{sample[1]}" for _, name, sample in SAMPLED],
)
def test_sampled_cell(release: tuple[str, ...], name: str, sample: Sample) -> None:
    caption, cell, row, column, period = sample
    printed = cell.strip("()")
    found = [
        fact
        for fact in _document(name).facts
        if fact.table is not None
        and fact.kind != "date"
        and fact.text == printed
        and (fact.table.caption, fact.table.row, fact.table.column) == (caption, row, column)
    ]
    assert found, sample
    kind, unit, value = _expected(release, cell, row)
    for fact in found:
        assert (fact.kind, fact.unit, Decimal(fact.value)) == (kind, unit, value)  # type: ignore[attr-defined]
        assert fact.context.period == period
        assert fact.table is not None and fact.table.unit_text


@pytest.mark.parametrize(("release", "name"), FORMATS, ids=[name for _, name in FORMATS])
def test_every_numeric_cell_is_one_table_fact(release: tuple[str, ...], name: str) -> None:
    source, document = corpus_source(_file(name)), _document(name)
    not_facts = find_not_fact_spans(source.text)  # a contact table's phone numbers
    numeric = [
        span
        for span in source.tables
        if not span.label
        and is_numeric_cell(source.text[span.start : span.end])
        and not any(s <= span.start + 1 and span.end - 1 <= e for s, e in not_facts)
    ]
    for span in numeric:
        inside = [f for f in document.facts if span.start <= f.span[0] < span.end and f.kind != "date"]
        assert len(inside) == 1, source.text[span.start : span.end]
    figures = [f for f in document.facts if f.table is not None and f.kind != "date"]
    heads = [f for f in document.facts if f.table is not None and f.kind == "date"]
    assert (len(numeric), len(figures), len(heads)) == (COUNTS[release][0], *COUNTS[release])
    for fact in figures:
        assert fact.table is not None
        assert fact.table.row and fact.table.column and fact.table.unit_text and fact.context.period, fact
    for fact in heads:  # a period head names the column or row it heads
        assert fact.table is not None and (fact.table.row or fact.table.column), fact


def _table_facts(document: Document) -> Counter[tuple[object, ...]]:
    return Counter(
        (
            fact.kind,
            fact.value,
            fact.unit,
            fact.table.caption,
            fact.table.unit_text,
            fact.table.row,
            fact.table.column,
            fact.context.period,
        )
        for fact in document.facts
        if fact.table is not None
    )


TWINS = [(release[0], other) for release in COUNTS for other in release[1:]]


@pytest.mark.parametrize(("first", "other"), TWINS, ids=[f"{a}={b}" for a, b in TWINS])
def test_formats_of_one_release_agree_on_every_table_fact(first: str, other: str) -> None:
    assert _table_facts(_document(first)) == _table_facts(_document(other))
