"""A store for the self-assessment tests: the CAPA world (lena leads, quinn the quality
engineer, suppliers S1 and S2) plus a released questionnaire with every kind of question, and
what a supplier does with the exported form in a spreadsheet program (openpyxl on the file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from sqms_desktop.checklists.questionnaire import HIDDEN, SHEET
from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.services import templates
from sqms_desktop.services.self_assessment import export_questionnaire
from tests.support.capa_world import D, World

QUESTIONNAIRE = TemplateSpec(
    key="supplier-sa",
    title="Supplier self-assessment",
    scheme="weighted",
    sections=[
        SectionSpec(
            "QMS",
            "Quality management system",
            [
                QuestionSpec("q1", "Is the QMS certified?", type="yes_no"),
                QuestionSpec(
                    "q2",
                    "Which standard?",
                    type="choice",
                    options=["ISO 9001", "IATF 16949"],
                    condition='q1 == "yes"',
                ),
                QuestionSpec("q3", "How well are gauges calibrated?", guidance="0 to 3 points"),
                QuestionSpec("q4", "Is there a clean room?", type="yes_no_na"),
            ],
        ),
        SectionSpec(
            "OPS",
            "Operations",
            [
                QuestionSpec("q5", "Staff in quality", type="number", min_value=0, max_value=500),
                QuestionSpec("q6", "Date of the last internal audit", type="date"),
                QuestionSpec(
                    "q7",
                    "Processes run in house",
                    type="multi_choice",
                    options=["stamping", "welding", "painting"],
                ),
                QuestionSpec("q8", "Remarks", type="text", required=False),
            ],
        ),
    ],
)
ANSWERS: dict[str, Any] = {
    "q1": "yes",
    "q2": "IATF 16949",
    "q3": 2,
    "q4": "N/A",
    "q5": 12,
    "q6": "2026-01-15",
    "q7": "stamping; painting",
}
COMMENTS = {"q3": "Calibration plan attached", "q8": "Night shift starts in May"}


def add_questionnaire(world: World) -> str:
    """The released questionnaire template's id."""
    with world.qe() as u:
        template = templates.create_template(u, QUESTIONNAIRE)
        templates.release_template(u, template.id)
        u.commit()
        return template.id


def export(world: World, template_id: str, path: Path, *, form_id: str = "SA-test-1") -> Path:
    with world.store.session() as session:
        return export_questionnaire(
            session,
            template_id,
            world.supplier,
            path,
            today=D,
            issuer="Quinn Quality",
            form_id=form_id,
        ).path


def cells(path: Path) -> dict[str, tuple[str, str]]:
    """qid -> (answer cell, comment cell), as the hidden sheet maps them."""
    book = openpyxl.load_workbook(path)
    rows = book[HIDDEN].iter_rows(values_only=True)
    return {str(r[2]): (str(r[3]), str(r[4])) for r in rows if r[0] == "question"}


def fill(
    path: Path,
    answers: dict[str, Any],
    comments: dict[str, str] | None = None,
    *,
    name: str = "Jana Novak",
    function: str = "Quality manager",
) -> None:
    """What the supplier does: type into the yellow cells, and say who filled the form in."""
    where = cells(path)
    book = openpyxl.load_workbook(path)
    sheet = book[SHEET]
    contact = {
        str(r[1]): str(r[2]) for r in book[HIDDEN].iter_rows(values_only=True) if r[0] == "contact"
    }
    sheet[contact["name"]] = name
    sheet[contact["function"]] = function
    sheet[contact["filled_on"]] = "2026-03-01"
    for qid, value in answers.items():
        sheet[where[qid][0]] = value
    for qid, text in (comments or {}).items():
        sheet[where[qid][1]] = text
    book.save(path)


def filled_form(world: World, template_id: str, path: Path, form_id: str = "SA-test-1") -> Path:
    export(world, template_id, path, form_id=form_id)
    fill(path, ANSWERS, COMMENTS)
    return path
