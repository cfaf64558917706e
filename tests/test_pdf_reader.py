"""The PDF reader: text in reading order, joined lines, page spans, boxes, corpus twins."""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import regex

from extractors import extract_source
from extractors.readers.base import SourceDocument
from extractors.readers.pdf import read_pdf
from extractors.readers.text import read_text
from schemas import Document
from tests.conftest import corpus_files
from tests.pdf_fixtures import (
    TURNED_PAGES,
    TWINS,
    after,
    lines_pdf,
    paragraph_pdf,
    runs_pdf,
    two_column_pdf,
)

LONG = "2024년 대한민국의 ICT 서비스 수출은 사상 최대치를 기록했으며 멕시코와의 무역수지는 1억 5,600만"
PARAGRAPH = (
    "2024년 대한민국의 ICT 서비스 수출은 약 111.5억 달러로 사상 최대치를 기록했으며, 이는 전년 대비 "
    "16.5% 증가한 수치다. 반면, 같은 해 수입은 약 89.2억 달러로 6.3% 상승에 그쳤고, 무역수지는 약 "
    "22.3억 달러 흑자를 기록하며 역대 최대 실적을 달성했다."
)


@functools.cache
def _read(name: str) -> SourceDocument:
    return read_pdf(f"{name}.pdf", BUILDERS[name]())


BUILDERS: dict[str, Callable[[], bytes]] = {
    "wrapped_amount": lambda: lines_pdf(
        [[LONG, "달러 흑자에서 91억 달러 적자로 전환", "", "새 문단 3.2% 증가"]]
    ),
    "bullets": lambda: lines_pdf([[LONG + " 달러", "- 수출 12.4% 증가", "※ 수입 3.1% 감소"]]),
    "reportlab_paragraph": lambda: paragraph_pdf([PARAGRAPH, "둘째 문단은 짧다."]),
    "two_pages": lambda: lines_pdf([["첫 쪽 수출 1억 달러"], ["둘째 쪽 수입 2억 달러"]]),
    "running_header": lambda: lines_pdf(
        [["첫 쪽 본문"], ["둘째 쪽 본문"], ["셋째 쪽 본문"]], header="산업기술정책 브리프 2026-04"
    ),
    # a footnote mark: a small "1" raised after 111.5
    "footnote_mark": lambda: runs_pdf(
        [
            ("수출은 111.5", 62, 100, 10),
            ("1", after("수출은 111.5"), 96, 6),
            ("억 달러로 증가했다.", after("수출은 111.5") + 4, 100, 10),
        ]
    ),
    # an unruled table row: label and figures far apart
    "wide_gaps": lambda: runs_pdf([("수출", 62, 100, 10), ("111.5", 250, 100, 10), ("16.5%", 400, 100, 10)]),
    # a dozen unruled rows: not two text columns
    "unruled_table": lambda: runs_pdf(
        [
            run
            for i in range(1, 13)
            for run in (
                (f"항목 {i}", 62, 100 + 15 * i, 10),
                (f"{i}.5", 300, 100 + 15 * i, 10),
                (f"{i}%", 450, 100 + 15 * i, 10),
            )
        ]
    ),
    "sentence_over_page": lambda: lines_pdf([["본문", LONG], ["달러 흑자를 기록했다."]]),
    **{f"twin_{name}": build for name, (build, _) in TWINS.items()},
}

# (fixture, text that must appear in the document text)
CONTAINS: list[tuple[str, str]] = [
    ("wrapped_amount", "1억 5,600만 달러 흑자에서"),
    ("wrapped_amount", "적자로 전환\n\n새 문단 3.2% 증가"),
    ("bullets", "달러\n- 수출 12.4% 증가\n※ 수입 3.1% 감소"),
    ("reportlab_paragraph", PARAGRAPH),
    ("reportlab_paragraph", "달성했다.\n\n둘째 문단은 짧다."),
    ("two_pages", "첫 쪽 수출 1억 달러\n\n둘째 쪽 수입 2억 달러"),
    ("sentence_over_page", "1억 5,600만 달러 흑자를"),
    ("footnote_mark", "수출은 111.5¹억 달러로"),
    ("wide_gaps", "수출\t111.5\t16.5%"),
    ("unruled_table", "항목 1\t1.5\t1%\n항목 2\t2.5\t2%\n항목 3\t3.5\t3%"),
]

