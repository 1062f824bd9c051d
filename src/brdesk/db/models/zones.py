"""The reserve's zonation on the map: each zone an outline (core area, buffer zone or
transition area, optionally a named part of one), and the zones an action applies to."""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from brdesk.db.base import Base
from brdesk.db.models.common import SharedMixin, TimestampMixin
from brdesk.db.vocab import ZONE_KINDS, sql_in


class ReserveZone(SharedMixin, TimestampMixin, Base):
    """A zone's outline as a GeoJSON MultiPolygon in WGS84 degrees (text: SQLite and a
    server database both hold it, and any GIS reads it), with its bounding box, so that
    "which zones could hold this point" is a comparison of numbers, and its geodesic area."""

    __tablename__ = "reserve_zone"

    id: Mapped[int] = mapped_column(primary_key=True)
    reserve_id: Mapped[int | None] = mapped_column(
        ForeignKey("reserve.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200), unique=True)
    geometry: Mapped[str] = mapped_column(Text)
    min_lon: Mapped[float] = mapped_column(Float)
    min_lat: Mapped[float] = mapped_column(Float)
    max_lon: Mapped[float] = mapped_column(Float)
    max_lat: Mapped[float] = mapped_column(Float)
    area_ha: Mapped[float] = mapped_column(Float)
    #: Where the outline came from: "zones.shp, feature 3".
    source: Mapped[str | None] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint(f"kind IN ({sql_in(ZONE_KINDS)})", name="kind_known"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("area_ha >= 0", name="area_not_negative"),
        CheckConstraint("min_lon <= max_lon AND min_lat <= max_lat", name="box_order"),
    )


class ActionZone(SharedMixin, TimestampMixin, Base):
    """An action applies to a zone. A record of its own (with a UUID) so that packages
    carry it like any other link."""

    __tablename__ = "action_zone"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"))
    zone_id: Mapped[int] = mapped_column(
        ForeignKey("reserve_zone.id", ondelete="CASCADE"), index=True
    )

    __table_args__ = (UniqueConstraint("action_id", "zone_id"),)
