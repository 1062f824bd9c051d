"""Monitoring: observations, and the files attached to them or to follow-up items."""

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
    LargeBinary,
    String,
    Text,
    Time,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from brdesk.db.base import Base, new_uuid, utcnow
from brdesk.db.models.common import SyncedMixin, TimestampMixin
from brdesk.db.vocab import (
    CATEGORIES,
    ELEVATION_MAX_M,
    ELEVATION_MIN_M,
    ZONES,
    sql_in,
)


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
    #: Evidence for an answer of a self-assessment (migration 0008).
    assessment_answer_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessment_answer.id", ondelete="CASCADE"), index=True, sort_order=30
    )
    #: A photo of a good practice (migration 0010).
    good_practice_id: Mapped[int | None] = mapped_column(
        ForeignKey("good_practice.id", ondelete="CASCADE"), index=True, sort_order=31
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


class AttachmentContent(Base):
    """An attachment's bytes, kept in an office database (issue 22) so that every office
    computer reads them; each computer's attachments/ folder is then a copy of what it
    opened. A laptop keeps its files in attachments/ only, and this table empty.

    Keyed by the file's name, not the attachment's row: like a file left in the folder,
    the bytes outlive a row deleted and undone (services/attachment_files.py)."""

    __tablename__ = "attachment_content"

    stored_name: Mapped[str] = mapped_column(String(300), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
