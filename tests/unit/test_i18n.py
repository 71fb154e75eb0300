"""The core's language: which language a setting or the system asks for, and texts read from the
Linguist sources, unfinished ones shown in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sqms_desktop import i18n, resources

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>No store at {path}</source>
        <translation>Kein Speicher unter {path}</translation>
    </message>
    <message>
        <source>Half done</source>
        <translation type="unfinished">Halb</translation>
    </message>
    <message>
        <source>{n} change</source>
        <translation>{n} Änderung</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} Änderungen</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    (tmp_path / "cli_de.ts").write_text(TS, encoding="utf-8")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    i18n.catalogue.cache_clear()
    i18n.set_language("de")
    yield
    i18n.set_language("en")
    i18n.catalogue.cache_clear()


@pytest.mark.parametrize(
    ("asked", "spoken"),
    [("de_DE.UTF-8", "de"), ("de-AT", "de"), ("DE", "de"), ("fr_FR", "en"), ("", "en")],
)
def test_a_locale_name_asks_for_the_language_we_speak(asked: str, spoken: str) -> None:
    assert i18n.normalise(asked) == spoken


def test_the_system_language_comes_from_the_locale_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", i18n.LANGUAGE_VARIABLE):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "de_CH.UTF-8")
    assert i18n.system_language() == "de"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert i18n.system_language() == "en"
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "de")
    assert i18n.requested_language() == "de"


@pytest.mark.usefixtures("german")
def test_a_finished_translation_is_used_and_an_unfinished_one_is_not() -> None:
    path = "/tmp/x.sqms"
    assert i18n.translate("cli", "No store at {path}").format(path=path) == (
        f"Kein Speicher unter {path}"
    )
    assert i18n.translate("cli", "Half done") == "Half done"
    assert i18n.translate("other", "No store at {path}") == "No store at {path}"


@pytest.mark.usefixtures("german")
def test_a_translated_sentence_remembers_its_english_also_inside_another_and_an_error() -> None:
    from sqms_desktop.errors import ValidationError

    inner = i18n.translate("cli", "{n} change").format(n=1)
    outer = i18n.translate("cli", "No store at {path}").format(path=inner)
    error = ValidationError(outer)

    assert (outer, i18n.english(outer)) == (
        "Kein Speicher unter 1 Änderung",
        "No store at 1 change",
    )
    assert (str(error), error.english) == (outer, "No store at 1 change")
    assert ValidationError("plain words").english == "plain words"


@pytest.mark.usefixtures("german")
def test_a_count_takes_the_form_of_its_number() -> None:
    def changes(n: int) -> str:
        return i18n.plural(
            n, i18n.translate("cli", "{n} change"), i18n.translate("cli", "{n} changes")
        ).format(n=n)

    assert [changes(n) for n in (0, 1, 2)] == ["0 Änderungen", "1 Änderung", "2 Änderungen"]
    i18n.set_language("en")
    assert [changes(n) for n in (1, 3)] == ["1 change", "3 changes"]
    assert i18n.translate_to("de", "cli", "{n} change") == "{n} Änderung"


def test_shipped_folders_are_found_in_a_checkout_and_in_a_frozen_application(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkout = Path(__file__).resolve().parents[2]
    assert resources.shipped("resources") == checkout / "resources"
    assert (resources.shipped("migrations") / "env.py").is_file()
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources.shipped("ui") == tmp_path / "ui"
    with pytest.raises(ValueError, match="not a shipped folder"):
        resources.shipped("secrets")
