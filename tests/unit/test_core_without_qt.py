"""The core never imports Qt: every core module imports with PySide6 blocked."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import sqms_desktop

CORE_MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(sqms_desktop.__path__, "sqms_desktop.")
    if not m.name.startswith("sqms_desktop.gui") and m.name != "sqms_desktop.__main__"
)


def test_there_are_core_modules_to_check() -> None:
    assert "sqms_desktop.store.uow" in CORE_MODULES
    assert "sqms_desktop.cli" in CORE_MODULES


def test_core_imports_with_pyside6_blocked() -> None:
    script = (
        "import sys, importlib\n"
        "sys.modules['PySide6'] = None\n"
        "sys.modules['shiboken6'] = None\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith('PySide6.') for m in sys.modules)\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
