"""Which column holds which observation field: recognised for the field tools' own exports
(KoBoToolbox, ODK Central, iNaturalist, GBIF, Darwin Core), guessed for anything else, and
saved as JSON for reuse."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from brdesk.errors import BrdeskError
from brdesk.exchange.gps_files import GPS_HEADERS
from brdesk.languages import marked, said

#: Observation fields a column can feed, in the order forms show them.
TARGET_FIELDS = (
    "observed_on",
    "observed_time",
    "utc_offset",
    "site",
    "zone",
    "latitude",
    "longitude",
    "utm_easting",
    "utm_northing",
    "utm_zone",
    "coordinate_uncertainty_m",
    "elevation_m",
    "category",
    "subject",
    "kingdom",
    "taxon_rank",
    "count",
    "value",
    "unit",
    "method",
    "observer",
    "notes",
    "sensitive",
)

#: Labels of the fields that are not observation fields themselves (they are converted).
EXTRA_LABELS = {
    "utc_offset": marked("UTC offset (+05:45)"),
    "utm_easting": marked("UTM easting (m)"),
    "utm_northing": marked("UTM northing (m)"),
    "utm_zone": marked("UTM zone (45R, 18 south)"),
}

# Column names people and tools use for each field, normalised (lower case, letters and
# digits only), most specific first.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "observed_on": ("observedon", "eventdate", "observationdate", "dateobserved", "surveydate",
                    "date", "fecha", "datum", "data", "today", "start"),
    "observed_time": ("timeobserved", "eventtime", "observationtime", "time", "hora"),
    "utc_offset": ("utcoffset", "timezoneoffset", "tzoffset"),
    "site": ("site", "sitename", "locality", "placeguess", "locationname", "transect", "plot",
             "station", "place", "lugar"),
    "zone": ("zone", "brzone", "zonation", "reservezone"),
    "latitude": ("decimallatitude", "latitude", "lat", "gpslatitude", "latdd", "y"),
    "longitude": ("decimallongitude", "longitude", "lon", "long", "lng", "gpslongitude", "x"),
    "utm_easting": ("utmeasting", "easting", "utme", "eastingm", "xutm"),
    "utm_northing": ("utmnorthing", "northing", "utmn", "northingm", "yutm"),
    "utm_zone": ("utmzone", "zoneutm", "gridzone", "utmgridzone"),
    "coordinate_uncertainty_m": ("coordinateuncertaintyinmeters", "positionalaccuracy",
                                 "uncertainty", "accuracy", "precision", "gpsaccuracy"),
    "elevation_m": ("minimumelevationinmeters", "elevation", "altitude", "elev", "alt",
                    "verbatimelevation"),
    "category": ("category", "observationtype", "recordtype", "type", "kind"),
    "subject": ("scientificname", "species", "speciesname", "taxon", "taxonname", "subject",
                "commonname", "vernacularname", "name", "threat", "indicator", "variable"),
    "kingdom": ("kingdom", "taxonkingdomname", "reino", "regnum"),
    "taxon_rank": ("taxonrank", "rank", "taxonrankname"),
    "count": ("individualcount", "count", "numberofindividuals", "individuals", "number",
              "abundance", "quantity", "qty", "n"),
    "value": ("measurementvalue", "value", "measurement", "reading"),
    "unit": ("measurementunit", "unit", "units"),
    "method": ("samplingprotocol", "method", "protocol", "technique"),
    "observer": ("recordedby", "observer", "userlogin", "username", "enumerator", "collector",
                 "recorder", "ranger"),
    "notes": ("occurrenceremarks", "notes", "note", "remarks", "comments", "comment",
              "description"),
    "sensitive": ("sensitive", "confidential", "coordinatesobscured"),
}  # fmt: skip


@dataclass
class ColumnMapping:
    """How one file's columns become observations."""

    format_name: str
    source: str
    #: observation field -> column name
    fields: dict[str, str] = field(default_factory=dict)
    #: a column holding "lat lon [altitude [accuracy]]" (KoBo and ODK geopoints)
    geopoint: str | None = None
    #: a column holding the record's id in the source tool, for re-imports
    id_column: str | None = None
    #: values for fields no column gives (category "species" for a species list, say)
    defaults: dict[str, Any] = field(default_factory=dict)
    day_order: str = "dmy"
    #: a column whose value the coordinate uncertainty is never below (iNaturalist's
    #: public_positional_accuracy: an obscured record is only known to ~28 km)
    uncertainty_floor: str | None = None
    #: field -> the column a form writes the text of an "other" answer in
    specify_other: dict[str, str] = field(default_factory=dict)
    #: a second id column, for rows the first leaves empty (GBIF's gbifID): such a row is
    #: known as "<column>:<value>"
    fallback_id_column: str | None = None
    #: a form's select questions: question name -> {choice name: label}, read from its
    #: XLSForm (choice_form names the file), so choice names import as their labels
    choice_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    choice_form: str | None = None

    def choices_of(self, column: str) -> dict[str, str] | None:
        """The choices of the select question a column holds (KoBo names it
        'group/question', ODK 'group-question'), or None."""
        if not self.choice_labels:
            return None
        for name in (column, _leaf(column), column.split("-")[-1]):
            if name in self.choice_labels:
                return self.choice_labels[name]
        return None

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, origin: str = "mapping") -> ColumnMapping:
        try:
            raw = json.loads(text)
            mapping = cls(
                format_name=str(raw.get("format_name", "Custom mapping")),
                source=str(raw.get("source", "file")),
                fields={str(k): str(v) for k, v in dict(raw.get("fields", {})).items()},
                geopoint=raw.get("geopoint"),
                id_column=raw.get("id_column"),
                defaults=dict(raw.get("defaults", {})),
                day_order=str(raw.get("day_order", "dmy")),
                uncertainty_floor=raw.get("uncertainty_floor"),
                specify_other={
                    str(k): str(v) for k, v in dict(raw.get("specify_other", {})).items()
                },
                fallback_id_column=raw.get("fallback_id_column"),
                choice_labels={
                    str(q): {str(k): str(v) for k, v in dict(c).items()}
                    for q, c in dict(raw.get("choice_labels", {})).items()
                },
                choice_form=raw.get("choice_form"),
            )
        except (ValueError, TypeError, AttributeError, RecursionError) as exc:
            raise BrdeskError(
                said("{origin} is not a brdesk column mapping ({exc}).", origin=origin, exc=exc)
            ) from None
        unknown = sorted(set(mapping.fields) - set(TARGET_FIELDS))
        if unknown:
            raise BrdeskError(
                said("{origin}: '{v0}' is not an observation field.", origin=origin, v0=unknown[0])
            )
        if mapping.day_order not in ("dmy", "mdy"):
            raise BrdeskError(said("{origin}: day_order must be 'dmy' or 'mdy'.", origin=origin))
        return mapping

    @classmethod
    def load(cls, path: Path) -> ColumnMapping:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise BrdeskError(
                said("Cannot read {path}: {v0}.", path=path, v0=exc.strerror or exc)
            ) from None
        return cls.from_json(text, path.name)

    def missing_required(self) -> list[str]:
        needed = []
        if "observed_on" not in self.fields:
            needed.append("observed_on")
        if "subject" not in self.fields and "subject" not in self.defaults:
            needed.append("subject")
        if "category" not in self.fields and "category" not in self.defaults:
            needed.append("category")
        return needed


def normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _leaf(name: str) -> str:
    """The question's own name without its group: 'obs/species', 'obs-species' -> 'species'."""
    return re.split(r"[/:]", name)[-1]


def guess_fields(headers: list[str], taken: set[str] | None = None) -> dict[str, str]:
    """Column for each field, by name; each column feeds one field at most."""
    used = set(taken or ())
    found: dict[str, str] = {}
    keys = {h: normalise(_leaf(h)) for h in headers}
    dash_keys = {h: normalise(h.split("-")[-1]) for h in headers}
    for target in TARGET_FIELDS:
        for synonym in SYNONYMS[target]:
            match = next(
                (h for h in headers if h not in used and synonym in (keys[h], dash_keys[h])),
                None,
            )
            if match is not None:
                found[target] = match
                used.add(match)
                break
    return found


def recognise(headers: list[str]) -> ColumnMapping:
    """The mapping for a known tool's export, or a guess marked as such."""
    names = set(headers)
    lower = {h.lower(): h for h in headers}
    if {"UUID", "Taxon or subject", "Category", "Date"} <= names:
        return _brdesk_export(headers)
    if headers == GPS_HEADERS:
        return _gps_points()
    if "gbifID" in names and "decimalLatitude" in names:
        # Known by the publisher's occurrenceID, as GBIF is; gbifID (GBIF's own number for
        # its copy) where a record has none, and to recognise records read by it before.
        id_column = "occurrenceID" if "occurrenceID" in names else None
        mapping = _darwin_core(headers, "GBIF occurrence download", "gbif", id_column)
        mapping.fallback_id_column = "gbifID"
        return mapping
    if "scientificName" in names and "eventDate" in names:
        id_column = "occurrenceID" if "occurrenceID" in names else None
        return _darwin_core(headers, "Darwin Core table", "dwc", id_column)
    if {"observed_on", "scientific_name"} <= names and ({"url", "quality_grade"} & names):
        return _inaturalist(headers)
    if "_uuid" in names or "_submission_time" in names:
        return _form_export(headers, "KoBoToolbox export", "kobo", "_uuid", kobo=True)
    if "KEY" in names and ("SubmissionDate" in names or "meta-instanceID" in lower):
        return _form_export(headers, "ODK Central export", "odk", "KEY", kobo=False)
    fields = guess_fields(headers)
    defaults: dict[str, Any] = {}
    subject = fields.get("subject")
    if "category" not in fields and subject and normalise(_leaf(subject)) in TAXON_COLUMNS:
        # A column of species names: a species list, unless a category column says otherwise.
        defaults["category"] = "species"
    return ColumnMapping("Other table (columns guessed)", "file", fields, defaults=defaults)


