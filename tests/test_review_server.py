"""Review links that work from another machine: a base URL for the links, and a read-only server.

Issue 13: artifacts linked review pages as file:// URLs, dead in the Prefect
UI on any other machine, and nothing served the pages.
"""

from __future__ import annotations

import http.client
import os
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.ingest import DocResult, _url, document_markdown
from flows.review_server import REVIEW_BASE_URL_ENV, make_server, review_base_url, review_url
from tests.conftest import SUCHI
from tests.test_review import ALL_KINDS

DOC_ID = ALL_KINDS.document.id
OTHER_ID = "b" * 64


@pytest.fixture
def processed(tmp_path: Path) -> Path:
    review = tmp_path / "processed" / "review"
    review.mkdir(parents=True)
    (review / f"{DOC_ID}.html").write_text("<title>suchi review: 수출 &amp; 수입</title><p>page</p>")
    (review / f".{OTHER_ID}.html.x.tmp").write_text("half written")
    (tmp_path / "processed" / "facts.parquet").write_bytes(b"PAR1 the facts")
    (tmp_path / "secret.txt").write_text("not for the web")
    return tmp_path / "processed"


@pytest.fixture
def server(processed: Path) -> Iterator[tuple[str, int]]:
    running = make_server(processed / "review", "127.0.0.1", 0)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    try:
        yield "127.0.0.1", running.server_address[1]
    finally:
        running.shutdown()
        running.server_close()


def request(
    address: tuple[str, int], method: str, path: str, body: bytes | None = None
) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection(*address, timeout=10)
    connection.request(method, path, body=body)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def get(address: tuple[str, int], path: str) -> tuple[int, str, http.client.HTTPResponse]:
    connection = http.client.HTTPConnection(*address, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, body, response


def test_index_lists_the_review_pages(server: tuple[str, int]) -> None:
    status, body, response = get(server, "/")
    assert status == 200
    assert f'href="{DOC_ID}.html"' in body
    assert "수출 &amp; 수입" in body  # the title, escaped once
    assert "1 documents" in body
    assert OTHER_ID not in body  # temporary files are not pages
    assert response.getheader("Content-Type") == "text/html; charset=utf-8"


def test_a_review_page_is_served_as_written(server: tuple[str, int], processed: Path) -> None:
    status, body, response = get(server, f"/{DOC_ID}.html")
    assert status == 200
    assert body == (processed / "review" / f"{DOC_ID}.html").read_text()
    assert "default-src 'none'" in (response.getheader("Content-Security-Policy") or "")
    assert response.getheader("X-Content-Type-Options") == "nosniff"


NOT_SERVED = [
    ("a missing page", f"/{OTHER_ID}.html"),
    ("a temporary file", f"/.{OTHER_ID}.html.x.tmp"),
    ("the facts table beside the folder", "/../facts.parquet"),
    ("an encoded climb out of the folder", "/%2e%2e/facts.parquet"),
    ("a file two levels up", "/../../secret.txt"),
    ("an absolute path", "//etc/passwd"),
    ("an upper-case id", f"/{DOC_ID.upper()}.html"),
    ("a page name with a query trick", f"/{DOC_ID}.html/../../facts.parquet"),
]


@pytest.mark.parametrize("path", [n[1] for n in NOT_SERVED], ids=[n[0] for n in NOT_SERVED])
def test_only_review_pages_are_served(server: tuple[str, int], path: str) -> None:
    status, body, _ = get(server, path)
    assert status == 404
    assert "PAR1" not in body and "not for the web" not in body


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_server_is_read_only(server: tuple[str, int], processed: Path, method: str) -> None:
    before = sorted(path.name for path in (processed / "review").iterdir())
    response = request(server, method, f"/{DOC_ID}.html", body=b"<p>defaced</p>")
    assert response.status == 501
    assert sorted(path.name for path in (processed / "review").iterdir()) == before
    assert "defaced" not in (processed / "review" / f"{DOC_ID}.html").read_text()


def test_head_gives_headers_only(server: tuple[str, int]) -> None:
    response = request(server, "HEAD", f"/{DOC_ID}.html")
    assert response.status == 200
    assert int(response.getheader("Content-Length") or 0) > 0


def test_index_without_any_page(tmp_path: Path) -> None:
    running = make_server(tmp_path / "absent", "127.0.0.1", 0)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    try:
        status, body, _ = get(("127.0.0.1", running.server_address[1]), "/")
    finally:
        running.shutdown()
        running.server_close()
    assert status == 200
    assert "No review pages yet" in body
    assert not (tmp_path / "absent").exists()  # serving creates nothing


# -- the links in artifacts ---------------------------------------------------------------------------

BASE_URLS = [
    ("unset: a file URL", None, "file://{processed}/review/{doc}.html"),
    ("a host and port", "http://reviews.example:8008", "http://reviews.example:8008/{doc}.html"),
    ("a trailing slash", "http://reviews.example:8008/", "http://reviews.example:8008/{doc}.html"),
    ("a path behind a proxy", "https://example.org/suchi/review", "https://example.org/suchi/review/{doc}.html"),
    ("blank is unset", "  ", "file://{processed}/review/{doc}.html"),
]  # fmt: skip


@pytest.mark.parametrize(("base", "expected"), [b[1:] for b in BASE_URLS], ids=[b[0] for b in BASE_URLS])
def test_review_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, base: str | None, expected: str) -> None:
    if base is None:
        monkeypatch.delenv(REVIEW_BASE_URL_ENV, raising=False)
    else:
        monkeypatch.setenv(REVIEW_BASE_URL_ENV, base)
    assert review_url(tmp_path, DOC_ID) == expected.format(processed=tmp_path, doc=DOC_ID)


