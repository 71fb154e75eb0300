"""The Linguist sources are in step with the code and German is complete: every text the code
marks for translation has its German translation, with the same placeholders and markup, the
English plural forms are filled in, and the compiled catalogues the window loads are made from
these sources (scripts/translations.py check, every area)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import sqms_desktop

SCRIPT = Path(sqms_desktop.__file__).resolve().parent.parent / "scripts" / "translations.py"


def test_german_is_complete_and_compiled() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
