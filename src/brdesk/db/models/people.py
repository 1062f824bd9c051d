"""People and places: the programme attended, the participant, the reserve."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from brdesk.db.base import Base
from brdesk.db.models.common import SharedMixin, TimestampMixin
from brdesk.db.vocab import (
    ROLES,
    sql_in,
)


class Programme(SharedMixin, TimestampMixin, Base):
    """A training programme a participant attended (prefilled with the 2025 edition)."""

    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    contact_email: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date", name="dates_order"
        ),
    )


class Participant(SharedMixin, TimestampMixin, Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    country_code: Mapped[str | None] = mapped_column(String(2))
    institution: Mapped[str | None] = mapped_column(String(300))
    position: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(32))
    years_experience: Mapped[int | None] = mapped_column(Integer)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme.id", ondelete="SET NULL"), index=True
    )

    __table_args__ = (
        CheckConstraint(f"role IS NULL OR role IN ({sql_in(ROLES)})", name="role_known"),
        CheckConstraint(
            "years_experience IS NULL OR years_experience BETWEEN 0 AND 80",
            name="experience_range",
        ),
        CheckConstraint("length(trim(full_name)) > 0", name="name_not_blank"),
    )


class Reserve(SharedMixin, TimestampMixin, Base):
    __tablename__ = "reserve"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    country_code: Mapped[str | None] = mapped_column(String(2))
    year_designated: Mapped[int | None] = mapped_column(Integer)
    core_area_ha: Mapped[float | None] = mapped_column(Float)
    buffer_area_ha: Mapped[float | None] = mapped_column(Float)
    transition_area_ha: Mapped[float | None] = mapped_column(Float)
    elevation_min_m: Mapped[float | None] = mapped_column(Float)
    elevation_max_m: Mapped[float | None] = mapped_column(Float)
    ecosystems: Mapped[str | None] = mapped_column(Text)
    key_species: Mapped[str | None] = mapped_column(Text)
    glaciers: Mapped[str | None] = mapped_column(Text)
    managing_body: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        # The MAB programme began designating biosphere reserves in 1976.
        CheckConstraint(
            "year_designated IS NULL OR year_designated BETWEEN 1976 AND 2100", name="year_range"
        ),
        CheckConstraint(
            "(core_area_ha IS NULL OR core_area_ha >= 0) AND "
            "(buffer_area_ha IS NULL OR buffer_area_ha >= 0) AND "
            "(transition_area_ha IS NULL OR transition_area_ha >= 0)",
            name="areas_not_negative",
        ),
        CheckConstraint(
            "elevation_min_m IS NULL OR elevation_max_m IS NULL "
            "OR elevation_min_m <= elevation_max_m",
            name="elevation_order",
        ),
    )
