"""The fold that turns the change log into records, and the check that the records match it."""
