"""An ingest in its own process, without Prefect, for the concurrency and kill tests.

    python tests/flows/ingest_worker.py PROCESSED RAW STORE GO [--crash STAGE] [PATHS...]

Loads the models, waits for the file GO to exist (so that two workers start
together), then plans and ingests PATHS (default: all of RAW) into the store
(STORE: a PostgreSQL URL, or "" for the folder store in PROCESSED), exactly
as the flow's tasks do.  ``--crash before-commit`` or ``after-commit`` ends
the process with ``os._exit`` at that point of storing its first document
(the folder store's two transactions), as a SIGKILL would.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def _crash_at(stage: str) -> None:
    from flows.folder_store import FolderStore

    if stage == "before-commit":  # the document's files are written as temporaries, nothing committed
        FolderStore._write = lambda self: os._exit(9)  # type: ignore[assignment,method-assign,misc]
    elif stage == "after-commit":  # the manifest is committed, the journal not replayed
        FolderStore._commit = lambda self: os._exit(9)  # type: ignore[method-assign]
    else:
        raise SystemExit(f"unknown crash stage {stage!r}")


def main(argv: list[str]) -> None:
    processed, raw, spec, go, *rest = argv
    crash = None
    if rest[:1] == ["--crash"]:
        crash, rest = rest[1], rest[2:]
    from extractors.pipeline import extract_source
    from extractors.readers import read_bytes
    from flows.ingest import ingest_one
    from flows.store import given_files, open_store, plan

    extract_source(read_bytes("warm-up.txt", "수출이 3.5% 늘었다.\n".encode()))  # load the models first
    store = open_store(Path(processed), spec or None)
    while not Path(go).exists():
        time.sleep(0.005)
    store.recover()
    planned = plan(store, given_files([Path(p) for p in rest] or [Path(raw)]), Path(raw), None)
    first = [item for item in planned if item.status not in {"unchanged", "copy"}]
    copies = [item for item in planned if item.status == "copy"]
    if crash:
        _crash_at(crash)
    for item in first + copies:
        result, _ = ingest_one(item, store, Path(processed), None)
        print(result.file, result.status, flush=True)
    store.compact()


if __name__ == "__main__":
    main(sys.argv[1:])
