"""Find the publication in a web page: drop the site's furniture, pick the title.

Rules, in the order a page is walked (top down; a dropped element is not
entered):

1. Page regions: ``nav``, ``aside``, ``footer``, ``menu``, a ``header``
   outside an article (an ``article``, ``main`` or ``section``, or an element
   whose class or id names content), ARIA landmark roles other than main, and elements
   whose class or id names a furniture part (``gnb``, ``lnb``, ``search``,
   ``share``, ``related``, ``prev_next``, ``copyright`` … also beside a
   content word: ``article_share``, ``ad_article``); a header so named stays
   when the name also says content (``article_header``) or it is inside one.
2. Link lists: three links or more making most of the text (menus, related
   links, keyword lists), or a list (``ul``/``ol``/``dl``) that is mostly links.
3. Boxes that open with a furniture heading (``관련 보도자료``, ``인기검색어``,
   ``첨부파일``, ``이전글``, ``댓글 3``, ``공유하기`` …).
4. Short blocks holding the page's own metadata (``조회수 1,027``,
   ``입력 2026.04.02``), a copyright or licence notice (``Copyright``,
   ``저작권자 ©``, ``무단전재 및 재배포 금지``, ``공공누리``) or a breadcrumb
   (``홈 > 브리핑룸``) — as a whole when the block is small and holds no
   heading or table, so a footer cell goes with its address line.

A guard keeps every rule from dropping an element that holds half or more of
the page's text outside links: a misnamed wrapper never takes the article
with it.  What the guard keeps of rule 4 goes line by line when the text is
written (``is_furniture_text``): a news article's closing copyright line.

Then the page narrows to its ``main`` and to its ``article`` when they hold
most of the text that is left, and the title is chosen: the
heading that repeats the page's ``og:title`` or ``<title>``, else its first
``h1``, else its first heading; it is written first.  A heading above it that
repeats a menu entry (the board's name, ``보도자료``) is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extractors.lexicon.html import (
    BREADCRUMB_HOMES,
    BREADCRUMB_SEPARATORS,
    CONTENT_CLASS_WORDS,
    COPYRIGHT_HOLDER_WORDS,
    COPYRIGHT_SIGNS,
    COPYRIGHT_WORDS,
    FURNITURE_CLASS_WORDS,
    FURNITURE_HEADINGS,
    FURNITURE_ROLES,
    FURNITURE_TAGS,
    NOTICE_OPENING_SIGNS,
    OPEN_LICENCE_WORDS,
    POSTED_LABELS,
    REDISTRIBUTION_BANS,
    REPRINT_WORDS,
    RIGHTS_RESERVED,
    SCREEN_READER_CLASSES,
    TITLE_SEPARATORS,
    VIEW_COUNT_LABELS,
)
from extractors.readers.html_dom import Element, Page, measure

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LIST_TAGS = frozenset({"ul", "ol", "dl", "menu"})
_ARTICLE_TAGS = frozenset({"article", "main", "section"})

# The guard: no rule drops an element holding this share of the page's text outside links.
_GUARD_SHARE = 0.5
# Link lists: this share of an element's text in links.
_LINK_SHARE = 0.6
_MIN_LINKS = 3
# Rule 3 drops boxes up to this many characters outside links (or mostly links).
_SMALL_BOX = 500
# Short blocks: metadata and breadcrumbs up to this many characters, notices up to the next.
_SHORT_BLOCK = 200
_NOTICE_BLOCK = 300
# Narrowing: ``main``/``article`` must hold this share of the text left.
_NARROW_SHARE = 0.6
# A title heading is moved to the top only when little text comes before it.
_TITLE_LEAD = 300


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))


_CLASS_WORDS = regex.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # words of ``topUtil``, ``gnb_wrap``, ``LNB2``

_FURNITURE_HEADING = regex.compile(
    rf"""^(?:{_alternation(FURNITURE_HEADINGS)})    # the heading
         \s*(?:[:：]|\(?\d+\)?\s*$|$)              # then a colon, a count (댓글 3), or nothing
    """,
    regex.VERBOSE,
)

_PAGE_METADATA = regex.compile(
    rf"""(?:^|[\s·|/,\[(])                          # at the start or after a separator
         (?:
            (?:{_alternation(VIEW_COUNT_LABELS)})   # 조회수 1,027 · 조회 2113회
            \s*[:：]?\s*[\d,]++\s*회?(?=$|[\s·|/,\])])
          | (?:{_alternation(POSTED_LABELS)})       # 입력 2026.04.02 · 등록일 : 2026-05-01
            \s*[:：]?\s*\d{{4}}\s*[.\-/년]\s*\d{{1,2}}\s*[.\-/월]\s*\d{{1,2}}
         )
    """,
    regex.VERBOSE,
)

_SIGNS = _alternation(COPYRIGHT_SIGNS)
_NOTICE = regex.compile(
    rf"""(?:{_alternation(COPYRIGHT_WORDS)})\s*(?:{_SIGNS}|\d{{4}}|by\b)     # Copyright © / Copyright 2026
       | ^\s*(?:{_alternation(NOTICE_OPENING_SIGNS)})\s*\S                # a line opening with ©
       | (?:{_alternation(RIGHTS_RESERVED)})                              # All rights reserved
       | (?:{_alternation(COPYRIGHT_HOLDER_WORDS)})\s*(?:{_SIGNS})         # 저작권자 ©
       | (?:{_alternation(REPRINT_WORDS)}).{{0,12}}                       # 무단전재 및
         (?:{_alternation(REDISTRIBUTION_BANS)})                          #   재배포 금지
       | (?:{_alternation(OPEN_LICENCE_WORDS)})\s*제\s*\d\s*유형           # 공공누리 제1유형
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_BREADCRUMB = regex.compile(
    rf"^(?:{_alternation(BREADCRUMB_HOMES)})\s*(?:{_alternation(BREADCRUMB_SEPARATORS)})"
)

