"""Raise CAPA… / Raise SCAR…: one CAPA from one or several findings, pre-filled.

The dialog shows the CAPA as `queries/capa_form.prepare_capa` fills it (the same read the
service stores from): supplier, title and problem description from the findings' text, D2
(5W2H), the evidence referred to, the owner, and the due dates of the supplier's CAPA
agreement. Title, problem description, owner, CAPA or SCAR, safety-critical and draft can be
changed; ticking findings on or off fills it again (keeping what the user typed). OK raises it
through `services/capa_raise.raise_from_findings`; a refusal (a role, a finding of another
supplier…) is shown as the service words it. Afterwards the dialog offers to open the CAPA.

It takes an actor and finding ids only, so every list of findings can open it: the checklist
page's findings panel, the Audits page, the findings register.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from sqms_desktop.capa.content import STEP_FIELDS, field_label
from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.feedback import show_error
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import label
from sqms_desktop.queries.capa_form import CapaForm, FindingChoice, finding_choices, prepare_capa
from sqms_desktop.queries.people import list_users
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.capa_raise import RaiseFromFindings, raise_from_findings

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole


class RaiseCapaDialog(QDialog):
    """Raises a CAPA (`scar=False`) or a SCAR from `finding_ids` as `actor`.

    `ticked` starts only those findings ticked (None: all that can be). After it closes,
    `capa_id` and `reference` name the CAPA raised (None when none was), and `open_requested`
    says the user asked to open it on the CAPAs page.
    """

    def __init__(
        self,
        actor: Actor,
        finding_ids: Sequence[str],
        *,
        scar: bool = False,
        ticked: Collection[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("raise_capa_dialog", self)
        self._actor = actor
        self._today = actor.clock().date()
        self.form: CapaForm | None = None
        self.capa_id: str | None = None
        self.reference: str | None = None
        self.open_requested = False
        self._filled = {"title": "", "problem": ""}  # as last pre-filled: edits are kept
        self._safety_touched = False

        self.context_label = child(self, QLabel, "context_label")
        self.findings_list = child(self, QListWidget, "findings_list")
        self.capa_radio = child(self, QRadioButton, "capa_radio")
        self.scar_radio = child(self, QRadioButton, "scar_radio")
        self.title_edit = child(self, QLineEdit, "title_edit")
        self.owner_combo = child(self, QComboBox, "owner_combo")
        self.safety_check = child(self, QCheckBox, "safety_check")
        self.draft_check = child(self, QCheckBox, "draft_check")
        self.due_label = child(self, QLabel, "due_label")
        self.details_tabs = child(self, QTabWidget, "details_tabs")
        self.problem_edit = child(self, QPlainTextEdit, "problem_edit")
        self.d2_view = child(self, QTextBrowser, "d2_view")
        self.evidence_view = child(self, QTextBrowser, "evidence_view")
        self.error_label = child(self, QLabel, "error_label")
        self.result_label = child(self, QLabel, "result_label")
        self.result_label.hide()
        show_error(self.error_label, "")
        self.button_box = child(self, QDialogButtonBox, "button_box")
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open on the CAPAs page"))
        self.open_button.setObjectName("open_button")
        self.button_box.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.hide()
        self.button_box.clicked.connect(self._on_button_box_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.raise_capa)

        self.scar_radio.setChecked(scar)
        self.capa_radio.setChecked(not scar)
        for user in actor.read(list_users):
            if user.active:
                self.owner_combo.addItem(user.full_name, user.username)
        self.owner_combo.setCurrentIndex(-1)  # the pre-filled owner, not the first user
        self._fill_findings(actor.read(finding_choices, list(finding_ids)), ticked)
        self._reload()
        self._show_kind()
        self.findings_list.itemChanged.connect(self._on_findings_list_item_changed)
        self.scar_radio.toggled.connect(self._on_scar_radio_toggled)
        self.safety_check.toggled.connect(self._on_safety_check_toggled)
        self.draft_check.toggled.connect(self._on_draft_check_toggled)
        self.title_edit.setFocus()

    # -- public ----------------------------------------------------------------------------

    def ticked_ids(self) -> list[str]:
        items = (self.findings_list.item(n) for n in range(self.findings_list.count()))
        return [
            str(item.data(ID_ROLE))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, finding_id: str, ticked: bool) -> None:
        for n in range(self.findings_list.count()):
            item = self.findings_list.item(n)
            if item is not None and item.data(ID_ROLE) == finding_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def request(self) -> RaiseFromFindings:
        """What OK asks the service for: the findings ticked and the fields as shown."""
        assert self.form is not None
        return RaiseFromFindings(
            finding_ids=list(self.form.finding_ids),
            is_scar=self.scar_radio.isChecked(),
            owner=self.owner_combo.currentText().strip(),
            title=self.title_edit.text(),
            problem_description=self.problem_edit.toPlainText(),
            safety_critical=self.safety_check.isChecked(),
            draft=self.draft_check.isChecked(),
        )

    @Slot()
    def raise_capa(self) -> None:
        if self.capa_id is not None or self.form is None:
            return
        request = self.request()
        try:
            capa = self._actor.run(raise_from_findings, request)
        except SqmsError as exc:
            log.info("raising a CAPA from %s refused: %s", request.finding_ids, exc)
            show_error(self.error_label, str(exc))
            return
        self.capa_id, self.reference = capa.id, capa.reference
        log.info(
            "%s raised %s from %d finding(s)",
            self._actor.user,
            capa.reference,
            len(request.finding_ids),
        )
        self._show_raised(capa.state, capa.is_scar)

    # -- filling ---------------------------------------------------------------------------

    def _fill_findings(self, choices: list[FindingChoice], ticked: Collection[str] | None) -> None:
        for choice in choices:
            text = choice.describe()
            if choice.capas:
                text += "  [" + ", ".join(link.describe() for link in choice.capas) + "]"
            item = QListWidgetItem(" ".join(text.split()), self.findings_list)
            item.setData(ID_ROLE, choice.id)
            item.setToolTip(choice.refusal or choice.statement)
            chosen = not choice.refusal and (ticked is None or choice.id in ticked)
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            if choice.refusal:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        rows = max(2, min(6, self.findings_list.count()))
        listing = self.findings_list
        height = listing.sizeHintForRow(0) * rows + 2 * listing.frameWidth() + 4
        # Long statements scroll sideways: the bar must not hide a row. Up to six rows are
        # shown whole however short the dialog; the details tabs give way instead.
        height += listing.horizontalScrollBar().sizeHint().height()
        listing.setFixedHeight(height)

    def _reload(self) -> None:
        """Fill the form again for the findings ticked now (the service's read)."""
        ids = self.ticked_ids()
        self.form = None
        if not ids:
            self._refuse(self.tr("Tick at least one finding to raise a CAPA from."))
            return
        try:
            form = self._actor.read(
                prepare_capa,
                ids,
                user=self._actor.user,
                today=self._today,
                is_scar=self.scar_radio.isChecked(),
            )
        except SqmsError as exc:
            self._refuse(str(exc))
            return
        self.form = form
        show_error(self.error_label, "")
        self.ok_button.setEnabled(True)
        self.context_label.setText(
            "<b>"
            + escape(f"{form.supplier_code} · {form.supplier_name}")
            + "</b><br>"
            + escape(self.tr("From audit {audits}").format(audits=form.source_reference))
        )
        self._prefill(self.title_edit.text(), form.title, "title", self.title_edit.setText)
        self._prefill(
            self.problem_edit.toPlainText(),
            form.problem_description,
            "problem",
            self.problem_edit.setPlainText,
        )
        if self.owner_combo.currentText().strip() in ("", self._filled.get("owner", "")):
            self.owner_combo.setCurrentText(form.owner)
            self._filled["owner"] = form.owner
        if not self._safety_touched:
            self.safety_check.blockSignals(True)
            self.safety_check.setChecked(form.safety_critical)
            self.safety_check.blockSignals(False)
        self.draft_check.setEnabled(form.can_issue)
        if not form.can_issue:
            self.draft_check.setChecked(True)
            self.draft_check.setToolTip(
                self.tr("Issuing needs a quality engineer: it is raised as a draft to issue.")
            )
        self.d2_view.setHtml(self._d2_html(form))
        self.evidence_view.setHtml(self._evidence_html(form))
        self._show_due()

    def _prefill(self, shown: str, value: str, key: str, set_text: Callable[[str], None]) -> None:
        """Replace the text with the new pre-filled value unless the user has changed it."""
        if shown.strip() in ("", self._filled[key].strip()):
            set_text(value)
            self._filled[key] = value

    def _refuse(self, text: str) -> None:
        show_error(self.error_label, text)
        self.ok_button.setEnabled(False)
        self.due_label.setText("")

    def _show_due(self) -> None:
        form = self.form
        if form is None:
            return
        if self.draft_check.isChecked():
            self.due_label.setText(
                self.tr("Kept as a draft: the deadlines count from the day it is issued.")
            )
            return
        dates = form.due(self.safety_check.isChecked())
        where = (
            self.tr("default CAPA deadlines")
            if form.deadline_days == form.store_deadline_days
            else self.tr("the deadlines agreed with {code}").format(code=form.supplier_code)
        )
        parts = [
            f"{label(due.removesuffix('_due'))} {date_text(day)}" for due, day in dates.items()
        ]
        self.due_label.setText(
            self.tr("Issued {day}; {dates} ({where})").format(
                day=date_text(form.issue_on), dates=" · ".join(parts), where=where
            )
        )

    def _show_kind(self) -> None:
        scar = self.scar_radio.isChecked()
        self.setWindowTitle(self.tr("Raise SCAR") if scar else self.tr("Raise CAPA"))
        self.ok_button.setText(self.tr("&Raise SCAR") if scar else self.tr("&Raise CAPA"))

    def _show_raised(self, state: str, scar: bool) -> None:
        kind = self.tr("SCAR") if scar else self.tr("CAPA")
        done = (
            self.tr("{kind} {reference} raised as a draft.")
            if self.draft_check.isChecked()
            else self.tr("{kind} {reference} raised and issued; its deadlines run from today.")
        )
        self.result_label.setText(
            f"<b>{escape(done.format(kind=kind, reference=self.reference))}</b>"
        )
        self.result_label.show()
        for widget in (self.findings_list, self.title_edit, self.owner_combo, self.problem_edit):
            widget.setEnabled(False)
        for box in (self.capa_radio, self.scar_radio, self.safety_check, self.draft_check):
            box.setEnabled(False)
        self.ok_button.hide()
        cancel = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Close"))
        self.open_button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        log.debug("%s is %s", self.reference, state)

    def _d2_html(self, form: CapaForm) -> str:
        rows = "".join(
            f"<tr><td valign='top'><b>{escape(field_label(spec))}</b></td>"
            f"<td>{escape(form.d2.get(spec.key, '') or '—').replace(chr(10), '<br>')}</td></tr>"
            for spec in STEP_FIELDS["d2"]
        )
        return f"<table cellspacing='0' cellpadding='3'>{rows}</table>"

    def _evidence_html(self, form: CapaForm) -> str:
        if not form.evidence:
            return escape(self.tr("No photos or documents are linked to these findings."))
        return "<br>".join(escape(f"{e.finding_reference}: {e.describe()}") for e in form.evidence)

    # -- slots -----------------------------------------------------------------------------

    @Slot(QAbstractButton)
    def _on_button_box_clicked(self, button: QAbstractButton) -> None:
        if button is self.ok_button:
            self.raise_capa()
        elif button is self.open_button:
            self.open_requested = True
            self.accept()
        elif self.capa_id is not None:  # Close, after raising
            self.accept()
        else:
            self.reject()

    @Slot(QListWidgetItem)
    def _on_findings_list_item_changed(self, item: QListWidgetItem) -> None:
        self._reload()

    @Slot(bool)
    def _on_scar_radio_toggled(self, checked: bool) -> None:
        self._show_kind()

    @Slot(bool)
    def _on_safety_check_toggled(self, checked: bool) -> None:
        self._safety_touched = True
        self._show_due()

    @Slot(bool)
    def _on_draft_check_toggled(self, checked: bool) -> None:
        self._show_due()

    def reject(self) -> None:
        """Escape after raising closes as accepted: the CAPA exists."""
        if self.capa_id is not None:
            self.accept()
            return
        super().reject()


@dataclass(frozen=True)
class RaisedCapa:
    capa_id: str
    reference: str
    open_requested: bool  # the user chose to open it on the CAPAs page


def ask_raise_capa(
    parent: QWidget,
    actor: Actor,
    finding_ids: Sequence[str],
    *,
    scar: bool,
    ticked: Collection[str] | None = None,
) -> RaisedCapa | None:
    """Run the dialog; the CAPA it raised, or None when the user raised none."""
    dialog = RaiseCapaDialog(actor, finding_ids, scar=scar, ticked=ticked, parent=parent)
    try:
        dialog.exec()
        if dialog.capa_id is None or dialog.reference is None:
            return None
        return RaisedCapa(dialog.capa_id, dialog.reference, dialog.open_requested)
    finally:
        dialog.deleteLater()
