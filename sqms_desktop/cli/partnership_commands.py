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
from sqms_desktop.vocab import (
    CostCategory,
    DevelopmentKind,
    DevelopmentStatus,
    RiskCategory,
    SignatureMeaning,
)

RECORD_ID = "the record's id as the list prints it (its first 8 characters are enough)"
RATING = "1 (rare, negligible) to 5 (almost certain, severe)"


def partnership_commands(areas: Any, c: Commands) -> None:
    _risks(areas, c)
    _agreements(areas, c)
    _development(areas, c)
    _costs(areas, c)
    _reviews(areas, c)


def _risks(areas: Any, c: Commands) -> None:
    group = command_group(areas, "risk", "the supplier risk register")
    writing = (c.listing, c.acting)
    add = c.add(group, "add", "partnership:risk_add", "add a risk to a supplier", *writing)
    add.add_argument("code", help=SUPPLIER_CODE)
    _risk_fields(add, adding=True)
    edit = c.add(group, "edit", "partnership:risk_edit", "change an open risk", *writing)
    edit.add_argument("id", help=RECORD_ID)
    _risk_fields(edit, adding=False)
    close = c.add(group, "close", "partnership:risk_close", "close a risk, with a reason", *writing)
    close.add_argument("id", help=RECORD_ID)
    close.add_argument("--reason", required=True, metavar="TEXT", help="why (trailed)")
    listed = c.add(group, "list", "partnership:risk_list", "risks, highest score first", c.listing)
    listed.add_argument("--supplier", metavar="CODE", help="only this supplier's risks")
    listed.add_argument("--open", action="store_true", help="only open risks")
    c.add(
        group,
        "classes",
        "partnership:risk_classes",
        "each supplier's risk class as its open risks raise it, with the reason",
        c.listing,
    )


def _risk_fields(command: Any, *, adding: bool) -> None:
    command.add_argument("--category", required=adding, choices=RiskCategory.values())
    command.add_argument("--description", required=adding, metavar="TEXT")
    command.add_argument("--likelihood", required=adding, type=int, metavar="1-5", help=RATING)
    command.add_argument("--impact", required=adding, type=int, metavar="1-5", help=RATING)
    command.add_argument("--mitigation", metavar="TEXT")
    command.add_argument("--owner", metavar="NAME")
    command.add_argument("--audit", metavar="REF", help=f"{AUDIT_REFERENCE} ('' removes)")
    command.add_argument("--capa", metavar="REF", help=f"{CAPA_REFERENCE} ('' removes)")


