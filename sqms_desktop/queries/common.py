"""Helpers every read shares: rows as JSON-ready values, a site as one line."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from sqms_desktop.i18n import language
from sqms_desktop.store.models import Site
from sqms_desktop.vocab import word


def as_json(row: Any) -> dict[str, Any]:
    """A row as JSON-ready values (dates as ISO text)."""

    def plain(value: Any) -> Any:
        if isinstance(value, dt.date | dt.datetime):
            return value.isoformat()
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    return {k: plain(v) for k, v in asdict(row).items()}


def site_line(site: Site) -> str:
    place = " ".join(p for p in (site.postal_code, site.city) if p)
    parts = [site.name, site.street, place, site.country]
    return ", ".join(p for p in parts if p)


def stored_word(value: str) -> str:
    """A stored value (a state, a finding class) inside a sentence: as it is stored, with
    spaces for underscores, in English ("major nc"), its word in German ("Hauptabweichung")."""
    return word(value) if language() == "de" else value.replace("_", " ")
