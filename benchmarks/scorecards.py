"""How long the scorecards of 2,000 suppliers take to read (`queries.scorecards.scorecards`).

Only the read is measured, so the data are inserted straight into the tables of a fresh store
(no change log, no trail: making 100,000 trailed records would take far longer than the read
and measures something else). Per supplier: six months of four deliveries each (one of them
late), two audits, two CAPAs with their acceptances, a certificate and an agreement.
Baselines in the same run: the Suppliers page's list of the same suppliers
(`queries.suppliers.list_suppliers`), and `queries.kpis.delivery_figures` alone (the monthly
figures summed in Python from every delivery row).

    .venv/bin/python benchmarks/scorecards.py [--suppliers N] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import insert  # noqa: E402

from sqms_desktop.performance.kpi import periods_ending  # noqa: E402
from sqms_desktop.queries.kpis import delivery_figures  # noqa: E402
from sqms_desktop.queries.scorecards import scorecards  # noqa: E402
from sqms_desktop.queries.suppliers import list_suppliers  # noqa: E402
from sqms_desktop.store.engine import Store, open_store  # noqa: E402
from sqms_desktop.store.models import (  # noqa: E402
    Audit,
    Capa,
    CapaReview,
    Certificate,
    ChecklistTemplate,
    Delivery,
    QualityAgreement,
    Supplier,
    User,
)

PERIOD = "2026-11"
TODAY = dt.date(2026, 12, 3)


def _id() -> str:
    return str(uuid.uuid4())


def fill(store: Store, suppliers: int) -> None:
    periods = periods_ending(PERIOD, 6)
    rows: dict[type, list[dict[str, object]]] = {
        m: [] for m in (Supplier, Delivery, Audit, Capa, CapaReview, Certificate, QualityAgreement)
    }
    user, template = _id(), _id()
    for n in range(suppliers):
        sid = _id()
        rows[Supplier].append(
            {
                "id": sid,
                "code": f"S{n:05d}",
                "name": f"Supplier {n}",
                "status": "approved",
                "country": "DE",
                "approval_scope": "",
                "new_business_hold": False,
                "risk_class": "medium",
                "commodities": [],
            }
        )
        for period in periods:
            y, m = int(period[:4]), int(period[5:7])
            for k in range(4):
                rows[Delivery].append(
                    {
                        "id": _id(),
                        "supplier_id": sid,
                        "delivery_no": f"{period}-{k}",
                        "due_date": dt.date(y, m, 10),
                        "received_date": dt.date(y, m, 10 + 5 * (k == 3)),
                        "period": period,
                        "received_qty": 1000,
                        "rejected_qty": n % 3,
                        "complaint": False,
                        "premium_freight_cents": 0,
                    }
                )
        for k, ended in enumerate((dt.date(2025, 9, 1), dt.date(2026, 7, 1))):
            rows[Audit].append(
                {
                    "id": _id(),
                    "reference": f"A{n:05d}-{k}",
                    "supplier_id": sid,
                    "template_id": template,
                    "type": "process",
                    "objectives": "",
                    "scope": "",
                    "criteria": "",
                    "planned_start": ended,
                    "planned_end": ended,
                    "actual_end": ended,
                    "lead_auditor_id": user,
                    "team": [],
                    "auditee_participants": "",
                    "status": "completed",
                    "score": 70.0 + n % 30,
                    "conclusions": "",
                }
            )
        for k in range(2):
            cid, issued = _id(), dt.date(2026, 4 + 3 * k, 1)
            rows[Capa].append(
                {
                    "id": cid,
                    "reference": f"C{n:05d}-{k}",
                    "supplier_id": sid,
                    "type": "corrective",
                    "is_scar": True,
                    "title": "t",
                    "problem_description": "",
                    "owner": "q",
                    "state": "root_cause",
                    "safety_critical": False,
                    "issued_on": issued,
                    "containment_due": issued + dt.timedelta(days=1),
                    "root_cause_due": issued + dt.timedelta(days=7),
                    "corrective_action_due": issued + dt.timedelta(days=14),
                    "cancel_reason": "",
                }
            )
            for stage, days in (("containment", 1), ("root_cause", 9)):
                rows[CapaReview].append(
                    {
                        "id": _id(),
                        "capa_id": cid,
                        "stage": stage,
                        "decision": "accepted",
                        "decided_on": issued + dt.timedelta(days=days),
                        "decided_by": "q",
                        "reason": "",
                    }
                )
        rows[Certificate].append(
            {
                "id": _id(),
                "supplier_id": sid,
                "standard": "ISO 9001",
                "number": f"N{n}",
                "issuer": "",
                "valid_from": dt.date(2024, 1, 1),
                "valid_until": dt.date(2026, 6, 30) if n % 10 == 0 else dt.date(2027, 12, 31),
            }
        )
        rows[QualityAgreement].append(
            {
                "id": _id(),
                "supplier_id": sid,
                "reference": f"QA{n}",
                "ppm_target": 200,
                "on_time_target_pct": 95.0,
                "capa_response_days": 2,
                "valid_from": dt.date(2025, 1, 1),
                "valid_until": dt.date(2027, 12, 31),
                "note": "",
            }
        )
    with store.engine.begin() as conn:
        conn.execute(
            insert(User),
            [
                {
                    "id": user,
                    "username": "b",
                    "full_name": "B",
                    "role": "admin",
                    "active": True,
                    "public_key": "",
                }
            ],
        )
        conn.execute(
            insert(ChecklistTemplate),
            [
                {
                    "id": template,
                    "key": "k",
                    "version": 1,
                    "title": "t",
                    "scheme": "weighted",
                    "language": "en",
                    "na_policy": "exclude",
                    "status": "released",
                }
            ],
        )
        for model, values in rows.items():
            conn.execute(insert(model), values)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--suppliers", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures to this file (suite.py)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(f"sqlite:///{Path(folder) / 'bench.sqlite'}")
        fill(store, args.suppliers)
        ours, listing, figures = [], [], []
        for _ in range(args.runs):
            with store.session() as session:
                start = time.perf_counter()
                cards = scorecards(session, PERIOD, today=TODAY)
                ours.append(time.perf_counter() - start)
            with store.session() as session:
                start = time.perf_counter()
                list_suppliers(session, today=TODAY)
                listing.append(time.perf_counter() - start)
            with store.session() as session:
                start = time.perf_counter()
                delivery_figures(session, periods_ending(PERIOD, 6))
                figures.append(time.perf_counter() - start)
        store.close()
    scored = sum(1 for c in cards if c.score is not None)
    print(
        f"{len(cards)} scorecards ({scored} scored, "
        f"{sum(len(c.proposals) for c in cards)} proposals)"
    )
    print(
        f"scorecards median {statistics.median(ours):.3f} s "
        f"(runs {min(ours):.3f}–{max(ours):.3f}); list_suppliers median "
        f"{statistics.median(listing):.3f} s; delivery_figures median "
        f"{statistics.median(figures):.3f} s"
    )
    if args.json:
        found = {
            "suppliers": len(cards),
            "runs": args.runs,
            "scorecards_seconds": ours,
            "list_suppliers_seconds": listing,
            "delivery_figures_seconds": figures,
            "scorecards_median": statistics.median(ours),
            "list_suppliers_median": statistics.median(listing),
            "delivery_figures_median": statistics.median(figures),
        }
        args.json.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
