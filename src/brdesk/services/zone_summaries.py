"""What the zones hold, in plain SQL over a DB-API connection (the Map page's worker, the
dashboard's and the report's threads call these): the outlines to draw, the areas on the
map beside those typed in the profile, and observations, threats and species per zone and
year."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from brdesk.db.dbapi import is_server
from brdesk.db.vocab import ZONE_KINDS, ZONES
from brdesk.languages import marked, said

#: A typed area further than this from the map's is flagged (outlines are drawn at some
#: scale, and nomination figures rounded; a tenth apart is another boundary).
AREA_TOLERANCE = 0.05

#: For charts and the map widget: (kind, name, polygons as lists of [lon, lat] rings).
DrawnZone = tuple[str, str, list[list[list[list[float]]]]]


def drawn_zones(conn: sqlite3.Connection) -> list[DrawnZone]:
    """The outlines, largest first (so smaller ones are drawn over them)."""
    return [
        (kind, name, json.loads(geometry)["coordinates"])
        for kind, name, geometry in conn.execute(
            "SELECT kind, name, geometry FROM reserve_zone ORDER BY area_ha DESC, id"
        )
    ]


@dataclass(frozen=True)
class AreaCheck:
    """A zone kind's area on the map (its outlines summed) beside the one typed."""

    kind: str
    on_map_ha: float | None
    typed_ha: float | None

    @property
    def label(self) -> str:
        return ZONE_KINDS[self.kind]

    @property
    def difference(self) -> float | None:
        """(map - typed) / typed, when both are known."""
        if self.on_map_ha is None or not self.typed_ha:
            return None
        return (self.on_map_ha - self.typed_ha) / self.typed_ha

    @property
    def differs(self) -> bool:
        d = self.difference
        return d is not None and abs(d) > AREA_TOLERANCE

    def describe(self) -> str:
        d = self.difference
        if self.on_map_ha is None:
            return marked("no outline on the map")
        if d is None:
            return marked("no area typed in the profile")
        if not self.differs:
            return said("agrees (within {tolerance:.0%})", tolerance=AREA_TOLERANCE)
        if d > 0:
            return said("the map's is {difference:.0%} larger", difference=abs(d))
        return said("the map's is {difference:.0%} smaller", difference=abs(d))


def area_checks(conn: sqlite3.Connection) -> list[AreaCheck]:
    on_map = dict(conn.execute("SELECT kind, sum(area_ha) FROM reserve_zone GROUP BY kind"))
    typed_row = conn.execute(
        "SELECT core_area_ha, buffer_area_ha, transition_area_ha FROM reserve ORDER BY id LIMIT 1"
    ).fetchone() or (None, None, None)
    return [
        AreaCheck(kind, on_map.get(kind), typed)
        for kind, typed in zip(ZONE_KINDS, typed_row, strict=True)
    ]


@dataclass
class ZoneCounts:
    """Observations, threats and distinct species of one zone (or "outside", or "not
    located") in one year, or all years."""

    label: str
    kind: str | None
    observations: int = 0
    threats: int = 0
    species: int = 0


@dataclass
class ZoneSummary:
    years: list[int] = field(default_factory=list)
    #: year (0: all years) -> rows, zones in drawing order then outside and not located
    by_year: dict[int, list[ZoneCounts]] = field(default_factory=dict)
    #: observations whose recorded zone is not the map's
    disagreements: int = 0
    zones_drawn: bool = False

    def rows(self, year: int = 0) -> list[ZoneCounts]:
        return self.by_year.get(year, [])


