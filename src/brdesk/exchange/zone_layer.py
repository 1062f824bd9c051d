"""A layer of zone polygons as read from any boundary file, and the rules every reader
shares: features numbered as the file orders them, rings closed and said, bad polygons
refused by number, coordinates in degrees or refused (exchange/zone_files.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from brdesk.errors import BrdeskError
from brdesk.exchange import crs as crs_
from brdesk.geo import GeometryError, Outline, Polygon, Ring, close_ring
from brdesk.languages import reason, said, said_n

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


# --- building features --------------------------------------------------------------------


class Builder:
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
            self.refuse(properties, reason(exc))
            return
        self.layer.features.append(Feature(number, properties, outline))

    def refuse(self, properties: dict[str, str], why: str) -> None:
        number = self.seen + 1
        name = properties.get("name") or properties.get("Name") or ""
        if name:
            told = said("{where}, feature {number} ('{name}'): {why}.", where=self.where,
                        number=number, name=name, why=why)  # fmt: skip
        else:
            told = said("{where}, feature {number}: {why}.", where=self.where, number=number,
                        why=why)  # fmt: skip
        self.layer.refused.append(told)

    def skip(self, kind: str) -> None:
        self.skipped[kind] = self.skipped.get(kind, 0) + 1

    def finish(self) -> Layer:
        if self.closed:
            self.layer.notes.append(said_n(
                "%Ln ring(s) did not end where [it|they] started; each was closed by joining its "
                "last corner to its first.", "", self.closed))  # fmt: skip
        for kind, count in self.skipped.items():
            self.layer.notes.append(said_n("%Ln {kind} feature(s) left out: zones are polygons.",
                                           "", count, kind=kind))  # fmt: skip
        return self.layer


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def degrees(ring: list[Any], crs: crs_.Crs, name: str) -> list[tuple[float, float]]:
    xy = [(float(p[0]), float(p[1])) for p in ring]
    if not crs.projected and any(abs(x) > 180 or abs(y) > 90 for x, y in xy):
        x, y = next((x, y) for x, y in xy if abs(x) > 180 or abs(y) > 90)
        raise BrdeskError(
            said(
                "{name} holds ({x:.0f}, {y:.0f}), which is not longitude and "
                "latitude: the file is in a projected system it does not name. "
                "{REPROJECT}",
                name=name,
                x=x,
                y=y,
                REPROJECT=crs_.REPROJECT,
            )
        )
    return crs.to_degrees(xy)
