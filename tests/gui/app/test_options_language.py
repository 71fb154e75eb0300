"""`sqms-desktop --help` and the options' errors speak the language the window will speak."""

from __future__ import annotations

import pytest

from sqms_desktop import i18n
from sqms_desktop.gui.app.application import parse_args


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    try:
        with pytest.raises(SystemExit):
            parse_args([*argv, "--help"])
    finally:
        i18n.set_language("en")
    return capsys.readouterr().out


def test_help_is_german_with_lang_de(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "--lang", "de")
    assert "die Demo-Datenbank öffnen" in text
    assert "Optionen für Bildschirmfotos" in text


def test_help_is_english_by_default_here(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    assert "open the demo store (created on first use)" in text
    assert i18n.language() == "en"


def test_an_option_error_is_german_with_lang_de(capsys: pytest.CaptureFixture[str]) -> None:
    try:
        with pytest.raises(SystemExit):
            parse_args(["--lang=de", "--size", "400x100"])
    finally:
        i18n.set_language("en")
    assert "ist kleiner als 320x240" in capsys.readouterr().err
