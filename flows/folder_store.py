"""The folder store: processed/ on this machine, the default.

Layout::

    processed/_manifest.sqlite       raw file key -> document, documents, failures, the journal
    processed/<doc-id>.json          the contract's document (doc id = sha256 of the raw bytes)
    processed/facts.parquet/published_month=YYYY-MM/<doc-id>.parquet
                                     its facts: a hive-partitioned Parquet dataset, one file per
                                     new document (month unknown: __HIVE_DEFAULT_PARTITION__)...
    processed/facts.parquet/published_month=YYYY-MM/part-<token>.parquet
                                     ...merged into a part once a month has COMPACT_FROM of
                                     them (a query opens every file), with the month's parts
                                     no larger than the merge: a month keeps a few parts of
                                     growing sizes, as a binary counter keeps its bits
    processed/review/<doc-id>.html   its review page
    processed/_failed/<name>.json    why a raw file could not be read
    processed/_staging/              temporaries, renamed into place (a killed run's are swept)

Adding a publication writes its own files and a few manifest rows: the
cost does not grow with the archive.  ``compact`` merges a month's
per-document facts files into a part, together with the month's parts that
hold no more rows than the merge so far: each row is rewritten about
log2(month / merge) times, never once per merge (a month of unknown date
can hold most of an archive); a document leaving a part rewrites that part
without it.  The SQLite manifest (WAL) is the
truth; files follow it through a journal, so a run killed at any point
leaves nothing half done:

1. a document's files are written as temporaries in processed/_staging;
2. one transaction (``BEGIN IMMEDIATE``: one writer at a time, across
   processes) updates the manifest and journals, per file, "make this path
   match the manifest, with this temporary as its new content";
3. a second transaction replays the journal: each path is renamed into
   place if the manifest wants it, removed if not, and the rows go.

Every write transaction first replays what a killed run left in the
journal, so the files always match the manifest once the lock is held.
Replaying a row twice does nothing more: its effect depends only on the
manifest.  SQLite's locking is for one machine: several machines share a
PostgreSQL store instead (``flows.pg_store``), never this folder on a
network share.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.files import FileStat, same_bytes, staging, sweep_temporaries, write_atomic, write_temp
from flows.records import FACT_COLUMNS, FACTS_SCHEMA, facts_table, parquet_bytes, with_source
from flows.store import DocState, Fresh, Known, Planned, Totals
from schemas.models import SCHEMA_VERSION, Document

MANIFEST_DB = "_manifest.sqlite"
LEGACY_MANIFEST = "_manifest.json"  # the manifest before the SQLite one: imported once
FAILED_DIR = "_failed"
REVIEW_DIR = "review"
FACTS_DIR = "facts.parquet"
PARTITION = "published_month"
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"  # hive's name for a NULL partition value
SCHEMA_FILE = f"{FACTS_DIR}/{PARTITION}={NULL_PARTITION}/_schema.parquet"  # no rows: the table's columns
BUSY_TIMEOUT = 120.0  # seconds another process may hold the write lock (a transaction takes ms)
_CHUNK = 500  # SQL parameters per IN (...) list
_LIST_FROM = 200  # documents to check from which listing the folders beats a stat each
_PASS_FROM = 0.5  # share of the manifest's keys asked from which one pass over it beats a search each
# Pages SQLite keeps per connection (its default, 2 MiB, holds the manifest of ~3,000 files): a
# scan of raw/ reads a row per archived file, 0.5 us faster each from memory at 3*10^4 files.
CACHE_KIB = 65536
# PRAGMA user_version of the manifest from which every temporary is written in processed/_staging
# (before, beside its target: the first recovery looks there too, once).
STAGING_LAYOUT = 1
COMPACT_FROM = 16  # per-document facts files in a month that are merged into a part
# Per-document facts files (not parts): the partial index documents_loose holds just these rows.
_LOOSE = "facts_file NOT LIKE '%/part-%'"
# Facts rows this process keeps of the files it wrote, so that compacting them needs no read
# back (a run's documents are merged at its end); beyond this many, the oldest are read again.
FRESH_ROWS = 200_000

_TABLES = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,         -- sha256 of the raw bytes
    reference TEXT,                  -- the --published date it was extracted with, or NULL
    schema_version INTEGER NOT NULL,
    facts INTEGER NOT NULL,
    month TEXT,                      -- YYYY-MM of its published date: its facts file's partition
    source TEXT NOT NULL,            -- the key written in its facts rows
    review INTEGER NOT NULL,         -- 1: its review page was written (else rendered on demand)
    facts_file TEXT                  -- the file holding its facts rows: its own, or its month's part
);
CREATE INDEX IF NOT EXISTS documents_by_facts_file ON documents (facts_file);
-- documents whose facts are in their own file, not yet in a part: what compaction asks for
CREATE INDEX IF NOT EXISTS documents_loose ON documents (month) WHERE facts_file NOT LIKE '%/part-%';
CREATE TABLE IF NOT EXISTS sources (
    key TEXT PRIMARY KEY,            -- the raw file: path relative to raw/, or absolute
    doc_id TEXT NOT NULL,
    size INTEGER, mtime_ns INTEGER, inode INTEGER  -- its stat when hashed
);
CREATE INDEX IF NOT EXISTS sources_by_doc ON sources (doc_id);
CREATE TABLE IF NOT EXISTS failures (
    key TEXT PRIMARY KEY, sha256 TEXT, code TEXT NOT NULL, message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_kind TEXT NOT NULL,        -- 'doc' (owner = doc id) or 'failed' (owner = key)
    owner TEXT NOT NULL,
    path TEXT NOT NULL,              -- relative to processed/
    temp TEXT                        -- its new content, relative to processed/, or NULL
);
"""


