"""A spaCy pipeline for Korean built without downloads: Kiwi morphemes as tokens.

``spacy.blank("ko")`` wants MeCab, so the pipeline is a multi-language blank
(``xx``) whose tokenizer is Kiwi (kiwipiepy, model inside its wheel).  Every
token is a surface piece of the text (``doc.text`` is the input, exactly) and
carries Kiwi's tag in ``token.tag_`` (``NNG``, ``JKS``, ``JX``, ``VV+EP`` when
Kiwi reads one written syllable as two morphemes).

Kiwi is the slow part, so each whitespace-delimited word (어절) is analysed
once and remembered, as spaCy's own tokenizer caches its words; each new
word is read on its own (its tags never depend on what was read before),
and words without Hangul are split by a regex instead.

Three small components, each ``__call__ → match → set_annotations``:

- ``suchi_mentions``: the figures given in ``doc.user_data["mentions"]``
  as ``doc.spans["mentions"]`` (label = kind);
- ``suchi_terms``: context words from ``extractors.lexicon.context`` —
  metrics, changes, partners, relative years, base markers — as
  ``doc.spans["terms"]`` (label = family, ``kb_id_`` = value) and as exact
  character spans in ``doc.user_data["terms"]``;
- ``suchi_sentences``: sentence starts after a sentence-final mark.

The context stage reads the same tokens, terms and sentences as plain data
(``analyse_plain``: the tokenizer's and components' own functions, without a
Doc): building a Doc and its spans for every sentence cost more than the
rules take to read them, and the rules read only tags, offsets and terms.
The parity of the two is tested (``tests/test_nlp.py``).

>>> doc = analyse("수출은 2642억 달러로 늘었다. 대중국 수입은 줄었다.", [(4, 12, "amount")])
>>> [t.text for t in doc][:3], doc[0].tag_
(['수출', '은', '2642'], 'NNG')
>>> [s.text for s in doc.sents]
['수출은 2642억 달러로 늘었다.', '대중국 수입은 줄었다.']
>>> [s.kb_id_ for s in doc.spans["terms"]]
['export', 'increase', '중국', 'import', 'decrease']
>>> [(s.text, s.label_) for s in doc.spans["mentions"]]
[('2642억 달러', 'amount')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from extractors.lexicon import context as lex
from extractors.lexicon.numbers import SIGNS
from extractors.scan import alternation_finditer

_CACHE_LIMIT = 200_000  # words remembered; cleared when full (a rare, cheap reset)
_RECENT_LIMIT = 16  # pattern matches remembered: those of the sentence being analysed
_HANGUL = regex.compile(r"\p{Hangul}")
_WORD = regex.compile(r"\S+")
# Non-Hangul words split into digit runs, letter runs and single marks.
_PIECE = regex.compile(
    r"""
    (?P<num>[0-9][0-9,.]*[0-9]|[0-9])   # 2,642.9
    | (?P<hangul>\p{Hangul}+)           # 수출액은: left unread (only where no rule looks)
    | (?P<latin>\p{Latin}+)             # ICT, EU
    | (?P<han>\p{Han}+)                 # 對, 既
    | (?P<mark>\S)                      # anything else, one character
    """,
    regex.VERBOSE,
)
_PIECE_TAGS = {"num": "SN", "hangul": "UNK", "latin": "SL", "han": "SH", "mark": "SW"}
_FOCUS_BACK = 6  # written words before an anchor whose tags the rules read (a subject's length)
# Where the rules read tags: metric words and partners (the nouns before them, the word after),
# an opening parenthesis (its head noun), a sentence-final mark (the ending before it) and the
# first word of a sentence (its topic: 식품은 전월대비 0.1%).
_ANCHOR_MARKS = regex.compile(
    rf"[(（]|[.?!](?=\s|$)|\)(?=(?:{'|'.join(lex.TOPIC_PARTICLES)})\s)"  # 건설기성액(…)은: its topic
    rf"|{'|'.join(lex.RESPECTIVELY)}"  # the list before 각각
)
# a topic opening the sentence (after a bullet: ㅇ 제조업은), a clause after a comma (…, 서비스업은)
# or after a connective ending (… 증가했으며 국내기계수주는)
_TOPIC_OPENERS = (
    r"^[^\p{L}\p{N}]*(?:\p{So}|\p{Hangul}{1}\s)?\s*",
    r"[,;]\s*",
    rf"(?:{'|'.join(lex.CLAUSE_LINKS)})\s+",
)
_TOPIC_WORD = (  # a topic of one or two words (식품은, 소비재 판매는)
    rf"(?P<word>[\p{{L}}\p{{N}}]\S*?(?:[^\S\n]+[\p{{L}}\p{{N}}]\S*?)?(?:{'|'.join(lex.TOPIC_PARTICLES)}))(?=\s)"
)
_ANCHOR_TOPIC = regex.compile(rf"(?:{'|'.join(_TOPIC_OPENERS)}){_TOPIC_WORD}")
# The same, one pattern per opener, scanned by ``alternation_finditer``: joined, the openers are
# tried at every character (measured over the corpus's analysed sentences: 5.5 ms, apart 1.5 ms).
_ANCHOR_TOPIC_BRANCHES = tuple(regex.compile(opener + _TOPIC_WORD) for opener in _TOPIC_OPENERS)
_SENTENCE_FINAL = frozenset({"SF"})
# A word right before a figure, marked as topic or bare (단감이 830만 달러로, 건설업 2.9%, 과자 14.7%):
# its item, with the words before it that a longer name takes (컴퓨터 주변기기 3.1%, 준 내구재가 2.5%);
# a list's item may follow its comma unspaced (…,통신장비 4.7%).
_ANCHOR_FIGURE_WORD = regex.compile(
    rf"(?:(?<!\S)|(?<=[,，]))\S*\p{{Hangul}}(?=[^\S\n]+[{regex.escape(''.join(SIGNS))}]?\d)"
)
# What ``_ANCHOR_FIGURE_WORD.finditer`` finds, found faster: a match ends a run of non-spaces (a
# space follows it) and, its run's start always allowed, starts there (the comma's branch never
# opens a match of a scan).  So: the Hangul before the space and the figure, then back over its run.
_FIGURE_WORD_END = regex.compile(rf"\p{{Hangul}}(?=[^\S\n]+[{regex.escape(''.join(SIGNS))}]?\d)")
_FIGURE_WORD_BACKWARD = regex.compile(r"\S*\p{Hangul}", regex.REVERSE)
_FIGURE_WORD_BACK = 2


@dataclass(frozen=True, slots=True)
class Term:
    """A context word at ``text[start:end]``: ``family`` (metric, change, …) and its ``value``."""

    start: int
    end: int
    family: str
    value: str


@dataclass(frozen=True, slots=True)
class Tokens:
    """A Doc's tokens as plain lists, made by the tokenizer beside the Doc.

    The rules read thousands of tags and offsets per document; reading them here
    spares a Python ``Token`` object per access (``doc[i]`` builds one each time).
    """

    texts: list[str]
    starts: list[int]
    tags: list[str]
    spaces: list[bool]
    length: int  # characters covered, trailing whitespace included: len(doc.text)

    def end(self, i: int) -> int:
        """Offset after token ``i``, its whitespace excluded (``token.idx + len(token)``)."""
        return self.starts[i] + len(self.texts[i])

    def _at(self, char: int) -> int:
        if char < 0 or char >= self.length:
            return -1
        return bisect.bisect_right(self.starts, char) - 1

    def char_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Token range ``[i, j)`` of ``Doc.char_span(start, end, alignment_mode="expand")``.

        >>> doc = get_nlp().make_doc("수출은 늘었다")
        >>> tokens_of(doc).char_span(1, 5), doc.char_span(1, 5, alignment_mode="expand")[:].start
        ((0, 3), 0)
        """
        first, last = self._at(start), self._at(end - 1)
        if first < 0 or last < 0:
            return None
        if start == self.end(first):
            first += 1  # trailing whitespace is no part of the token before it
        return first, last + 1


