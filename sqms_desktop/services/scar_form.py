"""The SCAR form round trip: export the response workbook, read the filled form back, show
what would change, and apply it as one trailed unit of work with the supplier as the source.

Reading is the safe workbook reading (ZIP checks, defusedxml, read-only, formulas refused) and
reports every problem as `SCAR!cell: reason`; nothing changes unless the whole form is valid. A form
whose issued part was edited, or that belongs to another CAPA, is refused.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from sqms_desktop.capa.content import RESPONSE_STEPS, label_of, normalize
from sqms_desktop.capa.root_cause import refuse_blame
from sqms_desktop.capa.scar_layout import ACTION_COLUMNS, ID_COLUMN, build_workbook, checksum
from sqms_desktop.capa.scar_layout import stored_text as stored
from sqms_desktop.capa.scar_read import FormData, ScarFormError, read_form
from sqms_desktop.capa.stages import OPEN_STATES, C
from sqms_desktop.capa.views import CapaDetail
from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.paths import refuse_store_path, write_atomically
from sqms_desktop.queries.capas import capa_detail
from sqms_desktop.services import capa_8d, in_words
from sqms_desktop.store.models import Capa
from sqms_desktop.store.trail_key import store_secret
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.xlsx_form import changed_locked_cells, formula_problems, same_check

__all__ = ["FieldChange", "ScarFormError", "ScarResponse", "apply_response", "export_scar"]

FORM_PURPOSE = "scar-form/2"


@dataclass(frozen=True)
class FieldChange:
    """One thing the form would change: where, what, before and after (as text)."""

    cell: str
    what: str
    old: str
    new: str

    def describe(self) -> str:
        empty = translate("scar_form", "(empty)")
        return f"{self.cell} {self.what}: {self.old or empty} → {self.new or empty}"


@dataclass
class ScarResponse:
    capa_id: str
    reference: str
    supplier: str  # "CODE name"
    source: str  # the file's name
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)
    updates: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (action id, values)
    new_actions: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (step, values)
    changes: list[FieldChange] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return f"SCAR response from supplier {self.supplier} (file {self.source})"


def _require_answerable(reference: str, state: str) -> None:
    if state == C.DRAFT.value or state not in OPEN_STATES:
        raise StateError(
            translate(
                "scar_form",
                "CAPA {reference} is {state}; a SCAR form goes to and comes back from "
                "the supplier only while the CAPA is issued and open",
            ).format(reference=reference, state=in_words(state))
        )


def export_scar(session: Session, capa_id: str, path: Path, *, today: dt.date, issuer: str) -> Path:
    """Write the SCAR response form of an issued, open CAPA (never over the store itself)."""
    refuse_store_path(session.get_bind().engine.url.render_as_string(hide_password=False), path)
    detail = capa_detail(session, capa_id, today)
    _require_answerable(detail.row.reference, detail.row.state)
    workbook, _ = build_workbook(detail, issuer, store_secret(session, FORM_PURPOSE))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return write_atomically(path, buffer.getvalue())


def preview_response(
    session: Session, path: Path, *, today: dt.date, expected_capa_id: str | None = None
) -> ScarResponse:
    """Read and check a returned form; its `changes` say what applying it would change."""
    form = read_form(path)
    if session.get(Capa, form.capa_id) is None:
        raise ScarFormError(
            form.name,
            [
                translate(
                    "scar_form", "the form is for CAPA {reference}, not in this store"
                ).format(reference=form.reference)
            ],
        )
    detail = capa_detail(session, form.capa_id, today)
    if expected_capa_id is not None and expected_capa_id != form.capa_id:
        other = session.get(Capa, expected_capa_id)
        wanted = other.reference if other is not None else expected_capa_id
        raise ScarFormError(
            form.name,
            [
                translate(
                    "scar_form", "this form belongs to CAPA {reference}, not to {wanted}"
                ).format(reference=detail.row.reference, wanted=wanted)
            ],
        )
    if form.reference != detail.row.reference:
        raise ScarFormError(
            form.name,
            [translate("scar_form", "the form's hidden reference does not match its CAPA")],
        )
    _require_answerable(detail.row.reference, detail.row.state)
    _check_issued_part(session, form, detail, today)
    return _read_answers(form, detail)


def _check_issued_part(
    session: Session, form: FormData, detail: CapaDetail, today: dt.date
) -> None:
    """Refuse a form whose issued part (or hidden map) was edited, or that is out of date.

    The check value is an HMAC under this store's form secret: a supplier who edits a locked
    cell, or remaps the response cells in the hidden sheet, cannot recompute it. Every changed
    locked cell is named, against the form this store would issue now."""
    key = store_secret(session, FORM_PURPOSE)
    layout = build_workbook(detail, "", key)[1]
    as_found = [(cell, form.text(cell)) for cell in form.issued]
    own = checksum(key, form.capa_id, form.reference, as_found, form.response, form.action_rows)
    # The first two cells name the issuer; the rest of the head is the CAPA's issued facts.
    wanted = layout.issued[2 : layout.head]
    problems = []
    if not same_check(own, form.checksum):
        found = {cell for cell, _ in as_found[2:]}
        problems = changed_locked_cells(
            form,
            [(cell, text) for cell, text in layout.issued[2:] if cell in found],
            what=translate("scar_form", "the issued part"),
            advice=translate("scar_form", "only the yellow response cells may be filled"),
        )
        if form.response != layout.response or form.action_rows != layout.action_rows:
            problems.append(
                translate(
                    "scar_form",
                    "the hidden map of response cells was changed (it no longer says which cell "
                    "answers which question)",
                )
            )
        problems = problems or [
            translate(
                "scar_form",
                "the form's protected cells or hidden check data were changed, or it was not "
                "issued by this store; export a new form for the supplier",
            )
        ]
    elif as_found[2 : layout.head] != wanted:
        problems.append(
            translate(
                "scar_form",
                "CAPA {reference} was changed since this form was exported (its issued part "
                "differs); export a new form and send it to the supplier",
            ).format(reference=detail.row.reference)
        )
    problems += formula_problems(form)
    if problems:
        raise ScarFormError(form.name, problems)


def _read_answers(form: FormData, detail: CapaDetail) -> ScarResponse:
    r = detail.row
    response = ScarResponse(r.id, r.reference, f"{r.supplier_code} {r.supplier_name}", form.name)
    problems: list[str] = []
    cells = dict(form.response)
    raw: dict[str, dict[str, Any]] = {step: {} for step in RESPONSE_STEPS}
    for key, cell in form.response:
        step, name, *rest = key.split(".")
        if step not in raw:
            problems.append(
                translate("scar_form", "{cell}: {key} is not a response field").format(
                    cell=form.ref(cell), key=key
                )
            )
            continue
        text = form.text(cell).replace("\r\n", "\n").strip()
        old = stored(detail, key)
        if text != old:
            label = translate("capa", label_of(step, name))
            what = f"{step.upper()} {label}" + (f" {rest[0]}" if rest else "")
            response.changes.append(FieldChange(form.ref(cell), what, old, text))
        if name == "ishikawa":
            raw[step].setdefault("ishikawa", {})[rest[0]] = text.splitlines()
        elif rest:
            raw[step].setdefault(name, []).append(text)
        else:
            raw[step][name] = text
            if name in ("occurrence_root_cause", "non_detection_root_cause"):
                _blame(problems, form.ref(cell), text)
    for chain in ("occurrence_whys", "non_detection_whys"):
        whys = [w for w in raw["d4"].get(chain, []) if w]
        if whys:
            last = next(
                k
                for k in reversed(list(cells))
                if k.startswith(f"d4.{chain}.") and form.text(cells[k]).strip()
            )
            _blame(problems, form.ref(cells[last]), whys[-1])
    for step in RESPONSE_STEPS:
        try:
            response.steps[step] = normalize(step, raw[step])
        except ValidationError as exc:
            if not problems:
                first = next(c for k, c in form.response if k.startswith(f"{step}."))
                problems.append(f"{form.ref(first)}: {exc}")
    _read_actions(form, detail, response, problems)
    if problems:
        raise ScarFormError(form.name, problems)
    return response


def _blame(problems: list[str], ref: str, text: str) -> None:
    try:
        refuse_blame(text, ref)
    except ValidationError as exc:
        problems.append(str(exc))


def _read_actions(
    form: FormData, detail: CapaDetail, response: ScarResponse, problems: list[str]
) -> None:
    known = {a.id: a for a in detail.actions}
    for step, row, action_id in form.action_rows:
        columns = ACTION_COLUMNS.get(step)
        if columns is None:
            problems.append(
                translate("scar_form", "{cell}: unknown action table {step}").format(
                    cell=form.ref(f"A{row}"), step=step
                )
            )
            continue
        id_cell = f"{_col(ID_COLUMN)}{row}"
        if form.text(id_cell) != action_id:
            problems.append(
                translate("scar_form", "{cell}: the action's hidden id was changed").format(
                    cell=form.ref(id_cell)
                )
            )
            continue
        values: dict[str, Any] = {}
        for name, heading, column in columns:
            cell = f"{_col(column)}{row}"
            values[name] = _action_value(form, cell, name, heading, problems)
        existing = known.get(action_id) if action_id else None
        if action_id and existing is None:
            problems.append(
                translate("scar_form", "{cell}: action {action_id} is not of this CAPA").format(
                    cell=form.ref(id_cell), action_id=action_id
                )
            )
            continue
        number = translate("scar_form", "{step} action {row}").format(step=step, row=row)
        if existing is None:
            if not any(v not in (None, "") for v in values.values()):
                continue
            missing = [
                h
                for n, h, _ in columns
                if n in ("description", "owner", "due") and values[n] in (None, "")
            ]
            if missing:
                problems.append(
                    translate("scar_form", "{cell}: a new action needs {missing}").format(
                        cell=form.ref(f"B{row}"), missing=", ".join(missing)
                    )
                )
                continue
            response.new_actions.append((step, values))
            for name, heading, column in columns:
                if values[name] not in (None, ""):
                    response.changes.append(
                        FieldChange(
                            form.ref(f"{_col(column)}{row}"),
                            translate("scar_form", "new {number}, {heading}").format(
                                number=number, heading=heading
                            ),
                            "",
                            _show(values[name]),
                        )
                    )
            continue
        if not values["description"]:
            problems.append(
                translate(
                    "scar_form",
                    "{cell}: an action cannot be removed through the form; keep its description "
                    "and say in Evidence why it is no longer needed",
                ).format(cell=form.ref(f"B{row}"))
            )
            continue
        changed = {}
        for name, heading, column in columns:
            old = getattr(existing, name)
            new = values[name]
            if _show(old) != _show(new):
                changed[name] = (
                    new if new != "" else (None if name in ("done_on", "quantity") else "")
                )
                response.changes.append(
                    FieldChange(
                        form.ref(f"{_col(column)}{row}"),
                        f"{number}, {heading}",
                        _show(old),
                        _show(new),
                    )
                )
        if changed:
            response.updates.append((action_id, changed))


def _col(column: int) -> str:
    return "ABCDEFGHIJKL"[column - 1]


def _show(value: Any) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _action_value(form: FormData, cell: str, name: str, heading: str, problems: list[str]) -> Any:
    value = form.values.get(cell)
    text = form.text(cell).strip()
    if name in ("due", "done_on"):
        if value is None or text == "":
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            problems.append(
                translate(
                    "scar_form", "{cell}: {heading}: {text!r} is not a date (YYYY-MM-DD)"
                ).format(cell=form.ref(cell), heading=heading, text=text)
            )
            return None
    if name == "quantity":
        if text == "":
            return None
        try:
            number = float(text.replace(",", "").replace(" ", ""))
        except ValueError:
            number = -1.0
        if number < 0 or not number.is_integer():
            problems.append(
                translate(
                    "scar_form", "{cell}: {heading}: {text!r} is not a whole number ≥ 0"
                ).format(cell=form.ref(cell), heading=heading, text=text)
            )
            return None
        return int(number)
    return text


def apply_response(
    uow: UnitOfWork, path: Path, *, expected_capa_id: str | None = None
) -> ScarResponse:
    """Check the form again inside this unit of work and apply it; the caller commits."""
    response = preview_response(
        uow.session, path, today=uow.now.date(), expected_capa_id=expected_capa_id
    )
    reason = response.reason
    for step, content in response.steps.items():
        capa_8d.set_step(uow, response.capa_id, step, content, reason=reason)
    for action_id, values in response.updates:
        capa_8d.update_action(uow, action_id, values, reason=reason)
    for step, values in response.new_actions:
        action = capa_8d.add_action(
            uow,
            response.capa_id,
            values["description"],
            owner=values["owner"],
            due=values["due"],
            step=step,
            quantity=values.get("quantity"),
        )
        rest = {
            k: v
            for k, v in values.items()
            if k not in ("description", "owner", "due", "quantity") and v not in (None, "")
        }
        if rest:
            capa_8d.update_action(uow, action.id, rest, reason=reason)
    if not (response.changes):
        raise ValidationError(
            translate("scar_form", "{source}: the form changes nothing in {reference}").format(
                source=response.source, reference=response.reference
            )
        )
    return response
