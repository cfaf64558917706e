"""Does adding publications cost more as the archive grows?

    .venv/bin/python benchmarks/bench_archive.py [--sizes 0 1000 10000] [--new 20] [--repeat 3]
                                                 [--store postgresql://...]

For each archive size N, fills a fresh store with N synthetic publications
(small generated releases, one raw file each, ingested the way ``suchi
ingest`` does; the extractor reads no publication date in them, so they all
share the month of unknown dates: one partition the size of the archive,
the hardest case for merging a month's facts files), then times the
ingest of ``--new`` new real publications (copies of the corpus texts) into
it, twice: by scanning all of raw/ (every archived file is planned and
found unchanged: one stat each, no hashing; it also counts the records
whose raw file is gone) and by naming the new files (an event-triggered
run).  Each run also sums the archive's totals and merges full months'
facts files, as the flow does.  Prints each time as a
ratio to the empty archive's (goal: <= 1.2 at 10,000), in wall time and in
this process's CPU time (steadier on a shared machine), the per-document
growth, and where that puts 100,000 documents.  Also times the README's
question over the facts table at each size.  Every archive is filled
before any is timed, and they are timed in turns (the machine is shared).
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS_TXT = REPO.parent / "shared" / "corpus" / "txt"
README_QUESTION = (
    "SELECT subject, period, SUM(value_decimal) AS usd FROM facts "
    "WHERE metric='export' AND unit='USD' GROUP BY ALL ORDER BY usd DESC"
)

Timing = tuple[float, float]  # (wall seconds, CPU seconds of this process)


def archived(number: int) -> str:
    """A small synthetic release, distinct for every number (its date line is not read as the
    publication date: every one falls in the month of unknown dates)."""
    year, month = 2016 + number % 10, number % 12 + 1
    return (
        f"보도자료 제{number}호 {year}년 {month}월 28일\n"
        f"{month}월 수출은 {500 + number % 1000}억 달러로 "
        f"전년 동월 대비 {number % 9}.{number % 7}% 증가했다.\n"
        f"반도체 수출은 {100 + number % 500}억 달러, 수입은 {400 + number % 700}억 달러였다.\n"
    )


def real_texts() -> list[str]:
    folder = CORPUS_TXT if CORPUS_TXT.is_dir() else REPO / "raw"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def ingest(raw: Path, processed: Path, paths: list[Path] | None, spec: str | None) -> int:
    """The flow's work without Prefect: plan, extract and store, count gone records, sum up."""
    from flows.ingest import PER_DOCUMENT_UP_TO, ingest_one
    from flows.store import EXTRACT, given_files, gone_keys, open_store, plan

    store = open_store(processed, spec)
    store.recover()
    planned = plan(store, given_files(paths or [raw]), raw, None)
    todo = [item for item in planned if item.status in EXTRACT]
    for item in todo:
        ingest_one(item, store, processed, None, len(todo) <= PER_DOCUMENT_UP_TO)
    store.compact()
    if not paths:  # as the flow: only a run over all of raw/ counts records whose file is gone
        gone_keys(store, raw, {item.key for item in planned})
    store.totals()
    return len(todo)


def fill(raw: Path, processed: Path, size: int, spec: str | None) -> None:
    batch = raw / "archive"
    batch.mkdir(parents=True, exist_ok=True)
    for start in range(0, size, 2000):  # in slices, so that progress shows
        for number in range(start, min(size, start + 2000)):
            (batch / f"{number:06d}.txt").write_text(archived(number), encoding="utf-8")
        ingest(raw, processed, [batch], spec)
        print(f"  archive: {min(size, start + 2000)} documents", flush=True)


def timed(work: object) -> Timing:
    # Each run starts with no garbage owed: a full collection walks every live object (~0.1 s
    # with the models loaded) and would fall on whichever run crossed the threshold.
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    work()  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu


def query_time(processed: Path, spec: str | None) -> float:
    if spec:
        return float("nan")
    from flows.query import run_query

    start = time.perf_counter()
    run_query(README_QUESTION, processed)
    return time.perf_counter() - start


def fresh_postgres(url: str, name: str) -> str:
    from urllib.parse import urlsplit

    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return urlsplit(url)._replace(path=f"/{name}").geturl()


