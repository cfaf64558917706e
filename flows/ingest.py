"""The ``ingest`` flow: raw/ publications → stored records, watched in the Prefect UI.

One task run per document (read → extract → store), or a few batches of
documents for bulk runs: a task run costs Prefect ~25 ms of bookkeeping,
so never one per page or fact.  A task is retried only for I/O errors
(``OSError``); a publication that cannot be read (``SuchiError``) is a
result, not a crash: it is recorded as a failure and the rest of the batch
goes on.  A run with failures ends in a Failed state naming them (what was
stored stays stored), so Prefect automations and notifications fire.

``ingest_one`` holds the work and knows nothing of Prefect, so the
benchmark runs the very same code in a plain loop.  The document is
validated once, by pydantic, where the pipeline builds it; storing it only
serialises it.
"""

# No ``from __future__ import annotations`` here: Prefect builds the flow's parameter
# model from these annotations, also when a deployment loads this module by name.
import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State, TaskRun
from prefect.states import Failed
from prefect.task_runners import ThreadPoolTaskRunner

from extractors.errors import SuchiError
from flows.progress import progress
from flows.review import render_review
from flows.review_server import review_url
from flows.settings import resolve_settings
from flows.store import EXTRACT, Planned, Store, Totals, given_files, gone_keys, open_store, plan
from schemas.models import Document

# Extraction is CPU-bound: threads only overlap Prefect's API calls with it.
# More threads measured slower on 2 cores (GIL, tokenizer and a local Prefect
# server all want the CPU), so leave one core free; scale out with --dask or workers.
THREADS = max(1, min(4, (os.cpu_count() or 2) - 1))
TABLE_ARTIFACT_KEY = "suchi-ingest"
NAMED_FAILURES = 10  # failed files named in a failed run's message


@dataclass(frozen=True)
class DocResult:
    """What happened to one raw file; a row of the run's table artifact."""

    file: str  # manifest key: path under raw/
    status: str  # a Planned status (new, changed, copy, ...), or failed
    doc_id: str | None = None
    facts: int = 0
    warnings: int = 0
    error: str | None = None  # "code: message"
    review: str | None = None  # URL of the review page (file://, or under SUCHI_REVIEW_BASE_URL)


@dataclass(frozen=True)
class Summary:
    """A run's totals; ``archive`` is the whole store after it (``archive.facts`` = rows of ``facts``)."""

    files: int  # raw files this run looked at
    documents: int  # distinct documents among them (files with the same bytes are one document)
    facts: int  # facts of those documents, each document counted once
    failed: int
    unchanged: int  # of ``documents``, those already stored before this run
    archive: Totals
    gone: int | None  # records whose raw file no longer exists (kept until --prune); None: not counted
    pruned: int
    results: list[DocResult]


class IngestFailed(Exception):
    """A run in which some files failed; the Failed state's data, carrying the run's summary."""

    def __init__(self, message: str, summary: Summary) -> None:
        super().__init__(message)
        self.summary = summary


# -- the work, without Prefect -----------------------------------------------------------------------


def _failure(store: Store, item: Planned, code: str, message: str) -> DocResult:
    store.put_failure(item, code, message)
    return DocResult(file=item.key, status="failed", error=f"{code}: {message}")


def _extract(item: Planned, published: date | None, *, ocr: bool = True) -> Document | tuple[str, str]:
    """The document of ``item``'s file, or (code, message) when it cannot be read."""
    from extractors.pipeline import extract_file

    try:
        return extract_file(Path(item.path), published, ocr=ocr)
    except SuchiError as error:
        return error.code, error.message
    except OSError:
        raise
    except Exception as error:  # an extractor bug must not cost the rest of the batch
        return "internal_error", f"{type(error).__name__}: {error}"


