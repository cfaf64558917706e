"""The stores without Prefect: names, plans, and the same record semantics in both stores.

Every test that takes ``any_store`` runs on the folder store and on a real
PostgreSQL server (skipped outside CI when none is reachable).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import files, records
from flows.store import Planned, Store, Totals, given_files, gone_keys, open_store, plan
from schemas.models import SCHEMA_VERSION, Document, DocumentMeta, Fact

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
    assert files.is_partial_name(name) is partial


DECIMALS = [
    ("264290000000", "amount", Decimal("264290000000")),
    ("-2.5", "percent", Decimal("-2.5")),
    ("0.1234567891", "percent_point", Decimal("0.1234567891")),
    ("1.5", "multiple", Decimal("1.5")),
    ("9" * 18 + ".5", "amount", Decimal("9" * 18 + ".5")),  # 18 integer digits and 10 decimals: 28
]
NOT_DECIMALS = [
    ("2025-12", "date"),  # dates have no decimal value
    ("0.12345678912", "percent"),  # an 11th decimal would be rounded: keep the string only
    ("1" + "0" * 28, "amount"),  # 29 integer digits do not fit decimal128(38, 10)
    ("1" + "0" * 18, "amount"),  # 19 integer digits and 10 decimals pass Decimal's 28 digits
]


@pytest.mark.parametrize(("value", "kind", "expected"), DECIMALS, ids=[v for v, _, _ in DECIMALS])
def test_exact_decimal(value: str, kind: str, expected: Decimal) -> None:
    assert records.exact_decimal(value, kind) == expected


@pytest.mark.parametrize(("value", "kind"), NOT_DECIMALS, ids=[v[:14] for v, _ in NOT_DECIMALS])
def test_exact_decimal_none(value: str, kind: str) -> None:
    assert records.exact_decimal(value, kind) is None


def test_exact_decimals_of_a_document_are_each_exact_decimal() -> None:
    """The facts table's one cast per document gives what ``exact_decimal`` gives value by value."""
    rows = [(value, kind) for value, kind, _ in DECIMALS] + NOT_DECIMALS
    for chosen in (
        rows,
        [row for row in rows if row not in NOT_DECIMALS[1:]],
    ):  # Arrow's cast refusing, or not
        values, kinds = [v for v, _ in chosen], [k for _, k in chosen]
        assert records.exact_decimals(values, kinds).to_pylist() == [
            records.exact_decimal(*row) for row in chosen
        ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.from_regex(r"-?(0|[1-9][0-9]{0,30})(\.[0-9]{1,14})?", fullmatch=True),
            st.sampled_from(["amount", "percent", "percent_point", "multiple"]),
        ),
        max_size=8,
    )
)
def test_exact_decimals_match_exact_decimal(rows: list[tuple[str, str]]) -> None:
    values, kinds = [v for v, _ in rows], [k for _, k in rows]
    assert records.exact_decimals(values, kinds).to_pylist() == [records.exact_decimal(*row) for row in rows]


def test_raw_files_skip_partial_and_hidden(tmp_path: Path) -> None:
    for name in ["a.txt", "b.pdf.part", ".hidden.txt", "sub/c.txt", ".git/d.txt", "~$e.docx"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in files.raw_files(tmp_path)] == ["a.txt", "sub/c.txt"]


