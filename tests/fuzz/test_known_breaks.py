"""The smallest inputs the fuzzers found that still break an importer outside the files this
branch owns, each marked xfail (strict: it fails the run once fixed, so the mark goes)."""

from __future__ import annotations

import pytest

from tests.support.fuzzing import import_or_refuse
from tests.support.importers import IMPORTERS, ImportWorld


@pytest.mark.xfail(
    raises=KeyError,
    strict=True,
    reason="services/supplier_import.plan_row reads values['name'] of a row whose file has no "
    "name column (KeyError, an internal error) instead of refusing the missing column",
)
def test_a_supplier_list_without_a_name_column_is_refused(world: ImportWorld) -> None:
    """Found by test_damaged_bytes_are_imported_or_refused[supplier-csv]: a flipped byte in
    the header row's `name`."""
    import_or_refuse(world, IMPORTERS["supplier-csv"], "suppliers.csv", b"code\r\nNEW-001\r\n")
