"""`sqms settings …`: the store-wide settings as the settings dialog shows them
(`queries/store_settings.STORE_SETTINGS`), listed and changed by an administrator."""

from __future__ import annotations

from typing import Any

from sqms_desktop.cli.commands import Commands, command_group


def settings_commands(areas: Any, c: Commands) -> None:
    group = command_group(areas, "settings", "the store-wide settings (reports, CAPA, scorecards…)")
    c.add(
        group,
        "list",
        "store_settings:list_",
        "every store-wide setting with its value, default and bounds",
        c.listing,
    )
    change = c.add(
        group,
        "set",
        "store_settings:set_",
        "change store-wide settings as one action (administrators; password on standard input): "
        "KEY VALUE, repeated for settings that change together; the logo's VALUE is a PNG or "
        "JPEG file, '' for none",
        c.listing,
        c.acting,
    )
    change.add_argument("pairs", nargs="+", metavar="KEY VALUE")
    change.add_argument("--reason", required=True, metavar="TEXT", help="why (trailed)")
