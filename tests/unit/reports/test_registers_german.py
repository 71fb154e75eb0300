"""The Excel registers in German, read back from the real files: German column titles, sheet
names and stored values (the words the screens use), while dates stay dates and counts stay
numbers; and in English the registers are exactly as they were."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from sqms_desktop.i18n import speaking
from sqms_desktop.queries.trail import TrailFilter, list_trail
from sqms_desktop.reports.registers import export_register
from sqms_desktop.reports.trail_register import export_trail_xlsx
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.findings import TODAY, Register, build_register

# The titles the registers have always had in English; a change here breaks saved filters.
ENGLISH = {
    "findings": (
        "Findings",
        [
            "Finding",
            "Audit",
            "Audit date",
            "Supplier code",
            "Supplier",
            "Class",
            "Status",
            "Statement",
            "Requirement",
            "Objective evidence",
            "Question",
            "Question text",
            "CAPAs",
            "CAPA due",
            "CAPA overdue",
        ],
    ),
    "capas": (
        "CAPAs",
        [
            "CAPA",
            "Supplier code",
            "Supplier",
            "Title",
            "Type",
            "SCAR",
            "State",
            "Owner",
            "Safety critical",
            "Issued",
            "Containment due",
            "Root cause due",
            "Corrective action due",
            "Verification due",
            "Closure due",
            "Closed",
            "Findings",
        ],
    ),
    "suppliers": (
        "Suppliers",
        [
            "Code",
            "Supplier",
            "Country",
            "Status",
            "Risk class",
            "New business hold",
            "Sites",
            "Last audit",
            "Last grade",
            "Open CAPAs",
            "Overdue CAPAs",
            "Certificates expired",
            "Certificates expiring (90 days)",
            "PPM (12 periods)",
            "On-time delivery % (12 periods)",
        ],
    ),
}

GERMAN = {
    "findings": (
        "Feststellungen",
        [
            "Feststellung",
            "Audit",
            "Auditdatum",
            "Lieferantencode",
            "Lieferant",
            "Klasse",
            "Status",
            "Beschreibung",
            "Anforderung",
            "Objektiver Nachweis",
            "Frage",
            "Fragetext",
            "CAPAs",
            "CAPA fällig",
            "CAPA überfällig",
        ],
    ),
    "capas": (
        "CAPAs",
        [
            "CAPA",
            "Lieferantencode",
            "Lieferant",
            "Titel",
            "Art",
            "SCAR",
            "Stand",
            "Verantwortlich",
            "Sicherheitskritisch",
            "Eröffnet",
            "Sofortmaßnahme fällig",
            "Grundursache fällig",
            "Korrekturmaßnahme fällig",
            "Verifizierung fällig",
            "Abschluss fällig",
            "Geschlossen",
            "Feststellungen",
        ],
    ),
    "suppliers": (
        "Lieferanten",
        [
            "Code",
            "Lieferant",
            "Land",
            "Status",
            "Risikoklasse",
            "Neugeschäftssperre",
            "Standorte",
            "Letztes Audit",
            "Letzte Einstufung",
            "Offene CAPAs",
            "Überfällige CAPAs",
            "Zertifikate abgelaufen",
            "Zertifikate laufen ab (90 Tage)",
            "ppm (12 Perioden)",
            "Liefertermintreue % (12 Perioden)",
        ],
    ),
}


@pytest.fixture
def register(store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]) -> Register:
    return build_register(store, context, uow)


def _written(store: Store, kind: str, path: Path, language: str) -> Any:
    """The register written in `language`, opened again as Excel would."""
    with speaking(language):
        export_register(store, kind, path, today=TODAY)
    return openpyxl.load_workbook(path).active


def _by_reference(sheet: Any) -> dict[str, dict[str, Any]]:
    """Each row's cells by its column title, keyed by the row's first cell."""
    header = [c.value for c in sheet[1]]
    return {row[0].value: dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)}


@pytest.mark.parametrize("kind", list(GERMAN))
def test_each_register_has_german_titles_and_sheet_name(
    register: Register, tmp_path: Path, kind: str
) -> None:
    sheet = _written(register.store, kind, tmp_path / f"{kind}.xlsx", "de")
    title, headers = GERMAN[kind]
    assert sheet.title == title
    assert [c.value for c in sheet[1]] == headers


@pytest.mark.parametrize("kind", list(ENGLISH))
def test_in_english_the_titles_are_as_they_were(
    register: Register, tmp_path: Path, kind: str
) -> None:
    sheet = _written(register.store, kind, tmp_path / f"{kind}.xlsx", "en")
    title, headers = ENGLISH[kind]
    assert sheet.title == title
    assert [c.value for c in sheet[1]] == headers


def test_findings_speak_german_and_keep_their_dates(register: Register, tmp_path: Path) -> None:
    rows = _by_reference(_written(register.store, "findings", tmp_path / "f.xlsx", "de"))
    major = rows[register.finding_refs["A1-F1"]]
    assert (major["Klasse"].value, major["Status"].value) == ("Hauptabweichung", "CAPA eröffnet")
    assert major["CAPA überfällig"].value == "ja"  # the issued CAPA's containment was due 21 Jan
    for cell in (major["Auditdatum"], major["CAPA fällig"]):
        assert cell.is_date
        assert cell.number_format == "yyyy-mm-dd"
    assert major["Auditdatum"].value == dt.datetime(2026, 1, 12)
    others = {name: rows[register.finding_refs[name]] for name in ("A1-F2", "A2-F1", "A3-F1")}
    said = {name: (row["Klasse"].value, row["Status"].value) for name, row in others.items()}
    assert said == {
        "A1-F2": ("Nebenabweichung", "Offen"),
        "A2-F1": ("Beobachtung", "Offen"),
        "A3-F1": ("Gute Praxis", "Geschlossen"),
    }
    assert rows[register.finding_refs["A1-F2"]]["CAPA überfällig"].value is None  # no "nein"
    # What the auditors wrote stays as written.
    assert major["Beschreibung"].value == "Gauge 17 out of calibration"


def test_findings_in_english_keep_their_stored_values(register: Register, tmp_path: Path) -> None:
    rows = _by_reference(_written(register.store, "findings", tmp_path / "f.xlsx", "en"))
    major = rows[register.finding_refs["A1-F1"]]
    assert (major["Class"].value, major["Status"].value) == ("major nc", "capa raised")
    assert major["CAPA overdue"].value == "yes"
    closed = rows[register.finding_refs["A3-F1"]]
    assert (closed["Class"].value, closed["Status"].value) == ("good practice", "closed")


def test_capas_speak_german_and_keep_their_dates(register: Register, tmp_path: Path) -> None:
    rows = _by_reference(_written(register.store, "capas", tmp_path / "c.xlsx", "de"))
    issued = rows[register.capa_refs["issued"]]
    assert [issued[t].value for t in ("Art", "SCAR", "Stand", "Sicherheitskritisch")] == [
        "Korrektur",
        "ja",
        "Ausgegeben",
        "nein",
    ]
    assert rows[register.capa_refs["draft"]]["Stand"].value == "Entwurf"
    for title in ("Eröffnet", "Sofortmaßnahme fällig", "Abschluss fällig"):
        assert issued[title].is_date
        assert issued[title].number_format == "yyyy-mm-dd"
    assert issued["Eröffnet"].value == dt.datetime(2026, 1, 20)


def test_capas_in_english_keep_their_stored_values(register: Register, tmp_path: Path) -> None:
    rows = _by_reference(_written(register.store, "capas", tmp_path / "c.xlsx", "en"))
    issued = rows[register.capa_refs["issued"]]
    assert [issued[t].value for t in ("Type", "SCAR", "State", "Safety critical")] == [
        "corrective",
        "yes",
        "issued",
        "no",
    ]


def test_suppliers_speak_german_and_keep_their_numbers(register: Register, tmp_path: Path) -> None:
    rows = _by_reference(_written(register.store, "suppliers", tmp_path / "s.xlsx", "de"))
    acme = rows["S1"]
    assert [acme[t].value for t in ("Status", "Risikoklasse", "Neugeschäftssperre")] == [
        "Potenzieller Lieferant",
        "Mittel",
        "nein",
    ]
    assert acme["Letztes Audit"].is_date
    assert acme["Letztes Audit"].value == dt.datetime(2026, 1, 12)
    assert (acme["Offene CAPAs"].value, acme["Überfällige CAPAs"].value) == (1, 1)
    assert acme["Offene CAPAs"].data_type == "n"


def test_suppliers_in_english_keep_their_stored_values(register: Register, tmp_path: Path) -> None:
    rows = _by_reference(_written(register.store, "suppliers", tmp_path / "s.xlsx", "en"))
    acme = rows["S1"]
    assert [acme[t].value for t in ("Status", "Risk class", "New business hold")] == [
        "prospect",
        "medium",
        "no",
    ]


def test_trail_export_has_german_titles_and_the_entries_as_recorded(
    register: Register, tmp_path: Path
) -> None:
    with register.store.session() as session:
        rows = list_trail(session, TrailFilter())
    sheets = {}
    for language in ("en", "de"):
        with speaking(language):
            path = export_trail_xlsx(rows, tmp_path / f"trail-{language}.xlsx", title="Trail")
        sheets[language] = openpyxl.load_workbook(path).active
    english, german = sheets["en"], sheets["de"]
    assert (english.title, german.title) == ("Trail", "Audit-Trail")
    assert [c.value for c in english[1]][:4] == ["Entry", "Time (UTC)", "UTC offset", "Local time"]
    assert [c.value for c in german[1]] == [
        "Eintrag",
        "Zeit (UTC)",
        "UTC-Versatz",
        "Ortszeit",
        "Benutzer",
        "Replikat",
        "Datensatzart",
        "Datensatz",
        "Feld",
        "Vorgang",
        "Alter Wert",
        "Neuer Wert",
        "Begründung",
        "Hash",
    ]
    # The entries are the record: the same in both languages, the time still a date and time.
    assert list(german.iter_rows(min_row=2, values_only=True)) == list(
        english.iter_rows(min_row=2, values_only=True)
    )
    assert german["B2"].is_date
    assert german["B2"].number_format == "yyyy-mm-dd hh:mm:ss"
