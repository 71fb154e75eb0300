"""`sqms review add | action | sign | list | print`: supplier reviews from the command line.

`sign` asks for the password again on standard input (a signature is a re-authentication, as
`sqms audit sign`); a signed review is locked. `print -o FILE.pdf` writes the minutes through
`paths.atomic_output` and refuses the store's own files.
"""

from __future__ import annotations

import argparse

from sqms_desktop.cli.output import (
    open_from_args,
    print_json,
    print_table,
    read_passwords,
    refuse_store_file,
    require_store_user,
    signed_in,
    unit_of_work,
)
from sqms_desktop.cli.partnership import say
from sqms_desktop.queries.common import as_json
from sqms_desktop.queries.record_ids import id_by_prefix
from sqms_desktop.queries.supplier_reviews import list_reviews
from sqms_desktop.queries.suppliers import supplier_id_by_code
from sqms_desktop.reports.settings import settings_from
from sqms_desktop.reports.supplier_review import write_supplier_review
from sqms_desktop.services import supplier_reviews as reviews
from sqms_desktop.store.models import SupplierReview


def add(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        review = reviews.create_review(
            uow,
            supplier_id_by_code(uow.session, args.code),
            reviews.ReviewInput(
                held_on=args.date,
                period=args.period,
                attendees=args.attendee,
                topics=args.topics,
                minutes=args.minutes,
            ),
        )
        uow.commit()
    data = {"id": review.id, "code": args.code, "scorecard": review.scorecard}
    return say(args, f"{args.code}: review {review.id[:8]} of {review.held_on} recorded", data)


def action(args: argparse.Namespace) -> int:
    with signed_in(args) as uow:
        review_id = id_by_prefix(uow.session, SupplierReview, args.id, "supplier review")
        agreed = reviews.add_review_action(uow, review_id, args.description, args.owner, args.due)
        uow.commit()
    data = {"id": agreed.id, "review_id": review_id}
    return say(args, f"review {review_id[:8]}: action agreed ({agreed.owner}, {agreed.due})", data)


def sign(args: argparse.Namespace) -> int:
    uow = unit_of_work(args)
    with uow:
        require_store_user(uow.session, args.user)
        (password,) = read_passwords(1, f"the password of {args.user}")
        review_id = id_by_prefix(uow.session, SupplierReview, args.id, "supplier review")
        signature = reviews.sign_review(uow, review_id, args.user, password, args.meaning)
        uow.commit()
    data = {
        "id": review_id,
        "status": "signed",
        "signed_by": signature.printed_name,
        "meaning": signature.meaning,
    }
    text = f"review {review_id[:8]} signed by {signature.printed_name} ({signature.meaning})"
    return say(args, text, data)


def list_(args: argparse.Namespace) -> int:
    with open_from_args(args).session() as session:
        supplier_id = None if args.supplier is None else supplier_id_by_code(session, args.supplier)
        rows = list_reviews(session, supplier_id)
    if args.json:
        print_json([as_json(r) for r in rows])
        return 0
    print_table(
        [
            [
                r.id[:8],
                r.supplier_code,
                r.held_on.isoformat(),
                r.period,
                r.status,
                str(len(r.actions)),
                "; ".join(r.attendees),
            ]
            for r in rows
        ],
        ["ID", "SUPPLIER", "HELD", "PERIOD", "STATUS", "ACTIONS", "ATTENDEES"],
    )
    return 0


def print_(args: argparse.Namespace) -> int:
    refuse_store_file(args, args.output)
    store = open_from_args(args)
    with store.session() as session:
        review_id = id_by_prefix(session, SupplierReview, args.id, "supplier review")
    settings = settings_from(args.company, language=args.report_language)
    path = write_supplier_review(store, review_id, args.output, settings)
    return say(args, f"minutes written to {path}", {"id": review_id, "output": str(path)})
