"""Changes as they travel in bundles: a fixed "now", valid changes, every kind of value."""

from __future__ import annotations

from typing import Any

from sqms_desktop.sync.wire import WireChange

NOW_MS = 1_796_200_000_000  # 2026-12-02 08:26:40 UTC: "now" for every parse in the tests
SUPPLIER_ID = "00000000-0000-0001-0000-000000000001"
SITE_ID = "00000000-0000-0001-0000-000000000002"


def hlc(ms_before_now: int = 60_000, counter: int = 0) -> str:
    return f"{NOW_MS - ms_before_now:013d}-{counter:06d}"


def change(
    seq: int,
    *,
    replica: str = "lapA",
    entity: str = "supplier",
    entity_id: str = SUPPLIER_ID,
    field: str | None = "name",
    kind: str = "set",
    value: Any = "Acme Castings",
    parents: tuple[str, ...] = (),
    author: str = "anna",
    at: str | None = None,
) -> WireChange:
    return WireChange(
        change_id=f"{replica}:{seq}",
        replica_id=replica,
        seq=seq,
        hlc=at or hlc(counter=seq),
        author=author,
        entity=entity,
        entity_id=entity_id,
        field=field,
        kind=kind,
        value=value,
        parents=parents,
    )


def variety() -> list[WireChange]:
    """One change of every kind of value a record holds, and of every kind of change."""
    answer = "00000000-0000-0001-0000-0000000000a1"
    return [
        change(1, field="code", value="=HYPERLINK(\"http://evil\")"),
        change(2, value="Gießerei Ünal — 東京 😀"),
        change(3, field="new_business_hold", value=True),
        change(4, field="commodities", value=["castings", "=SUM(A1)", "zinc"]),
        change(5, field="street", value=None),
        change(6, field="status", kind="status", value="approved"),
        change(7, field="risk_reason", value="  padded  \nline two\r\nline\tthree"),
        change(8, entity="certificate", field="valid_from", value="2026-05-01"),
        change(9, entity="answer", entity_id=answer, field="answered_at",
               value="2026-03-02T08:00:05"),
        change(10, entity="answer", entity_id=answer, field="value", value="-5"),
        change(11, entity="question", field="weight", value=1.5),
        change(12, entity="question", field="position", value=3),
        change(13, entity="kpi_record", field="complaints", value=-2),
        change(14, entity="contact", field="phone", value="+49 30 123456"),
        change(15, entity="contact", field="email", value="@ops"),
        change(16, entity="capa", field="d2", value={"what": "burr", "where": ["line 3"]}),
        change(17, entity="store_setting", field="value", value=[1, 2.5, None, True, "x"]),
        change(18, entity="answer", entity_id=answer, field="note", value="_x0041_ kept"),
        change(22, entity="answer", entity_id=answer, field="note", value="#N/A"),
        change(19, entity="site", entity_id=SITE_ID, field=None, kind="delete", value=None,
               parents=("lapA:1", "lapB:4")),
        change(20, replica="lapB", value="Acme", kind="resolve", parents=("lapA:2", "lapC:9")),
        change(21, replica="lapB", kind="append", field="note", entity="answer",
               entity_id=answer, value=""),
    ]  # fmt: skip
