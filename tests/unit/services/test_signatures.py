"""Sign-in rules and electronic signatures, through the real services and the command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from sqms_desktop.demo.templates import ISO9001_EXTRACT
from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.queries.policy import lockout_minutes
from sqms_desktop.queries.signatures import (
    SignatureCheck,
    content_hash,
    payload,
    verify_signatures,
)
from sqms_desktop.services import audits, identity, policy, signatures, suppliers, templates, users
from sqms_desktop.services.identity import AuthenticationError, PermissionDenied
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import Credential, TrailEntry
from sqms_desktop.store.models import Audit, Question, Signature
from sqms_desktop.store.trail import verify_chain
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.store import StepClock

LEAD_PW = "lead-auditor-pw"
D = dt.date(2026, 3, 2)


def _as(store: Store, user: str, clock: StepClock | None = None) -> UnitOfWork:
    return UnitOfWork(store, WriteContext(user=user, clock=clock or StepClock()))


@pytest.fixture
def completed(store: Store, uow: Callable[[], UnitOfWork]) -> dict[str, str]:
    with uow() as u:
        lena = users.create_user(u, "lena", "Lena Größ", "lead_auditor", LEAD_PW)
        users.create_user(u, "omar", "Omar Şen", "auditor", "auditor-pw-123")
        supplier = suppliers.create_supplier(u, suppliers.SupplierInput(code="S1", name="Acme"))
        template = templates.create_template(u, ISO9001_EXTRACT)
        templates.release_template(u, template.id)
        u.commit()
    ids = {"lead": lena.id, "supplier": supplier.id, "template": template.id}
    ids["audit"] = _completed_audit(uow, ids)
    ids["other"] = _completed_audit(uow, ids)
    return ids


def _completed_audit(uow: Callable[[], UnitOfWork], ids: dict[str, str]) -> str:
    with uow() as u:
        audit = audits.plan_audit(
            u,
            audits.AuditPlan(
                supplier_id=ids["supplier"],
                template_id=ids["template"],
                lead_auditor_id=ids["lead"],
                planned_start=D,
            ),
        )
        audits.start_audit(u, audit.id, D)
        for question in u.session.scalars(
            select(Question).where(Question.template_id == ids["template"])
        ):
            audits.record_answer(u, audit.id, question.id, "3")
        audits.complete_audit(u, audit.id, D, conclusions="Effective.", score=100.0, grade="A")
        u.commit()
        return audit.id


def _sign(store: Store, audit_id: str, user: str = "lena", password: str = LEAD_PW) -> None:
    with _as(store, user) as u:
        signatures.sign_audit(u, audit_id, user, password, "approved")
        u.commit()


def _checks(store: Store, audit_id: str) -> list[SignatureCheck]:
    with store.session() as session:
        return verify_signatures(session, "audit", audit_id)


def test_a_signed_audit_verifies_and_is_locked(store: Store, completed: dict[str, str]) -> None:
    _sign(store, completed["audit"])
    (check,) = _checks(store, completed["audit"])
    assert check.valid, check.problem
    assert (check.printed_name, check.meaning) == ("Lena Größ", "approved")
    assert "+0100" in check.describe()
    with store.session() as session:
        assert session.get_one(Audit, completed["audit"]).status == "signed"
    with _as(store, "lena") as u:
        question = u.session.scalars(select(Question)).first()
        assert question is not None
        with pytest.raises(StateError, match="locked"):
            audits.record_answer(u, completed["audit"], question.id, "0")


def test_an_edit_after_reopening_invalidates_the_signature(
    store: Store, completed: dict[str, str]
) -> None:
    _sign(store, completed["audit"])
    with _as(store, "lena") as u:
        audits.change_audit_status(u, completed["audit"], "in_progress", reason="new evidence")
        u.commit()
    assert (
        _checks(store, completed["audit"])[0].problem
        == "the record was reopened after it was signed"
    )
    with _as(store, "lena") as u:
        question = u.session.scalars(select(Question)).first()
        assert question is not None
        audits.record_answer(u, completed["audit"], question.id, "1")
        audits.complete_audit(
            u, completed["audit"], D, conclusions="Effective.", score=100.0, grade="A"
        )
        u.commit()
    (check,) = _checks(store, completed["audit"])
    assert not check.valid
    assert check.problem == "the record was changed after it was signed"


def test_a_signature_copied_onto_another_record_is_invalid(
    store: Store, store_path: Path, completed: dict[str, str]
) -> None:
    import sqlite3

    _sign(store, completed["audit"])
    _sign(store, completed["other"])
    connection = sqlite3.connect(store_path)
    row = connection.execute(
        "SELECT content_sha256, signature, record_version FROM signature WHERE record_id = ?",
        (completed["audit"],),
    ).fetchone()
    connection.execute(
        "UPDATE signature SET content_sha256 = ?, signature = ?, record_version = ? "
        "WHERE record_id = ?",
        (*row, completed["other"]),
    )
    connection.commit()
    connection.close()
    (check,) = _checks(store, completed["other"])
    assert check.problem == "the signature does not match what it claims to sign"


def test_a_trailed_key_change_keeps_earlier_signatures_valid(
    store: Store, completed: dict[str, str]
) -> None:
    """A signature is checked against the key the signer had when signing, not today's."""
    _sign(store, completed["audit"])
    with _as(store, "admin") as u:  # an administrator resets the password: a new key
        user = identity.user_by_name(u, "lena")
        identity.set_password(u, user, "a-brand-new-password")
        u.commit()
    assert _checks(store, completed["audit"])[0].valid
    _sign(store, completed["other"], password="a-brand-new-password")
    assert _checks(store, completed["other"])[0].valid


