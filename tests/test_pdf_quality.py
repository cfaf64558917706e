"""Text quality per page: undecodable fonts, fake bold, pages without text."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import regex

from extractors.errors import SuchiError
from extractors.pipeline import extract_source
from extractors.readers.base import SourceDocument
from extractors.readers.pdf import read_pdf
from extractors.readers.pdf_quality import is_bad_glyph, page_list, page_quality
from tests.conftest import corpus_files
from tests.pdf_fixtures import (
    FONT,
    OTHER_FONT,
    after,
    lines_pdf,
    runs_pdf,
    with_metadata,
    without_tounicode,
)

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


# -- a Korean PDF whose text layer lost its Hangul (exported without a Korean font) ------------------

KO_A = "2025년 반도체 수출은 1,234억 달러로 전년 대비 12.5% 늘었다."
KO_B = "같은 기간 수입은 987억 달러로 3.2% 줄어 무역수지는 247억 달러 흑자였다."
KO_ACRONYMS = "2025년 ICT 수출은 2,345억 달러(USD)로 7.1% 늘어 GDP 대비 비중은 11.2%였다."
EN_A = "Exports of semiconductors rose 12.5% to USD 123.4 billion in 2025."
EN_B = "Imports fell 3.2% to USD 98.7 billion, leaving a surplus of USD 24.7 billion."


def lost(line: str) -> str:
    """A line as a PDF exported without a Korean font shows it: the Hangul gone, the rest in place."""
    return regex.sub(r"\p{Hangul}", "", line)


def build(pages: list[list[str]], metadata: dict[str, str] | None) -> bytes:
    raw = lines_pdf(pages)
    return raw if metadata is None else with_metadata(raw, **metadata)


# (what, pages, metadata, file name, error code or None, pages warned about)
NO_HANGUL: list[tuple[str, list[list[str]], dict[str, str] | None, str, str | None, list[int]]] = [
    ("every page lost its Hangul", [[lost(KO_A), lost(KO_B)], [lost(KO_B)]], None, "a.pdf",
     "no_hangul_text", []),
    ("one page of three lost its Hangul", [[KO_A], [lost(KO_B)], [KO_A]], None, "a.pdf", None, [2]),
    ("a page of bare figures in a Korean publication", [[KO_A], ["1,234 987 247", "12.5 3.2 7.1 11.2"]],
     None, "a.pdf", None, [2]),
    ("acronyms left, Hangul on another page", [[KO_A], [lost(KO_ACRONYMS)]], None, "a.pdf", None, [2]),
    ("acronyms left, a Korean title", [[lost(KO_ACRONYMS)]], {"Title": "수출입 동향"}, "a.pdf",
     "no_hangul_text", []),
    ("acronyms left, made by a Korean word processor", [[lost(KO_ACRONYMS)]],
     {"Creator": "Hwp 2022 12.0.0.4426", "Producer": "Hancom PDF 1.3.0.550"}, "a.pdf", "no_hangul_text", []),
    ("acronyms left, a Korean file name", [[lost(KO_ACRONYMS)]], None, "수출입동향.pdf",
     "no_hangul_text", []),
    ("acronyms left, nothing says Korean", [[lost(KO_ACRONYMS)]], {"Title": "Trade"}, "a.pdf", None, []),
    ("an English publication", [[EN_A, EN_B], [EN_B]], {"Title": "Trade report"}, "a.pdf", None, []),
    ("an English page in a Korean publication", [[KO_A], [EN_A, EN_B]], None, "a.pdf", None, []),
    ("a short page without Hangul", [[KO_A, KO_B], ["2025"]], None, "a.pdf", None, []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("pages", "metadata", "name", "code", "warned"), [r[1:] for r in NO_HANGUL], ids=[r[0] for r in NO_HANGUL]
)
def test_pages_that_lost_their_hangul(
    pages: list[list[str]], metadata: dict[str, str] | None, name: str, code: str | None, warned: list[int]
) -> None:
    raw = build(pages, metadata)
    if code is not None:
        with pytest.raises(SuchiError, match="no Hangul") as caught:
            read_pdf(name, raw)
        assert caught.value.code == code
        return
    document = read_pdf(name, raw)
    expected = [f"page(s) {page_list(warned)}: figures but no Hangul words"] if warned else []
    assert [
        message[: len(expected[0])] for code, message in document.warnings if code == "no_hangul_text"
    ] == (expected)
    assert [w for w in document.warnings if w[0] != "no_hangul_text"] == []
    for page in document.pages:  # the pages warned about give no text, so no figures
        assert (page.start == page.end) == (page.number in warned)


def test_lost_hangul_page_gives_no_figures() -> None:
    """Before issue 13 such a page gave its dates and bare numbers as facts, without a warning."""
    document = extract_source(read_pdf("a.pdf", lines_pdf([[KO_A], [lost(KO_B), "2024. 3. 5.( ) 17:00"]])))
    assert {fact.page for fact in document.facts} == {1}
    assert [w.code for w in document.warnings] == ["no_hangul_text"]


# (what, glyphs, (hangul, capitals, word letters, digits))
SCRIPTS = [
    ("Korean", list("수출 12.4%"), (2, 0, 0, 3)),
    ("English", list("USD 1.5 bn"), (0, 3, 2, 2)),
    ("Chinese characters are word letters", list("對中 5"), (0, 0, 2, 1)),
    ("undecodable glyphs count for no script", ["(cid:1)", "가", "1"], (1, 0, 0, 1)),
]


@pytest.mark.parametrize(("glyphs", "counts"), [s[1:] for s in SCRIPTS], ids=[s[0] for s in SCRIPTS])
def test_page_scripts(glyphs: list[str], counts: tuple[int, int, int, int]) -> None:
    quality = page_quality(1, glyphs)
    assert (quality.hangul, quality.capitals, quality.words, quality.digits) == counts


def test_real_release_exported_without_a_korean_font(corpus_dir: Path) -> None:
    """A real release whose PDF lost its Hangul gave two dates and no warning before issue 13."""
    path = corpus_dir / "real" / "files" / "f13_mafra_petfood_export_2024_03_nohangul.pdf"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    with pytest.raises(SuchiError, match="no Hangul words") as caught:
        read_pdf(str(path), path.read_bytes())
    assert caught.value.code == "no_hangul_text"
