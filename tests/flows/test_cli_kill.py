"""``suchi ingest`` killed with SIGKILL mid-batch, then run again: nothing torn, lost or doubled."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import duckdb

from flows.files import sha256_file
from flows.folder_store import FACTS_DIR
from flows.store import open_store
from tests.conftest import SUCHI

FILES = 40


def publication(number: int) -> str:
    return (
        f"보도자료 제{number}호 수출입 동향\n"
        f"{number}월 수출은 {100 + number}억 달러로 전년 동월 대비 {number % 9}.{number % 7}% 증가했다.\n"
        f"반도체 수출은 {20 + number}억 달러, 수입은 {80 + number}억 달러였다.\n"
    )


def suchi_ingest(root: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(SUCHI), "ingest", "--raw", str(root / "raw"), "--processed", str(root / "processed")],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its temporary Prefect server dies with it
    )


def landed(processed: Path) -> list[Path]:
    return [p for p in processed.glob("*.json") if len(p.stem) == 64]


def test_sigkill_then_rerun(tmp_path: Path, cli_env: dict[str, str]) -> None:
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    for number in range(1, FILES + 1):
        (raw / f"{number:02d}.txt").write_text(publication(number), encoding="utf-8")

    first = suchi_ingest(tmp_path, cli_env)
    deadline = time.monotonic() + 180
    while not landed(processed) and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(first.pid, signal.SIGKILL)
    first.communicate()
    print(f"{len(landed(processed))} of {FILES} documents had landed at the kill")
    assert len(landed(processed)) >= 1, "no document landed before the kill"
    for path in processed.rglob("*.json"):  # whatever landed is whole
        json.loads(path.read_text(encoding="utf-8"))

    second = suchi_ingest(tmp_path, cli_env)
    out, err = second.communicate(timeout=300)
    assert second.returncode == 0, err
    assert "Error flushing events" not in out + err and "INFO" not in out + err
    assert out.strip().startswith(f"{FILES} documents")

    store = open_store(processed)
    manifest = {key: known.doc_id for key, known in store.lookup(store.source_keys()).items()}
    assert sorted(manifest) == sorted(p.name for p in raw.iterdir())
    assert {p.stem for p in landed(processed)} == set(manifest.values())
    assert set(manifest.values()) == {sha256_file(p) for p in raw.iterdir()}
    review = processed / "review"  # a bulk run leaves pages to `suchi review`: none left over
    if review.is_dir():
        assert {p.stem for p in review.iterdir()} <= set(manifest.values())
    facts = 0
    for path in landed(processed):
        facts += len(json.loads(path.read_text(encoding="utf-8"))["facts"])
    keys = duckdb.sql(f"SELECT doc_id, fact_id FROM '{processed / FACTS_DIR}'").fetchall()
    assert len(keys) == len(set(keys)) == facts == store.totals().facts
    assert not list(processed.rglob("*.tmp"))  # the killed run's temporaries are gone
