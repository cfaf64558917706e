"""A document's facts as rows of the facts table (Arrow and Parquet), one row per fact.

The columns are the same in every store: the folder store writes them as
one Parquet file per document, the PostgreSQL store as rows of its
``facts`` view.  Context columns follow ``schemas.Context`` field by field,
so a context field added to the contract becomes a column here too.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.models import Context, Document

VALUE_DECIMAL = pa.decimal128(38, 10)
_QUANTUM = Decimal(1).scaleb(-10)
_MAX_DIGITS = 38

CONTEXT_COLUMNS: tuple[str, ...] = tuple(Context.model_fields)

FACTS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("fact_id", pa.string()),
        ("kind", pa.string()),
        ("text", pa.string()),
        ("span_start", pa.int64()),
        ("span_end", pa.int64()),
        ("page", pa.int32()),
        ("value", pa.string()),
        ("value_decimal", VALUE_DECIMAL),
        ("unit", pa.string()),
        *[(name, pa.string()) for name in CONTEXT_COLUMNS],
        ("table_caption", pa.string()),
        ("table_row", pa.string()),
        ("table_column", pa.string()),
    ]
)
FACT_COLUMNS: tuple[str, ...] = tuple(FACTS_SCHEMA.names)


def exact_decimal(value: str, kind: str) -> Decimal | None:
    """A fact's value as decimal128(38, 10), or None for dates and values that do not fit.

    >>> exact_decimal("264290000000", "amount"), exact_decimal("-2.5", "percent")
    (Decimal('264290000000.0000000000'), Decimal('-2.5000000000'))
    >>> exact_decimal("2025", "date") is None
    True
    """
    if kind == "date":
        return None
    try:
        number = Decimal(value)
        exact = number.quantize(_QUANTUM)
    except InvalidOperation:
        return None
    if exact != number or len(exact.as_tuple().digits) > _MAX_DIGITS:
        return None  # more than 10 decimals or 28 integer digits: keep the string only
    return exact


def document_columns(doc: Document, source: str) -> dict[str, list[Any]]:
    """The facts of ``doc`` column by column; ``source`` is the raw file's key (relative to raw/)."""
    meta = doc.document
    facts = doc.facts
    count = len(facts)
    published = date.fromisoformat(meta.published) if meta.published else None
    contexts = [fact.context for fact in facts]
    tables = [fact.table for fact in facts]
    columns: dict[str, list[Any]] = {
        "doc_id": [meta.id] * count,
        "source": [source] * count,
        "title": [meta.title] * count,
        "published": [published] * count,
        "fact_id": [fact.id for fact in facts],
        "kind": [fact.kind for fact in facts],
        "text": [fact.text for fact in facts],
        "span_start": [fact.span[0] for fact in facts],
        "span_end": [fact.span[1] for fact in facts],
        "page": [fact.page for fact in facts],
        "value": [fact.value for fact in facts],
        "value_decimal": [exact_decimal(fact.value, fact.kind) for fact in facts],
        "unit": [fact.unit for fact in facts],
    }
    for name in CONTEXT_COLUMNS:
        columns[name] = [getattr(context, name) for context in contexts]
    columns["table_caption"] = [cell.caption if cell else None for cell in tables]
    columns["table_row"] = [cell.row if cell else None for cell in tables]
    columns["table_column"] = [cell.column if cell else None for cell in tables]
    return columns


def document_rows(doc: Document, source: str) -> list[dict[str, Any]]:
    """The facts of ``doc`` as one dict per row (for row-wise stores)."""
    columns = document_columns(doc, source)
    return [dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)]


def facts_table(doc: Document, source: str) -> pa.Table:
    return pa.table(document_columns(doc, source), schema=FACTS_SCHEMA)


def parquet_bytes(table: pa.Table) -> bytes:
    """A table as one Parquet file's bytes (snappy, statistics for DuckDB's pruning)."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())


def with_source(table: pa.Table, source: str) -> pa.Table:
    """The same rows with another ``source`` (a document now listed under another name)."""
    index = table.schema.get_field_index("source")
    return table.set_column(index, "source", pa.array([source] * table.num_rows, pa.string()))
