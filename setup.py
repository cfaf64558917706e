"""Build: the hot modules compiled with mypyc (the rest of the metadata is in pyproject.toml).

``extractors.compiled.MODULES`` names them and says how a stale build is caught.
``SUCHI_PURE_PYTHON=1 pip install ...`` compiles nothing (the package is pure Python).
mypyc runs mypy over the modules in the build's own environment, where the
dependencies (spaCy, pydantic, regex …) are not installed: their types are Any there,
so the options of ``mypy --strict`` that would fail on Any are relaxed for the build
(the project's own check, ``mypy --strict extractors …``, sees the real types).
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
from pathlib import Path
from typing import Any, ClassVar

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
COMPILED = ROOT / "extractors" / "compiled.py"

# The options of mypy --strict that fail on a dependency typed Any (not installed in the build).
_BUILD_MYPY_OPTIONS = [
    "--ignore-missing-imports",
    "--allow-subclassing-any",
    "--allow-untyped-decorators",
    "--allow-untyped-calls",
    "--no-warn-return-any",
    "--no-warn-unused-ignores",
]


def _constant(name: str) -> Any:
    """A constant of extractors/compiled.py, read from its text (the package is not importable yet)."""
    for node in ast.parse(COMPILED.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise LookupError(f"{name} is not set in {COMPILED}")


def _pure() -> bool:
    return os.environ.get(str(_constant("PURE_ENV")), "") not in ("", "0")


class _BuildExt(build_ext):
    """build_ext, then the stamp of the sources compiled beside the extensions (see extractors.compiled)."""

    stamp: ClassVar[dict[str, str]] = {}  # set where the extensions are made, below

    def run(self) -> None:
        super().run()
        if not self.extensions:
            return
        text = json.dumps(self.stamp, indent=1, sort_keys=True) + "\n"
        name = str(_constant("STAMP_FILE"))
        targets = {Path(self.build_lib) / "extractors" / name}
        if self.inplace:  # editable installs and build_ext --inplace: the extensions are in the tree
            targets.add(ROOT / "extractors" / name)
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")


def _extensions() -> list[object]:
    if _pure():
        return []
    from mypyc.build import mypycify

    modules = [str(path) for path in _constant("MODULES")]
    # Hashed before mypyc reads them: the stamp says which text the extensions hold.
    _BuildExt.stamp = {path: hashlib.sha256((ROOT / path).read_bytes()).hexdigest() for path in modules}
    return list(
        mypycify(
            [*_BUILD_MYPY_OPTIONS, *modules],
            group_name=str(_constant("GROUP")),
            opt_level="3",
            debug_level="0",
        )
    )


setup(ext_modules=_extensions(), cmdclass={"build_ext": _BuildExt})
