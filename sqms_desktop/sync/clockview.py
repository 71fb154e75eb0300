"""A hybrid logical clock value as the wall-clock time a person reads."""

from __future__ import annotations

import datetime as dt

from sqms_desktop.store.clock import Hlc


def hlc_time(hlc: str) -> dt.datetime:
    """The physical part of an HLC, as an aware UTC time."""
    return dt.datetime.fromtimestamp(Hlc.decode(hlc).wall_ms / 1000, dt.UTC)
