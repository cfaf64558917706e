"""processed/: one JSON file per document, a manifest, failures and a facts table.

Layout::

    processed/<doc-id>.json      the contract's document JSON (doc id = sha256 of the raw bytes)
    processed/_manifest.json     source key -> {id, sha256, published, facts}
    processed/_failed/<name>.json  why a raw file could not be read (code, message)
    processed/facts.parquet      every fact of every document in the manifest

Every file is written whole through a temporary file in the same directory
and ``os.replace``, so a reader (or a run killed with SIGKILL) never sees
half a file.  Read-modify-write of the manifest happens under an exclusive
``flock`` on ``processed/.lock``, so concurrent tasks (threads, Dask
workers on this machine, two flow runs) never lose each other's updates.

Nothing here knows about Prefect: the flow and the plain benchmark loop
call the same functions.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from schemas.models import Document

MANIFEST = "_manifest.json"
FAILED_DIR = "_failed"
FACTS_TABLE = "facts.parquet"
LOCK = ".lock"
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "document.schema.json"

# Names of files still being written or not meant for us: browser and office
# partial downloads, editor swap files, our own temporaries, dotfiles.
PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", "~")
PARTIAL_PREFIXES = (".", "~$")

_UMASK = os.umask(0o022)
os.umask(_UMASK)

VALUE_DECIMAL = pa.decimal128(38, 10)
_QUANTUM = Decimal(1).scaleb(-10)

FACTS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("fact_id", pa.string()),
        ("kind", pa.string()),
        ("text", pa.string()),
        ("span_start", pa.int64()),
        ("span_end", pa.int64()),
        ("page", pa.int32()),
        ("value", pa.string()),
        ("value_decimal", VALUE_DECIMAL),
        ("unit", pa.string()),
        ("metric", pa.string()),
        ("subject", pa.string()),
        ("partner", pa.string()),
        ("period", pa.string()),
        ("change", pa.string()),
        ("table_caption", pa.string()),
        ("table_row", pa.string()),
        ("table_column", pa.string()),
    ]
)


@dataclass(frozen=True)
class ManifestEntry:
    """What processed/ holds for one raw file."""

    id: str
    sha256: str
    published: str | None
    facts: int


@dataclass(frozen=True)
class Planned:
    """One raw file and what an ingest must do with it."""

    path: str  # absolute
    key: str  # manifest key: path relative to raw/, or absolute outside it
    sha256: str
    status: str  # new | changed | retry | unchanged


# -- names -------------------------------------------------------------------------------------------


def is_partial_name(name: str) -> bool:
    """Whether a file name looks unfinished or hidden (skip it).

    >>> [is_partial_name(n) for n in ["a.txt", "a.pdf.part", "~$a.docx", ".a.txt", "b.crdownload", "c.tmp"]]
    [False, True, True, True, True, True]
    """
    lowered = name.lower()
    return lowered.startswith(PARTIAL_PREFIXES) or lowered.endswith(PARTIAL_SUFFIXES)


def source_key(path: Path, raw_dir: Path) -> str:
    """The manifest key of a raw file: relative to raw/ when inside it, else absolute.

    >>> source_key(Path("/d/raw/a/x.pdf"), Path("/d/raw")), source_key(Path("/e/y.txt"), Path("/d/raw"))
    ('a/x.pdf', '/e/y.txt')
    """
    try:
        return path.relative_to(raw_dir).as_posix()
    except ValueError:
        return path.as_posix()


def doc_path(processed_dir: Path, doc_id: str) -> Path:
    return processed_dir / f"{doc_id}.json"


def failed_path(processed_dir: Path, key: str) -> Path:
    """processed/_failed/<name>.json; sub-directories flattened with ``__``.

    >>> failed_path(Path("/p"), "a/b.pdf").as_posix()
    '/p/_failed/a__b.pdf.json'
    """
    return processed_dir / FAILED_DIR / (key.strip("/").replace("/", "__") + ".json")


# -- files -------------------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` via a temporary file in the same directory and ``os.replace``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes 0600; records are for everyone who may read the folder
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_if_changed(target: Path, data: bytes) -> bool:
    """Write only when the content differs, so re-ingesting the same bytes touches nothing."""
    try:
        if target.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    write_atomic(target, data)
    return True


@contextlib.contextmanager
def locked(processed_dir: Path) -> Iterator[None]:
    """An exclusive lock on processed/ for read-modify-write of shared files."""
    processed_dir.mkdir(parents=True, exist_ok=True)
    with (processed_dir / LOCK).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# -- manifest ----------------------------------------------------------------------------------------


def read_manifest(processed_dir: Path) -> dict[str, ManifestEntry]:
    try:
        raw = json.loads((processed_dir / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {key: ManifestEntry(**entry) for key, entry in raw["documents"].items()}


def write_manifest(processed_dir: Path, manifest: dict[str, ManifestEntry]) -> None:
    body = {"version": 1, "documents": {key: vars(manifest[key]) for key in sorted(manifest)}}
    write_if_changed(processed_dir / MANIFEST, json.dumps(body, ensure_ascii=False, indent=1).encode())


# -- planning ----------------------------------------------------------------------------------------


def raw_files(root: Path) -> list[Path]:
    """Every finished file under ``root`` (recursively), sorted, partial and hidden ones skipped."""
    if root.is_file():
        return [root]
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and not any(is_partial_name(part) for part in path.relative_to(root).parts)
    )


def plan(paths: Iterable[Path], raw_dir: Path, processed_dir: Path, published: date | None) -> list[Planned]:
    """What to do with each file: new, changed, retry (failed before) or unchanged.

    A file is unchanged when the manifest holds its bytes' sha256 with the same
    ``published`` and its document JSON exists; missing paths are planned as
    ``new`` so the extractor reports them (``not_found``).
    """
    manifest = read_manifest(processed_dir)
    wanted = published.isoformat() if published else None
    planned: list[Planned] = []
    seen: set[str] = set()
    for given in paths:
        absolute = given.expanduser().resolve()
        for path in raw_files(absolute) if absolute.exists() else [absolute]:
            key = source_key(path, raw_dir)
            if key in seen:
                continue
            seen.add(key)
            try:
                sha = sha256_file(path)
            except OSError:
                planned.append(Planned(str(path), key, "", "new"))
                continue
            status = _status(processed_dir, key, manifest.get(key), (sha, wanted))
            planned.append(Planned(str(path), key, sha, status))
    return planned


def _status(processed_dir: Path, key: str, entry: ManifestEntry | None, now: tuple[str, str | None]) -> str:
    if entry is None:
        return "retry" if failed_path(processed_dir, key).exists() else "new"
    if (entry.sha256, entry.published) == now and doc_path(processed_dir, entry.id).is_file():
        return "unchanged"
    return "changed"


# -- documents ---------------------------------------------------------------------------------------


@functools.cache
def _validator() -> Any:
    import jsonschema

    schema = (
        json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
        if SCHEMA_PATH.exists()
        else Document.model_json_schema()  # the committed file is generated from the same model
    )
    return jsonschema.Draft202012Validator(schema)


def document_json(doc: Document) -> bytes:
    """The contract's document JSON, checked against schemas/document.schema.json.

    Raises ``jsonschema.ValidationError`` if the record breaks the schema.
    """
    text = doc.model_dump_json()
    _validator().validate(json.loads(text))
    return text.encode()


def _drop_unreferenced(processed_dir: Path, manifest: dict[str, ManifestEntry], doc_id: str) -> None:
    """Remove a document's files once no manifest entry points at them any more."""
    if any(entry.id == doc_id for entry in manifest.values()):
        return
    doc_path(processed_dir, doc_id).unlink(missing_ok=True)
    (processed_dir / "review" / f"{doc_id}.html").unlink(missing_ok=True)


