"""Emitting from Python must not eat references to True (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

from sqms_desktop.gui.base.signals import emit

pytestmark = pytest.mark.gui


class _Sender(QObject):
    fired = Signal(int)


def test_emit_delivers_and_keeps_true_alive(qtbot) -> None:
    sender = _Sender()
    received: list[int] = []
    sender.fired.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(2000):
        emit(sender.fired, number)
    assert received == list(range(2000))
    assert sys.getrefcount(True) >= before - 50  # unpatched, it would have lost 2000
