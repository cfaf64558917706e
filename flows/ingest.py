"""The ``ingest`` flow: raw/ publications → processed/ records, watched in the Prefect UI.

One task run per document (read → extract → validate → write): a task run
costs Prefect ~25 ms of bookkeeping, so never one per page or fact.  A task
is retried only for I/O errors (``OSError``); a publication that cannot be
read (``SuchiError``) is a result, not a crash: it lands in
processed/_failed/ and the rest of the batch goes on.

``ingest_one`` holds the work and knows nothing of Prefect, so the
benchmark runs the very same code in a plain loop.
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
from prefect.task_runners import ThreadPoolTaskRunner

from extractors.errors import SuchiError
from flows import store
from flows.progress import progress
from flows.settings import resolve_settings
from schemas.models import Document

# Extraction is CPU-bound: threads only overlap Prefect's API calls with it.
# More threads measured slower on 2 cores (GIL, tokenizer and a local Prefect
# server all want the CPU), so leave one core free; scale out with --dask.
THREADS = max(1, min(4, (os.cpu_count() or 2) - 1))
TABLE_ARTIFACT_KEY = "suchi-ingest"


@dataclass(frozen=True)
class DocResult:
    """What happened to one raw file; a row of the run's table artifact."""

    file: str  # manifest key: path under raw/
    status: str  # new | changed | retry | unchanged | failed
    doc_id: str | None = None
    facts: int = 0
    warnings: int = 0
    error: str | None = None  # "code: message"
    review: str | None = None  # file:// URL of the review page


@dataclass(frozen=True)
class Summary:
    documents: int
    facts: int
    failed: int
    unchanged: int
    results: list[DocResult]


# -- the work, without Prefect -----------------------------------------------------------------------


def _failure(processed_dir: Path, item: store.Planned, code: str, message: str) -> DocResult:
    store.store_failure(processed_dir, item.key, item.path, item.sha256, code=code, message=message)
    return DocResult(file=item.key, status="failed", error=f"{code}: {message}")


def _review_url(doc: Document, processed_dir: Path) -> str | None:
    """Write the document's review page if flows.review exists; its file:// URL."""
    try:
        from flows.review import write_review
    except ImportError:
        return None
    return write_review(doc, processed_dir).resolve().as_uri()


def ingest_one(
    item: store.Planned, processed_dir: Path, published: date | None, *, ocr: bool = True
) -> tuple[DocResult, Document | None]:
    """Extract one raw file and store its records (or its failure).

    Raises only ``OSError`` (worth a retry); bad input and extractor bugs
    become a ``failed`` result, so one file never stops a batch.
    """
    import jsonschema

    from extractors.pipeline import extract_file

    try:
        doc = extract_file(Path(item.path), published, ocr=ocr)
    except SuchiError as error:
        return _failure(processed_dir, item, error.code, error.message), None
    except OSError:
        raise
    except Exception as error:  # an extractor bug must not cost the rest of the batch
        return _failure(processed_dir, item, "internal_error", f"{type(error).__name__}: {error}"), None
    try:
        store.store_document(processed_dir, item.key, item.sha256, doc, published)
    except jsonschema.ValidationError as error:
        return _failure(processed_dir, item, "invalid_document", error.message), None
    result = DocResult(
        file=item.key,
        status=item.status,
        doc_id=doc.document.id,
        facts=len(doc.facts),
        warnings=len(doc.warnings),
        review=_review_url(doc, processed_dir),
    )
    return result, doc


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
    return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")


def document_markdown(doc: Document, result: DocResult) -> str:
    """A document's figures as a markdown table for its Prefect artifact."""
    meta = doc.document
    lines = [
        f"# {_cell(meta.title) or result.file}",
        "",
        f"- file: `{result.file}`",
        f"- doc id: `{meta.id}`",
        f"- published: {meta.published or 'unknown'}; kind: {meta.kind or 'unknown'}; pages: {meta.pages}",
        f"- {len(doc.facts)} facts, {len(doc.warnings)} warnings",
    ]
    if result.review:
        lines.append(f"- [review page]({result.review})")
    lines += ["", "| id | kind | text | value | unit | context |", "|---|---|---|---|---|---|"]
    for fact in doc.facts:
        parts = [f"{k}={v}" for k, v in fact.context.model_dump().items() if v is not None]
        if fact.table:
            parts.append(f"table row={fact.table.row}, column={fact.table.column}")
        cells = [fact.id, fact.kind, _cell(fact.text), fact.value, _cell(fact.unit), _cell(", ".join(parts))]
        lines.append("| " + " | ".join(cells) + " |")
    if doc.warnings:
        lines += ["", "## Warnings", ""]
        lines += [f"- `{w.code}` {_cell(w.message)} {' '.join(w.fact_ids)}" for w in doc.warnings]
    return "\n".join(lines) + "\n"


