"""End to end against a real ``prefect server start``: serve, a by-hand run, watch → event → flow run.

Slow (a server, a serving process and a watcher start) but it runs in CI.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.folder_store import doc_path
from flows.store import open_store
from tests.conftest import SUCHI
from tests.flows.conftest import KOREAN_DOCS
from tests.flows.prefect_stack import PREFECT, Stack

pytestmark = pytest.mark.slow


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[Stack]:
    running = Stack(tmp_path)
    try:
        running.wait_for("the Prefect server", lambda: running.get("/health") is not None)
        yield running
    finally:
        running.stop()


def test_serve_runs_by_hand_and_on_arrival(stack: Stack) -> None:
    (name, text), (late_name, late_text) = list(KOREAN_DOCS.items())[:2]
    (stack.raw / name).write_text(text, encoding="utf-8")
    paths = ["--raw", str(stack.raw), "--processed", str(stack.processed)]
    stack.start("serve", str(SUCHI), "serve", *paths)
    deployment = stack.wait_for("the deployment", lambda: stack.get("/deployments/name/ingest/suchi-ingest"))
    stack.wait_for(
        "its trigger", lambda: stack.get(f"/automations/related-to/prefect.deployment.{deployment['id']}")
    )

    # by hand: everything new in raw/
    stack.run(str(PREFECT), "deployment", "run", "ingest/suchi-ingest")
    stack.wait_for("the by-hand run", lambda: stack.completed_runs(deployment["id"]))
    assert open_store(stack.processed).source_keys() == [name]

    # on arrival: a download lands as .part, then is renamed
    stack.start("watch", str(SUCHI), "watch", *paths, "--settle", "0.5", "--no-scan")
    watch_log = stack.logs / "watch.log"
    stack.wait_for("the watcher", lambda: "watching" in watch_log.read_text(errors="replace"))
    partial = stack.raw / f"{late_name}.part"
    partial.write_text(late_text, encoding="utf-8")
    partial.rename(stack.raw / late_name)
    runs = stack.wait_for("the event's run", lambda: len(stack.completed_runs(deployment["id"])) >= 2 or None)
    store = open_store(stack.processed)
    manifest = store.lookup(store.source_keys())
    assert sorted(manifest) == sorted([name, late_name])
    assert doc_path(stack.processed, manifest[late_name].doc_id).is_file()
    assert runs
    triggered = [run for run in stack.completed_runs(deployment["id"]) if run["parameters"].get("paths")]
    assert [run["parameters"]["paths"] for run in triggered] == [[str(stack.raw / late_name)]]
    assert [run["name"] for run in triggered] == ["ingest-1-file-raw"]
