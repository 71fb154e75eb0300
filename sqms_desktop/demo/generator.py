"""Demo and scale data, written through the same services as the application.

Deterministic: the same options (seed and reference date) give the same store, ids included.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from sqms_desktop.checklists.conditions import Condition, parse_condition
from sqms_desktop.checklists.library import library_file
from sqms_desktop.checklists.xlsx_format import read_template
from sqms_desktop.demo import capas as demo_capa
from sqms_desktop.demo.evidence import DemoCamera, SeenFinding
from sqms_desktop.demo.words import (
    AUDITEE_ROLES,
    CAPA_TITLES,
    CERTIFICATE_STANDARDS,
    COMMODITIES,
    COUNTRIES,
    DEMO_PASSWORDS,
    DIVERGING,
    FINDING_STATEMENTS,
    NA_JUSTIFICATIONS,
    NEXT_STEPS,
    NOTES_GOOD,
    NOTES_WEAK,
    STRENGTHS,
    USERS,
    Country,
)
from sqms_desktop.errors import ValidationError
from sqms_desktop.progress import Progress
from sqms_desktop.queries.scores import score_audit
from sqms_desktop.services import audits, capas, signatures, suppliers, templates, users
from sqms_desktop.services.audit_plan import FollowUpPlan, plan_follow_up
from sqms_desktop.store.attachments import AttachmentFolder
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.models import AuditStatus, Question, Supplier
from sqms_desktop.store.uow import UnitOfWork, WriteContext, ensure_local_replica

DEMO_TZ = dt.timezone(dt.timedelta(hours=1))
KPI_MONTHS = 24


@dataclass(frozen=True)
class DemoOptions:
    suppliers: int = 40
    audits: int = 100
    seed: int = 2026
    today: dt.date | None = None


@dataclass
class DemoSummary:
    users: int = 0
    suppliers: int = 0
    sites: int = 0
    certificates: int = 0
    kpi_records: int = 0
    templates: int = 0
    audits: int = 0
    answers: int = 0
    findings: int = 0
    capas: int = 0
    follow_ups: int = 0
    closing_meetings: int = 0
    attachments: int = 0
    audits_by_status: dict[str, int] = field(default_factory=dict)
    findings_by_class: dict[str, int] = field(default_factory=dict)
    capas_by_state: dict[str, int] = field(default_factory=dict)


class _DemoClock:
    """The demo's clock: set to the moment each simulated action happens."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


@dataclass
class _Supplier:
    id: str
    code: str
    name: str
    country: Country
    site_ids: list[str]
    contact: str
    speed: float  # how fast the supplier answers CAPAs: 1.0 on time, > 1 late


@dataclass(frozen=True)
class _Question:
    id: str
    qid: str
    type: str
    clause: str
    options: tuple[str, ...]
    low: float | None
    high: float | None
    condition: Condition | None
    star: bool


@dataclass
class _Template:
    id: str
    key: str
    scheme: str
    audit_type: str
    questions: list[_Question]

    def read_by_conditions(self) -> set[str]:
        """Question ids other questions' conditions read: their answers stay plain values."""
        return {name for q in self.questions if q.condition for name in q.condition.names()}


class _Made(NamedTuple):
    """A finding the demo raised (id and class first: what a CAPA links)."""

    id: str
    cls: str
    reference: str
    question_id: str | None
    statement: str


@dataclass(frozen=True)
class _Held:
    """An audit that took place, as a follow-up needs it."""

    audit_id: str
    supplier: _Supplier
    template: _Template
    end: dt.date
    lead: str
    auditor: str
    classes: frozenset[str]


# The built-in library the demo audits with, and how often each is used.
LIBRARY_USE = (
    ("iso9001-supplier", "system", 45),
    ("vda63-process", "process", 30),
    ("gmp-api-supplier", "qualification", 13),
    ("as9100-supplement", "product", 12),
)
LOW_VALUES = frozenset({"0", "1", "4", "no"})  # answers that may make a finding


