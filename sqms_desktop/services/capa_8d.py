"""The 8D content of a CAPA and its actions: written step by step, checked on the way in.

One JSON field per discipline (D0–D8) keeps the trail readable ("D4 changed") and lets two
people edit different steps without a conflict. Actions are records of their own,
tied to a step: D3 containment with the quantity contained, D5 permanent actions with owner,
due and done dates, validation result and evidence files, D7 prevention.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from sqms_desktop.capa.content import STEPS, normalize, step_title
from sqms_desktop.capa.stages import OPEN_STATES
from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.evidence import check_size, clean_name, inspect_evidence
from sqms_desktop.i18n import translate
from sqms_desktop.services import get, in_words, require_text, said
from sqms_desktop.services.identity import require_actor
from sqms_desktop.store.attachments import attachment_store
from sqms_desktop.store.models import Action, Attachment, Capa
from sqms_desktop.store.uow import UnitOfWork
from sqms_desktop.vocab import UserRole

ACTION_STEPS = ("D3", "D5", "D7")
MAX_QUANTITY = 1_000_000_000


def editable_capa(uow: UnitOfWork, capa_id: str, action: str) -> Capa:
    """The CAPA, if the acting quality engineer may change its 8D content now."""
    require_actor(uow, UserRole.QUALITY_ENGINEER, action=said(action))
    capa = get(uow, Capa, capa_id, "CAPA")
    if capa.state not in OPEN_STATES:
        raise StateError(
            translate(
                "capa_8d",
                "CAPA {reference} is {state}; its 8D content can change only while it "
                "is open (reopen it first)",
            ).format(reference=capa.reference, state=in_words(capa.state))
        )
    return capa


def set_step(
    uow: UnitOfWork, capa_id: str, step: str, content: dict[str, Any], *, reason: str = ""
) -> dict[str, Any]:
    """Store one discipline's content after `normalize` (which refuses "operator error")."""
    if step not in STEPS:
        raise ValidationError(
            translate("capa_8d", "8D step must be one of {steps}; got {step!r}").format(
                steps=", ".join(STEPS), step=step
            )
        )
    capa = editable_capa(
        uow, capa_id, translate("capa_8d", "editing {step}").format(step=step_title(step))
    )
    checked = normalize(step, content)
    uow.update(capa, {step: checked}, reason=reason)
    return checked


def add_action(
    uow: UnitOfWork,
    capa_id: str,
    description: str,
    *,
    owner: str,
    due: dt.date,
    step: str = "D5",
    quantity: int | None = None,
) -> Action:
    capa = editable_capa(uow, capa_id, "adding a CAPA action")
    values = _action_values(
        {"description": description, "owner": owner, "due": due, "quantity": quantity}, step
    )
    return uow.add(Action(capa_id=capa.id, step=step, **values))


def update_action(
    uow: UnitOfWork, action_id: str, values: dict[str, Any], *, reason: str = ""
) -> Action:
    """Change an action's description, owner, due, done date, quantity or validation."""
    action = get(uow, Action, action_id, "action")
    editable_capa(uow, action.capa_id, "changing a CAPA action")
    allowed = {"description", "owner", "due", "done_on", "quantity", "validation", "evidence"}
    unknown = sorted(set(values) - allowed)
    if unknown:
        raise ValidationError(
            translate("capa_8d", "an action has no field {unknown!r} that can be changed").format(
                unknown=unknown[0]
            )
        )
    current = {name: getattr(action, name) for name in allowed}
    checked = _action_values({**current, **values}, action.step or "D5")
    uow.update(action, {k: checked[k] for k in values}, reason=reason)
    return action


def complete_action(
    uow: UnitOfWork,
    action_id: str,
    *,
    on: dt.date,
    evidence: str,
    validation: str | None = None,
) -> Action:
    action = get(uow, Action, action_id, "action")
    editable_capa(uow, action.capa_id, "completing a CAPA action")
    values: dict[str, Any] = {"done_on": on, "evidence": require_text(evidence, "evidence")}
    if validation is not None:
        values["validation"] = validation.strip()
    uow.update(action, values)
    return action


def _action_values(values: dict[str, Any], step: str) -> dict[str, Any]:
    if step not in ACTION_STEPS:
        raise ValidationError(
            translate("capa_8d", "an action belongs to step {steps}; not {step}").format(
                steps=translate("capa_8d", " or ").join(ACTION_STEPS), step=step
            )
        )
    checked = dict(values)
    checked["description"] = require_text(values["description"] or "", "action description")
    checked["owner"] = require_text(values["owner"] or "", "action owner", limit=200)
    if not isinstance(values.get("due"), dt.date):
        raise ValidationError(
            translate("capa_8d", "action {description!r} needs a due date").format(
                description=checked["description"][:40]
            )
        )
    done = values.get("done_on")
    if done is not None and not isinstance(done, dt.date):
        raise ValidationError(translate("capa_8d", "an action's done date must be a date"))
    quantity = values.get("quantity")
    if quantity is not None:
        if step != "D3":
            raise ValidationError(
                translate("capa_8d", "only a containment action (D3) holds a quantity contained")
            )
        if isinstance(quantity, bool) or not isinstance(quantity, int):
            raise ValidationError(
                translate(
                    "capa_8d", "quantity contained must be a whole number; got {quantity!r}"
                ).format(quantity=quantity)
            )
        if not 0 <= quantity <= MAX_QUANTITY:
            raise ValidationError(
                translate("capa_8d", "quantity contained {quantity} is out of range").format(
                    quantity=quantity
                )
            )
    for name in ("validation", "evidence"):
        if name in checked and checked[name] is not None:
            checked[name] = str(checked[name]).strip()
    return checked


def attach_action_evidence(
    uow: UnitOfWork,
    action_id: str,
    path: Path,
    *,
    caption: str = "",
) -> Attachment:
    """Keep a file that shows the action was done (photo, PDF, spreadsheet) with the action."""
    action = get(uow, Action, action_id, "action")
    editable_capa(uow, action.capa_id, "attaching evidence to a CAPA action")
    name = clean_name(path.name)
    try:
        check_size(path.stat().st_size, name)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(
            translate("capa_8d", "{path} does not exist").format(path=path)
        ) from None
    except OSError as exc:
        raise ValidationError(
            translate("capa_8d", "cannot read {path}: {problem}").format(
                path=path, problem=exc.strerror or exc
            )
        ) from None
    found = inspect_evidence(data, name)
    sha256 = hashlib.sha256(data).hexdigest()
    attachment_store(uow.session).put(data, found.suffix)
    attachment = uow.add(
        Attachment(
            sha256=sha256,
            media_type=found.media_type,
            original_name=found.name,
            caption=caption.strip(),
            taken_at=found.taken_at,
            size_bytes=found.size_bytes,
            audit_id=None,
            finding_id=None,
            question_id=None,
            annotations=None,
        )
    )
    uow.update(action, {"attachment_ids": [*(action.attachment_ids or []), attachment.id]})
    return attachment


def set_steps(uow: UnitOfWork, capa_id: str, contents: dict[str, dict[str, Any]]) -> int:
    """Store several disciplines' content as one action (the 8D editor's Save): all of them, or
    none when one is refused. Returns how many steps were given."""
    for step, content in contents.items():
        set_step(uow, capa_id, step, content)
    return len(contents)