def ingest_one(
    item: Planned,
    store: Store,
    processed_dir: Path,
    published: date | None,
    review: bool = True,
    *,
    ocr: bool = True,
) -> tuple[DocResult, Document | None]:
    """Extract one raw file and store its records (or its failure).

    ``copy`` items are listed under the stored document of the same bytes
    and ``repair`` items rebuilt from it; both are extracted when that
    document is not there.  ``review``: write the document's review page
    now (else ``suchi review`` renders it when asked).  Raises only
    ``OSError`` (worth a retry); bad input and extractor bugs become a
    ``failed`` result.
    """
    if item.status == "copy" and store.put_copy(item):
        state = store.documents([item.sha256]).get(item.sha256)
        facts = state.facts if state else 0
        url = _url(processed_dir, item.sha256)
        return DocResult(file=item.key, status="copy", doc_id=item.sha256, facts=facts, review=url), None
    doc = store.load(item.sha256) if item.status == "repair" else None
    if doc is None:
        extracted = _extract(item, published, ocr=ocr)
        if isinstance(extracted, tuple):
            return _failure(store, item, *extracted), None
        doc = extracted
    review = review or item.status == "repair"
    store.put_document(item, doc, published, render_review(doc).encode() if review else None)
    result = DocResult(
        file=item.key,
        status=item.status,
        doc_id=doc.document.id,
        facts=len(doc.facts),
        warnings=len(doc.warnings),
        review=_url(processed_dir, doc.document.id) if review else None,
    )
    return result, doc


def _url(processed_dir: Path, doc_id: str) -> str:
    """The review page's link: under ``$SUCHI_REVIEW_BASE_URL`` if set, else ``file://``."""
    return review_url(processed_dir, doc_id)


# -- Prefect -----------------------------------------------------------------------------------------


@contextlib.contextmanager
def in_process_run() -> Iterator[None]:
    """Settings for a flow run that lives and dies with this process (``suchi ingest``): no heartbeats.

    Prefect 3.8.8 joins its heartbeat thread at the end of every flow run,
    which costs up to a second per run.  Heartbeats let a server notice a
    crashed run started by a worker or by ``suchi serve`` (which keep them);
    a command-line run reports its own end.
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def _io_error_only(task: Any, task_run: TaskRun, state: State[Any]) -> bool:
    """Retry I/O errors (a busy disk, a share gone for a moment), never bad input."""
    return isinstance(state.data, OSError)


def _cell(value: object) -> str:
    """A markdown table cell: empty for None (never the word), pipes and newlines escaped."""
    return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")


def document_markdown(doc: Document, result: DocResult) -> str:
    """A document's figures as a markdown table for its Prefect artifact."""
    meta = doc.document
    pages = "n/a" if meta.pages is None else str(meta.pages)
    lines = [
        f"# {_cell(meta.title) or result.file}",
        "",
        f"- file: `{result.file}`",
        f"- doc id: `{meta.id}`",
        f"- published: {meta.published or 'unknown'}; kind: {meta.kind or 'unknown'}; pages: {pages}",
        f"- {len(doc.facts)} facts, {len(doc.warnings)} warnings",
    ]
    if result.review:
        lines.append(f"- [review page]({result.review})")
    else:
        lines.append(f"- review page: `suchi review {meta.id[:12]}`")
    lines += ["", "| id | kind | text | value | unit | context |", "|---|---|---|---|---|---|"]
    for fact in doc.facts:
        parts = [f"{k}={v}" for k, v in fact.context.model_dump().items() if v is not None]
        if fact.table:
            cell = fact.table
            where = [
                f"{name}={value}" for name, value in (("row", cell.row), ("column", cell.column)) if value
            ]
            parts.append(" ".join(["table", *where]))
        cells = [fact.id, fact.kind, _cell(fact.text), fact.value, _cell(fact.unit), _cell(", ".join(parts))]
        lines.append("| " + " | ".join(cells) + " |")
    if doc.warnings:
        lines += ["", "## Warnings", ""]
        lines += [f"- `{w.code}` {_cell(w.message)} {' '.join(w.fact_ids)}".rstrip() for w in doc.warnings]
    return "\n".join(lines) + "\n"


def _batch_name(parameters: dict[str, Any]) -> str:
    items: Sequence[Planned] = parameters["items"]
    first = items[0].key if items else "nothing"
    return first if len(items) == 1 else f"{first} (+{len(items) - 1} more)"


