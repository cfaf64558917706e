"""A web page parsed once and indexed: its elements and strings in document order.

The parser (selectolax's lexbor, an HTML5 parser: a page is read the way a
browser reads it, entities decoded, misnested tags repaired) builds the tree;
one walk over it lists the body's elements and text strings in document order,
leaving out what never shows publication text (scripts, styles, forms'
controls, media, hidden elements, comments).  No Python object is made per
node: element ``i`` covers the elements ``i + 1 … ends[i] - 1`` and the
strings ``text_starts[i] … text_ends[i] - 1``, so what the rules ask
of an element — its visible characters, those inside links, its links, a
heading or table below it — is the difference of two running sums, read in
constant time, never by walking the subtree again.

Removing an element (the site's furniture, see ``html_content``) marks its
span; ``refresh`` then takes the sums again once, over what is left.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from extractors.lexicon.html import DROPPED_TAGS, FURNITURE_TAGS

# Elements that start and end a line (the rest flow inline).
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br",
    }
)  # fmt: skip

# Elements whose presence below an element makes it more than a line of text.
FRAMING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "table"})

# Elements the rules look for by their tag: listed while the page is indexed.
NOTED_TAGS: frozenset[str] = FRAMING_TAGS | FURNITURE_TAGS | {"a", "main", "article"}

_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)

_TEXT_NODE = 2  # lexbor's tag id of a text node

# Joins the strings of a page to count their visible characters in one pass; the
# HTML parser never leaves a NUL in a page's text (a page that has one is counted
# string by string).
_JOIN = "\x00"


def visible_chars(text: str) -> int:
    """Characters that are not white space (``str.split``'s: every Unicode space).

    >>> visible_chars(" 수출\\u00a0 12% \\n")
    5
    """
    return len("".join(text.split()))


# White space as ``str.split`` has it: the four that pages are full of, removed by
# ``str.replace`` (a C loop each); then the rest (nbsp, ideographic space …) by one class.
_COMMON_SPACES = " \n\t\r"
_OTHER_SPACE = re.compile(
    "[" + "".join(re.escape(space) for space in map(chr, range(0x110000)) if space.isspace()) + "]"
)


def without_spaces(text: str) -> str:
    """``text`` without its white space: ``"".join(text.split())`` in a few passes in C.

    >>> without_spaces(" 수출\\u00a0 12%\\u3000\\u2009증가 \\x1f\\n“가”")
    '수출12%증가“가”'
    """
    for space in _COMMON_SPACES:
        text = text.replace(space, "")
    return _OTHER_SPACE.sub("", text) if _OTHER_SPACE.search(text) else text


def collapse(text: str) -> str:
    """White space runs as one space, none at the ends (as a browser shows inline text).

    >>> collapse("  수출은\\n\\t 50억\\u00a0달러 ")
    '수출은 50억 달러'
    """
    return " ".join(text.split())


def _hidden(attrs: dict[str, str | None]) -> bool:
    return (
        "hidden" in attrs
        or (attrs.get("aria-hidden") or "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(attrs.get("style") or ""))
    )


@dataclass(slots=True, eq=False)
class Page:
    """A parsed page: the body's elements (the body first) and strings in
    document order, with the spans and running sums described in the module docstring.
    """

    tags: list[str]
    attrs: list[dict[str, str | None]]
    parents: list[int]  # -1 for the body
    ends: list[int]  # one past the last element below
    text_starts: list[int]  # the first string below
    text_ends: list[int]  # one past the last string below
    texts: list[str]
    tagged: dict[str, list[int]]  # the elements of each of NOTED_TAGS, in document order
    attributed: list[int]  # the elements with attributes, in document order
    title: str = ""  # the <title>, collapsed ('' when absent)
    og_title: str = ""  # <meta property="og:title"> ('' when absent)
    removed: bytearray = field(default_factory=bytearray)  # 1 for every element of a removed span
    _removed_roots: list[int] = field(default_factory=list)
    # The page's strings without their white space, each after a NUL (None when a string
    # holds a NUL): where the rules' words are searched for at once.
    solid: str | None = None
    _visible: list[int] = field(default_factory=list)  # visible characters of each string
    _parsed_chars: list[int] = field(default_factory=list)  # running sums as parsed
    _chars: list[int] = field(default_factory=list)  # running sums over the strings …
    _link_chars: list[int] = field(default_factory=list)  # … and over those inside links
    _in_links: bytearray = field(default_factory=bytearray)  # 1 for the elements inside a link
    framing: list[int] = field(default_factory=list)  # headings and tables, in document order
    # The strings that hold (a part of) a word of a furniture text, in document order
    # (``html_content``); None until the rules have looked, or when they cannot tell.
    keyed: list[int] | None = None

    def __post_init__(self) -> None:
        self.removed = bytearray(len(self.tags))
        self._visible = self._count_visible()
        self.framing = sorted(itertools.chain.from_iterable(self.tagged[tag] for tag in FRAMING_TAGS))
        self._in_links = bytearray(len(self.tags))
        for i in self.tagged["a"]:
            self._in_links[i + 1 : self.ends[i]] = b"\x01" * (self.ends[i] - i - 1)
        self.refresh()
        self._parsed_chars = self._chars

    def _count_visible(self) -> list[int]:
        joined = _JOIN + _JOIN.join(self.texts)
        if joined.count(_JOIN) != len(self.texts):  # a NUL in a string: count them one by one
            return [visible_chars(text) for text in self.texts]
        self.solid = without_spaces(joined)
        return list(map(len, self.solid.split(_JOIN)[1:]))

    def string_at(self, position: int) -> int:
        """The string of the page's visible characters that ``position`` (as parsed) falls in.

        >>> page = parse_page("<p>가 나</p><p>다</p>")
        >>> [page.string_at(position) for position in range(3)]
        [0, 0, 1]
        """
        return bisect.bisect_right(self._parsed_chars, position) - 1

    def owner(self, k: int) -> int:
        """The innermost element holding string ``k``."""
        j = bisect.bisect_right(self.text_starts, k) - 1
        while self.text_ends[j] <= k:
            j = self.parents[j]
        return j

    def refresh(self) -> None:
        """Take the running sums over what is left after removals."""
        visible = self._visible
        starts, ends = self.text_starts, self.text_ends
        if self._removed_roots:
            visible = list(visible)
            for root in self._removed_roots:
                visible[starts[root] : ends[root]] = [0] * (ends[root] - starts[root])
        self._chars = list(itertools.accumulate(visible, initial=0))
        in_link = bytearray(len(visible))
        for i in self.tagged["a"]:
            in_link[starts[i] : ends[i]] = b"\x01" * (ends[i] - starts[i])
        self._link_chars = list(itertools.accumulate(map(operator.mul, visible, in_link), initial=0))

    # ---- what is below an element ----

    def chars(self, i: int) -> int:
        """Visible characters of the strings below element ``i``."""
        return self._chars[self.text_ends[i]] - self._chars[self.text_starts[i]]

    def link_chars(self, i: int) -> int:
        """Visible characters inside links below element ``i`` (or in it, a link); for an
        element inside a link, only those of the links below it."""
        if not self._in_links[i]:
            return self._link_chars[self.text_ends[i]] - self._link_chars[self.text_starts[i]]
        links, ends = self.tagged["a"], self.ends
        total = 0
        k, stop = bisect.bisect_left(links, i), bisect.bisect_left(links, ends[i])
        while k < stop:  # the outermost links below it
            total += self.chars(links[k])
            k = bisect.bisect_left(links, ends[links[k]], k, stop)
        return total

    def content_chars(self, i: int) -> int:
        """Visible characters outside links: what the publication's text is made of."""
        return self.chars(i) - self.link_chars(i)

    def count(self, found: list[int], i: int) -> int:
        """How many of the elements ``found`` (in document order) are ``i`` or below it."""
        return bisect.bisect_left(found, self.ends[i]) - bisect.bisect_left(found, i)

    def links(self, i: int) -> int:
        """Links at or below element ``i`` (as parsed, before removals)."""
        return self.count(self.tagged["a"], i)

    def framed(self, i: int) -> bool:
        """True when element ``i`` is or holds a heading or a table (as parsed)."""
        return self.count(self.framing, i) > 0

    def chars_before(self, i: int) -> int:
        """Visible characters of the page's text before element ``i`` (what is left of it)."""
        return self._chars[self.text_starts[i]]

    def first(self, i: int) -> str:
        """The first string below element ``i`` that shows a character ('' when none)."""
        visible = self._visible
        for k in range(self.text_starts[i], self.text_ends[i]):
            if visible[k]:
                return self.texts[k]
        return ""

    # ---- the tree ----

    def elements(self, i: int) -> Iterator[int]:
        """Element ``i`` and every element left below it, in document order."""
        removed, ends = self.removed, self.ends
        j, end = i, ends[i]
        while j < end:
            if removed[j]:
                j = ends[j]
                continue
            yield j
            j += 1

    def children(self, i: int) -> list[int]:
        """The elements left right below element ``i``."""
        found: list[int] = []
        removed, ends = self.removed, self.ends
        j, end = i + 1, ends[i]
        while j < end:
            if not removed[j]:
                found.append(j)
            j = ends[j]
        return found

    def elements_tagged(self, *tags: str) -> list[int]:
        """The elements left whose tag is one of ``tags`` (of NOTED_TAGS), in document order."""
        removed = self.removed
        found = itertools.chain.from_iterable(self.tagged[tag] for tag in tags)
        return sorted(j for j in found if not removed[j])

    def within(self, i: int, root: int) -> bool:
        """True when element ``i`` is ``root`` or below it."""
        return root <= i < self.ends[root]

    def attr(self, i: int, name: str) -> str:
        """An attribute's value ('' when absent or empty)."""
        return self.attrs[i].get(name) or ""

    def remove(self, i: int) -> None:
        """Take element ``i`` and what is below it out of the page (see ``refresh``)."""
        if not self.removed[i]:
            self.removed[i : self.ends[i]] = b"\x01" * (self.ends[i] - i)
            self._removed_roots.append(i)

    def strings(self, i: int) -> list[str]:
        """The strings left below element ``i``, in document order."""
        starts, ends, text_ends, removed = self.text_starts, self.ends, self.text_ends, self.removed
        end = ends[i]
        found: list[str] = []
        k = starts[i]
        j = removed.find(1, i + 1, end)
        while j >= 0:  # the first element of each removed span
            found += self.texts[k : starts[j]]
            k = text_ends[j]
            j = removed.find(1, ends[j], end)
        found += self.texts[k : text_ends[i]]
        return found

    def text(self, i: int) -> str:
        """Element ``i``'s text, blocks apart, white space runs collapsed to one space."""
        starts, text_ends, ends, removed, texts = (
            self.text_starts,
            self.text_ends,
            self.ends,
            self.removed,
            self.texts,
        )
        end = ends[i]
        if end == i + 1:  # strings only
            return collapse("".join(texts[starts[i] : text_ends[i]]))
        parts: list[str] = []
        k = starts[i]
        closing: list[int] = []  # the open blocks, innermost last
        j = i + 1
        while j < end:
            while closing and ends[closing[-1]] <= j:
                stop = text_ends[closing.pop()]
                parts += texts[k:stop]
                parts.append(" ")
                k = stop
            parts += texts[k : starts[j]]
            k = starts[j]
            if removed[j]:
                k = text_ends[j]
                j = ends[j]
                continue
            if self.tags[j] in BLOCK_TAGS:
                parts.append(" ")
                closing.append(j)
            j += 1
        while closing:
            stop = text_ends[closing.pop()]
            parts += texts[k:stop]
            parts.append(" ")
            k = stop
        parts += texts[k : text_ends[i]]
        return collapse("".join(parts))

    @property
    def body(self) -> Element:
        return Element(self, 0)


class Element(NamedTuple):
    """An element of a ``Page``, for the code that works element by element (tables).

    >>> table = next(e for e in parse_page("<table><tr><td>가<b>나</b></td></tr></table>").body.elements()
    ...              if e.tag == "table")
    >>> [[cell.text() for cell in row.children()] for row in table.children()[0].children()]
    [['가나']]
    """

    page: Page
    i: int  # its number in document order

    @property
    def tag(self) -> str:
        return self.page.tags[self.i]

    def attr(self, name: str) -> str:
        return self.page.attr(self.i, name)

    def text(self) -> str:
        return self.page.text(self.i)

    def children(self) -> list[Element]:
        return [Element(self.page, j) for j in self.page.children(self.i)]

    def elements(self) -> Iterator[Element]:
        return (Element(self.page, j) for j in self.page.elements(self.i))

    def holds_table_or_heading(self, inside: bool = False) -> bool:
        """True when this element is (unless ``inside``), or holds, a table or heading left
        in the page."""
        page, i = self.page, self.i
        framing = page.framing
        below = framing[bisect.bisect_left(framing, i + inside) : bisect.bisect_left(framing, page.ends[i])]
        return any(not page.removed[j] for j in below)


def _index(body: LexborNode) -> dict[str, Any]:
    """The body's elements and strings in document order (see the module docstring).

    What is left out is taken out of lexbor's tree as the walk meets it, so that the
    strings come from one call to lexbor's own text export, split at its separator.
    """
    tags: list[str] = [body.tag or "body"]
    attrs: list[dict[str, str | None]] = [body.attributes]
    parents, text_starts, ends, text_ends = [-1], [0], [0], [0]
    strings = 0
    tagged: dict[str, list[int]] = {tag: [] for tag in NOTED_TAGS}
    attributed: list[int] = []
    dropped = DROPPED_TAGS
    # The element being listed and its ancestors, each with the node after it (the
    # walk goes on there when the element is done).
    open_elements: list[tuple[int, LexborNode | None]] = [(0, None)]
    parent = 0
    listed = 1  # elements listed so far
    node = body.child
    while True:
        if node is None:  # the last child is done: close its parent
            i, node = open_elements.pop()
            ends[i], text_ends[i] = listed, strings
            if not open_elements:
                break
            parent = open_elements[-1][0]
            continue
        if node.tag_id == _TEXT_NODE:  # most nodes
            strings += 1
            node = node.next
            continue
        following = node.next
        if node.is_element_node:
            tag = node.tag
            attributes = node.attributes
            if tag is None or tag in dropped or (attributes and _hidden(attributes)):
                node.decompose()
            else:
                if attributes:
                    attributed.append(listed)
                if tag in tagged:
                    tagged[tag].append(listed)
                tags.append(tag)
                attrs.append(attributes)
                parents.append(parent)
                text_starts.append(strings)
                ends.append(0)
                text_ends.append(0)
                open_elements.append((listed, following))
                parent, listed = listed, listed + 1
                node = node.child
                continue
        node = following
    joined = body.text(separator=_JOIN)
    texts = joined.split(_JOIN) if strings else []
    if len(texts) != strings:  # a string holding a NUL, or one lexbor leaves out: read them one by one
        texts = [
            node.text_content or "" for node in body.traverse(include_text=True) if node.tag_id == _TEXT_NODE
        ]
    return {
        "tags": tags, "attrs": attrs, "parents": parents, "ends": ends, "text_starts": text_starts,
        "text_ends": text_ends, "texts": texts, "tagged": tagged, "attributed": attributed,
    }  # fmt: skip


def parse_page(html: str) -> Page:
    """Parse a decoded page and index its body."""
    parser = LexborHTMLParser(html)
    title = og_title = ""
    if parser.head is not None:
        title_node = parser.head.css_first("title")
        title = collapse(title_node.text()) if title_node is not None else ""
        meta = parser.head.css_first('meta[property="og:title"]')
        og_title = collapse(meta.attributes.get("content") or "") if meta is not None else ""
    body = parser.body if parser.body is not None else parser.create_node("body")
    return Page(**_index(body), title=title, og_title=og_title)
