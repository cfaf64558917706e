"""Files suchi reads and writes: raw publications, atomic writes, temporaries of killed runs.

Every file suchi writes goes through a temporary that is renamed over the
target (``os.replace``), so a reader, or a run killed with SIGKILL, never
sees half a file.  The stores write their temporaries into one folder,
``processed/_staging`` (on the same file system, so the rename is atomic):
finding a killed run's leftovers then lists that folder, not folders that
hold a file per archived document.  A temporary's name says who wrote it,
``.<name>.<host>.<pid>.<token>.tmp``, so a later run can tell a dead run's
leftovers (same host, process gone: removed at once) from a live writer's
(kept; another host's are removed once they are an hour old).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import secrets
import socket
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

# Names of files still being written or not meant for us: browser and office
# partial downloads, editor swap files, our own temporaries, dotfiles.
PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", "~")
PARTIAL_PREFIXES = (".", "~$")

HOST = socket.gethostname().replace("/", "_")
STAGING_DIR = "_staging"  # under processed/: the stores' temporaries
TEMP_SUFFIX = ".tmp"
# Far longer than any write: a temporary this old from another host belongs to a dead run.
STALE_TEMPORARY = 3600.0


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()  # what open() would give: 0644 under the usual umask


# -- raw publications --------------------------------------------------------------------------------


def is_partial_name(name: str) -> bool:
    """Whether a file name looks unfinished or hidden (skip it).

    >>> [is_partial_name(n) for n in ["a.txt", "a.pdf.part", "~$a.docx", ".a.txt", "b.crdownload", "c.tmp"]]
    [False, True, True, True, True, True]
    """
    lowered = name.lower()
    return lowered.startswith(PARTIAL_PREFIXES) or lowered.endswith(PARTIAL_SUFFIXES)


def source_key(path: Path, raw_dir: Path) -> str:
    """The manifest key of a raw file: relative to raw/ when inside it, else absolute.

    >>> source_key(Path("/d/raw/a/x.pdf"), Path("/d/raw")), source_key(Path("/e/y.txt"), Path("/d/raw"))
    ('a/x.pdf', '/e/y.txt')
    """
    try:
        return path.relative_to(raw_dir).as_posix()
    except ValueError:
        return path.as_posix()


def key_path(key: str, raw_dir: Path) -> Path:
    """The raw file a manifest key names (the inverse of ``source_key``).

    >>> key_path("a/x.pdf", Path("/d/raw")).as_posix(), key_path("/e/y.txt", Path("/d/raw")).as_posix()
    ('/d/raw/a/x.pdf', '/e/y.txt')
    """
    return Path(key) if key.startswith("/") else raw_dir / key


class FileStat(NamedTuple):
    """What identifies a raw file's bytes without reading them (as git's index does).

    Tuples, not dataclasses: a run makes one per raw file of the archive.
    """

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path | str) -> FileStat:
        return cls.from_stat(os.stat(path))

    @classmethod
    def from_stat(cls, info: os.stat_result) -> FileStat:
        return cls(info.st_size, info.st_mtime_ns, info.st_ino)


class RawFile(NamedTuple):
    """A raw file found on disk: its absolute path and, if it could be read, its stat."""

    path: str
    stat: FileStat | None

    @classmethod
    def of(cls, path: Path | str) -> RawFile:
        try:
            return cls(str(path), FileStat.of(path))
        except OSError:
            return cls(str(path), None)


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a run builds a tuple per archived file.

    Those tuples form no cycles (reference counting frees them), but each
    batch of them that survives makes the collector walk every live object
    again: planning 3*10^4 unchanged files took 25 us each with it, 16
    without.  Nested uses are fine; it resumes only if it was running.
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


@no_cycle_collection()
def walk(root: str, stat: bool = True) -> list[RawFile]:
    """Every finished file under the folder ``root``, sorted; partial and hidden ones skipped.

    Strings and ``os.scandir`` rather than ``Path`` objects and a stat per
    question: an archive's raw/ holds 10^4-10^5 files and is listed by
    every run.  Hidden folders (.git) are never entered.
    """
    found: list[RawFile] = []
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            continue
        for entry in entries:
            lowered = entry.name.lower()  # is_partial_name, inline: this loop runs per archived file
            if lowered.startswith(PARTIAL_PREFIXES) or lowered.endswith(PARTIAL_SUFFIXES):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif entry.is_file():
                    info = entry.stat() if stat else None  # one stat: FileStat.from_stat, inline
                    known = FileStat(info.st_size, info.st_mtime_ns, info.st_ino) if info else None
                    found.append(RawFile(entry.path, known))
            except OSError:  # vanished while listed: the plan says so when it reads it
                found.append(RawFile(entry.path, None))
    found.sort()  # by path: no two are the same
    return found


def raw_files(root: Path) -> list[Path]:
    """Every finished file under ``root`` (recursively), sorted, partial and hidden ones skipped."""
    if root.is_file():
        return [root]
    return [Path(raw.path) for raw in walk(str(root), stat=False)]


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# -- writing -----------------------------------------------------------------------------------------


def staging(processed_dir: Path) -> Path:
    """The folder of a store's temporaries."""
    return processed_dir / STAGING_DIR