# (fixture, text that must not appear: footers, running headers, lines run together)
NOT_CONTAINED: list[tuple[str, str]] = [
    ("wrapped_amount", "- 1 -"),
    ("two_pages", "- 2 -"),
    ("running_header", "브리프"),
    ("bullets", "달러 - 수출"),
    ("wrapped_amount", "전환 새 문단"),
    ("footnote_mark", "111.51"),
]


@pytest.mark.parametrize(("fixture", "expected"), CONTAINS, ids=[f"{f}:{e[:20]}" for f, e in CONTAINS])
def test_text_contains(fixture: str, expected: str) -> None:
    assert expected in _read(fixture).text


@pytest.mark.parametrize(("fixture", "absent"), NOT_CONTAINED, ids=[f"{f}:{a}" for f, a in NOT_CONTAINED])
def test_text_leaves_out(fixture: str, absent: str) -> None:
    assert absent not in _read(fixture).text


@pytest.mark.parametrize("fixture", sorted(BUILDERS))
def test_pages_cover_text_and_boxes_match(fixture: str) -> None:
    document = _read(fixture)
    assert document.format == "pdf"
    assert [page.number for page in document.pages] == list(range(1, len(document.pages) + 1))
    assert document.pages[0].start == 0 and document.pages[-1].end == len(document.text)
    for before, following in zip(document.pages, document.pages[1:], strict=False):
        assert before.end <= following.start
        assert document.text[before.end : following.start].isspace()
    assert document.char_boxes is not None and len(document.char_boxes) == len(document.text)
    for character, box in zip(document.text, document.char_boxes, strict=True):
        if not character.isspace():
            assert box is not None, f"{character!r} has no box"
            assert 0 <= box[0] <= box[2] and 0 <= box[1] <= box[3]
    assert unicodedata.is_normalized("NFC", document.text)


def test_page_spans_hold_their_page() -> None:
    document = _read("two_pages")
    first, second = document.pages
    assert document.text[first.start : first.end] == "첫 쪽 수출 1억 달러"
    assert document.text[second.start : second.end] == "둘째 쪽 수입 2억 달러"
    assert document.page_of(document.text.index("2억")) == 2


def test_sentence_over_page_keeps_both_page_spans() -> None:
    document = _read("sentence_over_page")
    first, second = document.pages
    assert document.text[first.end : second.start] == " "
    assert document.text[second.start :].startswith("달러")


def test_figure_boxes_lie_on_their_line() -> None:
    document = _read("wrapped_amount")
    start = document.text.index("5,600만")
    boxes = document.char_boxes[start : start + len("5,600만")] if document.char_boxes else []
    assert boxes and all(box is not None for box in boxes)
    tops = {round(box[1]) for box in boxes if box is not None}
    assert len(tops) == 1


COLUMN_PARAGRAPHS = [
    f"{i}번째 문단: 2024년 수출은 {i}억 5,600만 달러로 전년 대비 {i}.5% 증가했으며, 수입은 {i + 1}억 "
    f"달러로 {i}.2% 감소하여 무역수지는 흑자를 기록했다. 정부는 지원을 확대할 계획이다."
    for i in range(1, 15)
]


def test_two_columns_read_left_then_right() -> None:
    document = read_pdf("two.pdf", two_column_pdf("두 단 편집 보고서", COLUMN_PARAGRAPHS))
    assert document.text == "\n\n".join(["두 단 편집 보고서", *COLUMN_PARAGRAPHS])


# --- the corpus: the PDF text must hold the txt twin's characters in the same order --------------

PDFS = corpus_files("pdf")


