"""What the audits need before they start: users and the checklist library (the suppliers
themselves: supplier_master.py; their deliveries: deliveries.py).

Users get signing keys derived from the seed, so signatures verify the same way in every build
of the demo. The templates go in through the same import a quality engineer uses.
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from sqms_desktop.checklists.conditions import parse_condition
from sqms_desktop.checklists.library import library_file
from sqms_desktop.checklists.xlsx_format import read_template
from sqms_desktop.demo.run import DemoQuestion, DemoRun, DemoTemplate
from sqms_desktop.demo.words import (
    DEMO_PASSWORDS,
    USERS,
)
from sqms_desktop.services import templates, users
from sqms_desktop.store.models import Question
from sqms_desktop.vocab import AuditType, UserRole

# The built-in library the demo audits with, and how often each is used.
LIBRARY_USE = (
    ("iso9001-supplier", AuditType.SYSTEM, 45),
    ("vda63-process", AuditType.PROCESS, 30),
    ("gmp-api-supplier", AuditType.QUALIFICATION, 13),
    ("as9100-supplement", AuditType.PRODUCT, 12),
)


def make_users(run: DemoRun) -> None:
    """The demo's people, each with the signing key the seed gives them."""
    with run.uow(run.clock.moment) as uow:
        for username, full_name, role in USERS:
            key = Ed25519PrivateKey.from_private_bytes(
                hashlib.sha256(f"{run.options.seed}:{username}".encode()).digest()
            )
            user = users.create_user(
                uow, username, full_name, role, DEMO_PASSWORDS[username], signing_key=key
            )
            run.users[username] = user.id
            if role == UserRole.LEAD_AUDITOR:
                run.leads.append(username)
            elif role == UserRole.AUDITOR:
                run.auditors.append(username)
        uow.commit()
    run.summary.users = len(USERS)


def make_templates(run: DemoRun) -> None:
    """Import and release the built-in checklist library, as a quality engineer would."""
    for key, audit_type, _share in LIBRARY_USE:
        spec = read_template(library_file(key))
        with run.uow(run.clock.moment, run.quality_engineer) as uow:
            outcome = templates.import_template(uow, spec)
            templates.release_template(uow, outcome.template_id)
            uow.commit()
        with run.store.session() as session:
            rows = session.scalars(
                select(Question)
                .where(Question.template_id == outcome.template_id)
                .order_by(Question.position)
            ).all()
            questions = [
                DemoQuestion(
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
        template = DemoTemplate(outcome.template_id, key, spec.scheme, audit_type, questions)
        run.templates.append(template)
    run.summary.templates = len(run.templates)