@pytest.mark.parametrize(
    "base", ["reviews.example:8008", "ftp://host/x", "http://", "http://h/?a=1", "/srv/review"]
)
def test_bad_base_url_is_refused(monkeypatch: pytest.MonkeyPatch, base: str) -> None:
    monkeypatch.setenv(REVIEW_BASE_URL_ENV, base)
    with pytest.raises(ValueError, match=REVIEW_BASE_URL_ENV):
        review_base_url()


def test_artifact_links_the_page_under_the_base_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The ingest flow links the page where the review server is reached."""
    monkeypatch.setenv(REVIEW_BASE_URL_ENV, "http://reviews.example:8008")
    url = _url(tmp_path, DOC_ID)
    assert url == f"http://reviews.example:8008/{DOC_ID}.html"
    markdown = document_markdown(ALL_KINDS, DocResult(file="a.txt", status="new", doc_id=DOC_ID, review=url))
    assert f"[review page](http://reviews.example:8008/{DOC_ID}.html)" in markdown


# -- the command --------------------------------------------------------------------------------------


def test_review_serve_command(processed: Path) -> None:
    process = subprocess.Popen(
        [SUCHI, "review", "--serve", "--port", "0", "--processed", str(processed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # "serving ... at http://127.0.0.1:PORT/ ..."
        assert line.startswith(f"serving {processed / 'review'} at http://127.0.0.1:"), line
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        deadline = time.monotonic() + 30
        while True:
            try:
                status, body, _ = get(("127.0.0.1", port), f"/{DOC_ID}.html")
                break
            except ConnectionError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
        assert (status, "page" in body) == (200, True)
    finally:
        process.terminate()
        process.wait(timeout=30)


REVIEW_USAGE = [
    ("neither a document nor --serve", []),
    ("both a document and --serve", ["abc", "--serve"]),
]


@pytest.mark.parametrize("args", [u[1] for u in REVIEW_USAGE], ids=[u[0] for u in REVIEW_USAGE])
def test_review_usage_errors(args: list[str]) -> None:
    result = subprocess.run(
        [SUCHI, "review", *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 2
    assert "--serve" in result.stderr
    assert "Traceback" not in result.stderr


def test_port_in_use_is_a_clear_error(processed: Path) -> None:
    running = make_server(processed / "review", "127.0.0.1", 0)
    try:
        port = running.server_address[1]
        result = subprocess.run(
            [SUCHI, "review", "--serve", "--port", str(port), "--processed", str(processed)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        running.server_close()
    assert result.returncode == 1
    assert f"cannot serve on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
