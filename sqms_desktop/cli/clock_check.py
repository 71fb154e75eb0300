"""The clock warning of the command line: one line on standard error when this computer's
clock is behind the newest entry in the store (or years ahead of it); the policy and its words
are store/clock.py's, the same as the window's status bar shows."""

from __future__ import annotations

import datetime as dt
import sys

from sqms_desktop.store.clock import clock_warning, newest_entry_time
from sqms_desktop.store.engine import Store


def warn_about_clock(store: Store) -> None:
    with store.session() as session:
        newest = newest_entry_time(session)
    warning = clock_warning(newest, dt.datetime.now().astimezone())
    if warning is not None:
        print(f"sqms: warning: {warning}", file=sys.stderr)
