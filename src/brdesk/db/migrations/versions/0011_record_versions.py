"""record versions: every record that can be edited counts its changes and names who made
the last one, so two people on one office database cannot save over each other unseen;
and on PostgreSQL, every change announced (NOTIFY) so the others' windows show it;
attachments' bytes kept in the database on a server, for every office computer to read

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 14:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from brdesk.db import summaries
from brdesk.db.postgres import is_postgres

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED_TABLES = (
    "programme",
    "participant",
    "reserve",
    "action_plan",
    "objective",
    "action",
    "participation_summary",
    "training_evaluation",
    "followup_item",
    "observation",
    "assessment",
    "assessment_answer",
    "reserve_zone",
    "action_zone",
    "good_practice",
    "good_practice_action",
    "good_practice_observation",
)

#: Every table a window shows records of: a change in any is announced on a server.
ANNOUNCED_TABLES = (
    *VERSIONED_TABLES,
    "action_sdg",
    "action_gbf",
    "attachment",
    "good_practice_sdg",
    "good_practice_gbf",
    "observation_zone",
)
CHANNEL = "brdesk_changes"


def upgrade() -> None:
    # Plain ALTERs (no batch): a column with a constant default is added without rewriting
    # the table on SQLite and PostgreSQL alike, so a million observations take no time.
    for table in VERSIONED_TABLES:
        op.add_column(
            table,
            sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        )
        op.add_column(table, sa.Column("changed_by", sa.String(length=120), nullable=True))
    op.create_table(
        "attachment_content",
        sa.Column("stored_name", sa.String(length=300), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("stored_name", name=op.f("pk_attachment_content")),
    )
    if is_postgres(op.get_bind()):
        _announce_changes()
        # The summaries' insert trigger learns to stand aside for a bulk insert.
        summaries.create_triggers(op.get_bind().exec_driver_sql, postgres=True)


def _announce_changes() -> None:
    """A statement-level trigger per table: one notice per INSERT, UPDATE or DELETE (an
    import of 100,000 rows is one), sent when the transaction commits, naming the table, the
    login and the sending connection's application_name (each brdesk process has its own, so it
    can leave its own changes aside). A LISTEN-ing window refreshes what it shows."""
    op.execute(
        "CREATE OR REPLACE FUNCTION brdesk_announce() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || E'\\t' || session_user || "
        "E'\\t' || coalesce(current_setting('application_name', true), '')); "
        "RETURN NULL; END $$"
    )
    for table in ANNOUNCED_TABLES:
        op.execute(
            f"CREATE TRIGGER brdesk_announce_{table} AFTER INSERT OR UPDATE OR DELETE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION brdesk_announce()"
        )


def downgrade() -> None:
    if is_postgres(op.get_bind()):
        for table in ANNOUNCED_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS brdesk_announce_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS brdesk_announce()")
    op.drop_table("attachment_content")
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("changed_by")
            batch_op.drop_column("version")
