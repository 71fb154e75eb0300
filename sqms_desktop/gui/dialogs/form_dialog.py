"""A dialog that stores what was typed through one service call, and stays open on a refusal.

The subclasses (supplier, site, contact, certificate, status) only say which widgets are which
fields and how their values reach the service. The service decides; its refusal is shown at the
field it names (`FieldErrors`) or in the dialog's error line, and OK never closes the dialog on an
error, so nothing typed is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.field_errors import FieldErrors
from sqms_desktop.gui.base.forms import child

log = logging.getLogger(__name__)


class FormDialog(QDialog):
    """A dialog whose form (loaded by the subclass, with an `error_label` and a `button_box`)
    calls `save` on OK; `bind_form` wires the two once the form is loaded.

    Each subclass defines `save`: store the dialog's values through the service, raising its
    `SqmsError` to refuse."""

    errors: FieldErrors
    ok_button: QPushButton
    save: Callable[[], None]

    def bind_form(self) -> None:
        self.errors = FieldErrors(child(self, QLabel, "error_label"))
        buttons = child(self, QDialogButtonBox, "button_box")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None, "the form's button box has an OK button"
        self.ok_button = ok
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.save()
        except SqmsError as exc:
            log.info("%s refused: %s", type(self).__name__, exc)
            self.errors.show(exc)
            return
        super().accept()
