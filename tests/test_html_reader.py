"""Web pages: the publication without the site, tables as cells, charsets, bad pages."""

from __future__ import annotations

import functools
import json
import subprocess
import unicodedata
from pathlib import Path

import pytest

from extractors import extract_source
from extractors.errors import SuchiError
from extractors.readers import SourceDocument, read_bytes
from extractors.readers.html_charset import looks_like_html
from extractors.readers.html_dom import Element, parse_page
from extractors.readers.html_tables import is_layout_table, place_cells, table_rows
from extractors.tables import Cell, Table
from schemas import Document
from tests.conftest import CORPUS, SUCHI, corpus_files, corpus_source
from tests.html_pages import CORPUS_FURNITURE, PAGES, Page


def page(body: str, head: str = '<meta charset="utf-8">') -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def text_of(body: str) -> str:
    return read_bytes("x.html", page(body)).text


@functools.cache
def _read(name: str) -> tuple[SourceDocument, Document]:
    found = next(p for p in PAGES if p.name == name)
    source = read_bytes(f"{name}.html", found.raw)
    return source, extract_source(source)


IDS = [p.name for p in PAGES]


# ---- whole pages in the styles of ministry sites, 정책브리핑 and news sites ----


@pytest.mark.parametrize("site", PAGES, ids=IDS)
def test_title_is_the_publications_not_the_sites(site: Page) -> None:
    source, document = _read(site.name)
    assert document.document.title == site.title
    assert source.text.split("\n", 1)[0] == site.title


@pytest.mark.parametrize("site", PAGES, ids=IDS)
def test_publication_lines_are_in_the_text(site: Page) -> None:
    lines = _read(site.name)[0].text.split("\n")
    assert [line for line in site.present if not any(line in got for got in lines)] == []


@pytest.mark.parametrize("site", PAGES, ids=IDS)
def test_site_furniture_is_not(site: Page) -> None:
    text = _read(site.name)[0].text
    assert [word for word in site.absent if word in text] == []


CELLS = [(site, cell) for site in PAGES for cell in site.cells]


@pytest.mark.parametrize(("site", "cell"), CELLS, ids=[f"{site.name}: {cell[0]}" for site, cell in CELLS])
def test_table_cell_is_a_fact_with_its_labels(
    site: Page, cell: tuple[str, str | None, str | None, str, str]
) -> None:
    text, row, column, value, unit = cell
    facts = [fact for fact in _read(site.name)[1].facts if fact.text == text and fact.table is not None]
    got = [(f.table.row, f.table.column, f.value, f.unit) for f in facts if f.table]
    assert got == [(row, column, value, unit)]


@pytest.mark.parametrize("site", PAGES, ids=IDS)
def test_every_table_cell_span_is_exact(site: Page) -> None:
    source = _read(site.name)[0]
    assert bool(source.tables) is bool(site.cells)
    for cell in source.tables:
        got = source.text[cell.start : cell.end]
        assert got and got == got.strip() and "\t" not in got and "\n" not in got


def test_table_values_take_the_unit_line_above() -> None:
    facts = _read("ministry board page")[1].facts
    got = {(f.text, f.value, f.unit) for f in facts if f.table is not None and f.kind != "date"}
    assert ("55.7", "5570000000", "USD") in got
    assert ("△3.1", "-3.1", "%") in got


def test_caption_is_the_tables_and_a_line_of_the_text() -> None:
    source, document = _read("article with a captioned table")
    caption = "<표 2> 에너지원별 수입액 (단위: 백만 달러)"
    assert caption in source.text.split("\n")
    cells = [f for f in document.facts if f.table is not None and f.kind == "amount"]
    assert {(f.table.caption, f.table.unit_text) for f in cells if f.table} == {
        (caption, "(단위: 백만 달러)")
    }
    assert [f.value for f in cells][:2] == ["21340000000", "19870000000"]


def test_hidden_caption_stays_out() -> None:
    assert "구분, 금액, 증감률" not in _read("ministry board page")[0].text


# ---- the corpus pages: a ministry site around the five publications ----

