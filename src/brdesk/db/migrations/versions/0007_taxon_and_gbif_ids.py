"""observations keep the kingdom and taxon rank their source gave, and the UTC offset
stated with their time; records from GBIF downloads are known by "gbifID:<key>" until they are re-read with their occurrenceID

Before, a GBIF download's records were keyed by gbifID alone, GBIF's own number for its
copy of a record: re-publishing them under it would duplicate the publisher's record. The
prefix marks those keys for what they are (exports then give such records brdesk's UUID,
as before), and imports of a download match them whether it is read by occurrenceID now.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    run = op.execute  # text(): a literal % stays one on every driver
    run("ALTER TABLE observation ADD COLUMN kingdom VARCHAR(50)")
    run("ALTER TABLE observation ADD COLUMN taxon_rank VARCHAR(50)")
    run("ALTER TABLE observation ADD COLUMN utc_offset VARCHAR(6)")
    run(
        "UPDATE observation SET source_id = 'gbifID:' || source_id WHERE source = 'gbif' "
        "AND source_id IS NOT NULL AND source_id NOT LIKE 'sha1:%'"
    )


def downgrade() -> None:
    run = op.execute  # text(): a literal % stays one on every driver
    run(
        "UPDATE observation SET source_id = substr(source_id, 8) WHERE source = 'gbif' "
        "AND source_id LIKE 'gbifID:%'"
    )
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.drop_column("utc_offset")
        batch_op.drop_column("taxon_rank")
        batch_op.drop_column("kingdom")
