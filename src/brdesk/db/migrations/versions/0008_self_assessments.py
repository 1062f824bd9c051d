"""self-assessments of management effectiveness: an assessment per review, an answer per
question (score, not applicable, comment, next step, the plan action it became), and
attachments that can be an answer's evidence

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 21:08:57.357107
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reserve_id", sa.Integer(), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("question_set", sa.String(length=32), nullable=False),
        sa.Column("participants", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "length(trim(question_set)) > 0", name=op.f("ck_assessment_question_set_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["reserve_id"],
            ["reserve.id"],
            name=op.f("fk_assessment_reserve_id_reserve"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_assessment_uuid")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_assessed_on"), ["assessed_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assessment_reserve_id"), ["reserve_id"], unique=False)

    op.create_table(
        "assessment_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("question_code", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.Column("not_applicable_reason", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "NOT (not_applicable AND score IS NOT NULL)",
            name=op.f("ck_assessment_answer_scored_or_not_applicable"),
        ),
        sa.CheckConstraint(
            "score IS NULL OR score BETWEEN 0 AND 3", name=op.f("ck_assessment_answer_score_range")
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_assessment_answer_action_id_action"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_answer_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_answer")),
        sa.UniqueConstraint(
            "assessment_id",
            "question_code",
            name=op.f("uq_assessment_answer_assessment_id_question_code"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_assessment_answer_uuid")),
    )
    with op.batch_alter_table("assessment_answer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_answer_action_id"), ["action_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_assessment_answer_assessment_id"), ["assessment_id"], unique=False
        )

    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assessment_answer_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_attachment_assessment_answer_id"), ["assessment_answer_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_attachment_assessment_answer_id_assessment_answer"),
            "assessment_answer",
            ["assessment_answer_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_attachment_assessment_answer_id_assessment_answer"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_attachment_assessment_answer_id"))
        batch_op.drop_column("assessment_answer_id")

    with op.batch_alter_table("assessment_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_answer_assessment_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_answer_action_id"))

    op.drop_table("assessment_answer")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_reserve_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_assessed_on"))

    op.drop_table("assessment")