def _sqlite(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    import sqlite3

    connection = sqlite3.connect(path)
    for statement, values in statements:
        connection.execute(statement, values)
    connection.commit()
    connection.close()


def test_a_forged_signature_under_a_replaced_key_is_invalid(
    store: Store, store_path: Path, completed: dict[str, str]
) -> None:
    """The attack: put your own public key into the signer's row and sign with its private
    key. The row's key no longer matches the trail's, and the forged key never was hers."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    _sign(store, completed["audit"])
    forger = Ed25519PrivateKey.generate()
    forged_public = identity.public_hex(forger)
    with store.session() as session:
        signature = session.scalars(
            select(Signature).where(Signature.record_id == completed["audit"])
        ).one()
        signature.public_key = forged_public
        forged = forger.sign(payload(signature, "lena")).hex()
    _sqlite(
        store_path,
        ("UPDATE user_account SET public_key = ? WHERE id = ?", (forged_public, completed["lead"])),
        (
            "UPDATE signature SET public_key = ?, signature = ? WHERE record_id = ?",
            (forged_public, forged, completed["audit"]),
        ),
    )
    (check,) = _checks(store, completed["audit"])
    assert not check.valid
    assert check.problem == "the signer's key was changed outside a trailed key change"


def test_a_signature_under_a_key_the_signer_never_had_is_invalid(
    store: Store, store_path: Path, completed: dict[str, str]
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    _sign(store, completed["audit"])
    forger = Ed25519PrivateKey.generate()
    with store.session() as session:
        signature = session.scalars(
            select(Signature).where(Signature.record_id == completed["audit"])
        ).one()
        signature.public_key = identity.public_hex(forger)
        forged = forger.sign(payload(signature, "lena")).hex()
    _sqlite(
        store_path,
        (
            "UPDATE signature SET public_key = ?, signature = ? WHERE record_id = ?",
            (identity.public_hex(forger), forged, completed["audit"]),
        ),
    )
    (check,) = _checks(store, completed["audit"])
    assert check.problem == "signed with a key that was not the signer's at that time"


def test_changing_the_password_keeps_the_key_and_the_signatures(
    store: Store, completed: dict[str, str]
) -> None:
    _sign(store, completed["audit"])
    with _as(store, "lena") as u:
        identity.change_password(u, "lena", LEAD_PW, "my-new-password-1")
        u.commit()
    assert _checks(store, completed["audit"])[0].valid
    with _as(store, "lena") as u, pytest.raises(AuthenticationError, match="wrong"):
        identity.authenticate(u, "lena", LEAD_PW)
    _sign(store, completed["other"], password="my-new-password-1")
    assert _checks(store, completed["other"])[0].valid


def test_only_a_lead_auditor_signs_an_audit(store: Store, completed: dict[str, str]) -> None:
    with (
        _as(store, "omar") as u,
        pytest.raises(
            PermissionDenied,
            match="Omar Şen is an auditor; signing an audit needs the lead auditor role",
        ),
    ):
        signatures.sign_audit(u, completed["audit"], "omar", "auditor-pw-123")
    assert _checks(store, completed["audit"]) == []


def test_five_wrong_passwords_lock_the_account_for_the_store_policy_time(
    store: Store, uow: Callable[[], UnitOfWork], completed: dict[str, str]
) -> None:
    with uow() as u:
        policy.set_policy(u, "lockout_minutes", 30, reason="site security standard SEC-4")
        u.commit()
    clock = StepClock()
    for _ in range(5):
        with _as(store, "lena", clock) as u, pytest.raises(AuthenticationError, match="wrong"):
            identity.authenticate(u, "lena", "not-the-password")
    with _as(store, "lena", clock) as u, pytest.raises(AuthenticationError, match="locked"):
        identity.authenticate(u, "lena", LEAD_PW)
    still = StepClock(clock.start + dt.timedelta(minutes=29))
    with _as(store, "lena", still) as u, pytest.raises(AuthenticationError, match="locked"):
        identity.authenticate(u, "lena", LEAD_PW)
    later = StepClock(clock.start + dt.timedelta(minutes=31))
    with _as(store, "lena", later) as u:
        assert identity.authenticate(u, "lena", LEAD_PW).username == "lena"
    with store.session() as session:
        assert session.scalars(select(Credential.failed_attempts)).all() == [0, 0]
        events = session.scalars(
            select(TrailEntry.action).where(
                TrailEntry.entity == "user_account", TrailEntry.field.is_(None)
            )
        ).all()
    assert events.count("refused") == 4
    assert events.count("locked") == 1


def test_only_an_admin_sets_a_policy_within_its_bounds(
    store: Store, uow: Callable[[], UnitOfWork], completed: dict[str, str]
) -> None:
    with _as(store, "lena") as u, pytest.raises(PermissionDenied, match="administrator role"):
        policy.set_policy(u, "lockout_minutes", 1, reason="shorter")
    with uow() as u:
        with pytest.raises(ValidationError, match="between 1 and 1440; got 0"):
            policy.set_policy(u, "lockout_minutes", 0, reason="off")
        with pytest.raises(ValidationError, match="not a store policy"):
            policy.set_policy(u, "idle_minutes", 5, reason="x")
        with pytest.raises(ValidationError, match="reason"):
            policy.set_policy(u, "lockout_minutes", 20, reason=" ")
    with store.session() as session:
        assert lockout_minutes(session) == 15


def test_a_right_password_ends_a_run_of_wrong_ones_even_when_the_action_is_refused(
    store: Store, completed: dict[str, str]
) -> None:
    for _ in range(4):
        with _as(store, "omar") as u, pytest.raises(AuthenticationError):
            identity.authenticate(u, "omar", "wrong-password-x")
    with _as(store, "omar") as u, pytest.raises(PermissionDenied):
        signatures.sign_audit(u, completed["audit"], "omar", "auditor-pw-123")
    with _as(store, "omar") as u, pytest.raises(AuthenticationError, match="wrong"):
        identity.authenticate(u, "omar", "wrong-password-x")
    with _as(store, "omar") as u:  # one failure since the right password: not locked
        assert identity.authenticate(u, "omar", "auditor-pw-123").username == "omar"


def test_sign_in_lock_unlock_and_sign_out_are_trailed(
    store: Store, completed: dict[str, str]
) -> None:
    with _as(store, "lena") as u:
        identity.sign_in(u, "lena", LEAD_PW)
        u.commit()
    for action in ("lock", "unlock", "sign-out"):
        with _as(store, "lena") as u:
            identity.session_event(u, action)
            u.commit()
    with _as(store, "lena") as u, pytest.raises(ValidationError, match="not a session event"):
        identity.session_event(u, "reboot")
    with store.session() as session:
        rows = session.execute(
            select(TrailEntry.user, TrailEntry.action, TrailEntry.record_id)
            .where(TrailEntry.field.is_(None), TrailEntry.entity == "user_account")
            .order_by(TrailEntry.seq)
        ).all()
        assert verify_chain(session).ok
    assert [(r.user, r.action) for r in rows][-4:] == [
        ("lena", "sign-in"),
        ("lena", "lock"),
        ("lena", "unlock"),
        ("lena", "sign-out"),
    ]
    assert {r.record_id for r in rows[-4:]} == {completed["lead"]}


def test_passwords_are_stored_only_as_slow_salted_hashes(
    store: Store, completed: dict[str, str]
) -> None:
    with store.session() as session:
        stored = session.scalars(select(Credential.password_hash)).all()
        sealed = session.scalars(select(Credential.sealed_key)).all()
    assert all(h.startswith("scrypt$32768$8$1$") for h in stored)
    assert len(set(stored)) == 2
    assert not any(LEAD_PW in value for value in (*stored, *sealed))
    with store.session() as session:
        rows = session.execute(
            select(Signature.signature).where(Signature.record_id == completed["audit"])
        ).all()
    assert rows == []


def test_a_signature_from_before_numbering_left_the_content_still_verifies(
    store: Store, completed: dict[str, str]
) -> None:
    """Signatures made before the reference was left out of the signed content covered it:
    they hold while the reference is as signed, and not once it changed."""
    _sign(store, completed["audit"])
    with store.session() as session:
        signature = session.scalars(select(Signature)).one()
        signature.content_sha256 = content_hash(session, "audit", completed["audit"], legacy=True)
        credential = session.get_one(Credential, completed["lead"])
        key = identity.unseal_key(credential.sealed_key, LEAD_PW)
        signature.signature = key.sign(payload(signature, "lena")).hex()
        session.commit()  # as an older version of the application stored it
    assert [c.valid for c in _checks(store, completed["audit"])] == [True]
    with store.session() as session:
        session.get_one(Audit, completed["audit"]).reference = "AUD-2026-0099"
        session.commit()
    assert [c.problem for c in _checks(store, completed["audit"])] == [
        "the record was changed after it was signed"
    ]
