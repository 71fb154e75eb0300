"""`sqms risk | agreement | development | cost`: the partnership records from the command line.

Writing commands sign in as `--user` with the password on standard input and call the same
services as the supplier view, so the same roles and checks apply; each prints what it made or
changed, or JSON with `--json`. Records are named by the start of their id, as the lists print
it. Reading commands print a table, or JSON with `--json`.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.cli.output import (
    human,
    open_from_args,
    print_json,
    print_table,
    refuse_store_file,
    signed_in,
)
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.performance.kpi import require_period
from sqms_desktop.queries.audits import audit_id_by_reference
from sqms_desktop.queries.capas import capa_id_by_reference
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.development import list_development
from sqms_desktop.queries.poor_quality_costs import cost_sums, delivery_id_by_number, list_costs
from sqms_desktop.queries.quality_agreements import agreements_in_force, list_agreements
from sqms_desktop.queries.record_ids import id_by_prefix
from sqms_desktop.queries.supplier_risks import list_risks, open_risk_classes
from sqms_desktop.queries.suppliers import supplier_id_by_code
from sqms_desktop.services import development, poor_quality_costs, quality_agreements
from sqms_desktop.services import supplier_risks as risks
from sqms_desktop.services.certificate_scans import read_scan
from sqms_desktop.store.models import DevelopmentAction, Supplier, SupplierRisk


def say(args: argparse.Namespace, text: str, data: dict[str, Any]) -> int:
    if args.json:
        print_json(data)
    else:
        print(text)
    return 0


def _supplier(session: Session, code: str | None) -> str | None:
    return None if code is None else supplier_id_by_code(session, code)


def _link(session: Session, reference: str | None, find: Any) -> str | None:
    """None: not given; "": remove the link; else the record's id."""
    if reference is None:
        return None
    return find(session, reference) if reference.strip() else ""


