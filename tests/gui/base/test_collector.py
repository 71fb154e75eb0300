"""Cyclic garbage is collected on the GUI thread, never on a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading

import pytest

pytestmark = pytest.mark.gui


class _Cycle:
    def __init__(self, seen: list[str]) -> None:
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def test_a_worker_allocating_never_collects_and_the_gui_thread_does(qtbot) -> None:
    assert not gc.isenabled()  # the session's MainThreadCollector switched it off
    seen: list[str] = []
    _Cycle(seen)  # unreachable at once, but only the cyclic collector can free it

    kept: list[list[int]] = []

    def allocate() -> None:  # far past every threshold: the automatic collector would run here
        kept.extend([index] for index in range(200_000))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert seen == []
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [threading.main_thread().name]


def test_what_lives_at_start_is_frozen_and_later_garbage_still_collected(qtbot) -> None:
    from sqms_desktop.gui.base.collector import freeze_long_lived

    try:
        freeze_long_lived()
        assert gc.get_freeze_count() > 10_000  # the modules and objects of the test session
        seen: list[str] = []
        _Cycle(seen)  # made after the freeze: the GUI thread's collections still free it
        gc.collect()
        assert seen == [threading.main_thread().name]
    finally:
        gc.unfreeze()
