"""Observations out, in the formats the field reads: CSV, XLSX, GeoJSON and a Darwin Core
Archive. Sensitive records get generalised coordinates unless the user asks for exact ones
(for their own use)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from brdesk import reference
from brdesk.db.vocab import CATEGORIES, ZONES
from brdesk.errors import BrdeskError
from brdesk.exchange.dwca import DatasetInfo, write_dwca
from brdesk.exchange.geojson import write_geojson
from brdesk.exchange.tabular import Column, CsvStyle, write_table
from brdesk.languages import joined, said, said_n
from brdesk.services.observation_query import ObservationFilter
from brdesk.services.profile import ParticipantService, ReserveService
from brdesk.services.store import Store

FORMATS = (".csv", ".xlsx", ".geojson", ".zip")
GRID_DEGREES = 0.1
#: Half the diagonal of a 0.1-degree cell at the equator, in metres.
GRID_UNCERTAINTY_M = 7850.0
#: Elevations of sensitive records are rounded to this many metres.
ELEVATION_STEP_M = 100
WITHHELD = "Exact coordinates, locality and time of day withheld: sensitive location"
GENERALISED = (
    f"Coordinates generalised to the centre of a {GRID_DEGREES}-degree grid cell; elevation "
    f"rounded to {ELEVATION_STEP_M} m; locality and time of day withheld"
)
#: Added to an exact archive's name and title: it is for the user's own use.
NOT_FOR_PUBLICATION = "not-for-publication"

_FIELDS = (
    "uuid", "observed_on", "observed_time", "utc_offset", "category", "subject", "kingdom",
    "taxon_rank", "count", "value", "unit", "site", "zone", "latitude", "longitude",
    "coordinate_uncertainty_m", "elevation_m", "method", "observer", "notes", "sensitive",
    "source", "source_id",
)  # fmt: skip

TABLE_COLUMNS = (
    Column("UUID", "text", 38),
    Column("Date", "date", 12),
    Column("Time", "time", 9),
    Column("UTC offset", "text", 8),
    Column("Category", "text", 14),
    Column("Taxon or subject", "text", 30),
    Column("Kingdom", "text", 10),
    Column("Taxon rank", "text", 10),
    Column("Count", "integer", 8),
    Column("Value", "number", 10),
    Column("Unit", "text", 10),
    Column("Site", "text", 24),
    Column("Zone", "text", 14),
    Column("Latitude", "number", 11),
    Column("Longitude", "number", 11),
    Column("Coordinate uncertainty (m)", "number", 12),
    Column("Elevation (m)", "number", 10),
    Column("Method", "text", 18),
    Column("Observer", "text", 18),
    Column("Notes", "text", 30),
    Column("Sensitive", "text", 9),
    Column("Generalised", "text", 11),
    Column("Source", "text", 10),
    Column("Source record id", "text", 24),
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    written: int
    skipped: int = 0
    note: str = ""


def generalise(lat: float, lon: float) -> tuple[float, float]:
    """The centre of the grid cell the point lies in."""
    cell = GRID_DEGREES

    def centre(v: float) -> float:
        return round(math.floor(v / cell) * cell + cell / 2, 4)

    return centre(lat), centre(lon)


def records(store: Store, flt: ObservationFilter, exact: bool) -> Iterator[dict[str, Any]]:
    """Observations matching the filter, oldest first, as plain dicts (streamed)."""
    where, params = flt.where(postgres=store.on_server)
    columns = ", ".join(f'"{f}"' for f in _FIELDS)
    sql = f"SELECT {columns} FROM observation{where} ORDER BY observed_on, id"
    with store.dbapi() as conn:
        cursor = conn.execute(sql, params)
        while chunk := cursor.fetchmany(5000):
            for row in chunk:
                record = dict(zip(_FIELDS, row, strict=True))
                record["sensitive"] = bool(record["sensitive"])
                record["generalised"] = False
                if record["sensitive"] and not exact:
                    _generalise_record(record)
                yield record


def _generalise_record(record: dict[str, Any]) -> None:
    """What a sensitive record shows outside brdesk: a grid cell, not a point; a rounded
    elevation; no place name and no time of day (either can give the place away)."""
    if record["latitude"] is not None:
        record["latitude"], record["longitude"] = generalise(
            record["latitude"], record["longitude"]
        )
        record["coordinate_uncertainty_m"] = max(
            record["coordinate_uncertainty_m"] or 0.0, GRID_UNCERTAINTY_M
        )
    if record["elevation_m"] is not None:
        step = ELEVATION_STEP_M
        record["elevation_m"] = float(round(record["elevation_m"] / step) * step)
    record["site"] = None
    record["observed_time"] = None
    record["utc_offset"] = None  # an offset without its time says nothing
    record["generalised"] = True


def export_observations(
    store: Store,
    path: Path,
    flt: ObservationFilter | None = None,
    *,
    exact: bool = False,
    licence: str = "CC-BY",
    csv_style: CsvStyle = "comma",
    events: bool = False,
) -> ExportResult:
    """Write the observations the filter selects; sensitive records generalised unless
    exact. licence (CC0, CC-BY, CC-BY-NC) goes into a Darwin Core Archive's metadata;
    csv_style says how a CSV separates columns and decimals; events=True makes a .zip a
    sampling-event archive of the measurements (climate, glaciers, habitat, people)
    instead of an occurrence archive of the species records."""
    flt = flt or ObservationFilter()
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise BrdeskError(
            said(
                "Cannot export observations to '{name}': use .csv, .xlsx, .geojson "
                "or .zip (a Darwin Core Archive).",
                name=path.name,
            )
        )
    rows = records(store, flt, exact)
    if suffix in (".csv", ".xlsx"):
        written = write_table(
            path, TABLE_COLUMNS, (_table_row(r) for r in rows), "Observations",
            title=f"Observations{_of_reserve(store)}", creator=_participant(store),
            csv_style=csv_style,
        )  # fmt: skip
        return ExportResult(path, written)
    if suffix == ".geojson":
        written, skipped = write_geojson(path, (_geo_properties(r) for r in rows))
        note = said_n("%Ln observation(s) without coordinates [was|were] left out.", "", skipped)
        return ExportResult(path, written, skipped, note if skipped else "")
    if events:
        return _export_events(store, path, rows, flt, licence)
    return _export_dwca(store, path, rows, flt, exact, licence)


def _table_row(r: dict[str, Any]) -> list[Any]:
    return [
        r["uuid"], date.fromisoformat(r["observed_on"]), (r["observed_time"] or "")[:8] or None,
        r["utc_offset"],
        CATEGORIES.get(r["category"], r["category"]), r["subject"], r["kingdom"],
        r["taxon_rank"], r["count"], r["value"],
        r["unit"], r["site"], ZONES.get(r["zone"], r["zone"]) if r["zone"] else None,
        r["latitude"], r["longitude"], r["coordinate_uncertainty_m"], r["elevation_m"],
        r["method"], r["observer"], r["notes"], "yes" if r["sensitive"] else "no",
        "yes" if r["generalised"] else "no", r["source"], r["source_id"],
    ]  # fmt: skip


def _geo_properties(r: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in r.items() if v is not None}
    out["latitude"], out["longitude"] = r["latitude"], r["longitude"]
    if r["observed_time"]:
        out["observed_time"] = r["observed_time"][:8]
    return out


def _export_dwca(
    store: Store,
    path: Path,
    rows: Iterator[dict[str, Any]],
    flt: ObservationFilter,
    exact: bool = False,
    licence: str = "CC-BY",
) -> ExportResult:
    reserve = ReserveService(store).current()
    person = ParticipantService(store).current()
    country = reserve.country_code if reserve else None
    skipped = 0

    def occurrences() -> Iterator[dict[str, Any]]:
        nonlocal skipped
        for r in rows:
            # Only sightings of taxa are occurrences; climate readings and the rest are not.
            if r["category"] != "species":
                skipped += 1
                continue
            yield _occurrence(r, country)

    title = f"Species observations, {reserve.name}" if reserve else "Species observations"
    named: str = ""
    if exact:
        # Exact locations of sensitive species must not reach GBIF by mistake: the file's
        # name and its metadata say what it is.
        title = f"NOT FOR PUBLICATION (exact locations of sensitive records): {title}"
        if NOT_FOR_PUBLICATION not in path.stem.lower():
            path = path.with_name(f"{path.stem}-{NOT_FOR_PUBLICATION}{path.suffix}")
            named = said("Named {name}: it holds exact locations of sensitive records.",
                         name=path.name)  # fmt: skip
    info = _info(title, person, reserve, store, flt, licence)
    count = write_dwca(path, occurrences(), info)
    left_out = said_n("%Ln observation(s) not of species [was|were] left out.", "", skipped)
    notes = [text for text in (left_out if skipped else "", named) if text]
    return ExportResult(path, count, skipped, joined(notes, " ") if notes else "")


def _export_events(
    store: Store, path: Path, rows: Iterator[dict[str, Any]], flt: ObservationFilter,
    licence: str,
) -> ExportResult:  # fmt: skip
    """The series that are not occurrences (climate readings, glacier positions, habitat
    and socio-economic measures) as a sampling-event archive: each record an Event, its
    value a MeasurementOrFact. Species records are left out (they are occurrences)."""
    from brdesk.exchange.dwca import write_event_dwca

    reserve = ReserveService(store).current()
    person = ParticipantService(store).current()
    country = reserve.country_code if reserve else None
    skipped = 0

    def events() -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        nonlocal skipped
        for r in rows:
            if r["category"] == "species":
                skipped += 1
                continue
            yield _event(r, country), _measurements(r)

    title = f"Monitoring measurements, {reserve.name}" if reserve else "Monitoring measurements"
    info = _info(title, person, reserve, store, flt, licence, species=False)
    count = write_event_dwca(path, events(), info)
    note = said_n("%Ln species record(s) [was|were] left out (export them as occurrences).", "",
                  skipped)  # fmt: skip
    return ExportResult(path, count, skipped, note if skipped else "")


def _event(r: dict[str, Any], country: str | None) -> dict[str, Any]:
    return {
        "eventID": f"urn:uuid:{r['uuid']}",
        **_where_and_when(r, country),
        "eventRemarks": r["notes"],
    }


def _where_and_when(r: dict[str, Any], country: str | None) -> dict[str, Any]:
    """The Darwin Core terms an occurrence and an event share: date, place, method, and
    what was generalised."""
    # ISO 8601 local time, with its offset where the source stated one.
    when = r["observed_on"]
    if r["observed_time"]:
        when += "T" + r["observed_time"][:8] + (r["utc_offset"] or "")
    terms = {
        "eventDate": when,
        "decimalLatitude": r["latitude"],
        "decimalLongitude": r["longitude"],
        "geodeticDatum": "WGS84" if r["latitude"] is not None else None,
        "coordinateUncertaintyInMeters": r["coordinate_uncertainty_m"],
        "countryCode": country,
        "locality": r["site"],
        "minimumElevationInMeters": r["elevation_m"],
        "maximumElevationInMeters": r["elevation_m"],
        "samplingProtocol": r["method"],
    }
    if r["generalised"]:
        terms["informationWithheld"] = WITHHELD
        terms["dataGeneralizations"] = GENERALISED
    return terms


def _measurements(r: dict[str, Any]) -> list[dict[str, Any]]:
    """The record's measured value (or its count) as one MeasurementOrFact."""
    value = r["value"] if r["value"] is not None else r["count"]
    if value is None:
        return []
    return [
        {
            "measurementID": f"urn:uuid:{r['uuid']}:1",
            "measurementType": r["subject"],
            "measurementValue": value,
            "measurementUnit": r["unit"],
            "measurementMethod": r["method"],
            "measurementDeterminedBy": r["observer"],
            "measurementRemarks": CATEGORIES.get(r["category"], r["category"]),
        }
    ]


