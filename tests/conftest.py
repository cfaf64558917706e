"""Shared fixtures: the corpus beside the clone (../shared/corpus), read in place."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

from extractors import extract_source
from extractors.readers import SourceDocument, read_path
from schemas import Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
ACCEPTANCE = SHARED / "acceptance"
SUCHI = Path(sys.executable).with_name("suchi")  # the console script of the venv running the tests


def corpus_files(ext: str) -> list[Path]:
    """Corpus publications of one format, or [] when ../shared is absent."""
    folder = CORPUS / ext
    return sorted(folder.glob(f"*.{ext}")) if folder.is_dir() else []


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not beside this clone ({CORPUS} is absent)")
    return CORPUS


@functools.cache
def corpus_source(path: Path) -> SourceDocument:
    """A corpus publication read once per test process (PDF parsing is the slow part)."""
    return read_path(path)


@functools.cache
def corpus_document(path: Path) -> Document:
    """A corpus publication extracted once per test process."""
    return extract_source(corpus_source(path))