def _agreements(areas: Any, c: Commands) -> None:
    group = command_group(areas, "agreement", "quality agreements with suppliers")
    add = c.add(
        group,
        "add",
        "partnership:agreement_add",
        "record a quality agreement with its targets and the signed document",
        c.listing,
        c.acting,
    )
    add.add_argument("code", help=SUPPLIER_CODE)
    add.add_argument("--reference", required=True, metavar="TEXT", help="e.g. QA-2026-01")
    add.add_argument("--valid-from", required=True, type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument("--valid-until", required=True, type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument("--ppm", type=int, metavar="N", help="PPM target")
    add.add_argument("--on-time", type=float, metavar="PCT", help="on-time delivery target, %%")
    add.add_argument("--capa-days", type=int, metavar="N", help="CAPA response days")
    add.add_argument("--signed-on", type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument("--file", type=Path, metavar="PATH", help="the signed agreement (PDF…)")
    add.add_argument("--note", default="", metavar="TEXT")
    listed = c.add(group, "list", "partnership:agreement_list", "quality agreements", c.listing)
    listed.add_argument("--supplier", metavar="CODE")
    listed.add_argument(
        "--on", type=date_arg, metavar="YYYY-MM-DD", help="only those in force on this day"
    )


def _development(areas: Any, c: Commands) -> None:
    group = command_group(areas, "development", "supplier development plans")
    writing = (c.listing, c.acting)
    add = c.add(group, "add", "partnership:development_add", "add a development action", *writing)
    add.add_argument("code", help=SUPPLIER_CODE)
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
        "change an action, or record the result seen at an audit",
        *writing,
    )
    update.add_argument("id", help=RECORD_ID)
    update.add_argument("--status", choices=DevelopmentStatus.values())
    update.add_argument("--title", metavar="TEXT")
    update.add_argument("--owner", metavar="NAME")
    update.add_argument("--due", type=date_arg, metavar="YYYY-MM-DD")
    update.add_argument("--description", metavar="TEXT")
    update.add_argument("--result", metavar="TEXT", help="what the audit saw (with --audit)")
    update.add_argument("--audit", metavar="REF", help=AUDIT_REFERENCE)
    listed = c.add(group, "list", "partnership:development_list", "development actions", c.listing)
    listed.add_argument("--supplier", metavar="CODE")


def _costs(areas: Any, c: Commands) -> None:
    group = command_group(areas, "cost", "costs of poor quality")
    add = c.add(
        group,
        "add",
        "partnership:cost_add",
        "record a cost of poor quality",
        c.listing,
        c.acting,
    )
    add.add_argument("code", help=SUPPLIER_CODE)
    add.add_argument("--category", required=True, choices=CostCategory.values())
    add.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument("--amount", required=True, metavar="DECIMAL", help="e.g. 1250.00")
    add.add_argument("--currency", required=True, metavar="CODE", help="ISO 4217, e.g. EUR")
    add.add_argument("--capa", metavar="REF", help=CAPA_REFERENCE)
    add.add_argument("--delivery", metavar="NUMBER", help="the supplier's delivery number")
    add.add_argument("--note", default="", metavar="TEXT")
    listed = c.add(
        group,
        "list",
        "partnership:cost_list",
        "costs of poor quality, or their sums per supplier and period",
        c.listing,
    )
    listed.add_argument("--supplier", metavar="CODE")
    listed.add_argument("--period", action="append", metavar="YYYY-MM", help="repeatable")
    listed.add_argument(
        "--sums", action="store_true", help="sums per supplier, period and currency"
    )
    listed.add_argument("--by-category", action="store_true", help="sums also per category")


def _reviews(areas: Any, c: Commands) -> None:
    group = command_group(areas, "review", "supplier (business) reviews")
    writing = (c.listing, c.acting)
    add = c.add(
        group,
        "add",
        "supplier_reviews:add",
        "record a supplier review; the scorecard snapshot is taken now",
        *writing,
    )
    add.add_argument("code", help=SUPPLIER_CODE)
    add.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument("--period", required=True, metavar="YYYY-MM", help="the period reviewed")
    add.add_argument("--attendee", action="append", required=True, metavar="NAME")
    add.add_argument("--topics", default="", metavar="TEXT")
    add.add_argument("--minutes", default="", metavar="TEXT")
    action = c.add(
        group, "action", "supplier_reviews:action", "agree an action in a draft review", *writing
    )
    action.add_argument("id", help=RECORD_ID)
    action.add_argument("--description", required=True, metavar="TEXT")
    action.add_argument("--owner", required=True, metavar="NAME")
    action.add_argument("--due", required=True, type=date_arg, metavar="YYYY-MM-DD")
    sign = c.add(
        group,
        "sign",
        "supplier_reviews:sign",
        "sign the minutes (password on standard input); the review is then locked",
        *writing,
    )
    sign.add_argument("id", help=RECORD_ID)
    sign.add_argument("--meaning", choices=SignatureMeaning.values(), required=True)
    listed = c.add(group, "list", "supplier_reviews:list_", "supplier reviews", c.listing)
    listed.add_argument("--supplier", metavar="CODE")
    printed = c.add(
        group, "print", "supplier_reviews:print_", "the minutes as a PDF", c.listing, c.printing
    )
    printed.add_argument("id", help=RECORD_ID)
    printed.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    printed.add_argument("--company", metavar="NAME", help="printed at the top")