# Audit states in the order the first audits take them, so even a tiny demo shows every state.
STATE_CYCLE = (
    AuditStatus.CLOSED,
    AuditStatus.PLANNED,
    AuditStatus.IN_PROGRESS,
    AuditStatus.COMPLETED,
    AuditStatus.SIGNED,
    AuditStatus.REPORT_ISSUED,
    AuditStatus.CANCELLED,
)
STATE_WEIGHTS = {
    AuditStatus.PLANNED: 18,
    AuditStatus.IN_PROGRESS: 4,
    AuditStatus.COMPLETED: 6,
    AuditStatus.SIGNED: 6,
    AuditStatus.REPORT_ISSUED: 10,
    AuditStatus.CLOSED: 52,
    AuditStatus.CANCELLED: 4,
}
CAPA_STAGE_CYCLE = (
    "issued",
    "containment",
    "root_cause",
    "corrective_action",
    "verification",
    "closed",
    "cancelled",
    "draft",
)
FINDING_CYCLE = (
    "major_nc",
    "minor_nc",
    "observation",
    "opportunity_for_improvement",
    "good_practice",
)


class DemoGenerator:
    def __init__(
        self,
        store: Store,
        options: DemoOptions,
        progress: Progress | None,
        attachments: Path | None = None,
    ) -> None:
        self.store = store
        self.options = options
        self.progress = progress or Progress()
        self.rng = random.Random(options.seed)
        self.today = options.today or dt.date.today()
        self.clock = _DemoClock(self._at(self.today - dt.timedelta(days=800), 8))
        id_rng = random.Random(options.seed * 7919 + 1)
        self.context = WriteContext(
            user="admin",
            clock=self.clock,
            new_id=lambda: str(uuid.UUID(int=id_rng.getrandbits(128), version=4)),
        )
        self.summary = DemoSummary()
        self.users: dict[str, str] = {}
        self.leads: list[str] = []
        self.auditors: list[str] = []
        self.quality_engineer = "marta.zielinska"
        self.suppliers: list[_Supplier] = []
        self.templates: list[_Template] = []
        self.capa_count = 0
        # Notes, N/A, closing meetings and evidence draw from streams of their own, so they can
        # change without reshuffling the audits, findings and CAPAs drawn from `rng`.
        self.words = random.Random(options.seed * 104_729 + 7)
        folder = attachments or store.attachments_dir
        self.camera = DemoCamera(AttachmentFolder(folder) if folder else None, options.seed)
        self.full_names = {username: full_name for username, full_name, _ in USERS}
        self.held: list[_Held] = []
        self._followed: set[str] = set()  # suppliers with a follow-up audit

    # -- helpers -----------------------------------------------------------------------------

    def _at(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=DEMO_TZ)

    def _uow(self, moment: dt.datetime, user: str = "admin") -> UnitOfWork:
        # Nothing is recorded after the reference day: a trail from the future is not a trail.
        self.clock.moment = min(moment, self._at(self.today, 17))
        context = WriteContext(user=user, clock=self.clock, new_id=self.context.new_id)
        return UnitOfWork(self.store, context)

    # -- the run -----------------------------------------------------------------------------

    def run(self) -> DemoSummary:
        with self.store.session() as session:
            if session.scalar(select(func.count()).select_from(Supplier)):
                raise ValidationError(
                    f"{self.store.describe()} already holds suppliers; demo data go into a new "
                    "store (choose another --db)"
                )
            ensure_local_replica(
                session,
                replica_id=f"{random.Random(self.options.seed).getrandbits(32):08x}",
                name="demo laptop",
            )
            session.commit()
        total = self.options.suppliers + self.options.audits
        self._make_users()
        self._make_templates()
        for index in range(self.options.suppliers):
            self._make_supplier(index)
            self.progress.report(index + 1, total, "suppliers and KPI records")
        follow_ups = (self.options.audits + 10) // 20  # 5 of the default 100 audits
        plans = self._plan_audits(self.options.audits - follow_ups)
        for index, (supplier, template, start, state) in enumerate(plans):
            self._make_audit(index, supplier, template, start, state)
            self.progress.report(self.options.suppliers + index + 1, total, "audits")
        for index in range(len(plans), len(plans) + follow_ups):
            self._make_follow_up(index)
            self.progress.report(self.options.suppliers + index + 1, total, "follow-up audits")
        # Pending rejections and effectiveness checks, by the quality engineer on the reference day.
        demo_capa.finish(
            self.store,
            self.today,
            lambda: self._uow(self._at(self.today, 10), self.quality_engineer),
        )
        self.summary.attachments = self.camera.photos + self.camera.documents
        return self.summary

    def _make_users(self) -> None:
        with self._uow(self.clock.moment) as uow:
            for username, full_name, role in USERS:
                key = Ed25519PrivateKey.from_private_bytes(
                    hashlib.sha256(f"{self.options.seed}:{username}".encode()).digest()
                )
                user = users.create_user(
                    uow, username, full_name, role, DEMO_PASSWORDS[username], signing_key=key
                )
                self.users[username] = user.id
                if role == "lead_auditor":
                    self.leads.append(username)
                elif role == "auditor":
                    self.auditors.append(username)
            uow.commit()
        self.summary.users = len(USERS)

    def _make_templates(self) -> None:
        """Import and release the built-in checklist library, as a quality engineer would."""
        for key, audit_type, _share in LIBRARY_USE:
            spec = read_template(library_file(key))
            with self._uow(self.clock.moment, "marta.zielinska") as uow:
                outcome = templates.import_template(uow, spec)
                templates.release_template(uow, outcome.template_id)
                uow.commit()
            with self.store.session() as session:
                rows = session.scalars(
                    select(Question)
                    .where(Question.template_id == outcome.template_id)
                    .order_by(Question.position)
                ).all()
                questions = [
                    _Question(
                        q.id,
                        q.qid,
                        q.type,
                        q.clause,
                        tuple(q.options),
                        q.min_value,
                        q.max_value,
                        parse_condition(q.condition) if q.condition else None,
                        q.star,
                    )
                    for q in rows
                ]
            self.templates.append(
                _Template(outcome.template_id, key, spec.scheme, audit_type, questions)
            )
        self.summary.templates = len(self.templates)

    def _make_supplier(self, index: int) -> None:
        rng = self.rng
        country = COUNTRIES[index % len(COUNTRIES)] if index < 14 else rng.choice(COUNTRIES)
        family = rng.choice(country.families)
        trade = rng.choice(country.trades)
        legal = rng.choice(country.legal_forms)
        name = " ".join(p for p in (family, trade, legal) if p)
        if country.code == "CN":
            name = f"{family}{trade}"
        code = f"SUP-{index + 1:04d}"
        risk = rng.choices(["high", "medium", "low"], [2, 5, 3])[0]
        status = rng.choices(
            ["approved", "conditional", "probation", "prospect", "disqualified"],
            [70, 12, 7, 8, 3],
        )[0]
        if index < 5:
            status = ("approved", "conditional", "probation", "prospect", "disqualified")[index]
        commodities = rng.sample(COMMODITIES, rng.randint(1, 3))
        created = self._at(self.today - dt.timedelta(days=790 - index % 30), 9)
        with self._uow(created, "marta.zielinska") as uow:
            supplier = suppliers.create_supplier(
                uow,
                suppliers.SupplierInput(
                    code=code,
                    name=name,
                    country=country.code,
                    risk_class=risk,
                    status="prospect",
                    approval_scope=f"Supply of {commodities[0]} to series production",
                    commodities=commodities,
                ),
            )
            if status != "prospect":
                suppliers.set_supplier_status(
                    uow,
                    supplier.id,
                    status,
                    reason="initial qualification decision",
                    new_business_hold=status in ("probation", "disqualified"),
                )
            site_ids = []
            for site_no in range(rng.choice((1, 1, 1, 2, 2, 3))):
                postal, city = rng.choice(country.cities)
                site = suppliers.add_site(
                    uow,
                    supplier.id,
                    f"Plant {site_no + 1} {city}",
                    street=f"{rng.choice(country.streets)} {rng.randint(1, 180)}",
                    postal_code=postal,
                    city=city,
                    country=country.code,
                )
                site_ids.append(site.id)
            contact = rng.choice(country.people)
            suppliers.add_contact(
                uow,
                supplier.id,
                contact,
                function="Quality manager",
                email=f"quality@{code.lower()}.example",
                phone=f"+{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            )
            self._make_certificates(uow, supplier.id, index)
            uow.commit()
        self.summary.suppliers += 1
        self.summary.sites += len(site_ids)
        self.suppliers.append(
            _Supplier(
                supplier.id,
                code,
                name,
                country,
                site_ids,
                contact,
                speed=rng.choice((0.7, 0.9, 1.0, 1.0, 1.2, 1.6, 2.5)),
            )
        )
        self._make_kpis(supplier.id, index)

    def _make_certificates(self, uow: UnitOfWork, supplier_id: str, index: int) -> None:
        rng = self.rng
        count = rng.choice((1, 1, 2, 2, 3))
        for number in range(count):
            standard, issuers = CERTIFICATE_STANDARDS[
                0 if number == 0 else rng.randrange(len(CERTIFICATE_STANDARDS))
            ]
            # Some certificates run out soon (within 90 days) or have run out, to show warnings.
            remaining = rng.choice((-40, 25, 70, 200, 400, 500, 600, 800, 900, 1000, 1100))
            if index < 3 and number == 0:
                remaining = (25, -40, 70)[index]
            until = self.today + dt.timedelta(days=remaining)
            suppliers.add_certificate(
                uow,
                supplier_id,
                standard,
                f"{standard.replace(' ', '')}-{rng.randint(100000, 999999)}",
                issuer=rng.choice(issuers),
                valid_from=until - dt.timedelta(days=3 * 365),
                valid_until=until,
            )
            self.summary.certificates += 1

    def _make_kpis(self, supplier_id: str, index: int) -> None:
        rng = self.rng
        base_ppm = rng.choice((150, 400, 900, 2500, 6000))
        trend = rng.choice((-0.03, 0.0, 0.0, 0.02, 0.06))  # relative change in PPM per month
        on_time = rng.uniform(0.82, 0.99)
        first = dt.date(self.today.year, self.today.month, 1)
        with self._uow(self._at(self.today - dt.timedelta(days=1), 18), "marta.zielinska") as uow:
            for back in range(KPI_MONTHS, 0, -1):
                month_index = first.month - 1 - back
                year = first.year + month_index // 12
                month = month_index % 12 + 1
                age = KPI_MONTHS - back
                deliveries = rng.randint(8, 60)
                received = deliveries * rng.randint(200, 2000)
                ppm = max(0.0, base_ppm * (1 + trend) ** age * rng.uniform(0.6, 1.4))
                rejected = min(received, round(received * ppm / 1_000_000))
                suppliers.record_kpi(
                    uow,
                    supplier_id,
                    suppliers.KpiInput(
                        period=f"{year:04d}-{month:02d}",
                        deliveries_total=deliveries,
                        deliveries_on_time=min(
                            deliveries, round(deliveries * min(1.0, rng.gauss(on_time, 0.04)))
                        ),
                        quantity_received=received,
                        quantity_rejected=rejected,
                        complaints=1 if rng.random() < ppm / 20000 else 0,
                        premium_freight=1 if rng.random() < (1 - on_time) else 0,
                    ),
                )
            uow.commit()
        self.summary.kpi_records += KPI_MONTHS

    # -- audits ------------------------------------------------------------------------------

    def _plan_audits(self, count: int) -> list[tuple[_Supplier, _Template, dt.date, AuditStatus]]:
        rng = self.rng
        plans = []
        states = list(STATE_WEIGHTS)
        weights = list(STATE_WEIGHTS.values())
        for index in range(count):
            supplier = self.suppliers[index % len(self.suppliers)] if self.suppliers else None
            if supplier is None:
                break
            template = rng.choices(self.templates, [share for *_, share in LIBRARY_USE])[0]
            if index < len(STATE_CYCLE):
                state = STATE_CYCLE[index]
                if index == 0:
                    template = self.templates[2]  # an early GMP audit shows a critical finding
            else:
                state = rng.choices(states, weights)[0]
            plans.append((supplier, template, self._start_for(state), state))
        plans.sort(key=lambda p: (p[2], p[0].code))
        return plans

    def _start_for(self, state: AuditStatus) -> dt.date:
        rng = self.rng
        ranges = {
            AuditStatus.PLANNED: (7, 180),
            AuditStatus.IN_PROGRESS: (-2, 0),
            AuditStatus.COMPLETED: (-12, -4),
            AuditStatus.SIGNED: (-25, -8),
            AuditStatus.REPORT_ISSUED: (-70, -15),
            AuditStatus.CLOSED: (-720, -40),
            AuditStatus.CANCELLED: (-300, 60),
        }
        low, high = ranges[state]
        day = self.today + dt.timedelta(days=rng.randint(low, high))
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        return day

    def _make_audit(
        self, index: int, supplier: _Supplier, template: _Template, start: dt.date, state: str
    ) -> None:
        rng = self.rng
        lead = self.leads[index % len(self.leads)]
        auditor = rng.choice(self.auditors)
        team = [self.users[auditor]]
        planned_at = min(
            self._at(start - dt.timedelta(days=rng.randint(20, 60)), 10),
            self._at(self.today - dt.timedelta(days=rng.randint(1, 20)), 10),
        )
        with self._uow(planned_at, lead) as uow:
            audit = audits.plan_audit(
                uow,
                audits.AuditPlan(
                    reference_scheme=audits.CENTRAL,  # the demo's audits came from the center
                    supplier_id=supplier.id,
                    template_id=template.id,
                    lead_auditor_id=self.users[lead],
                    planned_start=start,
                    planned_end=start + dt.timedelta(days=1),
                    type=template.audit_type,
                    site_id=supplier.site_ids[index % len(supplier.site_ids)],
                    objectives="Confirm the supplier's quality system meets our requirements "
                    "and verify the effectiveness of actions from earlier audits.",
                    scope=f"Processes and products supplied to us from {supplier.name}",
                    criteria="ISO 9001:2015, customer-specific requirements, supplier "
                    "quality manual rev. 7",
                    team=team,
                    auditee_participants=f"{supplier.contact} (quality manager); plant manager",
                ),
            )
            uow.commit()
        self.summary.audits += 1
        self._count(self.summary.audits_by_status, state)
        if state == AuditStatus.PLANNED:
            return
        if state == AuditStatus.CANCELLED:
            with self._uow(planned_at + dt.timedelta(days=5), lead) as uow:
                audits.change_audit_status(
                    uow, audit.id, "cancelled", reason="supplier plant shutdown; re-planned"
                )
                uow.commit()
            return
        self._execute(index, audit.id, supplier, template, start, state, (lead, auditor))

    def _execute(
        self,
        index: int,
        audit_id: str,
        supplier: _Supplier,
        template: _Template,
        start: dt.date,
        state: str,
        team: tuple[str, str],
        quality: float | None = None,
    ) -> None:
        """Run the audit: answers and findings on the first day, photos filed and the closing
        meeting on the second, then signature, report and closure."""
        rng = self.rng
        lead = team[0]
        quality = quality or rng.choice((0.7, 0.85, 0.9, 0.95, 0.97, 0.98))
        complete = state != AuditStatus.IN_PROGRESS
        questions = template.questions if complete else template.questions[:10]
        low: list[tuple[str, str, str]] = []
        with self._uow(self._at(start, 9), lead) as uow:
            audits.start_audit(uow, audit_id, start)
            answered = self._answer(uow, audit_id, template, questions, quality, start, low)
            findings = self._findings(uow, index, audit_id, template, low, complete)
            uow.commit()
        seen = [SeenFinding(f.id, f.cls, f.statement, f.question_id) for f in findings]
        morning = self._at(start, 9)
        end = start + dt.timedelta(days=1)
        if not complete:
            with self._uow(self._at(start, 17, 30), lead) as uow:
                if self.camera.shoot(uow, audit_id, supplier.code, morning, seen, answered):
                    uow.commit()
        else:  # the photos are filed before the closing meeting, in one action (one commit)
            with self._uow(self._at(end, 15), lead) as uow:
                self.camera.shoot(uow, audit_id, supplier.code, morning, seen, answered)
                result = score_audit(uow.session, audit_id)
                self._closing_meeting(uow, audit_id, supplier, team, findings, result.grade)
                audits.complete_audit(uow, audit_id, end, score=result.total, grade=result.grade)
                uow.commit()
            self.held.append(
                _Held(
                    audit_id,
                    supplier,
                    template,
                    end,
                    lead,
                    team[1],
                    frozenset(f.cls for f in findings),
                )
            )
        steps = {
            AuditStatus.SIGNED: ("signed",),
            AuditStatus.REPORT_ISSUED: ("signed", "report_issued"),
            AuditStatus.CLOSED: ("signed", "report_issued", "closed"),
        }.get(AuditStatus(state), ())
        for offset, step in enumerate(steps):
            with self._uow(self._at(end + dt.timedelta(days=offset * 3), 16), lead) as uow:
                if step == "signed":
                    signatures.sign_audit(uow, audit_id, lead, DEMO_PASSWORDS[lead], "approved")
                else:
                    audits.change_audit_status(uow, audit_id, step)
                uow.commit()
        nonconformities = [
            (f.id, f.cls) for f in findings if f.cls in ("major_nc", "minor_nc", "critical")
        ]
        if complete and nonconformities and (state != AuditStatus.COMPLETED or index % 2):
            self._make_capa(index, supplier, end, nonconformities)

    def _answer(
        self,
        uow: UnitOfWork,
        audit_id: str,
        template: _Template,
        questions: list[_Question],
        quality: float,
        day: dt.date,
        low: list[tuple[str, str, str]],
    ) -> list[str]:
        """Answer the questions shown; some get a note, a few are N/A with a justification.
        Returns the ids of the questions answered with a value."""
        given: dict[str, str | float | None] = {}
        answered: list[str] = []
        read = template.read_by_conditions()
        words = self.words
        for question in questions:
            if question.condition is not None and not question.condition.evaluate(given):
                continue  # hidden by its condition
            value = self._answer_value(question, template.scheme, quality, day)
            if value is None:
                continue
            scored = question.type in ("score", "yes_no", "yes_no_na")
            if scored and not question.star and question.qid not in read and words.random() < 0.02:
                audits.record_answer(
                    uow,
                    audit_id,
                    question.id,
                    None,
                    not_applicable=True,
                    na_justification=words.choice(NA_JUSTIFICATIONS),
                )
                self.summary.answers += 1
                continue
            weak = scored and value in LOW_VALUES
            note = ""
            if weak and words.random() < 0.5:
                note = words.choice(NOTES_WEAK)
            elif not weak and words.random() < 0.08:
                note = words.choice(NOTES_GOOD)
            audits.record_answer(uow, audit_id, question.id, value, note=note)
            given[question.qid] = value
            answered.append(question.id)
            self.summary.answers += 1
            if weak:
                low.append((question.id, question.clause, value))
        return answered

    def _answer_value(
        self, question: _Question, scheme: str, quality: float, day: dt.date
    ) -> str | None:
        """A plausible answer for the question's type; None leaves it unanswered (photos)."""
        rng = self.rng
        kind = question.type
        if kind in ("yes_no", "yes_no_na"):
            if kind == "yes_no_na" and rng.random() < 0.05:
                return "na"
            return "yes" if rng.random() < quality + 0.05 else "no"
        if kind == "score":
            roll = rng.random()
            ladder = ("10", "8", "6", "4", "0") if scheme == "vda63" else ("3", "2", "1", "1", "0")
            cuts = (quality * 0.7, quality, quality + (1 - quality) * 0.5, 0.995)
            for value, cut in zip(ladder, cuts, strict=False):
                if roll < cut:
                    return value
            return ladder[-1]
        if kind == "choice" and question.options:
            return rng.choice(question.options)
        if kind == "multi_choice" and question.options:
            picked = rng.sample(question.options, rng.randint(1, len(question.options)))
            return "; ".join(picked)
        if kind == "number":
            low = question.low if question.low is not None else 0
            high = question.high if question.high is not None else 500
            return str(rng.randint(int(low), int(high)))
        if kind == "date":
            return (day + dt.timedelta(days=rng.randint(30, 900))).isoformat()
        if kind == "text":
            return "Records sampled on site; see notes."
        return None

    def _findings(
        self,
        uow: UnitOfWork,
        index: int,
        audit_id: str,
        template: _Template,
        low: list[tuple[str, str, str]],
        complete: bool,
    ) -> list[_Made]:
        rng = self.rng
        made: list[_Made] = []
        gmp = template.scheme == "yes_no"
        for qid_db, clause, value in low:
            if value == "0" or (value == "no" and rng.random() < 0.3):
                cls = "critical" if gmp and rng.random() < 0.4 else "major_nc"
            elif rng.random() < 0.6:
                cls = "minor_nc"
            else:
                continue  # a weak answer the auditor noted without a finding
            made.append(self._finding(uow, audit_id, cls, qid_db, clause))
        if gmp and complete and "critical" not in self.summary.findings_by_class:
            made.append(self._finding(uow, audit_id, "critical", template.questions[4].id, ""))
        extras = rng.randint(0, 2) if complete else 0
        if complete and index < len(FINDING_CYCLE) * 2:
            extras = max(extras, 1)
        for n in range(extras):
            if complete and index < len(FINDING_CYCLE) * 2:
                cls = FINDING_CYCLE[(index + n) % len(FINDING_CYCLE)]
            else:
                cls = rng.choice(("observation", "opportunity_for_improvement", "good_practice"))
            made.append(self._finding(uow, audit_id, cls, None, ""))
        return made

    def _finding(
        self, uow: UnitOfWork, audit_id: str, cls: str, question_id: str | None, clause: str
    ) -> _Made:
        statement = self.rng.choice(FINDING_STATEMENTS[cls])
        finding = audits.raise_finding(
            uow,
            audit_id,
            cls,
            statement,
            question_id=question_id,
            requirement=clause,
            objective_evidence="Records sampled on site; photos taken by the audit team.",
        )
        self.summary.findings += 1
        self._count(self.summary.findings_by_class, cls)
        return _Made(finding.id, cls, finding.reference, question_id, statement)

    def _closing_meeting(
        self,
        uow: UnitOfWork,
        audit_id: str,
        supplier: _Supplier,
        team: tuple[str, str],
        findings: list[_Made],
        grade: str,
    ) -> None:
        """Conclusions, who sat at the table, and (sometimes) what the supplier did not accept."""
        words = self.words
        verdict = {
            "A": "The quality system is effective.",
            "B": "The quality system is largely effective; improvements are required.",
            "C": "The quality system is not effective in several areas; CAPAs are required.",
        }.get(grade, "The audit could not be rated.")
        disputed = next(
            (f for cls in ("major_nc", "minor_nc") for f in findings if f.cls == cls), None
        )
        diverging = ""
        if disputed is not None and words.random() < 0.35:
            diverging = words.choice(DIVERGING).format(
                ref=disputed.reference,
                cls=("major" if disputed.cls == "major_nc" else "minor") + " nonconformity",
            )
        agreed = "except as noted under diverging opinions" if diverging else "by both sides"
        counts = ", ".join(
            f"{n} {cls.replace('_', ' ')}"
            for cls in ("critical", "major_nc", "minor_nc", "observation")
            if (n := sum(f.cls == cls for f in findings))
        )
        raised = (
            f"{len(findings)} finding(s) ({counts})" if counts else f"{len(findings)} finding(s)"
        )
        lead, auditor = (self.full_names[name] for name in team)
        audits.record_closing_meeting(
            uow,
            audit_id,
            conclusions=f"{verdict} {raised} were presented at the closing meeting and agreed "
            f"{agreed}. {words.choice(STRENGTHS)} "
            f"{words.choice(NEXT_STEPS[:3] if counts else NEXT_STEPS[3:])}",
            closing_participants=f"{lead} (lead auditor), {auditor} (auditor); "
            f"{supplier.contact} (quality manager), "
            + ", ".join(words.sample(AUDITEE_ROLES, words.randint(1, 3))),
            diverging_opinions=diverging,
        )
        self.summary.closing_meetings += 1

    # -- follow-up audits --------------------------------------------------------------------

    def _make_follow_up(self, index: int) -> None:
        """Check the actions on an earlier audit's major findings; a planned audit if no
        supplier needs one yet (a tiny demo), so the demo still has as many audits as asked."""
        candidates = [
            h
            for h in self.held
            if h.classes & {"major_nc", "critical"} and h.supplier.id not in self._followed
        ]
        if not candidates:
            supplier = self.suppliers[index % len(self.suppliers)]
            template = self.templates[index % len(self.templates)]
            state = AuditStatus.PLANNED
            self._make_audit(index, supplier, template, self._start_for(state), state)
            return
        # Alternate the oldest and the newest: some follow-ups took place, some are ahead.
        earlier = candidates[0] if len(self._followed) % 2 else candidates[-1]
        self._followed.add(earlier.supplier.id)
        start = earlier.end + dt.timedelta(days=self.words.randint(60, 110))
        while start.weekday() >= 5:
            start += dt.timedelta(days=1)
        age = (self.today - start).days
        state = (
            AuditStatus.CLOSED
            if age >= 14
            else AuditStatus.COMPLETED
            if age >= 3
            else AuditStatus.IN_PROGRESS
            if age >= 0
            else AuditStatus.PLANNED
        )
        with self._uow(self._at(earlier.end + dt.timedelta(days=7), 10), earlier.lead) as uow:
            audit = plan_follow_up(
                uow,
                earlier.audit_id,
                FollowUpPlan(
                    lead_auditor_id=self.users[earlier.lead],
                    planned_start=start,
                    planned_end=start + dt.timedelta(days=1),
                    objectives="Verify on site that the corrective actions taken on the major "
                    "findings are implemented and effective.",
                    reference_scheme=audits.CENTRAL,  # numbered like the audits it follows
                ),
            )
            uow.commit()
        self.summary.audits += 1
        self.summary.follow_ups += 1
        self._count(self.summary.audits_by_status, state)
        if state != AuditStatus.PLANNED:
            team = (earlier.lead, earlier.auditor)
            self._execute(
                index, audit.id, earlier.supplier, earlier.template, start, state, team, 0.97
            )

    # -- CAPAs -------------------------------------------------------------------------------

    def _make_capa(
        self,
        index: int,
        supplier: _Supplier,
        audit_end: dt.date,
        findings: list[tuple[str, str]],
    ) -> None:
        rng = self.rng
        qe = self.quality_engineer
        with self._uow(self._at(audit_end + dt.timedelta(days=1), 11), qe) as uow:
            capa = capas.raise_capa(
                uow,
                capas.CapaInput(
                    supplier_id=supplier.id,
                    title=rng.choice(CAPA_TITLES),
                    owner=supplier.contact[:64],
                    finding_ids=[f[0] for f in findings],
                    problem_description="See the linked audit findings; the supplier is to "
                    "contain, find the root cause and correct it (8D).",
                    safety_critical=any(f[1] == "critical" for f in findings),
                ),
            )
            uow.commit()
        self.capa_count += 1
        # The first CAPAs (from the oldest audits) stop at each stage in turn, so even a small
        # demo shows every stage; stopping early on an old CAPA also makes it overdue.
        target = (
            CAPA_STAGE_CYCLE[self.capa_count - 1]
            if self.capa_count <= len(CAPA_STAGE_CYCLE)
            else None
        )
        issued = audit_end + dt.timedelta(days=2)
        at_random = target is None
        if issued > self.today or (at_random and self.capa_count % 37 == 5) or target == "draft":
            self._count(self.summary.capas_by_state, "draft")
            self.summary.capas += 1
            return
        with self._uow(self._at(issued, 9), qe) as uow:
            demo_capa.issue(uow, capa.id, issued, supplier.contact[:64])  # with D0–D3 content
            uow.commit()
        state = "issued"
        if (at_random and self.capa_count % 29 == 3) or target == "cancelled":
            with self._uow(self._at(issued + dt.timedelta(days=3), 9), qe) as uow:
                capas.cancel_capa(uow, capa.id, reason="Duplicate of a CAPA raised by purchasing")
                uow.commit()
            state = "cancelled"
        else:
            elapsed = (self.today - issued).days
            stages = (
                ("containment", 1),
                ("root_cause", 7),
                ("corrective_action", 14),
                ("verification", 25),
                ("closed", 30),
            )
            for stage, deadline in stages:
                if state == target:
                    break
                reached = issued + dt.timedelta(days=round(deadline * supplier.speed))
                if reached > self.today or elapsed < deadline * supplier.speed:
                    break
                with self._uow(self._at(reached, 14), qe) as uow:
                    demo_capa.accept(uow, capa.id, stage, reached)  # the stage's 8D content
                    uow.commit()
                state = stage
        self.summary.capas += 1
        self._count(self.summary.capas_by_state, state)

    @staticmethod
    def _count(counter: dict[str, int], key: str) -> None:
        counter[str(key)] = counter.get(str(key), 0) + 1


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
        raise ValidationError("the demo needs at least one supplier and no negative audit count")
    return DemoGenerator(store, options, progress, attachments).run()


def create_demo_store(
    path: Path, options: DemoOptions, progress: Progress | None = None
) -> DemoSummary:
    """Build a demo store at `path` all or nothing: in a side file, renamed into place at the end.

    The evidence is written to a side folder too and moved into `attachments/` beside `path`
    before the store is renamed into place, so the finished store never names missing bytes.
    A cancel or an error leaves no file behind.
    """
    if path.exists():
        raise ValidationError(
            f"{path} already exists; demo data are written to a new file only "
            "(delete it or choose another --db)"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    side = path.with_name(f".{path.name}.partial-attachments")
    _remove_sqlite(partial)
    shutil.rmtree(side, ignore_errors=True)
    store = open_store(f"sqlite:///{partial}")
    try:
        try:
            summary = generate_demo(store, options, progress, attachments=side)
            with store.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            store.close()
        _merge_attachments(side, path.parent / "attachments")
    except BaseException:
        _remove_sqlite(partial)
        raise
    finally:
        shutil.rmtree(side, ignore_errors=True)
    os.replace(partial, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    return summary


def _merge_attachments(side: Path, folder: Path) -> None:
    """Move the new evidence into the store's folder. Names are SHA-256s, so a file already
    there holds the same bytes and is kept; another store's evidence beside it is untouched."""
    if not side.is_dir():
        return
    for source in sorted(side.rglob("*")):
        if not source.is_file() or source.name.startswith(".incoming-"):
            continue
        target = folder / source.relative_to(side)
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
