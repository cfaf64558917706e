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

import bisect
import functools
import itertools
import re
import unicodedata
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
from extractors.readers.html_dom import Page

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

# Cheap tests before the patterns: words one of them needs (lowercased), the first two
# letters of the headings.  Plain alternations of words, compiled by ``re``: it
# searches them as literals, ten times faster than ``regex`` does.
_KEYS = sorted(
    {
        word.lower()
        for word in (
            *VIEW_COUNT_LABELS, *POSTED_LABELS, *COPYRIGHT_WORDS, *COPYRIGHT_SIGNS, *RIGHTS_RESERVED,
            *COPYRIGHT_HOLDER_WORDS, *REPRINT_WORDS, *OPEN_LICENCE_WORDS, *BREADCRUMB_HOMES,
        )
    },
    key=lambda word: (-len(word), word),
)  # fmt: skip
_FURNITURE_KEY = re.compile("|".join(map(re.escape, _KEYS)))
# The same words without white space, in the visible characters of a page run together.
_SOLID_KEY = re.compile("|".join(sorted({re.escape("".join(word.split())) for word in _KEYS})))
_HEADING_STARTS = frozenset(heading[0] for heading in FURNITURE_HEADINGS)


# A string opening with a heading's first two letters, in the visible characters of a
# page (each string after a NUL): one that may open a box of rule 3.
_OPENINGS = sorted({"".join(heading.split())[:2] for heading in FURNITURE_HEADINGS})
_HEADING_OPENING = re.compile(rf"\x00(?:{'|'.join(map(re.escape, _OPENINGS))})")


def class_words(names: str) -> frozenset[str]:
    """The lowercased words of an element's class and id names.

    >>> sorted(class_words("top_util lnbWrap gnb2"))
    ['gnb', 'lnb', 'top', 'util', 'wrap']
    """
    return frozenset(word.lower() for word in _CLASS_WORDS.findall(names))


def _names(page: Page, i: int) -> str:
    return f"{page.attr(i, 'class')} {page.attr(i, 'id')}"


def _is_content_named(page: Page, i: int) -> bool:
    words = class_words(_names(page, i))
    return bool(words & CONTENT_CLASS_WORDS) and not words & FURNITURE_CLASS_WORDS


def _inside_article(page: Page, i: int) -> bool:
    """True inside an article: ``article``/``main``/``section``, or an element named for content."""
    parent = page.parents[i]
    while parent >= 0 and page.tags[parent] != "body":
        if page.tags[parent] in _ARTICLE_TAGS or page.attrs[parent].get("role") == "main":
            return True
        if _is_content_named(page, parent):
            return True
        parent = page.parents[parent]
    return False


@functools.lru_cache(maxsize=4096)
def _named_region(role: str, classes: str, names: str) -> bool | None:
    """Rule 1 by an element's role, class and id: True, False, or None for a header
    (``header`` named, and nothing named content): a region outside an article only.

    Pages repeat their names (``HStyle0`` on every paragraph): each is read once.
    """
    if role.lower() in FURNITURE_ROLES:
        return True
    if any(name in SCREEN_READER_CLASSES for name in classes.lower().split()):
        return True
    words = class_words(names)
    furniture = words & FURNITURE_CLASS_WORDS
    if furniture == {"header"}:  # an article's own header stays: ``article_header``, or inside one
        return None if not words & CONTENT_CLASS_WORDS else False
    return bool(furniture)  # ``article_share``, ``ad_article``: furniture all the same


def is_page_region(page: Page, i: int) -> bool:
    """Rule 1: a region of the page around the publication (menus, header, footer, tools)."""
    tag = page.tags[i]
    if tag in FURNITURE_TAGS:
        return tag != "header" or not _inside_article(page, i)
    if not page.attrs[i]:  # most elements of a page: nothing more to read
        return False
    classes = page.attr(i, "class")
    region = _named_region(page.attr(i, "role"), classes, f"{classes} {page.attr(i, 'id')}")
    return not _inside_article(page, i) if region is None else region


def is_link_list(page: Page, i: int) -> bool:
    """Rule 2: a menu, a list of related links, a keyword list."""
    links = page.links(i)
    if links < 2:  # the cheap test first
        return False
    chars = page.chars(i)
    if not chars or page.link_chars(i) < _LINK_SHARE * chars:
        return False
    return links >= _MIN_LINKS or page.tags[i] in _LIST_TAGS


