"""Every numeric cell of the corpus's 001 tables is an amount: 억 달러 × cell, at its row and column.

The expected cells come from pdfplumber's own table finder, independently of
suchi's reader; share cells such as ``(0.57)`` (주: ()는 비중) must not be amounts.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest

from tests.conftest import CORPUS, corpus_document

PDF = next(iter(sorted((CORPUS / "pdf").glob("001_*.pdf"))), None) if (CORPUS / "pdf").is_dir() else None
HUNDRED_MILLION = Decimal(100_000_000)


def label(cell: str | None) -> str:
    return " ".join((cell or "").split())


def expected_cells() -> list[tuple[str, str, str]]:
    """(row label, column label, cell text) for every numeric, non-share cell."""
    cells = []
    assert PDF is not None
    with pdfplumber.open(PDF) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                columns = [label(cell) for cell in table[0]]
                for row in table[1:]:
                    for column, cell in zip(columns[1:], row[1:], strict=True):
                        text = label(cell)
                        if text and not text.startswith("("):
                            cells.append((label(row[0]), column, text))
    return cells


@pytest.mark.skipif(PDF is None, reason="the shared corpus is not beside this clone (../shared/corpus/pdf)")
def test_every_numeric_cell_of_the_three_tables() -> None:
    document = corpus_document(PDF)  # type: ignore[arg-type]
    cells = expected_cells()
    assert len(cells) == 152  # 3 tables: 5 + 7 + 7 data rows × 8 columns
    got = {
        (fact.table.row, fact.table.column, fact.text): fact
        for fact in document.facts
        if fact.table is not None
    }
    for row, column, text in cells:
        fact = got.get((row, column, text))
        assert fact is not None, (row, column, text)
        assert (fact.kind, fact.unit) == ("amount", "USD")
        assert Decimal(fact.value) == Decimal(text) * HUNDRED_MILLION, (row, column, text, fact.value)
        assert fact.table is not None and fact.table.unit_text == "(단위: 억 달러)"
        assert fact.table.caption is not None and fact.table.caption.startswith("표 ")
    # nothing else in the tables became a fact: no share cell, no label
    assert sum(fact.table is not None for fact in document.facts) == len(cells)


@pytest.mark.skipif(PDF is None, reason="the shared corpus is not beside this clone (../shared/corpus/pdf)")
def test_text_twin_has_the_same_table_facts() -> None:
    """A text publication's tab-separated tables are tables too: same cells, labels and values."""
    assert PDF is not None
    twin = CORPUS / "txt" / f"{PDF.stem}.txt"

    def cells(path: Path) -> list[tuple[str | None, str | None, str, str]]:
        document = corpus_document(path)
        return sorted(
            (fact.table.row, fact.table.column, fact.value, fact.table.unit_text or "")
            for fact in document.facts
            if fact.table is not None
        )

    assert cells(twin) == cells(PDF)
