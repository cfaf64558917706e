"""Where records live, and what an ingest must do with each raw file.

A store holds, for every raw file it has seen, which document its bytes
are (doc id = sha256 of the bytes), every document with its facts, and why
a file could not be read.  Two stores hold the same records:

- the folder store (``flows.folder_store``, the default): processed/ on
  this machine, a SQLite manifest and a Parquet dataset, one file per
  document, so adding a publication costs the same whatever the archive
  holds; safe for several processes on one machine.
- the PostgreSQL store (``flows.pg_store``, ``--store postgresql://...`` or
  ``SUCHI_STORE``): one database for workers on many machines.

Nothing here knows about Prefect: the flow and the benchmarks call the same
functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple, Protocol

from flows.files import FileStat, RawFile, key_path, no_cycle_collection, sha256_file, walk
from schemas.models import SCHEMA_VERSION, Document

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class DocState(NamedTuple):
    """What a store holds for one document."""

    doc_id: str
    reference: str | None  # the --published date it was extracted with
    schema_version: int
    facts: int
    intact: bool  # every file derived from it is there (folder store: facts file, review page)


class Known(NamedTuple):
    """What a store holds for one raw file's key."""

    doc_id: str  # = sha256 of the bytes it had when stored
    stat: FileStat | None  # the file's size, mtime and inode then: unchanged ones are not hashed again
    doc: DocState | None = None  # its document, if the store read it along (None: gone, or not read)


class Fresh(NamedTuple):
    """A raw file key whose stored document is current (see ``Store.fresh``), as stored.

    A tuple straight from the store's row: a scan makes one per archived file.
    """

    key: str
    size: int
    mtime_ns: int
    inode: int
    doc_id: str
    facts: int  # the document's


class Planned(NamedTuple):
    """One raw file and what an ingest must do with it (a tuple: a scan makes one per archived file).

    ``status``: ``new``, ``changed`` (other bytes than stored), ``retry``
    (failed before), ``outdated`` (stored under an older schema_version),
    ``repair`` (stored, but a derived file is missing: rebuilt from the
    stored document), ``copy`` (the same bytes as another stored or planned
    file: listed under this name too, never extracted twice) or
    ``unchanged``.
    """

    path: str  # absolute
    key: str  # manifest key: path relative to raw/, or absolute outside it
    sha256: str
    status: str
    stat: FileStat | None = None
    facts: int | None = None  # unchanged files: their stored document's facts


EXTRACT = frozenset({"new", "changed", "retry", "outdated"})


@dataclass(frozen=True)
class Totals:
    """What the whole archive holds: its documents and the rows of its facts table."""

    documents: int
    facts: int


class Store(Protocol):
    """The records of an archive: documents, facts, the manifest of raw files, failures."""

    def describe(self) -> str:
        """Where the records are, fit for a log line (no password)."""
        ...

    def recover(self) -> None:
        """Finish or undo what a killed run left half done; remove its temporaries."""
        ...

    def lookup(self, keys: Sequence[str]) -> dict[str, Known]:
        """The stored entries of these raw file keys (absent keys are missing)."""
        ...

    def fresh(self, keys: Sequence[str], reference: str | None) -> dict[str, Fresh]:
        """The keys among ``keys`` whose stored document is current, with their file's stat then.

        Current: extracted with ``reference`` (ISO date or None) under this
        schema_version, every derived file in place, the stat recorded.
        A file whose stat still matches is unchanged: a scan of raw/ asks
        only this of the files it finds unchanged, so its rows are plain
        tuples read in bulk, not objects.
        """
        ...

    def documents(self, doc_ids: Iterable[str]) -> dict[str, DocState]:
        """The stored documents among ``doc_ids``."""
        ...

    def failed(self, keys: Sequence[str]) -> set[str]:
        """Which of these keys are recorded as failures."""
        ...

    def put_document(
        self, item: Planned, doc: Document, reference: date | None, review_html: bytes | None
    ) -> None:
        """Store ``doc`` as the document of ``item``'s file, replacing what that file was before."""
        ...

    def restat(self, items: Sequence[Planned]) -> None:
        """Record the stat of files found holding their stored bytes (touched, copied back, restored).

        Only where the key still lists ``item.sha256``; the next scan then
        finds them unchanged by their stat instead of hashing them again.
        """
        ...

    def put_copy(self, item: Planned) -> bool:
        """List the stored document ``item.sha256`` under ``item.key`` too; False if it is not stored."""
        ...

    def put_failure(self, item: Planned, code: str, message: str) -> None:
        """Record why ``item`` could not be read; its earlier records no longer describe it."""
        ...

    def load(self, doc_id: str) -> Document | None:
        """A stored document, or None."""
        ...

    def source_keys(self) -> list[str]:
        """Every raw file key with records (documents or failures)."""
        ...

    def prune(self, keys: Sequence[str]) -> int:
        """Remove the records of these keys (and documents no other key lists); how many keys."""
        ...

    def totals(self) -> Totals:
        """Documents and fact rows of the whole archive."""
        ...

    def compact(self) -> int:
        """Merge small facts files where a store has them (a query opens every file); how many merges."""
        ...

    def close(self) -> None:
        """Close this thread's connection (it reopens on demand; other threads' close as they end)."""
        ...


