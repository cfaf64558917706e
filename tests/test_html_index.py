"""The page index (``html_dom.Page``): what it says of each element, against a plain walk of
lexbor's tree that says it the obvious way."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from extractors.lexicon.html import DROPPED_TAGS
from extractors.readers.html_dom import BLOCK_TAGS, FRAMING_TAGS, Page, parse_page, visible_chars

# ---- the reference: lexbor's tree walked node by node, each measure as its definition says ----


@dataclass(eq=False)
class Node:
    tag: str
    children: list[Node | str] = field(default_factory=list)


def _hidden(node: LexborNode) -> bool:
    attrs = {name: value or "" for name, value in node.attributes.items()}
    style = attrs.get("style", "").replace(" ", "").lower()
    return (
        "hidden" in attrs
        or attrs.get("aria-hidden", "").lower() == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


def _tree(node: LexborNode) -> Node:
    element = Node(node.tag or "")
    child = node.child
    while child is not None:
        if child.is_text_node:
            element.children.append(child.text_content or "")
        elif child.is_element_node and child.tag not in DROPPED_TAGS and not _hidden(child):
            element.children.append(_tree(child))
        child = child.next
    return element


def _preorder(node: Node) -> list[Node]:
    found = [node]
    for child in node.children:
        if isinstance(child, Node):
            found += _preorder(child)
    return found


def _strings(node: Node, gone: set[int]) -> list[str]:
    found: list[str] = []
    for child in node.children:
        if isinstance(child, str):
            found.append(child)
        elif id(child) not in gone:
            found += _strings(child, gone)
    return found


def _chars(node: Node, gone: set[int]) -> int:
    return sum(visible_chars(text) for text in _strings(node, gone))


def _link_chars(node: Node, gone: set[int]) -> int:
    if node.tag == "a":
        return _chars(node, gone)
    return sum(
        _link_chars(child, gone)
        for child in node.children
        if isinstance(child, Node) and id(child) not in gone
    )


def _links(node: Node) -> int:
    return (node.tag == "a") + sum(_links(child) for child in node.children if isinstance(child, Node))


def _framed(node: Node) -> bool:
    return node.tag in FRAMING_TAGS or any(
        _framed(child) for child in node.children if isinstance(child, Node)
    )


def _raw_text(node: Node, gone: set[int]) -> str:
    parts: list[str] = []
    for child in node.children:
        if isinstance(child, str):
            parts.append(child)
        elif id(child) not in gone:
            block = " " if child.tag in BLOCK_TAGS else ""
            parts += [block, _raw_text(child, gone), block]
    return "".join(parts)


def _text(node: Node, gone: set[int]) -> str:
    return " ".join(_raw_text(node, gone).split())


def _first(node: Node) -> str:
    return next((text for text in _strings(node, set()) if visible_chars(text)), "")


def reference(html: str) -> list[Node]:
    body = LexborHTMLParser(html).body
    assert body is not None
    return _preorder(_tree(body))


def measures(page: Page, i: int) -> tuple[str, int, int, str, list[str]]:
    return page.tags[i], page.chars(i), page.link_chars(i), page.text(i), page.strings(i)


def expected(node: Node, gone: set[int]) -> tuple[str, int, int, str, list[str]]:
    return node.tag, _chars(node, gone), _link_chars(node, gone), _text(node, gone), _strings(node, gone)


# ---- rows: what the index says of one element ----

MEASURES = [
    # (name, body, the element's tag, (chars, link chars, links, framed, text))
    ("strings and inline elements", "<p>수출 <b>12.4</b>%</p>", "p", (7, 0, 0, False, "수출 12.4%")),
    ("blocks apart in its text", "<div><p>가</p>나<p>다</p></div>", "div", (3, 0, 0, False, "가 나 다")),
    ("text after a block is its parent's", "<div><p>가</p>나</div>", "p", (1, 0, 0, False, "가")),
    ("a link's characters", "<p>보기: <a>누리집</a></p>", "p", (6, 3, 1, False, "보기: 누리집")),
    (
        "inside a link only its own links count",
        "<a><table><tr><td>가나<a>다</a></td></tr></table></a>",
        "td",
        (3, 1, 1, False, "가나다"),
    ),
    (
        "a table frames its parent",
        "<div><table><tr><td>1</td></tr></table></div>",
        "div",
        (1, 0, 0, True, "1"),
    ),
    (
        "scripts styles and comments left out",
        "<p>가<script>1억</script><!-- 2억 --><style>p{}</style></p>",
        "p",
        (1, 0, 0, False, "가"),
    ),
    (
        "hidden elements left out",
        "<div>가<p hidden>1억</p><p style='display:none'>2억</p></div>",
        "div",
        (1, 0, 0, False, "가"),
    ),
    (
        "nbsp and ideographic space are white space",
        "<p>&nbsp;가\u3000나&nbsp;</p>",
        "p",
        (2, 0, 0, False, "가 나"),
    ),
]


@pytest.mark.parametrize(("name", "body", "tag", "want"), MEASURES, ids=[row[0] for row in MEASURES])
def test_measures(name: str, body: str, tag: str, want: tuple[int, int, int, bool, str]) -> None:
    page = parse_page(f"<html><body>{body}</body></html>")
    i = page.tags.index(tag)
    assert (page.chars(i), page.link_chars(i), page.links(i), page.framed(i), page.text(i)) == want


def test_removed_element_leaves_the_sums_and_text() -> None:
    page = parse_page("<div><p>가나</p><p>다라마</p><a>바</a></div>")
    page.remove(page.tags.index("p") + 1)  # the second paragraph
    page.refresh()
    assert (page.chars(1), page.link_chars(1), page.text(1), page.strings(1)) == (
        3,
        1,
        "가나 바",
        ["가나", "바"],
    )
    assert page.chars_before(page.tags.index("a")) == 2


# ---- any page: the index against the reference, before and after removals ----

_TAGS = [
    "div",
    "p",
    "span",
    "a",
    "b",
    "h2",
    "ul",
    "li",
    "table",
    "tr",
    "td",
    "br",
    "sup",
    "script",
    "img",
    "pre",
]
_TEXTS = st.sampled_from(
    ["가", "나 다", " ", "\u00a0", "12.4", "\n\t", "&nbsp;", "라\u3000마", "", "&lt;표&gt;"]
)


def _element(children: list[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, attrs, inner: f"<{tag}{attrs}>{''.join(inner)}</{tag}>",
        st.sampled_from(_TAGS),
        st.sampled_from(["", " hidden", " class='gnb'", " style='display: none'", " aria-hidden='true'"]),
        st.just(children),
    )


_HTML = st.recursive(
    _TEXTS,
    lambda inner: (
        st.lists(inner, max_size=4).flatmap(_element)
        | st.builds("<!-- {} -->".format, inner)
        | st.builds("<a><table><tr><td>{}</td></tr></table></a>".format, inner)  # links inside a link
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_HTML, min_size=1, max_size=5), st.data())
def test_index_agrees_with_a_walk_of_the_tree(parts: list[str], data: st.DataObject) -> None:
    html = f"<html><body>{''.join(parts)}</body></html>"
    page, nodes = parse_page(html), reference(html)
    assert [node.tag for node in nodes] == page.tags
    for i, node in enumerate(nodes):
        assert measures(page, i) == expected(node, set())
        assert (page.links(i), page.framed(i), page.first(i)) == (_links(node), _framed(node), _first(node))
    gone = data.draw(st.sets(st.integers(1, len(nodes) - 1), max_size=3)) if len(nodes) > 1 else set()
    for i in sorted(gone):
        page.remove(i)
    page.refresh()
    removed = {id(nodes[i]) for i in gone}
    for i, node in enumerate(nodes):
        if not page.removed[i]:
            assert measures(page, i) == expected(node, removed)
