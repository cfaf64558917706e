"""OCR cost per scanned page, relative to tesseract's own command line.

    python benchmarks/bench_ocr.py [SCANNED_PDF_DIR] [--pages 4] [--repeat 2]

For a few pages of the scanned corpus (the first pages of each scan, up to
``--pages``), measured in the same run, alternating so both share the load:
  ours      Scanner.read: render the page, level it, find and erase its rules,
            clear specks, tesseract (tesserocr, in process), characters for
            the layout; the model loads once per document, as in suchi
  tesseract the ``tesseract`` command on the very image ours handed to
            tesseract (saved as PNG beforehand), same language, page
            segmentation mode and resolution, TSV output
Both are timed in CPU seconds of one core (OMP_THREAD_LIMIT=1 for the command),
which the shared machine's load does not inflate, and in wall seconds.  Prints
seconds per page and ours / tesseract (goal: <= 1.3); never asserts.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pdfplumber
from PIL import Image

from extractors.readers import ocr
from extractors.readers.ocr_symbols import Reading

DEFAULT_SCANS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "scanned"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cli(image_path: Path, out: Path) -> tuple[float, float]:
    """CPU and wall seconds of tesseract's command line on one image."""
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    command = [
        "tesseract", str(image_path), str(out), "-l", ocr.LANGUAGE, "--psm", str(ocr.PAGE_SEGMENTATION),
        "--dpi", str(ocr.DPI), "-c", "preserve_interword_spaces=1", "tsv",
    ]  # fmt: skip
    cpu, wall = _children_cpu(), time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=environment)
    return _children_cpu() - cpu, time.perf_counter() - wall


def _ours(raw: bytes, index: int, keep: list[Image.Image]) -> tuple[float, float]:
    """CPU and wall seconds of suchi's OCR of page ``index``; ``keep`` gets the image tesseract read."""
    with pdfplumber.open(io.BytesIO(raw)) as pdf, ocr.Scanner(raw) as scanner:
        recognise = scanner.recognise

        def spy(image: Image.Image) -> Reading:
            keep.append(image)
            return recognise(image)

        scanner.recognise = spy  # type: ignore[method-assign]
        page = pdf.pages[index]
        scanner.recognise(Image.new("L", (64, 64), 255))  # load the model outside the timing
        keep.clear()
        cpu, wall = time.process_time(), time.perf_counter()
        scanner.read(page)
        return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scans", nargs="?", type=Path, default=DEFAULT_SCANS)
    parser.add_argument("--pages", type=int, default=4, help="pages in all (the first of each scan first)")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    if not ocr.ocr_available() or shutil.which("tesseract") is None:
        raise SystemExit("needs tesseract with Korean: apt-get install tesseract-ocr tesseract-ocr-kor")
    files = sorted(args.scans.glob("*.pdf"))
    if not files:
        raise SystemExit(f"no .pdf files in {args.scans}")
    chosen: list[tuple[Path, int]] = []
    for index in range(args.pages):
        for path in files:
            if len(chosen) < args.pages:
                chosen.append((path, index))
    totals = {"ours_cpu": 0.0, "cli_cpu": 0.0, "ours_wall": 0.0, "cli_wall": 0.0}
    print(f"{'page':<14}{'ours cpu s':>11}{'tess cpu s':>11}{'ratio':>7}{'ours wall':>11}{'tess wall':>11}")
    with tempfile.TemporaryDirectory() as folder:
        for path, index in chosen:
            raw = path.read_bytes()
            best = {"ours_cpu": 1e9, "cli_cpu": 1e9, "ours_wall": 1e9, "cli_wall": 1e9}
            for _ in range(args.repeat):
                images: list[Image.Image] = []
                cpu, wall = _ours(raw, index, images)
                best["ours_cpu"], best["ours_wall"] = min(best["ours_cpu"], cpu), min(best["ours_wall"], wall)
                image_path = Path(folder) / "page.png"
                images[0].save(image_path)
                cpu, wall = _cli(image_path, Path(folder) / "page")
                best["cli_cpu"], best["cli_wall"] = min(best["cli_cpu"], cpu), min(best["cli_wall"], wall)
            for key, value in best.items():
                totals[key] += value
            name = f"{path.stem[:3]} p{index + 1}"
            ratio = best["ours_cpu"] / best["cli_cpu"]
            print(
                f"{name:<14}{best['ours_cpu']:>11.2f}{best['cli_cpu']:>11.2f}{ratio:>7.2f}"
                f"{best['ours_wall']:>11.2f}{best['cli_wall']:>11.2f}"
            )
    pages = len(chosen)
    print(
        f"{'per page':<14}{totals['ours_cpu'] / pages:>11.2f}{totals['cli_cpu'] / pages:>11.2f}"
        f"{totals['ours_cpu'] / totals['cli_cpu']:>7.2f}"
        f"{totals['ours_wall'] / pages:>11.2f}{totals['cli_wall'] / pages:>11.2f}"
    )
    print(
        f"ours / tesseract's command line (CPU): {totals['ours_cpu'] / totals['cli_cpu']:.2f} (goal <= 1.3)"
    )


if __name__ == "__main__":
    main()
