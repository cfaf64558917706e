"""Collection: the doctests of mypyc-compiled modules run from their sources, not here.

A compiled module keeps no docstrings, and its ``__file__`` is its extension, not the
``.py`` pytest collects.  While the compiled build is in use (``extractors.compiled``),
those modules are not collected for doctests here; ``tests/test_compiled.py`` runs their
doctests from the sources in a process of its own.
"""

from __future__ import annotations

from pathlib import Path

from extractors import compiled

ROOT = Path(__file__).resolve().parent
_COMPILED_SOURCES = frozenset(ROOT / path for path in compiled.MODULES)


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    if compiled.BUILD == "compiled" and collection_path in _COMPILED_SOURCES:
        return True
    return None