CORPUS_PAGES = corpus_files("html")


@pytest.mark.skipif(not CORPUS_PAGES, reason="the shared corpus is not beside this clone (../shared/corpus)")
@pytest.mark.parametrize("path", CORPUS_PAGES, ids=[p.stem[:3] for p in CORPUS_PAGES])
def test_corpus_page_is_the_publication_without_the_site(path: Path) -> None:
    source = corpus_source(path)
    assert source.format == "html" and source.page_count is None
    assert [word for word in CORPUS_FURNITURE if word in source.text] == []
    lines = {" ".join(line.split()) for line in source.text.split("\n")}
    publication = (CORPUS / "txt" / f"{path.stem}.txt").read_text(encoding="utf-8")
    missing = [
        line for line in publication.split("\n") if line.strip() and " ".join(line.split()) not in lines
    ]
    assert missing == []


# ---- <table>: grid addresses from rowspan and colspan ----


def grid(html: str) -> list[list[str]]:
    table = next(e for e in parse_page(html).body.elements() if e.tag == "table")
    placed = place_cells(table_rows(table))
    return Table.from_placed((r, c, Cell.of(cell.text(), rs, cs)) for r, c, cell, rs, cs in placed).texts()


GRIDS = [
    (
        "colspan header over two columns",
        "<table><tr><th rowspan=2>구분</th><th colspan=2>2026년</th></tr>"
        "<tr><th>1분기</th><th>2분기</th></tr><tr><td>수출</td><td>1.5</td><td>2.5</td></tr></table>",
        [["구분", "2026년", ""], ["", "1분기", "2분기"], ["수출", "1.5", "2.5"]],
    ),
    (
        "row label merged down",
        "<table><tr><td rowspan=2>IT</td><td>반도체</td><td>9</td></tr>"
        "<tr><td>디스플레이</td><td>3</td></tr></table>",
        [["IT", "반도체", "9"], ["", "디스플레이", "3"]],
    ),
    (
        "rowspan=0 reaches the last row",
        "<table><tr><td rowspan=0>합</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>",
        [["합", "1"], ["", "2"], ["", "3"]],
    ),
    (
        "colspan past the last column spans nothing",
        "<table><tr><td colspan=99>합계</td></tr><tr><td>a</td><td>b</td></tr></table>",
        [["합계", ""], ["a", "b"]],
    ),
    (
        "thead first and tfoot last whatever their order",
        "<table><tfoot><tr><td>계</td><td>3</td></tr></tfoot><tbody><tr><td>가</td><td>1</td></tr></tbody>"
        "<thead><tr><th>구분</th><th>값</th></tr></thead></table>",
        [["구분", "값"], ["가", "1"], ["계", "3"]],
    ),
    (
        "a row without cells adds no row",
        "<table><tr><td>가</td><td>1</td></tr><tr></tr><tr><td>나</td><td>2</td></tr></table>",
        [["가", "1"], ["나", "2"]],
    ),
    (
        "junk spans read as 1",
        "<table><tr><td colspan='x'>가</td><td rowspan='-2'>1</td></tr></table>",
        [["가", "1"]],
    ),
    (
        "ragged rows",
        "<table><tr><td>가</td><td>1</td><td>2</td></tr><tr><td>나</td></tr></table>",
        [["가", "1", "2"], ["나", "", ""]],
    ),
]


@pytest.mark.parametrize(("name", "html", "expected"), GRIDS, ids=[row[0] for row in GRIDS])
def test_table_grid(name: str, html: str, expected: list[list[str]]) -> None:
    assert grid(html) == expected


LAYOUT_TABLES = [
    ("one cell (a frame)", "<table><tr><td><p>가</p><p>나</p></td></tr></table>", True),
    ("one column", "<table><tr><td>가</td></tr><tr><td>나</td></tr></table>", True),
    (
        "a table in a cell",
        "<table><tr><td>메뉴</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>",
        True,
    ),
    ("a heading in a cell", "<table><tr><td><h2>제목</h2></td><td>본문</td></tr></table>", True),
    ("role presentation", "<table role='presentation'><tr><td>a</td><td>b</td></tr></table>", True),
    ("two columns of data", "<table><tr><td>수출</td><td>1.5</td></tr></table>", False),
    ("paragraphs in data cells", "<table><tr><td><p>수출</p></td><td><p>1.5</p></td></tr></table>", False),
]


