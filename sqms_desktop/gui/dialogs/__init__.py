"""Dialogs: planning, findings, closing meeting, signing, preferences, report preview, photos."""
