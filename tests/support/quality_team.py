"""A quality team's own store on day one, without the demo: an administrator, a lead auditor
and a quality engineer with passwords, one new supplier made through the supplier services, and
the ISO 9001 checklist released. What a test then does on it goes through `sqms`."""

from __future__ import annotations

from pathlib import Path

from sqms_desktop.demo.templates import ISO9001_EXTRACT
from sqms_desktop.services import suppliers, templates, users
from sqms_desktop.store.engine import open_store
from sqms_desktop.store.uow import UnitOfWork, WriteContext

PASSWORDS = {"lena": "lena-password-1", "quinn": "quinn-password-1"}
SUPPLIER = "NEW-001"
TEMPLATE = ISO9001_EXTRACT.key


def build_quality_team_store(path: Path) -> None:
    """Write the store to `path` (a new file)."""
    store = open_store(f"sqlite:///{path}")
    try:
        with UnitOfWork(store, WriteContext(user="root")) as u:
            users.create_user(u, "root", "Root Admin", "admin")
            users.create_user(u, "lena", "Lena Größ", "lead_auditor", PASSWORDS["lena"])
            users.create_user(u, "quinn", "Quinn Quality", "quality_engineer", PASSWORDS["quinn"])
            supplier = suppliers.create_supplier(
                u, suppliers.SupplierInput(code=SUPPLIER, name="Nowa Odlewnia S.A.", country="PL")
            )
            suppliers.add_site(u, supplier.id, "Plant Gliwice", city="Gliwice", country="PL")
            template = templates.create_template(u, ISO9001_EXTRACT)
            templates.release_template(u, template.id)
            u.commit()
    finally:
        store.close()
