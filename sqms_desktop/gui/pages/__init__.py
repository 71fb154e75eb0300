"""The pages of the main window, one per area: suppliers and audits, CAPAs, templates, trail."""
