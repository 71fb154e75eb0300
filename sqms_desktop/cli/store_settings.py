"""The handlers of `sqms settings list` and `sqms settings set` (declared in
`settings_commands.py`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqms_desktop.cli.output import open_from_args, print_json, print_table, signed_in
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.queries.store_settings import (
    GROUP_LABELS,
    Kind,
    StoreSettingValue,
    store_setting_spec,
    store_setting_values,
)


def _bounds(value: StoreSettingValue) -> str:
    spec = value.spec
    if spec.kind is Kind.NUMBER:
        return f"{spec.minimum}–{spec.maximum}"
    if spec.kind is Kind.TEXT:
        return translate("cli", "up to {maximum} characters").format(maximum=spec.maximum)
    return translate("cli", "PNG or JPEG file")


def _json(value: StoreSettingValue) -> dict[str, Any]:
    spec = value.spec
    said: dict[str, Any] = {
        "key": spec.key,
        "group": spec.group.value,
        "kind": spec.kind.value,
        "label": spec.shown_label(),
        "value": value.value,
        "default": spec.default,
        "is_default": value.is_default,
    }
    if spec.kind is Kind.NUMBER:
        said |= {"minimum": spec.minimum, "maximum": spec.maximum}
    if spec.unit:
        said["unit"] = translate("store_settings", spec.unit)
    return said


def list_(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        values = store_setting_values(session)
    if args.json:
        print_json([_json(v) for v in values])
        return 0
    print_table(
        [
            [
                translate("store_settings", GROUP_LABELS[v.spec.group]),
                v.spec.key,
                str(v.value),
                str(v.spec.default),
                _bounds(v),
                v.spec.shown_label(),
            ]
            for v in values
        ],
        [
            translate("cli", "GROUP"),
            translate("cli", "KEY"),
            translate("cli", "VALUE"),
            translate("cli", "DEFAULT"),
            translate("cli", "ALLOWED"),
            translate("cli", "MEANING"),
        ],
    )
    return 0


def set_(args: argparse.Namespace) -> int:
    from sqms_desktop.services.store_settings import Value, set_store_settings

    pairs: list[str] = args.pairs
    if len(pairs) % 2:
        raise ValidationError(
            translate("cli", "give each setting as KEY VALUE; {key} has no value").format(
                key=pairs[-1]
            )
        )
    values: dict[str, Value] = {}
    for key, text in zip(pairs[::2], pairs[1::2], strict=True):
        spec = store_setting_spec(key)  # an unknown key is refused before the password
        values[key] = Path(text).expanduser() if spec.kind is Kind.IMAGE and text else text
    with signed_in(args) as uow:
        changed = set_store_settings(uow, values, reason=args.reason)
        uow.commit()
        now = {v.spec.key: v for v in store_setting_values(uow.session) if v.spec.key in changed}
    if args.json:
        print_json([_json(now[key]) for key in changed])
    elif not changed:
        print(translate("cli", "nothing changed: the settings are already so"))
    else:
        for key in changed:
            print(
                translate("cli", "{key} set to {value}").format(
                    key=key, value=now[key].value or "''"
                )
            )
    return 0