@pytest.mark.parametrize(("name", "html", "layout"), LAYOUT_TABLES, ids=[row[0] for row in LAYOUT_TABLES])
def test_layout_table(name: str, html: str, layout: bool) -> None:
    table: Element = next(e for e in parse_page(html).body.elements() if e.tag == "table")
    assert is_layout_table(table, place_cells(table_rows(table))) is layout


def test_layout_table_reads_as_text_and_its_data_table_as_cells() -> None:
    source = read_bytes(
        "x.html",
        page(
            "<table><tr><td><p>3월 수출은 50억 달러였다.</p>"
            "<table><tr><td>구분</td><td>수출</td></tr><tr><td>미국</td><td>1.5</td></tr></table></td>"
            "<td><p>4월 수출은 60억 달러였다.</p></td></tr></table>"
        ),
    )
    assert source.text == "3월 수출은 50억 달러였다.\n\n구분\t수출\n미국\t1.5\n\n4월 수출은 60억 달러였다."
    assert [(c.row, c.column, source.text[c.start : c.end]) for c in source.tables if not c.label] == [
        ("미국", "수출", "1.5")
    ]


# ---- furniture rules on their edges: what must go, and publication text that must stay ----

ARTICLE = "<p>" + "수출은 612억 달러로 3.1% 늘었고 수입은 585억 달러로 1.2% 줄었다. " * 4 + "</p>"

RULES = [
    (
        "a wrapper named for a sidebar holding the article stays",
        f'<div class="with_side">{ARTICLE}</div>',
        ("수출은 612억",),
        (),
    ),
    (
        "a sentence about copyright stays",
        ARTICLE + "<p>저작권 보호 예산은 1,200억원으로 늘었다.</p>",
        ("저작권 보호 예산은 1,200억원",),
        (),
    ),
    (
        "a paragraph opening with a furniture word stays",
        ARTICLE + "<p>공유 오피스는 120곳으로 늘었다.</p>",
        ("공유 오피스는 120곳",),
        (),
    ),
    (
        "a sentence with two links stays",
        ARTICLE
        + '<p>자세한 내용은 <a href="#">산업부 누리집</a>과 <a href="#">무역협회</a>에서 볼 수 있다.</p>',
        ("자세한 내용은 산업부 누리집과 무역협회에서 볼 수 있다.",),
        (),
    ),
    ("a count after 조회 that is a figure stays", ARTICLE + "<p>조회 1,234건</p>", ("조회 1,234건",), ()),
    (
        "a list of links goes",
        ARTICLE + '<ul><li><a href="#">수출입 동향</a></li><li><a href="#">고용 동향</a></li></ul>',
        (),
        ("고용 동향",),
    ),
    (
        "a box headed 관련기사 goes",
        ARTICLE + '<div><strong>관련기사</strong><p><a href="#">반도체 수출 20% 증가</a></p></div>',
        (),
        ("관련기사", "20% 증가"),
    ),
    (
        "a byline with its posting time goes",
        '<div class="byline">입력 2026.04.02 06:00 | 수정 2026.04.02 09:10</div>' + ARTICLE,
        (),
        ("입력",),
    ),
    (
        "a footer cell goes with its address",
        ARTICLE
        + "<table><tr><td>(30118) 세종시 한누리대로 402<br>Copyright © 2026 Ministry</td></tr></table>",
        (),
        ("한누리대로", "Copyright"),
    ),
    (
        "an ad inside the article goes",
        ARTICLE + '<div class="ad_article">광고 문의 02-123-4567</div>',
        (),
        ("광고",),
    ),
    (
        "the article's share box goes",
        ARTICLE + '<div class="article_share"><span>페이스북</span> <span>URL 복사</span></div>',
        (),
        ("페이스북", "URL"),
    ),
    (
        "the article's own header stays",
        '<div class="article_header"><h2>수출 3.1% 증가</h2></div>' + ARTICLE,
        ("수출 3.1% 증가",),
        (),
    ),
    ("a breadcrumb goes", "<div>홈 &gt; 알림·소식 &gt; 보도자료</div>" + ARTICLE, (), ("알림·소식",)),
    (
        "a closing copyright line goes",
        ARTICLE + "<p>ⓒ 한빛경제 무단 전재 및 재배포 금지</p>",
        (),
        ("한빛경제",),
    ),
    (
        "a licence notice goes",
        ARTICLE + "<p>공공누리 제4유형: 출처표시, 상업적 이용금지, 변경금지</p>",
        (),
        ("공공누리",),
    ),
    (
        "a notice whose words meet where a share button was taken out goes",
        ARTICLE + '<p>무단<a class="share" href="#">공유</a>전재 및 재배포 금지</p>',
        (),
        ("재배포",),
    ),
    (
        "a notice in decomposed Hangul goes",
        ARTICLE + "<p>" + unicodedata.normalize("NFD", "한빛경제 무단전재 및 재배포 금지") + "</p>",
        (),
        ("재배포", unicodedata.normalize("NFD", "재배포")),
    ),
]


