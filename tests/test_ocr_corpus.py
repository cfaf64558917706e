"""The corpus scans (../shared/corpus/scanned) against their text-layer twins: the
multiset of (kind, value, unit) that OCR yields must match the digital PDF's.

Each scan is OCR'd once per test process (one test per scan, so xdist spreads
them).  001 and 003 are turned by under a degree and speckled: a lower bar."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from extractors import extract_source
from extractors.readers import ocr, read_path
from schemas import Document
from tests.conftest import CORPUS, corpus_document

SCANS = sorted((CORPUS / "scanned").glob("*.pdf")) if (CORPUS / "scanned").is_dir() else []
ROUGH = {"001", "003"}
CLEAN_F1 = 0.95
ROUGH_F1 = 0.90


def facts(document: Document) -> Counter[tuple[str, str, str | None]]:
    return Counter((fact.kind, fact.value, fact.unit) for fact in document.facts)


def f1(want: Counter[tuple[str, str, str | None]], got: Counter[tuple[str, str, str | None]]) -> float:
    found = sum((want & got).values())
    return 2 * found / (sum(want.values()) + sum(got.values())) if want or got else 1.0


@pytest.mark.slow
@pytest.mark.skipif(not ocr.ocr_available(), reason="tesseract's Korean model is not installed")
@pytest.mark.parametrize("scan", SCANS, ids=lambda path: path.stem[:3])
def test_scan_yields_the_figures_of_its_text_layer_twin(scan: Path) -> None:
    twin = CORPUS / "pdf" / scan.name
    if not twin.is_file():
        pytest.skip(f"{twin} is absent")
    document = extract_source(read_path(scan))
    score = f1(facts(corpus_document(twin)), facts(document))
    bar = ROUGH_F1 if scan.stem[:3] in ROUGH else CLEAN_F1
    print(f"{scan.name}: F1 {score:.3f}")  # shown with -s: the figures of the report
    assert score >= bar, f"{scan.name}: F1 {score:.3f} < {bar}"
    # Every OCR'd page says how sure OCR was, and every fact has its page and box.
    pages = [warning for warning in document.warnings if warning.code == "ocr_page"]
    assert len(pages) == document.document.pages
    assert all(fact.page is not None and fact.bbox is not None for fact in document.facts)
