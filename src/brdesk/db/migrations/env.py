"""Alembic environment for brdesk: always handed a live connection by brdesk.db.migrate."""

from alembic import context

import brdesk.db.models  # noqa: F401  (registers every table on the metadata)
from brdesk.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("brdesk migrations run from code (brdesk.db.migrate), not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite alters tables by copying them; batch mode does that safely.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
