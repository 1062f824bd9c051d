"""Monitoring observations: one record per sighting, measurement or event."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from brdesk.db import models
from brdesk.db.vocab import CATEGORIES, ELEVATION_MAX_M, ELEVATION_MIN_M, ZONES
from brdesk.errors import ValidationError
from brdesk.languages import marked
from brdesk.services.crud import EntityService
from brdesk.services.fields import Field


class ObservationService(EntityService[models.Observation]):
    model = models.Observation
    noun = marked("observation")
    fields = (
        Field("observed_on", marked("Date"), "date", required=True, not_in_future=True),
        Field("observed_time", marked("Time"), "time"),
        Field("site", marked("Site"), max_length=200),
        Field("zone", marked("Zone"), "choice", choices=ZONES),
        Field(
            "latitude",
            marked("Latitude"),
            "latitude",
            minimum=-90,
            maximum=90,
            hint=marked("decimal degrees, or 27°59'17\"N"),
        ),
        Field(
            "longitude",
            marked("Longitude"),
            "longitude",
            minimum=-180,
            maximum=180,
            hint=marked("decimal degrees, or 86°55'30\"E"),
        ),
        Field("coordinate_uncertainty_m", marked("Coordinate uncertainty (m)"), "float", minimum=0),
        Field(
            "elevation_m",
            marked("Elevation (m)"),
            "float",
            minimum=ELEVATION_MIN_M,
            maximum=ELEVATION_MAX_M,
        ),
        Field("category", marked("Category"), "choice", required=True, choices=CATEGORIES),
        Field("subject", marked("Taxon or subject"), required=True, max_length=300),
        Field("utc_offset", marked("UTC offset"), "utc_offset", hint=marked("+05:45, or -03:00")),
        Field("kingdom", marked("Kingdom"), max_length=50),
        Field("taxon_rank", marked("Taxon rank"), max_length=50),
        Field("count", marked("Count"), "int", minimum=0),
        Field("value", marked("Measured value"), "float"),
        Field("unit", marked("Unit"), max_length=50),
        Field("method", marked("Method"), max_length=200),
        Field("observer", marked("Observer"), max_length=200),
        Field("notes", marked("Notes"), "longtext", max_length=100_000),
        Field("sensitive", marked("Sensitive location"), "bool"),
        Field("source", marked("Source"), max_length=32),
        Field("source_id", marked("Source record id"), max_length=200),
        Field("reserve_id", marked("Reserve"), "int", minimum=1),
    )

    def default_order(self) -> Sequence[Any]:
        return (models.Observation.observed_on.desc(), models.Observation.id.desc())

    def check_record(self, record: Mapping[str, Any]) -> None:
        lat, lon = record.get("latitude"), record.get("longitude")
        if (lat is None) != (lon is None):
            missing = self.field("longitude" if lon is None else "latitude")
            raise ValidationError(
                missing.name, missing.label, "is required when the other coordinate is given"
            )

    def create(self, **values: Any) -> models.Observation:
        values.setdefault("source", "manual")
        return super().create(**values)

    def duplicates_of(self, values: dict[str, Any], ignore_id: int | None = None) -> int:
        """How many records share this one's date, place and taxon (a likely double entry)."""
        # The same place to four decimals (about 10 m), or no place on both: said in SQL
        # both engines take (PostgreSQL rounds no double to a number of decimals).
        same = (
            "(({c} IS NULL AND CAST(? AS DOUBLE PRECISION) IS NULL) "
            "OR round({c} * 10000) = round(CAST(? AS DOUBLE PRECISION) * 10000))"
        )
        sql = (
            "SELECT count(*) FROM observation WHERE observed_on = ? AND subject = ? "
            f"AND {same.format(c='latitude')} AND {same.format(c='longitude')} "
            "AND coalesce(site, '') = coalesce(?, '') AND id != ?"
        )
        day = values.get("observed_on")
        latitude, longitude = values.get("latitude"), values.get("longitude")
        params = (
            day.isoformat() if isinstance(day, date) else day,
            values.get("subject"),
            latitude,
            latitude,
            longitude,
            longitude,
            values.get("site"),
            ignore_id or -1,
        )
        with self.store.dbapi() as conn:
            return int(conn.execute(sql, params).fetchone()[0])

    def snapshot(self, record_id: int) -> dict[str, Any]:
        """Fields, the stable UUID, and the attachment rows: an undone delete puts back the
        very same record (the attached files stay in attachments/ meanwhile)."""
        values = super().snapshot(record_id)
        with self.store.reading() as session:
            values["attachments"] = [
                {c.name: getattr(a, c.name) for c in models.Attachment.__table__.columns}
                for a in session.scalars(
                    select(models.Attachment).where(models.Attachment.observation_id == record_id)
                )
            ]
        return values

    def _restore(self, session: Session, snapshot: Mapping[str, Any]) -> None:
        fields = {f.name: snapshot.get(f.name) for f in self.fields}
        obj = models.Observation(id=snapshot["id"], uuid=snapshot["uuid"], **fields)
        session.add(obj)
        _place_on_map(session, obj)
        for attachment in snapshot.get("attachments", ()):
            session.add(models.Attachment(**attachment))

    def extra_fields(self) -> Iterable[str]:
        return ("uuid", "attachments")

    def apply_extra(
        self, session: Session, obj: models.Observation, values: Mapping[str, Any]
    ) -> None:
        # Called after every create and update, in its transaction: the zone on the map
        # follows the coordinates as they are saved.
        _place_on_map(session, obj)

    def delete_many(self, ids: list[int]) -> list[dict[str, Any]]:
        """Delete the records; returns their snapshots (for an undo)."""
        snapshots = [self.snapshot(i) for i in ids]
        with self.store.transaction() as session:
            for record_id in ids:
                session.delete(self._get(session, record_id))
        return snapshots

    def restore_many(self, snapshots: list[dict[str, Any]]) -> None:
        with self.store.transaction() as session:
            for snapshot in snapshots:
                self._restore(session, snapshot)


def _place_on_map(session: Session, obj: models.Observation) -> None:
    """Give the observation its zone from its coordinates and the zones on the map."""
    from brdesk.services.store import sqlite_connection
    from brdesk.services.zone_assign import place

    session.flush()
    place(sqlite_connection(session), obj.id, obj.longitude, obj.latitude)
