"""Zone boundaries from the files a GIS unit hands out: GeoJSON, KML/KMZ (Google Earth) and
ESRI Shapefiles (a .shp beside its .dbf and .prj, or a zip of them), read as layers of
polygon features with their attributes, in WGS84 degrees.

What is converted is said in the layer's notes (a UTM shapefile transformed, a ring
closed); a feature that is not a usable polygon is refused naming its file, layer, number
and what is wrong; nothing is guessed.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from brdesk.errors import BrdeskError
from brdesk.exchange import crs as crs_
from brdesk.exchange.gps_files import parse_xml
from brdesk.exchange.zip_limits import check_unpacked_size
from brdesk.geo import GeometryError, Outline, Polygon, Ring, close_ring

SUFFIXES = (".geojson", ".json", ".kml", ".kmz", ".shp", ".zip")
#: A boundary file is a few megabytes; this is far past any real one, short of exhaustion.
MAX_BYTES = 200 * 2**20


@dataclass(frozen=True)
class Feature:
    number: int  # 1-based, in the layer's order
    properties: dict[str, str]
    outline: Outline

    def label(self) -> str:
        for key in ("name", "Name", "NAME", "zone", "Zone", "ZONE"):
            if self.properties.get(key):
                return self.properties[key]
        return f"feature {self.number}"


@dataclass
class Layer:
    name: str
    features: list[Feature] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    @property
    def fields(self) -> list[str]:
        seen: dict[str, None] = {}
        for feature in self.features:
            seen.update(dict.fromkeys(feature.properties))
        return list(seen)


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
            raise BrdeskError(f"{self.path.name} has no layer '{name}' (it has {names}).")
        if not usable:
            refused = [r for layer in self.layers for r in layer.refused][:3]
            why = (" " + " ".join(refused)) if refused else ""
            raise BrdeskError(f"{self.path.name} holds no polygons to use as zones.{why}")
        if len(usable) > 1:
            names = ", ".join(f"'{layer.name}'" for layer in usable)
            raise BrdeskError(f"{self.path.name} has several layers ({names}): say which one.")
        return usable[0]


def read_zone_file(path: Path) -> ZoneFile:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise BrdeskError(
            f"{path.name}: zones are read from GeoJSON, KML, KMZ or a shapefile (.shp, or a "
            f".zip of one), not from a '{suffix or 'nameless'}' file."
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BrdeskError(f"{path.name} cannot be read ({exc.strerror}).") from None
    if size > MAX_BYTES:
        raise BrdeskError(f"{path.name} is {size / 2**20:,.0f} MB: too large for a boundary file.")
    if suffix in (".geojson", ".json"):
        layers = [_geojson(path.read_bytes(), path.name, path.stem)]
    elif suffix == ".kml":
        layers = _kml(path.read_bytes(), path.name, path.stem)
    elif suffix == ".kmz":
        layers = _kml(_kmz_document(path), path.name, path.stem)
    elif suffix == ".shp":
        layers = [_shapefile_at(path)]
    else:
        layers = _zip(path)
    return ZoneFile(path, tuple(layers))


# --- building features --------------------------------------------------------------------


class _Builder:
    """Collects one layer's features, refusing the bad ones with their reasons."""

    def __init__(self, layer: Layer, where: str) -> None:
        self.layer, self.where = layer, where
        self.closed = 0
        self.skipped: dict[str, int] = {}

    @property
    def seen(self) -> int:
        """Features met so far, whatever became of them: numbers follow the file."""
        return len(self.layer.features) + len(self.layer.refused) + sum(self.skipped.values())

    def add(
        self, properties: dict[str, str], polygons: list[list[list[tuple[float, float]]]]
    ) -> None:
        number = self.seen + 1
        try:
            rings: list[Polygon] = []
            for polygon in polygons:
                closed: list[Ring] = []
                for points in polygon:
                    ring, was_open = close_ring(points)
                    self.closed += was_open
                    closed.append(ring)
                rings.append(tuple(closed))
            outline = Outline(tuple(rings))
        except GeometryError as exc:
            self.refuse(properties, str(exc))
            return
        self.layer.features.append(Feature(number, properties, outline))

    def refuse(self, properties: dict[str, str], why: str) -> None:
        number = self.seen + 1
        name = properties.get("name") or properties.get("Name") or ""
        shown = f" ('{name}')" if name else ""
        self.layer.refused.append(f"{self.where}, feature {number}{shown}: {why}.")

    def skip(self, kind: str) -> None:
        self.skipped[kind] = self.skipped.get(kind, 0) + 1

    def finish(self) -> Layer:
        if self.closed:
            self.layer.notes.append(
                f"{self.closed} ring(s) did not end where they started; each was closed by "
                "joining its last corner to its first."
            )
        for kind, count in self.skipped.items():
            self.layer.notes.append(f"{count} {kind} feature(s) left out: zones are polygons.")
        return self.layer


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# --- GeoJSON ------------------------------------------------------------------------------