def is_postgres(spec: str | None) -> bool:
    """Whether a ``--store`` value names a PostgreSQL database.

    >>> is_postgres("postgresql://u@db/suchi"), is_postgres(None), is_postgres("/data/processed")
    (True, False, False)
    """
    return bool(spec) and str(spec).startswith(POSTGRES_SCHEMES)


_OPEN: dict[tuple[str, str], Store] = {}


def open_store(processed_dir: Path, spec: str | None = None) -> Store:
    """The store ``spec`` names (a PostgreSQL URL), else the folder store in ``processed_dir``.

    One store object per process and location: its connections are per
    thread, so flow tasks in threads share it.
    """
    key = (str(processed_dir), spec or "")
    store = _OPEN.get(key)
    if store is None:
        if is_postgres(spec):
            from flows.pg_store import PostgresStore

            store = PostgresStore(str(spec), processed_dir)
        else:
            from flows.folder_store import FolderStore

            store = FolderStore(processed_dir)
        _OPEN[key] = store
    return store


def close_stores() -> None:
    """Close and forget every store this process opened (tests, long-lived processes)."""
    for store in _OPEN.values():
        store.close()
    _OPEN.clear()


# -- planning ----------------------------------------------------------------------------------------


class UsageError(ValueError):
    """A path that does not exist or is not a file or folder: nothing was planned or written."""


def given_files(paths: Iterable[Path]) -> list[RawFile]:
    """The finished files under ``paths`` (files or folders); a missing path is a UsageError."""
    found: list[RawFile] = []
    for given in paths:
        absolute = given.expanduser().resolve()
        if absolute.is_dir():
            found.extend(walk(str(absolute)))
        elif absolute.is_file():
            found.append(RawFile.of(absolute))
        elif absolute.exists():
            raise UsageError(f"{given}: not a regular file or folder")
        else:
            raise UsageError(f"{given}: no such file or folder")
    return found


def _sha(path: str, known: Known | None, stat: FileStat) -> str:
    if known is not None and known.stat == stat:
        return known.doc_id  # same size, mtime and inode as when stored: the same bytes
    return sha256_file(Path(path))


def _prefix(raw_dir: Path) -> str:
    return str(raw_dir.resolve()).rstrip("/") + "/"


def _keyer(raw_dir: Path) -> Callable[[str], str]:
    """A raw file's manifest key from its absolute path: relative to raw/ inside it, else absolute."""
    prefix = _prefix(raw_dir)
    return lambda path: path[len(prefix) :] if path.startswith(prefix) else path


