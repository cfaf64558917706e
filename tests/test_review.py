"""The review page: every fact highlighted in place, text intact, everything escaped."""

from __future__ import annotations

import hashlib
import os
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from flows.cli_review import register
from flows.review import non_overlapping, page_breaks, readable_number, render_review, write_review
from schemas.models import Check, Context, Document, DocumentMeta, Fact, TableCell, Warning

# (surface, kind, value, unit, extra Fact fields); surfaces are found in order in the text.
Figure = tuple[str, str, str, str | None, dict[str, Any]]


def make_doc(
    text: str,
    figures: list[Figure],
    *,
    source: str = "raw/sample.txt",
    pages: int | None = None,
    warnings: list[Warning] | None = None,
    checks: list[Check] | None = None,
) -> Document:
    """A valid Document whose facts are the given surfaces, located in ``text`` in order."""
    facts, position = [], 0
    for number, (surface, kind, value, unit, extra) in enumerate(figures, start=1):
        start = text.index(surface, position)
        position = start + len(surface)
        facts.append(
            Fact(id=f"f{number:04d}", kind=kind, text=surface, span=(start, position), value=value,  # type: ignore[arg-type]
                 unit=unit, **extra)
        )  # fmt: skip
    meta = DocumentMeta(
        id=hashlib.sha256(text.encode()).hexdigest(), source=source, title="수출입 동향",
        published="2026-01-01", kind="press_release", pages=pages,
    )  # fmt: skip
    return Document(document=meta, text=text, facts=facts, warnings=warnings or [], checks=checks or [])


ALL_KINDS = make_doc(
    "2025년 12월 수출은 695억 달러로 전년 대비 +13.4% 증가했다.\n"
    "반도체 점유율은 1.5%p 올랐고 수출은 2.1배 늘었다.",
    [
        ("2025년 12월", "date", "2025-12", None, {}),
        ("695억 달러", "amount", "69500000000", "USD",
         {"context": Context(metric="export", period="2025-12", change="increase")}),
        ("+13.4%", "percent", "13.4", "%", {"context": Context(change="increase")}),
        ("1.5%p", "percent_point", "1.5", "%p", {"context": Context(subject="반도체")}),
        ("2.1배", "multiple", "2.1", "x", {}),
    ],
)  # fmt: skip

PAGED = make_doc(
    "1쪽 제목\n수출 100억 달러\n\f2쪽\n수입 50억 달러와\n비중 3%\n3쪽 끝 2026년",
    [
        ("100억 달러", "amount", "10000000000", "USD", {"page": 1}),
        ("50억 달러", "amount", "5000000000", "USD", {"page": 2, "context": Context(metric="import")}),
        ("3%", "percent", "3", "%", {"page": 2,
         "table": TableCell(caption="표 1", unit_text="(단위: %)", row="비중", column="2025")}),
        ("2026년", "date", "2026", None, {"page": 3}),
    ],
    source="raw/sample.pdf",
    pages=3,
)  # fmt: skip

MARKUP = make_doc(
    '<script>alert("x")</script> & <b>수출</b> 10억 달러 "따옴표" 끝',
    [("10억 달러", "amount", "1000000000", "USD",
      {"context": Context(subject='<img src=x onerror="alert(1)">', partner="A&B")})],
    warnings=[Warning(code="sum_mismatch", message="<합계> 불일치", fact_ids=["f0001", "f9999"])],
    checks=[
        Check(code="total_ok", passed=True, message="합계 일치", fact_ids=["f0001"]),
        Check(code="share_bad", passed=False, message="비중 합 101%", fact_ids=["f0001"]),
    ],
)  # fmt: skip

EDGES = make_doc("10%", [("10%", "percent", "10", "%", {})])

NO_FACTS = make_doc("숫자가 없는 문서입니다.", [])

DOCUMENTS = [
    ("one fact per kind", ALL_KINDS),
    ("pdf with pages and a table cell", PAGED),
    ("markup in text, context and warnings", MARKUP),
    ("a fact is the whole text", EDGES),
    ("no facts", NO_FACTS),
]
DOC_IDS = [name for name, _ in DOCUMENTS]


