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
from sqms_desktop.i18n import plural, translate
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
        translate(
            "cli", "Questionnaire {key} v{version} for {supplier} written to {path} (form {form})"
        ).format(
            key=exported.key,
            version=exported.version,
            supplier=exported.supplier,
            path=exported.path,
            form=exported.form_id,
        )
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
            print(
                translate("cli", "sqms: error: {file}: nothing was imported:").format(
                    file=args.file
                ),
                file=sys.stderr,
            )
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
        shown = (
            translate("cli", "N/A ({reason})").format(reason=a.justification)
            if a.not_applicable
            else (a.value or translate("cli", "(no answer)"))
        )
        print(f"{a.qid}: {shown}" + (f" — {a.note}" if a.note else ""))
    summary = plural(
        checked.questions,
        translate("cli", "{answered} of {n} question answered by {who} on {checklist}"),
        translate("cli", "{answered} of {n} questions answered by {who} on {checklist}"),
    ).format(
        answered=checked.answered,
        n=checked.questions,
        who=checked.answered_by,
        checklist=checked.checklist,
    )
    if reference is None:
        print(
            translate(
                "cli", "{summary}; would become a self-assessment audit (dry run, nothing changed)"
            ).format(summary=summary)
        )
    else:
        print(
            translate(
                "cli", "{reference}: {summary}; in progress for the lead auditor's review"
            ).format(reference=reference, summary=summary)
        )