def _task_run_name() -> str:
    from prefect.runtime import task_run

    return _batch_name(task_run.parameters)


@task(
    name="ingest-document",
    task_run_name=_task_run_name,
    retries=2,
    retry_delay_seconds=[0.5, 2],
    retry_condition_fn=_io_error_only,
    cache_policy=NO_CACHE,
    persist_result=False,
)
def ingest_documents(  # noqa: PLR0917 - task parameters, submitted in order
    items: list[Planned],
    processed_dir: str,
    published: date | None,
    store_spec: str | None = None,
    review: bool = True,
    ocr: bool = True,
) -> list[DocResult]:
    """Read → extract → store each document of ``items`` (one, unless batched).

    One document: its figures become a keyed markdown artifact
    (``suchi-doc-<id>``, versioned across runs).  A batch: one markdown
    artifact with a section per document, because each artifact costs the
    server ~10-20 ms, more than extracting a small document.  ``store_spec``
    is the PostgreSQL URL, if any (a task argument, never a flow parameter
    shown in the UI).
    """
    logger = get_run_logger()
    store = open_store(Path(processed_dir), store_spec)
    results, sections = [], []
    for item in items:
        result, doc = ingest_one(item, store, Path(processed_dir), published, review, ocr=ocr)
        if doc is None:
            if result.status == "failed":
                logger.warning("%s: failed (%s)", item.key, result.error)
        else:
            logger.info("%s: %d facts -> %s", item.key, result.facts, doc.document.id)
            sections.append(document_markdown(doc, result))
        results.append(result)
    if len(items) == 1 and sections:
        doc_id = results[0].doc_id or ""
        create_markdown_artifact(
            markdown=sections[0], key=f"suchi-doc-{doc_id[:16]}", description=f"Figures of {items[0].key}"
        )
    elif sections:
        create_markdown_artifact(
            markdown="\n".join(sections),
            description=f"Figures of {len(sections)} documents from {items[0].key}",
        )
    return results


def _label(paths: Sequence[str] | None, raw_dir: str | None) -> str:
    """A short name for where the files come from: raw/'s name or the first path's folder."""
    if paths:
        return Path(paths[0]).parent.name or "files"
    return resolve_settings(raw_dir, None).raw_dir.name


def run_name(count: int | None, paths: Sequence[str] | None, raw_dir: str | None) -> str:
    """``ingest-3-files-raw``; ``ingest-new-raw`` before the count is known.

    >>> run_name(1, ["/d/raw/a.txt"], None), run_name(3, None, "/d/in")
    ('ingest-1-file-raw', 'ingest-3-files-in')
    """
    label = _label(paths, raw_dir)
    if count is None:
        return f"ingest-new-{label}"
    return f"ingest-{count}-file{'' if count == 1 else 's'}-{label}"


def _flow_run_name() -> str:
    from prefect.runtime import flow_run

    parameters = flow_run.parameters
    paths = parameters.get("paths")
    return run_name(len(paths) if paths else None, paths, parameters.get("raw_dir"))


def _rename_flow_run(name: str) -> None:
    from prefect.client.orchestration import get_client
    from prefect.runtime import flow_run

    if flow_run.id and flow_run.name != name:
        with get_client(sync_client=True) as client:
            client.update_flow_run(flow_run_id=flow_run.id, name=name)


PER_DOCUMENT_UP_TO = 20


