"""The Sync page's table models without widgets: what each column says about a bundle or a
conflict, which cells are marked, and the row a bundle's key finds."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sqms_desktop.gui.models.sync import BundleLogModel, ConflictModel, bundle_key, entity_text
from sqms_desktop.gui.models.tables import ID_ROLE
from sqms_desktop.queries.sync import BundleLogRow, ConflictRow, ConflictSide

pytestmark = pytest.mark.gui

AT = dt.datetime(2026, 3, 4, 9, 30, tzinfo=dt.UTC)


BASE_ROW = BundleLogRow(
    bundle_id="b1", direction="sent", origin="laptop-a", recipient=None, seq=3, format="json",
    at=AT, file_name="laptop-a-to-central.sqmsbundle", changes=40, attachments=2, receipt=None,
    acknowledged=None,
)  # fmt: skip


def log_row(direction: str, **changes: Any) -> BundleLogRow:
    return replace(BASE_ROW, direction=direction, **changes)


RECEIVED = log_row(
    "received",
    origin="central",
    recipient="laptop-a",
    receipt={"new": 38, "duplicates": 2, "conflicts": 1, "renumbered": [["P-1", "CAPA-7"]]},
)
SENT = log_row("sent", bundle_id="b2", acknowledged=False, seq=4, at=AT + dt.timedelta(hours=1))
SENT_DONE = log_row("sent", bundle_id="b3", acknowledged=True, recipient="laptop-b")

CONFLICT = ConflictRow(
    "c1", "capa", "x1", "CAPA-2026-0003", "containment_action", "field", "Sort the lot.",
    [
        ConflictSide("ch1", "laptop-a", "anna", AT, "Sort the lot\nand block it.", True),
        ConflictSide("ch2", "central", "quinn", AT + dt.timedelta(hours=2), "Scrap it.", False),
    ],
)  # fmt: skip


def test_the_bundle_log_says_direction_peer_and_receipt(qtmodeltester) -> None:
    model = BundleLogModel()
    model.set_rows([RECEIVED, SENT, SENT_DONE])
    qtmodeltester.check(model, force_py=True)
    said = [
        [model.display(row, c) for c in (model.COL_DIRECTION, model.COL_PEER, model.COL_OUTCOME)]
        for row in model.rows()
    ]
    assert said == [
        ["Received", "central", "38 new, 2 already here, 1 conflict, 1 renumbered"],
        ["Sent", "the central store", "Not acknowledged yet"],
        ["Sent", "laptop-b", "Acknowledged"],
    ]
    assert model.marking(RECEIVED, model.COL_OUTCOME) == "warning"  # it brought a conflict
    assert model.marking(SENT, model.COL_OUTCOME) == "notice"
    assert model.marking(SENT_DONE, model.COL_OUTCOME) is None
    assert model.display(SENT, model.COL_FORMAT) == "JSON"
    assert model.display(log_row("sent", format="xlsx"), model.COL_FORMAT) == "Excel"


def test_a_bundle_is_found_by_its_direction_and_id(qtmodeltester) -> None:
    model = BundleLogModel()
    model.set_rows([RECEIVED, SENT])
    assert model.index(1, 0).data(ID_ROLE) == bundle_key(SENT) == "sent:b2"
    assert model.row_of_id("sent:b2") == 1
    assert model.row_of_id("received:b2") is None
    assert model.row_by_key("received:b1") == RECEIVED
    model.sort(model.COL_WHEN, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0) == SENT


def test_a_conflict_row_names_the_record_sides_and_the_value_shown_now(qtmodeltester) -> None:
    model = ConflictModel()
    model.set_rows([CONFLICT])
    qtmodeltester.check(model, force_py=True)
    row = [model.display(CONFLICT, column) for column in range(model.columnCount())]
    assert row[: model.COL_LATEST] == [
        "CAPA-2026-0003",
        "CAPA",
        "Edited twice",
        "Containment action",
        "laptop-a (anna), central (quinn)",
        "Sort the lot and block it.",  # on one line in the table, whole in the tooltip
    ]
    assert model.tooltip(CONFLICT, model.COL_SHOWN) == "Sort the lot\nand block it."
    assert model.sort_value(CONFLICT, model.COL_LATEST) == AT + dt.timedelta(hours=2)


def test_record_kinds_read_as_people_name_them() -> None:
    assert entity_text("capa") == "CAPA"
    assert entity_text("kpi_record") == "KPI record"
    assert entity_text("certificate") == "Certificate"
