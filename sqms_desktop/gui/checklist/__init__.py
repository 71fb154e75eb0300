"""The checklist page and its parts: answer panel, evidence strip, score panel, undo commands."""
