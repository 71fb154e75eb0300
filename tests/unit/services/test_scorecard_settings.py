"""Weights and bands change together, within their rules, by an administrator, with a reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from sqms_desktop.errors import ValidationError
from sqms_desktop.performance.scorecard import Bands, Weights
from sqms_desktop.queries.scorecards import scorecard_settings
from sqms_desktop.services.identity import PermissionDenied
from sqms_desktop.services.policy import set_policy
from sqms_desktop.services.scorecard_settings import SettingsChange, set_scorecard_settings
from sqms_desktop.services.users import create_user
from sqms_desktop.store.engine import Store
from sqms_desktop.store.ledger import TrailEntry
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from sqms_desktop.vocab import PolicyKey
from tests.support.store import acting

UowFactory = Callable[[], UnitOfWork]


def _settings(store: Store) -> tuple[Weights, Bands]:
    with store.session() as session:
        read = scorecard_settings(session)
    return read.weights, read.bands


def test_weights_and_bands_are_set_in_one_action_with_the_reason(
    store: Store, uow: UowFactory
) -> None:
    with uow() as u:
        change = SettingsChange(weights=(50, 20, 20, 10), bands=(85, 65))
        set_scorecard_settings(u, change, reason="Quality first this year")
        u.commit()
    assert _settings(store) == (Weights(50, 20, 20, 10), Bands(85, 65))
    with store.session() as session:
        reasons = set(
            session.scalars(
                select(TrailEntry.reason).where(
                    TrailEntry.entity == "store_setting", TrailEntry.field == "value"
                )
            )
        )
    assert reasons == {"Quality first this year"}


def test_only_the_bands_may_change(store: Store, uow: UowFactory) -> None:
    with uow() as u:
        set_scorecard_settings(u, SettingsChange(bands=(95, 75)), reason="Stricter")
        u.commit()
    assert _settings(store) == (Weights(), Bands(95, 75))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (SettingsChange(weights=(40, 30, 20, 20)), "add up to 100; 40 \\+ 30 \\+ 20 \\+ 20 = 110"),
        (SettingsChange(bands=(70, 70)), "band A must start above band B"),
        (SettingsChange(bands=(60, 80)), "band A must start above band B"),
        (SettingsChange(weights=(110, -10, 0, 0)), "must lie between 0 and 100"),
        (SettingsChange(bands=(101, 70)), "must lie between 1 and 100"),
        (SettingsChange(), "give the weights, the bands or both"),
        (SettingsChange(weights=(40, 30, 20, 10)), "nothing would change"),
    ],
)
def test_settings_that_break_a_rule_are_refused_and_nothing_changes(
    store: Store, uow: UowFactory, change: SettingsChange, message: str
) -> None:
    with uow() as u, pytest.raises(ValidationError, match=message):
        set_scorecard_settings(u, change, reason="Try")
    assert _settings(store) == (Weights(), Bands())


def test_only_an_administrator_changes_them_and_says_why(
    store: Store, uow: UowFactory, context: WriteContext
) -> None:
    with uow() as u:
        create_user(u, "quinn", "Quinn Quality", "quality_engineer")
        u.commit()
    with acting(store, "quinn", context) as u, pytest.raises(PermissionDenied):
        set_scorecard_settings(u, SettingsChange(bands=(95, 75)), reason="Stricter")
    with uow() as u, pytest.raises(ValidationError, match="reason"):
        set_scorecard_settings(u, SettingsChange(bands=(95, 75)), reason=" ")
    assert _settings(store) == (Weights(), Bands())


def test_a_weight_or_band_alone_is_refused_and_names_the_command_that_changes_them(
    store: Store, uow: Callable[[], UnitOfWork]
) -> None:
    for key in (PolicyKey.WEIGHT_QUALITY, PolicyKey.BAND_B_FROM):
        with uow() as u, pytest.raises(ValidationError, match="sqms scorecard settings"):
            set_policy(u, key, 50, reason="just this one")
    with store.session() as session:
        assert scorecard_settings(session).weights.in_order() == (40, 30, 20, 10)