@pytest.mark.parametrize(("name", "body", "kept", "gone"), RULES, ids=[row[0] for row in RULES])
def test_furniture_rule(name: str, body: str, kept: tuple[str, ...], gone: tuple[str, ...]) -> None:
    text = text_of(body)
    assert [line for line in kept if line not in text] == []
    assert [word for word in gone if word in text] == []
    assert "수출은 612억 달러로 3.1% 늘었고" in text


def test_title_is_not_the_sites_name_heading() -> None:
    raw = page(
        '<div id="top"><h1>한빛경제</h1></div><h2>반도체 수출 석 달째 증가</h2>' + ARTICLE,
        head='<meta charset="utf-8"><title>반도체 수출 석 달째 증가 - 한빛경제</title>',
    )
    assert read_bytes("x.html", raw).text.split("\n")[0] == "반도체 수출 석 달째 증가"


# ---- text layout: blocks, breaks, white space, entities, NFC ----

LAYOUT = [
    ("paragraphs are lines", "<p>가</p><p>나</p>", "가\n나"),
    ("br breaks a line", "<p>가<br>나</p>", "가\n나"),
    ("two br leave a blank line", "가<br><br>나", "가\n\n나"),
    ("list items and headings", "<h2>제목</h2><ul><li>가</li><li>나</li></ul>", "제목\n가\n나"),
    ("inline tags join", "<p>수출 <b>12.4</b>%<span> 증가</span></p>", "수출 12.4% 증가"),
    ("white space collapses", "<p>  수출은\n\t  50억   달러 </p>", "수출은 50억 달러"),
    ("nbsp is a space", "<p>&nbsp;&nbsp;- 수출&nbsp;50억 달러</p>", "- 수출 50억 달러"),
    (
        "entities decoded",
        "<p>R&amp;D &lt;표 1&gt; &#x27;24년 &#50;&#48;억 &quot;가&quot;</p>",
        'R&D <표 1> \'24년 20억 "가"',
    ),
    ("sup digits never join the figure", "<p>3.5%<sup>1)</sup> 증가</p>", "3.5%¹⁾ 증가"),
    ("sub digits", "<p>CO<sub>2</sub> 배출</p>", "CO₂ 배출"),
    ("pre keeps its lines", "<pre>가  나\n다\t라</pre>", "가 나\n다 라"),
    (
        "scripts styles comments dropped",
        "<script>var a='1억';</script><style>p{}</style><!-- 2억 --><p>가</p>",
        "가",
    ),
    (
        "hidden elements dropped",
        "<p>가</p><p hidden>1억</p><p style='display: none'>2억</p><p aria-hidden='true'>3억</p>",
        "가",
    ),
    ("screen-reader text dropped", "<p>수출 <span class='blind'>상승</span>12%</p>", "수출 12%"),
    ("form controls dropped", "<p>가</p><select><option>2024년</option></select><button>인쇄</button>", "가"),
    ("empty paragraphs leave no line", "<p>가</p><p>&nbsp;</p><p></p><p>나</p>", "가\n나"),
]


