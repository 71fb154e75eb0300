"""The conflict dialog: the common base and every side side by side with the words each side
changed marked, a choice by keyboard, and the decision written through the service (a value
typed, or a refusal shown with the dialog left open)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from sqms_desktop.gui.dialogs.conflict_resolve import ConflictResolveDialog
from sqms_desktop.queries.sync import ConflictRow, ConflictSide, list_conflicts
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.suppliers import (
    SupplierChanges,
    SupplierInput,
    create_supplier,
    edit_supplier,
)
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Supplier
from tests.support.screens import LAPTOP_AREA
from tests.support.sync_stores import SyncWorld

pytestmark = pytest.mark.gui

AT = dt.datetime(2026, 3, 4, 9, 30, tzinfo=dt.UTC)
BASE = "Sort all parts in stock at the plant and at the customer."


def side(change_id: str, replica: str, value: str, *, winner: bool = False) -> ConflictSide:
    return ConflictSide(change_id, replica, "quinn", AT, value, winner)


def field_conflict(*sides: ConflictSide) -> ConflictRow:
    return ConflictRow(
        "c1", "capa", "capa-1", "CAPA-2026-0003", "containment_action", "field", BASE, list(sides)
    )


TWO_SIDES = field_conflict(
    side("ch-a", "laptop-a", "Sort all parts in stock at the plant, the customer and in transit."),
    side("ch-c", "central", "Sort all parts in stock at the plant and block the lot.", winner=True),
)


def _dialog(qtbot, store: Store, conflict: ConflictRow) -> ConflictResolveDialog:
    dialog = ConflictResolveDialog(Actor(store, "anna"), conflict)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # keys and focus reach the active window only
        dialog.show()
    return dialog


def _struck_and_underlined(html_document: QTextDocument, word: str) -> tuple[bool, bool]:
    cursor = QTextCursor(html_document)
    cursor.setPosition(html_document.toPlainText().index(word) + 1)
    text_format = cursor.charFormat()
    return text_format.fontStrikeOut(), text_format.fontUnderline()


def test_the_base_and_every_side_stand_in_columns_with_the_changed_words_marked(
    qtbot, store: Store
) -> None:
    dialog = _dialog(qtbot, store, TWO_SIDES)
    assert dialog.base_view.toPlainText() == BASE
    assert len(dialog.side_views) == len(dialog.take_buttons) == 2
    lines = [view.x() for view in (dialog.base_view.parentWidget(), *(
        view.parentWidget() for view in dialog.side_views))]  # fmt: skip
    assert lines == sorted(lines)  # left to right: base, then the sides
    laptop = dialog.side_views[0].document()
    assert _struck_and_underlined(laptop, "and at") == (True, False)
    assert _struck_and_underlined(laptop, "in transit") == (False, True)
    assert _struck_and_underlined(laptop, "Sort all") == (False, False)
    assert "containment action" in dialog.intro_label.text().lower()
    assert "CAPA-2026-0003" in dialog.windowTitle()


def test_the_side_shown_now_is_chosen_first_and_the_keyboard_chooses_another(
    qtbot, store: Store
) -> None:
    dialog = _dialog(qtbot, store, TWO_SIDES)
    assert dialog.chosen_side() == TWO_SIDES.sides[1]
    assert dialog.take_buttons[1].hasFocus()
    with qtbot.waitSignal(dialog.take_buttons[0].toggled):  # a mnemonic clicks animated
        QTest.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert dialog.chosen_side() == TWO_SIDES.sides[0]
    dialog.value_edit.setFocus()
    QTest.keyClicks(dialog.value_edit, " Now.")
    assert dialog.value_radio.isChecked()
    assert dialog.chosen_side() is None


def test_a_delete_against_an_edit_offers_only_the_two_sides(qtbot, store: Store) -> None:
    conflict = ConflictRow(
        "c2", "supplier", "s1", "SUP-0004", "(deleted)", "delete", None,
        [side("ch-e", "central", "edited phone", winner=True), side("ch-d", "laptop-a", "deleted")],
    )  # fmt: skip
    dialog = _dialog(qtbot, store, conflict)
    assert not dialog.value_radio.isVisible()
    assert not dialog.value_edit.isVisible()
    assert "was deleted on one replica" in dialog.intro_label.text()
    assert "No common value" in dialog.base_view.toPlainText()


def test_many_sides_still_fit_a_laptop_screen_with_the_buttons_in_reach(
    qtbot, store: Store
) -> None:
    many = field_conflict(*(side(f"ch{n}", f"laptop-{n}", f"{BASE} Also {n}.") for n in range(6)))
    dialog = _dialog(qtbot, store, many)
    assert dialog.width() <= LAPTOP_AREA.width()
    assert dialog.height() <= LAPTOP_AREA.height()
    buttons = dialog.findChild(QDialogButtonBox, "button_box")
    assert buttons is not None
    corner = buttons.mapTo(dialog, buttons.rect().bottomRight())
    assert dialog.rect().contains(corner)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[SyncWorld]:
    built = SyncWorld(tmp_path / "world", ("laptop-a",))
    yield built
    built.close()


def _conflicted(world: SyncWorld) -> ConflictRow:
    central, laptop = world.central, world.laptops["laptop-a"]
    made = central.actor().run(create_supplier, SupplierInput(code="KUHN", name="Kuhn"))
    world.deliver(world.send(central, "laptop-a"), "laptop-a")
    central.actor().run(edit_supplier, made.id, SupplierChanges(name="Kuhn GmbH"))
    laptop.actor().run(edit_supplier, made.id, SupplierChanges(name="Kuhn AG"))
    world.deliver(world.send(central, "laptop-a"), "laptop-a")
    with laptop.store.session() as session:
        (conflict,) = list_conflicts(session)
    return conflict


def _name(store: Store) -> str:
    with store.session() as session:
        return session.scalars(select(Supplier.name)).one()


@pytest.mark.slow
def test_a_typed_value_settles_the_conflict(qtbot, world: SyncWorld) -> None:
    conflict = _conflicted(world)
    dialog = ConflictResolveDialog(world.laptops["laptop-a"].actor("quinn"), conflict)
    qtbot.addWidget(dialog)
    dialog.enter_value("Kuhn Stanztechnik SE")
    dialog.ok_button.click()
    assert dialog.result() == ConflictResolveDialog.DialogCode.Accepted, dialog.error_label.text()
    assert _name(world.laptops["laptop-a"].store) == "Kuhn Stanztechnik SE"
    assert dialog.outcome == "set to the value entered"
    with world.laptops["laptop-a"].store.session() as session:
        assert list_conflicts(session) == []


@pytest.mark.slow
def test_a_refusal_is_shown_and_the_dialog_stays_open(qtbot, world: SyncWorld) -> None:
    conflict = _conflicted(world)
    shown = _name(world.laptops["laptop-a"].store)
    dialog = ConflictResolveDialog(world.laptops["laptop-a"].actor("omar"), conflict)  # an auditor
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.take(conflict.sides[0].change_id)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "resolving a conflict" in dialog.error_label.text()
    assert _name(world.laptops["laptop-a"].store) == shown
