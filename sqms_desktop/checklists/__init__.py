"""Checklists: the Excel template format, conditions, versions and their differences."""
