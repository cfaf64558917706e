"""Korean PDF fixtures built on the fly with reportlab (and pikepdf for damage).

The font is NanumGothic (Debian/Ubuntu package ``fonts-nanum``); tests that
need it skip with a clear reason when it is not installed.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pytest

FONT_DIR = Path("/usr/share/fonts/truetype/nanum")
FONT = "NanumGothic"
OTHER_FONT = "NanumBarunGothic"
PAGE_WIDTH, PAGE_HEIGHT = 595.2756, 841.8898  # A4 in points
LEFT = 62.0
TOP = 70.0
PITCH = 15.0
SIZE = 10.0


def register_fonts() -> None:
    """Register the Nanum fonts with reportlab, or skip the test."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in (FONT, OTHER_FONT):
        path = FONT_DIR / f"{name}.ttf"
        if not path.is_file():
            pytest.skip(f"{path} is missing: install the fonts-nanum package")
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))


def _footer(canvas: object, page: int) -> None:
    canvas.setFont(FONT, 9)  # type: ignore[attr-defined]
    canvas.drawCentredString(PAGE_WIDTH / 2, 30, f"- {page} -")  # type: ignore[attr-defined]


def lines_pdf(
    pages: Sequence[Sequence[str]],
    *,
    fonts: Sequence[str] | None = None,
    footer: bool = True,
    header: str | None = None,
    fake_bold: bool = False,
    encrypt: object = None,
) -> bytes:
    """One PDF line per string, top down, pitch 15pt; an empty string is a blank line.

    ``fonts`` names the font of each page; ``fake_bold`` draws every line twice
    at the same place (as some publishers do for bold); ``header`` is a running
    title on every page.
    """
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), encrypt=encrypt)
    for number, lines in enumerate(pages, start=1):
        font = fonts[number - 1] if fonts else FONT
        if header:
            canvas.setFont(font, 9)
            canvas.drawString(LEFT, PAGE_HEIGHT - 30, header)
        y = PAGE_HEIGHT - TOP
        for line in lines:
            canvas.setFont(font, SIZE)
            for _ in range(2 if fake_bold else 1):
                canvas.drawString(LEFT, y, line)
            y -= PITCH
        if footer:
            _footer(canvas, number)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def paragraph_pdf(paragraphs: Sequence[str], *, footer: bool = True) -> bytes:
    """Paragraphs wrapped by reportlab itself (Korean wraps at spaces)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    register_fonts()
    buffer = io.BytesIO()
    style = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=PITCH)
    story: list[object] = []
    for text in paragraphs:
        story += [Paragraph(text, style), Spacer(1, 6)]
    document = SimpleDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=LEFT, rightMargin=LEFT
    )

    def on_page(canvas: object, doc: object) -> None:
        if footer:
            _footer(canvas, doc.page)  # type: ignore[attr-defined]

    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def runs_pdf(runs: Sequence[tuple[str, float, float, float]], fonts: Sequence[str] = ()) -> bytes:
    """Text runs ``(text, x, baseline from the top, size)`` drawn where told, on one page;
    ``fonts[i]`` (if given) is the font of run i."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    for index, (text, x, y, size) in enumerate(runs):
        canvas.setFont(fonts[index] if index < len(fonts) else FONT, size)
        canvas.drawString(x, PAGE_HEIGHT - y, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def after(text: str, x: float = LEFT, size: float = SIZE) -> float:
    """Where a run drawn at ``x`` ends."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return x + float(stringWidth(text, FONT, size))


def two_column_pdf(title: str, paragraphs: Sequence[str]) -> bytes:
    """A full-width title over two text columns; paragraphs flow from the left column to the right."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer

    register_fonts()
    buffer = io.BytesIO()
    body = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=PITCH)
    heading = ParagraphStyle("title", fontName=FONT, fontSize=16, leading=20)
    gutter, top = 20.0, 80.0
    column = (PAGE_WIDTH - 2 * LEFT - gutter) / 2
    height = PAGE_HEIGHT - 2 * TOP - top
    frames = [
        Frame(LEFT, PAGE_HEIGHT - TOP - top, PAGE_WIDTH - 2 * LEFT, top, id="title"),
        Frame(LEFT, TOP, column, height, id="left"),
        Frame(LEFT + column + gutter, TOP, column, height, id="right"),
    ]
    document = BaseDocTemplate(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    document.addPageTemplates([PageTemplate(id="two", frames=frames)])
    story: list[object] = [Paragraph(title, heading), FrameBreak()]
    for text in paragraphs:
        story += [Paragraph(text, body), Spacer(1, 6)]
    document.build(story)
    return buffer.getvalue()


TABLE_CAPTION = "■ 표 1 - 2024년 ICT 서비스 유형별 수출"
TABLE_UNIT = "(단위: 억 달러)"
TABLE_NOTE = "주: ()는 비중"
TABLE_ROWS: list[list[str]] = [
    ["유형 \\\n산업", "전체", "게임 SW", "디지털\n콘텐츠"],
    ["지식재산권\n사용료", "63.5", "44.3", "4.7"],
    ["", "(0.57)", "(0.90)", "(0.38)"],
    ["정보·통신 서비스", "25.0", "0.5", "0.1"],
    ["합계", "111.5", "49.3", "12.3"],
]


def table_pdf() -> bytes:
    """A paragraph, a caption, a unit line, a ruled table with wrapped labels, a note, a footer."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    buffer = io.BytesIO()
    style = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=PITCH)
    table = Table(TABLE_ROWS, colWidths=[110, 80, 80, 80])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story = [
        Paragraph("2024년 ICT 서비스 수출은 약 111.5억 달러로 사상 최대치를 기록했다.", style),
        Spacer(1, 8),
        Paragraph(TABLE_CAPTION, style),
        Paragraph(TABLE_UNIT, style),
        Spacer(1, 4),
        table,
        Spacer(1, 4),
        Paragraph(TABLE_NOTE, style),
    ]
    document = SimpleDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=LEFT, rightMargin=LEFT
    )
    document.build(story, onFirstPage=lambda canvas, doc: _footer(canvas, doc.page))
    return buffer.getvalue()


def long_table_pdf(rows: int = 70) -> bytes:
    """A captioned ruled table long enough to go on to a second page (header not repeated)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    register_fonts()
    buffer = io.BytesIO()
    style = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=PITCH)
    data = [["품목", "수출", "수입"], *([f"품목 {i}", f"{i}.5", f"{i}.2"] for i in range(1, rows + 1))]
    table = Table(data, colWidths=[150, 100, 100])
    table.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    )
    story = [Paragraph(TABLE_CAPTION, style), Paragraph(TABLE_UNIT, style), table]
    document = SimpleDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=LEFT, rightMargin=LEFT
    )
    document.build(story)
    return buffer.getvalue()


def image_only_pdf(pages: int = 2) -> bytes:
    """A 'scan': pages with an image and shapes but no text layer."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    image = ImageReader(Image.new("L", (40, 40), color=128))
    for _ in range(pages):
        canvas.drawImage(image, 100, 400, width=300, height=300)
        canvas.rect(80, 80, 200, 100, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def without_tounicode(raw: bytes, font_name_part: str = "") -> bytes:
    """Remove the ToUnicode map of every font whose name contains ``font_name_part``."""
    import pikepdf

    with pikepdf.open(io.BytesIO(raw)) as pdf:
        for page in pdf.pages:
            fonts = page.resources.get("/Font")
            if not isinstance(fonts, pikepdf.Dictionary):
                continue
            for key in list(fonts.keys()):
                font = fonts[key]
                if font_name_part in str(font.get("/BaseFont", "")) and "/ToUnicode" in font:
                    del font["/ToUnicode"]
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def truncated(raw: bytes) -> bytes:
    """The first half of a PDF, as after an interrupted download."""
    return raw[: len(raw) // 2]


NOT_A_PDF = "이 파일은 PDF가 아닙니다.\n수출 12.4% 증가\n".encode()