def temp_path(target: Path, folder: Path | None = None) -> Path:
    """A new temporary for ``target`` in ``folder`` (default: beside it), named for this host and process."""
    name = f".{target.name}.{HOST}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
    return (target.parent if folder is None else folder) / name


def write_temp(target: Path, data: bytes, folder: Path | None = None) -> Path:
    """Write ``data`` to a new temporary for ``target`` in ``folder`` (default: beside it; on the
    same file system, for the rename), mode 0644 under the usual umask."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(target, folder)
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def write_atomic(target: Path, data: bytes, folder: Path | None = None) -> None:
    """Write ``data`` to ``target`` via a temporary (in ``folder``, default beside it) and ``os.replace``."""
    tmp = write_temp(target, data, folder)
    try:
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def same_bytes(target: Path, data: bytes) -> bool:
    """Whether ``target`` already holds exactly ``data`` (re-ingesting the same bytes touches nothing)."""
    try:
        return target.stat().st_size == len(data) and target.read_bytes() == data
    except FileNotFoundError:
        return False


def write_if_changed(target: Path, data: bytes, folder: Path | None = None) -> bool:
    """Write only when the content differs; whether it wrote."""
    if same_bytes(target, data):
        return False
    write_atomic(target, data, folder)
    return True


# -- temporaries of killed runs ----------------------------------------------------------------------


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def is_abandoned(path: Path, now: float | None = None) -> bool:
    """Whether a temporary belongs to no live writer.

    Ours on this host: its process is gone.  Anything else (another host, an
    older naming): it is older than ``STALE_TEMPORARY``.
    """
    parts = path.name.rsplit(".", 3)  # [".<name>.<host>", pid, token, "tmp"]
    if len(parts) == 4 and parts[0].endswith(f".{HOST}") and parts[1].isdigit():
        pid = int(parts[1])
        if pid == os.getpid():
            return False
        if not _alive(pid):
            return True
    try:
        age = (time.time() if now is None else now) - path.stat().st_mtime
    except FileNotFoundError:
        return False
    return age > STALE_TEMPORARY


def temporaries(folders: Iterable[Path]) -> list[Path]:
    """Our temporaries (``.*.tmp``) directly inside ``folders``."""
    found: list[Path] = []
    for folder in folders:
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            found.extend(
                Path(entry.path)
                for entry in os.scandir(folder)
                if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX)
            )
    return sorted(found)


def sweep_temporaries(folders: Iterable[Path], keep: Iterable[Path] = ()) -> int:
    """Remove abandoned temporaries in ``folders`` except ``keep``; how many were removed."""
    kept = set(keep)
    removed = 0
    for path in temporaries(folders):
        if path not in kept and is_abandoned(path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
    return removed
