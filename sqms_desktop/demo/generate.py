"""Filling an empty store with demo data, written through the same services as the application.

Deterministic: the same options (seed and reference date) give the same store, ids included.
The steps run in a fixed order (users, library, suppliers, audits, follow-ups, CAPA reviews),
because each draws from the run's shared random streams.
"""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import func, select

from sqms_desktop.demo import capas as capa_content
from sqms_desktop.demo.master_data import make_templates, make_users
from sqms_desktop.demo.options import DemoOptions, DemoSummary
from sqms_desktop.demo.partnership import make_partnership
from sqms_desktop.demo.run import DemoRun
from sqms_desktop.demo.schedule import FollowUps, make_audit, plan_audits, planned_instead
from sqms_desktop.demo.self_assessments import make_self_assessments
from sqms_desktop.demo.supplier_master import make_supplier
from sqms_desktop.demo.sync_story import tell_sync_story
from sqms_desktop.demo.timeline import Process
from sqms_desktop.errors import ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.progress import Progress
from sqms_desktop.store.engine import Store
from sqms_desktop.store.models import Supplier
from sqms_desktop.store.uow import ensure_local_replica


def generate_demo(
    store: Store,
    options: DemoOptions,
    progress: Progress | None = None,
    *,
    attachments: Path | None = None,
) -> DemoSummary:
    """Fill an empty store with demo data; refuses a store that already has suppliers.

    Evidence bytes go to `attachments` (default: the store's own folder); a store without
    one (a server database) gets the demo without photos.
    """
    if options.suppliers < 1 or options.audits < 0:
        raise ValidationError(
            translate("demo", "the demo needs at least one supplier and no negative audit count")
        )
    return _fill(DemoRun(store, options, progress, attachments))


def _fill(run: DemoRun) -> DemoSummary:
    """Every step in the one order that keeps the random draws, and so the store, the same."""
    options = run.options
    with run.store.session() as session:
        if session.scalar(select(func.count()).select_from(Supplier)):
            raise ValidationError(
                translate(
                    "demo",
                    "{store} already holds suppliers; demo data go into a new store (choose "
                    "another --db)",
                ).format(store=run.store.describe())
            )
        ensure_local_replica(
            session,
            replica_id=f"{random.Random(options.seed).getrandbits(32):08x}",
            name="demo laptop",
        )
        session.commit()
    total = options.suppliers + options.audits
    make_users(run)
    make_templates(run)
    for index in range(options.suppliers):
        make_supplier(run, index)  # its status history and deliveries wait on the timeline
        run.progress.report(index + 1, total, translate("demo", "suppliers"))
    follow_ups = (options.audits + 10) // 20  # 5 of the default 100 audits
    plans = plan_audits(run, options.audits - follow_ups)
    planner = FollowUps(run, follow_ups, len(plans))
    run.after_held = planner.consider
    done = [options.suppliers]

    def counted(process: Process) -> Process:
        yield from process
        done[0] += 1
        run.progress.report(done[0], total, translate("demo", "audits"))

    for index, (supplier, template, start, state) in enumerate(plans):
        run.timeline.start(counted(make_audit(run, index, supplier, template, start, state)))
    run.timeline.start(_finish(run))
    run.timeline.run()  # every audit, follow-up and CAPA stage, in time order
    run.after_held = None
    for index in range(planner.next_index, planner.next_index + planner.left()):
        run.timeline.start(counted(planned_instead(run, index)))
    run.timeline.run()
    run.summary.attachments = run.camera.photos + run.camera.documents
    make_partnership(run)  # issue 17: agreements, risks, development, costs, a signed review
    make_self_assessments(run)
    run.summary.bundles = tell_sync_story(run)
    return run.summary


def _finish(run: DemoRun) -> Process:
    """Pending rejections and effectiveness checks, by the quality engineer on the reference
    day, after what the timeline has written by then."""
    yield run.at(run.today, 10)
    capa_content.finish(
        run.store, run.today, lambda: run.uow(run.at(run.today, 10), run.quality_engineer)
    )