_LETTERS = regex.compile(r"\p{L}{2}")

# Cheap tests before the patterns: words one of them needs, first letters of the headings.
_FURNITURE_KEYS = tuple(
    word.lower()
    for word in (
        *VIEW_COUNT_LABELS, *POSTED_LABELS, *COPYRIGHT_WORDS, *COPYRIGHT_SIGNS, *RIGHTS_RESERVED,
        *COPYRIGHT_HOLDER_WORDS, *REPRINT_WORDS, *OPEN_LICENCE_WORDS, *BREADCRUMB_HOMES,
    )
)  # fmt: skip
_HEADING_STARTS = frozenset(heading[0] for heading in FURNITURE_HEADINGS)


def class_words(element: Element) -> set[str]:
    """The lowercased words of an element's class and id names.

    >>> sorted(class_words(Element("div", {"class": "top_util lnbWrap", "id": "gnb2"})))
    ['gnb', 'lnb', 'top', 'util', 'wrap']
    """
    names = f"{element.attrs.get('class', '')} {element.attrs.get('id', '')}"
    return {word.lower() for word in _CLASS_WORDS.findall(names)}


def _inside_article(element: Element) -> bool:
    """True inside an article: ``article``/``main``/``section``, or an element named for content."""
    parent = element.parent
    while parent is not None and parent.tag != "body":
        if parent.tag in _ARTICLE_TAGS or parent.attrs.get("role") == "main":
            return True
        words = class_words(parent)
        if words & CONTENT_CLASS_WORDS and not words & FURNITURE_CLASS_WORDS:
            return True
        parent = parent.parent
    return False


def is_page_region(element: Element) -> bool:
    """Rule 1: a region of the page around the publication (menus, header, footer, tools)."""
    if element.tag in FURNITURE_TAGS:
        return element.tag != "header" or not _inside_article(element)
    if not element.attrs:  # most elements of a page: nothing more to read
        return False
    if element.attrs.get("role", "").lower() in FURNITURE_ROLES:
        return True
    classes = element.attrs.get("class", "").lower().split()
    if any(name in SCREEN_READER_CLASSES for name in classes):
        return True
    words = class_words(element)
    furniture = words & FURNITURE_CLASS_WORDS
    if furniture == {"header"}:  # an article's own header stays: ``article_header``, or inside one
        return not words & CONTENT_CLASS_WORDS and not _inside_article(element)
    return bool(furniture)  # ``article_share``, ``ad_article``: furniture all the same


def is_link_list(element: Element) -> bool:
    """Rule 2: a menu, a list of related links, a keyword list."""
    if not element.chars or element.link_chars < _LINK_SHARE * element.chars:
        return False
    return element.links >= _MIN_LINKS or (element.tag in _LIST_TAGS and element.links >= 2)


def opens_with_furniture_heading(element: Element) -> bool:
    """Rule 3: a box headed ``관련 보도자료``, ``인기검색어: …``, ``댓글 3`` …"""
    first = element.first.lstrip()
    if not first or first[0] not in _HEADING_STARTS:  # the cheap test first
        return False
    return bool(_FURNITURE_HEADING.match(element.first_text()))


def is_furniture_text(text: str) -> bool:
    """A short text that is page metadata, a copyright or licence notice, or a breadcrumb.

    >>> [is_furniture_text(t) for t in ("조회수 1,027", "입력 2026.04.02 06:00", "ⓒ 한빛경제",
    ...     "Copyright © 2026 Ministry", "저작권자 © 뉴스 무단전재 및 재배포 금지", "홈 > 보도자료")]
    [True, True, True, True, True, True]
    >>> [is_furniture_text(t) for t in ("저작권자 보호 예산 1,200억원", "조회 1,234건", "등록 기업 320개",
    ...     "(c) 수출 12% 증가")]
    [False, False, False, False]
    """
    if len(text) > _NOTICE_BLOCK:
        return False
    lowered = text.lower()
    if not any(key in lowered for key in _FURNITURE_KEYS):
        return False
    if _NOTICE.search(text):
        return True
    return len(text) <= _SHORT_BLOCK and bool(_PAGE_METADATA.search(text) or _BREADCRUMB.match(text))


