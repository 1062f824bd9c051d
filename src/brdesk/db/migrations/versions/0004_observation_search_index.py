"""observation search index: FTS5 trigram over subject, site, notes and observer

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

from brdesk.db.fts import FTS_TABLE, create_fts

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_fts(op.get_bind(), rebuild=True)


def downgrade() -> None:
    bind = op.get_bind()
    for trigger in ("insert", "delete", "update"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS observation_fts_{trigger}")
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
