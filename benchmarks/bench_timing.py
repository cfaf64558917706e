"""The timing every benchmark shares: the best of alternating runs."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(
    repeat: int, runs: dict[str, Callable[[], object]], clock: Callable[[], float] = time.perf_counter
) -> dict[str, float]:
    """Best time of each run by ``clock``; runs alternate so that they share the machine's load."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            started = clock()
            run()
            best[name] = min(best[name], clock() - started)
    return best
