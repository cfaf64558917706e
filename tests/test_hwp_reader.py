"""HWPX and HWP 5.0 readers: each document built once and read in both formats gives
the same text and table cells (reading order, tables, frames, notes, text boxes)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hwpx import HwpxDocument

from extractors.readers import read_bytes
from tests.hwp_fixtures import Build, hwp_bytes, hwpx_bytes, hwpx_with_paragraphs, paragraphs, steps, table

FORMATS: dict[str, Callable[[Build], bytes]] = {"hwpx": hwpx_bytes, "hwp": hwp_bytes}

HEADER_AND_DATA = {(0, 0): "구분", (0, 1): "수출", (1, 0): "미국", (1, 1): "3.5"}


def frame(*lines: str, inner: dict[tuple[int, int], str] | None = None) -> Build:
    """A 1x1 table around text (and, with ``inner``, around a real 2x2 table)."""

    def build(doc: HwpxDocument) -> None:
        cell = doc.add_table(1, 1).cell(0, 0)
        cell.set_text(lines[0])
        for line in lines[1:]:
            cell.add_paragraph(line)
        if inner:
            grid = cell.add_table(2, 2)
            for (r, c), text in inner.items():
                grid.set_cell_text(r, c, text)

    return build


def footnote(text: str, note: str) -> Build:
    def build(doc: HwpxDocument) -> None:
        doc.notes.add_footnote(note, paragraph=doc.add_paragraph(text))

    return build


def endnote(text: str, note: str) -> Build:
    def build(doc: HwpxDocument) -> None:
        doc.notes.add_endnote(note, paragraph=doc.add_paragraph(text))

    return build


def footnote_in_cell(note: str) -> Build:
    def build(doc: HwpxDocument) -> None:
        grid = doc.add_table(2, 2)
        for (r, c), text in HEADER_AND_DATA.items():
            grid.set_cell_text(r, c, text)
        doc.notes.add_footnote(note, paragraph=grid.cell(1, 0).paragraphs[0])

    return build


def text_box(text: str) -> Build:
    def build(doc: HwpxDocument) -> None:
        doc.shapes.add_rectangle().set_draw_text(text)

    return build


def captioned(caption: str) -> Build:
    def build(doc: HwpxDocument) -> None:
        grid = doc.add_table(2, 2)
        grid.set_caption(caption)
        for (r, c), text in HEADER_AND_DATA.items():
            grid.set_cell_text(r, c, text)

    return build


def header_and_footer(header: str, footer: str) -> Build:
    def build(doc: HwpxDocument) -> None:
        doc.set_header_text(header)
        doc.set_footer_text(footer)

    return build


def tracked_deletion(text: str, deleted: str) -> Build:
    def build(doc: HwpxDocument) -> None:
        doc.add_tracked_delete(doc.add_paragraph(text), match=deleted)

    return build


LONG = "올해 수출은 반도체와 자동차가 이끌며 전년보다 크게 늘었고 하반기에도 증가세가 이어질 전망이다"

# (document, its text, its table cells as (cell text, row label, column label or None))
READS: dict[str, tuple[Build, str, list[tuple[str, str | None, str | None]]]] = {
    "paragraphs on their own lines": (
        paragraphs("수출이 늘었다.", "수입은 줄었다."),
        "수출이 늘었다.\n수입은 줄었다.",
        [],
    ),
    "an empty paragraph is a blank line": (
        paragraphs("첫 문단", "", "", "둘째 문단"),
        "첫 문단\n\n둘째 문단",
        [],
    ),
    "tab and line break inside a paragraph": (paragraphs("가\t나\n다"), "가\t나\n다", []),
    "table with a blank line around it": (
        steps(paragraphs("앞 문단"), table(2, 2, HEADER_AND_DATA), paragraphs("뒤 문단")),
        "앞 문단\n\n구분\t수출\n미국\t3.5\n\n뒤 문단",
        [("3.5", "미국", "수출")],
    ),
    "frame table is running text": (
        frame("틀 안의 문장 7.0% 증가", "둘째 줄"),
        "틀 안의 문장 7.0% 증가\n둘째 줄",
        [],
    ),
    "one-row frame reads as one line": (
        table(1, 4, {(0, 0): "보도시점", (0, 1): "2026. 5. 28.(목)", (0, 2): "배포", (0, 3): "즉시"}),
        "보도시점 2026. 5. 28.(목) 배포 즉시",
        [],
    ),
    "one-column frame reads line by line": (
        table(2, 1, {(0, 0): "제목 줄", (1, 0): "- 부제 줄"}),
        "제목 줄\n- 부제 줄",
        [],
    ),
    "table of prose cells is a frame": (
        table(2, 2, {(0, 0): "가", (0, 1): LONG, (1, 0): "나", (1, 1): LONG}),
        f"가 {LONG}\n나 {LONG}",
        [],
    ),
    "real table inside a frame stays a table": (
        frame("< 표 제목 >", inner=HEADER_AND_DATA),
        "< 표 제목 >\n\n구분\t수출\n미국\t3.5",
        [("3.5", "미국", "수출")],
    ),
    "footnote follows its paragraph": (
        steps(footnote("본문 12.4% 증가", "주석 3.5%"), paragraphs("다음 문단")),
        "본문 12.4% 증가\n\n주석 3.5%\n\n다음 문단",
        [],
    ),
    "footnote in a cell follows the table": (
        steps(footnote_in_cell("잠정치 기준"), paragraphs("다음 문단")),
        "구분\t수출\n미국\t3.5\n\n잠정치 기준\n\n다음 문단",
        [("3.5", "미국", "수출")],
    ),
    "endnote goes to the end": (
        steps(endnote("본문", "미주 9.9%"), paragraphs("마지막 문단")),
        "본문\n마지막 문단\n\n미주 9.9%",
        [],
    ),
    "text box follows its paragraph": (
        steps(paragraphs("본문 문장"), text_box("상자 속 20억 달러"), paragraphs("다음 문단")),
        "본문 문장\n\n상자 속 20억 달러\n\n다음 문단",
        [],
    ),
    "table caption is a line above the table": (
        captioned("표 1 수출 실적"),
        "표 1 수출 실적\n\n구분\t수출\n미국\t3.5",
        [("3.5", "미국", "수출")],
    ),
    "header and footer are left out": (
        steps(paragraphs("본문만"), header_and_footer("머리말 2025년", "꼬리말 11쪽")),
        "본문만",
        [],
    ),
    "tracked deletion is left out": (tracked_deletion("지운 12% 남은 13%", "지운 12%"), "남은 13%", []),
}


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize(("build", "text", "cells"), READS.values(), ids=READS.keys())
def test_reader(
    file_format: str, build: Build, text: str, cells: list[tuple[str, str | None, str | None]]
) -> None:
    source = read_bytes(f"x.{file_format}", FORMATS[file_format](build))
    assert (source.format, source.text, source.pages) == (file_format, text, [])
    labelled = [(source.text[s.start : s.end], s.row, s.column) for s in source.tables if not s.label]
    assert labelled == cells


@pytest.mark.parametrize("file_format", FORMATS)
def test_merged_cells_give_row_and_column_labels(file_format: str) -> None:
    """Row and column spans become one grid: a value under a spanning year and a
    quarter has both in its column label."""
    build = steps(
        paragraphs("(단위: 억 달러)"),
        table(
            3, 3,
            {(0, 0): "구분", (0, 1): "2024년", (1, 1): "1분기", (1, 2): "2분기",
             (2, 0): "수출", (2, 1): "1.5", (2, 2): "2.5"},
            merges=("A1:A2", "B1:C1"),
        ),
    )  # fmt: skip
    source = read_bytes(f"x.{file_format}", FORMATS[file_format](build))
    assert source.text == "(단위: 억 달러)\n\n구분\t2024년\t\n\t1분기\t2분기\n수출\t1.5\t2.5"
    values = {source.text[s.start : s.end]: s for s in source.tables if not s.label}
    assert sorted(values) == ["1.5", "2.5"]
    for value, quarter in (("1.5", "1분기"), ("2.5", "2분기")):
        span = values[value]
        assert span.row == "수출" and span.unit_text == "(단위: 억 달러)"
        assert span.column is not None and "2024년" in span.column and quarter in span.column


@pytest.mark.parametrize("file_format", FORMATS)
def test_table_caption_names_its_cells(file_format: str) -> None:
    source = read_bytes(f"x.{file_format}", FORMATS[file_format](captioned("표 2 지역별 수출")))
    assert {span.caption for span in source.tables} == {"표 2 지역별 수출"}


def p(run: str) -> str:
    return f'<hp:p id="1" paraPrIDRef="0" styleIDRef="0"><hp:run charPrIDRef="0">{run}</hp:run></hp:p>'


def cell(row: int, column: int, text: str) -> str:
    return (
        f'<hp:tc><hp:subList><hp:p id="2"><hp:run><hp:t>{text}</hp:t></hp:run></hp:p></hp:subList>'
        f'<hp:cellAddr colAddr="{column}" rowAddr="{row}"/><hp:cellSpan colSpan="1" rowSpan="1"/></hp:tc>'
    )


def bare(text: str) -> str:
    """A cell without ``hp:cellAddr``."""
    return f"<hp:tc><hp:subList><hp:p><hp:run><hp:t>{text}</hp:t></hp:run></hp:p></hp:subList></hp:tc>"


FLOATING = (
    '<hp:tbl rowCnt="2" colCnt="2"><hp:pos treatAsChar="0"/>'
    f"<hp:tr>{cell(0, 0, '구분')}{cell(0, 1, '수출')}</hp:tr>"
    f"<hp:tr>{cell(1, 0, '미국')}{cell(1, 1, '3.5')}</hp:tr>"
    "</hp:tbl>"
)

# OWPML that python-hwpx does not write: (paragraph XML after a first line "앞", the text)
OWPML: dict[str, tuple[str, str]] = {
    "switch reads one branch": (
        p("<hp:switch><hp:case><hp:t>수출 3.5% 증가</hp:t></hp:case>"
          "<hp:default><hp:t>수출 3.5% 증가</hp:t></hp:default></hp:switch>"),
        "앞\n수출 3.5% 증가",
    ),
    "floating table follows its paragraph's text": (
        p(f"{FLOATING}<hp:t>표 옆 문장</hp:t>"),
        "앞\n표 옆 문장\n\n구분\t수출\n미국\t3.5",
    ),
    "picture description and equation source are left out": (
        p("<hp:t>그림 앞</hp:t><hp:pic><hp:shapeComment>그림입니다. 원본 그림의 이름: a.jpg</hp:shapeComment>"
          "</hp:pic><hp:equation><hp:script>{12.4} over {3}</hp:script></hp:equation><hp:t> 뒤</hp:t>"),
        "앞\n그림 앞 뒤",
    ),
    "full-width and fixed spaces are spaces": (
        p("<hp:t>수출<hp:fwSpace/>3.5%<hp:nbSpace/>증가</hp:t>"),
        "앞\n수출 3.5% 증가",
    ),
    "cell without an address takes the next place": (
        p('<hp:tbl rowCnt="2" colCnt="2">'
          f"<hp:tr>{bare('구분')}{bare('수출')}</hp:tr><hp:tr>{bare('미국')}{bare('3.5')}</hp:tr></hp:tbl>"),
        "앞\n\n구분\t수출\n미국\t3.5",
    ),
}  # fmt: skip


@pytest.mark.parametrize(("xml", "text"), OWPML.values(), ids=OWPML.keys())
def test_owpml_structures(xml: str, text: str) -> None:
    assert read_bytes("x.hwpx", hwpx_with_paragraphs("앞", xml)).text == text


def test_hwp_is_true_hwp5_and_hwpx_is_a_zip() -> None:
    """The fixtures are what they claim: an OLE compound file and a zip package."""
    assert hwp_bytes(paragraphs("가"))[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
    assert hwpx_bytes(paragraphs("가"))[:4] == b"PK\x03\x04"


def test_hwp_named_file_holding_hwpx_reads_as_hwpx() -> None:
    source = read_bytes("release.hwp", hwpx_bytes(paragraphs("수출 3.5% 증가")))
    assert (source.format, source.text) == ("hwpx", "수출 3.5% 증가")
