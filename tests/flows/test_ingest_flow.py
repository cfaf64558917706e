"""The ingest flow under a temporary Prefect server: what lands in processed/ and in the UI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pyarrow.parquet as pq
import pytest
from prefect.states import Failed

from extractors.errors import SuchiError
from extractors.pipeline import extract_file
from flows import store
from flows.ingest import Summary, _io_error_only, ingest
from schemas.models import Document

pytestmark = pytest.mark.usefixtures("prefect_harness")

FACT_COLUMNS = [
    "doc_id", "source", "title", "published", "fact_id", "kind", "text", "span_start", "span_end", "page",
    "value", "value_decimal", "unit", "metric", "subject", "partner", "period", "change", "table_caption",
    "table_row", "table_column",
]  # fmt: skip

# Files that are not publications, each in a batch of good ones.
BAD_FILES = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 4,
    "broken.pdf": b"%PDF-1.7\n this is not a pdf at all",
}


def run(root: Path, **parameters: Any) -> Summary:
    summary: Summary = ingest(raw_dir=str(root / "raw"), processed_dir=str(root / "processed"), **parameters)
    return summary


def doc_files(processed: Path) -> dict[str, Path]:
    return {p.stem: p for p in processed.glob("*.json") if not p.name.startswith("_")}


def snapshot(processed: Path) -> dict[str, int]:
    files = [p for p in processed.rglob("*") if p.is_file()]
    return {p.relative_to(processed).as_posix(): p.stat().st_mtime_ns for p in files}


def test_ingest_writes_the_contract_documents(workdir: Path) -> None:
    summary = run(workdir)
    processed = workdir / "processed"
    expected = {path.name: extract_file(path) for path in sorted((workdir / "raw").iterdir())}
    assert (summary.documents, summary.failed) == (len(expected), 0)
    assert summary.facts == sum(len(doc.facts) for doc in expected.values())
    schema = json.loads(store.SCHEMA_PATH.read_text(encoding="utf-8"))
    for doc in expected.values():
        stored = doc_files(processed)[doc.document.id].read_text(encoding="utf-8")
        jsonschema.validate(json.loads(stored), schema)
        assert Document.model_validate_json(stored) == doc
    manifest = store.read_manifest(processed)
    assert {key: entry.id for key, entry in manifest.items()} == {
        name: doc.document.id for name, doc in expected.items()
    }


def test_facts_table_holds_every_fact_once(workdir: Path) -> None:
    run(workdir)
    table = pq.read_table(workdir / "processed" / store.FACTS_TABLE)
    assert table.column_names == FACT_COLUMNS
    rows = table.to_pylist()
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
    old_id = store.read_manifest(processed)["chips.txt"].id
    path.write_text("반도체 수출 급증\n반도체 수출은 1,500억 달러로 25.0% 늘었다.\n", encoding="utf-8")
    run(workdir)
    new_id = store.read_manifest(processed)["chips.txt"].id
    assert new_id != old_id
    assert old_id not in doc_files(processed) and new_id in doc_files(processed)
    assert len(doc_files(processed)) == len(list((workdir / "raw").iterdir()))
    ids = set(pq.read_table(processed / store.FACTS_TABLE).column("doc_id").to_pylist())
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
    assert name not in store.read_manifest(processed)


def test_fixed_file_clears_its_failure(workdir: Path) -> None:
    fixed, failure = workdir / "raw" / "late.txt", workdir / "processed" / "_failed" / "late.txt.json"
    fixed.write_bytes(b"")
    assert run(workdir).failed == 1 and failure.exists()
    fixed.write_text("고쳐진 자료\n수출이 7.5% 늘었다.\n", encoding="utf-8")
    assert run(workdir).failed == 0 and not failure.exists()
    assert "late.txt" in store.read_manifest(workdir / "processed")


def test_good_file_turned_bad_loses_its_records(workdir: Path) -> None:
    run(workdir)
    processed, path = workdir / "processed", workdir / "raw" / "trade.txt"
    old_id = store.read_manifest(processed)["trade.txt"].id
    path.write_bytes(b"")
    assert run(workdir).failed == 1
    assert "trade.txt" not in store.read_manifest(processed) and old_id not in doc_files(processed)
    assert old_id not in set(pq.read_table(processed / store.FACTS_TABLE).column("doc_id").to_pylist())


def test_explicit_paths_only(workdir: Path) -> None:
    summary = run(workdir, paths=[str(workdir / "raw" / "trade.txt")])
    assert [r.file for r in summary.results] == ["trade.txt"]
    assert list(store.read_manifest(workdir / "processed")) == ["trade.txt"]


def test_published_changes_the_records(workdir: Path) -> None:
    from datetime import date

    run(workdir)
    summary = run(workdir, published=date(2026, 5, 28))
    assert summary.unchanged == 0  # another reference date may date other figures
    assert {e.published for e in store.read_manifest(workdir / "processed").values()} == {"2026-05-28"}


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
    markdowns = [a for a in artifacts if a.type == "markdown"]
    manifest = store.read_manifest(workdir / "processed")
    assert len(markdowns) == len(names)
    for entry in manifest.values():
        (artifact,) = [a for a in markdowns if a.key == f"suchi-doc-{entry.id[:16]}"]
        assert isinstance(artifact.data, str) and entry.id in artifact.data
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
    raw = str(workdir / "raw")
    one = ingest(raw_dir=raw, processed_dir=str(workdir / "one"), batch_size=1)
    batched = ingest(raw_dir=raw, processed_dir=str(workdir / "batched"), batch_size=2)
    assert [(r.file, r.doc_id, r.facts) for r in sorted(batched.results, key=lambda r: r.file)] == [
        (r.file, r.doc_id, r.facts) for r in sorted(one.results, key=lambda r: r.file)
    ]
    for name in ("one", "batched"):
        assert sorted(doc_files(workdir / name)) == sorted(doc_files(workdir / "one"))
    assert pq.read_table(workdir / "one" / store.FACTS_TABLE).equals(
        pq.read_table(workdir / "batched" / store.FACTS_TABLE)
    )
