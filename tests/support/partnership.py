"""A store for the partnership tests: the CAPA world (two suppliers, each with a completed
audit; the lead auditor lena and the quality engineer quinn) plus a planned audit of S1, one
CAPA of each supplier and a delivery of each, all written through the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqms_desktop.services import audits
from sqms_desktop.services.capas import CapaInput, raise_capa
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Delivery
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.capa_world import LEAD_PASSWORD, World, build_world

__all__ = ["LEAD_PASSWORD", "Partners", "build_partners"]

T = TypeVar("T")


@dataclass
class Partners:
    world: World
    planned_audit: str = ""
    capa: str = ""
    other_capa: str = ""
    delivery: str = ""
    other_delivery: str = ""

    def qe(self) -> UnitOfWork:
        return self.world.qe()

    def run(self, service: Callable[..., T], *args: object, **kwargs: object) -> T:
        """One action of the quality engineer, committed."""
        with self.qe() as u:
            result = service(u, *args, **kwargs)
            u.commit()
            return result


def build_partners(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> Partners:
    world = build_world(store, context, uow)
    partners = Partners(world)
    with uow() as u:
        partners.planned_audit = audits.plan_audit(
            u,
            audits.AuditPlan(
                supplier_id=world.supplier,
                template_id=world.template,
                lead_auditor_id=world.lead,
                planned_start=dt.date(2026, 9, 1),
            ),
        ).id
        u.commit()
    with world.qe() as u:
        for supplier, name in ((world.supplier, "capa"), (world.other_supplier, "other_capa")):
            capa = raise_capa(u, CapaInput(supplier_id=supplier, title="Burrs", owner="Jana"))
            setattr(partners, name, capa.id)
        for supplier, name, number in (
            (world.supplier, "delivery", "D-1"),
            (world.other_supplier, "other_delivery", "D-2"),
        ):
            delivery = u.add(
                Delivery(
                    supplier_id=supplier,
                    delivery_no=number,
                    due_date=dt.date(2026, 3, 10),
                    received_date=dt.date(2026, 3, 11),
                    period="2026-03",
                    received_qty=1000,
                    rejected_qty=20,
                    complaint=False,
                    premium_freight_cents=0,
                )
            )
            setattr(partners, name, delivery.id)
        u.commit()
    return partners