@no_cycle_collection()
def plan(
    store: Store, files: Iterable[RawFile | Path], raw_dir: Path, published: date | None
) -> list[Planned]:
    """What to do with each raw file (see ``Planned.status``; ``given_files`` lists them), in key order.

    A file is unchanged when the store lists its bytes, extracted with the
    same ``published`` reference under this schema_version, with every
    derived file in place.  Reads only the store's entries for these files
    and hashes only files whose size, mtime or inode changed (recording
    the new stat of those whose bytes did not: ``Store.restat``).  Files whose
    stat matches a current document's (most of an archive, on a scan of
    raw/) cost one row of ``Store.fresh`` and a tuple comparison; only the
    rest are looked at closely.
    """
    wanted = published.isoformat() if published else None
    prefix = _prefix(raw_dir)
    cut = len(prefix)
    by_key: dict[str, RawFile] = {}
    for raw in files:
        found = raw if isinstance(raw, RawFile) else RawFile.of(raw.expanduser().resolve())
        path = found.path
        by_key.setdefault(path[cut:] if path.startswith(prefix) else path, found)  # _keyer, inline
    fresh = store.fresh(list(by_key), wanted)
    planned: list[Planned] = []
    rest: dict[str, RawFile] = {}
    for key, raw in by_key.items():
        row = fresh.get(key)
        if row is not None and row[1:4] == raw.stat:  # as when stored: the same bytes
            planned.append(Planned(raw.path, key, row.doc_id, "unchanged", raw.stat, row.facts))
        else:
            rest[key] = raw
    closely = _plan_closely(store, rest, wanted)
    touched = [item for item in closely if item.status == "unchanged"]  # hashed: same bytes, new stat
    if touched:
        store.restat(touched)
    return sorted(planned + closely, key=itemgetter(1))  # by key


def _plan_closely(store: Store, by_key: dict[str, RawFile], wanted: str | None) -> list[Planned]:
    """The statuses of files not found unchanged by their stat: hashed where needed, then compared."""
    known = store.lookup(list(by_key)) if by_key else {}
    hashed: list[tuple[str, str, str, FileStat]] = []
    planned: list[Planned] = []
    for key, raw in by_key.items():
        try:
            if raw.stat is None:
                raise FileNotFoundError(raw.path)
            hashed.append((key, raw.path, _sha(raw.path, known.get(key), raw.stat), raw.stat))
        except OSError:  # vanished or unreadable since listed: the extractor says which
            planned.append(Planned(raw.path, key, "", "retry" if key in known else "new"))
    docs = {entry.doc_id: entry.doc for entry in known.values() if entry.doc is not None}
    unread = {sha for _, _, sha, _ in hashed if sha not in docs}
    if unread:
        docs.update(store.documents(unread))
    missing = [key for key, _, _, _ in hashed if key not in known]
    failed = store.failed(missing) if missing else set()
    first_of: dict[str, str] = {}  # sha -> the key planned to extract it in this run
    for key, path, sha, info in hashed:
        doc = docs.get(sha)
        status = _status(known.get(key), doc, sha, wanted, key in failed)
        if status in EXTRACT and sha in first_of:
            status = "copy"  # the same bytes as an earlier file of this run
        elif status in EXTRACT:
            first_of[sha] = key
        facts = doc.facts if status == "unchanged" and doc is not None else None
        planned.append(Planned(path, key, sha, status, info, facts))
    return planned


def _status(known: Known | None, doc: DocState | None, sha: str, wanted: str | None, failed: bool) -> str:
    current = doc is not None and doc.reference == wanted and doc.schema_version == SCHEMA_VERSION
    if current and doc is not None:
        if not doc.intact:
            return "repair"
        return "unchanged" if known is not None and known.doc_id == sha else "copy"
    if doc is not None and doc.schema_version != SCHEMA_VERSION:
        return "outdated"
    if known is not None:
        return "changed"
    return "retry" if failed else "new"


def gone_keys(store: Store, raw_dir: Path, present: set[str] | None = None) -> list[str]:
    """Keys with records whose raw file no longer exists.

    ``present``: the keys of every file in raw/, if the caller listed it
    already; else raw/ is listed here (once, no stat per key).
    """
    if present is None:
        key_of = _keyer(raw_dir)
        present = {key_of(raw.path) for raw in walk(str(raw_dir.resolve()), stat=False)}
    # a key not listed may still exist: outside raw/, or a hidden file named on the command line
    return [key for key in store.source_keys() if key not in present and not key_path(key, raw_dir).is_file()]
