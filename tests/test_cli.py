"""`suchi extract` as a user runs it: JSON Lines, error lines, exit codes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import SUCHI

GOOD = "반도체 수출은 1734억8천만 달러로 '24년 대비 22.1% 증가했다.\n"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SUCHI, "extract", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=600, check=False
    )


def write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


BAD_FILES = [
    ("missing", None, "not_found"),
    ("empty", b"", "empty_file"),
    ("binary", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary_file"),
    ("blank", b"\n \n", "empty_file"),
]


@pytest.mark.parametrize(("name", "content", "code"), BAD_FILES, ids=[row[0] for row in BAD_FILES])
def test_bad_file_gives_an_error_line_and_exit_1_while_others_go_through(
    tmp_path: Path, name: str, content: bytes | None, code: str
) -> None:
    good = write(tmp_path, "good.txt", GOOD.encode())
    bad = tmp_path / f"{name}.txt" if content is None else write(tmp_path, f"{name}.txt", content)
    result = run(good, bad, good)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert [("error" in line) for line in lines] == [False, True, False]
    assert lines[1] == {"source": str(bad), "error": {"type": code, "message": lines[1]["error"]["message"]}}
    assert lines[1]["error"]["message"]
    assert "Traceback" not in result.stderr
    assert str(bad) in result.stderr
    assert lines[0]["facts"] == lines[2]["facts"]


def test_directory_is_an_error_line(tmp_path: Path) -> None:
    result = run(tmp_path)
    assert result.returncode == 1
    assert json.loads(result.stdout)["error"]["type"] == "not_a_file"


def test_good_file_prints_one_valid_document(tmp_path: Path) -> None:
    result = run(write(tmp_path, "good.txt", GOOD.encode()))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["schema_version"] == 2
    assert document["text"] == GOOD
    assert [(f["kind"], f["text"], f["value"], f["unit"]) for f in document["facts"]] == [
        ("amount", "1734억8천만 달러", "173480000000", "USD"),
        ("date", "'24년", "2024", None),
        ("percent", "22.1%", "22.1", "%"),
    ]


def test_published_option_resolves_year_less_dates(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "3월 수출은 50억 달러였다.\n".encode())
    without = json.loads(run(path).stdout)
    with_date = json.loads(run(path, "--published", "2026-04-01").stdout)
    assert [f["kind"] for f in without["facts"]] == ["amount"]
    assert [(f["kind"], f["value"]) for f in with_date["facts"]] == [
        ("date", "2026-03"),
        ("amount", "5000000000"),
    ]
    assert with_date["document"]["published"] == "2026-04-01"


def test_bad_published_option_is_a_usage_error(tmp_path: Path) -> None:
    result = run(write(tmp_path, "a.txt", GOOD.encode()), "--published", "28/05/2026")
    assert result.returncode == 2
    assert "--published" in result.stderr
    assert result.stdout == ""


def test_thousand_small_files_in_one_call(tmp_path: Path) -> None:
    paths = [
        write(tmp_path, f"n{i:04d}.txt", f"{i}월 수출 {i}억 달러, 전년 대비 {i % 50}.5% 증가\n".encode())
        for i in range(1000)
    ]
    result = run(*(path.name for path in paths), "--published", "2026-01-01", cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(documents) == 1000
    assert all(any(f["kind"] == "amount" for f in d["facts"]) for d in documents)
    assert len({d["document"]["id"] for d in documents}) == 1000


def test_progress_bar_only_on_a_terminal_and_never_swallows_stdout(tmp_path: Path) -> None:
    import os
    import pty

    paths = [write(tmp_path, f"p{i}.txt", GOOD.encode()) for i in range(3)]
    quiet = run(*paths)
    assert quiet.stderr == ""
    primary, secondary = pty.openpty()
    try:
        shown = subprocess.run(
            [SUCHI, "extract", *map(str, paths)],
            stdout=subprocess.PIPE,
            stderr=secondary,
            text=True,
            timeout=300,
            check=False,
            env={**os.environ, "COLUMNS": "100"},
        )
        os.close(secondary)
        drawn = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(primary)
    assert shown.returncode == 0
    assert shown.stdout == quiet.stdout
    assert b"extract" in drawn and b"3/3" in drawn


def test_version() -> None:
    """`suchi --version` was an unknown option before issue 13."""
    from importlib.metadata import version

    from schemas import SCHEMA_VERSION

    result = subprocess.run([SUCHI, "--version"], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"suchi {version('suchi')} (schema_version {SCHEMA_VERSION})\n"


# -- hostile names and outputs (issue 13's inventory) -------------------------------------------------


def test_file_name_that_is_not_utf8_gives_valid_json_lines(tmp_path: Path) -> None:
    """A name with bytes that are not UTF-8 crashed the batch (a surrogate in the JSON) before."""
    import os

    odd = os.fsdecode(bytes(tmp_path) + b"/\xff\xfe-release.txt")
    Path(odd).write_bytes(GOOD.encode())
    missing = os.fsdecode(bytes(tmp_path) + b"/gone-\xff.txt")
    good = write(tmp_path, "good.txt", GOOD.encode())
    result = run(odd, missing, good)
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["document"]["source"] == f"{tmp_path}/\\xff\\xfe-release.txt"
    assert lines[1] == {"source": f"{tmp_path}/gone-\\xff.txt", "error": lines[1]["error"]}
    assert lines[1]["error"]["type"] == "not_found"
    assert lines[2]["document"]["source"] == str(good)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_output_is_utf8_whatever_the_locale(tmp_path: Path, encoding: str) -> None:
    import os

    path = write(tmp_path, "good.txt", GOOD.encode())
    result = subprocess.run(
        [SUCHI, "extract", str(path)],
        capture_output=True,
        timeout=600,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": encoding},
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    assert json.loads(result.stdout.decode("utf-8"))["text"] == GOOD


def test_full_disk_is_a_clear_error(tmp_path: Path) -> None:
    path = write(tmp_path, "good.txt", GOOD.encode())
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [SUCHI, "extract", str(path)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=600,
            check=False,
        )
    assert result.returncode == 1
    assert "suchi: cannot write the output: No space left on device" in result.stderr
    assert "Traceback" not in result.stderr


def test_reader_that_goes_away_stops_the_run_quietly(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"p{i}.txt", GOOD.encode() * 200) for i in range(200)]
    process = subprocess.Popen(
        [SUCHI, "extract", *map(str, paths)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=600) == 1
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr
