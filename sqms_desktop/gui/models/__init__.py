"""Qt item models over the read-side rows (plain dataclasses from the queries)."""
