"""Every page of the main window fits a 1280×720 laptop screen on the demo store: the window
keeps that size (nothing forces it taller or wider) and each page's minimum fits the room the
window gives it. The checklist is measured with each audit in progress open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication

from sqms_desktop.gui.app.main_window import MainWindow
from sqms_desktop.queries.audits import list_audits
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.vocab import AuditStatus
from tests.support.demo import DEMO_TODAY
from tests.support.screens import LAPTOP

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def demo_store(demo_copy: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{demo_copy}")
    yield store
    store.close()


@pytest.fixture
def window(qtbot, demo_store: Store, settings: QSettings) -> MainWindow:
    made = MainWindow(
        demo_store, settings=settings, user="anna.kowalczyk", today=lambda: DEMO_TODAY
    )
    qtbot.addWidget(made)
    made.resize(LAPTOP)
    made.show()
    qtbot.waitExposed(made)
    return made


def _fits(inner: QSize, outer: QSize) -> bool:
    return inner.width() <= outer.width() and inner.height() <= outer.height()


def _check_page(window: MainWindow, name: str) -> None:
    QApplication.processEvents()
    page = window.stack.currentWidget()
    assert window.size() == LAPTOP, f"{name}: the window grew to {window.size()}"
    assert _fits(window.minimumSizeHint(), LAPTOP), f"{name}: {window.minimumSizeHint()}"
    room = window.stack.size()
    needed = page.minimumSizeHint().expandedTo(page.minimumSize())
    assert _fits(needed, room), f"{name} needs {needed}, has {room}"


def test_every_page_fits_1280x720(window: MainWindow) -> None:
    assert window.page_names[:6] == [
        "suppliers",
        "audits",
        "templates",
        "trail",
        "capas",
        "findings",
    ]
    for number, name in enumerate(window.page_names):
        window.show_page(number)
        _check_page(window, name)


def test_the_checklist_fits_1280x720_with_each_audit_in_progress_open(
    window: MainWindow, demo_store: Store
) -> None:
    in_progress = window.actor.read(list_audits, status=AuditStatus.IN_PROGRESS)
    assert in_progress, "the demo has audits in progress"
    for audit in in_progress:
        page = window.open_checklist(audit.id)
        _check_page(window, audit.reference)
        # The question, its answers and the way to the next question are on screen.
        for widget in (page.answer_panel.text_label, page.next_button, page.evidence.add_button):
            top_left = widget.mapTo(window, widget.rect().topLeft())
            assert widget.isVisible()
            assert window.rect().contains(top_left), f"{widget.objectName()} at {top_left}"
        answers = page.answer_panel.group.buttons()
        if not answers:
            continue  # a question answered by typing (text, number, date): no buttons
        last = answers[-1]
        corner = last.mapTo(page.question_scroll.viewport(), last.rect().bottomRight())
        assert page.question_scroll.viewport().rect().contains(corner), audit.reference
