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


def quiet_prefect() -> None:
    """Prefect's console at ERROR (our summary says the rest), a quiet local server, no analytics."""
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "ERROR")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    if not os.environ.get("PREFECT_API_URL"):
        # the temporary server logs "Error flushing events" & co. when stopped mid-flush
        os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")


def report(summary: Summary) -> str:
    """The one-line summary printed after a run."""
    changed = summary.documents - summary.unchanged
    return (
        f"{summary.documents} documents ({changed} extracted, {summary.unchanged} unchanged), "
        f"{summary.facts} facts, {summary.failed} failed"
    )


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
    ocr: Annotated[
        bool,
        typer.Option(
            "--ocr/--no-ocr",
            help="Read scanned PDF pages (no text layer) by OCR where tesseract is installed.",
        ),
    ] = True,
) -> None:
    """Extract new or changed publications into processed/ through a Prefect flow run."""
    quiet_prefect()
    from flows.cli import parse_published  # one parser for every command's --published

    reference = parse_published(published)
    from flows.ingest import in_process_run, ingest
    from flows.settings import resolve_settings

    settings = resolve_settings(raw, processed)
    flow = ingest
    if dask:
        from prefect_dask.task_runners import DaskTaskRunner

        flow = ingest.with_options(task_runner=DaskTaskRunner(address=dask))  # type: ignore[arg-type]
    try:
        with in_process_run():
            summary = flow(
                paths=[str(path) for path in paths] if paths else None,
                raw_dir=str(settings.raw_dir),
                processed_dir=str(settings.processed_dir),
                published=reference,
                batch_size=batch_size,
                ocr=ocr,
            )
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
) -> None:
    """Serve the ingest deployment: a run per suchi.publication.arrived event (needs a Prefect server)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows.settings import resolve_settings

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
    settings = resolve_settings(raw, processed)
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
