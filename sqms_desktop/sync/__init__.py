"""Changes, clocks and the fold that turns the change log into records (DESIGN §8)."""
