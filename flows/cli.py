"""The ``suchi`` command line."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from extractors.errors import SuchiError
from extractors.readers.files import DEFAULT_MAX_FILE_MB, MAX_FILE_ENV, parse_max_mb, path_text
from flows.progress import progress

app = typer.Typer(
    name="suchi",
    help="Exact figures (amounts, %, %p, multiples, dates) from Korean economic publications.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def version_text() -> str:
    """``suchi X.Y.Z (schema_version N)``: the installed package and the records it writes."""
    from importlib.metadata import PackageNotFoundError, version

    from schemas import SCHEMA_VERSION

    try:
        installed = version("suchi")
    except PackageNotFoundError:  # run from a checkout that was never installed
        installed = "unknown"
    return f"suchi {installed} (schema_version {SCHEMA_VERSION})"


def _print_version(value: bool) -> None:
    if value:
        typer.echo(version_text())
        raise typer.Exit


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Exact figures from Korean economic publications."""


PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date YYYY-MM-DD, the reference for year-less dates."),
]


def parse_published(value: str | None) -> date | None:
    """``--published`` as a date, or a clear usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint="--published") from None


def parse_max_file_mb(value: str | None) -> int | None:
    """``--max-file-mb`` (or ``$SUCHI_MAX_FILE_MB``) as bytes, or a clear usage error."""
    if value is None or not value.strip():
        return None
    try:
        return parse_max_mb(value)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--max-file-mb") from None


MaxFileOption = Annotated[
    str | None,
    typer.Option(
        "--max-file-mb",
        envvar=MAX_FILE_ENV,
        metavar="MB",
        help=f"Refuse files larger than this (too_large); default {DEFAULT_MAX_FILE_MB}, 0 = no limit.",
        show_default=False,
    ),
]

OcrOption = Annotated[
    bool,
    typer.Option(
        "--ocr/--no-ocr",
        help="Read scanned PDF pages (no text layer) by OCR where tesseract is installed.",
    ),
]


def error_line(source: str, code: str, message: str) -> str:
    """The contract's JSON line for a file that could not be read."""
    return json.dumps({"source": source, "error": {"type": code, "message": message}}, ensure_ascii=False)


def extract_one(
    path: Path, published: date | None, max_bytes: int | None = None, *, ocr: bool = True
) -> tuple[str, bool]:
    """One input → (its JSON line, whether it succeeded).  Never raises for bad input."""
    from extractors.pipeline import extract_file

    source = path_text(path)  # a name that is not UTF-8 must still make a valid JSON line
    try:
        return extract_file(path, published, max_bytes, ocr=ocr).model_dump_json(), True
    except SuchiError as error:
        print(f"suchi: {source}: {error.message} [{error.code}]", file=sys.stderr)
        return error_line(source, error.code, error.message), False
    except Exception as error:  # a bug must not cost the other files of the batch
        message = f"internal error: {type(error).__name__}: {error}"
        print(f"suchi: {source}: {message} [internal_error]", file=sys.stderr)
        return error_line(source, "internal_error", message), False


def write_line(line: str) -> None:
    """One JSON line on stdout, as UTF-8 whatever the locale's encoding (JSON is UTF-8)."""
    out = getattr(sys.stdout, "buffer", None)
    if out is None:  # a text-only stream (a test's capture)
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
        return
    sys.stdout.flush()
    out.write((line + "\n").encode())
    out.flush()


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Publications: PDF or text files.", show_default=False)],
    published: PublishedOption = None,
    max_file_mb: MaxFileOption = None,
    ocr: OcrOption = True,
) -> None:
    """Print one JSON document per input (JSON Lines) on stdout."""
    reference = parse_published(published)
    max_bytes = parse_max_file_mb(max_file_mb)
    failed = 0
    for path in progress(paths, total=len(paths), label="extract"):
        line, ok = extract_one(path, reference, max_bytes, ocr=ocr)
        failed += not ok
        try:
            write_line(line)
        except BrokenPipeError:  # the reader went away (``| head``): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error again at exit
            raise typer.Exit(1) from None
        except OSError as error:  # a full disk, a closed stdout
            print(f"suchi: cannot write the output: {error.strerror or error}", file=sys.stderr)
            raise typer.Exit(1) from None
    if failed:
        print(f"suchi: {failed} of {len(paths)} files failed", file=sys.stderr)
        raise typer.Exit(1)


def _register_commands() -> None:
    # Each command family lives in its own module; Prefect loads only when its commands run.
    from flows import cli_ingest, cli_review

    cli_ingest.register(app)
    cli_review.register(app)


_register_commands()


def main() -> None:
    app()
