"""Planning an audit (ISO 19011 §6.2): who is audited, against what, when and by whom.

The dialog offers only what can be chosen (released checklists, active lead auditors, the chosen
supplier's sites) and leaves every rule to the planning service: a refusal is shown in the
dialog, which stays open with everything entered, and nothing is stored. A follow-up is
pre-filled from the supplier's last audit, listing the open findings whose effectiveness it is
to check.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from sqms_desktop.errors import SqmsError, ValidationError
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.feedback import show_error
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import label
from sqms_desktop.queries.audits import (
    LEADING_ROLES,
    FollowUpBasis,
    OpenFinding,
    follow_up_basis,
    plan_options,
    sites_of_supplier,
)
from sqms_desktop.scoring import DEFAULT_EDITION, EDITIONS
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.audit_plan import AuditPlan, plan_audit_or_follow_up
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import AuditType, Scheme

log = logging.getLogger(__name__)

Today = Callable[[], dt.date]
ID = Qt.ItemDataRole.UserRole


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class AuditPlanDialog(QDialog):
    """Plans one audit as `user`; `audit_id` and `reference` are set once it is stored."""

    def __init__(
        self,
        store: Store,
        user: str,
        parent: QWidget | None = None,
        *,
        today: Today = dt.date.today,
    ) -> None:
        super().__init__(parent)
        load_form("audit_plan_dialog", self)
        self._actor = Actor(store, user)
        self.audit_id: str | None = None
        self.reference: str | None = None
        self._follow_up: FollowUpBasis | None = None
        self._shown_supplier: str | None = ""  # whose sites the site box lists
        self.options = self._actor.read(plan_options, user)

        self.supplier_combo = child(self, QComboBox, "supplier_combo")
        self.site_combo = child(self, QComboBox, "site_combo")
        self.type_combo = child(self, QComboBox, "type_combo")
        self.follow_up_button = child(self, QPushButton, "follow_up_button")
        self.template_combo = child(self, QComboBox, "template_combo")
        self.edition_combo = child(self, QComboBox, "edition_combo")
        self.start_edit = child(self, QDateEdit, "start_edit")
        self.end_edit = child(self, QDateEdit, "end_edit")
        self.lead_combo = child(self, QComboBox, "lead_combo")
        self.team_list = child(self, QListWidget, "team_list")
        self.participants_edit = child(self, QPlainTextEdit, "participants_edit")
        self.objectives_edit = child(self, QPlainTextEdit, "objectives_edit")
        self.scope_edit = child(self, QPlainTextEdit, "scope_edit")
        self.criteria_edit = child(self, QPlainTextEdit, "criteria_edit")
        self.follow_up_group = child(self, QGroupBox, "follow_up_group")
        self.follow_up_label = child(self, QLabel, "follow_up_label")
        self.open_findings_list = child(self, QListWidget, "open_findings_list")
        self.error_label = child(self, QLabel, "error_label")
        show_error(self.error_label, "")
        child(self, QLabel, "reference_label").setText(
            self.tr(
                "The audit gets its reference when it is planned. On a laptop that syncs with a "
                "central store it is provisional (P-…) until the central store numbers it."
            )
        )
        self._fill()
        self.start_edit.setDate(_qdate(today()))
        self.end_edit.setDate(_qdate(today()))

        buttons = child(self, QDialogButtonBox, "button_box")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Plan audit"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        # Text, not index: typing a whole name without picking it from the list counts too.
        self.supplier_combo.currentTextChanged.connect(self._on_supplier_combo_text_changed)
        self.type_combo.currentIndexChanged.connect(self._on_type_combo_current_index_changed)
        self.template_combo.currentIndexChanged.connect(self._on_template_combo_index_changed)
        self.lead_combo.currentIndexChanged.connect(self._on_lead_combo_current_index_changed)
        self.start_edit.dateChanged.connect(self._on_start_edit_date_changed)
        self.follow_up_button.clicked.connect(self._on_follow_up_button_clicked)
        self._on_supplier_combo_text_changed(self.supplier_combo.currentText())
        self._on_template_combo_index_changed(self.template_combo.currentIndex())
        self._on_lead_combo_current_index_changed(self.lead_combo.currentIndex())
        self._show_follow_up()
        self.supplier_combo.setFocus()
        self._supplier_edit().selectAll()

    # -- public ----------------------------------------------------------------------------

    def choose_supplier(self, supplier_id: str) -> None:
        self.supplier_combo.setCurrentIndex(self.supplier_combo.findData(supplier_id))

    def prefill(
        self,
        supplier_id: str,
        audit_type: str,
        start: dt.date,
        *,
        template_id: str | None = None,
        objectives: str = "",
    ) -> None:
        """Fill the plan from the audit programme: the supplier, the type due (a follow-up
        takes over the last audit as always), the start, the last audit's checklist if it is
        still released, and why the audit is due as its objective."""
        self.choose_supplier(supplier_id)
        self.set_type(audit_type)
        released = template_id is not None and self.template_combo.findData(template_id) >= 0
        if audit_type != AuditType.FOLLOW_UP and released:
            self.choose(self.template_combo, template_id)
        self.start_edit.setDate(_qdate(start))
        self.end_edit.setDate(_qdate(start))
        if objectives and not self.objectives_edit.toPlainText().strip():
            self.objectives_edit.setPlainText(objectives)

    def supplier_id(self) -> str | None:
        """The supplier whose text is in the box; typed text that names none gives None."""
        index = self.supplier_combo.findText(self.supplier_combo.currentText())
        data = self.supplier_combo.itemData(index) if index >= 0 else None
        return None if data is None else str(data)

    def set_type(self, audit_type: str) -> None:
        self.type_combo.setCurrentIndex(self.type_combo.findData(audit_type))

    def choose(self, combo: QComboBox, record_id: str | None) -> None:
        combo.setCurrentIndex(combo.findData(record_id))

    def team_ids(self) -> list[str]:
        items = (self.team_list.item(n) for n in range(self.team_list.count()))
        return [
            str(item.data(ID))
            for item in items
            if item is not None
            and not item.isHidden()
            and item.checkState() == Qt.CheckState.Checked
        ]

    def check_team_member(self, user_id: str, checked: bool = True) -> None:
        for n in range(self.team_list.count()):
            item = self.team_list.item(n)
            if item is not None and item.data(ID) == user_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def open_finding_lines(self) -> list[str]:
        items = (self.open_findings_list.item(n) for n in range(self.open_findings_list.count()))
        return [item.text() for item in items if item is not None]

    def plan(self) -> AuditPlan:
        """The plan as entered; ValidationError for a choice only the dialog can miss."""
        supplier_id = self.supplier_id()
        if supplier_id is None:
            self.supplier_combo.setFocus()
            raise ValidationError(self.tr("choose a supplier from the list"))
        template_id = self.template_combo.currentData()
        if template_id is None:
            self.template_combo.setFocus()
            raise ValidationError(self.tr("choose a released checklist"))
        lead_id = self.lead_combo.currentData()
        if lead_id is None:
            self.lead_combo.setFocus()
            raise ValidationError(self.tr("choose the lead auditor"))
        edition = self.edition_combo.currentData() if self.edition_combo.isEnabled() else None
        kind = str(self.type_combo.currentData())
        # A follow-up names the audit it follows, whose open findings it is to check.
        follows = self._follow_up if kind == AuditType.FOLLOW_UP else None
        return AuditPlan(
            supplier_id=supplier_id,
            template_id=str(template_id),
            lead_auditor_id=str(lead_id),
            planned_start=_pydate(self.start_edit.date()),
            planned_end=_pydate(self.end_edit.date()),
            type=kind,
            site_id=self.site_combo.currentData(),
            objectives=self.objectives_edit.toPlainText(),
            scope=self.scope_edit.toPlainText(),
            criteria=self.criteria_edit.toPlainText(),
            team=self.team_ids(),
            auditee_participants=self.participants_edit.toPlainText(),
            rule_edition=None if edition is None else int(edition),
            follow_up_of=None if follows is None else follows.audit_id,
        )

    def accept(self) -> None:
        try:
            audit = self._actor.run(plan_audit_or_follow_up, self.plan())
        except SqmsError as exc:
            log.info("planning refused: %s", exc)
            show_error(self.error_label, str(exc))
            return
        self.audit_id, self.reference = audit.id, audit.reference
        log.info("%s planned %s", self._actor.user, audit.reference)
        super().accept()

    # -- filling ---------------------------------------------------------------------------

    def _fill(self) -> None:
        options = self.options
        combo = self.supplier_combo
        for supplier in options.suppliers:
            combo.addItem(f"{supplier.code} · {supplier.name}", supplier.id)
        # Typing any part of the code or name narrows the list (not only its beginning).
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        self._supplier_edit().setPlaceholderText(self.tr("Type a code or name"))
        for kind in AuditType:
            self.type_combo.addItem(label(kind.value), kind.value)
        for template in options.templates:
            text = f"{template.title} — {template.key} v{template.version}"
            self.template_combo.addItem(text, template.id)
            self.template_combo.setItemData(
                self.template_combo.count() - 1, template.scheme, Qt.ItemDataRole.UserRole + 1
            )
        for edition in EDITIONS:
            self.edition_combo.addItem(str(edition), edition)
        self.edition_combo.setCurrentIndex(self.edition_combo.findData(DEFAULT_EDITION))
        for lead in options.leads:  # the role beside those who lead by another role
            text = lead.full_name
            if lead.role != LEADING_ROLES[0]:
                text = f"{lead.full_name} ({label(lead.role)})"
            self.lead_combo.addItem(text, lead.id)
        self.lead_combo.setCurrentIndex(max(0, self.lead_combo.findData(options.me)))
        for person in options.people:
            item = QListWidgetItem(f"{person.full_name} — {label(person.role)}", self.team_list)
            item.setData(ID, person.id)
            item.setCheckState(Qt.CheckState.Unchecked)
        # Names fit on three lines; the room left goes to the team list.
        lines = self.participants_edit.fontMetrics().lineSpacing() * 3
        self.participants_edit.setMaximumHeight(lines + 2 * self.participants_edit.frameWidth() + 8)
        self._align_labels()

    def _align_labels(self) -> None:
        """The left column's three boxes are separate forms: give their labels one width."""
        labels = [
            child(self, QLabel, name)
            for name in (
                "supplier_label",
                "site_label",
                "type_label",
                "template_label",
                "edition_label",
                "start_label",
                "lead_label",
                "team_label",
                "participants_label",
            )
        ]
        width = max(lbl.sizeHint().width() for lbl in labels)
        for lbl in labels:
            lbl.setMinimumWidth(width)

    def _supplier_edit(self) -> QLineEdit:
        edit = self.supplier_combo.lineEdit()
        assert edit is not None, "the supplier box is editable in the form"
        return edit

    def _prefill_follow_up(self) -> None:
        """Take over the last audit's checklist, scope and people; list its open findings."""
        supplier_id = self.supplier_id()
        follow_up = None
        if supplier_id is not None:
            follow_up = self._actor.read(follow_up_basis, supplier_id)
        self._follow_up = follow_up
        if follow_up is not None:
            self.choose(self.template_combo, follow_up.template_id)
            self.choose(self.site_combo, follow_up.site_id)
            self.scope_edit.setPlainText(follow_up.scope)
            self.criteria_edit.setPlainText(follow_up.criteria)
            self.participants_edit.setPlainText(follow_up.auditee_participants)
            self.choose(self.lead_combo, follow_up.lead_auditor_id)
            for n in range(self.team_list.count()):
                item = self.team_list.item(n)
                if item is not None:
                    member = item.data(ID) in follow_up.team
                    item.setCheckState(Qt.CheckState.Checked if member else Qt.CheckState.Unchecked)
        self._show_follow_up()

    def _show_follow_up(self) -> None:
        following = self.type_combo.currentData() == AuditType.FOLLOW_UP
        self.follow_up_group.setVisible(following)
        self.open_findings_list.clear()
        follow_up = self._follow_up
        if not following:
            return
        if follow_up is None:
            self.follow_up_label.setText(
                self.tr("This supplier has no earlier audit to follow up.")
                if self.supplier_id()
                else self.tr("Choose the supplier whose last audit is followed up.")
            )
            return
        count = len(follow_up.findings)
        self.follow_up_label.setText(
            self.tr(
                "Follows up {ref} ({day}); its checklist starts unanswered. The objectives will "
                "list these %n open finding(s), to check that their actions work:",
                "",
                count,
            ).format(ref=follow_up.reference, day=date_text(follow_up.day))
        )
        for finding in follow_up.findings:
            item = QListWidgetItem(self._finding_line(finding), self.open_findings_list)
            item.setToolTip(finding.describe())
            item.setData(ID, finding.id)

    def _finding_line(self, finding: OpenFinding) -> str:
        parts = [finding.reference, label(finding.finding_class)]
        if finding.requirement:
            parts.append(finding.requirement)
        line = " · ".join(parts) + f": {' '.join(finding.statement.split())}"
        if finding.capas:
            line += " " + self.tr("[CAPA {refs}]").format(refs=", ".join(finding.capas))
        return line

    # -- slots -----------------------------------------------------------------------------

    @Slot(str)
    def _on_supplier_combo_text_changed(self, text: str) -> None:
        supplier_id = self.supplier_id()
        if supplier_id == self._shown_supplier:
            return
        self._shown_supplier = supplier_id
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("(not tied to one site)"), None)
        if supplier_id is not None:
            for site in self._actor.read(sites_of_supplier, supplier_id):
                self.site_combo.addItem(site.text, site.id)
        self.site_combo.setCurrentIndex(1 if self.site_combo.count() > 1 else 0)
        if self.type_combo.currentData() == AuditType.FOLLOW_UP:
            self._prefill_follow_up()

    @Slot(int)
    def _on_type_combo_current_index_changed(self, index: int) -> None:
        if self.type_combo.currentData() == AuditType.FOLLOW_UP:
            self._prefill_follow_up()
        else:
            self._follow_up = None
            self._show_follow_up()

    @Slot()
    def _on_follow_up_button_clicked(self) -> None:
        if self.type_combo.currentData() == AuditType.FOLLOW_UP:
            self._prefill_follow_up()  # again, e.g. after the fields were changed
        else:
            self.set_type(AuditType.FOLLOW_UP)

    @Slot(int)
    def _on_template_combo_index_changed(self, index: int) -> None:
        scheme = self.template_combo.itemData(index, Qt.ItemDataRole.UserRole + 1)
        self.edition_combo.setEnabled(scheme == Scheme.VDA63)

    @Slot(int)
    def _on_lead_combo_current_index_changed(self, index: int) -> None:
        """The lead is on the team anyway: hide them from the list of further members."""
        lead = self.lead_combo.itemData(index)
        for n in range(self.team_list.count()):
            item = self.team_list.item(n)
            if item is not None:
                item.setHidden(item.data(ID) == lead)

    @Slot(QDate)
    def _on_start_edit_date_changed(self, day: QDate) -> None:
        if self.end_edit.date() < day:
            self.end_edit.setDate(day)
