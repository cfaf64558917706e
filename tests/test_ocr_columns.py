"""A table cell OCR read without its decimal point is doubtful (extractors/readers/ocr_columns.py).

Bug: on a rough scan tesseract read ``2.4`` as ``24`` and ``10.6`` as ``106`` with high
confidence, so the ten-times-too-big values came out with no warning.
"""

from __future__ import annotations

import pytest

from extractors.readers.base import PageSpan, TableCellSpan
from extractors.readers.ocr_columns import lost_points

# (id, column of cell texts, pages OCR'd, texts marked doubtful)
ROWS: list[tuple[str, list[str], set[int], list[str]]] = [
    ("point_lost_in_a_column_of_decimals", ["3.2", "1.1", "0.6", "24"], {1}, ["24"]),
    ("two_points_lost", ["3.2", "1.1", "0.6", "5.5", "24", "106"], {1}, ["24", "106"]),
    ("signed", ["△3.2", "1.1", "+0.6", "△24"], {1}, ["△24"]),
    ("rates_in_parentheses_apart", ["5.2", "(0.44)", "24", "(0.21)", "2.6", "(0.05)", "4.8"], {1}, ["24"]),
    ("parenthesised_rate_lost_its_point", ["(0.44)", "(0.21)", "(0.05)", "(021)", "5.2"], {1}, ["(021)"]),
    ("percent_cells", ["3.2%", "1.1%", "0.6%", "24%"], {1}, ["24%"]),
    ("digital_page_untouched", ["3.2", "1.1", "0.6", "24"], set(), []),
    ("whole_numbers_column", ["1,234", "567", "89", "24"], {1}, []),
    ("too_few_to_tell", ["3.2", "1.1", "24"], {1}, []),
    ("mixed_column_no_usual_form", ["3.2", "11", "0.6", "24", "15", "7.5"], {1}, []),
    ("two_decimals_usual", ["3.25", "1.10", "0.61", "24"], {1}, ["24"]),
    ("words_are_not_numbers", ["3.2", "1.1", "0.6", "해당없음", "-"], {1}, []),
]


@pytest.mark.parametrize(("cells", "scanned", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_lost_points(cells: list[str], scanned: set[int], expected: list[str]) -> None:
    text = "\t".join(cells)
    spans, at = [], 0
    for index, cell in enumerate(cells):
        spans.append(TableCellSpan(at, at + len(cell), "표 1", None, f"행{index}", "2025"))
        at += len(cell) + 1
    found = lost_points(text, spans, [PageSpan(1, 0, len(text))], scanned)
    assert [text[span.start : span.end] for span in found] == expected
    assert all(span.code == "ocr_low_confidence" for span in found)
