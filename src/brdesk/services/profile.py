"""The participant, the programme attended, and the reserve."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from brdesk.db import models
from brdesk.db.vocab import ELEVATION_MAX_M, ELEVATION_MIN_M, ROLES
from brdesk.languages import marked
from brdesk.services.crud import EntityService
from brdesk.services.fields import Field, check_order


class ProgrammeService(EntityService[models.Programme]):
    model = models.Programme
    noun = marked("programme")
    fields = (
        Field("name", marked("Programme name"), required=True, max_length=300),
        Field("place", marked("Place"), max_length=200),
        Field("start_date", marked("Start date"), "date"),
        Field("end_date", marked("End date"), "date"),
        Field("contact_email", marked("Contact e-mail"), "email", max_length=200),
    )

    def check_record(self, record: Mapping[str, Any]) -> None:
        check_order(record, self.field("start_date"), self.field("end_date"))

    def create_default(self) -> models.Programme:
        """The 2025 WNMBR programme, prefilled from the package's reference data."""
        from brdesk.reference import programme

        p = programme()
        return self.create(
            name=p.name,
            place=p.place,
            start_date=p.start,
            end_date=p.end,
            contact_email=p.contact_email,
        )


class ParticipantService(EntityService[models.Participant]):
    model = models.Participant
    noun = marked("participant")
    fields = (
        Field("full_name", marked("Full name"), required=True, max_length=200),
        Field("country_code", marked("Country"), "country"),
        Field("institution", marked("Institution"), max_length=300),
        Field("position", marked("Position"), max_length=200),
        Field("role", marked("Role"), "choice", choices=ROLES),
        Field("years_experience", marked("Years of experience"), "int", minimum=0, maximum=80),
        Field("email", marked("E-mail"), "email", max_length=200),
        Field("phone", marked("Phone"), max_length=50),
        Field("programme_id", marked("Programme attended"), "int", minimum=1),
    )

    def create_with_programme(self, **values: Any) -> models.Participant:
        """A participant linked to the programme attended (the 2025 one unless one exists)."""
        programmes = ProgrammeService(self.store)
        existing = programmes.list()
        programme = existing[0] if existing else programmes.create_default()
        values.setdefault("programme_id", programme.id)
        return self.create(**values)

    def current(self) -> models.Participant | None:
        """The profile brdesk shows: a data folder belongs to one participant."""
        people = self.list()
        return people[0] if people else None


class ReserveService(EntityService[models.Reserve]):
    model = models.Reserve
    noun = marked("reserve")
    fields = (
        Field("name", marked("Reserve name"), required=True, max_length=300),
        Field("country_code", marked("Country"), "country"),
        Field(
            "year_designated",
            marked("Year designated"),
            "int",
            minimum=1976,
            maximum=2100,
            not_in_future=True,
        ),
        Field("core_area_ha", marked("Core area (ha)"), "float", minimum=0),
        Field("buffer_area_ha", marked("Buffer zone (ha)"), "float", minimum=0),
        Field("transition_area_ha", marked("Transition area (ha)"), "float", minimum=0),
        Field(
            "elevation_min_m",
            marked("Lowest elevation (m)"),
            "float",
            minimum=ELEVATION_MIN_M,
            maximum=ELEVATION_MAX_M,
        ),
        Field(
            "elevation_max_m",
            marked("Highest elevation (m)"),
            "float",
            minimum=ELEVATION_MIN_M,
            maximum=ELEVATION_MAX_M,
        ),
        Field("ecosystems", marked("Ecosystems"), "longtext"),
        Field("key_species", marked("Key species"), "longtext"),
        Field("glaciers", marked("Glaciers"), "longtext"),
        Field("managing_body", marked("Managing body"), max_length=300),
    )

    def current(self) -> models.Reserve | None:
        reserves = self.list()
        return reserves[0] if reserves else None

    def check_record(self, record: Mapping[str, Any]) -> None:
        check_order(
            record,
            self.field("elevation_min_m"),
            self.field("elevation_max_m"),
            "must not be below the",
        )