def test_write_atomic_leaves_no_temporaries_and_reads_for_all(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    files.write_atomic(target, b"{}")
    assert files.write_if_changed(target, b"{}") is False
    assert files.write_if_changed(target, b"[]") is True
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # 0644 under the usual umask


# -- documents for the stores ------------------------------------------------------------------------

_PERCENT = re.compile(r"[0-9]+\.[0-9]%")


def make_doc(text: str, published: str | None = "2026-05-28") -> Document:
    """A Document of ``text`` (its bytes' sha256 as id) with a percent fact per ``N.N%``."""
    facts = [
        Fact(
            id=f"f{number:04d}",
            kind="percent",
            text=found.group(),
            span=(found.start(), found.end()),
            value=found.group()[:-1],
            unit="%",
        )
        for number, found in enumerate(_PERCENT.finditer(text), start=1)
    ]
    meta = DocumentMeta(
        id=hashlib.sha256(text.encode()).hexdigest(),
        source=f"raw/{len(text)}.txt",
        title=text.splitlines()[0],
        published=published,
        kind="press_release",
        pages=None,
    )
    return Document(document=meta, text=text, facts=facts)


TRADE = "수출 동향\n수출이 3.5% 늘고 수입은 1.2% 줄었다.\n"
CHIPS = "반도체 동향\n반도체 수출은 12.4% 늘었다.\n"
TRADE_FIXED = "수출 동향(정정)\n수출이 3.6% 늘고 수입은 1.2% 줄었다.\n"


@dataclass
class Archive:
    """A store under test, its raw/ folder, and a way to read its facts table."""

    store: Store
    raw: Path
    kind: str
    url: str | None

    def add(self, name: str, text: str, published: str | None = "2026-05-28") -> Planned:
        """Write raw/<name>, plan it and store its document as the flow would."""
        path = self.raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        (item,) = plan(self.store, [path], self.raw, None)
        self.store.put_document(item, make_doc(text, published), None, b"<html></html>")
        return item

    def manifest(self) -> dict[str, str]:
        keys = self.store.source_keys()
        return {key: known.doc_id for key, known in self.store.lookup(keys).items()}

    def facts(self) -> list[tuple[str, str, str]]:
        """(doc_id, fact_id, source) of every row of the facts table, sorted."""
        sql = "SELECT doc_id, fact_id, source FROM facts ORDER BY 1, 2"
        if self.url is None:
            dataset = self.store.root / "facts.parquet"  # type: ignore[attr-defined]
            rows = duckdb.sql(sql.replace("facts", f"'{dataset}'", 1)).fetchall()
        else:
            import psycopg

            with psycopg.connect(self.url) as conn:
                rows = conn.execute(sql).fetchall()
        return [(str(a), str(b), str(c)) for a, b, c in rows]


@pytest.fixture(params=["folder", "postgres"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Archive]:
    url = request.getfixturevalue("postgres_url") if request.param == "postgres" else None
    raw = tmp_path / "raw"
    raw.mkdir()
    store = open_store(tmp_path / "processed", url)
    store.recover()
    yield Archive(store, raw, request.param, url)


def doc_id(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_stored_document_round_trips(any_store: Archive) -> None:
    any_store.add("trade.txt", TRADE)
    assert any_store.manifest() == {"trade.txt": doc_id(TRADE)}
    assert any_store.store.load(doc_id(TRADE)) == make_doc(TRADE)
    assert any_store.facts() == [(doc_id(TRADE), "f0001", "trade.txt"), (doc_id(TRADE), "f0002", "trade.txt")]
    assert (any_store.store.totals().documents, any_store.store.totals().facts) == (1, 2)


def test_storing_twice_keeps_one_copy(any_store: Archive) -> None:
    item = any_store.add("trade.txt", TRADE)
    any_store.store.put_document(item, make_doc(TRADE), None, b"<html></html>")
    assert len(any_store.facts()) == any_store.store.totals().facts == 2


def test_changed_bytes_replace_the_old_records(any_store: Archive) -> None:
    any_store.add("trade.txt", TRADE)
    any_store.add("chips.txt", CHIPS)
    any_store.add("trade.txt", TRADE_FIXED)
    assert any_store.manifest() == {"trade.txt": doc_id(TRADE_FIXED), "chips.txt": doc_id(CHIPS)}
    assert {row[0] for row in any_store.facts()} == {doc_id(TRADE_FIXED), doc_id(CHIPS)}
    assert any_store.store.load(doc_id(TRADE)) is None
    assert any_store.store.totals().facts == len(any_store.facts()) == 3


def test_same_bytes_under_two_names_are_one_document(any_store: Archive) -> None:
    any_store.add("a/trade.txt", TRADE)
    (any_store.raw / "b").mkdir()
    (any_store.raw / "b" / "trade.txt").write_text(TRADE, encoding="utf-8")
    (item,) = plan(any_store.store, [any_store.raw / "b" / "trade.txt"], any_store.raw, None)
    assert item.status == "copy"
    assert any_store.store.put_copy(item)
    assert any_store.manifest() == {"a/trade.txt": doc_id(TRADE), "b/trade.txt": doc_id(TRADE)}
    assert len(any_store.facts()) == any_store.store.totals().facts == 2
    # the name in the facts rows is pruned: they name the other one
    assert any_store.store.prune(["a/trade.txt"]) == 1
    assert {row[2] for row in any_store.facts()} == {"b/trade.txt"}
    any_store.store.prune(["b/trade.txt"])
    assert any_store.facts() == [] and any_store.store.totals().documents == 0


def test_failure_drops_the_records_and_a_fix_clears_it(any_store: Archive) -> None:
    item = any_store.add("trade.txt", TRADE)
    any_store.store.put_failure(item, "empty_file", "the file is empty")
    assert any_store.manifest() == {} and any_store.facts() == []
    assert any_store.store.failed(["trade.txt"]) == {"trade.txt"}
    assert any_store.store.source_keys() == ["trade.txt"]  # still a record of the raw file
    any_store.add("trade.txt", TRADE_FIXED)
    assert any_store.store.failed(["trade.txt"]) == set()


def test_gone_files_are_counted_then_pruned(any_store: Archive) -> None:
    any_store.add("trade.txt", TRADE)
    any_store.add("chips.txt", CHIPS)
    (any_store.raw / "trade.txt").unlink()
    assert gone_keys(any_store.store, any_store.raw) == ["trade.txt"]
    assert any_store.manifest() == {"trade.txt": doc_id(TRADE), "chips.txt": doc_id(CHIPS)}  # kept
    any_store.store.prune(gone_keys(any_store.store, any_store.raw))
    assert any_store.manifest() == {"chips.txt": doc_id(CHIPS)}
    assert {row[0] for row in any_store.facts()} == {doc_id(CHIPS)}


# -- planning ----------------------------------------------------------------------------------------

PLANS = [
    # (name, stored text, text now, expected status)
    ("same bytes", TRADE, TRADE, "unchanged"),
    ("other bytes", TRADE, TRADE_FIXED, "changed"),
    ("not stored", None, TRADE, "new"),
]


@pytest.mark.parametrize(("stored", "now", "status"), [p[1:] for p in PLANS], ids=[p[0] for p in PLANS])
def test_plan_status(any_store: Archive, stored: str | None, now: str, status: str) -> None:
    if stored is not None:
        any_store.add("x.txt", stored)
    (any_store.raw / "x.txt").write_text(now, encoding="utf-8")
    assert [p.status for p in plan(any_store.store, [any_store.raw / "x.txt"], any_store.raw, None)] == [
        status
    ]


def test_plan_retries_failures_and_copies_within_a_run(any_store: Archive) -> None:
    failed = any_store.add("failed.txt", TRADE)
    any_store.store.put_failure(failed, "binary_file", "not text")
    for name in ("one.txt", "two.txt"):
        (any_store.raw / name).write_text(CHIPS, encoding="utf-8")
    planned = plan(any_store.store, given_files([any_store.raw]), any_store.raw, None)
    assert {p.key: p.status for p in planned} == {"failed.txt": "retry", "one.txt": "new", "two.txt": "copy"}


def test_plan_reextracts_other_reference_dates(any_store: Archive) -> None:
    from datetime import date

    any_store.add("x.txt", TRADE)
    (item,) = plan(any_store.store, [any_store.raw / "x.txt"], any_store.raw, date(2026, 5, 28))
    assert item.status == "changed"  # another reference date may date other figures


def test_plan_does_not_hash_files_whose_stat_is_unchanged(
    any_store: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    any_store.add("x.txt", TRADE)
    import flows.store

    def no_hashing(path: Path) -> str:
        raise AssertionError(f"{path} was hashed again")

    monkeypatch.setattr(flows.store, "sha256_file", no_hashing)
    assert [p.status for p in plan(any_store.store, [any_store.raw / "x.txt"], any_store.raw, None)] == [
        "unchanged"
    ]


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    from flows.store import UsageError

    with pytest.raises(UsageError, match="no such file or folder"):
        given_files([tmp_path / "raw", tmp_path / "typo.txt"])


def test_temporaries_beside_their_targets_are_swept_once(tmp_path: Path) -> None:
    """Versions before the staging folder wrote temporaries beside their targets: the first
    recovery of such a store looks there too; later ones list only processed/_staging."""
    archive = Archive(open_store(tmp_path / "processed"), tmp_path / "raw", "folder", None)
    archive.raw.mkdir()
    archive.add("x.txt", TRADE)
    processed = tmp_path / "processed"
    assert not list(processed.rglob("*.tmp")) and (processed / "_staging").is_dir()
    dead = f"{files.HOST}.999999999"  # no such process
    left = [
        processed / f".{doc_id(TRADE)}.json.{dead}.0a1b2c3d.tmp",
        processed / "review" / f".p.html.{dead}.1.tmp",
    ]
    for path in left:
        path.write_text("half")
    archive.store._db().execute("PRAGMA user_version = 0")  # type: ignore[attr-defined]  # an older version's
    archive.store.recover()
    assert not any(path.exists() for path in left)
    assert archive.store._db().execute("PRAGMA user_version").fetchone() == (1,)  # type: ignore[attr-defined]
    staged = processed / "_staging" / f".{doc_id(TRADE)}.json.{dead}.0a1b2c3d.tmp"
    staged.write_text("half")
    archive.store.recover()
    assert not staged.exists()


def test_outdated_schema_version_is_extracted_again(tmp_path: Path) -> None:
    archive = Archive(open_store(tmp_path / "processed"), tmp_path / "raw", "folder", None)
    archive.raw.mkdir()
    archive.add("x.txt", TRADE)
    db = archive.store._db()  # type: ignore[attr-defined]
    db.execute("UPDATE documents SET schema_version = ?", (SCHEMA_VERSION - 1,))
    (item,) = plan(archive.store, [archive.raw / "x.txt"], archive.raw, None)
    assert item.status == "outdated"


def test_processed_folder_of_before_is_converted(tmp_path: Path) -> None:
    """processed/ as the JSON manifest and one facts.parquet file left it: imported, then repaired."""
    import json

    processed, raw = tmp_path / "processed", tmp_path / "raw"
    raw.mkdir()
    processed.mkdir()
    (raw / "trade.txt").write_text(TRADE, encoding="utf-8")
    doc = make_doc(TRADE)
    (processed / f"{doc.document.id}.json").write_text(doc.model_dump_json(), encoding="utf-8")
    (processed / "facts.parquet").write_bytes(b"PAR1 the old single table")
    entry = {"id": doc.document.id, "sha256": doc.document.id, "published": None, "facts": 2}
    (processed / "_manifest.json").write_text(json.dumps({"version": 1, "documents": {"trade.txt": entry}}))
    archive = Archive(open_store(processed), raw, "folder", None)
    (item,) = plan(archive.store, [raw / "trade.txt"], raw, None)
    assert item.status == "repair"  # listed, but its facts file is not written yet
    assert not (processed / "_manifest.json").exists() and (processed / "facts.parquet").is_dir()
    archive.store.put_document(item, archive.store.load(item.sha256), None, None)  # type: ignore[arg-type]
    assert archive.facts() == [
        (doc.document.id, "f0001", "trade.txt"),
        (doc.document.id, "f0002", "trade.txt"),
    ]
    assert plan(archive.store, [raw / "trade.txt"], raw, None)[0].status == "unchanged"


# -- compaction: a month's facts files merged into one part ---------------------------------------


def month_release(number: int) -> str:
    return f"{number}월 자료\n수출이 {number % 9}.{number % 7}% 늘었다.\n"


@pytest.fixture
def compacted(tmp_path: Path) -> Archive:
    """A folder store whose 20 documents of one month were merged into one part."""
    archive = Archive(open_store(tmp_path / "processed"), tmp_path / "raw", "folder", None)
    archive.raw.mkdir()
    for number in range(20):
        archive.add(f"{number:02d}.txt", month_release(number))
    before = archive.facts()
    assert archive.store.compact() == 1  # type: ignore[attr-defined]
    assert archive.facts() == before
    month = tmp_path / "processed" / "facts.parquet" / "published_month=2026-05"
    assert [p.name[:5] for p in month.iterdir()] == ["part-"]
    return archive


def test_compaction_reads_a_facts_file_another_process_replaced(tmp_path: Path) -> None:
    """The rows a store keeps of the files it wrote serve compaction only while each file is still
    the one it wrote: a file another process replaced since is read from disk."""
    import pyarrow.parquet as pq

    archive = Archive(open_store(tmp_path / "processed"), tmp_path / "raw", "folder", None)
    archive.raw.mkdir()
    for number in range(20):
        archive.add(f"{number:02d}.txt", month_release(number))
    (replaced,) = (tmp_path / "processed" / "facts.parquet").glob(f"*/{doc_id(month_release(3))}*")
    table = records.with_source(pq.read_table(replaced), "renamed elsewhere.txt")
    temp = replaced.with_name("replacement.tmp")
    temp.write_bytes(records.parquet_bytes(table))
    os.replace(temp, replaced)  # a new inode, as another process's write leaves it
    assert archive.store.compact() == 1  # type: ignore[attr-defined]
    rows = [row for row in archive.facts() if row[0] == doc_id(month_release(3))]
    assert rows == [(doc_id(month_release(3)), "f0001", "renamed elsewhere.txt")]
    assert len(archive.facts()) == 20


# Batches of 16 documents of one month, each merged in turn: the month's parts (rows each, fewest
# first) count the batches in binary, and a merge leaves every part with more rows than it alone.
MERGES = [
    # batches, published, parts' rows after the last merge, parts the last merge left alone
    (1, "2026-05-28", [16], 0),
    (2, "2026-05-28", [32], 0),
    (3, "2026-05-28", [16, 32], 1),
    (4, "2026-05-28", [64], 0),
    (5, "2026-05-28", [16, 64], 1),
    (7, "2026-05-28", [16, 32, 64], 2),
    (3, None, [16, 32], 1),  # the month of unknown dates, where most of an archive can be
]


@pytest.mark.parametrize(
    ("batches", "published", "parts", "kept"),
    MERGES,
    ids=[f"{b} merges, {p or 'no date'}" for b, p, _, _ in MERGES],
)
def test_a_merge_rewrites_no_part_larger_than_itself(
    tmp_path: Path, batches: int, published: str | None, parts: list[int], kept: int
) -> None:
    import pyarrow.parquet as pq

    archive = Archive(open_store(tmp_path / "processed"), tmp_path / "raw", "folder", None)
    archive.raw.mkdir()
    dataset = tmp_path / "processed" / "facts.parquet"
    before: set[Path] = set()
    for batch in range(batches):
        for number in range(batch * 16, batch * 16 + 16):
            archive.add(f"{number:03d}.txt", month_release(number), published)
        before = set(dataset.glob("*/part-*"))
        assert archive.store.compact() == 1  # type: ignore[attr-defined]
    after = set(dataset.glob("*/part-*"))
    assert sorted(pq.read_metadata(path).num_rows for path in after) == parts
    assert len(before & after) == kept
    assert not [path for path in dataset.glob("*/*.parquet") if len(path.stem) == 64]  # no loose file
    expected = [(doc_id(month_release(n)), "f0001", f"{n:03d}.txt") for n in range(batches * 16)]
    assert archive.facts() == sorted(expected)
    assert archive.store.totals().facts == batches * 16


def test_compacted_documents_stay_unchanged(compacted: Archive) -> None:
    planned = plan(compacted.store, given_files([compacted.raw]), compacted.raw, None)
    assert {p.status for p in planned} == {"unchanged"}
    assert compacted.store.totals().facts == len(compacted.facts()) == 20


COMPACTED_CHANGES = {
    "new bytes": lambda a: a.add("03.txt", month_release(103)),
    "pruned": lambda a: a.store.prune(["03.txt"]),
    "failed": lambda a: a.store.put_failure(plan(a.store, [a.raw / "03.txt"], a.raw, None)[0], "x", "y"),
}


@pytest.mark.parametrize("change", COMPACTED_CHANGES.values(), ids=COMPACTED_CHANGES.keys())
def test_a_document_leaving_a_part_takes_its_rows(compacted: Archive, change: object) -> None:
    change(compacted)  # type: ignore[operator]
    listed = compacted.manifest()
    expected = sorted((d, "f0001", key) for key, d in listed.items())
    assert compacted.facts() == expected and compacted.store.totals().facts == len(expected)
    assert doc_id(month_release(3)) not in {row[0] for row in compacted.facts()}


def test_a_compacted_document_renamed_names_its_other_file(compacted: Archive) -> None:
    (compacted.raw / "copy.txt").write_text(month_release(3), encoding="utf-8")
    (item,) = plan(compacted.store, [compacted.raw / "copy.txt"], compacted.raw, None)
    assert item.status == "copy" and compacted.store.put_copy(item)
    compacted.store.prune(["03.txt"])
    rows = [row for row in compacted.facts() if row[0] == doc_id(month_release(3))]
    assert rows == [(doc_id(month_release(3)), "f0001", "copy.txt")]
    assert len(compacted.facts()) == 20


# -- scanning all of raw/: what each change of an archived file makes of it -------------------------

TRADE_SAME_SIZE = TRADE.replace("3.5", "3.7")  # other bytes, the same length


def rewrite(text: str, *, keep_mtime: bool = False, new_inode: bool = False) -> Callable[[Path], None]:
    """Give a raw file ``text``: in place or by renaming a new file over it, its mtime kept or later."""

    def change(path: Path) -> None:
        before = path.stat()
        if new_inode:  # as an editor or a download saves it: a new file renamed over the old one
            temp = path.with_name(f".{path.name}.new")
            temp.write_text(text, encoding="utf-8")
            os.replace(temp, path)
        else:
            path.write_text(text, encoding="utf-8")
        later = before.st_mtime_ns + (0 if keep_mtime else 10**9)  # a second later: any file system sees it
        os.utime(path, ns=(later, later))

    return change


def touch(path: Path) -> None:
    later = path.stat().st_mtime_ns + 10**9
    os.utime(path, ns=(later, later))


def remove_derived(pattern: str) -> Callable[[Archive], None]:
    """Remove the folder store's derived file of x.txt's document (``{id}`` in ``pattern``)."""

    def change(archive: Archive) -> None:
        processed = archive.store.root  # type: ignore[attr-defined]
        (found,) = processed.glob(pattern.format(id=doc_id(TRADE)))
        found.unlink()

    return change


# (name, what happens to raw/x.txt after TRADE was stored under it, its text now or None when it
#  is gone, its status in a scan of raw/, whether it is hashed again)
SCAN_CHANGES: list[tuple[str, Callable[[Path], None], str | None, str | None, bool]] = [
    ("untouched", lambda path: None, TRADE, "unchanged", False),
    ("new bytes under the same name", rewrite(TRADE_FIXED), TRADE_FIXED, "changed", True),
    ("touched: the same bytes, a later mtime", touch, TRADE, "unchanged", True),
    ("the same bytes in a new inode, mtime kept", rewrite(TRADE, keep_mtime=True, new_inode=True), TRADE,
     "unchanged", True),
    ("new bytes of the same size and mtime in a new inode",
     rewrite(TRADE_SAME_SIZE, keep_mtime=True, new_inode=True), TRADE_SAME_SIZE, "changed", True),
    ("removed", lambda path: path.unlink(), None, None, False),
]  # fmt: skip
# (name, what happens to the folder store's records of x.txt, its status in a scan of raw/)
SCAN_DERIVED: list[tuple[str, Callable[[Archive], None], str]] = [
    ("its facts file removed", remove_derived("facts.parquet/*/{id}.parquet"), "repair"),
    ("its review page removed", remove_derived("review/{id}.html"), "repair"),
    ("its document removed", remove_derived("{id}.json"), "changed"),
]
# How the folder store reads the manifest for a plan: row by row for a few files, in one pass over
# each table for most of them (a scan of raw/), checking derived files by a stat each or, for
# many, by listing processed/. These settings make it read these few files either way.
FRESH_READS = {
    "row by row": {"_PASS_FROM": float("inf")},
    "rows in chunks, folders listed": {"_PASS_FROM": float("inf"), "_CHUNK": 2, "_LIST_FROM": 1},
    "one pass, folders listed": {"_PASS_FROM": 0.0, "_LIST_FROM": 1},
}
SCAN_SIZES = list(FRESH_READS)


def read_manifest_as(way: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows import folder_store

    for name, value in FRESH_READS[way].items():
        monkeypatch.setattr(folder_store, name, value)


NEIGHBOURS = {"a.txt": CHIPS, "sub/b.txt": month_release(1), "sub/c.txt": month_release(2)}


@pytest.fixture(params=SCAN_SIZES)
def scanned(request: pytest.FixtureRequest, any_store: Archive, monkeypatch: pytest.MonkeyPatch) -> Archive:
    """``any_store`` holding x.txt (TRADE) among NEIGHBOURS, as a scan of raw/ stored them."""
    read_manifest_as(request.param, monkeypatch)
    any_store.add("x.txt", TRADE)
    for name, text in NEIGHBOURS.items():
        any_store.add(name, text)
    return any_store


def scan_and_store(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> tuple[dict[str, str], list[str], int]:
    """Plan all of raw/ and carry the plan out as the flow does.

    Returns each key's status, the gone keys and how often x.txt was hashed.
    """
    import flows.store

    hashed: list[Path] = []

    def counting(path: Path) -> str:
        hashed.append(path)
        return files.sha256_file(path)

    monkeypatch.setattr(flows.store, "sha256_file", counting)
    planned = plan(archive.store, given_files([archive.raw]), archive.raw, None)
    for item in planned:
        if item.status == "repair":
            archive.store.put_document(item, archive.store.load(item.sha256), None, b"<html></html>")  # type: ignore[arg-type]
        elif item.status in flows.store.EXTRACT:
            text = Path(item.path).read_text(encoding="utf-8")
            archive.store.put_document(item, make_doc(text), None, b"<html></html>")
    gone = gone_keys(archive.store, archive.raw, {item.key for item in planned})
    return {item.key: item.status for item in planned}, gone, sum(p.name == "x.txt" for p in hashed)


def assert_records_match(archive: Archive, texts: dict[str, str]) -> None:
    """Every file listed once with its bytes' document, every document's facts once."""
    assert archive.manifest() == {key: doc_id(text) for key, text in texts.items()}
    expected = sorted({(doc_id(text), fact.id) for text in texts.values() for fact in make_doc(text).facts})
    rows = archive.facts()
    assert sorted((d, f) for d, f, _ in rows) == expected  # nothing lost, nothing twice
    assert all(doc_id(texts[source]) == d for d, _, source in rows)  # each row names a file of its bytes
    docs = {doc_id(text): len(make_doc(text).facts) for text in texts.values()}
    assert archive.store.totals() == Totals(documents=len(docs), facts=sum(docs.values()))


@pytest.mark.parametrize(
    ("change", "now", "status", "rehashed"), [c[1:] for c in SCAN_CHANGES], ids=[c[0] for c in SCAN_CHANGES]
)
def test_scan_of_raw_sees_each_change(  # noqa: PLR0917 - one row of SCAN_CHANGES
    scanned: Archive,
    monkeypatch: pytest.MonkeyPatch,
    change: Callable[[Path], None],
    now: str | None,
    status: str | None,
    rehashed: bool,
) -> None:
    change(scanned.raw / "x.txt")
    (scanned.raw / "new.txt").write_text(month_release(5), encoding="utf-8")  # a new file beside
    statuses, gone, hashes = scan_and_store(scanned, monkeypatch)
    expected = dict.fromkeys(NEIGHBOURS, "unchanged") | {"new.txt": "new"}
    assert statuses == expected | ({"x.txt": status} if status else {})
    assert gone == ([] if now is not None else ["x.txt"])
    assert hashes == int(rehashed)
    texts = NEIGHBOURS | {"new.txt": month_release(5)} | ({"x.txt": now} if now is not None else {})
    if now is None:
        scanned.store.prune(gone)
    assert_records_match(scanned, texts)
    again, _, rehashes = scan_and_store(scanned, monkeypatch)  # the run stored what it found
    assert (set(again.values()), rehashes) == ({"unchanged"}, 0)  # and the stat of what it hashed


@pytest.mark.parametrize(
    ("change", "status"), [c[1:] for c in SCAN_DERIVED], ids=[c[0] for c in SCAN_DERIVED]
)
@pytest.mark.parametrize("size", SCAN_SIZES)
def test_scan_of_raw_rebuilds_missing_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: str, change: Callable[[Archive], None], status: str
) -> None:
    read_manifest_as(size, monkeypatch)
    archive = Archive(open_store(tmp_path / "processed"), tmp_path / "raw", "folder", None)
    archive.raw.mkdir()
    archive.add("x.txt", TRADE)
    for name, text in NEIGHBOURS.items():
        archive.add(name, text)
    change(archive)
    statuses, gone, hashes = scan_and_store(archive, monkeypatch)
    assert statuses == dict.fromkeys(NEIGHBOURS, "unchanged") | {"x.txt": status}
    assert (gone, hashes) == ([], 0)
    assert_records_match(archive, NEIGHBOURS | {"x.txt": TRADE})
    assert (tmp_path / "processed" / "review" / f"{doc_id(TRADE)}.html").is_file()


MAY, JUNE = "2026-05-28", "2026-06-30"
# (name, --published date a file was stored with, the date a scan asks for, its status)
SCAN_REFERENCES = [
    ("the same date", MAY, MAY, "unchanged"),
    ("another date", MAY, JUNE, "changed"),
    ("stored without one, asked with one", None, MAY, "changed"),
    ("stored with one, asked without", MAY, None, "changed"),
    ("neither", None, None, "unchanged"),
]


@pytest.mark.parametrize(
    ("stored", "asked", "status"), [r[1:] for r in SCAN_REFERENCES], ids=[r[0] for r in SCAN_REFERENCES]
)
@pytest.mark.parametrize("way", SCAN_SIZES)
def test_scan_of_raw_reextracts_other_reference_dates(  # noqa: PLR0917 - a row of SCAN_REFERENCES
    any_store: Archive,
    monkeypatch: pytest.MonkeyPatch,
    way: str,
    stored: str | None,
    asked: str | None,
    status: str,
) -> None:
    from datetime import date

    read_manifest_as(way, monkeypatch)

    path = any_store.raw / "x.txt"
    path.write_text(TRADE, encoding="utf-8")
    reference = date.fromisoformat(stored) if stored else None
    (item,) = plan(any_store.store, [path], any_store.raw, reference)
    any_store.store.put_document(item, make_doc(TRADE), reference, None)
    wanted = date.fromisoformat(asked) if asked else None
    planned = plan(any_store.store, given_files([any_store.raw]), any_store.raw, wanted)
    assert [(p.key, p.status) for p in planned] == [("x.txt", status)]
