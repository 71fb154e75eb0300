"""The template workbook: every problem reported at once, nothing half-read, exact round trip."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.checklists.xlsx_format import (
    QUESTION_COLUMNS,
    SETTINGS_COLUMNS,
    TemplateFileError,
    read_template,
    write_template,
)
from sqms_desktop.demo.templates import GMP_EXTRACT, ISO9001_EXTRACT
from sqms_desktop.errors import SqmsError, ValidationError


def _workbook(
    path: Path,
    settings: list[Any],
    questions: list[list[Any]],
    *,
    settings_header: tuple[str, ...] = SETTINGS_COLUMNS,
    question_header: tuple[str, ...] = QUESTION_COLUMNS,
) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "settings"
    sheet.append(list(settings_header))
    sheet.append(settings)
    qs = book.create_sheet("questions")
    qs.append(list(question_header))
    for row in questions:
        qs.append(row)
    book.save(path)
    return path


def _row(**values: Any) -> list[Any]:
    base = {"section": "4 Context", "type": "score", "weight": 1}
    base.update(values)
    return [base.get(c) for c in QUESTION_COLUMNS]


GOOD_SETTINGS = ["mini", 1, "Mini checklist", "weighted", "en", "exclude"]


def test_a_valid_workbook_reads_into_a_template(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "ok.xlsx",
        GOOD_SETTINGS,
        [
            _row(id="q1", text="Is the scope defined?", clause="4.3", star="yes"),
            _row(id="q2", text="Shift count?", type="number", min=1, max=3, weight=None),
            _row(
                section="8.4 External providers",
                id="q3",
                text="How are suppliers rated?",
                type="choice",
                options="scorecard; audit only; not at all",
                condition='q1 != "0"',
                guidance="Ask for the last two ratings.",
            ),
        ],
    )
    spec = read_template(path)
    assert (spec.key, spec.version, spec.scheme, spec.na_policy) == (
        "mini",
        1,
        "weighted",
        "exclude",
    )
    assert [(s.code, s.title) for s in spec.sections] == [
        ("4", "Context"),
        ("8.4", "External providers"),
    ]
    q1, q2 = spec.sections[0].questions
    q3 = spec.sections[1].questions[0]
    assert q1.star is True
    assert (q2.min_value, q2.max_value, q2.weight) == (1.0, 3.0, 1.0)
    assert q3.options == ["scorecard", "audit only", "not at all"]
    assert q3.condition == 'q1 != "0"'


def test_a_broken_workbook_reports_every_problem_at_once(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "broken.xlsx",
        ["Bad Key!", "two", "", "points", "en", "sometimes"],
        [
            _row(id="q1", text="Fine question"),
            _row(id="q1", text="Same id again"),
            _row(id="q3", text="Unknown type", type="slider"),
            _row(id="q4", text="Heavy", weight="heavy"),
            _row(id="q5", text="Cond", condition='q99 == "yes"'),
            _row(id="q6", text="Bad cond", condition='q1 = "yes"'),
            _row(id="q8", text="Choice", type="choice", options="only one"),
            _row(id="q9", text="Star", star="maybe"),
            _row(id="", text="No id"),
            _row(id="q11", text="=1+1"),
        ],
    )
    with pytest.raises(TemplateFileError) as caught:
        read_template(path)
    problems = caught.value.problems
    expected = [
        "settings!A2: key 'Bad Key!' must be",
        "settings!C2: the title is empty",
        "settings!D2: scheme 'points' is not one of",
        "settings!F2: na_policy must be exclude or zero",
        "settings!B2: version 'two' is not a number",
        "questions!B3: duplicate question id 'q1' (first at questions!B2)",
        "questions!D4: unknown type 'slider'",
        "questions!F5: weight 'heavy' is not a number",
        "questions!K6: the condition names an unknown question 'q99'",
        "questions!K7: condition 'q1 = \"yes\"' does not parse",
        "questions!E8: a choice question needs at least two options",
        "questions!H9: 'maybe' is not yes or no",
        "questions!B10: the question id is empty",
        "questions!C11: formulas are not accepted",
    ]
    for start in expected:
        assert any(p.startswith(start) for p in problems), f"missing: {start}\n{problems}"
    assert len(problems) == len(expected)
    assert "nothing was imported" in str(caught.value)


def test_a_condition_on_an_answer_the_question_cannot_have_is_refused(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "cond.xlsx",
        GOOD_SETTINGS,
        [
            _row(id="q1", text="Clean?", type="yes_no"),
            _row(id="q2", text="Shift?", type="choice", options="early; late"),
            _row(id="q3", text="Why?", type="text", condition='q1 == "maybe" or q2 == "night"'),
            _row(id="q4", text="Fine", type="text", condition='q1 == "no" and q2 != "late"'),
        ],
    )
    with pytest.raises(TemplateFileError) as caught:
        read_template(path)
    assert caught.value.problems == [
        "questions!K4: q1 can never be 'maybe' (its answers: yes, no)",
        "questions!K4: q2 can never be 'night' (its answers: early, late)",
    ]


def test_missing_sheets_and_columns_are_named(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "cols.xlsx",
        GOOD_SETTINGS,
        [["4 Context", "q1", "x"]],
        question_header=("section", "id", "txt"),
    )
    with pytest.raises(TemplateFileError) as caught:
        read_template(path)
    assert caught.value.problems == [
        "questions!C1: unknown column 'txt' (known: " + ", ".join(QUESTION_COLUMNS) + ")",
        "questions!A1: the required column 'text' is missing",
        "questions!A1: the required column 'type' is missing",
        "questions!C2: a value in a column without a name in row 1",
    ]
    book = Workbook()
    book.save(tmp_path / "empty.xlsx")
    with pytest.raises(TemplateFileError) as empty:
        read_template(tmp_path / "empty.xlsx")
    assert empty.value.problems == [
        "settings: the sheet is missing",
        "questions: the sheet is missing",
    ]


def test_vda_sections_must_follow_the_element_structure(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "vda.xlsx",
        ["vda", 1, "VDA", "vda63", "en", "exclude"],
        [
            _row(section="P2 Project management", id="P2.1", text="a", weight=None),
            _row(section="P6 Production", id="P6.1.1", text="b"),
            _row(section="P8 Nothing", id="P8.1", text="c"),
            _row(section="P6.U1 Input", id="P6.1.2", text="d", options="0; 5"),
        ],
    )
    with pytest.raises(TemplateFileError) as caught:
        read_template(path)
    assert caught.value.problems == [
        "questions!A3: P6 questions belong to a sub-element P6.U1 to P6.U6",
        "questions!A4: VDA 6.3 sections are elements P2 to P7, not 'P8'",
        "questions!E5: the vda63 scheme does not allow the score '5' (allowed: 0, 4, 6, 8, 10)",
    ]


@pytest.mark.parametrize("spec", [ISO9001_EXTRACT, GMP_EXTRACT], ids=["weighted", "yes_no"])
def test_export_then_import_gives_the_same_template(tmp_path: Path, spec: TemplateSpec) -> None:
    original = replace(spec, version=3)
    write_template(original, tmp_path / "a.xlsx")
    once = read_template(tmp_path / "a.xlsx")
    assert once == original
    write_template(once, tmp_path / "b.xlsx")
    assert read_template(tmp_path / "b.xlsx") == once


def test_text_that_looks_like_a_formula_round_trips_as_text(tmp_path: Path) -> None:
    tricky = TemplateSpec(
        key="tricky",
        title='=HYPERLINK("http://x")',
        scheme="yes_no",
        version=1,
        sections=[
            SectionSpec(
                "A",
                "Section",
                [
                    QuestionSpec("q1", "-1 defects?", type="yes_no", guidance="@mention"),
                    QuestionSpec("q2", "+ sign & <tags>", type="yes_no", guidance="=2+2"),
                ],
            )
        ],
    )
    write_template(tricky, tmp_path / "t.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "t.xlsx")
    assert all(c.data_type != "f" for ws in book for row in ws.iter_rows() for c in row)
    assert read_template(tmp_path / "t.xlsx") == tricky


def _zip(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"just text, not a workbook", "not an Excel workbook"),
        (_zip({"[Content_Types].xml": b"x", "../evil.xml": b"x"}), "unsafe part name"),
        (_zip({"[Content_Types].xml": b"x", "/abs.xml": b"x"}), "unsafe part name"),
        (_zip({"[Content_Types].xml": b"x"}), r"xl/workbook.xml is missing"),
        (
            _zip({"[Content_Types].xml": b"x", "xl/workbook.xml": b"\0" * 5_000_000}),
            "a ZIP bomb",
        ),
    ],
)
def test_unsafe_containers_are_refused_before_parsing(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "in.xlsx"
    path.write_bytes(data)
    with pytest.raises(ValidationError, match=message):
        read_template(path)


def test_without_defusedxml_nothing_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl.xml

    write_template(ISO9001_EXTRACT, tmp_path / "ok.xlsx")
    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(SqmsError, match="not using defusedxml"):
        read_template(tmp_path / "ok.xlsx")


def test_an_unwritable_export_target_is_a_plain_error(tmp_path: Path) -> None:
    from sqms_desktop.errors import StoreError

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot write"):
        write_template(ISO9001_EXTRACT, blocker / "out.xlsx")


def test_an_export_that_fails_midway_leaves_the_earlier_file_as_it_was(tmp_path: Path) -> None:
    """A disk that fills up during the save (here: a file-size limit of 2 KB on the process):
    the workbook exported before is still there, whole, and no temporary file is left."""
    import resource
    import signal
    import subprocess
    import sys

    target = tmp_path / "iso9001.xlsx"
    write_template(ISO9001_EXTRACT, target)
    before = target.read_bytes()
    assert len(before) > 4096

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from sqms_desktop.checklists.xlsx_format import write_template\n"
        "from sqms_desktop.demo.templates import GMP_EXTRACT\n"
        "write_template(GMP_EXTRACT, Path(sys.argv[1]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(target)],
        preexec_fn=small_disk,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert f"cannot write {target}: File too large" in done.stderr
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["iso9001.xlsx"]
