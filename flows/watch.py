"""``suchi watch``: announce each complete new or changed file in raw/ as a Prefect event.

Every finished file is a candidate whatever its name (the reader picks the
format from the bytes: text, PDF, HWPX, HWP, HTML).  A file is announced
once its size and mtime have stayed the same for
``settle`` seconds (a download or copy in progress keeps changing), and
only if its bytes are not already in the store and not already announced.
Partial and hidden files (``.part``, ``.tmp``, ``~$x``, ``.crdownload``,
dotfiles) are ignored; a browser renaming ``x.pdf.crdownload`` to ``x.pdf``
shows up as a new ``x.pdf``.

The event is ``suchi.publication.arrived`` on resource
``suchi.publication.<sha256>`` with payload ``{"path": <absolute path>}``;
``suchi serve`` turns each into a flow run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from flows import files
from flows.settings import Settings
from flows.store import open_store

EVENT = "suchi.publication.arrived"
RESOURCE_PREFIX = "suchi.publication."

Stat = tuple[int, int]  # (size, mtime_ns)


@dataclass
class Debouncer:
    """Which changed files have stopped changing: pure bookkeeping, the caller supplies stats and clock.

    >>> d = Debouncer(settle=2.0)
    >>> d.touch("a", (10, 1), now=0.0); d.ready(now=1.0)
    []
    >>> d.touch("a", (20, 2), now=1.5); d.ready(now=3.0)
    []
    >>> d.touch("a", (20, 2), now=3.0); d.ready(now=3.6)
    ['a']
    >>> d.ready(now=9.0)
    []
    """

    settle: float
    _seen: dict[str, tuple[Stat, float]] = field(default_factory=dict)

    def touch(self, path: str, stat: Stat | None, now: float) -> None:
        """Record the file's current (size, mtime); None forgets a file that is gone."""
        if stat is None:
            self._seen.pop(path, None)
            return
        previous = self._seen.get(path)
        if previous is None or previous[0] != stat:
            self._seen[path] = (stat, now)  # changed: the quiet period starts again

    def pending(self) -> list[str]:
        return list(self._seen)

    def ready(self, now: float) -> list[str]:
        """Files unchanged for ``settle`` seconds; each is handed out once."""
        done = [path for path, (_, since) in self._seen.items() if now - since >= self.settle]
        for path in done:
            del self._seen[path]
        return done


def stat_of(path: Path) -> Stat | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns) if path.is_file() else None


def emit_arrival(path: Path, sha256: str) -> None:
    from prefect.events import emit_event

    emit_event(
        event=EVENT,
        resource={"prefect.resource.id": f"{RESOURCE_PREFIX}{sha256}", "prefect.resource.name": path.name},
        payload={"path": str(path), "sha256": sha256},
    )


@dataclass
class Watcher:
    """Debounce raw/ changes and announce finished, not yet processed files."""

    settings: Settings
    settle: float = 2.0
    emit: Callable[[Path, str], None] = emit_arrival
    announced: dict[str, str] = field(default_factory=dict)  # path -> sha256 last announced
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.debouncer = Debouncer(self.settle)

    def note(self, path: Path, now: float | None = None) -> None:
        """A file system event (or the start-up scan) saw ``path``."""
        if any(files.is_partial_name(part) for part in path.parts[-1:]) or path.is_dir():
            return
        with self._lock:
            self.debouncer.touch(str(path), stat_of(path), time.monotonic() if now is None else now)

    def catch_up(self, found: list[files.RawFile], now: float | None = None) -> int:
        """Note the files of raw/ (``files.walk``) the store does not hold as they are; how many.

        A file with the size, mtime and inode the store recorded for its key
        holds the stored bytes (as ``plan`` decides): it is skipped unhashed,
        so starting a watch on an archive of 10^5 files reads none of them.
        """
        raw_dir = self.settings.raw_dir
        keys = [files.source_key(Path(raw.path), raw_dir) for raw in found]
        store = open_store(self.settings.processed_dir, self.settings.store)
        known = store.lookup(keys)
        noted = 0
        for key, raw in zip(keys, found, strict=True):
            entry = known.get(key)
            if raw.stat is None or entry is None or entry.stat != raw.stat:
                self.note(Path(raw.path), now)
                noted += 1
        return noted

    def poll(self, now: float | None = None) -> list[Path]:
        """Re-stat pending files; announce the settled ones. Returns what was announced."""
        now = time.monotonic() if now is None else now
        with self._lock:
            for pending in self.debouncer.pending():
                self.debouncer.touch(pending, stat_of(Path(pending)), now)
            ready = self.debouncer.ready(now)
        return [path for path in map(Path, ready) if self._announce(path)]

    def _announce(self, path: Path) -> bool:
        try:
            sha = files.sha256_file(path)
        except OSError:
            return False  # gone or unreadable: a later event brings it back
        key = files.source_key(path, self.settings.raw_dir)
        store = open_store(self.settings.processed_dir, self.settings.store)
        entry = store.lookup([key]).get(key)
        if self.announced.get(str(path)) == sha or (entry is not None and entry.doc_id == sha):
            return False  # already announced, or already in processed/
        self.emit(path, sha)
        self.announced[str(path)] = sha
        return True


def watch(
    settings: Settings,
    settle: float = 2.0,
    scan: bool = True,
    on_emit: Callable[[Path], None] | None = None,
    on_start: Callable[[], None] | None = None,
) -> None:
    """Block, watching ``settings.raw_dir`` until interrupted; ``on_start`` once the observer is up."""
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    watcher = Watcher(settings, settle)
    raw = settings.raw_dir
    raw.mkdir(parents=True, exist_ok=True)

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            for name in (event.src_path, getattr(event, "dest_path", "")):
                if name:
                    watcher.note(Path(str(name)))

    observer = Observer()
    observer.schedule(Handler(), str(raw), recursive=True)
    observer.start()
    if on_start:
        on_start()
    if scan:  # files that arrived or changed while nobody was watching
        watcher.catch_up(files.walk(str(raw.resolve())))
    try:
        while True:
            for path in watcher.poll():
                if on_emit:
                    on_emit(path)
            time.sleep(min(0.5, settle / 4))
    finally:
        observer.stop()
        observer.join()
