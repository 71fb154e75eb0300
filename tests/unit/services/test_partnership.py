"""The partnership records through the real services: the risk register, quality agreements,
the development plan, costs of poor quality (with their sums) and their refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.queries.development import list_development
from sqms_desktop.queries.poor_quality_costs import cost_sums, list_costs, period_totals
from sqms_desktop.queries.quality_agreements import agreements_in_force, current_agreement
from sqms_desktop.queries.supplier_risks import list_risks, open_risk_classes
from sqms_desktop.services.certificate_scans import CertificateScan
from sqms_desktop.services.development import (
    DevelopmentChanges,
    DevelopmentInput,
    add_development_action,
    record_result,
    update_development_action,
)
from sqms_desktop.services.identity import PermissionDenied
from sqms_desktop.services.poor_quality_costs import CostInput, cents_of, record_cost
from sqms_desktop.services.quality_agreements import AgreementInput, record_agreement
from sqms_desktop.services.supplier_risks import (
    RiskChanges,
    RiskInput,
    add_risk,
    close_risk,
    edit_risk,
)
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Attachment
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import RiskClass
from tests.support.documents import pdf
from tests.support.partnership import Partners, build_partners
from tests.support.store import acting

PDF = pdf()


@pytest.fixture
def p(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> Partners:
    return build_partners(store, context, uow)


# -- risk register --------------------------------------------------------------------------


def test_an_open_high_risk_raises_the_suppliers_class_and_closing_it_lowers_it(
    p: Partners, store: Store
) -> None:
    supplier = p.world.supplier  # created with the default class, medium
    risk = p.run(
        add_risk,
        supplier,
        RiskInput("single_source", "Sole foundry", 3, 5, audit_id=p.world.audit, capa_id=p.capa),
    )
    with store.session() as s:
        classes = open_risk_classes(s)
        rows = list_risks(s, supplier)
    assert classes[supplier][0] is RiskClass.HIGH
    assert "likelihood 3 × impact 5 = 15" in classes[supplier][1]
    assert classes[p.world.other_supplier][0] is RiskClass.MEDIUM  # no risks: its own
    assert (rows[0].score, rows[0].risk_class, rows[0].capa_reference != "") == (15, "high", True)
    p.run(close_risk, risk.id, reason="Second foundry qualified")
    with store.session() as s:
        assert open_risk_classes(s)[supplier][0] is RiskClass.MEDIUM
        assert list_risks(s, supplier)[0].status == "closed"


def test_a_risk_linked_to_another_suppliers_audit_or_capa_is_refused(p: Partners) -> None:
    with pytest.raises(ValidationError, match="is not an audit of S2"):
        p.run(
            add_risk,
            p.world.other_supplier,
            RiskInput("capacity", "Full", 2, 2, audit_id=p.world.audit),
        )
    with pytest.raises(ValidationError, match="is not a CAPA of S2"):
        p.run(add_risk, p.world.other_supplier, RiskInput("capacity", "Full", 2, 2, capa_id=p.capa))


def test_risk_ratings_off_the_scale_and_unknown_categories_are_refused(p: Partners) -> None:
    with pytest.raises(ValidationError, match="likelihood must be a whole number from 1 to 5"):
        p.run(add_risk, p.world.supplier, RiskInput("capacity", "Full", 6, 2))
    with pytest.raises(ValidationError, match="risk category must be one of"):
        p.run(add_risk, p.world.supplier, RiskInput("weather", "Storms", 2, 2))


def test_editing_a_risk_changes_its_score_and_a_closed_risk_cannot_be_edited(
    p: Partners, store: Store
) -> None:
    risk = p.run(add_risk, p.world.supplier, RiskInput("financial", "Late payments", 2, 2))
    assert p.run(edit_risk, risk.id, RiskChanges(likelihood=4)) == ["likelihood"]
    with store.session() as s:
        assert list_risks(s, p.world.supplier)[0].score == 8
    with pytest.raises(ValidationError, match="closing a risk needs a reason"):
        p.run(close_risk, risk.id, reason=" ")
    p.run(close_risk, risk.id, reason="Paid up")
    with pytest.raises(StateError, match="closed"):
        p.run(edit_risk, risk.id, RiskChanges(impact=1))


def test_an_auditor_cannot_add_a_risk(
    p: Partners, store: Store, uow: Callable[..., UnitOfWork]
) -> None:
    from sqms_desktop.services.users import create_user

    with uow() as u:
        create_user(u, "omar", "Omar", "auditor", "auditor-pw-123")
        u.commit()
    with acting(store, "omar") as u, pytest.raises(PermissionDenied):
        add_risk(u, p.world.supplier, RiskInput("capacity", "Full", 2, 2))


# -- quality agreements ---------------------------------------------------------------------

D0 = dt.date(2026, 1, 1)


def _agreement(
    start: dt.date, end: dt.date, ref: str = "QA-1", **targets: object
) -> AgreementInput:
    return AgreementInput(ref, start, end, **targets)  # type: ignore[arg-type]


def test_an_agreement_with_its_signed_document_is_in_force_within_its_validity(
    p: Partners, store: Store
) -> None:
    document = CertificateScan(PDF, "qa-signed.pdf")
    agreement = p.run(
        record_agreement,
        p.world.supplier,
        _agreement(D0, dt.date(2026, 12, 31), ppm_target=500, on_time_target_pct=95.0),
        document=document,
    )
    with store.session() as s:
        found = current_agreement(s, p.world.supplier, dt.date(2026, 6, 30))
        assert found is not None
        assert found.id == agreement.id
        assert (found.ppm_target, found.on_time_target_pct) == (500, 95.0)
        assert found.document_name == "qa-signed.pdf"
        assert s.get_one(Attachment, agreement.attachment_id).media_type == "application/pdf"
        assert current_agreement(s, p.world.supplier, dt.date(2027, 1, 1)) is None
        assert set(agreements_in_force(s, dt.date(2026, 6, 30))) == {p.world.supplier}


def test_overlapping_agreements_of_one_supplier_are_refused_but_adjacent_ones_are_not(
    p: Partners,
) -> None:
    p.run(record_agreement, p.world.supplier, _agreement(D0, dt.date(2026, 12, 31)))
    with pytest.raises(ValidationError, match="overlaps agreement QA-1 of S1"):
        # the new one starts on the old one's last day
        p.run(
            record_agreement,
            p.world.supplier,
            _agreement(dt.date(2026, 12, 31), dt.date(2027, 12, 31), "QA-2"),
        )
    p.run(
        record_agreement,
        p.world.supplier,
        _agreement(dt.date(2027, 1, 1), dt.date(2027, 12, 31), "QA-2"),
    )
    # another supplier's agreement may cover the same days
    p.run(record_agreement, p.world.other_supplier, _agreement(D0, dt.date(2026, 12, 31)))


@pytest.mark.parametrize(
    ("targets", "message"),
    [
        ({"ppm_target": -1}, "PPM target must be from 0"),
        ({"on_time_target_pct": 100.5}, "on-time delivery target must be from 0 to 100"),
        ({"capa_response_days": 0}, "CAPA response days must be from 1"),
    ],
)
def test_targets_out_of_range_are_refused(
    p: Partners, targets: dict[str, Any], message: str
) -> None:
    agreement = dataclasses.replace(_agreement(D0, dt.date(2026, 6, 30)), **targets)
    with pytest.raises(ValidationError, match=message):
        p.run(record_agreement, p.world.supplier, agreement)


def test_an_agreement_ending_before_it_starts_is_refused(p: Partners) -> None:
    with pytest.raises(ValidationError, match="before valid from"):
        p.run(record_agreement, p.world.supplier, _agreement(D0, dt.date(2025, 12, 31)))


# -- development plan -----------------------------------------------------------------------


def test_a_development_result_is_recorded_with_a_held_audit_of_the_same_supplier(
    p: Partners, store: Store
) -> None:
    action = p.run(
        add_development_action,
        p.world.supplier,
        DevelopmentInput("training", "SPC training", "Jana", dt.date(2026, 5, 1)),
    )
    with pytest.raises(StateError, match="taken place"):
        p.run(record_result, action.id, p.planned_audit, "Charts in use")
    other = build_other_audit(p)
    with pytest.raises(ValidationError, match="is not an audit of S1"):
        p.run(record_result, action.id, other, "Charts in use")
    p.run(update_development_action, action.id, DevelopmentChanges(status="done"))
    p.run(record_result, action.id, p.world.audit, "Control charts kept at every press")
    with store.session() as s:
        row = list_development(s, p.world.supplier)[0]
    assert (row.status, row.result) == ("done", "Control charts kept at every press")
    assert row.result_audit_reference.startswith("AUD-")


def build_other_audit(p: Partners) -> str:
    """S2's completed audit (the CAPA world keeps only its finding)."""
    from sqlalchemy import select

    from sqms_desktop.store.models import Audit

    with p.qe() as u:
        return u.session.scalars(
            select(Audit.id).where(Audit.supplier_id == p.world.other_supplier)
        ).one()


