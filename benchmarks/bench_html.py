"""HTML reading cost against lexbor's own plain-text export, and how content extractors compare.

    python benchmarks/bench_html.py [CORPUS_HTML_DIR] [--repeat 20]
    python benchmarks/bench_html.py --compare     # needs: pip install trafilatura readability-lxml

Speed (default), for each corpus page and each page of tests/html_pages.py,
measured in the same run (best of ``--repeat`` CPU times, the runs alternating
page by page so that they share the machine's load).  Every run starts from
the page's bytes, so the charset decoding (``decode_html``) is in each of them:
  lexbor   the library's own plain-text export of the same bytes: decode,
           ``LexborHTMLParser(html)`` and ``body.text(separator="\n")``
  parse    decode and ``LexborHTMLParser(html)`` only: the floor of any reader
           built on lexbor
  visit    decode, parse and one step of Python per node of the body
           (``traverse(include_text=True)``, reading each ``tag_id``): the floor of
           any reader that looks at every node from Python
  items    decode and ``html_to_items``: everything the HTML reader does itself
           (index, furniture rules, title, lines, table cells on their grid)
  ours     ``read_html``: the items laid into the document text, each table
           through ``extractors.tables.write_table`` (headers, units, periods of
           every cell: the table reading all formats share)
  traf     trafilatura.extract(include_tables=True), when installed
and prints ours / lexbor per page, then over all pages: ours / lexbor,
items / lexbor, parse / lexbor, and the table reading's share of ours.
Prints ratios, never asserts: speed is not a test.

``--compare`` prints what each extractor makes of the pages: the title in its
first lines, the publication's lines found, furniture left in, table rows
kept as rows, and milliseconds per page.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench_timing import best_of as best_of_clock
from selectolax.lexbor import LexborHTMLParser

from extractors.readers.html import html_to_items, read_html
from extractors.readers.html_charset import decode_html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests/html_pages.py: the pages written in each site's style

from tests.html_pages import CORPUS_FURNITURE, PAGES  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "html"


@dataclass(frozen=True)
class Sample:
    name: str
    raw: bytes
    title: str
    present: tuple[str, ...]
    absent: tuple[str, ...]


def samples(corpus: Path) -> list[Sample]:
    """The corpus pages (their text twins give the lines) and the written pages."""
    found = []
    for path in sorted(corpus.glob("*.html")):
        twin = corpus.parent / "txt" / f"{path.stem}.txt"
        text = twin.read_text(encoding="utf-8") if twin.is_file() else ""
        lines = ["\t".join(" ".join(cell.split()) for cell in line.split("\t")) for line in text.split("\n")]
        lines = [line for line in lines if line]
        found.append(
            Sample(
                path.stem[:3], path.read_bytes(), lines[0] if lines else "", tuple(lines), CORPUS_FURNITURE
            )
        )
    found += [Sample(page.name, page.raw, page.title, page.present, page.absent) for page in PAGES]
    return found


def lexbor_text(raw: bytes) -> str:
    body = LexborHTMLParser(decode_html(raw, "page")[0]).body
    return body.text(separator="\n") if body is not None else ""


def lexbor_parse(raw: bytes) -> object:
    return LexborHTMLParser(decode_html(raw, "page")[0])


def lexbor_visit(raw: bytes) -> int:
    body = LexborHTMLParser(decode_html(raw, "page")[0]).body
    return sum(node.tag_id for node in body.traverse(include_text=True)) if body is not None else 0


def our_items(raw: bytes) -> object:
    return html_to_items(decode_html(raw, "page")[0], "page")


def ours(raw: bytes) -> str:
    return read_html("page", raw).text


def _trafilatura() -> Callable[[bytes], str] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(raw: bytes) -> str:
        html = decode_html(raw, "page")[0]
        metadata = trafilatura.extract_metadata(html)
        text = trafilatura.extract(html, include_tables=True, include_comments=False) or ""
        title = metadata.title if metadata is not None and metadata.title else ""
        return f"{title}\n{text}"

    return run


def _readability() -> Callable[[bytes], str] | None:
    try:
        from readability import Document
    except ImportError:
        return None

    def run(raw: bytes) -> str:
        document = Document(decode_html(raw, "page")[0])
        body = LexborHTMLParser(document.summary()).body
        return f"{document.short_title()}\n{body.text(separator=chr(10)) if body is not None else ''}"

    return run


def best_of(repeat: int, runs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Best CPU time of each run."""
    return best_of_clock(repeat, runs, time.process_time)


