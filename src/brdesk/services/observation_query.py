"""Finding observations: the log's filters as SQL, ids in order, and rows by id.

Plain SQL over a DB-API connection, so the log can run it on a worker thread with a
connection of its own, and a million rows never become a million objects.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from brdesk.db.dbapi import is_server
from brdesk.db.fts import FTS_TABLE
from brdesk.languages import marked

#: The log's columns: key -> (header, SQL expression).
COLUMNS: dict[str, tuple[str, str]] = {
    "observed_on": (marked("Date"), "observed_on"),
    "observed_time": (marked("Time"), "observed_time"),
    "category": (marked("Category"), "category"),
    "subject": (marked("Taxon or subject"), "subject"),
    "count": (marked("Count"), '"count"'),
    "value": (marked("Value"), "value"),
    "unit": (marked("Unit"), "unit"),
    "site": (marked("Site"), "site"),
    "zone": (marked("Zone"), "zone"),
    # Worked out from the coordinates and the zones on the map (services/zone_assign.py).
    "map_zone": (
        marked("Zone on the map"),
        "(SELECT map_zone FROM observation_zone WHERE observation_id = observation.id)",
    ),
    "latitude": (marked("Latitude"), "latitude"),
    "longitude": (marked("Longitude"), "longitude"),
    "elevation_m": (marked("Elevation (m)"), "elevation_m"),
    "observer": (marked("Observer"), "observer"),
    "method": (marked("Method"), "method"),
    "sensitive": (marked("Sensitive"), "sensitive"),
    "source": (marked("Source"), "source"),
    "notes": (marked("Notes"), "notes"),
}


#: The map-zone filter's value for "recorded in another zone than the map's".
DIFFERS = "differs"
MAP_ZONE_CHOICES: dict[str, str] = {
    "core": marked("Map: core area"),
    "buffer": marked("Map: buffer zone"),
    "transition": marked("Map: transition area"),
    "outside": marked("Map: outside the zones"),
    DIFFERS: marked("Recorded ≠ map"),
}


@dataclass(frozen=True)
class ObservationFilter:
    text: str | None = None
    category: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    zone: str | None = None
    #: core, buffer, transition, outside, or DIFFERS (recorded in another zone than the map's)
    map_zone: str | None = None
    elevation_min: float | None = None
    elevation_max: float | None = None

    def where(self, *, postgres: bool = False) -> tuple[str, list[Any]]:
        """The WHERE clause (with `?` placeholders) and its values; on a PostgreSQL server
        the text is found through its trigram indexes (ILIKE) rather than SQLite's FTS5."""
        clauses: list[str] = []
        params: list[Any] = []
        text = (self.text or "").strip()
        if text and postgres:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(subject ILIKE ? OR site ILIKE ? OR notes ILIKE ? OR observer ILIKE ?)")
            params += [like] * 4
        elif len(text) >= 3:
            # The trigram index answers substring searches of three characters or more.
            clauses.append(f"id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
            params.append('"' + text.replace('"', '""') + '"')
        elif text:
            like = f"%{text}%"
            clauses.append("(subject LIKE ? OR site LIKE ? OR notes LIKE ? OR observer LIKE ?)")
            params += [like] * 4
        if self.map_zone == DIFFERS:
            clauses.append(
                "id IN (SELECT z.observation_id FROM observation_zone z JOIN observation o "
                "ON o.id = z.observation_id WHERE o.zone IS NOT NULL AND o.zone != z.map_zone)"
            )
        elif self.map_zone is not None:
            clauses.append("id IN (SELECT observation_id FROM observation_zone WHERE map_zone = ?)")
            params.append(self.map_zone)
        for sql, value in (
            ("category = ?", self.category),
            ("zone = ?", self.zone),
            ("observed_on >= ?", self.date_from.isoformat() if self.date_from else None),
            ("observed_on <= ?", self.date_to.isoformat() if self.date_to else None),
            ("elevation_m >= ?", self.elevation_min),
            ("elevation_m <= ?", self.elevation_max),
        ):
            if value is not None:
                clauses.append(sql)
                params.append(value)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def is_empty(self) -> bool:
        return self == ObservationFilter()


def _order(order_by: str, descending: bool) -> str:
    column = COLUMNS.get(order_by, COLUMNS["observed_on"])[1]
    direction = "DESC" if descending else "ASC"
    # id breaks ties, so the order is total and stable between queries.
    return f" ORDER BY {column} {direction}, id {direction}"


def query_ids(
    conn: sqlite3.Connection,
    flt: ObservationFilter,
    order_by: str = "observed_on",
    descending: bool = True,
    limit: int | None = None,
) -> array[int]:
    where, params = flt.where(postgres=is_server(conn))
    sql = f"SELECT id FROM observation{where}{_order(order_by, descending)}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    ids: array[int] = array("q")
    cursor = conn.execute(sql, params)
    while chunk := cursor.fetchmany(50_000):
        ids.extend(row[0] for row in chunk)
    return ids


def count(conn: sqlite3.Connection, flt: ObservationFilter) -> int:
    where, params = flt.where(postgres=is_server(conn))
    return int(conn.execute(f"SELECT count(*) FROM observation{where}", params).fetchone()[0])


def fetch_rows(
    conn: sqlite3.Connection, ids: Sequence[int], columns: Sequence[str]
) -> dict[int, tuple[Any, ...]]:
    """The named columns of the given observations, by id (for a screenful of the log)."""
    if not ids:
        return {}
    select = ", ".join(COLUMNS[c][1] for c in columns)
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(f"SELECT id, {select} FROM observation WHERE id IN ({marks})", list(ids))
    return {row[0]: row[1:] for row in rows}
