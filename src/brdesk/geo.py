"""Polygons on the WGS84 ellipsoid: their areas, their boxes, and which points they hold.

A ring is a sequence of (longitude, latitude) in degrees, closed (its last point repeats
its first); a polygon is an outer ring and its holes; a zone's outline is a list of
polygons (a multipolygon), as GeoJSON holds it. Areas are geodesic (geographiclib's
`PolygonArea` on the WGS84 ellipsoid), never planar degrees: a degree of longitude at 40°N
is three quarters of one at the equator. Outlines crossing the antimeridian are not
handled (no mountain biosphere reserve does).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from brdesk.languages import marked, said

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

Point = tuple[float, float]
Ring = tuple[Point, ...]
Polygon = tuple[Ring, ...]


class GeometryError(ValueError):
    """An outline that is not a usable polygon; the message says what is wrong."""


@dataclass(frozen=True)
class Box:
    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float

    def contains(self, lon: float, lat: float) -> bool:
        return self.min_lon <= lon <= self.max_lon and self.min_lat <= lat <= self.max_lat


@dataclass(frozen=True)
class Outline:
    """A zone's outline: one or more polygons, each an outer ring and its holes."""

    polygons: tuple[Polygon, ...]

    def __post_init__(self) -> None:
        if not self.polygons:
            raise GeometryError(marked("an outline needs at least one polygon"))
        for polygon in self.polygons:
            if not polygon:
                raise GeometryError(marked("a polygon needs an outer ring"))
            for ring in polygon:
                _check_ring(ring)

    @classmethod
    def from_geojson(cls, geometry: str | dict[str, Any]) -> Outline:
        """From a GeoJSON Polygon or MultiPolygon (as text or parsed)."""
        data = json.loads(geometry) if isinstance(geometry, str) else geometry
        if not isinstance(data, dict):
            raise GeometryError(marked("a geometry must be a GeoJSON object"))
        kind, coordinates = data.get("type"), data.get("coordinates")
        if kind == "Polygon":
            coordinates = [coordinates]
        elif kind != "MultiPolygon":
            raise GeometryError(
                said("a zone is a Polygon or a MultiPolygon, not a {kind}", kind=kind)
            )
        if not isinstance(coordinates, list):
            raise GeometryError(marked("the geometry has no list of coordinates"))
        try:
            polygons = tuple(
                tuple(tuple((float(p[0]), float(p[1])) for p in ring) for ring in polygon)
                for polygon in coordinates
            )
        except (TypeError, ValueError, IndexError):
            raise GeometryError(marked("a coordinate is not a pair of numbers")) from None
        return cls(polygons)

    def geojson(self) -> dict[str, Any]:
        """A GeoJSON MultiPolygon, to 7 decimals (1 cm): what the database keeps."""
        return {
            "type": "MultiPolygon",
            "coordinates": [
                [[[round(x, 7), round(y, 7)] for x, y in ring] for ring in polygon]
                for polygon in self.polygons
            ],
        }

    def geojson_text(self) -> str:
        return json.dumps(self.geojson(), separators=(",", ":"))

    @cached_property
    def box(self) -> Box:
        lons = [x for polygon in self.polygons for x, _ in polygon[0]]
        lats = [y for polygon in self.polygons for _, y in polygon[0]]
        return Box(min(lons), min(lats), max(lons), max(lats))

    @cached_property
    def area_m2(self) -> float:
        """Geodesic area: each outer ring's less its holes', on the WGS84 ellipsoid."""
        total = 0.0
        for outer, *holes in self.polygons:
            total += ring_area_m2(outer) - sum(ring_area_m2(hole) for hole in holes)
        return total

    @property
    def area_ha(self) -> float:
        return self.area_m2 / 10_000

    def contains(self, lons: NDArray[np.float64], lats: NDArray[np.float64]) -> NDArray[np.bool_]:
        """Which of the points lie inside (in an outer ring and in none of its holes).

        Vectorised: the points outside the box are set aside first, and each ring tests the
        rest in compiled code (matplotlib's `Path.contains_points`, a crossing-number test).
        """
        import numpy as np
        from matplotlib.path import Path

        inside = np.zeros(lons.shape, dtype=bool)
        box = self.box
        near = np.flatnonzero(
            (lons >= box.min_lon) & (lons <= box.max_lon)
            & (lats >= box.min_lat) & (lats <= box.max_lat)
        )  # fmt: skip
        if not len(near):
            return inside
        points = np.column_stack((lons[near], lats[near]))
        for outer, *holes in self.polygons:
            found = Path(np.asarray(outer)).contains_points(points)
            for hole in holes:
                found &= ~Path(np.asarray(hole)).contains_points(points)
            inside[near[found]] = True
        return inside


def ring_area_m2(ring: Ring) -> float:
    """The geodesic area enclosed by a ring, whichever way round it runs."""
    from geographiclib.geodesic import Geodesic

    polygon = Geodesic.WGS84.Polygon(False)
    for lon, lat in ring[:-1]:  # the closing point repeats the first
        polygon.AddPoint(lat, lon)
    _, _, area = polygon.Compute(False, True)
    return abs(float(area))


def close_ring(points: Sequence[Point]) -> tuple[Ring, bool]:
    """The ring closed (its first point repeated at the end), and whether it had to be."""
    ring = tuple(points)
    if ring and ring[0] != ring[-1]:
        return (*ring, ring[0]), True
    return ring, False


def _check_ring(ring: Ring) -> None:
    if len(ring) < 4:
        raise GeometryError(
            said("a ring needs at least 3 distinct corners, this one has {n}", n=len(ring) - 1)
        )
    if ring[0] != ring[-1]:
        raise GeometryError(marked("a ring must end where it starts"))
    for lon, lat in ring:
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise GeometryError(
                said(
                    "({lon:g}, {lat:g}) is not a longitude and latitude in degrees",
                    lon=lon,
                    lat=lat,
                )
            )
