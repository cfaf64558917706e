"""What checking a document against the contract costs, per way of checking it.

    .venv/bin/python benchmarks/bench_validation.py [CORPUS_TXT_DIR] [--repeat 5]

The pipeline builds every Document through the pydantic models (strict,
closed): that is the one validation suchi does.  This prints, per document
of the corpus mix (CPU milliseconds), what a second check would add: the
JSON Schema with ``jsonschema`` (what ``suchi ingest`` did before), with
the compiled validators ``fastjsonschema`` and ``jsonschema-rs`` when
installed, pydantic re-reading the JSON, and what storing does instead:
serialising the JSON once.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "txt"


def per_document(check: Callable[[Any], object], docs: list[Any], repeat: int) -> float:
    """Best CPU milliseconds per document over ``repeat`` passes."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for doc in docs:
            check(doc)
        best = min(best, time.process_time() - start)
    return best / len(docs) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from extractors.pipeline import extract_file
    from schemas.export import SCHEMA_PATH
    from schemas.models import Document

    docs = [extract_file(path) for path in sorted(args.corpus.glob("*.txt"))]
    if not docs:
        raise SystemExit(f"no .txt files in {args.corpus}")
    texts = [doc.model_dump_json() for doc in docs]
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    ways: dict[str, Callable[[str], object]] = {
        "serialise the JSON (what ingest does now)": lambda text: None,
        "pydantic model_validate_json": Document.model_validate_json,
    }
    import jsonschema

    draft = jsonschema.Draft202012Validator(schema)
    ways["jsonschema Draft 2020-12 (ingest before)"] = lambda text: draft.validate(json.loads(text))
    try:
        import fastjsonschema

        compiled = fastjsonschema.compile(schema)
        ways["fastjsonschema (compiled)"] = lambda text: compiled(json.loads(text))
    except ImportError:
        print("fastjsonschema: not installed")
    try:
        import jsonschema_rs

        rust = jsonschema_rs.validator_for(schema)
        ways["jsonschema-rs"] = lambda text: rust.validate(json.loads(text))
    except ImportError:
        print("jsonschema-rs: not installed")

    facts = sum(len(doc.facts) for doc in docs) / len(docs)
    print(
        f"{len(docs)} documents, {facts:.0f} facts each on average; "
        f"CPU ms per document, best of {args.repeat}:"
    )
    serialise = per_document(lambda doc: doc.model_dump_json(), docs, args.repeat)
    for name, check in ways.items():
        cost = serialise if name.startswith("serialise") else per_document(check, texts, args.repeat)
        print(f"  {name:45s} {cost:8.2f}")


if __name__ == "__main__":
    main()