@dataclass(frozen=True)
class Stored:
    written: bool  # the document JSON was (re)written
    replaced: str | None  # the doc id this file's records replaced


def store_document(
    processed_dir: Path, key: str, sha256: str, doc: Document, published: date | None
) -> Stored:
    """Write ``<doc-id>.json``, point the manifest at it, drop replaced and failed records."""
    body = document_json(doc)
    doc_id = doc.document.id
    written = write_if_changed(doc_path(processed_dir, doc_id), body)
    entry = ManifestEntry(
        id=doc_id,
        sha256=sha256 or doc_id,
        published=published.isoformat() if published else None,
        facts=len(doc.facts),
    )
    with locked(processed_dir):
        manifest = read_manifest(processed_dir)
        old = manifest.get(key)
        manifest[key] = entry
        write_manifest(processed_dir, manifest)
        replaced = old.id if old is not None and old.id != doc_id else None
        if replaced:
            _drop_unreferenced(processed_dir, manifest, replaced)
        failed_path(processed_dir, key).unlink(missing_ok=True)
    return Stored(written=written, replaced=replaced)


def store_failure(
    processed_dir: Path, key: str, source: str, sha256: str, *, code: str, message: str
) -> Path:
    """Record why a file failed; its earlier records (other bytes) no longer describe it."""
    target = failed_path(processed_dir, key)
    error = {"code": code, "message": message}
    body = {"source": source, "key": key, "sha256": sha256 or None, "error": error}
    write_if_changed(target, json.dumps(body, ensure_ascii=False, indent=1).encode())
    with locked(processed_dir):
        manifest = read_manifest(processed_dir)
        old = manifest.pop(key, None)
        if old is not None:
            write_manifest(processed_dir, manifest)
            _drop_unreferenced(processed_dir, manifest, old.id)
    return target


