"""A checklist workbook of either kind we import, told apart by its sheets.

Our own format has the sheets `settings` and `questions` (`xlsx_format`); an XLSForm from ODK
or KoboToolbox has `survey` and `choices` (`xlsform`). Both are opened once, through the safe
reader, and end in the same `TemplateSpec`, or in the same `TemplateFileError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqms_desktop.checklists.spec import TemplateSpec
from sqms_desktop.checklists.xlsform import is_xlsform, read_xlsform_workbook
from sqms_desktop.checklists.xlsx_format import read_template_workbook, refusing_template_file
from sqms_desktop.safe_xlsx import load_workbook


class WorkbookFormat(StrEnum):
    TEMPLATE = "template"  # our settings + questions workbook
    XLSFORM = "xlsform"


@dataclass(frozen=True)
class ChecklistWorkbook:
    """A workbook read as a template; `warnings` lists what of an XLSForm was left out."""

    spec: TemplateSpec
    format: WorkbookFormat
    warnings: tuple[str, ...] = ()


def read_checklist(path: Path) -> ChecklistWorkbook:
    """Read either kind of workbook; raises `TemplateFileError` listing every problem, and
    only that, also for a file that is no workbook or a damaged one (a cut-short ZIP, a sheet
    that is not XML, text in another encoding)."""
    with refusing_template_file(path):
        workbook = load_workbook(path)
        try:
            if is_xlsform(workbook.sheetnames):
                form = read_xlsform_workbook(workbook, path.name)
                return ChecklistWorkbook(form.spec, WorkbookFormat.XLSFORM, form.warnings)
            spec = read_template_workbook(workbook, path.name)
            return ChecklistWorkbook(spec, WorkbookFormat.TEMPLATE)
        finally:
            workbook.close()
