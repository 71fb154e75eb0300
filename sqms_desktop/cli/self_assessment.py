"""`sqms self-assessment …`: a checklist out to a supplier as a protected questionnaire, and the
filled form back as a self-assessment audit that a lead auditor reviews."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from sqms_desktop.cli import EXIT_BAD_INPUT
from sqms_desktop.cli.output import (
    open_from_args,
    print_json,
    refuse_store_file,
    signed_in,
)
from sqms_desktop.queries.people import printed_name, user_id_by_name
from sqms_desktop.queries.self_assessment import released_template_id
from sqms_desktop.queries.suppliers import supplier_id_by_code
from sqms_desktop.services.self_assessment import (
    SelfAssessment,
    SelfAssessmentFormError,
    export_questionnaire,
    import_self_assessment,
    preview_self_assessment,
)


def export(args: argparse.Namespace) -> int:
    """The questionnaire discloses the checklist to someone outside, in the name of the issuer
    printed on it: the issuer signs in (password on standard input) like any writer."""
    refuse_store_file(args, args.output)
    with signed_in(args) as uow:
        session = uow.session
        supplier_id = supplier_id_by_code(session, args.supplier)
        template_id = released_template_id(session, args.template, args.version)
        exported = export_questionnaire(
            session,
            template_id,
            supplier_id,
            args.output,
            today=dt.date.today(),
            issuer=printed_name(session, args.user),
        )
    if args.json:
        print_json(
            {
                "file": str(exported.path),
                "form_id": exported.form_id,
                "supplier": args.supplier,
                "template": exported.key,
                "version": exported.version,
            }
        )
        return 0
    print(
        f"Questionnaire {exported.key} v{exported.version} for {exported.supplier} written to "
        f"{exported.path} (form {exported.form_id})"
    )
    return 0


def import_(args: argparse.Namespace) -> int:
    refuse_store_file(args, args.file, writing=False)
    reference: str | None = None
    try:
        if args.dry_run:
            store = open_from_args(args)
            with store.session() as session:
                checked = preview_self_assessment(session, args.file)
        else:
            with signed_in(args) as uow:
                lead = user_id_by_name(uow.session, args.lead) if args.lead else None
                imported = import_self_assessment(uow, args.file, lead_auditor_id=lead)
                uow.commit()
            checked, reference = imported.checked, imported.reference
    except SelfAssessmentFormError as exc:
        if args.json:
            print_json({"ok": False, "file": str(args.file), "problems": exc.problems})
        else:
            print(f"sqms: error: {args.file}: nothing was imported:", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    _report(args, checked, reference)
    return 0


def _report(args: argparse.Namespace, checked: SelfAssessment, reference: str | None) -> None:
    if args.json:
        print_json(
            {
                "ok": True,
                "applied": reference is not None,
                "audit": reference,
                "form_id": checked.form_id,
                "supplier": checked.supplier_code,
                "checklist": checked.checklist,
                "filled_by": checked.contact.name,
                "function": checked.contact.function,
                "filled_on": checked.contact.filled_on.isoformat()
                if checked.contact.filled_on
                else None,
                "questions": checked.questions,
                "answered": checked.answered,
                "answers": [
                    {
                        "question": a.qid,
                        "cell": a.cell,
                        "value": a.value,
                        "not_applicable": a.not_applicable,
                        "justification": a.justification,
                        "note": a.note,
                    }
                    for a in checked.answers
                ],
            }
        )
        return
    for a in checked.answers:
        shown = f"N/A ({a.justification})" if a.not_applicable else (a.value or "(no answer)")
        print(f"{a.qid}: {shown}" + (f" — {a.note}" if a.note else ""))
    summary = (
        f"{checked.answered} of {checked.questions} question(s) answered by "
        f"{checked.answered_by} on {checked.checklist}"
    )
    if reference is None:
        print(f"{summary}; would become a self-assessment audit (dry run, nothing changed)")
    else:
        print(f"{reference}: {summary}; in progress for the lead auditor's review")
