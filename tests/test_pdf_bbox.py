"""Every PDF fact can be found on its page: the characters inside its bbox spell its text.

A figure that the PDF broke across two lines (``32.6억`` / ``달러``) has a
bbox around both pieces, which also holds the rest of both lines; for such a
fact each line's piece is checked inside the box of its own characters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from extractors._typing import BBox
from tests.conftest import corpus_document, corpus_files, corpus_source

PDFS = corpus_files("pdf")


def squeeze(text: str) -> str:
    return "".join(text.split())


def text_inside(chars: list[dict[str, Any]], bbox: BBox) -> str:
    """Characters whose centre lies in ``bbox``, in reading order."""
    x0, top, x1, bottom = bbox
    inside = [
        char
        for char in chars
        if x0 <= (char["x0"] + char["x1"]) / 2 <= x1 and top <= (char["top"] + char["bottom"]) / 2 <= bottom
    ]
    inside.sort(key=lambda char: (round(char["top"]), char["x0"]))
    return "".join(char["text"] for char in inside)


def line_pieces(text: str, boxes: list[BBox | None]) -> list[tuple[str, BBox]]:
    """The fact's characters grouped by line, each group with the union of its boxes."""
    pieces: list[tuple[str, list[BBox]]] = []
    for char, box in zip(text, boxes, strict=True):
        if box is None:
            continue
        if pieces and abs(pieces[-1][1][-1][1] - box[1]) < 2 and box[0] >= pieces[-1][1][-1][0] - 1:
            pieces[-1] = (pieces[-1][0] + char, [*pieces[-1][1], box])
        else:
            pieces.append((char, [box]))
    return [
        (chars, (min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)))
        for chars, bs in pieces
    ]


@pytest.mark.skipif(not PDFS, reason="the shared corpus is not beside this clone (../shared/corpus/pdf)")
@pytest.mark.parametrize("path", PDFS, ids=[p.stem[:3] for p in PDFS])
def test_fact_text_is_inside_its_bbox(path: Path) -> None:
    document = corpus_document(path)
    boxes = corpus_source(path).char_boxes
    assert document.facts and boxes is not None
    wrong = []
    with pdfplumber.open(path) as pdf:
        # Deduplicated like the reader: fake-bold glyphs drawn twice count once.
        pages = [page.dedupe_chars().chars for page in pdf.pages]
        for fact in document.facts:
            assert fact.page is not None and fact.bbox is not None, fact.id
            page = pages[fact.page - 1]
            pieces = line_pieces(fact.text, boxes[fact.span[0] : fact.span[1]])
            boxes_to_check = [fact.bbox] if len(pieces) == 1 else [box for _, box in pieces]
            found = "".join(text_inside(page, box) for box in boxes_to_check)
            if squeeze(found) != squeeze(fact.text):
                wrong.append((fact.id, fact.page, fact.text, found))
    assert wrong == []
