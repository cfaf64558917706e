"""What a web page holds besides the publication: the site's furniture.

Sources: the board pages of Korean ministries and agencies (gnb/lnb menus,
첨부파일, 이전글/다음글, 만족도 조사, 공공누리 notices), 정책브리핑 (korea.kr)
article pages (인기검색어, 관련 보도자료, 공유하기), Korean news sites (bylines
with 입력/수정 times, 많이 본 뉴스, 댓글, ``저작권자 © … 무단전재 및 재배포 금지``)
and the class names of common site templates.
"""

from __future__ import annotations

from typing import Final

# Elements that never hold publication text.
DROPPED_TAGS: Final[frozenset[str]] = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "frameset",
        "object", "embed", "canvas", "video", "audio", "map", "select", "option", "datalist",
        "button", "input", "textarea", "label", "dialog", "img", "picture", "source", "link", "meta",
    }
)  # fmt: skip

# Page regions outside the publication (``header`` only outside an article, see html_content).
FURNITURE_TAGS: Final[frozenset[str]] = frozenset({"nav", "footer", "aside", "header", "menu"})

# ARIA roles of page regions outside the publication.
FURNITURE_ROLES: Final[frozenset[str]] = frozenset(
    {"navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar", "toolbar", "dialog"}
)

# Words of class and id names that mark furniture (matched as whole words of the
# name split at ``_``, ``-``, digits and camelCase: ``top_util`` → top, util).
FURNITURE_CLASS_WORDS: Final[frozenset[str]] = frozenset(
    {
        # menus and navigation
        "gnb", "lnb", "snb", "tnb", "nav", "navi", "navigation", "navbar", "menu", "menubar", "submenu",
        "breadcrumb", "breadcrumbs", "location", "skip", "skipnav", "sitemap", "quick", "util",
        "utility", "family", "familysite", "login",
        # search boxes and keyword lists
        "search", "sch", "srch", "popular",
        # page header and footer
        "header", "footer", "copyright", "copy", "address", "banner", "bnr",
        # advertising
        "ad", "ads", "advert", "advertisement", "sponsor", "promo",
        # article tools and what surrounds an article
        "share", "sns", "social", "fontsize", "zoom", "toolbar", "tool", "tools",
        "btn", "button", "buttons", "related", "relate", "recommend", "most", "comment", "comments",
        "reply", "replies", "tag", "tags", "prev", "next", "prevnext", "pagination", "paging", "pager",
        "satisfaction", "survey", "poll", "feedback", "rating", "attach", "attachment", "file",
        "files", "sidebar", "side", "aside", "widget", "widgets", "popup", "modal", "cookie",
        # text for screen readers only
        "blind", "hidden", "hide", "offscreen", "invisible",
    }
)  # fmt: skip

# Words of class and id names that mark the publication: a header so named
# (``article_header``), or inside an element so named, is the article's own.
CONTENT_CLASS_WORDS: Final[frozenset[str]] = frozenset(
    {
        "article", "content", "contents", "cont", "body", "main", "view", "post", "entry", "story",
        "text", "txt", "title", "tit", "subject", "headline",
    }
)  # fmt: skip

# Whole class names of text for screen readers only.
SCREEN_READER_CLASSES: Final[frozenset[str]] = frozenset(
    {"sr-only", "sr_only", "screen-reader-text", "visually-hidden", "visuallyhidden", "ir", "skip"}
)

# A block that starts with one of these names a furniture box: related links,
# popular searches, attachments, sharing, comments, the previous/next post.
FURNITURE_HEADINGS: Final[tuple[str, ...]] = (
    "관련 보도자료", "관련보도자료", "관련 기사", "관련기사", "관련 뉴스", "관련뉴스", "관련 자료",
    "관련 정책", "관련 콘텐츠", "관련 링크", "함께 보면 좋은", "추천 기사", "추천기사",
    "인기검색어", "인기 검색어", "실시간 검색어", "많이 본 뉴스", "많이 본 기사", "가장 많이 본",
    "많이 본", "랭킹뉴스", "최신 뉴스", "최신뉴스", "주요뉴스", "주요 뉴스",
    "첨부파일", "첨부 파일", "이전글", "다음글", "이전 글", "다음 글",
    "공유하기", "공유", "스크랩", "댓글", "이 페이지에서 제공하는 정보", "만족도", "페이지 만족도",
    "콘텐츠 만족도", "본문 바로가기", "주메뉴 바로가기", "바로가기", "사이트맵", "패밀리사이트",
    "태그", "키워드", "목록",
)  # fmt: skip

# A label of the page's own metadata (view counts, posting times), then its value.
VIEW_COUNT_LABELS: Final[tuple[str, ...]] = ("조회수", "조회", "추천수", "추천", "Hits", "Views", "hit")
POSTED_LABELS: Final[tuple[str, ...]] = (
    "기사입력", "입력", "최종수정", "수정", "승인", "등록일", "작성일", "게시일", "등록", "작성", "발행일시",
)  # fmt: skip

# Copyright and licence notices of the site, in their set forms (a sentence that
# merely names copyright is publication text): ``Copyright © 2026 …``,
# ``ⓒ 한빛경제``, ``All rights reserved``, ``저작권자 © …``, ``무단전재 및 재배포
# 금지``, ``공공누리 제1유형``.
COPYRIGHT_WORDS: Final[tuple[str, ...]] = ("copyright",)
COPYRIGHT_SIGNS: Final[tuple[str, ...]] = ("©", "ⓒ", "(c)", "(C)")
NOTICE_OPENING_SIGNS: Final[tuple[str, ...]] = ("©", "ⓒ")  # a line opening "(c)" may be a list item
RIGHTS_RESERVED: Final[tuple[str, ...]] = ("all rights reserved",)
COPYRIGHT_HOLDER_WORDS: Final[tuple[str, ...]] = ("저작권자",)
REPRINT_WORDS: Final[tuple[str, ...]] = ("무단전재", "무단 전재", "무단복제", "무단 복제")  # then 재배포 금지
REDISTRIBUTION_BANS: Final[tuple[str, ...]] = ("재배포 금지", "재배포금지", "재배포를 금지")
OPEN_LICENCE_WORDS: Final[tuple[str, ...]] = ("공공누리",)  # then 제N유형

# The first crumb of a breadcrumb trail (``홈 > 브리핑룸 > 보도자료``).
BREADCRUMB_HOMES: Final[tuple[str, ...]] = ("홈", "HOME", "Home", "home", "처음으로", "메인")
BREADCRUMB_SEPARATORS: Final[tuple[str, ...]] = (">", "›", "»", "〉", "＞", "/")

# Parts of a ``<title>`` that name the site, not the publication.
TITLE_SEPARATORS: Final[tuple[str, ...]] = (" | ", " - ", " :: ", " < ", " > ", " : ")
