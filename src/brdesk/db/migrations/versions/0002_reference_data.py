"""reference data: the four pillars, the 17 SDGs and the 23 GBF targets

Kept apart from the schema so a later change to the reference files is one more
revision of this kind, calling the same idempotent sync.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

from brdesk.db.reference_sync import sync_reference

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    sync_reference(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    for table in ("pillar", "sdg", "gbf_target"):
        bind.exec_driver_sql(f"DELETE FROM {table}")
