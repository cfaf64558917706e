"""Pydantic v2 records for the output contract.

Every record is strict, frozen and closed (``extra="forbid"``): a record that
validates is exactly what the contract promises.  Values are exact decimal
strings or ISO dates, never floats.
"""

from __future__ import annotations

import re
from typing import Final, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION: Final = 2

FactKind = Literal["amount", "percent", "percent_point", "multiple", "date"]
Metric = Literal[
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
]
PartnerGroup = Literal[
    "EU",
    "ASEAN",
    "MIDDLE_EAST",
    "LATIN_AMERICA",
    "NORTH_AMERICA",
    "EUROPE",
    "ASIA",
    "OCEANIA",
    "AFRICA",
    "CIS",
    "WORLD",
]
PARTNER_GROUPS: Final[tuple[str, ...]] = get_args(PartnerGroup)
Change = Literal["increase", "decrease", "surplus", "deficit"]
DocumentKind = Literal["press_release", "policy_brief", "work_report", "news", "research", "other"]

_DECIMAL = r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$"
# ISO 8601 at the granularity written: 2025, 2025-12, 2025-12-17, 2026-05-28T10:00,
# 2018-08-01T11:04:32 (seconds where written), 2026-Q1, 2026-H1, intervals A/B and open ../B.
_DATE_POINT = (
    r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])"
    r"(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?)?)?|-Q[1-4]|-H[12])?"
)
_DATE = rf"^(({_DATE_POINT})|(\.\.|{_DATE_POINT})/({_DATE_POINT}|\.\.))$"
_DATE_RE = re.compile(_DATE)
# A partner code: ISO 3166-1 alpha-2 (US, JP, KY) or one of the contract's group codes.
_PARTNER_CODE = rf"^([A-Z]{{2}}|{'|'.join(PARTNER_GROUPS)})$"
_DECIMAL_RE = re.compile(_DECIMAL)
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_KIND_UNITS: Final = {"percent": "%", "percent_point": "%p", "multiple": "x"}


class Record(BaseModel):
    """The one strict base every record subclasses."""

    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")


class Context(Record):
    """What a figure measures; null where unknown."""

    metric: Metric | None = None
    subject: str | None = None
    partner: str | None = None
    partner_code: str | None = Field(default=None, pattern=_PARTNER_CODE)
    period: str | None = Field(default=None, pattern=_DATE)
    change: Change | None = None


class TableCell(Record):
    """Where a fact sits in a table."""

    caption: str | None
    unit_text: str | None
    row: str | None
    column: str | None


class Fact(Record):
    id: str = Field(pattern=r"^f[0-9]{4,}$")
    kind: FactKind
    text: str = Field(min_length=1)
    span: tuple[int, int]
    page: int | None = Field(default=None, ge=1)
    value: str
    unit: str | None
    context: Context = Context()
    table: TableCell | None = None
    bbox: tuple[float, float, float, float] | None = None

    @field_validator("span")
    @classmethod
    def _span_ordered(cls, span: tuple[int, int]) -> tuple[int, int]:
        if not 0 <= span[0] < span[1]:
            raise ValueError(f"span {span} is not a non-empty [start, end)")
        return span

    @model_validator(mode="after")
    def _value_matches_kind(self) -> Fact:
        if self.kind == "date":
            if self.unit is not None or not _DATE_RE.match(self.value):
                raise ValueError(f"date value {self.value!r} / unit {self.unit!r} breaks the contract")
        elif not _DECIMAL_RE.match(self.value):
            raise ValueError(f"{self.kind} value {self.value!r} is not an exact decimal string")
        expected = _KIND_UNITS.get(self.kind)
        if expected and self.unit != expected:
            raise ValueError(f"{self.kind} unit must be {expected!r}, not {self.unit!r}")
        if self.kind == "amount" and not (self.unit and _CURRENCY_RE.match(self.unit)):
            raise ValueError(f"amount unit {self.unit!r} is not an ISO 4217 code")
        return self


class Warning(Record):
    code: str
    message: str
    fact_ids: list[str] = []


class Check(Record):
    """One consistency check between figures of a document, passed or failed."""

    code: str
    passed: bool
    message: str
    fact_ids: list[str] = []


class DocumentMeta(Record):
    id: str = Field(pattern=r"^[0-9a-f]{64}$")
    source: str
    title: str | None
    published: str | None = Field(default=None, pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    kind: DocumentKind | None
    pages: int | None = Field(default=None, ge=0)


class Document(Record):
    schema_version: Literal[2] = SCHEMA_VERSION
    document: DocumentMeta
    text: str
    facts: list[Fact]
    warnings: list[Warning] = []
    checks: list[Check] = []

    @field_validator("schema_version", mode="before")
    @classmethod
    def _version_not_a_boolean(cls, value: object) -> object:
        # Literal[1] takes True (True == 1 in Python); the JSON Schema's const 1 does not.
        if isinstance(value, bool):
            raise ValueError("schema_version is a number, not a boolean")
        return value

    @model_validator(mode="after")
    def _spans_index_text(self) -> Document:
        for fact in self.facts:
            start, end = fact.span
            if self.text[start:end] != fact.text:
                raise ValueError(f"{fact.id}: text[{start}:{end}] != {fact.text!r}")
        return self