def zone_summary(conn: sqlite3.Connection) -> ZoneSummary:
    """One pass over the log joined to its zones (about a second for a million)."""
    zones = conn.execute("SELECT id, kind, name FROM reserve_zone ORDER BY position, id").fetchall()
    out = ZoneSummary(zones_drawn=bool(zones))
    names: dict[Any, tuple[str, str | None]] = {z[0]: (z[2], z[1]) for z in zones}
    names["outside"] = (ZONES["outside"], "outside")
    names[None] = (marked("Not located"), None)
    order = list(names)
    # A zone by its id, else the map's word ('outside'); kept apart (the engines differ in
    # whether a column may hold both) and joined here.
    counts = (
        "count(*), sum(CASE WHEN o.category = 'threat' THEN 1 ELSE 0 END), "
        "count(DISTINCT CASE WHEN o.category = 'species' THEN o.subject END) "
        "FROM observation o LEFT JOIN observation_zone z ON z.observation_id = o.id"
    )
    query = (
        "SELECT z.zone_id, z.map_zone, "
        f"CAST(substr(CAST(o.observed_on AS TEXT), 1, 4) AS INTEGER), {counts} GROUP BY 1, 2, 3"
    )
    totals = [
        (zone_id if zone_id is not None else map_zone, *rest)
        for zone_id, map_zone, *rest in conn.execute(
            f"SELECT z.zone_id, z.map_zone, {counts} GROUP BY 1, 2"
        ).fetchall()
    ]
    cells: dict[int, dict[Any, ZoneCounts]] = {}
    for zone_id, map_zone, year, n, threats, species in conn.execute(query):
        key = zone_id if zone_id is not None else map_zone
        label, kind = names.get(key, (marked("(a zone since removed)"), None))
        cells.setdefault(int(year), {})[key] = ZoneCounts(label, kind, n, threats or 0, species)
    for key, n, threats, species in totals:
        label, kind = names.get(key, (marked("(a zone since removed)"), None))
        cells.setdefault(0, {})[key] = ZoneCounts(label, kind, n, threats or 0, species)
    for year, found in cells.items():
        out.by_year[year] = [
            found.get(key) or ZoneCounts(*names[key])
            for key in order
            if key in found or key in names
        ]
    out.years = sorted(y for y in cells if y)
    out.disagreements = conn.execute(
        "SELECT count(*) FROM observation o JOIN observation_zone z ON z.observation_id = o.id "
        "WHERE o.zone IS NOT NULL AND o.zone != z.map_zone"
    ).fetchone()[0]
    return out


#: The dashboard's summary tables (db/summaries.py), as made for one zone's observations.
_SCOPED = {
    "summary_daily": "day TEXT, category TEXT, n INTEGER, PRIMARY KEY (day, category)",
    "summary_species_daily": "day TEXT, subject TEXT, n INTEGER, PRIMARY KEY (day, subject)",
    "summary_elevation_monthly": "month TEXT, band INTEGER, n INTEGER, PRIMARY KEY (month, band)",
}


@contextmanager
def zone_scoped(conn: sqlite3.Connection, zone: str) -> Iterator[None]:
    """The summary tables of one zone's observations, for as long as the block runs: TEMP
    tables of the same names, which SQLite finds before the main ones, filled by the same
    statements the summaries are built with; dropped after, so the connection (pooled)
    sees the whole log again."""
    from brdesk.db.summaries import summarise_rows

    if zone not in ZONES:
        raise ValueError(f"not a zone: {zone}")
    server = is_server(conn)
    # PostgreSQL names a connection's temporary schema pg_temp; "temp." names none there,
    # and its DROP ... IF EXISTS skipped them, leaving one zone's figures on a pooled
    # connection for the next dashboard drawn with it.
    temp = "pg_temp" if server else "temp"
    for table, columns in _SCOPED.items():
        conn.execute(f"CREATE TEMP TABLE {table} ({columns})")
    try:
        summarise_rows(
            conn.execute,
            f"o.id IN (SELECT observation_id FROM observation_zone WHERE map_zone = '{zone}')",
            postgres=server,
        )
        yield
    finally:
        for table in _SCOPED:
            conn.execute(f"DROP TABLE IF EXISTS {temp}.{table}")
