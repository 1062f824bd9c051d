"""The reserve's zonation on the map: each zone an outline (core area, buffer zone or
transition area, optionally a named part of one), and the zones an action applies to."""

from __future__ import annotations

from sqlalchemy import (
    DDL,
    CheckConstraint,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from brdesk.db.base import Base
from brdesk.db.models.common import SharedMixin, TimestampMixin
from brdesk.db.models.monitoring import Observation
from brdesk.db.vocab import ZONE_KINDS, ZONES, sql_in


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


class ObservationZone(Base):
    """The zone an observation's coordinates fall in on the map: worked out by
    services/zone_assign.py, never typed (the observer's `zone` stays as recorded). A
    table of its own, like the dashboard's summaries: giving a million observations their
    zones writes a narrow table afresh in a second, where rewriting each observation's
    row took three. No row: no coordinates, or no zones drawn."""

    __tablename__ = "observation_zone"

    #: Goes with its observation, by a trigger (migration 0009): a foreign key, checked
    #: at every insert, made writing a million zones 60 % slower.
    observation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: core, buffer, transition, or outside (located, in no zone).
    map_zone: Mapped[str] = mapped_column(String(16))
    #: Which outline (none when outside); worked out again whenever zones change.
    zone_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (CheckConstraint(f"map_zone IN ({sql_in(ZONES)})", name="map_zone_known"),)


#: The observation_zone row goes with its observation (the same text as migration 0009's:
#: a database built new and one upgraded must hold the same schema).
DELETE_TRIGGER = (
    "CREATE TRIGGER observation_zone_delete AFTER DELETE ON observation BEGIN "
    "DELETE FROM observation_zone WHERE observation_id = old.id; END"
)
# On the observation table's creation: the trigger belongs to it (SQLite resolves the
# body's table when the trigger fires), and create_all may build it after this one.
event.listen(Observation.__table__, "after_create", DDL(DELETE_TRIGGER))  # type: ignore[no-untyped-call]
