"""PDF reading cost relative to pdfplumber's own text and table extraction.

    python benchmarks/bench_pdf.py [CORPUS_PDF_DIR] [--repeat 5]

For each corpus PDF, measured in the same run (best of ``--repeat``):
  ours     read_pdf, plus the full extraction (extract_source) when the
           pipeline exists
  baseline pdfplumber.open + page.extract_text() + page.extract_tables()
and prints ours / baseline per file and over the corpus (goal: <= 1.5 for
read_pdf).  Prints ratios, never asserts: speed is not a test.
"""

from __future__ import annotations

import argparse
import functools
import io
from collections.abc import Callable
from pathlib import Path

import pdfplumber
from bench_timing import best_of

from extractors.readers.pdf import read_pdf

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"


def _extraction() -> Callable[[str, bytes], object] | None:
    """The pipeline's extract_source over read_pdf, if the pipeline exists."""
    try:
        from extractors.pipeline import extract_source
    except ImportError:
        return None
    return lambda source, raw: extract_source(read_pdf(source, raw))


def baseline(raw: bytes) -> None:
    with pdfplumber.open(io.BytesIO(raw)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.pdf"))
    if not files:
        raise SystemExit(f"no .pdf files in {args.corpus}")
    extraction = _extraction()
    if extraction is not None:  # warm-up: models and patterns load once per process
        extraction(str(files[0]), files[0].read_bytes())
    totals = {"baseline": 0.0, "read_pdf": 0.0, "extraction": 0.0}
    print(f"{'file':<28}{'baseline s':>11}{'read_pdf':>10}{'ratio':>7}{'extract':>10}{'ratio':>7}")
    for path in files:
        raw = path.read_bytes()
        source = str(path)
        runs: dict[str, Callable[[], object]] = {
            "baseline": functools.partial(baseline, raw),
            "read_pdf": functools.partial(read_pdf, source, raw),
        }
        if extraction:
            runs["extraction"] = functools.partial(extraction, source, raw)
        best = best_of(args.repeat, runs)
        base, ours, full = best["baseline"], best["read_pdf"], best.get("extraction", 0.0)
        totals["baseline"] += base
        totals["read_pdf"] += ours
        totals["extraction"] += full
        full_cells = f"{full:>10.3f}{full / base:>7.2f}" if extraction else f"{'-':>10}{'-':>7}"
        print(f"{path.name[:27]:<28}{base:>11.3f}{ours:>10.3f}{ours / base:>7.2f}{full_cells}")
    base = totals["baseline"]
    print(f"read_pdf / pdfplumber (extract_text + extract_tables): {totals['read_pdf'] / base:.2f}")
    if extraction:
        print(f"read_pdf + extraction / pdfplumber: {totals['extraction'] / base:.2f}")
    else:
        print("extraction: extractors.pipeline.extract_source not available; read_pdf alone measured")


if __name__ == "__main__":
    main()
