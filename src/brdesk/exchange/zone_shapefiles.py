"""ESRI Shapefiles as GIS units hand them out: a .shp beside its .dbf (attributes), .shx,
.prj (the coordinate system: degrees or UTM, see exchange/crs.py) and .cpg (the attribute
table's encoding), or a zip of one or several, read by pyshp."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

from brdesk.errors import BrdeskError
from brdesk.exchange import crs as crs_
from brdesk.exchange.zip_limits import check_unpacked_size
from brdesk.exchange.zone_layer import MAX_BYTES, Builder, Layer, degrees, text
from brdesk.languages import marked, said


def shapefile_at(path: Path) -> Layer:
    sidecars = {p.suffix.lower(): p for p in path.parent.glob(path.stem + ".*")}
    if ".dbf" not in sidecars:
        raise BrdeskError(
            said(
                "{name} comes without its .dbf (the attribute table): copy every "
                "file named {stem}.* together, or a zip of them.",
                name=path.name,
                stem=path.stem,
            )
        )
    prj = sidecars[".prj"].read_text("latin-1") if ".prj" in sidecars else None
    cpg = sidecars[".cpg"].read_text("latin-1") if ".cpg" in sidecars else None
    # The index (.shx) is small and optional: pyshp reads the shapes in order without it.
    shx = io.BytesIO(sidecars[".shx"].read_bytes()) if ".shx" in sidecars else None
    with open(path, "rb") as shp, open(sidecars[".dbf"], "rb") as dbf:
        return _shapefile(path.stem, path.name, shp, dbf, shx, prj, cpg)


def zipped_shapefiles(path: Path) -> list[Layer]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            check_unpacked_size(members, path.name, max_total=MAX_BYTES, max_ratio=100)
            names = {m.filename.lower(): m.filename for m in members if not m.is_dir()}
            shps = [n for n in names if n.endswith(".shp")]
            if not shps:
                raise BrdeskError(said("{name} holds no shapefile (.shp).", name=path.name))
            layers = []
            for shp in shps:
                stem = shp[:-4]

                def part(ext: str, stem: str = stem) -> bytes | None:
                    real = names.get(stem + ext)
                    return archive.read(real) if real else None

                dbf = part(".dbf")
                if dbf is None:
                    raise BrdeskError(
                        said("{name}: {v0} comes without its .dbf.", name=path.name, v0=names[shp])
                    )
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
        raise BrdeskError(
            said("{name} cannot be opened as a zip file ({exc}).", name=path.name, exc=exc)
        ) from None


def _shapefile(
    stem: str, name: str, shp: Any, dbf: Any, shx: Any, prj: str | None, cpg: str | None
) -> Layer:
    import shapefile

    layer = Layer(stem)
    if prj is None:
        crs = crs_.WGS84
        layer.notes.append(marked("There is no .prj: coordinates are read as WGS 84 degrees."))
    else:
        crs = crs_.from_prj(prj, name)
        layer.notes.append(crs.note())
    encoding = _codec(cpg)
    if not cpg:
        layer.notes.append(marked("There is no .cpg: the attribute table is read as UTF-8."))
    try:
        reader = shapefile.Reader(shp=shp, dbf=dbf, shx=shx, encoding=encoding)
    except LookupError:
        raise BrdeskError(
            said(
                "{name}: its .cpg names an unknown encoding '{encoding}'.",
                name=name,
                encoding=encoding,
            )
        ) from None
    except shapefile.ShapefileException as exc:
        raise BrdeskError(
            said("{name} is not a readable shapefile ({exc}).", name=name, exc=exc)
        ) from None
    builder = Builder(layer, name)
    names = [f[0] for f in reader.fields[1:]]
    try:
        for number, (shape, record) in enumerate(_shape_records(reader), start=1):
            properties = {k: text(v) for k, v in zip(names, record, strict=False)}
            if shape.shapeType not in (shapefile.POLYGON, shapefile.POLYGONZ, shapefile.POLYGONM):
                builder.skip("point or line" if shape.shapeType else "empty")
                continue
            builder.add(properties, _shape_polygons(shape, crs, f"{name}, feature {number}"))
    except (UnicodeDecodeError, shapefile.ShapefileException) as exc:
        if not isinstance(exc, UnicodeDecodeError) and "decode" not in str(exc):
            raise BrdeskError(said("{name} is damaged ({exc}).", name=name, exc=exc)) from None
        raise BrdeskError(
            said(
                "{name}: the attribute table is not {encoding}. Add a .cpg file "
                "naming its encoding (such as CP1251 or GBK), or save the layer "
                "again as UTF-8.",
                name=name,
                encoding=encoding,
            )
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
        ring = degrees([list(p) for p in xy], crs, where)
        if _signed_area(xy) <= 0 or not polygons:  # clockwise: an outer ring
            polygons.append([ring])
        else:
            polygons[-1].append(ring)
    return polygons


def _signed_area(xy: list[tuple[float, float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(xy)) / 2