def _coverage(store: Store, flt: ObservationFilter, species: bool) -> dict[str, Any]:
    """Where and when the archive's records lie: the species records, or the others."""
    where, params = flt.where(postgres=store.on_server)
    held = "category = 'species'" if species else "category != 'species'"
    where = (where + " AND " if where else " WHERE ") + held
    sql = (
        "SELECT min(longitude), max(longitude), min(latitude), max(latitude), "
        f"min(observed_on), max(observed_on) FROM observation{where}"
    )
    with store.dbapi() as conn:
        west, east, south, north, first, last = conn.execute(sql, params).fetchone()
    out: dict[str, Any] = {}
    if west is not None:
        out["bounds"] = (west, east, south, north)
    if first is not None:
        out["period"] = (date.fromisoformat(first), date.fromisoformat(last))
    return out


def _info(
    title: str,
    person: Any,
    reserve: Any,
    store: Store,
    flt: ObservationFilter,
    licence: str,
    species: bool = True,
) -> DatasetInfo:
    held = "Species occurrences" if species else "Measurements (climate, glaciers, habitat, people)"
    return DatasetInfo(
        licence=licence,
        package_id=_package_id(reserve, store),
        title=title,
        description=f"{held} recorded in the reserve's monitoring, exported with brdesk. "
        + reference.programme().acknowledgement,
        creator=person.full_name if person else "brdesk user",
        organisation=(reserve.managing_body if reserve else None)
        or (person.institution if person else None),
        email=person.email if person else None,
        country_code=reserve.country_code if reserve else None,
        **_coverage(store, flt, species),
    )


