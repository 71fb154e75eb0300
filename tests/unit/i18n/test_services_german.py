"""The services' refusals in German: the same call on a real store refuses in the language in
use, with the stored values (a status, the record asked for) said in that language too, and in
English exactly as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sqms_desktop.errors import NotFoundError, StateError, ValidationError
from sqms_desktop.i18n import speaking
from sqms_desktop.services import kpi_rows, suppliers, users
from sqms_desktop.services.identity import PermissionDenied
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork, WriteContext
from tests.support.store import acting


@pytest.fixture
def acme(uow: Callable[[], UnitOfWork]) -> str:
    """Anna (admin) adds Quinn, a quality engineer, and ACME, a prospect."""
    with uow() as u:
        users.create_user(u, "quinn", "Quinn Quality", "quality_engineer")
        supplier = suppliers.create_supplier(
            u, suppliers.SupplierInput(code="ACME", name="Acme Gießerei GmbH", country="de")
        )
        u.commit()
        return supplier.id


def _refusal(store: Store, context: WriteContext, supplier_id: str, status: str) -> str:
    with acting(store, "quinn", context) as u, pytest.raises((StateError, NotFoundError)) as err:
        suppliers.set_supplier_status(u, supplier_id, status, reason="again")
    return str(err.value)


def test_a_status_change_that_changes_nothing_is_refused_in_german(
    store: Store, context: WriteContext, acme: str
) -> None:
    with speaking("de"):
        german = _refusal(store, context, acme, "prospect")
    assert german == (
        "ACME hat bereits den Status Potenzieller Lieferant; es würde sich nichts ändern"
    )
    assert _refusal(store, context, acme, "prospect") == (
        "ACME is already prospect; nothing would change"
    )


def test_a_record_not_found_is_named_in_german(
    store: Store, context: WriteContext, acme: str
) -> None:
    with speaking("de"):
        german = _refusal(store, context, "no-such-id", "approved")
    assert german == "Lieferant mit der ID no-such-id nicht gefunden"
    assert _refusal(store, context, "no-such-id", "approved") == "no supplier with id no-such-id"


def test_a_bad_kpi_cell_is_refused_in_german() -> None:
    with speaking("de"), pytest.raises(ValidationError) as german:
        kpi_rows.quantity("12,5")
    assert str(german.value) == "'12,5' ist keine ganze Anzahl von Teilen (z. B. 1200)"
    with pytest.raises(ValidationError) as english:
        kpi_rows.quantity("12,5")
    assert str(english.value) == "'12,5' is not a whole number of parts (e.g. 1200)"


def test_the_refused_action_is_named_in_german(
    store: Store, context: WriteContext, uow: Callable[[], UnitOfWork]
) -> None:
    """The phrase a service hands to the role check (`said`) arrives in German, whatever the
    role check's own sentence says around it."""
    with uow() as u:
        users.create_user(u, "omar", "Omar Şen", "auditor")
        u.commit()
    new = suppliers.SupplierInput(code="BOLT", name="Bolt AG", country="de")
    with speaking("de"), acting(store, "omar", context) as u, pytest.raises(PermissionDenied) as de:
        suppliers.create_supplier(u, new)
    assert "Anlegen eines Lieferanten" in str(de.value)
    with acting(store, "omar", context) as u, pytest.raises(PermissionDenied) as en:
        suppliers.create_supplier(u, new)
    assert "creating a supplier needs the" in str(en.value)
