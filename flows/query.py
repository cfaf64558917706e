"""SQL over the processed facts, with DuckDB.

``processed/facts.parquet`` (one row per fact, written by ``suchi ingest``)
is exposed as a view named ``facts``; results print as an aligned text
table, or as CSV.  Decimals print exactly, without trailing zeros.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

FACTS_FILE = "facts.parquet"

Row = tuple[Any, ...]


class QueryError(Exception):
    """A query that cannot run: no facts table yet, or bad SQL."""


def facts_path(processed_dir: Path) -> Path:
    return processed_dir / FACTS_FILE


def run_query(sql: str, processed_dir: Path) -> tuple[list[str], list[Row]]:
    """Run ``sql`` with ``facts`` bound to ``processed_dir/facts.parquet``; return column names and rows."""
    path = facts_path(processed_dir)
    if not path.exists():
        raise QueryError(f"no facts table at {path}: run `suchi ingest` first")
    # A directory of parquet parts is read as one table too.
    source = str(path / "**" / "*.parquet") if path.is_dir() else str(path)
    import duckdb  # loaded by `suchi query` only, not by every command

    connection = duckdb.connect(":memory:")
    try:
        literal = source.replace("'", "''")
        connection.execute(f"CREATE VIEW facts AS SELECT * FROM read_parquet('{literal}')")
        try:
            result = connection.execute(sql)
            if result.description is None:  # a statement without a result set
                return [], []
            columns = [column[0] for column in result.description]
            return columns, result.fetchall()
        except duckdb.Error as error:
            raise QueryError(f"SQL error: {error}") from None
    except duckdb.Error as error:
        raise QueryError(f"cannot read {path}: {error}") from None
    finally:
        connection.close()


def show(value: Any) -> str:
    """One value as text: exact decimals without trailing zeros, ISO dates.

    >>> show(Decimal("264290000000.0000000000")), show(Decimal("-2.5000")), show(None)
    ('264290000000', '-2.5', '')
    """
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: Korean and other wide characters count twice.

    >>> display_width("반도체 ICT")
    10
    """
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * (width - display_width(text))
    return fill + text if right else text + fill


def format_table(columns: Sequence[str], rows: Sequence[Row]) -> str:
    """An aligned text table: numbers right-aligned, NULL shown as ``NULL``."""
    if not columns:
        return ""
    numeric = [
        all(isinstance(row[i], int | float | Decimal) for row in rows if row[i] is not None)
        for i in range(len(columns))
    ]
    cells = [["NULL" if v is None else show(v).replace("\n", " ") for v in row] for row in rows]
    widths = [
        max([display_width(name)] + [display_width(row[i]) for row in cells])
        for i, name in enumerate(columns)
    ]
    lines = [
        " | ".join(_pad(name, widths[i], numeric[i] and bool(rows)) for i, name in enumerate(columns)),
        "-+-".join("-" * width for width in widths),
    ]
    lines += [" | ".join(_pad(cell, widths[i], numeric[i]) for i, cell in enumerate(row)) for row in cells]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def format_csv(columns: Sequence[str], rows: Sequence[Row]) -> str:
    """RFC 4180 CSV with a header row; NULL is an empty field."""
    if not columns:
        return ""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([show(value) for value in row] for row in rows)
    return buffer.getvalue()
