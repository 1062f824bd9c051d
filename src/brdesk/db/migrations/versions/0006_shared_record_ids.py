"""stable ids for exchange packages: a uuid on every record a package carries, and the
synced_at mark merges compare against

Existing records get fresh random uuids. The small tables are rebuilt to make uuid NOT NULL
and unique (brdesk.db.migrate runs migrations with foreign keys off, so a rebuild cannot
cascade); observation already had its uuid and only gains a column, without a rebuild.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHARED_TABLES = (
    "programme",
    "participant",
    "reserve",
    "action_plan",
    "objective",
    "action",
    "participation_summary",
    "training_evaluation",
    "followup_item",
)


def upgrade() -> None:
    run = op.get_bind().exec_driver_sql
    for table in SHARED_TABLES:
        run(f"ALTER TABLE {table} ADD COLUMN uuid VARCHAR(36)")
        ids = [row[0] for row in run(f"SELECT id FROM {table}")]
        stamp = sa.text(f"UPDATE {table} SET uuid = :uuid WHERE id = :id")
        for record_id in ids:
            op.get_bind().execute(stamp, {"uuid": str(uuid.uuid4()), "id": record_id})
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
            batch_op.add_column(sa.Column("synced_at", sa.DateTime(), nullable=True))
            batch_op.create_unique_constraint(batch_op.f(f"uq_{table}_uuid"), ["uuid"])
    # A plain ALTER (no batch): the observation table is not rebuilt.
    op.add_column("observation", sa.Column("synced_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.drop_column("synced_at")
    for table in SHARED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"uq_{table}_uuid"), type_="unique")
            batch_op.drop_column("synced_at")
            batch_op.drop_column("uuid")
