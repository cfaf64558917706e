"""What Prefect costs: 200 publications through the ingest flow vs a plain loop.

    .venv/bin/python benchmarks/bench_flow.py [--documents 200] [--batch-size 1 50] [--repeat 3] [--synthetic]

The documents are copies of real publications (the shared corpus texts, or
raw/ samples), or with ``--synthetic`` tiny generated releases — the worst
case, where Prefect's fixed costs dominate 1.5 ms of extraction per document.

Both sides do the same work per document (extract → validate → write the
JSON, the manifest, the review page) and rebuild facts.parquet once; the
flow adds task runs, logs and artifacts.  The flow runs as ``suchi ingest``
runs it (``in_process_run``: no heartbeat thread).  Prints, for each batch size, the
flow's wall time divided by the plain loop's, measured in this one run
(goal: <= 1.3).  Uses PREFECT_API_URL if set, else a temporary local server
started before the clock runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")

# The server digests a run's events and logs after the run: let it, before the next clock starts.
SETTLE = 2.0


REPO = Path(__file__).resolve().parents[1]
CORPUS_TXT = REPO.parent / "shared" / "corpus" / "txt"


def real_texts() -> list[str]:
    """Real publications to copy: the shared corpus texts if beside the clone, else raw/ samples."""
    folder = CORPUS_TXT if CORPUS_TXT.is_dir() else REPO / "raw"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def publication(number: int) -> str:
    """A small press release with a handful of figures, different for every number."""
    return (
        f"보도자료 제{number}호 {number % 12 + 1}월 수출입 동향\n"
        f"{number % 12 + 1}월 수출은 {500 + number}억 달러로 "
        f"전년 동월 대비 {number % 9}.{number % 7}% 증가했다.\n"
        f"반도체 수출은 {100 + number}억 달러, 수입은 {400 + number}억 달러로 무역수지는 흑자를 기록했다.\n"
        f"대미 수출은 {number % 5 + 1}.{number % 3}배 늘었다.\n"
    )


def extract_only(raw: Path) -> float:
    """What ``suchi extract`` does per file: extract and serialise the JSON, store nothing."""
    from extractors.pipeline import extract_file

    time.sleep(SETTLE)
    start = time.perf_counter()
    for path in sorted(raw.iterdir()):
        extract_file(path).model_dump_json()
    return time.perf_counter() - start


def plain_loop(raw: Path, processed: Path) -> float:
    from flows import store
    from flows.ingest import ingest_one

    time.sleep(SETTLE)
    start = time.perf_counter()
    for item in store.plan([raw], raw, processed, None):
        ingest_one(item, processed, None)
    store.update_facts_table(processed)
    return time.perf_counter() - start


def flow_run(raw: Path, processed: Path, batch_size: int) -> float:
    from flows.ingest import in_process_run, ingest

    time.sleep(SETTLE)
    with in_process_run():
        start = time.perf_counter()
        summary = ingest(raw_dir=str(raw), processed_dir=str(processed), batch_size=batch_size)
        elapsed = time.perf_counter() - start
    assert summary.failed == 0 and summary.unchanged == 0, summary
    return elapsed


def empty_flow_run() -> float:
    from prefect import flow

    from flows.ingest import in_process_run

    @flow(name="bench-empty", persist_result=False)
    def empty() -> None:
        return None

    time.sleep(SETTLE)
    with in_process_run():
        start = time.perf_counter()
        empty()
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--batch-size", type=int, nargs="+", help="default: 1 and the flow's automatic size")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--synthetic", action="store_true", help="tiny generated releases instead of real publications"
    )
    args = parser.parse_args()
    from flows.ingest import auto_batch_size

    args.batch_size = args.batch_size or [1, auto_batch_size(args.documents)]

    root = Path(tempfile.mkdtemp(prefix="suchi-bench-flow-"))
    raw = root / "raw"
    raw.mkdir()
    texts = [] if args.synthetic else real_texts()
    for number in range(1, args.documents + 1):
        # real publications, each made distinct (its own bytes, its own doc id) by a first line
        text = f"{number}\n{texts[number % len(texts)]}" if texts else publication(number)
        (raw / f"{number:04d}.txt").write_text(text, encoding="utf-8")
    kind = "synthetic" if not texts else f"copies of {len(texts)} real publications"
    print(f"{args.documents} documents ({kind}, {sum(p.stat().st_size for p in raw.iterdir()) / 1e6:.1f} MB)")

    with ExitStack() as stack:
        if not os.environ.get("PREFECT_API_URL"):
            from prefect.testing.utilities import prefect_test_harness

            stack.enter_context(prefect_test_harness(server_startup_timeout=120))
        from extractors.pipeline import extract_file

        extract_file(raw / "0001.txt")  # load the language models before any clock runs
        flow_run(raw, root / "warm-up", 1)  # first flow run pays Prefect's own imports

        # interleaved repeats, best of each: other processes on a shared machine only add time
        plain: list[float] = []
        alone: list[float] = []
        empty: list[float] = []
        flowed: dict[int, list[float]] = {size: [] for size in args.batch_size}
        for rep in range(args.repeat):
            alone.append(extract_only(raw))
            plain.append(plain_loop(raw, root / f"plain-{rep}"))
            empty.append(empty_flow_run())
            for size in args.batch_size:
                flowed[size].append(flow_run(raw, root / f"flow-{size}-{rep}", size))
        best, fixed = min(plain), min(empty)
        print(f"{args.documents} documents, best of {args.repeat}: plain loop {best:.2f} s")
        print(
            f"extraction alone {min(alone):.2f} s; "
            f"throughput ingest (plain loop) / extraction alone = {min(alone) / best:.2f}"
        )
        print(f"an empty flow run (Prefect's fixed cost per run): {fixed:.2f} s")
        for size, times in flowed.items():
            tasks = -(-args.documents // size)
            print(
                f"flow, {size} document(s) per task ({tasks} task runs): {min(times):.2f} s, "
                f"ratio flow/plain = {min(times) / best:.2f} "
                f"(without the fixed cost: {(min(times) - fixed) / best:.2f})"
            )
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
