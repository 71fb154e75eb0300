"""`sqms supplier add | edit | status | site add | contact add | cert add`: the supplier master
from the command line.

Each signs in as `--user` with the password on standard input and calls the same service as the
Suppliers page, so the same roles (quality engineer, lead auditor, administrator) and the same
checks apply. Each prints what it made or changed, or JSON with `--json`.
"""

from __future__ import annotations

import argparse
from typing import Any

from sqms_desktop.cli.output import print_json, refuse_store_file, signed_in
from sqms_desktop.i18n import translate
from sqms_desktop.queries.common import stored_word
from sqms_desktop.queries.suppliers import supplier_id_by_code
from sqms_desktop.services import suppliers
from sqms_desktop.services.certificate_scans import read_scan


def _hold(text: str | None) -> bool | None:
    return None if text is None else text == "yes"


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    """The supplier fields given on the command line, by their name in the services."""
    given = {
        "name": args.name,
        "country": args.country,
        "risk_class": args.risk,
        "risk_reason": args.risk_reason,
        "street": args.street,
        "postal_code": args.postal_code,
        "city": args.city,
        "duns": args.duns,
        "vat_id": args.vat,
        "commodities": args.commodity,
        "approval_scope": args.approval_scope,
    }
    return {name: value for name, value in given.items() if value is not None}


def _say(args: argparse.Namespace, text: str, data: dict[str, Any]) -> int:
    if args.json:
        print_json(data)
    else:
        print(text)
    return 0


def add(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        supplier = suppliers.create_supplier(
            uow, suppliers.SupplierInput(code=args.code, status=args.status, **_fields(args))
        )
        uow.commit()
    return _say(args, supplier.code, {"code": supplier.code, "id": supplier.id})


def edit(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        supplier_id = supplier_id_by_code(uow.session, args.code)
        changes = suppliers.SupplierChanges(new_business_hold=_hold(args.hold), **_fields(args))
        changed = suppliers.edit_supplier(uow, supplier_id, changes, reason=args.reason)
        uow.commit()
    text = (
        translate("cli", "{code}: changed {fields}").format(
            code=args.code, fields=", ".join(changed)
        )
        if changed
        else translate("cli", "{code}: no change").format(code=args.code)
    )
    return _say(args, text, {"code": args.code, "changed": changed})


def status(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        supplier = suppliers.set_supplier_status(
            uow,
            supplier_id_by_code(uow.session, args.code),
            args.status,
            reason=args.reason,
            new_business_hold=_hold(args.hold),
            approval_scope=args.approval_scope,
        )
        uow.commit()
    data = {"code": supplier.code, "status": supplier.status, "reason": args.reason.strip()}
    text = translate("cli", "{code} is now {status}").format(
        code=supplier.code, status=stored_word(supplier.status)
    )
    return _say(args, text, data)


def site_add(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        site = suppliers.add_site(
            uow,
            supplier_id_by_code(uow.session, args.code),
            args.name,
            street=args.address,
            postal_code=args.postal_code,
            city=args.city,
            country=args.country,
            processes=args.process,
        )
        uow.commit()
    data = {"code": args.code, "site": site.name, "id": site.id}
    text = translate("cli", "{code}: site {site} added").format(code=args.code, site=site.name)
    return _say(args, text, data)


def contact_add(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        contact = suppliers.add_contact(
            uow,
            supplier_id_by_code(uow.session, args.code),
            args.name,
            role=args.role,
            email=args.email,
            phone=args.phone,
        )
        uow.commit()
    data = {"code": args.code, "contact": contact.name, "id": contact.id}
    text = translate("cli", "{code}: contact {name} added").format(
        code=args.code, name=contact.name
    )
    return _say(args, text, data)


def cert_add(args: argparse.Namespace) -> int:
    scan = None
    if args.file is not None:
        refuse_store_file(args, args.file, writing=False)
        scan = read_scan(args.file)
    with signed_in(args) as uow:
        certificate = suppliers.add_certificate(
            uow,
            supplier_id_by_code(uow.session, args.code),
            args.standard,
            args.number,
            valid_from=args.valid_from or uow.now.date(),
            valid_until=args.valid_to,
            issuer=args.issuer,
            scope=args.scope,
            scan=scan,
        )
        uow.commit()
    data = {
        "code": args.code,
        "standard": certificate.standard,
        "number": certificate.number,
        "valid_until": certificate.valid_until.isoformat(),
        "id": certificate.id,
        "attachment_id": certificate.attachment_id,
    }
    until = f"{certificate.valid_until:%Y-%m-%d}"
    text = translate("cli", "{code}: {standard} certificate {number} until {until}").format(
        code=args.code, standard=certificate.standard, number=certificate.number, until=until
    )
    return _say(args, text + (translate("cli", " (scan kept)") if scan else ""), data)
