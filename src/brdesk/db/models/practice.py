"""Good practices: what a reserve did that others could learn from, documented in the
network's structured form (the challenge, what was done, results with evidence, costs,
lessons, the conditions to replicate and scale it), linked to the plan's actions, the
observations that show it worked, and the goals it serves."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from brdesk.db.base import Base
from brdesk.db.models.common import SharedMixin, TimestampMixin
from brdesk.db.models.reference import GbfTarget, Sdg
from brdesk.db.vocab import PRACTICE_THEMES, sql_in


class GoodPractice(SharedMixin, TimestampMixin, Base):
    __tablename__ = "good_practice"

    id: Mapped[int] = mapped_column(primary_key=True)
    reserve_id: Mapped[int | None] = mapped_column(
        ForeignKey("reserve.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    theme: Mapped[str] = mapped_column(String(16), default="biodiversity")
    challenge: Mapped[str | None] = mapped_column(Text)
    what_was_done: Mapped[str | None] = mapped_column(Text)
    done_by: Mapped[str | None] = mapped_column(Text)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    results: Mapped[str | None] = mapped_column(Text)
    indicators: Mapped[str | None] = mapped_column(Text)
    costs: Mapped[str | None] = mapped_column(Text)
    lessons: Mapped[str | None] = mapped_column(Text)
    replication: Mapped[str | None] = mapped_column(Text)
    contacts: Mapped[str | None] = mapped_column(Text)

    sdgs: Mapped[list[Sdg]] = relationship(
        secondary="good_practice_sdg", order_by="Sdg.number", lazy="raise",
        passive_deletes=True,
    )  # fmt: skip
    gbf_targets: Mapped[list[GbfTarget]] = relationship(
        secondary="good_practice_gbf", order_by="GbfTarget.number", lazy="raise",
        passive_deletes=True,
    )  # fmt: skip

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint(f"theme IN ({sql_in(PRACTICE_THEMES)})", name="theme_known"),
        CheckConstraint(
            "started_on IS NULL OR ended_on IS NULL OR started_on <= ended_on",
            name="dates_order",
        ),
    )


class GoodPracticeSdg(Base):
    __tablename__ = "good_practice_sdg"

    good_practice_id: Mapped[int] = mapped_column(
        ForeignKey("good_practice.id", ondelete="CASCADE"), primary_key=True
    )
    sdg_number: Mapped[int] = mapped_column(
        ForeignKey("sdg.number", ondelete="RESTRICT"), primary_key=True, index=True
    )


class GoodPracticeGbf(Base):
    __tablename__ = "good_practice_gbf"

    good_practice_id: Mapped[int] = mapped_column(
        ForeignKey("good_practice.id", ondelete="CASCADE"), primary_key=True
    )
    gbf_number: Mapped[int] = mapped_column(
        ForeignKey("gbf_target.number", ondelete="RESTRICT"), primary_key=True, index=True
    )


class GoodPracticeAction(SharedMixin, TimestampMixin, Base):
    """A plan action the practice grew from or carries out (a record with a UUID, so that
    packages carry the link)."""

    __tablename__ = "good_practice_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    good_practice_id: Mapped[int] = mapped_column(
        ForeignKey("good_practice.id", ondelete="CASCADE")
    )
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)

    __table_args__ = (UniqueConstraint("good_practice_id", "action_id"),)


class GoodPracticeObservation(SharedMixin, TimestampMixin, Base):
    """An observation that is evidence of the practice's results."""

    __tablename__ = "good_practice_observation"

    id: Mapped[int] = mapped_column(primary_key=True)
    good_practice_id: Mapped[int] = mapped_column(
        ForeignKey("good_practice.id", ondelete="CASCADE")
    )
    observation_id: Mapped[int] = mapped_column(
        ForeignKey("observation.id", ondelete="CASCADE"), index=True
    )

    __table_args__ = (UniqueConstraint("good_practice_id", "observation_id"),)
