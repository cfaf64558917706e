"""Reading cost per format relative to the reading library's own plain-text export.

    python benchmarks/bench_read.py [--repeat 5] [--format hwpx --format hwp]

For every file of a format (the corpus folder of that format and the real
files of ../shared/corpus/real/files), measured in the same run (best of
``--repeat``, runs alternating so that they share the machine's load):
  ours      suchi's reader (text, tables with labels)
  baseline  the library's own plain-text export of the same bytes
            hwpx: python-hwpx TextExtractor.extract_text() over the zip
            hwp:  python-hwpx HwpxDocument.open(bytes).export_text()
and prints ours / baseline per file and per format (goal: <= 1.5).  Prints
ratios, never asserts: speed is not a test.  Web pages have their own
benchmark, ``bench_html.py`` (against lexbor's text export, with the share of
table reading).
"""

from __future__ import annotations

import argparse
import functools
import io
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench_timing import best_of

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
REAL = CORPUS / "real" / "files"

Run = Callable[[str, bytes], object]


def hwpx_text_export(source: str, raw: bytes) -> str:
    from hwpx.tools.text_extractor import TextExtractor

    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return TextExtractor(archive).extract_text()


def hwp_text_export(source: str, raw: bytes) -> str:
    from hwpx import HwpxDocument

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return HwpxDocument.open(raw).export_text()


def read_hwpx(source: str, raw: bytes) -> object:
    from extractors.readers.hwpx import read_hwpx

    return read_hwpx(source, raw)


def read_hwp(source: str, raw: bytes) -> object:
    from extractors.readers.hwp import read_hwp

    return read_hwp(source, raw)


@dataclass(frozen=True)
class Format:
    ours: Run
    baseline: Run
    baseline_name: str


# One slot per format; html: the HTML reader and its library's text export go here.
FORMATS: dict[str, Format] = {
    "hwpx": Format(read_hwpx, hwpx_text_export, "python-hwpx TextExtractor.extract_text"),
    "hwp": Format(read_hwp, hwp_text_export, "python-hwpx HwpxDocument.open().export_text"),
}


def files_of(ext: str) -> list[Path]:
    return sorted((CORPUS / ext).glob(f"*.{ext}")) + sorted(REAL.glob(f"*.{ext}"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--format", action="append", choices=sorted(FORMATS), dest="formats")
    args = parser.parse_args()
    for ext in args.formats or list(FORMATS):
        spec = FORMATS[ext]
        files = files_of(ext)
        if not files:
            print(f"{ext}: skipped (no files)\n")
            continue
        for path in files[:1]:  # warm-up: imports and compiled patterns load once per process
            spec.ours(str(path), path.read_bytes())
            spec.baseline(str(path), path.read_bytes())
        print(f"{ext}: suchi's reader / {spec.baseline_name}")
        print(f"{'file':<40}{'baseline s':>11}{'ours s':>9}{'ratio':>7}")
        total_base = total_ours = 0.0
        for path in files:
            raw = path.read_bytes()
            best = best_of(
                args.repeat,
                {
                    "baseline": functools.partial(spec.baseline, str(path), raw),
                    "ours": functools.partial(spec.ours, str(path), raw),
                },
            )
            total_base += best["baseline"]
            total_ours += best["ours"]
            ratio = best["ours"] / best["baseline"]
            print(f"{path.name[:39]:<40}{best['baseline']:>11.4f}{best['ours']:>9.4f}{ratio:>7.2f}")
        print(f"{ext} overall: {total_ours / total_base:.2f} (goal <= 1.5)\n")


if __name__ == "__main__":
    main()
