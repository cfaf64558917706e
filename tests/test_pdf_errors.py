"""Bad PDFs: each kind gives its own SuchiError code and a clear message, never a traceback."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractors.errors import SuchiError
from extractors.readers.pdf import read_pdf
from tests.pdf_fixtures import (
    NOT_A_PDF,
    image_only_pdf,
    inflating_pdf,
    lines_pdf,
    text_operators,
    truncated,
    without_tounicode,
)

GOOD = ["수출은 1억 5,600만 달러로 16.5% 증가했다."]

# (name, bytes builder, code, words the message must contain)
BAD_INPUTS: list[tuple[str, Callable[[], bytes], str, str]] = [
    ("empty", lambda: b"", "empty_file", "empty"),
    ("text_named_pdf", lambda: NOT_A_PDF, "not_pdf", "not a PDF"),
    ("png_named_pdf", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not_pdf", "not a PDF"),
    ("encrypted", lambda: lines_pdf([GOOD], encrypt="secret"), "encrypted_pdf", "password"),
    ("truncated", lambda: truncated(lines_pdf([GOOD] * 3)), "corrupt_pdf", "truncated"),
    ("no_xref", lambda: lines_pdf([GOOD]).replace(b"xref", b"xxxx"), "corrupt_pdf", "cannot be parsed"),
    ("garbage_body", lambda: b"%PDF-1.4\n" + b"\x00garbage" * 100 + b"\n%%EOF\n", "corrupt_pdf", "cannot"),
    ("scanned_3_pages", lambda: image_only_pdf(3), "no_text_layer", "3 pages"),
    ("no_unicode_map", lambda: without_tounicode(lines_pdf([GOOD * 3])), "undecodable_text", "page(s) 1"),
    # Decompression bombs (issue 13's inventory): a 200 KB file whose page inflates to 70 MB of text
    # operators ran past 5 minutes and 4 GB; blank inflated content is refused as fast.
    ("text_bomb", lambda: inflating_pdf(text_operators(2_000_000)), "too_complex", "page 1"),
    ("blank_bomb", lambda: inflating_pdf(b" " * 100_000_000), "too_complex", "8 MB"),
    (
        "bomb_in_a_form",
        lambda: inflating_pdf(text_operators(400_000), via_form=True),
        "too_complex",
        "page 1",
    ),
]


@pytest.mark.parametrize(("name", "build", "code", "words"), BAD_INPUTS, ids=[row[0] for row in BAD_INPUTS])
def test_bad_input_code(name: str, build: Callable[[], bytes], code: str, words: str) -> None:
    with pytest.raises(SuchiError) as raised:
        read_pdf(f"raw/{name}.pdf", build())
    assert raised.value.code == code
    assert words in raised.value.message
    assert raised.value.source == f"raw/{name}.pdf"


def test_owner_password_only_is_readable() -> None:
    """Encryption with an empty user password (print/copy limits only) still reads."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    raw = lines_pdf([GOOD], encrypt=StandardEncryption("", ownerPassword="owner"))
    assert "1억 5,600만 달러" in read_pdf("limited.pdf", raw).text


def test_a_big_but_real_page_is_read() -> None:
    """A page of 20,000 text operators (0.7 MB inflated, past the biggest real page) still reads."""
    document = read_pdf("raw/busy.pdf", inflating_pdf(text_operators(20_000)))
    assert document.text.count("12.4%") >= 1
