"""suchi watch's bookkeeping without a server: debounce, partial files, announce once."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from flows.settings import Settings
from flows.store import Planned, open_store
from flows.watch import Debouncer, Watcher

# (events as (time, size, mtime) for one file, poll time, whether it is ready then)
DEBOUNCE = {
    "quiet long enough": ([(0.0, 10, 1)], 2.0, True),
    "still quiet period": ([(0.0, 10, 1)], 1.9, False),
    "growing file restarts the clock": ([(0.0, 10, 1), (1.5, 20, 2)], 3.0, False),
    "grown then quiet": ([(0.0, 10, 1), (1.5, 20, 2)], 3.5, True),
    "same stat again keeps the clock": ([(0.0, 10, 1), (1.5, 10, 1)], 2.0, True),
}


@pytest.mark.parametrize(("events", "at", "ready"), DEBOUNCE.values(), ids=DEBOUNCE.keys())
def test_debouncer(events: list[tuple[float, int, int]], at: float, ready: bool) -> None:
    debouncer = Debouncer(settle=2.0)
    for now, size, mtime in events:
        debouncer.touch("f", (size, mtime), now)
    assert debouncer.ready(at) == (["f"] if ready else [])


def test_debouncer_forgets_deleted_files() -> None:
    debouncer = Debouncer(settle=1.0)
    debouncer.touch("f", (1, 1), 0.0)
    debouncer.touch("f", None, 0.5)
    assert debouncer.ready(5.0) == []


@pytest.fixture
def watcher(tmp_path: Path) -> tuple[Watcher, list[Path]]:
    emitted: list[Path] = []
    settings = Settings(raw_dir=tmp_path / "raw", processed_dir=tmp_path / "processed")
    settings.raw_dir.mkdir()
    return Watcher(settings, settle=1.0, emit=lambda path, sha: emitted.append(path)), emitted


def test_announces_complete_files_once(watcher: tuple[Watcher, list[Path]]) -> None:
    w, emitted = watcher
    path = w.settings.raw_dir / "a.txt"
    path.write_text("수출 3%")
    w.note(path, now=0.0)
    assert w.poll(now=0.5) == []  # not settled yet
    assert w.poll(now=1.6) == [path]
    w.note(path, now=2.0)  # a touch without new bytes
    assert w.poll(now=5.0) == []
    path.write_text("수출 4%")  # changed bytes: announced again
    w.note(path, now=6.0)
    assert w.poll(now=7.5) == [path]
    assert emitted == [path, path]


@pytest.mark.parametrize("name", ["a.pdf.part", "a.pdf.crdownload", "~$a.docx", ".a.txt", "a.tmp"])
def test_ignores_partial_files(watcher: tuple[Watcher, list[Path]], name: str) -> None:
    w, emitted = watcher
    path = w.settings.raw_dir / name
    path.write_text("x")
    w.note(path, now=0.0)
    assert w.poll(now=10.0) == [] and emitted == []


def test_skips_files_already_processed(watcher: tuple[Watcher, list[Path]]) -> None:
    w, emitted = watcher
    path = w.settings.raw_dir / "done.txt"
    path.write_text("수출이 3.5% 늘었다.\n", encoding="utf-8")
    from extractors.pipeline import extract_file

    doc = extract_file(path)
    item = Planned(str(path), "done.txt", doc.document.id, "new")
    open_store(w.settings.processed_dir).put_document(item, doc, None, None)
    w.note(path, now=0.0)
    assert w.poll(now=10.0) == [] and emitted == []


# (name, what happens to raw/x.txt after it was stored, whether the catch-up of a starting watch
#  notes it, whether it is announced)
CATCH_UP = {
    "stored, untouched": (lambda path: None, False, False),
    "stored, then new bytes": (
        lambda path: path.write_text("수출이 4.5% 늘었다.\n", encoding="utf-8"),
        True,
        True,
    ),
    "stored, then touched": (lambda path: os.utime(path, ns=(1, 1)), True, False),
}


@pytest.mark.parametrize(("change", "noted", "announced"), CATCH_UP.values(), ids=CATCH_UP.keys())
def test_catch_up_hashes_only_files_the_store_does_not_hold_as_they_are(
    watcher: tuple[Watcher, list[Path]], change: Callable[[Path], None], noted: bool, announced: bool
) -> None:
    from extractors.pipeline import extract_file
    from flows.files import FileStat, walk

    w, emitted = watcher
    path, new = w.settings.raw_dir / "x.txt", w.settings.raw_dir / "new.txt"
    path.write_text("수출이 3.5% 늘었다.\n", encoding="utf-8")
    doc = extract_file(path)
    item = Planned(str(path), "x.txt", doc.document.id, "new", FileStat.of(path))
    open_store(w.settings.processed_dir).put_document(item, doc, None, None)
    change(path)
    new.write_text("수입이 1.5% 줄었다.\n", encoding="utf-8")
    assert w.catch_up(walk(str(w.settings.raw_dir)), now=0.0) == 1 + noted
    assert w.poll(now=10.0) == sorted([new] + [path] * announced)
    assert emitted == sorted([new] + [path] * announced)
