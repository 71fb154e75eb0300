"""Whom the headless modes record changes for: the system account."""

from __future__ import annotations

import getpass


def acting_user() -> str:
    """Whom changes are recorded for when nobody signed in (the headless modes): the system
    account."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment, none in the user database
        return "unknown"