def _twin(pdf: Path) -> Path:
    return pdf.parent.parent / "txt" / f"{pdf.stem}.txt"


@pytest.mark.parametrize("pdf", PDFS, ids=[pdf.stem[:3] for pdf in PDFS])
def test_corpus_text_matches_txt_twin(pdf: Path) -> None:
    twin = _twin(pdf)
    if not twin.is_file():
        pytest.skip(f"no txt twin for {pdf.name}")
    document = read_pdf(str(pdf), pdf.read_bytes())
    ours = regex.sub(r"\s+", "", document.text)
    theirs = regex.sub(r"\s+", "", unicodedata.normalize("NFC", twin.read_text(encoding="utf-8")))
    # A glyph the PDF's font lacks is drawn as .notdef and read as U+FFFD: it may stand for anything.
    pattern = "".join("." if character == "\ufffd" else regex.escape(character) for character in ours)
    assert regex.fullmatch(pattern, theirs, flags=regex.DOTALL), "PDF text differs from its txt twin"
    assert ours.count("\ufffd") <= 0.001 * len(ours)
    assert not document.warnings


# --- layouts the corpus lacks: the PDF must give the same figures as the same content as text ---------


@functools.cache
def _twin_documents(name: str) -> tuple[Document, Document]:
    build, text = TWINS[name]
    return (
        extract_source(read_pdf(f"{name}.pdf", build())),
        extract_source(read_text(f"{name}.txt", text.encode())),
    )


def _figures(document: Document) -> Counter[tuple[str, str, str | None]]:
    return Counter((fact.kind, fact.value, fact.unit) for fact in document.facts)


@pytest.mark.parametrize("name", sorted(TWINS))
def test_pdf_facts_equal_text_twin(name: str) -> None:
    from_pdf, from_text = _twin_documents(name)
    assert _figures(from_text), "the twin must hold figures, or the test says nothing"
    assert _figures(from_pdf) == _figures(from_text)


# (fixture, text the PDF reader must write): joins across page breaks, bullets, marks, turned pages
TWIN_TEXT: list[tuple[str, str]] = [
    ("broken_figure", "누적 수출은 1,234 억 달러를 기록하여"),
    ("hanging_bullets", "6,837억 달러를 기록하며"),
    ("hanging_bullets", "달성\n○ 특히"),
    ("hanging_bullets", "이어감\n※ 무역수지는"),
    ("hanging_bullets", "기여\n* 수출입"),
    ("hanging_bullets", "-2.4%p"),
    ("footnoted_cells", "12.4¹)"),
    ("turned_pages", "※ 무역수지는 518억 달러 흑자"),
    ("merged_header", "품목\t수출"),
    ("unruled_table", "베트남\t\t310\t\n합계"),
]
# (fixture, text that must not appear)
TWIN_NOT_TEXT: list[tuple[str, str]] = [
    ("broken_figure", "브리프"),
    ("broken_figure", "- 1 -"),
    ("broken_figure", "1,234\n"),
    ("footnoted_cells", "12.41"),
    ("footnoted_cells", "2.12"),
]


@pytest.mark.parametrize(("name", "expected"), TWIN_TEXT, ids=[f"{n}:{e[:12]}" for n, e in TWIN_TEXT])
def test_twin_pdf_text_holds(name: str, expected: str) -> None:
    assert expected in _twin_documents(name)[0].text


@pytest.mark.parametrize(("name", "absent"), TWIN_NOT_TEXT, ids=[f"{n}:{a}" for n, a in TWIN_NOT_TEXT])
def test_twin_pdf_text_leaves_out(name: str, absent: str) -> None:
    assert absent not in _twin_documents(name)[0].text


def test_turned_page_reads_upright() -> None:
    document = read_pdf("turned.pdf", TWINS["turned_pages"][0]())
    assert [page.number for page in document.pages] == [1, 2, 3]
    for page, lines in zip(document.pages, TURNED_PAGES, strict=True):
        assert document.text[page.start : page.end] == "\n\n".join(lines)
