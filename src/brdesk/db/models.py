"""The domain as tables. Constraints live here so bad data is refused by the store itself,
whatever code path tries to write it; the services give the friendly messages first.

ON DELETE choices, deliberately:
- a plan's objectives and an objective's actions go with it (CASCADE): they mean nothing alone;
- tags go with their action (CASCADE); a reference goal cannot go while tagged (RESTRICT);
- a pillar cannot be deleted while it holds objectives (RESTRICT): the four are fixed;
- a reserve or programme that disappears leaves its observations, plans and participants
  in place, unlinked (SET NULL): years of monitoring must never vanish with a profile edit;
- attachments go with the observation or follow-up item they document (CASCADE).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from brdesk.db.base import Base, new_uuid, utcnow
from brdesk.db.vocab import (
    ACTION_STATUSES,
    CATEGORIES,
    ELEVATION_MAX_M,
    ELEVATION_MIN_M,
    FOLLOWUP_KINDS,
    FOLLOWUP_STATUSES,
    PRIORITIES,
    ROLES,
    ZONES,
    sql_in,
)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SyncedMixin:
    """What exchange packages merge by (see services/packages.py).

    synced_at is the updated_at of the newest version of this record received in a package
    (or set aside in favour of ours): a record whose updated_at is still synced_at has no
    edits made here since, so a newer version may replace it without a conflict.
    sort_order puts the columns last, where migration 0006 added them.
    """

    synced_at: Mapped[datetime | None] = mapped_column(DateTime, sort_order=20)


class SharedMixin(SyncedMixin):
    """A record a package can carry: a stable identity across laptops, and its sync mark."""

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid, sort_order=10)


# --- reference tables (filled by migrations from the package's reference data) ---


class Pillar(Base):
    __tablename__ = "pillar"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Sdg(Base):
    __tablename__ = "sdg"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    short_name: Mapped[str] = mapped_column(String(200))

    __table_args__ = (CheckConstraint("number BETWEEN 1 AND 17", name="number_range"),)


class GbfTarget(Base):
    __tablename__ = "gbf_target"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    short_title: Mapped[str] = mapped_column(String(300))

    __table_args__ = (CheckConstraint("number BETWEEN 1 AND 23", name="number_range"),)


# --- people and places ---


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


# --- the action plan ---


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

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint(f"status IN ({sql_in(ACTION_STATUSES)})", name="status_known"),
        CheckConstraint(f"priority IN ({sql_in(PRIORITIES)})", name="priority_known"),
        CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date", name="dates_order"
        ),
        CheckConstraint("budget IS NULL OR budget >= 0", name="budget_not_negative"),
    )


# --- monitoring ---


class Observation(SyncedMixin, TimestampMixin, Base):
    __tablename__ = "observation"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    reserve_id: Mapped[int | None] = mapped_column(
        ForeignKey("reserve.id", ondelete="SET NULL"), index=True
    )
    observed_on: Mapped[date] = mapped_column(Date, index=True)
    observed_time: Mapped[time | None] = mapped_column(Time)
    site: Mapped[str | None] = mapped_column(String(200), index=True)
    zone: Mapped[str | None] = mapped_column(String(16))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    coordinate_uncertainty_m: Mapped[float | None] = mapped_column(Float)
    elevation_m: Mapped[float | None] = mapped_column(Float, index=True)
    category: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(300), index=True)
    # As the source gave them (GBIF: "Animalia", "SPECIES"): never guessed from the name.
    # Added by migration 0007, so last in the table (sort_order after synced_at's).
    kingdom: Mapped[str | None] = mapped_column(String(50), sort_order=30)
    taxon_rank: Mapped[str | None] = mapped_column(String(50), sort_order=31)
    # The offset from UTC the source stated with the time ("+05:45"); observed_time is
    # the local clock time either way, and None here means the offset is not known.
    utc_offset: Mapped[str | None] = mapped_column(String(6), sort_order=32)
    count: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(50))
    method: Mapped[str | None] = mapped_column(String(200))
    observer: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    # Where the record came from ("manual", "kobo", "gbif", ...) and its id there,
    # so importing the same file twice adds nothing.
    source: Mapped[str] = mapped_column(String(32), default="manual")
    source_id: Mapped[str | None] = mapped_column(String(200))

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="observation", passive_deletes=True, lazy="raise"
    )

    __table_args__ = (
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude_range"),
        CheckConstraint(
            "longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude_range"
        ),
        CheckConstraint("(latitude IS NULL) = (longitude IS NULL)", name="coordinates_paired"),
        CheckConstraint(
            "coordinate_uncertainty_m IS NULL OR coordinate_uncertainty_m >= 0",
            name="uncertainty_not_negative",
        ),
        CheckConstraint(
            f"elevation_m IS NULL OR (elevation_m BETWEEN {ELEVATION_MIN_M} AND {ELEVATION_MAX_M})",
            name="elevation_range",
        ),
        CheckConstraint('"count" IS NULL OR "count" >= 0', name="count_not_negative"),
        CheckConstraint(f"category IN ({sql_in(CATEGORIES)})", name="category_known"),
        CheckConstraint(f"zone IS NULL OR zone IN ({sql_in(ZONES)})", name="zone_known"),
        CheckConstraint("length(trim(subject)) > 0", name="subject_not_blank"),
        Index("ix_observation_category_observed_on", "category", "observed_on"),
        # Home's "recent changes" reads the newest edits first.
        Index("ix_observation_updated_at", "updated_at"),
        # Manual records have no source id; imported ones are unique within their source.
        Index(
            "uq_observation_source_source_id",
            "source",
            "source_id",
            unique=True,
            sqlite_where=text("source_id IS NOT NULL"),
        ),
    )


class Attachment(Base):
    """A file copied into attachments/ (never linked: a stick's files move)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    observation_id: Mapped[int | None] = mapped_column(
        ForeignKey("observation.id", ondelete="CASCADE"), index=True
    )
    followup_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("followup_item.id", ondelete="CASCADE"), index=True
    )
    original_name: Mapped[str] = mapped_column(String(300))
    stored_name: Mapped[str] = mapped_column(String(300), unique=True)
    media_type: Mapped[str | None] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    observation: Mapped[Observation | None] = relationship(
        back_populates="attachments", lazy="raise"
    )

    __table_args__ = (
        CheckConstraint("size_bytes >= 0", name="size_not_negative"),
        # "stored_name" is a bare file name inside attachments/: no folders, no way out.
        CheckConstraint(
            "instr(stored_name, '/') = 0 AND instr(stored_name, '\\') = 0 "
            "AND stored_name NOT IN ('', '.', '..')",
            name="stored_name_plain",
        ),
    )


# --- the post-training report and follow-up ---


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


# --- summaries the dashboard reads (kept by triggers, see db/summaries.py) ---


class ObservationDaily(Base):
    """Observations per day and category."""

    __tablename__ = "summary_daily"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    category: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class SpeciesDaily(Base):
    """Species records per day and taxon: richness, first sightings, accumulation."""

    __tablename__ = "summary_species_daily"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    subject: Mapped[str] = mapped_column(String(300), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class ElevationMonthly(Base):
    """Species records per month and 25 m elevation band."""

    __tablename__ = "summary_elevation_monthly"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
