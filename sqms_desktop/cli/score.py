"""`sqms score REF`: an audit's score as the scoring engine explains it, element by element."""

from __future__ import annotations

import argparse

from sqms_desktop.cli.output import open_from_args, print_json, print_table
from sqms_desktop.queries.audits import audit_id_by_reference
from sqms_desktop.queries.scores import score_audit


def breakdown(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.session() as session:
        result = score_audit(session, audit_id_by_reference(session, args.reference))
    if args.json:
        print_json({"audit": args.reference, **result.to_dict()})
        return 0
    edition = f", {result.edition} rules" if result.edition else ""
    total = "—" if result.total is None else f"{result.total:.2f} %"
    print(f"{args.reference}: {total}, grade {result.grade} ({result.scheme}{edition})")
    for title, figures in (
        ("ELEMENT", result.elements),
        ("SUB-ELEMENT", result.sub_elements),
        ("PROCESS STEP", result.steps),
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
            [title, "TITLE", "%", "POINTS", "EVALUATED"],
        )
    if result.reasons:
        print("\nreasons:")
        for reason in result.reasons:
            print(f"  - {reason}")
    if result.finding_proposals:
        print(f"\nfinding proposals (answered no): {', '.join(result.finding_proposals)}")
    if result.unanswered:
        print(f"\nunanswered: {len(result.unanswered)} question(s)")
    return 0
