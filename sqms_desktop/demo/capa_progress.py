"""How far each demo CAPA gets: raised from its audit's findings before the audit is signed,
issued, then accepted stage by stage.

A CAPA moves on at the pace of its supplier (some answer late), so old CAPAs of slow suppliers
are overdue. The first CAPAs stop at each stage in turn so even a small demo shows every stage.
The 8D content each stage carries comes from `demo.capas`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator

from sqlalchemy import select

from sqms_desktop.capa.stages import DEFAULT_DEADLINES, STAGE_OF_DUE
from sqms_desktop.demo import capas as capa_content
from sqms_desktop.demo.run import DemoRun, DemoSupplier, tally
from sqms_desktop.demo.timeline import Process
from sqms_desktop.services import capas
from sqms_desktop.services.capa_raise import RaiseFromFindings, raise_from_findings
from sqms_desktop.store.models import Capa, CapaFinding
from sqms_desktop.vocab import CapaState

C = CapaState
CAPA_STAGE_CYCLE = (
    C.ISSUED,
    C.CONTAINMENT,
    C.ROOT_CAUSE,
    C.CORRECTIVE_ACTION,
    C.VERIFICATION,
    C.CLOSED,
    C.CANCELLED,
    C.DRAFT,
)
# The supplier's deadline for each stage, in days after issue, at speed 1.0: the default
# deadlines, in stage order (containment first, closed last).
STAGE_DEADLINES = tuple((STAGE_OF_DUE[due], days) for due, days in DEFAULT_DEADLINES.items())


def raise_capa(
    run: DemoRun, supplier: DemoSupplier, audit_end: dt.date, finding_ids: list[str], title: str
) -> Generator[dt.datetime, None, tuple[str, int]]:
    """A SCAR from an audit's nonconformities, raised by the quality engineer after the closing
    meeting and before the lead auditor signs (so no major finding is signed without one).

    It is pre-filled from the findings (`services/capa_raise`) and stays a draft: the quality
    engineer writes out D0-D2 and issues it two days later (`progress`).
    """
    raised = run.at(audit_end, 15, 40)
    yield raised
    with run.uow(raised, run.quality_engineer) as uow:
        capa = raise_from_findings(
            uow,
            RaiseFromFindings(
                finding_ids=finding_ids,
                is_scar=True,
                title=title,
                owner=supplier.contact[:64],
                draft=True,
            ),
        )
        uow.commit()
    run.capa_count += 1
    return capa.id, run.capa_count


def progress(
    run: DemoRun, supplier: DemoSupplier, audit_end: dt.date, capa_id: str, number: int
) -> Process:
    """Issue the CAPA (the `number`th raised) and take it as far on as time and plan allow."""
    qe = run.quality_engineer
    # The first CAPAs (from the oldest audits) stop at each stage in turn, so even a small
    # demo shows every stage; stopping early on an old CAPA also makes it overdue.
    target = CAPA_STAGE_CYCLE[number - 1] if number <= len(CAPA_STAGE_CYCLE) else None
    issued = audit_end + dt.timedelta(days=2)
    at_random = target is None
    if issued > run.today or (at_random and number % 37 == 5) or target == C.DRAFT:
        tally(run.summary.capas_by_state, C.DRAFT)
        run.summary.capas += 1
        return
    yield run.at(issued, 9)
    with run.uow(run.at(issued, 9), qe) as uow:
        capa_content.issue(uow, capa_id, issued, supplier.contact[:64])  # with D0-D3 content
        uow.commit()
    state = C.ISSUED
    if (at_random and number % 29 == 3) or target == C.CANCELLED:
        yield from replace_capa(run, supplier, capa_id, issued + dt.timedelta(days=3))
        state = C.CANCELLED
    else:
        elapsed = (run.today - issued).days
        for stage, deadline in STAGE_DEADLINES:
            if state == target:
                break
            reached = issued + dt.timedelta(days=round(deadline * supplier.speed))
            if reached > run.today or elapsed < deadline * supplier.speed:
                break
            yield run.at(reached, 14)
            with run.uow(run.at(reached, 14), qe) as uow:
                capa_content.accept(uow, capa_id, stage, reached)  # the stage's 8D content
                uow.commit()
            state = stage
    run.summary.capas += 1
    tally(run.summary.capas_by_state, state)


def replace_capa(run: DemoRun, supplier: DemoSupplier, capa_id: str, on: dt.date) -> Process:
    """Cancel a CAPA addressed to the wrong person and raise its successor from the same
    findings at once, so its findings (and the signed audit they are in) keep a CAPA."""
    yield run.at(on, 9)
    with run.uow(run.at(on, 9), run.quality_engineer) as uow:
        capa = uow.session.get_one(Capa, capa_id)
        linked = select(CapaFinding.finding_id).where(CapaFinding.capa_id == capa_id)
        findings = list(uow.session.scalars(linked))
        capas.cancel_capa(
            uow, capa_id, reason="Addressed to a contact who has left the supplier; replaced"
        )
        successor = raise_from_findings(
            uow,
            RaiseFromFindings(
                finding_ids=findings,
                is_scar=True,
                title=capa.title,
                owner=supplier.contact[:64],
                draft=True,
            ),
        )
        uow.commit()
    run.summary.capas += 1
    tally(run.summary.capas_by_state, successor.state)