def tokens_of(doc: Doc) -> Tokens:
    """The plain token lists of ``doc``: the tokenizer's, else read from the Doc once."""
    found = doc.user_data.get("tokens")
    if isinstance(found, Tokens) and len(found.texts) == len(doc):
        return found
    table = Tokens(
        [t.text for t in doc],
        [t.idx for t in doc],
        [t.tag_ for t in doc],
        [bool(t.whitespace_) for t in doc],
        len(doc.text),
    )
    doc.user_data["tokens"] = table
    return table


def _span(doc: Doc, table: Tokens, start: int, end: int, *, label: str, kb_id: str = "") -> Span | None:
    """``doc.char_span(start, end, label, kb_id, alignment_mode="expand")`` through the plain token lists."""
    found = table.char_span(start, end)
    if found is None:
        return None
    if found[0] >= found[1]:  # a span on whitespace: let spaCy decide, as before
        return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
    return Span(doc, found[0], found[1], label=label, kb_id=kb_id)


# --- the tokenizer ------------------------------------------------------------


@lru_cache(maxsize=1)
def _kiwi() -> Any:
    from kiwipiepy import Kiwi

    return Kiwi()


_word_cache: dict[str, tuple[tuple[int, int, str], ...]] = {}


def _pieces(word: str, morphemes: Iterable[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    """Non-overlapping surface pieces of ``word`` from Kiwi morphemes (start, end, tag) → (start, end, tag).

    Morphemes that share written characters (했 = 하+었) become one piece with
    joined tags; characters Kiwi skipped become pieces of their own.
    """
    out: list[list[Any]] = []
    for start, end, tag in morphemes:
        if out and start < out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
            out[-1][2] += "+" + tag
            continue
        if start > (out[-1][1] if out else 0):
            out.append([out[-1][1] if out else 0, start, "SW"])
        out.append([start, end, tag])
    if not out or out[-1][1] < len(word):
        out.append([out[-1][1] if out else 0, len(word), "SW"])
    return tuple((s, e, t) for s, e, t in out if e > s)


_plain_cache: dict[str, tuple[tuple[int, int, str], ...]] = {}


def _plain_pieces(word: str) -> tuple[tuple[int, int, str], ...]:
    found = _plain_cache.get(word)
    if found is None:
        if len(_plain_cache) >= _CACHE_LIMIT:
            _plain_cache.clear()
        found = tuple((m.start(), m.end(), _PIECE_TAGS[m.lastgroup or "mark"]) for m in _PIECE.finditer(word))
        _plain_cache[word] = found
    return found


def _analyse_words(words: Sequence[str]) -> None:
    """Fill the word cache for ``words`` with one batched Kiwi call."""
    cache = _word_cache
    todo = [w for w in dict.fromkeys(words) if w not in cache]  # in text order: Kiwi reads words in context
    if not todo:
        return
    if len(cache) + len(todo) > _CACHE_LIMIT:
        cache.clear()
        todo = list(dict.fromkeys(words))  # the words read before are gone too
    korean = []
    for w in todo:
        if _HANGUL.search(w):
            korean.append(w)
        else:
            cache[w] = _plain_pieces(w)
    _analyse_korean(korean)


def _analyse_korean(words: Sequence[str]) -> None:
    """Kiwi over each of ``words`` on its own.

    A word's tags never depend on what was read before it (joined in one
    string, Kiwi read 선박과 as JC or JKB by its neighbours, so a document's
    context changed with the documents read before it): the same publication
    gets the same records in any batch.  One call per word is no slower than
    one joined string, and faster than Kiwi's list form for short lists.
    """
    kiwi = _kiwi()
    for w in words:
        morphemes = [(m.start, min(m.start + m.len, len(w)), m.tag) for m in kiwi.tokenize(w)]
        if any(tag == _LIST_PARTICLE for _, _, tag in morphemes[:-1]) and w[-1] in lex.PARTICLE_TAGS:
            morphemes = _noun_and_particle(kiwi, w) or morphemes
        _word_cache[w] = _pieces(w, morphemes)


_LIST_PARTICLE = "JC"  # 과/와 joining two nouns


def _noun_and_particle(kiwi: Any, word: str) -> list[tuple[int, int, str]] | None:
    """A word Kiwi read as a list inside (신선과실은 → 신선/NNG 과/JC 실은/MAG) as the noun it
    reads without its closing particle (신선과실/NNG), then the particle (은/JX); None when
    the rest is no noun alone (반도체와디스플레이는 is a list)."""
    stem = [(m.start, m.start + m.len, m.tag) for m in kiwi.tokenize(word[:-1])]
    if not stem or not all(tag.startswith("NN") for _, _, tag in stem):
        return None
    return [*stem, (len(word) - 1, len(word), lex.PARTICLE_TAGS[word[-1]])]


def written_tags(text: str) -> list[tuple[str, str]]:
    """(piece, tag) of every word of ``text``, each read by Kiwi (and remembered, as the tokenizer does).

    >>> written_tags("반도체 수출을")
    [('반도체', 'NNG'), ('수출', 'NNG'), ('을', 'JKO')]
    """
    words = _WORD.findall(text)
    _analyse_words(words)
    cache = _word_cache
    out: list[tuple[str, str]] = []
    for word in words:
        pieces = cache.get(word) or _plain_pieces(word)
        out.extend((word[start:end], tag) for start, end, tag in pieces)
    return out


_ITEM_TAG = "NNG"
_MARK_TAG = "SW"
_PREDICATE_TAG = "V"  # VV, VA, VCP …: a verb or adjective stem
_LIST_COMMAS = frozenset({",", "，"})
_LISTED_WORD = regex.compile(r"\p{Hangul}+")
_ITEM_FIGURE = regex.compile(r"[+\-−△▽]?\d")


def _listed_item(spans: Sequence[tuple[int, str]], i: int) -> bool:
    """Whether word ``i`` is an item of a list of figures: a Hangul word alone after a comma and
    before a figure (유가증권 3,800억달러, 예치금 200억달러, 금 8천만달러); read alone, Kiwi may
    take a one-syllable noun for a verb (금 → 그+ㅁ), which no list item is."""
    word = spans[i][1]
    return (
        0 < i < len(spans) - 1
        and spans[i - 1][1][-1] in _LIST_COMMAS
        and _LISTED_WORD.fullmatch(word) is not None
        and _ITEM_FIGURE.match(spans[i + 1][1]) is not None
    )


def tokenize(text: str, focus: Callable[[str, list[int]], set[int]] | None = None) -> Tokens:
    """Kiwi morphemes (surface pieces) of ``text`` as plain token lists, tags from Kiwi.

    ``focus(text, word_starts)`` names the words whose tags the rules read; None reads all.
    Other words are split by a regex (Hangul runs tagged ``UNK``) and never reach Kiwi.

    >>> t = tokenize("수출은 늘었다")
    >>> t.texts[:2], t.tags[:2], t.spaces[:2]
    (['수출', '은'], ['NNG', 'JX'], [False, True])
    """
    spans = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    chosen: set[int] | None = None
    if focus is not None:
        chosen = focus(text, [start for start, _ in spans])
        _analyse_words([spans[i][1] for i in sorted(chosen) if i < len(spans)])
    else:
        _analyse_words([w for _, w in spans])
    cache = _word_cache
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    starts: list[int] = []
    cursor = 0
    for i, (start, word) in enumerate(spans):
        if cursor < start:
            gap_start = cursor
            if words and text[cursor] == " " and not spaces[-1]:
                spaces[-1] = True
                gap_start += 1
            if gap_start < start:
                words.append(text[gap_start:start])
                spaces.append(False)
                tags.append("_SP")
                starts.append(gap_start)
        pieces = cache[word] if chosen is None or i in chosen else _plain_pieces(word)
        if pieces[0][2].startswith(_PREDICATE_TAG) and _listed_item(spans, i):
            pieces = ((0, len(word), _ITEM_TAG),)  # …, 금 8천만달러: Kiwi read 금 alone as a verb
        elif word in lex.LETTER_BULLETS and (i == 0 or "\n" in text[cursor:start]):
            pieces = ((0, len(word), _MARK_TAG),)  # o 대외금융자산은: a line's bullet, no name
        for s, e, tag in pieces:
            words.append(word[s:e])
            spaces.append(False)
            tags.append(tag)
            starts.append(start + s)
        cursor = start + len(word)
    if cursor < len(text):
        gap_start = cursor
        if words and text[cursor] == " ":
            spaces[-1] = True
            gap_start += 1
        if gap_start < len(text):
            words.append(text[gap_start:])
            spaces.append(False)
            tags.append("_SP")
            starts.append(gap_start)
    return Tokens(words, starts, tags, spaces, len(text))


class KiwiTokenizer:
    """Text → Doc whose tokens are Kiwi morphemes (surface pieces), tags in ``tag_``."""

    def __init__(self, vocab: Vocab, focus: Callable[[str, list[int]], set[int]] | None = None) -> None:
        """``focus(text, word_starts)`` names the words whose tags the rules read; None reads all.

        Other words are split by a regex (Hangul runs tagged ``UNK``) and never reach Kiwi.
        """
        self.vocab = vocab
        self.focus = focus

    def __call__(self, text: str) -> Doc:
        tokens = tokenize(text, self.focus)
        doc = Doc(self.vocab, words=tokens.texts, spaces=tokens.spaces, tags=tokens.tags)
        doc.user_data["tokens"] = tokens
        return doc

    def to_disk(self, path: Any, **kwargs: Any) -> None:  # pragma: no cover - nothing to save
        return None

    def from_disk(self, path: Any, **kwargs: Any) -> KiwiTokenizer:  # pragma: no cover
        return self


# --- patterns as data ---------------------------------------------------------


def _alternation(words: Iterable[str], escape: Callable[[str], str] = regex.escape) -> str:
    """A regex matching any of ``words``, the longest at a place first, written as a trie.

    A flat alternation of a hundred words is tried word by word at every
    character; the trie shares each prefix, so a place that starts no word
    fails at once.

    >>> _alternation(["수출", "수출입", "수입"])
    '수(?:입|출(?:입)?)'
    >>> bool(regex.fullmatch(_alternation(["수출", "수출입물가"]), "수출입물가"))
    True
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie, escape)


def _trie_pattern(node: dict[str, Any], escape: Callable[[str], str]) -> str:
    ends = "" in node
    branches = [escape(ch) + _trie_pattern(child, escape) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # the word may stop here: try the longer ones first (greedy)
        return f"(?:{body})?"
    return body


# The words each family's match starts with (a partner: its prefix or its name).
_LEADING_WORDS: dict[str, tuple[str, ...]] = {
    "metric": tuple(w for w, _ in lex.METRIC_WORDS),
    "change": tuple(w for w, _ in lex.CHANGE_WORDS),
    "partner": (*lex.PARTNER_PREFIXES, *lex.PARTNERS, *lex.PARTNER_ALIASES),
    "relyear": tuple(w for w, _ in lex.RELATIVE_YEARS),
    "same_period": tuple(lex.SAME_PERIOD_WORDS),
    "base": tuple(lex.BASE_MARKERS),
}


def _partner_pattern() -> str:
    names = _alternation([*lex.PARTNERS, *lex.PARTNER_ALIASES])
    prefixes = _alternation(lex.PARTNER_PREFIXES)
    marked = _alternation(lex.MARKED_ONLY)
    people = f"{_alternation(lex.PEOPLE_SUFFIXES)}(?:{_alternation(lex.PEOPLE_PARTICLES)})?"
    money = f"(?!{_alternation(lex.CURRENCY_FALSE_FRIENDS)}|{names})(?:{_alternation(lex.PLACE_CURRENCIES)})"
    return rf"""
        (?<![\p{{Hangul}}\p{{Latin}}])                # a word starts here
        (?:(?P<prefix>{prefixes})\s?)?                # 對 멕시코, 대중국
        (?!(?<=\p{{Hangul}}\()\p{{Han}}+\))             # 일(日) 평균: the Hanja of the word before
        (?P<name>{names})(?!(?!{_alternation(lex.PARTNER_SUFFIXES)})\p{{Han}})  # 中 but not 中企 (美發 is)
        (?<!(?<![\p{{Hangul}}\p{{Latin}}])(?:{marked})(?=[\p{{Hangul}}\s]|$))  # 저지를: a word, not Jersey
        (?!{people}(?!\p{{Hangul}}))                 # 중국인과: its people
        (?![^\S\n]?{money})                           # 미국 달러화: its money
        (?:(?P<suffix>{_alternation(lex.PARTNER_SUFFIXES)})(?!{_alternation(lex.PARTNER_SUFFIX_BLOCKERS)}))?
        # 미국의 → the reporter (일본의 경우: the topic)
        (?:(?P<genitive>{regex.escape(lex.GENITIVE)})(?!\s?(?:{_alternation(lex.GENITIVE_TOPICS)})))?
    """


def _metric_pattern() -> str:
    agent = regex.escape(lex.AGENT_SUFFIX)
    particles = _alternation(lex.AGENT_PARTICLES)
    organisation = _alternation(lex.ORGANISATION_ENDS)
    scheme = _alternation(lex.ORGANISATION_WORDS)
    ratio = _alternation(lex.RATIO_BASES)
    nouns = "|".join(
        f"(?<={regex.escape(word)})(?:{_alternation(after)})" for word, after in lex.METRIC_WORD_NOT_BEFORE
    )
    items = "|".join(
        rf"(?<=(?:{_alternation(before)})\s?){regex.escape(word)}"
        for word, before in lex.METRIC_WORD_NOT_AFTER
    )
    return rf"""
        (?!{items})                                   # 합성수지: an item's name, not a balance
        (?P<word>{_alternation(w for w, _ in lex.METRIC_WORDS)})
        (?!(?:\s?\([^()\n]{{1,12}}\))?\s?\)?\s?(?:{ratio}))  # GDP 대비, 국내총생산(GDP) 대비: a base
        (?!{nouns})                                   # 교역국: the partners, not a metric
        (?!{agent}(?:{particles})?(?!\p{{Hangul}}))  # 투자자는: a person
        (?!\p{{Hangul}}{{0,4}}?(?:{organisation})(?:{particles})?(?!\p{{Hangul}}))  # 기획재정부: a ministry
        (?!\p{{Hangul}}{{0,4}}?(?:{scheme}))                                     # 고용보험기금: a scheme
    """


def _change_pattern() -> str:
    nouns = "|".join(
        f"(?<={regex.escape(word)})(?:{_alternation(after)})" for word, after in lex.CHANGE_WORD_NOT_BEFORE
    )
    return rf"(?P<word>{_alternation(_LEADING_WORDS['change'])})(?!{nouns})"  # not 적자국채


TERM_PATTERNS: list[dict[str, str]] = [
    {"family": "metric", "pattern": _metric_pattern()},
    {"family": "change", "pattern": _change_pattern()},
    {"family": "partner", "pattern": _partner_pattern()},
    {"family": "relyear", "pattern": rf"(?P<word>{_alternation(_LEADING_WORDS['relyear'])})"},
    {"family": "same_period", "pattern": rf"(?P<word>{_alternation(_LEADING_WORDS['same_period'])})"},
    {"family": "base", "pattern": rf"(?P<word>{_alternation(_LEADING_WORDS['base'])})"},
]
"""The context words the terms component finds, one regex per family, built from the lexicon."""


@lru_cache(maxsize=16)
def term_regex(family: str) -> regex.Pattern[str]:
    """The compiled pattern of one family of ``TERM_PATTERNS`` (metric, partner, …)."""
    pattern = next(p["pattern"] for p in TERM_PATTERNS if p["family"] == family)
    return regex.compile(pattern, regex.VERBOSE)


_METRIC_OF = {w.replace(" ", ""): m for w, m in lex.METRIC_WORDS}


def metric_of(word: str) -> str:
    """The metric a metric word names (무역 수지 and 무역수지 alike)."""
    return _METRIC_OF[word.replace(" ", "")]


_CHANGE_OF = dict(lex.CHANGE_WORDS)
_RELYEAR_OF = {w: str(n) for w, n in lex.RELATIVE_YEARS}


def _term_value(family: str, match: regex.Match[str]) -> str:
    if family == "partner":
        name = str(match.group("name"))
        return lex.PARTNER_ALIASES.get(name, name)
    word = str(match.group("word"))
    if family == "metric":
        return _METRIC_OF[word.replace(" ", "")]
    if family == "change":
        return _CHANGE_OF[word]
    if family == "relyear":
        return _RELYEAR_OF[word]
    return word


def _stands_alone(table: Tokens, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole word, not the front of a longer noun.

    A span on whitespace alone is none (spaCy's ``char_span`` would give an empty span there).
    """
    found = table.char_span(start, end)
    if found is None:
        return False
    first, stop = found
    if first >= stop or table.end(stop - 1) != end:
        return False
    if stop >= len(table.texts) or table.spaces[stop - 1]:
        return True
    return not table.tags[stop].startswith("NN")


def _partner_family(match: regex.Match[str]) -> str:
    """``partner``; ``owner`` for the reporter (미국의 수입); ``home`` for the publication's own country
    written plainly (한국 수출), a partner only where a figure's parenthesis or a label names it."""
    if match.group("prefix"):
        return "partner"
    if match.group("genitive"):
        return "owner"
    if match.group("name") in lex.HOME and not match.group("suffix"):
        return "home"
    return "partner"


_Found = tuple[int, int, str, str]  # a term's (start, end, family, value) before it becomes a Term


def _merge_inheriting(text: str, terms: list[_Found]) -> list[_Found]:
    """Join a metric word that inherits (흑자, 수입) with the metric word written right before it.

    경상수지 흑자 is one current-account term, 사회보장성기금 수입 one budget term.
    """
    out: list[_Found] = []
    last_metric: int | None = None  # index in ``out`` of the last metric term
    for term in terms:
        start, end, family, _ = term
        if family == "metric" and last_metric is not None:
            before = out[last_metric]
            allowed = lex.METRIC_INHERITS.get(text[start:end])
            gap = text[before[1] : start]
            if allowed and before[3] in allowed and len(gap) <= 1 and not gap.strip():
                out[last_metric] = (before[0], end, "metric", before[3])
                continue
        if family == "metric":
            last_metric = len(out)
        out.append(term)
    return out


def find_terms(
    text: str,
    tokens: Tokens,
    patterns: Sequence[tuple[str, regex.Pattern[str]]] | None = None,
    offset: int = 0,
) -> list[Term]:
    """The context words of ``text`` (tokens from ``tokenize``), in order, at ``offset`` plus
    their place in ``text``; ``patterns`` as (family, compiled pattern), None for ``TERM_PATTERNS``.

    >>> [(t.family, t.value) for t in find_terms("대중국 수출", tokenize("대중국 수출"))]
    [('partner', '중국'), ('metric', 'export')]
    """
    found: list[_Found] = []
    for family, pattern in _shared_patterns() if patterns is None else patterns:
        for m in _matches(pattern, text):
            if family != "partner":
                found.append((m.start("word"), m.end("word"), family, _term_value(family, m)))
                continue
            end = m.end("suffix") if m.group("suffix") else m.end("name")
            if not _stands_alone(tokens, m.start(), end) and not _metric_follows(text, m):
                continue  # 한국은행 names a bank, not Korea (but 對日수출 is exports to Japan)
            found.append((m.start(), end, _partner_family(m), _term_value(family, m)))
    found.sort(key=lambda t: (t[0], t[1]))
    return [Term(s + offset, e + offset, f, v) for s, e, f, v in _merge_inheriting(text, found)]


def _metric_follows(text: str, match: regex.Match[str]) -> bool:
    """Whether a marked partner (對日, 대중) is written onto a metric word: 對日수출, 대중수출."""
    marked = bool(match.group("prefix")) or match.group("name") in lex.PARTNER_ALIASES
    return marked and term_regex("metric").match(text, match.end("name")) is not None


@lru_cache(maxsize=1)
def _shared_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    return [(p["family"], term_regex(p["family"])) for p in TERM_PATTERNS]


def sentence_starts(tags: Sequence[str]) -> list[int]:
    """Token indexes that start a sentence after the first: after a sentence-final mark (``SF``)
    that closes a predicate (an ending ``EF`` before it)."""
    return [i + 1 for i in range(1, len(tags) - 1) if tags[i] in _SENTENCE_FINAL and "EF" in tags[i - 1]]


def sentence_bounds(tokens: Tokens) -> list[tuple[int, int]]:
    """(start, end) characters of each sentence, as ``Doc.sents`` gives them (trailing whitespace out).

    >>> sentence_bounds(tokenize("수출은 늘었다. 수입은 줄었다."))
    [(0, 8), (9, 17)]
    """
    if not tokens.texts:
        return []
    firsts = [0, *sentence_starts(tokens.tags)]
    lasts = [*(k - 1 for k in firsts[1:]), len(tokens.texts) - 1]
    return [(tokens.starts[a], tokens.end(b)) for a, b in zip(firsts, lasts, strict=True)]


# --- components ---------------------------------------------------------------


class MentionSpans:
    """Figures found upstream (``doc.user_data["mentions"]``: (start, end, kind)) as spans."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Span]:
        spans = []
        table = tokens_of(doc)
        for start, end, kind in doc.user_data.get("mentions", ()):
            span = _span(doc, table, start, end, label=kind)
            if span is not None:
                spans.append(span)
        return spans

    def set_annotations(self, doc: Doc, spans: list[Span]) -> Doc:
        doc.spans["mentions"] = spans
        return doc


class ContextTerms:
    """Metric, change, partner and period words as spans, patterns from the lexicon."""

    def __init__(self, nlp: Language, name: str, patterns: list[dict[str, str]] | None = None) -> None:
        self.name = name
        if patterns is None:  # the shared patterns: the tokenizer has already run two of them
            self.patterns = _shared_patterns()
        else:
            self.patterns = [(p["family"], regex.compile(p["pattern"], regex.VERBOSE)) for p in patterns]

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Term]:
        text = doc.user_data.get("text") or doc.text  # doc.text joins the tokens on every access
        return find_terms(text, tokens_of(doc), self.patterns)

    def set_annotations(self, doc: Doc, terms: list[Term]) -> Doc:
        doc.user_data["terms"] = terms
        spans = []
        table = tokens_of(doc)
        for term in terms:
            span = _span(doc, table, term.start, term.end, label=term.family, kb_id=term.value)
            if span is not None:
                spans.append(span)
        doc.spans["terms"] = spans
        return doc


class SentenceMarks:
    """Sentence starts: the token after a sentence-final mark (``SF``) that closes a predicate."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[int]:
        return sentence_starts(tokens_of(doc).tags)

    def set_annotations(self, doc: Doc, starts: list[int]) -> Doc:
        # only the starts are set: a token left unset is no sentence start
        for i in [0, *starts] if len(doc) else []:
            doc[i].is_sent_start = True
        if len(doc) > 1 and 1 not in starts:
            doc[1].is_sent_start = False  # marks the boundaries as set, even for one sentence
        return doc


@Language.factory("suchi_mentions")
def _make_mentions(nlp: Language, name: str) -> MentionSpans:
    return MentionSpans(nlp, name)


@Language.factory("suchi_terms", default_config={"patterns": None})
def _make_terms(nlp: Language, name: str, patterns: list[dict[str, str]] | None) -> ContextTerms:
    return ContextTerms(nlp, name, patterns)


@Language.factory("suchi_sentences")
def _make_sentences(nlp: Language, name: str) -> SentenceMarks:
    return SentenceMarks(nlp, name)


# --- the pipeline ---------------------------------------------------------------


@lru_cache(maxsize=1)
def _anchor_patterns() -> list[regex.Pattern[str]]:
    return [term_regex("metric"), term_regex("partner")]


def _mark_places(text: str) -> list[int]:
    """Where a parenthesis opens or a sentence ends, and where a sentence's or a clause's topic
    starts (식품은 …, ㅇ 제조업은 …, …, 서비스업은 50억 달러)."""
    marks = [m.start() for m in _matches(_ANCHOR_MARKS, text)]
    return marks + [m.start("word") for m in alternation_finditer(_ANCHOR_TOPIC_BRANCHES, text)]


_PREFILTERED = ("metric", "partner", "relyear", "base")  # the families a prefilter speeds up (measured)


@lru_cache(maxsize=1)
def _starts() -> dict[regex.Pattern[str], re.Pattern[str]]:
    """For each shared pattern, a stdlib ``re`` pattern matching wherever one of its matches may start.

    The ``regex`` engine tries a pattern that opens with a long alternation at
    every character (~25 MB/s of Korean text); ``re`` finds the places where one
    of the leading words starts four times as fast, and the full pattern is
    tried there only.
    """
    return {
        term_regex(family): re.compile(_alternation(_LEADING_WORDS[family], re.escape))
        for family in _PREFILTERED
    }


def _finditer(pattern: regex.Pattern[str], text: str) -> list[regex.Match[str]]:
    """``list(pattern.finditer(text))``, trying ``pattern`` only where ``_starts`` says a match may start.

    >>> metric = term_regex("metric")
    >>> text = "수출입 투자자는 수출액이 늘었다"
    >>> [m.span() for m in _finditer(metric, text)] == [m.span() for m in metric.finditer(text)]
    True
    """
    starts = _starts().get(pattern)
    if starts is None:
        return list(pattern.finditer(text))
    found = []
    search, match = starts.search, pattern.match
    at = 0
    while (candidate := search(text, at)) is not None:
        place = candidate.start()
        m = match(text, place)  # lookbehinds see the text before ``place``, as in a scan
        if m is None or m.end() == place:
            at = place + 1
            continue
        found.append(m)
        at = m.end()
    return found


_recent: dict[tuple[int, str], list[regex.Match[str]]] = {}


def _matches(pattern: regex.Pattern[str], text: str) -> list[regex.Match[str]]:
    """``pattern.finditer(text)``, remembered for the text just analysed: the tokenizer's focus and
    the terms component read the same metric and partner words of the same sentence."""
    key = (id(pattern), text)
    found = _recent.get(key)
    if found is None:
        if len(_recent) >= _RECENT_LIMIT:
            _recent.clear()
        found = _recent[key] = _finditer(pattern, text)
    return found


def _figure_word_starts(text: str) -> list[int]:
    """Where the matches of ``_ANCHOR_FIGURE_WORD`` start (one scan: 3.1 ms over the corpus's
    analysed sentences; this way 1.4 ms).

    >>> text = "단감이 830만 달러, 과자 14.7%,통신장비 4.7% 늘었다"
    >>> _figure_word_starts(text), [m.start() for m in _ANCHOR_FIGURE_WORD.finditer(text)]
    ([0, 13, 16], [0, 13, 16])
    """
    backward = _FIGURE_WORD_BACKWARD.match
    return [backward(text, 0, end.end()).start() for end in _FIGURE_WORD_END.finditer(text)]


def focus_words(text: str, word_starts: list[int]) -> set[int]:
    """Indexes of the words whose Kiwi tags the rules may read.

    >>> sorted(focus_words("그 중대형 컴퓨터 수입액은 38억 달러로 집계됐다", [0, 2, 6, 10, 15, 19, 23]))
    [0, 1, 2, 3, 4]
    """
    chosen: set[int] = set()
    places = [m.start() for pattern in _anchor_patterns() for m in _matches(pattern, text)]
    for place in [*places, *_mark_places(text)]:
        word = bisect.bisect_right(word_starts, place) - 1
        chosen.update(range(max(0, word - _FOCUS_BACK), word + 2))
    for start in _figure_word_starts(text):
        word = bisect.bisect_right(word_starts, start) - 1
        chosen.update(range(max(0, word - _FIGURE_WORD_BACK), word + 1))
    return chosen


def build_nlp(*, read_all: bool = False) -> Language:
    """A fresh Korean pipeline: Kiwi tokenizer + the three components.

    Kiwi reads only the words near metric words, partners, parentheses and
    sentence ends, where the rules look at tags; ``read_all`` makes it read every word.
    """
    import spacy

    nlp = spacy.blank("xx")
    nlp.tokenizer = KiwiTokenizer(nlp.vocab, None if read_all else focus_words)
    nlp.add_pipe("suchi_mentions")
    nlp.add_pipe("suchi_terms")
    nlp.add_pipe("suchi_sentences")
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline, built once on first use."""
    return build_nlp()


def analyse(text: str, mentions: Sequence[tuple[int, int, str]] = ()) -> Doc:
    """Run the pipeline over ``text`` with figures at ``mentions`` (char offsets into ``text``)."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc.user_data["text"] = text
    doc.user_data["mentions"] = list(mentions)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the pipeline reads of a text, as plain data: what the context rules use, without a Doc.

    The same tokenizer, terms and sentence rules as ``analyse``; the rules read
    thousands of tags per publication, and a spaCy Doc with its spans costs more
    to build than the rules take to read it.
    """

    text: str
    tokens: Tokens  # offsets into ``text``
    terms: list[Term]  # offsets into the whole text: ``offset`` + their place in ``text``
    sentences: list[tuple[int, int]]  # (start, end) in the whole text, as ``Doc.sents``


def analyse_plain(text: str, offset: int = 0) -> Analysis:
    """``analyse(text)`` as plain data: tokens, context words and sentences; ``text`` is a piece
    of a longer text starting at ``offset``, where terms and sentences are placed.

    >>> a = analyse_plain("수출은 늘었다. 대중국 수입은 줄었다.")
    >>> a.sentences, [t.value for t in a.terms]
    ([(0, 8), (9, 21)], ['export', 'increase', '중국', 'import', 'decrease'])
    >>> analyse_plain("수출은 늘었다. 수입은 줄었다.", 100).sentences
    [(100, 108), (109, 117)]
    """
    tokens = tokenize(text, focus_words)
    sentences = [(s + offset, e + offset) for s, e in sentence_bounds(tokens)]
    return Analysis(text, tokens, find_terms(text, tokens, offset=offset), sentences)


def analyse_sentence(text: str, offset: int = 0) -> Analysis:
    """The spaCy pipeline's reading of a piece of text (``analyse``: the Kiwi tokenizer, the
    terms and sentence components) as the plain data the context rules read; ``text`` starts
    at ``offset`` in a longer text, where terms and sentences are placed.

    >>> a = analyse_sentence("수출은 늘었다. 대중국 수입은 줄었다.", 100)
    >>> a.sentences, [(t.start, t.value) for t in a.terms][:2]
    ([(100, 108), (109, 121)], [(100, 'export'), (104, 'increase')])
    """
    doc = analyse(text)
    terms = [Term(t.start + offset, t.end + offset, t.family, t.value) for t in terms_of(doc)]
    sentences = [(s.start_char + offset, s.end_char + offset) for s in doc.sents]
    return Analysis(text, tokens_of(doc), terms, sentences)


def terms_of(doc: Doc) -> list[Term]:
    """The exact context words the terms component found."""
    found: list[Term] = doc.user_data.get("terms", [])
    return found
