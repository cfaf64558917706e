"""HWPX and HWP publications through ingest, review, query and watch, as text and PDF go."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows import store
from flows.cli_review import resolve_document
from flows.ingest import ingest
from flows.query import run_query
from flows.review import render_review
from flows.settings import Settings
from flows.watch import Watcher
from tests.hwp_fixtures import hwp_bytes, hwpx_bytes, paragraphs, steps, table

RELEASE = steps(
    paragraphs("반도체 수출 동향", "3월 반도체 수출은 120억 달러로 12.4% 증가했다.", "(단위: 억 달러)"),
    table(2, 2, {(0, 0): "구분", (0, 1): "2025년", (1, 0): "반도체", (1, 1): "120.0"}),
)


@pytest.mark.usefixtures("prefect_harness")
def test_ingest_review_and_query_take_hwpx_and_hwp(tmp_path: Path) -> None:
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    (raw / "release.hwpx").write_bytes(hwpx_bytes(RELEASE))
    (raw / "release.hwp").write_bytes(hwp_bytes(RELEASE))
    summary = ingest(raw_dir=str(raw), processed_dir=str(processed))
    assert (summary.documents, summary.failed) == (2, 0)
    opened = store.open_store(processed)
    manifest = {key: known.doc_id for key, known in opened.lookup(opened.source_keys()).items()}
    assert sorted(manifest) == ["release.hwp", "release.hwpx"]
    columns, rows = run_query(
        "SELECT source, text, table_row FROM facts WHERE kind = 'amount' ORDER BY source, span_start",
        processed,
    )
    assert columns == ["source", "text", "table_row"]
    assert [(Path(source).name, text, row) for source, text, row in rows] == [
        ("release.hwp", "120억 달러", None),
        ("release.hwp", "120.0", "반도체"),
        ("release.hwpx", "120억 달러", None),
        ("release.hwpx", "120.0", "반도체"),
    ]
    for name in ("release.hwpx", "release.hwp"):
        stored, _ = resolve_document(manifest[name], processed)
        page = render_review(stored)
        assert "120억 달러" in page and stored.document.pages is None


@pytest.mark.parametrize("name", ["a.hwpx", "a.hwp", "a.html", "a.htm"])
def test_watch_announces_the_new_formats(tmp_path: Path, name: str) -> None:
    settings = Settings(raw_dir=tmp_path / "raw", processed_dir=tmp_path / "processed")
    settings.raw_dir.mkdir()
    emitted: list[Path] = []
    watcher = Watcher(settings, settle=1.0, emit=lambda path, sha: emitted.append(path))
    path = settings.raw_dir / name
    partial = settings.raw_dir / f"{name}.crdownload"
    path.write_bytes(b"x")
    partial.write_bytes(b"x")
    watcher.note(path, now=0.0)
    watcher.note(partial, now=0.0)
    assert watcher.poll(now=2.0) == [path] and emitted == [path]