def doc_rel(doc_id: str) -> str:
    return f"{doc_id}.json"


def review_rel(doc_id: str) -> str:
    return f"{REVIEW_DIR}/{doc_id}.html"


def facts_rel(doc_id: str, month: str | None) -> str:
    """Where a document's facts file lives in the dataset.

    >>> facts_rel("ab", "2025-11")
    'facts.parquet/published_month=2025-11/ab.parquet'
    >>> facts_rel("ab", None)
    'facts.parquet/published_month=__HIVE_DEFAULT_PARTITION__/ab.parquet'
    """
    return f"{FACTS_DIR}/{PARTITION}={month or NULL_PARTITION}/{doc_id}.parquet"


def part_rel(month: str | None) -> str:
    """A new part file for a month's facts (a fresh name: parts are never rewritten in place)."""
    return facts_rel(f"part-{secrets.token_hex(8)}", month)


def is_part(rel: str) -> bool:
    """
    >>> is_part("facts.parquet/published_month=2025-11/part-0a1b.parquet"), is_part(facts_rel("ab", None))
    (True, False)
    """
    return rel.rsplit("/", 1)[-1].startswith("part-")


def failed_rel(key: str) -> str:
    """processed/_failed/<name>.json; sub-directories flattened with ``__``.

    >>> failed_rel("a/b.pdf")
    '_failed/a__b.pdf.json'
    """
    return f"{FAILED_DIR}/{key.strip('/').replace('/', '__')}.json"


def doc_path(processed_dir: Path, doc_id: str) -> Path:
    return processed_dir / doc_rel(doc_id)


def failed_path(processed_dir: Path, key: str) -> Path:
    return processed_dir / failed_rel(key)


def month_of(doc: Document) -> str | None:
    published = doc.document.published
    return published[:7] if published else None


def _scandir(folder: Path) -> list[os.DirEntry[str]]:
    try:
        return list(os.scandir(folder))
    except FileNotFoundError:
        return []


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


class _PerThread(threading.local):
    """This thread's connection; closed when the thread ends and this goes with it."""

    db: sqlite3.Connection | None = None


