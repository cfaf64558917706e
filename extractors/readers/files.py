"""A publication's bytes from disk, refusing what could hang or exhaust memory.

Only a regular file is opened: a FIFO blocks until someone writes to it,
``/dev/zero`` never ends, a socket cannot be opened at all, and opening some
devices has side effects, so anything else is refused from its ``stat``
before it is opened.  The file is then opened without blocking and checked
again (it may have been swapped since), and at most ``max_bytes + 1`` bytes
are read, whatever size the file claims (files under /proc claim 0).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from extractors.errors import SuchiError

MAX_FILE_ENV = "SUCHI_MAX_FILE_MB"
# The largest ministry publications (white papers, annual work reports full of
# charts) run to a few tens of MB.  Past 100 MB a file is a mistake (a log, a
# dump, a disk image): 100 MB of text is ~1M facts, minutes of CPU and GBs of
# memory for one document, so it is refused before it is read.  0: no limit.
DEFAULT_MAX_FILE_MB = 100
MB = 1 << 20
_BLOCK = 1 << 20

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def path_text(path: Path | str) -> str:
    """A path as valid text: bytes of a name that are not UTF-8 become ``\\xNN`` escapes.

    Python keeps such bytes as lone surrogates, which no JSON or UTF-8 output can hold.

    >>> path_text(os.fsdecode(b"raw/\\xff\\xfe.txt")), path_text(Path("raw/수출.txt"))
    ('raw/\\\\xff\\\\xfe.txt', 'raw/수출.txt')
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def parse_max_mb(value: str) -> int:
    """A size limit in MB (2**20 bytes) as bytes; 0 is no limit.  ValueError when not a size.

    >>> parse_max_mb("200"), parse_max_mb("0.5"), parse_max_mb(" 0 ")
    (209715200, 524288, 0)
    """
    try:
        megabytes = float(value)
    except ValueError:
        megabytes = -1.0
    if not 0 <= megabytes < float("inf"):  # also refuses NaN
        raise ValueError(f"{value.strip()!r} is not a size in MB (a number >= 0; 0 = no limit)")
    return int(megabytes * MB)


def max_file_bytes() -> int:
    """The size limit from ``$SUCHI_MAX_FILE_MB``, else the default; 0 is no limit."""
    value = os.environ.get(MAX_FILE_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_FILE_MB * MB
    try:
        return parse_max_mb(value)
    except ValueError as error:
        raise SuchiError("bad_setting", f"{MAX_FILE_ENV}: {error}") from None


def file_kind(mode: int) -> str:
    """What a non-regular file is, for a message.

    >>> file_kind(stat.S_IFIFO | 0o644)
    'a FIFO (named pipe)'
    """
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _size(size: int) -> str:
    return f"{size / MB:,.1f} MB" if size >= MB else f"{size:,} bytes"


def _too_large(source: str, size: int, limit: int, *, at_least: bool = False) -> SuchiError:
    what = f"at least {_size(size)}" if at_least else _size(size)
    return SuchiError(
        "too_large",
        f"the file is {what}, over the limit of {_size(limit)} "
        f"(raise it with --max-file-mb or {MAX_FILE_ENV}; 0 = no limit)",
        source,
    )


def _check_mode(source: str, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise SuchiError("not_a_file", "a directory, not a file", source)
    if not stat.S_ISREG(mode):
        message = f"{file_kind(mode)}, not a regular file: not read (it may never end)"
        raise SuchiError("not_a_regular_file", message, source)


def _os_error(source: str, error: OSError) -> SuchiError:
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return SuchiError("not_found", "no such file", source)
    if isinstance(error, PermissionError):
        return SuchiError("unreadable", "permission denied", source)
    if error.errno == errno.ELOOP:
        return SuchiError("unreadable", "a loop of symbolic links", source)
    return SuchiError("unreadable", error.strerror or str(error), source)


def read_limited(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them.

    ``max_bytes`` None takes ``$SUCHI_MAX_FILE_MB`` (default
    ``DEFAULT_MAX_FILE_MB``); 0 is no limit.  SuchiError ``not_found``,
    ``not_a_file``, ``not_a_regular_file``, ``too_large`` or ``unreadable``.
    """
    source = path_text(path)
    limit = max_file_bytes() if max_bytes is None else max_bytes
    try:
        _check_mode(source, os.stat(path).st_mode)
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise _os_error(source, error) from None
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        try:
            status = os.fstat(descriptor)
            _check_mode(source, status.st_mode)  # swapped for a FIFO since the stat above?
            if limit and status.st_size > limit:
                raise _too_large(source, status.st_size, limit)
            chunks: list[bytes] = []
            total = 0
            while block := handle.read(_BLOCK if not limit else min(_BLOCK, limit + 1 - total)):
                chunks.append(block)
                total += len(block)
                if limit and total > limit:  # it grew while we read, or claimed a smaller size
                    raise _too_large(source, total, limit, at_least=True)
        except OSError as error:
            raise _os_error(source, error) from None
    return b"".join(chunks)
