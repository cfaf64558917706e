"""Two processes on one store, and processes killed mid-run: every document once, nothing partial.

Each test runs on the folder store and on a real PostgreSQL server.  The
workers are plain processes running the flow's own storing code
(``ingest_worker.py``); ``test_cli_kill.py`` kills ``suchi ingest`` itself
and ``test_workers.py`` runs Prefect workers.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.files import sha256_file
from flows.folder_store import FACTS_DIR, MANIFEST_DB, REVIEW_DIR, SCHEMA_FILE
from flows.store import Store, open_store

WORKER = Path(__file__).with_name("ingest_worker.py")
ROOT = Path(__file__).resolve().parents[2]


def publication(number: int) -> str:
    return (
        f"보도자료 제{number}호 {number % 12 + 1}월 수출입 동향\n"
        f"{number % 12 + 1}월 수출은 {500 + number}억 달러로 "
        f"전년 동월 대비 {number % 9}.{number % 7}% 증가했다.\n"
        f"반도체 수출은 {100 + number}억 달러, 수입은 {400 + number}억 달러였다.\n"
    )


class Setup:
    def __init__(self, root: Path, url: str | None, files: int) -> None:
        self.root, self.url = root, url
        self.raw, self.processed, self.go = root / "raw", root / "processed", root / "go"
        self.raw.mkdir()
        for number in range(1, files + 1):
            (self.raw / f"{number:03d}.txt").write_text(publication(number), encoding="utf-8")

    def worker(self, *args: str) -> subprocess.Popen[str]:
        command = [
            sys.executable,
            str(WORKER),
            str(self.processed),
            str(self.raw),
            self.url or "",
            str(self.go),
        ]
        return subprocess.Popen(
            [*command, *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )

    def store(self) -> Store:
        return open_store(self.processed, self.url)

    def facts(self) -> list[tuple[str, str]]:
        if self.url is None:
            return duckdb.sql(f"SELECT doc_id, fact_id FROM '{self.processed / FACTS_DIR}'").fetchall()
        import psycopg

        with psycopg.connect(self.url) as conn:
            return [(str(a), str(b)) for a, b in conn.execute("SELECT doc_id, fact_id FROM facts")]

    def check_whole(self, names: list[str]) -> None:
        """Each raw file listed once, its document stored once, its facts once, nothing half written."""
        store = self.store()
        listed = {key: known.doc_id for key, known in store.lookup(store.source_keys()).items()}
        assert listed == {name: sha256_file(self.raw / name) for name in names}
        docs = {doc_id: store.load(doc_id) for doc_id in set(listed.values())}
        assert all(doc is not None for doc in docs.values())
        expected = sorted((d, f.id) for d, doc in docs.items() if doc is not None for f in doc.facts)
        rows = sorted(self.facts())
        assert rows == expected and store.totals().facts == len(rows)
        assert store.totals().documents == len(docs)
        review = {p.stem for p in (self.processed / REVIEW_DIR).iterdir() if not p.name.startswith(".")}
        assert review == set(docs)
        assert not list(self.processed.rglob("*.tmp"))
        if self.url is None:  # no file the manifest does not list
            assert {p.stem for p in self.processed.glob("*.json")} == set(docs)
            dataset = self.processed / FACTS_DIR
            files = {p.relative_to(self.processed).as_posix() for p in dataset.rglob("*.parquet")}
            with sqlite3.connect(self.processed / MANIFEST_DB) as db:
                listed_files = {f for (f,) in db.execute("SELECT facts_file FROM documents") if f}
            assert files - listed_files == {SCHEMA_FILE}


@pytest.fixture(params=["folder", "postgres"])
def setup(request: pytest.FixtureRequest, tmp_path: Path) -> Setup:
    url = request.getfixturevalue("postgres_url") if request.param == "postgres" else None
    return Setup(tmp_path, url, files=16)


def finish(*workers: subprocess.Popen[str]) -> list[str]:
    outputs = []
    for worker in workers:
        out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err[-3000:]
        outputs.append(out)
    return outputs


def test_two_processes_ingest_the_same_files(setup: Setup) -> None:
    first, second = setup.worker(), setup.worker()
    setup.go.touch()
    finish(first, second)
    setup.check_whole(sorted(p.name for p in setup.raw.iterdir()))


def test_two_processes_ingest_different_and_shared_files(setup: Setup) -> None:
    names = sorted(p.name for p in setup.raw.iterdir())
    (setup.raw / "copy.txt").write_bytes((setup.raw / names[0]).read_bytes())  # the same bytes, another name
    odd = [str(setup.raw / n) for n in names[::2]] + [str(setup.raw / "copy.txt")]
    even = [str(setup.raw / n) for n in names[1::2]] + [str(setup.raw / names[0])]
    first, second = setup.worker(*odd), setup.worker(*even)
    setup.go.touch()
    finish(first, second)
    setup.check_whole([*names, "copy.txt"])


def test_kill_9_mid_run_then_rerun(setup: Setup) -> None:
    for number in range(17, 61):
        (setup.raw / f"{number:03d}.txt").write_text(publication(number), encoding="utf-8")
    worker = setup.worker()
    setup.go.touch()
    assert worker.stdout is not None
    worker.stdout.readline()  # one document stored: kill while the next ones are on their way
    time.sleep(0.05)
    os.killpg(worker.pid, signal.SIGKILL)
    worker.communicate()
    stored = setup.store().totals().documents
    print(f"{stored} of 60 documents stored at the kill")
    assert 1 <= stored < 60
    finish(setup.worker())
    setup.check_whole(sorted(p.name for p in setup.raw.iterdir()))


@pytest.mark.parametrize("stage", ["before-commit", "after-commit"])
def test_folder_store_crash_at_each_commit_stage(tmp_path: Path, stage: str) -> None:
    """Killed with its files written as temporaries, or with the manifest committed but not yet replayed."""
    setup = Setup(tmp_path, None, files=3)
    crashed = setup.worker("--crash", stage)
    setup.go.touch()
    crashed.communicate(timeout=600)
    assert crashed.returncode == 9
    pending = list(setup.processed.rglob("*.tmp"))
    assert pending  # the crash left temporaries
    committed = setup.store().source_keys()
    assert committed == ([] if stage == "before-commit" else ["001.txt"])
    setup.store().recover()  # what every later run does first
    assert not list(setup.processed.rglob("*.tmp"))
    setup.check_whole(committed)
    finish(setup.worker())
    setup.check_whole(sorted(p.name for p in setup.raw.iterdir()))
