"""The window starts without what only some actions need: ReportLab is loaded when a report is
printed, the first-start wizard when it is shown (issue 19: start-up time)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

LATER = ("reportlab.platypus", "reportlab.pdfgen", "sqms_desktop.gui.app.first_start.wizard")


def test_starting_the_window_loads_no_report_code_and_no_wizard() -> None:
    probe = (
        "import sys\n"
        "import sqms_desktop.gui.app.application\n"
        f"print(sorted(m for m in {LATER!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip() == "[]", done.stdout
