"""The declarations of the partnership commands (`sqms risk | agreement | development | cost |
review`), standard library and `vocab` only, like parser.py; the handlers are in
cli/partnership.py and cli/supplier_reviews.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqms_desktop.cli.commands import (
    AUDIT_REFERENCE,
    CAPA_REFERENCE,
    SUPPLIER_CODE,
    Commands,
    command_group,
    date_arg,
)
from sqms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from sqms_desktop.vocab import (
    CostCategory,
    DevelopmentKind,
    DevelopmentStatus,
    RiskCategory,
    SignatureMeaning,
)

RECORD_ID = QT_TRANSLATE_NOOP(
    "cli", "the record's id as the list prints it (its first 8 characters are enough)"
)
RATING = QT_TRANSLATE_NOOP("cli", "1 (rare, negligible) to 5 (almost certain, severe)")


def _removable(reference: str) -> str:
    return translate("cli", "{reference} ('' removes)").format(
        reference=translate("cli", reference)
    )


def partnership_commands(areas: Any, c: Commands) -> None:
    _risks(areas, c)
    _agreements(areas, c)
    _development(areas, c)
    _costs(areas, c)
    _reviews(areas, c)


def _risks(areas: Any, c: Commands) -> None:
    group = command_group(areas, "risk", translate("cli", "the supplier risk register"))
    writing = (c.listing, c.acting)
    add = c.add(
        group, "add", "partnership:risk_add", translate("cli", "add a risk to a supplier"), *writing
    )
    add.add_argument("code", help=translate("cli", SUPPLIER_CODE))
    _risk_fields(add, adding=True)
    edit = c.add(
        group, "edit", "partnership:risk_edit", translate("cli", "change an open risk"), *writing
    )
    edit.add_argument("id", help=translate("cli", RECORD_ID))
    _risk_fields(edit, adding=False)
    close = c.add(
        group,
        "close",
        "partnership:risk_close",
        translate("cli", "close a risk, with a reason"),
        *writing,
    )
    close.add_argument("id", help=translate("cli", RECORD_ID))
    close.add_argument(
        "--reason", required=True, metavar="TEXT", help=translate("cli", "why (trailed)")
    )
    listed = c.add(
        group,
        "list",
        "partnership:risk_list",
        translate("cli", "risks, highest score first"),
        c.listing,
    )
    listed.add_argument(
        "--supplier", metavar="CODE", help=translate("cli", "only this supplier's risks")
    )
    listed.add_argument("--open", action="store_true", help=translate("cli", "only open risks"))
    c.add(
        group,
        "classes",
        "partnership:risk_classes",
        translate("cli", "each supplier's risk class as its open risks raise it, with the reason"),
        c.listing,
    )


def _risk_fields(command: Any, *, adding: bool) -> None:
    command.add_argument("--category", required=adding, choices=RiskCategory.values())
    command.add_argument("--description", required=adding, metavar="TEXT")
    command.add_argument(
        "--likelihood", required=adding, type=int, metavar="1-5", help=translate("cli", RATING)
    )
    command.add_argument(
        "--impact", required=adding, type=int, metavar="1-5", help=translate("cli", RATING)
    )
    command.add_argument("--mitigation", metavar="TEXT")
    command.add_argument("--owner", metavar="NAME")
    command.add_argument("--audit", metavar="REF", help=_removable(AUDIT_REFERENCE))
    command.add_argument("--capa", metavar="REF", help=_removable(CAPA_REFERENCE))


def _agreements(areas: Any, c: Commands) -> None:
    group = command_group(areas, "agreement", translate("cli", "quality agreements with suppliers"))
    add = c.add(
        group,
        "add",
        "partnership:agreement_add",
        translate("cli", "record a quality agreement with its targets and the signed document"),
        c.listing,
        c.acting,
    )
    add.add_argument("code", help=translate("cli", SUPPLIER_CODE))
    add.add_argument(
        "--reference", required=True, metavar="TEXT", help=translate("cli", "e.g. QA-2026-01")
    )
    add.add_argument("--valid-from", required=True, type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument("--valid-until", required=True, type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument("--ppm", type=int, metavar="N", help=translate("cli", "PPM target"))
    add.add_argument(
        "--on-time", type=float, metavar="PCT", help=translate("cli", "on-time delivery target, %%")
    )
    add.add_argument(
        "--capa-days", type=int, metavar="N", help=translate("cli", "CAPA response days")
    )
    add.add_argument("--signed-on", type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument(
        "--file", type=Path, metavar="PATH", help=translate("cli", "the signed agreement (PDF…)")
    )
    add.add_argument("--note", default="", metavar="TEXT")
    listed = c.add(
        group,
        "list",
        "partnership:agreement_list",
        translate("cli", "quality agreements"),
        c.listing,
    )
    listed.add_argument("--supplier", metavar="CODE")
    listed.add_argument(
        "--on",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help=translate("cli", "only those in force on this day"),
    )


def _development(areas: Any, c: Commands) -> None:
    group = command_group(areas, "development", translate("cli", "supplier development plans"))
    writing = (c.listing, c.acting)
    add = c.add(
        group,
        "add",
        "partnership:development_add",
        translate("cli", "add a development action"),
        *writing,
    )
    add.add_argument("code", help=translate("cli", SUPPLIER_CODE))
    add.add_argument("--kind", required=True, choices=DevelopmentKind.values())
    add.add_argument("--title", required=True, metavar="TEXT")
    add.add_argument("--owner", required=True, metavar="NAME")
    add.add_argument("--due", required=True, type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument("--description", default="", metavar="TEXT")
    add.add_argument(
        "--status", choices=DevelopmentStatus.values(), default=DevelopmentStatus.PLANNED
    )
    update = c.add(
        group,
        "update",
        "partnership:development_update",
        translate("cli", "change an action, or record the result seen at an audit"),
        *writing,
    )
    update.add_argument("id", help=translate("cli", RECORD_ID))
    update.add_argument("--status", choices=DevelopmentStatus.values())
    update.add_argument("--title", metavar="TEXT")
    update.add_argument("--owner", metavar="NAME")
    update.add_argument("--due", type=date_arg, metavar="YYYY-MM-DD")
    update.add_argument("--description", metavar="TEXT")
    update.add_argument(
        "--result", metavar="TEXT", help=translate("cli", "what the audit saw (with --audit)")
    )
    update.add_argument("--audit", metavar="REF", help=translate("cli", AUDIT_REFERENCE))
    listed = c.add(
        group,
        "list",
        "partnership:development_list",
        translate("cli", "development actions"),
        c.listing,
    )
    listed.add_argument("--supplier", metavar="CODE")


def _costs(areas: Any, c: Commands) -> None:
    group = command_group(areas, "cost", translate("cli", "costs of poor quality"))
    add = c.add(
        group,
        "add",
        "partnership:cost_add",
        translate("cli", "record a cost of poor quality"),
        c.listing,
        c.acting,
    )
    add.add_argument("code", help=translate("cli", SUPPLIER_CODE))
    add.add_argument("--category", required=True, choices=CostCategory.values())
    add.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument(
        "--amount", required=True, metavar="DECIMAL", help=translate("cli", "e.g. 1250.00")
    )
    add.add_argument(
        "--currency", required=True, metavar="CODE", help=translate("cli", "ISO 4217, e.g. EUR")
    )
    add.add_argument("--capa", metavar="REF", help=translate("cli", CAPA_REFERENCE))
    add.add_argument(
        "--delivery", metavar="NUMBER", help=translate("cli", "the supplier's delivery number")
    )
    add.add_argument("--note", default="", metavar="TEXT")
    listed = c.add(
        group,
        "list",
        "partnership:cost_list",
        translate("cli", "costs of poor quality, or their sums per supplier and period"),
        c.listing,
    )
    listed.add_argument("--supplier", metavar="CODE")
    listed.add_argument(
        "--period", action="append", metavar="YYYY-MM", help=translate("cli", "repeatable")
    )
    listed.add_argument(
        "--sums",
        action="store_true",
        help=translate("cli", "sums per supplier, period and currency"),
    )
    listed.add_argument(
        "--by-category", action="store_true", help=translate("cli", "sums also per category")
    )


def _reviews(areas: Any, c: Commands) -> None:
    group = command_group(areas, "review", translate("cli", "supplier (business) reviews"))
    writing = (c.listing, c.acting)
    add = c.add(
        group,
        "add",
        "supplier_reviews:add",
        translate("cli", "record a supplier review; the scorecard snapshot is taken now"),
        *writing,
    )
    add.add_argument("code", help=translate("cli", SUPPLIER_CODE))
    add.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument(
        "--period", required=True, metavar="YYYY-MM", help=translate("cli", "the period reviewed")
    )
    add.add_argument("--attendee", action="append", required=True, metavar="NAME")
    add.add_argument("--topics", default="", metavar="TEXT")
    add.add_argument("--minutes", default="", metavar="TEXT")
    action = c.add(
        group,
        "action",
        "supplier_reviews:action",
        translate("cli", "agree an action in a draft review"),
        *writing,
    )
    action.add_argument("id", help=translate("cli", RECORD_ID))
    action.add_argument("--description", required=True, metavar="TEXT")
    action.add_argument("--owner", required=True, metavar="NAME")
    action.add_argument("--due", required=True, type=date_arg, metavar="YYYY-MM-DD")
    sign = c.add(
        group,
        "sign",
        "supplier_reviews:sign",
        translate(
            "cli", "sign the minutes (password on standard input); the review is then locked"
        ),
        *writing,
    )
    sign.add_argument("id", help=translate("cli", RECORD_ID))
    sign.add_argument("--meaning", choices=SignatureMeaning.values(), required=True)
    listed = c.add(
        group, "list", "supplier_reviews:list_", translate("cli", "supplier reviews"), c.listing
    )
    listed.add_argument("--supplier", metavar="CODE")
    printed = c.add(
        group,
        "print",
        "supplier_reviews:print_",
        translate("cli", "the minutes as a PDF"),
        c.listing,
        c.printing,
    )
    printed.add_argument("id", help=translate("cli", RECORD_ID))
    printed.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    printed.add_argument("--company", metavar="NAME", help=translate("cli", "printed at the top"))
