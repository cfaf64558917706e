"""HWPX publications (OWPML, KS X 6101: a zip of XML parts) → SourceDocument.

The body is ``Contents/section0.xml``, ``section1.xml`` …, read in number
order with lxml and laid out by ``owpml``.  A zip that cannot be opened, an
HWPX without sections and a password-protected HWPX each get their own code.
"""

from __future__ import annotations

import io
import zipfile
import zlib

import regex
from lxml import etree

from extractors.errors import SuchiError
from extractors.readers.base import SourceDocument
from extractors.readers.owpml import sections_to_document

__all__ = ["looks_like_hwpx", "read_hwpx"]

_ZIP_MAGIC = b"PK\x03\x04"
# What an HWPX package shows in its first local file headers: the stored
# ``mimetype`` part, or the names of its parts.
_HWPX_MARKS = (b"application/hwp+zip", b"Contents/section", b"Contents/content.hpf")
_SECTION = regex.compile(r"^Contents/section(\d+)\.xml$", regex.IGNORECASE)
# An encrypted package declares how in its manifest (ODF-style encryption-data).
_ENCRYPTION = b"encryption-data"
# A section part inflating past this is no publication (a zip bomb or a broken size).
_MAX_PART_BYTES = 256 * 1024 * 1024
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True)


def looks_like_hwpx(source: str, raw: bytes) -> bool:
    """A zip that carries HWPX marks, or any zip named ``.hwpx``/``.hwp`` (a truncated
    package may have lost its directory but not its first bytes).

    >>> looks_like_hwpx("a.bin", b"PK\\x03\\x04" + bytes(26) + b"mimetypeapplication/hwp+zip")
    True
    >>> looks_like_hwpx("a.zip", b"PK\\x03\\x04" + bytes(40)), looks_like_hwpx("a.hwpx", b"PK\\x03\\x04")
    (False, True)
    """
    if not raw.startswith(_ZIP_MAGIC):
        return False
    return source.lower().endswith((".hwpx", ".hwp")) or any(mark in raw for mark in _HWPX_MARKS)


def _corrupt(source: str, detail: str) -> SuchiError:
    return SuchiError("corrupt_hwpx", f"the HWPX package cannot be read ({detail})", source)


def hwpx_sections(source: str, raw: bytes) -> list[etree._Element]:
    """The parsed section parts in order; SuchiError for a broken or empty package."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise _corrupt(source, f"not a complete zip file: {error}") from None
    with archive:
        names = archive.namelist()
        if any(name.lower() == "meta-inf/manifest.xml" for name in names):
            manifest = _read(archive, next(n for n in names if n.lower() == "meta-inf/manifest.xml"), source)
            if _ENCRYPTION in manifest:
                raise SuchiError(
                    "encrypted_hwpx",
                    "the HWPX document is password-protected; save it without a password",
                    source,
                )
        numbered = sorted((int(m.group(1)), name) for name in names if (m := _SECTION.match(name)))
        if not numbered:
            raise SuchiError(
                "hwpx_without_sections",
                "the HWPX package has no body (no Contents/section*.xml part)",
                source,
            )
        sections = []
        for _, name in numbered:
            try:
                sections.append(etree.fromstring(_read(archive, name, source), _PARSER))
            except etree.XMLSyntaxError as error:
                raise _corrupt(source, f"{name} is not well-formed XML: {error}") from None
    return sections


def _read(archive: zipfile.ZipFile, name: str, source: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > _MAX_PART_BYTES:
        raise _corrupt(source, f"{name} claims {info.file_size} bytes")
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as error:
        raise _corrupt(source, f"{name}: {error}") from None


def read_hwpx(source: str, raw: bytes) -> SourceDocument:
    """Read an HWPX publication; SuchiError (``corrupt_hwpx``, ``hwpx_without_sections``,
    ``encrypted_hwpx``) when it cannot be read."""
    return sections_to_document(source, raw, hwpx_sections(source, raw), "hwpx")
