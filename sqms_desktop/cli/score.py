"""`sqms score REF`: an audit's score as the scoring engine explains it, element by element."""

from __future__ import annotations

import argparse

from sqms_desktop.cli.output import open_from_args, print_json, print_table
from sqms_desktop.i18n import plural, translate
from sqms_desktop.queries.audits import audit_id_by_reference
from sqms_desktop.queries.scores import score_audit


def breakdown(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        result = score_audit(session, audit_id_by_reference(session, args.reference))
    if args.json:
        print_json({"audit": args.reference, **result.to_dict()})
        return 0
    edition = (
        translate("cli", ", {edition} rules").format(edition=result.edition)
        if result.edition
        else ""
    )
    total = "—" if result.total is None else f"{result.total:.2f} %"
    print(
        translate("cli", "{reference}: {total}, grade {grade} ({scheme}{edition})").format(
            reference=args.reference,
            total=total,
            grade=result.grade,
            scheme=result.scheme,
            edition=edition,
        )
    )
    for title, figures in (
        (translate("cli", "ELEMENT"), result.elements),
        (translate("cli", "SUB-ELEMENT"), result.sub_elements),
        (translate("cli", "PROCESS STEP"), result.steps),
    ):
        if not figures:
            continue
        print()
        print_table(
            [
                [
                    f.code,
                    f.title,
                    "" if f.percent is None else f"{f.percent:.2f}",
                    f"{f.points:g}/{f.possible:g}",
                    f"{f.evaluated}/{f.total}",
                ]
                for f in figures
            ],
            [
                title,
                translate("cli", "TITLE"),
                "%",
                translate("cli", "POINTS"),
                translate("cli", "EVALUATED"),
            ],
        )
    if result.reasons:
        print("\n" + translate("cli", "reasons:"))
        for reason in result.reasons:
            print(f"  - {reason}")
    if result.finding_proposals:
        print(
            "\n"
            + translate("cli", "finding proposals (answered no): {questions}").format(
                questions=", ".join(result.finding_proposals)
            )
        )
    if result.unanswered:
        count = len(result.unanswered)
        print(
            "\n"
            + plural(
                count,
                translate("cli", "unanswered: {n} question"),
                translate("cli", "unanswered: {n} questions"),
            ).format(n=count)
        )
    return 0
