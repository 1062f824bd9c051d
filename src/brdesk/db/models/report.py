"""The post-training report's parts and the follow-up items."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
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
from brdesk.db.vocab import (
    FOLLOWUP_KINDS,
    FOLLOWUP_STATUSES,
    sql_in,
)


class ParticipationSummary(SharedMixin, TimestampMixin, Base):
    __tablename__ = "participation_summary"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), unique=True
    )
    modules_attended: Mapped[str | None] = mapped_column(Text)
    field_visits: Mapped[str | None] = mapped_column(Text)
    group_work: Mapped[str | None] = mapped_column(Text)
    action_plan_summary: Mapped[str | None] = mapped_column(Text)
    contacts_made: Mapped[str | None] = mapped_column(Text)
    application_at_home: Mapped[str | None] = mapped_column(Text)


_RATING_COLUMNS = (
    "rating_biodiversity",
    "rating_management",
    "rating_sustainability",
    "rating_community",
    "rating_organisation",
    "rating_field_visits",
    "rating_overall",
)


class TrainingEvaluation(SharedMixin, TimestampMixin, Base):
    __tablename__ = "training_evaluation"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), unique=True
    )
    rating_biodiversity: Mapped[int | None] = mapped_column(Integer)
    rating_management: Mapped[int | None] = mapped_column(Integer)
    rating_sustainability: Mapped[int | None] = mapped_column(Integer)
    rating_community: Mapped[int | None] = mapped_column(Integer)
    rating_organisation: Mapped[int | None] = mapped_column(Integer)
    rating_field_visits: Mapped[int | None] = mapped_column(Integer)
    rating_overall: Mapped[int | None] = mapped_column(Integer)
    most_useful: Mapped[str | None] = mapped_column(Text)
    least_useful: Mapped[str | None] = mapped_column(Text)
    suggestions: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint(
            " AND ".join(f"({c} IS NULL OR {c} BETWEEN 1 AND 5)" for c in _RATING_COLUMNS),
            name="ratings_1_to_5",
        ),
    )


class FollowupItem(SharedMixin, TimestampMixin, Base):
    __tablename__ = "followup_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    completed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint(f"kind IN ({sql_in(FOLLOWUP_KINDS)})", name="kind_known"),
        CheckConstraint(f"status IN ({sql_in(FOLLOWUP_STATUSES)})", name="status_known"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        UniqueConstraint("participant_id", "kind", "title"),
    )
