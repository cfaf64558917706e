"""Mentions → contexts: what each figure measures, for whom, when, which way.

Only sentences that hold a figure are analysed (spaCy + Kiwi through
``extractors.nlp``); lines give list-item labels, numbered headings give a
last-resort subject; dates get an empty context.  For a figure in running text:

- **metric**: the word heading the parenthesis the figure sits in (``예산(5.5조원``),
  else a metric word right after it (``50억불 투자``, ``11억 달러 흑자``), else the
  nearest metric word before it in the sentence, else the item's label (``(수입)``),
  else for a figure in parentheses the first metric word after it
  (``아세안(+12.1%) 등 … 수출이``);
- **subject**: the noun phrase before that metric word (``중대형 컴퓨터 수입액``),
  else the head of the parenthesis (``패키지 SW(14.3억 달러)``), else the item's
  label (``(바이오기술)``, ``반도체:``), else the noun phrase written right before
  the figure (``자동차 61억불``; it also wins over a metric word of an earlier
  clause), else the noun phrase of an earlier metric word in the sentence, else
  a numbered heading above; with no metric at all, the topic right before the
  figure (``코스피 시가총액은 2,400조원``);
- **partner**: the head of the parenthesis (``EU(1,800억 달러``), else the
  nearest country or region before it in the item (``對 멕시코``, ``대중국``,
  ``EU산``; not ``미국의``, the reporter), else one right after it
  (``56억 달러의 적자가 미국과의``), else the item's label;
- **period**: the nearest date before it in the sentence that is not a
  comparison base (``2024년 대비``), else 지난해/올해 from ``reference``, else
  같은 해 → the previous sentence's period;
- **change**: a change word or arrow after it, before the next figure.

Table cells take their context from row and column labels and the caption.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import regex
from spacy.tokens import Doc

from extractors.lexicon import context as lex
from extractors.mentions import Mention
from extractors.nlp import TERM_PATTERNS, Term, Tokens, analyse, terms_of, tokens_of
from extractors.readers.base import TableCellSpan
from extractors.tables import label_period, text_tables
from extractors.tables.read import caption_year
from extractors.tables.units import names_measure
from schemas import Context

_JOINERS = frozenset({"·", "&", "/", "-"})  # 컴퓨터·주변기기, R&D
_CLAUSE_BREAK = regex.compile(r"[,;→▲※\t]")  # marks that end a clause inside a sentence
_BASE_GAP = 3  # characters between a figure and the comparison marker after it (와 비교해)
_AFTER_WINDOW = 25  # characters after a figure searched for a partner or a change word

_BULLET_CLASS = regex.escape(lex.BULLETS)
# A line's leading label: "- (바이오기술) …", "* 반도체: …", "▲(對 일본) …".
_LINE_LABEL = regex.compile(
    rf"""
    ^[\s{_BULLET_CLASS}]*                      # bullets and indentation
    (?:\d{{1,2}}[.)]\s*)?                      # an item number
    (?:
        \((?P<paren>[^()\d]{{1,25}})\)         # (바이오기술)
      | (?P<colon>[^\s:：()\d][^:：()\d]{{0,14}}?)\s*[{lex.LABEL_COLONS}]  # 반도체:
    )
    """,
    regex.VERBOSE,
)
# A label opening an item inside a line: ▲(對 일본) …
_SEGMENT_LABEL = regex.compile(
    rf"""
    [{regex.escape(lex.SEGMENT_MARKS)}]\s*     # ▲ or ※
    \((?P<paren>[^()\d]{{1,25}})\)             # (對 일본)
    """,
    regex.VERBOSE,
)
_SEGMENT_MARK = regex.compile(rf"[{regex.escape(lex.SEGMENT_MARKS)}]")
# A numbered heading: "2. 바이오기술(Biotechnology) ATP".
_HEADING = regex.compile(
    r"""
    ^\s*\d{1,2}\.\s+                           # 2.
    (?P<title>[^\d\t.]{2,40}?)\s*$             # a short title without figures
    """,
    regex.VERBOSE | regex.MULTILINE,
)
_PARENTHETICAL = regex.compile(r"\([^()]*\)")
_FILLERS = regex.compile(
    rf"\s*(?:(?:{'|'.join(regex.escape(w) for w in lex.POST_FIGURE_FILLERS)})\s*)*", regex.VERBOSE
)


@dataclass(frozen=True, slots=True)
class Label:
    """What a list item's label says: one of metric, partner or subject."""

    metric: str | None = None
    partner: str | None = None
    subject: str | None = None


