"""`sqms` speaks English or German: `--lang` before the command, else `SQMS_LANG`, else the
system's language. Help, messages, table headers and refusals are translated; what scripts read
(`--json`, exit codes) is the same in both languages, and `--version` reads no catalogue."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from sqms_desktop import i18n
from sqms_desktop.cli import EXIT_BAD_INPUT, chosen_language, main

ROOT = Path(__file__).resolve().parents[2]


def run(
    capsys: pytest.CaptureFixture[str], *argv: str, code: int | None = 0
) -> tuple[int, str, str]:
    """`sqms ARGV` in this process: its exit code (argparse's own exit too), stdout, stderr."""
    capsys.readouterr()
    try:
        done = main(list(argv))
    except SystemExit as exit_:
        done = int(exit_.code or 0)
    out, err = capsys.readouterr()
    if code is not None:
        assert done == code, err
    return done, out, err


def test_help_is_german_with_sqms_lang(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SQMS_LANG", "de")
    _, out, _ = run(capsys, "--help")
    assert "SQMS Desktop auf der Kommandozeile: Lieferanten, Audits, Audit-Trail" in out
    assert "die Sprache von sqms: en oder de" in out
    assert "supplier       Lieferanten" in out  # command names stay as they are typed
    assert "suppliers, audits, trail" not in out
    _, out, _ = run(capsys, "supplier", "list", "--help")
    assert "die Lieferanten auflisten" in out
    assert "--json      JSON für Skripte ausgeben" in out
    assert "list the suppliers" not in out
    _, out, _ = run(capsys, "audit", "new", "--help")
    assert "ein Audit planen; gibt seine Referenz aus" in out
    assert "--lead USER" in out
    assert "der Lead-Auditor" in out


def test_argparse_speaks_german_too_and_english_after(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """argparse's own headings and usage errors (cli/argparse_words.py)."""
    monkeypatch.setenv("SQMS_LANG", "de")
    _, out, _ = run(capsys, "--help")
    assert out.startswith("Aufruf: sqms ")
    assert "Positionsargumente:" in out
    assert "Optionen:" in out
    assert "diese Hilfe anzeigen und beenden" in out
    _, _, err = run(capsys, "supplier", "status", "ACME", "approved", code=EXIT_BAD_INPUT)
    required = "die folgenden Argumente sind erforderlich: --reason"
    assert f"sqms supplier status: Fehler: {required}" in err
    _, _, err = run(capsys, "supplier", "status", "ACME", "blocked", code=EXIT_BAD_INPUT)
    assert "ungültige Wahl: 'blocked'" in err
    monkeypatch.setenv("SQMS_LANG", "en")
    _, _, err = run(capsys, "supplier", "status", "ACME", "approved", code=EXIT_BAD_INPUT)
    assert err.startswith("usage: sqms supplier status ")
    assert "sqms supplier status: error: the following arguments are required: --reason" in err


def test_help_is_english_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "supplier", "list", "--help")
    assert "list the suppliers" in out
    assert "--json      print JSON for scripts" in out
    assert i18n.language() == "en"


@pytest.mark.parametrize(
    ("argv", "environment", "expected"),
    [
        (["--lang", "de", "supplier", "list"], {}, "de"),
        (["--lang=de", "supplier", "list"], {}, "de"),
        (["--lan", "de", "supplier", "list"], {}, "de"),  # argparse's abbreviation
        (["--db", "x.sqlite", "--lang", "de", "--user", "anna", "store", "info"], {}, "de"),
        (["--lang", "en", "supplier", "list"], {"SQMS_LANG": "de"}, "en"),
        (["supplier", "list"], {"SQMS_LANG": "de"}, "de"),
        (["supplier", "list"], {"SQMS_LANG": "de_DE.UTF-8"}, "de"),
        (["supplier", "list"], {"LANG": "de_AT.UTF-8"}, "de"),
        (["supplier", "list"], {"SQMS_LANG": "fr", "LANG": "de_DE.UTF-8"}, "en"),
        (["supplier", "list"], {}, "en"),
        # after the command, --lang is the command's own (a report's language), not sqms's
        (["report", "pdf", "AUD-1", "--lang", "de"], {}, "en"),
        (["--db", "--lang", "supplier", "list"], {}, "en"),  # "--lang" is --db's value here
        (["--lang", "de", "--version"], {}, "en"),  # nothing translated to show
    ],
)
def test_the_language_chosen(
    argv: list[str],
    environment: dict[str, str],
    expected: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert chosen_language(argv) == expected


def test_a_refusal_in_german_and_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "typo" / "sqms.sqlite"
    _, out, err = run(capsys, "--lang", "de", "--db", str(db), "supplier", "list", code=2)
    assert out == ""
    assert err.startswith(f"sqms: Fehler: unter {db} gibt es keine Datenbank; prüfen Sie --db")
    assert "Eine neue Datenbank entsteht, wenn ihr erster Administrator angelegt wird" in err
    _, out, err = run(capsys, "--db", str(db), "supplier", "list", code=EXIT_BAD_INPUT)
    assert err.startswith(f"sqms: error: there is no store at {db}; check --db")
    assert not db.parent.exists()
    assert i18n.language() == "en"  # the language was that one command's


def test_a_usage_error_is_german_and_keeps_its_exit_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """argparse's own words ("usage:", "error:", "argument") are German too
    (cli/argparse_words.py), around sqms's own German texts; a language sqms does not speak
    gets English."""
    _, _, err = run(capsys, "--lang", "de", "audit", "new", "--date", "soon", code=2)
    assert err.startswith("Aufruf: sqms audit new")
    assert "sqms audit new: Fehler: Argument --date: 'soon' ist kein Datum (JJJJ-MM-TT)" in err
    _, _, err = run(capsys, "--lang", "fr", "supplier", "list", code=2)
    assert "--lang: invalid choice: 'fr'" in err


LISTINGS = [
    ("supplier", "list"),
    ("audit", "list"),
    ("audit", "finding", "list"),
    ("capa", "list"),
    ("user", "list"),
    ("template", "list"),
    ("trail", "verify"),
    ("programme", "--today", "2026-03-01"),
    ("proposals",),
]


@pytest.mark.parametrize("command", LISTINGS, ids=" ".join)
def test_json_is_the_same_in_both_languages(
    command: tuple[str, ...], demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(demo_copy)]
    _, english, _ = run(capsys, *db, *command, "--json")
    _, german, _ = run(capsys, "--lang", "de", *db, *command, "--json")
    assert german == english
    assert json.loads(german)


def test_a_listing_for_people_in_german(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "--lang", "de", "--db", str(demo_copy), "supplier", "list")
    header, rule, *rows, total = out.splitlines()
    assert header.split()[:4] == ["NUMMER", "NAME", "LAND", "STATUS"]
    assert "NÄCHSTES AUDIT" in header
    assert "NEXT AUDIT" not in header
    assert set(rule) == {"-", " "}
    assert total == f"{len(rows)} Lieferanten in {demo_copy}"
    _, out, _ = run(capsys, "--db", str(demo_copy), "supplier", "list")
    assert out.splitlines()[0].split()[:4] == ["CODE", "NAME", "CTRY", "STATUS"]
    assert out.splitlines()[-1] == f"{len(rows)} suppliers in {demo_copy}"


def test_version_reads_no_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    i18n.catalogue.cache_clear()
    _, out, _ = run(capsys, "--lang", "de", "--version")
    assert out.startswith("sqms ")
    assert i18n.catalogue.cache_info().currsize == 0
    run(capsys, "--lang", "de", "--help")
    assert i18n.catalogue.cache_info().currsize == 1  # German help does read it


def test_every_text_of_the_command_line_is_translated_into_german(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """cli_de.ts is in step with sqms_desktop/cli and every message is translated, with the
    same placeholders (scripts/translations.py check --area cli)."""
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None
    assert spec.loader is not None
    translations = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, translations)  # for its dataclasses
    spec.loader.exec_module(translations)
    assert translations.problems_of("cli", "de") == []
