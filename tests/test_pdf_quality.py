"""Text quality per page: undecodable fonts, fake bold, pages without text."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from extractors.readers.base import SourceDocument
from extractors.readers.pdf import read_pdf
from extractors.readers.pdf_quality import is_bad_glyph, page_quality
from tests.conftest import corpus_files
from tests.pdf_fixtures import FONT, OTHER_FONT, after, lines_pdf, runs_pdf, without_tounicode

FIRST = "2024년 수출은 1억 5,600만 달러로 16.5% 증가했다."
SECOND = "2025년 수입은 2억 3,100만 달러로 3.5% 감소했다."
THIRD = "2026년 무역수지는 7,000만 달러 흑자로 전환했다."

# (glyph as pdfplumber reads it, undecodable?)
GLYPHS: list[tuple[str, bool]] = [
    ("가", False),
    ("A", False),
    ("7", False),
    ("%", False),
    ("■", False),
    ("對", False),
    ("¹", False),
    ("(cid:12)", True),
    ("\ue000", True),  # private use
    ("\ufffd", True),
    ("\x03", True),
    ("ا", True),  # a script Korean publications do not use
]


@pytest.mark.parametrize(("glyph", "bad"), GLYPHS, ids=[repr(glyph) for glyph, _ in GLYPHS])
def test_bad_glyph(glyph: str, bad: bool) -> None:
    assert is_bad_glyph(glyph) is bad


# (glyph texts of a page, undecodable?, empty?)
PAGES: list[tuple[str, list[str], bool, bool]] = [
    ("clean", list("수출 12.4% 증가"), False, False),
    ("cid_runs", ["(cid:1)", "(cid:2)", "1", "(cid:3)", " ", "5"], True, False),
    ("one_stray_glyph", [*"수출은 1억 달러로 증가했다", "\ufffd"], False, False),
    ("blank", [" ", "\n"], False, True),
]


@pytest.mark.parametrize(("name", "glyphs", "undecodable", "empty"), PAGES, ids=[row[0] for row in PAGES])
def test_page_verdict(name: str, glyphs: list[str], undecodable: bool, empty: bool) -> None:
    quality = page_quality(1, glyphs)
    assert (quality.undecodable, quality.empty) == (undecodable, empty)


@functools.cache
def _mixed() -> SourceDocument:
    raw = lines_pdf([[FIRST], [SECOND], [THIRD]], fonts=[FONT, OTHER_FONT, FONT])
    return read_pdf("mixed.pdf", without_tounicode(raw, OTHER_FONT))


def test_mixed_pages_warn_and_drop_the_bad_page() -> None:
    document = _mixed()
    assert document.warnings and document.warnings[0][0] == "undecodable_text"
    assert "page(s) 2" in document.warnings[0][1]
    first, second, third = document.pages
    assert document.text[first.start : first.end] == FIRST
    assert second.start == second.end  # nothing from the undecodable page
    assert document.text[third.start : third.end] == THIRD
    assert "2억" not in document.text and "3,100" not in document.text


def test_a_few_unmapped_glyphs_do_not_become_digits() -> None:
    """One word in a font without a Unicode map: its glyph codes read as (cid:n), never as figures."""
    runs = [(FIRST, 62, 100, 10), ("수출", after(FIRST) + 5, 100, 10)]
    raw = without_tounicode(runs_pdf(runs, fonts=[FONT, OTHER_FONT]), OTHER_FONT)
    document = read_pdf("a_few.pdf", raw)
    assert document.text.startswith(FIRST)
    assert "(cid:" not in document.text
    assert document.text.endswith("\ufffd\ufffd")
    assert document.warnings == []


def test_fake_bold_is_read_once() -> None:
    document = read_pdf("bold.pdf", lines_pdf([[FIRST]], fake_bold=True))
    assert document.text == FIRST
    assert "22002244" not in document.text


def test_scanned_page_among_text_pages_is_reported() -> None:
    document = read_pdf("partly_scanned.pdf", lines_pdf([[FIRST], [], [THIRD]], footer=False))
    assert ("no_text", "page(s) 2 have no text layer (scanned?); left out") in document.warnings
    assert [page.number for page in document.pages] == [1, 2, 3]


@pytest.mark.parametrize("pdf", corpus_files("pdf"), ids=lambda pdf: pdf.stem[:3])
def test_corpus_pages_are_all_decodable(pdf: Path) -> None:
    document = read_pdf(str(pdf), pdf.read_bytes())
    assert document.warnings == []