def opens_with_furniture_heading(page: Page, i: int) -> bool:
    """Rule 3: a box headed ``관련 보도자료``, ``인기검색어: …``, ``댓글 3`` …"""
    first = page.first(i).lstrip()
    if not first or first[0] not in _HEADING_STARTS:  # the cheap test first
        return False
    return bool(_FURNITURE_HEADING.match(" ".join(first.split())))


def is_furniture_text(text: str) -> bool:
    """A short text that is page metadata, a copyright or licence notice, or a breadcrumb.

    >>> [is_furniture_text(t) for t in ("조회수 1,027", "입력 2026.04.02 06:00", "ⓒ 한빛경제",
    ...     "Copyright © 2026 Ministry", "저작권자 © 뉴스 무단전재 및 재배포 금지", "홈 > 보도자료")]
    [True, True, True, True, True, True]
    >>> [is_furniture_text(t) for t in ("저작권자 보호 예산 1,200억원", "조회 1,234건", "등록 기업 320개",
    ...     "(c) 수출 12% 증가")]
    [False, False, False, False]
    """
    if len(text) > _NOTICE_BLOCK or not _FURNITURE_KEY.search(text.lower()):
        return False
    if _NOTICE.search(text):
        return True
    return len(text) <= _SHORT_BLOCK and bool(_PAGE_METADATA.search(text) or _BREADCRUMB.match(text))


def is_short_block(page: Page, i: int) -> bool:
    """Short enough for rule 4, and no heading or table inside."""
    return page.chars(i) <= _NOTICE_BLOCK and not page.framed(i)


def _link_texts(page: Page, i: int) -> set[str]:
    links = page.tagged["a"]
    inside = links[bisect.bisect_left(links, i) : bisect.bisect_left(links, page.ends[i])]
    return {text for link in inside if not page.removed[link] and (text := page.text(link))}


def _strings_opening_with_headings(page: Page) -> list[int]:
    """The strings that may open a box of rule 3 (or more of them), in document order."""
    if page.solid is None:
        return list(range(len(page.texts)))
    solid = page.solid
    return [solid.count("\x00", 0, match.start() + 1) - 1 for match in _HEADING_OPENING.finditer(solid)]


def _strings_with_keys(page: Page) -> list[int]:
    """The strings where a text of rule 4 may be (or more of them), in document order.

    The words are searched for in the page's visible characters run together, so
    that a word split over strings (``조회<b>수</b>``) is found as well.  Marks them
    in ``page.keyed`` when the page's text is NFC (a line's NFC then adds no word).
    """
    everything = list(range(len(page.texts)))
    if page.solid is None:
        return everything
    solid = page.solid.replace("\x00", "")
    lowered = solid.lower()
    if len(lowered) != len(solid):  # a letter that lowercases to two (``İ``): positions would shift
        return everything
    found: set[int] = set()
    for match in _SOLID_KEY.finditer(lowered):
        found.update(range(page.string_at(match.start()), page.string_at(match.end() - 1) + 1))
    keys = sorted(found)
    if unicodedata.is_normalized("NFC", solid):
        page.keyed = keys
    return keys


def _candidates(page: Page, regions: list[int], keys: list[int], headings: list[int]) -> bytearray:
    """1 for each element at or above one a rule could drop: a page region, two links
    or more, a string that may open a furniture box or hold a furniture text."""
    marked = bytearray(len(page.tags))
    parents = page.parents

    def mark(j: int) -> None:
        while j >= 0 and not marked[j]:
            marked[j] = 1
            j = parents[j]

    for j in regions:
        mark(j)
    for k in itertools.chain(keys, headings):
        mark(page.owner(k))
    links = [0] * len(marked)
    for link in page.tagged["a"]:
        j = link
        while j >= 0 and not marked[j]:
            links[j] += 1
            if links[j] >= 2:
                mark(j)
                break
            j = parents[j]
    return marked


