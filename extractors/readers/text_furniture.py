"""Furniture of a plain-text news page: the lines that link other articles.

:func:`furniture_spans` finds, conservatively (a line of the publication is never
dropped for a guess):

* a box: a line that is only a furniture heading (관련기사, 【많이 본 뉴스】, ▶ 인기기사),
  and the lines under it up to a blank line, the end, or a sentence of prose;
* a line a heading opens: ``[관련기사] 수출 넉 달째 증가``, ``▶ 관련 기사: …``;
* a line of a link mark (▶, ☞) after the article's end (its copyright notice or its
  reporter's byline with an e-mail address): ``▶ 반도체 수출 역대 최대``.  Before it, ▶ opens a
  release's key point (▶ 10월 수출 550억 달러), publication text.

Words come from :mod:`extractors.lexicon.text`.
"""

from __future__ import annotations

import regex

from extractors._typing import Span
from extractors.lexicon import text as lex

__all__ = ["furniture_spans"]

_MARKS = regex.escape(lex.HEADING_MARKS)
_HEADING = "|".join(
    r"\s?".join(regex.escape(word) for word in heading.split())
    for heading in sorted(lex.FURNITURE_HEADINGS, key=len, reverse=True)
)
# A line that is only a heading, in its marks: [관련기사], ▶ 많이 본 뉴스, 【인기기사】
_HEADING_LINE = regex.compile(
    rf"^[\s{_MARKS}]*(?:{_HEADING})[\s{_MARKS}{regex.escape(lex.HEADING_COLONS)}]*$"
)
# A line a heading opens: [관련기사] 수출 …, ▶ 관련 기사 : 수출 …
_HEADED_LINE = regex.compile(
    rf"^\s*(?:[\[【〔<《〈]\s?(?:{_HEADING})\s?[\]】〕>》〉]"
    rf"|[{regex.escape(lex.LINK_MARKS)}]\s?(?:{_HEADING})\s?[{regex.escape(lex.HEADING_COLONS)}]?)\s*\S"
)
_LINK_LINE = regex.compile(rf"^\s*[{regex.escape(lex.LINK_MARKS)}]\s*\S")
_ARTICLE_END = regex.compile(
    "|".join(regex.escape(w) for w in lex.ARTICLE_END_WORDS)
    + rf"|(?:{'|'.join(lex.REPORTER_WORDS)})[^\n]*?[\w.+\-]+@[\w\-]+\.[\w.\-]+"  # 김철수 기자 kim@…
)


def _prose(line: str) -> bool:
    return line.rstrip().endswith(lex.PROSE_ENDINGS)


def furniture_spans(text: str) -> list[Span]:
    """The spans of ``text`` that are a news page's furniture, one per line, in order.

    >>> text = "수출은 5% 늘었다.\\n\\n[관련기사]\\n반도체 10% 증가\\n선박 3척 수주\\n\\n본문 2%"
    >>> [text[s:e] for s, e in furniture_spans(text)]
    ['[관련기사]', '반도체 10% 증가', '선박 3척 수주']
    >>> text = "▶ 10월 수출 550억 달러\\n기자 kim@news.kr\\n▶ 수출 5% 늘어"
    >>> [text[s:e] for s, e in furniture_spans(text)]
    ['▶ 수출 5% 늘어']
    """
    spans: list[Span] = []
    in_box = False
    ended = False
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if not line.strip():
            in_box = False
        elif _HEADING_LINE.match(line):
            in_box = True
            spans.append((start, end))
        elif in_box and not _prose(line):
            spans.append((start, end))
        elif _HEADED_LINE.match(line) or (ended and _LINK_LINE.match(line) and not _prose(line)):
            in_box = False
            spans.append((start, end))
        else:
            in_box = False
        ended = ended or _ARTICLE_END.search(line) is not None
        start = end + 1
    return spans
