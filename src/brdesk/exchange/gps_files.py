"""Waypoints and tracks from GPS units and mapping apps: GPX (waypoints and track points)
and KML/KMZ (placemarks), read as a table whose rows are the points, in file order.

Read with defusedxml: a file from a stranger's stick cannot make the parser fetch
entities or expand itself into gigabytes (XXE, billion laughs). Read as a stream: each
point is taken out of the tree as soon as it is complete, so a track of a million points
costs no more memory than one of ten. The times a GPX file holds are UTC, as the format
says: the table keeps them as written, with their "Z".
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import IO, Any

from brdesk.errors import BrdeskError
from brdesk.exchange.readers import member_opener
from brdesk.languages import said

#: The columns of the table a GPS file becomes.
GPS_HEADERS = ["name", "description", "time", "latitude", "longitude", "elevation", "kind"]
MAX_KMZ_UNPACKED = 256 * 2**20


Row = tuple[int, list[Any]]


def gps_rows(path: Path) -> Callable[[], Iterator[Row]]:
    """A fresh pass over a .gpx, .kml or .kmz file's points, at every call; row numbers
    count the points from 1 ("row 3" is the third point). A file with no point, or one
    that is not GPX or KML, is refused now."""
    suffix = path.suffix.lower()
    opener = _kml_of_kmz(path) if suffix == ".kmz" else _file(path)
    kinds = GPX_POINTS if suffix == ".gpx" else KML_POINTS

    def source() -> Iterator[Row]:
        with opener() as stream:
            points = _points(stream, path.name, kinds)
            yield from enumerate(points, start=1)

    if next(source(), None) is None:
        raise BrdeskError(
            said("{name} holds no waypoints, track points or placemarks.", name=path.name)
        )
    return source


def parse_xml(raw: bytes, name: str) -> Any:
    """An XML document from a stranger, with entities and external references refused."""
    from defusedxml.ElementTree import fromstring

    with _refusing_hostile_xml(name):
        return fromstring(raw)


@contextmanager
def _refusing_hostile_xml(name: str) -> Iterator[None]:
    """defusedxml's refusals and the parser's errors, as messages naming the file."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError

    try:
        yield
    except DefusedXmlException as exc:
        raise BrdeskError(
            said(
                "{name} is refused: it asks the reader for entities or external "
                "files ({__name__}), which a data file never needs.",
                name=name,
                __name__=type(exc).__name__,
            )
        ) from None
    except ParseError as exc:
        raise BrdeskError(
            said("{name} is not well-formed XML ({exc}).", name=name, exc=exc)
        ) from None


def _local(tag: str) -> str:
    """A tag without its namespace: GPX 1.0 and 1.1, KML 2.1 and 2.2 alike."""
    return tag.rsplit("}", 1)[-1]


def _child_text(element: Any, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip() or None
    return None


GPX_POINTS = ("gpx", {"wpt": "waypoint", "trkpt": "track point", "rtept": "route point"})
KML_POINTS = ("kml", {"Placemark": "placemark"})


def _points(stream: IO[bytes], name: str, kinds: tuple[str, dict[str, str]]) -> Iterator[list[Any]]:
    """The points of a GPX or KML stream, each removed from the tree once read."""
    from defusedxml.ElementTree import iterparse

    root_tag, wanted = kinds
    parents: list[Any] = []
    with _refusing_hostile_xml(name):
        for event, element in iterparse(stream, events=("start", "end")):
            tag = _local(element.tag)
            if event == "start":
                if not parents and tag != root_tag:
                    raise BrdeskError(
                        said(
                            "{name} is not a {v0} file (its root element is not <{root_tag}>).",
                            name=name,
                            v0=root_tag.upper(),
                            root_tag=root_tag,
                        )
                    )
                parents.append(element)
                continue
            parents.pop()
            if tag not in wanted:
                continue
            point = _gpx_point(element, wanted[tag]) if root_tag == "gpx" else _placemark(element)
            if parents:  # read: let it go
                parents[-1].remove(element)
            if point is not None:
                yield point


def _gpx_point(element: Any, kind: str) -> list[Any]:
    return [
        _child_text(element, "name"),
        _child_text(element, "desc") or _child_text(element, "cmt"),
        _child_text(element, "time"),
        element.get("lat"),
        element.get("lon"),
        _child_text(element, "ele"),
        kind,
    ]


def _placemark(placemark: Any) -> list[Any] | None:
    when = None
    coordinates = None
    for element in placemark.iter():
        tag = _local(element.tag)
        if tag == "when" and when is None:
            when = (element.text or "").strip() or None
        elif tag == "Point" and coordinates is None:
            coordinates = _child_text(element, "coordinates")
    if not coordinates:
        return None  # a line or an area: a route or a zone, not an observation
    # KML writes "lon,lat[,alt]": longitude first.
    first = coordinates.split()[0].split(",")
    lon = first[0]
    lat = first[1] if len(first) > 1 else None
    elevation = first[2] if len(first) > 2 else None
    return [
        _child_text(placemark, "name"),
        _child_text(placemark, "description"),
        when,
        lat,
        lon,
        elevation,
        "placemark",
    ]


def _file(path: Path) -> Callable[[], AbstractContextManager[IO[bytes]]]:
    return lambda: open(path, "rb")


def _kml_of_kmz(path: Path) -> Callable[[], AbstractContextManager[IO[bytes]]]:
    """Opens the KML document inside a KMZ (doc.kml, else the first .kml), checked
    against zip bombs first."""
    from brdesk.exchange.zip_limits import check_unpacked_size

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise BrdeskError(
            said("{name} cannot be opened as a KMZ file ({exc}).", name=path.name, exc=exc)
        ) from None
    check_unpacked_size(members, path.name, max_total=MAX_KMZ_UNPACKED, max_ratio=100)
    kml = [m.filename for m in members if m.filename.lower().endswith(".kml")]
    if not kml:
        raise BrdeskError(said("{name} holds no .kml file.", name=path.name))
    main = next((m for m in kml if m.lower() == "doc.kml"), kml[0])
    return member_opener(path, main)
