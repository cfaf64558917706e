"""The ``suchi review`` and ``suchi query`` commands.

``register(app)`` adds them to the main Typer app (flows/cli.py), so this
module owns its commands without owning the entry point.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import string
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from flows.query import QueryError, format_csv, format_table, run_query
from flows.review import render_review, write_atomic, write_review
from flows.review_server import DEFAULT_HOST, DEFAULT_PORT, REVIEW_BASE_URL_ENV, make_server, review_base_url
from flows.settings import resolve_settings
from schemas.models import Document

ProcessedOption = Annotated[
    Path | None,
    typer.Option(help="The processed/ directory (default: $SUCHI_PROCESSED_DIR, else ./processed)."),
]
_ID_LENGTH = 64


class ReviewError(Exception):
    """A review target that cannot be found or read."""


def _is_hex(text: str) -> bool:
    return bool(text) and all(ch in string.hexdigits for ch in text)


def _is_doc_id(text: str) -> bool:
    return len(text) == _ID_LENGTH and _is_hex(text) and text == text.lower()


def find_processed(prefix: str, processed_dir: Path) -> Path:
    """``processed_dir/<id>.json`` for a document id or a unique prefix of one."""
    prefix = prefix.lower()
    matches = sorted(
        path for path in processed_dir.glob(f"{prefix}*.json") if _is_doc_id(path.stem) and path.is_file()
    )
    if not matches:
        raise ReviewError(f"no processed document with id {prefix!r} in {processed_dir}")
    if len(matches) > 1:
        shown = ", ".join(path.stem[:12] for path in matches[:5])
        raise ReviewError(f"id prefix {prefix!r} is ambiguous: {len(matches)} documents ({shown}, ...)")
    return matches[0]


def load_document(path: Path) -> Document:
    """A Document from its JSON record (processed/<id>.json or a line of ``suchi extract``)."""
    try:
        return Document.model_validate_json(path.read_bytes())
    except (OSError, ValidationError) as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ReviewError(f"{path} is not a suchi document record: {first}") from None


def resolve_document(
    target: str, processed_dir: Path, published: dt.date | None = None
) -> tuple[Document, list[int] | None]:
    """A raw publication (extracted now), a document JSON file, or a processed document id.

    Returns the Document and, for a publication read now, where each page
    starts in its text (a stored record keeps only each fact's page).
    """
    if not target.strip():  # Path("") is the current folder
        raise ReviewError(f"{target!r}: no such file, and not a document id")
    path = Path(target)
    if path.is_file():
        if path.suffix.lower() == ".json":
            return load_document(path), None
        return extract_publication(path, published)
    if _is_hex(target) and not path.exists():
        return load_document(find_processed(target, processed_dir)), None
    if path.exists() or path.is_symlink():  # a FIFO, a device, a folder, a broken link: the reader says which
        return extract_publication(path, published)
    raise ReviewError(f"{target}: no such file, and not a document id")


def extract_publication(path: Path, published: dt.date | None) -> tuple[Document, list[int] | None]:
    """extract_file's two stages, keeping the reader's page offsets for exact page markers."""
    from extractors.errors import SuchiError

    try:
        from extractors.pipeline import extract_source
        from extractors.readers import read_path
    except ImportError as error:  # a broken install: say so without a traceback
        raise ReviewError(f"the extractors cannot be loaded: {error}") from None
    try:
        source = read_path(path)
        doc = extract_source(source, published)
    except SuchiError as error:
        raise ReviewError(f"{error.source or path}: {error.message} ({error.code})") from None
    return doc, [page.start for page in sorted(source.pages, key=lambda page: page.number)] or None


def serve_reviews(processed_dir: Path, host: str, port: int) -> None:
    """Serve processed/review over HTTP until interrupted (Ctrl-C)."""
    review_dir = processed_dir / "review"
    try:
        server = make_server(review_dir, host, port)
    except OSError as error:
        typer.echo(f"suchi review: cannot serve on {host}:{port}: {error.strerror or error}", err=True)
        raise typer.Exit(1) from None
    bound_port = server.server_address[1]
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"serving {review_dir} at http://{shown}:{bound_port}/ (Ctrl-C to stop)")
    try:
        base = review_base_url()
    except ValueError as error:
        typer.echo(f"suchi review: warning: {error}", err=True)
        base = None
    if base is None:
        typer.echo(
            f"artifact links are file:// URLs; for links that work elsewhere run ingest and serve with "
            f"{REVIEW_BASE_URL_ENV}=http://<this host>:{bound_port}",
            err=True,
        )
    with server, contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


def review(  # noqa: PLR0917 - typer maps parameters to options
    target: Annotated[
        str | None,
        typer.Argument(
            metavar="PATH_OR_DOC_ID", help="A publication, or a processed id (prefix).", show_default=False
        ),
    ] = None,
    processed: ProcessedOption = None,
    out: Annotated[Path | None, typer.Option(help="Write the HTML here instead.")] = None,
    published: Annotated[
        dt.datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Reference date for a raw publication (YYYY-MM-DD)."),
    ] = None,
    serve: Annotated[
        bool, typer.Option("--serve", help="Serve processed/review over HTTP (read-only) instead.")
    ] = False,
    host: Annotated[str, typer.Option(help="Address to serve on (0.0.0.0: every interface).")] = DEFAULT_HOST,
    port: Annotated[
        int, typer.Option(min=0, max=65535, help="Port to serve on (0: any free port).")
    ] = DEFAULT_PORT,
) -> None:
    """Write an HTML page showing every figure of a document in place and print its path,
    or (--serve) serve every review page over HTTP."""
    if serve == (target is not None):
        raise typer.BadParameter("give PATH_OR_DOC_ID, or --serve (not both)", param_hint="PATH_OR_DOC_ID")
    if target is None:
        serve_reviews(resolve_settings(processed=processed).processed_dir, host, port)
        return
    try:
        processed_dir = resolve_settings(processed=processed).processed_dir
        doc, page_starts = resolve_document(target, processed_dir, published.date() if published else None)
        if out is None:
            written = write_review(doc, processed_dir, page_starts)
        else:
            write_atomic(out, render_review(doc, page_starts))
            written = out
    except (ReviewError, OSError) as error:
        typer.echo(f"suchi review: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo(str(written))


def query(
    sql: Annotated[str, typer.Argument(metavar="SQL", help="A DuckDB query over the view `facts`.")],
    processed: ProcessedOption = None,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV instead of a text table.")] = False,
) -> None:
    """Query the extracted facts with SQL (DuckDB); the table is `facts`."""
    try:
        columns, rows = run_query(sql, resolve_settings(processed=processed).processed_dir)
    except QueryError as error:
        typer.echo(f"suchi query: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo((format_csv if as_csv else format_table)(columns, rows), nl=False)
    if not as_csv and columns:
        typer.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", err=True)


def register(app: typer.Typer) -> None:
    """Add ``review`` and ``query`` to ``app``."""
    app.command("review")(review)
    app.command("query")(query)