class FolderStore:
    """Records in processed/ (see the module docstring); one SQLite connection per thread."""

    def __init__(self, processed_dir: Path) -> None:
        self.root = processed_dir
        self.staging = staging(processed_dir)  # every temporary: one small folder to sweep
        self._local = _PerThread()
        self._setup_lock = threading.Lock()
        self._ready = False
        self._fresh: OrderedDict[str, tuple[pa.Table, FileStat]] = OrderedDict()
        self._fresh_rows = 0
        self._fresh_lock = threading.Lock()

    def describe(self) -> str:
        return str(self.root)

    # -- connections and transactions ------------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        db = self._local.db
        if db is None:
            self.root.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(
                self.root / MANIFEST_DB, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
            )
            db.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
            db.execute("PRAGMA synchronous=NORMAL")  # durable across a killed process, fast commits
            db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            self._local.db = db
            with self._setup_lock:
                if not self._ready:
                    self._setup(db)
                    self._ready = True
        return db

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: the store's lock, after replaying what a killed run left."""
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            self._replay(db)
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _commit(self) -> None:
        """Replay the journal now (the second transaction of every change)."""
        with self._write():
            pass

    def close(self) -> None:
        db, self._local.db = self._local.db, None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()

    # -- the journal -----------------------------------------------------------------------------

    def _journal(self, db: sqlite3.Connection, kind: str, owner: str, path: str, temp: Path | None) -> None:
        rel = temp.relative_to(self.root).as_posix() if temp is not None else None
        db.execute(
            "INSERT INTO journal (owner_kind, owner, path, temp) VALUES (?, ?, ?, ?)",
            (kind, owner, path, rel),
        )

    def _wanted(self, db: sqlite3.Connection, kind: str, owner: str) -> set[str]:
        """The files the manifest wants for a document, a part or a failure, relative to processed/."""
        if kind == "failed":
            found = db.execute("SELECT 1 FROM failures WHERE key = ?", (owner,)).fetchone()
            return {failed_rel(owner)} if found else set()
        if kind == "part":  # owner: the part's path
            found = db.execute("SELECT 1 FROM documents WHERE facts_file = ? LIMIT 1", (owner,)).fetchone()
            return {owner} if found else set()
        row = db.execute("SELECT facts_file, review FROM documents WHERE doc_id = ?", (owner,)).fetchone()
        if row is None:
            return set()
        facts_file, review = row
        wanted = {doc_rel(owner)}
        if facts_file and not is_part(facts_file):
            wanted.add(facts_file)
        if review:
            wanted.add(review_rel(owner))
        return wanted

    def _replay(self, db: sqlite3.Connection) -> None:
        rows = db.execute("SELECT id, owner_kind, owner, path, temp FROM journal ORDER BY id").fetchall()
        for _, kind, owner, path, temp in rows:
            target = self.root / path
            if path in self._wanted(db, kind, owner):
                if temp is not None:
                    with contextlib.suppress(FileNotFoundError):  # renamed by an earlier replay
                        os.replace(self.root / temp, target)
            else:
                target.unlink(missing_ok=True)
                if temp is not None:
                    (self.root / temp).unlink(missing_ok=True)
        if rows:
            db.execute("DELETE FROM journal WHERE id <= ?", (rows[-1][0],))

    def _stage(self, rel: str, data: bytes) -> Path | None:
        """A temporary with the new content of ``rel``; None when the file already holds it."""
        target = self.root / rel
        return None if same_bytes(target, data) else write_temp(target, data, self.staging)

    # -- setup and recovery ----------------------------------------------------------------------

    def _setup(self, db: sqlite3.Connection) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _TABLES.split(";"):
                if statement.strip():
                    db.execute(statement)
            legacy = self._import_legacy(db)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        if legacy:  # imported (again, harmlessly, if killed before this): the old files go
            (self.root / LEGACY_MANIFEST).unlink(missing_ok=True)
        old_table = self.root / FACTS_DIR
        if old_table.is_file():  # the single facts.parquet of before: the dataset replaces it
            old_table.unlink()
        (self.root / ".lock").unlink(missing_ok=True)  # the flock file of before
        self._write_schema_file()

    def _write_schema_file(self) -> None:
        """A row-less file giving the dataset its columns even before any document has facts."""
        target = self.root / SCHEMA_FILE
        try:
            if pq.read_schema(target).equals(FACTS_SCHEMA):
                return
        except (OSError, pa.ArrowException):
            pass
        write_atomic(target, parquet_bytes(FACTS_SCHEMA.empty_table()), self.staging)

    def _import_legacy(self, db: sqlite3.Connection) -> bool:
        """Import processed/_manifest.json and _failed/*.json written before the SQLite manifest."""
        legacy = self.root / LEGACY_MANIFEST
        try:
            entries = json.loads(legacy.read_text(encoding="utf-8")).get("documents", {})
        except (FileNotFoundError, ValueError, AttributeError):
            return False
        for key, entry in entries.items():
            try:
                head = json.loads(doc_path(self.root, entry["id"]).read_bytes())
                version, published = head["schema_version"], head["document"]["published"]
            except (OSError, ValueError, KeyError, TypeError):
                continue  # no readable document: the file is extracted again
            month = (published or "")[:7] or None
            db.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (doc_id) DO NOTHING",
                (
                    entry["id"],
                    entry.get("published"),
                    version,
                    entry["facts"],
                    month,
                    key,
                    int((self.root / review_rel(entry["id"])).is_file()),
                    facts_rel(entry["id"], month) if entry["facts"] else None,  # written by the repair
                ),
            )
            db.execute(
                "INSERT INTO sources (key, doc_id) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                (key, entry["id"]),
            )
        for path in sorted((self.root / FAILED_DIR).glob("*.json")):
            with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
                body = json.loads(path.read_text(encoding="utf-8"))
                error = body["error"]
                db.execute(
                    "INSERT INTO failures VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
                    (body["key"], body.get("sha256"), error["code"], error["message"]),
                )
        return True

    def folders(self) -> list[Path]:
        """Every folder suchi writes files into (where versions before the staging folder left
        temporaries beside their targets)."""
        facts = self.root / FACTS_DIR
        partitions = sorted(facts.iterdir()) if facts.is_dir() else []
        return [self.root, self.root / FAILED_DIR, self.root / REVIEW_DIR, *partitions]

    def recover(self) -> None:
        with self._write() as db:  # replays the journal first
            (layout,) = db.execute("PRAGMA user_version").fetchone()
            if layout < STAGING_LAYOUT:  # written by an older version: look beside every file, once
                sweep_temporaries([self.staging, *self.folders()])
                db.execute(f"PRAGMA user_version = {STAGING_LAYOUT}")
            else:  # a listing of processed/ costs a row per archived document; this, a few
                sweep_temporaries([self.staging])

    # -- reading ---------------------------------------------------------------------------------

    def lookup(self, keys: Sequence[str]) -> dict[str, Known]:
        db = self._db()
        exists = self._existence(len(keys))
        found: dict[str, Known] = {}
        for chunk in _chunks(keys):
            query = (
                "SELECT key, s.doc_id, size, mtime_ns, inode, reference, schema_version, facts, "
                "facts_file, review FROM sources AS s LEFT JOIN documents USING (doc_id) "
                f"WHERE key IN ({_marks(chunk)})"
            )
            for key, doc_id, size, mtime_ns, inode, *document in db.execute(query, list(chunk)):
                stat = FileStat(size, mtime_ns, inode) if size is not None else None
                doc = self._state(doc_id, *document, exists=exists) if document[1] is not None else None
                found[key] = Known(doc_id, stat, doc)
        return found

    def documents(self, doc_ids: Iterable[str]) -> dict[str, DocState]:
        db = self._db()
        wanted = sorted(set(doc_ids))
        exists = self._existence(len(wanted))
        found: dict[str, DocState] = {}
        for chunk in _chunks(wanted):
            query = (
                "SELECT doc_id, reference, schema_version, facts, facts_file, review FROM documents "
                f"WHERE doc_id IN ({_marks(chunk)})"
            )
            for doc_id, *document in db.execute(query, list(chunk)):
                state = self._state(doc_id, *document, exists=exists)
                if state is not None:
                    found[doc_id] = state
        return found

    def fresh(self, keys: Sequence[str], reference: str | None) -> dict[str, Fresh]:
        if not keys:
            return {}
        db = self._db()
        exists = self._existence(len(keys))
        (listed,) = db.execute("SELECT COALESCE(MAX(rowid), 0) FROM sources").fetchone()  # about how many
        if len(keys) < _PASS_FROM * listed:  # a few files of a larger archive: their rows only
            return self._fresh_by_key(db, keys, reference, exists)
        # Most of them (a scan of raw/): each table in one sequential pass, joined here; a join in
        # SQLite costs two B-tree searches per row, half a scan's time reading the manifest.
        facts_of: dict[str, int] = {}
        query = (
            "SELECT doc_id, facts, facts_file, review FROM documents "
            "WHERE reference IS ? AND schema_version = ?"
        )
        for doc_id, facts, facts_file, review in db.execute(query, (reference, SCHEMA_VERSION)):
            if self._intact(doc_id, facts, facts_file, review, exists=exists):
                facts_of[doc_id] = facts
        wanted = set(keys)
        fresh: dict[str, Fresh] = {}
        query = "SELECT key, size, mtime_ns, inode, doc_id FROM sources WHERE size IS NOT NULL"
        for key, size, mtime_ns, inode, doc_id in db.execute(query):
            facts = facts_of.get(doc_id)
            if facts is not None and key in wanted:
                fresh[key] = Fresh(key, size, mtime_ns, inode, doc_id, facts)
        return fresh

    def _fresh_by_key(
        self,
        db: sqlite3.Connection,
        keys: Sequence[str],
        reference: str | None,
        exists: Callable[[str], bool],
    ) -> dict[str, Fresh]:
        fresh: dict[str, Fresh] = {}
        for chunk in _chunks(keys):
            query = (
                "SELECT key, size, mtime_ns, inode, s.doc_id, facts, facts_file, review "
                "FROM sources AS s JOIN documents USING (doc_id) WHERE reference IS ? "
                f"AND schema_version = ? AND size IS NOT NULL AND key IN ({_marks(chunk)})"
            )
            for key, size, mtime_ns, inode, doc_id, facts, facts_file, review in db.execute(
                query, [reference, SCHEMA_VERSION, *chunk]
            ):
                if self._intact(doc_id, facts, facts_file, review, exists=exists):
                    fresh[key] = Fresh(key, size, mtime_ns, inode, doc_id, facts)
        return fresh

    @staticmethod
    def _state(  # noqa: PLR0917 - one row of the documents table
        doc_id: str,
        reference: str | None,
        version: int,
        facts: int,
        facts_file: str | None,
        review: int,
        *,
        exists: Callable[[str], bool],
    ) -> DocState | None:
        """A documents row as a DocState; None when its JSON is gone (extract again)."""
        if not exists(doc_rel(doc_id)):
            return None
        intact = FolderStore._intact(doc_id, facts, facts_file, review, exists=exists)
        return DocState(doc_id, reference, version, facts, intact)

    @staticmethod
    def _intact(
        doc_id: str, facts: int, facts_file: str | None, review: int, *, exists: Callable[[str], bool]
    ) -> bool:
        """Whether every file a documents row names is there: its JSON, facts file and review page."""
        return (
            exists(doc_rel(doc_id))
            and (not review or exists(review_rel(doc_id)))
            and (not facts or (facts_file is not None and exists(facts_file)))
        )

    def _existence(self, questions: int) -> Callable[[str], bool]:
        """Whether a file exists under processed/: a stat each for a few, folder listings for many."""
        if questions < _LIST_FROM:
            return lambda rel: (self.root / rel).is_file()
        present: set[str] = set()
        folders = ["", REVIEW_DIR] + [
            f"{FACTS_DIR}/{entry.name}" for entry in _scandir(self.root / FACTS_DIR) if entry.is_dir()
        ]
        for folder in folders:
            prefix = f"{folder}/" if folder else ""
            present.update(prefix + entry.name for entry in _scandir(self.root / folder))
        return present.__contains__

    def failed(self, keys: Sequence[str]) -> set[str]:
        db = self._db()
        found: set[str] = set()
        for chunk in _chunks(keys):
            query = f"SELECT key FROM failures WHERE key IN ({_marks(chunk)})"
            found.update(key for (key,) in db.execute(query, list(chunk)))
        return found

    def load(self, doc_id: str) -> Document | None:
        try:
            return Document.model_validate_json(doc_path(self.root, doc_id).read_bytes())
        except (OSError, ValueError):
            return None  # missing, or written under another schema_version: extract again

    def source_keys(self) -> list[str]:
        rows = self._db().execute("SELECT key FROM sources UNION SELECT key FROM failures ORDER BY 1")
        return [key for (key,) in rows]

    def totals(self) -> Totals:
        count, facts = (
            self._db().execute("SELECT COUNT(*), COALESCE(SUM(facts), 0) FROM documents").fetchone()
        )
        return Totals(documents=int(count), facts=int(facts))

    def failure(self, key: str) -> tuple[str, str] | None:
        """The error code and message recorded for ``key``."""
        row = self._db().execute("SELECT code, message FROM failures WHERE key = ?", (key,)).fetchone()
        return (row[0], row[1]) if row else None

    # -- writing ---------------------------------------------------------------------------------

    def put_document(
        self, item: Planned, doc: Document, reference: date | None, review_html: bytes | None
    ) -> None:
        doc_id, month = doc.document.id, month_of(doc)
        staged: list[tuple[str, Path]] = []
        try:
            files = [(doc_rel(doc_id), doc.model_dump_json().encode())]
            table = facts_table(doc, item.key) if doc.facts else None
            files += [(facts_rel(doc_id, month), parquet_bytes(table))] if table is not None else []
            if review_html is not None:
                files.append((review_rel(doc_id), review_html))
            for rel, data in files:
                temp = self._stage(rel, data)
                if temp is not None:
                    staged.append((rel, temp))
            same_document = all(rel != doc_rel(doc_id) for rel, _ in staged)
            with self._write() as db:
                # A file found whole before the lock may be gone since: another process merged
                # it into its month's part (or removed it). Write it again, now that nothing can.
                kept = {rel for rel, _ in staged}
                for rel, data in files:
                    if rel not in kept and not same_bytes(self.root / rel, data):
                        staged.append((rel, write_temp(self.root / rel, data, self.staging)))
                query = "SELECT facts_file, review FROM documents WHERE doc_id = ?"
                before = db.execute(query, (doc_id,)).fetchone()
                if before is not None and before[0] and is_part(before[0]):
                    self._detach(db, doc_id, before[0])  # its new rows go to its own file
                # a page written before stays valid while the document's JSON does not change
                review = review_html is not None or bool(before and before[1] and same_document)
                db.execute(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (doc_id) "
                    "DO UPDATE SET reference = excluded.reference, schema_version = excluded.schema_version, "
                    "facts = excluded.facts, month = excluded.month, source = excluded.source, "
                    "review = excluded.review, facts_file = excluded.facts_file",
                    (
                        doc_id,
                        reference.isoformat() if reference else None,
                        SCHEMA_VERSION,
                        len(doc.facts),
                        month,
                        item.key,
                        int(review),
                        facts_rel(doc_id, month) if doc.facts else None,
                    ),
                )
                for rel, temp in staged:
                    self._journal(db, "doc", doc_id, rel, temp)
                if before is not None:  # its old facts file and page, if they moved or went
                    if before[0] and not is_part(before[0]):
                        self._journal(db, "doc", doc_id, before[0], None)
                    self._journal(db, "doc", doc_id, review_rel(doc_id), None)
                self._point(db, item)
        except BaseException:
            for _, temp in staged:
                temp.unlink(missing_ok=True)
            raise
        self._commit()
        self._keep(facts_rel(doc_id, month), table)

    def _keep(self, rel: str, table: pa.Table | None) -> None:
        """Remember a facts file just written, with its stat: the same file when compacted."""
        if table is None:
            return
        try:
            stat = FileStat.of(self.root / rel)
        except OSError:
            return
        with self._fresh_lock:
            old = self._fresh.pop(rel, None)
            self._fresh_rows -= old[0].num_rows if old else 0
            self._fresh[rel] = (table, stat)
            self._fresh_rows += table.num_rows
            while self._fresh_rows > FRESH_ROWS and self._fresh:
                _, (dropped, _) = self._fresh.popitem(last=False)
                self._fresh_rows -= dropped.num_rows

    def _facts_file(self, rel: str) -> pa.Table:
        """A facts file's rows: those kept when this process wrote it if the file is still the
        one it wrote (same size, mtime and inode; another process may have replaced it), else read."""
        with self._fresh_lock:
            kept = self._fresh.pop(rel, None)
            self._fresh_rows -= kept[0].num_rows if kept else 0
        if kept is not None:
            with contextlib.suppress(OSError):
                if FileStat.of(self.root / rel) == kept[1]:
                    return kept[0]
        return pq.read_table(self.root / rel, columns=list(FACT_COLUMNS))

    def restat(self, items: Sequence[Planned]) -> None:
        rows = [(*item.stat, item.key, item.sha256) for item in items if item.stat is not None]
        with self._write() as db:
            db.executemany(
                "UPDATE sources SET size = ?, mtime_ns = ?, inode = ? WHERE key = ? AND doc_id = ?", rows
            )

    def put_copy(self, item: Planned) -> bool:
        with self._write() as db:
            if db.execute("SELECT 1 FROM documents WHERE doc_id = ?", (item.sha256,)).fetchone() is None:
                return False
            self._point(db, item)
        self._commit()
        return True

    def put_failure(self, item: Planned, code: str, message: str) -> None:
        error = {"code": code, "message": message}
        body = {"source": item.path, "key": item.key, "sha256": item.sha256 or None, "error": error}
        rel = failed_rel(item.key)
        temp = self._stage(rel, json.dumps(body, ensure_ascii=False, indent=1).encode())
        try:
            with self._write() as db:
                db.execute(
                    "INSERT INTO failures VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                    "sha256 = excluded.sha256, code = excluded.code, message = excluded.message",
                    (item.key, item.sha256 or None, code, message),
                )
                self._journal(db, "failed", item.key, rel, temp)
                old = db.execute("SELECT doc_id FROM sources WHERE key = ?", (item.key,)).fetchone()
                if old is not None:
                    db.execute("DELETE FROM sources WHERE key = ?", (item.key,))
                    self._release(db, old[0])
        except BaseException:
            if temp is not None:
                temp.unlink(missing_ok=True)
            raise
        self._commit()

    def prune(self, keys: Sequence[str]) -> int:
        with self._write() as db:
            for key in keys:
                old = db.execute("SELECT doc_id FROM sources WHERE key = ?", (key,)).fetchone()
                db.execute("DELETE FROM sources WHERE key = ?", (key,))
                if db.execute("DELETE FROM failures WHERE key = ?", (key,)).rowcount:
                    self._journal(db, "failed", key, failed_rel(key), None)
                if old is not None:
                    self._release(db, old[0])
        self._commit()
        return len(keys)

    def _point(self, db: sqlite3.Connection, item: Planned) -> None:
        """Make ``item.key`` list document ``item.sha256``; release what it listed before."""
        old = db.execute("SELECT doc_id FROM sources WHERE key = ?", (item.key,)).fetchone()
        stat = item.stat
        db.execute(
            "INSERT INTO sources VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
            "doc_id = excluded.doc_id, size = excluded.size, mtime_ns = excluded.mtime_ns, "
            "inode = excluded.inode",
            (
                item.key,
                item.sha256,
                stat.size if stat else None,
                stat.mtime_ns if stat else None,
                stat.inode if stat else None,
            ),
        )
        if db.execute("DELETE FROM failures WHERE key = ?", (item.key,)).rowcount:
            self._journal(db, "failed", item.key, failed_rel(item.key), None)
        if old is not None and old[0] != item.sha256:
            self._release(db, old[0])

    def _release(self, db: sqlite3.Connection, doc_id: str) -> None:
        """A key stopped listing ``doc_id``: drop it if no other key does, else fix its facts' source."""
        keys = [
            key for (key,) in db.execute("SELECT key FROM sources WHERE doc_id = ? ORDER BY key", (doc_id,))
        ]
        query = "SELECT month, facts_file, source FROM documents WHERE doc_id = ?"
        row = db.execute(query, (doc_id,)).fetchone()
        if row is None:
            return
        month, facts_file, source = row
        if not keys:
            if facts_file and is_part(facts_file):
                self._detach(db, doc_id, facts_file)
            db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
            for rel in (doc_rel(doc_id), review_rel(doc_id), facts_rel(doc_id, month)):
                self._journal(db, "doc", doc_id, rel, None)
            return
        if source in keys:
            return
        db.execute("UPDATE documents SET source = ? WHERE doc_id = ?", (keys[0], doc_id))
        if facts_file:  # its facts rows name a file that no longer lists it: name one that does
            with contextlib.suppress(OSError, pa.ArrowException):  # unreadable: the next plan repairs it
                table = pq.read_table(self.root / facts_file, columns=list(FACT_COLUMNS))
                mine = table.filter(pc.equal(table["doc_id"], doc_id))
                own = facts_rel(doc_id, month)
                temp = write_temp(self.root / own, parquet_bytes(with_source(mine, keys[0])), self.staging)
                if is_part(facts_file):
                    self._detach(db, doc_id, facts_file)
                    db.execute("UPDATE documents SET facts_file = ? WHERE doc_id = ?", (own, doc_id))
                self._journal(db, "doc", doc_id, own, temp)

    def _detach(self, db: sqlite3.Connection, doc_id: str, part: str) -> None:
        """Take ``doc_id``'s rows out of ``part``: the other documents move to a part without them.

        The caller then points ``doc_id`` elsewhere or deletes it; the old
        part goes once nothing points at it.
        """
        others = [
            other
            for (other,) in db.execute(
                "SELECT doc_id FROM documents WHERE facts_file = ? AND doc_id != ?", (part, doc_id)
            )
        ]
        if others:
            table = pq.read_table(self.root / part, columns=list(FACT_COLUMNS))
            rest = table.filter(pc.invert(pc.equal(table["doc_id"], doc_id)))
            new = f"{part.rsplit('/', 1)[0]}/part-{secrets.token_hex(8)}.parquet"  # the same month
            temp = write_temp(self.root / new, parquet_bytes(rest), self.staging)
            db.execute(
                "UPDATE documents SET facts_file = ? WHERE facts_file = ? AND doc_id != ?",
                (new, part, doc_id),
            )
            self._journal(db, "part", new, new, temp)
        self._journal(db, "part", part, part, None)

    def compact(self, min_files: int = COMPACT_FROM) -> int:
        """Merge the per-document facts files of each month that has ``min_files`` of them into a part.

        The merge takes in the month's parts from the smallest up while each
        holds no more rows than the merge so far, so it costs about the new
        files' rows times log2 of the month's, never the month's or the
        archive's; a query then opens a few parts per month (their sizes
        double) and fewer than ``min_files`` loose files.  Returns how many
        months were merged.
        """
        with self._write() as db:
            query = f"SELECT month, COUNT(*) FROM documents WHERE {_LOOSE} GROUP BY month"
            months = [month for month, count in db.execute(query) if count >= min_files]
            for month in months:
                self._merge(db, month)
        self._commit()
        return len(months)

    def _merge(self, db: sqlite3.Connection, month: str | None) -> None:
        """Merge ``month``'s loose facts files, and its parts no larger than the merge, into a new part."""
        query = f"SELECT facts_file, facts FROM documents WHERE month IS ? AND {_LOOSE}"
        loose = db.execute(query, (month,)).fetchall()
        rows = sum(facts for _, facts in loose)
        files = [rel for rel, _ in loose]
        for size, rel in self._parts(db, month):  # smallest first
            if size > rows:
                break
            files.append(rel)
            rows += size
        tables = [self._facts_file(rel) for rel in files]
        merged = pa.concat_tables(tables).sort_by([("doc_id", "ascending"), ("fact_id", "ascending")])
        new = part_rel(month)
        temp = write_temp(self.root / new, parquet_bytes(merged), self.staging)
        for chunk in _chunks(files):
            db.execute(
                f"UPDATE documents SET facts_file = ? WHERE facts_file IN ({_marks(chunk)})", [new, *chunk]
            )
        self._journal(db, "part", new, new, temp)
        for rel in files:  # the merged files go: nothing points at them now
            self._journal(db, "part", rel, rel, None)

    def _parts(self, db: sqlite3.Connection, month: str | None) -> list[tuple[int, str]]:
        """(rows, path) of ``month``'s parts, fewest rows first: its folder's part files (the journal
        is replayed, so they are the manifest's), each checked against the manifest, rows from its footer."""
        folder = f"{FACTS_DIR}/{PARTITION}={month or NULL_PARTITION}"
        found: list[tuple[int, str]] = []
        for entry in _scandir(self.root / folder):
            rel = f"{folder}/{entry.name}"
            if not (is_part(rel) and entry.name.endswith(".parquet")):
                continue
            if db.execute("SELECT 1 FROM documents WHERE facts_file = ? LIMIT 1", (rel,)).fetchone() is None:
                continue  # no document's rows: never merged in
            with contextlib.suppress(OSError, pa.ArrowException):  # unreadable: left as it is
                found.append((pq.read_metadata(entry.path).num_rows, rel))
        return sorted(found)