@dataclass(frozen=True, slots=True)
class _Head:
    """What the word heading a figure's parenthesis says (EU(…), 예산(…), 패키지 SW(…))."""

    metric: str | None = None
    partner: str | None = None
    subject: str | None = None
    found: bool = False


@dataclass(slots=True)
class _Line:
    """One analysed line: its Doc, terms (absolute offsets) and labels."""

    start: int
    doc: Doc
    terms: list[Term]
    label: Label
    segments: list[tuple[int, Label]] = field(default_factory=list)


# --- labels --------------------------------------------------------------------


@lru_cache(maxsize=1)
def _partner_regex() -> regex.Pattern[str]:
    pattern = next(p["pattern"] for p in TERM_PATTERNS if p["family"] == "partner")
    return regex.compile(pattern, regex.VERBOSE)


@lru_cache(maxsize=1)
def _metric_regex() -> regex.Pattern[str]:
    pattern = next(p["pattern"] for p in TERM_PATTERNS if p["family"] == "metric")
    return regex.compile(pattern, regex.VERBOSE)


_METRIC_OF = {w.replace(" ", ""): m for w, m in lex.METRIC_WORDS}


def classify_label(label: str) -> Label:
    """A label as a partner, a metric or a subject.

    >>> classify_label("對 일본")
    Label(metric=None, partner='일본', subject=None)
    >>> classify_label("수입")
    Label(metric='import', partner=None, subject=None)
    >>> classify_label("바이오기술")
    Label(metric=None, partner=None, subject='바이오기술')
    """
    label = label.strip()
    partner = _partner_regex().fullmatch(label)
    if partner and not partner.group("genitive"):
        name = partner.group("name")
        return Label(partner=lex.PARTNER_ALIASES.get(name, name))
    metric = _metric_regex().fullmatch(label)
    if metric:
        return Label(metric=_METRIC_OF[metric.group("word").replace(" ", "")])
    if label in lex.SUBJECT_STOPWORDS or label in lex.TOTAL_LABELS:
        return Label()
    return Label(subject=label)


def _line_label(line: str) -> Label:
    m = _LINE_LABEL.match(line)
    if not m:
        return Label()
    return classify_label(m.group("paren") or m.group("colon"))


def _segments(line: str, start: int) -> list[tuple[int, Label]]:
    """(absolute offset, label) of every item opened inside the line (▲(對 일본) …)."""
    found = [(start + m.start(), Label()) for m in _SEGMENT_MARK.finditer(line)]
    labels = {start + m.start(): classify_label(m.group("paren")) for m in _SEGMENT_LABEL.finditer(line)}
    return [(offset, labels.get(offset, label)) for offset, label in found]


# --- noun phrases ----------------------------------------------------------------

_NOUN_TAGS = frozenset({"SL", "SH", "XSN", "XPN", "NR", "SN", "NNB"})
_CONTENT_TAGS = frozenset({"NNG", "NNP", "SL", "SH"})
_OPEN, _CLOSE = "(", ")"
_TOPIC_TAGS = frozenset({"JX", "JKS"})  # 은/는, 이/가: the particle marking what a sentence is about
_MAX_WORDS = 6  # a subject is a few written words at most


def _nounish(text: str, tag: str) -> bool:
    return tag.startswith("NN") or tag in _NOUN_TAGS or (text in _JOINERS and tag in {"SW", "SP", "SO"})


def _blocked(start: int, end: int, blockers: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in blockers)


