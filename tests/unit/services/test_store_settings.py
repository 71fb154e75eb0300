"""Store-wide settings: declared once, set by an administrator with a reason, all or nothing,
and what reports and CAPAs of the store then use."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from sqms_desktop.errors import ValidationError
from sqms_desktop.queries.capas import deadline_days
from sqms_desktop.queries.policy import policy_value
from sqms_desktop.queries.store_settings import (
    COMPANY_NAME,
    REPORT_LOGO,
    STORE_SETTINGS,
    company_name,
    report_logo,
    report_logo_bytes,
    store_setting_values,
)
from sqms_desktop.reports.settings import ReportSettings, with_store
from sqms_desktop.services.identity import PermissionDenied
from sqms_desktop.services.policy import set_policy
from sqms_desktop.services.store_settings import LogoFile, set_store_setting, set_store_settings
from sqms_desktop.services.users import create_user
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import PolicyKey
from tests.support.store import acting

UowFactory = Callable[[], UnitOfWork]


def _png(colour: str = "navy") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _values(store: Store) -> dict[str, int | str]:
    with store.session() as session:
        return {v.spec.key: v.value for v in store_setting_values(session)}


def test_every_policy_is_declared_once_with_a_label_and_a_group() -> None:
    assert {k.value for k in PolicyKey} <= set(STORE_SETTINGS)
    assert all(spec.label and spec.group for spec in STORE_SETTINGS.values())


def test_the_company_name_and_logo_are_kept_in_the_store_and_printed_on_its_reports(
    store: Store, uow: UowFactory, tmp_path: Path
) -> None:
    logo = tmp_path / "acme.png"
    logo.write_bytes(_png())
    with uow() as u:
        changed = set_store_settings(
            u, {COMPANY_NAME: "  ACME Automotive GmbH ", REPORT_LOGO: logo}, reason="first start"
        )
        u.commit()
    assert changed == [COMPANY_NAME, REPORT_LOGO]
    with store.session() as session:
        assert company_name(session) == "ACME Automotive GmbH"
        kept = report_logo(session)
        assert kept is not None
        assert kept.name == "acme.png"
        assert report_logo_bytes(session) == logo.read_bytes()
        reasons = set(
            session.scalars(
                select(TrailEntry.reason).where(
                    TrailEntry.entity == "store_setting", TrailEntry.field == "value"
                )
            )
        )
    assert reasons == {"first start"}
    logo.unlink()  # the store keeps its own copy
    printed = with_store(ReportSettings(page_size="Letter"), store)
    assert (printed.company_name, printed.page_size) == ("ACME Automotive GmbH", "Letter")
    assert printed.logo_data == _png()
    # an option of one command still wins for that report
    assert with_store(ReportSettings(company_name="Other"), store).company_name == "Other"


def test_the_same_logo_again_changes_nothing_and_an_empty_value_removes_it(
    store: Store, uow: UowFactory
) -> None:
    with uow() as u:
        assert set_store_setting(u, REPORT_LOGO, LogoFile("a.png", _png()), reason="logo")
        u.commit()
    with uow() as u:
        assert not set_store_setting(u, REPORT_LOGO, LogoFile("b.png", _png()), reason="again")
        assert set_store_setting(u, REPORT_LOGO, "", reason="no logo on reports")
        u.commit()
    with store.session() as session:
        assert report_logo(session) is None
    assert with_store(ReportSettings(), store).logo_data is None


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"no_such_setting": 3}, "is not a store-wide setting"),
        ({PolicyKey.AUDIT_MONTHS_HIGH: 0}, "Audit every, high risk must lie between 1 and 120"),
        ({PolicyKey.BACKUP_KEEP_DAYS: "two weeks"}, "takes a whole number; got 'two weeks'"),
        ({PolicyKey.WEIGHT_QUALITY: 50}, "must add up to 100; 50 \\+ 30 \\+ 20 \\+ 10 = 110"),
        ({PolicyKey.BAND_B_FROM: 95}, "band A must start above band B"),
        ({PolicyKey.CAPA_ROOT_CAUSE_DAYS: 40}, "CAPA stages are due in order"),
        ({PolicyKey.PPM_TARGET: 5000}, "PPM target must lie below the PPM ceiling"),
        ({COMPANY_NAME: "x" * 201}, "at most 200 characters"),
        ({COMPANY_NAME: "two\nlines"}, "one line of text"),
        ({REPORT_LOGO: LogoFile("logo.png", b"not an image")}, "logo.png"),
        ({REPORT_LOGO: Path("/no/such/logo.png")}, "No file /no/such/logo.png"),
        # a good value beside a bad one is not written either
        ({COMPANY_NAME: "ACME", PolicyKey.LOCKOUT_MINUTES: -1}, "between 1 and 1440"),
    ],
)
def test_a_bad_value_is_refused_with_what_is_wrong_and_nothing_is_written(
    store: Store, uow: UowFactory, values: dict[str, object], message: str
) -> None:
    before = _values(store)
    with uow() as u, pytest.raises(ValidationError, match=message):
        set_store_settings(u, values, reason="try")  # type: ignore[arg-type]
    assert _values(store) == before


def test_settings_that_hold_together_change_together(store: Store, uow: UowFactory) -> None:
    with uow() as u:
        set_store_settings(
            u,
            {
                PolicyKey.WEIGHT_QUALITY: "50",
                PolicyKey.WEIGHT_DELIVERY: 20,
                PolicyKey.CAPA_CORRECTIVE_ACTION_DAYS: 30,
                PolicyKey.CAPA_VERIFICATION_DAYS: 45,
                PolicyKey.CAPA_CLOSURE_DAYS: 60,
            },
            reason="agreed with purchasing",
        )
        u.commit()
    with store.session() as session:
        assert policy_value(session, PolicyKey.WEIGHT_QUALITY) == 50
        # a supplier without an agreement of its own gets the store's CAPA deadlines
        assert deadline_days(session, "no-agreement")["closure_due"] == 60


def test_only_an_administrator_changes_them_and_says_why(
    store: Store, uow: UowFactory, context: WriteContext
) -> None:
    with uow() as u:
        create_user(u, "quinn", "Quinn Quality", "quality_engineer")
        u.commit()
    with acting(store, "quinn", context) as u, pytest.raises(PermissionDenied):
        set_store_setting(u, COMPANY_NAME, "ACME", reason="mine")
    with uow() as u, pytest.raises(ValidationError, match="reason"):
        set_store_setting(u, COMPANY_NAME, "ACME", reason=" ")
    assert _values(store)[COMPANY_NAME] == ""


def test_a_policy_alone_keeps_the_capa_stages_in_order(uow: UowFactory) -> None:
    with uow() as u, pytest.raises(ValidationError, match="CAPA stages are due in order"):
        set_policy(u, PolicyKey.CAPA_CONTAINMENT_DAYS, 10, reason="later")
