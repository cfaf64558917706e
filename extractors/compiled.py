"""Which build of the hot modules runs: compiled by mypyc, or their Python source.

``setup.py`` compiles ``MODULES`` with mypyc when the package is installed
(``pip install .`` or ``pip install -e .``; ``SUCHI_PURE_PYTHON=1`` at install
compiles nothing): one shared library ``extractors/compiled__mypyc*.so`` for
them all, and a small extension beside each ``.py``, which wins its import.
Beside them it writes ``STAMP_FILE``: the sha256 of each source it compiled.

An editable install keeps those extensions in the source tree, where an edited
``.py`` would lose its import to the extension built from the old text.  So on
import of ``extractors`` (before any hot module loads) the stamp is compared with
the sources: when one differs, or the stamp is missing, every module runs from
its source, with a warning saying how to build again.  All of them, not only the
edited one: compiled modules call each other inside the shared library, never
through an import.  ``SUCHI_PURE_PYTHON=1`` at run time chooses the sources too.

This module imports the standard library only; ``setup.py`` reads ``MODULES`` from
its text, without running it.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import json
import os
import sys
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType

# The modules compiled, by path from the repository root.  Each must compile with mypyc
# (``mypy --strict`` clean is most of it) and hold no class or function that tests or
# callers replace at run time.
MODULES = (
    "extractors/checks.py",
    "extractors/context.py",
    "extractors/document_context.py",
    "extractors/nlp.py",
    "extractors/pipeline.py",
    "extractors/readers/builder.py",
    "extractors/readers/html.py",
    "extractors/readers/html_charset.py",
    "extractors/readers/html_content.py",
    "extractors/readers/html_dom.py",
    "extractors/readers/html_tables.py",
    "extractors/tables/__init__.py",
    "extractors/tables/above.py",
    "extractors/tables/dates.py",
    "extractors/tables/groups.py",
    "extractors/tables/headers.py",
    "extractors/tables/labels.py",
    "extractors/tables/model.py",
    "extractors/tables/periods.py",
    "extractors/tables/read.py",
    "extractors/tables/text.py",
    "extractors/tables/units.py",
    "extractors/tables/write.py",
)
GROUP = "extractors.compiled"  # the shared library: extractors/compiled__mypyc*.so
STAMP_FILE = "compiled_sources.json"  # beside this module: {path: sha256 of the source compiled}
PURE_ENV = "SUCHI_PURE_PYTHON"

_PACKAGE_DIR = Path(__file__).resolve().parent  # extractors/, where it is installed or checked out


def module_name(path: str) -> str:
    """The module a source path holds.

    >>> module_name("extractors/tables/read.py"), module_name("extractors/tables/__init__.py")
    ('extractors.tables.read', 'extractors.tables')
    """
    parts = path.removesuffix(".py").split("/")
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_hashes(root: Path, paths: Sequence[str] = MODULES) -> dict[str, str]:
    """The sha256 of each source file under ``root`` (a repository or site-packages); '' if missing."""
    hashes = {}
    for path in paths:
        file = root / path
        hashes[path] = hashlib.sha256(file.read_bytes()).hexdigest() if file.is_file() else ""
    return hashes


def stale_sources(stamp: Mapping[str, str], current: Mapping[str, str]) -> list[str]:
    """The sources whose text is not the one compiled (a module not compiled at all counts).

    >>> stale_sources({"a.py": "1", "b.py": "2"}, {"a.py": "1", "b.py": "3"})
    ['b.py']
    >>> stale_sources({"a.py": "1"}, {"a.py": "1", "b.py": "2"})
    ['b.py']
    """
    return sorted(path for path, digest in current.items() if stamp.get(path) != digest)


def pure_requested(environ: Mapping[str, str] = os.environ) -> bool:
    """``SUCHI_PURE_PYTHON`` set to anything but '' or '0'.

    >>> [pure_requested(environ) for environ in ({}, {PURE_ENV: "0"}, {PURE_ENV: "1"})]
    [False, False, True]
    """
    return environ.get(PURE_ENV, "") not in ("", "0")


def _has_extensions(package_dir: Path) -> bool:
    """Whether a compiled build lies in the package (its shared library)."""
    library = GROUP.rsplit(".", 1)[1] + "__mypyc"
    return any(
        (package_dir / (library + suffix)).is_file() for suffix in importlib.machinery.EXTENSION_SUFFIXES
    )


def _read_stamp(package_dir: Path) -> dict[str, str]:
    try:
        stamp = json.loads((package_dir / STAMP_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in stamp.items()} if isinstance(stamp, dict) else {}


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Loads ``extractors`` modules not in ``compiled`` from their ``.py``, past any extension beside it."""

    def __init__(self, compiled: frozenset[str]) -> None:
        self.compiled = compiled

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith("extractors.") or fullname in self.compiled or path is None:
            return None
        for entry in path:
            finder = importlib.machinery.FileFinder(
                entry, (importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES)
            )
            spec = finder.find_spec(fullname)
            if spec is not None and spec.loader is not None:
                return spec
        return None  # no source (the shared library itself): the usual finders


def choose_build(package_dir: Path = _PACKAGE_DIR) -> str:
    """Decide which build the hot modules load from: 'compiled', 'pure' or 'stale' (the
    sources, with a warning); installs the finder that makes it so.  Runs on import."""
    sys.meta_path[:] = [finder for finder in sys.meta_path if not isinstance(finder, _SourceFinder)]
    compiled: frozenset[str] = frozenset()
    if not _has_extensions(package_dir):
        build = "pure"  # an install that compiled nothing: the sources are all there is
    elif pure_requested():
        build = "pure"
    else:
        stale = stale_sources(_read_stamp(package_dir), source_hashes(package_dir.parent))
        if stale:
            build = "stale"
            warnings.warn(
                f"suchi: the compiled build is older than {', '.join(stale[:3])}"
                f"{' …' if len(stale) > 3 else ''}; running every compiled module from its source "
                "(slower). Build again with `pip install -e .` (or install with SUCHI_PURE_PYTHON=1 "
                "to compile nothing).",
                RuntimeWarning,
                stacklevel=2,
            )
        else:
            build = "compiled"
            compiled = frozenset(module_name(path) for path in MODULES)
    # Also when compiled: an extension left from an older build beside a module no longer
    # compiled must not load.
    sys.meta_path.insert(0, _SourceFinder(compiled))
    return build


BUILD = choose_build()
