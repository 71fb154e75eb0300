"""The readers inside a bundle, fuzzed below its signature: a signed bundle from a replica we
trust can still carry a damaged changes.jsonl, data.xlsx or manifest.json (a bug in another
version, a disk error before signing). Each refuses with BundleRefused, nothing else."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sqms_desktop.errors import BundleRefused
from sqms_desktop.sync.manifest import parse_manifest
from sqms_desktop.sync.wire import encode_jsonl, parse_jsonl
from sqms_desktop.sync.workbook import read_changes_xlsx, write_changes_xlsx
from tests.support.fuzzing import fuzz_settings
from tests.support.mutations import byte_mutations, cell_edits, json_edits, xml_mutations
from tests.support.wire_changes import NOW_MS, variety

Valid = dict[str, tuple[str, bytes]]
WORKBOOK = write_changes_xlsx(variety())
JSONL = encode_jsonl(variety())


def _read_or_refuse(read: Callable[[bytes], Any], data: bytes) -> None:
    try:
        read(data)
    except BundleRefused as refused:
        reason = refused.reason
        assert reason, "a refusal without its reason code"


def _workbook(data: bytes) -> Any:
    return read_changes_xlsx(data, now_ms=NOW_MS)


def _jsonl(data: bytes) -> Any:
    return parse_jsonl(data, now_ms=NOW_MS)


@fuzz_settings()
@given(data=st.data())
def test_a_damaged_data_xlsx_is_read_or_refused(data: st.DataObject) -> None:
    damaged = st.one_of(byte_mutations(WORKBOOK), xml_mutations(WORKBOOK), cell_edits(WORKBOOK))
    _read_or_refuse(_workbook, data.draw(damaged))


@fuzz_settings()
@given(data=st.data())
def test_a_damaged_changes_jsonl_is_read_or_refused(data: st.DataObject) -> None:
    _read_or_refuse(_jsonl, data.draw(byte_mutations(JSONL)))


@pytest.fixture(scope="session")
def manifest(valid: Valid) -> bytes:
    """The manifest.json of a real signed bundle, made before the first example runs."""
    _, bundle = valid["bundle-json"]
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        return archive.read("manifest.json")


@fuzz_settings()
@given(data=st.data())
def test_a_damaged_manifest_is_read_or_refused(manifest: bytes, data: st.DataObject) -> None:
    damaged = data.draw(st.one_of(byte_mutations(manifest), json_edits(manifest)))
    _read_or_refuse(parse_manifest, damaged)
