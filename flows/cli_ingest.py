"""``suchi ingest``, ``suchi serve`` and ``suchi watch``: the Prefect side of the command line.

Prefect is imported only inside the commands, after the environment is set
so that its own INFO logs and shutdown noise stay out of the user's
terminal (the flow's logs still reach the Prefect UI).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from flows.ingest import Summary

RawOption = Annotated[
    Path | None, typer.Option("--raw", help="Folder of raw publications (env SUCHI_RAW_DIR, default ./raw).")
]
ProcessedOption = Annotated[
    Path | None,
    typer.Option("--processed", help="Folder for records (env SUCHI_PROCESSED_DIR, default ./processed)."),
]
StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="A PostgreSQL store, postgresql://user@host/db (env SUCHI_STORE; default: the folder store "
        "in processed/). Give the password in PGPASSWORD or ~/.pgpass, not in the URL.",
    ),
]


def quiet_prefect() -> None:
    """Prefect's console at ERROR (our summary says the rest), a quiet local server, no analytics."""
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "ERROR")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    if not os.environ.get("PREFECT_API_URL"):
        # the temporary server logs "Error flushing events" & co. when stopped mid-flush
        os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
        # Prefect's 20 s is too short for its temporary server on a busy machine
        os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def report(summary: Summary) -> str:
    """The one-line summary printed after a run."""
    from flows.ingest import describe

    return describe(summary)


def usage_error(message: str) -> typer.Exit:
    """Say what is wrong with the command line, write nothing, exit 2."""
    print(f"suchi ingest: {message}", file=sys.stderr)
    return typer.Exit(2)


def check_inputs(
    paths: list[Path] | None, raw_dir: Path, store_spec: str | None, processed_dir: Path
) -> None:
    """Refuse a missing path or raw/, or an unreachable store, before anything starts or is written."""
    from flows.store import UsageError, given_files, is_postgres, open_store

    try:
        given_files(paths or [raw_dir])
    except UsageError as error:
        hint = "" if paths else " (give --raw, SUCHI_RAW_DIR or paths)"
        raise usage_error(f"{error}{hint}") from None
    if is_postgres(store_spec):
        import psycopg

        store = open_store(processed_dir, store_spec)
        try:
            store.totals()
        except psycopg.Error as error:
            first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise usage_error(f"cannot use the store {store.describe()}: {first}") from None


def _api_url() -> str | None:
    from prefect.settings import get_current_settings

    return get_current_settings().api.url


def ingest_command(  # noqa: PLR0917 - typer maps parameters to options
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders (default: all new or changed in raw/).", show_default=False),
    ] = None,
    raw: RawOption = None,
    processed: ProcessedOption = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for year-less dates.")
    ] = None,
    dask: Annotated[
        str | None, typer.Option("--dask", help="Run the tasks on this Dask scheduler, e.g. tcp://host:8786.")
    ] = None,
    batch_size: Annotated[
        int | None,
        typer.Option(
            "--batch-size",
            min=1,
            help="Documents per task run (default: 1 for up to 20, else a few batches).",
        ),
    ] = None,
    store: StoreOption = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Remove the records of raw files that no longer exist.")
    ] = False,
    review_pages: Annotated[
        bool | None,
        typer.Option(
            "--review-pages/--no-review-pages",
            help="Write review pages now (default: for runs of up to 20 documents; "
            "`suchi review ID` renders any other when asked).",
            show_default=False,
        ),
    ] = None,
    ocr: Annotated[
        bool,
        typer.Option(
            "--ocr/--no-ocr",
            help="Read scanned PDF pages (no text layer) by OCR where tesseract is installed.",
        ),
    ] = True,
) -> None:
    """Extract new or changed publications into the store through a Prefect flow run."""
    quiet_prefect()
    from flows.cli import parse_published  # one parser for every command's --published

    reference = parse_published(published)
    from flows.settings import STORE_ENV, resolve_settings

    settings = resolve_settings(raw, processed, store)
    check_inputs(paths, settings.raw_dir, settings.store, settings.processed_dir)
    if settings.store:  # the flow reads it from the environment: a URL never becomes a flow parameter
        os.environ[STORE_ENV] = settings.store
    from flows.ingest import in_process_run, ingest, summary_of

    flow = ingest
    if dask:
        from prefect_dask.task_runners import DaskTaskRunner

        flow = ingest.with_options(task_runner=DaskTaskRunner(address=dask))  # type: ignore[arg-type]
    try:
        with in_process_run():
            state = flow(
                paths=[str(path) for path in paths] if paths else None,
                raw_dir=str(settings.raw_dir),
                processed_dir=str(settings.processed_dir),
                published=reference,
                batch_size=batch_size,
                prune=prune,
                review_pages=review_pages,
                return_state=True,
                ocr=ocr,
            )
        summary = summary_of(state)
    except Exception as error:  # the flow itself broke (server, Dask): say so without a traceback
        print(f"suchi ingest: {type(error).__name__}: {error}", file=sys.stderr)
        raise typer.Exit(2) from None
    for result in summary.results:
        if result.status == "failed":
            print(f"suchi: {result.file}: {result.error}", file=sys.stderr)
    print(report(summary))
    if summary.failed:
        raise typer.Exit(1)


def serve_command(
    raw: RawOption = None,
    processed: ProcessedOption = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many runs at once.")] = None,
    store: StoreOption = None,
) -> None:
    """Serve the ingest deployment: a run per suchi.publication.arrived event (needs a Prefect server)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows.settings import STORE_ENV, resolve_settings

    if store:  # the runs (subprocesses of this one) inherit it
        os.environ[STORE_ENV] = store

    if not _api_url():
        print(
            "suchi serve needs a Prefect server: run `prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api",
            file=sys.stderr,
        )
        raise typer.Exit(2)
    from flows.serve import serve_ingest

    serve_ingest(resolve_settings(raw, processed), limit=limit)


def watch_command(
    raw: RawOption = None,
    processed: ProcessedOption = None,
    store: StoreOption = None,
    settle: Annotated[
        float, typer.Option("--settle", help="Seconds a file must stay unchanged before it is announced.")
    ] = 2.0,
    scan: Annotated[
        bool, typer.Option("--scan/--no-scan", help="Announce unprocessed files already there.")
    ] = True,
) -> None:
    """Watch raw/ and emit suchi.publication.arrived for each complete new or changed file."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows.settings import resolve_settings
    from flows.watch import watch

    if not _api_url():
        print("suchi watch needs a Prefect server: set PREFECT_API_URL (see the README)", file=sys.stderr)
        raise typer.Exit(2)
    settings = resolve_settings(raw, processed, store)
    with contextlib.suppress(KeyboardInterrupt):
        watch(
            settings,
            settle=settle,
            scan=scan,
            on_emit=lambda path: print(f"arrived: {path}", flush=True),
            on_start=lambda: print(f"watching {settings.raw_dir}", file=sys.stderr, flush=True),
        )


def register(app: typer.Typer) -> None:
    """Add ``ingest``, ``serve`` and ``watch`` to the ``suchi`` command line."""
    app.command("ingest")(ingest_command)
    app.command("serve")(serve_command)
    app.command("watch")(watch_command)