@pytest.mark.parametrize(("name", "body", "text"), LAYOUT, ids=[row[0] for row in LAYOUT])
def test_text_layout(name: str, body: str, text: str) -> None:
    assert text_of(body) == text


def test_text_is_nfc() -> None:
    decomposed = unicodedata.normalize(
        "NFD", "<p>수출 증가</p><table><tr><td>반도체</td><td>1.5</td></tr></table>"
    )
    text = text_of(decomposed)
    assert text == unicodedata.normalize("NFC", text) == "수출 증가\n\n반도체\t1.5"


def test_tab_inside_a_cell_never_splits_the_row() -> None:
    text = text_of(
        "<table><tr><td>구\t분</td><td>수출<br>(억 달러)</td></tr><tr><td>미국</td><td>1.5</td></tr></table>"
    )
    assert text == "구 분\t수출 (억 달러)\n미국\t1.5"


# ---- charset and format, from the bytes ----

SENTENCE = "<p>대중국 수출은 50억 달러로 2.2% 늘었다.</p>"
EXPECTED = "대중국 수출은 50억 달러로 2.2% 늘었다."

CHARSETS = [
    ("utf-8 meta", page(SENTENCE)),
    ("utf-8 without any declaration", page(SENTENCE, head="")),
    ("utf-8 BOM", b"\xef\xbb\xbf" + page(SENTENCE, head="")),
    ("utf-16 BOM", ("\ufeff" + page(SENTENCE, head="").decode()).encode("utf-16-le")),
    ("meta charset euc-kr", page(SENTENCE, head="<meta charset=euc-kr>").decode().encode("euc-kr")),
    (
        "http-equiv ks_c_5601-1987",
        page(SENTENCE, head='<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">')
        .decode()
        .encode("cp949"),
    ),
    ("cp949 without any declaration", page(SENTENCE, head="").decode().encode("cp949")),
    (
        "xhtml with an xml declaration",
        b'<?xml version="1.0" encoding="euc-kr"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        + b'<meta http-equiv="Content-Type" content="text/html; charset=euc-kr" /></head><body>'
        + SENTENCE.encode("euc-kr")
        + b"</body></html>",
    ),
]


@pytest.mark.parametrize(("name", "raw"), CHARSETS, ids=[row[0] for row in CHARSETS])
def test_charset(name: str, raw: bytes) -> None:
    source = read_bytes("x.html", raw)
    assert (source.format, source.text, source.warnings) == ("html", EXPECTED, [])


def test_declared_charset_that_the_bytes_do_not_fit_is_a_warning() -> None:
    source = read_bytes("x.html", page(SENTENCE, head="<meta charset=euc-kr>"))  # UTF-8 bytes
    assert source.text == EXPECTED
    assert [code for code, _ in source.warnings] == ["charset_mismatch"]


FORMATS = [
    ("html bytes named .txt", "a.txt", page(SENTENCE), "html"),
    ("html bytes without a name", "a", b"\n\n  <!doctype HTML>" + page(SENTENCE)[15:], "html"),
    (
        "comment before <html>",
        "a.dat",
        b"<!-- saved from url=(0042) -->\r\n<HTML><BODY><P>\xea\xb0\x80</P></BODY></HTML>",
        "html",
    ),
    ("text named .html", "a.html", "수출은 50억 달러였다.\n".encode(), "txt"),
    ("text with a tag-like caption", "a.txt", "<표 1> 수출\n미국\t1.5\n".encode(), "txt"),
]


@pytest.mark.parametrize(("name", "source", "raw", "fmt"), FORMATS, ids=[row[0] for row in FORMATS])
def test_format_is_decided_by_the_bytes(name: str, source: str, raw: bytes, fmt: str) -> None:
    assert looks_like_html(raw) is (fmt == "html")
    assert read_bytes(source, raw).format == fmt


