"""The mypyc build of the hot modules: in use when it matches its sources, never when it is stale.

CI installs with compilation (``pip install -e .``), so there the whole suite runs the compiled
modules and this file checks that they are the ones loaded; the source build is checked here
against them on whole documents.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractors import compiled

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
IN_CI = os.environ.get("CI") == "true"


def _needs_build() -> None:
    """Skip where nothing was compiled (``SUCHI_PURE_PYTHON=1`` installs); CI always compiles."""
    if not (ROOT / "extractors" / compiled.STAMP_FILE).is_file():
        assert not IN_CI or compiled.pure_requested(), "CI must install the compiled build"
        pytest.skip("no compiled build in this tree (installed with SUCHI_PURE_PYTHON=1)")


def test_the_compiled_build_is_in_use() -> None:
    """Every module of MODULES loads from its extension (in CI: always; elsewhere when built
    and not stale, which a source edited since the build makes it)."""
    _needs_build()
    if compiled.pure_requested():
        pytest.skip("SUCHI_PURE_PYTHON is set")
    if compiled.BUILD == "stale" and not IN_CI:
        pytest.skip("a source changed since the build: reinstall to test the compiled build")
    assert compiled.BUILD == "compiled"
    for path in compiled.MODULES:
        module = sys.modules.get(compiled.module_name(path)) or __import__(compiled.module_name(path))
        assert not str(module.__file__).endswith(".py"), f"{path} runs from its source"


def _import_in(tree: Path, module: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Import ``module`` from a copy of the package at ``tree``; prints the file it loaded."""
    return subprocess.run(
        [sys.executable, "-W", "always", "-c", f"import {module} as m; print(m.__file__)"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tree), **env},
        timeout=300,
        check=True,
    )


@pytest.fixture(scope="module")
def built_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package as built here: sources, extensions and stamp."""
    _needs_build()
    tree = tmp_path_factory.mktemp("build")
    shutil.copytree(ROOT / "extractors", tree / "extractors", ignore=shutil.ignore_patterns("__pycache__"))
    return tree


def test_a_fresh_build_loads_compiled(built_copy: Path) -> None:
    if compiled.BUILD == "stale":
        pytest.skip("a source changed since the build: reinstall to test the compiled build")
    done = _import_in(built_copy, "extractors.context", SUCHI_PURE_PYTHON="")
    assert not done.stdout.strip().endswith(".py")
    assert "compiled build is older" not in done.stderr


def test_stale_build_runs_every_module_from_its_source(built_copy: Path, tmp_path: Path) -> None:
    """An edited compiled module (an editable install) makes every compiled module load from its
    .py, with a warning: the extension beside it holds the old text."""
    tree = tmp_path / "edited"
    shutil.copytree(built_copy, tree)
    edited = tree / "extractors" / "tables" / "units.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    done = _import_in(tree, "extractors.context", SUCHI_PURE_PYTHON="")
    assert done.stdout.strip() == str(tree / "extractors" / "context.py")
    assert "compiled build is older than extractors/tables/units.py" in done.stderr


def test_missing_stamp_is_stale(built_copy: Path, tmp_path: Path) -> None:
    tree = tmp_path / "unstamped"
    shutil.copytree(built_copy, tree)
    (tree / "extractors" / compiled.STAMP_FILE).unlink()
    done = _import_in(tree, "extractors.tables.read", SUCHI_PURE_PYTHON="")
    assert done.stdout.strip() == str(tree / "extractors" / "tables" / "read.py")
    assert "compiled build is older" in done.stderr


def test_pure_python_at_run_time(built_copy: Path) -> None:
    done = _import_in(built_copy, "extractors.tables", SUCHI_PURE_PYTHON="1")
    assert done.stdout.strip() == str(built_copy / "extractors" / "tables" / "__init__.py")
    assert "compiled build is older" not in done.stderr


def test_stamp_names_every_compiled_module() -> None:
    _needs_build()
    stamp = json.loads((ROOT / "extractors" / compiled.STAMP_FILE).read_text(encoding="utf-8"))
    assert sorted(stamp) == sorted(compiled.MODULES)


# Whole documents through both builds: one per reader the compiled modules serve.
PARITY_FILES = ["txt/001_*.txt", "html/002_*.html", "hwpx/003_*.hwpx", "pdf/004_*.pdf"]


def test_source_build_gives_the_compiled_builds_documents() -> None:
    """The sources (SUCHI_PURE_PYTHON=1) and the compiled build, each in a process of its own,
    give the same documents (the golden files hold the build under test to the expected)."""
    _needs_build()
    if compiled.BUILD != "compiled":
        pytest.skip(f"the compiled build is not in use here ({compiled.BUILD})")
    paths = [str(found) for pattern in PARITY_FILES for found in sorted(CORPUS.glob(pattern))[:1]]
    if len(paths) < len(PARITY_FILES):
        pytest.skip(f"no corpus at {CORPUS}")
    command = [str(Path(sys.executable).parent / "suchi"), "extract", *paths]
    outputs = {}
    for pure in ("1", ""):
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            env={**os.environ, "SUCHI_PURE_PYTHON": pure},
            timeout=600,
            check=True,
        )
        outputs[pure] = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(outputs[""]) == len(paths)
    assert outputs["1"] == outputs[""]


def test_doctests_of_compiled_modules_run_from_source() -> None:
    """mypyc keeps no docstrings: the doctests of the compiled modules (not collected in a
    compiled run, see conftest.py) run here, from the sources."""
    if compiled.BUILD != "compiled":
        pytest.skip("the modules run from their sources: pytest collects their doctests itself")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:xdist", *compiled.MODULES],
        capture_output=True,
        text=True,
        env={**os.environ, "SUCHI_PURE_PYTHON": "1"},
        cwd=ROOT,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert " passed" in done.stdout.splitlines()[-1]