def drop_furniture(page: Page) -> set[str]:
    """Drop rules 1–4 from the page, top down; the texts of the menus' links.

    Every rule reads the page as parsed (the counts are taken once, before any
    removal).  Rule 4 tests a short block once, as a whole: the blocks inside
    one that is no furniture line are left to the line filter
    (``is_furniture_text``).  The walk only enters elements where a rule may
    apply (``_candidates``): the rest of the page is skipped whole.
    """
    body_content = page.content_chars(0)
    guard = _GUARD_SHARE * body_content
    attributed = sorted({*page.attributed, *page.elements_tagged(*FURNITURE_TAGS)})
    regions = {i for i in attributed if is_page_region(page, i)}
    keys = _strings_with_keys(page)
    candidates = _candidates(page, sorted(regions), keys, _strings_opening_with_headings(page))
    menu_entries: set[str] = set()
    ends, starts, text_ends = page.ends, page.text_starts, page.text_ends
    tested_until = 0  # the end of the short block tested last: rule 4 is not tried inside it
    i, end = 1, ends[0]
    while i < end:
        if not candidates[i]:
            i = ends[i]
            continue
        content = page.content_chars(i)
        if content < guard or not body_content:
            if i in regions or is_link_list(page, i):
                menu_entries |= _link_texts(page, i)
                page.remove(i)
                i = ends[i]
                continue
            small_box = content <= _SMALL_BOX or page.link_chars(i) * 2 >= page.chars(i)
            if small_box and opens_with_furniture_heading(page, i):
                page.remove(i)
                i = ends[i]
                continue
            if i >= tested_until and is_short_block(page, i):
                has_key = bisect.bisect_left(keys, text_ends[i]) > bisect.bisect_left(keys, starts[i])
                if has_key and is_furniture_text(page.text(i)):
                    page.remove(i)
                    i = ends[i]
                    continue
                tested_until = ends[i]
        i += 1
    page.refresh()
    return menu_entries


def _is_main(page: Page, i: int) -> bool:
    return page.tags[i] == "main" or page.attr(i, "role").lower() == "main"


def _is_article(page: Page, i: int) -> bool:
    return page.tags[i] == "article" or page.attr(i, "itemprop").lower() == "articlebody"


def narrow(page: Page) -> int:
    """The page's ``main``, then its largest ``article``, when they hold most of its text."""
    root = 0
    named = sorted({*page.attributed, *page.elements_tagged("main", "article")})
    for wanted in (_is_main, _is_article):
        candidates = [
            i for i in named if i != root and page.within(i, root) and not page.removed[i] and wanted(page, i)
        ]
        if candidates:
            best = max(candidates, key=page.content_chars)
            if page.content_chars(best) >= _NARROW_SHARE * page.content_chars(root):
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

    root: int
    title: int | None


def choose_title(page: Page, root: int, menu_entries: set[str]) -> int | None:
    """The title element (see the module docstring); drops menu echoes above it."""
    headings = [(i, text) for i in page.elements_tagged(*HEADINGS) if _LETTERS.search(text := page.text(i))]
    echoes = [i for i, text in headings if text in menu_entries]
    headings = [(i, text) for i, text in headings if text not in menu_entries]
    names = _title_names(page)
    named = [(i, text) for i, text in headings if text in names]
    # The longest: a site's name is a part of <title> too (``기사 제목 - 한빛경제``).
    title = max(named, key=lambda heading: len(heading[1]), default=(None, ""))[0]
    if title is None:
        sizes = {len("".join(name.split())) for name in names}  # a cheap test before text()
        title = next(
            (
                i
                for i in page.elements(root)
                if i != root and page.chars(i) in sizes and page.text(i) in names
            ),
            None,
        )
    if title is None:
        in_root = [i for i, _ in headings if page.within(i, root)]
        title = next((i for i in in_root if page.tags[i] == "h1"), in_root[0] if in_root else None)
    for echo in echoes:  # the board's or section's name repeated from the menu, above the title
        if title is None or _lead_chars(page, echo) < _lead_chars(page, title):
            page.remove(echo)
            page.refresh()
    if title is None:
        return None
    return title if _lead_chars(page, title) <= _TITLE_LEAD else None


def _lead_chars(page: Page, i: int) -> int:
    """Characters of text before element ``i`` in the page (all of it for one taken out)."""
    return page.chars(0) if page.removed[i] else page.chars_before(i)


def find_content(page: Page) -> Content:
    """Drop the furniture, narrow to the article and choose its title."""
    menu_entries = drop_furniture(page)
    root = narrow(page)
    return Content(root, choose_title(page, root, menu_entries))