def auto_batch_size(documents: int) -> int:
    """One task run per document for small runs; for bulk runs a few even batches.

    A task run costs Prefect ~25 ms and a document's artifact ~10-20 ms, more
    than extracting a small text, so 200 files as 200 task runs took 5x a
    plain loop; as ``2 * THREADS`` batches, about the same as a plain loop.

    >>> auto_batch_size(3), auto_batch_size(PER_DOCUMENT_UP_TO), auto_batch_size(PER_DOCUMENT_UP_TO + 1) > 1
    (1, 1, True)
    """
    if documents <= PER_DOCUMENT_UP_TO:
        return 1
    return -(-documents // (2 * THREADS))


def _chunks(items: Sequence[Planned], size: int) -> list[list[Planned]]:
    return [list(items[start : start + size]) for start in range(0, len(items), max(1, size))]


@flow(
    name="ingest",
    flow_run_name=_flow_run_name,
    task_runner=ThreadPoolTaskRunner(max_workers=THREADS),  # type: ignore[arg-type]  # prefect's generics
    persist_result=False,
)
def ingest(  # noqa: PLR0917 - Prefect passes parameters by name; the CLI and deployments use them
    paths: list[str] | None = None,
    raw_dir: str | None = None,
    processed_dir: str | None = None,
    published: date | None = None,
    batch_size: int | None = None,
    prune: bool = False,
    review_pages: bool | None = None,
    ocr: bool = True,
) -> Summary:
    """Extract every new or changed publication (default: all of raw/) into the store.

    ``paths`` are files or folders; a missing one fails the run before
    anything is written.  ``batch_size`` is the number of documents per
    task run; None picks one per document for up to ``PER_DOCUMENT_UP_TO``
    documents, else ``2 * THREADS`` even batches.  ``prune`` removes the
    records of raw files that no longer exist.  ``review_pages``: write
    each extracted document's review page now; None writes them for runs
    of up to ``PER_DOCUMENT_UP_TO`` documents (each gets an artifact linking
    to its page) and leaves bulk runs' to ``suchi review``, which renders
    a page when asked (a page costs ~15% of a document's extraction, and
    an archive's pages would outweigh its records).  The store is the folder
    store in ``processed_dir`` unless ``SUCHI_STORE`` names a PostgreSQL
    database.  With failed files the run ends Failed (``IngestFailed``
    carrying the summary); whatever was stored stays stored.
    ``ocr`` False leaves scanned PDF pages unread (no OCR).
    """
    logger = get_run_logger()
    settings = resolve_settings(raw_dir, processed_dir)
    files = given_files([Path(p) for p in paths] if paths else [settings.raw_dir])
    store = open_store(settings.processed_dir, settings.store)
    store.recover()
    planned = plan(store, files, settings.raw_dir, published)
    todo = [item for item in planned if item.status in EXTRACT or item.status == "repair"]
    copies = [item for item in planned if item.status == "copy"]
    _rename_flow_run(run_name(len(todo) + len(copies), paths, raw_dir))
    logger.info(
        "%d files: %d to extract, %d copies, %d unchanged (store: %s)",
        len(planned),
        len(todo),
        len(copies),
        len(planned) - len(todo) - len(copies),
        store.describe(),
    )

    processed = str(settings.processed_dir)
    review = review_pages if review_pages is not None else len(todo) <= PER_DOCUMENT_UP_TO
    batches = _chunks(todo, batch_size or auto_batch_size(len(todo)))
    futures = [
        ingest_documents.submit(batch, processed, published, settings.store, review, ocr) for batch in batches
    ]
    results: list[DocResult] = []
    label = f"ingest {len(todo)} documents"
    for batch, future in progress(zip(batches, futures, strict=True), total=len(batches), label=label):
        outcome = future.result(raise_on_failure=False)
        if isinstance(outcome, list):
            results.extend(outcome)
            continue
        for item in batch:  # I/O failed even after retries
            logger.error("%s: %s", item.key, outcome)
            results.append(_failure(store, item, "io_error", str(outcome)))
    for item in copies:  # after the documents they copy are stored
        results.append(ingest_one(item, store, settings.processed_dir, published, review)[0])
    results += unchanged_results(planned)
    store.compact()
    # Records whose raw file is gone: counted by runs over all of raw/ (which list it anyway),
    # not by runs on a few files, whose cost must not grow with the archive.
    gone = None
    if prune or not paths:
        gone = gone_keys(store, settings.raw_dir, None if paths else {item.key for item in planned})
    pruned = store.prune(gone) if prune and gone else 0
    counted = len(gone) - pruned if gone is not None else None
    summary = summarize(sorted(results, key=lambda r: r.file), store.totals(), counted, pruned)

    create_table_artifact(
        table=[_row(result) for result in summary.results],
        key=TABLE_ARTIFACT_KEY,
        description=describe(summary),
    )
    logger.info("%s", describe(summary))
    if summary.failed:
        message = failure_message(summary)
        return Failed(message=message, data=IngestFailed(message, summary))  # type: ignore[return-value]
    return summary


def _row(result: DocResult) -> dict[str, Any]:
    """A table artifact row: empty cells, never None."""
    row = asdict(result)
    row.pop("review")
    return {name: "" if value is None else value for name, value in row.items()}


def unchanged_results(planned: Sequence[Planned]) -> list[DocResult]:
    """Rows for files skipped because the store already holds their bytes (the plan read their facts)."""
    return [
        DocResult(file=item.key, status="unchanged", doc_id=item.sha256, facts=item.facts or 0)
        for item in planned
        if item.status == "unchanged"
    ]


def summarize(results: list[DocResult], archive: Totals, gone: int | None = None, pruned: int = 0) -> Summary:
    """Totals over a run: each document once, whatever number of files holds its bytes."""
    docs = {result.doc_id: result.facts for result in results if result.doc_id is not None}
    extracted = {
        result.doc_id
        for result in results
        if result.doc_id is not None and result.status not in {"unchanged", "copy"}
    }
    return Summary(
        files=len(results),
        documents=len(docs),
        facts=sum(docs.values()),
        failed=sum(result.status == "failed" for result in results),
        unchanged=len(docs.keys() - extracted),
        archive=archive,
        gone=gone,
        pruned=pruned,
        results=results,
    )


def describe(summary: Summary) -> str:
    """The run in one line, as ``suchi ingest`` prints it.

    >>> r = [DocResult("a.txt", "new", "a" * 64, 3), DocResult("b.txt", "copy", "a" * 64, 3)]
    >>> print(describe(summarize(r, Totals(documents=5, facts=20), gone=1)).replace("; ", ";\\n"))
    1 document (1 extracted, 0 unchanged) from 2 files, 3 facts, 0 failed;
    archive: 5 documents, 20 facts;
    1 record whose raw file is gone (suchi ingest --prune removes it)
    """
    s = summary
    line = (
        f"{_count(s.documents, 'document')} ({s.documents - s.unchanged} extracted, {s.unchanged} unchanged)"
    )
    if s.files != s.documents + s.failed:
        line += f" from {s.files} files"
    line += f", {_count(s.facts, 'fact')}, {s.failed} failed"
    line += f"; archive: {_count(s.archive.documents, 'document')}, {_count(s.archive.facts, 'fact')}"
    if s.pruned:
        line += f"; pruned {s.pruned} record{'s' if s.pruned != 1 else ''} whose raw file is gone"
    if s.gone:
        record = "record whose raw file is gone" if s.gone == 1 else "records whose raw files are gone"
        line += f"; {s.gone} {record} (suchi ingest --prune removes {'it' if s.gone == 1 else 'them'})"
    return line


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def failure_message(summary: Summary) -> str:
    """A failed run's state message: how many files failed and which.

    >>> r = [DocResult("a.txt", "failed", error="empty_file: empty"), DocResult("b.txt", "new", "b" * 64, 1)]
    >>> failure_message(summarize(r, Totals(documents=1, facts=1)))
    '1 of 2 files failed: a.txt (empty_file)'
    """
    failed = [result for result in summary.results if result.status == "failed"]
    named = [f"{r.file} ({(r.error or '').split(':', 1)[0]})" for r in failed[:NAMED_FAILURES]]
    more = f" and {len(failed) - NAMED_FAILURES} more" if len(failed) > NAMED_FAILURES else ""
    return f"{len(failed)} of {summary.files} files failed: {', '.join(named)}{more}"


def summary_of(state: State[Any]) -> Summary:
    """The Summary of a finished ingest run's state (Completed or Failed with failed files).

    Raises the run's exception when it broke before summing up.
    """
    outcome = state.result(raise_on_failure=False)
    if isinstance(outcome, IngestFailed):
        return outcome.summary
    if isinstance(outcome, Summary):
        return outcome
    if isinstance(outcome, BaseException):
        raise outcome
    raise RuntimeError(f"the ingest run ended {state.type.value}: {state.message}")
