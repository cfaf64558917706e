"""The ingest flow under a temporary Prefect server: what lands in processed/ and in the UI."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import duckdb
import jsonschema
import pytest
from prefect.states import Failed

from extractors.errors import SuchiError
from extractors.pipeline import extract_file
from flows import records
from flows.folder_store import FACTS_DIR, MANIFEST_DB
from flows.ingest import Summary, _io_error_only, ingest, summary_of
from flows.store import open_store
from schemas.export import SCHEMA_PATH
from schemas.models import Document

pytestmark = pytest.mark.usefixtures("prefect_harness")

FACT_COLUMNS = [
    "doc_id", "source", "title", "published", "fact_id", "kind", "text", "span_start", "span_end", "page",
    "value", "value_decimal", "unit", *records.CONTEXT_COLUMNS, "table_caption", "table_row", "table_column",
    "published_month",  # the dataset's hive partition
]  # fmt: skip

# Files that are not publications, each in a batch of good ones.
BAD_FILES = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 4,
    "broken.pdf": b"%PDF-1.7\n this is not a pdf at all",
}


def run(root: Path, processed: str = "processed", **parameters: Any) -> Summary:
    """One flow run; its Summary also when it ended Failed."""
    state = ingest(
        raw_dir=str(root / "raw"), processed_dir=str(root / processed), return_state=True, **parameters
    )
    return summary_of(state)


def doc_files(processed: Path) -> dict[str, Path]:
    return {p.stem: p for p in processed.glob("*.json") if not p.name.startswith("_")}


def manifest(processed: Path) -> dict[str, str]:
    """Raw file key -> doc id, as the store lists them."""
    store = open_store(processed)
    return {key: known.doc_id for key, known in store.lookup(store.source_keys()).items()}


def facts_rows(processed: Path) -> list[dict[str, Any]]:
    relation = duckdb.sql(f"SELECT * FROM '{processed / FACTS_DIR}' ORDER BY doc_id, fact_id")
    return [dict(zip(relation.columns, row, strict=True)) for row in relation.fetchall()]


def snapshot(processed: Path) -> dict[str, int]:
    """Every record file and its mtime (the SQLite manifest's own files aside)."""
    files = [p for p in processed.rglob("*") if p.is_file() and not p.name.startswith(MANIFEST_DB)]
    return {p.relative_to(processed).as_posix(): p.stat().st_mtime_ns for p in files}


def test_ingest_writes_the_contract_documents(workdir: Path) -> None:
    summary = run(workdir)
    processed = workdir / "processed"
    expected = {path.name: extract_file(path) for path in sorted((workdir / "raw").iterdir())}
    assert (summary.documents, summary.failed) == (len(expected), 0)
    assert summary.facts == sum(len(doc.facts) for doc in expected.values())
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for doc in expected.values():
        stored = doc_files(processed)[doc.document.id].read_text(encoding="utf-8")
        jsonschema.validate(json.loads(stored), schema)
        assert Document.model_validate_json(stored) == doc
    assert manifest(processed) == {name: doc.document.id for name, doc in expected.items()}


def test_facts_table_holds_every_fact_once(workdir: Path) -> None:
    summary = run(workdir)
    relation = duckdb.sql(f"SELECT * FROM '{workdir / 'processed' / FACTS_DIR}'")
    assert relation.columns == FACT_COLUMNS
    rows = facts_rows(workdir / "processed")
    assert summary.facts == summary.archive.facts == len(rows)
    assert {row["source"] for row in rows} == set(manifest(workdir / "processed"))  # relative to raw/
    docs = [Document.model_validate_json(p.read_bytes()) for p in doc_files(workdir / "processed").values()]
    expected = {(d.document.id, f.id): f for d in docs for f in d.facts}
    assert len(rows) == len(expected) == len({(r["doc_id"], r["fact_id"]) for r in rows})
    for row in rows:
        fact = expected[row["doc_id"], row["fact_id"]]
        assert [row[c] for c in ("kind", "text", "value", "unit")] == [
            fact.kind,
            fact.text,
            fact.value,
            fact.unit,
        ]
        assert (row["value_decimal"] is None) == (fact.kind == "date")


def test_second_run_rewrites_nothing(workdir: Path) -> None:
    run(workdir)
    before = snapshot(workdir / "processed")
    summary = run(workdir)
    assert snapshot(workdir / "processed") == before
    assert summary.unchanged == summary.documents == len(doc_files(workdir / "processed"))


def test_changed_bytes_replace_old_records(workdir: Path) -> None:
    run(workdir)
    processed, path = workdir / "processed", workdir / "raw" / "chips.txt"
    old_id = manifest(processed)["chips.txt"]
    path.write_text("반도체 수출 급증\n반도체 수출은 1,500억 달러로 25.0% 늘었다.\n", encoding="utf-8")
    run(workdir)
    new_id = manifest(processed)["chips.txt"]
    assert new_id != old_id
    assert old_id not in doc_files(processed) and new_id in doc_files(processed)
    assert len(doc_files(processed)) == len(list((workdir / "raw").iterdir()))
    ids = {row["doc_id"] for row in facts_rows(processed)}
    assert old_id not in ids and new_id in ids


@pytest.mark.parametrize(("name", "content"), BAD_FILES.items(), ids=BAD_FILES.keys())
def test_bad_file_fails_alone(workdir: Path, name: str, content: bytes) -> None:
    bad = workdir / "raw" / name
    bad.write_bytes(content)
    with pytest.raises(SuchiError) as raised:
        extract_file(bad)
    summary = run(workdir)
    processed = workdir / "processed"
    assert (summary.failed, summary.documents) == (1, len(doc_files(processed)))
    failure = json.loads((processed / "_failed" / f"{name}.json").read_text(encoding="utf-8"))
    assert failure["error"] == {"code": raised.value.code, "message": raised.value.message}
    assert bad.read_bytes() == content  # the raw file stays where it was
    assert name not in manifest(processed)


def test_fixed_file_clears_its_failure(workdir: Path) -> None:
    fixed, failure = workdir / "raw" / "late.txt", workdir / "processed" / "_failed" / "late.txt.json"
    fixed.write_bytes(b"")
    assert run(workdir).failed == 1 and failure.exists()
    fixed.write_text("고쳐진 자료\n수출이 7.5% 늘었다.\n", encoding="utf-8")
    assert run(workdir).failed == 0 and not failure.exists()
    assert "late.txt" in manifest(workdir / "processed")


def test_good_file_turned_bad_loses_its_records(workdir: Path) -> None:
    run(workdir)
    processed, path = workdir / "processed", workdir / "raw" / "trade.txt"
    old_id = manifest(processed)["trade.txt"]
    path.write_bytes(b"")
    assert run(workdir).failed == 1
    assert "trade.txt" not in manifest(processed) and old_id not in doc_files(processed)
    assert old_id not in {row["doc_id"] for row in facts_rows(processed)}


def test_explicit_paths_only(workdir: Path) -> None:
    summary = run(workdir, paths=[str(workdir / "raw" / "trade.txt")])
    assert [r.file for r in summary.results] == ["trade.txt"]
    assert list(manifest(workdir / "processed")) == ["trade.txt"]


def test_published_changes_the_records(workdir: Path) -> None:
    from datetime import date

    run(workdir)
    summary = run(workdir, published=date(2026, 5, 28))
    assert summary.unchanged == 0  # another reference date may date other figures
    store = open_store(workdir / "processed")
    states = store.documents(manifest(workdir / "processed").values()).values()
    assert {state.reference for state in states} == {"2026-05-28"}


def test_ui_names_and_artifacts(workdir: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        FlowRunFilter,
        FlowRunFilterId,
    )

    state = ingest(raw_dir=str(workdir / "raw"), processed_dir=str(workdir / "processed"), return_state=True)
    flow_run_id = state.state_details.flow_run_id
    assert flow_run_id is not None
    names = sorted(p.name for p in (workdir / "raw").iterdir())
    with get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(flow_run_id)
        this_run = FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
        task_runs = client.read_task_runs(flow_run_filter=this_run)
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    assert flow_run.name == f"ingest-{len(names)}-files-raw"
    assert sorted(t.name for t in task_runs) == names
    tables = [a for a in artifacts if a.type == "table"]
    assert len(tables) == 1 and tables[0].key == "suchi-ingest"
    data = tables[0].data
    rows: list[dict[str, Any]] = json.loads(data) if isinstance(data, str) else data  # type: ignore[assignment]
    assert sorted(row["file"] for row in rows) == names
    assert "None" not in json.dumps(rows)  # empty cells, never Python's None
    markdowns = [a for a in artifacts if a.type == "markdown"]
    assert len(markdowns) == len(names)
    for doc_id in manifest(workdir / "processed").values():
        (artifact,) = [a for a in markdowns if a.key == f"suchi-doc-{doc_id[:16]}"]
        assert isinstance(artifact.data, str) and doc_id in artifact.data
        assert "file://" in artifact.data  # the review page link


RETRY_STATES = {
    "io error": (OSError("disk gone"), True),
    "permission": (PermissionError("no"), True),
    "bad input": (SuchiError("binary_file", "not text"), False),
    "bug": (ValueError("oops"), False),
}


@pytest.mark.parametrize(("error", "retried"), RETRY_STATES.values(), ids=RETRY_STATES.keys())
def test_retries_only_io_errors(error: Exception, retried: bool) -> None:
    assert _io_error_only(None, None, Failed(data=error)) is retried  # type: ignore[arg-type]


def test_batches_write_the_same_records(workdir: Path) -> None:
    one = run(workdir, "one", batch_size=1)
    batched = run(workdir, "batched", batch_size=2)
    assert [(r.file, r.doc_id, r.facts) for r in batched.results] == [
        (r.file, r.doc_id, r.facts) for r in one.results
    ]
    assert sorted(doc_files(workdir / "batched")) == sorted(doc_files(workdir / "one"))
    assert facts_rows(workdir / "one") == facts_rows(workdir / "batched")


# -- issue 13: killed runs, copies, deleted files, failures someone sees, permissions -----------------


def test_failed_files_fail_the_run_and_name_the_files(workdir: Path) -> None:
    (workdir / "raw" / "empty.txt").write_bytes(b"")
    state = ingest(raw_dir=str(workdir / "raw"), processed_dir=str(workdir / "processed"), return_state=True)
    assert state.is_failed()
    assert state.message == "1 of 4 files failed: empty.txt (empty_file)"
    assert len(manifest(workdir / "processed")) == 3  # what could be stored stays stored
    with pytest.raises(Exception, match=r"empty\.txt \(empty_file\)"):  # a plain call raises
        ingest(raw_dir=str(workdir / "raw"), processed_dir=str(workdir / "processed"))


def test_same_bytes_under_two_names_are_one_document(workdir: Path) -> None:
    raw = workdir / "raw"
    (raw / "copy").mkdir()
    (raw / "copy" / "trade.txt").write_bytes((raw / "trade.txt").read_bytes())
    summary = run(workdir)
    listed = manifest(workdir / "processed")
    assert listed["copy/trade.txt"] == listed["trade.txt"]
    assert (summary.files, summary.documents) == (4, 3)
    rows = facts_rows(workdir / "processed")
    assert summary.facts == summary.archive.facts == len(rows)
    assert len({(row["doc_id"], row["fact_id"]) for row in rows}) == len(rows)


def test_deleted_raw_file_keeps_its_records_until_prune(workdir: Path) -> None:
    run(workdir)
    processed = workdir / "processed"
    (workdir / "raw" / "chips.txt").unlink()
    kept = run(workdir)
    assert kept.gone == 1 and "chips.txt" in manifest(processed)
    assert kept.archive.facts == len(facts_rows(processed)) > kept.facts
    pruned = run(workdir, prune=True)
    assert (pruned.pruned, pruned.gone) == (1, 0) and "chips.txt" not in manifest(processed)
    assert pruned.facts == pruned.archive.facts == len(facts_rows(processed))


def test_missing_path_fails_the_run_writing_nothing(workdir: Path) -> None:
    from flows.store import UsageError

    with pytest.raises(UsageError, match="no such file or folder"):
        run(workdir, paths=[str(workdir / "raw" / "trade.txt"), str(workdir / "raw" / "typo.txt")])
    assert list((workdir / "processed").iterdir()) == []


def test_missing_review_page_and_stale_temporaries_are_repaired(workdir: Path) -> None:
    """A run killed between a document and its review page (before the manifest came last)."""
    import subprocess
    import sys

    run(workdir)
    processed = workdir / "processed"
    doc_id = manifest(processed)["trade.txt"]
    page = processed / "review" / f"{doc_id}.html"
    page.unlink()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], check=True, capture_output=True, text=True
    )
    from flows.files import HOST

    stale = [
        processed
        / "_staging"
        / f".{doc_id}.json.{HOST}.{dead.stdout.strip()}.0a1b2c3d.tmp",  # a dead process's
        processed / "_staging" / ".x.html.k2mz8.tmp",  # an old-style one, an hour old
    ]
    for path in stale:
        path.write_text("half")
    os.utime(stale[1], (0, 0))
    summary = run(workdir)
    assert {r.file: r.status for r in summary.results}["trade.txt"] == "repair"
    assert page.is_file() and not any(path.exists() for path in stale)
    assert run(workdir).unchanged == 3


def test_every_record_file_reads_for_all(workdir: Path) -> None:
    (workdir / "raw" / "empty.txt").write_bytes(b"")
    run(workdir)
    umask = os.umask(0o022)
    os.umask(umask)
    modes = {
        p.relative_to(workdir / "processed").as_posix(): stat.S_IMODE(p.stat().st_mode)
        for p in (workdir / "processed").rglob("*")
        if p.is_file()
    }
    assert any(name.startswith("review/") for name in modes) and any(n.startswith("_failed/") for n in modes)
    assert {name: mode for name, mode in modes.items() if mode != 0o666 & ~umask} == {}
