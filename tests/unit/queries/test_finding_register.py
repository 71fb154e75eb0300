"""The findings register: each filter narrows as a quality engineer expects, the order is newest
audit first, and a window or the whole register costs a fixed number of SELECTs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from sqms_desktop.queries.finding_register import (
    FindingFilter,
    FindingOrder,
    audits_with_findings,
    count_findings,
    finding_ids,
    finding_rows,
    findings_register,
)
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.findings import TODAY, Register, build_register

EVERYTHING = FindingFilter()
NEWEST_FIRST = ["A3-F1", "A2-F2", "A2-F1", "A1-F2", "A1-F1"]


@pytest.fixture
def register(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> Register:
    return build_register(store, context, uow)


def _names(register: Register, wanted: FindingFilter = EVERYTHING, **order: object) -> list[str]:
    with register.store.session() as session:
        return register.names(finding_ids(session, wanted, **order))  # type: ignore[arg-type]


def test_everything_newest_audit_first(register: Register) -> None:
    assert _names(register) == NEWEST_FIRST
    with register.store.session() as session:
        assert count_findings(session) == 5
        assert audits_with_findings(session) == [register.audit_refs[a] for a in ("A3", "A2", "A1")]


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (FindingFilter(supplier_code="S1"), ["A3-F1", "A1-F2", "A1-F1"]),
        (FindingFilter(supplier_code="S2"), ["A2-F2", "A2-F1"]),
        (FindingFilter(classes=frozenset({"major_nc"})), ["A2-F2", "A1-F1"]),
        (FindingFilter(classes=frozenset({"minor_nc", "observation"})), ["A2-F1", "A1-F2"]),
        (FindingFilter(statuses=frozenset({"capa_raised"})), ["A2-F2", "A1-F1"]),
        (FindingFilter(statuses=frozenset({"closed"})), ["A3-F1"]),
        (FindingFilter(open_only=True), ["A2-F2", "A2-F1", "A1-F2", "A1-F1"]),
        (FindingFilter(has_capa=True), ["A2-F2", "A1-F1"]),
        (FindingFilter(has_capa=False), ["A3-F1", "A2-F1", "A1-F2"]),
        (FindingFilter(date_from=dt.date(2026, 2, 1)), ["A3-F1", "A2-F2", "A2-F1"]),
        (FindingFilter(date_to=dt.date(2026, 2, 5)), ["A2-F2", "A2-F1", "A1-F2", "A1-F1"]),
        # A1 was planned for 10 January and ended on the 12th: the end is its date.
        (
            FindingFilter(date_from=dt.date(2026, 1, 11), date_to=dt.date(2026, 1, 12)),
            ["A1-F2", "A1-F1"],
        ),
        (FindingFilter(date_to=dt.date(2026, 1, 11)), []),
        (FindingFilter(supplier_code="S1", has_capa=False, open_only=True), ["A1-F2"]),
        (FindingFilter(supplier_code="NOPE"), []),
    ],
)
def test_each_filter_narrows_as_expected(
    register: Register, wanted: FindingFilter, expected: list[str]
) -> None:
    assert _names(register, wanted) == expected


def test_the_audit_filter_takes_the_audits_reference(register: Register) -> None:
    assert _names(register, FindingFilter(audit_reference=register.audit_refs["A2"])) == [
        "A2-F2",
        "A2-F1",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("calibration", ["A1-F1"]),  # the statement
        ("GAUGES CALIBRATED", ["A1-F1"]),  # the question's text, any case
        ("borealis", ["A2-F2", "A2-F1"]),  # the supplier's name
        ("7.1.5", ["A1-F1"]),  # the requirement
        ("%", ["A2-F2"]),  # a literal per cent sign, not a wildcard
        ("_", ["A2-F2"]),  # likewise the underscore
        ("nothing like this", []),
    ],
)
def test_text_searches_the_findings_words(
    register: Register, text: str, expected: list[str]
) -> None:
    assert _names(register, FindingFilter(text=text)) == expected


def test_text_finds_a_finding_by_its_capa_and_its_reference(register: Register) -> None:
    assert _names(register, FindingFilter(text=register.capa_refs["issued"])) == ["A1-F1"]
    assert _names(register, FindingFilter(text=register.finding_refs["A1-F2"])) == ["A1-F2"]


def test_rows_carry_audit_supplier_question_and_capa(register: Register) -> None:
    with register.store.session() as session:
        rows = {r.id: r for r in findings_register(session, FindingFilter(), TODAY)}
    major = rows[register.finding_ids["A1-F1"]]
    assert (major.audit_reference, major.audit_date) == (
        register.audit_refs["A1"],
        dt.date(2026, 1, 12),
    )
    assert (major.supplier_code, major.supplier_name) == ("S1", "Acme Castings GmbH")
    assert (major.qid, major.question_text) == ("q1", "Are gauges calibrated?")
    assert major.capas == (register.capa_refs["issued"],)
    assert major.capa_ids == (register.capa_ids["issued"],)
    assert major.capa_due == dt.date(2026, 1, 21)  # containment, a day after issue
    assert major.capa_overdue
    draft = rows[register.finding_ids["A2-F2"]]
    assert draft.capas == (register.capa_refs["draft"],)
    assert (draft.capa_due, draft.capa_overdue) == (None, False)  # a draft has no deadline yet
    free = rows[register.finding_ids["A1-F2"]]
    assert (free.qid, free.question_text, free.capas, free.capa_due) == ("", "", (), None)
    assert not rows[register.finding_ids["A3-F1"]].is_open


def test_overdue_is_judged_on_the_day_asked(register: Register) -> None:
    with register.store.session() as session:
        (row,) = finding_rows(session, [register.finding_ids["A1-F1"]], dt.date(2026, 1, 21))
    assert row.capa_due == dt.date(2026, 1, 21)
    assert not row.capa_overdue


@pytest.mark.parametrize(
    ("order", "descending", "expected"),
    [
        (FindingOrder.CLASS, False, ["A1-F1", "A2-F2", "A1-F2", "A2-F1", "A3-F1"]),
        (FindingOrder.SUPPLIER, False, ["A1-F1", "A1-F2", "A3-F1", "A2-F1", "A2-F2"]),
        (FindingOrder.REFERENCE, False, ["A1-F1", "A1-F2", "A2-F1", "A2-F2", "A3-F1"]),
        (FindingOrder.STATUS, False, ["A1-F2", "A2-F1", "A1-F1", "A2-F2", "A3-F1"]),
        # Findings without a value come last either way round.
        (FindingOrder.DUE, False, ["A1-F1", "A1-F2", "A2-F1", "A2-F2", "A3-F1"]),
        (FindingOrder.DUE, True, ["A1-F1", "A3-F1", "A2-F2", "A2-F1", "A1-F2"]),
        (FindingOrder.CAPA, False, ["A1-F1", "A2-F2", "A1-F2", "A2-F1", "A3-F1"]),
        (FindingOrder.QUESTION, False, ["A1-F1", "A2-F1", "A1-F2", "A2-F2", "A3-F1"]),
    ],
)
def test_orders(
    register: Register, order: FindingOrder, descending: bool, expected: list[str]
) -> None:
    assert _names(register, order=order, descending=descending) == expected


def test_a_window_keeps_the_order_given_and_skips_findings_gone(register: Register) -> None:
    ids = [register.finding_ids[n] for n in ("A2-F1", "A1-F1", "A3-F1")]
    with register.store.session() as session:
        rows = finding_rows(session, [ids[0], "no-such-finding", *ids[1:]], TODAY)
        assert [r.id for r in rows] == ids
        whole = findings_register(session, FindingFilter(supplier_code="S1"), TODAY)
        every = finding_ids(session, FindingFilter(supplier_code="S1"))
        assert finding_rows(session, every, TODAY) == whole


@contextmanager
def _counting_selects(store: Store) -> Iterator[list[str]]:
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)


def test_reads_are_set_wise_not_one_per_row(register: Register) -> None:
    """Two SELECTs for a window or the whole register however many rows (no N+1)."""
    with register.store.session() as session:
        ids = finding_ids(session)
        with _counting_selects(register.store) as selects:
            finding_rows(session, ids, TODAY)
        assert len(selects) == 2
        with _counting_selects(register.store) as selects:
            findings_register(session, FindingFilter(text="a"), TODAY, FindingOrder.DUE)
        assert len(selects) == 2
