"""Review pages over HTTP, so the links in Prefect artifacts work from another machine.

``suchi review --serve`` serves ``processed/review/<doc-id>.html`` and an
index of them, read-only: GET and HEAD only, nothing but review pages (a
temporary file, processed/'s records or a path outside the folder is a 404),
and a Content-Security-Policy that lets a page load nothing from anywhere.

``review_url`` is the link an artifact shows: under ``$SUCHI_REVIEW_BASE_URL``
(where this server is reached, e.g. ``http://reviews.example:8008``) when it
is set, else the page's ``file://`` URL (which works on this machine only).
"""

from __future__ import annotations

import html
import os
import re
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from flows.review import review_path

REVIEW_BASE_URL_ENV = "SUCHI_REVIEW_BASE_URL"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8008
# Review pages are self-contained: inline style and script, nothing fetched.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_PAGE = re.compile(r"/([0-9a-f]{64})\.html")
_TITLE = re.compile(r"<title>suchi review: (.*?)</title>", re.DOTALL)
_HEAD_BYTES = 4096


def review_base_url() -> str | None:
    """``$SUCHI_REVIEW_BASE_URL`` without a trailing slash, or None; ValueError when not an http(s) URL.

    >>> import os; os.environ[REVIEW_BASE_URL_ENV] = "https://example.org/suchi/"
    >>> review_base_url()
    'https://example.org/suchi'
    >>> del os.environ[REVIEW_BASE_URL_ENV]
    """
    value = os.environ.get(REVIEW_BASE_URL_ENV, "").strip()
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(
            f"{REVIEW_BASE_URL_ENV}={value!r} is not an http(s) URL such as http://host:{DEFAULT_PORT}"
        )
    return value.rstrip("/")


def review_url(processed_dir: Path, doc_id: str) -> str:
    """The link to a document's review page: under the base URL if one is set, else ``file://``.

    >>> review_url(Path("/data/processed"), "ab" * 32) == f"file:///data/processed/review/{'ab' * 32}.html"
    True
    """
    base = review_base_url()
    if base is None:
        return review_path(processed_dir, doc_id).resolve().as_uri()
    return f"{base}/{doc_id}.html"


def _title(path: Path) -> str:
    """A page's document title, from the start of its file."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""
    found = _TITLE.search(head)
    return html.unescape(found.group(1)) if found else ""


def index_html(review_dir: Path) -> str:
    """A list of the review pages, newest first."""
    pages = []
    if review_dir.is_dir():
        for path in review_dir.iterdir():
            if _PAGE.fullmatch(f"/{path.name}") and path.is_file():
                pages.append((path.stat().st_mtime, path))
    pages.sort(reverse=True)
    items = "".join(
        f'<li><a href="{path.name}">{html.escape(_title(path) or path.stem[:16])}</a> '
        f"<small>{path.stem[:12]} · {datetime.fromtimestamp(mtime, UTC):%Y-%m-%d %H:%M} UTC</small></li>"
        for mtime, path in pages
    )
    body = f"<ul>{items}</ul>" if items else "<p>No review pages yet: run <code>suchi ingest</code>.</p>"
    return (
        '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8"><title>suchi review pages</title>'
        "<style>body{font-family:system-ui,sans-serif;margin:2em}li{margin:.3em 0}small{color:#666}</style>"
        f"</head><body><h1>suchi review pages</h1><p>{len(pages)} documents</p>{body}</body></html>\n"
    )


class ReviewHandler(BaseHTTPRequestHandler):
    """GET/HEAD of ``/`` (the index) and ``/<doc-id>.html``; everything else is refused."""

    server_version = "suchi-review"
    timeout = 30  # seconds a silent connection may hold its thread
    review_dir: Path  # set on the subclass that ``make_server`` builds

    def do_GET(self) -> None:
        self._respond(body=True)

    def do_HEAD(self) -> None:
        self._respond(body=False)

    def _respond(self, *, body: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        if path in ("/", "/index.html"):
            content = index_html(self.review_dir).encode()
        else:
            match = _PAGE.fullmatch(path)
            page = self.review_dir / f"{match.group(1)}.html" if match else None
            try:
                content = page.read_bytes() if page is not None and page.is_file() else b""
            except OSError:
                content = b""
            if not content:
                self.send_error(HTTPStatus.NOT_FOUND, "no such review page")
                return
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(content)))
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")  # a page changes when its document is re-ingested
        self.end_headers()
        if body:
            self.wfile.write(content)


def make_server(review_dir: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> ThreadingHTTPServer:
    """A server (not yet serving) for the pages in ``review_dir``; OSError if the port is taken."""
    handler = type("BoundReviewHandler", (ReviewHandler,), {"review_dir": review_dir})
    return ThreadingHTTPServer((host, port), handler)