#: brdesk's own CSV and XLSX export (services/observation_export.py TABLE_COLUMNS).
_BRDESK = {
    "observed_on": "Date", "observed_time": "Time", "utc_offset": "UTC offset",
    "category": "Category",
    "subject": "Taxon or subject", "kingdom": "Kingdom", "taxon_rank": "Taxon rank",
    "count": "Count", "value": "Value", "unit": "Unit",
    "site": "Site", "zone": "Zone", "latitude": "Latitude", "longitude": "Longitude",
    "coordinate_uncertainty_m": "Coordinate uncertainty (m)", "elevation_m": "Elevation (m)",
    "method": "Method", "observer": "Observer", "notes": "Notes", "sensitive": "Sensitive",
}  # fmt: skip


def _gps_points() -> ColumnMapping:
    """Waypoints from a GPS unit or a mapping app: the point's name is what was seen, its
    description the notes. The category is the user's to choose (nothing in the file says)."""
    fields = {
        "subject": "name", "notes": "description", "observed_on": "time",
        "observed_time": "time", "latitude": "latitude", "longitude": "longitude",
        "elevation_m": "elevation",
    }  # fmt: skip
    return ColumnMapping("GPS waypoints and tracks (times in UTC)", "gps", fields)


def _brdesk_export(headers: list[str]) -> ColumnMapping:
    """A table brdesk wrote: every column known, the records keep their UUIDs."""
    fields = {name: column for name, column in _BRDESK.items() if column in headers}
    return ColumnMapping("brdesk export", "brdesk", fields, id_column="UUID")


TAXON_COLUMNS = ("species", "speciesname", "scientificname", "taxon", "taxonname",
                 "commonname", "vernacularname")  # fmt: skip


_DWC = {
    "observed_on": "eventDate",
    "observed_time": "eventTime",
    "site": "locality",
    "latitude": "decimalLatitude",
    "longitude": "decimalLongitude",
    "coordinate_uncertainty_m": "coordinateUncertaintyInMeters",
    "elevation_m": "minimumElevationInMeters",
    "subject": "scientificName",
    "kingdom": "kingdom",
    "taxon_rank": "taxonRank",
    "count": "individualCount",
    "method": "samplingProtocol",
    "observer": "recordedBy",
    "notes": "occurrenceRemarks",
}


def _darwin_core(
    headers: list[str], name: str, source: str, id_column: str | None
) -> ColumnMapping:
    names = set(headers)
    fields = {f: c for f, c in _DWC.items() if c in names}
    if source == "gbif" and "verbatimScientificName" in names:
        # GBIF's scientificName carries the authorship ("Panthera uncia (Schreber, 1775)").
        fields["subject"] = "verbatimScientificName"
    if "subject" not in fields and "vernacularName" in names:
        fields["subject"] = "vernacularName"
    if "elevation_m" not in fields and "elevation" in names:
        fields["elevation_m"] = "elevation"
    defaults: dict[str, Any] = {"category": "species"}
    if "method" not in fields and source == "gbif":
        defaults["method"] = "GBIF occurrence"
    return ColumnMapping(name, source, fields, id_column=id_column, defaults=defaults)


