"""Template versions: released versions never change; re-imports make drafts or new versions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from sqms_desktop.checklists.diff import diff_specs
from sqms_desktop.checklists.spec import TemplateSpec
from sqms_desktop.demo.templates import ISO9001_EXTRACT
from sqms_desktop.errors import StateError, ValidationError
from sqms_desktop.queries.templates import list_templates, spec_of
from sqms_desktop.services import templates
from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import UnitOfWork
from tests.support.templates import changed_spec


def _import(uow: Callable[[], UnitOfWork], spec: TemplateSpec) -> templates.ImportOutcome:
    with uow() as u:
        outcome = templates.import_template(u, spec)
        u.commit()
    return outcome


def test_import_creates_then_ignores_then_replaces_a_draft_then_versions(
    store: Store, uow: Callable[[], UnitOfWork]
) -> None:
    first = _import(uow, ISO9001_EXTRACT)
    assert (first.action, first.version) == ("created", 1)
    assert _import(uow, ISO9001_EXTRACT).action == "unchanged"

    changed = changed_spec(ISO9001_EXTRACT)
    replaced = _import(uow, changed)
    assert (replaced.action, replaced.version) == ("draft_replaced", 1)

    with uow() as u:
        templates.release_template(u, replaced.template_id)
        u.commit()
    assert _import(uow, changed).action == "unchanged"
    again = _import(uow, ISO9001_EXTRACT)
    assert (again.action, again.version) == ("new_version", 2)

    with store.session() as session:
        rows = list_templates(session, key="demo-iso9001")
        released = spec_of(session, replaced.template_id)
    assert [(r.version, r.status) for r in rows] == [(1, "released"), (2, "draft")]
    assert released.sections == changed.sections, "a released version never changes"


def test_diff_names_added_removed_and_changed_questions() -> None:
    old = replace(ISO9001_EXTRACT, version=1)
    new = replace(changed_spec(ISO9001_EXTRACT), version=2, title="ISO 9001 audit, 2nd edition")
    diff = diff_specs(old, new)
    assert diff.added == ("q10.4",)
    assert diff.removed == ("q10.3",)
    assert {c.qid: [f.field for f in c.changes] for c in diff.changed} == {
        "q4.1": ["text"],
        "q7.2": ["weight"],
    }
    assert diff.lines()[0].startswith("title: 'ISO 9001 supplier system audit (demo extract)'")
    assert "~ q7.2: weight 1.5 → 3.0" in diff.lines()
    assert diff_specs(old, old).lines() == ["no differences"]


def test_retire_needs_a_released_version_and_a_reason(
    uow: Callable[[], UnitOfWork],
) -> None:
    outcome = _import(uow, ISO9001_EXTRACT)
    with uow() as u:
        with pytest.raises(StateError, match="only a released version can be retired"):
            templates.retire_template(u, outcome.template_id, reason="old")
        templates.release_template(u, outcome.template_id)
        with pytest.raises(ValidationError, match="reason"):
            templates.retire_template(u, outcome.template_id, reason=" ")
        templates.retire_template(u, outcome.template_id, reason="superseded by v2")
        u.commit()
