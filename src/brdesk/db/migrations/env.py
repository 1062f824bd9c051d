"""Alembic environment for brdesk: always handed a live connection by brdesk.db.migrate."""

from alembic import context

import brdesk.db.models  # noqa: F401  (registers every table on the metadata)
from brdesk.db.base import Base
from brdesk.db.fts import is_fts_table


def include_object(obj, name, type_, reflected, compare_to):
    # The search index is a virtual table the metadata does not describe: not a difference.
    return not (type_ == "table" and is_fts_table(name))


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("brdesk migrations run from code (brdesk.db.migrate), not the alembic CLI")

if connection.dialect.name == "postgresql":
    from brdesk.db.postgres import prepare

    prepare(connection)

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite alters tables by copying them; batch mode does that safely.
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