# -- facts table -------------------------------------------------------------------------------------


def exact_decimal(value: str, kind: str) -> Decimal | None:
    """A fact's value as decimal128(38, 10), or None for dates and values that do not fit.

    >>> exact_decimal("264290000000", "amount"), exact_decimal("-2.5", "percent")
    (Decimal('264290000000.0000000000'), Decimal('-2.5000000000'))
    >>> exact_decimal("2025", "date") is None
    True
    """
    if kind == "date":
        return None
    try:
        number = Decimal(value)
        exact = number.quantize(_QUANTUM)
    except InvalidOperation:
        return None
    if exact != number or len(exact.as_tuple().digits) > 38:
        return None  # more than 10 decimals or 28 integer digits: keep the string only
    return exact


def document_rows(doc: Document) -> list[dict[str, Any]]:
    """One row per fact, in FACTS_SCHEMA's columns."""
    meta = doc.document
    published = date.fromisoformat(meta.published) if meta.published else None
    return [
        {
            "doc_id": meta.id,
            "source": meta.source,
            "title": meta.title,
            "published": published,
            "fact_id": fact.id,
            "kind": fact.kind,
            "text": fact.text,
            "span_start": fact.span[0],
            "span_end": fact.span[1],
            "page": fact.page,
            "value": fact.value,
            "value_decimal": exact_decimal(fact.value, fact.kind),
            "unit": fact.unit,
            "metric": fact.context.metric,
            "subject": fact.context.subject,
            "partner": fact.context.partner,
            "period": fact.context.period,
            "change": fact.context.change,
            "table_caption": fact.table.caption if fact.table else None,
            "table_row": fact.table.row if fact.table else None,
            "table_column": fact.table.column if fact.table else None,
        }
        for fact in doc.facts
    ]


def _read_table(path: Path) -> pa.Table | None:
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowException):
        return None  # missing or unreadable: rebuild from the document JSON files
    return table if table.schema.equals(FACTS_SCHEMA) else None


STALE_TEMPORARY = 3600.0  # seconds: far longer than any write, so never another run's live file


def sweep_temporaries(processed_dir: Path) -> None:
    """Remove temporary files left by a run that was killed mid-write."""
    cutoff = time.time() - STALE_TEMPORARY
    for folder in (processed_dir, processed_dir / FAILED_DIR):
        for path in folder.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()


def update_facts_table(processed_dir: Path) -> bool:
    """Make processed/facts.parquet hold exactly the facts of the manifest's documents.

    Keeps the rows of documents still listed, adds the missing ones from their
    JSON, and rewrites the file (atomically) only if that changes anything.
    Returns whether the file was written.
    """
    target = processed_dir / FACTS_TABLE
    with locked(processed_dir):
        sweep_temporaries(processed_dir)
        manifest = read_manifest(processed_dir)
        ids = {entry.id for entry in manifest.values()}
        old = _read_table(target)
        have: set[str] = set() if old is None else set(old.column("doc_id").to_pylist())
        # documents without facts have no rows: they are never "missing"
        missing = {entry.id for entry in manifest.values() if entry.facts > 0} - have
        if old is not None and have <= ids and not missing:
            return False
        rows: list[dict[str, Any]] = []
        for doc_id in sorted(missing):
            try:
                doc = Document.model_validate_json(doc_path(processed_dir, doc_id).read_bytes())
            except FileNotFoundError:
                continue
            rows.extend(document_rows(doc))
        table = pa.Table.from_pylist(rows, schema=FACTS_SCHEMA)
        if old is not None:
            still_listed = pc.is_in(old.column("doc_id"), pa.array(sorted(ids), pa.string()))
            table = pa.concat_tables([old.filter(still_listed), table])
        table = table.sort_by([("doc_id", "ascending"), ("fact_id", "ascending")])
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        write_atomic(target, sink.getvalue().to_pybytes())
        return True
