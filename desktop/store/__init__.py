"""Persistence: SQLAlchemy models, the engine, migrations, backup, lock, integrity."""
