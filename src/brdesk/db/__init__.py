"""Persistence: SQLAlchemy models, the engine and its pragmas, migrations. No Qt here."""