def is_short_block(element: Element) -> bool:
    """Short enough for rule 4, and no heading or table inside."""
    return element.chars <= _NOTICE_BLOCK and not element.framed


def is_furniture_line(element: Element) -> bool:
    """Rule 4: a short block of page metadata, a notice or a breadcrumb."""
    return is_short_block(element) and is_furniture_text(element.text())


def _link_texts(element: Element) -> set[str]:
    return {text for link in element.elements() if link.tag == "a" and (text := link.text())}


def drop_furniture(body: Element) -> set[str]:
    """Drop rules 1–4 from the page, top down; the texts of the menus' links.

    Rule 4 tests a short block once, as a whole: the blocks inside one that is
    no furniture line are left to the line filter (``is_furniture_text``).
    """
    measure(body)
    guard = _GUARD_SHARE * body.content_chars
    menu_entries: set[str] = set()
    stack = [(child, False) for child in reversed(body.children) if isinstance(child, Element)]
    while stack:
        element, tested = stack.pop()
        if element.content_chars < guard or not body.content_chars:
            if is_page_region(element) or is_link_list(element):
                menu_entries |= _link_texts(element)
                element.remove()
                continue
            small_box = element.content_chars <= _SMALL_BOX or element.link_chars * 2 >= element.chars
            if small_box and opens_with_furniture_heading(element):
                element.remove()
                continue
            if not tested and is_short_block(element):
                if is_furniture_text(element.text()):
                    element.remove()
                    continue
                tested = True
        stack.extend((child, tested) for child in reversed(element.children) if isinstance(child, Element))
    measure(body)
    return menu_entries


def _is_main(element: Element) -> bool:
    return element.tag == "main" or element.attrs.get("role", "").lower() == "main"


def _is_article(element: Element) -> bool:
    return element.tag == "article" or element.attrs.get("itemprop", "").lower() == "articlebody"


def narrow(body: Element) -> Element:
    """The page's ``main``, then its largest ``article``, when they hold most of its text."""
    root = body
    for wanted in (_is_main, _is_article):
        candidates = [element for element in root.elements() if element is not root and wanted(element)]
        if candidates:
            best = max(candidates, key=lambda element: element.content_chars)
            if best.content_chars >= _NARROW_SHARE * root.content_chars:
                root = best
    return root


def _title_names(page: Page) -> set[str]:
    """What the page calls its title: og:title, <title>, and the parts of <title>."""
    names = {page.og_title, page.title}
    parts = [page.title]
    for separator in TITLE_SEPARATORS:
        parts = [piece for part in parts for piece in part.split(separator)]
    names |= {part.strip() for part in parts}
    return {name for name in names if _LETTERS.search(name)}


@dataclass(frozen=True, slots=True)
class Content:
    """The publication in the page: the element to write and its title element."""

    root: Element
    title: Element | None


def choose_title(body: Element, root: Element, page: Page, menu_entries: set[str]) -> Element | None:
    """The title element (see the module docstring); drops menu echoes above it."""
    headings = [
        element for element in body.elements() if element.tag in HEADINGS and _LETTERS.search(element.text())
    ]
    echoes = [heading for heading in headings if heading.text() in menu_entries]
    headings = [heading for heading in headings if heading.text() not in menu_entries]
    names = _title_names(page)
    named = [heading for heading in headings if heading.text() in names]
    # The longest: a site's name is a part of <title> too (``기사 제목 - 한빛경제``).
    title = max(named, key=lambda heading: len(heading.text()), default=None)
    if title is None:
        sizes = {len("".join(name.split())) for name in names}  # a cheap test before text()
        title = next(
            (
                element
                for element in root.elements()
                if element is not root and element.chars in sizes and element.text() in names
            ),
            None,
        )
    if title is None:
        in_root = [heading for heading in headings if _within(heading, root)]
        title = next((h for h in in_root if h.tag == "h1"), in_root[0] if in_root else None)
    for echo in echoes:  # the board's or section's name repeated from the menu, above the title
        if title is None or _lead_chars(body, echo) < _lead_chars(body, title):
            echo.remove()
    if title is None:
        return None
    return title if _lead_chars(body, title) <= _TITLE_LEAD else None


def _within(element: Element, root: Element) -> bool:
    node: Element | None = element
    while node is not None:
        if node is root:
            return True
        node = node.parent
    return False


def _lead_chars(body: Element, title: Element) -> int:
    """Characters of text before ``title`` in the page."""
    count = 0
    stack: list[Element | str] = [body]
    while stack:
        node = stack.pop()
        if node is title:
            return count
        if isinstance(node, str):
            count += len("".join(node.split()))
        else:
            stack.extend(reversed(node.children))
    return count


def find_content(page: Page) -> Content:
    """Drop the furniture, narrow to the article and choose its title."""
    body = page.body
    menu_entries = drop_furniture(body)
    root = narrow(body)
    return Content(root, choose_title(body, root, page, menu_entries))
