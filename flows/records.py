"""A document's facts as rows of the facts table (Arrow and Parquet), one row per fact.

The columns are the same in every store: the folder store writes them as
one Parquet file per document, the PostgreSQL store as rows of its
``facts`` view.  Context columns follow ``schemas.Context`` field by field,
so a context field added to the contract becomes a column here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from operator import attrgetter
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
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


# One tuple per fact (then per context) by C-level attribute getters, turned into columns by
# zip(*): a document has hundreds of facts, and a getattr per cell cost a third of storing one.
_FACT_FIELDS = attrgetter("id", "kind", "text", "span", "page", "value", "unit", "context", "table")
_CONTEXT_FIELDS = attrgetter(*CONTEXT_COLUMNS)
_TABLE_FIELDS = attrgetter("caption", "row", "column")
_NO_TABLE = (None, None, None)
# The largest value exact_decimal keeps: quantized to 10 decimals within Decimal's default 28 digits.
_DECIMAL_LIMIT = pa.scalar(Decimal(10) ** (28 - 10), VALUE_DECIMAL)


def _columns(doc: Document, source: str) -> dict[str, Sequence[Any]]:
    """Every column of ``doc``'s facts but ``value_decimal``."""
    meta = doc.document
    facts = doc.facts
    count = len(facts)
    published = date.fromisoformat(meta.published) if meta.published else None
    columns: dict[str, Sequence[Any]] = {
        "doc_id": [meta.id] * count,
        "source": [source] * count,
        "title": [meta.title] * count,
        "published": [published] * count,
    }
    if not count:
        return columns | {name: [] for name in FACT_COLUMNS if name not in columns}
    ids, kinds, texts, spans, pages, values, units, contexts, tables = zip(
        *map(_FACT_FIELDS, facts), strict=True
    )
    starts, ends = zip(*spans, strict=True)
    columns |= {
        "fact_id": ids,
        "kind": kinds,
        "text": texts,
        "span_start": starts,
        "span_end": ends,
        "page": pages,
        "value": values,
        "unit": units,
    }
    if len(CONTEXT_COLUMNS) == 1:  # attrgetter of one name gives the value, not a tuple
        columns[CONTEXT_COLUMNS[0]] = [_CONTEXT_FIELDS(context) for context in contexts]
    else:
        columns |= dict(zip(CONTEXT_COLUMNS, zip(*map(_CONTEXT_FIELDS, contexts), strict=True), strict=True))
    cells = [_NO_TABLE if cell is None else _TABLE_FIELDS(cell) for cell in tables]
    columns |= dict(
        zip(("table_caption", "table_row", "table_column"), zip(*cells, strict=True), strict=True)
    )
    return columns


def document_columns(doc: Document, source: str) -> dict[str, Sequence[Any]]:
    """The facts of ``doc`` column by column (in FACT_COLUMNS order); ``source`` is the raw file's key."""
    columns = _columns(doc, source)
    pairs = zip(columns["value"], columns["kind"], strict=True)
    columns["value_decimal"] = [exact_decimal(value, kind) for value, kind in pairs]
    return {name: columns[name] for name in FACT_COLUMNS}


def exact_decimals(values: Sequence[str], kinds: Sequence[str]) -> pa.Array:
    """``exact_decimal`` of each value, as one Arrow array: one cast for a document's facts.

    Arrow's safe cast refuses what does not fit decimal(38, 10) exactly (more
    than 10 decimals, 29 integer digits) and the values it keeps are then
    capped as ``exact_decimal`` caps them; if it refuses any, each value is
    read by ``exact_decimal``.

    >>> exact_decimals(["1.50", "2025-11", "-3"], ["amount", "date", "percent"]).to_pylist()
    [Decimal('1.5000000000'), None, Decimal('-3.0000000000')]
    """
    strings = pa.array(
        [None if kind == "date" else value for value, kind in zip(values, kinds, strict=True)], pa.string()
    )
    try:
        exact = strings.cast(VALUE_DECIMAL)
    except pa.ArrowInvalid:
        return pa.array([exact_decimal(v, k) for v, k in zip(values, kinds, strict=True)], VALUE_DECIMAL)
    too_large = pc.greater_equal(pc.abs(exact), _DECIMAL_LIMIT)
    if pc.any(too_large).as_py():
        return pc.if_else(too_large, pa.scalar(None, VALUE_DECIMAL), exact)
    return exact


def document_rows(doc: Document, source: str) -> list[dict[str, Any]]:
    """The facts of ``doc`` as one dict per row (for row-wise stores)."""
    columns = document_columns(doc, source)
    return [dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)]


def facts_table(doc: Document, source: str) -> pa.Table:
    columns: dict[str, Any] = _columns(doc, source)
    columns["value_decimal"] = exact_decimals(columns["value"], columns["kind"])
    return pa.table({name: columns[name] for name in FACT_COLUMNS}, schema=FACTS_SCHEMA)


def parquet_bytes(table: pa.Table) -> bytes:
    """A table as one Parquet file's bytes (snappy, statistics for DuckDB's pruning)."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())


def with_source(table: pa.Table, source: str) -> pa.Table:
    """The same rows with another ``source`` (a document now listed under another name)."""
    index = table.schema.get_field_index("source")
    return table.set_column(index, "source", pa.array([source] * table.num_rows, pa.string()))
