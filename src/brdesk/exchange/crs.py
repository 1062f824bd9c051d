"""Which coordinate system a boundary file is in, and its coordinates in WGS84 degrees.

brdesk reads two systems: longitude and latitude on WGS84 (or on a datum within a metre of
it), and UTM on those datums, which it transforms (the `utm` library, as for observation
imports). Anything else is refused with the way out, never read as degrees: a projected
outline read as degrees lands in the ocean, and a Pulkovo or Beijing 1954 one is shifted by
up to a few hundred metres.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from brdesk.errors import BrdeskError
from brdesk.languages import said

#: Datums whose coordinates differ from WGS84's by about a metre or less: taken as they are.
SAME_AS_WGS84 = {
    "wgs_1984": "WGS 84",
    "wgs84": "WGS 84",
    "world_geodetic_system_1984": "WGS 84",
    "china_2000": "CGCS2000",
    "cgcs2000": "CGCS2000",
    "china_geodetic_coordinate_system_2000": "CGCS2000",
    "etrs_1989": "ETRS89",
    "european_terrestrial_reference_system_1989": "ETRS89",
    "sirgas_2000": "SIRGAS 2000",
    "sistema_de_referencia_geocentrico_para_las_americas_2000": "SIRGAS 2000",
    "north_american_datum_1983": "NAD83",
    "itrf_2008": "ITRF2008",
    "itrf_2014": "ITRF2014",
}
REPROJECT = (
    "Save it again in WGS 84 (EPSG:4326) or a WGS 84 UTM zone: in QGIS, right-click the "
    "layer › Export › Save Features As… and choose the CRS."
)


@dataclass(frozen=True)
class Crs:
    """A coordinate system brdesk can read: degrees, or a UTM zone."""

    label: str
    utm_zone: int | None = None
    northern: bool = True

    @property
    def projected(self) -> bool:
        return self.utm_zone is not None

    def note(self) -> str:
        if self.utm_zone is None:
            return said("Coordinates are longitude and latitude on {datum}.", datum=self.label)
        hemisphere = "N" if self.northern else "S"
        return said("Coordinates are UTM zone {zone}{hemisphere} ({datum}) in metres; "
                    "transformed to longitude and latitude.", zone=self.utm_zone,
                    hemisphere=hemisphere, datum=self.label)  # fmt: skip

    def to_degrees(self, xy: list[tuple[float, float]]) -> list[tuple[float, float]]:
        """(longitude, latitude) for each (x, y) of the file."""
        if self.utm_zone is None:
            return xy
        import numpy as np
        import utm

        points = np.asarray(xy, dtype=float)
        try:
            lat, lon = utm.to_latlon(
                points[:, 0], points[:, 1], self.utm_zone, northern=self.northern, strict=False
            )
        except (ValueError, utm.error.OutOfRangeError) as exc:
            raise BrdeskError(
                said(
                    "A position is not in UTM zone {utm_zone} ({exc}).",
                    utm_zone=self.utm_zone,
                    exc=exc,
                )
            ) from None
        return list(zip(np.asarray(lon).tolist(), np.asarray(lat).tolist(), strict=True))


WGS84 = Crs("WGS 84")


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def from_epsg(code: int, name: str) -> Crs:
    """EPSG:4326, 4490 (CGCS2000), 4258 (ETRS89), or a WGS 84 UTM zone (326xx, 327xx)."""
    if code in (4326, 4979):
        return WGS84
    if code == 4490:
        return Crs("CGCS2000")
    if code == 4258:
        return Crs("ETRS89")
    if 32601 <= code <= 32660:
        return Crs("WGS 84", code - 32600, northern=True)
    if 32701 <= code <= 32760:
        return Crs("WGS 84", code - 32700, northern=False)
    raise BrdeskError(
        said(
            "{name} is in EPSG:{code}, a coordinate system brdesk cannot read. {REPROJECT}",
            name=name,
            code=code,
            REPROJECT=REPROJECT,
        )
    )


def from_geojson_crs(member: object, name: str) -> Crs:
    """The old GeoJSON "crs" member (QGIS still writes it); none means WGS 84 (RFC 7946)."""
    if member is None:
        return WGS84
    text = ""
    if isinstance(member, dict):
        properties = member.get("properties")
        if isinstance(properties, dict):
            text = str(properties.get("name", ""))
    if "CRS84" in text.upper():
        return WGS84
    found = re.search(r"EPSG:+(?:[\d.]*:)?(\d+)\s*$", text, re.IGNORECASE)
    if not found:
        raise BrdeskError(
            said(
                "{name} names a coordinate system brdesk cannot read ('{text}'). {REPROJECT}",
                name=name,
                text=text,
                REPROJECT=REPROJECT,
            )
        )
    return from_epsg(int(found.group(1)), name)


def from_prj(wkt: str, name: str) -> Crs:
    """A shapefile's .prj (ESRI or OGC WKT, as QGIS and ArcGIS write it)."""
    head = re.match(r"\s*(\w+)\s*\[", wkt)
    if not head:
        raise BrdeskError(
            said("{name}: the .prj file does not describe a coordinate system.", name=name)
        )
    datum = re.search(r'DATUM\s*\[\s*"([^"]*)"', wkt, re.IGNORECASE)
    datum_name = datum.group(1) if datum else ""
    key = _key(datum_name).removeprefix("d_")
    label = SAME_AS_WGS84.get(key)
    if label is None:
        raise BrdeskError(
            said(
                "{name} is on the datum '{v0}', whose positions differ from WGS 84 "
                "by up to hundreds of metres; brdesk does not shift datums. "
                "{REPROJECT}",
                name=name,
                v0=datum_name or "unknown",
                REPROJECT=REPROJECT,
            )
        )
    kind = head.group(1).upper()
    if kind in ("GEOGCS", "GEOGCRS"):
        return Crs(label)
    if kind not in ("PROJCS", "PROJCRS"):
        raise BrdeskError(
            said(
                "{name}: the .prj describes a {kind}, which brdesk cannot read. {REPROJECT}",
                name=name,
                kind=kind,
                REPROJECT=REPROJECT,
            )
        )
    projection = re.search(r'(?:PROJECTION|METHOD)\s*\[\s*"([^"]*)"', wkt, re.IGNORECASE)
    method = _key(projection.group(1)) if projection else ""
    parameters = {
        _key(k): float(v)
        for k, v in re.findall(r'PARAMETER\s*\[\s*"([^"]*)"\s*,\s*([-+\d.eE]+)', wkt, re.IGNORECASE)
    }
    zone = _utm_zone(method, parameters)
    if zone is None:
        title = re.match(r'\s*\w+\s*\[\s*"([^"]*)"', wkt)
        shown = title.group(1) if title else method
        raise BrdeskError(
            said(
                "{name} is in the projection '{shown}'; brdesk reads degrees and "
                "UTM zones only. {REPROJECT}",
                name=name,
                shown=shown,
                REPROJECT=REPROJECT,
            )
        )
    return Crs(label, zone[0], northern=zone[1])


def _utm_zone(method: str, p: dict[str, float]) -> tuple[int, bool] | None:
    """The UTM zone a Transverse Mercator's parameters amount to, if they do."""
    if "transverse_mercator" not in method:
        return None
    meridian = p.get("central_meridian", p.get("longitude_of_natural_origin"))
    scale = p.get("scale_factor", p.get("scale_factor_at_natural_origin"))
    easting = p.get("false_easting")
    northing = p.get("false_northing", 0.0)
    origin = p.get("latitude_of_origin", p.get("latitude_of_natural_origin", 0.0))
    if meridian is None or scale is None or easting is None:
        return None
    zone = (meridian + 183) / 6
    if (
        abs(zone - round(zone)) > 1e-9 or not 1 <= round(zone) <= 60
        or abs(scale - 0.9996) > 1e-9 or abs(easting - 500_000) > 1e-6 or origin != 0
        or northing not in (0.0, 10_000_000.0)
    ):  # fmt: skip
        return None
    return round(zone), northing == 0.0
