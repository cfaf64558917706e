"""A web page as a small tree of elements and strings, measured once.

The parser (selectolax's lexbor, an HTML5 parser: a page is read the way a
browser reads it, entities decoded, misnested tags repaired) is used once, to
build this tree; the rules that find the publication in the page work on the
tree, so they hold no parser calls and run on numbers measured in one pass.
Elements that never show publication text (scripts, styles, forms' controls,
media, hidden elements) are left out while building it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from extractors.lexicon.html import DROPPED_TAGS

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

_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


@dataclass(slots=True, eq=False)
class Element:
    """An element: tag, attributes, children (elements and text strings), and what
    ``measure`` finds below it: visible characters, those inside links, links, a
    heading or table (``framed``), the first non-blank string."""

    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)
    parent: Element | None = None
    chars: int = 0
    link_chars: int = 0
    links: int = 0
    framed: bool = False
    first: str = ""

    def elements(self) -> Iterator[Element]:
        """Every element below this one, in document order (this one first)."""
        stack: list[Element] = [self]
        while stack:
            element = stack.pop()
            yield element
            stack.extend(child for child in reversed(element.children) if isinstance(child, Element))

    def text(self) -> str:
        """The element's text, blocks apart, whitespace runs collapsed to one space.

        >>> Element("p", {}, ["a ", Element("b", {}, ["b\\n"]), Element("li", {}, ["c"])]).text()
        'a b c'
        """
        parts: list[str] = []
        stack: list[Element | str] = [self]
        while stack:
            node = stack.pop()
            if isinstance(node, str):
                parts.append(node)
            else:
                if node.tag in BLOCK_TAGS:
                    parts.append(" ")
                    stack.append(" ")
                stack.extend(reversed(node.children))
        return " ".join("".join(parts).split())  # str.split: every Unicode space, U+00A0 too

    def first_text(self) -> str:
        """The first non-blank string below the element (as measured), collapsed."""
        return " ".join(self.first.split())

    def has(self, tags: frozenset[str]) -> bool:
        """True when an element below this one (or this one) has one of ``tags``."""
        return any(element.tag in tags for element in self.elements())

    @property
    def content_chars(self) -> int:
        """Visible characters outside links: what the publication's text is made of."""
        return self.chars - self.link_chars

    def remove(self) -> None:
        """Take the element out of its parent (its counts stay as measured)."""
        if self.parent is not None:
            self.parent.children = [child for child in self.parent.children if child is not self]
            self.parent = None


def _hidden(attrs: dict[str, str]) -> bool:
    return (
        "hidden" in attrs
        or attrs.get("aria-hidden", "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(attrs.get("style", "")))
    )


def _attributes(node: LexborNode) -> dict[str, str]:
    return {name: value or "" for name, value in node.attributes.items()}


def node_to_element(node: LexborNode) -> Element:
    """The tree below a parser node, without dropped tags, hidden elements and comments."""
    root = Element(node.tag or "", _attributes(node))
    stack: list[tuple[LexborNode | None, Element]] = [(node.child, root)]
    while stack:
        child, parent = stack.pop()
        if child is None:
            continue
        stack.append((child.next, parent))  # the next sibling, after this child's subtree
        if child.is_text_node:
            text = child.text_content
            if text:
                parent.children.append(text)
            continue
        tag = child.tag
        if not child.is_element_node or tag is None or tag in DROPPED_TAGS:
            continue
        attrs = _attributes(child)
        if _hidden(attrs):
            continue
        element = Element(tag, attrs, parent=parent)
        parent.children.append(element)
        stack.append((child.child, element))
    return root


def measure(root: Element) -> None:
    """Count and note what is below every element, in one pass (children first)."""
    for element in reversed(list(root.elements())):
        chars = link_chars = links = 0
        framed = element.tag in FRAMING_TAGS
        first = ""
        for child in element.children:
            if isinstance(child, str):
                visible = len("".join(child.split()))
                chars += visible
                if visible and not first:
                    first = child
            else:
                chars += child.chars
                link_chars += child.link_chars
                links += child.links
                framed = framed or child.framed
                first = first or child.first
        if element.tag == "a":
            link_chars, links = chars, links + 1
        element.chars, element.link_chars, element.links = chars, link_chars, links
        element.framed, element.first = framed, first


@dataclass(frozen=True, slots=True)
class Page:
    """A parsed page: its body as a tree (to be measured), and the head's titles."""

    body: Element
    title: str  # the <title>, collapsed ('' when absent)
    og_title: str  # <meta property="og:title"> ('' when absent)


def parse_page(html: str) -> Page:
    """Parse a decoded page."""
    parser = LexborHTMLParser(html)
    body = node_to_element(parser.body) if parser.body is not None else Element("body", {})
    title = og_title = ""
    if parser.head is not None:
        title_node = parser.head.css_first("title")
        title = " ".join(title_node.text().split()) if title_node is not None else ""
        meta = parser.head.css_first('meta[property="og:title"]')
        og_title = " ".join((meta.attributes.get("content") or "").split()) if meta is not None else ""
    return Page(body, title, og_title)
