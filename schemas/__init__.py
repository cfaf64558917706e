"""Validated records of suchi: the contract's document and fact JSON (../CONTRACT.md)."""

from schemas.models import (
    PARTNER_GROUPS,
    SCHEMA_VERSION,
    Check,
    Context,
    Document,
    DocumentMeta,
    Fact,
    Metric,
    Record,
    TableCell,
    Warning,
)

__all__ = [
    "PARTNER_GROUPS",
    "SCHEMA_VERSION",
    "Check",
    "Context",
    "Document",
    "DocumentMeta",
    "Fact",
    "Metric",
    "Record",
    "TableCell",
    "Warning",
]
