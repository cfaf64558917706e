"""Mentions: figures found in text before they become validated facts."""

from __future__ import annotations

from dataclasses import dataclass

from extractors._typing import FactKind, Span


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure at ``text[start:end]``.

    ``value`` is an exact decimal string (numbers) or an ISO 8601 value
    (dates); ``unit`` an ISO 4217 code, ``%``, ``%p``, ``x`` or None.
    """

    kind: FactKind
    start: int
    end: int
    value: str
    unit: str | None

    @property
    def span(self) -> Span:
        return (self.start, self.end)
