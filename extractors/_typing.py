"""Type aliases shared by the extractors."""

from typing import Literal

Span = tuple[int, int]
BBox = tuple[float, float, float, float]
FactKind = Literal["amount", "percent", "percent_point", "multiple", "date"]
