"""Stages chained: publication → SourceDocument → mentions → facts → Document.

The stages know nothing of Prefect or the command line; flows/ chains them.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import regex
from pydantic import TypeAdapter

from extractors._typing import BBox
from extractors.checks import check_consistency
from extractors.context import contextualize
from extractors.dates import find_date_mentions, find_reference_date
from extractors.exclusions import find_not_fact_spans
from extractors.figures import find_figure_mentions
from extractors.lexicon.documents import (
    ANNEX_LABELS,
    DOCUMENT_KIND_MARKERS,
    ISSUER_ENDS,
    ISSUER_NAMES,
    TITLE_SKIP_ENDINGS,
    TITLE_SKIP_MARKERS,
)
from extractors.lexicon.numbers import CURRENCY_WORDS, GROUP_WORDS
from extractors.mentions import Mention
from extractors.readers import read_path
from extractors.readers.base import SourceDocument, TableCellSpan
from extractors.resolve import resolve
from extractors.tables import label_date_mentions, text_tables, within_cells
from extractors.views import cells_to_view, mentions_to_original, spans_to_view, to_view
from schemas import Context, Document, DocumentMeta, Fact, TableCell, Warning

_TITLE_MAX = 160
_KIND_SCAN = 4000  # markers of a publication's kind sit in its first lines
_HAS_LETTERS = regex.compile(r"\p{L}{2}")  # a date line ("2025. 12. 17.") is no title
# A line wholly in one pair of parentheses (one level nested): a basis or a note, never a title.
_PARENTHESISED = regex.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)")
_BRACKETED = regex.compile(r"\[[^\[\]]*\]")  # [한스경제 홍길동]: a news byline, not the title
# A heading spread letter by letter (통 합 재 정 통 계): single Hangul syllables parted by spaces.
_ISSUER = rf"(?:{'|'.join(ISSUER_NAMES)}|\p{{Hangul}}+(?:{'|'.join(ISSUER_ENDS)}))"
_ISSUER_LINE = regex.compile(rf"{_ISSUER}(?:(?:\s*[·,]\s*|\s+){_ISSUER}){{0,2}}")  # 관세청, 한국은행 · 통계청
# A header line's date after the issuer and label: 관세청 보도자료 2025. 12. 3.(수)
_TRAILING_DATE = regex.compile(r"\s+(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s?(?:\(\p{Hangul}\))?$")
_LETTER_SPACED = regex.compile(r"\p{Hangul}(?:\x20\p{Hangul})+")
# A title line cut between a number's group word and its currency (… 141.5억⏎달러로 …).
_CUT_AMOUNT = regex.compile(r"\d\s?(?:" + "|".join(GROUP_WORDS) + r")$")
_CURRENCY_OPENS = regex.compile(
    "(?:" + "|".join(regex.escape(w) for w, _ in sorted(CURRENCY_WORDS, key=lambda c: -len(c[0]))) + ")"
)
# An attachment's label opening a line: (별 첨 1), [붙임 2].
_ANNEX = regex.compile(r"[(\[［]\s?(?:" + "|".join(ANNEX_LABELS) + r")\s?\d*\s?[)\]］]\s?")


def text_to_mentions(
    text: str,
    reference: date | None,
    ignored: Sequence[tuple[int, int]] = (),
    tables: Sequence[TableCellSpan] | None = None,
) -> list[Mention]:
    """Every figure and date of ``text``, non-overlapping, in text order.

    ``tables`` are the table cells a reader laid into ``text`` (None: the tables
    the text writes itself); a label cell naming a period is a date too.

    >>> [(m.kind, m.value, m.unit) for m in text_to_mentions("수출은 2642억9천만 달러로 12.4% 늘었다.", None)]
    [('amount', '264290000000', 'USD'), ('percent', '12.4', '%')]
    """
    cells = text_tables(text) if tables is None else tables
    view = to_view(text, cells)  # the grammar reads fullwidth digits and invisible characters as they render
    if not view.identical:
        ignored_in_view = spans_to_view(view, list(ignored))
        found = text_to_mentions(view.text, reference, ignored_in_view, cells_to_view(view, cells))
        return mentions_to_original(view, found)
    not_facts = find_not_fact_spans(text, viewed=True)
    found = find_figure_mentions(text, cells, viewed=True) + find_date_mentions(
        text, reference, not_facts=not_facts, viewed=True
    )
    # a label's period first: it wins a tie of spans; nothing runs from one cell into the next
    found = label_date_mentions(text, cells) + within_cells(found, cells)
    return resolve(found, [*not_facts, *ignored])


def _table_cell(cells: Sequence[TableCellSpan], starts: list[int], mention: Mention) -> TableCell | None:
    index = bisect.bisect_right(starts, mention.start) - 1
    if index < 0:
        return None
    cell = cells[index]
    if not cell.start <= mention.start < cell.end:
        return None
    return TableCell(caption=cell.caption, unit_text=cell.unit_text, row=cell.row, column=cell.column)


def _bbox(boxes: Sequence[BBox | None] | None, mention: Mention) -> BBox | None:
    if boxes is None:
        return None
    inside = [box for box in boxes[mention.start : mention.end] if box is not None]
    if not inside:
        return None
    return (
        min(box[0] for box in inside),
        min(box[1] for box in inside),
        max(box[2] for box in inside),
        max(box[3] for box in inside),
    )


_FACTS = TypeAdapter(list[Fact])


def mentions_to_facts(
    source: SourceDocument, mentions: Sequence[Mention], contexts: Sequence[Context]
) -> list[Fact]:
    """Validated facts with ids, pages, table cells and boxes.

    The records are validated as one list (every field and validator of each
    Fact, as ``Fact(...)`` would): one call into pydantic instead of one per fact.
    """
    cells = sorted(source.tables, key=lambda cell: cell.start)
    starts = [cell.start for cell in cells]
    text = source.text
    return _FACTS.validate_python(
        [
            {
                "id": f"f{number:04d}",
                "kind": mention.kind,
                "text": text[mention.start : mention.end],
                "span": mention.span,
                "page": source.page_of(mention.start),
                "value": mention.value,
                "unit": mention.unit,
                "context": context,
                "table": _table_cell(cells, starts, mention),
                "bbox": _bbox(source.char_boxes, mention),
            }
            for number, (mention, context) in enumerate(zip(mentions, contexts, strict=True), start=1)
        ]
    )


def uncertain_warnings(source: SourceDocument, facts: Sequence[Fact]) -> list[Warning]:
    """A warning for each fact that overlaps text the reader was unsure of (OCR),
    naming the fact and the least certain of those spans."""
    if not source.uncertain:
        return []
    spans = sorted(source.uncertain, key=lambda span: span.start)
    starts = [span.start for span in spans]
    warnings: list[Warning] = []
    for fact in facts:
        start, end = fact.span
        # Spans do not overlap: from the last one starting before the fact's end, back while they reach it.
        index = bisect.bisect_left(starts, end) - 1
        touching = []
        while index >= 0 and spans[index].end > start:
            touching.append(spans[index])
            index -= 1
        if not touching:
            continue
        worst = min(touching, key=lambda span: span.confidence)
        page = f" on page {fact.page}" if fact.page is not None else ""
        message = f"{fact.id} {fact.text!r}{page}: {worst.note}; check it against the page"
        warnings.append(Warning(code=worst.code, message=message, fact_ids=[fact.id]))
    return warnings


def document_kind(text: str) -> str:
    """The publication's kind from markers near its top.

    >>> document_kind("보도시점 2026. 5. 28.(목) 10:00")
    'press_release'
    >>> document_kind("그냥 문장")
    'other'
    """
    head = text[:_KIND_SCAN]
    for kind, markers in DOCUMENT_KIND_MARKERS:
        if any(marker in head for marker in markers):
            return kind
    return "other"


def document_title(text: str) -> str | None:
    """The first line with words that is not a release's header block (보도시점, 배포, a date).

    >>> document_title("보도자료\\n보도시점 2026. 5. 28.(목)\\n\\n수출 7천억불 돌파\\n본문")
    '수출 7천억불 돌파'

    A heading spread letter by letter reads as its word; a line wholly in
    parentheses (a basis, a note) is never the title:

    >>> document_title("통 합 재 정 통 계\\n(2025.6월 누계 기준/잠정)")
    '통합재정통계'
    >>> document_title("(2025.6월(누계) 기준/잠정)\\n\\n재정 동향")
    '재정 동향'
    >>> document_title("수 출 과 수입 동향"), document_title("(참고) 수출 동향")
    ('수 출 과 수입 동향', '(참고) 수출 동향')

    The issuer's name above a release, alone or before its label, is not the title:

    >>> document_title("기획재정부\\n보도자료\\n해외직접투자 동향")
    '해외직접투자 동향'
    >>> document_title("관세청 보도자료\\n수출입 현황")
    '수출입 현황'
    >>> document_title("관세청 보도자료 2025. 12. 3.(수)\\n수출 동향")
    '수출 동향'

    An attachment's label line is the title only when its own words are:

    >>> document_title("(별 첨 2) 《 홈페이지 게시용 》\\n재 정 수 지"), document_title("[붙임] 품목별 수출")
    ('재정수지', '[붙임] 품목별 수출')

    A title cut between a number's group word and its currency goes on to the next line:

    >>> document_title("1분기 투자는 141.5억\\n달러로 13.4% 감소\\n본문")
    '1분기 투자는 141.5억 달러로 13.4% 감소'
    """
    fallback = None
    lines = text.splitlines()
    for n, line in enumerate(lines):
        words = " ".join(line.split())
        following = " ".join(lines[n + 1].split()) if n + 1 < len(lines) else ""
        if _CUT_AMOUNT.search(words) and _CURRENCY_OPENS.match(following):
            words = f"{words} {following}"  # 141.5억⏎달러로 …: the title goes on
        if not words:
            continue
        if _LETTER_SPACED.fullmatch(words):
            words = words.replace(" ", "")
        fallback = fallback or words[:_TITLE_MAX]
        annex = _ANNEX.match(words)
        own = words[annex.end() :] if annex else words  # (별 첨 1) 《 공표 자료(안) 》: a note
        if own.startswith(TITLE_SKIP_MARKERS) or not _HAS_LETTERS.search(own):
            continue
        undated = _TRAILING_DATE.sub("", words)
        if undated.endswith(TITLE_SKIP_ENDINGS) or _ISSUER_LINE.fullmatch(undated):
            continue
        if _PARENTHESISED.fullmatch(words) or _BRACKETED.fullmatch(words):
            continue
        return words[:_TITLE_MAX]
    return fallback


def extract_source(source: SourceDocument, published: date | None = None) -> Document:
    """Run every stage over a read publication and validate the Document."""
    reference = published or find_reference_date(source.text)
    if source.format == "txt" and not source.tables:  # a text file's tables are its own rows
        source = replace(source, tables=text_tables(source.text))
    mentions = text_to_mentions(source.text, reference, source.ignored, source.tables)
    title = document_title(source.text)
    contexts = contextualize(source.text, mentions, reference, source.tables, title)
    facts = mentions_to_facts(source, mentions, contexts)
    checks = check_consistency(facts)
    warnings = [Warning(code=code, message=message) for code, message in source.warnings]
    warnings += uncertain_warnings(source, facts)
    warnings += [
        Warning(code=check.code, message=check.message, fact_ids=check.fact_ids)
        for check in checks
        if not check.passed
    ]
    meta = DocumentMeta(
        id=hashlib.sha256(source.raw).hexdigest(),
        source=source.source,
        title=title,
        published=reference.isoformat() if reference else None,
        kind=document_kind(source.text),  # type: ignore[arg-type]
        pages=source.page_count,
    )
    return Document(document=meta, text=source.text, facts=facts, warnings=warnings, checks=checks)


def extract_file(
    path: Path, published: date | None = None, max_bytes: int | None = None, *, ocr: bool = True
) -> Document:
    """Read and extract one publication file; raises SuchiError for bad input.

    ``max_bytes``: the size limit (None: ``$SUCHI_MAX_FILE_MB`` or its default; 0: none);
    scanned PDF pages are read by OCR unless ``ocr`` is False.
    """
    return extract_source(read_path(path, max_bytes, ocr=ocr), published)
