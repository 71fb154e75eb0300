"""Two suppliers answer a self-assessment questionnaire, as a supplier would: the quality
engineer exports the questionnaire, the supplier's quality manager fills the yellow cells of
the real file in a spreadsheet program (openpyxl here), and a lead auditor imports it. One waits
for review; the other the lead auditor has reviewed (one answer corrected, with a note why),
completed and signed. The filled forms stay beside the demo store in `self-assessments/`.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
import uuid
from pathlib import Path

import openpyxl

from sqms_desktop.checklists.questionnaire import HIDDEN, NA, SHEET
from sqms_desktop.demo.answers import answer_value
from sqms_desktop.demo.run import DemoRun, DemoSupplier, DemoTemplate, tally
from sqms_desktop.demo.words import DEMO_PASSWORDS
from sqms_desktop.queries.checklists import checklist_of_audit
from sqms_desktop.services import audits, signatures
from sqms_desktop.services.self_assessment import export_questionnaire, import_self_assessment
from sqms_desktop.vocab import (
    SCORE_VALUES,
    AuditStatus,
    QuestionType,
    Scheme,
    SignatureMeaning,
)

SUPPLIER_COMMENTS = (
    "Procedure QP-07 rev. 4; records kept for 10 years.",
    "Certificate attached to our e-mail.",
    "Planned for the next quarter.",
    "Done on both production lines.",
)
REVIEW_NOTE = (
    "Reviewed against the records sent with the form: they cover one of the two lines only, "
    "so the score is one step lower than the supplier's."
)


def make_self_assessments(run: DemoRun) -> int:
    """Returns how many self-assessments were imported (none without suppliers or leads)."""
    template = _template(run)
    if template is None or len(run.suppliers) < 2 or not run.leads:
        return 0
    rng = random.Random(run.options.seed * 2_750_159 + 13)  # a stream of its own
    path = run.store.sqlite_path
    folder = path.parent / "self-assessments" if path is not None else None
    scratch = None
    if folder is None:
        scratch = Path(tempfile.mkdtemp(prefix="sqms-demo-sa-"))
        folder = scratch
    folder.mkdir(exist_ok=True)
    try:
        for signed, supplier in enumerate(run.suppliers[:2]):
            form = _export(run, rng, template, supplier, folder)
            _fill(run, rng, template, supplier, form)
            audit_id = _import(run, form)
            if signed:
                _review_and_sign(run, template, supplier, audit_id)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return 2


def _template(run: DemoRun) -> DemoTemplate | None:
    weighted = [t for t in run.templates if t.scheme == Scheme.WEIGHTED]
    choices = weighted or run.templates
    return choices[0] if choices else None


def _export(
    run: DemoRun, rng: random.Random, template: DemoTemplate, supplier: DemoSupplier, folder: Path
) -> Path:
    form_id = f"SA-{uuid.UUID(int=rng.getrandbits(128), version=4)}"
    with run.store.session() as session:
        return export_questionnaire(
            session,
            template.id,
            supplier.id,
            folder / f"{supplier.code} self-assessment {template.key}.xlsx",
            today=run.today - dt.timedelta(days=21),
            issuer=run.full_names[run.quality_engineer],
            form_id=form_id,
        ).path


def _fill(
    run: DemoRun,
    rng: random.Random,
    template: DemoTemplate,
    supplier: DemoSupplier,
    form: Path,
) -> None:
    """The supplier's quality manager types the answers into the yellow cells and saves."""
    book = openpyxl.load_workbook(form)
    sheet = book[SHEET]
    rows = [list(r) for r in book[HIDDEN].iter_rows(values_only=True)]
    contact = {str(r[1]): str(r[2]) for r in rows if r[0] == "contact"}
    sheet[contact["name"]] = supplier.contact
    sheet[contact["function"]] = "Quality manager"
    sheet[contact["filled_on"]] = (run.today - dt.timedelta(days=9)).isoformat()
    cells = {str(r[1]): (str(r[3]), str(r[4])) for r in rows if r[0] == "question"}
    given: dict[str, str | float | None] = {}
    quality = 0.75 + 0.2 * rng.random()
    for question in template.questions:
        if question.condition is not None and not question.condition.evaluate(given):
            continue  # the hint beside it says it does not apply
        value = answer_value(rng, question, template.scheme, quality, run.today)
        if value is None or question.id not in cells:
            continue
        answer, comment = cells[question.id]
        typed = NA if value == "na" else value
        sheet[answer] = int(typed) if question.type == QuestionType.SCORE else typed
        given[question.qid] = value
        if rng.random() < 0.2:
            sheet[comment] = rng.choice(SUPPLIER_COMMENTS)
    book.save(form)


def _import(run: DemoRun, form: Path) -> str:
    lead = run.leads[0]
    with run.uow(run.at(run.today - dt.timedelta(days=7), 10), lead) as uow:
        imported = import_self_assessment(uow, form)
        uow.commit()
    run.summary.audits += 1
    run.summary.self_assessments += 1
    run.summary.answers += imported.checked.answered
    tally(run.summary.audits_by_status, AuditStatus.IN_PROGRESS)
    return imported.audit_id


def _review_and_sign(
    run: DemoRun, template: DemoTemplate, supplier: DemoSupplier, audit_id: str
) -> None:
    """The lead auditor corrects one score with a note, talks the review through with the
    supplier's quality manager (the closing meeting), completes and signs the audit."""
    lead = run.leads[0]
    with run.store.session() as session:
        items = checklist_of_audit(session, audit_id).items()
    scale = SCORE_VALUES.get(template.scheme, ())
    day = run.today - dt.timedelta(days=3)
    with run.uow(run.at(day, 11), lead) as uow:
        for item in items:
            value = item.answer.value if item.answer else None
            if item.type == QuestionType.SCORE and value in scale and value != scale[0]:
                lower = scale[scale.index(value) - 1]
                audits.record_answer(uow, audit_id, item.id, lower, note=REVIEW_NOTE)
                break
        audits.record_closing_meeting(
            uow,
            audit_id,
            conclusions="The review was discussed with the supplier at a closing meeting by "
            "telephone: the self-assessment is plausible; one score was corrected on the "
            "evidence. The next on-site audit checks the second line.",
            closing_participants=f"{run.full_names[lead]} (lead auditor); "
            f"{supplier.contact} (quality manager)",
        )
        audits.complete_audit(
            uow,
            audit_id,
            day,
            incomplete_reason="Photo evidence is collected at the next on-site audit",
        )
        uow.commit()
    with run.uow(run.at(day, 15), lead) as uow:
        signatures.sign_audit(uow, audit_id, lead, DEMO_PASSWORDS[lead], SignatureMeaning.APPROVED)
        uow.commit()
    tally(run.summary.audits_by_status, AuditStatus.SIGNED)
    run.summary.audits_by_status[str(AuditStatus.IN_PROGRESS)] -= 1
