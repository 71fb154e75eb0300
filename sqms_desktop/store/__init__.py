"""Persistence: models, engine, migrations and the unit of work."""
