"""Text publications: encodings, line ends, and bad bytes."""

from __future__ import annotations

import pytest

from extractors.errors import SuchiError
from extractors.readers import read_bytes

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
