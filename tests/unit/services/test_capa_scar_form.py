"""The SCAR form round trip: export, the supplier fills the yellow cells, import shows the
changes and applies them trailed; tampered forms and forms of another CAPA change nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from sqms_desktop.queries.capas import capa_detail
from sqms_desktop.services import capa_8d, capas
from sqms_desktop.services.scar_form import (
    ScarFormError,
    apply_response,
    export_scar,
    preview_response,
)
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.capa_world import D, World, build_world

TODAY = D + dt.timedelta(days=3)
ANSWERS = {
    "d3.summary": "1,200 flanges sorted at the plant and 300 in transit",
    "d4.occurrence_whys.1": "Burr left on the flange",
    "d4.occurrence_whys.2": "Deburring station skipped",
    "d4.occurrence_whys.3": "Fixture lets a part bypass station 3",
    "d4.occurrence_root_cause": "No interlock between station 3 and the next fixture",
    "d4.non_detection_root_cause": "Final inspection is visual only",
    "d4.escape_point": "Final inspection, station 7",
    "d4.ishikawa.machine": "Worn deburring tool\nNo interlock",
    "d4.ishikawa.method": "Visual check only",
    "d7.fmea": "PFMEA rev. 7: burr failure mode added",
}


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> World:
    return build_world(store, context, uow)


@pytest.fixture
def issued(world: World) -> str:
    capa_id = world.raise_capa(
        finding_ids=world.findings, problem_description="Burrs <1 mm> & more"
    )
    with world.qe() as u:
        capa_8d.set_step(u, capa_id, "d2", {"what": "Burrs on flange", "how_many": "1,500"})
        capas.issue_capa(u, capa_id, D)
        capa_8d.add_action(u, capa_id, "Sort stock", owner="Jan", due=D, step="D3")
        u.commit()
    return capa_id


def export(world: World, capa_id: str, path: Path) -> Path:
    with world.store.session() as session:
        return export_scar(session, capa_id, path, today=TODAY, issuer="Quinn Quality")


def fill(
    path: Path,
    answers: dict[str, Any],
    actions: dict[tuple[str, int], dict[int, Any]] | None = None,
) -> None:
    """What the supplier does in Excel: type into the yellow cells the hidden map names."""
    book = openpyxl.load_workbook(path)
    sheet, hidden = book["SCAR"], book["_sqms"]
    where = {row[1]: row[2] for row in hidden.iter_rows(values_only=True) if row[0] == "response"}
    for key, value in answers.items():
        sheet[where[key]] = value
    rows: dict[str, list[int]] = {}
    for row in hidden.iter_rows(values_only=True):
        if row[0] == "action":
            rows.setdefault(row[1], []).append(int(row[2]))
    for (step, index), cells in (actions or {}).items():
        for column, value in cells.items():
            sheet.cell(row=rows[step][index], column=column, value=value)
    book.save(path)


def snapshot(world: World, capa_id: str) -> tuple[Any, int]:
    with world.store.session() as session:
        detail = capa_detail(session, capa_id, TODAY)
        trail = session.scalar(select(func.count()).select_from(TrailEntry))
    return (detail.steps, detail.actions), int(trail or 0)


def test_the_form_protects_the_issued_part(world: World, issued: str, tmp_path: Path) -> None:
    path = export(world, issued, tmp_path / "scar.xlsx")
    book = openpyxl.load_workbook(path)
    sheet, hidden = book["SCAR"], book["_sqms"]
    assert sheet.protection.sheet
    assert hidden.sheet_state == "veryHidden"
    assert sheet.column_dimensions["H"].hidden
    values = {c.value for row in sheet.iter_rows() for c in row}
    assert "Burrs <1 mm> & more" in values
    assert "AUD-2026-0001-F01" in values
    where = {row[1]: row[2] for row in hidden.iter_rows(values_only=True) if row[0] == "response"}
    assert not sheet[where["d4.occurrence_root_cause"]].protection.locked
    assert sheet["B5"].protection.locked  # the CAPA reference


def test_the_round_trip_shows_changes_then_applies_them_trailed(
    world: World, issued: str, tmp_path: Path
) -> None:
    path = export(world, issued, tmp_path / "S1 answer.xlsx")
    fill(
        path,
        ANSWERS,
        {
            ("D3", 0): {5: "2026-03-03", 6: 1500},
            ("D5", 0): {2: "Add interlock", 3: "Piotr", 4: dt.datetime(2026, 3, 20), 6: "=SUM(1)"},
        },
    )
    with (
        pytest.raises(ScarFormError, match=r"SCAR!F\d+: formulas are not accepted"),
        world.store.session() as session,
    ):
        preview_response(session, path, today=TODAY)
    fill(path, {}, {("D5", 0): {6: "=not a formula, typed as text"}})
    book = openpyxl.load_workbook(path)
    for row in book["SCAR"].iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("=not"):
                cell.data_type = "s"
    book.save(path)
    before = snapshot(world, issued)
    with world.store.session() as session:
        preview = preview_response(session, path, today=TODAY, expected_capa_id=issued)
    assert snapshot(world, issued) == before
    described = [c.describe() for c in preview.changes]
    assert any("D4 Root cause of occurrence" in d and "No interlock" in d for d in described)
    assert any("D3 action" in d and "Quantity contained" in d and "→ 1500" in d for d in described)
    assert any("new D5 action" in d and "Add interlock" in d for d in described)
    with world.qe() as u:
        apply_response(u, path, expected_capa_id=issued)
        u.commit()
    with world.store.session() as session:
        detail = capa_detail(session, issued, TODAY)
        reasons = set(
            session.scalars(select(TrailEntry.reason).where(TrailEntry.record_id == issued))
        )
    assert detail.steps["d4"]["ishikawa"]["machine"] == ["Worn deburring tool", "No interlock"]
    assert detail.steps["d4"]["occurrence_whys"][2] == "Fixture lets a part bypass station 3"
    assert detail.steps["d7"]["fmea"] == "PFMEA rev. 7: burr failure mode added"
    (containment,) = detail.actions_of("D3")
    assert (containment.quantity, containment.done_on) == (1500, dt.date(2026, 3, 3))
    (permanent,) = detail.actions_of("D5")
    assert (permanent.owner, permanent.due) == ("Piotr", dt.date(2026, 3, 20))
    assert permanent.validation == "=not a formula, typed as text"
    assert "SCAR response from supplier S1 Kowalczyk Sp. z o.o. (file S1 answer.xlsx)" in reasons


def test_a_tampered_issued_part_is_refused_and_nothing_changes(
    world: World, issued: str, tmp_path: Path
) -> None:
    path = export(world, issued, tmp_path / "scar.xlsx")
    fill(path, ANSWERS)
    book = openpyxl.load_workbook(path)
    sheet = book["SCAR"]
    title_cell = next(
        c
        for row in sheet.iter_rows()
        for c in row
        if c.value == "Burrs on flange" and c.column == 2
    )
    title_cell.value = "Cosmetic burrs only"
    book.save(path)
    before = snapshot(world, issued)
    with (
        world.qe() as u,
        pytest.raises(ScarFormError, match="the issued part was changed") as refused,
    ):
        apply_response(u, path)
    assert f"SCAR!{title_cell.coordinate}" in str(refused.value)
    assert "nothing was imported" in str(refused.value)
    assert snapshot(world, issued) == before


def test_a_form_for_another_capa_is_refused(world: World, issued: str, tmp_path: Path) -> None:
    other = world.raise_capa("Label mix-up")
    with world.qe() as u:
        capas.issue_capa(u, other, D)
        u.commit()
    path = export(world, issued, tmp_path / "scar.xlsx")
    fill(path, ANSWERS)
    before = snapshot(world, other)
    with (
        world.qe() as u,
        pytest.raises(ScarFormError, match="belongs to CAPA CAPA-2026-0001, not to CAPA-2026-0002"),
    ):
        apply_response(u, path, expected_capa_id=other)
    # A form whose hidden id was pointed at the other CAPA is refused as well.
    book = openpyxl.load_workbook(path)
    hidden = book["_sqms"]
    for row in hidden.iter_rows():
        if row[0].value == "capa_id":
            row[1].value = other
    book.save(path)
    with world.qe() as u, pytest.raises(ScarFormError, match="hidden reference does not match"):
        apply_response(u, path)
    assert snapshot(world, other) == before


def test_every_problem_is_named_with_its_cell(world: World, issued: str, tmp_path: Path) -> None:
    path = export(world, issued, tmp_path / "scar.xlsx")
    fill(
        path,
        {
            **ANSWERS,
            "d4.occurrence_root_cause": "Operator error",
            "d4.non_detection_whys.1": "Bedienfehler",
        },
        {("D3", 0): {6: "many"}, ("D3", 1): {2: "Block stock"}, ("D5", 1): {5: "soon"}},
    )
    with world.store.session() as session, pytest.raises(ScarFormError) as refused:
        preview_response(session, path, today=TODAY)
    problems = refused.value.problems
    assert any('"operator error" is not accepted as a root cause' in p for p in problems)
    assert any('"bedienfehler" is not accepted' in p for p in problems)
    assert any("'many' is not a whole number" in p for p in problems)
    assert any("a new action needs Owner, Due" in p for p in problems)
    assert any("'soon' is not a date" in p for p in problems)
    assert all(p.startswith("SCAR!") for p in problems)


def test_a_form_goes_out_only_for_an_issued_open_capa(world: World, tmp_path: Path) -> None:
    draft = world.raise_capa()
    with pytest.raises(Exception, match="is draft; a SCAR form goes"):
        export(world, draft, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def _recompute_unkeyed_check(path: Path) -> None:
    """What a supplier could do while the check value had no secret: recompute it from the
    hidden sheet and the cells as they now stand (the old SHA-256 formula)."""
    import hashlib

    from sqms_desktop.canonical import canonical_json
    from sqms_desktop.capa.scar_layout import FORM_VERSION

    book = openpyxl.load_workbook(path)
    sheet, hidden = book["SCAR"], book["_sqms"]
    rows = list(hidden.iter_rows(values_only=True))
    value = {row[0]: row[1] for row in rows if row[0] in ("capa_id", "reference")}
    payload = {
        "form": FORM_VERSION,
        "capa_id": value["capa_id"],
        "reference": value["reference"],
        "issued": [[r[1], str(sheet[r[1]].value or "")] for r in rows if r[0] == "issued"],
        "response": [[r[1], r[2]] for r in rows if r[0] == "response"],
        "actions": [[r[1], r[2], r[3] or ""] for r in rows if r[0] == "action"],
    }
    forged = hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()
    for row in hidden.iter_rows():
        if row[0].value == "checksum":
            row[1].value = forged
    book.save(path)


def test_locked_cells_changed_with_a_recomputed_check_are_each_named(
    world: World, issued: str, tmp_path: Path
) -> None:
    """The check value is keyed with a secret of the issuing store: recomputing it does not
    help, and every changed locked cell is reported."""
    path = export(world, issued, tmp_path / "scar.xlsx")
    fill(path, ANSWERS)
    book = openpyxl.load_workbook(path)
    sheet = book["SCAR"]
    labels = [
        c
        for row in sheet.iter_rows()
        for c in row
        if c.column == 1 and isinstance(c.value, str) and "root cause" in c.value.lower()
    ]
    assert len(labels) >= 2
    for cell in labels[:2]:
        cell.value = "(question removed)"
    book.save(path)
    _recompute_unkeyed_check(path)
    before = snapshot(world, issued)
    with world.qe() as u, pytest.raises(ScarFormError) as refused:
        apply_response(u, path)
    message = str(refused.value)
    for cell in labels[:2]:
        assert f"SCAR!{cell.coordinate}: the issued part was changed" in message
    assert snapshot(world, issued) == before


def test_a_remapped_hidden_map_with_a_recomputed_check_is_refused(
    world: World, issued: str, tmp_path: Path
) -> None:
    """Pointing D4's root cause at an empty cell would wipe it, and the dry run would not
    show where the answer came from."""
    path = export(world, issued, tmp_path / "scar.xlsx")
    fill(path, ANSWERS)
    book = openpyxl.load_workbook(path)
    for row in book["_sqms"].iter_rows():
        if row[0].value == "response" and row[1].value == "d4.occurrence_root_cause":
            row[2].value = "H200"
    book.save(path)
    _recompute_unkeyed_check(path)
    before = snapshot(world, issued)
    with world.qe() as u, pytest.raises(ScarFormError, match="hidden map of response cells"):
        preview_response(u.session, path, today=TODAY)
    assert snapshot(world, issued) == before