# ---- bad pages: a code of their own, the rest of a batch goes on ----

BAD_PAGES = [
    ("script-built page", page('<div id="app"></div><script src="/app.js"></script>'), "no_article_text"),
    (
        "menus and footer only",
        page(
            "<header><nav><a>홈</a><a>보도자료</a><a>정책</a></nav></header>"
            "<footer><p>Copyright 2026. All rights reserved.</p></footer>"
        ),
        "no_article_text",
    ),
    (
        "frameset",
        b'<html><frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html"></frameset></html>',
        "no_article_text",
    ),
    ("empty body", page(""), "no_article_text"),
    ("bytes in no charset", page(SENTENCE).replace("대".encode(), b"\x80\xff"), "undecodable_text"),
    ("utf-8 BOM then bad bytes", b"\xef\xbb\xbf<html><body>\xff\xfe\xfd", "undecodable_text"),
]


@pytest.mark.parametrize(("name", "raw", "code"), BAD_PAGES, ids=[row[0] for row in BAD_PAGES])
def test_bad_page_raises_its_code(name: str, raw: bytes, code: str) -> None:
    with pytest.raises(SuchiError) as caught:
        read_bytes("bad.html", raw)
    assert caught.value.code == code and caught.value.message


@pytest.mark.parametrize(
    ("name", "raw", "code"), [BAD_PAGES[0], BAD_PAGES[4]], ids=["no article text", "undecodable"]
)
def test_bad_page_in_a_batch_gives_an_error_line_while_the_others_go_through(
    tmp_path: Path, name: str, raw: bytes, code: str
) -> None:
    good = tmp_path / "good.html"
    good.write_bytes(page(SENTENCE))
    bad = tmp_path / "bad.html"
    bad.write_bytes(raw)
    result = subprocess.run(
        [SUCHI, "extract", str(good), str(bad), str(good)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert [("error" in line) for line in lines] == [False, True, False]
    assert lines[1]["error"]["type"] == code
    assert "Traceback" not in result.stderr
    assert lines[0]["text"] == EXPECTED
    assert [(f["kind"], f["value"]) for f in lines[0]["facts"]] == [
        ("amount", "5000000000"),
        ("percent", "2.2"),
    ]


# ---- bugs found on the way, each a test ----


def test_bug_title_cell_of_a_layout_table_was_written_twice() -> None:
    text = _read("board post laid out as a table")[0].text
    assert text.count("3월 수출입 현황(확정치)") == 1


def test_bug_metadata_list_items_were_read_as_one_word() -> None:
    # <li>담당부서 : 반도체과</li><li>등록일 : …</li> joined without a space hid the posting date.
    text = text_of('<ul class="info"><li>담당부서 : 통상과</li><li>등록일 : 2026-05-01</li></ul>' + ARTICLE)
    assert "통상과" not in text and "등록일" not in text


def test_bug_short_article_with_a_copyright_line_was_dropped_whole() -> None:
    text = text_of("<div><p>수출은 5.1% 늘었다.</p><p>저작권자 © 한빛경제 무단전재 및 재배포 금지</p></div>")
    assert text == "수출은 5.1% 늘었다."


def test_bug_article_inside_a_link_was_read_as_link_text() -> None:
    # A page wrapped in a link (a card, a clickable banner) holds its article in a table cell:
    # the article's characters are not link text, so no rule may take it as a link box.
    body = (
        '<p>요약</p><a href="#"><table><tr><td><div class="article_share">'
        + ARTICLE
        + "</div></td></tr></table></a>"
    )
    assert "수출은 612억 달러로 3.1% 늘었고" in text_of(body)


def test_bug_text_after_a_block_was_read_as_inside_it() -> None:
    # The strings after a block's end belong to its parent, not to the caption inside it.
    assert text_of("<figure><figcaption>사진 설명</figcaption></figure>본문<br><br>다음 문단") == (
        "사진 설명\n본문\n\n다음 문단"
    )
