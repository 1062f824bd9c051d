"""One row of an imported file, made an observation: its columns read through the mapping,
each value converted by a rule the user can see (dates in the file's order, decimal
commas, UTM, choice labels), then checked by the observation's own field declarations
(lengths, ranges, categories: what the window and packages are checked by), or the row
refused naming its row, column and value."""

from __future__ import annotations

import hashlib
import re
import uuid
from datetime import date
from typing import Any

from brdesk.errors import MissingValue, ValidationError
from brdesk.exchange.dates import parse_datetime, parse_offset, parse_offset_alone, parse_time
from brdesk.exchange.mapping import ColumnMapping
from brdesk.exchange.readers import Table
from brdesk.exchange.values import (
    NumberStyle,
    detect_number_style,
    parse_coordinate,
    parse_number,
    parse_utm_zone,
    plain_text,
    utm_to_degrees,
)
from brdesk.languages import Lowered, marked, reason, said
from brdesk.services.fields import RowCleaner, number_text
from brdesk.services.observations import ObservationService

#: The namespace of imported records' UUIDs: uuid5(NAMESPACE, "source:source_id").
NAMESPACE = uuid.UUID("6d1f3c2e-8a4b-5b7c-9d0e-1f2a3b4c5d6e")

#: Fields read as numbers, whose values tell the file's decimal mark.
NUMBER_FIELDS = ("count", "value", "elevation_m", "coordinate_uncertainty_m")

#: The fields an import fills, in the order convert() returns them.
ROW_FIELDS = (
    "observed_on", "observed_time", "utc_offset", "site", "zone", "latitude", "longitude",
    "coordinate_uncertainty_m", "elevation_m", "category", "subject", "kingdom", "taxon_rank",
    "count", "value", "unit", "method", "observer", "notes", "sensitive",
)  # fmt: skip


def row_cleaner(today: date) -> RowCleaner:
    """The observation's field declarations, for the fields an import fills."""
    return RowCleaner([ObservationService.field(name) for name in ROW_FIELDS], today)


