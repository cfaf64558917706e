"""Real HWPX and HWP releases (../shared/corpus/real/files): every one reads, with its
tables as table facts, and one release published as HWPX, HWP and PDF gives the
same figures in all three."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from extractors.exclusions import find_not_fact_spans
from extractors.readers.pdf_tables import is_numeric_cell
from schemas import Document
from tests.conftest import CORPUS, corpus_document, corpus_source

FILES = CORPUS / "real" / "files"
REAL = sorted(path for path in FILES.glob("*.hwp*")) if FILES.is_dir() else []
# One release in three formats (SOURCES.md: f01, f02, f03).
SAME_RELEASE = {"hwpx": "f01_", "hwp": "f02_", "pdf": "f03_"}

needs_files = pytest.mark.skipif(not REAL, reason=f"the real files are not beside this clone ({FILES})")


def release(file_format: str) -> Path:
    return next(FILES.glob(f"{SAME_RELEASE[file_format]}*"))


def figures(document: Document) -> Counter[tuple[str, str, str | None]]:
    return Counter((fact.kind, fact.value, fact.unit) for fact in document.facts)


def f1(a: Counter[tuple[str, str, str | None]], b: Counter[tuple[str, str, str | None]]) -> float:
    common = (a & b).total()
    return 2 * common / (a.total() + b.total()) if a or b else 1.0


@needs_files
@pytest.mark.parametrize("path", REAL, ids=[path.name[:3] for path in REAL])
def test_real_file_reads_with_its_tables(path: Path) -> None:
    source = corpus_source(path)
    document = corpus_document(path)
    assert source.format == path.suffix[1:] and source.tables
    cells = [(span.start, span.end) for span in source.tables]
    in_cells = [f for f in document.facts if any(s <= f.span[0] < e for s, e in cells)]
    assert all(fact.table is not None for fact in in_cells)
    assert document.facts and not document.text.startswith((" ", "\n"))


@needs_files
def test_hwpx_and_hwp_of_one_release_read_the_same() -> None:
    hwpx, hwp = corpus_document(release("hwpx")), corpus_document(release("hwp"))
    assert hwpx.text == hwp.text
    assert f1(figures(hwpx), figures(hwp)) == 1.0
    assert sum(fact.table is not None for fact in hwpx.facts) > 0


@needs_files
@pytest.mark.parametrize("file_format", ["hwpx", "hwp"])
def test_pdf_of_the_release_gives_the_same_figures(file_format: str) -> None:
    pdf, other = corpus_document(release("pdf")), corpus_document(release(file_format))
    assert f1(figures(pdf), figures(other)) >= 0.97


def first_pages_end(text: str, pdf_text: str, page_start: int) -> int:
    """Where the PDF's third page begins in another format's text: the first words of that page."""
    words = pdf_text[page_start:].split("\n", 1)[0].strip()[:20]
    return text.index(words)


@needs_files
@pytest.mark.parametrize("file_format", ["hwpx", "hwp", "pdf"])
def test_first_two_pages_table_cells_are_table_facts(file_format: str) -> None:
    pdf_source = corpus_source(release("pdf"))
    source, document = corpus_source(release(file_format)), corpus_document(release(file_format))
    end = first_pages_end(source.text, pdf_source.text, pdf_source.pages[2].start)
    not_facts = find_not_fact_spans(source.text)  # a contact table's phone numbers are no figures
    numeric = [
        span
        for span in source.tables
        if span.end <= end
        and is_numeric_cell(source.text[span.start : span.end])
        and not any(s <= span.start + 1 and span.end - 1 <= e for s, e in not_facts)
    ]
    assert numeric
    for span in numeric:
        facts = [fact for fact in document.facts if span.start <= fact.span[0] < span.end]
        assert facts, source.text[span.start : span.end]
        assert all(f.table and f.table.row and f.table.column and f.context.period for f in facts)
