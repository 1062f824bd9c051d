"""Writes src/brdesk/data/world-110m.json, the world's country outlines brdesk draws its
maps on without a network (issue 20: the cohort's reserves on a world map).

Source: Natural Earth's Admin 0 countries at 1:110m (public domain,
https://www.naturalearthdata.com), as the npm package world-atlas 2.0.2 carries them in
TopoJSON (countries-110m.json; ISC licence, Michael Bostock). Run once, with that file:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python resources/world/make_world.py package/countries-110m.json

The TopoJSON is decoded here (quantized, delta-encoded arcs; a negative arc index is the
arc ~i reversed) into each country's polygons as [longitude, latitude] rings, to 0.01°
(about a kilometre: finer than a 1:110m outline).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[2] / "src" / "brdesk" / "data" / "world-110m.json"
SOURCE = (
    "Natural Earth, Admin 0 countries, 1:110m (public domain), via world-atlas 2.0.2 "
    "(countries-110m.json, ISC licence, Michael Bostock)"
)


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Consecutive arcs share their joining point.
        points.extend(arc if not points else arc[1:])
    if points[0] != points[-1]:
        points.append(points[0])
    return [list(p) for p in points]


def main(path: Path) -> None:
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        countries.append({
            "id": geometry.get("id"),
            "name": geometry["properties"]["name"],
            "polygons": [[ring(r, arcs) for r in polygon] for polygon in polygons],
        })  # fmt: skip
    TARGET.write_text(
        json.dumps({"source": SOURCE, "countries": countries}, separators=(",", ":")),
        encoding="utf-8",
    )
    print(f"wrote {len(countries)} countries to {TARGET} ({TARGET.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
