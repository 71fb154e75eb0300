"""The 8D report PDF: every discipline, the fishbone, escaped text, the same bytes twice."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from sqms_desktop.capa.fishbone import layout
from sqms_desktop.queries.capas import capa_detail
from sqms_desktop.reports.capa_report import render_capa_report
from sqms_desktop.reports.settings import ReportSettings
from sqms_desktop.services import capa_8d, capas
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.capa_world import D, World, build_world


@pytest.fixture
def world(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> World:
    return build_world(store, context, uow)


def test_the_8d_report_prints_every_step_and_the_fishbone(world: World) -> None:
    capa_id = world.raise_capa("R&D <ok> burrs", finding_ids=world.findings)
    with world.qe() as u:
        capa_8d.set_step(u, capa_id, "d1", {"team": [{"name": "Zhang Wei 张伟", "role": "Lead"}]})
        capa_8d.set_step(u, capa_id, "d2", {"what": "Burrs on flange"})
        capas.issue_capa(u, capa_id, D)
        capa_8d.add_action(u, capa_id, "Sort stock", owner="Jan", due=D, step="D3", quantity=1200)
        capa_8d.set_step(
            u,
            capa_id,
            "d4",
            {
                "occurrence_whys": ["Burr", "Tool worn"],
                "occurrence_root_cause": "No tool-life counter",
                "escape_point": "Final inspection",
                "ishikawa": {"machine": ["Worn tool"], "measurement": ["Visual check only"]},
            },
        )
        capas.reject_stage(u, capa_id, on=D, reason="Quantities missing")
        u.commit()
    with world.store.session() as session:
        detail = capa_detail(session, capa_id, D + dt.timedelta(days=3))
    settings = ReportSettings(company_name="Acme & Co")
    pdf = render_capa_report(detail, settings)
    assert pdf == render_capa_report(detail, settings)  # same data, same bytes
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    for expected in (
        "R&D <ok> burrs",
        "D0 Plan and emergency response",
        "D8 Closure and recognition",
        "No tool-life counter",
        "Worn tool",  # a cause on the fishbone
        "Measurement",
        "1,200",
        "Quantities missing",
        "overdue",
        "Page 1 of",
    ):
        assert expected in text, expected


def test_the_fishbone_keeps_causes_beside_their_bones() -> None:
    shape = layout(480, 220, {"man": [f"cause {n}" for n in range(30)], "machine": ["one"]})
    man = next(b for b in shape.bones if b.category == "man")
    assert man.more > 0
    assert len(man.causes) + man.more == 30
    assert all(0 < y < 220 for _, y, _ in man.causes)
    top = [b for b in shape.bones if b.outer[1] > shape.spine[2]]
    assert {b.category for b in top} == {"man", "machine", "method"}
