"""What the checklist page says and does with keys, hovers and answers, one small audit per
scheme: keys the scheme does not use, full question texts, the meaning of each score, the
downgrade rule that applies, and N/A as one step."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sqms_desktop.gui.checklist.page import ChecklistPage
from sqms_desktop.services.audits import raise_finding
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.models import Answer
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import FindingClass, Scheme
from tests.support.checklist_audits import DAY, LEAD, LONG_TEXT, SchemeAudits, build_scheme_audits

pytestmark = pytest.mark.gui

OpenPage = Callable[[str], ChecklistPage]


@pytest.fixture
def audits(uow: Callable[[], UnitOfWork]) -> SchemeAudits:
    return build_scheme_audits(uow)


@pytest.fixture
def open_page(qtbot: QtBot, store: Store, audits: SchemeAudits) -> OpenPage:
    def opened(scheme: str) -> ChecklistPage:
        page = ChecklistPage(store, LEAD, audits.audit_ids[scheme], today=lambda: DAY)
        qtbot.addWidget(page)
        page.resize(1280, 720)
        with qtbot.waitActive(page):  # keys and focus reach the active window only
            page.show()
        page.tree.setFocus()
        return page

    return opened


def _messages(page: ChecklistPage) -> list[str]:
    said: list[str] = []
    page.message_posted.connect(said.append)
    return said


def _answers(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Answer)) or 0


def test_a_score_key_the_vda_scale_lacks_does_nothing_and_says_so(
    qtbot: QtBot, open_page: OpenPage, audits: SchemeAudits, store: Store
) -> None:
    page = open_page(Scheme.VDA63)
    first = audits.questions[Scheme.VDA63]["P5.1"]
    assert page.current == first
    said = _messages(page)

    qtbot.keyClick(page.tree, "3")  # the tree's type-ahead would jump to "P6…"? no: nothing

    assert page.current == first
    assert page.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == first
    assert _answers(store) == 0
    assert said == ["3 is not a score of this question: 0, 4, 6, 8 or 10"]


def test_a_letter_that_means_nothing_does_not_search_the_tree(
    qtbot: QtBot, open_page: OpenPage, audits: SchemeAudits
) -> None:
    page = open_page(Scheme.VDA63)
    said = _messages(page)
    qtbot.keyClick(page.tree, "p")  # type-ahead would go to the next row starting with P
    assert page.current == audits.questions[Scheme.VDA63]["P5.1"]
    assert said == ["p is not an answer to this question: 0, 4, 6, 8 or 10, or A for N/A"]


def test_a_capital_or_a_symbol_does_not_search_the_tree_either(
    qtbot: QtBot, open_page: OpenPage, audits: SchemeAudits
) -> None:
    page = open_page(Scheme.VDA63)
    said = _messages(page)
    qtbot.keyClick(page.tree, "P", Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.tree, "#", Qt.KeyboardModifier.ShiftModifier)
    assert page.current == audits.questions[Scheme.VDA63]["P5.1"]
    assert said == [
        "P is not an answer to this question: 0, 4, 6, 8 or 10, or A for N/A",
        "# is not an answer to this question: 0, 4, 6, 8 or 10, or A for N/A",
    ]


def test_a_digit_on_a_yes_no_question_does_nothing_and_says_so(
    qtbot: QtBot, open_page: OpenPage, audits: SchemeAudits, store: Store
) -> None:
    page = open_page(Scheme.YES_NO)
    first = audits.questions[Scheme.YES_NO]["q1"]
    said = _messages(page)
    qtbot.keyClick(page.tree, "2")
    assert page.current == first
    assert _answers(store) == 0
    assert said == ["2 is not an answer to this question: Y for yes, N for no, or A for N/A"]
    qtbot.keyClick(page.tree, "y")  # a key that means something still answers and moves on
    assert page.session.answer(first).value == "yes"  # type: ignore[union-attr]
    assert page.current == audits.questions[Scheme.YES_NO]["q2"]


def _tooltip(page: ChecklistPage, row: QTreeWidgetItem, column: int) -> str:
    """What hovering over a cell shows, through the same event a resting mouse sends."""
    position = page.tree.visualRect(page.tree.indexFromItem(row, column)).center()
    viewport = page.tree.viewport()
    QToolTip.hideText()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, position, viewport.mapToGlobal(position))
    )
    text = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    return text


@pytest.mark.qt_log_ignore(r"^This plugin does not support (raise|propagateSizeHints)\(\)$")
def test_the_question_tree_shows_the_full_text_and_answer_on_hover(
    qtbot: QtBot, open_page: OpenPage, audits: SchemeAudits
) -> None:
    page = open_page(Scheme.VDA63)
    row = page._items[audits.questions[Scheme.VDA63]["P6.1.1"]]
    question_rect = page.tree.visualRect(page.tree.indexFromItem(row, 0))
    assert page.tree.fontMetrics().horizontalAdvance(row.text(0)) > question_rect.width()
    tip = _tooltip(page, row, 0)
    assert LONG_TEXT in tip
    assert "<b>P6.1.1</b> · ★ star question" in tip

    page.go_to(audits.questions[Scheme.VDA63]["P6.1.1"])
    qtbot.keyClick(page.tree, "8")
    assert _tooltip(page, row, 1) == "8 · predominantly"


def test_answer_buttons_say_what_each_score_means(
    open_page: OpenPage,
) -> None:
    vda = open_page(Scheme.VDA63)
    texts = [b.text() for b in vda.answer_panel.group.buttons()]
    assert texts == [
        "0 · not at all  (0)",
        "4 · inadequately  (4)",
        "6 · partly  (6)",
        "8 · predominantly  (8)",
        "10 · fully  (1)",
    ]
    weighted = open_page(Scheme.WEIGHTED)
    texts = [b.text() for b in weighted.answer_panel.group.buttons()]
    assert texts == [
        "0 · not met  (0)",
        "1 · largely not met  (1)",
        "2 · mostly met  (2)",
        "3 · fully met  (3)",
    ]
    yes_no = open_page(Scheme.YES_NO)
    texts = [b.text() for b in yes_no.answer_panel.group.buttons()]
    assert texts == ["Yes · conforms  (Y)", "No · does not conform  (N)"]


def test_the_score_panel_names_the_downgrade_that_applies(
    qtbot: QtBot, open_page: OpenPage, audits: SchemeAudits
) -> None:
    page = open_page(Scheme.VDA63)
    rules = (
        "No downgrade so far. VDA 6.3 downgrades to B for an element, sub-element or process "
        "step below 80 %, a star question scored 4 or any question scored 0; to C for an "
        "element or process step below 70 % or a star question scored 0."
    )
    assert page.score_panel.reason_texts() == ["Not rated yet: no question was evaluated", rules]
    for _ in range(6):
        qtbot.keyClick(page.tree, "1")  # 10 on every question
    assert page.score_panel.reason_texts() == [rules]

    questions = audits.questions[Scheme.VDA63]
    page.go_to(questions["P6.1.1"])
    qtbot.keyClick(page.tree, "4")  # 90 % is an A, but a star question scored 4 caps at B
    assert page.score_panel.grade_label.text() == "Grade: B"
    assert page.score_panel.reason_texts() == ["Downgraded to B: star question P6.1.1 was scored 4"]

    page.go_to(questions["P5.1"])
    qtbot.keyClick(page.tree, "0")  # 73 %: a C by the total already; a 0 caps at B
    reasons = page.score_panel.reason_texts()
    assert "At most B (the total alone gives no better): question P5.1 was scored 0" in reasons
    assert not any(r.startswith("No downgrade") for r in reasons)


def test_a_major_finding_is_named_beside_the_grade(
    qtbot: QtBot, open_page: OpenPage, store: Store, audits: SchemeAudits
) -> None:
    page = open_page(Scheme.WEIGHTED)
    with UnitOfWork(store, WriteContext(user=LEAD)) as uow:
        raise_finding(
            uow, audits.audit_ids[Scheme.WEIGHTED], FindingClass.MAJOR_NC, "No calibration"
        )
        uow.commit()
    page.findings_panel.refresh()
    page._findings_changed()  # as raising it on the page does
    reasons = page.score_panel.reason_texts()
    assert reasons[-1].startswith("Major finding AUD-")
    assert reasons[-1].endswith(
        ": the grade follows the answers, not the findings; each needs a CAPA, or a reason "
        "why none, before signing."
    )


def test_the_weighted_panel_names_its_knock_out_rule(qtbot: QtBot, open_page: OpenPage) -> None:
    page = open_page(Scheme.WEIGHTED)
    qtbot.keyClick(page.tree, "3")
    assert page.score_panel.reason_texts() == [
        "No downgrade so far. A knock-out question scored 0 or answered no caps the grade at C."
    ]
    qtbot.keyClick(page.tree, "0")  # the knock-out question; 90 % would be an A
    assert page.score_panel.reason_texts() == ["Capped at C: knock-out question 1.2 was scored 0"]


def test_not_applicable_is_one_undo_step_and_one_trail_entry(
    qtbot: QtBot, open_page: OpenPage, audits: SchemeAudits, store: Store
) -> None:
    page = open_page(Scheme.VDA63)
    question = audits.questions[Scheme.VDA63]["P5.1"]
    with store.session() as session:
        before = session.scalar(select(func.max(TrailEntry.seq))) or 0

    qtbot.keyClick(page.tree, "a")
    panel = page.answer_panel
    assert panel.na_edit.hasFocus()
    qtbot.keyClicks(panel.na_edit, "No sub-suppliers")
    qtbot.keyClick(panel.na_edit, Qt.Key.Key_Return)
    page.tree.setFocus()  # the auditor goes on with the keys

    state = page.session.answer(question)
    assert state is not None
    assert state.not_applicable
    assert [page.undo_stack.text(n) for n in range(page.undo_stack.count())] == ["N/A for P5.1"]
    with store.session() as session:
        entries = session.scalars(select(TrailEntry).where(TrailEntry.seq > before)).all()
    assert [(e.entity, e.action) for e in entries] == [("answer", "create")]

    page.undo_stack.undo()  # one step back is no answer at all
    assert page.session.answer(question) is None
    assert _answers(store) == 0
