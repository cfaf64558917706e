"""processed/ bookkeeping without Prefect: names, plans, the facts table."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows import store

PARTIAL_NAMES = [
    ("report.pdf.part", True),
    ("report.pdf.crdownload", True),
    ("~$report.docx", True),
    (".report.txt", True),
    ("report.txt.tmp", True),
    ("report.txt~", True),
    (".DS_Store", True),
]
FINISHED_NAMES = [("report.pdf", False), ("보도자료.txt", False), ("a.part.pdf", False), ("tmp.txt", False)]


NAMES = PARTIAL_NAMES + FINISHED_NAMES


@pytest.mark.parametrize(("name", "partial"), NAMES, ids=[name for name, _ in NAMES])
def test_is_partial_name(name: str, partial: bool) -> None:
    assert store.is_partial_name(name) is partial


DECIMALS = [
    ("264290000000", "amount", Decimal("264290000000")),
    ("-2.5", "percent", Decimal("-2.5")),
    ("0.1234567891", "percent_point", Decimal("0.1234567891")),
    ("1.5", "multiple", Decimal("1.5")),
]
NOT_DECIMALS = [
    ("2025-12", "date"),  # dates have no decimal value
    ("0.12345678912", "percent"),  # an 11th decimal would be rounded: keep the string only
    ("1" + "0" * 28, "amount"),  # 29 integer digits do not fit decimal128(38, 10)
]


@pytest.mark.parametrize(("value", "kind", "expected"), DECIMALS, ids=[v for v, _, _ in DECIMALS])
def test_exact_decimal(value: str, kind: str, expected: Decimal) -> None:
    assert store.exact_decimal(value, kind) == expected


@pytest.mark.parametrize(("value", "kind"), NOT_DECIMALS, ids=[v[:14] for v, _ in NOT_DECIMALS])
def test_exact_decimal_none(value: str, kind: str) -> None:
    assert store.exact_decimal(value, kind) is None


def test_raw_files_skip_partial_and_hidden(tmp_path: Path) -> None:
    for name in ["a.txt", "b.pdf.part", ".hidden.txt", "sub/c.txt", ".git/d.txt", "~$e.docx"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in store.raw_files(tmp_path)] == ["a.txt", "sub/c.txt"]


def test_write_atomic_leaves_no_temporaries(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    store.write_atomic(target, b"{}")
    assert store.write_if_changed(target, b"{}") is False
    assert store.write_if_changed(target, b"[]") is True
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]
    assert target.stat().st_mode & 0o044  # readable by others under the usual umask


def test_plan_statuses(tmp_path: Path) -> None:
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    for name in ["same.txt", "changed.txt", "new.txt", "failed.txt"]:
        (raw / name).write_text(name)
    same_sha = store.sha256_file(raw / "same.txt")
    (processed).mkdir()
    (processed / f"{same_sha}.json").write_text("{}")
    (processed / f"{'0' * 64}.json").write_text("{}")
    manifest = {
        "same.txt": store.ManifestEntry(id=same_sha, sha256=same_sha, published=None, facts=1),
        "changed.txt": store.ManifestEntry(id="0" * 64, sha256="0" * 64, published=None, facts=1),
    }
    store.write_manifest(processed, manifest)
    store.store_failure(processed, "failed.txt", str(raw / "failed.txt"), "", code="binary_file", message="x")
    planned = {p.key: p.status for p in store.plan([raw], raw, processed, None)}
    expected = {"same.txt": "unchanged", "changed.txt": "changed", "new.txt": "new", "failed.txt": "retry"}
    assert planned == expected


def test_manifest_round_trip(tmp_path: Path) -> None:
    entry = store.ManifestEntry(id="a" * 64, sha256="a" * 64, published="2026-05-28", facts=3)
    store.write_manifest(tmp_path, {"x/y.txt": entry})
    assert store.read_manifest(tmp_path) == {"x/y.txt": entry}
    assert json.loads((tmp_path / store.MANIFEST).read_text())["documents"]["x/y.txt"]["facts"] == 3


def test_facts_table_rebuilt_when_unreadable(tmp_path: Path) -> None:
    (tmp_path / store.FACTS_TABLE).write_bytes(b"PAR1 torn")
    store.write_manifest(tmp_path, {})
    assert store.update_facts_table(tmp_path) is True
    table = pq.read_table(tmp_path / store.FACTS_TABLE)
    assert table.schema.equals(store.FACTS_SCHEMA) and table.num_rows == 0
    assert store.update_facts_table(tmp_path) is False  # nothing changed: not rewritten
