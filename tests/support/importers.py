"""Every importer of outside files, once: how to make a valid input and how to run the import
against a real store, for the fuzzers (tests/fuzz/) and the hostile corpus (tests/data/hostile/).

An importer added later gets its fuzzer by adding one `Importer` to `IMPORTERS`: a name, a
builder of a valid file, the service call, and which store it writes. Each run is one user
action: the service in one unit of work, committed only when it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import openpyxl
from sqlalchemy import select

from sqms_desktop.checklists.spec import QuestionSpec, SectionSpec, TemplateSpec
from sqms_desktop.checklists.workbooks import read_checklist
from sqms_desktop.checklists.xlsx_format import write_template
from sqms_desktop.services import audits, capa_8d, capas, evidence, templates, users
from sqms_desktop.services.bundles import import_bundle
from sqms_desktop.services.kpi_import import apply_kpi_import, preview_kpi_import
from sqms_desktop.services.replicas import export_trust, import_trust
from sqms_desktop.services.scar_form import apply_response, export_scar
from sqms_desktop.services.self_assessment import export_questionnaire, import_self_assessment
from sqms_desktop.services.supplier_import import apply_supplier_import, preview_supplier_import
from sqms_desktop.store.engine import Store, open_store
from sqms_desktop.store.models import User
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.capa_world import QE, D, World, build_world
from tests.support.delivery_files import DELIVERY_HEADERS, delivery_rows
from tests.support.photos import jpeg
from tests.support.self_assessment import ANSWERS, COMMENTS, add_questionnaire, fill
from tests.support.store import StepClock, acting, counting_ids
from tests.support.supplier_files import supplier_rows, write_csv, write_xlsx
from tests.support.sync_stores import PASSPHRASE, SyncWorld
from tests.support.xlsform import write_site_visit

QE_PASSWORD = "quinn-password-1"  # quinn, the quality engineer of the CAPA world, for the CLI


class ImportWorld:
    """The stores importers write to, each built on first use and kept for a whole test:
    `capa` (suppliers, a template, audits, an issued CAPA) and `sync` (central and laptop-a)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._files = folder / "inputs"
        self._files.mkdir(parents=True, exist_ok=True)
        self._count = 0

    @cached_property
    def capa(self) -> World:
        store = open_store(f"sqlite:///{self.folder / 'capa' / 'sqms.sqlite'}")
        context = WriteContext(user="anna", clock=StepClock(), new_id=counting_ids())
        with UnitOfWork(store, context) as first:
            if first.session.scalars(select(User.id).limit(1)).first() is None:
                users.create_user(first, "anna", "Anna Admin", "admin")
                first.commit()
        world = build_world(store, context, lambda: UnitOfWork(store, context))
        return world

    @cached_property
    def issued_capa(self) -> str:
        world = self.capa
        capa_id = world.raise_capa(finding_ids=world.findings, problem_description="Burrs")
        with world.qe() as u:
            capa_8d.set_step(u, capa_id, "d2", {"what": "Burrs on flange", "how_many": "1,500"})
            capas.issue_capa(u, capa_id, D)
            capa_8d.add_action(u, capa_id, "Sort stock", owner="Jan", due=D, step="D3")
            u.commit()
        return capa_id

    @cached_property
    def open_audit(self) -> str:
        """An audit in progress, led by lena, for evidence."""
        world = self.capa
        with world.lead_uow() as u:
            audit = audits.plan_audit(
                u,
                audits.AuditPlan(
                    supplier_id=world.supplier,
                    template_id=world.template,
                    lead_auditor_id=world.lead,
                    planned_start=D,
                ),
            )
            audits.start_audit(u, audit.id, D)
            u.commit()
        return audit.id

    @cached_property
    def questionnaire(self) -> str:
        """The released self-assessment questionnaire of the CAPA world."""
        return add_questionnaire(self.capa)

    @cached_property
    def sync(self) -> SyncWorld:
        return SyncWorld(self.folder / "sync")

    @property
    def capa_db(self) -> Path:
        path = self.capa.store.sqlite_path
        assert path is not None
        return path

    @property
    def laptop_db(self) -> Path:
        path = self.sync.laptops["laptop-a"].store.sqlite_path
        assert path is not None
        return path

    def scratch(self, name: str) -> Path:
        """A fresh path in a fresh folder, keeping the file name (importers show it)."""
        self._count += 1
        folder = self._files / f"{self._count:05d}"
        folder.mkdir()
        return folder / name

    def qe(self) -> UnitOfWork:
        return self.capa.qe()

    def laptop(self, user: str) -> UnitOfWork:
        laptop: Store = self.sync.laptops["laptop-a"].store
        return acting(laptop, user)

    def close(self) -> None:
        if "capa" in self.__dict__:
            self.capa.store.close()
        if "sync" in self.__dict__:
            self.sync.close()


