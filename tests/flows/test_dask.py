"""A Dask LocalCluster runs the same flow to the same processed/ output."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.folder_store import FACTS_DIR, MANIFEST_DB
from flows.ingest import Summary, ingest, summary_of

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture(scope="module")
def dask_address() -> Iterator[str]:
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)  # type: ignore[no-untyped-call]
    with cluster:
        yield cluster.scheduler_address


def outputs(processed: Path) -> dict[str, bytes]:
    """Every record file except the manifest database and the facts dataset (compared as rows)."""
    return {
        p.relative_to(processed).as_posix(): p.read_bytes()
        for p in processed.rglob("*")
        if p.is_file()
        and not p.name.startswith(MANIFEST_DB)
        and FACTS_DIR not in p.parts
        and "review" not in p.parts
    }


def facts(processed: Path) -> list[tuple[object, ...]]:
    return duckdb.sql(f"SELECT * FROM '{processed / FACTS_DIR}' ORDER BY doc_id, fact_id").fetchall()


def test_dask_gives_the_same_records(workdir: Path, dask_address: str) -> None:
    from prefect_dask.task_runners import DaskTaskRunner

    raw = workdir / "raw"
    (raw / "empty.txt").write_bytes(b"")  # failures travel back from the workers too
    default = summary_of(ingest(raw_dir=str(raw), processed_dir=str(workdir / "default"), return_state=True))
    on_dask = summary_of(
        ingest.with_options(task_runner=DaskTaskRunner(address=dask_address))(  # type: ignore[arg-type]
            raw_dir=str(raw), processed_dir=str(workdir / "dask"), return_state=True
        )
    )

    def totals(summary: Summary) -> tuple[int, int, int]:
        return summary.documents, summary.facts, summary.failed

    assert totals(on_dask) == totals(default)
    assert outputs(workdir / "dask") == outputs(workdir / "default")
    assert facts(workdir / "dask") == facts(workdir / "default")
