"""Korean PDF fixtures built on the fly with reportlab (and pikepdf for damage).

The font is NanumGothic (Debian/Ubuntu package ``fonts-nanum``); tests that
need it skip with a clear reason when it is not installed.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
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


def with_metadata(raw: bytes, **fields: str) -> bytes:
    """The PDF with its document information replaced (``Title="..."``, ``Producer="..."``)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(raw)) as pdf:
        for name in list(pdf.docinfo.keys()):
            del pdf.docinfo[name]
        for name, value in fields.items():
            pdf.docinfo[f"/{name}"] = value
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def truncated(raw: bytes) -> bytes:
    """The first half of a PDF, as after an interrupted download."""
    return raw[: len(raw) // 2]


NOT_A_PDF = "이 파일은 PDF가 아닙니다.\n수출 12.4% 증가\n".encode()


# --- layouts the corpus lacks: each fixture comes with the same content as plain text ----------------

Run = tuple[str, float, float, float]  # text, x, baseline from the top, size


def pages_of_runs(
    pages: Sequence[Sequence[Run]],
    *,
    sizes: Sequence[tuple[float, float]] = (),
    rotate: Sequence[int] = (),
) -> bytes:
    """Runs drawn where told, page by page; ``sizes[i]`` is page i's (width, height)
    as read (default A4 portrait); ``rotate[i]`` (90 or 270) draws page i's content
    turned on a sheet of the other orientation and sets the page's /Rotate so a
    viewer shows it upright (a landscape table bound into a portrait report)."""
    import pikepdf
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    for index, runs in enumerate(pages):
        turn = rotate[index] if index < len(rotate) else 0
        width, height = sizes[index] if index < len(sizes) else (PAGE_WIDTH, PAGE_HEIGHT)
        canvas.setPageSize((height, width) if turn else (width, height))
        canvas.saveState()
        if turn == 90:  # the viewer turns the sheet clockwise: draw the text running up
            canvas.translate(height, 0)
            canvas.rotate(90)
        elif turn == 270:  # counter-clockwise: draw the text running down
            canvas.translate(0, width)
            canvas.rotate(-90)
        for text, x, y, size in runs:
            canvas.setFont(FONT, size)
            canvas.drawString(x, height - y, text)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    if not any(rotate):
        return buffer.getvalue()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        for page, turn in zip(pdf.pages, rotate, strict=False):
            if turn:
                page.obj["/Rotate"] = turn
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def ruled_table_pdf(
    lines_above: Sequence[str],
    rows: Sequence[Sequence[str]],
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    marks: Sequence[tuple[int, int, str]] = (),
) -> bytes:
    """Lines of text over a ruled table; ``spans`` merge cells ((col, row), (col, row));
    ``marks`` put a small raised footnote mark (e.g. ``1)``) after cell (row, col)'s text."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    buffer = io.BytesIO()
    style = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=PITCH)
    cell_style = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11, alignment=2)
    data: list[list[object]] = [list(row) for row in rows]
    for r, c, mark in marks:
        data[r][c] = Paragraph(f"{rows[r][c]}<super>{mark}</super>", cell_style)
    table = Table(data)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    commands += [("SPAN", start, end) for start, end in spans]
    table.setStyle(TableStyle(commands))
    story: list[object] = [Paragraph(line, style) for line in lines_above]
    story += [Spacer(1, 4), table]
    document = SimpleDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=LEFT, rightMargin=LEFT
    )
    document.build(story)
    return buffer.getvalue()


def wrap(text: str, width: float, size: float = SIZE) -> list[str]:
    """Greedy line filling at spaces, as a word processor does."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}".strip()
        if current and stringWidth(candidate, FONT, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current]


def unruled_table_pdf(
    caption: str, unit: str, rows: Sequence[Sequence[str]], after_text: str, *, unit_beside: bool = False
) -> bytes:
    """A caption, a unit line at the right edge (below the caption, or on its line when
    ``unit_beside``), a table whose columns are set apart by whitespace only (no rules;
    figures right-aligned), then a sentence."""
    register_fonts()
    lefts = [LEFT, 220.0, 320.0, 420.0]
    unit_top = 100 if unit_beside else 116
    runs: list[Run] = [(caption, LEFT, 100, SIZE), (unit, PAGE_WIDTH - LEFT - after(unit, 0, 9), unit_top, 9)]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            x = lefts[c] if c == 0 else lefts[c] + 60 - after(cell, 0, 9)  # right-aligned figures
            runs.append((cell, x, 140 + 16 * r, 9))
    runs.append((after_text, LEFT, 160 + 16 * len(rows), SIZE))
    return pages_of_runs([runs])


def broken_figure_pdf(header: str, before: str, rest: str) -> bytes:
    """A paragraph whose last line on page 1 ends with a figure (``… 1,234``) and whose
    unit (``억 달러 …``) opens page 2; a running header and ``- n -`` footers between."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    # Choose a measure at which the line ending with the figure is full: the first
    # word of page 2 would not have fit after it, so the wrap was forced there.
    next_word = rest.split(" ", maxsplit=1)[0]
    width = next(
        float(w)
        for w in range(470, 250, -1)
        if stringWidth(f"{wrap(before, w)[-1]} {next_word}", FONT, SIZE) > w
    )
    lines = wrap(before, width)
    bottom = PAGE_HEIGHT - 80
    first: list[Run] = [
        (line, LEFT, bottom - PITCH * (len(lines) - 1 - i), SIZE) for i, line in enumerate(lines)
    ]
    second: list[Run] = [(line, LEFT, TOP + PITCH * i, SIZE) for i, line in enumerate(wrap(rest, width))]
    pages = []
    for number, body in enumerate((first, second), start=1):
        margin: list[Run] = [
            (header, LEFT, 30, 9),
            (f"- {number} -", PAGE_WIDTH / 2 - 10, PAGE_HEIGHT - 30, 9),
        ]
        pages.append([*margin, *body])
    return pages_of_runs(pages)


def hanging_bullets_pdf(items: Sequence[tuple[str, str]], width: float = PAGE_WIDTH - 2 * LEFT) -> bytes:
    """List items ``(mark, text)``, one level deeper each, wrapped with a hanging indent:
    continuation lines start under the text, not under the mark."""
    register_fonts()
    runs: list[Run] = []
    y = 80.0
    for depth, (mark, text) in enumerate(items):
        x = LEFT + 12 * depth
        indent = after(f"{mark} ", x)
        runs.append((mark, x, y, SIZE))
        for line in wrap(text, width - (indent - LEFT)):
            runs.append((line, indent, y, SIZE))
            y += PITCH
    return pages_of_runs([runs])


# Each twin: a PDF builder and the same content as a plain-text publication.
UNRULED_ROWS = [
    ["국가", "2024년", "2025년", "증감률"],
    ["미국", "1,234", "1,456", "18.0"],
    ["중국", "987", "912", "△7.6"],
    ["베트남", "", "310", ""],
    ["합계", "2,221", "2,678", "20.6"],
]
UNRULED_ABOVE = ["<표 1> 국가별 수출 실적", "(단위: 백만 달러, %)"]
UNRULED_AFTER = "주요국 수출은 모두 2,678백만 달러였다."

MERGED_ABOVE = ["<표 2> 품목별 수출입", "(단위: 억 달러, %)"]
MERGED_ROWS = [
    ["품목", "수출", "", "수입", ""],
    ["", "금액", "증감률", "금액", "증감률"],
    ["반도체", "1,734", "22.2", "456", "△3.1"],
    ["자동차", "708", "5.2", "120", "0.8"],
]
# ((column, row), (column, row)) corners of merged cells: 품목 down two rows, 수출 and 수입 over two columns.
MERGED_SPANS = [((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))]

TURNED_PAGES = [
    ["□ 2025년 수출은 6,837억 달러로 3.8% 증가", "○ 반도체 수출은 1,734억 달러 기록"],
    ["※ 무역수지는 518억 달러 흑자", "- 수입은 6,319억 달러로 1.2% 감소"],
    ["ㅇ 대중국 수출은 1,330억 달러로 2.1% 증가"],
]

BROKEN_HEADER = "산업 동향 브리프 제12호"
BROKEN_BEFORE = (
    "올해 1~10월 누계 기준으로 보면 반도체와 자동차, 선박 등 주력 품목이 고르게 호조를 보였으며 "
    "특히 인공지능 관련 수요가 빠르게 늘어난 메모리 반도체가 전체 증가세를 이끈 가운데 중동과 중남미 등 "
    "신흥 시장으로의 수출도 꾸준히 확대되었고 그 결과 올해 누적 수출은 1,234"
)
BROKEN_REST = "억 달러를 기록하여 전년 대비 8.2% 증가했다."

BULLET_ITEMS = [
    (
        "□",
        "2025년 수출은 반도체와 자동차 등 주력 품목의 호조에 힘입어 전년 대비 3.8% 증가한 6,837억 "
        "달러를 기록하며 사상 최대 실적을 달성",
    ),
    (
        "○",
        "특히 반도체 수출은 인공지능 서버 수요 확대에 따라 고부가 메모리 중심으로 늘어 전년보다 22.2% "
        "증가한 1,734억 달러를 기록",
    ),
    (
        "-",
        "다만 석유제품과 석유화학 수출은 유가 하락과 공급 과잉의 영향으로 각각 9.1%, 11.4% 감소하며 "
        "부진한 흐름을 이어감",
    ),
    ("※", "무역수지는 518억 달러 흑자로 2018년 이후 최대 규모이며 에너지 수입 감소가 흑자 확대에 크게 기여"),
    (
        "*",
        "수출입 통계는 통관 기준 잠정치이며 확정치는 2026년 2월 중 공표될 예정으로 일부 수치는 조정될 수 "
        "있으며 전년 동기 대비 증감률은 -2.4%p 범위에서 바뀔 수 있음",
    ),
]

FOOTNOTE_ABOVE = ["<표 3> 수출입 증가율", "(단위: %)"]
FOOTNOTE_ROWS = [["구분", "2024년", "2025년"], ["수출 증가율", "12.4", "3.8"], ["수입 증가율", "△1.6", "2.1"]]
FOOTNOTE_MARKS = [(1, 1, "1)"), (2, 2, "2)")]


def _tabbed(rows: Sequence[Sequence[str]]) -> str:
    return "\n".join("\t".join(row) for row in rows)


def _footnoted_rows() -> list[list[str]]:
    rows = [list(row) for row in FOOTNOTE_ROWS]
    for r, c, mark in FOOTNOTE_MARKS:
        rows[r][c] += mark.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return rows


TWINS: dict[str, tuple[Callable[[], bytes], str]] = {
    "unruled_table": (
        lambda: unruled_table_pdf(*UNRULED_ABOVE, UNRULED_ROWS, UNRULED_AFTER),
        "\n".join([*UNRULED_ABOVE, _tabbed(UNRULED_ROWS), "", UNRULED_AFTER]),
    ),
    "unruled_table_unit_beside": (
        lambda: unruled_table_pdf(*UNRULED_ABOVE, UNRULED_ROWS, UNRULED_AFTER, unit_beside=True),
        "\t".join(UNRULED_ABOVE) + "\n" + "\n".join([_tabbed(UNRULED_ROWS), "", UNRULED_AFTER]),
    ),
    "merged_header": (
        lambda: ruled_table_pdf(MERGED_ABOVE, MERGED_ROWS, MERGED_SPANS),
        "\n".join([*MERGED_ABOVE, _tabbed(MERGED_ROWS)]),
    ),
    "turned_pages": (
        lambda: pages_of_runs(
            [[(line, LEFT, 80 + 20 * i, SIZE) for i, line in enumerate(page)] for page in TURNED_PAGES],
            sizes=[(PAGE_HEIGHT, PAGE_WIDTH)] * 3,
            rotate=[0, 90, 270],
        ),
        "\n\n".join("\n".join(page) for page in TURNED_PAGES),
    ),
    "broken_figure": (
        lambda: broken_figure_pdf(BROKEN_HEADER, BROKEN_BEFORE, BROKEN_REST),
        f"{BROKEN_HEADER}\n\n{BROKEN_BEFORE}{BROKEN_REST}",
    ),
    "hanging_bullets": (
        lambda: hanging_bullets_pdf(BULLET_ITEMS),
        "\n".join(f"{mark} {text}" for mark, text in BULLET_ITEMS),
    ),
    "footnoted_cells": (
        lambda: ruled_table_pdf(FOOTNOTE_ABOVE, FOOTNOTE_ROWS, marks=FOOTNOTE_MARKS),
        "\n".join([*FOOTNOTE_ABOVE, _tabbed(_footnoted_rows())]),
    ),
}


def inflating_pdf(content: bytes, *, via_form: bool = False) -> bytes:
    """A one-page PDF whose drawing instructions are ``content``, deflated (a bomb when it is large).

    ``via_form``: the page draws a form XObject that holds ``content``.
    """
    import zlib

    packed = zlib.compress(content, 9)
    stream = b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (
        len(packed),
        b" /Type /XObject /Subtype /Form /BBox [0 0 595 842]" if via_form else b"",
    )
    page_content = b"/X1 Do" if via_form else None
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >>"
        + (b" /XObject << /X1 6 0 R >>" if via_form else b"")
        + b" >> >>",
        (b"<< /Length %d >>\nstream\n%s\nendstream" % (len(page_content), page_content))
        if page_content
        else stream + packed + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if via_form:
        objects.append(stream + packed + b"\nendstream")
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def text_operators(count: int) -> bytes:
    """``count`` lines of text drawn with the base-14 Helvetica: a percentage each."""
    return b"BT /F1 10 Tf 72 720 Td (12.4%) Tj ET\n" * count