@dataclass(frozen=True)
class Importer:
    """`valid(world)` is (file name, bytes) of a file the importer accepts; `run(world, path)`
    imports it as one committed action; `db(world)` is the store it writes; `cli(world, path)`
    the `sqms` arguments doing the same (None: no sample through the CLI)."""

    name: str
    valid: Callable[[ImportWorld], tuple[str, bytes]]
    run: Callable[[ImportWorld, Path], object]
    db: Callable[[ImportWorld], Path]
    cli: Callable[[ImportWorld, Path], list[str]] | None = None
    xlsx: bool = False  # a workbook: its sheets' XML is mutated as well as its bytes


def _file_bytes(
    write: Callable[[Path], Path], name: str
) -> Callable[[ImportWorld], tuple[str, bytes]]:
    def valid(world: ImportWorld) -> tuple[str, bytes]:
        return name, write(world.scratch(name)).read_bytes()

    return valid


def _import_checklist(world: ImportWorld, path: Path) -> object:
    read = read_checklist(path)
    with world.qe() as u:
        outcome = templates.import_template(u, read.spec)
        u.commit()
    return outcome


def _import_suppliers(world: ImportWorld, path: Path) -> object:
    with world.qe() as u:
        plan = preview_supplier_import(u, path)
        result = apply_supplier_import(u, plan)
        u.commit()
    return result


def _import_deliveries(world: ImportWorld, path: Path) -> object:
    with world.qe() as u:
        plan = preview_kpi_import(u, path)
        result = apply_kpi_import(u, plan)
        u.commit()
    return result


def _scar_form(world: ImportWorld) -> tuple[str, bytes]:
    """The issued form with a root cause typed in, as the supplier sends it back."""
    path = world.scratch("S1 answer.xlsx")
    with world.capa.store.session() as session:
        export_scar(session, world.issued_capa, path, today=D, issuer="Quinn Quality")
    book = openpyxl.load_workbook(path)
    cells = {
        str(r[1]): str(r[2])
        for r in book["_sqms"].iter_rows(values_only=True)
        if r[0] == "response"
    }
    book["SCAR"][cells["d4.occurrence_root_cause"]] = "No interlock between stations 3 and 4"
    book.save(path)
    return path.name, path.read_bytes()


def _apply_scar(world: ImportWorld, path: Path) -> object:
    with world.qe() as u:
        response = apply_response(u, path)
        u.commit()
    return response


def _self_assessment_form(world: ImportWorld) -> tuple[str, bytes]:
    """A questionnaire as the supplier sends it back filled in; each a new form (one import)."""
    path = world.scratch("S1 self-assessment.xlsx")
    with world.capa.store.session() as session:
        export_questionnaire(
            session, world.questionnaire, world.capa.supplier, path, today=D, issuer="Quinn"
        )
    fill(path, ANSWERS, COMMENTS)
    return path.name, path.read_bytes()


def _import_self_assessment(world: ImportWorld, path: Path) -> object:
    with world.capa.lead_uow() as u:
        imported = import_self_assessment(u, path)
        u.commit()
    return imported


def _attach_photo(world: ImportWorld, path: Path) -> object:
    audit_id = world.open_audit
    with world.capa.lead_uow() as u:
        attachment = evidence.attach_evidence(u, audit_id, path)
        u.commit()
    return attachment.id


def _audit_ready(world: ImportWorld) -> Path:
    """The CAPA world's store once its audit in progress exists (made before any hash)."""
    assert world.open_audit
    return world.capa_db


def _bundle(fmt: str) -> Callable[[ImportWorld], tuple[str, bytes]]:
    def valid(world: ImportWorld) -> tuple[str, bytes]:
        sent = world.sync.send(world.sync.central, "laptop-a", fmt=fmt)
        return sent.name, sent.read_bytes()

    return valid


