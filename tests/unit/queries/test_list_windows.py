"""The audit and supplier lists read a window at a time: the ids in order from the store, the rows
of a window the same as the whole list's, the filter text matched as the columns show it."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from sqms_desktop.queries.audits import AuditOrder, audit_ids, audit_rows, list_audits
from sqms_desktop.queries.suppliers import (
    SupplierOrder,
    list_suppliers,
    supplier_ids,
    supplier_rows,
)
from tests.support.demo import DEMO_TODAY

pytestmark = pytest.mark.slow


def test_a_window_of_audits_reads_as_the_whole_list(session: Session) -> None:
    every = list_audits(session)
    ids = audit_ids(session)
    assert ids == [row.id for row in every]  # newest planned first, the reference breaking ties
    window = ids[7:12]
    assert audit_rows(session, [*window, "gone-since"]) == every[7:12]
    assert audit_rows(session, list(reversed(window))) == list(reversed(every[7:12]))


def test_audits_sort_by_a_column_with_empty_values_last_both_ways(session: Session) -> None:
    by_id = {row.id: row for row in list_audits(session)}
    for descending in (False, True):
        rows = [by_id[i] for i in audit_ids(session, order=AuditOrder.SCORE, descending=descending)]
        scores = [row.score for row in rows if row.score is not None]
        assert scores == sorted(scores, reverse=descending)
        assert [row.score for row in rows[len(scores) :]] == [None] * (len(rows) - len(scores))


def test_the_audit_filter_text_is_plain_text_matched_as_shown(session: Session) -> None:
    every = list_audits(session)
    assert audit_ids(session, text="%") == []
    assert audit_ids(session, text="_") == []  # not "any one character"
    assert audit_ids(session, text="in_progress") == []  # the stored value, not its words
    progressing = {row.id for row in every if row.status == "in_progress"}
    assert set(audit_ids(session, text="In Prog")) == progressing
    one = every[-1]
    named = {row.id for row in every if row.reference == one.reference}
    assert set(audit_ids(session, text=one.reference.lower())) == named
    assert set(audit_ids(session, status="in_progress", text=one.reference)) <= progressing


def test_a_window_of_suppliers_reads_as_the_whole_list(session: Session) -> None:
    every = list_suppliers(session, today=DEMO_TODAY)
    assert supplier_ids(session, today=DEMO_TODAY) == [row.id for row in every]  # by code
    window = [every[5].id, every[2].id, "gone-since"]
    assert supplier_rows(session, window, DEMO_TODAY) == [every[5], every[2]]


def test_suppliers_needing_attention_sort_first(session: Session) -> None:
    by_id = {row.id: row for row in list_suppliers(session, today=DEMO_TODAY)}
    ids = supplier_ids(session, order=SupplierOrder.ATTENTION, today=DEMO_TODAY)
    weights = [
        (by_id[i].overdue_capas + by_id[i].certificates_expired) * 1000
        + by_id[i].certificates_expiring
        for i in ids
    ]
    calm = weights.count(0)
    assert weights[: len(weights) - calm] == sorted(weights[: len(weights) - calm], reverse=True)
    assert weights[len(weights) - calm :] == [0] * calm  # nothing to see: last


def test_the_supplier_filter_text_matches_code_name_country_town_and_words(
    session: Session,
) -> None:
    every = list_suppliers(session, today=DEMO_TODAY)
    assert supplier_ids(session, text="%", today=DEMO_TODAY) == []
    first = every[0]
    assert first.id in supplier_ids(session, text=first.city.upper(), today=DEMO_TODAY)
    # SQLite folds ASCII letters only: a name that starts with another capital is still found
    turkish = next(row for row in every if row.name.startswith("Çelik"))
    assert turkish.id in supplier_ids(session, text="çelik dö", today=DEMO_TODAY)
    assert first.id in supplier_ids(session, text=first.code.lower(), today=DEMO_TODAY)
    probation = [row.id for row in every if row.status == "probation"]
    assert supplier_ids(session, text="probation", today=DEMO_TODAY) == probation