def test_a_development_action_of_an_unknown_kind_is_refused(p: Partners) -> None:
    with pytest.raises(ValidationError, match="development kind must be one of"):
        p.run(
            add_development_action,
            p.world.supplier,
            DevelopmentInput("coaching", "x", "Jana", dt.date(2026, 5, 1)),
        )


# -- cost of poor quality -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "cents"), [("1250", 125000), ("1250.5", 125050), ("0.01", 1), (" 99.99 ", 9999)]
)
def test_amounts_are_stored_as_exact_cents(typed: str, cents: int) -> None:
    assert cents_of(typed) == cents


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("12.345", "more than two decimals"),
        ("-5", "more than zero"),
        ("0", "more than zero"),
        ("1 234,50", "must be a number"),
        ("NaN", "more than zero"),
    ],
)
def test_amounts_that_are_not_plain_positive_decimals_are_refused(typed: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        cents_of(typed)


def test_costs_sum_per_supplier_period_category_and_currency(p: Partners, store: Store) -> None:
    s1, s2 = p.world.supplier, p.world.other_supplier
    for supplier, category, day, amount, currency, capa, delivery in (
        (s1, "sorting", dt.date(2026, 3, 2), "100.50", "EUR", p.capa, None),
        (s1, "sorting", dt.date(2026, 3, 31), "49.50", "EUR", None, p.delivery),
        (s1, "scrap", dt.date(2026, 3, 15), "300", "EUR", None, None),
        (s1, "scrap", dt.date(2026, 3, 15), "10", "usd", None, None),
        (s1, "rework", dt.date(2026, 4, 1), "75.25", "EUR", None, None),
        (s2, "line_stoppage", dt.date(2026, 3, 9), "5000", "EUR", p.other_capa, None),
    ):
        p.run(
            record_cost,
            supplier,
            CostInput(category, day, amount, currency, capa_id=capa, delivery_id=delivery),
        )
    with store.session() as s:
        totals = period_totals(s, ["2026-03", "2026-04"])
        by_category = cost_sums(s, ["2026-03"], supplier_id=s1, by_category=True)
        rows = list_costs(s, s1, periods=["2026-03"])
    # 100.50 + 49.50 + 300 = 450.00 EUR in March; USD apart; April 75.25
    assert totals[(s1, "2026-03")] == {"EUR": 45000, "USD": 1000}
    assert totals[(s1, "2026-04")] == {"EUR": 7525}
    assert totals[(s2, "2026-03")] == {"EUR": 500000}
    assert [(c.category, c.currency, c.amount_cents, c.count) for c in by_category] == [
        ("scrap", "EUR", 30000, 1),
        ("scrap", "USD", 1000, 1),
        ("sorting", "EUR", 15000, 2),
    ]
    assert {r.capa_reference != "" for r in rows} == {True, False}
    assert "D-1" in {r.delivery_no for r in rows}


def test_a_cost_against_another_suppliers_capa_or_delivery_is_refused(p: Partners) -> None:
    cost = CostInput("scrap", dt.date(2026, 3, 1), "10", "EUR", capa_id=p.other_capa)
    with pytest.raises(ValidationError, match="is not a CAPA of S1"):
        p.run(record_cost, p.world.supplier, cost)
    cost = CostInput("scrap", dt.date(2026, 3, 1), "10", "EUR", delivery_id=p.other_delivery)
    with pytest.raises(ValidationError, match="D-2 is not a delivery of S1"):
        p.run(record_cost, p.world.supplier, cost)
    with pytest.raises(ValidationError, match="ISO 4217"):
        p.run(record_cost, p.world.supplier, CostInput("scrap", dt.date(2026, 3, 1), "1", "EURO"))


def test_a_cost_corrected_moves_to_its_new_period(p: Partners, store: Store) -> None:
    from sqms_desktop.services.poor_quality_costs import edit_cost

    cost = p.run(
        record_cost, p.world.supplier, CostInput("scrap", dt.date(2026, 3, 31), "10", "EUR")
    )
    changed = p.run(
        edit_cost, cost.id, CostInput("scrap", dt.date(2026, 4, 1), "12.50", "EUR"), reason="typo"
    )
    assert changed == ["incurred_on", "period", "amount_cents"]
    with store.session() as s:
        assert period_totals(s, ["2026-03", "2026-04"]) == {
            (p.world.supplier, "2026-04"): {"EUR": 1250}
        }
