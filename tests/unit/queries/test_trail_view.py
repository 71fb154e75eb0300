"""The trail as people read it: filters, decoded values, and the xlsx register."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from sqms_desktop.errors import StoreError
from sqms_desktop.queries.trail import (
    TrailFilter,
    TrailRow,
    display_value,
    list_trail,
    local_time_text,
    trail_users,
)
from sqms_desktop.reports.trail_register import HEADERS, export_trail_xlsx
from sqms_desktop.services.suppliers import SupplierInput, create_supplier, set_supplier_status
from sqms_desktop.services.users import create_user
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.store import StepClock, counting_ids

TZ = dt.timezone(dt.timedelta(hours=1))
INJECTION = '=HYPERLINK("http://evil.example","click")'


def _fill(store: Store, uow: Callable[[], UnitOfWork]) -> dict[str, str]:
    """Anna creates two suppliers on 2 March; Ben, a quality engineer, changes one's status on
    4 March (twice)."""
    with uow() as u:
        create_user(u, "ben", "Ben Quality", "quality_engineer")
        acme = create_supplier(u, SupplierInput(code="ACME", name="Acme <Castings>", country="DE"))
        other = create_supplier(u, SupplierInput(code="BORE", name="Borealis", country="SE"))
        u.commit()
    ben = WriteContext(
        user="ben",
        clock=StepClock(dt.datetime(2026, 3, 4, 23, 30, tzinfo=TZ)),  # 22:30 UTC
        new_id=counting_ids(2),
    )
    with UnitOfWork(store, ben) as u:
        set_supplier_status(u, acme.id, "approved", reason=INJECTION)
        u.commit()
    with UnitOfWork(store, ben) as u:
        set_supplier_status(u, acme.id, "probation", reason="+1 late deliveries")
        u.commit()
    return {"acme": acme.id, "other": other.id}


EVERYTHING = TrailFilter()


def _rows(store: Store, trail_filter: TrailFilter = EVERYTHING, **kw: int) -> list[TrailRow]:
    with store.session() as session:
        return list_trail(session, trail_filter, **kw)


@pytest.fixture
def ids(store: Store, uow: Callable[[], UnitOfWork]) -> dict[str, str]:
    return _fill(store, uow)


def test_everything_newest_first(store: Store, ids: dict[str, str]) -> None:
    rows = _rows(store)
    seqs = [row.seq for row in rows]
    assert seqs == sorted(seqs, reverse=True)
    assert seqs[-1] == 1
    assert [row.seq for row in _rows(store, limit=3)] == seqs[:3]


def test_old_new_and_reason_are_decoded(store: Store, ids: dict[str, str]) -> None:
    newest = _rows(store)[0]
    assert (newest.user, newest.entity, newest.record_id) == ("ben", "supplier", ids["acme"])
    assert (newest.field, newest.old_value, newest.new_value) == ("status", "approved", "probation")
    assert newest.reason == "+1 late deliveries"
    assert newest.id == str(newest.seq)
    assert newest.at_utc.tzinfo is dt.UTC
    assert newest.utc_offset_minutes == 60
    assert newest.local_time.endswith(" +01:00")
    assert newest.local_time.startswith("2026-03-04 23:30")
    created = _rows(store, TrailFilter(record_id=ids["acme"], text="Castings"))
    assert [(r.field, r.action, r.old_value) for r in created] == [(None, "create", None)]
    assert '"name":"Acme <Castings>"' in (created[0].new_value or "")


def test_values_that_are_not_text_show_as_json() -> None:
    assert display_value(None) is None
    assert display_value('"plain"') == "plain"
    assert display_value('["castings","machining"]') == '["castings","machining"]'
    assert display_value("12.5") == "12.5"
    assert display_value("null") == "null"
    assert display_value("not json") == "not json"


def test_local_time_text_has_the_offset() -> None:
    at = dt.datetime(2026, 3, 2, 9, 0, 5, tzinfo=dt.UTC)
    assert local_time_text(at, 60) == "2026-03-02 10:00:05 +01:00"
    assert local_time_text(at, -330) == "2026-03-02 03:30:05 -05:30"


def test_filter_by_record(store: Store, ids: dict[str, str]) -> None:
    rows = _rows(store, TrailFilter(record_id=ids["other"]))
    assert rows
    assert {r.record_id for r in rows} == {ids["other"]}
    assert len(rows) < len(_rows(store))
    assert _rows(store, TrailFilter(record_id=f"  {ids['other']} ")) == rows
    assert _rows(store, TrailFilter(record_id=ids["other"], entity="audit")) == []
    assert _rows(store, TrailFilter(record_id=ids["other"], entity="supplier")) == rows


def test_filter_by_user(store: Store, ids: dict[str, str]) -> None:
    rows = _rows(store, TrailFilter(user="ben"))
    assert [r.new_value for r in rows] == ["probation", "approved"]
    assert all(r.user == "anna" for r in _rows(store, TrailFilter(user="anna")))
    with store.session() as session:
        assert trail_users(session) == ["anna", "ben"]


def test_filter_by_utc_days(store: Store, ids: dict[str, str]) -> None:
    everything = _rows(store)
    march_2 = _rows(store, TrailFilter(date_from=dt.date(2026, 3, 2), date_to=dt.date(2026, 3, 2)))
    assert march_2
    assert {r.user for r in march_2} == {"anna"}
    # Ben wrote at 23:30 local time on 4 March, which is still 4 March in UTC (22:30).
    march_4 = _rows(store, TrailFilter(date_from=dt.date(2026, 3, 4)))
    assert {r.user for r in march_4} == {"ben"}
    assert _rows(store, TrailFilter(date_to=dt.date(2026, 3, 3))) == march_2
    assert len(march_2) + len(march_4) == len(everything)
    assert _rows(store, TrailFilter(date_from=dt.date(2026, 3, 5))) == []


def test_filter_by_text_in_fields_values_and_reason(store: Store, ids: dict[str, str]) -> None:
    by_reason = _rows(store, TrailFilter(text="LATE deliv"))
    assert [r.reason for r in by_reason] == ["+1 late deliveries"]
    by_value = _rows(store, TrailFilter(text="probation"))
    assert [r.new_value for r in by_value] == ["probation"]
    by_field = _rows(store, TrailFilter(text="STATUS"))  # the field; and in created records
    assert {r.field for r in by_field} == {"status", None}
    assert len(_rows(store, TrailFilter(text='"country":"SE"'))) == 1
    assert _rows(store, TrailFilter(text="100%")) == []  # % is text, not a wildcard
    assert _rows(store, TrailFilter(text="a_p")) == []  # _ too ("app" would match a_p)


def test_export_reads_back_the_same_rows(store: Store, ids: dict[str, str], tmp_path: Path) -> None:
    rows = _rows(store)
    path = export_trail_xlsx(rows, tmp_path / "out" / "trail.xlsx", title="Audit trail")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Trail"]
    assert workbook.properties.title == "Audit trail"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:N{len(rows) + 1}"
    assert [c.value for c in sheet[1]] == [name for name, _ in HEADERS]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.column_dimensions["H"].width >= 36  # a record id fits
    body = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(body) == len(rows)
    for row, values in zip(rows, body, strict=True):
        assert values[0] == row.seq
        assert values[1] == row.at_utc.replace(tzinfo=None)
        assert isinstance(values[1], dt.datetime)
        assert values[2] == "+01:00"
        assert values[3] == row.local_time
        assert values[4:10] == (
            row.user,
            row.replica_id,
            row.entity,
            row.record_id,
            row.field,
            row.action,
        )
        assert values[10:] == (row.old_value, row.new_value, row.reason or None, row.hash)
    assert sheet["B2"].number_format == "yyyy-mm-dd hh:mm:ss"


def test_export_writes_no_formulas(store: Store, ids: dict[str, str], tmp_path: Path) -> None:
    rows = _rows(store, TrailFilter(user="ben"))
    path = export_trail_xlsx(rows, tmp_path / "trail.xlsx", title="Ben's changes")
    sheet = openpyxl.load_workbook(path)["Trail"]
    cells = [cell for line in sheet.iter_rows() for cell in line]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    reasons = [sheet.cell(row=r, column=13).value for r in (2, 3)]
    assert reasons == ["+1 late deliveries", INJECTION]


def test_export_to_a_folder_that_cannot_be_made_names_the_path(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    target = blocker / "trail.xlsx"
    with pytest.raises(StoreError, match="a-file"):
        export_trail_xlsx([], target, title="t")
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    with pytest.raises(StoreError, match=r"folder\.xlsx"):
        export_trail_xlsx([], folder, title="t")  # the target is a folder: save itself fails
