"""HTML for the detail panes; every piece of user text is escaped."""
