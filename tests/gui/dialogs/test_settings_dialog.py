"""File ▸ Settings…: a page per group from the declarations, the store's settings changed by an
administrator with a reason, read-only for everyone else, a bad value refused with what is
wrong and nothing saved, the theme live."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from sqms_desktop.gui.base import settings as opts
from sqms_desktop.gui.base.colors import is_dark
from sqms_desktop.gui.base.theme import apply_theme, current_theme
from sqms_desktop.gui.dialogs.settings_dialog import LogoField, SettingsDialog
from sqms_desktop.queries.store_settings import (
    COMPANY_NAME,
    REPORT_LOGO,
    company_name,
    report_logo,
    store_setting_values,
)
from sqms_desktop.services.actor import Actor
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import WriteContext
from sqms_desktop.vocab import PolicyKey

pytestmark = pytest.mark.gui


@pytest.fixture
def admin(sample_store: Store, context: WriteContext) -> Actor:
    return Actor(sample_store, "anna", context.clock, context.new_id)


@pytest.fixture(autouse=True)
def _light_again():  # type: ignore[no-untyped-def]
    yield
    apply_theme("light")


def _dialog(qtbot, settings: QSettings, actor: Actor) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings, actor)
    qtbot.addWidget(dialog)
    return dialog


def _values(store: Store) -> dict[str, object]:
    with store.session() as session:
        return {v.spec.key: v.value for v in store_setting_values(session)}


def _spin(dialog: SettingsDialog, key: str) -> QSpinBox:
    editor = dialog.store[key]
    assert isinstance(editor, QSpinBox)
    return editor


def test_a_page_per_group_and_every_declared_setting_on_one(
    qtbot, settings: QSettings, admin: Actor
) -> None:
    dialog = _dialog(qtbot, settings, admin)
    pages = [dialog.pages_list.item(i).text() for i in range(dialog.pages_list.count())]
    assert pages == [
        "Appearance",
        "Reports",
        "CAPA deadlines",
        "Scorecards",
        "Audit programme",
        "Security",
        "Backups",
    ]
    assert set(dialog.personal) == {s.key for s in opts.PERSONAL_SETTINGS}
    assert {k.value for k in PolicyKey} | {COMPANY_NAME, REPORT_LOGO} == set(dialog.store)
    # it fits a 1280 × 720 screen
    assert dialog.width() <= 1280
    assert dialog.height() <= 720


def test_an_administrator_sets_the_store_and_own_settings_in_one_go(
    qtbot, settings: QSettings, admin: Actor, sample_store: Store, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    buffer = io.BytesIO()
    Image.new("RGB", (60, 20), "darkgreen").save(buffer, "PNG")
    logo.write_bytes(buffer.getvalue())
    dialog = _dialog(qtbot, settings, admin)
    company = dialog.store[COMPANY_NAME]
    assert isinstance(company, QLineEdit)
    assert not company.isReadOnly()
    company.setText("Nordwerk Qualität GmbH")
    logo_field = dialog.store[REPORT_LOGO]
    assert isinstance(logo_field, LogoField)
    logo_field.choose(logo)
    assert logo_field.preview.pixmap() is not None
    assert not logo_field.preview.pixmap().isNull()
    _spin(dialog, PolicyKey.BACKUP_KEEP_DAYS).setValue(30)
    page = dialog.personal[opts.REPORT_PAGE_SIZE.key]
    assert isinstance(page, QComboBox)
    page.setCurrentIndex(page.findData("Letter"))
    idle = dialog.personal[opts.IDLE_LOCK_MINUTES.key]
    assert isinstance(idle, QSpinBox)
    idle.setValue(5)

    dialog.accept()  # no reason yet: refused, nothing saved
    assert "Say why" in dialog.error_label.text()
    assert company_name_of(sample_store) == ""
    assert opts.REPORT_PAGE_SIZE.read(settings) == "A4"

    dialog.reason_edit.setText("our letterhead")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert set(dialog.changed_store) == {COMPANY_NAME, REPORT_LOGO, PolicyKey.BACKUP_KEEP_DAYS}
    assert company_name_of(sample_store) == "Nordwerk Qualität GmbH"
    with sample_store.session() as session:
        kept = report_logo(session)
    assert kept is not None
    assert kept.name == "logo.png"
    assert _values(sample_store)[PolicyKey.BACKUP_KEEP_DAYS] == 30
    assert opts.REPORT_PAGE_SIZE.read(settings) == "Letter"
    assert dialog.idle_lock_ms() == 5 * 60_000


def company_name_of(store: Store) -> str:
    with store.session() as session:
        return company_name(session)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({PolicyKey.WEIGHT_QUALITY: 60}, "must add up to 100; 60 + 30 + 20 + 10 = 120"),
        ({PolicyKey.BAND_A_FROM: 60}, "band A must start above band B"),
        ({PolicyKey.CAPA_CONTAINMENT_DAYS: 20}, "CAPA stages are due in order"),
        ({PolicyKey.PPM_TARGET: 3000}, "PPM target must lie below the PPM ceiling"),
    ],
)
def test_a_bad_value_is_refused_with_what_is_wrong_and_nothing_is_saved(
    qtbot,
    settings: QSettings,
    admin: Actor,
    sample_store: Store,
    changes: dict[str, int],
    message: str,
) -> None:
    before = _values(sample_store)
    dialog = _dialog(qtbot, settings, admin)
    for key, value in changes.items():
        _spin(dialog, key).setValue(value)
    idle = dialog.personal[opts.IDLE_LOCK_MINUTES.key]
    assert isinstance(idle, QSpinBox)
    idle.setValue(7)
    dialog.reason_edit.setText("try")
    dialog.accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert message in dialog.error_label.text()
    assert _values(sample_store) == before
    assert opts.IDLE_LOCK_MINUTES.read(settings) == 15  # the user's own neither


def test_a_logo_that_is_no_image_is_refused(
    qtbot, settings: QSettings, admin: Actor, tmp_path: Path
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    dialog = _dialog(qtbot, settings, admin)
    logo_field = dialog.store[REPORT_LOGO]
    assert isinstance(logo_field, LogoField)
    logo_field.choose(fake)
    dialog.reason_edit.setText("logo")
    dialog.accept()
    assert "logo.png" in dialog.error_label.text()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted


def test_for_anyone_else_the_store_settings_are_read_only_with_a_note(
    qtbot, settings: QSettings, sample_store: Store
) -> None:
    dialog = _dialog(qtbot, settings, Actor(sample_store, "quinn.quality"))
    assert not dialog.is_admin
    assert not dialog.reason_row.isVisibleTo(dialog)
    assert all(
        editor.isReadOnly() if isinstance(editor, QLineEdit | QSpinBox) else True
        for editor in dialog.store.values()
    )
    notes = dialog.findChildren(type(dialog.error_label), "read_only_note")
    assert notes
    assert "Only an administrator" in notes[0].text()
    idle = dialog.personal[opts.IDLE_LOCK_MINUTES.key]
    assert isinstance(idle, QSpinBox)
    idle.setValue(3)
    dialog.accept()  # the user's own settings are theirs to change
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert opts.IDLE_LOCK_MINUTES.read(settings) == 3


def test_the_theme_changes_live_and_cancel_puts_the_old_one_back(
    qtbot, settings: QSettings, admin: Actor
) -> None:
    apply_theme("light")
    dialog = _dialog(qtbot, settings, admin)
    theme = dialog.personal[opts.THEME.key]
    assert isinstance(theme, QComboBox)
    theme.setCurrentIndex(theme.findData("dark"))
    assert is_dark()
    assert current_theme() == "dark"
    dialog.reject()
    assert not is_dark()
    assert current_theme() == "light"
    dialog = _dialog(qtbot, settings, admin)
    theme = dialog.personal[opts.THEME.key]
    assert isinstance(theme, QComboBox)
    theme.setCurrentIndex(theme.findData("dark"))
    dialog.accept()
    assert is_dark()
    assert opts.THEME.read(settings) == "dark"
