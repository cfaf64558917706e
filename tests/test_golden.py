"""Whole documents against golden files: every fact of every corpus publication.

Regenerate after an intended change with ``SUCHI_UPDATE_GOLDEN=1 pytest tests/test_golden.py``
and review the diff of tests/golden/ like code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import corpus_document, corpus_files

GOLDEN = Path(__file__).with_name("golden")
DOCUMENTS = [
    *corpus_files("txt"),
    *corpus_files("pdf"),
    *corpus_files("hwpx"),
    *corpus_files("hwp"),
    *corpus_files("html"),
]


def summary(path: Path) -> dict[str, object]:
    document = corpus_document(path)
    return {
        "document": document.document.model_dump(exclude={"source"}),
        "facts": [
            fact.model_dump(mode="json", exclude={"id", "bbox"}, exclude_none=True) for fact in document.facts
        ],
        "warnings": [warning.model_dump(mode="json") for warning in document.warnings],
        "checks": {
            "passed": sum(c.passed for c in document.checks),
            "failed": sum(not c.passed for c in document.checks),
        },
    }


@pytest.mark.skipif(not DOCUMENTS, reason="the shared corpus is not beside this clone (../shared/corpus)")
@pytest.mark.parametrize("path", DOCUMENTS, ids=[f"{p.stem[:3]}.{p.suffix[1:]}" for p in DOCUMENTS])
def test_document_matches_its_golden_file(path: Path) -> None:
    golden = GOLDEN / f"{path.stem}.{path.suffix[1:]}.json"
    got = summary(path)
    if os.environ.get("SUCHI_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))