def _inaturalist(headers: list[str]) -> ColumnMapping:
    names = set(headers)
    fields = {
        f: c
        for f, c in {
            # time_observed_at is in UTC; the local date is what observed_on holds, and
            # the local clock time what observed_on_string starts with.
            "observed_on": "observed_on",
            "observed_time": "observed_on_string",
            "site": "place_guess",
            "latitude": "latitude",
            "longitude": "longitude",
            "coordinate_uncertainty_m": "positional_accuracy",
            "subject": "scientific_name",
            "kingdom": "taxon_kingdom_name",
            "taxon_rank": "taxon_rank",
            "observer": "user_login",
            "notes": "description",
            "sensitive": "coordinates_obscured",
        }.items()
        if c in names
    }
    return ColumnMapping(
        "iNaturalist export",
        "inat",
        fields,
        id_column="id" if "id" in names else None,
        defaults={"category": "species", "method": "iNaturalist", "count": 1},
        uncertainty_floor=(
            "public_positional_accuracy" if "public_positional_accuracy" in names else None
        ),
    )


def _form_export(
    headers: list[str], name: str, source: str, id_column: str, *, kobo: bool
) -> ColumnMapping:
    fields: dict[str, str] = {}
    geopoint = None
    taken = {id_column}
    # KoBo: _location_latitude; ODK: location-Latitude. Either way, a geopoint's parts.
    parts = {
        "latitude": "latitude",
        "longitude": "longitude",
        "altitude": "elevation_m",
        "precision": "coordinate_uncertainty_m",
        "accuracy": "coordinate_uncertainty_m",
    }
    for header in headers:
        key = header.lower()
        for part, target in parts.items():
            suffix_kobo = f"_{part}"
            suffix_odk = f"-{part}"
            if (kobo and key.startswith("_") and key.endswith(suffix_kobo)) or (
                not kobo and key.endswith(suffix_odk)
            ):
                fields.setdefault(target, header)
                taken.add(header)
                if target == "latitude":
                    base = header[1 : -len(suffix_kobo)] if kobo else header[: -len(suffix_odk)]
                    geopoint = base if base in headers else None
    if geopoint:
        taken.add(geopoint)
    bookkeeping = {h for h in headers if h.startswith("_") or h.startswith("meta-")}
    bookkeeping |= {
        "KEY", "SubmissionDate", "SubmitterID", "SubmitterName", "AttachmentsPresent",
        "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion",
        "start", "end", "deviceid", "__version__",
    }  # fmt: skip
    guessed = guess_fields(
        [h for h in headers if h not in bookkeeping], taken | set(fields.values())
    )
    for target, column in guessed.items():
        fields.setdefault(target, column)
    if "observed_on" not in fields:
        for fallback in ("today", "start", "_submission_time", "SubmissionDate"):
            if fallback in headers:
                fields["observed_on"] = fallback
                break
    if "observed_time" not in fields and "start" in headers:
        # The form's start: the local clock time at the observation, as the phone wrote it.
        fields["observed_time"] = "start"
    # Only fall back to the geopoint text when no separate latitude column exists.
    if "latitude" in fields:
        geopoint = None
    elif geopoint is None:
        point_names = ("location", "gps", "geopoint", "coordinates", "point")
        geopoint = next((h for h in headers if normalise(_leaf(h)) in point_names), None)
        if geopoint is None and "_geolocation" in headers:
            geopoint = "_geolocation"  # KoBo: "[lat, lon]" of the form's first geopoint
    defaults: dict[str, Any] = {} if "category" in fields else {"category": "species"}
    # A select_one with an "other" choice writes "other" in its column and the text given
    # in the column beside it: KoBo "<question>_other", ODK "<question>-other".
    specify_other = {
        target: sibling
        for target, column in fields.items()
        for sibling in (f"{column}_other", f"{column}-other", f"{column}_specify")
        if sibling in headers
    }
    return ColumnMapping(
        name, source, fields, geopoint=geopoint, id_column=id_column, defaults=defaults,
        specify_other=specify_other,
    )  # fmt: skip