class ReviewPage(HTMLParser):
    """What a reader of the page sees: the text, the marks and where they start, links, rows."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.marks: list[dict[str, Any]] = []
        self.markers: list[tuple[int, int]] = []  # (offset in text, page)
        self.rows: list[str] = []
        self.links: list[str] = []
        self.scripts = 0
        self.external: list[str] = []
        self._in_text = self._in_marker = False
        self._mark: dict[str, Any] | None = None
        self.feed(page)
        self.close()

    @property
    def plain(self) -> str:
        return "".join(self.text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "div" and a.get("id") == "doc-text":
            self._in_text = True
        elif self._in_text and tag == "mark":
            self._mark = {
                "class": a.get("class"),
                "id": a.get("data-fact-id"),
                "start": len(self.plain),
                "text": "",
            }
        elif self._in_text and tag == "span" and "page-marker" in a.get("class", ""):
            self._in_marker = True
            self.markers.append((len(self.plain), int(a["data-page"])))
        if tag == "tr" and "data-fact-id" in a:
            self.rows.append(a["data-fact-id"])
        if tag == "a":
            self.links.append(a.get("href", ""))
        if tag == "script":
            self.scripts += 1
        self.external += [v for k, v in a.items() if k in {"src", "href"} and not v.startswith("#")]

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":
            self._in_text = False
        elif tag == "mark" and self._mark is not None:
            self.marks.append(self._mark)
            self._mark = None
        elif tag == "span":
            self._in_marker = False

    def handle_data(self, data: str) -> None:
        if self._in_text and not self._in_marker:
            self.text.append(data)
            if self._mark is not None:
                self._mark["text"] += data


@pytest.mark.parametrize("doc", [d for _, d in DOCUMENTS], ids=DOC_IDS)
def test_text_reads_back_exactly(doc: Document) -> None:
    assert ReviewPage(render_review(doc)).plain == doc.text


@pytest.mark.parametrize("doc", [d for _, d in DOCUMENTS], ids=DOC_IDS)
def test_every_fact_is_highlighted_once_at_its_span(doc: Document) -> None:
    marks = ReviewPage(render_review(doc)).marks
    seen = [(m["id"], m["class"], m["start"], m["text"]) for m in marks]
    expected = [(f.id, f"fact fact-{f.kind}", f.span[0], f.text) for f in doc.facts]
    assert seen == expected


@pytest.mark.parametrize("doc", [d for _, d in DOCUMENTS], ids=DOC_IDS)
def test_table_lists_every_fact(doc: Document) -> None:
    assert ReviewPage(render_review(doc)).rows == [f.id for f in doc.facts]


@pytest.mark.parametrize("doc", [d for _, d in DOCUMENTS], ids=DOC_IDS)
def test_page_is_self_contained_and_escaped(doc: Document) -> None:
    page = ReviewPage(render_review(doc))
    assert page.external == []  # no network: every link is an in-page anchor
    assert page.scripts == 2  # the facts' JSON and the page's own script; no text became a script


# Substrings that must (or must not) appear in the rendered HTML.
MARKUP_PRESENT = [
    ("escaped script in text", "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"),
    ("escaped ampersand", "&amp; &lt;b&gt;"),
    ("warning links its fact", '<a href="#f0001" data-fact-id="f0001">f0001</a>'),
    ("unknown fact id is not a link", "f9999?"),
    ("failed check shown", '<li class="check check-failed">'),
    ("escaped context in tooltip", "subject: &lt;img src=x onerror=&quot;alert(1)&quot;&gt;"),
    ("JSON cannot close the script", "\\u003cimg src=x"),
]
MARKUP_ABSENT = [
    ("raw script from text", '<script>alert("x")'),
    ("raw img from context", "<img src=x"),
    ("raw bold from text", "<b>수출</b>"),
]


@pytest.mark.parametrize(("snippet"), [s for _, s in MARKUP_PRESENT], ids=[n for n, _ in MARKUP_PRESENT])
def test_markup_document_shows(snippet: str) -> None:
    assert snippet in render_review(MARKUP)


@pytest.mark.parametrize(("snippet"), [s for _, s in MARKUP_ABSENT], ids=[n for n, _ in MARKUP_ABSENT])
def test_markup_document_never_contains(snippet: str) -> None:
    assert snippet not in render_review(MARKUP)


def test_failed_checks_come_before_passed() -> None:
    page = render_review(MARKUP)
    assert page.index('<li class="check check-failed">') < page.index('<li class="check check-passed">')


PAGE_BREAKS = [
    (
        "inferred: form feed, then line starts",
        PAGED,
        None,
        [(0, 1), (PAGED.text.index("2쪽"), 2), (PAGED.text.index("3쪽"), 3)],
    ),
    ("explicit page starts", PAGED, [0, 21, 40], [(0, 1), (21, 2), (40, 3)]),
    ("plain text has no pages", ALL_KINDS, None, []),
    ("no facts, no inferred pages", NO_FACTS, None, []),
]


@pytest.mark.parametrize(
    ("doc", "starts", "expected"), [row[1:] for row in PAGE_BREAKS], ids=[row[0] for row in PAGE_BREAKS]
)
def test_page_breaks(doc: Document, starts: list[int] | None, expected: list[tuple[int, int]]) -> None:
    assert page_breaks(doc, starts) == expected
    assert ReviewPage(render_review(doc, starts)).markers == expected


def test_inferred_breaks_fall_between_pages() -> None:
    # Each marker precedes the first fact of its page and follows the last fact of the page before.
    for offset, number in page_breaks(PAGED):
        on_page = [f.span for f in PAGED.facts if f.page == number]
        before = [f.span for f in PAGED.facts if f.page is not None and f.page < number]
        assert offset <= on_page[0][0]
        assert all(end <= offset for _, end in before)


OVERLAPS = [
    ("disjoint", [(0, 2), (2, 4)], ["f0001", "f0002"], []),
    ("nested inside an earlier fact", [(0, 6), (2, 4)], ["f0001"], ["f0002"]),
    ("crossing the end", [(0, 4), (3, 6), (6, 8)], ["f0001", "f0003"], ["f0002"]),
    ("same start: the longer wins", [(0, 2), (0, 5)], ["f0002"], ["f0001"]),
]


@pytest.mark.parametrize(
    ("spans", "kept", "skipped"), [row[1:] for row in OVERLAPS], ids=[row[0] for row in OVERLAPS]
)
def test_overlapping_facts_are_marked_once(
    spans: list[tuple[int, int]], kept: list[str], skipped: list[str]
) -> None:
    text = "12345678"
    facts = [
        Fact(id=f"f{i:04d}", kind="percent", text=text[s:e], span=(s, e), value="1", unit="%")
        for i, (s, e) in enumerate(spans, start=1)
    ]
    doc = Document(document=ALL_KINDS.document, text=text, facts=facts)
    assert [[f.id for f in group] for group in non_overlapping(facts)] == [kept, skipped]
    page = ReviewPage(render_review(doc))
    assert page.plain == text
    assert [m["id"] for m in page.marks] == kept
    assert sorted(page.rows) == sorted(kept + skipped)  # the table still lists every fact


READABLE = [
    ("billions", "264290000000", "264,290,000,000"),
    ("negative with fraction", "-1234.50", "-1,234.50"),
    ("small", "12", "12"),
    ("not a number is left alone", "2025-12", "2025-12"),
]


@pytest.mark.parametrize(("value", "expected"), [r[1:] for r in READABLE], ids=[r[0] for r in READABLE])
def test_readable_number(value: str, expected: str) -> None:
    assert readable_number(value) == expected


def test_write_review_is_atomic_and_overwrites(tmp_path: Path) -> None:
    first = write_review(ALL_KINDS, tmp_path)
    assert first == tmp_path / "review" / f"{ALL_KINDS.document.id}.html"
    again = write_review(ALL_KINDS, tmp_path)
    assert again == first
    assert first.read_text(encoding="utf-8") == render_review(ALL_KINDS)
    assert [p.name for p in (tmp_path / "review").iterdir()] == [first.name]  # no temporary files left


def review_cli() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)  # keep subcommands named, as in the real app
    register(app)
    return app


TWIN_IDS = ["cafe" + "0" * 60, "cafe" + "1" * 60]


@pytest.fixture
def processed(tmp_path: Path) -> Path:
    """processed/ holding ALL_KINDS and PAGED, plus a non-record file."""
    directory = tmp_path / "processed"
    directory.mkdir()
    for doc in (ALL_KINDS, PAGED):
        (directory / f"{doc.document.id}.json").write_text(doc.model_dump_json(), encoding="utf-8")
    for twin in TWIN_IDS:  # two ids sharing a prefix
        (directory / f"{twin}.json").write_text(NO_FACTS.model_dump_json(), encoding="utf-8")
    (directory / "_manifest.json").write_text("{}", encoding="utf-8")
    return directory


REVIEW_TARGETS = [
    ("full id", ALL_KINDS.document.id, ALL_KINDS),
    ("unique prefix", PAGED.document.id[:8], PAGED),
    ("upper-case prefix", PAGED.document.id[:8].upper(), PAGED),
]


@pytest.mark.parametrize(
    ("target", "doc"), [r[1:] for r in REVIEW_TARGETS], ids=[r[0] for r in REVIEW_TARGETS]
)
def test_review_command_finds_processed_documents(processed: Path, target: str, doc: Document) -> None:
    result = CliRunner().invoke(review_cli(), ["review", target, "--processed", str(processed)])
    assert result.exit_code == 0, result.output
    written = Path(result.stdout.strip())
    assert written == processed / "review" / f"{doc.document.id}.html"
    assert written.read_text(encoding="utf-8") == render_review(doc)


REVIEW_FAILURES = [
    ("unknown id", "ffff0000", "no processed document"),
    ("ambiguous prefix", "cafe", "ambiguous"),
    ("empty target", "", "not a document id"),
    ("neither a file nor an id", "raw/nope.pdf", "no such file, and not a document id"),
]


@pytest.mark.parametrize(
    ("target", "message"), [r[1:] for r in REVIEW_FAILURES], ids=[r[0] for r in REVIEW_FAILURES]
)
def test_review_command_fails_clearly(processed: Path, target: str, message: str) -> None:
    result = CliRunner().invoke(review_cli(), ["review", target, "--processed", str(processed)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("suchi review: ")
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_review_command_reads_a_json_record_and_writes_out(tmp_path: Path) -> None:
    record = tmp_path / "doc.json"
    record.write_text(MARKUP.model_dump_json(), encoding="utf-8")
    out = tmp_path / "deep" / "page.html"
    result = CliRunner().invoke(review_cli(), ["review", str(record), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out)
    assert out.read_text(encoding="utf-8") == render_review(MARKUP)


def test_review_command_rejects_a_broken_record(tmp_path: Path) -> None:
    record = tmp_path / "doc.json"
    record.write_text('{"schema_version": 1}', encoding="utf-8")
    result = CliRunner().invoke(review_cli(), ["review", str(record), "--processed", str(tmp_path)])
    assert result.exit_code == 1
    assert "is not a suchi document record" in result.stderr


def test_review_command_refuses_a_fifo_at_once(tmp_path: Path) -> None:
    """A FIFO was taken for a missing file (issue 13's inventory); it is refused for what it is."""
    fifo = tmp_path / "release.txt"
    os.mkfifo(fifo)
    result = CliRunner().invoke(review_cli(), ["review", str(fifo), "--processed", str(tmp_path)])
    assert result.exit_code == 1
    assert "FIFO" in result.stderr and "not_a_regular_file" in result.stderr
    assert "Traceback" not in result.output


def test_review_command_reports_unreadable_publication(tmp_path: Path) -> None:
    pytest.importorskip("extractors.pipeline", reason="the extraction pipeline is not importable yet")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(review_cli(), ["review", str(empty), "--processed", str(tmp_path)])
    assert result.exit_code == 1
    assert "empty_file" in result.stderr
    assert "Traceback" not in result.output
