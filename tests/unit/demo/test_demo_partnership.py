"""The demo's partnership with its suppliers: agreements with targets, a high risk that raises
one supplier's risk class, development actions, costs against that supplier's own CAPAs, and a
signed supplier review whose signature holds."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sqms_desktop.queries.development import list_development
from sqms_desktop.queries.poor_quality_costs import cost_sums, list_costs
from sqms_desktop.queries.quality_agreements import agreements_in_force
from sqms_desktop.queries.supplier_reviews import list_reviews, review_signatures
from sqms_desktop.queries.supplier_risks import open_risk_classes
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Capa, PoorQualityCost, Supplier
from sqms_desktop.vocab import RiskClass
from tests.support.demo import DEMO_TODAY

pytestmark = pytest.mark.slow


def test_one_supplier_is_raised_to_high_by_an_open_risk(demo: Store) -> None:
    with demo.session() as s:
        classes = open_risk_classes(s)
        own = dict(s.execute(select(Supplier.id, Supplier.risk_class)).all())
    raised = [sid for sid, (cls, why) in classes.items() if why.startswith("raised from")]
    assert len(raised) == 2  # the high risk, and the medium one on a supplier of lower class
    assert any(classes[sid][0] is RiskClass.HIGH and own[sid] != RiskClass.HIGH for sid in raised)


def test_suppliers_have_agreements_in_force_with_targets(demo: Store) -> None:
    with demo.session() as s:
        in_force = agreements_in_force(s, DEMO_TODAY)
    assert len(in_force) == 5
    for agreement in in_force.values():
        assert agreement.ppm_target is not None
        assert agreement.on_time_target_pct is not None
        assert agreement.capa_response_days is not None


def test_costs_are_against_capas_of_the_same_supplier_and_sum_per_period(demo: Store) -> None:
    with demo.session() as s:
        pairs = s.execute(
            select(PoorQualityCost.supplier_id, Capa.supplier_id).join(
                Capa, Capa.id == PoorQualityCost.capa_id
            )
        ).all()
        rows = list_costs(s)
        sums = cost_sums(s)
    assert pairs
    assert all(cost_supplier == capa_supplier for cost_supplier, capa_supplier in pairs)
    assert sum(x.amount_cents for x in sums) == sum(r.amount_cents for r in rows)


def test_the_signed_review_holds_its_signature_and_a_result_was_seen_at_an_audit(
    demo: Store,
) -> None:
    with demo.session() as s:
        reviews = list_reviews(s)
        checks = review_signatures(s, reviews[0].id)
        results = [d for d in list_development(s) if d.result]
    assert [(r.status, len(r.actions)) for r in reviews] == [("signed", 2)]
    assert [c.valid for c in checks] == [True]
    assert reviews[0].scorecard["period"] == reviews[0].period
    assert results
    assert all(r.result_audit_reference.startswith("AUD-") for r in results)
