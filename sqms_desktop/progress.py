"""Progress and cancellation for long jobs, as plain callbacks the GUI adapts to signals."""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqms_desktop.errors import SqmsError
from sqms_desktop.i18n import translate

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(SqmsError):
    """The user cancelled a long job; whatever it was building has been discarded."""


class Progress:
    """Shared between the job (which reports) and its caller (which may cancel), any thread."""

    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, message: str = "") -> None:
        """Tell the caller how far the job is; raises `Cancelled` once cancel was asked for."""
        if self._cancel.is_set():
            raise Cancelled(translate("progress", "cancelled; nothing was kept"))
        if self._callback is not None:
            self._callback(done, total, message)

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled(translate("progress", "cancelled; nothing was kept"))
