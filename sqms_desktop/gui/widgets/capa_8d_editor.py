"""The 8D editor: one tab per discipline D0–D8, built from the content's description, with the
Ishikawa capture drawn as a fishbone while it is typed. Saving writes every changed step as one
action (`capa_8d.set_steps`); a refusal (e.g. "operator error" as root cause) is shown under the
tabs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.capa.content import (
    SIX_M,
    STEP_FIELDS,
    STEP_SHORT_TITLES,
    STEP_TITLES,
    STEPS,
    WHYS,
    FieldSpec,
)
from sqms_desktop.capa.views import CapaDetail
from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.dates import date_text, show_dates_in_locale
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import cause_category, label
from sqms_desktop.gui.base.numbers import integer_text
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.widgets.fishbone import FishboneView
from sqms_desktop.i18n import translate
from sqms_desktop.queries.capas import capa_detail
from sqms_desktop.services import capa_8d
from sqms_desktop.services.actor import Actor

TEAM_ROWS = 8


class Capa8DEditor(QDialog):
    """Edits one CAPA's 8D content; the `actor` (a quality engineer) stores it.

    Signals:
        saved(capa_id): changed steps (or a new action) were stored.
    """

    saved = Signal(str)

    def __init__(
        self,
        actor: Actor,
        capa_id: str,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_form("capa_8d_editor", self)
        self._actor = actor
        self._capa_id = capa_id
        self._today = today
        self.tabs = child(self, QTabWidget, "tabs")
        self.error_label = child(self, QLabel, "error_label")
        self.error_label.setStyleSheet(f"color: {current_colors().alert}")
        self.error_label.hide()
        buttons = child(self, QDialogButtonBox, "button_box")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons.rejected.connect(self.reject)
        self.fields: dict[str, dict[str, Any]] = {}
        self.action_tables: dict[str, QTableWidget] = {}
        self.fishbone = FishboneView()
        self.detail = self._read()
        for step in STEPS:
            self.tabs.addTab(self._step_tab(step), translate("capa", STEP_SHORT_TITLES[step]))
            self.tabs.setTabToolTip(self.tabs.count() - 1, translate("capa", STEP_TITLES[step]))
        self._show(self.detail)

    # -- public ----------------------------------------------------------------------------

    def content(self, step: str) -> dict[str, Any]:
        """What the tab of `step` holds now, in the stored shape."""
        result: dict[str, Any] = {}
        for spec in STEP_FIELDS[step]:
            widget = self.fields[step][spec.key]
            if spec.kind == "text":
                result[spec.key] = widget.toPlainText()
            elif spec.kind == "whys":
                result[spec.key] = [edit.text() for edit in widget]
            elif spec.kind == "team":
                result[spec.key] = [
                    {"name": self._cell(widget, r, 0), "role": self._cell(widget, r, 1)}
                    for r in range(widget.rowCount())
                ]
            else:
                result[spec.key] = {m: widget[m].toPlainText().splitlines() for m in SIX_M}
        return result

    def save(self) -> bool:
        """Store the changed steps; False (and the reason shown) when refused."""
        changes: dict[str, dict[str, Any]] = {}
        for step in STEPS:
            content = self.content(step)
            if self._differs(step, content):
                changes[step] = content
        try:
            changed = self._actor.run(capa_8d.set_steps, self._capa_id, changes)
        except SqmsError as exc:
            self._fail(str(exc))
            return False
        self.error_label.hide()
        self.detail = self._read()
        self._show(self.detail)
        if changed:
            emit(self.saved, self._capa_id)
        return True

    def add_action(
        self, step: str, description: str, owner: str, due: dt.date, quantity: int | None
    ) -> bool:
        try:
            self._actor.run(
                capa_8d.add_action,
                self._capa_id,
                description,
                owner=owner,
                due=due,
                step=step,
                quantity=quantity,
            )
        except SqmsError as exc:
            self._fail(str(exc))
            return False
        self.error_label.hide()
        self.detail = self._read()
        self._fill_actions(self.detail)
        emit(self.saved, self._capa_id)
        return True

    # -- building ------------------------------------------------------------------------

    def _read(self) -> CapaDetail:
        return self._actor.read(capa_detail, self._capa_id, self._today)

    def _step_tab(self, step: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        layout.addLayout(form)
        self.fields[step] = {}
        for spec in STEP_FIELDS[step]:
            form.addRow(translate("capa", spec.label), self._field(step, spec))
        if step in ("d3", "d5"):
            layout.addWidget(self._actions_box(step.upper()))
        layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setObjectName(f"tab_{step}")
        if step != "d4":
            return scroll
        # The fishbone stays in view below the fields while the causes are typed.
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("tab_d4_split")
        split.addWidget(scroll)
        split.addWidget(self.fishbone)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        return split

    def _field(self, step: str, spec: FieldSpec) -> QWidget:
        name = f"{step}_{spec.key}"
        if spec.kind == "text":
            edit = QPlainTextEdit()
            edit.setObjectName(name)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
            self.fields[step][spec.key] = edit
            return edit
        if spec.kind == "whys":
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            edits = []
            for n in range(1, WHYS + 1):
                line = QLineEdit()
                line.setObjectName(f"{name}_{n}")
                line.setPlaceholderText(self.tr("Why {n}?").format(n=n))
                column.addWidget(line)
                edits.append(line)
            self.fields[step][spec.key] = edits
            return box
        if spec.kind == "team":
            table = QTableWidget(TEAM_ROWS, 2)
            table.setObjectName(name)
            table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
            table.horizontalHeader().setStretchLastSection(True)
            table.setMinimumHeight(220)
            self.fields[step][spec.key] = table
            return table
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        edits_by_m: dict[str, QPlainTextEdit] = {}
        for index, m in enumerate(SIX_M):
            edit = QPlainTextEdit()
            edit.setObjectName(f"{name}_{m}")
            edit.setPlaceholderText(self.tr("one cause per line"))
            edit.setFixedHeight(52)
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._on_ishikawa_text_changed)
            grid.addWidget(QLabel(cause_category(m)), (index // 3) * 2, index % 3)
            grid.addWidget(edit, (index // 3) * 2 + 1, index % 3)
            edits_by_m[m] = edit
        self.fields[step][spec.key] = edits_by_m
        return grid_box

    def _actions_box(self, step: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heads = [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Done")]
        heads.append(self.tr("Quantity") if step == "D3" else self.tr("Validation"))
        table = QTableWidget(0, len(heads))
        table.setObjectName(f"actions_{step}")
        table.setHorizontalHeaderLabels(heads)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(120)
        self.action_tables[step] = table
        layout.addWidget(table)
        row = QHBoxLayout()
        description, owner = QLineEdit(), QLineEdit()
        description.setPlaceholderText(self.tr("New action"))
        owner.setPlaceholderText(self.tr("Owner"))
        due = QDateEdit(QDate(self._today.year, self._today.month, self._today.day))
        due.setCalendarPopup(True)
        show_dates_in_locale(due)
        quantity = QSpinBox()
        quantity.setRange(-1, 1_000_000_000)
        quantity.setSpecialValueText(self.tr("qty"))
        quantity.setValue(-1)
        quantity.setVisible(step == "D3")
        add = QPushButton(self.tr("Add action"))
        add.setObjectName(f"add_{step}")
        for widget in (description, owner, due, quantity, add):
            row.addWidget(widget)
        row.setStretch(0, 3)
        layout.addLayout(row)

        def on_add() -> None:
            day = due.date()
            if self.add_action(
                step,
                description.text(),
                owner.text(),
                dt.date(day.year(), day.month(), day.day()),
                None if quantity.value() < 0 else quantity.value(),
            ):
                description.clear()

        add.clicked.connect(on_add)
        return box

    # -- showing -------------------------------------------------------------------------

    def _show(self, detail: CapaDetail) -> None:
        r = detail.row
        self.setWindowTitle(self.tr("8D {reference}").format(reference=r.reference))
        child(self, QLabel, "title_label").setText(
            f"{r.reference} · {r.supplier_code} {r.supplier_name} · {r.title} ({label(r.state)})"
        )
        for step in STEPS:
            content = detail.steps[step]
            for spec in STEP_FIELDS[step]:
                widget, value = self.fields[step][spec.key], content[spec.key]
                if spec.kind == "text":
                    widget.setPlainText(value)
                elif spec.kind == "whys":
                    for n, edit in enumerate(widget):
                        edit.setText(value[n] if n < len(value) else "")
                elif spec.kind == "team":
                    widget.setRowCount(max(TEAM_ROWS, len(value) + 2))
                    widget.clearContents()
                    for n, member in enumerate(value):
                        widget.setItem(n, 0, QTableWidgetItem(member["name"]))
                        widget.setItem(n, 1, QTableWidgetItem(member["role"]))
                else:
                    for m in SIX_M:
                        widget[m].setPlainText("\n".join(value.get(m, [])))
        self._fill_actions(detail)
        editable = r.is_open
        self.save_button.setEnabled(editable)
        for edit in self.tabs.findChildren(QPlainTextEdit) + self.tabs.findChildren(QLineEdit):
            edit.setReadOnly(not editable)
        self._on_ishikawa_text_changed()

    def _fill_actions(self, detail: CapaDetail) -> None:
        for step, table in self.action_tables.items():
            actions = detail.actions_of(step)
            table.setRowCount(len(actions))
            for n, a in enumerate(actions):
                last = "" if a.quantity is None else integer_text(a.quantity)
                values = [
                    a.description,
                    a.owner,
                    date_text(a.due),
                    date_text(a.done_on),
                    last if step == "D3" else a.validation,
                ]
                for column, text in enumerate(values):
                    table.setItem(n, column, QTableWidgetItem(text))

    def _differs(self, step: str, content: dict[str, Any]) -> bool:
        stored = self.detail.steps[step]
        for spec in STEP_FIELDS[step]:
            now, then = content[spec.key], stored[spec.key]
            if spec.kind == "text" and now.strip() != then:
                return True
            if spec.kind == "whys" and [w.strip() for w in now if w.strip()] != then:
                return True
            if spec.kind == "team" and [m for m in now if m["name"] or m["role"]] != then:
                return True
            if spec.kind == "ishikawa":
                cleaned = {m: [c.strip() for c in now[m] if c.strip()] for m in SIX_M}
                if cleaned != {m: then.get(m, []) for m in SIX_M}:
                    return True
        return False

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    @Slot()
    def _on_ishikawa_text_changed(self) -> None:
        edits = self.fields.get("d4", {}).get("ishikawa")
        if not edits:
            return
        causes = {m: [c for c in edits[m].toPlainText().splitlines() if c.strip()] for m in SIX_M}
        effect = self.fields["d2"]["what"].toPlainText().strip() if "d2" in self.fields else ""
        self.fishbone.set_content(effect or self.detail.row.title, causes)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()
