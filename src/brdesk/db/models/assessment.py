"""Management-effectiveness self-assessments: one per review, dated, each answering the
questions of the edition it was made with (data/questions-<edition>.json)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from brdesk.db.base import Base
from brdesk.db.models.common import SharedMixin, TimestampMixin


class Assessment(SharedMixin, TimestampMixin, Base):
    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    reserve_id: Mapped[int | None] = mapped_column(
        ForeignKey("reserve.id", ondelete="SET NULL"), index=True
    )
    assessed_on: Mapped[date] = mapped_column(Date, index=True)
    #: The edition of the questions answered: a later edition never garbles this one.
    question_set: Mapped[str] = mapped_column(String(32))
    #: Who took part: staff, community representatives, partners.
    participants: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("length(trim(question_set)) > 0", name="question_set_not_blank"),
    )


class AssessmentAnswer(SharedMixin, TimestampMixin, Base):
    __tablename__ = "assessment_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    question_code: Mapped[str] = mapped_column(String(16))
    #: 0–3, or NULL while unanswered or when the question does not apply.
    score: Mapped[int | None] = mapped_column(Integer)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    not_applicable_reason: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    #: The plan action this answer's next step became (the link runs both ways: the action
    #: is found from the answer, the answer from the action).
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="SET NULL"), index=True
    )

    __table_args__ = (
        UniqueConstraint("assessment_id", "question_code"),
        CheckConstraint("score IS NULL OR score BETWEEN 0 AND 3", name="score_range"),
        CheckConstraint(
            "NOT (not_applicable AND score IS NOT NULL)", name="scored_or_not_applicable"
        ),
    )
