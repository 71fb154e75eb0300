"""The Templates page over real workbooks and a real store: import, export, release, retire,
compare; the models under the model tester. File dialogs are never opened: the page's public
methods take the paths, and the slots' dialogs are replaced where a test goes through them."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QModelIndex, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.checklists.xlsx_format import TemplateFileError, read_template, write_template
from sqms_desktop.demo.templates import GMP_EXTRACT, ISO9001_EXTRACT
from sqms_desktop.gui.app.main_window import SUPPLIERS, TEMPLATES, MainWindow
from sqms_desktop.gui.base.colors import current_colors
from sqms_desktop.gui.base.files import with_workbook_suffix
from sqms_desktop.gui.base.operations import Operation
from sqms_desktop.gui.dialogs.templates import (
    DiffDialog,
    ImportWarningsDialog,
    LibraryDialog,
    ProblemsDialog,
    RetireDialog,
    split_problem,
)
from sqms_desktop.gui.models.templates import TemplateTableModel, TemplateTreeModel
from sqms_desktop.gui.pages import templates as templates_page
from sqms_desktop.gui.pages.templates import LibrarySource, TemplatesPage
from sqms_desktop.queries.templates import TemplateRow, list_templates, spec_of
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.templates import import_template, release_template
from sqms_desktop.services.users import create_user
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork
from tests.support.xlsform import (
    SITE_VISIT_KEY,
    SITE_VISIT_WARNED,
    write_site_visit,
    write_xlsform,
)

pytestmark = pytest.mark.gui

TIMEOUT = 10_000
TRICKY = "Are <records> of R&D kept?"

DETAILED = TemplateSpec(
    key="supplier-basics",
    title="Supplier basics <v1> & more",
    scheme="weighted",
    sections=[
        SectionSpec(
            "4",
            "Context",
            [
                QuestionSpec(
                    "q1",
                    TRICKY,
                    weight=2.0,
                    clause="4.1",
                    star=True,
                    guidance="Ask for the register.\nSample three <entries>.",
                ),
                QuestionSpec(
                    "q2",
                    "How are sub-tier suppliers monitored?",
                    type="choice",
                    options=["scorecard", "audit only"],
                    required=False,
                    evidence_required=True,
                    condition="q1 >= 2",
                ),
            ],
        ),
        SectionSpec(
            "8",
            "Operation",
            [
                QuestionSpec(
                    "q3", "Scrap rate in per cent?", type="number", min_value=0.0, max_value=100.0
                )
            ],
        ),
    ],
)


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    own = QThreadPool()
    yield own
    own.waitForDone(TIMEOUT)


@pytest.fixture
def library(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "library"
    files = {}
    for spec in (ISO9001_EXTRACT, GMP_EXTRACT):
        files[spec.key] = folder / f"{spec.key}.xlsx"
        write_template(spec, files[spec.key])
    return files


@pytest.fixture(autouse=True)
def tess(uow: Callable[[], UnitOfWork]) -> None:
    """Tess, who keeps the checklist library, is a quality engineer (added by anna, the admin)."""
    with uow() as u:
        create_user(u, "tess.tester", "Tess Tester", "quality_engineer")
        u.commit()


@pytest.fixture
def make_page(
    qtbot, store: Store, pool: QThreadPool, library: dict[str, Path]
) -> Callable[..., TemplatesPage]:
    def make(source: LibrarySource | None = None) -> TemplatesPage:
        page = TemplatesPage(
            Actor(store, "tess.tester"), library=source or (lambda: library), pool=pool
        )
        qtbot.addWidget(page)
        page.refresh()
        return page

    return make


@pytest.fixture
def page(make_page: Callable[..., TemplatesPage]) -> TemplatesPage:
    return make_page()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes the page shows, as (title, text), instead of a modal box."""
    shown: list[tuple[str, str]] = []

    def warning(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _workbook(tmp_path: Path, spec: TemplateSpec, name: str = "") -> Path:
    path = tmp_path / "in" / (name or f"{spec.key}.xlsx")
    write_template(spec, path)
    return path


def _import(qtbot, page: TemplatesPage, path: Path) -> bool:
    with qtbot.waitSignal(page.import_finished, timeout=TIMEOUT) as blocker:
        page.import_file(path)
    return bool(blocker.args[0])


def _stored(store: Store) -> list[TemplateRow]:
    with store.session() as session:
        return list_templates(session)


def _tree_rows(model: TemplateTreeModel) -> list[tuple[str, list[str]]]:
    sections = []
    for row in range(model.rowCount()):
        section = model.index(row, 0)
        qids = [
            model.index(q, model.COL_ID, section).data() for q in range(model.rowCount(section))
        ]
        sections.append((section.data(), qids))
    return sections


# -- models ------------------------------------------------------------------------------------


def test_template_models_pass_the_model_tester(qtmodeltester, uow) -> None:
    with uow() as u:
        for spec in (ISO9001_EXTRACT, GMP_EXTRACT, DETAILED):
            import_template(u, spec)
        u.commit()
    with uow() as u:
        rows = list_templates(u.session)
        spec = spec_of(u.session, rows[0].id)
    table = TemplateTableModel()
    table.set_rows(rows)
    qtmodeltester.check(table, force_py=True)
    qtmodeltester.check(table)
    tree = TemplateTreeModel()
    tree.set_spec(spec)
    qtmodeltester.check(tree, force_py=True)
    qtmodeltester.check(tree)
    tree.set_spec(None)
    assert tree.rowCount() == 0


def test_tree_model_shows_every_attribute(qtbot) -> None:
    model = TemplateTreeModel()
    model.set_spec(DETAILED)
    q1, q2 = (model.index_of_qid(q) for q in ("q1", "q2"))
    q3 = model.index_of_qid("q3")

    def cell(index: QModelIndex, column: int) -> object:
        return model.index(index.row(), column, index.parent()).data()

    assert cell(q1, model.COL_TEXT) == TRICKY
    assert cell(q1, model.COL_WEIGHT) == "2"
    assert cell(q1, model.COL_CLAUSE) == "4.1"
    assert cell(q1, model.COL_STAR) == "★"
    assert cell(q1, model.COL_REQUIRED) == "✓"
    assert cell(q1, model.COL_GUIDANCE) == "Ask for the register. Sample three <entries>."
    assert cell(q2, model.COL_TYPE) == "Choice"
    assert cell(q2, model.COL_OPTIONS) == "scorecard; audit only"
    assert cell(q2, model.COL_REQUIRED) == ""
    assert cell(q2, model.COL_EVIDENCE) == "✓"
    assert cell(q2, model.COL_CONDITION) == "q1 >= 2"
    assert (cell(q3, model.COL_MIN), cell(q3, model.COL_MAX)) == ("0", "100")
    assert model.index(0, 0).data() == "4 Context · 2 questions"
    assert model.question_at(model.index(0, 0)) is None
    assert model.section_at(q3) is DETAILED.sections[1]


# -- import ------------------------------------------------------------------------------------


def test_importing_a_workbook_adds_a_row_and_fills_the_tree(
    qtbot, page: TemplatesPage, tmp_path: Path, store: Store
) -> None:
    assert page.model.rowCount() == 0
    assert "No checklist templates" in page.detail.toPlainText()
    messages: list[str] = []
    page.message_posted.connect(messages.append)
    assert _import(qtbot, page, _workbook(tmp_path, ISO9001_EXTRACT))

    (row,) = _stored(store)
    assert (row.key, row.version, row.status) == (ISO9001_EXTRACT.key, 1, "draft")
    assert page.model.rowCount() == 1
    assert page.selected_id() == row.id
    assert messages[-1] == "demo-iso9001 v1 imported as a new template (a draft)."
    expected = [
        (f"{s.code} {s.title}", [q.qid for q in s.questions]) for s in ISO9001_EXTRACT.sections
    ]
    shown = [(text.split(" · ")[0], qids) for text, qids in _tree_rows(page.tree_model)]
    assert shown == expected
    assert page.tree.isFirstColumnSpanned(0, QModelIndex())
    assert page.tree.isExpanded(page.tree_model.index(0, 0))
    first = ISO9001_EXTRACT.sections[0].questions[0]
    assert first.text in page.question_detail.toPlainText()
    assert ISO9001_EXTRACT.title in page.detail.toPlainText()


def test_the_question_pane_shows_every_attribute_escaped(
    qtbot, page: TemplatesPage, tmp_path: Path
) -> None:
    assert _import(qtbot, page, _workbook(tmp_path, DETAILED))
    assert "Supplier basics <v1> & more" in page.detail.toPlainText()
    page.tree.setCurrentIndex(page.tree_model.index_of_qid("q1"))
    text = page.question_detail.toPlainText()
    assert text.startswith(f"q1 ★\n{TRICKY}\n")
    for shown in (
        "Clause\n4.1",
        "Weight\n2",
        "Star question\nYes",
        "Required\nYes",
        "Evidence required\nNo",
        "Condition\nAlways asked",
        "Guidance\nAsk for the register.\nSample three <entries>.",
    ):
        assert shown in text
    assert "<entries>" not in page.question_detail.toHtml()
    page.tree.setCurrentIndex(page.tree_model.index_of_qid("q2"))
    text = page.question_detail.toPlainText()
    for shown in (
        "Type\nChoice",
        "Options\nscorecard; audit only",
        "Required\nNo",
        "Evidence required\nYes",
        "Condition\nq1 >= 2",
    ):
        assert shown in text
    page.tree.setCurrentIndex(page.tree_model.index_of_qid("q3"))
    text = page.question_detail.toPlainText()
    assert "Type\nNumber" in text
    assert "Min\n0\nMax\n100" in text
    page.tree.setCurrentIndex(page.tree_model.index(1, 0))  # a section
    assert "8 Operation" in page.question_detail.toPlainText()


def _broken_workbook(path: Path) -> Path:
    """Several problems in both sheets, each in its own cell."""
    workbook = Workbook()
    settings = workbook.active
    assert settings is not None
    settings.title = "settings"
    settings.append(["key", "version", "title", "scheme"])
    settings.append(["broken-one", 1, "Broken", "points"])
    questions = workbook.create_sheet("questions")
    questions.append(["section", "id", "text", "type", "weight"])
    questions.append(["4 Context", "q1", "Fine question", "score", 1])
    questions.append(["4 Context", "q1", "Same id again", "score", 1])
    questions.append(["4 Context", "q3", "Unknown type", "slider", 1])
    questions.append(["4 Context", "q4", "Heavy", "score", "heavy"])
    questions.append(["4 Context", "q5", "", "score", 1])
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def test_a_broken_workbook_lists_every_problem_and_stores_nothing(
    qtbot, page: TemplatesPage, tmp_path: Path, store: Store
) -> None:
    path = _broken_workbook(tmp_path / "broken.xlsx")
    with pytest.raises(TemplateFileError) as caught:
        read_template(path)
    expected = caught.value.problems
    assert len(expected) >= 5

    assert not _import(qtbot, page, path)
    (dialog,) = page.findChildren(ProblemsDialog)
    assert dialog.isVisible()
    assert dialog.isModal()
    assert f"broken.xlsx has {len(expected)} problems" in dialog.summary_label.text()
    table = dialog.table
    shown = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert shown == [split_problem(p) for p in expected]
    assert ("settings!D2", "scheme 'points' is not one of vda63, weighted, yes_no") in shown
    assert any(where == "questions!B3" and "duplicate" in why for where, why in shown)
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert all(problem in copied for problem in expected)
    assert _stored(store) == []
    assert page.model.rowCount() == 0
    assert page.action_import_file.isEnabled()


def test_a_file_that_is_no_workbook_gets_a_message(
    qtbot, page: TemplatesPage, tmp_path: Path, store: Store, warnings
) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("just text", encoding="utf-8")
    assert not _import(qtbot, page, path)
    assert warnings == []  # the workbook's own refusal, listed like any workbook's problems
    (dialog,) = page.findChildren(ProblemsDialog)
    table = dialog.table
    shown = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert shown == [("notes.xlsx", "not an Excel workbook (.xlsx is a ZIP file; this is not)")]
    assert _stored(store) == []
    assert _stored(store) == []


def test_importing_an_xlsform_lists_what_was_left_out(
    qtbot, page: TemplatesPage, tmp_path: Path, store: Store
) -> None:
    messages: list[str] = []
    page.message_posted.connect(messages.append)
    assert _import(qtbot, page, write_site_visit(tmp_path / "site-visit.xlsx"))

    (row,) = _stored(store)
    assert (row.key, row.version, row.status, row.questions) == (SITE_VISIT_KEY, 1, "draft", 13)
    assert page.selected_id() == row.id
    assert messages[-1] == f"{SITE_VISIT_KEY} v1 imported as a new template (a draft)."
    sections = [text.split(" · ")[0] for text, _ in _tree_rows(page.tree_model)]
    assert sections[2] == "3 Production › Warehouse"

    (dialog,) = page.findChildren(ImportWarningsDialog)
    assert dialog.isVisible()
    assert dialog.isModal()
    assert dialog.windowTitle() == "Imported with warnings"
    assert (
        f"site-visit.xlsx was imported as {SITE_VISIT_KEY} v1, a draft. 4 part(s) of the form "
        "were left out" in dialog.summary_label.text()
    )
    table = dialog.table
    assert table.horizontalHeaderItem(1).text() == "Left out, and why"
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert [where for where, _ in rows] == list(SITE_VISIT_WARNED)
    assert rows[0][1].startswith("doc_gaps is imported without its relevant '${doc_control}")
    assert rows[2][1] == "total (calculate) was skipped: a calculation is not a question"
    dialog.copy_button.click()
    assert all(cell in QApplication.clipboard().text() for cell in SITE_VISIT_WARNED)
    dialog.grab().save(str(tmp_path / "warnings.png"))
    dialog.close()
    qtbot.waitUntil(lambda: not page.findChildren(ImportWarningsDialog), timeout=TIMEOUT)


def test_a_workbook_of_ours_imports_without_a_warnings_dialog(
    qtbot, page: TemplatesPage, tmp_path: Path
) -> None:
    assert _import(qtbot, page, _workbook(tmp_path, ISO9001_EXTRACT))
    assert page.findChildren(ImportWarningsDialog) == []


def test_a_broken_xlsform_lists_its_problems_and_stores_nothing(
    qtbot, page: TemplatesPage, tmp_path: Path, store: Store
) -> None:
    path = write_xlsform(
        tmp_path / "broken-form.xlsx",
        [("type", "name", "label"), ("select_one scale", "q1", "Rate"), ("text", "q 2", "Id")],
        [("list_name", "name", "label"), ("yn", "yes", "Yes"), ("yn", "no", "No")],
    )
    assert not _import(qtbot, page, path)
    (dialog,) = page.findChildren(ProblemsDialog)
    table = dialog.table
    shown = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert shown == [
        ("survey!A2", "the choice list 'scale' is not in the choices sheet"),
        ("survey!B3", "question id 'q 2' must be up to 32 letters, digits, '.', '_' or '-'"),
    ]
    assert page.findChildren(ImportWarningsDialog) == []
    assert _stored(store) == []


def test_actions_wait_while_an_import_runs(qtbot, page: TemplatesPage, tmp_path: Path) -> None:
    path = _workbook(tmp_path, ISO9001_EXTRACT)
    with qtbot.waitSignal(page.import_finished, timeout=TIMEOUT):
        page.import_file(path)
        assert page.is_busy()
        assert not page.action_import_file.isEnabled()
        assert not page.action_import_library.isEnabled()
    assert not page.is_busy()
    assert page.action_import_file.isEnabled()
    assert page.action_export.isEnabled()


def test_importing_again_replaces_the_draft_then_adds_versions(
    qtbot, page: TemplatesPage, tmp_path: Path, store: Store
) -> None:
    path = _workbook(tmp_path, DETAILED)
    messages: list[str] = []
    page.message_posted.connect(messages.append)
    assert _import(qtbot, page, path)
    assert _import(qtbot, page, path)
    assert messages[-1] == "supplier-basics v1 already holds this workbook; nothing changed."
    page.filter_edit.setText("no such template")
    changed = copy.deepcopy(DETAILED)
    changed.title = "Supplier basics, revised"
    assert _import(qtbot, page, _workbook(tmp_path, changed, "changed.xlsx"))
    assert page.filter_edit.text() == ""  # the filter hid the result, so it went
    (row,) = _stored(store)
    assert page.selected_id() == row.id
    assert row.title == "Supplier basics, revised"
    assert "the draft was replaced" in messages[-1]


def test_import_from_the_library(
    qtbot, page: TemplatesPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []

    def choose_gmp(dialog: LibraryDialog) -> int:
        entries = dialog.entries
        offered.append(
            [entries.topLevelItem(n).text(0) for n in range(entries.topLevelItemCount())]
        )
        assert dialog.choose(GMP_EXTRACT.key)
        assert dialog.import_button.isEnabled()
        return LibraryDialog.DialogCode.Accepted

    monkeypatch.setattr(LibraryDialog, "exec", choose_gmp)
    started: list[Operation] = []

    class Spied(Operation):
        def start(self, pool: QThreadPool | None = None) -> None:
            started.append(self)
            super().start(pool)

    monkeypatch.setattr(templates_page, "Operation", Spied)
    busy_when_reading_ended: list[bool] = []
    assert page.action_import_library.isEnabled()
    with qtbot.waitSignal(page.import_finished, timeout=TIMEOUT) as blocker:
        page.action_import_library.trigger()
        (reading,) = started
        reading.finished.connect(lambda: busy_when_reading_ended.append(page.is_busy()))
    assert blocker.args == [True]
    # The reading job ends after its dialog, while the import it led to still runs.
    assert busy_when_reading_ended == [True]
    assert not page.is_busy()
    assert offered == [[ISO9001_EXTRACT.title, GMP_EXTRACT.title]]
    (row,) = _stored(store)
    assert row.key == GMP_EXTRACT.key
    assert page.selected_id() == row.id


def test_the_library_dialog_says_what_the_store_has(qtbot, library: dict[str, Path]) -> None:
    from sqms_desktop.gui.dialogs.templates import LibraryEntry

    entries = [
        LibraryEntry("broken", library["demo-gmp-api"], problem="broken.xlsx: 2 problem(s)"),
        LibraryEntry("demo-iso9001", library["demo-iso9001"], "ISO", "weighted", 16),
    ]
    dialog = LibraryDialog(entries, {"demo-iso9001": "version 2, released"})
    qtbot.addWidget(dialog)
    assert dialog.chosen_key() == "demo-iso9001"  # the unreadable entry cannot be chosen
    item = dialog.entries.topLevelItem(1)
    assert item.text(dialog.COL_STORED) == "version 2, released"
    assert item.text(dialog.COL_SCHEME) == "Weighted"
    assert not dialog.choose("broken")


def test_the_library_action_needs_a_library(make_page) -> None:
    page = make_page(dict)
    assert not page.action_import_library.isEnabled()


# -- release, retire ---------------------------------------------------------------------------


def _answer_with(monkeypatch: pytest.MonkeyPatch, role: QMessageBox.ButtonRole) -> list[str]:
    """Make confirmation boxes click their button of `role`; returns the texts they asked."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        button = next(b for b in box.buttons() if box.buttonRole(b) == role)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_release_applies_to_drafts_and_keeps_the_selection(
    qtbot, page: TemplatesPage, tmp_path: Path, store: Store, monkeypatch, warnings
) -> None:
    assert not page.action_release.isEnabled()  # nothing selected
    assert _import(qtbot, page, _workbook(tmp_path, DETAILED))
    draft = page.selected_id()
    assert page.action_release.isEnabled()
    assert not page.action_retire.isEnabled()
    assert not page.action_compare.isEnabled()

    asked = _answer_with(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    page.action_release.trigger()
    assert "Release supplier-basics version 1?" in asked[0]
    assert _stored(store)[0].status == "draft"

    _answer_with(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    page.action_release.trigger()
    assert _stored(store)[0].status == "released"
    assert page.selected_id() == draft
    status = page.model.index(0, TemplateTableModel.COL_STATUS)
    assert page.proxy.mapFromSource(status).data() == "Released"
    assert not page.action_release.isEnabled()
    assert page.action_retire.isEnabled()
    assert page.release_selected() is False  # the service refuses; its words are shown
    ((title, text),) = warnings
    assert title == "Cannot release"
    assert "only a draft can be released" in text


def test_retire_requires_a_reason(
    qtbot, page: TemplatesPage, tmp_path: Path, store: Store, uow, monkeypatch, warnings
) -> None:
    assert _import(qtbot, page, _workbook(tmp_path, DETAILED))
    with uow() as u:
        release_template(u, _stored(store)[0].id)
        u.commit()
    page.refresh()
    assert page.action_retire.isEnabled()

    dialog = RetireDialog("supplier-basics", 1)
    qtbot.addWidget(dialog)
    assert "Retire supplier-basics version 1?" in dialog.question_label.text()
    assert not dialog.retire_button.isEnabled()
    dialog.reason_edit.setPlainText("   \n ")
    assert not dialog.retire_button.isEnabled()
    dialog.accept()
    assert dialog.result() != RetireDialog.DialogCode.Accepted
    dialog.reason_edit.setPlainText("Replaced by the 2026 revision")
    assert dialog.retire_button.isEnabled()

    assert page.retire_selected("  ") is False
    ((title, text),) = warnings
    assert title == "Cannot retire"
    assert "reason" in text
    assert _stored(store)[0].status == "released"

    def give_reason(self: RetireDialog) -> int:
        self.reason_edit.setPlainText("Replaced by version 2")
        return RetireDialog.DialogCode.Accepted

    monkeypatch.setattr(RetireDialog, "exec", give_reason)
    page.action_retire.trigger()
    assert _stored(store)[0].status == "retired"
    assert not page.action_retire.isEnabled()
    assert not page.action_release.isEnabled()
    status = page.proxy.index(0, TemplateTableModel.COL_STATUS)
    assert status.data() == "Retired"


# -- export ------------------------------------------------------------------------------------


def test_export_writes_a_workbook_that_reads_back_equal(
    qtbot, page: TemplatesPage, tmp_path: Path, store: Store
) -> None:
    assert _import(qtbot, page, _workbook(tmp_path, DETAILED))
    target = tmp_path / "out" / "exported"
    with qtbot.waitSignal(page.export_finished, timeout=TIMEOUT) as blocker:
        page.export_to(target)
    assert blocker.args == [True]
    written = with_workbook_suffix(target)
    assert written.name == "exported.xlsx"
    with store.session() as session:
        stored = spec_of(session, _stored(store)[0].id)
    assert read_template(written) == stored
    assert stored.sections[0].questions[0].text == TRICKY


def test_a_failed_export_says_why(qtbot, page: TemplatesPage, tmp_path: Path, warnings) -> None:
    assert _import(qtbot, page, _workbook(tmp_path, DETAILED))
    blocker_file = tmp_path / "a-file"
    blocker_file.write_text("", encoding="utf-8")
    with qtbot.waitSignal(page.export_finished, timeout=TIMEOUT) as blocker:
        page.export_to(blocker_file / "inside.xlsx")  # a folder that is a file
    assert blocker.args == [False]
    ((title, text),) = warnings
    assert title == "Cannot export"
    assert str(blocker_file) in text


# -- compare -----------------------------------------------------------------------------------


def test_the_diff_dialog_lists_added_and_removed_questions(
    qtbot, page: TemplatesPage, tmp_path: Path, store: Store, uow
) -> None:
    assert _import(qtbot, page, _workbook(tmp_path, DETAILED))
    with uow() as u:
        release_template(u, _stored(store)[0].id)
        u.commit()
    changed = copy.deepcopy(DETAILED)
    changed.sections[1].questions = [QuestionSpec("q9", "Is scrap <segregated> & tagged?")]
    changed.sections[0].questions[0].weight = 3.0
    assert _import(qtbot, page, _workbook(tmp_path, changed, "v2.xlsx"))
    first, second = _stored(store)
    assert (second.version, page.selected_id()) == (2, second.id)
    assert page.action_compare.isEnabled()
    assert "1 added · 1 removed · 1 changed" in page.detail.toPlainText()

    page.action_compare.trigger()
    (dialog,) = page.findChildren(DiffDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert not dialog.isModal()
    assert dialog.heading_label.text() == "supplier-basics: version 1 → version 2"
    text = dialog.browser.toPlainText()
    assert "Added (1)" in text
    assert "+ q9 Is scrap <segregated> & tagged?" in text
    assert "Removed (1)" in text
    assert "− q3 Scrap rate in per cent?" in text
    assert "Changed (1)" in text
    assert "Weight: 2 → 3" in text
    html = dialog.browser.toHtml()
    colors = current_colors()
    assert colors.good in html
    assert colors.alert in html
    assert "<segregated>" not in html

    assert page.select_id(first.id)
    assert not page.action_compare.isEnabled()  # the first version has none before it


# -- in the main window ------------------------------------------------------------------------


def test_the_window_offers_the_page_and_its_actions(
    qtbot, store: Store, settings: QSettings, tmp_path: Path, monkeypatch
) -> None:
    window = MainWindow(store, settings=settings, user="tess.tester")
    qtbot.addWidget(window)
    page = window.templates_page
    menu_texts = [a.text() for a in window.menu_templates.actions() if not a.isSeparator()]
    assert menu_texts == [a.text() for a in page.page_actions() if not a.isSeparator()]
    assert "&Import workbook…" in menu_texts
    assert window.nav.item(TEMPLATES).text() == "Templates"

    asked: list[str] = []
    path = _workbook(tmp_path, GMP_EXTRACT)

    def pick(parent: object, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(caption)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    window.show_page(SUPPLIERS)
    with qtbot.waitSignal(page.import_finished, timeout=TIMEOUT):
        window.templates_page.action_import_file.trigger()
    assert asked == ["Import checklist workbook or XLSForm"]
    assert window.current_page() is page  # the window brought the page forward
    assert window.count_label.text() == "Template versions: 1 of 1 shown"
    assert "demo-gmp-api v1 imported" in window.statusBar().currentMessage()

    saved: list[str] = []

    def save(parent: object, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        saved.append(Path(suggested).name)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    page.action_export.trigger()
    assert saved == ["demo-gmp-api-v1.xlsx"]
    assert not page.is_busy()
