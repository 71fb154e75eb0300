"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. With
background jobs (imports, thumbnails, reports) that can be a worker thread, which then destroys
Qt objects held in reference cycles there: Qt requires widgets to die on the GUI thread, and
doing it elsewhere crashes the process (seen as a segfault "Garbage-collecting" inside an
openpyxl read on a worker). So automatic collection is switched off and a timer on the GUI thread
collects each generation when its threshold is reached, as the automatic collector would.

Once the window is up, `freeze_long_lived()` moves every object alive then (the imported
modules, the window and its pages: about 150,000 tracked objects) into the collector's permanent
generation. A full collection walks them all otherwise, and with PySide6's wrappers that took
0.4–1.0 s on the GUI thread at every tenth middle-generation collection (measured on a small
demo store at load 5, 2026-12-04); after the freeze it takes under a millisecond. They live as
long as the window anyway.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 500


def freeze_long_lived() -> None:
    """Leave what exists now (start-up's modules and the window) out of every collection."""
    gc.collect()
    gc.freeze()


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @Slot()
    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold, like CPython does."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Back to automatic collection (when the application ends)."""
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        gc.enable()
