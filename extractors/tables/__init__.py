"""Tables in every format: one model that every reader fills, one writer that lays
it into the document text, one place that reads its headers, units and periods."""

from extractors.tables.model import Cell, Table
from extractors.tables.write import TableContext, write_table

__all__ = ["Cell", "Table", "TableContext", "write_table"]
