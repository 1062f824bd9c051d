"""Waypoints and tracks from GPS units and mapping apps: GPX (waypoints and track points)
and KML/KMZ (placemarks), read as a table whose rows are the points, in file order.

Read with defusedxml: a file from a stranger's stick cannot make the parser fetch
entities or expand itself into gigabytes (XXE, billion laughs). The times a GPX file holds
are UTC, as the format says: the table keeps them as written, with their "Z".
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from brdesk.errors import BrdeskError

#: The columns of the table a GPS file becomes.
GPS_HEADERS = ["name", "description", "time", "latitude", "longitude", "elevation", "kind"]
MAX_KMZ_UNPACKED = 256 * 2**20


def read_gps_table(path: Path) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    """(headers, rows) of a .gpx, .kml or .kmz file; row numbers count the points from 1
    (the header is row 0 here: "row 3" is the third point)."""
    suffix = path.suffix.lower()
    if suffix == ".kmz":
        root = parse_xml(_kml_of_kmz(path), path.name)
    else:
        root = parse_xml(path.read_bytes(), path.name)
    points = list(_gpx_points(root) if suffix == ".gpx" else _kml_points(root))
    if not points:
        raise BrdeskError(f"{path.name} holds no waypoints, track points or placemarks.")
    return GPS_HEADERS, [(number, point) for number, point in enumerate(points, start=1)]


def parse_xml(raw: bytes, name: str) -> Any:
    """An XML document from a stranger, with entities and external references refused."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        return fromstring(raw)
    except DefusedXmlException as exc:
        raise BrdeskError(
            f"{name} is refused: it asks the reader for entities or external files "
            f"({type(exc).__name__}), which a data file never needs."
        ) from None
    except ParseError as exc:
        raise BrdeskError(f"{name} is not well-formed XML ({exc}).") from None


def _local(tag: str) -> str:
    """A tag without its namespace: GPX 1.0 and 1.1, KML 2.1 and 2.2 alike."""
    return tag.rsplit("}", 1)[-1]


def _child_text(element: Any, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip() or None
    return None


def _gpx_points(root: Any) -> Iterator[list[Any]]:
    if _local(root.tag) != "gpx":
        raise BrdeskError("This is not a GPX file (its root element is not <gpx>).")
    for element in root.iter():
        kind = _local(element.tag)
        if kind not in ("wpt", "trkpt", "rtept"):
            continue
        yield [
            _child_text(element, "name"),
            _child_text(element, "desc") or _child_text(element, "cmt"),
            _child_text(element, "time"),
            element.get("lat"),
            element.get("lon"),
            _child_text(element, "ele"),
            {"wpt": "waypoint", "trkpt": "track point", "rtept": "route point"}[kind],
        ]


def _kml_points(root: Any) -> Iterator[list[Any]]:
    if _local(root.tag) != "kml":
        raise BrdeskError("This is not a KML file (its root element is not <kml>).")
    for placemark in root.iter():
        if _local(placemark.tag) != "Placemark":
            continue
        when = None
        coordinates = None
        for element in placemark.iter():
            tag = _local(element.tag)
            if tag == "when" and when is None:
                when = (element.text or "").strip() or None
            elif tag == "Point" and coordinates is None:
                coordinates = _child_text(element, "coordinates")
        if not coordinates:
            continue  # a line or an area: a route or a zone, not an observation
        # KML writes "lon,lat[,alt]": longitude first.
        first = coordinates.split()[0].split(",")
        lon = first[0]
        lat = first[1] if len(first) > 1 else None
        elevation = first[2] if len(first) > 2 else None
        yield [
            _child_text(placemark, "name"),
            _child_text(placemark, "description"),
            when,
            lat,
            lon,
            elevation,
            "placemark",
        ]


def _kml_of_kmz(path: Path) -> bytes:
    from brdesk.exchange.zip_limits import check_unpacked_size

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            check_unpacked_size(members, path.name, max_total=MAX_KMZ_UNPACKED, max_ratio=100)
            kml = [m for m in members if m.filename.lower().endswith(".kml")]
            if not kml:
                raise BrdeskError(f"{path.name} holds no .kml file.")
            main = next((m for m in kml if m.filename.lower() == "doc.kml"), kml[0])
            return archive.read(main)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BrdeskError(f"{path.name} cannot be opened as a KMZ file ({exc}).") from None
