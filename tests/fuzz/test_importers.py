"""Every importer, given damaged and forged versions of a file it accepts, imports or refuses
with its own error (an SqmsError) and a refusal leaves the store's content as it was.

One test per importer and kind of damage; a new importer in tests/support/importers.py gets
all that apply by being listed there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.delivery_files import DELIVERY_HEADERS
from tests.support.fuzzing import fuzz_settings, import_or_refuse
from tests.support.importers import IMPORTERS, ImportWorld
from tests.support.mutations import (
    byte_mutations,
    cell_edits,
    csv_files,
    json_edits,
    xml_mutations,
)
from tests.support.supplier_files import HEADERS

# Pillow warns about damaged EXIF and reads on; outside tests that is a line in the log, not an
# error, so here too (pytest turns every warning into an error).
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:PIL.TiffImagePlugin")

WORKBOOKS = [name for name, importer in IMPORTERS.items() if importer.xlsx]
CSV_HEADERS = {"supplier-csv": HEADERS, "kpi-csv": DELIVERY_HEADERS}  # the CSV importers


def test_every_valid_input_imports(tmp_path: Path) -> None:
    """The fuzzers start from files that import; otherwise they would test only refusals.
    (Fresh stores: in the shared ones a fuzzed input may already have imported the same.)"""
    fresh = ImportWorld(tmp_path)
    try:
        for name, importer in IMPORTERS.items():
            file, data = importer.valid(fresh)
            assert import_or_refuse(fresh, importer, file, data), f"{name}: the valid {file}"
    finally:
        fresh.close()


@pytest.mark.parametrize("name", list(IMPORTERS))
@fuzz_settings()
@given(data=st.data())
def test_damaged_bytes_are_imported_or_refused(
    world: ImportWorld, good: tuple[str, bytes], name: str, data: st.DataObject
) -> None:
    file, valid_bytes = good
    import_or_refuse(world, IMPORTERS[name], file, data.draw(byte_mutations(valid_bytes)))


@pytest.mark.parametrize("name", WORKBOOKS)
@fuzz_settings()
@given(data=st.data())
def test_edited_sheet_xml_is_imported_or_refused(
    world: ImportWorld, good: tuple[str, bytes], name: str, data: st.DataObject
) -> None:
    file, valid_bytes = good
    import_or_refuse(world, IMPORTERS[name], file, data.draw(xml_mutations(valid_bytes)))


@pytest.mark.parametrize("name", WORKBOOKS)
@fuzz_settings()
@given(data=st.data())
def test_hostile_cell_values_are_imported_or_refused(
    world: ImportWorld, good: tuple[str, bytes], name: str, data: st.DataObject
) -> None:
    file, valid_bytes = good
    import_or_refuse(world, IMPORTERS[name], file, data.draw(cell_edits(valid_bytes)))


@pytest.mark.parametrize("name", list(CSV_HEADERS))
@fuzz_settings()
@given(data=st.data())
def test_hostile_csv_is_imported_or_refused(
    world: ImportWorld, good: tuple[str, bytes], name: str, data: st.DataObject
) -> None:
    file, _ = good  # the store is made before the first example
    headers = list(CSV_HEADERS[name])
    import_or_refuse(world, IMPORTERS[name], file, data.draw(csv_files(headers)))


@pytest.mark.parametrize("name", ["trust-list"])
@fuzz_settings()
@given(data=st.data())
def test_an_edited_trust_list_is_refused(
    world: ImportWorld, good: tuple[str, bytes], name: str, data: st.DataObject
) -> None:
    file, valid_bytes = good
    import_or_refuse(world, IMPORTERS["trust-list"], file, data.draw(json_edits(valid_bytes)))