def _batch_name(parameters: dict[str, Any]) -> str:
    items: Sequence[store.Planned] = parameters["items"]
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
def ingest_documents(
    items: list[store.Planned], processed_dir: str, published: date | None, ocr: bool = True
) -> list[DocResult]:
    """Read → extract → validate → write each document of ``items`` (one, unless batched).

    One document: its figures become a keyed markdown artifact
    (``suchi-doc-<id>``, versioned across runs).  A batch: one markdown
    artifact with a section per document, because each artifact costs the
    server ~10-20 ms, more than extracting a small document.
    """
    logger = get_run_logger()
    results, sections = [], []
    for item in items:
        result, doc = ingest_one(item, Path(processed_dir), published, ocr=ocr)
        if doc is None:
            logger.warning("%s: failed (%s)", item.key, result.error)
        else:
            logger.info("%s: %d facts -> %s.json", item.key, result.facts, doc.document.id)
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


def _chunks(items: Sequence[store.Planned], size: int) -> list[list[store.Planned]]:
    return [list(items[start : start + size]) for start in range(0, len(items), max(1, size))]


@flow(
    name="ingest",
    flow_run_name=_flow_run_name,
    task_runner=ThreadPoolTaskRunner(max_workers=THREADS),  # type: ignore[arg-type]  # prefect's generics
    persist_result=False,
)
def ingest(  # noqa: PLR0917 - Prefect flow parameters, passed by name
    paths: list[str] | None = None,
    raw_dir: str | None = None,
    processed_dir: str | None = None,
    published: date | None = None,
    batch_size: int | None = None,
    ocr: bool = True,
) -> Summary:
    """Extract every new or changed publication (default: all of raw/) into processed/.

    ``paths`` are files or folders.  ``batch_size`` is the number of
    documents per task run; None picks one per document for up to
    ``PER_DOCUMENT_UP_TO`` documents, else ``2 * THREADS`` even batches.
    ``ocr`` False leaves scanned PDF pages unread (no OCR).
    """
    logger = get_run_logger()
    settings = resolve_settings(raw_dir, processed_dir)
    sources = [Path(p) for p in paths] if paths else [settings.raw_dir]
    planned = store.plan(sources, settings.raw_dir, settings.processed_dir, published)
    todo = [item for item in planned if item.status != "unchanged"]
    _rename_flow_run(run_name(len(todo), paths, raw_dir))
    logger.info("%d files: %d to extract, %d unchanged", len(planned), len(todo), len(planned) - len(todo))

    batches = _chunks(todo, batch_size or auto_batch_size(len(todo)))
    futures = [
        ingest_documents.submit(batch, str(settings.processed_dir), published, ocr) for batch in batches
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
            results.append(_failure(settings.processed_dir, item, "io_error", str(outcome)))
    results += unchanged_results(planned, settings.processed_dir)
    store.update_facts_table(settings.processed_dir)

    summary = summarize(results)
    create_table_artifact(
        table=[_row(result) for result in results],
        key=TABLE_ARTIFACT_KEY,
        description=f"{summary.documents} documents, {summary.facts} facts, {summary.failed} failed",
    )
    logger.info("%d documents, %d facts, %d failed", summary.documents, summary.facts, summary.failed)
    return summary


def _row(result: DocResult) -> dict[str, Any]:
    row = asdict(result)
    row.pop("review")
    return row


def unchanged_results(planned: Sequence[store.Planned], processed_dir: Path) -> list[DocResult]:
    """Rows for files skipped because processed/ already holds their bytes."""
    manifest = store.read_manifest(processed_dir)
    results = []
    for item in planned:
        entry = manifest.get(item.key)
        if item.status == "unchanged" and entry is not None:
            results.append(DocResult(file=item.key, status="unchanged", doc_id=entry.id, facts=entry.facts))
    return results


def summarize(results: list[DocResult]) -> Summary:
    """Totals over a run; unchanged documents count with the facts they already have."""
    failed = sum(result.status == "failed" for result in results)
    return Summary(
        documents=len(results) - failed,
        facts=sum(result.facts for result in results),
        failed=failed,
        unchanged=sum(result.status == "unchanged" for result in results),
        results=results,
    )