def _package_id(reserve: Any, store: Store) -> str:
    """One identifier per data set, the same at every export: the reserve's, else the data
    folder's."""
    import uuid

    seed = str(getattr(reserve, "uuid", "") or store.data_dir.root)
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"brdesk:dwca:{seed}"))


def _occurrence(r: dict[str, Any], country: str | None) -> dict[str, Any]:
    method = r["method"] or ""
    machine = any(word in method.lower() for word in ("camera", "sensor", "station", "acoustic"))
    count = r["count"]
    return {
        "occurrenceID": occurrence_id(r),
        "basisOfRecord": "MachineObservation" if machine else "HumanObservation",
        "scientificName": r["subject"],
        "kingdom": r["kingdom"],
        "taxonRank": r["taxon_rank"],
        **_where_and_when(r, country),
        "individualCount": count,
        "occurrenceStatus": "absent" if count == 0 else "present",
        "recordedBy": r["observer"],
        "occurrenceRemarks": r["notes"],
    }


def _participant(store: Any) -> str:
    person = ParticipantService(store).current()
    return person.full_name if person else ""


def _of_reserve(store: Any) -> str:
    reserve = ReserveService(store).current()
    return f": {reserve.name}" if reserve else ""


def occurrence_id(r: dict[str, Any]) -> str:
    """The record's identifier for GBIF: the one it already has where it came from (so a
    record published through iNaturalist or a Darwin Core dataset is not published twice),
    else its own UUID."""
    import uuid

    source, original = r.get("source"), r.get("source_id")
    if original and not str(original).startswith("sha1:"):
        if source == "inat":
            return f"https://www.inaturalist.org/observations/{original}"
        if source == "dwc" or (source == "gbif" and not str(original).startswith("gbifID:")):
            return str(original)  # the publisher's occurrenceID, as GBIF holds it
        if source in ("kobo", "odk"):
            try:
                return f"urn:uuid:{uuid.UUID(str(original).removeprefix('uuid:'))}"
            except ValueError:
                pass
    return f"urn:uuid:{r['uuid']}"
