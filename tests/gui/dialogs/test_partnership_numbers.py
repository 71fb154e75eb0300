"""Targets typed in the partnership dialogs as the user's language writes numbers: "97,5" and
"1.000" in German, "97.5" and "1,000" in English, a decimal point in either; anything else is
refused at its field, in the words of the dialog's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from sqms_desktop.errors import ValidationError
from sqms_desktop.gui.dialogs.partnership_form import optional_float, optional_int

pytestmark = pytest.mark.gui


def _speaking(language: QLocale.Language, country: QLocale.Country) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(language, country))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def german() -> Iterator[None]:
    yield from _speaking(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def english() -> Iterator[None]:
    yield from _speaking(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_german_figures_are_read_as_german_writes_them(german: None) -> None:
    assert optional_float("97,5", "on-time delivery target") == 97.5
    assert optional_float("97.5", "on-time delivery target") == 97.5  # a point still reads
    assert optional_int("1.000", "PPM target") == 1000
    assert optional_int(" 250 ", "PPM target") == 250
    assert optional_float("", "on-time delivery target") is None


def test_english_figures_and_a_refusal_at_its_field(english: None) -> None:
    assert optional_float("97.5", "on-time delivery target") == 97.5
    assert optional_int("1,000", "PPM target") == 1000
    with pytest.raises(
        ValidationError, match="PPM target must be a whole number; got 'many'"
    ) as raised:
        optional_int("many", "PPM target", "ppm")
    assert getattr(raised.value, "field", None) == "ppm"
