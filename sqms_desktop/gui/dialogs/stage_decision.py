"""Accepting or rejecting a stage of a CAPA: one dialog that says which CAPA, which stage is
decided, and what the supplier answered for it, and that asks for a reason before a rejection.

Before, accepting was a bare text prompt ("Accept Containment? Note (optional):") that showed
nothing of the answer being accepted, and rejecting did not name the stage at all."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QWidget,
)

from sqms_desktop.capa.content import SIX_M, STEP_FIELDS, field_label, step_title
from sqms_desktop.capa.stages import STEPS_BY_STATE, next_stage
from sqms_desktop.capa.views import CapaDetail
from sqms_desktop.gui.base.dates import date_text
from sqms_desktop.gui.base.forms import child, load_form
from sqms_desktop.gui.base.labels import cause_category, label
from sqms_desktop.vocab import CapaState


def _value_text(kind: str, value: Any) -> str:
    if kind == "whys":
        return " → ".join(v for v in value if v)
    if kind == "team":
        return "; ".join(f"{m['name']} ({m['role']})" if m["role"] else m["name"] for m in value)
    if kind == "ishikawa":
        return "; ".join(
            f"{cause_category(m)}: {', '.join(value[m])}" for m in SIX_M if value.get(m)
        )
    return str(value)


def answer_html(detail: CapaDetail) -> str:
    """What the supplier sent for the stage being decided: its disciplines' fields and
    actions, or a line saying nothing was sent."""
    parts = []
    for step in STEPS_BY_STATE.get(CapaState(detail.row.state), ()):
        parts.append(f"<h4>{escape(step_title(step))}</h4>")
        rows = [
            (field_label(spec), _value_text(spec.kind, detail.steps[step][spec.key]))
            for spec in STEP_FIELDS[step]
        ]
        filled = [(name, text) for name, text in rows if text.strip()]
        for name, text in filled:
            parts.append(f"<p><b>{escape(name)}:</b> {escape(text)}</p>")
        for action in detail.actions_of(step.upper()):
            when = (
                QCoreApplication.translate("StageDecisionDialog", "due {due}, done {done}").format(
                    due=date_text(action.due), done=date_text(action.done_on)
                )
                if action.done_on
                else QCoreApplication.translate("StageDecisionDialog", "due {due}").format(
                    due=date_text(action.due)
                )
            )
            parts.append(
                f"<p>• {escape(action.description)} ({escape(action.owner)}, {escape(when)})</p>"
            )
        if not filled and not detail.actions_of(step.upper()):
            nothing = QCoreApplication.translate(
                "StageDecisionDialog", "Nothing written for this discipline yet."
            )
            parts.append(f"<p><i>{escape(nothing)}</i></p>")
    return "".join(parts)


class StageDecisionDialog(QDialog):
    """Shows the CAPA's stage under review and the supplier's answer; the quality engineer
    accepts (with an optional note) or rejects (with a reason, which is required)."""

    def __init__(self, detail: CapaDetail, *, reject: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("stage_decision_dialog", self)
        row = detail.row
        stage = next_stage(row.state)
        self.stage = stage
        self.capa_label = child(self, QLabel, "capa_label")
        self.stage_label = child(self, QLabel, "stage_label")
        self.answer_view = child(self, QTextBrowser, "answer_view")
        self.accept_radio = child(self, QRadioButton, "accept_radio")
        self.reject_radio = child(self, QRadioButton, "reject_radio")
        self.text_label = child(self, QLabel, "text_label")
        self.text_edit = child(self, QPlainTextEdit, "text_edit")
        buttons = child(self, QDialogButtonBox, "button_box")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        self.ok_button = ok
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Supplier's answer · {ref}").format(ref=row.reference))
        self.capa_label.setText(
            f"{row.reference} · {row.supplier_code} {row.supplier_name} · {row.title}"
        )
        self.stage_label.setText(
            self.tr("Now {state}. Deciding on: {stage}").format(
                state=label(row.state), stage=label(stage) if stage else "—"
            )
        )
        self.answer_view.setHtml(answer_html(detail))
        self.reject_radio.setEnabled(row.state != CapaState.DRAFT)
        self.accept_radio.toggled.connect(self._on_choice_toggled)
        self.text_edit.textChanged.connect(self._on_text_edit_text_changed)
        (self.reject_radio if reject else self.accept_radio).setChecked(True)
        self._on_choice_toggled()

    def rejecting(self) -> bool:
        return self.reject_radio.isChecked()

    def text(self) -> str:
        """The note (accepting) or the reason (rejecting), as typed."""
        return self.text_edit.toPlainText().strip()

    @Slot()
    def _on_choice_toggled(self, *_: object) -> None:
        stage = label(self.stage) if self.stage else ""
        if self.rejecting():
            self.text_label.setText(self.tr("&Reason (required; the supplier reads it):"))
            self.ok_button.setText(self.tr("Reject {stage}").format(stage=stage))
        else:
            self.text_label.setText(self.tr("&Note (optional):"))
            self.ok_button.setText(self.tr("Accept {stage}").format(stage=stage))
        self._on_text_edit_text_changed()

    @Slot()
    def _on_text_edit_text_changed(self) -> None:
        self.ok_button.setEnabled(
            self.stage is not None and (not self.rejecting() or bool(self.text()))
        )
