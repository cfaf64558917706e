"""Context throughput: MB of Korean text per second through ``contextualize`` on one core.

    python benchmarks/bench_context.py [CORPUS_TXT_DIR] [--mb 2]

The corpus texts are joined and repeated until at least ``--mb`` MB; mentions
are found first (not timed).  Two figures are printed:

- cold: the Kiwi word cache is emptied before every copy, as if each copy
  were a new publication (the honest figure for unseen text);
- warm: the cache is kept, as in a long run over publications of one kind.

A third line checks that time grows linearly with input: one line with no
sentence end (a flattened table), then the same line four times as long;
the ratio of their times should stay near 4 (a quadratic stage gives ~16).

Wall time suffers when other processes share the cores; CPU time (all
threads of this process) is printed beside it.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extractors import nlp
from extractors.context import contextualize
from extractors.mentions import Mention
from extractors.pipeline import text_to_mentions

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--mb", type=float, default=2.0)
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt files in {args.corpus}")
    text = "\n".join(path.read_text(encoding="utf-8") for path in files)
    one_mb = len(text.encode("utf-8")) / 1_000_000
    mentions = text_to_mentions(text, None)
    repeats = max(1, int(args.mb / one_mb) + 1)
    contextualize(text, mentions, None)  # warm-up: load Kiwi and spaCy once

    for label, keep_cache in (("cold", False), ("warm", True)):
        spent = cpu = 0.0
        for _ in range(repeats):
            if not keep_cache:
                nlp._word_cache.clear()
            started, started_cpu = time.perf_counter(), time.process_time()
            contextualize(text, mentions, None)
            spent += time.perf_counter() - started
            cpu += time.process_time() - started_cpu
        total = one_mb * repeats
        count = len(mentions) * repeats
        print(
            f"{label}: {total:.2f} MB, {count} mentions: wall {spent:.2f} s = {total / spent:.2f} MB/s,"
            f" cpu {cpu:.2f} s = {total / cpu:.2f} MB/s"
        )
    linearity()


def long_line(pieces: int) -> tuple[str, list[Mention]]:
    """One line of ``pieces`` clauses without a sentence end, a figure in each."""
    piece = "반도체 수출 12억 달러 증가, "
    start = piece.index("12억")
    mentions = [
        Mention("amount", i * len(piece) + start, i * len(piece) + start + 6, "1200000000", "USD")
        for i in range(pieces)
    ]
    return piece * pieces, mentions


def linearity(pieces: int = 5_000) -> None:
    spent = []
    for size in (pieces, pieces * 4):
        text, mentions = long_line(size)
        contextualize(text, mentions, None)  # the words are cached: time the rules, not Kiwi
        started = time.process_time()
        contextualize(text, mentions, None)
        spent.append(time.process_time() - started)
    print(f"long line: {pieces} → {pieces * 4} clauses, cpu ratio {spent[1] / spent[0]:.2f} (4 = linear)")


if __name__ == "__main__":
    main()
