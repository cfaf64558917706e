"""A progress bar for long runs, shown only to a person watching a terminal.

The bar goes to stderr, so stdout (JSON Lines, query results) stays clean;
when stderr is a file or a pipe (CI, logs, Prefect workers) nothing is drawn.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")


def progress(iterable: Iterable[T], total: int, label: str, stream: TextIO | None = None) -> Iterator[T]:
    """Yield the items of ``iterable`` unchanged, drawing a bar on ``stream`` (stderr) if it is a terminal.

    ``total`` is the expected number of items (the bar's end); ``label``
    names the work, e.g. ``"extract"``.  Stopping early (``break``) closes
    the bar cleanly.
    """
    stream = sys.stderr if stream is None else stream
    if not _is_terminal(stream):
        yield from iterable
        return

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(file=stream, force_terminal=True)
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    # stdout carries the data (JSON Lines): never let the bar capture it.
    with Progress(*columns, console=console, transient=False, redirect_stdout=False) as bar:
        task = bar.add_task(label, total=total)
        for item in iterable:
            yield item
            bar.advance(task)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real stream
        return False
