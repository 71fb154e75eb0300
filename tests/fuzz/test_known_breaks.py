"""The smallest inputs the fuzzers found that broke an importer, kept as regression tests."""

from __future__ import annotations

from tests.support.fuzzing import import_or_refuse
from tests.support.importers import IMPORTERS, ImportWorld


def test_a_supplier_list_without_a_name_column_is_refused(world: ImportWorld) -> None:
    """Found by test_damaged_bytes_are_imported_or_refused[supplier-csv]: a flipped byte in
    the header row's `name`."""
    import_or_refuse(world, IMPORTERS["supplier-csv"], "suppliers.csv", b"code\r\nNEW-001\r\n")