def _geojson(raw: bytes, name: str, stem: str) -> Layer:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BrdeskError(f"{name} is not UTF-8 text, as GeoJSON must be.") from None
    except json.JSONDecodeError as exc:
        raise BrdeskError(f"{name} is not valid GeoJSON (line {exc.lineno}: {exc.msg}).") from None
    if not isinstance(data, dict) or data.get("type") not in ("FeatureCollection", "Feature"):
        raise BrdeskError(f"{name} is not a GeoJSON FeatureCollection.")
    crs = crs_.from_geojson_crs(data.get("crs"), name)
    layer = Layer(str(data.get("name") or stem))
    if crs is not crs_.WGS84:
        layer.notes.append(crs.note())
    builder = _Builder(layer, name)
    features = data["features"] if data["type"] == "FeatureCollection" else [data]
    if not isinstance(features, list):
        raise BrdeskError(f"{name}: 'features' is not a list.")
    for feature in features:
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        kind = geometry.get("type") if isinstance(geometry, dict) else None
        raw_props = feature.get("properties") if isinstance(feature, dict) else None
        properties = {
            str(k): _text(v) for k, v in (raw_props or {}).items() if not isinstance(v, dict | list)
        }
        if kind not in ("Polygon", "MultiPolygon"):
            builder.skip(str(kind or "empty").lower())
            continue
        try:
            coordinates = geometry["coordinates"]  # type: ignore[index]
            polygons = [coordinates] if kind == "Polygon" else coordinates
            parts = [[_points(ring, crs, name) for ring in polygon] for polygon in polygons]
        except (TypeError, ValueError, IndexError, KeyError):
            builder.refuse(properties, "its coordinates are not numbers")
            continue
        builder.add(properties, parts)
    return builder.finish()


def _points(ring: list[Any], crs: crs_.Crs, name: str) -> list[tuple[float, float]]:
    xy = [(float(p[0]), float(p[1])) for p in ring]
    if not crs.projected and any(abs(x) > 180 or abs(y) > 90 for x, y in xy):
        x, y = next((x, y) for x, y in xy if abs(x) > 180 or abs(y) > 90)
        raise BrdeskError(
            f"{name} holds ({x:.0f}, {y:.0f}), which is not longitude and latitude: the file "
            f"is in a projected system it does not name. {crs_.REPROJECT}"
        )
    return crs.to_degrees(xy)


# --- KML and KMZ --------------------------------------------------------------------------


def _kmz_document(path: Path) -> bytes:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            check_unpacked_size(members, path.name, max_total=MAX_BYTES, max_ratio=100)
            kml = [m.filename for m in members if m.filename.lower().endswith(".kml")]
            if not kml:
                raise BrdeskError(f"{path.name} holds no .kml document.")
            main = next((m for m in kml if m.lower() == "doc.kml"), kml[0])
            return archive.read(main)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BrdeskError(f"{path.name} cannot be opened as a KMZ file ({exc}).") from None


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _kml(raw: bytes, name: str, stem: str) -> list[Layer]:
    """A layer per folder holding polygons (Google Earth's "My Places" folders); placemarks
    outside any folder make a layer named after the document."""
    root = parse_xml(raw, name)
    if _local(root.tag) != "kml":
        raise BrdeskError(f"{name} is not a KML document.")
    builders: dict[str, _Builder] = {}

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
                    builder = builders[layer_name] = _Builder(
                        Layer(layer_name), f"{name} › {layer_name}"
                    )
                _placemark(child, builder, name)

    walk(root, stem)
    return [b.finish() for b in builders.values()]


def _child(element: Any, tag: str) -> Any:
    return next((c for c in element if _local(c.tag) == tag), None)


def _placemark(placemark: Any, builder: _Builder, name: str) -> None:
    properties: dict[str, str] = {}
    for tag in ("name", "description"):
        child = _child(placemark, tag)
        if child is not None and child.text and child.text.strip():
            properties[tag] = child.text.strip()
    for element in placemark.iter():
        tag = _local(element.tag)
        if tag == "Data" and element.get("name"):
            value = _child(element, "value")
            properties[element.get("name")] = _text(value.text if value is not None else "")
        elif tag == "SimpleData" and element.get("name"):
            properties[element.get("name")] = _text(element.text)
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
                f"{name}: '{chunk[:40]}' is not a KML coordinate (lon,lat)."
            ) from None
    return points


# --- Shapefiles ---------------------------------------------------------------------------


def _shapefile_at(path: Path) -> Layer:
    sidecars = {p.suffix.lower(): p for p in path.parent.glob(path.stem + ".*")}
    if ".dbf" not in sidecars:
        raise BrdeskError(
            f"{path.name} comes without its .dbf (the attribute table): copy every file "
            f"named {path.stem}.* together, or a zip of them."
        )
    prj = sidecars[".prj"].read_text("latin-1") if ".prj" in sidecars else None
    cpg = sidecars[".cpg"].read_text("latin-1") if ".cpg" in sidecars else None
    # The index (.shx) is small and optional: pyshp reads the shapes in order without it.
    shx = io.BytesIO(sidecars[".shx"].read_bytes()) if ".shx" in sidecars else None
    with open(path, "rb") as shp, open(sidecars[".dbf"], "rb") as dbf:
        return _shapefile(path.stem, path.name, shp, dbf, shx, prj, cpg)


