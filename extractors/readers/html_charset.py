"""Is it a web page, and in which charset: decided from the bytes.

A page is HTML when, after a byte-order mark, white space, comments and an
XML declaration, it opens with ``<!DOCTYPE html`` or ``<html`` (any case).

Its charset: the BOM's; else UTF-8 when the bytes are UTF-8 (legacy Korean
bytes never are: an EUC-KR lead byte is a UTF-8 continuation byte); else the
charset of ``<meta charset=…>`` or of ``<meta http-equiv="Content-Type"
content="…; charset=…">`` near the top (the WHATWG prescan); else CP949.
Every EUC-KR label (``euc-kr``, ``ks_c_5601-1987``, ``korean`` …) is read as
CP949, the superset browsers use (WHATWG maps them to windows-949).  A page
whose bytes fit none of these is ``undecodable_text``: no byte is replaced,
since a replaced byte inside a figure would change it.
"""

from __future__ import annotations

import codecs

import regex

from extractors.errors import SuchiError

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_PRESCAN = 4096  # bytes searched for the charset tag (browsers look at the first 1024; pages run over)

_OPENING = regex.compile(
    rb"""\A\s*                                   # white space
        (?:<\?xml[^>]*>\s*)?                     # an XML declaration (XHTML)
        (?:<!--.*?-->\s*)*                       # comments
        (?:<!doctype\s+html|<html[\s>])          # the doctype or the root element
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)

_META_CHARSET = regex.compile(
    rb"""<meta\s[^>]*?                          # a meta tag, either form:
        charset\s*=\s*["']?\s*                   #   charset="x"  or  content="text/html; charset=x"
        (?P<charset>[A-Za-z0-9._:-]+)            # the label
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Labels browsers read as windows-949 (WHATWG Encoding, "EUC-KR").
_KOREAN_LABELS = frozenset(
    {
        "euc-kr", "euckr", "cseuckr", "csksc56011987", "iso-ir-149", "korean", "ks_c_5601-1987",
        "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949", "cp949", "x-windows-949", "uhc",
    }
)  # fmt: skip
# Labels browsers read as windows-1252 (WHATWG).
_LATIN_LABELS = frozenset({"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "l1"})


def looks_like_html(raw: bytes) -> bool:
    """True for bytes that open as a web page, whatever the file's name.

    >>> looks_like_html(b"\\xef\\xbb\\xbf  <!DOCTYPE html><html>")
    True
    >>> looks_like_html(b"<!-- saved -->\\n<HTML lang=ko>")
    True
    >>> looks_like_html("<표 1> 수출 실적".encode())
    False
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            head = raw[len(bom) : len(bom) + 2048]
            if encoding != "utf-8":
                head = head.decode(encoding, errors="ignore").encode("ascii", errors="ignore")
            return bool(_OPENING.match(head))
    return bool(_OPENING.match(raw[:2048]))


def _codec(label: str) -> str | None:
    """The Python codec for a charset label, or None for an unknown one.

    >>> _codec("ks_c_5601-1987"), _codec("UTF8"), _codec("iso-8859-1"), _codec("x-unknown")
    ('cp949', 'utf-8', 'cp1252', None)
    """
    lowered = label.strip().lower()
    if lowered in _KOREAN_LABELS:
        return "cp949"
    if lowered in _LATIN_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(lowered).name
    except LookupError:
        return None


def declared_charset(raw: bytes) -> str | None:
    """The charset a ``<meta>`` tag near the top declares, as a Python codec.

    >>> declared_charset(b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">')
    'cp949'
    >>> declared_charset(b"<html><head><meta charset='UTF-8'>"), declared_charset(b"<html>")
    ('utf-8', None)
    """
    match = _META_CHARSET.search(raw[:_PRESCAN])
    return _codec(match.group("charset").decode("ascii")) if match else None


def decode_html(raw: bytes, source: str) -> tuple[str, list[tuple[str, str]]]:
    """The page's text, and warnings about its charset.

    >>> decode_html('<meta charset="euc-kr"><p>수출'.encode("euc-kr"), "x.html")
    ('<meta charset="euc-kr"><p>수출', [])
    >>> decode_html('<meta charset="euc-kr"><p>수출'.encode("utf-8"), "x.html")[1][0][0]
    'charset_mismatch'
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding), []
            except UnicodeDecodeError:
                raise SuchiError(
                    "undecodable_text",
                    f"the page starts with a {encoding} mark but is not {encoding}",
                    source,
                ) from None
    declared = declared_charset(raw)
    if declared in ("utf-16", "utf-16-le", "utf-16-be"):  # bytes without a BOM are not UTF-16 text
        declared = None
    for encoding in dict.fromkeys(("utf-8", declared or "utf-8", "cp949")):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if declared is not None and encoding != declared and not raw.isascii():
            message = f"the page declares {declared} but its bytes are {encoding}; read as {encoding}"
            return text, [("charset_mismatch", message)]
        return text, []
    declared_note = f"declared {declared}, " if declared else ""
    raise SuchiError(
        "undecodable_text",
        f"the page's bytes are not text in its charset ({declared_note}not UTF-8, not CP949/EUC-KR)",
        source,
    )