def _d(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


# -- risks ----------------------------------------------------------------------------------


def risk_add(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        s = uow.session
        risk = risks.add_risk(
            uow,
            supplier_id_by_code(s, args.code),
            risks.RiskInput(
                category=args.category,
                description=args.description,
                likelihood=args.likelihood,
                impact=args.impact,
                mitigation=args.mitigation or "",
                owner=args.owner or "",
                audit_id=_link(s, args.audit, audit_id_by_reference) or None,
                capa_id=_link(s, args.capa, capa_id_by_reference) or None,
            ),
        )
        uow.commit()
    score = risk.likelihood * risk.impact
    data = {"id": risk.id, "code": args.code, "score": score}
    text = translate("cli", "{code}: risk {id} added (score {score})").format(
        code=args.code, id=risk.id[:8], score=score
    )
    return say(args, text, data)


def risk_edit(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        s = uow.session
        risk_id = id_by_prefix(s, SupplierRisk, args.id, "risk")
        changed = risks.edit_risk(
            uow,
            risk_id,
            risks.RiskChanges(
                category=args.category,
                description=args.description,
                likelihood=args.likelihood,
                impact=args.impact,
                mitigation=args.mitigation,
                owner=args.owner,
                audit_id=_link(s, args.audit, audit_id_by_reference),
                capa_id=_link(s, args.capa, capa_id_by_reference),
            ),
        )
        uow.commit()
    text = (
        translate("cli", "risk {id}: changed {fields}").format(
            id=risk_id[:8], fields=", ".join(changed)
        )
        if changed
        else translate("cli", "no change")
    )
    return say(args, text, {"id": risk_id, "changed": changed})


def risk_close(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        risk_id = id_by_prefix(uow.session, SupplierRisk, args.id, "risk")
        risks.close_risk(uow, risk_id, reason=args.reason)
        uow.commit()
    data = {"id": risk_id, "status": "closed", "reason": args.reason.strip()}
    return say(args, translate("cli", "risk {id} closed").format(id=risk_id[:8]), data)


def risk_list(args: argparse.Namespace) -> int:
    with open_from_args(args).session() as session:
        rows = list_risks(session, _supplier(session, args.supplier), open_only=args.open)
    if args.json:
        print_json([as_json(r) for r in rows])
        return 0
    print_table(
        [
            [
                r.id[:8],
                r.supplier_code,
                human(r.category),
                f"{r.likelihood}×{r.impact}={r.score}",
                r.risk_class,
                r.status,
                r.description,
            ]
            for r in rows
        ],
        [
            "ID",
            translate("cli", "SUPPLIER"),
            translate("cli", "CATEGORY"),
            translate("cli", "SCORE"),
            translate("cli", "CLASS"),
            translate("cli", "STATUS"),
            translate("cli", "DESCRIPTION"),
        ],
    )
    return 0


def risk_classes(args: argparse.Namespace) -> int:
    with open_from_args(args).session() as session:
        classes = open_risk_classes(session)
        codes = {row.id: row.code for row in session.execute(select(Supplier.id, Supplier.code))}
    rows = sorted((codes[sid], cls.value, reason) for sid, (cls, reason) in classes.items())
    if args.json:
        print_json([{"code": c, "risk_class": k, "reason": why} for c, k, why in rows])
        return 0
    print_table(
        [list(r) for r in rows],
        [translate("cli", "SUPPLIER"), translate("cli", "CLASS"), translate("cli", "WHY")],
    )
    return 0


# -- quality agreements ---------------------------------------------------------------------


def agreement_add(args: argparse.Namespace) -> int:
    document = None
    if args.file is not None:
        refuse_store_file(args, args.file, writing=False)
        document = read_scan(args.file)
    with signed_in(args) as uow:
        agreement = quality_agreements.record_agreement(
            uow,
            supplier_id_by_code(uow.session, args.code),
            quality_agreements.AgreementInput(
                reference=args.reference,
                valid_from=args.valid_from,
                valid_until=args.valid_until,
                ppm_target=args.ppm,
                on_time_target_pct=args.on_time,
                capa_response_days=args.capa_days,
                signed_on=args.signed_on,
                note=args.note,
            ),
            document=document,
        )
        uow.commit()
    data = {"id": agreement.id, "code": args.code, "reference": agreement.reference}
    text = translate("cli", "{code}: agreement {reference} recorded").format(
        code=args.code, reference=agreement.reference
    )
    return say(args, text, data)


def agreement_list(args: argparse.Namespace) -> int:
    with open_from_args(args).session() as session:
        supplier_id = _supplier(session, args.supplier)
        if args.on is not None:
            rows = sorted(
                agreements_in_force(session, args.on).values(), key=lambda r: r.supplier_code
            )
            rows = [r for r in rows if supplier_id in (None, r.supplier_id)]
        else:
            rows = list_agreements(session, supplier_id)
    if args.json:
        print_json([as_json(r) for r in rows])
        return 0
    print_table(
        [
            [
                r.supplier_code,
                r.reference,
                translate("cli", "{start} to {end}").format(
                    start=_d(r.valid_from), end=_d(r.valid_until)
                ),
                "" if r.ppm_target is None else str(r.ppm_target),
                "" if r.on_time_target_pct is None else f"{r.on_time_target_pct:g} %",
                "" if r.capa_response_days is None else str(r.capa_response_days),
                r.document_name,
            ]
            for r in rows
        ],
        [
            translate("cli", "SUPPLIER"),
            translate("cli", "REFERENCE"),
            translate("cli", "VALID"),
            "PPM",
            translate("cli", "ON TIME"),
            translate("cli", "CAPA DAYS"),
            translate("cli", "DOCUMENT"),
        ],
    )
    return 0


# -- development plan -----------------------------------------------------------------------


def development_add(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        action = development.add_development_action(
            uow,
            supplier_id_by_code(uow.session, args.code),
            development.DevelopmentInput(
                kind=args.kind,
                title=args.title,
                owner=args.owner,
                due=args.due,
                description=args.description,
                status=args.status,
            ),
        )
        uow.commit()
    data = {"id": action.id, "code": args.code, "title": action.title}
    text = translate("cli", "{code}: development action {id} added").format(
        code=args.code, id=action.id[:8]
    )
    return say(args, text, data)


def development_update(args: argparse.Namespace) -> int:
    if (args.result is None) != (args.audit is None):
        raise ValidationError(
            translate("cli", "--result and --audit go together: the result seen at that audit")
        )
    with signed_in(args) as uow:
        action_id = id_by_prefix(uow.session, DevelopmentAction, args.id, "development action")
        changed = development.update_development_action(
            uow,
            action_id,
            development.DevelopmentChanges(
                status=args.status,
                title=args.title,
                owner=args.owner,
                due=args.due,
                description=args.description,
            ),
        )
        if args.result is not None:
            audit_id = audit_id_by_reference(uow.session, args.audit)
            development.record_result(uow, action_id, audit_id, args.result)
            changed += ["result", "result_audit_id"]
        uow.commit()
    text = (
        translate("cli", "action {id}: changed {fields}").format(
            id=action_id[:8], fields=", ".join(changed)
        )
        if changed
        else translate("cli", "no change")
    )
    return say(args, text, {"id": action_id, "changed": changed})


def development_list(args: argparse.Namespace) -> int:
    with open_from_args(args).session() as session:
        rows = list_development(session, _supplier(session, args.supplier))
    if args.json:
        print_json([as_json(r) for r in rows])
        return 0
    print_table(
        [
            [
                r.id[:8],
                r.supplier_code,
                human(r.kind),
                r.title,
                r.owner,
                _d(r.due),
                human(r.status),
                f"{r.result_audit_reference}: {r.result}" if r.result else "",
            ]
            for r in rows
        ],
        [
            "ID",
            translate("cli", "SUPPLIER"),
            translate("cli", "KIND"),
            translate("cli", "TITLE"),
            translate("cli", "OWNER"),
            translate("cli", "DUE"),
            translate("cli", "STATUS"),
            translate("cli", "RESULT"),
        ],
    )
    return 0


# -- costs of poor quality ------------------------------------------------------------------


def cost_add(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        s = uow.session
        supplier_id = supplier_id_by_code(s, args.code)
        cost = poor_quality_costs.record_cost(
            uow,
            supplier_id,
            poor_quality_costs.CostInput(
                category=args.category,
                incurred_on=args.date,
                amount=args.amount,
                currency=args.currency,
                capa_id=None if args.capa is None else capa_id_by_reference(s, args.capa),
                delivery_id=None
                if args.delivery is None
                else delivery_id_by_number(s, supplier_id, args.delivery),
                note=args.note,
            ),
        )
        uow.commit()
    data = {
        "id": cost.id,
        "code": args.code,
        "period": cost.period,
        "amount_cents": cost.amount_cents,
        "currency": cost.currency,
    }
    amount = f"{cost.amount_cents / 100:.2f} {cost.currency}"
    text = translate("cli", "{code}: {amount} of {category} in {period}").format(
        code=args.code, amount=amount, category=human(cost.category), period=cost.period
    )
    return say(args, text, data)


def cost_list(args: argparse.Namespace) -> int:
    periods = None if not args.period else [require_period(p) for p in args.period]
    with open_from_args(args).session() as session:
        supplier_id = _supplier(session, args.supplier)
        if args.sums or args.by_category:
            sums = cost_sums(
                session, periods, supplier_id=supplier_id, by_category=args.by_category
            )
            if args.json:
                print_json([as_json(s) for s in sums])
                return 0
            print_table(
                [
                    [
                        s.supplier_code,
                        s.period,
                        human(s.category),
                        f"{s.amount_cents / 100:,.2f}",
                        s.currency,
                        str(s.count),
                    ]
                    for s in sums
                ],
                [
                    translate("cli", "SUPPLIER"),
                    translate("cli", "PERIOD"),
                    translate("cli", "CATEGORY"),
                    translate("cli", "AMOUNT"),
                    translate("cli", "CUR"),
                    translate("cli", "COSTS"),
                ],
            )
            return 0
        rows = list_costs(session, supplier_id, periods=periods)
    if args.json:
        print_json([as_json(r) for r in rows])
        return 0
    print_table(
        [
            [
                r.id[:8],
                r.supplier_code,
                _d(r.incurred_on),
                human(r.category),
                f"{r.amount_cents / 100:,.2f}",
                r.currency,
                r.capa_reference or r.delivery_no,
            ]
            for r in rows
        ],
        [
            "ID",
            translate("cli", "SUPPLIER"),
            translate("cli", "DATE"),
            translate("cli", "CATEGORY"),
            translate("cli", "AMOUNT"),
            translate("cli", "CUR"),
            translate("cli", "AGAINST"),
        ],
    )
    return 0