def speed(pages: list[Sample], repeat: int) -> None:
    traf = _trafilatura()
    names = ("lexbor", "parse", "visit", "items", "ours", "trafilatura")
    totals = dict.fromkeys(names, 0.0)
    print(f"{'page':<34}{'KB':>6}{'lexbor ms':>10}{'items ms':>9}{'ours ms':>9}{'ratio':>7}{'traf ms':>9}")
    for page in pages:
        runs: dict[str, Callable[[], object]] = {
            "lexbor": functools.partial(lexbor_text, page.raw),
            "parse": functools.partial(lexbor_parse, page.raw),
            "visit": functools.partial(lexbor_visit, page.raw),
            "items": functools.partial(our_items, page.raw),
            "ours": functools.partial(ours, page.raw),
        }
        if traf is not None:
            runs["trafilatura"] = functools.partial(traf, page.raw)
        best = best_of(repeat, runs)
        for name, seconds in best.items():
            totals[name] += seconds
        traf_cell = f"{best['trafilatura'] * 1000:>9.2f}" if traf else f"{'-':>9}"
        ratio = best["ours"] / best["lexbor"]
        print(
            f"{page.name[:33]:<34}{len(page.raw) / 1000:>6.1f}{best['lexbor'] * 1000:>10.2f}"
            f"{best['items'] * 1000:>9.2f}{best['ours'] * 1000:>9.2f}{ratio:>7.1f}{traf_cell}"
        )
    lexbor = totals["lexbor"]
    print(f"over {len(pages)} pages; lexbor's export (decode + parse + body.text): {lexbor * 1000:.2f} ms")
    print(f"  read_html / lexbor export:                          {totals['ours'] / lexbor:.2f}")
    print(f"  html_to_items / lexbor export (the reader's own):   {totals['items'] / lexbor:.2f}")
    print(f"  decode + parse / lexbor export (the floor):         {totals['parse'] / lexbor:.2f}")
    print(f"  decode + parse + a Python step per node / lexbor:   {totals['visit'] / lexbor:.2f}")
    share = (totals["ours"] - totals["items"]) / totals["ours"]
    print(f"  table reading and text layout (write_table): {share:.0%} of read_html")
    if traf is not None:
        traf_ratio = totals["ours"] / totals["trafilatura"]
        print(f"  read_html / trafilatura.extract (content + tables): {traf_ratio:.2f}")
    else:
        print("  trafilatura not installed: ratio to it not measured")


def _normal(line: str) -> str:
    """A line compared across extractors: cells and pipes as spaces, white space collapsed."""
    return " ".join(line.replace("|", " ").split())


def _quality(page: Sample, text: str) -> tuple[bool, float, int, float | None]:
    lines = [line for line in text.split("\n") if line.strip()]
    normal = {_normal(line) for line in lines}
    title = any(_normal(line) == _normal(page.title) for line in lines[:3])
    body = [line for line in page.present if "\t" not in line]
    found = sum(any(_normal(line) in got for got in normal) for line in body) / max(1, len(body))
    leaks = sum(word in text for word in page.absent)
    rows = [line for line in page.present if "\t" in line]
    kept = sum(_normal(row) in normal for row in rows) / len(rows) if rows else None
    return title, found, leaks, kept


def compare(pages: list[Sample], repeat: int, verbose: bool) -> None:
    extractors: dict[str, Callable[[bytes], str] | None] = {
        "suchi (lexbor + rules)": ours,
        "trafilatura": _trafilatura(),
        "readability-lxml": _readability(),
        "lexbor body.text()": lexbor_text,
    }
    print(f"{'extractor':<24}{'title':>7}{'lines':>8}{'furniture':>11}{'rows':>7}{'ms/page':>9}")
    for name, run in extractors.items():
        if run is None:
            print(f"{name:<24} not installed")
            continue
        results = [_quality(page, run(page.raw)) for page in pages]
        seconds = sum(best_of(repeat, {"run": functools.partial(run, page.raw)})["run"] for page in pages)
        with_rows = [kept for *_, kept in results if kept is not None]  # pages with table rows
        print(
            f"{name:<24}{sum(r[0] for r in results):>4}/{len(results):<2}"
            f"{sum(r[1] for r in results) / len(results):>8.3f}{sum(r[2] for r in results):>11}"
            f"{sum(with_rows) / max(1, len(with_rows)):>7.2f}{seconds / len(pages) * 1000:>9.2f}"
        )
    print(
        "title: pages whose title is among the first 3 lines; lines: share of the publication's lines found;"
    )
    print("furniture: furniture strings left in, over all pages; rows: share of table rows kept as one row.")
    if verbose:
        for name, run in extractors.items():
            if run is None:
                continue
            for page in pages:
                text = run(page.raw)
                title, found, _, kept = _quality(page, text)
                leaks = [word for word in page.absent if word in text]
                rows = "-" if kept is None else f"{kept:.2f}"
                head = f"  {name[:12]:<13}{page.name[:30]:<31}"
                print(f"{head}title {title!s:<6}lines {found:.2f} rows {rows} {leaks}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--compare", action="store_true", help="quality of each extractor on the same pages")
    parser.add_argument("--show", action="store_true", help="with --compare: each page, and what was left in")
    args = parser.parse_args()
    pages = samples(args.corpus)
    if not pages:
        raise SystemExit(f"no pages in {args.corpus}")
    read_html("warm-up", pages[0].raw)
    if args.compare:
        compare(pages, max(1, args.repeat // 4), args.show)
    else:
        speed(pages, args.repeat)


if __name__ == "__main__":
    main()
