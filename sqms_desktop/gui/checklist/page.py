"""The checklist page: where an auditor spends the day at the supplier.

Section tree with progress and score on the left, the current question with its answer controls,
note and evidence in the middle, the live score on the right, the audit's findings below.
Keyboard first (score keys, Y/N/A, PgUp/PgDn, Ctrl+U next unanswered, Ctrl+F find, Ctrl+G
sections, Ctrl+Z/Ctrl+Y undo/redo, Ctrl+Shift+F raise a finding); everything also by mouse.
Every change is saved the moment it is made, each as its own trailed action: there is no Save.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sqms_desktop.errors import SqmsError
from sqms_desktop.gui.base.colors import color_style
from sqms_desktop.gui.base.labels import score_meaning
from sqms_desktop.gui.base.signals import emit
from sqms_desktop.gui.checklist.answer_panel import AnswerPanel
from sqms_desktop.gui.checklist.capa_actions import FindingCapaActions
from sqms_desktop.gui.checklist.commands import AnswerCommand, FindingCommand
from sqms_desktop.gui.checklist.effectiveness_panel import EffectivenessPanel
from sqms_desktop.gui.checklist.evidence_strip import EvidenceStrip
from sqms_desktop.gui.checklist.layout import middle_column, question_scroll
from sqms_desktop.gui.checklist.score_panel import ScorePanel, percent_text
from sqms_desktop.gui.dialogs.finding import FindingDialog
from sqms_desktop.gui.widgets.findings_panel import FindingsPanel
from sqms_desktop.queries.audits import audit_status
from sqms_desktop.queries.checklist_session import ChecklistSession
from sqms_desktop.queries.checklists import AnswerState
from sqms_desktop.services import findings
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.audits import LOCKED_STATES
from sqms_desktop.services.checklist_writer import ChecklistWriter
from sqms_desktop.store.clock import utc_naive
from sqms_desktop.store.engine import Store
from sqms_desktop.vocab import YES_NO_TYPES, AuditStatus, FindingClass, inline_word

log = logging.getLogger(__name__)
Today = Callable[[], dt.date]
ID_ROLE = Qt.ItemDataRole.UserRole


class ChecklistPage(QWidget):
    """Signals: changed() after every saved change; message_posted(text) for the status bar;
    capa_requested(capa_id) when a CAPA raised here is to be opened on the CAPAs page."""

    changed = Signal()
    message_posted = Signal(str)
    capa_requested = Signal(str)

    def __init__(
        self,
        store: Store,
        user: str,
        audit_id: str,
        *,
        today: Today = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_page")
        self.store = store
        self.user = user
        self.audit_id = audit_id
        self._today = today
        with store.session() as session:
            self.session = ChecklistSession.open(session, audit_id)
        self.status = self.session.checklist.status
        self.current: str | None = None
        self.undo_stack = QUndoStack(self)
        self.writer = ChecklistWriter(store, user, audit_id, today)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._conditional = [q.id for q in self.session.items if q.condition]
        self._section_items: dict[str, QTreeWidgetItem] = {}
        self._build()
        self._setup_actions()
        self._fill_tree()
        self._refresh_score()
        self._apply_lock()
        first = self.session.next_unanswered(None) or self.session.next_visible(None)
        if first is not None:
            self.go_to(first)

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        checklist = self.session.checklist
        self.title_label = QLabel()
        self.title_label.setObjectName("audit_title")
        self.title_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.lock_label = QLabel()
        self.lock_label.setObjectName("lock_label")
        self.lock_label.setStyleSheet(color_style("alert", bold=True))
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("find_edit")
        self.find_edit.setAccessibleName(self.tr("Find in checklist"))
        self.find_edit.setPlaceholderText(self.tr("Find in checklist (Ctrl+F)"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self._on_find_edit_return_pressed)
        self.find_edit.setMaximumWidth(320)
        self.section_combo = QComboBox()
        self.section_combo.setObjectName("section_combo")
        self.section_combo.setAccessibleName(self.tr("Section"))
        self.section_combo.setToolTip(self.tr("Jump to a section (Ctrl+G)"))
        for section in self.session.sections:
            self.section_combo.addItem(f"{section.code}  {section.title}", section.id)
        self.section_combo.activated.connect(self._on_section_combo_activated)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addWidget(self.lock_label)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Section:")))
        top.addWidget(self.section_combo)
        top.addWidget(self.find_edit)

        self.tree = QTreeWidget()
        self.tree.setObjectName("section_tree")
        self.tree.setAccessibleName(self.tr("Questions of the checklist"))
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("Answer")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed, narrow answer column: long text answers are elided, questions keep the room.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.installEventFilter(self)

        self.answer_panel = AnswerPanel(checklist.scheme)
        self.answer_panel.answer_chosen.connect(self._on_answer_panel_answer_chosen)
        self.answer_panel.na_chosen.connect(self._on_answer_panel_na_chosen)
        self.answer_panel.note_finished.connect(self._on_answer_panel_note_finished)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(color_style("alert"))
        self.error_label.hide()
        self.proposal_label = QLabel()
        self.proposal_label.setObjectName("proposal_label")
        self.proposal_label.setWordWrap(True)
        self.proposal_label.setStyleSheet(color_style("warning"))
        self.evidence = EvidenceStrip(
            self.store,
            self.audit_id,
            self,
            user=self.user,
            heading=self.tr("Evidence:"),  # of this question; the long form would widen the page
        )
        self.evidence.changed.connect(self._on_evidence_changed)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.unanswered_button = QPushButton(self.tr("Next unanswered"))
        self.finding_button = QPushButton(self.tr("Raise finding…"))
        self.finding_button.setObjectName("finding_button")
        for button in (
            self.previous_button,
            self.next_button,
            self.unanswered_button,
            self.finding_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.question_scroll = question_scroll(
            self.answer_panel, self.error_label, self.proposal_label
        )
        center = middle_column(self.question_scroll, buttons, self.evidence)

        self.score_panel = ScorePanel()
        self.findings_panel = FindingsPanel(self.store, self.audit_id)
        self.findings_panel.finding_activated.connect(self._on_findings_panel_finding_activated)
        self.capa_actions = FindingCapaActions(self.findings_panel, Actor(self.store, self.user))
        self.capa_actions.findings_changed.connect(self._findings_changed)
        self.capa_actions.message_posted.connect(self.message_posted)
        self.capa_actions.capa_requested.connect(self.capa_requested)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.tree)
        upper.addWidget(center)
        upper.addWidget(self.score_panel)
        upper.setStretchFactor(0, 2)
        upper.setStretchFactor(1, 4)
        upper.setStretchFactor(2, 2)
        upper.setSizes([300, 640, 280])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.effectiveness_panel = EffectivenessPanel(self.store, self.user, self.audit_id)
        self.effectiveness_panel.recorded.connect(self._on_effectiveness_panel_recorded)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setObjectName("lower_tabs")
        self.lower_tabs.addTab(self.findings_panel, self.tr("Findings"))
        awaiting = self.effectiveness_panel.count()
        if awaiting:  # CAPAs of this supplier whose fix is to be checked on site
            self.lower_tabs.addTab(
                self.effectiveness_panel,
                self.tr("CAPA effectiveness ({n})").format(n=awaiting),
            )
        self.splitter.addWidget(self.lower_tabs)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 120])  # the question first; the findings are a glance
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.unanswered_button.clicked.connect(self.go_next_unanswered)
        self.finding_button.clicked.connect(self.raise_finding)

    def _setup_actions(self) -> None:
        def action(
            text: str, keys: list[QKeySequence], slot: Callable[[], object], tip: str
        ) -> QAction:
            made = QAction(text, self)
            made.setShortcuts(keys)
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            describe(made, tip)
            self.addAction(made)
            return made

        def describe(made: QAction, tip: str) -> None:
            """The tooltip, status tip and "What's this" a screen reader and the status bar
            give of an action, its first key in the tooltip."""
            keys = made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            made.setToolTip(f"{tip} ({keys})" if keys else tip)
            made.setStatusTip(tip)
            made.setWhatsThis(tip)

        key = QKeySequence
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setShortcuts(key.StandardKey.Undo)
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setShortcuts([key("Ctrl+Y"), key("Ctrl+Shift+Z")])
        describe(self.action_undo, self.tr("Take back the last answer, note or N/A of this audit"))
        describe(self.action_redo, self.tr("Do again what was last taken back"))
        for made in (self.action_undo, self.action_redo):
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(made)
        self.action_next = action(
            self.tr("&Next question"),
            [key("PgDown"), key("Alt+Down")],
            self.go_next,
            self.tr("Go to the next question shown"),
        )
        self.action_previous = action(
            self.tr("&Previous question"),
            [key("PgUp"), key("Alt+Up")],
            self.go_previous,
            self.tr("Go to the question before this one"),
        )
        self.action_unanswered = action(
            self.tr("Next &unanswered"),
            [key("Ctrl+U")],
            self.go_next_unanswered,
            self.tr("Go to the next question still without an answer"),
        )
        # Ctrl+F is the window's Find, which comes here while the checklist is shown.
        self.action_find = action(
            self.tr("&Find in checklist"),
            [],
            self.focus_find,
            self.tr("Find a question by its words or its number"),
        )
        self.action_sections = action(
            self.tr("&Go to section"),
            [key("Ctrl+G")],
            self._on_action_sections_triggered,
            self.tr("Choose a section of the checklist and go to its first question"),
        )
        self.action_finding = action(
            self.tr("Raise &finding…"),
            [key("Ctrl+Shift+F")],
            self.raise_finding,
            self.tr("Raise a finding on this question"),
        )
        self.action_free_finding = action(
            self.tr("Raise finding &not tied to a question…"),
            [key("Ctrl+Alt+F")],
            self.raise_free_finding,
            self.tr("Raise a finding about the audit as a whole, not about one question"),
        )

    def page_actions(self) -> list[QAction]:
        return [
            self.action_undo,
            self.action_redo,
            self.action_next,
            self.action_previous,
            self.action_unanswered,
            self.action_find,
            self.action_sections,
            self.action_finding,
            self.action_free_finding,
        ]

    # -- the tree ----------------------------------------------------------------------------

    def _fill_tree(self) -> None:
        checklist = self.session.checklist
        self.title_label.setText(
            self.tr("{reference} · {status}").format(
                reference=checklist.reference, status=inline_word(self.status)
            )
        )
        self.tree.clear()
        for section in self.session.sections:
            top = QTreeWidgetItem(self.tree)
            top.setData(0, ID_ROLE, None)
            top.setFirstColumnSpanned(False)
            self._section_items[section.id] = top
            for item in section.questions:
                row = QTreeWidgetItem(top)
                row.setData(0, ID_ROLE, item.id)
                star = "★ " if item.star else ""
                row.setText(0, f"{star}{item.qid}  {item.text}")
                # The column elides long questions: the whole text on hover, as a paragraph
                # that wraps (a plain-text tooltip would be one line as wide as the screen).
                critical = self.tr(" · ★ star question") if item.star else ""
                row.setToolTip(
                    0, f"<p><b>{escape(item.qid)}</b>{critical}<br>{escape(item.text)}</p>"
                )
                self._items[item.id] = row
                self._show_row(item.id)
            self._show_section(section.id)
        self.tree.expandAll()

    def _show_row(self, question_id: str) -> None:
        row = self._items[question_id]
        state = self.session.answer(question_id)
        if state is None or not state.answered:
            text = self.tr("note") if state and state.note else ""
            tip = state.note if state and state.note else ""
        elif state.not_applicable:
            text = self.tr("N/A")
            tip = self.tr("Not applicable: {why}").format(why=state.na_justification)
        else:
            value = state.value or ""
            item = self.session.item(question_id)
            text = self._answer_word(value) if item.type in YES_NO_TYPES else value
            meaning = score_meaning(self.session.scheme, value, item.type)
            tip = f"{text} · {meaning}" if meaning else text
        # Only real changes: each one makes the tree lay itself out again.
        if row.text(1) != text:
            row.setText(1, text)
        if row.toolTip(1) != tip:  # the narrow column elides text answers
            row.setToolTip(1, tip)
        hidden = not self.session.visible(question_id)
        if row.isHidden() != hidden:
            row.setHidden(hidden)

    def _answer_word(self, value: str) -> str:
        """A yes/no answer as the answer buttons name it."""
        words = {"yes": self.tr("Yes"), "no": self.tr("No"), "na": self.tr("N/A")}
        return words.get(value, value)

    def _show_section(self, section_id: str) -> None:
        section = next(s for s in self.session.sections if s.id == section_id)
        progress = self.session.progress(section)
        result = self.session.score()
        figures = {f.code: f for f in (*result.elements, *result.sub_elements)}
        figure = figures.get(section.code)
        score = ""
        if figure is not None and figure.percent is not None:
            score = f" · {percent_text(figure.percent)}"
        top = self._section_items[section_id]
        title = f"{section.code}  {section.title}"
        if top.text(0) != title:
            top.setText(0, title)
            top.setToolTip(0, title)
        summary = f"{progress.answered}/{progress.visible}{score}"
        if top.text(1) != summary:
            top.setText(1, summary)

    # -- moving ------------------------------------------------------------------------------

    def go_to(self, question_id: str) -> None:
        if self.current == question_id:
            return
        self.answer_panel.flush_note()  # leaving a question finishes its note
        self.current = question_id
        item = self.session.item(question_id)
        shown = [q for q in self.session.items if self.session.visible(q.id)]
        number = next((n for n, q in enumerate(shown, 1) if q.id == question_id), 0)
        self.answer_panel.show_item(
            item, self.session.answer(question_id), number=number, total=len(shown)
        )
        self.answer_panel.set_read_only(self._locked())
        self.evidence.set_question(question_id)
        section_index = self.section_combo.findData(self.session.section_of(question_id).id)
        self.section_combo.setCurrentIndex(section_index)
        row = self._items[question_id]
        if self.tree.currentItem() is not row:
            self.tree.setCurrentItem(row)
        self._show_proposal()

    @Slot()
    def _on_action_sections_triggered(self) -> None:
        self.section_combo.setFocus()
        self.section_combo.showPopup()

    @Slot(int)
    def _on_section_combo_activated(self, index: int) -> None:
        section = next(
            s for s in self.session.sections if s.id == self.section_combo.itemData(index)
        )
        shown = [q for q in section.questions if self.session.visible(q.id)]
        if shown:
            self.go_to(shown[0].id)
        self.tree.setFocus()

    @Slot()
    def go_next(self) -> None:
        found = self.session.next_visible(self.current)
        if found is not None:
            self.go_to(found)

    @Slot()
    def go_previous(self) -> None:
        found = self.session.next_visible(self.current, -1)
        if found is not None:
            self.go_to(found)

    @Slot()
    def go_next_unanswered(self) -> None:
        found = self.session.next_unanswered(self.current)
        if found is None:
            emit(self.message_posted, self.tr("Every shown question is answered."))
        else:
            self.go_to(found)

    @Slot()
    def focus_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    @Slot()
    def _on_find_edit_return_pressed(self) -> None:
        found = self.session.find(self.find_edit.text(), self.current)
        if found is None:
            emit(self.message_posted, self.tr("Not found in this checklist."))
            return
        self.go_to(found)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        if current is None:
            return
        question_id = current.data(0, ID_ROLE)
        first_child = current.child(0) if current.childCount() else None
        if question_id is None and first_child is not None:
            question_id = first_child.data(0, ID_ROLE)
        if question_id:
            self.go_to(question_id)

    # -- keys ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._answer_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The tree would use letters and digits to search its rows: here they answer. The type
        # is asked first: while the page is torn down the tree still sends focus events.
        if event.type() == QEvent.Type.KeyPress and watched is self.tree:
            return self._answer_key(event)  # type: ignore[arg-type]
        return False

    def _answer_key(self, event: QKeyEvent) -> bool:
        # Ctrl, Alt and Meta make shortcuts; Shift only makes capitals (Y is y) and symbols.
        typing = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        if event.modifiers() & ~typing:
            return False
        text = event.text()
        if self.answer_panel.means_not_applicable(text):
            self.answer_panel.na_check.setChecked(True)  # asks for the justification
            return True
        value = self.answer_panel.value_for_key(text)
        if value is not None:
            self.answer(value)
            return True
        if len(text) == 1 and text.isprintable() and not text.isspace():
            # A key that answers nothing here must not reach the tree's type-ahead, which would
            # jump to another section; it does nothing, and says why.
            emit(self.message_posted, self.answer_panel.key_refusal(text))
            return True
        return False

    # -- saving ----------------------------------------------------------------------------------

    def answer(self, value: str, *, advance: bool = True) -> bool:
        """Save an answer to the current question; on success move to the next question."""
        if self.current is None:
            return False
        question_id = self.current
        before = self.session.answer(question_id)
        after = AnswerState(value, False, "", before.note if before else "", self.user, self._now())
        if not self._save(question_id, before, after, self.tr("answer {qid}")):
            return False
        if advance:
            self.go_next()
        return True

    @Slot(str)
    def _on_answer_panel_answer_chosen(self, value: str) -> None:
        self.answer(value, advance=False)

    @Slot(str)
    def _on_answer_panel_na_chosen(self, reason: str) -> None:
        if self.current is None:
            return
        before = self.session.answer(self.current)
        after = AnswerState(
            None, True, reason, before.note if before else "", self.user, self._now()
        )
        self._save(self.current, before, after, self.tr("N/A for {qid}"))

    @Slot(str)
    def _on_answer_panel_note_finished(self, note: str) -> None:
        if self.current is None:
            return
        before = self.session.answer(self.current)
        if before is None:
            after = AnswerState(None, False, "", note, self.user, self._now())
        else:
            after = dataclasses.replace(before, note=note)
        self._save(self.current, before, after, self.tr("note on {qid}"))

    def _save(
        self, question_id: str, before: AnswerState | None, after: AnswerState, label: str
    ) -> bool:
        if after.says_the_same(before):
            # The same N/A confirmed twice (Enter, then leaving the field), the checked score
            # clicked again: no second trail entry, no undo step that undoes nothing.
            return True
        try:
            self.write_state(question_id, after)
            self.error_label.hide()
        except SqmsError as exc:
            self._refuse(str(exc))
            self.answer_panel.show_state(self.session.answer(question_id))
            return False
        qid = self.session.item(question_id).qid
        self.undo_stack.push(
            AnswerCommand(self.write_state, question_id, before, after, label.format(qid=qid))
        )
        return True

    def write_state(self, question_id: str, state: AnswerState | None) -> None:
        """Make the store hold `state` for the question (one action), then show it."""
        current = self.session.answer(question_id)
        if self.writer.write_state(question_id, current, state):
            self.status = AuditStatus.IN_PROGRESS.value
            self._fill_title()
            emit(self.message_posted, self.tr("Audit started with the first answer."))
        self.session.set_answer(question_id, state)
        self._after_change(question_id)

    def _after_change(self, question_id: str) -> None:
        self._show_row(question_id)
        for item_id in self._conditional:  # their conditions may now show or hide them
            self._show_row(item_id)
        for section in self.session.sections:
            self._show_section(section.id)
        if self.current is not None:
            self.answer_panel.show_state(self.session.answer(self.current))
        self._refresh_score()
        if question_id == self.current:
            self._show_proposal()
        emit(self.changed)

    def _refresh_score(self) -> None:
        progress = self.session.progress()
        majors = [
            row.reference
            for row in self.findings_panel.model.rows()
            if row.finding_class in (FindingClass.MAJOR_NC, FindingClass.CRITICAL)
        ]
        self.score_panel.show_result(
            self.session.score(), progress.answered, progress.visible, majors=majors
        )

    def _show_proposal(self) -> None:
        proposal = self._proposal()
        self.proposal_label.setVisible(proposal is not None)
        if proposal is not None:
            self.proposal_label.setText(
                self.tr("Proposed: a {cls} — {reason} (Ctrl+Shift+F raises it)").format(
                    cls=proposal.finding_class.replace("_", " "), reason=proposal.reason
                )
            )

    def _proposal(self) -> findings.FindingProposal | None:
        if self.current is None:
            return None
        return findings.finding_proposal(
            self.session.item(self.current), self.session.answer(self.current), self.session.scheme
        )

    # -- findings ---------------------------------------------------------------------------------

    @Slot()
    def raise_free_finding(self) -> None:
        """A finding about the audit as a whole (e.g. seen on the shop floor walk)."""
        self._raise_finding(tied=False)

    @Slot()
    def raise_finding(self) -> None:
        """A finding on the current question: requirement and clause come pre-filled."""
        self._raise_finding(tied=True)

    def _raise_finding(self, *, tied: bool) -> None:
        if self._locked():
            self._refuse(self.tr("This audit is locked; reopen it with a reason to change it."))
            return
        dialog = FindingDialog(
            self.store,
            self.user,
            self.audit_id,
            question_id=self.current if tied else None,
            proposal=self._proposal() if tied else None,
            parent=self,
            today=self._today,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.finding_id is None:
                return
            values, finding_id, started = dialog.after, dialog.finding_id, dialog.started
        finally:
            dialog.deleteLater()
        question_id = self.current if tied else None

        assert values is not None
        words = values

        def withdraw(fid: str) -> None:
            self.writer.withdraw_finding(fid, "undone on the checklist page")
            self._findings_changed()

        def raise_again() -> str:
            new_id = self.writer.raise_finding(words, question_id)
            self._findings_changed()
            return new_id

        self.undo_stack.push(
            FindingCommand(withdraw, raise_again, finding_id, self.tr("raise a finding"))
        )
        self._findings_changed()
        message = self.tr("{reference} raised.")
        if started:  # as the first answer does, the first finding starts a planned audit
            self.status = AuditStatus.IN_PROGRESS.value
            self._fill_title()
            message = self.tr("{reference} raised; the audit started with it.")
        emit(self.message_posted, message.format(reference=dialog.reference))

    def _findings_changed(self) -> None:
        self.findings_panel.refresh()
        self._refresh_score()  # a major finding is named beside the grade
        emit(self.changed)

    @Slot(str)
    def _on_findings_panel_finding_activated(self, finding_id: str) -> None:
        dialog = FindingDialog(
            self.store,
            self.user,
            self.audit_id,
            finding_id=finding_id,
            parent=self,
            today=self._today,
        )
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._findings_changed()
        finally:
            dialog.deleteLater()

    @Slot(str)
    def _on_effectiveness_panel_recorded(self, text: str) -> None:
        index = self.lower_tabs.indexOf(self.effectiveness_panel)
        self.lower_tabs.setTabText(
            index,
            self.tr("CAPA effectiveness ({n})").format(n=self.effectiveness_panel.count()),
        )
        emit(self.message_posted, text)
        emit(self.changed)

    @Slot()
    def _on_evidence_changed(self) -> None:
        emit(self.changed)

    # -- state -------------------------------------------------------------------------------------

    def reload_status(self) -> None:
        """After the closing meeting, signing or reopening: read the audit's state again."""
        with self.store.session() as session:
            self.status = audit_status(session, self.audit_id) or self.status
        self._fill_title()
        self._apply_lock()

    def _fill_title(self) -> None:
        self.title_label.setText(
            self.tr("{reference} · {status}").format(
                reference=self.session.checklist.reference, status=inline_word(self.status)
            )
        )

    def _locked(self) -> bool:
        return self.status in LOCKED_STATES

    def _apply_lock(self) -> None:
        locked = self._locked()
        self.lock_label.setText(
            self.tr("Locked: reopen with a reason to change it") if locked else ""
        )
        self.answer_panel.set_read_only(locked)
        self.finding_button.setEnabled(not locked)
        self.action_finding.setEnabled(not locked)
        self.evidence.setEnabled(not locked)

    def _now(self) -> dt.datetime:
        return utc_naive(dt.datetime.now().astimezone())

    def _refuse(self, text: str) -> None:
        """Say why, beside the question, without a dialog in the way of the next key."""
        log.info("checklist change refused: %s", text)
        self.error_label.setText(self.tr("Not saved: {reason}").format(reason=text))
        self.error_label.show()
        emit(self.message_posted, self.tr("Not saved: {reason}").format(reason=text))
