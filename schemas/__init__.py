"""Validated records of suchi: the contract's document and fact JSON (../CONTRACT.md)."""

from schemas.models import (
    SCHEMA_VERSION,
    Check,
    Context,
    Document,
    DocumentMeta,
    Fact,
    Record,
    TableCell,
    Warning,
)

__all__ = [
    "SCHEMA_VERSION",
    "Check",
    "Context",
    "Document",
    "DocumentMeta",
    "Fact",
    "Record",
    "TableCell",
    "Warning",
]
