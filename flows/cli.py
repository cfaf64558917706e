"""The ``suchi`` command line."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from extractors.errors import SuchiError
from flows.progress import progress

app = typer.Typer(
    name="suchi",
    help="Exact figures (amounts, %, %p, multiples, dates) from Korean economic publications.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def root() -> None:
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


def extract_one(path: Path, published: date | None, *, ocr: bool = True) -> tuple[str, bool]:
    """One input → (its JSON line, whether it succeeded).  Never raises for bad input."""
    from extractors.pipeline import extract_file

    try:
        document = extract_file(path, published, ocr=ocr)
    except SuchiError as error:
        print(f"suchi: {path}: {error.message} [{error.code}]", file=sys.stderr)
        return error_line(str(path), error.code, error.message), False
    except Exception as error:  # a bug must not cost the other files of the batch
        message = f"internal error: {type(error).__name__}: {error}"
        print(f"suchi: {path}: {message} [internal_error]", file=sys.stderr)
        return error_line(str(path), "internal_error", message), False
    return document.model_dump_json(), True


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Publications: PDF or text files.", show_default=False)],
    published: PublishedOption = None,
    ocr: OcrOption = True,
) -> None:
    """Print one JSON document per input (JSON Lines) on stdout."""
    reference = parse_published(published)
    failed = 0
    for path in progress(paths, total=len(paths), label="extract"):
        line, ok = extract_one(path, reference, ocr=ocr)
        failed += not ok
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
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
