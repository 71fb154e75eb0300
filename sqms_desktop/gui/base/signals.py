"""Emitting signals from Python, safely on every PySide6 we may meet.

PySide6 6.12.0 returns `True` from `SignalInstance.emit()` without taking a reference to it.
On Python 3.11 (where `True` is not yet immortal) every emit made from Python therefore
drops one reference to `True`, and after a few thousand emits the interpreter aborts with
"Fatal Python error: bool_dealloc". `emit()` gives the reference back, but only where a probe
at import shows the bug, so a fixed PySide6 (or Python 3.12+) runs untouched.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 16


class _Probe(QObject):
    fired = Signal()


def _emit_drops_a_reference_to_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    if lost >= _PROBES:
        _give_back(lost)  # undo the probe's own damage
        return True
    return False


_py_incref = ctypes.pythonapi.Py_IncRef
_py_incref.argtypes = [ctypes.py_object]
_py_incref.restype = None


def _give_back(count: int) -> None:
    for _ in range(count):
        _py_incref(True)


NEEDS_FIX = _emit_drops_a_reference_to_true()


def emit(signal: SignalInstance, *args: Any) -> None:
    """`signal.emit(*args)`, minus PySide6 6.12.0's reference leak (see the module doc)."""
    # The stubs say None; 6.12.0 returns a bool (the very value whose reference goes missing).
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]
    if NEEDS_FIX and result is True:
        _py_incref(True)
