"""Where the flows read publications from and write records to.

The command line options win, then the environment (``SUCHI_RAW_DIR``,
``SUCHI_PROCESSED_DIR``, ``SUCHI_STORE``), then ``./raw`` and ``./processed``
under the current directory.  Paths are made absolute at once, so a flow
run started by a deployment in another directory still writes to the same
place.  ``store`` is a PostgreSQL URL, or None for the folder store in
processed/.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

RAW_ENV = "SUCHI_RAW_DIR"
PROCESSED_ENV = "SUCHI_PROCESSED_DIR"
STORE_ENV = "SUCHI_STORE"


@dataclass(frozen=True)
class Settings:
    raw_dir: Path
    processed_dir: Path
    store: str | None = None


def _pick(option: Path | str | None, env: str, default: str) -> Path:
    chosen = option if option is not None else (os.environ.get(env) or default)
    return Path(chosen).expanduser().resolve()


def resolve_settings(
    raw: Path | str | None = None, processed: Path | str | None = None, store: str | None = None
) -> Settings:
    """Option, then environment, then ``./raw`` / ``./processed`` (and the folder store).

    >>> import os
    >>> s = resolve_settings("/data/in", None)
    >>> str(s.raw_dir), s.processed_dir == Path(os.environ.get(PROCESSED_ENV) or "processed").resolve()
    ('/data/in', True)
    """
    return Settings(
        raw_dir=_pick(raw, RAW_ENV, "raw"),
        processed_dir=_pick(processed, PROCESSED_ENV, "processed"),
        store=store or os.environ.get(STORE_ENV) or None,
    )
