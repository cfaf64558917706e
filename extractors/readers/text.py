"""Plain-text publications: UTF-8 (with or without BOM) or legacy CP949/EUC-KR."""

from __future__ import annotations

import unicodedata

from extractors.errors import SuchiError
from extractors.readers.base import SourceDocument
from extractors.readers.text_furniture import furniture_spans

# Bytes that never occur in text: NUL and the C0 controls other than \t \n \f \r \x1b.
_BINARY_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20))
_BINARY_SHARE = 0.01
# Every byte but those: ``bytes.translate`` deletes them, what is left are the control bytes
# (counted in C: a Python loop over the bytes took 85% of the time reading a text file took).
_NOT_BINARY = bytes(byte for byte in range(256) if byte not in _BINARY_BYTES)
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_text(raw: bytes, source: str) -> str:
    """Decode publication bytes; CP949 (a superset of EUC-KR) when not UTF-8.

    >>> decode_text("수출 12.4%".encode("utf-8-sig"), "x.txt")
    '수출 12.4%'
    >>> decode_text("수출 12.4%".encode("euc-kr"), "x.txt")
    '수출 12.4%'
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise SuchiError(
                    "undecodable_text",
                    f"the file starts with a {encoding} mark but is not {encoding}",
                    source,
                ) from None
    for encoding in ("utf-8", "cp949"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SuchiError("undecodable_text", "the file is neither UTF-8 nor CP949/EUC-KR text", source)


def looks_binary(raw: bytes) -> bool:
    """True for bytes with NULs or many control bytes (images, archives, executables).

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    True
    >>> looks_binary("수출\\t12.4%\\n".encode())
    False
    """
    sample = raw[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_BINARY))
    return controls > _BINARY_SHARE * len(sample)


def read_text(source: str, raw: bytes) -> SourceDocument:
    """Read a text publication; its text is the file's own, NFC, with \\n line ends."""
    has_bom = any(raw.startswith(bom) for bom, _ in _BOMS)
    if not has_bom and looks_binary(raw):
        raise SuchiError("binary_file", "the file is binary, not text or PDF", source)
    text = unicodedata.normalize("NFC", decode_text(raw, source))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SuchiError("empty_file", "the file has no text", source)
    # a news page's boxes of other articles' headlines yield no facts (the HTML reader drops them)
    return SourceDocument(source=source, raw=raw, text=text, format="txt", ignored=furniture_spans(text))
