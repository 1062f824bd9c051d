"""Zone boundaries from the files a GIS unit hands out: GeoJSON, KML/KMZ (Google Earth) and
ESRI Shapefiles (a .shp beside its .dbf and .prj, or a zip of them), read as layers of
polygon features with their attributes, in WGS84 degrees.

What is converted is said in the layer's notes (a UTM shapefile transformed, a ring
closed); a feature that is not a usable polygon is refused naming its file, layer, number
and what is wrong; nothing is guessed.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brdesk.errors import BrdeskError
from brdesk.exchange import crs as crs_
from brdesk.exchange.gps_files import parse_xml
from brdesk.exchange.zip_limits import check_unpacked_size
from brdesk.exchange.zone_layer import MAX_BYTES, Builder, Feature, Layer, degrees, text
from brdesk.exchange.zone_shapefiles import shapefile_at, zipped_shapefiles
from brdesk.languages import marked, said

__all__ = ["Feature", "Layer", "ZoneFile", "read_zone_file"]

SUFFIXES = (".geojson", ".json", ".kml", ".kmz", ".shp", ".zip")


@dataclass(frozen=True)
class ZoneFile:
    path: Path
    layers: tuple[Layer, ...]

    def layer(self, name: str | None) -> Layer:
        """The layer of that name; without one, the only layer holding polygons."""
        usable = [layer for layer in self.layers if layer.features]
        if name is not None:
            for layer in self.layers:
                if layer.name == name:
                    return layer
            names = ", ".join(f"'{layer.name}'" for layer in self.layers)
            raise BrdeskError(
                said(
                    "{name} has no layer '{v0}' (it has {names}).",
                    name=self.path.name,
                    v0=name,
                    names=names,
                )
            )
        if not usable:
            refused = [r for layer in self.layers for r in layer.refused][:3]
            why = (" " + " ".join(refused)) if refused else ""
            raise BrdeskError(
                said("{name} holds no polygons to use as zones.{why}", name=self.path.name, why=why)
            )
        if len(usable) > 1:
            names = ", ".join(f"'{layer.name}'" for layer in usable)
            raise BrdeskError(
                said(
                    "{name} has several layers ({names}): say which one.",
                    name=self.path.name,
                    names=names,
                )
            )
        return usable[0]


def read_zone_file(path: Path) -> ZoneFile:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise BrdeskError(
            said(
                "{name}: zones are read from GeoJSON, KML, KMZ or a shapefile "
                "(.shp, or a .zip of one), not from a '{v0}' file.",
                name=path.name,
                v0=suffix or "nameless",
            )
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BrdeskError(
            said("{name} cannot be read ({strerror}).", name=path.name, strerror=exc.strerror)
        ) from None
    if size > MAX_BYTES:
        raise BrdeskError(
            said(
                "{name} is {v0:,.0f} MB: too large for a boundary file.",
                name=path.name,
                v0=size / 2**20,
            )
        )
    if suffix in (".geojson", ".json"):
        layers = [_geojson(path.read_bytes(), path.name, path.stem)]
    elif suffix == ".kml":
        layers = _kml(path.read_bytes(), path.name, path.stem)
    elif suffix == ".kmz":
        layers = _kml(_kmz_document(path), path.name, path.stem)
    elif suffix == ".shp":
        layers = [shapefile_at(path)]
    else:
        layers = zipped_shapefiles(path)
    return ZoneFile(path, tuple(layers))


# --- GeoJSON ------------------------------------------------------------------------------


def _geojson(raw: bytes, name: str, stem: str) -> Layer:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BrdeskError(
            said("{name} is not UTF-8 text, as GeoJSON must be.", name=name)
        ) from None
    except json.JSONDecodeError as exc:
        raise BrdeskError(
            said(
                "{name} is not valid GeoJSON (line {lineno}: {msg}).",
                name=name,
                lineno=exc.lineno,
                msg=exc.msg,
            )
        ) from None
    if not isinstance(data, dict) or data.get("type") not in ("FeatureCollection", "Feature"):
        raise BrdeskError(said("{name} is not a GeoJSON FeatureCollection.", name=name))
    crs = crs_.from_geojson_crs(data.get("crs"), name)
    layer = Layer(str(data.get("name") or stem))
    if crs is not crs_.WGS84:
        layer.notes.append(crs.note())
    builder = Builder(layer, name)
    features = data["features"] if data["type"] == "FeatureCollection" else [data]
    if not isinstance(features, list):
        raise BrdeskError(said("{name}: 'features' is not a list.", name=name))
    for feature in features:
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        kind = geometry.get("type") if isinstance(geometry, dict) else None
        raw_props = feature.get("properties") if isinstance(feature, dict) else None
        properties = {
            str(k): text(v) for k, v in (raw_props or {}).items() if not isinstance(v, dict | list)
        }
        if kind not in ("Polygon", "MultiPolygon"):
            builder.skip(str(kind or "empty").lower())
            continue
        try:
            coordinates = geometry["coordinates"]  # type: ignore[index]
            polygons = [coordinates] if kind == "Polygon" else coordinates
            parts = [[degrees(ring, crs, name) for ring in polygon] for polygon in polygons]
        except (TypeError, ValueError, IndexError, KeyError):
            builder.refuse(properties, marked("its coordinates are not numbers"))
            continue
        builder.add(properties, parts)
    return builder.finish()


# --- KML and KMZ --------------------------------------------------------------------------


def _kmz_document(path: Path) -> bytes:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            check_unpacked_size(members, path.name, max_total=MAX_BYTES, max_ratio=100)
            kml = [m.filename for m in members if m.filename.lower().endswith(".kml")]
            if not kml:
                raise BrdeskError(said("{name} holds no .kml document.", name=path.name))
            main = next((m for m in kml if m.lower() == "doc.kml"), kml[0])
            return archive.read(main)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BrdeskError(
            said("{name} cannot be opened as a KMZ file ({exc}).", name=path.name, exc=exc)
        ) from None


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _kml(raw: bytes, name: str, stem: str) -> list[Layer]:
    """A layer per folder holding polygons (Google Earth's "My Places" folders); placemarks
    outside any folder make a layer named after the document."""
    root = parse_xml(raw, name)
    if _local(root.tag) != "kml":
        raise BrdeskError(said("{name} is not a KML document.", name=name))
    builders: dict[str, Builder] = {}

    def walk(element: Any, layer_name: str) -> None:
        for child in element:
            tag = _local(child.tag)
            if tag in ("Document", "Folder"):
                title = _child(child, "name")
                inner = title.text.strip() if title is not None and title.text else layer_name
                walk(
                    child,
                    inner if tag == "Folder" else (inner if layer_name == stem else layer_name),
                )
            elif tag == "Placemark":
                builder = builders.get(layer_name)
                if builder is None:
                    builder = builders[layer_name] = Builder(
                        Layer(layer_name), f"{name} › {layer_name}"
                    )
                _placemark(child, builder, name)

    walk(root, stem)
    return [b.finish() for b in builders.values()]


def _child(element: Any, tag: str) -> Any:
    return next((c for c in element if _local(c.tag) == tag), None)


def _placemark(placemark: Any, builder: Builder, name: str) -> None:
    properties: dict[str, str] = {}
    for tag in ("name", "description"):
        child = _child(placemark, tag)
        if child is not None and child.text and child.text.strip():
            properties[tag] = child.text.strip()
    for element in placemark.iter():
        tag = _local(element.tag)
        if tag == "Data" and element.get("name"):
            value = _child(element, "value")
            properties[element.get("name")] = text(value.text if value is not None else "")
        elif tag == "SimpleData" and element.get("name"):
            properties[element.get("name")] = text(element.text)
    polygons = []
    others = 0
    for element in placemark.iter():
        tag = _local(element.tag)
        if tag == "Polygon":
            rings: list[list[tuple[float, float]]] = []
            for boundary in element:
                if _local(boundary.tag) in ("outerBoundaryIs", "innerBoundaryIs"):
                    ring = next((r for r in boundary.iter() if _local(r.tag) == "LinearRing"), None)
                    coords = _child(ring, "coordinates") if ring is not None else None
                    points = _kml_coordinates(coords.text if coords is not None else "", name)
                    if _local(boundary.tag) == "outerBoundaryIs":
                        rings.insert(0, points)
                    else:
                        rings.append(points)
            polygons.append(rings)
        elif tag in ("Point", "LineString"):
            others += 1
    if polygons:
        builder.add(properties, polygons)
    elif others:
        builder.skip("point or line")


def _kml_coordinates(text: str | None, name: str) -> list[tuple[float, float]]:
    """KML writes "lon,lat[,alt]" tuples separated by any whitespace."""
    points = []
    for chunk in (text or "").split():
        parts = chunk.split(",")
        try:
            points.append((float(parts[0]), float(parts[1])))
        except (ValueError, IndexError):
            raise BrdeskError(
                said("{name}: '{v0}' is not a KML coordinate (lon,lat).", name=name, v0=chunk[:40])
            ) from None
    return points
