"""The CAPA register read a window at a time: the ids in order from the store, the rows of a
window the same as the whole register's (and as a CAPA's full record gives them), the page's
filters and filter text meaning in SQL what they mean over rows read."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sqms_desktop.capa.stages import OPEN_STATES
from sqms_desktop.capa.views import CapaFilter, CapaRow, filter_rows, row_of
from sqms_desktop.i18n import speaking
from sqms_desktop.queries.capa_links import findings_of_capas
from sqms_desktop.queries.capas import (
    CapaOrder,
    capa_ids,
    capa_rows,
    count_capas,
    count_overdue_capas,
    list_capas,
)
from sqms_desktop.store.models import Capa, Supplier
from tests.support.demo import DEMO_TODAY

pytestmark = pytest.mark.slow


@pytest.fixture
def every(session: Session) -> list[CapaRow]:
    return list_capas(session, DEMO_TODAY)


def test_the_register_reads_as_each_capas_full_record_gives_it(
    session: Session, every: list[CapaRow]
) -> None:
    """list_capas reads a row's columns only; the rows are those of the whole entity."""
    assert len(every) > 10
    answered = findings_of_capas(session, [row.id for row in every])
    for day in (DEMO_TODAY, DEMO_TODAY + dt.timedelta(days=40)):
        whole = [
            row_of(capa, code, name, day, answered.get(capa.id, ()))
            for capa, code, name in session.execute(
                select(Capa, Supplier.code, Supplier.name)
                .join(Supplier, Supplier.id == Capa.supplier_id)
                .order_by(Capa.reference)
            )
        ]
        assert list_capas(session, day) == whole
    assert any(row.overdue for row in every)
    assert any(row.findings for row in every)


def test_a_window_of_capas_reads_as_the_whole_register(
    session: Session, every: list[CapaRow]
) -> None:
    ids = capa_ids(session, DEMO_TODAY)
    assert ids == [row.id for row in reversed(every)]  # newest reference first
    window = ids[3:8]
    by_id = {row.id: row for row in every}
    assert capa_rows(session, [*window, "gone-since"], DEMO_TODAY) == [by_id[i] for i in window]
    assert count_capas(session) == len(every)
    assert count_overdue_capas(session, DEMO_TODAY) == sum(row.overdue for row in every)


@pytest.mark.parametrize(
    "wanted",
    [
        CapaFilter(overdue_only=True),
        CapaFilter(states=frozenset(s.value for s in OPEN_STATES)),
        CapaFilter(states=frozenset({"closed"})),
        CapaFilter(owner="A"),
        CapaFilter(due_within_days=0),
        CapaFilter(due_within_days=30),
        CapaFilter(overdue_only=True, due_within_days=10, states=frozenset({"issued"})),
    ],
)
def test_the_filters_mean_in_the_store_what_they_mean_over_rows(
    session: Session, every: list[CapaRow], wanted: CapaFilter
) -> None:
    expected = {row.id for row in filter_rows(every, wanted, DEMO_TODAY)}
    assert set(capa_ids(session, DEMO_TODAY, wanted=wanted)) == expected


def test_the_supplier_filter_and_the_filter_text(session: Session, every: list[CapaRow]) -> None:
    code = every[-1].supplier_code
    wanted = CapaFilter(supplier_code=code)
    assert set(capa_ids(session, DEMO_TODAY, wanted=wanted)) == {
        row.id for row in every if row.supplier_code == code
    }
    name = every[0].supplier_name
    assert set(capa_ids(session, DEMO_TODAY, text=name.upper())) >= {
        row.id for row in every if row.supplier_name == name
    }
    overdue = {row.id for row in every if row.overdue}
    assert overdue <= set(capa_ids(session, DEMO_TODAY, text="OVERDU"))
    with speaking("de"):  # the word as the page shows it in German
        assert overdue <= set(capa_ids(session, DEMO_TODAY, text="Überfällig"))
    assert capa_ids(session, DEMO_TODAY, text="%") == []
    issued = next(row for row in every if row.issued_on is not None)
    assert issued.id in capa_ids(session, DEMO_TODAY, text=issued.issued_on.isoformat())


@pytest.mark.parametrize("order", list(CapaOrder))
def test_every_order_lists_every_capa_once_both_ways(session: Session, order: CapaOrder) -> None:
    ascending = capa_ids(session, DEMO_TODAY, order=order, descending=False)
    descending = capa_ids(session, DEMO_TODAY, order=order, descending=True)
    assert len(set(ascending)) == len(ascending) == count_capas(session)
    assert set(descending) == set(ascending)
