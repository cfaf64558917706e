"""The progress bar: drawn on a terminal, silent otherwise, items always unchanged."""

from __future__ import annotations

import io

import pytest

from flows.progress import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Closed(io.StringIO):
    def isatty(self) -> bool:
        raise ValueError("I/O operation on closed file")


STREAMS = [
    ("pipe or file: silent", io.StringIO, False),
    ("closed stream: silent", Closed, False),
    ("terminal: a bar", Terminal, True),
]


@pytest.mark.parametrize(("make", "drawn"), [s[1:] for s in STREAMS], ids=[s[0] for s in STREAMS])
def test_progress(make: type[io.StringIO], drawn: bool) -> None:
    stream = make()
    items = ["a.pdf", "b.txt", "c.pdf"]
    assert list(progress(iter(items), total=len(items), label="extract", stream=stream)) == items
    output = stream.getvalue()
    assert ("extract" in output and "3/3" in output) is drawn
    assert bool(output) is drawn


def test_stopping_early_closes_the_bar() -> None:
    stream = Terminal()
    for item in progress(range(10), total=10, label="ingest", stream=stream):
        if item == 2:
            break
    assert "ingest" in stream.getvalue()
    assert "10/10" not in stream.getvalue()