def _import_bundle(world: ImportWorld, path: Path) -> object:
    with world.laptop("quinn") as u:
        receipt = import_bundle(u, path)
        u.commit()
    return receipt


def _trust_list(world: ImportWorld) -> tuple[str, bytes]:
    data = world.sync.central.actor("ada").run(export_trust, passphrase=PASSPHRASE)
    return "trust.json", data


def _import_trust(world: ImportWorld, path: Path) -> object:
    with world.laptop("ada") as u:
        accepted = import_trust(u, path.read_bytes(), source=path.name)
        u.commit()
    return accepted


SMALL_CHECKLIST = TemplateSpec(
    key="incoming",
    title="Incoming inspection",
    scheme="weighted",
    sections=[
        SectionSpec(
            "A",
            "Gauges",
            [
                QuestionSpec("q1", "Are the gauges calibrated?", weight=2.0),
                QuestionSpec("q2", "Is the calibration record at hand?", star=True),
            ],
        ),
        SectionSpec("B", "Storage", [QuestionSpec("q3", "Is nonconforming stock kept apart?")]),
    ],
)


def _checklist(path: Path) -> Path:
    """A small template workbook as our own export writes it (the library's are bigger, and
    every import of one costs more than a second)."""
    write_template(SMALL_CHECKLIST, path)
    return path


def _cli(*command: str) -> Callable[[ImportWorld, Path], list[str]]:
    def argv(world: ImportWorld, path: Path) -> list[str]:
        return ["--db", str(world.capa_db), "--user", QE, *command, str(path)]

    return argv


IMPORTERS: dict[str, Importer] = {
    importer.name: importer
    for importer in (
        Importer(
            "checklist-xlsx",
            _file_bytes(_checklist, "incoming.xlsx"),
            _import_checklist,
            lambda w: w.capa_db,
            _cli("template", "import"),
            xlsx=True,
        ),
        Importer(
            "xlsform",
            _file_bytes(write_site_visit, "site visit.xlsx"),
            _import_checklist,
            lambda w: w.capa_db,
            _cli("template", "import"),
            xlsx=True,
        ),
        Importer(
            "supplier-xlsx",
            _file_bytes(lambda p: write_xlsx(p, supplier_rows(5)), "suppliers.xlsx"),
            _import_suppliers,
            lambda w: w.capa_db,
            _cli("supplier", "import"),
            xlsx=True,
        ),
        Importer(
            "supplier-csv",
            _file_bytes(lambda p: write_csv(p, supplier_rows(5)), "suppliers.csv"),
            _import_suppliers,
            lambda w: w.capa_db,
            _cli("supplier", "import"),
        ),
        Importer(
            "kpi-xlsx",
            _file_bytes(
                lambda p: write_xlsx(p, delivery_rows(8), DELIVERY_HEADERS), "deliveries.xlsx"
            ),
            _import_deliveries,
            lambda w: w.capa_db,
            _cli("kpi", "import"),
            xlsx=True,
        ),
        Importer(
            "kpi-csv",
            _file_bytes(
                lambda p: write_csv(p, delivery_rows(8), DELIVERY_HEADERS), "deliveries.csv"
            ),
            _import_deliveries,
            lambda w: w.capa_db,
            _cli("kpi", "import"),
        ),
        Importer(
            "scar-response",
            _scar_form,
            _apply_scar,
            lambda w: w.capa_db,
            _cli("capa", "import-response"),
            xlsx=True,
        ),
        Importer(
            "self-assessment",
            _self_assessment_form,
            _import_self_assessment,
            lambda w: w.capa_db,
            _cli("self-assessment", "import", "--lead", "lena"),
            xlsx=True,
        ),
        Importer("bundle-json", _bundle("json"), _import_bundle, lambda w: w.laptop_db),
        Importer("bundle-xlsx", _bundle("xlsx"), _import_bundle, lambda w: w.laptop_db),
        Importer("trust-list", _trust_list, _import_trust, lambda w: w.laptop_db),
        Importer(
            "photo",
            lambda w: ("flange.jpg", jpeg((64, 48), taken="2026:03:02 10:00:00")),
            _attach_photo,
            _audit_ready,
        ),
    )
}
