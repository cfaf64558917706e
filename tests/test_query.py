"""`suchi query`: SQL over processed/facts.parquet, printed as a table or CSV."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

from flows.cli_review import register
from flows.query import QueryError, display_width, format_csv, format_table, run_query, show

# The facts table as the ingest flow writes it (one row per fact).
FACTS_COLUMNS = pa.schema(
    [
        ("doc_id", pa.string()), ("source", pa.string()), ("title", pa.string()), ("published", pa.date32()),
        ("fact_id", pa.string()), ("kind", pa.string()), ("text", pa.string()),
        ("span_start", pa.int64()), ("span_end", pa.int64()), ("page", pa.int32()),
        ("value", pa.string()), ("value_decimal", pa.decimal128(38, 10)), ("unit", pa.string()),
        ("metric", pa.string()), ("subject", pa.string()), ("partner", pa.string()), ("period", pa.string()),
        ("change", pa.string()), ("table_caption", pa.string()), ("table_row", pa.string()),
        ("table_column", pa.string()),
    ]
)  # fmt: skip

DOC_A, DOC_B = "a" * 64, "b" * 64
# (doc, fact_id, kind, text, value, unit, metric, subject, partner, period, page)
FACT_ROWS = [
    (DOC_A, "f0001", "amount", "695억 달러", "69500000000", "USD", "export", "반도체", "미국", "2025-12", 1),
    (DOC_A, "f0002", "amount", "12.5억 달러", "1250000000", "USD", "export", "반도체", "중국", "2025-12", 1),
    (DOC_A, "f0003", "percent", "+13.4%", "13.4", "%", "export", "반도체", None, "2025-12", 2),
    (DOC_A, "f0004", "date", "2025년 12월", "2025-12", None, None, None, None, None, 1),
    (DOC_B, "f0001", "amount", "3,500억 원", "350000000000", "KRW", "budget", "ICT", None, "2026", None),
    (DOC_B, "f0002", "amount", "△2.5억 달러", "-250000000", "USD", "export", "자동차", None, "2026-Q1", None),
]


def write_facts(processed: Path) -> Path:
    processed.mkdir(parents=True, exist_ok=True)
    columns: dict[str, list[Any]] = {name: [] for name in FACTS_COLUMNS.names}
    for doc, fid, kind, text, value, unit, metric, subject, partner, period, page in FACT_ROWS:
        row = {
            "doc_id": doc, "source": f"raw/{doc[0]}.pdf", "title": "수출입 동향",
            "published": date(2026, 1, 1),
            "fact_id": fid, "kind": kind, "text": text, "span_start": 0, "span_end": len(text), "page": page,
            "value": value, "value_decimal": None if kind == "date" else Decimal(value), "unit": unit,
            "metric": metric, "subject": subject, "partner": partner, "period": period, "change": None,
            "table_caption": None, "table_row": None, "table_column": None,
        }  # fmt: skip
        for name, column in columns.items():
            column.append(row[name])
    path = processed / "facts.parquet"
    pq.write_table(pa.table(columns, schema=FACTS_COLUMNS), path)
    return path


@pytest.fixture
def processed(tmp_path: Path) -> Path:
    write_facts(tmp_path / "processed")
    return tmp_path / "processed"


README_QUESTION = (
    "SELECT subject, period, SUM(value_decimal) AS usd FROM facts "
    "WHERE metric='export' AND unit='USD' GROUP BY ALL ORDER BY usd DESC"
)

QUERIES = [
    ("README: USD exports by item and period", README_QUESTION, ["subject", "period", "usd"],
     [("반도체", "2025-12", "70750000000"), ("자동차", "2026-Q1", "-250000000")]),
    ("facts per kind", "SELECT kind, count(*) AS n FROM facts GROUP BY kind ORDER BY kind",
     ["kind", "n"], [("amount", "4"), ("date", "1"), ("percent", "1")]),
    ("dates have no decimal value", "SELECT value, value_decimal FROM facts WHERE kind = 'date'",
     ["value", "value_decimal"], [("2025-12", "")]),
    ("published is a date", "SELECT DISTINCT published FROM facts", ["published"], [("2026-01-01",)]),
    ("exact fractions survive", "SELECT value_decimal / 1000 AS k FROM facts WHERE text = '+13.4%'",
     ["k"], [("0.0134",)]),
    ("every contract column is there", "SELECT count(*) FROM (DESCRIBE facts)", ["count_star()"], [("21",)]),
]  # fmt: skip


@pytest.mark.parametrize(("sql", "columns", "rows"), [q[1:] for q in QUERIES], ids=[q[0] for q in QUERIES])
def test_run_query(processed: Path, sql: str, columns: list[str], rows: list[tuple[str, ...]]) -> None:
    got_columns, got_rows = run_query(sql, processed)
    assert got_columns == columns
    assert [tuple(show(v) for v in row) for row in got_rows] == rows


QUERY_ERRORS = [
    ("syntax error", "SELEC 1", "SQL error"),
    ("unknown column", "SELECT nope FROM facts", "SQL error"),
    ("unknown table", "SELECT * FROM documents", "SQL error"),
]


@pytest.mark.parametrize(("sql", "message"), [q[1:] for q in QUERY_ERRORS], ids=[q[0] for q in QUERY_ERRORS])
def test_bad_sql_is_a_query_error(processed: Path, sql: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        run_query(sql, processed)


def test_missing_facts_table_says_to_ingest(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="suchi ingest"):
        run_query("SELECT 1", tmp_path)


SHOWN = [
    ("decimal trailing zeros dropped", Decimal("69500000000.0000000000"), "69500000000"),
    ("negative fraction", Decimal("-2.5000000000"), "-2.5"),
    ("integer decimal keeps its zeros", Decimal("100"), "100"),
    ("null", None, ""),
    ("date", date(2026, 5, 28), "2026-05-28"),
    ("text", "반도체", "반도체"),
]


@pytest.mark.parametrize(("value", "expected"), [s[1:] for s in SHOWN], ids=[s[0] for s in SHOWN])
def test_show(value: object, expected: str) -> None:
    assert show(value) == expected


def test_table_aligns_korean_and_numbers() -> None:
    columns = ["subject", "usd"]
    rows = [("반도체", Decimal("70750000000")), ("ICT", Decimal("5")), (None, Decimal("-2.5"))]
    lines = format_table(columns, rows).splitlines()
    assert len(lines) == 2 + len(rows)
    bars = {display_width(line[: line.index("|")]) for line in lines if "|" in line}
    assert len(bars) == 1  # the column separator sits at the same screen column on every line
    assert lines[2].endswith("70750000000") and lines[3].endswith("          5")  # numbers right-aligned
    assert lines[4].startswith("NULL")


def test_csv_round_trips() -> None:
    columns = ["subject", "text", "usd"]
    rows = [("반도체", 'a "quoted", text', Decimal("1.50")), (None, "x", None)]
    parsed = list(csv.reader(io.StringIO(format_csv(columns, rows))))
    assert parsed == [columns, ["반도체", 'a "quoted", text', "1.5"], ["", "x", ""]]


def cli() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)  # keep subcommands named, as in the real app
    register(app)
    return app


CLI_CASES = [
    ("table", [README_QUESTION], 0, "반도체", ""),
    ("csv", [README_QUESTION, "--csv"], 0, "subject,period,usd\n반도체,2025-12,70750000000\n", ""),
    ("bad sql", ["SELEC 1"], 1, "", "suchi query: SQL error"),
]


@pytest.mark.parametrize(
    ("args", "status", "stdout", "stderr"), [c[1:] for c in CLI_CASES], ids=[c[0] for c in CLI_CASES]
)
def test_query_command(processed: Path, args: list[str], status: int, stdout: str, stderr: str) -> None:
    result = CliRunner().invoke(cli(), ["query", *args, "--processed", str(processed)])
    assert result.exit_code == status, result.output
    assert stdout in result.stdout
    assert stderr in result.stderr
    assert "Traceback" not in result.output


def test_query_command_without_ingest(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli(), ["query", "SELECT 1", "--processed", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "run `suchi ingest` first" in result.stderr


# -- read-only: what `suchi query` must refuse (issue 13: COPY ... TO overwrote facts.parquet) ----------

ATTACKS = [
    ("copy over the facts table", "COPY (SELECT 'x' AS a) TO '{processed}/facts.parquet'"),
    ("copy without a temporary file",
     "COPY (SELECT 'x' AS a) TO '{processed}/facts.parquet' (FORMAT parquet, USE_TMP_FILE false)"),
    ("copy a new file into processed", "COPY (SELECT 1) TO '{processed}/new.csv'"),
    ("copy relative to the working directory", "COPY facts TO 'facts_copy.parquet'"),
    ("export the database", "EXPORT DATABASE '{processed}/export'"),
    ("attach a database file", "ATTACH '{processed}/x.duckdb' AS x"),
    ("install an extension", "INSTALL httpfs"),
    ("load an extension", "LOAD httpfs"),
    ("read a system file as csv", "SELECT * FROM read_csv('/etc/passwd', sep = ':')"),
    ("sniff a system file", "SELECT * FROM sniff_csv('/etc/passwd')"),
    ("read a file as text", "SELECT * FROM read_text('/etc/hostname')"),
    ("read a file as blob", "SELECT * FROM read_blob('/etc/hostname')"),
    ("list files", "SELECT * FROM glob('/etc/*')"),
    ("read the facts file by its path", "SELECT * FROM read_parquet('{processed}/facts.parquet')"),
    ("a file path as a table", "SELECT * FROM '{processed}/facts.parquet'"),
    ("turn access back on", "SET enable_external_access = true"),
    ("unlock the configuration", "SET lock_configuration = false"),
    ("a python variable as a table", "SELECT * FROM sql"),
]  # fmt: skip


@pytest.mark.parametrize("sql", [a[1] for a in ATTACKS], ids=[a[0] for a in ATTACKS])
def test_query_is_read_only(
    processed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sql: str
) -> None:
    monkeypatch.chdir(tmp_path)
    facts = processed / "facts.parquet"
    before = facts.read_bytes()
    listing = sorted(tmp_path.rglob("*"))
    with pytest.raises(QueryError, match=r"refused|SQL error") as caught:
        run_query(sql.format(processed=processed), processed)
    assert "root:" not in str(caught.value)  # nothing of /etc/passwd leaks into the message
    assert facts.read_bytes() == before
    assert sorted(tmp_path.rglob("*")) == listing  # no file written anywhere under the test folder


def test_refusal_says_query_is_read_only(processed: Path) -> None:
    result = CliRunner().invoke(
        cli(), ["query", f"COPY (SELECT 'x') TO '{processed}/facts.parquet'", "--processed", str(processed)]
    )
    assert result.exit_code == 1
    assert "refused: suchi query reads the facts table only and writes nothing" in result.stderr
    assert "Traceback" not in result.output


def test_in_memory_tables_are_allowed(processed: Path) -> None:
    """Scratch work in memory writes nothing: temporary tables and CTEs are fine."""
    sql = (
        "CREATE TEMP TABLE big AS SELECT * FROM facts WHERE value_decimal > 1e9; "
        "WITH b AS (SELECT * FROM big) SELECT count(*) FROM b"
    )
    assert run_query(sql, processed)[1] == [(3,)]


def test_partitioned_facts_table(tmp_path: Path) -> None:
    """Parts under processed/facts/ (hive-style folders or not) read as one table, beside facts*.parquet."""
    processed = tmp_path / "processed"
    single = write_facts(processed)
    table = pq.read_table(single)
    single.unlink()
    (processed / "facts" / "kind=amount").mkdir(parents=True)
    pq.write_table(table.slice(0, 3), processed / "facts" / "kind=amount" / "part-0.parquet")
    pq.write_table(table.slice(3, 2), processed / "facts" / "part-1.parquet")
    pq.write_table(table.slice(5), processed / "facts-2.parquet")
    (processed / "facts" / ".part-9.parquet").write_bytes(b"half written")
    _, rows = run_query("SELECT count(*), count(DISTINCT fact_id) FROM facts", processed)
    assert rows == [(len(FACT_ROWS), 4)]


def test_corrupt_facts_table_is_a_query_error(tmp_path: Path) -> None:
    (tmp_path / "facts.parquet").write_bytes(b"not parquet")
    with pytest.raises(QueryError, match="cannot read the facts table"):
        run_query("SELECT 1", tmp_path)


def test_dataset_partitioned_by_month(tmp_path: Path) -> None:
    """processed/facts.parquet as a folder: one part per document under published_month=..., and a
    schema file without rows, so that a table without any document yet still has its columns."""
    processed = tmp_path / "processed"
    table = pq.read_table(write_facts(processed))
    (processed / "facts.parquet").unlink()
    empty = processed / "facts.parquet" / "published_month=__HIVE_DEFAULT_PARTITION__"
    empty.mkdir(parents=True)
    pq.write_table(table.schema.empty_table(), empty / "_schema.parquet")
    assert run_query("SELECT count(*) FROM facts", processed)[1] == [(0,)]
    month = processed / "facts.parquet" / "published_month=2026-01"
    month.mkdir()
    pq.write_table(table.slice(0, 4), month / f"{DOC_A}.parquet")
    pq.write_table(table.slice(4), month / f"{DOC_B}.parquet")
    (month / f".{DOC_B}.parquet.host.1.ab12.tmp").write_bytes(b"half written")
    sql = "SELECT published_month, count(*) FROM facts GROUP BY ALL ORDER BY 1"
    assert run_query(sql, processed)[1] == [("2026-01", len(FACT_ROWS))]
    assert run_query(README_QUESTION, processed)[1][0][0] == "반도체"
