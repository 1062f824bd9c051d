"""The action plan: objectives under the four pillars, actions tagged to SDGs and GBF
targets."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from brdesk.db.base import Base
from brdesk.db.models.common import SharedMixin, TimestampMixin
from brdesk.db.models.reference import GbfTarget, Sdg

if TYPE_CHECKING:
    from brdesk.db.models.zones import ReserveZone
from brdesk.db.vocab import (
    ACTION_STATUSES,
    PRIORITIES,
    sql_in,
)


class ActionPlan(SharedMixin, TimestampMixin, Base):
    __tablename__ = "action_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    reserve_id: Mapped[int | None] = mapped_column(
        ForeignKey("reserve.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    vision: Mapped[str | None] = mapped_column(Text)
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)

    objectives: Mapped[list[Objective]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Objective.position",
        lazy="raise",
    )

    __table_args__ = (
        CheckConstraint(
            "start_year IS NULL OR end_year IS NULL OR start_year <= end_year", name="years_order"
        ),
    )


class Objective(SharedMixin, TimestampMixin, Base):
    __tablename__ = "objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plan.id", ondelete="CASCADE"))
    pillar_id: Mapped[int] = mapped_column(ForeignKey("pillar.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[ActionPlan] = relationship(back_populates="objectives", lazy="raise")
    actions: Mapped[list[Action]] = relationship(
        back_populates="objective",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Action.position",
        lazy="raise",
    )

    __table_args__ = (
        Index("ix_objective_plan_pillar_position", "plan_id", "pillar_id", "position"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )


class ActionSdg(Base):
    __tablename__ = "action_sdg"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    sdg_number: Mapped[int] = mapped_column(
        ForeignKey("sdg.number", ondelete="RESTRICT"), primary_key=True, index=True
    )


class ActionGbf(Base):
    __tablename__ = "action_gbf"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    gbf_number: Mapped[int] = mapped_column(
        ForeignKey("gbf_target.number", ondelete="RESTRICT"), primary_key=True, index=True
    )


class Action(SharedMixin, TimestampMixin, Base):
    __tablename__ = "action"

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(String(200))
    partners: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    budget: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16), default="planned", index=True)
    priority: Mapped[str] = mapped_column(String(8), default="medium")
    indicator_name: Mapped[str | None] = mapped_column(String(300))
    indicator_unit: Mapped[str | None] = mapped_column(String(50))
    indicator_baseline: Mapped[float | None] = mapped_column(Float)
    indicator_target: Mapped[float | None] = mapped_column(Float)
    indicator_latest: Mapped[float | None] = mapped_column(Float)
    risks: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    objective: Mapped[Objective] = relationship(back_populates="actions", lazy="raise")
    sdgs: Mapped[list[Sdg]] = relationship(
        secondary="action_sdg", order_by="Sdg.number", lazy="raise", passive_deletes=True
    )
    gbf_targets: Mapped[list[GbfTarget]] = relationship(
        secondary="action_gbf", order_by="GbfTarget.number", lazy="raise", passive_deletes=True
    )
    zones: Mapped[list[ReserveZone]] = relationship(
        secondary="action_zone", order_by="ReserveZone.position", lazy="raise",
        viewonly=True,
    )  # fmt: skip

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint(f"status IN ({sql_in(ACTION_STATUSES)})", name="status_known"),
        CheckConstraint(f"priority IN ({sql_in(PRIORITIES)})", name="priority_known"),
        CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date", name="dates_order"
        ),
        CheckConstraint("budget IS NULL OR budget >= 0", name="budget_not_negative"),
    )
