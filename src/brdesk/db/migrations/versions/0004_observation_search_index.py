"""observation search index: FTS5 trigram over subject, site, notes and observer (on
PostgreSQL, pg_trgm GIN indexes)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

from brdesk.db.fts import create_fts, drop_fts

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_fts(op.get_bind(), rebuild=True)


def downgrade() -> None:
    drop_fts(op.get_bind())
