"""GeoJSON (RFC 7946): a FeatureCollection of WGS84 points, longitude first."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from brdesk.exchange.atomic import atomic_path


def write_geojson(path: Path, records: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
    """Write records that have coordinates; returns (written, skipped for lack of them)."""
    written = skipped = 0
    with atomic_path(path) as temp, open(temp, "w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection", "features": [\n')
        for record in records:
            lat, lon = record.get("latitude"), record.get("longitude")
            if lat is None or lon is None:
                skipped += 1
                continue
            properties = {
                k: _plain(v) for k, v in record.items() if k not in ("latitude", "longitude")
            }
            feature = {
                "type": "Feature",
                "id": record.get("uuid"),
                "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
                "properties": properties,
            }
            fh.write((",\n" if written else "") + json.dumps(feature, ensure_ascii=False))
            written += 1
        fh.write("\n]}\n")
    return written, skipped


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
