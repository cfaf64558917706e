"""Each bad HWPX or HWP file gets its own code and a clear message, alone and in a batch."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hwpx.hwp5.cfb import build_compound_file

from extractors.errors import SuchiError
from extractors.readers import read_bytes
from tests.conftest import SUCHI
from tests.hwp_fixtures import (
    DISTRIBUTION,
    ENCRYPTED_MANIFEST,
    OLD_HWP,
    PASSWORD,
    hwp_bytes,
    hwpx_bytes,
    hwpx_with,
    hwpx_without,
    paragraphs,
    with_header_flags,
    with_streams,
    zip_of,
)

GOOD_LINES = ("반도체 수출은 1억 5,600만 달러로 '24년 대비 16.5% 증가했다.",)


@cache
def good_hwp() -> bytes:
    return hwp_bytes(paragraphs(*GOOD_LINES))


@cache
def good_hwpx() -> bytes:
    return hwpx_bytes(paragraphs(*GOOD_LINES))


# (name, file name, bytes, code, words the message must hold)
BAD_FILES: list[tuple[str, str, Callable[[], bytes], str, str]] = [
    ("truncated hwpx", "a.hwpx", lambda: good_hwpx()[: len(good_hwpx()) // 2], "corrupt_hwpx", "zip"),
    (
        "hwpx without sections",
        "a.hwpx",
        lambda: hwpx_without(good_hwpx(), "Contents/section"),
        "hwpx_without_sections",
        "section",
    ),
    (
        "zip of an hwpx mimetype only",
        "a.zip",
        lambda: zip_of({"mimetype": b"application/hwp+zip"}),
        "hwpx_without_sections",
        "section",
    ),
    (
        "hwpx section not xml",
        "a.hwpx",
        lambda: hwpx_with(good_hwpx(), {"Contents/section0.xml": b"<hs:sec><hp:p>"}),
        "corrupt_hwpx",
        "section0.xml",
    ),
    (
        "password hwpx",
        "a.hwpx",
        lambda: hwpx_with(good_hwpx(), {"META-INF/manifest.xml": ENCRYPTED_MANIFEST}),
        "encrypted_hwpx",
        "password",
    ),
    ("truncated hwp", "a.hwp", lambda: good_hwp()[:1536], "corrupt_hwp", "damaged"),
    (
        "ole file without FileHeader",
        "a.hwp",
        lambda: build_compound_file([("WordDocument", b"\x00" * 600)]),
        "not_hwp",
        "FileHeader",
    ),
    ("password hwp", "a.hwp", lambda: with_header_flags(good_hwp(), PASSWORD), "encrypted_hwp", "password"),
    (
        "distribution hwp",
        "a.hwp",
        lambda: with_header_flags(good_hwp(), DISTRIBUTION),
        "distribution_hwp",
        "distribution-only",
    ),
    (
        "distribution hwp with only ViewText",
        "a.hwp",
        lambda: with_streams(good_hwp(), {"ViewText/Section0": b"\x01" * 300}, drop=("BodyText/Section0",)),
        "distribution_hwp",
        "distribution-only",
    ),
    ("hwp 3.0", "a.hwp", lambda: OLD_HWP, "unsupported_hwp_version", "HWP 3.00"),
    (
        "hwp section does not decompress",
        "a.hwp",
        lambda: with_streams(good_hwp(), {"BodyText/Section0": b"\xff\xfe not deflate at all " * 20}),
        "hwp_section_corrupt",
        "BodyText/Section0",
    ),
]


@pytest.mark.parametrize(
    ("name", "file_name", "build", "code", "words"), BAD_FILES, ids=[row[0] for row in BAD_FILES]
)
def test_bad_file_has_its_code(
    name: str, file_name: str, build: Callable[[], bytes], code: str, words: str
) -> None:
    with pytest.raises(SuchiError) as caught:
        read_bytes(file_name, build())
    assert (caught.value.code, caught.value.source) == (code, file_name)
    assert words in caught.value.message


def test_zip_that_is_no_hwpx_stays_binary() -> None:
    """A zip without HWPX marks and without an HWP name is no publication."""
    with pytest.raises(SuchiError) as caught:
        read_bytes("photos.zip", zip_of({"a.jpg": b"\xff\xd8\xff" + bytes(100)}))
    assert caught.value.code == "binary_file"


def test_bad_files_in_a_batch(tmp_path: Path) -> None:
    """``suchi extract good.hwpx bad… good.hwp``: one error line per bad file, nothing else lost."""
    good_x, good_h = tmp_path / "good.hwpx", tmp_path / "good.hwp"
    good_x.write_bytes(good_hwpx())
    good_h.write_bytes(good_hwp())
    bad = []
    for index, (_, file_name, build, _, _) in enumerate(BAD_FILES):
        path = tmp_path / f"{index:02d}_{file_name}"
        path.write_bytes(build())
        bad.append(path)
    paths = [good_x, *bad, good_h]
    result = subprocess.run(
        [SUCHI, "extract", *map(str, paths)], capture_output=True, text=True, timeout=300, check=False
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert [line.get("error", {}).get("type") for line in lines] == [
        None,
        *(row[3] for row in BAD_FILES),
        None,
    ]
    facts = [[(f["kind"], f["value"], f["unit"]) for f in line["facts"]] for line in (lines[0], lines[-1])]
    expected = [("amount", "156000000", "USD"), ("date", "2024", None), ("percent", "16.5", "%")]
    assert facts[0] == facts[1] == expected
