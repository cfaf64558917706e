"""Tables in every format: one model that every reader fills, one writer that lays
it into the document text, one place that reads its headers, units and periods.

- ``model``: ``Cell``, ``Table`` — what a reader fills (PDF, HWPX, HWP, HTML, OCR);
- ``write``: ``write_table`` — lays a table into the builder's text and reads it;
- ``text``: ``text_tables`` — the tables a text file writes itself (tab, pipe and
  space-aligned rows), read in place;
- ``read`` (with ``headers``, ``labels``, ``units``, ``periods``, ``above``): the one
  reading of a table — header rows and stub columns, row and column labels, the
  caption and unit line above it, each cell's units and period;
- ``dates``: ``label_date_mentions`` — label cells naming a period are date facts.
"""

from extractors.tables.dates import label_date_mentions, within_cells
from extractors.tables.model import Cell, Table
from extractors.tables.periods import label_period
from extractors.tables.text import text_tables
from extractors.tables.write import TableContext, write_table

__all__ = [
    "Cell",
    "Table",
    "TableContext",
    "label_date_mentions",
    "label_period",
    "text_tables",
    "within_cells",
    "write_table",
]
