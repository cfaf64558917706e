"""Text publications: encodings, line ends, and bad bytes."""

from __future__ import annotations

import pytest

from extractors.errors import SuchiError
from extractors.readers import read_bytes
from extractors.readers.text import read_text

SENTENCE = "반도체 수출은 1734억8천만 달러로 22.1% 증가했다.\n무역수지는 △2.5%"

ENCODINGS = [
    ("utf-8", SENTENCE.encode("utf-8")),
    ("utf-8 with BOM", SENTENCE.encode("utf-8-sig")),
    ("cp949", SENTENCE.encode("cp949")),
    ("euc-kr", SENTENCE.encode("euc-kr")),
    ("utf-16 with BOM", SENTENCE.encode("utf-16")),
    ("utf-16-be with BOM", b"\xfe\xff" + SENTENCE.encode("utf-16-be")),
    ("crlf line ends", SENTENCE.replace("\n", "\r\n").encode("utf-8")),
    ("cr line ends", SENTENCE.replace("\n", "\r").encode("utf-8")),
    ("nfd jamo", __import__("unicodedata").normalize("NFD", SENTENCE).encode("utf-8")),
]

BAD_BYTES = [
    ("png image", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100), "binary_file"),
    ("zip archive", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(64), "binary_file"),
    ("zero bytes", b"", "empty_file"),
    ("whitespace only", b" \n\t\n  ", "empty_file"),
    ("bom only", b"\xef\xbb\xbf", "empty_file"),
    ("latin-1 garbage", bytes(range(0x80, 0x100)) * 4, "undecodable_text"),
]


@pytest.mark.parametrize(("name", "raw"), ENCODINGS, ids=[row[0] for row in ENCODINGS])
def test_text_is_decoded_to_nfc_with_newlines(name: str, raw: bytes) -> None:
    assert read_bytes("x.txt", raw).text == SENTENCE


@pytest.mark.parametrize(("name", "raw", "code"), BAD_BYTES, ids=[row[0] for row in BAD_BYTES])
def test_bad_bytes_raise_a_coded_error(name: str, raw: bytes, code: str) -> None:
    with pytest.raises(SuchiError) as caught:
        read_bytes("x.txt", raw)
    assert (caught.value.code, caught.value.source) == (code, "x.txt")


# A text is binary when more than 1% of its first 64 KiB are control bytes other than
# \t \n \f \r and ESC (counted with bytes.translate: each kind of byte on either side).
CONTROL_SHARES = [
    ("two bells in 200 bytes", b"a" * 198 + b"\x07" * 2, False),
    ("three bells in 200 bytes", b"a" * 197 + b"\x07" * 3, True),
    ("tabs, line ends, form feeds and escapes", b"\t\n\r\x0c\x1b" * 40, False),
    ("every counted control once", bytes([*range(1, 9), *range(0x0E, 0x1B), *range(0x1C, 0x20)]), True),
    ("controls past the first 64 KiB", b"a" * 65536 + b"\x01" * 1000, False),
]


@pytest.mark.parametrize(("name", "raw", "binary"), CONTROL_SHARES, ids=[row[0] for row in CONTROL_SHARES])
def test_share_of_control_bytes_makes_a_file_binary(name: str, raw: bytes, binary: bool) -> None:
    from extractors.readers.text import looks_binary

    assert looks_binary(raw) is binary


# dates13: a text news page's related-article boxes (관련기사, 많이 본 뉴스, ▶ headlines) were read
# as figures; the HTML reader drops them, a text file has no markup to go by
FURNITURE: list[tuple[str, str, list[str]]] = [
    (
        "box_under_a_heading_up_to_a_blank_line",
        "수출은 4% 늘었다.\n\n[관련기사]\n'900억원 사나이' 지분 15% 매각\n수입 2개월째 감소\n\n본문 3%",
        ["[관련기사]", "'900억원 사나이' 지분 15% 매각", "수입 2개월째 감소"],
    ),
    (
        "popular_box_to_the_end",
        "본문 5%\n【많이 본 뉴스】\n1. 코스피 1.8% 상승\n2. 환율 1,350원",
        ["【많이 본 뉴스】", "1. 코스피 1.8% 상승", "2. 환율 1,350원"],
    ),
    (
        "heading_opens_its_line",
        "본문 5%\n[관련기사] 무역흑자 30억 달러\n본문 6%",
        ["[관련기사] 무역흑자 30억 달러"],
    ),
    ("marked_heading_with_a_colon", "본문\n▶ 관련 기사 : 수출 7% 증가", ["▶ 관련 기사 : 수출 7% 증가"]),
    (
        "link_lines_after_the_byline",
        "본문 5%\n이몽룡 기자 mong@daily.kr\n▶ 선박 수주 12척\n▶ 자동차 수출 9% 증가",
        ["▶ 선박 수주 12척", "▶ 자동차 수출 9% 증가"],
    ),
    ("link_lines_after_the_copyright", "본문\n© 데일리경제\n▶ 반도체 20% 증가", ["▶ 반도체 20% 증가"]),
    # negatives: a release's key points open with ▶ (before any byline or notice); a contact's
    # address at the top is no article end; a box stops at a sentence of prose; a heading word
    # inside a sentence heads nothing
    ("key_point_of_a_release", "▶ 10월 수출 550억 달러, 4.6% 증가\n본문", []),
    ("contact_address_is_no_end", "문의: 김철수 사무관 (kim@korea.kr)\n▶ 수출 5% 증가", []),
    (
        "box_stops_at_prose",
        "관련기사\n수출 7% 증가\n정부는 수출이 3% 더 늘 것으로 내다봤다.",
        ["관련기사", "수출 7% 증가"],
    ),
    ("heading_word_in_a_sentence", "관련 기사에 따르면 수출은 5% 늘었다.", []),
]


@pytest.mark.parametrize(("text", "dropped"), [r[1:] for r in FURNITURE], ids=[r[0] for r in FURNITURE])
def test_text_news_furniture_is_ignored(text: str, dropped: list[str]) -> None:
    document = read_text("page.txt", text.encode())
    assert [document.text[s:e] for s, e in document.ignored] == dropped
