"""Monitoring observations: one record per sighting, measurement or event."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from brdesk.db import models
from brdesk.db.vocab import CATEGORIES, ELEVATION_MAX_M, ELEVATION_MIN_M, ZONES
from brdesk.errors import ValidationError
from brdesk.services.crud import EntityService
from brdesk.services.fields import Field


class ObservationService(EntityService[models.Observation]):
    model = models.Observation
    noun = "observation"
    fields = (
        Field("observed_on", "Date", "date", required=True, not_in_future=True),
        Field("observed_time", "Time", "time"),
        Field("site", "Site", max_length=200),
        Field("zone", "Zone", "choice", choices=ZONES),
        Field("latitude", "Latitude", "float", minimum=-90, maximum=90),
        Field("longitude", "Longitude", "float", minimum=-180, maximum=180),
        Field("coordinate_uncertainty_m", "Coordinate uncertainty (m)", "float", minimum=0),
        Field(
            "elevation_m",
            "Elevation (m)",
            "float",
            minimum=ELEVATION_MIN_M,
            maximum=ELEVATION_MAX_M,
        ),
        Field("category", "Category", "choice", required=True, choices=CATEGORIES),
        Field("subject", "Taxon or subject", required=True, max_length=300),
        Field("count", "Count", "int", minimum=0),
        Field("value", "Measured value", "float"),
        Field("unit", "Unit", max_length=50),
        Field("method", "Method", max_length=200),
        Field("observer", "Observer", max_length=200),
        Field("notes", "Notes", "longtext"),
        Field("sensitive", "Sensitive location", "bool"),
        Field("source", "Source", max_length=32),
        Field("source_id", "Source record id", max_length=200),
        Field("reserve_id", "Reserve", "int", minimum=1),
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
