"""The child of test_kill_resilience.py: a random sequence of service writes until it is killed.

The writes are the ones a team makes in a day, through the services as the demo makes them:
suppliers, audits, answers, findings with a photo, CAPAs and their 8D steps. Each is one
action, committed on its own, and its line is printed (flushed) only after the commit: every
complete line the parent reads names a write that must survive the kill. The sequence is
decided by SEED and ROUND alone, so a failing run can be replayed.

Usage: python kill_child.py DB SEED ROUND
Lines: `<kind> <id> [<detail>...]`, e.g. `answer AUDIT_ID QUESTION_ID VALUE STEP`.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable

from sqlalchemy import select

from sqms_desktop.services import audits, capa_8d, capas, evidence, suppliers
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.models import Audit, Capa, Question, Supplier, User
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import AuditStatus
from tests.support.photos import jpeg

LEAD = "lena"  # lead auditor: audits, answers, findings, photos
QE = "quinn"  # quality engineer: suppliers, CAPAs
VALUES = ("0", "1", "2", "3")
DAY = dt.date(2026, 3, 2)


class Writer:
    """The writes, each in its own unit of work, printed after its commit."""

    def __init__(self, store: Store, rng: random.Random, round_: int) -> None:
        self.store = store
        self.rng = rng
        self.round = round_
        self.step = 0
        with store.session() as session:
            self.template = session.scalars(select(Question.template_id)).first()
            self.questions = list(session.scalars(select(Question.id).order_by(Question.id)))
            self.suppliers = list(session.scalars(select(Supplier.id).order_by(Supplier.id)))
            self.audits = list(
                session.scalars(
                    select(Audit.id)
                    .where(Audit.status == AuditStatus.IN_PROGRESS)
                    .order_by(Audit.id)
                )
            )
            self.capas = list(session.scalars(select(Capa.id).order_by(Capa.id)))
            self.lead = session.scalars(select(User.id).where(User.username == LEAD)).one()

    def _write(self, user: str, action: Callable[[UnitOfWork], str]) -> None:
        with UnitOfWork(self.store, WriteContext(user=user)) as uow:
            line = action(uow)
            uow.commit()
        print(line, flush=True)

    def supplier(self) -> None:
        code = f"K{self.round}-{self.step}"

        def add(uow: UnitOfWork) -> str:
            made = suppliers.create_supplier(uow, suppliers.SupplierInput(code=code, name=code))
            self.suppliers.append(made.id)
            return f"supplier {made.id}"

        self._write(QE, add)

    def audit(self) -> None:
        def start(uow: UnitOfWork) -> str:
            plan = audits.AuditPlan(
                supplier_id=self.rng.choice(self.suppliers),
                template_id=str(self.template),
                lead_auditor_id=self.lead,
                planned_start=DAY,
            )
            made = audits.plan_audit(uow, plan)
            audits.start_audit(uow, made.id, DAY)
            self.audits.append(made.id)
            return f"audit {made.id}"

        self._write(LEAD, start)

    def answer(self) -> None:
        audit_id, question_id = self.rng.choice(self.audits), self.rng.choice(self.questions)
        value = self.rng.choice(VALUES)

        def record(uow: UnitOfWork) -> str:
            note = f"round {self.round} step {self.step}"
            audits.record_answer(uow, audit_id, question_id, value, note=note)
            return f"answer {audit_id} {question_id} {value} {self.round} {self.step}"

        self._write(LEAD, record)

    def finding(self) -> None:
        audit_id = self.rng.choice(self.audits)
        photo = jpeg((48, 32), colour=f"#{self.rng.randrange(0x1000000):06x}")

        def raise_with_photo(uow: UnitOfWork) -> str:
            found = audits.raise_finding(uow, audit_id, "minor_nc", f"Burrs, step {self.step}")
            shown = evidence.attach_evidence_bytes(
                uow, audit_id, photo, f"step-{self.step}.jpg", finding_id=found.id
            )
            return f"finding {found.id} {shown.id} {shown.sha256}"

        self._write(LEAD, raise_with_photo)

    def capa(self) -> None:
        def raise_one(uow: UnitOfWork) -> str:
            data = capas.CapaInput(
                supplier_id=self.rng.choice(self.suppliers), title="Burrs", owner="Jan Novak"
            )
            made = capas.raise_capa(uow, data)
            self.capas.append(made.id)
            return f"capa {made.id}"

        self._write(QE, raise_one)

    def capa_step(self) -> None:
        capa_id = self.rng.choice(self.capas)

        def describe(uow: UnitOfWork) -> str:
            what = f"round {self.round} step {self.step}"
            capa_8d.set_step(uow, capa_id, "d2", {"what": what})
            return f"capa_step {capa_id} {self.round} {self.step}"

        self._write(QE, describe)

    def next(self) -> None:
        """One write, chosen by the seeded generator among those possible now."""
        choices: list[Callable[[], None]] = [self.supplier, self.audit, self.capa]
        if self.audits:
            choices += [self.answer, self.answer, self.answer, self.finding]
        if self.capas:
            choices.append(self.capa_step)
        self.rng.choice(choices)()
        self.step += 1


def write_forever(db: str, seed: int, round_: int) -> None:
    store = open_store(f"sqlite:///{db}")
    writer = Writer(store, random.Random(f"{seed}/{round_}"), round_)
    while True:
        writer.next()


if __name__ == "__main__":
    write_forever(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
