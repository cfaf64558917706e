"""``suchi ingest`` refuses a wrong command line at once: exit 2, a clear message, nothing written."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import SUCHI

# (name, whether raw/ exists, arguments, message)
USAGE_ERRORS = [
    ("no raw/ folder", False, [], "raw: no such file or folder (give --raw, SUCHI_RAW_DIR or paths)"),
    ("misspelled --raw", True, ["--raw", "rwa"], "rwa: no such file or folder"),
    ("misspelled path", True, ["raw/trade.txt", "raw/trad.txt"], "raw/trad.txt: no such file or folder"),
    ("a device", True, ["/dev/null"], "/dev/null: not a regular file or folder"),
    (
        "unreachable store",
        True,
        ["raw", "--store", "postgresql://nobody@127.0.0.1:9/none"],
        "cannot use the store postgresql://nobody@127.0.0.1:9/none",
    ),
]


@pytest.mark.parametrize(
    ("has_raw", "args", "message"), [u[1:] for u in USAGE_ERRORS], ids=[u[0] for u in USAGE_ERRORS]
)
def test_usage_error_writes_nothing(
    tmp_path: Path, cli_env: dict[str, str], has_raw: bool, args: list[str], message: str
) -> None:
    if has_raw:
        (tmp_path / "raw").mkdir()
        (tmp_path / "raw" / "trade.txt").write_text("수출이 3.5% 늘었다.\n", encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if "prefect-home" not in p.parts)
    done = subprocess.run(
        [str(SUCHI), "ingest", *args],
        check=False,
        cwd=tmp_path,
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr
    after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if "prefect-home" not in p.parts)
    assert after == before
