"""Extraction throughput: MB of Korean text per second on one core.

    python benchmarks/bench_extract.py [CORPUS_TXT_DIR] [--mb 5]

Runs the whole pipeline (read → mentions → context → checks → validated
Document) over the corpus texts repeated until at least ``--mb`` MB of UTF-8
text, after one warm-up pass (models load once per process, not per MB).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extractors.pipeline import extract_source, text_to_mentions
from extractors.readers import read_bytes

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--mb", type=float, default=5.0)
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt files in {args.corpus}")
    raws = [(str(path), path.read_bytes()) for path in files]
    one_pass = sum(len(raw) for _, raw in raws)
    repeats = max(1, int(args.mb * 1_000_000 // one_pass) + 1)
    batch = raws * repeats
    total_mb = one_pass * repeats / 1_000_000

    for source, raw in raws:  # warm-up: compile patterns, load Kiwi and spaCy once
        extract_source(read_bytes(source, raw))

    # CPU time of this process: the rate on one core, whatever else the machine runs.
    started, wall = time.process_time(), time.perf_counter()
    facts = 0
    for source, raw in batch:
        facts += len(extract_source(read_bytes(source, raw)).facts)
    full, full_wall = time.process_time() - started, time.perf_counter() - wall

    started = time.process_time()
    texts = [read_bytes(source, raw).text for source, raw in batch]
    reading = time.process_time() - started

    started = time.process_time()
    for text in texts:
        text_to_mentions(text, None)
    grammar = time.process_time() - started

    print(f"text: {total_mb:.2f} MB ({len(batch)} documents, {facts} facts)")
    print(f"full pipeline:        {total_mb / full:.2f} MB/s  ({full:.2f} s CPU, {full_wall:.2f} s wall)")
    print(f"reading (decode+NFC): {total_mb / reading:.2f} MB/s")
    print(f"figures+dates:        {total_mb / grammar:.2f} MB/s")
    print(f"context, checks and validation: {1 - (grammar + reading) / full:.0%} of the time")


if __name__ == "__main__":
    main()
