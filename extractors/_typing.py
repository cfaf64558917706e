"""Type aliases shared by the extractors."""

from decimal import Decimal
from typing import Literal

Span = tuple[int, int]
BBox = tuple[float, float, float, float]
FactKind = Literal["amount", "percent", "percent_point", "multiple", "date"]
Unit = tuple[FactKind, str, Decimal]
"""What governs a bare number: its kind, unit and multiplier (억 달러 → amount, USD, 10⁸)."""