def _zip(path: Path) -> list[Layer]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            check_unpacked_size(members, path.name, max_total=MAX_BYTES, max_ratio=100)
            names = {m.filename.lower(): m.filename for m in members if not m.is_dir()}
            shps = [n for n in names if n.endswith(".shp")]
            if not shps:
                raise BrdeskError(f"{path.name} holds no shapefile (.shp).")
            layers = []
            for shp in shps:
                stem = shp[:-4]

                def part(ext: str, stem: str = stem) -> bytes | None:
                    real = names.get(stem + ext)
                    return archive.read(real) if real else None

                dbf = part(".dbf")
                if dbf is None:
                    raise BrdeskError(f"{path.name}: {names[shp]} comes without its .dbf.")
                shx = part(".shx")
                prj, cpg = part(".prj"), part(".cpg")
                layers.append(
                    _shapefile(
                        Path(names[shp]).stem, f"{path.name} › {Path(names[shp]).name}",
                        io.BytesIO(archive.read(names[shp])), io.BytesIO(dbf),
                        io.BytesIO(shx) if shx else None,
                        prj.decode("latin-1") if prj else None,
                        cpg.decode("latin-1") if cpg else None,
                    )
                )  # fmt: skip
            return layers
    except (zipfile.BadZipFile, OSError) as exc:
        raise BrdeskError(f"{path.name} cannot be opened as a zip file ({exc}).") from None


def _shapefile(
    stem: str, name: str, shp: Any, dbf: Any, shx: Any, prj: str | None, cpg: str | None
) -> Layer:
    import shapefile

    layer = Layer(stem)
    if prj is None:
        crs = crs_.WGS84
        layer.notes.append("There is no .prj: coordinates are read as WGS 84 degrees.")
    else:
        crs = crs_.from_prj(prj, name)
        layer.notes.append(crs.note())
    encoding = _codec(cpg)
    if not cpg:
        layer.notes.append("There is no .cpg: the attribute table is read as UTF-8.")
    try:
        reader = shapefile.Reader(shp=shp, dbf=dbf, shx=shx, encoding=encoding)
    except LookupError:
        raise BrdeskError(f"{name}: its .cpg names an unknown encoding '{encoding}'.") from None
    except shapefile.ShapefileException as exc:
        raise BrdeskError(f"{name} is not a readable shapefile ({exc}).") from None
    builder = _Builder(layer, name)
    names = [f[0] for f in reader.fields[1:]]
    try:
        for number, (shape, record) in enumerate(_shape_records(reader), start=1):
            properties = {k: _text(v) for k, v in zip(names, record, strict=False)}
            if shape.shapeType not in (shapefile.POLYGON, shapefile.POLYGONZ, shapefile.POLYGONM):
                builder.skip("point or line" if shape.shapeType else "empty")
                continue
            builder.add(properties, _shape_polygons(shape, crs, f"{name}, feature {number}"))
    except (UnicodeDecodeError, shapefile.ShapefileException) as exc:
        if not isinstance(exc, UnicodeDecodeError) and "decode" not in str(exc):
            raise BrdeskError(f"{name} is damaged ({exc}).") from None
        raise BrdeskError(
            f"{name}: the attribute table is not {encoding}. Add a .cpg file naming its "
            "encoding (such as CP1251 or GBK), or save the layer again as UTF-8."
        ) from None
    return builder.finish()


def _codec(cpg: str | None) -> str:
    """The encoding a .cpg names: "UTF-8", "1251" or "ANSI 1251" (ArcGIS writes code pages
    by number); none means UTF-8."""
    import re

    text = (cpg or "").strip()
    number = re.fullmatch(r"(?:ANSI\s*|CP)?(\d{3,5})", text, re.IGNORECASE)
    if number:
        return f"cp{number.group(1)}"
    return text or "utf-8"


def _shape_records(reader: Any) -> Iterator[tuple[Any, list[Any]]]:
    for item in reader.iterShapeRecords():
        yield item.shape, list(item.record)


def _shape_polygons(shape: Any, crs: crs_.Crs, where: str) -> list[list[list[tuple[float, float]]]]:
    """A shapefile polygon's rings grouped into polygons: an outer ring runs clockwise, a
    hole anticlockwise (the format's rule), and a hole belongs to the outer ring before it."""
    starts = [*shape.parts, len(shape.points)]
    polygons: list[list[list[tuple[float, float]]]] = []
    for a, b in pairwise(starts):
        xy = [(float(p[0]), float(p[1])) for p in shape.points[a:b]]
        ring = _points([list(p) for p in xy], crs, where)
        if _signed_area(xy) <= 0 or not polygons:  # clockwise: an outer ring
            polygons.append([ring])
        else:
            polygons[-1].append(ring)
    return polygons


def _signed_area(xy: list[tuple[float, float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(xy)) / 2
