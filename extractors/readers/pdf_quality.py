"""Is a page's text real text?  A verdict per page from its characters.

Fonts without a Unicode map come out as ``(cid:123)`` runs, private-use
code points, U+FFFD or stray symbols; such a page must not feed the figure
grammar, because digits decoded by accident would become invented facts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

# Share of bad characters above which a page's text is not trusted.
BAD_SHARE_LIMIT = 0.2

_CID = regex.compile(r"\(cid:\d+\)")
_GOOD = regex.compile(
    r"""[\p{Hangul}\p{Latin}\p{Han}\p{Greek}  # the scripts of Korean publications
         \p{Nd}\p{No}                        # digits, superscripts, circled numbers
         \p{P}\p{Sm}\p{Sc}\p{So}\p{Sk}       # punctuation and symbols (■ ※ % ₩)
         \s]                                 # spaces
    """,
    regex.VERBOSE,
)
_BAD_CATEGORIES = regex.compile(r"[\p{Co}\p{Cn}\p{Cc}\p{Cs}\uFFFD]")


@dataclass(frozen=True, slots=True)
class PageQuality:
    """How many characters a page has and how many of them are undecodable."""

    number: int
    characters: int
    bad: int

    @property
    def empty(self) -> bool:
        return self.characters == 0

    @property
    def undecodable(self) -> bool:
        return self.characters > 0 and self.bad > BAD_SHARE_LIMIT * self.characters


def is_bad_glyph(text: str) -> bool:
    """True for a PDF character that did not decode to a real character.

    >>> [is_bad_glyph(t) for t in ("가", "A", "7", "%", "■", "(cid:12)", "\\ue000", "\\ufffd", "\\x03")]
    [False, False, False, False, False, True, True, True, True]
    """
    if _CID.fullmatch(text):
        return True
    return any(_BAD_CATEGORIES.match(character) or not _GOOD.match(character) for character in text)


def page_quality(number: int, glyph_texts: Iterable[str]) -> PageQuality:
    """Count a page's non-space characters and the undecodable ones.

    >>> page_quality(1, ["수", "출", " ", "(cid:3)"])
    PageQuality(number=1, characters=3, bad=1)
    """
    characters = bad = 0
    for text in glyph_texts:
        if not text or text.isspace():
            continue
        characters += 1
        bad += is_bad_glyph(text)
    return PageQuality(number, characters, bad)


def page_list(numbers: Iterable[int]) -> str:
    """Page numbers for a message.

    >>> page_list([2, 3, 7])
    '2, 3, 7'
    """
    return ", ".join(str(number) for number in numbers)
