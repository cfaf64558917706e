"""The review page in a real (headless) browser: its script runs and highlights every fact.

Needs Debian's ``chromium`` package (CI installs it); skips with a reason
without it, or without the shared corpus for the PDF case.  Screenshots go
to tests/artifacts/ (gitignored) for a person to look at.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from flows.review import write_review
from schemas.models import Document
from tests.test_review import ALL_KINDS, MARKUP, PAGED

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CORPUS_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HANG_GUARD_SECONDS = 120  # not a speed check: only stops a wedged browser from hanging the suite

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
)


def chromium(url: str, profile: Path, *extra: str) -> str:
    """Run headless Chromium on ``url`` with no network side traffic; return stdout."""
    assert CHROMIUM is not None
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", f"--user-data-dir={profile}", *extra, url,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=HANG_GUARD_SECONDS, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class RenderedDom(HTMLParser):
    """The DOM after the page's script ran: its count attribute, marks and details panel text."""

    def __init__(self, dom: str) -> None:
        super().__init__(convert_charrefs=True)
        self.highlighted: str | None = None
        self.marks = 0
        self.details: list[str] = []
        self._in_details = False
        self.feed(dom)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "body":
            self.highlighted = a.get("data-highlighted")
        if tag == "mark" and "fact" in (a.get("class") or "").split():
            self.marks += 1
        if tag == "aside" and a.get("id") == "details":
            self._in_details = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "aside":
            self._in_details = False

    def handle_data(self, data: str) -> None:
        if self._in_details:
            self.details.append(data)


def dump(doc: Document, tmp_path: Path, fragment: str = "") -> RenderedDom:
    page = write_review(doc, tmp_path / "processed")
    return RenderedDom(chromium(page.as_uri() + fragment, tmp_path / "profile", "--dump-dom"))


def screenshot(doc: Document, tmp_path: Path, name: str, page_starts: list[int] | None = None) -> Path:
    page = write_review(doc, tmp_path / "processed", page_starts)
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / name
    png.unlink(missing_ok=True)
    chromium(page.as_uri(), tmp_path / "profile", f"--screenshot={png}", "--window-size=1280,2000")
    return png


def assert_png(png: Path) -> None:
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a blank 1280x2000 page compresses to a few kB


HAND_BUILT = [("one fact per kind", ALL_KINDS), ("pages and a table cell", PAGED), ("markup", MARKUP)]


@needs_chromium
@pytest.mark.parametrize("doc", [d for _, d in HAND_BUILT], ids=[n for n, _ in HAND_BUILT])
def test_script_counts_every_fact(doc: Document, tmp_path: Path) -> None:
    rendered = dump(doc, tmp_path)
    assert rendered.highlighted == str(len(doc.facts))  # written by the page's script, absent without it
    assert rendered.marks == len(doc.facts)


@needs_chromium
def test_fragment_opens_the_facts_details(tmp_path: Path) -> None:
    fact = ALL_KINDS.facts[1]
    details = "".join(dump(ALL_KINDS, tmp_path, f"#{fact.id}").details)
    assert fact.value in details
    assert fact.unit is not None
    assert fact.unit in details
    assert "export" in details


@needs_chromium
def test_hand_built_screenshot(tmp_path: Path) -> None:
    png = screenshot(PAGED, tmp_path, "review_sample.png")
    assert_png(png)


@pytest.fixture(scope="module")
def corpus_pdf() -> Path:
    found = sorted(CORPUS_PDF.glob("001_*.pdf"))
    if not found:
        pytest.skip(f"shared corpus PDF 001_*.pdf not found under {CORPUS_PDF}")
    pytest.importorskip("extractors.pipeline", reason="the extraction pipeline is not importable yet")
    return found[0]


@needs_chromium
def test_corpus_pdf_review(corpus_pdf: Path, tmp_path: Path) -> None:
    from flows.cli_review import extract_publication

    doc, page_starts = extract_publication(corpus_pdf, None)
    assert doc.facts, "the corpus PDF should yield facts"
    page = write_review(doc, tmp_path / "processed", page_starts)
    rendered = RenderedDom(chromium(page.as_uri(), tmp_path / "profile", "--dump-dom"))
    assert rendered.highlighted == str(len(doc.facts))
    assert rendered.marks == len(doc.facts)
    assert_png(screenshot(doc, tmp_path, "review.png", page_starts))
