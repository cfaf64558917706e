"""The acceptance yardstick (../shared/acceptance/score.py) as a regression test."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import ACCEPTANCE, CORPUS, SUCHI

# (format, minimum precision, minimum recall, minimum context accuracy)
THRESHOLDS = [
    ("txt", 0.97, 0.97, 0.0),
    ("pdf", 0.95, 0.95, 0.0),
    ("hwpx", 0.99, 0.99, 0.0),
    ("hwp", 0.99, 0.99, 0.0),
    ("html", 0.99, 0.99, 0.0),
]


@pytest.mark.skipif(
    not (ACCEPTANCE / "score.py").is_file(), reason="../shared/acceptance is not beside this clone"
)
@pytest.mark.parametrize(
    ("ext", "precision", "recall", "context"), THRESHOLDS, ids=[row[0] for row in THRESHOLDS]
)
def test_acceptance_score(ext: str, precision: float, recall: float, context: float) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ACCEPTANCE / "score.py"),
            str(ACCEPTANCE / "gold_seeds.py"),
            str(CORPUS / ext),
            ext,
            f"{SUCHI} extract {{path}}",
            "--show",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )
    overall = re.search(
        r"overall precision ([\d.]+) recall ([\d.]+) f1 [\d.]+ context ([\d.]+)", result.stdout
    )
    assert overall, result.stdout
    got = tuple(float(value) for value in overall.groups())
    assert got[0] >= precision and got[1] >= recall and got[2] >= context, result.stdout
