"""Paths chosen in file dialogs, completed the way people expect."""

from __future__ import annotations

from pathlib import Path

WORKBOOK_SUFFIX = ".xlsx"
BUNDLE_SUFFIX = ".sqmsbundle"


def with_workbook_suffix(path: Path) -> Path:
    """`checklist` → `checklist.xlsx`; a name that ends in .xlsx stays as it is."""
    if path.suffix.lower() == WORKBOOK_SUFFIX:
        return path
    return path.with_name(path.name + WORKBOOK_SUFFIX)


def with_bundle_suffix(path: Path) -> Path:
    """`to-central` → `to-central.sqmsbundle`; a name that ends in .sqmsbundle stays as it is."""
    if path.suffix.lower() == BUNDLE_SUFFIX:
        return path
    return path.with_name(path.name + BUNDLE_SUFFIX)
