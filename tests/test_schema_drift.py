"""The pydantic models and schemas/document.schema.json cannot drift apart.

Documents are validated once, by pydantic, where the pipeline builds them;
the JSON Schema is what consumers check records against.  These tests
hold the two together: every document pydantic accepts, the JSON Schema
accepts; and pydantic rejects beyond the schema only through the
cross-field rules a JSON Schema cannot say (a span must index the text, a
value must fit its kind, an amount needs a currency).
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from schemas.export import SCHEMA_PATH
from schemas.models import Document
from tests.conftest import corpus_files

TEXT = "2025년 수출은 2642억9천만 달러로 12.4% 늘었다(단위: 억 달러)."
GOOD: dict[str, Any] = {
    "schema_version": 2,
    "document": {
        "id": "0" * 64,
        "source": "raw/x.pdf",
        "title": "수출",
        "published": "2026-05-28",
        "kind": "press_release",
        "pages": 2,
    },
    "text": TEXT,
    "facts": [
        {"id": "f0001", "kind": "date", "text": "2025년", "span": [0, 5], "value": "2025", "unit": None},
        {
            "id": "f0002",
            "kind": "amount",
            "text": "2642억9천만 달러",
            "span": [10, 21],
            "page": 1,
            "value": "264290000000",
            "unit": "USD",
            "context": {
                "metric": "export",
                "subject": "ICT",
                "partner": "미국",
                "partner_code": "US",
                "period": "2025",
                "change": "increase",
            },
            "table": {"caption": "수출", "unit_text": "억 달러", "row": "ICT", "column": "2025"},
            "bbox": [1.0, 2.0, 3.5, 4.0],
        },
        {"id": "f0003", "kind": "percent", "text": "12.4%", "span": [23, 28], "value": "12.4", "unit": "%"},
    ],
    "warnings": [{"code": "check_failed", "message": "x", "fact_ids": ["f0002"]}],
    "checks": [{"code": "balance", "passed": True, "message": "ok", "fact_ids": []}],
}
# What pydantic's own validators (not the field types) check: the rules a JSON Schema cannot state.
CROSS_FIELD = "value_error"
# JSON Schema counts 2.0 as an integer; strict pydantic wants 2. The records always write 2.
INTEGRAL_FLOAT = "int_type"


@functools.cache
def schema_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def verdicts(document: Any) -> tuple[bool, bool, set[str]]:
    """(pydantic accepts, the JSON Schema accepts, pydantic's error types)."""
    try:
        Document.model_validate_json(json.dumps(document))
        pydantic_ok, errors = True, set()
    except ValidationError as error:
        pydantic_ok, errors = False, {e["type"] for e in error.errors()}
    return pydantic_ok, schema_validator().is_valid(document), errors


def test_schema_version_true_is_rejected_as_the_schema_does() -> None:
    """Bug: the models took ``"schema_version": true`` (True == 1), the JSON Schema did not."""
    assert verdicts(mutate(GOOD, ("schema_version",), True))[:2] == (False, False)


def test_the_sample_document_is_valid_both_ways() -> None:
    assert GOOD["text"][10:21] == "2642억9천만 달러"
    assert verdicts(GOOD)[:2] == (True, True)


@pytest.mark.skipif(not corpus_files("txt"), reason="the shared corpus is not beside this clone")
@pytest.mark.parametrize("path", corpus_files("txt")[:2], ids=lambda p: p.name)
def test_extracted_documents_are_valid_both_ways(path: Any) -> None:
    from extractors.pipeline import extract_file

    document = json.loads(extract_file(path).model_dump_json())
    assert verdicts(document)[:2] == (True, True)


# Values to put anywhere in a document: right and wrong types, patterns and kinds.
JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=70),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.sampled_from(
        ["", "f0001", "f1", "2025", "2025-13", "2026-Q1", "../2030", "USD", "usd", "%", "%p", "x", "12.4",
         "1e5", "-2.5", "export", "sales", "amount", "count", "date", "increase", "news", "0" * 64]
    ),
    st.lists(st.integers(min_value=-1, max_value=40), max_size=3),
    st.just({}),
)  # fmt: skip


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value (keys of objects, indexes of arrays)."""
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += paths(value, (*prefix, index))
    return found


PATHS = paths(GOOD)


def mutate(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    changed = copy.deepcopy(document)
    node = changed
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return changed


@settings(max_examples=400, deadline=None)
@given(path=st.sampled_from(PATHS), value=JSON_VALUES)
def test_a_changed_document_gets_the_same_verdict(path: tuple[Any, ...], value: Any) -> None:
    pydantic_ok, schema_ok, errors = verdicts(mutate(GOOD, path, value))
    assert schema_ok or not pydantic_ok, f"the JSON Schema rejects what the models accept at {path}"
    if schema_ok and not pydantic_ok:
        allowed = {CROSS_FIELD} | (
            {INTEGRAL_FLOAT} if isinstance(value, float) and value.is_integer() else set()
        )
        assert errors <= allowed, f"the JSON Schema misses a field rule at {path}: {errors}"


@settings(max_examples=100, deadline=None)
@given(path=st.sampled_from([p for p in PATHS if isinstance(p[-1], str)]))
def test_a_removed_or_unknown_field_gets_the_same_verdict(path: tuple[Any, ...]) -> None:
    removed = copy.deepcopy(GOOD)
    node = removed
    for step in path[:-1]:
        node = node[step]
    del node[path[-1]]
    assert verdicts(removed)[0] == verdicts(removed)[1], f"required-ness of {path} differs"
    extra = mutate(GOOD, (*path[:-1], "confidence"), 0.9)
    assert verdicts(extra)[:2] == (False, False), f"an unknown field beside {path} is accepted"
