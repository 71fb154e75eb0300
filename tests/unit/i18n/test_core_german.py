"""The core's own refusals arrive in German when the user speaks German, and unchanged in
English: a record named that does not exist, a workbook that is no workbook, a table without
the column an import needs, the reason a VDA 6.3 grade is capped."""

from __future__ import annotations

from pathlib import Path

import pytest

from sqms_desktop.checklists.xlsx_format import TemplateFileError, read_template
from sqms_desktop.errors import NotFoundError
from sqms_desktop.i18n import speaking
from sqms_desktop.queries.suppliers import supplier_id_by_code
from sqms_desktop.scoring import score_vda63
from sqms_desktop.scoring.model import ScoreQuestion, answer
from sqms_desktop.store.engine import Store
from sqms_desktop.tabular.columns import match_columns
from sqms_desktop.tabular.read import read_table
from sqms_desktop.tabular.table import TableError


def test_a_supplier_not_in_the_store_is_refused_in_german(store: Store) -> None:
    with store.session() as session:
        with speaking("de"), pytest.raises(NotFoundError) as german:
            supplier_id_by_code(session, "NOPE")
        with speaking("en"), pytest.raises(NotFoundError) as english:
            supplier_id_by_code(session, "NOPE")
    assert str(german.value) == "kein Lieferant NOPE"
    assert str(english.value) == "no supplier NOPE"


def test_a_template_file_that_is_no_workbook_is_refused_in_german(tmp_path: Path) -> None:
    notes = tmp_path / "notes.xlsx"
    notes.write_text("not a workbook at all", encoding="utf-8")
    with speaking("de"), pytest.raises(TemplateFileError) as german:
        read_template(notes)
    with speaking("en"), pytest.raises(TemplateFileError) as english:
        read_template(notes)
    assert german.value.problems == [
        "notes.xlsx: keine Excel-Arbeitsmappe (.xlsx ist eine ZIP-Datei; diese nicht)"
    ]
    assert str(german.value).startswith("notes.xlsx: 1 Problem, nichts wurde importiert:\n")
    assert english.value.problems == [
        "notes.xlsx: not an Excel workbook (.xlsx is a ZIP file; this is not)"
    ]
    assert str(english.value).startswith("notes.xlsx: 1 problem, nothing was imported:\n")


def test_a_table_without_a_required_column_names_its_place_in_german(tmp_path: Path) -> None:
    csv = tmp_path / "lieferanten.csv"
    csv.write_text("Name;Ort\nAcme;Berlin\n", encoding="utf-8")
    table = read_table(csv)
    with speaking("de"):
        _, problems = match_columns(table, ("code", "name"), required=("code",))
        german = [p.describe() for p in problems]
        with pytest.raises(TableError) as refused:
            raise TableError(problems)
    assert german == [
        "lieferanten.csv, Zeile 1: keine Spalte für das Pflichtfeld code (benennen Sie eine "
        "Spalte 'code' oder ordnen Sie ihm eine zu; die Spalten der Datei: 'Name', 'Ort')"
    ]
    assert str(refused.value).startswith("1 Problem; nichts wurde importiert:\n  lieferanten.csv")
    with speaking("en"):
        _, problems = match_columns(table, ("code", "name"), required=("code",))
        english = [p.describe() for p in problems]
    assert english == [
        "lieferanten.csv, row 1: no column for the required field code (name a column 'code' "
        "or map one to it; the file's columns: 'Name', 'Ort')"
    ]


def test_a_vda_downgrade_gives_its_reason_in_german() -> None:
    questions = [ScoreQuestion("P2.1", "P2", star=True)]
    questions += [ScoreQuestion(f"P2.{n}", "P2") for n in range(2, 8)]
    answers = [answer("P2.1", 0)] + [answer(f"P2.{n}", 10) for n in range(2, 8)]
    with speaking("de"):
        german = score_vda63(questions, answers)
    with speaking("en"):
        english = score_vda63(questions, answers)
    assert german.grade == english.grade == "C"
    assert german.reasons == (
        "Sternfrage P2.1 wurde mit 0 bewertet: die Einstufung ist höchstens C",
    )
    assert english.reasons == ("star question P2.1 was scored 0: the grade is at most C",)
