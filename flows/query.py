"""SQL over the processed facts, with DuckDB.

``processed/facts.parquet`` (one row per fact, written by ``suchi ingest``),
or the parquet parts of a partitioned facts table, is exposed as a view
named ``facts`` on a connection that can read nothing else and write
nothing; results print as an aligned text table, or as CSV.  Decimals
print exactly, without trailing zeros.
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
# A partitioned facts table: parquet parts under processed/facts/ (or facts.parquet/).
FACTS_DIRS = ("facts", FACTS_FILE)
# Hidden names are temporary files of a writer (``.x.parquet.tmp``).
_SKIPPED_PREFIXES = (".",)

# Run before access is locked: the connection then reads nothing but the facts
# dataset handed to it, writes no file, loads no extension and cannot undo this.
_LOCKDOWN = (
    "SET python_enable_replacements = false",  # no Python variables as tables
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET enable_external_access = false",  # no file, no network, no ATTACH, no INSTALL/LOAD
    "SET lock_configuration = true",  # and no SET that gives any of it back
)

READ_ONLY = "suchi query reads the facts table only and writes nothing"
_LOCKED = "configuration has been locked"

Row = tuple[Any, ...]


class QueryError(Exception):
    """A query that cannot run: no facts table yet, bad SQL, or a refused statement."""


def facts_path(processed_dir: Path) -> Path:
    return processed_dir / FACTS_FILE


def _visible(path: Path, root: Path) -> bool:
    return not any(part.startswith(_SKIPPED_PREFIXES) for part in path.relative_to(root).parts)


def facts_files(processed_dir: Path) -> tuple[list[Path], Path | None]:
    """The parquet files of the facts table, and the folder of its parts if it is partitioned.

    One ``facts.parquet`` file, ``facts*.parquet`` files beside it, and the
    parts under ``facts/`` or ``facts.parquet/`` (hive-partitioned or not;
    hidden files, such as a writer's temporaries, left out).
    """
    beside = processed_dir.glob("facts*.parquet")
    files = sorted(path for path in beside if path.is_file() and _visible(path, processed_dir))
    folder = next((processed_dir / name for name in FACTS_DIRS if (processed_dir / name).is_dir()), None)
    if folder is not None:
        files += sorted(
            path for path in folder.rglob("*.parquet") if path.is_file() and _visible(path, folder)
        )
    return files, folder


def _hive_partitioning(files: list[Path], folder: Path | None) -> Any:
    """The ``key=value`` folders of a partitioned table as text columns (None when there are none).

    Declared rather than inferred: a table whose only partition is hive's
    NULL (``__HIVE_DEFAULT_PARTITION__``) has no value to infer a type from.
    """
    if folder is None:
        return None
    import pyarrow as pa
    import pyarrow.dataset as ds

    keys: dict[str, None] = {}
    for path in files:
        if path.is_relative_to(folder):
            for part in path.relative_to(folder).parent.parts:
                key, equals, _ = part.partition("=")
                if equals:
                    keys.setdefault(key)
    if not keys:
        return None
    return ds.partitioning(pa.schema([(key, pa.string()) for key in keys]), flavor="hive")


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0]


def run_query(sql: str, processed_dir: Path) -> tuple[list[str], list[Row]]:
    """Run ``sql`` over the view ``facts``; return column names and rows.

    Read-only: the facts are handed to DuckDB as a pyarrow dataset and the
    connection is then locked without any file access, so ``COPY ... TO``,
    ``ATTACH``, ``INSTALL``/``LOAD``, ``read_csv('/etc/passwd')``, ``glob``
    and writes to processed/ are refused.  (DuckDB's ``allowed_paths`` would
    not do: a path allowed for reading may also be written.)
    """
    files, folder = facts_files(processed_dir)
    if not files:
        raise QueryError(f"no facts table at {facts_path(processed_dir)}: run `suchi ingest` first")
    import duckdb  # loaded by `suchi query` only, not by every command
    import pyarrow.dataset as ds

    try:
        dataset = ds.dataset(
            [str(path) for path in files],
            format="parquet",
            partitioning=_hive_partitioning(files, folder),
            partition_base_dir=str(folder) if folder is not None else None,
        )
    except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
        raise QueryError(f"cannot read the facts table in {processed_dir}: {error}") from None
    connection = duckdb.connect(":memory:")
    try:
        connection.register("suchi_facts_dataset", dataset)
        connection.execute("CREATE VIEW facts AS SELECT * FROM suchi_facts_dataset")
        for statement in _LOCKDOWN:
            connection.execute(statement)
        try:
            result = connection.execute(sql)
            if result.description is None:  # a statement without a result set
                return [], []
            columns = [column[0] for column in result.description]
            return columns, result.fetchall()
        except duckdb.PermissionException as error:
            raise QueryError(f"refused: {READ_ONLY} ({_first_line(error)})") from None
        except duckdb.InvalidInputException as error:
            if _LOCKED in str(error):
                raise QueryError(f"refused: {READ_ONLY} ({_first_line(error)})") from None
            raise QueryError(f"SQL error: {error}") from None
        except duckdb.Error as error:
            raise QueryError(f"SQL error: {error}") from None
    except duckdb.Error as error:
        raise QueryError(f"cannot read the facts table in {processed_dir}: {error}") from None
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