class Archive:
    """A filled store of ``size`` documents in its own folder, and the timings taken on it."""

    def __init__(self, size: int, args: argparse.Namespace) -> None:
        self.size = size
        self.root = Path(tempfile.mkdtemp(prefix=f"suchi-bench-archive-{size}-"))
        self.raw, self.processed = self.root / "raw", self.root / "processed"
        name = f"suchi_archive_{os.getpid()}_{size}"
        self.spec = fresh_postgres(args.store, name) if args.store else None
        self.raw.mkdir()
        fill(self.raw, self.processed, size, self.spec)
        self.runs = 0
        self.times: dict[str, list[Timing]] = {"scan": [], "named": []}

    def time(self, way: str, texts: list[str], new: int) -> None:
        """Ingest ``new`` new publications, by scanning raw/ or by naming them."""
        folder = self.raw / f"new-{self.runs}"
        self.runs += 1
        folder.mkdir()
        for index in range(new):
            text = f"{self.runs}-{index}\n{texts[index % len(texts)]}"  # a real publication, its own bytes
            (folder / f"{index:03d}.txt").write_text(text, encoding="utf-8")
        paths = None if way == "scan" else [folder]
        self.times[way].append(timed(lambda: ingest(self.raw, self.processed, paths, self.spec)))

    def best(self, way: str) -> Timing:
        return min(t[0] for t in self.times[way]), min(t[1] for t in self.times[way])

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def measure(args: argparse.Namespace, texts: list[str]) -> dict[int, dict[str, Timing | float]]:
    """Fill every archive first, then time them in turns: a change of the machine's load over the
    run (it is shared) then weighs on every size alike instead of on whichever was timed last."""
    archives = []
    for size in args.sizes:
        print(f"archive of {size} documents ({'PostgreSQL' if args.store else 'folder store'}):", flush=True)
        archives.append(Archive(size, args))
    for _ in range(args.repeat):
        for archive in archives:
            for way in ("scan", "named"):
                archive.time(way, texts, args.new)
    results: dict[int, dict[str, Timing | float]] = {}
    for archive in archives:
        results[archive.size] = {
            "scan": archive.best("scan"),
            "named": archive.best("named"),
            "query": query_time(archive.processed, archive.spec),
        }
    from flows.store import close_stores

    close_stores()
    for archive in archives:
        archive.remove()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1000, 10000])
    parser.add_argument("--new", type=int, default=20, help="new publications per timed run")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--store", help="a PostgreSQL URL (a role that may CREATE DATABASE) instead of folders"
    )
    args = parser.parse_args()
    texts = real_texts()
    from extractors.pipeline import extract_source
    from extractors.readers import read_bytes

    extract_source(read_bytes("warm-up.txt", texts[0].encode()))  # load the models before any clock runs
    warm = Path(tempfile.mkdtemp(prefix="suchi-bench-archive-warm-"))
    (warm / "raw").mkdir()
    for index, text in enumerate(texts):
        (warm / "raw" / f"{index}.txt").write_text(text, encoding="utf-8")
    ingest(warm / "raw", warm / "processed", None, None)  # first use of the store's own imports
    query_time(warm / "processed", None)
    shutil.rmtree(warm, ignore_errors=True)
    results = measure(args, texts)
    base = results[args.sizes[0]]
    print(f"\ningest {args.new} new publications, best of {args.repeat}; ratio to {args.sizes[0]} documents:")
    for way, label in (("scan", "scanning raw/"), ("named", "naming the files")):
        b_wall, b_cpu = base[way]  # type: ignore[misc]
        print(f"  {label}:")
        for size, result in results.items():
            wall, cpu = result[way]  # type: ignore[misc]
            print(
                f"    {size:>7} documents: {wall:6.2f} s wall ({wall / b_wall:.2f}), "
                f"{cpu:6.2f} s CPU ({cpu / b_cpu:.2f})"
            )
        last = args.sizes[-1]
        if last > args.sizes[0]:
            l_cpu = results[last][way][1]  # type: ignore[index]
            slope = (l_cpu - b_cpu) / (last - args.sizes[0])  # CPU seconds per archived document
            print(
                f"    growth: {slope * 1e6:.1f} us CPU per archived document; at 100,000 documents "
                f"(extrapolated): {(b_cpu + slope * (100_000 - args.sizes[0])) / b_cpu:.2f}x the CPU time"
            )
    print("README question over the facts table:")
    for size, result in results.items():
        print(f"    {size:>7} documents: {result['query']:.2f} s")


if __name__ == "__main__":
    main()
