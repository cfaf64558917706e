"""Reading a publication from disk: only regular files, never past the size limit, never a hang.

Issue 13: a FIFO or ``/dev/zero`` passed to ``suchi extract`` hung it (the
whole file was read with ``Path.read_bytes``), and no size limit existed.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from extractors.errors import SuchiError
from extractors.readers import read_path
from extractors.readers.files import MAX_FILE_ENV, MB, max_file_bytes, parse_max_mb, read_limited
from tests.conftest import SUCHI

GOOD = "수출은 1억 달러로 3.5% 늘었다.\n".encode()
KB = 1024


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A folder with a short path: a Unix socket's path must fit in 108 bytes."""
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        yield Path(folder)


def fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def unix_socket(folder: Path) -> Path:
    path = folder / "s.pdf"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))  # the socket file stays after the object is collected
    server.close()
    return path


def symlink(target: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        link = folder / "link.txt"
        link.symlink_to(target if target.startswith("/") else folder / target)
        return link

    return make


def symlink_loop(folder: Path) -> Path:
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    return folder / "a.txt"


def link_to_fifo(folder: Path) -> Path:
    target = fifo(folder)
    return symlink(str(target))(folder)


def through_a_file(folder: Path) -> Path:
    (folder / "file.txt").write_bytes(GOOD)
    return folder / "file.txt" / "inner.txt"


def fixed(path: str) -> Callable[[Path], Path]:
    return lambda _folder: Path(path)


# (what, how to make it, error code, words of the message)
REFUSED = [
    ("a FIFO", fifo, "not_a_regular_file", "FIFO"),
    ("a symlink to a FIFO", link_to_fifo, "not_a_regular_file", "FIFO"),
    ("/dev/zero", fixed("/dev/zero"), "not_a_regular_file", "character device"),
    ("/dev/null", fixed("/dev/null"), "not_a_regular_file", "character device"),
    ("/dev/urandom", fixed("/dev/urandom"), "not_a_regular_file", "character device"),
    ("a Unix socket", unix_socket, "not_a_regular_file", "socket"),
    ("a directory", lambda folder: folder, "not_a_file", "directory"),
    ("a missing file", lambda folder: folder / "nope.txt", "not_found", "no such file"),
    ("a dangling symlink", symlink("gone.txt"), "not_found", "no such file"),
    ("a symlink loop", symlink_loop, "unreadable", "loop"),
    ("a path through a file", through_a_file, "not_found", "no such file"),
    ("a name too long", lambda folder: folder / ("가" * 200 + ".txt"), "unreadable", "too long"),
    ("a file that fails to read", fixed("/proc/self/mem"), "unreadable", "error"),
]  # fmt: skip


def read_in_thread(path: Path, max_bytes: int | None = None) -> SuchiError | bytes:
    """read_path in a daemon thread: a hang fails the test instead of stopping the suite."""
    outcome: list[SuchiError | bytes] = []

    def work() -> None:
        try:
            source = read_path(path) if max_bytes is None else read_path(path, max_bytes)
            outcome.append(source.raw)
        except SuchiError as error:
            outcome.append(error)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert outcome, f"reading {path} did not return within 10 s"
    return outcome[0]


@pytest.mark.parametrize(("make", "code", "words"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_refused_at_once_with_its_code(
    short_dir: Path, make: Callable[[Path], Path], code: str, words: str
) -> None:
    path = make(short_dir)
    outcome = read_in_thread(path)
    assert isinstance(outcome, SuchiError), f"read {len(outcome)} bytes"
    assert (outcome.code, outcome.source) == (code, str(path))
    assert words.lower() in outcome.message.lower()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(GOOD)
    path.chmod(0)
    with pytest.raises(SuchiError, match="permission denied") as caught:
        read_limited(path)
    assert caught.value.code == "unreadable"


SIZES = [
    ("under the limit", 10 * KB, 16 * KB, None),
    ("exactly at the limit", 16 * KB, 16 * KB, None),
    ("one byte over", 16 * KB + 1, 16 * KB, "too_large"),
    ("far over", 4 * MB, 16 * KB, "too_large"),
    ("no limit", 4 * MB, 0, None),
]  # fmt: skip


@pytest.mark.parametrize(("size", "limit", "code"), [s[1:] for s in SIZES], ids=[s[0] for s in SIZES])
def test_size_limit(tmp_path: Path, size: int, limit: int, code: str | None) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"1" * size)
    if code is None:
        assert read_limited(path, limit) == b"1" * size
    else:
        with pytest.raises(SuchiError, match="over the limit of 16,384 bytes") as caught:
            read_limited(path, limit)
        assert caught.value.code == code


def test_size_limit_holds_for_files_that_claim_no_size() -> None:
    """Files under /proc say they are 0 bytes long: the limit counts the bytes read, not the claim."""
    assert os.stat("/proc/self/maps").st_size == 0
    outcome = read_in_thread(Path("/proc/self/maps"), 16)
    assert isinstance(outcome, SuchiError)
    assert outcome.code == "too_large"
    assert "at least" in outcome.message


LIMIT_SETTINGS = [
    ("default", None, 100 * MB),
    ("whole megabytes", "5", 5 * MB),
    ("a fraction", "0.5", MB // 2),
    ("zero is no limit", "0", 0),
    ("blank is the default", " ", 100 * MB),
]


@pytest.mark.parametrize(
    ("value", "expected"), [s[1:] for s in LIMIT_SETTINGS], ids=[s[0] for s in LIMIT_SETTINGS]
)
def test_limit_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, value: str | None, expected: int
) -> None:
    if value is None:
        monkeypatch.delenv(MAX_FILE_ENV, raising=False)
    else:
        monkeypatch.setenv(MAX_FILE_ENV, value)
    assert max_file_bytes() == expected


@pytest.mark.parametrize("value", ["abc", "-1", "nan", "inf", "1e999"])
def test_bad_limit_is_refused(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    with pytest.raises(ValueError, match="not a size in MB"):
        parse_max_mb(value)
    monkeypatch.setenv(MAX_FILE_ENV, value)
    with pytest.raises(SuchiError, match=MAX_FILE_ENV) as caught:
        max_file_bytes()
    assert caught.value.code == "bad_setting"


def test_read_path_applies_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(GOOD * 100)
    assert read_path(path).text.startswith("수출은")
    with pytest.raises(SuchiError, match="over the limit") as caught:
        read_path(path, max_bytes=len(GOOD))
    assert caught.value.code == "too_large"


# -- the command line: refused files are error lines, the batch goes on ------------------------------


def test_batch_goes_on_past_a_fifo_a_device_and_a_large_file(short_dir: Path) -> None:
    good = short_dir / "good.txt"
    good.write_bytes(GOOD)
    large = short_dir / "large.txt"
    large.write_bytes(GOOD * (MB // len(GOOD) + 1))
    paths = [good, fifo(short_dir), Path("/dev/zero"), unix_socket(short_dir), large, good]
    result = subprocess.run(
        [SUCHI, "extract", *map(str, paths), "--max-file-mb", "0.5"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert [line.get("error", {}).get("type") for line in lines] == [
        None, "not_a_regular_file", "not_a_regular_file", "not_a_regular_file", "too_large", None,
    ]  # fmt: skip
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("value", ["abc", "-2"])
def test_bad_limit_is_a_usage_error(tmp_path: Path, value: str) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(GOOD)
    result = subprocess.run(
        [SUCHI, "extract", str(good)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, MAX_FILE_ENV: value},
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert "--max-file-mb" in result.stderr
    assert "Traceback" not in result.stderr
