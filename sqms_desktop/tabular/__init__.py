"""Tables from outside: a spreadsheet or CSV export read into plain rows, and its columns matched
to the fields of what is imported.

Pure domain code with no store: the supplier list import (services/supplier_import.py) uses it,
and so will the KPI import. Reading never stops at the first problem: a `Table` carries every
problem it met (file, sheet, row, column, why) so the importer can add its own and show them
all at once.
"""

from sqms_desktop.tabular.columns import ColumnMatch, match_columns, normalise_header
from sqms_desktop.tabular.read import read_table
from sqms_desktop.tabular.table import Problem, Table, TableError, TableRow

__all__ = [
    "ColumnMatch",
    "Problem",
    "Table",
    "TableError",
    "TableRow",
    "match_columns",
    "normalise_header",
    "read_table",
]
