"""The Findings page's filter bar: its widgets (from the page's form) read as one
`FindingFilter`, set from one, and cleared; choices picked apply at once, typing after a pause."""

from __future__ import annotations

from PySide6.QtCore import QDate, QObject, QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QLineEdit, QWidget

from sqms_desktop.gui.base.dates import allow_any_day, day_of, to_qdate
from sqms_desktop.gui.base.forms import child
from sqms_desktop.gui.base.labels import label
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.queries.finding_register import FindingFilter
from sqms_desktop.vocab import FindingClass, FindingStatus

TYPING_DELAY_MS = 300
# The status filter's choice "every finding not closed": a filter value, not a stored status.
NOT_CLOSED = "not_closed"


class FindingFilterBar(QObject):
    """The filter widgets of `form`: `filter_edit`, `supplier_combo`, `audit_edit`,
    `class_combo`, `status_combo`, `capa_combo`, `from_edit` and `to_edit`.

    Signals:
        changed(): the filter changed (a choice at once; typed text or a date after a pause).
    """

    changed = Signal()

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self.text_edit = child(form, QLineEdit, "filter_edit")
        self.supplier_combo = child(form, QComboBox, "supplier_combo")
        self.audit_edit = child(form, QLineEdit, "audit_edit")
        self.class_combo = child(form, QComboBox, "class_combo")
        self.status_combo = child(form, QComboBox, "status_combo")
        self.capa_combo = child(form, QComboBox, "capa_combo")
        self.from_edit = child(form, QDateEdit, "from_edit")
        self.to_edit = child(form, QDateEdit, "to_edit")
        self._fill_choices()
        self._audits = QStringListModel(self)
        completer = QCompleter(self._audits, self.audit_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.audit_edit.setCompleter(completer)
        for edit in (self.from_edit, self.to_edit):
            allow_any_day(edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        for line in (self.text_edit, self.audit_edit):
            line.textChanged.connect(self._on_edit_text_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._on_date_edit_date_changed)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.supplier_combo, self.class_combo, self.status_combo, self.capa_combo)

    def _fill_choices(self) -> None:
        self.class_combo.addItem(self.tr("All classes"), "")
        for finding_class in FindingClass:
            self.class_combo.addItem(label(finding_class), finding_class.value)
        self.status_combo.addItem(self.tr("All statuses"), "")
        self.status_combo.addItem(self.tr("Not closed"), NOT_CLOSED)
        for status in FindingStatus:
            self.status_combo.addItem(label(status), status.value)
        self.capa_combo.addItem(self.tr("With or without"), None)
        self.capa_combo.addItem(self.tr("With a CAPA"), True)
        self.capa_combo.addItem(self.tr("Without a CAPA"), False)
        self.supplier_combo.addItem(self.tr("All suppliers"), "")

    # -- reading and setting ---------------------------------------------------------------

    def current(self) -> FindingFilter:
        status = str(self.status_combo.currentData() or "")
        finding_class = str(self.class_combo.currentData() or "")
        return FindingFilter(
            supplier_code=str(self.supplier_combo.currentData() or ""),
            classes=frozenset({finding_class} - {""}),
            statuses=frozenset({status} - {"", NOT_CLOSED}),
            open_only=status == NOT_CLOSED,
            audit_reference=self.audit_edit.text().strip(),
            date_from=day_of(self.from_edit.date()),
            date_to=day_of(self.to_edit.date()),
            has_capa=self.capa_combo.currentData(),
            text=self.text_edit.text().strip(),
        )

    def set_quietly(self, wanted: FindingFilter) -> None:
        """Show `wanted` without saying `changed` (a filter the bar cannot show, such as two
        classes at once, shows the first of them)."""
        self._timer.stop()
        if wanted.supplier_code and self.supplier_combo.findData(wanted.supplier_code) < 0:
            self.supplier_combo.addItem(wanted.supplier_code, wanted.supplier_code)
        status = NOT_CLOSED if wanted.open_only else min(wanted.statuses, default="")
        choices = (
            (self.supplier_combo, wanted.supplier_code),
            (self.class_combo, min(wanted.classes, default="")),
            (self.status_combo, status),
            (self.capa_combo, wanted.has_capa),
        )
        for combo, value in choices:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        for line, text in (
            (self.audit_edit, wanted.audit_reference),
            (self.text_edit, wanted.text),
        ):
            line.blockSignals(True)
            line.setText(text)
            line.blockSignals(False)
        for edit, day in ((self.from_edit, wanted.date_from), (self.to_edit, wanted.date_to)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def clear_quietly(self) -> None:
        """Everything again, without saying `changed`."""
        self.set_quietly(FindingFilter())

    def stop_waiting(self) -> None:
        """Forget typing not applied yet (the caller reads the filter now)."""
        self._timer.stop()

    def set_suppliers(self, suppliers: list[tuple[str, str]]) -> None:
        """The supplier choices, (code, name) each; the one chosen stays chosen."""
        combo = self.supplier_combo
        wanted = [(code, f"{code} · {name}") for code, name in suppliers]
        known = [(combo.itemData(i), combo.itemText(i)) for i in range(1, combo.count())]
        if known == wanted:
            return
        chosen = str(combo.currentData() or "")
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for code, text in wanted:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def set_audits(self, references: list[str]) -> None:
        """The references the audit field suggests as one types."""
        self._audits.setStringList(references)

    # -- slots -----------------------------------------------------------------------------

    @Slot(int)
    def _on_combo_current_index_changed(self, index: int) -> None:
        self._timer.stop()
        emit(self.changed)

    @Slot(str)
    def _on_edit_text_changed(self, text: str) -> None:
        self._timer.start()

    @Slot(QDate)
    def _on_date_edit_date_changed(self, date: QDate) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        emit(self.changed)
