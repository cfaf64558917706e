"""The PostgreSQL store: one database for suchi workers on many machines.

``--store postgresql://user@host:5432/db`` (or ``SUCHI_STORE``; the password
from ``PGPASSWORD`` or ``~/.pgpass`` rather than the URL, so it never shows
in a flow run's parameters).  Tables, in the connection's schema
(``search_path``)::

    suchi_documents  doc_id (sha256 of the raw bytes), reference, schema_version, facts,
                     source, title, published, body (the contract's document JSON)
    suchi_sources    raw file key -> doc_id, with the file's size, mtime and inode
    suchi_failures   raw file key -> error code and message
    suchi_facts      one row per fact (doc_id, fact_id, ...), deleted with its document
    facts            a view: the facts table's columns, as in the folder store

Every change is one transaction holding a transaction-scoped advisory
lock, so workers on any number of machines ingest at once: storing a
document is an idempotent upsert by doc id (its facts replaced whole), a
raw file key points at one document, a document no key lists is deleted
with its facts, and a worker killed mid-transaction leaves nothing (the
server rolls it back).  No file locks, so nothing depends on a network
share.  Review pages are written to ``processed/review/`` of the machine
that extracted the document.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict

from flows.files import FileStat, staging, sweep_temporaries, write_if_changed
from flows.records import CONTEXT_COLUMNS, document_columns
from flows.review import review_path
from flows.store import DocState, Fresh, Known, Planned, Totals
from schemas.models import SCHEMA_VERSION, Document

# pg_advisory_xact_lock keys (any two bigints unlikely to clash with other applications').
WRITE_LOCK = 0x73756368_69000001  # "suchi", 1: every change of the records
SETUP_LOCK = 0x73756368_69000002  # "suchi", 2: creating or altering the tables
CONNECT_TIMEOUT = 10  # seconds

# Columns of suchi_facts beside doc_id (the document's own columns come from suchi_documents).
FACT_ROW_COLUMNS: tuple[str, ...] = (
    "fact_id", "kind", "text", "span_start", "span_end", "page", "value", "value_decimal", "unit",
    *CONTEXT_COLUMNS, "table_caption", "table_row", "table_column",
)  # fmt: skip
_TYPES = {"span_start": "bigint", "span_end": "bigint", "page": "integer", "value_decimal": "numeric(38, 10)"}

_TABLES = """
CREATE TABLE IF NOT EXISTS suchi_documents (
    doc_id text PRIMARY KEY,
    reference text,
    schema_version integer NOT NULL,
    facts integer NOT NULL,
    source text NOT NULL,
    title text,
    published date,
    body text NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS suchi_sources (
    key text PRIMARY KEY,
    doc_id text NOT NULL REFERENCES suchi_documents (doc_id),
    size bigint, mtime_ns bigint, inode bigint
);
CREATE INDEX IF NOT EXISTS suchi_sources_by_doc ON suchi_sources (doc_id);
CREATE TABLE IF NOT EXISTS suchi_failures (
    key text PRIMARY KEY,
    source text,
    sha256 text,
    code text NOT NULL,
    message text NOT NULL,
    failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS suchi_facts (
    doc_id text NOT NULL REFERENCES suchi_documents (doc_id) ON DELETE CASCADE,
    fact_id text NOT NULL,
    PRIMARY KEY (doc_id, fact_id)
)
"""


def describe_url(url: str) -> str:
    """A connection URL without its password, for logs.

    >>> describe_url("postgresql://suchi:secret@db:5432/archive")
    'postgresql://suchi@db:5432/archive'
    """
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://(unparsable URL)"
    user = f"{parts['user']}@" if parts.get("user") else ""
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{parts.get('host') or 'localhost'}{port}/{parts.get('dbname') or ''}"


def _facts_view() -> str:
    names = [
        "doc_id", "d.source", "d.title", "d.published", "fact_id", "kind", "text", "span_start", "span_end",
        "page", "value", "value_decimal", "unit", *CONTEXT_COLUMNS, "table_caption", "table_row",
        "table_column",
    ]  # fmt: skip
    return (
        f"CREATE VIEW facts AS SELECT {', '.join(names)} "
        "FROM suchi_facts JOIN suchi_documents AS d USING (doc_id)"
    )


class _PerThread(threading.local):
    """This thread's connection; closed when the thread ends and this goes with it."""

    conn: psycopg.Connection[Any] | None = None


class PostgresStore:
    """Records in a PostgreSQL database (see the module docstring); one connection per thread."""

    def __init__(self, url: str, processed_dir: Path) -> None:
        self.url = url
        self.processed_dir = processed_dir
        self._local = _PerThread()
        self._setup_lock = threading.Lock()
        self._ready = False

    def describe(self) -> str:
        return describe_url(self.url)

    # -- connections -----------------------------------------------------------------------------

    def _conn(self) -> psycopg.Connection[Any]:
        conn = self._local.conn
        if conn is None or conn.closed:
            conn = psycopg.connect(
                self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT, application_name="suchi"
            )
            self._local.conn = conn
            with self._setup_lock:
                if not self._ready:
                    self._setup(conn)
                    self._ready = True
        return conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[psycopg.Cursor[Any]]:
        """One transaction holding the store's write lock (released at commit or rollback)."""
        conn = self._conn()
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield cur

    def close(self) -> None:
        conn, self._local.conn = self._local.conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()

    def _setup(self, conn: psycopg.Connection[Any]) -> None:
        """Create the tables, add context columns the contract gained, (re)create the facts view."""
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (SETUP_LOCK,))
            # No writer while the tables change: a worker storing facts while another one
            # altered suchi_facts and its view deadlocked (their table locks crossed).
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            for statement in _TABLES.split(";"):
                cur.execute(statement)
            cur.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = 'suchi_facts'"
            )
            present = {name for (name,) in cur.fetchall()}
            missing = [name for name in FACT_ROW_COLUMNS if name not in present]
            for name in missing:  # ALTER and DROP take exclusive locks: only when something changes
                cur.execute(f"ALTER TABLE suchi_facts ADD COLUMN {name} {_TYPES.get(name, 'text')}")
            cur.execute("SELECT 1 FROM pg_views WHERE schemaname = current_schema() AND viewname = 'facts'")
            if missing or cur.fetchone() is None:
                cur.execute("DROP VIEW IF EXISTS facts")
                cur.execute(_facts_view())

    def recover(self) -> None:
        # A killed worker's transaction was rolled back by the server; only its temporaries remain.
        self._conn()
        folder = staging(self.processed_dir)
        # versions before the staging folder left them beside the pages: looked for once
        legacy = [] if folder.is_dir() else [self.processed_dir / "review"]
        folder.mkdir(parents=True, exist_ok=True)
        sweep_temporaries([folder, *legacy])

    # -- reading ---------------------------------------------------------------------------------

    def lookup(self, keys: Sequence[str]) -> dict[str, Known]:
        rows = self._conn().execute(
            "SELECT key, s.doc_id, size, mtime_ns, inode, reference, schema_version, facts "
            "FROM suchi_sources AS s JOIN suchi_documents USING (doc_id) WHERE key = ANY(%s)",
            (list(keys),),
        )
        return {
            key: Known(
                doc_id,
                FileStat(size, mtime_ns, inode) if size is not None else None,
                DocState(doc_id, reference, version, facts, intact=True),
            )
            for key, doc_id, size, mtime_ns, inode, reference, version, facts in rows
        }

    def fresh(self, keys: Sequence[str], reference: str | None) -> dict[str, Fresh]:
        if not keys:
            return {}
        # Every row of a document is written in its transaction: a stored document is intact.
        # "IS NULL" rather than "IS NOT DISTINCT FROM %s": the planner then estimates the rows
        # and joins a scan's keys by hash instead of a nested loop.
        same = "reference IS NULL" if reference is None else "reference = %s"
        rows = self._conn().execute(
            "SELECT key, size, mtime_ns, inode, s.doc_id, facts FROM suchi_sources AS s JOIN suchi_documents "
            f"USING (doc_id) WHERE {same} AND schema_version = %s AND size IS NOT NULL AND key = ANY(%s)",
            (*([reference] if reference is not None else []), SCHEMA_VERSION, list(keys)),
        )
        return {row[0]: Fresh._make(row) for row in rows}

    def documents(self, doc_ids: Iterable[str]) -> dict[str, DocState]:
        rows = self._conn().execute(
            "SELECT doc_id, reference, schema_version, facts FROM suchi_documents WHERE doc_id = ANY(%s)",
            (sorted(set(doc_ids)),),
        )
        return {
            doc_id: DocState(doc_id, reference, version, facts, intact=True)
            for doc_id, reference, version, facts in rows
        }

    def failed(self, keys: Sequence[str]) -> set[str]:
        rows = self._conn().execute("SELECT key FROM suchi_failures WHERE key = ANY(%s)", (list(keys),))
        return {key for (key,) in rows}

    def failure(self, key: str) -> tuple[str, str] | None:
        row = (
            self._conn().execute("SELECT code, message FROM suchi_failures WHERE key = %s", (key,)).fetchone()
        )
        return (row[0], row[1]) if row else None

    def load(self, doc_id: str) -> Document | None:
        row = self._conn().execute("SELECT body FROM suchi_documents WHERE doc_id = %s", (doc_id,)).fetchone()
        if row is None:
            return None
        try:
            return Document.model_validate_json(row[0])
        except ValueError:
            return None  # another schema_version: extract again

    def source_keys(self) -> list[str]:
        rows = self._conn().execute(
            "SELECT key FROM suchi_sources UNION SELECT key FROM suchi_failures ORDER BY 1"
        )
        return [key for (key,) in rows]

    def totals(self) -> Totals:
        row = self._conn().execute("SELECT COUNT(*), COALESCE(SUM(facts), 0) FROM suchi_documents").fetchone()
        assert row is not None
        return Totals(documents=int(row[0]), facts=int(row[1]))

    def compact(self) -> int:
        return 0  # rows in one table: nothing to merge

    # -- writing ---------------------------------------------------------------------------------

    def put_document(
        self, item: Planned, doc: Document, reference: date | None, review_html: bytes | None
    ) -> None:
        meta = doc.document
        page = review_path(self.processed_dir, meta.id)
        if review_html is not None:  # before the commit: a stored document always has its page
            write_if_changed(page, review_html, staging(self.processed_dir))
        else:  # rendered on demand; an older page may show other records
            page.unlink(missing_ok=True)
        columns = document_columns(doc, item.key)
        rows = list(zip(*(columns[name] for name in FACT_ROW_COLUMNS), strict=True))
        with self._write() as cur:
            cur.execute(
                "INSERT INTO suchi_documents (doc_id, reference, schema_version, facts, source, title, "
                "published, body) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (doc_id) DO UPDATE SET "
                "reference = excluded.reference, schema_version = excluded.schema_version, "
                "facts = excluded.facts, source = excluded.source, title = excluded.title, "
                "published = excluded.published, body = excluded.body, stored_at = now()",
                (
                    meta.id,
                    reference.isoformat() if reference else None,
                    SCHEMA_VERSION,
                    len(doc.facts),
                    item.key,
                    meta.title,
                    date.fromisoformat(meta.published) if meta.published else None,
                    doc.model_dump_json(),
                ),
            )
            cur.execute("DELETE FROM suchi_facts WHERE doc_id = %s", (meta.id,))
            names = ", ".join(("doc_id", *FACT_ROW_COLUMNS))
            with cur.copy(f"COPY suchi_facts ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row((meta.id, *row))
            self._point(cur, item)

    def restat(self, items: Sequence[Planned]) -> None:
        rows = [(*item.stat, item.key, item.sha256) for item in items if item.stat is not None]
        with self._write() as cur:
            cur.executemany(
                "UPDATE suchi_sources SET size = %s, mtime_ns = %s, inode = %s "
                "WHERE key = %s AND doc_id = %s",
                rows,
            )

    def put_copy(self, item: Planned) -> bool:
        with self._write() as cur:
            cur.execute("SELECT 1 FROM suchi_documents WHERE doc_id = %s", (item.sha256,))
            if cur.fetchone() is None:
                return False
            self._point(cur, item)
        return True

    def put_failure(self, item: Planned, code: str, message: str) -> None:
        with self._write() as cur:
            cur.execute(
                "INSERT INTO suchi_failures (key, source, sha256, code, message) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (key) DO UPDATE SET source = excluded.source, sha256 = excluded.sha256, "
                "code = excluded.code, message = excluded.message, failed_at = now()",
                (item.key, item.path, item.sha256 or None, code, message),
            )
            cur.execute("DELETE FROM suchi_sources WHERE key = %s RETURNING doc_id", (item.key,))
            old = cur.fetchone()
            if old is not None:
                self._release(cur, old[0])

    def prune(self, keys: Sequence[str]) -> int:
        with self._write() as cur:
            for key in keys:
                cur.execute("DELETE FROM suchi_failures WHERE key = %s", (key,))
                cur.execute("DELETE FROM suchi_sources WHERE key = %s RETURNING doc_id", (key,))
                old = cur.fetchone()
                if old is not None:
                    self._release(cur, old[0])
        return len(keys)

    def _point(self, cur: psycopg.Cursor[Any], item: Planned) -> None:
        """Make ``item.key`` list document ``item.sha256``; release what it listed before."""
        cur.execute("SELECT doc_id FROM suchi_sources WHERE key = %s", (item.key,))
        old = cur.fetchone()
        stat = item.stat
        cur.execute(
            "INSERT INTO suchi_sources (key, doc_id, size, mtime_ns, inode) VALUES (%s, %s, %s, %s, %s) "
            "ON CONFLICT (key) DO UPDATE SET doc_id = excluded.doc_id, size = excluded.size, "
            "mtime_ns = excluded.mtime_ns, inode = excluded.inode",
            (
                item.key,
                item.sha256,
                stat.size if stat else None,
                stat.mtime_ns if stat else None,
                stat.inode if stat else None,
            ),
        )
        cur.execute("DELETE FROM suchi_failures WHERE key = %s", (item.key,))
        if old is not None and old[0] != item.sha256:
            self._release(cur, old[0])

    def _release(self, cur: psycopg.Cursor[Any], doc_id: str) -> None:
        """A key stopped listing ``doc_id``: delete it if no other key does, else name a key that does."""
        cur.execute("SELECT min(key) FROM suchi_sources WHERE doc_id = %s", (doc_id,))
        row = cur.fetchone()
        first = row[0] if row else None
        if first is None:
            cur.execute("DELETE FROM suchi_documents WHERE doc_id = %s", (doc_id,))  # its facts cascade
            review_path(self.processed_dir, doc_id).unlink(missing_ok=True)
        else:
            cur.execute(
                "UPDATE suchi_documents SET source = %s WHERE doc_id = %s AND source NOT IN "
                "(SELECT key FROM suchi_sources WHERE doc_id = %s)",
                (first, doc_id, doc_id),
            )