class RowError(Exception):
    def __init__(self, column: str, value: Any, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.value = "" if value is None else str(value)
        self.reason = reason


def uuid_for(source: str, source_id: str) -> str:
    """The UUID an imported record gets: its own, when brdesk wrote the file (so a record
    that comes back is the same record), else one derived from where it came from."""
    if source == "brdesk":
        try:
            return str(uuid.UUID(source_id))
        except ValueError:
            pass
    return str(uuid.uuid5(NAMESPACE, f"{source}:{source_id}"))


def source_id_of(
    cells: list[Any], index: dict[str, int], mapping: ColumnMapping, used: list[int]
) -> str:
    if mapping.id_column:
        value = _cell(cells, index, mapping.id_column)
        if value not in (None, ""):
            return str(value).strip()
    former = former_id(cells, index, mapping)
    if former is not None:
        return former
    # No id in the source: the record's own values are its fingerprint.
    material = "\x1f".join(str(cells[i]).strip() if i < len(cells) else "" for i in used)
    return "sha1:" + hashlib.sha1(material.encode("utf-8")).hexdigest()


def media_named(cells: list[Any], media: dict[str, str]) -> str | None:
    """The archive's media files this row names (one per line), or None."""
    if not media:
        return None
    named = [c.strip() for c in cells if isinstance(c, str) and c.strip() in media]
    return "\n".join(dict.fromkeys(named)) or None


def former_id(cells: list[Any], index: dict[str, int], mapping: ColumnMapping) -> str | None:
    """The id a record from this source may have been imported by before (GBIF records
    were known by their gbifID before migration 0007)."""
    if not mapping.fallback_id_column:
        return None
    value = _cell(cells, index, mapping.fallback_id_column)
    return None if value in (None, "") else f"{mapping.fallback_id_column}:{str(value).strip()}"


def _cell(cells: list[Any], index: dict[str, int], column: str) -> Any:
    i = index[column]
    value = cells[i] if i < len(cells) else None
    if value.__class__ is str:
        return plain_text(value.strip()) or None
    return value


#: A select answer as KoBo's and ODK's "XML values" write it: pseudois_nayaur.
_CHOICE_NAME = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")


def choice_name_seen(table: Table, index: dict[str, int], mapping: ColumnMapping) -> str | None:
    """A form export's subject written as a choice name (most of the first rows), when no
    form gives the labels: the preview says so."""
    column = mapping.fields.get("subject")
    if mapping.source not in ("kobo", "odk") or mapping.choice_labels or column is None:
        return None
    values = [str(c[index[column]]) for _, c in table.head(200) if index[column] < len(c)]
    names = [v for v in values if _CHOICE_NAME.match(v)]
    return names[0] if values and len(names) * 2 > len(values) else None


def number_style(table: Table, index: dict[str, int], mapping: ColumnMapping) -> NumberStyle:
    """The file's decimal mark, from the values of its number columns (a sample)."""
    samples = []
    for name in NUMBER_FIELDS:
        column = mapping.fields.get(name)
        if column is None:
            continue
        i = index[column]
        samples += [c[i] for _, c in table.head(2000) if i < len(c) and isinstance(c[i], str)]
    return detect_number_style(samples)


class _Row:
    """One file row, read field by field through the mapping."""

    def __init__(
        self, cells: list[Any], index: dict[str, int], mapping: ColumnMapping, style: NumberStyle
    ) -> None:
        self.cells, self.index, self.mapping, self.style = cells, index, mapping, style
        #: Values read from another column than their field's own (a geopoint's
        #: elevation): a value the field declarations refuse is named by where it was read.
        self.seen: dict[str, tuple[str, Any]] = {}

    def get(self, name: str) -> tuple[str, Any]:
        """(column, value) for a field: the cell, or the mapping's default when empty. A
        form's "other" answer is the text given in its "specify other" column."""
        column = self.mapping.fields.get(name)
        if column is None:
            return "", self.mapping.defaults.get(name)
        value = _cell(self.cells, self.index, column)
        other = self.mapping.specify_other.get(name)
        if other and isinstance(value, str) and value.casefold() == "other":
            specified = _cell(self.cells, self.index, other)
            if specified is None:
                raise RowError(column, value, said("'other', but '{column}' does not say what",
                                                   column=other))  # fmt: skip
            return other, specified
        choices = self.mapping.choices_of(column)
        if choices is not None and value is not None:
            value = _labelled(column, str(value), choices)
        return column, (self.mapping.defaults.get(name) if value is None else value)

    def number(self, name: str) -> float | None:
        """A number in the file's style (its limits are the field's, checked after)."""
        column, raw = self.get(name)
        return None if raw is None else _checked_number(column, raw, None, None, self.style)

    def refusal(self, err: ValidationError) -> RowError:
        """A field declaration's refusal, named by the column the value was read from."""
        column, raw = self.seen.get(err.field) or self.get(err.field)
        if isinstance(err, MissingValue):
            missing = Lowered(err.label, whole=True)
            return RowError(column, None, said("the {field} is missing", field=missing))
        return RowError(column, raw, err.rule)


def _labelled(column: str, value: str, choices: dict[str, str]) -> str:
    """A select answer as its label: a choice name ("pseudois_nayaur"), or several of a
    select_multiple ("scat tracks"), become their labels; a value that already is one of
    the labels stays; anything else is not an answer the form allows, and is refused."""
    if value in choices.values():
        return value
    names = value.split()
    unknown = [n for n in names if n not in choices]
    if unknown or not names:
        raise RowError(column, value, said("'{value}' is not a choice of this question in the form",
                                           value=unknown[0] if unknown else value))  # fmt: skip
    return ", ".join(choices[n] for n in names)


def _checked_number(
    column: str, raw: Any, low: float | None, high: float | None, style: NumberStyle = None
) -> float:
    try:
        value = float(raw) if isinstance(raw, int | float) else parse_number(str(raw), style)
    except ValueError as exc:
        raise RowError(column, raw, reason(exc)) from None
    if low is not None and value < low:
        raise RowError(column, raw, said("must be at least {low}", low=number_text(low)))
    if high is not None and value > high:
        raise RowError(column, raw, said("must be at most {high}", high=number_text(high)))
    return value


def _when(row: _Row) -> tuple[date | None, Any, str | None]:
    """The date (None when the row has none), the local clock time (or None) and the UTC
    offset the same stamp states (or None: a time without one is local time, its offset
    unknown)."""
    column, raw = row.get("observed_on")
    if raw is None:
        return None, None, None
    try:
        observed_on, observed_time = parse_datetime(raw, row.mapping.day_order)  # type: ignore[arg-type]
    except ValueError as exc:
        raise RowError(column, raw, reason(exc)) from None
    stamp_column, stamp = (column, raw) if observed_time is not None else ("", None)
    time_column, raw_time = row.get("observed_time")
    if raw_time is not None and not _DATE_ONLY.match(str(raw_time)):
        try:
            observed_time = parse_time(raw_time)
        except ValueError as exc:
            raise RowError(time_column, raw_time, reason(exc)) from None
        stamp_column, stamp = time_column, raw_time
    try:
        offset = None if stamp is None else parse_offset(stamp)
    except ValueError as exc:
        raise RowError(stamp_column, stamp, reason(exc)) from None
    offset_column, raw_offset = row.get("utc_offset")
    if raw_offset is not None and observed_time is not None:
        try:
            given = parse_offset_alone(raw_offset)
        except ValueError as exc:
            raise RowError(offset_column, raw_offset, reason(exc)) from None
        if offset is not None and given != offset:
            raise RowError(
                offset_column,
                raw_offset,
                said("the time itself says {offset}: which is right?", offset=offset),
            )
        offset = given
    return observed_on, observed_time, offset


#: A time column holding a date alone (iNaturalist's observed_on_string when no time was
#: recorded): no time of day, not an error.
_DATE_ONLY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")


def _where(row: _Row) -> tuple[float | None, float | None, float | None, float | None]:
    """Latitude, longitude, uncertainty and elevation, from columns or a geopoint."""
    lat_column, raw_lat = row.get("latitude")
    lon_column, raw_lon = row.get("longitude")
    uncertainty = row.number("coordinate_uncertainty_m")
    elevation = row.number("elevation_m")
    geopoint = row.mapping.geopoint
    if raw_lat is None and raw_lon is None and geopoint:
        point = _cell(row.cells, row.index, geopoint)
        if point is not None:
            # "lat lon altitude accuracy", as KoBo and ODK write a geopoint; KoBo's
            # _geolocation column writes "[27.95, 86.9]".
            parts = re.sub(r"[\[\],]", " ", str(point)).split()
            if len(parts) < 2:
                raise RowError(geopoint, point, marked("a geopoint needs 'latitude longitude'"))
            raw_lat, raw_lon = parts[0], parts[1]
            lat_column = lon_column = geopoint
            if len(parts) > 2 and elevation is None:
                elevation = _checked_number(geopoint, parts[2], None, None, "point")
                row.seen["elevation_m"] = (geopoint, parts[2])
            if len(parts) > 3 and uncertainty is None:
                uncertainty = _checked_number(geopoint, parts[3], None, None, "point")
                row.seen["coordinate_uncertainty_m"] = (geopoint, parts[3])
    if raw_lat is None and raw_lon is None:
        converted = _from_utm(row)
        if converted is not None:
            return (*converted, uncertainty, elevation)
    if (raw_lat is None) != (raw_lon is None):
        missing = marked("the longitude is missing") if raw_lon is None else marked(
            "the latitude is missing")  # fmt: skip
        raise RowError(lat_column or lon_column, raw_lat or raw_lon, missing)
    floor_column = row.mapping.uncertainty_floor
    if floor_column:
        floor = _cell(row.cells, row.index, floor_column)
        if floor is not None:
            at_least = _checked_number(floor_column, floor, None, None, "point")
            if uncertainty is None or at_least > uncertainty:
                uncertainty = at_least
                row.seen["coordinate_uncertainty_m"] = (floor_column, floor)
    if raw_lat is None:
        return None, None, uncertainty, elevation
    try:
        lat = parse_coordinate(raw_lat, "lat")
    except ValueError as exc:
        raise RowError(lat_column, raw_lat, reason(exc)) from None
    try:
        lon = parse_coordinate(raw_lon, "lon")
    except ValueError as exc:
        raise RowError(lon_column, raw_lon, reason(exc)) from None
    return lat, lon, uncertainty, elevation


def _from_utm(row: _Row) -> tuple[float, float] | None:
    """Latitude and longitude from UTM easting, northing and zone (a column, or the zone
    the mapping gives for the whole file); None when the row has no UTM position."""
    east_column, raw_east = row.get("utm_easting")
    north_column, raw_north = row.get("utm_northing")
    if raw_east is None and raw_north is None:
        return None
    if raw_east is None or raw_north is None:
        missing = (marked("the UTM easting is missing") if raw_east is None
                   else marked("the UTM northing is missing"))  # fmt: skip
        raise RowError(east_column or north_column, raw_east or raw_north, missing)
    zone_column, raw_zone = row.get("utm_zone")
    if raw_zone is None:
        raise RowError(
            east_column, raw_east,
            marked("a UTM position needs its zone: map a zone column, or give the file's zone "
                   "(\"UTM zone\" in the mapping's defaults, such as 45R)"),
        )  # fmt: skip
    try:
        zone, northern = parse_utm_zone(str(raw_zone))
    except ValueError as exc:
        raise RowError(zone_column, raw_zone, reason(exc)) from None
    easting = _checked_number(east_column, raw_east, 100_000, 999_999, row.style)
    northing = _checked_number(north_column, raw_north, 0, 10_000_000, row.style)
    try:
        return utm_to_degrees(easting, northing, zone, northern)
    except ValueError as exc:
        raise RowError(east_column, raw_east, reason(exc)) from None


def convert(
    cells: list[Any],
    index: dict[str, int],
    mapping: ColumnMapping,
    clean: RowCleaner,
    style: NumberStyle = None,
) -> tuple[Any, ...]:
    """The row's values in ROW_FIELDS order, as the database stores them."""
    row = _Row(cells, index, mapping, style)
    observed_on, observed_time, offset = _when(row)
    lat, lon, uncertainty, elevation = _where(row)
    get = row.get
    read = (
        observed_on, observed_time, offset, get("site")[1], get("zone")[1], lat, lon,
        uncertainty, elevation, get("category")[1], get("subject")[1], get("kingdom")[1],
        get("taxon_rank")[1], row.number("count"), row.number("value"), get("unit")[1],
        get("method")[1], get("observer")[1], get("notes")[1], get("sensitive")[1],
    )  # fmt: skip
    try:
        values = clean(read)
    except ValidationError as err:
        raise row.refusal(err) from None
    values[0] = values[0].isoformat()
    if values[1] is not None:
        values[1] = values[1].strftime("%H:%M:%S.%f")
    values[19] = int(values[19])
    return tuple(values)
