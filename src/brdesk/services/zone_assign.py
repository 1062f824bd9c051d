"""Each observation's zone from its coordinates: which outline on the map holds it.

One rule, shown to users in the Map page's legend and the report: a point inside several
outlines belongs to the most protected of them (core area, then buffer zone, then
transition area) and, within a kind, to the smallest (a named part inside a larger one);
a located point inside none is "outside"; an observation without coordinates has no map
zone. What the observer recorded (`zone`) is never changed: a disagreement is shown.

Vectorised: the points are read into arrays and each outline tests them all in compiled
code (`geo.Outline.contains`); the results go to their own narrow table, written afresh
(observation_zone: the observations themselves, and their `updated_at`, are untouched, as
a worked-out value is not an edit and packages must not carry it as one).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from brdesk.db.bulk import roomy_cache
from brdesk.db.dbapi import id_rows
from brdesk.db.vocab import ZONE_PRECEDENCE
from brdesk.geo import Outline
from brdesk.languages import marked

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

#: The codes map_zone takes, by their index in the arrays below.
CODES: tuple[str, ...] = (*ZONE_PRECEDENCE, "outside")
OUTSIDE = len(ZONE_PRECEDENCE)
RULE = marked(
    "A point inside several zones counts in the most protected (core area, then buffer "
    "zone, then transition area) and, within one kind, in the smallest."
)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class MapZone:
    id: int
    kind: str
    name: str
    outline: Outline


_cache: dict[tuple[object, ...], tuple[MapZone, ...]] = {}


def load_zones(conn: sqlite3.Connection) -> tuple[MapZone, ...]:
    """The outlines in the order a point is tested against them (the rule above).

    Parsed outlines are kept while the zones are unchanged: saving one observation then
    costs a query, not a parse of every outline."""
    order = " ".join(f"WHEN '{code}' THEN {n}" for n, code in enumerate(ZONE_PRECEDENCE))
    stamp = tuple(
        conn.execute(
            f"SELECT id, updated_at, kind, name, area_ha FROM reserve_zone "
            f"ORDER BY CASE kind {order} END, area_ha, id"
        ).fetchall()
    )
    if stamp not in _cache:
        geometry = dict(conn.execute("SELECT id, geometry FROM reserve_zone").fetchall())
        _cache.clear()
        _cache[stamp] = tuple(
            MapZone(row[0], row[2], row[3], Outline.from_geojson(geometry[row[0]])) for row in stamp
        )
    return _cache[stamp]


def classify(
    zones: Sequence[MapZone], lons: NDArray[np.float64], lats: NDArray[np.float64]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """For each point: the index of its kind in CODES, and its zone's id (0: none)."""
    import numpy as np

    kinds = np.full(lons.shape, OUTSIDE, dtype=np.int64)
    ids = np.zeros(lons.shape, dtype=np.int64)
    open_ = np.ones(lons.shape, dtype=bool)
    for zone in zones:
        if not open_.any():
            break
        candidates = np.flatnonzero(open_)
        inside = zone.outline.contains(lons[candidates], lats[candidates])
        hit = candidates[inside]
        kinds[hit] = ZONE_PRECEDENCE.index(zone.kind)
        ids[hit] = zone.id
        open_[hit] = False
    return kinds, ids


def zone_of(
    zones: Sequence[MapZone], lon: float | None, lat: float | None
) -> tuple[str | None, int | None]:
    """One point's (map_zone, map_zone_id)."""
    if lon is None or lat is None or not zones:
        return None, None
    import numpy as np

    kinds, ids = classify(zones, np.array([lon]), np.array([lat]))
    return CODES[int(kinds[0])], int(ids[0]) or None


def assign(
    conn: sqlite3.Connection, *, after_id: int | None = None, progress: Progress | None = None
) -> int:
    """Work out the map zone of every observation (or of those after an id: an import's new
    rows) inside the caller's transaction; returns how many fall inside a zone."""
    import numpy as np

    where, params = "", cast(tuple[int, ...], ())
    if after_id is not None:
        where, params = " AND id > ?", (after_id,)
        conn.execute("DELETE FROM observation_zone WHERE observation_id > ?", params)
    else:
        conn.execute("DELETE FROM observation_zone")  # SQLite empties a table at once
    zones = load_zones(conn)
    if not zones:
        return 0
    count = conn.execute(
        f"SELECT count(*) FROM observation WHERE latitude IS NOT NULL{where}", params
    ).fetchone()[0]
    rows = np.fromiter(
        conn.execute(
            f"SELECT id, longitude, latitude FROM observation WHERE latitude IS NOT NULL{where}",
            params,
        ),
        dtype=[("id", "i8"), ("lon", "f8"), ("lat", "f8")],
        count=count,
    )
    if progress is not None:
        progress(1, 3)
    kinds, zone_ids = classify(zones, rows["lon"], rows["lat"])
    if progress is not None:
        progress(2, 3)
    # One INSERT ... SELECT per zone, its ids handed over at once (dbapi.id_rows): twice
    # as fast as a row at a time from Python.
    observation_ids = rows["id"]
    with roomy_cache(conn):
        for kind in np.unique(kinds).tolist():
            of_kind = kinds == kind
            for zone_id in np.unique(zone_ids[of_kind]).tolist():
                chosen = observation_ids[of_kind & (zone_ids == zone_id)]
                unpack, ids = id_rows(conn, chosen.tolist())
                conn.execute(
                    "INSERT INTO observation_zone (observation_id, map_zone, zone_id) "
                    f"SELECT value, ?, ? FROM ({unpack}) AS chosen",
                    (CODES[kind], zone_id or None, ids),
                )
    if progress is not None:
        progress(3, 3)
    return int((kinds != OUTSIDE).sum())


def place(
    conn: sqlite3.Connection, observation_id: int, lon: float | None, lat: float | None
) -> None:
    """One observation's zone, as it is saved (the zones' outlines are cached)."""
    conn.execute("DELETE FROM observation_zone WHERE observation_id = ?", (observation_id,))
    map_zone, zone_id = zone_of(load_zones(conn), lon, lat)
    if map_zone is not None:
        conn.execute(
            "INSERT INTO observation_zone (observation_id, map_zone, zone_id) VALUES (?, ?, ?)",
            (observation_id, map_zone, zone_id),
        )
