"""What storing and Prefect cost: extraction alone vs ingest with storage vs the ingest flow.

    .venv/bin/python benchmarks/bench_flow.py [--documents 200] [--batch-size 1 50] [--repeat 3]
                                              [--synthetic] [--store postgresql://...]

The documents are copies of real publications (the shared corpus texts, or
raw/ samples), or with ``--synthetic`` tiny generated releases — the worst
case, where fixed costs dominate 1.5 ms of extraction per document.

Three ways through the same files, interleaved, best of ``--repeat``:

- extraction alone: what ``suchi extract`` does per file (extract, serialise
  the JSON), storing nothing;
- ingest with storage, a plain loop: plan, extract, store (document JSON,
  facts, manifest), the flow's own code without Prefect; also with every
  document's review page written at once (the flow writes them only for
  runs of up to 20 documents);
- the ingest flow, as ``suchi ingest`` runs it (``in_process_run``).

Prints the throughput of ingest with storage relative to extraction alone
(goal: >= 0.9), in wall time and in this process's CPU time (steadier on a
shared machine), and the flow's wall time over the plain loop's for each
batch size (goal: <= 1.3).  Uses PREFECT_API_URL if set, else a temporary
local server started before the clock runs.

Storing creates two files per document (its JSON and its facts file), and
creating a file costs the kernel's CPU, counted as this process's: 0.015-0.06 ms
in most folders of the development machine's disk, but 0.65 ms in new
folders under its crowded /tmp (ext4 searching for a free inode).  The
figure is printed for the scratch folder (under TMPDIR) beside the results.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")

# The server digests a run's events and logs after the run: let it, before the next clock starts.
SETTLE = 2.0


REPO = Path(__file__).resolve().parents[1]
CORPUS_TXT = REPO.parent / "shared" / "corpus" / "txt"

Timing = tuple[float, float]  # (wall seconds, CPU seconds of this process)


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


def write_raw(raw: Path, documents: int, synthetic: bool, start: int = 1) -> str:
    """``documents`` distinct publications in ``raw``; says what they are."""
    raw.mkdir(parents=True, exist_ok=True)
    texts = [] if synthetic else real_texts()
    for number in range(start, start + documents):
        # real publications, each made distinct (its own bytes, its own doc id) by a first line
        text = f"{number}\n{texts[number % len(texts)]}" if texts else publication(number)
        (raw / f"{number:06d}.txt").write_text(text, encoding="utf-8")
    return "synthetic" if not texts else f"copies of {len(texts)} real publications"


def timed(work: Callable[[], object]) -> Timing:
    time.sleep(SETTLE)
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def file_creation_ms(folder: Path, count: int = 200) -> float:
    """CPU milliseconds (this process's, the kernel's included) to create one file in ``folder``."""
    folder.mkdir(parents=True)
    started = time.process_time()
    for number in range(count):
        (folder / f"{number}.tmp").write_bytes(b"")
    spent = time.process_time() - started
    shutil.rmtree(folder)
    return spent * 1000 / count


def extract_only(raw: Path) -> None:
    """What ``suchi extract`` does per file: extract and serialise the JSON, store nothing."""
    from extractors.pipeline import extract_file

    for path in sorted(raw.iterdir()):
        extract_file(path).model_dump_json()


def plain_ingest(
    raw: Path, processed: Path, store_spec: str | None = None, review: bool | None = None
) -> None:
    """The flow's work without Prefect: plan, then extract and store each file.

    ``review`` None: review pages as the flow writes them by default (only for small runs).
    """
    from flows.ingest import PER_DOCUMENT_UP_TO, ingest_one
    from flows.store import given_files, open_store, plan

    store = open_store(processed, store_spec)
    store.recover()
    planned = plan(store, given_files([raw]), raw, None)
    pages = review if review is not None else len(planned) <= PER_DOCUMENT_UP_TO
    for item in [i for i in planned if i.status != "copy"] + [i for i in planned if i.status == "copy"]:
        ingest_one(item, store, processed, None, pages)
    store.compact()


def flow_run(raw: Path, processed: Path, batch_size: int) -> None:
    from flows.ingest import in_process_run, ingest, summary_of

    with in_process_run():
        summary = summary_of(
            ingest(raw_dir=str(raw), processed_dir=str(processed), batch_size=batch_size, return_state=True)
        )
    assert summary.failed == 0 and summary.unchanged == 0, summary


def empty_flow_run() -> None:
    from prefect import flow

    from flows.ingest import in_process_run

    @flow(name="bench-empty", persist_result=False)
    def empty() -> None:
        return None

    with in_process_run():
        empty()


def fresh_postgres(url: str, name: str) -> str:
    """A new empty database beside ``url``'s, for one measured run."""
    from urllib.parse import urlsplit

    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return urlsplit(url)._replace(path=f"/{name}").geturl()


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--batch-size", type=int, nargs="+", help="default: 1 and the flow's automatic size")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-flow", action="store_true", help="only extraction alone vs the plain loops")
    parser.add_argument(
        "--store", help="also time the plain loop into PostgreSQL (a role that may CREATE DATABASE)"
    )
    parser.add_argument(
        "--synthetic", action="store_true", help="tiny generated releases instead of real publications"
    )
    args = parser.parse_args()
    from flows.ingest import auto_batch_size

    args.batch_size = [] if args.no_flow else args.batch_size or [1, auto_batch_size(args.documents)]
    return args


