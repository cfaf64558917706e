"""The README's multi-machine recipe on one machine: two Prefect workers, one pool, one store.

A Prefect server on PostgreSQL, a process work pool, the ingest flow
deployed to it as the README says, two ``prefect worker start`` processes
(one flow run at a time each) and one PostgreSQL suchi store.  Runs over
the same and over different files land each document once.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from flows.files import sha256_file
from flows.store import open_store
from tests.conftest import ROOT
from tests.flows.conftest import KOREAN_DOCS, drop_database, postgres_admin_url
from tests.flows.prefect_stack import PREFECT, Stack

pytestmark = pytest.mark.slow
POOL = "suchi"


@pytest.fixture
def prefect_database(postgres_url: str) -> Iterator[str]:
    """A database for the Prefect server itself, on the same PostgreSQL server."""
    from urllib.parse import urlsplit

    admin = postgres_admin_url()
    assert admin is not None  # postgres_url skipped otherwise
    name = f"prefect_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield urlsplit(admin)._replace(scheme="postgresql+asyncpg", path=f"/{name}").geturl()
    finally:
        drop_database(admin, name)


def test_two_workers_one_pool_one_store(tmp_path: Path, postgres_url: str, prefect_database: str) -> None:
    stack = Stack(tmp_path, server_env={"PREFECT_API_DATABASE_CONNECTION_URL": prefect_database})
    try:
        stack.wait_for("the Prefect server on PostgreSQL", lambda: stack.get("/health") is not None, 240)
        for index, (name, text) in enumerate(KOREAN_DOCS.items()):
            (stack.raw / name).write_text(text, encoding="utf-8")
            (stack.raw / f"more-{index}.txt").write_text(f"{index}\n{text}", encoding="utf-8")
        names = sorted(p.name for p in stack.raw.iterdir())

        stack.run(str(PREFECT), "work-pool", "create", POOL, "--type", "process")
        stack.run(
            str(PREFECT),
            "--no-prompt",
            "deploy",
            "flows/ingest.py:ingest",
            "-n",
            "suchi-ingest",
            "-p",
            POOL,
            cwd=ROOT,
        )
        deployment = stack.wait_for(
            "the deployment", lambda: stack.get("/deployments/name/ingest/suchi-ingest")
        )
        # each machine: its environment names the store, its worker takes one run at a time
        worker_env = {"SUCHI_STORE": postgres_url, "PREFECT_WORKER_QUERY_SECONDS": "1"}
        for worker in ("w1", "w2"):
            stack.start(
                worker,
                str(PREFECT),
                "worker",
                "start",
                "--pool",
                POOL,
                "--limit",
                "1",
                "--name",
                worker,
                env=worker_env,
            )

        def workers() -> set[str]:
            import httpx

            response = httpx.post(f"{stack.api}/work_pools/{POOL}/workers/filter", json={}, timeout=10)
            return {worker["name"] for worker in response.json()} if response.status_code == 200 else set()

        stack.wait_for("both workers", lambda: workers() >= {"w1", "w2"})

        halves = [[str(stack.raw / n) for n in names[::2]], [str(stack.raw / n) for n in names[1::2]]]
        common = {"raw_dir": str(stack.raw), "processed_dir": str(stack.processed)}
        for paths in [*halves, None, None]:  # different files, then all of raw/ twice at once
            parameters = {**common, **({"paths": paths} if paths else {})}
            stack.run(
                str(PREFECT), "deployment", "run", "ingest/suchi-ingest", "--params", json.dumps(parameters)
            )
        stack.wait_for("four completed runs", lambda: len(stack.completed_runs(deployment["id"])) == 4, 600)

        for worker in ("w1", "w2"):
            assert "submitting flow run" in (stack.logs / f"{worker}.log").read_text(errors="replace")
        store = open_store(stack.processed, postgres_url)
        listed = {key: known.doc_id for key, known in store.lookup(store.source_keys()).items()}
        assert listed == {name: sha256_file(stack.raw / name) for name in names}
        with psycopg.connect(postgres_url) as conn:
            rows = conn.execute("SELECT doc_id, fact_id FROM facts").fetchall()
        expected = {(doc_id, fact.id) for doc_id in listed.values() for fact in store.load(doc_id).facts}  # type: ignore[union-attr]
        assert len(rows) == len(set(rows)) == store.totals().facts and set(rows) == expected
    finally:
        stack.stop()