def _strip_parenthesis(tokens: Tokens, word: list[int]) -> list[int]:
    """그래픽처리장치(GPU) → 그래픽처리장치: a trailing parenthesis is no part of the name."""
    if word and tokens.texts[word[-1]] == _CLOSE:
        opens = [k for k, i in enumerate(word) if tokens.texts[i] == _OPEN]
        if opens:
            return word[: opens[-1]]
    return word


def _noun_word(tokens: Tokens, word: list[int], blockers: Sequence[tuple[int, int]]) -> bool:
    """Whether a written word (어절, token indexes) can be part of a subject: nouns only, one a content noun.

    10년간 and 억불 are nouns without content (a number and bound nouns); 이차전지 has one.
    """
    texts, tags = tokens.texts, tokens.tags
    if not word or not all(_nounish(texts[i], tags[i]) for i in word):
        return False
    if any(_blocked(tokens.starts[i], tokens.end(i), blockers) for i in word):
        return False
    content = [texts[i] for i in word if tags[i] in _CONTENT_TAGS]
    if not content or "".join(texts[i] for i in word) in lex.SUBJECT_STOPWORDS:
        return False
    if len(content) == 1 and content[0] in lex.SUBJECT_STOPWORDS:
        return False  # 10년간: a number and a time unit
    return not (texts[word[-1]] == lex.BREAKDOWN_SUFFIX and tags[word[-1]] == "XSN")  # 지역별


def _words_back(tokens: Tokens, i: int) -> Iterator[list[int]]:
    """Written words (token indexes) back from token ``i``, read lazily: most phrases stop after one word.

    The first word is the front of the word holding token ``i + 1`` (``[]`` when
    that word stands alone); at most ``_MAX_WORDS`` more follow.
    """
    tags, spaces = tokens.tags, tokens.spaces
    count = 0
    if i >= 0 and (spaces[i] or tags[i] == "_SP"):
        yield []  # the metric word stands alone: nothing in front of it
        count = 1
    current: list[int] = []
    while i >= 0 and count <= _MAX_WORDS:
        if tags[i] == "_SP":
            break
        if spaces[i] and current:
            yield current[::-1]
            count += 1
            current = []
        current.append(i)
        i -= 1
    if current and count <= _MAX_WORDS:
        yield current[::-1]


