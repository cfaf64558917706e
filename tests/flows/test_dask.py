"""A Dask LocalCluster runs the same flow to the same processed/ output."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.ingest import Summary, ingest

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture(scope="module")
def dask_address() -> Iterator[str]:
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)  # type: ignore[no-untyped-call]
    with cluster:
        yield cluster.scheduler_address


def outputs(processed: Path) -> dict[str, bytes]:
    """Every record file except the facts table (compared as a table: parquet bytes carry metadata)."""
    return {
        p.relative_to(processed).as_posix(): p.read_bytes()
        for p in processed.rglob("*")
        if p.is_file() and p.name not in {".lock", "facts.parquet"} and "review" not in p.parts
    }


def test_dask_gives_the_same_records(workdir: Path, dask_address: str) -> None:
    from prefect_dask.task_runners import DaskTaskRunner

    raw = workdir / "raw"
    (raw / "empty.txt").write_bytes(b"")  # failures travel back from the workers too
    default = ingest(raw_dir=str(raw), processed_dir=str(workdir / "default"))
    on_dask = ingest.with_options(task_runner=DaskTaskRunner(address=dask_address))(  # type: ignore[arg-type]
        raw_dir=str(raw), processed_dir=str(workdir / "dask")
    )

    def totals(summary: Summary) -> tuple[int, int, int]:
        return summary.documents, summary.facts, summary.failed

    assert totals(on_dask) == totals(default)
    assert outputs(workdir / "dask") == outputs(workdir / "default")
    facts = [pq.read_table(workdir / name / "facts.parquet") for name in ("dask", "default")]
    assert facts[0].equals(facts[1])
