"""HWP 5.0 publications (an OLE compound file of record streams) → SourceDocument.

python-hwpx reads the compound file (``FileHeader``, ``DocInfo``, the
zlib-compressed ``BodyText/Section<N>`` record streams) and turns each
section into the OWPML XML an HWPX file holds, so ``owpml`` lays out both
formats the same way: the same paragraphs, tables, notes and text boxes.

Files it cannot read get their own code: a broken compound file, an OLE file
that is not HWP, a password- or DRM-protected or distribution-only (배포용)
document, an older HWP version (HWP 3.0 is no compound file at all: its first
bytes say ``HWP Document File V3.00``), a section stream that does not
decompress.
"""

from __future__ import annotations

import struct
import warnings

import regex
from hwpx.hwp5.cfb import CompoundFile
from hwpx.hwp5.errors import Hwp5Error
from hwpx.hwp5.reader import Hwp5File, read_hwp5
from hwpx.hwp5.section_common import ConversionReport
from hwpx.hwp5.section_xml import build_section
from lxml import etree

from extractors.errors import SuchiError
from extractors.readers.base import SourceDocument
from extractors.readers.owpml import sections_to_document

__all__ = ["is_old_hwp", "read_hwp"]

# HWP before 5.0 (3.0, 2.x) starts with its signature and version, not with OLE.
_OLD_SIGNATURE = regex.compile(rb"^HWP Document File V(?P<version>\d+(?:\.\d+)*)")
_BODY_STREAM = regex.compile(r"^(?:BodyText|ViewText)/Section\d+$")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True)
_REFUSED = {
    "hwp5-password": ("encrypted_hwp", "the HWP document is password-protected; save it without a password"),
    "hwp5-drm": ("encrypted_hwp", "the HWP document is DRM- or certificate-protected"),
    "hwp5-distribution": (
        "distribution_hwp",
        "the HWP document is distribution-only (read-only, its body encrypted); ask for the editable file",
    ),
    "hwp5-not-hwp5": (
        "not_hwp",
        "an OLE compound file without an HWP 5.0 FileHeader (a Word or Excel 97-2003 file?)",
    ),
}


def is_old_hwp(raw: bytes) -> bool:
    """An HWP file older than 5.0.

    >>> is_old_hwp(b"HWP Document File V3.00 \\x1a\\x01\\x02"), is_old_hwp(bytes.fromhex("D0CF11E0A1B11AE1"))
    (True, False)
    """
    return bool(_OLD_SIGNATURE.match(raw))


def _error(source: str, error: Hwp5Error) -> SuchiError:
    """Our code for python-hwpx's."""
    if error.code in _REFUSED:
        code, message = _REFUSED[error.code]
        return SuchiError(code, message, source)
    if error.code == "hwp5-version-unsupported":
        version = error.context.get("version", "?")
        return SuchiError(
            "unsupported_hwp_version",
            f"HWP version {version} is not read; save it as HWP 5.0 or HWPX",
            source,
        )
    stream = str(error.context.get("stream", ""))
    if _BODY_STREAM.match(stream):
        return SuchiError("hwp_section_corrupt", f"{stream} cannot be read: {error.message}", source)
    return SuchiError("corrupt_hwp", f"the HWP file is damaged: {error.message}", source)


def _open(source: str, raw: bytes) -> Hwp5File:
    if old := _OLD_SIGNATURE.match(raw):
        version = old.group("version").decode("ascii")
        raise SuchiError(
            "unsupported_hwp_version",
            f"an HWP {version} file (signature 'HWP Document File V{version}'); "
            "suchi reads HWP 5.0 and HWPX: save it as one of those",
            source,
        )
    try:
        compound = CompoundFile(raw)
        paths = compound.stream_paths()
        # A distribution document may keep its body only in ViewText, encrypted.
        if not any(path.startswith("BodyText/") for path in paths) and any(
            path.startswith("ViewText/") for path in paths
        ):
            raise _error(source, Hwp5Error("distribution", code="hwp5-distribution"))
        return read_hwp5(raw)
    except Hwp5Error as error:
        raise _error(source, error) from None
    except (ValueError, IndexError, KeyError, OverflowError, struct.error) as error:  # a broken structure
        raise SuchiError("corrupt_hwp", f"the HWP file is damaged ({error})", source) from None


def hwp_sections(source: str, raw: bytes) -> list[etree._Element]:
    """Each BodyText section as OWPML XML; SuchiError for unreadable files."""
    document = _open(source, raw)
    sections = []
    for number, stream in enumerate(document.sections):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                xml = build_section(stream, ConversionReport())
            sections.append(etree.fromstring(xml, _PARSER))
        except Hwp5Error as error:
            raise _error(source, error) from None
        except (ValueError, IndexError, KeyError, OverflowError, struct.error, etree.XMLSyntaxError) as error:
            raise SuchiError(
                "hwp_section_corrupt", f"BodyText/Section{number} cannot be read ({error})", source
            ) from None
    return sections


def read_hwp(source: str, raw: bytes) -> SourceDocument:
    """Read an HWP 5.0 publication; SuchiError (``corrupt_hwp``, ``not_hwp``,
    ``encrypted_hwp``, ``distribution_hwp``, ``unsupported_hwp_version``,
    ``hwp_section_corrupt``) when it cannot be read."""
    return sections_to_document(source, raw, hwp_sections(source, raw), "hwp")
