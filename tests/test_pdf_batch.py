"""Each bad PDF in a batch of good publications: its own error line, and nothing else lost."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SUCHI
from tests.pdf_fixtures import NOT_A_PDF, image_only_pdf, lines_pdf, truncated, without_tounicode

GOOD_LINES = ["반도체 수출은 1억 5,600만 달러로 '24년 대비 16.5% 증가했다."]

BAD_PDFS: list[tuple[str, Callable[[], bytes], str]] = [
    ("zero_bytes", lambda: b"", "empty_file"),
    ("not_a_pdf", lambda: NOT_A_PDF, "not_pdf"),
    ("encrypted", lambda: lines_pdf([GOOD_LINES], encrypt="secret"), "encrypted_pdf"),
    ("truncated", lambda: truncated(lines_pdf([GOOD_LINES] * 3)), "corrupt_pdf"),
    ("scanned", lambda: image_only_pdf(2), "no_text_layer"),
    ("undecodable", lambda: without_tounicode(lines_pdf([GOOD_LINES * 3])), "undecodable_text"),
]


@pytest.mark.parametrize(("name", "build", "code"), BAD_PDFS, ids=[row[0] for row in BAD_PDFS])
def test_bad_pdf_in_a_batch(tmp_path: Path, name: str, build: Callable[[], bytes], code: str) -> None:
    good_pdf = tmp_path / "good.pdf"
    good_pdf.write_bytes(lines_pdf([GOOD_LINES]))
    good_txt = tmp_path / "good.txt"
    good_txt.write_text(GOOD_LINES[0] + "\n", encoding="utf-8")
    bad = tmp_path / f"{name}.pdf"
    bad.write_bytes(build())
    result = subprocess.run(
        [SUCHI, "extract", str(good_pdf), str(bad), str(good_txt)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert lines[1] == {"source": str(bad), "error": {"type": code, "message": lines[1]["error"]["message"]}}
    facts = [[(f["kind"], f["value"], f["unit"]) for f in line["facts"]] for line in (lines[0], lines[2])]
    assert (
        facts[0]
        == facts[1]
        == [("amount", "156000000", "USD"), ("date", "2024", None), ("percent", "16.5", "%")]
    )
