"""One attachment by its id: what the Suppliers page needs to open a certificate's scan."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

import pytest

from sqms_desktop.errors import NotFoundError
from sqms_desktop.queries.evidence import attachment_row
from sqms_desktop.services.certificate_scans import CertificateScan
from sqms_desktop.services.suppliers import SupplierInput, add_certificate, create_supplier
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork
from tests.support.supplier_files import png_scan


def test_an_attachment_is_read_by_its_id(store: Store, uow: Callable[[], UnitOfWork]) -> None:
    data = png_scan()
    with uow() as u:
        supplier = create_supplier(u, SupplierInput(code="S1", name="Acme"))
        certificate = add_certificate(
            u,
            supplier.id,
            "ISO 9001",
            "Q-1",
            valid_from=dt.date(2025, 1, 1),
            valid_until=dt.date(2028, 1, 1),
            scan=CertificateScan(data, "scan <1>.png"),
        )
        u.commit()
    assert certificate.attachment_id is not None
    with store.session() as session:
        row = attachment_row(session, certificate.attachment_id)
        assert row.media_type == "image/png"
        assert row.original_name == "scan <1>.png"
        assert row.sha256 == hashlib.sha256(data).hexdigest()
        with pytest.raises(NotFoundError, match="no attachment with id nope"):
            attachment_row(session, "nope")