def noun_phrase_before(doc: Doc, offset: int, blockers: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """(start, end) in ``doc`` of the noun phrase written right before ``offset``.

    Takes whole written words (어절) back from ``offset`` while each is made of
    nouns (the front of the word holding ``offset`` counts too: 반도체수출);
    stops at particles, endings, stop words, partners and figures
    (``blockers``).  A trailing parenthesis is dropped (그래픽처리장치(GPU));
    generic heads (분야, 산업) are trimmed.

    >>> doc = analyse("중대형 컴퓨터 수입액은 38억 달러")
    >>> found = noun_phrase_before(doc, 8, [])
    >>> doc.text[found[0] : found[1]]
    '중대형 컴퓨터'
    """
    tokens = tokens_of(doc)
    if not tokens.texts or offset >= tokens.length:
        return None
    span = tokens.char_span(offset, offset + 1)
    if span is None:
        return None
    chosen: list[list[int]] = []
    for number, word in enumerate(_words_back(tokens, span[0] - 1)):
        if number == 0 and not word:
            continue
        candidate = word if chosen else _strip_parenthesis(tokens, word)
        if not _noun_word(tokens, candidate, blockers):
            break
        chosen.append(candidate)
    chosen.reverse()
    texts, tags = tokens.texts, tokens.tags
    while chosen and all(texts[i] in lex.GENERIC_HEADS for i in chosen[-1] if tags[i] in _CONTENT_TAGS):
        chosen.pop()
    if not chosen:
        return None
    return tokens.starts[chosen[0][0]], tokens.end(chosen[-1][-1])


# --- one figure in running text ----------------------------------------------------


def _open_paren_before(text: str, start: int, floor: int) -> int | None:
    """Offset of the unclosed "(" that the figure at ``start`` sits in, if any."""
    depth = 0
    for i in range(start - 1, floor - 1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return i
            depth -= 1
    return None


def _segment_label(segments: Sequence[tuple[int, Label]], offset: int) -> tuple[int, Label] | None:
    before = [s for s in segments if s[0] <= offset]
    return before[-1] if before else None


def _relative(reference: date | None, offset: str) -> str | None:
    return None if reference is None else str(reference.year + int(offset))


class _Resolver:
    """Context of the figures of one analysed line."""

    def __init__(
        self,
        text: str,
        line: _Line,
        mentions: Sequence[Mention],
        reference: date | None,
        periods: dict[int, str | None],
    ) -> None:
        self.text = text
        self.line = line
        self.mentions = mentions
        self.reference = reference
        self.figure_spans = [(m.start, m.end) for m in mentions]
        self.dates = [m for m in mentions if m.kind == "date"]
        self.blockers = [
            *self.figure_spans,
            *((t.start, t.end) for t in line.terms if t.family in {"partner", "owner", "relyear", "metric"}),
        ]
        self.sentences = [(line.start + s.start_char, line.start + s.end_char) for s in line.doc.sents]
        self.periods = periods
        self.by_family: dict[str, list[Term]] = {}  # terms of each family, in line order
        for term in line.terms:
            self.by_family.setdefault(term.family, []).append(term)
        self.family_starts = {family: [t.start for t in terms] for family, terms in self.by_family.items()}
        self.based = self._based()
        self.blockers_rel = [(s - line.start, e - line.start) for s, e in self.blockers]
        self.noun_phrases: dict[int, str | None] = {}  # by offset: several figures share a metric word

    def _sentence(self, offset: int) -> tuple[int, int]:
        for s, e in self.sentences:
            if s <= offset < e:
                return s, e
        return self.sentences[-1]

    def _terms(self, family: str, lo: int, hi: int) -> list[Term]:
        terms = self.by_family.get(family)
        if not terms:
            return []
        starts = self.family_starts[family]  # terms are in line order: bisect, then check the ends
        found = terms[bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, hi)]
        return [t for t in found if t.end <= hi]

    def _next_figure(self, offset: int) -> int:
        later = [s for s, _ in self.figure_spans if s >= offset]
        return min(later) if later else len(self.text)

    def _noun_phrase(self, offset: int) -> str | None:
        before = self.text[max(self.line.start, offset - 2) : offset].rstrip()
        if not before or not (before[-1].isalnum() or before[-1] == _CLOSE):
            return None  # a figure after a mark or a comma (EU(24%), 12%): no noun in front, no analysis
        if offset not in self.noun_phrases:
            found = noun_phrase_before(self.line.doc, offset - self.line.start, self.blockers_rel)
            phrase = (
                None if found is None else self.text[self.line.start + found[0] : self.line.start + found[1]]
            )
            self.noun_phrases[offset] = phrase
        return self.noun_phrases[offset]

    def _head(self, mention: Mention, item_start: int) -> _Head:
        """The word heading the parenthesis the figure sits in: EU(1,800억 달러, 24%)."""
        text = self.text
        paren = _open_paren_before(text, mention.start, item_start)
        if paren is None:
            return _Head()
        head_end = paren - 1 if paren and text[paren - 1] == " " else paren
        for term in self.line.terms:
            if term.end == head_end and term.family == "partner":
                return _Head(partner=term.value, found=True)
            if term.end == head_end and term.family == "metric":
                return _Head(metric=term.value, found=True)
        subject = self._noun_phrase(head_end)
        return _Head(subject=subject, found=subject is not None)

    def _metric(self, mention: Mention, s_start: int, s_end: int) -> tuple[str | None, int | None]:
        """A metric word right after the figure (50억불 투자), else the nearest one before it."""
        after = _FILLERS.match(self.text, mention.end, s_end)
        post = after.end() if after else mention.end
        following = self._terms("metric", post, s_end)
        if following and following[0].start == post and following[0].value in lex.POST_FIGURE_METRICS:
            return following[0].value, following[0].start
        before = self._terms("metric", s_start, mention.start)
        if before:
            return before[-1].value, before[-1].start
        return None, None

    def _metric_later(self, mention: Mention, s_end: int) -> str | None:
        """The first metric word after a parenthesised figure: 미국(+5.2%), 아세안(+12.1%) 등 수출이 …"""
        later = self._terms("metric", mention.end, s_end)
        return later[0].value if later else None

    def _topic(self, mention: Mention) -> str | None:
        """The noun phrase marked as topic right before the figure: 코스피 시가총액은 2,400조원."""
        tokens = tokens_of(self.line.doc)
        found = tokens.char_span(mention.start - self.line.start, mention.end - self.line.start)
        if found is None or found[0] < 2:
            return None
        particle = found[0] - 1
        if not tokens.spaces[particle] or tokens.tags[particle] not in _TOPIC_TAGS:
            return None
        return self._noun_phrase(self.line.start + tokens.starts[particle])

    def _subject(
        self, mention: Mention, s_start: int, metric_at: int | None, fallback: str | None
    ) -> str | None:
        """The noun phrase before the governing metric word, else ``fallback``, else an earlier one.

        A noun phrase written right before the figure (``자동차 61억불``,
        ``하반기 무역금융 3.5조원``) names its item when no metric word is read,
        and wins over a metric word of an earlier clause (``지원을 확대하고, …``).
        """
        if metric_at is not None and metric_at < mention.start:
            crossed = self._crosses_clause(metric_at, mention.start) and self._noun_phrase(mention.start)
            subject = None if crossed else self._noun_phrase(metric_at)
            if subject:
                return subject
        if fallback:
            return fallback
        adjacent = self._noun_phrase(mention.start)
        if adjacent:
            return adjacent
        about_partner = metric_at is not None and any(
            0 <= metric_at - t.end <= 1 for t in self.line.terms if t.family in {"partner", "owner"}
        )
        if about_partner:
            return None  # 대만 수출액은 …: the figure is about a partner, not an item
        for term in reversed(self._terms("metric", s_start, mention.start)):
            subject = self._noun_phrase(term.start)
            if subject:
                return subject
        return None

    def _partner(self, mention: Mention, item_start: int, s_end: int, head: _Head) -> str | None:
        """The head's partner, else the nearest partner before the figure in its item, else one just after."""
        if head.partner or head.found:
            return head.partner
        before = self._terms("partner", item_start, mention.start)
        if before:
            return before[-1].value
        stop = min(self._clause_end(mention.end, s_end), mention.end + _AFTER_WINDOW)
        after = self._terms("partner", mention.end, stop)
        return after[0].value if after else None

    def context(self, mention: Mention, heading: str | None = None) -> Context:
        """The figure's context; ``heading`` is the subject of last resort when a metric is known."""
        s_start, s_end = self._sentence(mention.start)
        segment = _segment_label(self.line.segments, mention.start)
        item_start = max(s_start, segment[0]) if segment else s_start
        label = segment[1] if segment and segment[1] != Label() else self.line.label
        head = self._head(mention, item_start)
        metric, metric_at = (head.metric, None) if head.metric else self._metric(mention, s_start, s_end)
        metric = metric or label.metric or (self._metric_later(mention, s_end) if head.found else None)
        subject = self._subject(mention, s_start, metric_at, head.subject or label.subject)
        if subject is None and metric is None:
            subject = self._topic(mention)
        return Context(
            metric=metric,  # type: ignore[arg-type]
            subject=heading if subject is None and heading and metric is not None else subject,
            partner=self._partner(mention, item_start, s_end, head) or label.partner,
            period=self._period(mention, s_start),
            change=self._change(mention, s_end),  # type: ignore[arg-type]
        )

    def _crosses_clause(self, start: int, end: int) -> bool:
        return _CLAUSE_BREAK.search(self.text, start, end) is not None

    def _clause_end(self, offset: int, s_end: int) -> int:
        stop = min(self._next_figure(offset), s_end)
        found = _CLAUSE_BREAK.search(self.text, offset, stop)
        return found.start() if found else stop

    def _change(self, mention: Mention, s_end: int) -> str | None:
        stop = min(self._clause_end(mention.end, s_end), mention.end + _AFTER_WINDOW)
        changes = self._terms("change", mention.end, stop)
        return changes[0].value if changes else None

    def _based(self) -> set[int]:
        """Starts of the figures and dates a comparison marker (대비, 와 비교해) is written after.

        2024년 2350억 달러와 비교해: the amount and the year in front of it are the base.
        """
        based: set[int] = set()
        for term in self.line.terms:
            if term.family != "base":
                continue
            before = [m for m in self.mentions if m.end <= term.start and term.start - m.end <= _BASE_GAP]
            if not before:
                continue
            base = before[-1]
            based.add(base.start)
            year = [d for d in self.dates if d.end <= base.start and base.start - d.end <= 1]
            if base.kind != "date" and year:
                based.add(year[-1].start)
        return based

    def _period(self, mention: Mention, s_start: int) -> str | None:
        dates = [d for d in self.dates if s_start <= d.start and d.end <= mention.start]
        if dates and mention.start - dates[-1].end <= 1:
            return self._remember(s_start, dates[-1].value)  # 2024년 2350억: its own year
        dates = [d for d in dates if d.start not in self.based]
        if dates:
            return self._remember(s_start, dates[-1].value)
        years = [
            t
            for t in self._terms("relyear", s_start, mention.start)
            if not self._terms("base", t.end, t.end + _BASE_GAP + 2)
        ]
        if years:
            return self._remember(s_start, _relative(self.reference, years[-1].value))
        if self._terms("same_period", s_start, mention.start):
            earlier = [p for s, p in self.periods.items() if s < s_start and p]
            if earlier:
                return earlier[-1]
        return None

    def _remember(self, s_start: int, period: str | None) -> str | None:
        self.periods.setdefault(s_start, period)
        return period


# --- tables ------------------------------------------------------------------------


def _label_of(label: str | None) -> Label:
    """A table label as partner, metric or subject; a label naming a measure (증감률(%),
    비중) says nothing of either."""
    return classify_label(label) if label and not names_measure(label) else Label()


def table_context(cell: TableCellSpan) -> Context:
    """Context of a figure in a table cell, from what ``extractors.tables`` read: its
    labels, caption and period (a column ``1분기`` under ``2022년`` is ``2022-Q1``).

    >>> table_context(TableCellSpan(0, 4, "표 3 - 2024년 ICT 지역별 수출", "억 달러", "북미", "게임 SW"))
    Context(metric='export', subject='게임 SW', partner='북미', period='2024', change=None)

    A label that names a date is the cell's period, never its subject:

    >>> table_context(TableCellSpan(0, 4, "표 1 - 권역별 수출", "억 달러", "북미", "'25년")).period
    '2025'
    """
    row_period, column_period = label_period(cell.row), label_period(cell.column)
    row = _label_of(cell.row) if not row_period else Label()
    column = _label_of(cell.column) if not column_period else Label()
    metric = None
    for words in (cell.caption, cell.row, cell.column):
        m = _metric_regex().search(words) if words else None
        if m:
            metric = _METRIC_OF[m.group("word").replace(" ", "")]
            break
    return Context(
        metric=metric,
        subject=column.subject or row.subject,
        partner=row.partner or column.partner,
        period=cell.period or column_period or row_period or caption_year(cell.caption),
    )


# --- the stage ---------------------------------------------------------------------


# Where a sentence ends inside a line: a sentence-final mark after Hangul, then space (늘었다. 반면 …).
_SENTENCE_END = regex.compile(r"(?<=\p{Hangul}[.?!])\s+")


def _sentence_chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the sentences of the line ``text[start:end]``, cut cheaply before any analysis."""
    chunks, cursor = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        chunks.append((cursor, m.start()))
        cursor = m.end()
    chunks.append((cursor, end))
    return [(s, e) for s, e in chunks if e > s]


def _line_bounds(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in regex.finditer(r"\n", text))
    return starts


def _heading_subjects(text: str) -> list[tuple[int, str]]:
    out = []
    for m in _HEADING.finditer(text):
        title = " ".join(_PARENTHETICAL.sub(" ", m.group("title")).split())
        if title and not _metric_regex().search(title):
            out.append((m.start(), title))
    return out


def _line_contexts(
    text: str,
    bounds: tuple[int, int],
    mentions: Sequence[Mention],
    wanted: set[int],
    *,
    reference: date | None,
    heading: str | None,
    mention_starts: Sequence[int] | None = None,
) -> dict[int, Context]:
    """Contexts of the ``wanted`` mentions (indexes into ``mentions``) on the line ``text[start:end]``."""
    start, end = bounds
    line_text = text[start:end]
    label, segments = _line_label(line_text), _segments(line_text, start)
    periods: dict[int, str | None] = {}  # shared by the sentences of a line: 같은 해 looks back
    if mention_starts is None:
        mention_starts = [m.start for m in mentions]
    out: dict[int, Context] = {}
    for s_start, s_end in _sentence_chunks(text, start, end):
        lo = bisect.bisect_left(mention_starts, s_start)
        hi = bisect.bisect_left(mention_starts, s_end)
        targets = [index for index in range(lo, hi) if index in wanted]
        if not targets:
            continue  # only sentences holding a figure are analysed
        chunk = mentions[lo:hi]
        doc = analyse(text[s_start:s_end], [(m.start - s_start, m.end - s_start, m.kind) for m in chunk])
        terms = [Term(t.start + s_start, t.end + s_start, t.family, t.value) for t in terms_of(doc)]
        resolver = _Resolver(text, _Line(s_start, doc, terms, label, segments), chunk, reference, periods)
        for index in targets:
            out[index] = resolver.context(mentions[index], heading)
    return out


def contextualize(
    text: str,
    mentions: list[Mention],
    reference: date | None,
    tables: list[TableCellSpan] | None = None,
) -> list[Context]:
    """One Context per mention, in the same order.

    >>> from extractors.mentions import Mention
    >>> t = "지난해 ICT 수입액은 1512억 달러로 5.8% 증가했다."
    >>> ms = [Mention("amount", 13, 22, "151200000000", "USD"), Mention("percent", 24, 28, "5.8", "%")]
    >>> [(c.metric, c.subject, c.period, c.change) for c in contextualize(t, ms, date(2026, 1, 14))]
    [('import', 'ICT', '2025', None), ('import', 'ICT', '2025', 'increase')]
    """
    empty = Context()  # records are frozen: one empty context serves every date
    contexts: list[Context] = [empty] * len(mentions)
    cells = sorted(text_tables(text) if tables is None else tables, key=lambda c: c.start)
    cell_starts = [c.start for c in cells]
    line_starts = _line_bounds(text)
    by_line: dict[int, set[int]] = {}
    for index, mention in enumerate(mentions):
        if mention.kind == "date":
            continue
        cell_index = bisect.bisect_right(cell_starts, mention.start) - 1
        if cell_index >= 0 and cells[cell_index].start <= mention.start < cells[cell_index].end:
            contexts[index] = table_context(cells[cell_index])
            continue
        by_line.setdefault(bisect.bisect_right(line_starts, mention.start) - 1, set()).add(index)
    headings = _heading_subjects(text) if by_line else []
    heading_starts = [h[0] for h in headings]
    mention_starts = [m.start for m in mentions]
    for line_index, wanted in by_line.items():
        start = line_starts[line_index]
        end = line_starts[line_index + 1] - 1 if line_index + 1 < len(line_starts) else len(text)
        heading_index = bisect.bisect_right(heading_starts, start) - 1
        heading = headings[heading_index][1] if heading_index >= 0 else None
        found = _line_contexts(
            text,
            (start, end),
            mentions,
            wanted,
            reference=reference,
            heading=heading,
            mention_starts=mention_starts,
        )
        for index, context in found.items():
            contexts[index] = context
    return contexts
