"""How far each demo CAPA gets: raised after its audit, issued, then accepted stage by stage.

A CAPA moves on at the pace of its supplier (some answer late), so old CAPAs of slow suppliers
are overdue. The first CAPAs stop at each stage in turn so even a small demo shows every stage.
The 8D content each stage carries comes from `demo.capas`.
"""

from __future__ import annotations

import datetime as dt

from sqms_desktop.capa.stages import DEFAULT_DEADLINES, STAGE_OF_DUE
from sqms_desktop.demo import capas as capa_content
from sqms_desktop.demo.run import DemoRun, DemoSupplier, tally
from sqms_desktop.demo.words import CAPA_TITLES
from sqms_desktop.services import capas
from sqms_desktop.vocab import CapaState, FindingClass

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


def make_capa(
    run: DemoRun,
    supplier: DemoSupplier,
    audit_end: dt.date,
    findings: list[tuple[str, str]],
) -> None:
    """A CAPA for an audit's nonconformities (id, class), as far on as time and plan allow."""
    rng = run.rng
    qe = run.quality_engineer
    with run.uow(run.at(audit_end + dt.timedelta(days=1), 11), qe) as uow:
        capa = capas.raise_capa(
            uow,
            capas.CapaInput(
                supplier_id=supplier.id,
                title=rng.choice(CAPA_TITLES),
                owner=supplier.contact[:64],
                finding_ids=[f[0] for f in findings],
                problem_description="See the linked audit findings; the supplier is to "
                "contain, find the root cause and correct it (8D).",
                safety_critical=any(f[1] == FindingClass.CRITICAL for f in findings),
            ),
        )
        uow.commit()
    run.capa_count += 1
    # The first CAPAs (from the oldest audits) stop at each stage in turn, so even a small
    # demo shows every stage; stopping early on an old CAPA also makes it overdue.
    target = (
        CAPA_STAGE_CYCLE[run.capa_count - 1] if run.capa_count <= len(CAPA_STAGE_CYCLE) else None
    )
    issued = audit_end + dt.timedelta(days=2)
    at_random = target is None
    if issued > run.today or (at_random and run.capa_count % 37 == 5) or target == C.DRAFT:
        tally(run.summary.capas_by_state, C.DRAFT)
        run.summary.capas += 1
        return
    with run.uow(run.at(issued, 9), qe) as uow:
        capa_content.issue(uow, capa.id, issued, supplier.contact[:64])  # with D0–D3 content
        uow.commit()
    state = C.ISSUED
    if (at_random and run.capa_count % 29 == 3) or target == C.CANCELLED:
        with run.uow(run.at(issued + dt.timedelta(days=3), 9), qe) as uow:
            capas.cancel_capa(uow, capa.id, reason="Duplicate of a CAPA raised by purchasing")
            uow.commit()
        state = C.CANCELLED
    else:
        elapsed = (run.today - issued).days
        for stage, deadline in STAGE_DEADLINES:
            if state == target:
                break
            reached = issued + dt.timedelta(days=round(deadline * supplier.speed))
            if reached > run.today or elapsed < deadline * supplier.speed:
                break
            with run.uow(run.at(reached, 14), qe) as uow:
                capa_content.accept(uow, capa.id, stage, reached)  # the stage's 8D content
                uow.commit()
            state = stage
    run.summary.capas += 1
    tally(run.summary.capas_by_state, state)
