"""The Templates page's background jobs: reading and storing a workbook, writing one.

Plain functions over plain values, run by `Operation` on a worker thread; they never touch a
widget, and only the dataclass they return crosses back to the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqms_desktop.checklists.spec import TemplateSpec
from sqms_desktop.checklists.workbooks import read_checklist
from sqms_desktop.checklists.xlsx_format import write_template
from sqms_desktop.progress import Progress
from sqms_desktop.services.actor import Actor
from sqms_desktop.services.templates import ImportOutcome, import_template


@dataclass(frozen=True)
class WorkbookImport:
    """How an import went, and what of an XLSForm was left out (plain values for the GUI)."""

    source: str
    outcome: ImportOutcome
    warnings: tuple[str, ...] = ()


def import_workbook(actor: Actor, path: Path, progress: Progress) -> WorkbookImport:
    """Read, check and store one workbook, ours or an XLSForm: a job for `Operation`. A
    workbook with problems raises `TemplateFileError` before the store is opened, so nothing
    of it is kept."""
    progress.report(0, 2, path.name)
    read = read_checklist(path)
    progress.report(1, 2, read.spec.key)
    outcome = actor.run(import_template, read.spec)
    progress.report(2, 2, read.spec.key)
    return WorkbookImport(path.name, outcome, read.warnings)


def export_workbook(spec: TemplateSpec, path: Path, progress: Progress) -> Path:
    write_template(spec, path)
    return path
