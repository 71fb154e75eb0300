"""A job's progress on a bar: a share while the total is known, busy while it is not."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QProgressBar

from sqms_desktop.gui.base.feedback import show_progress

pytestmark = pytest.mark.gui


def test_a_known_total_shows_a_share_and_an_unknown_one_shows_busy(qtbot) -> None:
    bar = QProgressBar()
    qtbot.addWidget(bar)
    show_progress(bar, 3, 4, "collecting attachments")
    assert (bar.minimum(), bar.maximum(), bar.value()) == (0, 4, 3)
    assert bar.text() == "75 %  collecting attachments"
    show_progress(bar, 120, 0, "collecting changes")
    assert (bar.minimum(), bar.maximum()) == (0, 0)  # Qt's busy bar
    show_progress(bar, 9, 4, "done")
    assert bar.value() == 4
