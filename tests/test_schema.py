"""The records: strict, frozen, closed, and the committed JSON Schema in step."""

from __future__ import annotations

from typing import Any, get_args

import pytest
from pydantic import ValidationError

from schemas import Document, DocumentMeta, Fact, Metric
from schemas.export import SCHEMA_PATH, document_schema_json

META = DocumentMeta(
    id="0" * 64, source="raw/x.txt", title="t", published="2026-05-28", kind="news", pages=None
)
GOOD_FACT: dict[str, Any] = {
    "id": "f0001",
    "kind": "amount",
    "text": "2642억9천만 달러",
    "span": (4, 15),
    "value": "264290000000",
    "unit": "USD",
}

FACTS_VALID = [
    ("amount", {}),
    ("negative amount", {"value": "-1200000000"}),
    ("percent", {"kind": "percent", "value": "12.4", "unit": "%", "text": "12.4%", "span": (0, 5)}),
    ("percent point", {"kind": "percent_point", "value": "0.6", "unit": "%p"}),
    ("multiple", {"kind": "multiple", "value": "0.5", "unit": "x"}),
    ("date year", {"kind": "date", "value": "2025", "unit": None}),
    ("date minute", {"kind": "date", "value": "2026-05-28T10:00", "unit": None}),
    ("date quarter", {"kind": "date", "value": "2026-Q1", "unit": None}),
    ("date half", {"kind": "date", "value": "2026-H2", "unit": None}),
    ("date interval", {"kind": "date", "value": "2026/2030", "unit": None}),
    ("date open interval", {"kind": "date", "value": "../2030", "unit": None}),
    ("page and bbox", {"page": 2, "bbox": (1.0, 2.0, 3.0, 4.0)}),
    ("v2 metric current_account", {"context": {"metric": "current_account", "subject": "상품수지"}}),
    ("v2 metric fiscal_balance", {"context": {"metric": "fiscal_balance"}}),
    ("v2 metric government_debt", {"context": {"metric": "government_debt"}}),
    ("v2 metric prices", {"context": {"metric": "prices"}}),
    ("v2 metric employment", {"context": {"metric": "employment"}}),
    ("v2 metric output", {"context": {"metric": "output"}}),
    ("v2 metric lending", {"context": {"metric": "lending"}}),
    ("partner_code ISO", {"context": {"partner": "케이맨제도", "partner_code": "KY"}}),
    ("partner_code group", {"context": {"partner": "중남미", "partner_code": "LATIN_AMERICA"}}),
    ("partner_code group MIDDLE_EAST", {"context": {"partner": "중동", "partner_code": "MIDDLE_EAST"}}),
    ("partner_code WORLD", {"context": {"partner_code": "WORLD"}}),
]

FACTS_INVALID = [
    ("float value", {"value": 264290000000.0}),
    ("exponent value", {"value": "2.6429E+11"}),
    ("amount without currency", {"unit": None}),
    ("amount with lowercase unit", {"unit": "usd"}),
    ("percent with x unit", {"kind": "percent", "value": "1", "unit": "x"}),
    ("date with unit", {"kind": "date", "value": "2025", "unit": "USD"}),
    ("date month 13", {"kind": "date", "value": "2025-13", "unit": None}),
    ("date as words", {"kind": "date", "value": "지난해", "unit": None}),
    ("empty span", {"span": (5, 5)}),
    ("reversed span", {"span": (9, 5)}),
    ("page zero", {"page": 0}),
    ("bad id", {"id": "fact-1"}),
    ("unknown kind", {"kind": "count"}),
    ("extra field", {"confidence": 0.9}),
    ("unknown metric", {"context": {"metric": "sales"}}),
    ("context as list", {"context": ["export"]}),
    ("v1-only reading of a balance", {"context": {"metric": "balance"}}),
    ("partner_code lowercase", {"context": {"partner_code": "us"}}),
    ("partner_code alpha-3", {"context": {"partner_code": "USA"}}),
    ("partner_code unknown group", {"context": {"partner_code": "SOUTH_ASIA"}}),
    ("partner_code as name", {"context": {"partner_code": "미국"}}),
]


@pytest.mark.parametrize(("name", "change"), FACTS_VALID, ids=[row[0] for row in FACTS_VALID])
def test_valid_fact(name: str, change: dict[str, Any]) -> None:
    assert Fact(**{**GOOD_FACT, **change}).id == "f0001"


@pytest.mark.parametrize(("name", "change"), FACTS_INVALID, ids=[row[0] for row in FACTS_INVALID])
def test_invalid_fact(name: str, change: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Fact(**{**GOOD_FACT, **change})


def test_records_are_frozen() -> None:
    fact = Fact(**GOOD_FACT)
    with pytest.raises(ValidationError):
        fact.value = "1"  # type: ignore[misc]


def test_document_rejects_span_that_does_not_index_text() -> None:
    fact = Fact(**GOOD_FACT)
    with pytest.raises(ValidationError, match="f0001"):
        Document(document=META, text="수출은 2642억 9천만 달러", facts=[fact])


def test_document_round_trips_through_json() -> None:
    text = "수출은 2642억9천만 달러로"
    document = Document(document=META, text=text, facts=[Fact(**GOOD_FACT)])
    assert Document.model_validate_json(document.model_dump_json()) == document


def test_schema_version_is_2() -> None:
    assert Document(document=META, text="", facts=[]).schema_version == 2
    with pytest.raises(ValidationError):
        Document(schema_version=1, document=META, text="", facts=[])  # type: ignore[arg-type]


def test_metric_vocabulary_is_the_contracts() -> None:
    assert set(get_args(Metric)) == {
        "export",
        "import",
        "trade_balance",
        "current_account",
        "investment",
        "budget",
        "fiscal_balance",
        "government_debt",
        "prices",
        "employment",
        "output",
        "lending",
        "other",
    }


def test_committed_schema_matches_models() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == document_schema_json(), (
        "schemas/document.schema.json is stale: run `python -m schemas.export`"
    )
