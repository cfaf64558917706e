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
import itertools
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import regex

from extractors.document_context import document_topic, with_document_context
from extractors.lexicon import context as lex
from extractors.lexicon.dates import RANGE_TILDES
from extractors.lexicon.numbers import LEVEL_RATE_LABEL_WORDS, SERIES_ARROWS, SIGNS
from extractors.mentions import Mention
from extractors.nlp import Term, Tokens, analyse_sentence, metric_of, term_regex, written_tags
from extractors.readers.base import TableCellSpan
from extractors.tables import label_period, text_tables
from extractors.tables.labels import clean_label, wholly_bracketed
from extractors.tables.periods import is_period_label, own_period, without_dates, year_of
from extractors.tables.read import caption_year
from extractors.tables.units import label_unit, names_flow, names_measure
from schemas import Context, Metric

_COMMAS = frozenset({",", "，"})
_JOINERS = frozenset({"·", "・", "ㆍ", "‧", "&", "/", "-"})  # 컴퓨터·주변기기, R&D
_CLAUSE_BREAK = regex.compile(
    r"[,;→▲※\t[]|△(?!\s?[\d.])"
    + r"|(?<!\p{Hangul})(?:"
    + "|".join(sorted(lex.CONTRAST_CONNECTIVES, key=len, reverse=True))
    + r")(?!\p{Hangul})"
)  # marks ending a clause in a sentence ([전국: 4.1%], △반도체: a bullet, … 늘어난 반면 …)
_ROWS_BACK = 64  # cells a measure row looks back through for the row it measures (a few rows of a table)
_BASE_GAP = 3  # characters between a figure and the comparison marker after it (와 비교해)
# Between two figures of one list after 각각: separators and parentheses only (5.1%(8억 달러↑)와 4.2%).
_LIST_GAP = regex.compile(
    r"(?:\s|\([^()]*\)|" + "|".join(regex.escape(w) for w in (*lex.COMITATIVES, *lex.LIST_JOINERS)) + ")*"
)
# Between two nouns naming one item: 금융 및 보험업 (및 alone as a word).
_JOINT_BEFORE = regex.compile(
    rf"(?<=\S)\s+(?P<word>{'|'.join(regex.escape(w) for w in lex.INWORD_JOINERS)})\s+$"
)
# After a place, the source it is the country of: 영국 조사기관 클락슨리서치에 따르면 (no partner).
_SOURCE_AFTER = regex.compile(
    r"[^\S\n]+(?:[\p{Hangul}\p{Latin}\d·]+[^\S\n]+){0,2}[\p{Hangul}\p{Latin}\d·]+?(?:"
    + "|".join(regex.escape(w).replace("\\ ", "[^\\S\\n]?") for w in lex.SOURCE_CITATIONS)
    + ")"
)
_OWNER_TO_HOME = regex.compile(rf"{lex.GENITIVE}\s?")  # 미국의 한국 투자: the owner, then the home country
_BARE_LIST = regex.compile(r"[^\S\n]?[,，][^\S\n]?")  # between two figures listed bare: 5.4%, 1.8% 감소
# between the two ends of a range (0.1~0.2%p 낮출): both ends moved as the verb after the last says
_RANGE_TILDE = regex.compile(rf"[^\S\n]?[{regex.escape(RANGE_TILDES)}][^\S\n]?")
_AFTER_WINDOW = 25  # characters after a figure searched for a partner or a change word
# A figure's companion in a parenthesis right after it: 31억 달러(4.2%) 증가, 3.5%(9억 달러) 늘어
# A figure written as the object of a comparing verb: 성장률(3.1%)을 밑돌았다, 2%를 웃돌아
_COMPARED = regex.compile(
    rf"[)）]?[^\S\n]?(?:{'|'.join(lex.OBJECT_PARTICLES)})[^\S\n]?(?:{'|'.join(lex.COMPARED_WORDS)})"
)
_LEVEL_AFTER = regex.compile(rf"(?:{'|'.join(lex.LEVEL_PARTICLES)})\s")
_BALANCE_CHANGES = frozenset({"surplus", "deficit"})
_PAREN_AFTER = regex.compile(r"[^\S\n]?[(（][^()（）\n]{1,20}[)）]")
_OPPOSITE = {"increase": "decrease", "decrease": "increase"}  # movements a written sign contradicts
_SIGNED = {1: "increase", -1: "decrease"}  # the movement a written sign (+, △) says

