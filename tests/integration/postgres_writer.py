"""The child of test_postgres_store.py's concurrency test: plans audits on a shared store.

It opens the store, prints "ready", waits for a line on standard input (so both children start
writing together), then plans COUNT audits, one committed action each, printing each reference
after its commit. Usage: python postgres_writer.py URL SUPPLIER_ID TEMPLATE_ID LEAD_ID COUNT
"""

from __future__ import annotations

import datetime as dt
import sys

from sqms_desktop.services import audit_plan
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.uow import UnitOfWork, WriteContext


def plan_audits(url: str, supplier_id: str, template_id: str, lead_id: str, count: int) -> None:
    store = open_store(url)
    try:
        print("ready", flush=True)
        sys.stdin.readline()
        for day in range(count):
            plan = audit_plan.AuditPlan(
                supplier_id=supplier_id,
                template_id=template_id,
                lead_auditor_id=lead_id,
                planned_start=dt.date(2026, 3, 2) + dt.timedelta(days=day),
            )
            with UnitOfWork(store, WriteContext(user="lena")) as uow:
                audit = audit_plan.plan_audit(uow, plan)
                uow.commit()
                print(audit.reference, flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    url, supplier, template, lead, count = sys.argv[1:]
    plan_audits(url, supplier, template, lead, int(count))
