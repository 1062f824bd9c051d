"""Darwin Core Archive: occurrence.txt, meta.xml and eml.xml in a ZIP, as GBIF's IPT and
independent readers (python-dwca-reader, say) expect."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from brdesk.exchange.atomic import atomic_path

DWC = "http://rs.tdwg.org/dwc/terms/"
TERMS = (
    "occurrenceID", "basisOfRecord", "scientificName", "kingdom", "taxonRank", "eventDate",
    "decimalLatitude",
    "decimalLongitude", "geodeticDatum", "coordinateUncertaintyInMeters", "countryCode",
    "individualCount", "occurrenceStatus", "minimumElevationInMeters",
    "maximumElevationInMeters", "recordedBy", "locality", "samplingProtocol",
    "occurrenceRemarks", "informationWithheld", "dataGeneralizations",
)  # fmt: skip


#: The licences GBIF accepts for occurrence data (name, legal code).
LICENCES = {
    "CC0": ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/legalcode"),
    "CC-BY": ("CC-BY 4.0", "https://creativecommons.org/licenses/by/4.0/legalcode"),
    "CC-BY-NC": ("CC-BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/legalcode"),
}


@dataclass(frozen=True)
class DatasetInfo:
    package_id: str
    title: str
    description: str
    creator: str
    organisation: str | None
    email: str | None
    country_code: str | None
    licence: str = "CC-BY"
    bounds: tuple[float, float, float, float] | None = None  # west, east, south, north
    period: tuple[date, date] | None = None
    published: date | None = None


def write_dwca(path: Path, occurrences: Iterable[Mapping[str, Any]], info: DatasetInfo) -> int:
    buffer = io.StringIO()
    writer = _tsv(buffer)
    writer.writerow(TERMS)
    count = 0
    for occurrence in occurrences:
        writer.writerow([_cell(occurrence.get(term)) for term in TERMS])
        count += 1
    with atomic_path(path) as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("occurrence.txt", buffer.getvalue())
        archive.writestr("meta.xml", _meta_xml(("occurrence.txt", OCCURRENCE, TERMS), []))
        archive.writestr("eml.xml", _eml(info))
    return count


#: A sampling-event archive: each record an Event, with its measurements in the extended
#: MeasurementOrFact extension (for series that are not occurrences: climate, glaciers...).
EVENT_TERMS = (
    "eventID", "eventDate", "decimalLatitude", "decimalLongitude", "geodeticDatum",
    "coordinateUncertaintyInMeters", "countryCode", "locality", "minimumElevationInMeters",
    "maximumElevationInMeters", "samplingProtocol", "eventRemarks", "informationWithheld",
    "dataGeneralizations",
)  # fmt: skip
EMOF_TERMS = (
    "eventID", "measurementID", "measurementType", "measurementValue", "measurementUnit",
    "measurementMethod", "measurementDeterminedBy", "measurementRemarks",
)  # fmt: skip
EVENT = "http://rs.tdwg.org/dwc/terms/Event"
EMOF = "http://rs.iobis.org/obis/terms/ExtendedMeasurementOrFact"
OCCURRENCE = "http://rs.tdwg.org/dwc/terms/Occurrence"


def write_event_dwca(
    path: Path,
    events: Iterable[tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]]],
    info: DatasetInfo,
) -> int:
    """events: (event, its measurements). Returns the number of events written."""
    core, extension = io.StringIO(), io.StringIO()
    core_writer, extension_writer = _tsv(core), _tsv(extension)
    core_writer.writerow(EVENT_TERMS)
    extension_writer.writerow(EMOF_TERMS)
    count = 0
    for event, measurements in events:
        core_writer.writerow([_cell(event.get(term)) for term in EVENT_TERMS])
        for measurement in measurements:
            row = {"eventID": event["eventID"], **measurement}
            extension_writer.writerow([_cell(row.get(term)) for term in EMOF_TERMS])
        count += 1
    meta = _meta_xml(
        ("event.txt", EVENT, EVENT_TERMS), [("extendedmeasurementorfact.txt", EMOF, EMOF_TERMS)]
    )
    with atomic_path(path) as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("event.txt", core.getvalue())
        archive.writestr("extendedmeasurementorfact.txt", extension.getvalue())
        archive.writestr("meta.xml", meta)
        archive.writestr("eml.xml", _eml(info))
    return count


def _tsv(buffer: io.StringIO) -> Any:
    # RFC 4180 quoting (a field with a tab, a quote or a line break is quoted, its quotes
    # doubled), declared in meta.xml: text comes back as it went in.
    return csv.writer(buffer, delimiter="\t", lineterminator="\n",
                      quoting=csv.QUOTE_MINIMAL, doublequote=True)  # fmt: skip


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


def _meta_xml(
    core: tuple[str, str, Sequence[str]], extensions: list[tuple[str, str, Sequence[str]]]
) -> str:
    """meta.xml: the core file and any extensions, tab-separated, quoted per RFC 4180."""

    def fields(terms: Sequence[str]) -> str:
        return "\n".join(
            f'    <field index="{i}" term="{DWC}{term}"/>' for i, term in enumerate(terms)
        )

    layout = (
        'encoding="UTF-8" fieldsTerminatedBy="\\t" linesTerminatedBy="\\n" '
        'fieldsEnclosedBy="&quot;" ignoreHeaderLines="1"'
    )
    location, row_type, terms = core
    parts = [
        f"""  <core {layout} rowType="{row_type}">
    <files><location>{location}</location></files>
    <id index="0"/>
{fields(terms)}
  </core>"""
    ]
    for location, row_type, terms in extensions:
        parts.append(
            f"""  <extension {layout} rowType="{row_type}">
    <files><location>{location}</location></files>
    <coreid index="0"/>
{fields(terms)}
  </extension>"""
        )
    body = "\n".join(parts)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<archive xmlns="http://rs.tdwg.org/dwc/text/" metadata="eml.xml">
{body}
</archive>
"""


