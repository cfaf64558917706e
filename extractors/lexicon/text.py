"""What a plain-text news page holds besides the publication: its furniture.

A page saved or copied as text keeps the boxes a web page shows around an
article (관련기사, 많이 본 뉴스, 인기기사 lists, ▶ headline links); the HTML
reader drops them by their markup, a text file has none to go by.
"""

from __future__ import annotations

from typing import Final

FURNITURE_HEADINGS: Final[tuple[str, ...]] = (
    "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "관련 보도", "많이 본 뉴스", "많이 본 기사",
    "가장 많이 본 뉴스", "가장 많이 본 기사", "인기기사", "인기 기사", "인기뉴스", "인기 뉴스",
    "추천기사", "추천 기사", "함께 보면 좋은 기사", "이 시각 주요뉴스", "주요뉴스", "주요 뉴스",
    "랭킹뉴스", "최신기사", "최신 기사", "오늘의 인기기사", "함께 많이 본 뉴스",
)  # fmt: skip
"""A line that holds only one of these (in brackets or after a mark) heads a box of headlines:
it and the lines under it up to a blank line; one that opens a line ([관련기사] …, ▶ 관련 기사:
…) makes that line a headline."""

HEADING_MARKS: Final[str] = "▶▷►☞■□◆◇●○•·-=*[]【】〔〕<>《》〈〉「」『』()"
"""Marks around a furniture heading: [관련기사], ▶ 관련 기사, 【많이 본 뉴스】."""

HEADING_COLONS: Final[str] = ":："
"""After a heading that opens a line of headlines: ▶ 관련기사 : …"""

LINK_MARKS: Final[str] = "▶▷►☞"
"""Open a line that links another article (▶ 수출 넉 달째 증가): a headline only after the
article's end (its reporter's e-mail, the copyright notice), not a release's key point."""

ARTICLE_END_WORDS: Final[tuple[str, ...]] = (
    "무단전재", "무단 전재", "무단복제", "무단 복제", "재배포 금지", "재배포금지", "저작권자", "ⓒ", "©",
)  # fmt: skip
"""Mark a news article's end: the copyright notice (ⓒ 한빛경제, 무단전재 및 재배포 금지)."""

REPORTER_WORDS: Final[tuple[str, ...]] = ("기자", "특파원")
"""With an e-mail address on its line, the byline that ends an article (김철수 기자 kim@…); an
address alone may be a release's contact at its top."""

PROSE_ENDINGS: Final[tuple[str, ...]] = ("다.", "다", "요.", "니다.", "습니다")
"""A line ending so is a sentence of the article, never a headline of a box: the box ends there."""
