"""What the Prefect UI shows of a run: never Python's ``None``, always the run's own words."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from flows.ingest import DocResult, _row, describe, document_markdown, failure_message, summarize
from flows.store import Totals
from schemas.models import Context, Document, DocumentMeta, Fact, TableCell

META = DocumentMeta(id="a" * 64, source="raw/x.txt", title=None, published=None, kind=None, pages=None)
TEXT = "수출 12.4% 증가"
FACTS = [
    Fact(id="f0001", kind="percent", text="12.4%", span=(3, 8), value="12.4", unit="%", context=Context()),
    Fact(
        id="f0002",
        kind="percent",
        text="12.4%",
        span=(3, 8),
        value="12.4",
        unit="%",
        table=TableCell(caption=None, unit_text=None, row=None, column="2025"),
    ),
]
DOC = Document(document=META, text=TEXT, facts=FACTS)

ROWS = [
    ("failed file", DocResult(file="x.txt", status="failed", error="empty_file: empty")),
    ("unchanged file", DocResult(file="x.txt", status="unchanged", doc_id="a" * 64, facts=2)),
]


def test_document_markdown_prints_no_none() -> None:
    markdown = document_markdown(DOC, DocResult(file="x.txt", status="new", doc_id="a" * 64, facts=2))
    assert "None" not in markdown
    assert "pages: n/a" in markdown and "table column=2025" in markdown


@pytest.mark.parametrize("result", [r for _, r in ROWS], ids=[name for name, _ in ROWS])
def test_table_row_prints_no_none(result: DocResult) -> None:
    assert None not in _row(result).values()


def test_failure_message_names_the_files() -> None:
    results = [DocResult(file=f"{n:02d}.txt", status="failed", error="binary_file: x") for n in range(12)]
    message = failure_message(summarize(results, Totals(documents=0, facts=0)))
    assert message.startswith("12 of 12 files failed: 00.txt (binary_file), 01.txt (binary_file)")
    assert message.endswith("09.txt (binary_file) and 2 more")


SUMMARIES = [
    ("one new file", [DocResult("a.txt", "new", "a" * 64, 3)], Totals(1, 3), 0,
     "1 document (1 extracted, 0 unchanged), 3 facts, 0 failed; archive: 1 document, 3 facts"),
    ("a copy and a failure",
     [DocResult("a.txt", "unchanged", "a" * 64, 3), DocResult("b.txt", "copy", "a" * 64, 3),
      DocResult("c.txt", "failed", error="empty_file: e")], Totals(1, 3), 2,
     "1 document (0 extracted, 1 unchanged) from 3 files, 3 facts, 1 failed; archive: 1 document, 3 facts; "
     "2 records whose raw files are gone (suchi ingest --prune removes them)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("results", "archive", "gone", "line"), [s[1:] for s in SUMMARIES], ids=[s[0] for s in SUMMARIES]
)
def test_summary_line(results: list[DocResult], archive: Totals, gone: int, line: str) -> None:
    assert describe(summarize(results, archive, gone)) == line


def test_review_page_reads_for_all(tmp_path: Path) -> None:
    """Bug: `suchi review` wrote pages 0600 (mkstemp's mode), unreadable to whoever serves them."""
    from flows.review import write_review

    page = write_review(DOC, tmp_path)
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(page.stat().st_mode) == 0o666 & ~umask
