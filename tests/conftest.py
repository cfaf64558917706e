"""Shared fixtures: the corpus beside the clone (../shared/corpus), read in place."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
ACCEPTANCE = SHARED / "acceptance"


def corpus_files(ext: str) -> list[Path]:
    """Corpus publications of one format, or [] when ../shared is absent."""
    folder = CORPUS / ext
    return sorted(folder.glob(f"*.{ext}")) if folder.is_dir() else []


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not beside this clone ({CORPUS} is absent)")
    return CORPUS
