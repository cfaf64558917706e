"""Is a page's text real text?  A verdict per page from its characters.

Fonts without a Unicode map come out as ``(cid:123)`` runs, private-use
code points, U+FFFD or stray symbols; such a page must not feed the figure
grammar, because digits decoded by accident would become invented facts.

A Korean publication exported without a Korean font keeps its digits and
punctuation but loses every Hangul letter (``2024. 3. 5.( ) 17:00``): its
figures would have no words (no unit word, no metric, no 억), so such a
page is not trusted either.  A page without Hangul has lost its words when
it has figures (digits) but no letters at all, in any publication; or, in a
publication that is Korean (Hangul on another page, in its metadata or its
file name, or made by Korean software), when hardly any of its characters
are word letters: lowercase or caseless letters of another script.  Capitals
do not count, since the Latin a Korean text keeps is mostly acronyms (ICT,
USD, OECD); an English page, even a table with its labels, has far more
lowercase letters, so an English page or publication is not judged so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import regex

from extractors.lexicon.pdf import KOREAN_PRODUCERS

# Share of bad characters above which a page's text is not trusted.
BAD_SHARE_LIMIT = 0.2
# A page with fewer characters is not judged for its scripts (a page number, a date line).
MIN_JUDGED = 8
# In a Korean publication, a page without Hangul whose word letters are fewer
# than this share of its characters has lost its words.  English pages measured
# (references, manuals, tables with labels) had 24% or more.
WORD_SHARE_LIMIT = 0.1
# Metadata fields that may name the publication or the software that made it.
_METADATA_FIELDS = ("Title", "Subject", "Author", "Keywords", "Creator", "Producer")

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
_SCRIPT = regex.compile(
    r"""(?P<hangul>\p{Hangul})      # syllables and jamo
      | (?P<capital>[\p{Lu}\p{Lt}])  # capitals: acronyms survive a lost Korean font
      | (?P<word>\p{L})             # lowercase and caseless letters (Latin words, 漢字)
      | (?P<digit>\p{Nd})           # a decimal digit
    """,
    regex.VERBOSE,
)
_HANGUL = regex.compile(r"\p{Hangul}")


@dataclass(frozen=True, slots=True)
class PageQuality:
    """How many characters a page has, how many are undecodable, and of which scripts."""

    number: int
    characters: int
    bad: int
    hangul: int = 0
    capitals: int = 0  # capital letters of other scripts
    words: int = 0  # lowercase and caseless letters of other scripts
    digits: int = 0

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
    """Count a page's non-space characters, the undecodable ones and the scripts.

    >>> page_quality(1, ["수", "출", " ", "(cid:3)", "U", "S", "D", "b", "n", "7", "%"])
    PageQuality(number=1, characters=10, bad=1, hangul=2, capitals=3, words=2, digits=1)
    """
    characters = bad = 0
    counts = {"hangul": 0, "capital": 0, "word": 0, "digit": 0}
    for text in glyph_texts:
        if not text or text.isspace():
            continue
        characters += 1
        if is_bad_glyph(text):
            bad += 1
            continue
        script = _SCRIPT.match(text)
        if script is not None and script.lastgroup is not None:
            counts[script.lastgroup] += 1
    return PageQuality(
        number, characters, bad, counts["hangul"], counts["capital"], counts["word"], counts["digit"]
    )


def lost_words(quality: PageQuality, korean: bool) -> bool:
    """True for a page with figures but without their words (see the module docstring).

    >>> numbers_only = PageQuality(1, characters=40, bad=0, digits=30)
    >>> acronyms = PageQuality(2, characters=40, bad=0, capitals=6, words=1, digits=30)
    >>> english = PageQuality(3, characters=400, bad=0, capitals=20, words=280, digits=30)
    >>> [lost_words(q, korean=True) for q in (numbers_only, acronyms, english)]
    [True, True, False]
    >>> [lost_words(q, korean=False) for q in (numbers_only, acronyms, english)]
    [True, False, False]
    """
    if quality.hangul or not quality.digits or quality.characters < MIN_JUDGED or quality.undecodable:
        return False
    if not quality.capitals and not quality.words:
        return True
    return korean and quality.words < WORD_SHARE_LIMIT * quality.characters


def is_korean_publication(
    qualities: Sequence[PageQuality], metadata: Mapping[str, object], source: str
) -> bool:
    """Hangul on some page, in the PDF's metadata or in the file name; or made by Korean software.

    >>> is_korean_publication([], {"Producer": "Hancom PDF 1.3.0.550"}, "a.pdf")
    True
    >>> is_korean_publication([], {"Title": "Annual report"}, "report.pdf")
    False
    """
    if any(quality.hangul for quality in qualities) or _HANGUL.search(source):
        return True
    for name in _METADATA_FIELDS:
        value = metadata.get(name)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if not isinstance(value, str):
            continue
        if _HANGUL.search(value) or any(marker in value.lower() for marker in KOREAN_PRODUCERS):
            return True
    return False


def page_list(numbers: Iterable[int]) -> str:
    """Page numbers for a message.

    >>> page_list([2, 3, 7])
    '2, 3, 7'
    """
    return ", ".join(str(number) for number in numbers)