def ways(args: argparse.Namespace, raw: Path, root: Path) -> dict[str, Callable[[int], None]]:
    """Each way through the files, as work for repeat number ``rep``."""
    found: dict[str, Callable[[int], None]] = {
        "alone": lambda rep: extract_only(raw),
        "plain": lambda rep: plain_ingest(raw, root / f"plain-{rep}"),
        "paged": lambda rep: plain_ingest(raw, root / f"paged-{rep}", review=True),
    }
    if args.store:
        urls = [fresh_postgres(args.store, f"suchi_bench_{os.getpid()}_{rep}") for rep in range(args.repeat)]
        found["postgres"] = lambda rep: plain_ingest(raw, root / f"pg-{rep}", urls[rep])
    if args.batch_size:
        found["empty"] = lambda rep: empty_flow_run()
    for size in args.batch_size:
        found[f"flow {size}"] = lambda rep, size=size: flow_run(raw, root / f"flow-{size}-{rep}", size)  # type: ignore[misc]
    return found


def report(args: argparse.Namespace, times: dict[str, list[Timing]], creation_ms: float) -> None:
    def best(name: str) -> Timing:
        return min(t[0] for t in times[name]), min(t[1] for t in times[name])

    def line(label: str, name: str) -> str:
        wall, cpu = best(name)
        return (
            f"{label:32s} {wall:6.2f} s wall, {cpu:6.2f} s CPU; throughput / extraction alone = "
            f"{alone_wall / wall:.2f} (wall), {alone_cpu / cpu:.2f} (CPU)"
        )

    alone_wall, alone_cpu = best("alone")
    print(f"best of {args.repeat}; goal: ingest with storage >= 0.9 x extraction alone")
    print(f"{'extraction alone:':32s} {alone_wall:6.2f} s wall, {alone_cpu:6.2f} s CPU")
    print(line("ingest with storage (plain):", "plain"))
    print(line("... and every review page:", "paged"))
    if "postgres" in times:
        print(line("ingest into PostgreSQL (plain):", "postgres"))
    per_doc = 1000 / args.documents
    print(
        f"CPU per document: extraction {alone_cpu * per_doc:.1f} ms, storing "
        f"{(best('plain')[1] - alone_cpu) * per_doc:.1f} ms, a review page "
        f"{(best('paged')[1] - best('plain')[1]) * per_doc:.1f} ms"
    )
    print(f"creating a file in the scratch folder: {creation_ms:.3f} ms CPU (storing creates 2 per document)")
    if not args.batch_size:
        return
    fixed, plain = best("empty")[0], best("plain")[0]
    print(f"an empty flow run (Prefect's fixed cost per run): {fixed:.2f} s; goal: flow / plain <= 1.3")
    for size in args.batch_size:
        wall = best(f"flow {size}")[0]
        print(
            f"flow, {size} document(s) per task ({-(-args.documents // size)} task runs): {wall:.2f} s, "
            f"flow / plain = {wall / plain:.2f} (without the fixed cost: {(wall - fixed) / plain:.2f}), "
            f"throughput / extraction alone = {alone_wall / wall:.2f}"
        )


def main() -> None:
    args = parse_args()
    root = Path(tempfile.mkdtemp(prefix="suchi-bench-flow-"))
    raw = root / "raw"
    kind = write_raw(raw, args.documents, args.synthetic)
    print(f"{args.documents} documents ({kind}, {sum(p.stat().st_size for p in raw.iterdir()) / 1e6:.1f} MB)")
    with ExitStack() as stack:
        if args.batch_size and not os.environ.get("PREFECT_API_URL"):
            from prefect.testing.utilities import prefect_test_harness

            stack.enter_context(prefect_test_harness(server_startup_timeout=120))
        from extractors.pipeline import extract_file

        extract_file(next(raw.iterdir()))  # load the language models before any clock runs
        if args.batch_size:
            flow_run(raw, root / "warm-up", 1)  # the first flow run pays Prefect's own imports
        work = ways(args, raw, root)
        times: dict[str, list[Timing]] = {name: [] for name in work}
        # interleaved repeats, best of each: other processes on a shared machine only add time
        for rep in range(args.repeat):
            for name, run in work.items():
                times[name].append(timed(lambda run=run, rep=rep: run(rep)))  # type: ignore[misc]
        report(args, times, file_creation_ms(root / "creation"))
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
