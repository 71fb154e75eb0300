"""An XLSForm read as a draft checklist: each mapping rule, the warnings for what a checklist
cannot hold, and the refusal of a broken form with every problem at its cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from sqms_desktop.checklists.spec import QuestionSpec, TemplateSpec
from sqms_desktop.checklists.workbooks import WorkbookFormat, read_checklist
from sqms_desktop.checklists.xlsform import template_key
from sqms_desktop.checklists.xlsx_format import TemplateFileError, write_template
from sqms_desktop.demo.templates import ISO9001_EXTRACT
from tests.support.xlsform import (
    SITE_VISIT_KEY,
    SITE_VISIT_WARNED,
    write_site_visit,
    write_xlsform,
)

HEADER = ("type", "name", "label", "hint", "required", "relevant", "constraint")
YES_NO = (("list_name", "name", "label"), ("yn", "yes", "Yes"), ("yn", "no", "No"))


def _row(type_: str, name: str = "", label: str = "", **cells: Any) -> tuple[Any, ...]:
    values = {"type": type_, "name": name, "label": label, **cells}
    return tuple(values.get(column) for column in HEADER)


def _form(tmp_path: Path, *rows: tuple[Any, ...], choices: Any = YES_NO, **kw: Any) -> Path:
    return write_xlsform(tmp_path / "form.xlsx", [HEADER, *rows], choices, **kw)


def _questions(spec: TemplateSpec) -> dict[str, QuestionSpec]:
    return {q.qid: q for s in spec.sections for q in s.questions}


def _refused(path: Path) -> list[str]:
    with pytest.raises(TemplateFileError) as caught:
        read_checklist(path)
    assert "nothing was imported" in str(caught.value)
    return caught.value.problems


# -- the site visit form ------------------------------------------------------------------------


def test_the_site_visit_form_becomes_a_draft_template(tmp_path: Path) -> None:
    read = read_checklist(write_site_visit(tmp_path / "visit.xlsx"))
    spec = read.spec
    assert read.format == WorkbookFormat.XLSFORM
    assert (spec.key, spec.title, spec.scheme, spec.language) == (
        SITE_VISIT_KEY,
        "Supplier site visit",
        "weighted",  # the 1-5 rating lists are not yes/no
        "en",
    )
    assert [(s.code, s.title, [q.qid for q in s.questions]) for s in spec.sections] == [
        ("1", "Supplier site visit", ["intro", "auditor", "visit_date"]),
        ("2", "Quality management system", ["iso_cert", "iso_photo", "cert_valid",
                                             "doc_control", "doc_gaps"]),
        ("3", "Production › Warehouse", ["hazards_seen", "hazard_notes"]),
        ("4", "Production", ["scrap_rate", "housekeeping"]),
        ("5", "Supplier site visit", ["follow_up"]),
    ]  # fmt: skip
    q = _questions(spec)
    assert {qid: question.type for qid, question in q.items()} == {
        "intro": "text",
        "auditor": "text",
        "visit_date": "date",
        "iso_cert": "yes_no",
        "iso_photo": "photo",
        "cert_valid": "yes_no",
        "doc_control": "choice",
        "doc_gaps": "text",
        "hazards_seen": "multi_choice",
        "hazard_notes": "text",
        "scrap_rate": "number",
        "housekeeping": "choice",
        "follow_up": "yes_no",
    }
    assert q["intro"].text == "This visit checks the supplier's site against our requirements."
    assert q["iso_cert"].guidance == "Ask for the certificate and check its scope."
    assert q["iso_cert"].options == []
    assert q["doc_control"].options == ["1 - poor", "2 - weak", "3 - fair", "4 - good",
                                        "5 - excellent"]  # fmt: skip
    assert q["hazards_seen"].options == ["Fire", "Chemical spill", "Trip hazard"]
    assert (q["scrap_rate"].min_value, q["scrap_rate"].max_value) == (0, 100)
    required = {qid for qid, question in q.items() if question.required}
    assert required == {"auditor", "visit_date", "iso_cert", "doc_control", "follow_up"}
    conditions = {qid: question.condition for qid, question in q.items() if question.condition}
    assert conditions == {
        "iso_photo": 'iso_cert == "yes"',
        "cert_valid": 'iso_cert == "yes"',
        "hazards_seen": 'iso_cert == "yes"',  # the nested group's relevant
        "hazard_notes": 'iso_cert == "yes"',  # its own did not map
        "housekeeping": 'not iso_cert == "no" and (scrap_rate < 5 or doc_control == '
        '"5 - excellent")',
    }


def test_the_site_visit_warnings_name_row_expression_and_reason(tmp_path: Path) -> None:
    warnings = read_checklist(write_site_visit(tmp_path / "visit.xlsx")).warnings
    assert [w.split(":")[0] for w in warnings] == list(SITE_VISIT_WARNED)
    gaps, notes, total, location = warnings
    assert "doc_gaps is imported without its relevant '${doc_control} <= 2'" in gaps
    assert "compares doc_control by order" in gaps
    assert "selected(${hazards_seen}, 'fire')" in notes
    assert "hazards_seen is a select_multiple question" in notes
    assert total == "survey!A23: total (calculate) was skipped: a calculation is not a question"
    assert location.startswith("survey!A24: location (geopoint) was skipped")
    # form metadata is left out without a word
    assert not any(word in w for w in warnings for word in ("start", "deviceid", "today"))


def test_our_own_workbook_is_still_read_as_ours(tmp_path: Path) -> None:
    write_template(ISO9001_EXTRACT, tmp_path / "iso.xlsx")
    read = read_checklist(tmp_path / "iso.xlsx")
    assert read.format == WorkbookFormat.TEMPLATE
    assert read.spec == ISO9001_EXTRACT
    assert read.warnings == ()


# -- the rules one by one -----------------------------------------------------------------------


def test_a_yes_no_form_gets_the_yes_no_scheme_and_yes_no_na_lists(tmp_path: Path) -> None:
    choices = [*YES_NO, ("ynn", "yes", "Yes"), ("ynn", "no", "No"), ("ynn", "na", "N/A")]
    path = _form(
        tmp_path,
        _row("select_one yn", "q1", "Clean?", required="yes"),
        _row("select_one ynn", "q2", "Labelled?", required="true()"),
        _row("text", "q3", "Remarks"),
        choices=choices,
    )
    spec = read_checklist(path).spec
    assert spec.scheme == "yes_no"
    assert [(q.type, q.required) for q in _questions(spec).values()] == [
        ("yes_no", True),
        ("yes_no_na", True),
        ("text", False),
    ]
    assert spec.key == "form"  # no settings sheet: the file's name
    assert spec.title == "form"


def test_a_list_named_yes_and_no_in_other_words_stays_a_choice(tmp_path: Path) -> None:
    choices = [("list_name", "name", "label"), ("yn", "Yes", "Yes"), ("yn", "No", "No")]
    spec = read_checklist(_form(tmp_path, _row("select_one yn", "q1", "OK?"), choices=choices))
    assert _questions(spec.spec)["q1"].type == "choice"
    assert spec.spec.scheme == "weighted"


def test_settings_give_title_key_and_may_name_the_scheme(tmp_path: Path) -> None:
    settings = [
        ("form_title", "form_id", "scheme", "na_policy"),
        ("Lieferanten-Prüfung", "Lieferanten Prüfung 2024", "yes_no", "zero"),
    ]
    spec = read_checklist(
        _form(tmp_path, _row("select_one yn", "q1", "OK?"), settings=settings)
    ).spec
    assert (spec.title, spec.key, spec.scheme, spec.na_policy) == (
        "Lieferanten-Prüfung",
        "lieferanten-prufung-2024",
        "yes_no",
        "zero",
    )
    assert template_key("", "!!", "Élan") == "elan"
    assert template_key("x") == "xlsform"


def test_a_scheme_in_the_settings_is_checked_like_ours(tmp_path: Path) -> None:
    settings = [("form_id", "scheme"), ("audit", "points")]
    problems = _refused(_form(tmp_path, _row("text", "q1", "Hi"), settings=settings))
    assert problems == ["settings!B2: scheme 'points' is not one of vda63, weighted, yes_no"]


def test_labels_in_the_default_language_with_fallbacks(tmp_path: Path) -> None:
    header = ("type", "name", "label::English (en)", "label::Deutsch (de)", "hint::Deutsch (de)")
    survey = [
        header,
        ("select_one yn", "q1", "Clean?", "Sauber?", "Boden prüfen"),
        ("text", "q2", "Remarks", None, None),
    ]
    choices = [
        ("list name", "name", "label::English (en)", "label::Deutsch (de)"),
        ("yn", "yes", "Yes", "Ja"),
        ("yn", "no", "No", "Nein"),
        ("rate", "a", "Good", "Gut"),
    ]
    settings = [("form_id", "default_language"), ("clean", "Deutsch (de)")]
    spec = read_checklist(write_xlsform(tmp_path / "f.xlsx", survey, choices, settings)).spec
    q = _questions(spec)
    assert (q["q1"].text, q["q1"].guidance, q["q2"].text) == ("Sauber?", "Boden prüfen", "Remarks")
    assert spec.language == "de"
    without_default = write_xlsform(tmp_path / "g.xlsx", survey, choices)
    assert _questions(read_checklist(without_default).spec)["q1"].text == "Clean?"


def test_number_limits_from_constraints_and_ranges(tmp_path: Path) -> None:
    path = _form(
        tmp_path,
        _row("integer", "n1", "Pieces", constraint=". > 0"),
        _row("decimal", "n2", "Share", constraint=".>=0 and .<=1"),
        _row("decimal", "n3", "Weight", constraint=". > 0"),
        _row("text", "t1", "Code", constraint="regex(., '^[A-Z]+$')"),
        _row("range", "r1", "Rating"),
    )
    read = read_checklist(path)
    limits = {qid: (q.min_value, q.max_value) for qid, q in _questions(read.spec).items()}
    assert limits == {
        "n1": (1, None),
        "n2": (0, 1),
        "n3": (None, None),
        "t1": (None, None),
        "r1": (1, 10),  # XLSForm's range defaults
    }
    assert [w.split(":")[0] for w in read.warnings] == ["survey!G4", "survey!G5"]
    assert "leaves the value out" in read.warnings[0]
    assert "limits only as a number's min and max" in read.warnings[1]


def test_a_groups_relevant_joins_its_questions_own(tmp_path: Path) -> None:
    path = _form(
        tmp_path,
        _row("select_one yn", "q1", "Own plant?"),
        _row("integer", "q2", "Lines"),
        _row("begin group", "g1", "Plant", relevant="${q1} = 'yes' or ${q2} > 2"),
        _row("text", "q3", "Layout", relevant="${q2} != 4"),
        _row("end group"),
        _row("begin group", "g2", "Later", relevant="${q9} = 'yes'"),
        _row("text", "q4", "Notes"),
        _row("end group"),
        _row("select_one yn", "q9", "Late?"),
    )
    read = read_checklist(path)
    q = _questions(read.spec)
    assert q["q3"].condition == '(q1 == "yes" or q2 > 2) and q2 != 4'
    assert q["q4"].condition == ""
    (warning,) = read.warnings
    assert warning.startswith(
        "survey!F7: the questions of group g2 are imported without its relevant \"${q9} = 'yes'\""
    )
    assert "q9 comes later in the form (row 10)" in warning


def test_repeats_and_unsupported_types_are_skipped_with_a_warning(tmp_path: Path) -> None:
    path = _form(
        tmp_path,
        _row("begin repeat", "visits", "Visits"),
        _row("date", "visit_day", "Day"),
        _row("begin group", "inner", "Inner"),
        _row("text", "who", "Who"),
        _row("end group"),
        _row("end repeat"),
        _row("barcode", "lot", "Lot"),
        _row("username", "user"),
        _row("text", "q1", "Last visit?", relevant="${visit_day} = '2024-01-01'"),
        _row("text", "q2", "Who?", relevant="${user} = 'x'"),
    )
    read = read_checklist(path)
    assert [q.qid for s in read.spec.sections for q in s.questions] == ["q1", "q2"]
    repeat, barcode, q1, q2 = read.warnings
    assert repeat == (
        "survey!A2: repeat 'visits' (rows 2–7) was skipped with the 2 row(s) inside it: "
        "a checklist asks each question once"
    )
    assert barcode.startswith("survey!A8: lot (barcode) was skipped")
    assert "visit_day is not in the checklist: it sits in the repeat 'visits'" in q1
    assert "user is not in the checklist: it is form metadata (username)" in q2


def test_required_by_a_rule_or_on_a_note_is_not_required(tmp_path: Path) -> None:
    path = _form(
        tmp_path,
        _row("note", "n1", "Read this", required="yes"),
        _row("text", "q1", "Why?", required="${n1} != ''"),
        _row("text", "q2", "What?", required="No"),
    )
    read = read_checklist(path)
    assert [q.required for q in _questions(read.spec).values()] == [False, False, False]
    (warning,) = read.warnings
    assert warning.startswith(
        "survey!E3: q1 is imported as not required, without its required \"${n1} != ''\""
    )


def test_or_other_and_choice_filter_are_left_out_with_a_warning(tmp_path: Path) -> None:
    header = ("type", "name", "label", "choice_filter")
    survey = [
        header,
        ("select_one country", "country", "Country", None),
        ("select_one city or_other", "city", "City", "country=${country}"),
    ]
    choices = [
        ("list_name", "name", "label", "country"),
        ("country", "de", "Germany", None),
        ("country", "fr", "France", None),
        ("city", "paris", "Paris", "fr"),
        ("city", "berlin", "Berlin", "de"),
        ("city", "paris", "Paris", "fr"),
    ]
    settings = [("form_id", "allow_choice_duplicates"), ("cities", "yes")]
    read = read_checklist(write_xlsform(tmp_path / "c.xlsx", survey, choices, settings))
    assert _questions(read.spec)["city"].options == ["Paris", "Berlin"]
    other, choice_filter = read.warnings
    assert other.startswith("survey!A3: city is imported without or_other")
    assert choice_filter.startswith(
        "survey!D3: city is imported without its choice_filter 'country=${country}'"
    )


def test_a_long_name_is_cut_to_an_id_and_conditions_follow_it(tmp_path: Path) -> None:
    long_name = "is_the_quality_manual_available_on_site"
    path = _form(
        tmp_path,
        _row("select_one yn", long_name, "Manual?"),
        _row("select_one yn", long_name + "_2", "Manual read?"),
        _row("text", "q3", "Where?", relevant=f"${{{long_name}_2}} = 'no'"),
    )
    read = read_checklist(path)
    assert list(_questions(read.spec)) == [long_name[:32], long_name[:30] + "_1", "q3"]
    assert _questions(read.spec)["q3"].condition == f'{long_name[:30]}_1 == "no"'
    assert read.warnings[0] == (
        f"survey!B2: the name {long_name!r} is longer than a question id may be "
        f"(32 characters); it is imported as {long_name[:32]!r}"
    )


def test_older_spellings_unread_formulas_and_textless_notes_are_taken_in_stride(
    tmp_path: Path,
) -> None:
    """As pyxform's own example forms have them: `select one from`, a `version` of =NOW(),
    a note that only shows a picture, labels in the older `label:English` style."""
    header = ("type", "name", "label:English", "media::image")
    survey = [
        header,
        ("note", "logo", None, "logo.png"),
        ("select one from yn", "q1", "Clean?", None),
        ("select all that apply from shifts or specify other", "q2", "Shifts?", None),
    ]
    choices = [
        ("list name", "name", "label:English"),
        ("yn", "yes", "Yes"),
        ("yn", "no", "No"),
        ("shifts", "e", "Early"),
        ("shifts", "l", "Late"),
    ]
    path = write_xlsform(tmp_path / "old.xlsx", survey, choices, [("form_id", "version")])
    workbook = load_workbook(path)
    workbook["settings"].append(["old_form", "=NOW()"])
    workbook.save(path)
    read = read_checklist(path)
    assert [(q.qid, q.type, q.options) for q in _questions(read.spec).values()] == [
        ("q1", "yes_no", []),
        ("q2", "multi_choice", ["Early", "Late"]),
    ]
    assert read.spec.key == "old_form"
    logo, other = read.warnings
    assert logo == "survey!A2: logo (note) was skipped: it has no text"
    assert other.startswith("survey!A4: q2 is imported without or specify other")


# -- refusals -----------------------------------------------------------------------------------


def test_a_broken_form_is_refused_with_every_problem_at_its_cell(tmp_path: Path) -> None:
    choices = [
        *YES_NO,
        ("one", "a", "Alone"),
        ("semi", "a", "A; B"),
        ("semi", "b", "B"),
        ("twice", "a", "Same"),
        ("twice", "b", "Same"),
        ("twice", "a", "Again"),
        (None, "x", "Orphan"),
    ]
    path = _form(
        tmp_path,
        _row("select_one scale", "q1", "Rate the supplier"),
        _row("select_one", "q2", "Which?"),
        _row("select_one one", "q3", "Only one choice"),
        _row("select_one semi", "q4", "Separator"),
        _row("select_multiple twice", "q5", "Twice"),
        _row("text", "q 6", "Bad id"),
        _row("text", "q7", ""),
        _row("", "q8", "No type"),
        _row("text", "", "No name"),
        _row("end group"),
        _row("begin group", "open", "Never closed"),
        _row("text", "q1", "Same name as the broken first row"),
        choices=choices,
    )
    assert _refused(path) == [
        "survey!A2: the choice list 'scale' is not in the choices sheet",
        "survey!A3: select_one names no choice list",
        "survey!A4: a choice question needs at least two options",
        "survey!B7: question id 'q 6' must be up to 32 letters, digits, '.', '_' or '-'",
        "survey!C8: the question text is empty",
        "survey!A9: the row has a name or a label but no type",
        "survey!B10: the question has no name",
        "survey!A11: end group without a begin group before it",
        "survey!A12: group 'open' is never closed: its end group is missing",
        "choices!C5: the label 'A; B' holds a ';', which separates a checklist question's "
        "options; write it without one",
        "choices!C8: the label 'Same' appears twice in list 'twice' (first at choices!C7); "
        "a checklist question's options must differ",
        "choices!B9: choice 'a' appears twice in list 'twice' (first at choices!B7)",
        "choices!A10: the choice has no list_name",
    ]


def test_missing_sheets_and_columns_are_named(tmp_path: Path) -> None:
    survey = [("type", "label"), ("text", "Hello")]
    assert _refused(write_xlsform(tmp_path / "a.xlsx", survey, [("name", "label")])) == [
        "survey!A1: the required column 'name' is missing",
        "choices!A1: the required column 'list_name' is missing",
    ]
    no_label = [("type", "name"), ("text", "q1")]
    assert _refused(write_xlsform(tmp_path / "b.xlsx", no_label)) == [
        "survey!A1: the required column 'label' is missing",
    ]


def test_a_formula_in_a_form_is_refused(tmp_path: Path) -> None:
    path = _form(tmp_path, _row("text", "q1", '=CONCAT("a", "b")'))
    assert _refused(path) == ["survey!C2: formulas are not accepted; type the value itself"]


def test_a_form_of_nothing_but_metadata_has_no_questions(tmp_path: Path) -> None:
    path = _form(tmp_path, _row("start", "start"), _row("calculate", "c"))
    assert _refused(path) == ["survey!A2: the checklist has no questions"]
