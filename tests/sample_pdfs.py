"""Lay out the bundled text samples as PDFs (raw/*.pdf): ``python -m tests.sample_pdfs``.

Lines become wrapped paragraphs, runs of tab-separated lines become ruled
tables, and every page gets a ``- n -`` footer, like the corpus PDFs.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from tests.pdf_fixtures import FONT, LEFT, PAGE_HEIGHT, PAGE_WIDTH, PITCH, SIZE, _footer, register_fonts

RAW = Path(__file__).resolve().parent.parent / "raw"
SAMPLES = ("sample_press_release", "sample_work_report")


def text_to_pdf(text: str) -> bytes:
    """A PDF of ``text``: paragraphs per line, tables for tab-separated blocks."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    style = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=PITCH)
    story: list[object] = []
    rows: list[list[str]] = []

    def flush_table() -> None:
        if rows:
            table = Table([row + [""] * (max(map(len, rows)) - len(row)) for row in rows])
            table.setStyle(
                TableStyle(
                    [("FONT", (0, 0), (-1, -1), FONT, 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
                )
            )
            story.extend([table, Spacer(1, 6)])
            rows.clear()

    for line in text.splitlines():
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        flush_table()
        story.append(Paragraph(escape(line), style) if line.strip() else Spacer(1, 6))
    flush_table()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=LEFT,
        rightMargin=LEFT,
        topMargin=60,
        bottomMargin=60,
        invariant=True,
    )
    document.build(
        story, onFirstPage=lambda c, d: _footer(c, d.page), onLaterPages=lambda c, d: _footer(c, d.page)
    )
    return buffer.getvalue()


def main() -> None:
    for name in SAMPLES:
        pdf = RAW / f"{name}.pdf"
        pdf.write_bytes(text_to_pdf((RAW / f"{name}.txt").read_text(encoding="utf-8")))
        print(pdf)


if __name__ == "__main__":
    main()
