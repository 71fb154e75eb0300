"""A thread pool whose one thread is held, so a test can act on a job before it starts."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRunnable, QThreadPool


class _Hold(QRunnable):
    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self._release = release

    def run(self) -> None:
        self._release.wait(30)


@contextmanager
def held(pool: QThreadPool) -> Iterator[None]:
    """Inside the block, jobs started on `pool` wait (the pool's only thread is busy); they
    run once the block ends."""
    pool.setMaxThreadCount(1)
    release = threading.Event()
    pool.start(_Hold(release))
    try:
        yield
    finally:
        release.set()
