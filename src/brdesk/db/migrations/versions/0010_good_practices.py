"""good practices: the network's structured form of what a reserve did that others could
learn from, its links to plan actions and observations (records with UUIDs, carried by
packages), to SDGs and GBF targets, and photos as attachments

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 01:44:54.892789
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "good_practice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reserve_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("theme", sa.String(length=16), nullable=False),
        sa.Column("challenge", sa.Text(), nullable=True),
        sa.Column("what_was_done", sa.Text(), nullable=True),
        sa.Column("done_by", sa.Text(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("results", sa.Text(), nullable=True),
        sa.Column("indicators", sa.Text(), nullable=True),
        sa.Column("costs", sa.Text(), nullable=True),
        sa.Column("lessons", sa.Text(), nullable=True),
        sa.Column("replication", sa.Text(), nullable=True),
        sa.Column("contacts", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "theme IN ('biodiversity', 'climate', 'participation', 'livelihoods')",
            name=op.f("ck_good_practice_theme_known"),
        ),
        sa.CheckConstraint(
            "length(trim(title)) > 0", name=op.f("ck_good_practice_title_not_blank")
        ),
        sa.CheckConstraint(
            "started_on IS NULL OR ended_on IS NULL OR started_on <= ended_on",
            name=op.f("ck_good_practice_dates_order"),
        ),
        sa.ForeignKeyConstraint(
            ["reserve_id"],
            ["reserve.id"],
            name=op.f("fk_good_practice_reserve_id_reserve"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_good_practice")),
        sa.UniqueConstraint("uuid", name=op.f("uq_good_practice_uuid")),
    )
    with op.batch_alter_table("good_practice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_good_practice_reserve_id"), ["reserve_id"], unique=False
        )

    op.create_table(
        "good_practice_gbf",
        sa.Column("good_practice_id", sa.Integer(), nullable=False),
        sa.Column("gbf_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["gbf_number"],
            ["gbf_target.number"],
            name=op.f("fk_good_practice_gbf_gbf_number_gbf_target"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["good_practice_id"],
            ["good_practice.id"],
            name=op.f("fk_good_practice_gbf_good_practice_id_good_practice"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "good_practice_id", "gbf_number", name=op.f("pk_good_practice_gbf")
        ),
    )
    with op.batch_alter_table("good_practice_gbf", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_good_practice_gbf_gbf_number"), ["gbf_number"], unique=False
        )

    op.create_table(
        "good_practice_observation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("good_practice_id", sa.Integer(), nullable=False),
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["good_practice_id"],
            ["good_practice.id"],
            name=op.f("fk_good_practice_observation_good_practice_id_good_practice"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_good_practice_observation_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_good_practice_observation")),
        sa.UniqueConstraint(
            "good_practice_id",
            "observation_id",
            name=op.f("uq_good_practice_observation_good_practice_id_observation_id"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_good_practice_observation_uuid")),
    )
    with op.batch_alter_table("good_practice_observation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_good_practice_observation_observation_id"),
            ["observation_id"],
            unique=False,
        )

    op.create_table(
        "good_practice_sdg",
        sa.Column("good_practice_id", sa.Integer(), nullable=False),
        sa.Column("sdg_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["good_practice_id"],
            ["good_practice.id"],
            name=op.f("fk_good_practice_sdg_good_practice_id_good_practice"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sdg_number"],
            ["sdg.number"],
            name=op.f("fk_good_practice_sdg_sdg_number_sdg"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "good_practice_id", "sdg_number", name=op.f("pk_good_practice_sdg")
        ),
    )
    with op.batch_alter_table("good_practice_sdg", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_good_practice_sdg_sdg_number"), ["sdg_number"], unique=False
        )

    op.create_table(
        "good_practice_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("good_practice_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_good_practice_action_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["good_practice_id"],
            ["good_practice.id"],
            name=op.f("fk_good_practice_action_good_practice_id_good_practice"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_good_practice_action")),
        sa.UniqueConstraint(
            "good_practice_id",
            "action_id",
            name=op.f("uq_good_practice_action_good_practice_id_action_id"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_good_practice_action_uuid")),
    )
    with op.batch_alter_table("good_practice_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_good_practice_action_action_id"), ["action_id"], unique=False
        )

    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("good_practice_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_attachment_good_practice_id"), ["good_practice_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_attachment_good_practice_id_good_practice"),
            "good_practice",
            ["good_practice_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_attachment_good_practice_id_good_practice"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_attachment_good_practice_id"))
        batch_op.drop_column("good_practice_id")

    with op.batch_alter_table("good_practice_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_good_practice_action_action_id"))

    op.drop_table("good_practice_action")
    with op.batch_alter_table("good_practice_sdg", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_good_practice_sdg_sdg_number"))

    op.drop_table("good_practice_sdg")
    with op.batch_alter_table("good_practice_observation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_good_practice_observation_observation_id"))

    op.drop_table("good_practice_observation")
    with op.batch_alter_table("good_practice_gbf", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_good_practice_gbf_gbf_number"))

    op.drop_table("good_practice_gbf")
    with op.batch_alter_table("good_practice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_good_practice_reserve_id"))

    op.drop_table("good_practice")