def _name(full: str) -> str:
    """givenName and surName, as GBIF's profile asks: the last word is the surname."""
    words = full.split()
    given = " ".join(words[:-1])
    sur = words[-1] if words else full
    given_part = f"<givenName>{escape(given)}</givenName>" if given else ""
    return f"<individualName>{given_part}<surName>{escape(sur)}</surName></individualName>"


def _eml(info: DatasetInfo) -> str:
    e = escape
    licence, licence_url = LICENCES.get(info.licence, LICENCES["CC-BY"])
    published = (info.published or date.today()).isoformat()
    person = f"""{_name(info.creator)}
      {f"<organizationName>{e(info.organisation)}</organizationName>" if info.organisation else ""}
      {f"<electronicMailAddress>{e(info.email)}</electronicMailAddress>" if info.email else ""}"""
    coverage = ""
    if info.bounds or info.period:
        geo = ""
        if info.bounds:
            west, east, south, north = info.bounds
            geo = f"""<geographicCoverage>
        <geographicDescription>{e(info.title)}</geographicDescription>
        <boundingCoordinates>
          <westBoundingCoordinate>{west:.4f}</westBoundingCoordinate>
          <eastBoundingCoordinate>{east:.4f}</eastBoundingCoordinate>
          <northBoundingCoordinate>{north:.4f}</northBoundingCoordinate>
          <southBoundingCoordinate>{south:.4f}</southBoundingCoordinate>
        </boundingCoordinates>
      </geographicCoverage>"""
        period = ""
        if info.period:
            start, end = info.period
            period = f"""<temporalCoverage><rangeOfDates>
        <beginDate><calendarDate>{start.isoformat()}</calendarDate></beginDate>
        <endDate><calendarDate>{end.isoformat()}</calendarDate></endDate>
      </rangeOfDates></temporalCoverage>"""
        coverage = f"<coverage>{geo}{period}</coverage>"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<eml:eml xmlns:eml="eml://ecoinformatics.org/eml-2.1.1"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="eml://ecoinformatics.org/eml-2.1.1 http://rs.gbif.org/schema/eml-gbif-profile/1.1/eml.xsd"
         packageId="{e(info.package_id)}" system="http://gbif.org" scope="system" xml:lang="en">
  <dataset>
    <title xml:lang="en">{e(info.title)}</title>
    <creator>{person}</creator>
    <metadataProvider>{person}</metadataProvider>
    <pubDate>{published}</pubDate>
    <language>en</language>
    <abstract><para>{e(info.description)}</para></abstract>
    <intellectualRights><para>This work is licensed under a
      <ulink url="{e(licence_url)}"><citetitle>{e(licence)}</citetitle></ulink>.
    </para></intellectualRights>
    {coverage}
    <contact>{person}</contact>
  </dataset>
</eml:eml>
"""