_BULLET_CLASS = regex.escape(lex.BULLETS)
_LETTER_BULLET = "|".join(regex.escape(b) for b in sorted(lex.LETTER_BULLETS))
_OPENING_BRACKETS = regex.escape("[【〔<〈《")
# A line's leading label: "- (바이오기술) …", "* 반도체: …", "▲(對 일본) …".
_LINE_LABEL = regex.compile(
    rf"""
    ^[\s{_BULLET_CLASS}{_OPENING_BRACKETS}]*   # bullets, indentation, an opening bracket: [전국: 4.1%]
    (?:(?:{_LETTER_BULLET})\s+)?              # a letter written as the bullet: o 농산물 :
    (?:\d{{1,2}}[.)]\s*)?                      # an item number
    (?:
        \((?P<paren>[^()\d=]{{1,25}})\)        # (바이오기술); (세종=연합뉴스) is a dateline
      | (?P<colon>[^\s:：()\d][^:：()\d]{{0,14}}?)\s*[{lex.LABEL_COLONS}]  # 반도체:
      | (?<=[{_BULLET_CLASS}][^\S\n]*)                # after a bullet, a label opening a parenthesis:
        \((?P<opened>[^\s:：()\d][^:：()\d]{{0,14}}?)\s*[{lex.LABEL_COLONS}]  # ○ (반도체 : 110.7억불, …)
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
# Between two partners of one list: 아세안·중남미, 중국, 미국, 한국과 멕시코.
_JOINER_WORDS = "|".join(regex.escape(w) for w in (*lex.LIST_JOINERS, *lex.COMITATIVES))
_LIST_MARKS = tuple(w for w in lex.LIST_JOINERS if not w.isalpha() and w != ",")  # 미·중: a list goes on
_LIST_JOIN = regex.compile(rf"\s*(?:{_JOINER_WORDS})\s*")
# Between two metric words of a list, each with how it is counted: 수출액과 수입액, 수출물가지수와 ….
_METRIC_LIST_JOIN = regex.compile(
    rf"(?:{'|'.join(regex.escape(w) for w in lex.LISTED_METRIC_SUFFIXES)})?\s*(?:{_JOINER_WORDS})\s*"
)
# Between the publication's own country and a figure it heads: 한국 94%, 한국은 14%.
_TOPIC_WORDS = "|".join(lex.TOPIC_PARTICLES)
_HOME_BEFORE_FIGURE = regex.compile(rf"\s*(?:{_TOPIC_WORDS})?\s*")
# An organisation's name, the agent of a clause, never its item: 중소벤처기업부는 … 100만 불 수출기업.
# A person by title is an agent too: 김 장관은 "…": the whole last word is the title.
_ORGANISATION = regex.compile(
    "(?:"
    + "|".join(lex.ORGANISATION_ENDS)
    + ")$|"
    + "|".join(lex.ORGANISATION_WORDS)
    + r"|(?:^|\s)(?:"
    + "|".join(lex.PERSON_TITLES)
    + ")$"
)
_HOME_GAP = 6  # characters between the own country and its figure, at most
_LIST_REACH = 12  # characters back from a partner searched for the one before it in a list
# A parenthesis right after a figure: △10,027십억원(통합재정수지).
_TAIL = regex.compile(r"\s?\((?P<inner>[^()]{1,30}?)\s*\)")
# Between an amount and a figure attached to it inside its parenthesis: 304억 달러(16.7%, 5억 달러·3.1%).
_ATTACHED = regex.compile(r"\s?[(,·/]\s?")
_RESPECTIVELY = regex.compile("|".join(regex.escape(w) for w in lex.RESPECTIVELY))
# After a figure in an item's parenthesis, the items listed after it, each with its own
# parenthesis: 반도체(27.5%), 승용차(45.9%) 등이 증가 — the change after the list is every item's.
_LISTED_AFTER = regex.compile(
    rf"""
    [^()\n]{{0,30}}\)                                # the rest of the figure's own parenthesis
    (?:\s*(?:{_JOINER_WORDS})\s*                     # , · 및 과
       [^\s(),.]{{1,20}}\s?\([^()\n]{{1,40}}\))+      # 승용차(45.9%): the next item and its figure
    """,
    regex.VERBOSE,
)
# After a relative year, the comparison it is the base of: 전년 동기 (176.8억 달러) 대비.
_BASE_PHRASE = regex.compile(
    rf"""
    \s*(?P<part>{"|".join(regex.escape(w) for w in lex.SAME_PERIOD_NOUNS)})?   # 동기
    \s*(?P<paren>\([^()]*\))?                                          # (176.8억 달러)
    \s*(?:{"|".join(regex.escape(w) for w in lex.BASE_MARKERS)}         # 대비
      |(?:{"|".join(regex.escape(w) for w in lex.BASE_ABBREVIATIONS)})   # 동기비, 전년동월비는 (the
        (?:{"|".join(lex.TOPIC_PARTICLES)})?(?!\p{{Hangul}})            # ratio's own name)
      |(?(paren)(?:{"|".join(lex.FROM_MARKERS)})(?!\p{{Hangul}})|(?!)))  # 전년동월(95억 달러)에서
    """,
    regex.VERBOSE,
)
_YEAR_IN_VALUE = regex.compile(r"\d{4}")
# A share of the whole written right before a figure: 전체의 약 70%, 전체 수출의 40.1%.
_OF_WHOLE = regex.compile(
    rf"""
    (?<!\p{{Hangul}})(?:
      (?:{"|".join(lex.WHOLE_WORDS)})                   # 전체
      [^\d\n,]{{0,8}}{lex.GENITIVE}                     # 수출의
    | (?:{"|".join(lex.WHOLE_ADVERBS)})                 # 전체적으로
    )\s*
    (?:(?:{"|".join(lex.SHARE_APPROXIMATORS)})\s*)?$   # 약
    """,
    regex.VERBOSE,
)
# Between a date and the comparison marker it is the base of: ’21년 같은 기간보다, 2024년 동기 대비.
_SAME_PART = regex.compile(r"\s*(?:" + "|".join(regex.escape(w) for w in lex.SAME_PERIOD_NOUNS) + r")\s*")


def _ends(word: str) -> bool:
    """Whether a word of ``PREVIOUS_PERIODS`` names the end of the period before (전분기말)."""
    return word.endswith(lex.PERIOD_END_MARK)


# A figure written right after 전월 or in its parenthesis: 전월(+6.5조원), 전월 0.2%보다.
_PREVIOUS = regex.compile(
    r"(?<!\p{Hangul})(?P<word>"
    + "|".join(regex.escape(w) for w, _ in sorted(lex.PREVIOUS_PERIODS, key=lambda p: -len(p[0])))
    + r")\s?(?:\(\s?)?$"
)
_PREVIOUS_UNIT = dict(lex.PREVIOUS_PERIODS)
# 전분기말 or 전월말, then a noun or two before the figure: 전분기말 잔액은 1,106조원.
_PREVIOUS_END = regex.compile(
    r"(?<!\p{Hangul})(?P<word>"
    + "|".join(regex.escape(w) for w, _ in sorted(lex.PREVIOUS_PERIODS, key=lambda p: -len(p[0])) if _ends(w))
    + r")(?:\s\p{Hangul}+){1,2}\s?$"
)
_PREVIOUS_END_REACH = 24  # characters between such a word and the figure
# A figure written right after 지난달 or in its parenthesis: 지난달(192억 달러, 32.6%).
_LAST_MONTH = regex.compile(
    r"(?<!\p{Hangul})(?:" + "|".join(regex.escape(w) for w in lex.LAST_MONTH_WORDS) + r")\s?(?:\(\s?)?$"
)
# 지난달 anywhere between the sentence's last date and the figure: 경상수지가 지난달에는 6억 달러.
_LAST_MONTH_WORD = regex.compile(
    r"(?<!\p{Hangul})(?:" + "|".join(regex.escape(w) for w in lex.LAST_MONTH_WORDS) + ")"
)
# After a year, what makes it an index's base: (2020년 수준 100), (2020=100).
_INDEX_BASE = regex.compile(
    r"\s?(?:" + "|".join(regex.escape(w) for w in lex.INDEX_BASE_MARKERS) + r")\s?100(?![\d.,%\p{Hangul}])"
)
_MONTH_OR_QUARTER = regex.compile(r"^(?P<year>\d{4})-(?P<q>Q?)(?P<n>\d{1,2})$")
# A date spelling out the one before it, in parentheses: 2023년 3분기(7~9월).
# After a date that starts a stretch, not the figure's period: 금년 3월 이후 최저치.
# A date alone in a parenthesis right after a figure is the figure's period: 2조원('25).
_OWN_DATE = regex.compile(r"[^\S\n]?\([^\S\n]?")
_OWN_DATE_END = regex.compile(r"[^\S\n]?(?:,[^()\n]{1,20})?\)")  # 13.1조원(’26, +6.5%): its rate beside it
_FIGURE_NEXT = regex.compile(r"[^\S\n]?[+\-−△▽]?\d")  # (5월)+5.3: the next figure's label, not its own
_SINCE = regex.compile(r"\s?(?:" + "|".join(lex.SINCE_MARKERS) + ")")
# After a month, the year so far: 11월까지, 7월말 누적 (the period is January to that month).
_TO_DATE = regex.compile(r"\s?(?:" + "|".join(regex.escape(w) for w in lex.TO_DATE_MARKERS) + ")")
_MONTH = regex.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})$")
_GLUED_NAME = regex.compile(r"(?<!\p{Hangul})\p{Hangul}{2,}$")  # the whole word before a glued head
_PART_OF_YEAR = regex.compile(r"^(?P<year>\d{4})-(?:\d{2}|Q\d|H\d)$")
_WHOLE_YEAR = regex.compile(rf"(?<![\p{{Hangul}}])(?:{'|'.join(lex.WHOLE_YEAR_MARKERS)})")
_YEAR_VALUE = regex.compile(r"^\d{4}$")
# A month labelling the figure right after it (11월(-2억 달러), 11월 말 4,153억 달러): when the grammar
# could not date it (a month later than a January-to-March release's), no earlier date is its period.
_MONTH_LABEL = regex.compile(
    r"(?<![\d.])(?:1[0-2]|0?[1-9])\s?"
    + regex.escape(lex.MONTH_MARK)
    + r"(?:\s?(?:"
    + "|".join(lex.MONTH_PARTS)
    + r"))?\s?(?:\(\s?)?$"
)
_DAY_VALUE = regex.compile(r"^(?P<year>\d{4})-\d{2}-\d{2}$")
# Before a day, the year so far: 올 들어 이달 20일까지 (January 1st to the 20th).
_YEAR_SO_FAR = regex.compile(r"(?:" + "|".join(regex.escape(w) for w in lex.YEAR_SO_FAR_MARKS) + r")\s?$")
# A clause's topic: 일본은, and the next item's after a comma: …, 중화권은 10.4억 달러.
_TOPIC_AFTER = regex.compile(r"(?:" + "|".join(lex.CLAUSE_TOPIC_PARTICLES) + r")\s")
# A metric word's topic through how it is counted: 무역흑자 규모는 …, 수출액은 ….
_MEASURE_TOPIC_AFTER = regex.compile(
    r"\s?(?:" + "|".join(lex.METRIC_SUFFIXES) + r")(?:" + "|".join(lex.CLAUSE_TOPIC_PARTICLES) + r")\s"
)
_NEXT_TOPIC = regex.compile(
    r"[^\p{Hangul}\p{Latin}]*[,，]\s*(?:[\p{Hangul}\p{Latin}]+\s){0,2}[\p{Hangul}\p{Latin}]+(?:"
    + "|".join(lex.CLAUSE_TOPIC_PARTICLES)
    + r")\s"
)
_APPOSITION_OPEN = regex.compile(r"\s?\(")
_APPOSITION_CLOSE = regex.compile(r"\s?\)")
# A figure ending a clause that modifies the noun after it: 700만 달러였던 인삼 수출액.
_MODIFIES = regex.compile("(?:" + "|".join(lex.MODIFYING_ENDINGS) + r")\s*$")
# After a metric word after a figure: the topic of the next clause (수출액은 15억 달러 수입액은 …),
# not the figure's metric.
_NEXT_CLAUSE_TOPIC = regex.compile(
    "(?:" + "|".join(lex.METRIC_SUFFIXES) + ")?(?:" + "|".join(lex.CLAUSE_TOPIC_PARTICLES) + r")\s"
)
# Balance words that name no balance of their own: 흑자, 적자, 수지 (the goods balance unless a named
# balance of the sentence is theirs).
_BARE_BALANCES = frozenset(w for w, metrics in lex.METRIC_INHERITS.items() if "trade_balance" in metrics)
_BALANCES = frozenset({"current_account", "fiscal_balance"})  # balances a bare 흑자/적자 may go on about
# After a balance word, what makes it the owner of a bare 흑자/적자 later on: a topic or genitive
# particle, or the bare word itself (상품수지는, 이전소득수지의 적자규모는, 상품수지 흑자가).
_OWNS_AFTER = regex.compile(
    "(?:" + "|".join([*lex.TOPIC_PARTICLES, lex.GENITIVE]) + r")\s|\s?(?:" + "|".join(_BARE_BALANCES) + ")"
)
_MODIFYING_AFTER = regex.compile("(?:" + "|".join(lex.MODIFYING_ENDINGS) + r")\s*")
# After a metric word, what makes it the sentence's topic: 설비투자는, 설비투자의 경우.
_SENTENCE_TOPIC = regex.compile(
    "(?:"
    + "|".join([*lex.CLAUSE_TOPIC_PARTICLES, *(regex.escape(w) for w in lex.TOPIC_PHRASES)])
    + rf")(?=\s)|\s?[{lex.LABEL_COLONS}]"  # 제조업 생산: … (a label)
)
# A prefix written apart from its noun (준 내구재): joined in the item's name.
_PREFIX_APART = regex.compile(rf"^({'|'.join(lex.DETACHED_PREFIXES)})\s+(?=\p{{Hangul}})")
_ETC_BEFORE = regex.compile(rf"\S\s+(?P<etc>{'|'.join(lex.ETC_WORDS)})$")
# Between two figures of a list after 각각: 2.5%, 3.0%; 784억 달러(5.1%)와 759억 달러.
# After a metric word, the second of a pair written without its first syllable: 수출·입(액).
_SHORTENED_PAIR = regex.compile(
    rf"(?:{'|'.join(regex.escape(w) for w in lex.SHORTENED_PAIR_JOINERS)})(?P<rest>\p{{Hangul}}+)"
)
_FIGURE_JOIN = regex.compile(rf"(?:[^\S\n]?\([^()]*\))?\s*(?:{_JOINER_WORDS})\s*")
# Between two figures of one list, the next one's item between them: 11.1%, 통신·방송장비 4.7%;
# 수출은 5.1%, 수입은 3.2% 감소 (the verb gapped: both fell), its parenthesis too (수입(46억 달러)은).
_LIST_NEXT = regex.compile(
    r"[^\S\n]*,[^\S\n]*[\p{Hangul}\p{Latin}][^\s,()\d]*(?:\([^()\n]*\)[^\s,()\d]*)?[^\S\n]+"
)
_CAUSE_WORDS = "|".join(regex.escape(w) for w in lex.CAUSE_MARKERS)
_CAUSE = regex.compile(rf"[^\S\n]?(?:{_CAUSE_WORDS})")
# Between a partner and the figure: the partner is in the cause (미·중 분쟁 등으로 유류가 30.9% 감소),
# not the destination (미국 등으로의 수출).
_CAUSE_BETWEEN = regex.compile(rf"(?:{_CAUSE_WORDS})(?!의)")
# After a partner after the figure: the partner is in the cause of the next clause (5.2% 늘었지만
# 중동 분쟁 등의 이유로 수입이 …), not the figure's partner.
_CAUSE_AFTER = regex.compile(rf"[\p{{Hangul}}\p{{Latin}}·\-\x20]{{0,12}}?(?:{_CAUSE_WORDS})(?!의)")
# After a partner after the figure: its object (23.1% 증가하며 일본을 제치고), not its partner.
# Closing a side clause between a metric word and the figure: …이 강세를 보이면서, … 상승으로.
_SIDE_CLAUSE = regex.compile(
    rf"(?:{'|'.join(lex.SIDE_CLAUSE_ENDINGS)}|(?:{'|'.join(lex.SIDE_CLAUSE_MOVES)})(?:{'|'.join(lex.LEVEL_PARTICLES)})"
    rf"|{_CAUSE_WORDS})(?!\p{{Hangul}})"  # … 가격 하락 등의 영향으로
)
# A growth rate named by no flow before the figure (성장률은 1.5%): a measure of its own.
_BARE_RATE = regex.compile(rf"(?<!\p{{Hangul}})(?:{'|'.join(lex.BARE_RATE_WORDS)})")
# A topic written before: 커피 수출은 (not a time's 에는).
_TOPIC_BEFORE = regex.compile(rf"(?<=[\p{{Hangul}})])(?<!에)(?:{'|'.join(lex.CLAUSE_TOPIC_PARTICLES)})\s")
_OBJECT_AFTER = regex.compile(r"(?:" + "|".join(lex.OBJECT_PARTICLES) + r")(?!\p{Hangul})")
_CHANGE_VERB = regex.compile("|".join(lex.CHANGE_VERB_ENDINGS))
# A sentence's first topic, marked by 은/는 (소매판매는 …).
# After an item, the measure of its own it is counted by: 면세점 농식품 판매는.
_OWN_MEASURE_AFTER = regex.compile(
    rf"[^\S\n]?(?:{'|'.join(lex.OWN_MEASURE_WORDS)})(?:{'|'.join(lex.CLAUSE_TOPIC_PARTICLES)})\s"
)
_FIRST_TOPIC = regex.compile(
    rf"[^\p{{Hangul}}\p{{Latin}}]*(?:(?:{'|'.join(lex.LETTER_BULLETS)})\s+)?"  # o 대외금융자산
    rf"(?P<word>[\p{{Hangul}}\p{{Latin}}\d·]+?)(?:\([^()\n]*\))?"  # 자산(2조 달러)은
    rf"(?:{'|'.join(lex.CLAUSE_TOPIC_PARTICLES)})\s"
)
# Hangul syllables: (initial * 21 + medial) * 28 + final; final 4 is ㄴ (늘어난, 줄어든: a modifier)
_HANGUL_FIRST, _HANGUL_COUNT, _FINALS, _FINAL_N = 0xAC00, 11172, 28, 4
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
    metric_at: int | None = None  # where a metric head's word starts


@dataclass(frozen=True, slots=True)
class _Shared:
    """What a distributive list gives one of its figures, and the change written after the last one."""

    label: Label
    change: str | None


@dataclass(slots=True)
class _Line:
    """One analysed piece of a line: its tokens, terms and sentences (absolute offsets) and labels."""

    start: int
    tokens: Tokens
    terms: list[Term]
    sentences: list[tuple[int, int]]
    label: Label
    segments: list[tuple[int, Label]] = field(default_factory=list)


# --- labels --------------------------------------------------------------------


def _partner_regex() -> regex.Pattern[str]:
    return term_regex("partner")


def _metric_regex() -> regex.Pattern[str]:
    return term_regex("metric")


_METRIC_OF = {w.replace(" ", ""): m for w, m in lex.METRIC_WORDS}


@lru_cache(maxsize=4096)
def classify_label(label: str) -> Label:
    """A label as a partner, a metric and a subject (what is left of it).

    >>> classify_label("對 일본")
    Label(metric=None, partner='일본', subject=None)
    >>> classify_label("수입")
    Label(metric='import', partner=None, subject=None)
    >>> classify_label("바이오기술")
    Label(metric=None, partner=None, subject='바이오기술')
    >>> classify_label("對日 무역적자")
    Label(metric='trade_balance', partner='일본', subject=None)
    >>> classify_label("반도체 수출")
    Label(metric='export', partner=None, subject='반도체')
    >>> classify_label("저지")
    Label(metric=None, partner='저지', subject=None)
    """
    label = label.strip()
    if label in lex.MARKED_ONLY:  # a whole label is a name: 저지 is Jersey, not "blocking"
        return Label(partner=label)
    partner = _partner_regex().fullmatch(label)
    if partner and not partner.group("genitive"):
        name = partner.group("name")
        return Label(partner=lex.PARTNER_ALIASES.get(name, name))
    metric = _metric_regex().fullmatch(label)
    if metric:
        return Label(metric=_METRIC_OF[metric.group("word").replace(" ", "")])
    if label in lex.SUBJECT_STOPWORDS or label in lex.TOTAL_LABELS:
        return Label()
    return _compound_label(label)


def _compound_label(label: str) -> Label:
    """A label holding a metric word, a partner or both: 對日 무역적자, 일평균 수출액, 반도체 수출.

    A metric word inside a longer written word that names an account is kept
    whole (세입세출외, 비금융성기금): that word is the item, not a metric to strip.

    >>> classify_label("세입세출외")
    Label(metric='budget', partner=None, subject='세입세출외')
    >>> classify_label("반도체수출")
    Label(metric='export', partner=None, subject='반도체')
    """
    metric = next(_metric_regex().finditer(label), None)
    partner = next((p for p in _partner_regex().finditer(label) if not p.group("genitive")), None)
    if metric is None and partner is None:
        return Label(subject=None if _breakdown(label) else label)
    rest = label
    if partner is not None:
        rest = rest[: partner.start()] + " " * len(partner.group()) + rest[partner.end() :]
    if metric is not None and not _inside_a_name(label, metric.start(), metric.end()):
        rest = rest[: metric.start()] + " " * len(metric.group()) + rest[metric.end() :]
    words = [w for w in rest.split() if w not in lex.SUBJECT_STOPWORDS and w not in lex.METRIC_SUFFIXES]
    name = partner.group("name") if partner else None
    subject = " ".join(words) or None
    if subject is not None and _cut_inside_brackets(subject):
        subject = label  # 수익(매출액): no 수익( 액), never a label with letters cut out of it
    if subject is not None and wholly_bracketed(subject):
        subject = None  # 예산(A): the metric and its sum letter, no item
    return Label(
        metric=_METRIC_OF[metric.group("word").replace(" ", "")] if metric else None,
        partner=lex.PARTNER_ALIASES.get(name, name) if name else None,
        subject=subject,
    )


def _cut_inside_brackets(words: str) -> bool:
    """Whether what is left of a label after its metric or partner went has a bracket
    without its pair (``수익( 액)``: the metric was inside a pair of brackets).

    >>> _cut_inside_brackets("수익( 액)"), _cut_inside_brackets("반도체 (A)"), _cut_inside_brackets("(")
    (True, False, True)
    """
    depth = 0
    for i, char in enumerate(words):
        if char in "(（":
            depth += 1
        elif char in ")）":
            depth -= 1
            if depth < 0:
                return True
        if depth and char.isspace() and words[i - 1] in "(（":
            return True
    return depth != 0


def _breakdown(label: str) -> bool:
    """Whether a label names a breakdown, not an item: (업종별), 규모별 (a word of three letters or
    more ending in 별; 특별 and 개별 are words of their own).

    >>> _breakdown("업종별"), _breakdown("기업 규모별"), _breakdown("특별"), _breakdown("제조업")
    (True, True, False, False)
    """
    words = label.split()
    last = words[-1] if words else ""
    return len(last) >= 3 and last.endswith(lex.BREAKDOWN_SUFFIX)


def _inside_a_name(label: str, start: int, end: int) -> bool:
    """Whether the metric word ``label[start:end]`` is part of a longer written word naming an
    item: more Hangul after it that is not a counting suffix (세입|세출외), or an item head
    ending a word with letters before it (비금융성|기금)."""
    word_start = start
    while word_start > 0 and not label[word_start - 1].isspace():
        word_start -= 1
    word_end = end
    while word_end < len(label) and not label[word_end].isspace():
        word_end += 1
    after = label[end:word_end]
    if after and after.isalpha() and after not in lex.METRIC_SUFFIXES:
        return True
    word = label[start:end]
    return word_start < start and any(word.endswith(h) for h in lex.ITEM_HEADS)


def _line_label(line: str) -> Label:
    m = _LINE_LABEL.match(line)
    if not m:
        return Label()
    label = m.group("paren") or m.group("colon") or m.group("opened")
    return classify_label(clean_label(label))  # ㅇ서  비  스 : → 서비스


def _segments(line: str, start: int) -> list[tuple[int, Label]]:
    """(absolute offset, label) of every item opened inside the line (▲(對 일본) …)."""
    found = [(start + m.start(), Label()) for m in _SEGMENT_MARK.finditer(line)]
    labels = {start + m.start(): classify_label(m.group("paren")) for m in _SEGMENT_LABEL.finditer(line)}
    return [(offset, labels.get(offset, label)) for offset, label in found]


# --- noun phrases ----------------------------------------------------------------

_NOUN_TAGS = frozenset({"SL", "SH", "XSN", "XPN", "NR", "SN", "NNB"})
_CONTENT_TAGS = frozenset({"NNG", "NNP", "SL", "SH"})
_ITEM_BULLETS = frozenset(lex.BULLETS) - set(
    lex.LIST_JOINERS
)  # glued before a list's item: △반도체 65억 달러
_DETERMINER = "MM"  # 새, 헌: a determiner, part of a name only when written onto its noun
# Tags Kiwi gives the front of a compound written as one word: 새(MM)송이버섯, 직접(MAG)회로반도체.
_GLUED_FRONTS = frozenset({_DETERMINER, "MAG"})
_OPEN, _CLOSE = "(", ")"
# After a relative year, a same-period word and then a figure: that figure is the base's value
# (지난해 같은 기간 181억 달러에 비해), and the year is not the sentence's period.
_SAME_PERIOD_FIGURE = regex.compile(
    r"\s?(?:"
    + "|".join(regex.escape(w) for w in lex.SAME_PERIOD_NOUNS)
    + ")"
    + lex.GENITIVE
    + r"?\s?[\d△+\-]"
)
# After a figure, the start of a change to another (16억 달러 적자에서, 294억 달러에서).
_FROM = regex.compile(
    r"(?:\s?(?:" + "|".join(lex.BALANCE_SIDES) + "))?" + regex.escape(lex.CHANGE_FROM_MARK) + r"\s"
)
# After a relative year, the end of it as a comparison's base: 전년말(1,090조원) 대비.
_END_BASE = regex.compile(
    regex.escape(lex.PERIOD_END_MARK)
    + r"\s?(?:\([^()]*\))?\s?(?:"
    + "|".join(regex.escape(w) for w in lex.BASE_MARKERS)
    + ")"
)
# After a figure, what makes it a comparison's base: 16억 달러보다, 95억 달러 대비.
_BASE_AFTER = regex.compile(r"\s?(?:" + "|".join(regex.escape(w) for w in lex.BASE_MARKERS) + ")")
_HEAD_REACH = 10  # a partner this close before the next figure heads it: 대중국 수출 43.3%
_TOPIC_TAGS = frozenset({"JX", "JKS"})  # 은/는, 이/가: the particle marking what a sentence is about
_OPENING = "(（"  # the brackets a same-period word's own value opens with: 전년 동월(199.3억불)
_OWN_VALUE_GAP = regex.compile(rf"{lex.GENITIVE}[^\S\n]?")  # 같은 기간의 50억 달러: a date's own value
_SUBJECT_TAG = "JKS"  # 이/가: the particle marking a clause's subject
_MAX_WORDS = 6  # a subject is a few written words at most
_MEASURE_STEM = 2  # syllables before 액/량 that make a measure of its own (수주액; not 금액, 물량)
_ROOT = "XR"  # a root that names with the nouns after it: 유연/XR 생산
_NUMERAL_WORD = "NR"  # 만, 천 inside a written number
_COUNTER_LENGTH = 2  # syllables of a counter after a number (개사, 대): 3 or more make a name (2차전지)
_PAREN_REACH = 300  # characters back from a figure searched for the parenthesis it sits in
_MAX_METRIC_WORD = max(len(w) for w, _ in lex.METRIC_WORDS) + 4  # a metric term's length, joined ones too
# Context words no subject runs through: places, metrics, time words, comparison markers (전년동기대비).
_BLOCKING_FAMILIES = frozenset({"partner", "owner", "home", "relyear", "metric", "base", "same_period"})


def _nounish(text: str, tag: str) -> bool:
    return tag.startswith("NN") or tag in _NOUN_TAGS or (text in _JOINERS and tag in {"SW", "SP", "SO"})


def _joins_list(text: str, tag: str) -> bool:
    """Whether a token joins two items of a list: 과/와 as a particle (JC, or JKB as Kiwi reads it in
    some contexts), 및, ·, a comma."""
    return tag == "JC" or (text in lex.COMITATIVES and tag.startswith("J")) or text in lex.LIST_JOINERS


def _list_item(tokens: Tokens, word: list[int]) -> list[int]:
    """The last item of a written word that runs on from a list: 반도체(△4.6%)·무선통신기기 → 무선통신기기,
    14.7%,통신장비 → 통신장비.

    A word joined inside (보건업및사회복지서비스업) stays whole: 및 joins names within one word.
    """
    texts, tags = tokens.texts, tokens.tags
    for k in range(len(word) - 1, 0, -1):
        if texts[word[k]] in _JOINERS and texts[word[k - 1]] == _CLOSE:
            return word[k + 1 :]
        if texts[word[k]] in _COMMAS and not _nounish(texts[word[k - 1]], tags[word[k - 1]]):
            return word[k + 1 :]  # 14.7%,통신장비: a list's next item after its comma, unspaced
    return word


def _blocked(start: int, end: int, blockers: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in blockers)


def _strip_parenthesis(tokens: Tokens, word: list[int]) -> list[int]:
    """그래픽처리장치(GPU) → 그래픽처리장치: a trailing parenthesis is no part of the name."""
    if word and tokens.texts[word[-1]] == _CLOSE:
        opens = [k for k, i in enumerate(word) if tokens.texts[i] == _OPEN]
        if opens:
            return word[: opens[-1]]
    return word


def _strip_quotes(tokens: Tokens, word: list[int]) -> list[int]:
    """'배추', “굴” → 배추, 굴: quotes around a name are no part of it (``word`` itself if unquoted)."""
    texts = tokens.texts
    if len(word) > 2 and texts[word[0]] in lex.QUOTE_OPENERS and texts[word[-1]] in lex.QUOTE_CLOSERS:
        return word[1:-1]
    return word


def _noun_word(tokens: Tokens, word: list[int], blockers: Sequence[tuple[int, int]]) -> bool:
    """Whether a written word (어절, token indexes) can be part of a subject: nouns only, one a content noun.

    10년간 and 억불 are nouns without content (a number and bound nouns); 이차전지 has one.
    """
    texts, tags = tokens.texts, tokens.tags
    inside = range(1, len(word) - 1)  # 및 joins names inside one written word: 보건업및사회복지서비스업
    if not word or not all(
        _nounish(texts[i], tags[i])
        or (k in inside and texts[i] in lex.INWORD_JOINERS)
        or (
            k == 0 and len(word) > 1 and tags[i] in _GLUED_FRONTS
        )  # 새송이버섯, 직접회로반도체: glued to its noun
        for k, i in enumerate(word)
    ):
        return False
    if any(_blocked(tokens.starts[i], tokens.end(i), blockers) for i in word):
        return False
    content = [texts[i] for i in word if tags[i] in _CONTENT_TAGS]
    if not content or "".join(texts[i] for i in word) in lex.SUBJECT_STOPWORDS:
        return False
    return _names_something(tokens, word, content)


def _stopword(noun: str) -> bool:
    """A stop word, also as Kiwi reads one whole with a copula (최대인 = 최대 + 이 + ㄴ, one NNG alone)."""
    if noun in lex.SUBJECT_STOPWORDS:
        return True
    return noun[-1:] in lex.COPULA_ENDINGS and noun[:-1] in lex.SUBJECT_STOPWORDS


def _names_something(tokens: Tokens, word: list[int], content: list[str]) -> bool:
    """Whether a word of nouns names a thing, not a time, a basis, a count or a breakdown."""
    texts, tags = tokens.texts, tokens.tags
    if all(_stopword(c) for c in content) and "".join(texts[i] for i in word) not in lex.NAMES_OF_STOPWORDS:
        return False  # 10년간, 전년동기: a number and a time unit, time words only
    if content[-1] in lex.QUALIFIER_HEADS:
        return False  # 신고기준, 통관기준: on what basis a figure is counted, not what
    if tags[word[0]] == "SN":
        if any(tags[i] == _NUMERAL_WORD for i in word[1:]):
            return False  # 210만CGT, 2천314곳: a quantity written with 만 or 천, never an item
        counter = "".join(texts[i] for i in word[1:])
        if counter and len(counter) <= _COUNTER_LENGTH and all(tags[i] != "SL" for i in word[1:]):
            return False  # 86,400개사, 20대: a count, not an item (2차전지 and 5G are items)
    return not (texts[word[-1]] == lex.BREAKDOWN_SUFFIX and tags[word[-1]] == "XSN")  # 지역별


def _generic(tokens: Tokens, word: list[int]) -> bool:
    """Whether a written word is a generic head trimmed from an item (분야, 성장률 = 성장/NNG 률/XSN)."""
    texts, tags = tokens.texts, tokens.tags
    if "".join(texts[i] for i in word if tags[i] in _CONTENT_TAGS or tags[i] == "XSN") in lex.GENERIC_HEADS:
        return True
    if any(tags[i] == "XSN" for i in word):
        return False  # 생산성: a suffix makes a noun of its own of a generic head
    return all(texts[i] in lex.GENERIC_HEADS for i in word if tags[i] in _CONTENT_TAGS)


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


def noun_phrase_before(
    tokens: Tokens, offset: int, blockers: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """(start, end) in the tokens' text of the noun phrase written right before ``offset``.

    Takes whole written words (어절) back from ``offset`` while each is made of
    nouns (the front of the word holding ``offset`` counts too: 반도체수출);
    stops at particles, endings, stop words, partners and figures
    (``blockers``).  A trailing parenthesis is dropped (그래픽처리장치(GPU));
    generic heads (분야, 산업) are trimmed.

    >>> found = noun_phrase_before(analyse_sentence("중대형 컴퓨터 수입액은 38억 달러").tokens, 8, [])
    >>> "중대형 컴퓨터 수입액은 38억 달러"[found[0] : found[1]]
    '중대형 컴퓨터'
    """
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
        quoted = _strip_quotes(tokens, candidate) if not chosen else candidate
        if quoted is not candidate:  # '배추'는: the quoted name is the item, whole
            if _noun_word(tokens, quoted, blockers):
                chosen.append(quoted)
            break
        bulleted = len(candidate) > 1 and tokens.texts[candidate[0]] in _ITEM_BULLETS
        item = _list_item(tokens, candidate[1:] if bulleted else candidate)
        if not _noun_word(tokens, item, blockers):
            break
        chosen.append(item)
        if item is not candidate:
            break  # the list's earlier items are other items; a bullet opens the item (△반도체)
    chosen.reverse()
    while chosen and _generic(tokens, chosen[-1]):
        if len(chosen) == 2 and "".join(tokens.texts[i] for i in chosen[0]) in lex.VAGUE_ITEMS:
            break  # 기타 지역, 기타 품목: the rest of them, named by the head
        chosen.pop()
    if not chosen:
        return None
    return tokens.starts[chosen[0][0]], tokens.end(chosen[-1][-1])


# --- one figure in running text ----------------------------------------------------


def _open_paren_before(text: str, start: int, floor: int) -> int | None:
    """Offset of the unclosed "(" that the figure at ``start`` sits in, if any (within ``_PAREN_REACH``)."""
    depth = 0
    floor = max(floor, start - _PAREN_REACH)
    opened = text.rfind(_OPEN, floor, start)
    if opened < 0:
        return None  # the common case: no parenthesis before the figure
    for i in range(start - 1, floor - 1, -1):
        ch = text[i]
        if ch == _CLOSE:
            depth += 1
        elif ch == _OPEN:
            if depth == 0:
                return i
            depth -= 1
    return None


def _segment_label(segments: Sequence[tuple[int, Label]], offset: int) -> tuple[int, Label] | None:
    index = bisect.bisect_right(segments, offset, key=lambda s: s[0]) - 1
    return segments[index] if index >= 0 else None


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
        periods: _Periods,
    ) -> None:
        self.text = text
        self.line = line
        self.mentions = mentions
        self.reference = reference
        self.figure_spans = [(m.start, m.end) for m in mentions]
        self.figure_starts = sorted(m.start for m in mentions)
        self.dates = [m for m in mentions if m.kind == "date"]
        self.blockers = [
            *self.figure_spans,
            *((t.start, t.end) for t in line.terms if t.family in _BLOCKING_FAMILIES),
        ]
        self.sentences = line.sentences
        self.periods = periods
        self.by_family: dict[str, list[Term]] = {}  # terms of each family, in line order
        for term in line.terms:
            self.by_family.setdefault(term.family, []).append(term)
        self.family_starts = {family: [t.start for t in terms] for family, terms in self.by_family.items()}
        self.metric_starts = {t.start: t for t in self.by_family.get("metric", [])}
        self.based = self._based()
        self.appositive = {  # 2023년 3분기(7~9월): the months spell out the quarter, its period
            d.start
            for before, d in itertools.pairwise(self.dates)
            if _APPOSITION_OPEN.fullmatch(text, before.end, d.start) and _APPOSITION_CLOSE.match(text, d.end)
        }
        self.blockers_rel = [(s - line.start, e - line.start) for s, e in self.blockers]
        self.own_measures: set[int] = set()  # figures whose item names a measure of its own: no flow carried
        self.noun_phrases: dict[tuple[int, bool], str | None] = {}  # several figures share a metric word
        self.distributed: dict[int, _Shared] = {}  # the earlier figures of a 각각 list are read without it
        self.distributed = self._distribute()

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
        index = bisect.bisect_left(self.figure_starts, offset)
        return self.figure_starts[index] if index < len(self.figure_starts) else len(self.text)

    def _noun_phrase(self, offset: int, joint: bool = True) -> str | None:
        before = self.text[max(self.line.start, offset - 2) : offset].rstrip()
        if not before or not (
            before[-1].isalnum() or before[-1] == _CLOSE or before[-1] in lex.QUOTE_CLOSERS
        ):
            return None  # a figure after a mark or a comma (EU(24%), 12%): no noun in front, no analysis
        if (offset, joint) not in self.noun_phrases:
            found = noun_phrase_before(self.line.tokens, offset - self.line.start, self.blockers_rel)
            found = self._joint_name(found) if found is not None and joint else found
            phrase = (
                None if found is None else self.text[self.line.start + found[0] : self.line.start + found[1]]
            )
            phrase = _PREFIX_APART.sub(r"\1", phrase) if phrase else phrase
            # 예년 비 85%: 비 alone is a ratio marker (대비 cut short), no item; 비 내구재 is one
            self.noun_phrases[offset, joint] = None if phrase in lex.DETACHED_PREFIXES else phrase
        return self.noun_phrases[offset, joint]

    def _joint_name(self, found: tuple[int, int]) -> tuple[int, int]:
        """금융 및 보험업, 화장품 및 비누: two nouns joined by 및 name one item (one figure for both),
        unless more items are listed before them or 각각 gives each its own figure."""
        start = self.line.start + found[0]
        joined = _JOINT_BEFORE.search(self.text, max(self.line.start, start - 8), start)
        if joined is None or _RESPECTIVELY.search(self.text, start, self._sentence(start)[1]):
            return found
        first = noun_phrase_before(
            self.line.tokens, joined.start("word") - self.line.start, self.blockers_rel
        )
        if first is None:
            return found
        before = self.text[max(self.line.start, self.line.start + first[0] - 2) : self.line.start + first[0]]
        last = before.strip()[-1:]
        listed = bool(last) and (
            last in lex.LIST_JOINERS or last in lex.COMITATIVES
        )  # 반도체, 자동차 및 선박
        return found if listed else (first[0], found[1])

    def _head(self, mention: Mention, item_start: int) -> _Head:
        """The word heading the parenthesis the figure sits in: EU(1,800억 달러, 24%)."""
        text = self.text
        paren = _open_paren_before(text, mention.start, item_start)
        if paren is None:
            return _Head()
        head_end = paren - 1 if paren and text[paren - 1] == " " else paren
        for term in self.line.terms:
            if term.end == head_end and term.family in {"partner", "home"}:
                return _Head(partner=term.value, found=True)  # 한국(290억 달러): a partner here
            if term.end == head_end and term.family == "metric":
                # 대(對) 중국 투자(18.1억 달러): the partner written before a metric head is the figure's
                partner = next(
                    (
                        t.value
                        for t in self.line.terms
                        if t.family == "partner" and 0 <= term.start - t.end <= 1 and not self._listed(t)
                    ),
                    None,
                )
                return _Head(metric=term.value, partner=partner, found=True, metric_at=term.start)
        if self._terms("metric", paren, mention.start):
            return _Head()  # 발표(… FDI잔액 1,125.0억불): the parenthesis names its own measure
        subject = self._noun_phrase(head_end)
        return _Head(subject=subject, found=subject is not None)

    def _metric(self, mention: Mention, s_start: int, s_end: int) -> tuple[str | None, int | None]:
        """A metric word right after the figure (50억불 투자), else the nearest one before it.

        A bare balance word after the figure takes the balance named before it
        (경상수지는 50억 달러 흑자: the current account); a metric word after the
        figure may follow the item's name (90억 불 이상 농식품 수출).
        """
        after = _FILLERS.match(self.text, mention.end, s_end)
        post = after.end() if after else mention.end
        before = [  # not a cause of the figure: 세제지원 등으로 10% 늘었다
            t for t in self._terms("metric", s_start, mention.start) if not _CAUSE.match(self.text, t.end)
        ]
        before = [t for t in before if not self._in_side_clause(t, mention, s_start)]
        following = self._terms("metric", post, s_end)
        # 전체의 34.7%에 이르는 대중국 수입은 36.9%: the noun the figure's clause modifies, even a topic
        modifies = _MODIFIES.search(self.text, mention.end, post) is not None
        if (
            following
            and following[0].value in lex.POST_FIGURE_METRICS
            and (modifies or not _NEXT_CLAUSE_TOPIC.match(self.text, following[0].end))
        ):
            term = following[0]
            if term.start == post or self._item_between(post, term, modifies):
                return self._inherited(term, before, following, s_start)
        if before:
            return self._inherited(before[-1], before[:-1], [], s_start)
        return None, None

    def _in_side_clause(self, term: Term, mention: Mention, s_start: int) -> bool:
        """Whether a metric word is in a side clause closed before the figure, after the sentence's
        topic (커피 수출은 국제 가격이 강세를 보이면서 35.6%): the side clause gives a cause only."""
        if _SENTENCE_TOPIC.match(self.text, term.end) or _MEASURE_TOPIC_AFTER.match(self.text, term.end):
            return False
        side = _SIDE_CLAUSE.search(self.text, term.end, mention.start)
        return side is not None and (  # the topic before it, or after it (… 늘어나면서 지수는 4.6%)
            self._topic_marked(s_start, term.start) or self._topic_marked(side.end(), mention.start)
        )

    def _topic_marked(self, start: int, end: int) -> bool:
        """Whether a topic particle (은/는/도, not a time's 에는) marks a noun in ``text[start:end]``."""
        tokens, base = self.line.tokens, self.line.start
        for i in range(1, len(tokens.texts)):
            at = base + tokens.starts[i]
            if at >= end:
                break
            if (
                at >= start
                and tokens.tags[i] in _TOPIC_TAGS
                and tokens.texts[i] in lex.CLAUSE_TOPIC_PARTICLES
                and not tokens.spaces[i - 1]
                and _TOPIC_BEFORE.match(self.text, at)
            ):
                return True
        return False

    def _inherited(
        self, term: Term, earlier: Sequence[Term], following: Sequence[Term], s_start: int
    ) -> tuple[str | None, int | None]:
        """The metric of ``term``, or of the metric word it inherits from (``earlier``: the metric
        words of the sentence before it; ``following``: those after the figure, ``term`` first,
        when the figure comes before it).

        A bare balance word takes the balance its sentence names (상품수지는 1월 16억 달러 적자에서
        2월 14억 달러 흑자로), else the one it modifies (9억 달러 적자였던 경상수지가), else the one
        the paragraph named before (경상수지는 … 흑자였다. 1년 전 22억 달러 흑자에서).
        """
        word = self.text[term.start : term.end]
        allowed = lex.METRIC_INHERITS.get(word, frozenset())
        if word in _BARE_BALANCES:
            named = self._named_balance(earlier, allowed) or self._modified_balance(term, following, allowed)
            if named is not None:
                return named.value, named.start
            before = self._earlier_balance(s_start) if self._all_bare(earlier) else None
            if before is not None:
                return before, None
        if following and earlier and earlier[-1].value in allowed:  # ICT 서비스 수지에서 3.6억 달러의 적자
            return earlier[-1].value, earlier[-1].start
        return term.value, term.start

    def _earlier_balance(self, s_start: int) -> str | None:
        """The balance named last in the paragraph before the sentence, when a bare 흑자/적자 of a
        sentence naming no metric word of its own goes on about it (경상수지는 … 흑자였다. 1년 전 X
        흑자에서 …); None when that is goods trade or no balance is named."""
        paragraph = self.text.rfind("\n", 0, s_start) + 1
        words = [m.group("word") for m in _metric_regex().finditer(self.text, paragraph, s_start)]
        metrics = [_METRIC_OF.get(w.replace(" ", "")) for w in words if w not in _BARE_BALANCES]
        if not words and paragraph > 1:
            # a paragraph naming no metric before it goes on about the balance the paragraph before
            # named last (news: 관리재정수지 적자 규모는 … 크다.\n지난해 적자폭인 50조원과 비교해도 …)
            before = self.text.rfind("\n", 0, paragraph - 1) + 1
            words = [m.group("word") for m in _metric_regex().finditer(self.text, before, paragraph - 1)]
            named = [_METRIC_OF.get(w.replace(" ", "")) for w in words if w not in _BARE_BALANCES]
            metrics = [m for m in named if m in _BALANCES]  # … 적자 규모는 재정동향 집계 이후: the balance
        return metrics[-1] if metrics and metrics[-1] in _BALANCES else None

    def _named_balance(self, before: Sequence[Term], allowed: frozenset[str]) -> Term | None:
        """The balance a bare 흑자/적자/수지 speaks of: the last metric word before it that is not
        bare itself, when it is one it inherits (상품수지는 16억 달러 적자에서 14억 달러 흑자로);
        the topic of the sentence before a part named in passing (서비스수지는 여행수지 개선에도 …)."""
        named = [t for t in before if self.text[t.start : t.end] not in _BARE_BALANCES]
        if not named or named[-1].value not in allowed:
            return None
        if _OWNS_AFTER.match(self.text, named[-1].end):
            return named[-1]  # 이전소득수지의 적자규모는, 상품수지는
        topics = [t for t in named if t.value == named[-1].value and _OWNS_AFTER.match(self.text, t.end)]
        return topics[-1] if topics else named[-1]

    def _all_bare(self, terms: Sequence[Term]) -> bool:
        return all(self.text[t.start : t.end] in _BARE_BALANCES for t in terms)

    def _modified_balance(
        self, bare: Term, following: Sequence[Term], allowed: frozenset[str]
    ) -> Term | None:
        """The balance a bare word modifies right after it: 9억 달러 적자였던 경상수지가."""
        ending = _MODIFYING_AFTER.match(self.text, bare.end)
        if ending is None or self.text[bare.start : bare.end] not in _BARE_BALANCES or len(following) < 2:
            return None
        named = following[1]
        return named if named.start == ending.end() and named.value in allowed else None

    def _item_between(self, post: int, term: Term, modifies: bool = False) -> bool:
        """Whether only nouns stand between a figure and the metric word after it, and that word opens
        no new clause (50억 불 이상 농식품 수출을, 550조원 이상의 민간 투자; not 759억 달러 반도체 수출은).

        A figure in a clause that ``modifies`` the item (700만 달러였던 인삼 수출액이) governs it
        whatever particle follows.
        """
        if self._crosses_clause(post, term.start):
            return False
        tokens = self.line.tokens
        base = self.line.start
        gap = tokens.char_span(post - base, term.start - base)
        found = tokens.char_span(term.start - base, term.end - base)
        if gap is None or found is None or gap[0] >= found[0]:
            return False
        between = range(gap[0], found[0])
        if not all(tokens.tags[i] == "_SP" or _nounish(tokens.texts[i], tokens.tags[i]) for i in between):
            return False
        following = found[1]
        return modifies or following >= len(tokens.tags) or tokens.tags[following] not in _TOPIC_TAGS

    def _metric_later(self, mention: Mention, s_end: int) -> str | None:
        """The first metric word after a parenthesised figure: 미국(+5.2%), 아세안(+12.1%) 등 수출이 …

        A word of both flows (주 교역국) gives way to a flow named later (… 수출 대부분 증가).
        """
        later = self._terms("metric", mention.end, s_end)
        specific = [t for t in later if t.value != lex.BOTH_FLOWS]
        chosen = specific or later
        return chosen[0].value if chosen else None

    def _topic(self, mention: Mention) -> str | None:
        """The noun phrase marked as topic or source right before the figure: 코스피 시가총액은 2,400조원,
        건축에서 40% 늘어."""
        tokens = self.line.tokens
        found = tokens.char_span(mention.start - self.line.start, mention.end - self.line.start)
        if found is None or found[0] < 2:
            return None
        particle = found[0] - 1
        marked = tokens.tags[particle] in _TOPIC_TAGS or tokens.texts[particle] in lex.SOURCE_PARTICLES
        if not tokens.spaces[particle] or not marked:
            return None  # 단감이 830만 달러, 토목 부문에서 38.4%
        return self._noun_phrase(self.line.start + tokens.starts[particle])

    def _subject(
        self, mention: Mention, s_start: int, metric_at: int | None, fallback: str | None
    ) -> str | None:
        """The item before the governing metric word, else ``fallback``, else the metric word's own item.

        A noun phrase written right before the figure (``자동차 61억불``,
        ``하반기 무역금융 3.5조원``) names its item when no metric word is read,
        and wins over a metric word of an earlier clause (``지원을 확대하고, …``);
        a metric word that is an item itself (상품수지, 총지출) names it when no
        item is written before it; a metric word after the figure leaves the
        item to the clause's topic (``라면은 … 7억불 수출되어``).
        """
        own_topic = None
        ended = self._ended_clause(mention, metric_at, s_start) if metric_at is not None else None
        if ended is not None:
            return ended
        crossed = (
            metric_at is not None
            and metric_at < mention.start
            and self._crosses_clause(metric_at, mention.start)
        )
        if metric_at is not None and crossed and not self._noun_phrase(mention.start):
            # 자동차 수출은 …, 석유제품은 41억 달러로: a clause with a topic of its own names its item
            own_topic = self._clause_topic(
                mention, self._clause_start(metric_at, mention.start), lex.CLAUSE_TOPIC_PARTICLES
            )
            crossed = own_topic is not None
        if metric_at is not None and not crossed:
            # 광공업생산은 반도체 11.1%: an item written right before the figure is the figure's,
            # not the metric word's own name (운송장비가 10.4%)
            subject = (
                self._item_of_metric(metric_at)
                or fallback
                or self._noun_phrase(mention.start)
                or self._topic(mention)
                or self._named_item(metric_at)
            )
        else:
            subject = fallback or own_topic
        return subject or self._nearby_subject(mention, s_start, metric_at)

    def _ended_clause(self, mention: Mention, metric_at: int, s_start: int) -> str | None:
        """The item of a figure whose metric word's clause ended before it (기계류 투자가 늘어 전월대비
        7%: a change word between them): the topic of the figure's own clause (… 증가했으며
        국내기계수주는 56.6%), else the sentence's topic metric word's item (설비투자는 …, 설비투자의
        경우 …); None where neither is written."""
        term = self._metric_term(metric_at)
        if term is None or term.end > mention.start:
            return None
        changes = self._clause_changes(term.end, mention.start)
        if not changes:
            return None
        # … 증가했지만, 건축 실적이 2.6%: the subject written right before the figure in its own clause
        own = self._own_clause_topic(mention, changes) or self._topic(mention)
        if own is not None:
            return own
        topics = [  # the metric word itself may be the topic: 제조업 생산: …, 기계장비 등이 줄어 1.1%
            t
            for t in [*self._terms("metric", s_start, term.start), term]
            if t.end <= term.end and _SENTENCE_TOPIC.match(self.text, t.end)
        ]
        if not topics:
            return None
        # 설비투자의 경우 기계류 투자는 … 감소했지만: the sentence's topic (의 경우), not a clause's inside it
        phrased = [t for t in topics if self.text.startswith(lex.TOPIC_PHRASES, t.end)]
        topic = (phrased or topics)[-1]
        return self._item_of_metric(topic.start) or self._named_item(topic.start)

    def _ended_topic(self, mention: Mention, s_start: int) -> str | None:
        """For a figure of a sentence naming no metric, after a clause that ended by a change word
        (소매판매는 … 준내구재가 1.5% 감소세를 보였으나, … 늘어 1.0% 증가): the topic of its own
        clause, else the sentence's first topic (은/는) before that change word."""
        changes = self._clause_changes(s_start, mention.start)
        if not changes:
            return None
        own = self._own_clause_topic(mention, changes)
        if own is not None:
            return own
        first = _FIRST_TOPIC.match(self.text, s_start, changes[0].start)
        if first is None:
            return None
        return self._noun_phrase(first.end("word"))

    def _own_clause_topic(self, mention: Mention, changes: Sequence[Term]) -> str | None:
        """The topic (은/는/도) of the figure's own clause: after the last change word before it, else
        after an earlier one when the last is a cause with a subject of its own inside that clause
        (원재료는 … 하락했고 중간재는 석유제품이 올라 0.7% 상승: 중간재, not 원재료; but 화학제품,
        철강은 줄어들어 0.9% 감소: 철강 is the cause's, not the figure's)."""
        own = self._clause_topic(mention, changes[-1].end, lex.CLAUSE_TOPIC_PARTICLES)
        for earlier, cause in zip(reversed(changes[:-1]), reversed(changes[1:]), strict=True):
            if own is not None or not self._topic_then_subject(earlier.end, cause.start):
                break
            own = self._clause_topic(mention, earlier.end, lex.CLAUSE_TOPIC_PARTICLES)
        return own

    def _topic_then_subject(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a topic (은/는/도) and after it a subject (이/가)."""
        tokens = self.line.tokens
        span = tokens.char_span(start - self.line.start, end - self.line.start)
        if span is None:
            return False
        topic = False
        for i in range(span[0], span[1]):
            if tokens.tags[i] == _SUBJECT_TAG and topic:
                return True
            topic = topic or (tokens.tags[i] in _TOPIC_TAGS and tokens.texts[i] in lex.CLAUSE_TOPIC_PARTICLES)
        return False

    def _clause_changes(self, start: int, end: int) -> list[Term]:
        """The change verbs closing a clause in ``text[start:end]`` (늘어, 증가했으며), outside a
        parenthesis; not a change noun (증가율이, 감소폭이)."""
        return [
            c
            for c in self._terms("change", start, end)
            if c.value in _OPPOSITE
            and (
                _CHANGE_VERB.match(self.text, c.end)
                or self.text[c.start : c.end].endswith(lex.CHANGE_VERB_FORMS)
            )
            and _open_paren_before(self.text, c.start, start) is None
        ]

    def _clause_start(self, start: int, end: int) -> int:
        """Offset after the last clause mark in ``text[start:end]``."""
        last = start
        for m in _CLAUSE_BREAK.finditer(self.text, start, end):
            last = m.end()
        return last

    def _nearby_subject(self, mention: Mention, s_start: int, metric_at: int | None) -> str | None:
        """The noun phrase right before the figure, else the clause's topic or an earlier metric's item."""
        adjacent = self._noun_phrase(mention.start)
        if adjacent:
            return adjacent
        about_partner = metric_at is not None and any(
            0 <= metric_at - t.end <= 1 for t in self.line.terms if t.family in {"partner", "owner", "home"}
        )
        if about_partner:
            return None  # 대만 수출액은 …: the figure is about a partner, not an item
        if metric_at is not None and metric_at > mention.start:
            return self._clause_topic(mention, s_start)
        for term in reversed(self._terms("metric", s_start, mention.start)):
            if _CAUSE.match(self.text, term.end) or self._in_side_clause(term, mention, s_start):
                continue  # 세제지원 등으로, 증권투자를 중심으로: a cause, not the figure's item
            if (
                metric_at is not None
                and term.end <= metric_at
                and not _SENTENCE_TOPIC.match(self.text, term.end)  # 중소기업 수출은 … 등으로 …: the topic
                and _SIDE_CLAUSE.search(self.text, term.end, metric_at)
            ):
                continue  # 반도체 가격이 강세를 보이면서 수출이 21.4%: the side clause's item, not the flow's
            subject = self._noun_phrase(term.start)
            if subject:
                return subject
            if _SENTENCE_TOPIC.match(self.text, term.end) and self._crosses_clause(s_start, term.start):
                return None  # …, 직접투자는 12억 달러: a topic of its own clause, no earlier clause's item
        return None

    def _metric_term(self, start: int) -> Term | None:
        return self.metric_starts.get(start)

    def _item_of_metric(self, metric_at: int) -> str | None:
        """The noun phrase before a metric word; with the word when it ends the item's name (주택도시기금)."""
        phrase = self._noun_phrase(metric_at)
        term = self._metric_term(metric_at)
        if term is None or self.text[metric_at - 1].isspace():
            return phrase
        word = self.text[term.start : term.end]
        if phrase is None:
            # 기업대출: a word no item alone (기업) names one written onto an item's head
            glued = _GLUED_NAME.search(self.text, max(self.line.start, metric_at - 8), metric_at)
            heads = glued is not None and any(word.endswith(h) for h in lex.ITEM_HEADS)
            return glued.group() + word if glued is not None and heads else None
        if any(word.endswith(h) for h in lex.ITEM_HEADS):
            return phrase + word  # 사회보장성기금수지, 가계대출
        named = next((word[: word.index(h) + len(h)] for h in lex.ITEM_HEADS if f"{h} " in word), None)
        if named is not None:
            return phrase + named  # 사업서비스 수지 적자 → 사업서비스 수지
        head = next((h for h in lex.ITEM_HEADS if word.startswith(h)), None)
        return phrase + head if head else phrase  # 사회보장성기금 수입 → 사회보장성기금

    def _named_item(self, metric_at: int) -> str | None:
        """The metric word itself when it names an item (상품수지 흑자 → 상품수지)."""
        term = self._metric_term(metric_at)
        if term is None:
            return None
        words = self.text[
            term.start : term.end
        ].split()  # 상품수지 흑자 → 상품수지; 통합재정 수지 → 통합재정수지
        names = ("".join(words[:k]) for k in range(len(words), 0, -1))
        return next((name for name in names if name in lex.NAMED_ITEMS), None)

    def _clause_topic(
        self, mention: Mention, s_start: int, particles: Sequence[str] = lex.TOPIC_PARTICLES
    ) -> str | None:
        """The noun phrase marked as topic (은/는/이/가) nearest before the figure in its sentence.

        A topic holds over the clauses after it: 식품은 전월대비 0.1%, 전년동월대비 1.1% 각각 상승.
        """
        tokens = self.line.tokens
        found = tokens.char_span(mention.start - self.line.start, mention.end - self.line.start)
        if found is None:
            return None
        floor = max(s_start, self.line.start)
        for i in range(found[0] - 1, 0, -1):
            at = self.line.start + tokens.starts[i]
            if at < floor:
                return None
            if tokens.tags[i] in _TOPIC_TAGS and tokens.texts[i] in particles and not tokens.spaces[i - 1]:
                metric = self._terms("metric", at - _MAX_METRIC_WORD, at)
                if metric and metric[-1].end == at:  # 주택도시기금은: the item ends in a metric word
                    return self._item_of_metric(metric[-1].start) or self._named_item(metric[-1].start)
                if self.text[at - 1] == _CLOSE:  # 자동차(11억 달러)는: the item before the parenthesis
                    if mention.start in self.distributed:
                        return None  # A(…), B(…), C(…)는 각각 x, y, z: C is the list's last item only
                    opened = _open_paren_before(self.text, at - 1, floor)
                    at = at if opened is None else opened
                topic = self._noun_phrase(at)
                return None if topic is None or _ORGANISATION.search(topic) else topic
        return None

    def _partner(self, mention: Mention, item_start: int, s_end: int, head: _Head) -> str | None:
        """The head's partner, else the nearest partner before the figure in its item, else one just after.

        The publication's own country counts only right before the figure (EU 108%, 한국 94%);
        a partner that is one of a list (아세안·중남미·CIS 수출비중) names no single partner.
        """
        if head.partner or head.found:
            return head.partner
        before = [
            t
            for t in self._terms("partner", item_start, mention.start)
            + self._home_before(mention, item_start)
            if t.family == "partner" or t.end > mention.start - _HOME_GAP
        ]
        before.sort(key=lambda t: t.start)
        before = [
            t
            for t in before
            if not _SOURCE_AFTER.match(self.text, t.end)  # 영국 조사기관 X에 따르면
            and not _OBJECT_AFTER.match(self.text, t.end)  # (일본을 제치고)
        ]
        if before and self._new_topic(before[-1], mention):
            before = []  # 일본은 5.2억 달러, 중화권은 10.4억 달러: the next item is another place
        if before and not self._terms("owner", before[-1].end, mention.start):
            caused = self._in_cause(before[-1], mention)  # 미·중 분쟁 … 등으로 유류가 30.9% 감소
            return None if self._listed(before[-1]) or caused else before[-1].value
        # (EU의 경우 … (24배): a partner before the owner is no partner of the owner's figure)
        stop = min(self._clause_end(mention.end, s_end), mention.end + _AFTER_WINDOW)
        after = self._terms("partner", mention.end, stop)
        if not after or (len(after) > 1 and self._joined(after[0], after[1])):
            # 85.7%가 중국·미국·영국 4개국에: a share of several
            return None if before else self._owner_into_home(item_start, mention.start)
        if self.text.startswith(_LIST_MARKS, after[0].end):
            return None  # 90억 불 … 미·중·일 등 수출국에서: a list, whatever its other names
        # 43.9%이고 국가별로는 중국(-22.7%) or … 가장 많아 대중국 수출 43.3%: the head of the next
        # figure; 일본을 제치고: the country overtaken
        heads_next = any(
            0 <= m.start - after[0].end <= _HEAD_REACH
            and m.kind != "date"
            and "," not in self.text[after[0].end : m.start]
            for m in self.mentions
        )
        if (
            heads_next
            or self.text[after[0].end : after[0].end + 2].lstrip().startswith(_OPEN)
            or _OBJECT_AFTER.match(self.text, after[0].end)
            or _CAUSE_AFTER.match(self.text, after[0].end)
        ):
            return None

        return after[0].value

    def _in_cause(self, partner: Term, mention: Mention) -> bool:
        """Whether a partner is in a cause phrase between it and the figure (미·중 분쟁 등으로 …);
        a topic after the partner keeps it (미국 … 무역수지는 수입 급증으로 인해 …)."""
        cause = _CAUSE_BETWEEN.search(self.text, partner.end, mention.start)
        return cause is not None and not _TOPIC_AFTER.search(self.text, partner.end, cause.start())

    def _owner_into_home(self, start: int, end: int) -> str | None:
        """미국의 한국 투자는 47억 달러: the owner of a flow into Korea is its partner (미국의 수입,
        the reporter's own flow, names none)."""
        owners = self._terms("owner", start, end)
        homes = self._terms("home", owners[-1].end, end) if owners else []
        if homes and _OWNER_TO_HOME.fullmatch(self.text, owners[-1].end, homes[0].start):
            return owners[-1].value
        return None

    def _new_topic(self, partner: Term, mention: Mention) -> bool:
        """Whether a partner that was a clause's topic (일본은 …) gave way to another topic after a
        figure (…, 중화권은 10.4억 달러): parallel items, not one partner's figures."""
        if not _TOPIC_AFTER.match(self.text, partner.end):
            return False
        between = [m for m in self.mentions if partner.end <= m.start and m.end <= mention.start]
        figures = [m for m in between if m.kind != "date"]
        return bool(figures) and _NEXT_TOPIC.match(self.text, figures[-1].end, mention.start) is not None

    def _home_before(self, mention: Mention, item_start: int) -> list[Term]:
        """The publication's own country written right before the figure: 한국 94%, 한국은 14%.

        A topic (우리나라는 380억 달러) is the reporter, unless a ranked list of countries puts it
        beside others (중국이 15%, 한국은 3%): a place named before it in the item."""
        found = self._terms("home", item_start, mention.start)
        if not found:
            return []
        between = self.text[found[-1].end : mention.start]
        if not _HOME_BEFORE_FIGURE.fullmatch(between):
            return []
        topic = bool(between.strip())
        return [] if topic and not self._terms("partner", item_start, found[-1].start) else found[-1:]

    def _listed(self, term: Term) -> bool:
        """Whether a partner is joined to the one before it (아세안·중남미·CIS): one of a list."""
        earlier = [
            t for t in self._terms("partner", term.start - _LIST_REACH, term.start) if t.end <= term.start
        ]
        return bool(earlier) and self._joined(earlier[-1], term)

    def _joined(self, first: Term, second: Term) -> bool:
        return _LIST_JOIN.fullmatch(self.text[first.end : second.start]) is not None

    def context(self, mention: Mention, heading: str | None = None) -> Context:
        """The figure's context; ``heading`` is the subject of last resort when a metric is known."""
        s_start, s_end = self._sentence(mention.start)
        segment = _segment_label(self.line.segments, mention.start)
        item_start = max(s_start, segment[0]) if segment else s_start
        label = segment[1] if segment and segment[1] != Label() else self.line.label
        head = self._head(mention, item_start)
        tail = self._tail(mention)
        metric: str | None
        metric_at: int | None
        if head.metric:
            metric, metric_at = head.metric, None
            term = self._metric_term(head.metric_at) if head.metric_at is not None else None
            if term is not None and self.text[term.start : term.end] in _BARE_BALANCES:
                # 본원소득수지는 … 적자(2월 6억 달러 흑자에서 …)로: the balance the head's 적자 is of
                named = self._named_balance(self._terms("metric", s_start, term.start), _BALANCES)
                metric = named.value if named else metric
        elif tail is not None:
            metric, metric_at = tail.value, tail.start
        else:
            metric, metric_at = self._metric(mention, s_start, s_end)
        metric = metric or label.metric or (self._metric_later(mention, s_end) if head.found else None)
        if metric is None and _BARE_RATE.search(self.text, s_start, mention.start):
            self.own_measures.add(mention.start)  # 성장률은 2.1%: the economy's, no flow a title names
        subject = self._tail_subject(tail) if tail is not None else None
        # the head of the figure's own parenthesis names its item before anything in the sentence:
        # 에너지 수입은 원유(△12.3%), 가스(△21.4%); a metric head names its own (여행수지 적자(-12억 달러))
        subject = subject or head.subject or (self._head_item(head) if head.metric else None)
        subject = subject or self._subject(mention, s_start, metric_at, label.subject)
        if subject is None and _OF_WHOLE.search(self.text, max(s_start, mention.start - 20), mention.start):
            # 중기업은 전체 수출의 17.2%: the share is the topic's
            subject = self._clause_topic(mention, s_start, lex.CLAUSE_TOPIC_PARTICLES)
        subject = subject or self._topic_subject(mention, s_start, metric)
        shared = self.distributed.get(mention.start)
        subject = (shared.label.subject if shared else None) or subject  # 각각: the list's item, in order
        if subject is not None and self._own_measure(subject, mention, s_start, metric_at):
            # 반도체 수입액은 … 줄었고 국내기계 수주액은 27.9%: the topic's measure is none of the flows
            self.own_measures.add(mention.start)
            metric = None if not head.found and tail is None else metric  # nor the item's label's
        if subject is not None and self._share_of_several(mention, s_start):
            subject = None  # 대기업은 39.1%, 중견기업은 32.2%로 전체의 약 70%: the items' sum
        partner = self._partner(mention, item_start, s_end, head) or label.partner
        change = self._own_change(mention, s_start, s_end, metric)
        listed = _LISTED_AFTER.match(self.text, mention.end, s_end) if head.found and change is None else None
        if listed is not None:  # 반도체(27.5%), 승용차(45.9%) 등이 증가: the list's change
            run = Mention(mention.kind, mention.start, listed.end(), mention.value, mention.unit)
            change = self._change(run, s_end, metric)
        side_at = metric_at if metric_at is not None else head.metric_at  # 적자(3.7억불): the head's word
        if change is None and side_at is not None:  # 무역적자는 59억 달러: the word says its side
            word = self._metric_term(side_at)
            written = self.text[word.start : word.end] if word else ""
            change = next((side for end, side in lex.BALANCE_SIDES.items() if written.endswith(end)), None)
        if shared is not None:  # 수출과 수입은 각각 784억 달러와 759억 달러
            metric = shared.label.metric or metric
            partner = shared.label.partner or partner
            change = change or shared.change
        return Context(
            metric=metric,  # type: ignore[arg-type]
            subject=heading if subject is None and heading and metric is not None else subject,
            partner=partner,
            # the code the document stage gives it: set here, the context needs no copy there
            partner_code=lex.PARTNER_CODES.get(partner) if partner else None,
            period=self._period(mention, s_start),
            change=change,  # type: ignore[arg-type]
        )

    def _topic_subject(self, mention: Mention, s_start: int, metric: str | None) -> str | None:
        """The topic right before the figure (품목별 수출실적은 반도체가 41억 달러로), else with no
        metric the topic of an ended clause or of the figure's own."""
        ended = None if metric else self._ended_topic(mention, s_start)
        return self._topic(mention) or ended or (None if metric else self._clause_topic(mention, s_start))

    def _own_measure(self, subject: str, mention: Mention, s_start: int, metric_at: int | None) -> bool:
        """Whether the figure's item names a measure of its own, after the clause of the metric word
        the figure would take (국내기계 수주액은, 석유 소비량이: an amount or a quantity of a noun of
        two syllables or more, no metric or change word; 소매판매는, 건설수주는: a measure by its
        name) — none of the flows of that clause."""
        word = subject.rsplit(maxsplit=1)[-1]
        suffix = next((x for x in lex.OWN_MEASURE_SUFFIXES if word.endswith(x)), None)
        at = self.text.rfind(subject, s_start, mention.start)
        # 소매판매, 건설수주: a measure by its name, written onto the item or after it (농식품 판매는)
        after = _OWN_MEASURE_AFTER.match(self.text, at + len(subject)) if at >= 0 else None
        named = word.endswith(lex.OWN_MEASURE_WORDS) or after is not None
        if at < 0 or not (named or (suffix is not None and len(word) - len(suffix) >= _MEASURE_STEM)):
            return False
        if self._terms("metric", at, mention.start) or self._terms("change", at, at + len(subject)):
            return False  # 수출 물량은, 증가액은: a measure of the flow named, or of its change
        if metric_at is None or metric_at > mention.start:
            return metric_at is None
        return self._crosses_clause(metric_at, at) or bool(self._clause_changes(metric_at, at))

    def _share_of_several(self, mention: Mention, s_start: int) -> bool:
        """Whether a share of the whole (전체의 약 70%) follows a figure of its kind that moved by no
        change word: an item has one share of a whole, so this one sums the items before it
        (중견기업은 32.2%로 전체의 약 70%); not a share after an amount (1,200억 달러로 전체의 40.1%)
        or a growth rate (32.2% 늘어 전체 증가분의 70%)."""
        if _OF_WHOLE.search(self.text, max(s_start, mention.start - 20), mention.start) is None:
            return False
        before = [
            m for m in self.mentions if s_start <= m.start and m.end <= mention.start and m.kind != "date"
        ]
        if not before or before[-1].kind != mention.kind:
            return False
        return not self._terms("change", before[-1].end, mention.start)

    def _tail(self, mention: Mention) -> Term | None:
        """The metric word closing a parenthesis right after the figure: △10,027십억원(통합재정수지)."""
        m = _TAIL.match(self.text, mention.end)
        if not m:
            return None
        inside = self._terms("metric", m.start("inner"), m.end("inner"))
        return inside[-1] if inside and inside[-1].end == m.end("inner") else None

    def _head_item(self, head: _Head) -> str | None:
        term = self._metric_term(head.metric_at) if head.metric_at is not None else None
        return self._item_of_metric(term.start) or self._named_item(term.start) if term else None

    def _tail_subject(self, tail: Term) -> str | None:
        """The item a figure's parenthesis names: (사회보장성기금수지) whole, (반도체 수출) → 반도체."""
        opened = self.text.rfind(_OPEN, 0, tail.start)
        before = self.text[opened + 1 : tail.start].strip()
        word = self.text[tail.start : tail.end]
        if any(word.endswith(h) for h in lex.ITEM_HEADS) or word in lex.NAMED_ITEMS:
            return (before + word) if before and not self.text[tail.start - 1].isspace() else before or word
        return before or None

    def _distribute(self) -> dict[int, _Shared]:
        """Figures after 각각 assigned in order to the metrics, partners or items listed before it."""
        out: dict[int, _Shared] = {}
        line_end = self.line.start + self.line.tokens.length
        marks = [m.start() for m in _RESPECTIVELY.finditer(self.text, self.line.start, line_end)]
        for number, mark in enumerate(marks):
            s_start, s_end = self._sentence(mark)
            end = min(s_end, marks[number + 1]) if number + 1 < len(marks) else s_end
            at = self._list_start(s_start, mark, end)
            # the list runs from the last figure before 각각; its figures up to the next 각각
            earlier = [m.end for m in self.mentions if s_start <= m.end <= at and m.kind != "date"]
            start = max([s_start, *earlier])
            run = self._joined_run(self._terms("metric", start, at), _METRIC_LIST_JOIN)
            metrics = self._listed_metrics(run)
            places = sorted(
                self._terms("partner", start, at) + self._terms("home", start, at), key=lambda t: t.start
            )
            partners = [t.value for t in self._joined_run(places)]
            subjects = self._listed_items(start, at) or self._named_items(run)
            by_kind: dict[str, list[Mention]] = {}
            ended: set[str] = set()  # the list stops where a clause comes between: …15.6% 늘어난 반면 12.0%
            for mention in self._figure_run(self._outer_figures(at, end)):
                same_kind = by_kind.setdefault(mention.kind, [])
                if mention.kind in ended or (
                    same_kind and not _LIST_GAP.fullmatch(self.text, same_kind[-1].end, mention.start)
                ):
                    ended.add(mention.kind)
                else:
                    same_kind.append(mention)
            grouped = self._item_groups(self._outer_figures(at, end), s_end)
            if grouped:  # 각각 21.3% 늘어난 4120만 달러, 16.8% 줄어든 2950만 달러: a group per item
                items = subjects or partners or metrics
                if len(items) == len(grouped):
                    self._label_groups(
                        out, grouped, metrics=metrics, partners=partners, subjects=subjects, s_end=s_end
                    )
                    continue
            for figures in by_kind.values():
                count = len(figures)
                if count < 2:
                    continue
                last = figures[-1]
                tail = _TAIL.match(self.text, last.end)  # 각각 5.1%(8억 달러↑)와 4.2%(6억 달러↑) 증가
                if tail is not None:
                    last = Mention(last.kind, last.start, tail.end(), last.value, last.unit)
                change = self._change(last, s_end, metrics[-1] if metrics else None)
                if not (metrics or partners or subjects):  # 수출은 A, 수입은 B로 각각 p와 q
                    metrics, partners, subjects = self._items_of_figures(s_start, at, count)
                for index, mention in enumerate(figures):
                    label = Label(
                        metric=metrics[index] if len(metrics) == count else None,
                        partner=partners[index] if len(partners) == count else None,
                        subject=subjects[index] if len(subjects) == count else None,
                    )
                    out[mention.start] = _Shared(label, change)
                    for inner in self._parenthesised_after(mention):  # 784억 달러(5.1%): the same item
                        out.setdefault(inner.start, _Shared(label, None))
        return out

    def _list_start(self, s_start: int, mark: int, end: int) -> int:
        """Where the figures of the list of the 각각 at ``mark`` start: after it, else the run of
        figures written right before it (2.4%, 106.1% 각각 증가)."""
        if self._outer_figures(mark, end):
            return mark
        written = self._run_before(s_start, mark)
        return written[0].start if written else mark

    def _listed_metrics(self, run: Sequence[Term]) -> list[str]:
        """The metrics a list of metric words names; one word with a shortened second one after it
        names two (수출·입액은 각각: export, import)."""
        metrics = [t.value for t in run]
        second = self._shortened_pair(run[-1]) if len(run) == 1 else None
        return [*metrics, second] if second else metrics

    def _shortened_pair(self, term: Term) -> str | None:
        """The metric of the word written after ``term`` without the first syllable they share (수출·입,
        수출.입액 → 수입: import); None if it names no other metric."""
        found = _SHORTENED_PAIR.match(self.text, term.end)
        if found is None:
            return None
        named = _metric_regex().match(self.text[term.start] + found.group("rest"))
        value = _METRIC_OF.get(named.group("word").replace(" ", "")) if named else None
        return value if value != term.value else None

    def _item_groups(self, figures: Sequence[Mention], s_end: int) -> list[list[Mention]]:
        """The figures after 각각 as one group per item, when each item states several, the rate
        first and what it came to after a change word modifying it (21.3% 늘어난 4120만 달러, 16.8%
        줄어든 2950만 달러); empty unless every group has the same kinds and one has more than one."""
        groups: list[list[Mention]] = []
        for mention in figures:
            if not groups:
                groups.append([mention])
                continue
            last = groups[-1][-1]
            if _BARE_LIST.fullmatch(self.text, last.end, mention.start):
                groups.append([mention])
            elif self._modifies_next(last.end, mention.start):
                groups[-1].append(mention)
            else:
                break
        kinds = {tuple(m.kind for m in group) for group in groups}
        if len(groups) < 2 or len(kinds) != 1 or len(groups[0]) < 2:
            return []
        return groups

    def _modifies_next(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is one change word modifying the figure after it (늘어난): a
        word holding a change term and ending in the modifying ㄴ."""
        word = self.text[start:end].strip()
        if not word or len(word.split()) != 1 or not self._terms("change", start, end):
            return False
        last = ord(word[-1]) - _HANGUL_FIRST
        return 0 <= last < _HANGUL_COUNT and last % _FINALS == _FINAL_N

    def _label_groups(
        self,
        out: dict[int, _Shared],
        groups: Sequence[Sequence[Mention]],
        *,
        metrics: Sequence[str],
        partners: Sequence[str],
        subjects: Sequence[str],
        s_end: int,
    ) -> None:
        """Each group's figures take its item and the change its first figure states."""
        count = len(groups)
        for index, group in enumerate(groups):
            label = Label(
                metric=metrics[index] if len(metrics) == count else None,
                partner=partners[index] if len(partners) == count else None,
                subject=subjects[index] if len(subjects) == count else None,
            )
            change = self._change(group[0], s_end, label.metric or (metrics[-1] if metrics else None))
            for mention in group:
                out[mention.start] = _Shared(label, change)

    def _named_items(self, run: Sequence[Term]) -> list[str]:
        """The items a list of metric words names, each one another (수출물가와 수입물가는 각각 …);
        empty unless every word names one (수출과 수입: metrics, not items)."""
        named = [self._named_item(t.start) for t in run]
        if any(named):  # 건설투자와 설비투자: a word glued like the named one beside it is an item too
            named = [n or self._glued_word(t) for n, t in zip(named, run, strict=True)]
        items = [n for n in named if n]
        return items if len(items) == len(named) and len(set(items)) == len(items) else []

    def _glued_word(self, term: Term) -> str | None:
        """The whole word a metric word is written onto (건설투자), None if it stands alone."""
        glued = _GLUED_NAME.search(self.text, max(self.line.start, term.start - 8), term.start)
        return glued.group() + self.text[term.start : term.end] if glued is not None else None

    def _items_of_figures(self, s_start: int, at: int, count: int) -> tuple[list[str], list[str], list[str]]:
        """The metrics, the partners and the items of the last ``count`` figures before 각각, each
        named between it and the figure before (수출은 304억 달러, 수입은 316억 달러로 각각 …; 사과는
        3억 원, 배는 1억 원으로 각각 …): the figures after 각각 speak of them in order.  Empty where one
        of them names none, and items unless each figure's is another."""
        before = self._listed_figures(s_start, at)[-count:]
        if len(before) < count:
            return [], [], []
        items = [self.context(figure).subject for figure in before]
        subjects = [i for i in items if i] if len(set(items)) == count else []
        found: dict[str, list[str]] = {"metric": [], "partner": []}
        for family, values in found.items():
            floor = s_start
            for figure in before:
                terms = self._terms(family, floor, figure.start)
                if terms:
                    values.append(terms[-1].value)
                floor = figure.end
        return (
            found["metric"] if len(found["metric"]) == count else [],
            found["partner"] if len(found["partner"]) == count else [],
            subjects if len(subjects) == count else [],
        )

    def _run_before(self, s_start: int, at: int) -> list[Mention]:
        """The figures listed right before ``at`` (… 2.4%, 106.1% 각각), joined one to the next; empty
        unless there are two or more."""
        figures = self._outer_figures(s_start, at)
        if not figures or self.text[figures[-1].end : at].strip():
            return []
        run = figures[-1:]
        for mention in reversed(figures[:-1]):
            if not _FIGURE_JOIN.fullmatch(self.text, mention.end, run[0].start):
                break
            run.insert(0, mention)
        return run if len(run) > 1 else []

    def _listed_figures(self, start: int, end: int) -> list[Mention]:
        """Figures in ``text[start:end]``, each one an item: 중국(77억 달러)과 미국(14억 달러), not the
        rate attached to an amount in its parenthesis (304억 달러(16.7%))."""
        out: list[Mention] = []
        for mention in self.mentions:
            if mention.kind == "date" or not start <= mention.start < end:
                continue
            if out and _ATTACHED.fullmatch(self.text, out[-1].end, mention.start):
                continue
            out.append(mention)
        return out

    def _parenthesised_after(self, mention: Mention) -> list[Mention]:
        """Figures in the parenthesis written right after ``mention``: 784억 달러(5.1%, 3위)."""
        m = _TAIL.match(self.text, mention.end)
        if not m:
            return []
        return [f for f in self.mentions if m.start("inner") <= f.start < m.end("inner") and f.kind != "date"]

    def _joined_run(self, terms: list[Term], join: regex.Pattern[str] = _LIST_JOIN) -> list[Term]:
        """The last terms joined as one list (북미·유럽, 수출과 수입): the items 각각 speaks of."""
        if not terms:
            return []
        run = [terms[-1]]
        for term in reversed(terms[:-1]):
            if join.fullmatch(self.text, term.end, run[0].start) is None:
                break
            run.insert(0, term)
        return run

    def _outer_figures(self, start: int, end: int) -> list[Mention]:
        """Figures in ``text[start:end]`` outside a parenthesis opened there (784억 달러, not its (5.1%))."""
        out = []
        for mention in self.mentions:
            if mention.kind == "date" or not start <= mention.start < end:
                continue
            if _open_paren_before(self.text, mention.start, start) is None:
                out.append(mention)
        return out

    def _figure_run(self, figures: list[Mention]) -> list[Mention]:
        """The figures of the list after 각각: those joined one to the next (2.5%, 3.0%; 784억 달러(5.1%)와
        759억 달러), not a figure of the clause after it (… 3.0% 줄어 전월에 비해 0.2% 감소).

        A second list of as many figures follows the first when nothing but a base comes between
        (각각 784억 달러와 759억 달러로 전년 대비 5.1%와 4.2% 늘어): no metric, change or clause break.
        """
        runs = [figures[:1]]
        for mention in figures[1:]:
            gap = (runs[-1][-1].end, mention.start)
            if _FIGURE_JOIN.fullmatch(self.text, *gap):
                runs[-1].append(mention)
            elif len(runs[-1]) > 1 and self._plain_gap(*gap):
                runs.append([mention])
            else:
                break
        whole = runs[0]
        for run in runs[1:]:
            if len(run) != len(runs[0]):
                break
            whole = whole + run
        return whole

    def _plain_gap(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` names nothing of its own: no metric, partner or change word and
        no clause break (로 전년 대비)."""
        return not (
            self._crosses_clause(start, end)
            or any(self._terms(family, start, end) for family in ("metric", "partner", "change"))
        )

    def _listed_items(self, start: int, end: int) -> list[str]:
        """The items joined by 과/와, 및, · or a comma in ``text[start:end]`` (반도체와 자동차 수출이 각각 …).

        Empty unless every one of them is an item (수출과 수입은: metrics, not items).
        """
        tokens = self.line.tokens
        base = self.line.start
        ends = []
        for i, text in enumerate(tokens.texts):
            at = base + tokens.starts[i]
            if at < start or at >= end:
                continue
            if _joins_list(text, tokens.tags[i]):
                ends.append(at)
        if not ends:
            return []
        later = self._terms("metric", ends[-1], end)
        last = later[0].start if later else None
        if last is None:
            topic = [
                base + tokens.starts[i] for i in range(len(tokens.texts)) if tokens.tags[i] in _TOPIC_TAGS
            ]
            last = next((t for t in topic if ends[-1] < t < end), None)
        if last is None:
            return []
        items = [self._noun_phrase(self._before_etc(offset), joint=False) for offset in [*ends, last]]
        # the list's own items end it: 증가했으나, 자동차, 1차금속 등이 각각 → 자동차, 1차금속
        run = list(itertools.takewhile(bool, reversed(items)))[::-1]
        return [item for item in run if item] if len(run) > 1 else []

    def _before_etc(self, offset: int) -> int:
        """The offset before a closing 등 (1차금속 등이 → 1차금속): the item is the noun before it."""
        found = _ETC_BEFORE.search(self.text, max(self.line.start, offset - 4), offset)
        return found.start("etc") if found else offset

    def _crosses_clause(self, start: int, end: int) -> bool:
        return _CLAUSE_BREAK.search(self.text, start, end) is not None

    def _clause_end(self, offset: int, s_end: int) -> int:
        stop = min(self._next_figure(offset), s_end)
        found = _CLAUSE_BREAK.search(self.text, offset, stop)
        return found.start() if found else stop

    def _change(self, mention: Mention, s_end: int, metric: str | None) -> str | None:
        stop = min(self._clause_end(mention.end, s_end), mention.end + _AFTER_WINDOW)
        stop = self._next_clause_topic(mention.end, stop) or stop
        changes = self._terms("change", mention.end, stop)
        paren = _PAREN_AFTER.match(self.text, mention.end) if not changes else None
        if paren is not None and any(paren.start() < m.start < paren.end() for m in self.mentions):
            # the verb after the companion's parenthesis is both figures' (31억 달러(4.2%) 증가);
            # one inside it is the companion's alone (512억 달러(7.7% 증가))
            after = min(self._clause_end(paren.end(), s_end), paren.end() + _AFTER_WINDOW)
            changes = self._terms("change", paren.end(), self._next_clause_topic(paren.end(), after) or after)
        if changes and _COMPARED.match(self.text, mention.end, changes[0].end) is not None:
            return None  # the base the figure before it is compared with
        if not changes:
            # 5.4%, 1.8% 감소 and 반도체 11.1%, 통신·방송장비 4.7% 등에서 증가: the list moves as its
            # last one; 0.1~0.2%p 낮출: a range as its last end
            ends = {
                listed.end()
                for listed in (
                    _BARE_LIST.match(self.text, mention.end),
                    _LIST_NEXT.match(self.text, mention.end, s_end),
                    _RANGE_TILDE.match(self.text, mention.end),
                )
                if listed is not None
            }
            after = next((m for m in self.mentions if m.start in ends and m.kind == mention.kind), None)
            change = None if after is None else self._change(after, s_end, metric)
            if change in _BALANCE_CHANGES and metric is not None and metric not in lex.BALANCE_METRICS:
                return None  # 수출은 X, 수입은 Y, 수지는 Z 흑자: the side is the balance's, not the flows'
            return change
        # A change word against the figure's written sign names a trend over several figures, not
        # this one's movement: 기타대출(+0.3조원 → △1.9조원) 증가세 둔화 — △1.9 did not increase.
        # A balance is the exception: a deficit written negative grows as it deepens (-90 → -180 확대).
        sign = SIGNS.get(self.text[mention.start], 0) if metric not in lex.BALANCE_METRICS else 0
        if sign and _OPPOSITE.get(changes[0].value) == _SIGNED[sign]:
            return None
        if (
            metric in lex.BALANCE_METRICS
            and changes[0].value in _OPPOSITE
            and _LEVEL_AFTER.match(self.text, mention.end)
        ):
            # 누적 무역적자는 265억 달러로 늘어나: the level it grew to is a deficit
            start = self._clause_start(self._sentence(mention.start)[0], mention.start)
            balance = [t for t in self._terms("change", start, mention.start) if t.value in _BALANCE_CHANGES]
            if balance:
                return balance[-1].value
        return changes[0].value

    def _next_clause_topic(self, start: int, stop: int) -> int | None:
        """Where a place or a metric marked as a new topic opens the next clause in ``text[start:stop]``
        (중남미(18.6억 달러) 순으로 유럽은 … 상승세): a change word after it is that clause's.  None
        after a word closing the figure's list (반도체(2.8%) 등 수출은 증가: the list's own)."""
        topics = [
            t
            for family in ("partner", "home", "metric")
            for t in self._terms(family, start, stop)
            if _TOPIC_AFTER.match(self.text, t.end)
            or (family == "metric" and _MEASURE_TOPIC_AFTER.match(self.text, t.end))
        ]
        if not topics:
            return None
        first = min(t.start for t in topics)
        between = self.text[start:first].split()
        return None if any(word in lex.LIST_CLOSERS for word in between) else first

    def _based(self) -> set[int]:
        """Starts of the figures and dates a comparison marker (대비, 와 비교해) is written after.

        2024년 2350억 달러와 비교해: the amount and the year in front of it are the base.
        """
        based: set[int] = set()
        for term in self.line.terms:
            if term.family != "base":
                continue
            before = [
                m
                for m in self.mentions
                if m.end <= term.start
                and (term.start - m.end <= _BASE_GAP or _SAME_PART.fullmatch(self.text, m.end, term.start))
            ]
            if not before:
                continue
            base = before[-1]
            based.add(base.start)
            year = [  # 2024년 2350억 달러와, 지난해 같은 기간의 50억 달러에 비해: the base's own date
                d
                for d in self.dates
                if d.end <= base.start
                and (base.start - d.end <= 1 or _OWN_VALUE_GAP.fullmatch(self.text, d.end, base.start))
            ]
            if base.kind != "date" and year:
                based.add(year[-1].start)
        return based

    def _in_base_parenthesis(
        self, mention: Mention, relyears: Sequence[Term]
    ) -> tuple[Term, regex.Match[str]] | None:
        """The relative year and base phrase whose parenthesis the figure is in: 전년 동기(176.8억
        달러) 대비, 지난해(수출 19%, 수입 23.3%)에 비해."""
        for term in reversed(relyears):
            phrase = _BASE_PHRASE.match(self.text, term.end)
            if (
                phrase
                and phrase.group("paren")
                and phrase.start("paren") < mention.start < phrase.end("paren")
            ):
                return term, phrase
        return None

    def _own_change(self, mention: Mention, s_start: int, s_end: int, metric: str | None) -> str | None:
        """The figure's change; for a base's own values only a word in their parenthesis
        (지난해(수출 19%)에 비해 둔화: the slowing is the new rates'; 전년동월(4억 달러 적자)과 비교해)."""
        base = self._in_base_parenthesis(mention, self._terms("relyear", s_start, mention.start))
        if base is not None:
            return self._change(mention, base[1].end("paren"), metric)
        return self._change(mention, s_end, metric)

    def _base_value(self, mention: Mention, s_start: int, relyears: list[Term]) -> tuple[bool, str | None]:
        """Whether the figure is a base's own value, and the base's period: 전년 동기(176.8억 달러)
        대비, 전월(+6.5조원) — the month before the sentence's own — and 전월 0.2%보다."""
        inside = self._in_base_parenthesis(mention, relyears)
        if inside is not None:
            term, phrase = inside
            return True, self._base_period(term, s_start, part=bool(phrase.group("part")))
        # 수출액은 … 전년도 620억 달러에 비해; 1분기 … 지난해 같은 기간 181억 달러에 비해; 전년
        # 동월(199.3억불)의 기저효과: the value in the parenthesis of a same-period word is its own
        gap = (
            self.text[relyears[-1].end : mention.start]
            .strip()
            .rstrip(_OPENING)
            .strip()
            .removesuffix(lex.GENITIVE)
            if relyears
            else None
        )
        if relyears and (
            self.text[relyears[-1].start : mention.start].strip() in lex.PRIOR_YEAR_WORDS
            or gap in lex.SAME_PERIOD_NOUNS
        ):
            return True, self._base_period(relyears[-1], s_start, part=gap in lex.SAME_PERIOD_NOUNS)
        previous = _PREVIOUS.search(self.text, max(s_start, mention.start - 12), mention.start)
        previous = previous or self._previous_end_heading(mention, s_start)
        if previous is not None:
            word = previous.group("word")
            period = self._previous_period(previous.start(), _PREVIOUS_UNIT[word], s_start, end=_ends(word))
            if period is not None or word not in lex.PREVIOUS_ALSO_A_NAME:
                return True, period
        opened = _open_paren_before(self.text, mention.start, s_start)  # 지난달(180억 달러, 28.4%)
        at = mention.start if opened is None else opened + 1
        if _LAST_MONTH.search(self.text, max(s_start, at - 12), at):
            return True, self._last_month()
        month = _MONTH_LABEL.search(self.text, max(s_start, at - 10), at)
        undated = month is not None and not any(d.start <= month.start() < d.end for d in self.dates)
        return undated, None

    def _last_month(self) -> str | None:
        """The month before the reference date's, if one is known."""
        if self.reference is None:
            return None
        year, month = self.reference.year, self.reference.month - 1
        return f"{year - 1}-12" if month == 0 else f"{year}-{month:02d}"

    def _labels_a_start(self, end: int, mention: Mention) -> bool:
        """Whether the date ending at ``end`` labels the starting figure of a change written before
        this one (지난해 294억 달러에서 260억 달러로: 지난해 is the first figure's, not the second's)."""
        return any(
            m.kind != "date"
            and 0 <= m.start - end <= 1
            and m.end < mention.start
            and _FROM.match(self.text, m.end)
            for m in self.mentions
        )

    def _end_compared(self, end: int, mention: Mention) -> bool:
        """Whether the relative year ending at ``end`` names the end of a base the figure comes
        after (전년말(1,090조원) 대비 2.8%: the rate is the sentence's, the stock inside is 전년's)."""
        compared = _END_BASE.match(self.text, end)
        return compared is not None and compared.end() <= mention.start

    def _labels_a_base(self, end: int, mention: Mention) -> bool:
        """Whether the relative year ending at ``end`` labels a base's value written before this
        figure (전년 16억 달러보다 29.2% 늘었다: 전년 is the 16억's, not the rate's)."""
        return any(
            m.kind != "date"
            and 0 <= m.start - end <= 1
            and m.end < mention.start
            and _BASE_AFTER.match(self.text, m.end)
            for m in self.mentions
        )

    def _last_month_before(self, mention: Mention, start: int) -> str | None:
        """The month before the publication's when 지난달 stands between the sentence's last date and
        the figure (1월 9억 달러 적자였던 경상수지가 지난달에는 6억 달러: not January's); 지난달까지
        is the year so far."""
        last = _LAST_MONTH_WORD.search(self.text, start, mention.start)
        period = None if last is None else self._last_month()
        if period and last and _TO_DATE.match(self.text, last.end()) and not period.endswith("-01"):
            return f"{period[:4]}-01/{period}"
        return period

    def _period(self, mention: Mention, s_start: int) -> str | None:
        relyears = self._terms("relyear", s_start, mention.start)
        is_base, base = self._base_value(mention, s_start, relyears)
        if is_base:  # 전년(2016년 992억 달러): the figure's own year written right before it wins
            own_year = [d for d in self.dates if s_start <= d.start and 0 <= mention.start - d.end <= 1]
            return own_year[-1].value if own_year else base
        dates = [d for d in self.dates if s_start <= d.start and d.end <= mention.start]
        # 2024년 2350억: its own year, else one in a parenthesis right after it (2조원('25))
        own = dates[-1].value if dates and mention.start - dates[-1].end <= 1 else self._own_date(mention)
        own = own or self._last_month_before(mention, dates[-1].end if dates else s_start)
        if own is not None:
            return self._remember(s_start, own)
        dates = [
            d
            for d in dates
            if d.start not in self.based
            and d.start not in self.appositive
            and not _SINCE.match(self.text, d.end)
            and not _INDEX_BASE.match(self.text, d.end)
            and not self._labels_a_start(d.end, mention)
        ]
        years = [
            t
            for t in relyears
            if not self._terms("base", t.end, t.end + _BASE_GAP + 2)
            and not _BASE_PHRASE.match(self.text, t.end)
            and not _SAME_PERIOD_FIGURE.match(self.text, t.end)
            and not any(
                d.start <= t.start < d.end and d.start in self.based for d in self.dates
            )  # 지난해 3월 대비
            and not self._labels_a_start(t.end, mention)
            and not self._labels_a_base(t.end, mention)
            and not self._end_compared(t.end, mention)
        ]
        # a relative year after a date some figure took: 2023년 10조원 늘고 지난해 41조원 is last
        # year's (unknown without a reference); not one inside a date (금년 2월 이후)
        free = [
            t
            for t in years
            if dates
            and t.start > dates[-1].start
            and not any(d.start <= t.start < d.end for d in self.dates)
            and any(dates[-1].end <= m.start < t.start and m.kind != "date" for m in self.mentions)
        ]
        if dates and not free:
            period = self._whole_year(dates[-1], mention.start) or self._to_date(dates[-1])
            return self._remember(s_start, period)
        if years:
            return self._remember(s_start, _relative(self.reference, years[-1].value))
        if self._terms("same_period", s_start, mention.start):
            return self.periods.last_before(s_start)
        return self.periods.outline  # a point under □ 3월 수출입 동향 without a date of its own

    def _whole_year(self, date: Mention, figure_start: int) -> str | None:
        """The year of a month, quarter or half when 연간 stands between it and the figure:
        1분기 0.8%, 연간으로는 2.0% (the year's); 11월 … 연간 누적 (January to November)."""
        part = _PART_OF_YEAR.match(date.value)
        whole = _WHOLE_YEAR.search(self.text, date.end, figure_start) if part is not None else None
        if part is None or whole is None:
            return None
        if _MONTH.match(date.value) and _TO_DATE.match(self.text, whole.end()):
            return f"{part['year']}-01/{date.value}"
        return str(part["year"])

    def _to_date(self, date: Mention) -> str:
        """A month the year so far runs to stands for January to it: 11월까지 → 2025-01/2025-11."""
        day = _DAY_VALUE.match(date.value)
        if (
            day
            and _TO_DATE.match(self.text, date.end)
            and _YEAR_SO_FAR.search(self.text, max(0, date.start - 16), date.start)
        ):
            return f"{day['year']}-01-01/{date.value}"  # 올 들어 이달 20일까지
        month = _MONTH.match(date.value)
        if month is None or month["month"] == "01" or not _TO_DATE.match(self.text, date.end):
            return date.value
        return f"{month['year']}-01/{date.value}"

    def _own_date(self, mention: Mention) -> str | None:
        """A date opening the figure's parenthesis: 2조원('25) → 3조원('26, +5%): each its year."""
        own = next((d for d in self.dates if mention.end < d.start <= mention.end + 3), None)
        if own is None or not _OWN_DATE.fullmatch(self.text, mention.end, own.start):
            return None
        closed = _OWN_DATE_END.match(self.text, own.end)
        return own.value if closed and not _FIGURE_NEXT.match(self.text, closed.end()) else None

    def _base_period(self, term: Term, s_start: int, part: bool = False) -> str | None:
        """The period a relative year names from the date before it: 2024년 1분기 … 전년 동기 → 2023-Q1.

        Without such a date, 전년 alone is last year; 전년 동월 (a ``part`` of it) is unknown, not
        the whole year; a date starting a stretch (금년 3월 이후) is not the one counted from."""
        dates = [
            d
            for d in self.dates
            if s_start <= d.start
            and d.end <= term.start
            and d.start not in self.appositive
            and not _SINCE.match(self.text, d.end)
        ]
        if int(term.value) == 0 and not part:  # 내년 … 올해(480조원)보다: this year, whatever the sentence's
            return _relative(self.reference, term.value)
        if dates:  # 11월까지 … 전년(81억 달러): the same months of the year before
            return _shift_years(self._to_date(dates[-1]), int(term.value))
        if part:
            return None
        # 지난해 수출액은 … 전년(118억 달러)보다: the year before the one the sentence names
        before = [
            t for t in self._terms("relyear", s_start, term.start) if not _BASE_PHRASE.match(self.text, t.end)
        ]
        prior = self.text[term.start : term.end] in lex.PRIOR_YEAR_WORDS  # (지난해 counts alone)
        carried = self.periods.last_before(s_start) if prior and not before else None
        if carried and _YEAR_VALUE.match(carried):  # 지난해 수출은 …. 수입액도 … 전년도 335억 달러
            return str(int(carried) + int(term.value))
        return _relative(
            self.reference, str(int(term.value) + (int(before[-1].value) if before and prior else 0))
        )

    def _previous_end_heading(self, mention: Mention, s_start: int) -> regex.Match[str] | None:
        """전분기말 or 전월말 heading the figure's noun phrase (전분기말 잔액은 1,106조원): the
        figure is that end's stock; not past a comparison (전분기말 대비 14조원, 잔액보다)."""
        found = _PREVIOUS_END.search(
            self.text, max(s_start, mention.start - _PREVIOUS_END_REACH), mention.start
        )
        if found is None or any(found.end("word") <= m.start < mention.start for m in self.mentions):
            return None
        gap = self.text[found.end("word") : mention.start].split()
        if any(word.endswith(lex.PREVIOUS_END_GAP_ENDINGS) or word in lex.BASE_MARKERS for word in gap):
            return None
        return found

    def _previous_period(self, start: int, unit: str, s_start: int, end: bool = False) -> str | None:
        """The month or quarter before the sentence's own date (’25.7월 … 전월 → 2025-06); none
        when the sentence names no month or quarter to count back from.  A date starting a
        stretch (금년 3월 이후 최소) is not the sentence's own.  The end of the quarter before
        (``end``: 전분기말) counts back from a quarter's last month too (9월말 → 2025-Q2)."""
        dates = [
            d
            for d in self.dates
            if s_start <= d.start
            and d.end <= start
            and d.start not in self.appositive
            and not _SINCE.match(self.text, d.end)
        ]
        found = _MONTH_OR_QUARTER.match(dates[-1].value) if dates else None
        if found is not None and end and unit == "quarter" and not found.group("q"):
            month = int(found.group("n"))  # 9월말 … 전분기말: the quarter before the one 9월 ends
            year, number = int(found.group("year")), month // 3 - 1
            if month % 3:
                return None
            return f"{year - 1}-Q4" if number == 0 else f"{year}-Q{number}"
        if found is None or bool(found.group("q")) != (unit == "quarter"):
            return None
        year, number = int(found.group("year")), int(found.group("n")) - 1
        if number == 0:
            year, number = year - 1, 4 if found.group("q") else 12
        return f"{year}-Q{number}" if found.group("q") else f"{year}-{number:02d}"

    def _remember(self, s_start: int, period: str | None) -> str | None:
        self.periods.remember(s_start, period)
        return period


class _Periods:
    """The periods of a line's sentences, in order: 같은 해 looks back to the last one."""

    def __init__(self, outline: str | None = None) -> None:
        self.starts: list[int] = []
        self.values: list[str] = []
        self.outline = outline  # the period of the heading above the line (□ 3월 수출입 동향)

    def remember(self, s_start: int, period: str | None) -> None:
        if period and (not self.starts or self.starts[-1] < s_start):
            self.starts.append(s_start)
            self.values.append(period)

    def last_before(self, s_start: int) -> str | None:
        index = bisect.bisect_left(self.starts, s_start) - 1
        return self.values[index] if index >= 0 else None


def _shift_years(value: str, offset: int) -> str:
    """A date value moved by whole years.

    >>> _shift_years("2024-Q1", -1), _shift_years("2024-01/2024-03", -1)
    ('2023-Q1', '2023-01/2023-03')
    """
    return str(_YEAR_IN_VALUE.sub(lambda m: str(int(m.group()) + offset), value))


# --- tables ------------------------------------------------------------------------


def _label_of(label: str | None) -> Label:
    """A table label as partner, metric or subject; a label naming a measure (증감률(%),
    비중) says nothing of either, nor do the dates in it (2025년 1분기 금액: a period and
    a measure, no item)."""
    words = without_dates(label) if label else None
    if not words or names_measure(words) or wholly_bracketed(words):
        return Label()  # a measure, or a note in brackets ((손실), (기 정)) that names no item
    return classify_label(words)


def table_context(cell: TableCellSpan, reference: date | None = None, beside: str | None = None) -> Context:
    """Context of a figure in a table cell, from what ``extractors.tables`` read: its
    labels, caption and period (a column ``1분기`` under ``2022년`` is ``2022-Q1``).

    >>> table_context(TableCellSpan(0, 4, "표 3 - 2024년 ICT 지역별 수출", "억 달러", "북미", "게임 SW"))
    Context(metric='export', subject='게임 SW', partner='북미', partner_code=None, period='2024', change=None)

    A label that names a date is the cell's period, never its subject:

    >>> table_context(TableCellSpan(0, 4, "표 1 - 권역별 수출", "억 달러", "북미", "'25년")).period
    '2025'

    The column names the item (a sector, an account); in a total column of a fiscal
    table the row names it, whole and without its letter in the sum:

    >>> table_context(TableCellSpan(0, 4, "재정통계", "조원", "통합재정수입 (A)", "합계")).subject
    '통합재정수입'

    A label without a year takes the reference date's (as dates in the text do); without
    one it is still no item:

    >>> cell = TableCellSpan(0, 4, "품목별 수출", "억 달러", "반도체", "1~11월 누계")
    >>> table_context(cell, date(2026, 12, 1)).period, table_context(cell).subject
    ('2026-01/2026-11', '반도체')
    """
    row_period = _label_date(cell.row, cell.period, reference)
    column_period = _label_date(cell.column, cell.period, reference)
    row_dated = bool(row_period) or is_period_label(cell.row)
    column_dated = bool(column_period) or is_period_label(cell.column)
    row_label = _without_sum_marks(cell.row) if not row_dated else None
    row = _label_of(row_label)
    column = _label_of(_without_sum_marks(cell.column)) if not (column_period or column_dated) else Label()
    metric = _table_metric(row_label, cell.column or "", beside, cell.caption)
    # a column of what is measured (수입, 지출, 잔액) in a row naming an item (no total): the row's
    flow = names_flow(without_dates(cell.column or ""))
    of_row = flow and row_label is not None and row_label not in lex.TOTAL_LABELS
    subject = None if of_row else column.subject
    if subject is None:
        subject = _account(cell.row) if metric in lex.ACCOUNT_METRICS and not row_dated else row.subject
    measured = _label_of(_without_sum_marks(beside)) if beside and not is_period_label(beside) else Label()
    return Context(
        metric=metric,
        subject=subject or measured.subject,
        partner=row.partner or column.partner or measured.partner,
        period=cell.period or column_period or row_period or caption_year(cell.caption),
    )


def _label_date(label: str | None, period: str | None, reference: date | None = None) -> str | None:
    """The date a label names, a month or quarter read in the year of the cell's period
    (``2월`` under ``’26.1월``) or else of the ``reference`` date, a note of the whole year or
    a preliminary mark left aside (``2024년 연간``, ``7월p``): such a label is the cell's
    period, never its subject.

    >>> _label_date("2월", "2026-02"), _label_date("2024년 연간", "2024"), _label_date("반도체", "2024")
    ('2026-02', '2024', None)
    >>> _label_date("연간", "2024"), _label_date("2월", None)
    ('2024', None)
    """
    if not label:
        return None
    found = label_period(label) or (label_period(label, reference) if period is None else None)
    if found is not None:
        return found
    words = [w for w in label.split() if w not in lex.PERIOD_NOTES]
    if not words:  # 연간 alone, under its year
        return period
    bare = " ".join(words).removesuffix(lex.PRELIMINARY_SUFFIX)
    return own_period(bare, year_of(period)) if bare else None


def _table_metric(row: str | None, column: str, beside: str | None, caption: str | None) -> Metric | None:
    """The first metric word of the cell's own labels, then of the column a rate column
    measures (``beside``), then of the caption: a row 통합재정수지 in a table of the budget
    measures the fiscal balance, a column 수입 under 수출입 동향 imports, a 증감률 column right
    after 수출액 the change of exports.  A word that takes its kind from the words before it
    (수입, 지출, 수지) takes the caption's when it may: 수입 in a table of 재정통계 is revenue.

    >>> _table_metric("수입 (A)", "일반 회계", None, "재정통계")
    'budget'
    >>> _table_metric("수입", "", None, "수출입 동향"), _table_metric("1월", "증감률", "수출액", "교역")
    ('import', 'export')
    """
    found = [_metric_regex().search(words) if words else None for words in (row, column, beside, caption)]
    own = next((m for m in found[:3] if m is not None), None)
    if own is None:
        return _METRIC_OF[found[3].group("word").replace(" ", "")] if found[3] is not None else None
    metric = _METRIC_OF[own.group("word").replace(" ", "")]
    allowed = lex.METRIC_INHERITS.get(own.group("word"), frozenset())
    if found[3] is not None and _METRIC_OF[found[3].group("word").replace(" ", "")] in allowed:
        return _METRIC_OF[found[3].group("word").replace(" ", "")]
    return metric


def _measured_beside(text: str, cells: Sequence[TableCellSpan], index: int) -> str | None:
    """The label of what a measure cell (증감률, 비중) measures: the column label of the cell
    left of it on its line (``수출액(억불) | 증감률(%)``), or, in a measure row, the row label
    of the nearest row above in its column that is none (a 증감률 row under 수출).  A rate
    naming its own terms by the table's sum letters (``집행률(B/A)``) measures those, not
    the label beside it."""
    cell = cells[index]
    if _RATIO_MARK.search(cell.column or "") or (cell.row and _RATIO_MARK.search(cell.row)):
        return None
    if index > 0 and cell.column and _names_rate(cell.column):
        left = cells[index - 1]
        same_line = not left.label and left.column != cell.column and "\n" not in text[left.end : cell.start]
        return left.column if same_line else None
    if index > 0 and cell.row and _names_rate(cell.row):
        return _row_above(cells, index)
    return None


def _names_rate(label: str) -> bool:
    """Whether a label names a rate or share of something else (증감률(%), 비중), not its unit;
    a rate of a level (실업률(%), 고용률) measures its own row, not the row above."""
    if any(word in "".join(label.split()) for word in LEVEL_RATE_LABEL_WORDS):
        return False
    return isinstance(label_unit(label), tuple)


def _row_above(cells: Sequence[TableCellSpan], index: int) -> str | None:
    """The row label of the nearest cell above ``cells[index]`` in its column and table whose
    row names no measure."""
    cell = cells[index]
    for back in range(index - 1, max(-1, index - 1 - _ROWS_BACK), -1):
        above = cells[back]
        if above.caption != cell.caption:
            return None  # another table
        if above.column == cell.column and not above.label and above.row and not names_measure(above.row):
            return above.row
    return None


_SUM_MARK = regex.compile(
    r"""\s*\(\s*[A-Z](?:\s*[-+]\s*[A-Z])*\s*\)  # (A), (A-B): the row's letter in the table's sums"""
    r"""(?!\S)""",
    regex.VERBOSE,
)


# A ratio of the rows or columns named by their sum letters: 집행률(B/A), 비율 (A/B×100).
_RATIO_MARK = regex.compile(r"\(\s*[A-Z]\s*/\s*[A-Z]\b")


def _without_sum_marks(label: str | None) -> str | None:
    """A row label without the letters naming it in the table's sums (수입 (A), 수지 (A-B))."""
    if label is None:
        return None
    return " ".join(_SUM_MARK.sub(" ", label).split()) or None


def _account(row: str | None) -> str | None:
    """The account a row of a fiscal table names, whole (통합재정지출 및 순융자): the part after
    its parent's sum letter when the row is a part (수입 (A) 경상수입 → 경상수입); none when the row
    is a bare metric word (예산), a total or a measure.

    >>> _account("지출 및 순융자 (B) 자본지출"), _account("통합재정수지 (A-B)"), _account("예산")
    ('자본지출', '통합재정수지', None)
    """
    if row is None or names_measure(row):
        return None
    parts = [" ".join(p.split()) for p in _SUM_MARK.split(row)]
    name = next((p for p in reversed(parts) if p), None)
    if name is None or name in lex.TOTAL_LABELS or name in lex.SUBJECT_STOPWORDS:
        return None
    bare = _metric_regex().fullmatch(name)
    if bare is not None and name not in lex.NAMED_ITEMS:
        return None
    return name


# --- the stage ---------------------------------------------------------------------


_MAX_CHUNK = 1000  # characters analysed at once: a long sentence, not a whole flattened table
_CHUNK_CUTS = (",", ";", "→", "\t", "·", " ")  # where a long sentence is cut, best first

# Where a sentence ends inside a line: a sentence-final mark after Hangul, then space (늘었다. 반면 …),
# or a period after a sentence's ending glued to the next sentence (보였다.가공식품은 …).
_SENTENCE_END = regex.compile(
    rf"(?<=\p{{Hangul}}[.?!])\s+|(?<=(?:{'|'.join(lex.GLUED_SENTENCE_ENDINGS)})\.)(?=\p{{Hangul}})"
)


def _sentence_chunks(
    text: str, start: int, end: int, spans: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """(start, end) of the sentences of the line ``text[start:end]``, cut cheaply before any analysis.

    A sentence longer than ``_MAX_CHUNK`` (a table flattened into one line, a
    run-on list) is cut further, at a clause mark or a space and never inside
    a figure (``spans``, sorted): spaCy and Kiwi only ever see bounded pieces,
    so their time grows with the text, linearly.

    >>> _sentence_chunks("수출은 늘었다. 수입은 줄었다.", 0, 17)
    [(0, 8), (9, 17)]
    >>> _sentence_chunks("수출은 늘었다.수입은 줄었다.", 0, 16)
    [(0, 8), (8, 16)]
    """
    chunks: list[tuple[int, int]] = []
    cursor = start
    for m in _SENTENCE_END.finditer(text, start, end):
        chunks.extend(_bounded(text, cursor, m.start(), spans))
        cursor = m.end()
    chunks.extend(_bounded(text, cursor, end, spans))
    return [(s, e) for s, e in chunks if e > s]


def _bounded(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``_MAX_CHUNK`` characters, cut after a clause mark."""
    while end - start > _MAX_CHUNK:
        limit = start + _MAX_CHUNK
        cut = limit
        for mark in _CHUNK_CUTS:
            found = text.rfind(mark, start + _MAX_CHUNK // 2, limit)
            if found > start:
                cut = found + 1
                break
        inside = bisect.bisect_right(spans, cut, key=lambda span: span[0]) - 1
        if inside >= 0 and spans[inside][0] < cut < spans[inside][1] and spans[inside][0] > start:
            cut = spans[inside][0]  # never through a figure
        yield start, cut
        start = cut
    yield start, end


def _series_head(text: str, line_starts: Sequence[int], index: int) -> int:
    """The first line of the series the line ``index`` goes on with, else ``index``: a line
    ending in an arrow, or followed by one starting with an arrow, continues (… (11)+3.9⏎→(12)+12.4)."""
    while index > 0:
        start = line_starts[index]
        above = text[max(line_starts[index - 1], start - 9) : start - 1].rstrip(" \t")
        below = text[start : start + 8].lstrip(" \t")
        if not (above.endswith(SERIES_ARROWS) or below.startswith(SERIES_ARROWS)):
            break
        index -= 1
    return index


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


@lru_cache(maxsize=1024)
def _names_an_item(title: str) -> bool:
    """Whether a heading is a noun phrase, naming an item (바이오기술 ATP), not a clause or a slogan."""
    pieces = written_tags(title)
    inside = range(1, len(pieces) - 1)
    return bool(pieces) and all(
        _nounish(text, tag) or tag == _ROOT or (k in inside and text in lex.INWORD_JOINERS)
        for k, (text, tag) in enumerate(pieces)
    )


def _line_contexts(
    text: str,
    bounds: tuple[int, int],
    mentions: Sequence[Mention],
    wanted: set[int],
    *,
    reference: date | None,
    heading: str | None,
    mention_starts: Sequence[int] | None = None,
    own_measures: set[int] | None = None,
    outline_period: str | None = None,
) -> dict[int, Context]:
    """Contexts of the ``wanted`` mentions (indexes into ``mentions``) on the line ``text[start:end]``;
    ``own_measures`` gets the indexes of those whose item names a measure of its own (수주액)."""
    start, end = bounds
    line_text = text[start:end]
    label, segments = _line_label(line_text), _segments(line_text, start)
    periods = _Periods(outline_period)  # shared by the sentences of a line: 같은 해 looks back
    if mention_starts is None:
        mention_starts = [m.start for m in mentions]
    first, last = bisect.bisect_left(mention_starts, start), bisect.bisect_left(mention_starts, end)
    spans = [(m.start, m.end) for m in mentions[first:last]]
    out: dict[int, Context] = {}
    # the one flow the sentences before name: 수입액도 줄었다. 전년대비 1.7% 줄어든 354억달러였다.
    carried: _Carried | None = None
    about_measure = False  # the sentences before are about a measure of its own: 소매판매는 …
    for s_start, s_end in _sentence_chunks(text, start, end, spans):
        lo = bisect.bisect_left(mention_starts, s_start)
        hi = bisect.bisect_left(mention_starts, s_end)
        targets = [index for index in range(lo, hi) if index in wanted]
        if not targets:  # only sentences holding a figure are analysed; the others' metric words read
            named = {metric_of(m.group("word")) for m in _metric_regex().finditer(text, s_start, s_end)}
            carried = _carried(named, None, carried)
            about_measure = _about_measure(text, (s_start, s_end), named, about_measure)
            continue
        chunk = mentions[lo:hi]
        analysis = analyse_sentence(text[s_start:s_end], s_start)
        piece = _Line(s_start, analysis.tokens, analysis.terms, analysis.sentences, label, segments)
        resolver = _Resolver(text, piece, chunk, reference, periods)
        for index in targets:
            context = resolver.context(mentions[index], heading)
            # 석유 소비량이 2.1%: not the flow before; 소매판매는 … 대구는 -2.9%: the measure's, no title's
            own = mentions[index].start in resolver.own_measures or (about_measure and context.metric is None)
            if own and own_measures is not None:
                own_measures.add(index)
            if context.metric is None and carried is not None and carried.fits(mentions[index]) and not own:
                context = context.model_copy(update={"metric": carried.metric})
            owner = out.get(index - 1)
            if owner is not None and owner.subject and _attached(text, mentions[index - 1], mentions[index]):
                # △반도체 65억 달러(27.0%↑): the rate is the amount's item's
                context = context.model_copy(
                    update={"subject": owner.subject, "partner": context.partner or owner.partner}
                )
            out[index] = context
        named = {t.value for t in analysis.terms if t.family == "metric"}
        carried = _carried(named, frozenset(m.unit for m in chunk if m.kind == "amount" and m.unit), carried)
        about_measure = _about_measure(text, (s_start, s_end), named, about_measure)
    return out


def _about_measure(text: str, sentence: tuple[int, int], named: Collection[str], before: bool) -> bool:
    """Whether the sentences up to ``sentence`` are about a measure of its own (소매판매는 2.0%
    증가했다. 대구는 -2.9% …: 대구's retail sales): its topic names one, else the sentences before
    do and it names no metric (``named``)."""
    if named:
        return False
    first = _FIRST_TOPIC.search(text, *sentence)
    return before or (first is not None and first.group("word").endswith(lex.OWN_MEASURE_WORDS))


def _attached(text: str, owner: Mention, mention: Mention) -> bool:
    """Whether ``mention`` sits in the parenthesis right after the figure ``owner``: 65억 달러(27.0%↑)."""
    tail = _TAIL.match(text, owner.end)
    return tail is not None and tail.start("inner") <= mention.start < tail.end("inner")


@dataclass(frozen=True, slots=True)
class _Carried:
    """A flow a sentence hands on to the figures of the next ones that name none, and the
    currencies of its amounts (None: it held no figure); an amount in another currency
    measures something else (2.4조원 규모의 무역금융 after export shares)."""

    metric: str
    units: frozenset[str] | None

    def fits(self, mention: Mention) -> bool:
        return mention.kind != "amount" or self.units is None or mention.unit in self.units


def _carried(named: set[str], units: frozenset[str] | None, carried: _Carried | None) -> _Carried | None:
    """What a sentence hands on: the one flow it names, else what it was handed (a sentence naming
    none goes on with it); nothing when it names several, or another kind of metric."""
    if not named:
        return carried
    metric = next(iter(named))
    return _Carried(metric, units) if len(named) == 1 and metric in lex.CARRIED_METRICS else None


_HEADING_REACH = 40  # lines back from a point searched for its heading
# A period a heading may hand its points: a year, month, quarter or half, or a run of them.
_HEADING_PERIOD = regex.compile(r"^\d{4}(?:-(?:\d{2}|Q\d|H\d))?(?:/\d{4}(?:-(?:\d{2}|Q\d|H\d))?)?$")
_NOT_A_HEADING_PERIOD = regex.compile(
    r"\s?(?:" + "|".join(regex.escape(w) for w in lex.HEADING_PERIOD_NOT_AFTER) + ")"
)


def _outline_level(line: str) -> int | None:
    """How deep in the outline a line's bullet sits (□ 0, ○ 1, - 3), None for a line without one."""
    stripped = line.lstrip()
    if not stripped:
        return None
    return next((level for level, marks in enumerate(lex.HEADING_LEVELS) if stripped[0] in marks), None)


def heading_metric(lines: Sequence[str], index: int) -> str | None:
    """The metric the nearest heading above the point ``lines[index]`` names (□ → ○ → -): the
    first heading up the outline that names a metric word, when its words outside parentheses
    name one metric only; none past a line outside the outline (a paragraph, a table row).

    >>> heading_metric(["□ 관리재정수지 동향", "", "○ 1~6월 누계로 1.5조원"], 2)
    'fiscal_balance'
    >>> heading_metric(["□ 수출 동향", "전체 흐름은 개선", "○ 누계로 1.5조원"], 2) is None
    True
    >>> heading_metric(["□ 수출과 투자 모두 증가", "○ 누계로 1.5조원"], 1) is None
    True

    A note (``* 품목별 증감률 : 생태 △39.6%``) measures what the line it annotates names:

    >>> heading_metric(["□ (수입) 12.4% 증가", "- 수산물 수입이 급감", "* 품목별 : 생태 △39.6%"], 2)
    'import'
    """
    if lines[index].lstrip()[:1] in tuple(lex.NOTE_MARKS):
        return _annotated_metric(lines, index)
    for k in _headings_above(lines, index):
        # 관리재정수지(사회보장성기금 제외수지): the heading's own words
        own = _PARENTHETICAL.sub(" ", lines[k].strip())
        if _metric_regex().search(own) is not None:
            return document_topic(own)  # one metric, or none where it names several (수출과 투자)
    return None


def _headings_above(lines: Sequence[str], index: int) -> Iterator[int]:
    """The lines of the headings above the point ``lines[index]``, nearest first, up its outline
    (□ → ○ → -): each a level above the last; none past a line outside the outline, nor past
    one of level 0, nor further than ``_HEADING_REACH`` lines up."""
    level = _outline_level(lines[index])
    if not level:
        return
    for k in range(index - 1, max(-1, index - _HEADING_REACH), -1):
        line = lines[k].strip()
        if not line or line[0] in lex.NOTE_MARKS:
            continue
        above = _outline_level(line)
        if above is None:
            return
        if above >= level:
            continue
        yield k
        if above == 0:
            return
        level = above


def heading_period(
    lines: Sequence[str], index: int, line_starts: Sequence[int], mentions: Sequence[Mention]
) -> str | None:
    """The period the nearest heading above the point ``lines[index]`` names (□ → ○ → -): the
    first heading up the outline that holds a date, when it holds one period only (a year,
    month, quarter or half, or a run of them; not a day, nor a bound or base: 2030년까지,
    전년 대비) and no figure (its dates are then its figures'); none past a line outside the
    outline.  ``mentions`` are the text's figures and dates, in order.

    >>> from extractors.mentions import Mention
    >>> lines = ["□ 5월 수출입 동향", "", " ㅇ 수출은 7.3% 증가"]
    >>> heading_period(lines, 2, [0, 12, 13], [Mention("date", 2, 4, "2026-05", None)])
    '2026-05'
    >>> heading_period(["□ 수출 동향", " ㅇ 5월 수출", "  - 반도체 3%"], 2, [0, 8, 17],
    ...                [Mention("date", 12, 14, "2026-05", None)])
    '2026-05'
    >>> heading_period(["□ 수출 동향", "ㅇ 5월 수출은", "본문", "ㅇ 반도체 3%"], 3, [0, 7, 16, 19],
    ...                [Mention("date", 9, 11, "2026-05", None)]) is None
    True
    """
    for k in _headings_above(lines, index):
        start, end = line_starts[k], line_starts[k] + len(lines[k])
        first = bisect.bisect_left(mentions, start, key=lambda m: m.start)
        own = mentions[first : bisect.bisect_left(mentions, end, key=lambda m: m.start)]
        if any(m.kind != "date" for m in own):
            return None  # □ 3분기 수출은 4.0% 증가한 256억 달러: a sentence's dates are its figures'
        if own:
            return _heading_date(own, lines[k][own[-1].end - start :])
    return None


def _heading_date(own: Sequence[Mention], after: str) -> str | None:
    """The one period a heading's dates name, or None."""
    values = {d.value for d in own}
    value = values.pop() if len(values) == 1 else None
    if value is None or _HEADING_PERIOD.match(value) is None or _NOT_A_HEADING_PERIOD.match(after):
        return None
    return value


def _annotated_metric(lines: Sequence[str], index: int) -> str | None:
    """The metric of the line a note annotates: the nearest line above that is not a note,
    by its own words (one metric only) or its label; not the headings further up."""
    for k in range(index - 1, max(-1, index - _HEADING_REACH), -1):
        line = lines[k].strip()
        if not line or line[0] in lex.NOTE_MARKS:
            continue
        own = _PARENTHETICAL.sub(" ", line)
        if _metric_regex().search(own) is not None:
            return document_topic(own)
        return _line_label(line).metric  # □ (수출) …: its label
    return None


def contextualize(
    text: str,
    mentions: list[Mention],
    reference: date | None,
    tables: list[TableCellSpan] | None = None,
    title: str | None = None,
) -> list[Context]:
    """One Context per mention, in the same order; ``title`` gives the publication's topic.

    Each figure's own context first (its cell, or its sentence), then what the
    whole publication says (``extractors.document_context``: one name per
    item, the title's metric, partner codes).

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
    last_line: dict[int, int] = {}  # the last line of a series going on over lines, by its first
    for index, mention in enumerate(mentions):
        if mention.kind == "date":
            continue
        cell_index = bisect.bisect_right(cell_starts, mention.start) - 1
        if cell_index >= 0 and cells[cell_index].start <= mention.start < cells[cell_index].end:
            contexts[index] = table_context(
                cells[cell_index], reference, _measured_beside(text, cells, cell_index)
            )
            continue
        line_index = bisect.bisect_right(line_starts, mention.start) - 1
        head = _series_head(text, line_starts, line_index)
        by_line.setdefault(head, set()).add(index)
        last_line[head] = max(last_line.get(head, head), line_index)
    headings = _heading_subjects(text) if by_line else []
    heading_starts = [h[0] for h in headings]
    mention_starts = [m.start for m in mentions]
    lines: list[str] = []  # the text's lines, split when a point needs its heading
    own_measures: set[int] = set()  # figures of a measure of their own: no heading's or title's metric
    for line_index, wanted in by_line.items():
        start, last = line_starts[line_index], last_line[line_index]
        end = line_starts[last + 1] - 1 if last + 1 < len(line_starts) else len(text)
        heading_index = bisect.bisect_right(heading_starts, start) - 1
        heading = headings[heading_index][1] if heading_index >= 0 else None
        if heading is not None and not _names_an_item(heading):
            heading = None  # 지역을 경제성장의 중심으로: a slogan, not an item
        lines = lines or text.split("\n")
        outline_period = heading_period(lines, line_index, line_starts, mentions)
        found = _line_contexts(
            text,
            (start, end),
            mentions,
            wanted,
            reference=reference,
            heading=heading,
            mention_starts=mention_starts,
            own_measures=own_measures,
            outline_period=outline_period,
        )
        outline_metric: str | None = None
        for index, context in found.items():
            contexts[index] = context
            if context.metric is None and index not in own_measures:  # what its heading names
                if outline_metric is None:
                    lines = lines or text.split("\n")
                    outline_metric = heading_metric(lines, line_index) or ""
                if outline_metric:
                    contexts[index] = context.model_copy(update={"metric": outline_metric})
    return with_document_context(contexts, mentions, text, title, own_measures)
