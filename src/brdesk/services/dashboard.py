"""The dashboard's numbers: aggregations in SQL over a DB-API connection, so they run on a
worker thread with a connection of their own and never load a million rows into Python.

Each function returns plain values; charts in reports/charts.py draw them, for the
dashboard page, its export, and the Word report alike.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from brdesk.services.observation_query import ObservationFilter

MAP_POINTS = 5000


@dataclass(frozen=True)
class DashboardFilter:
    date_from: date | None = None
    date_to: date | None = None
    category: str | None = None
    pillar: int | None = None

    def observations(self) -> ObservationFilter:
        return ObservationFilter(
            category=self.category, date_from=self.date_from, date_to=self.date_to
        )


@dataclass
class MonitoringSummary:
    total: int = 0
    #: "YYYY-MM" -> category -> count
    per_month: dict[str, dict[str, int]] = field(default_factory=dict)
    #: year -> number of distinct taxa seen that year
    richness_by_year: dict[int, int] = field(default_factory=dict)
    #: (records so far, distinct taxa so far), in the order records were made
    accumulation: list[tuple[int, int]] = field(default_factory=list)
    #: year -> (10th, 50th, 90th percentile of elevation of species records)
    elevation_by_year: dict[int, tuple[float, float, float]] = field(default_factory=dict)
    #: (longitude, latitude, category) of up to MAP_POINTS records, evenly sampled
    points: list[tuple[float, float, str]] = field(default_factory=list)
    #: (date, subject, site, count) of the latest threat records
    recent_threats: list[tuple[str, str, str | None, int | None]] = field(default_factory=list)


def _where(flt: DashboardFilter, extra: str = "") -> tuple[str, list[Any]]:
    where, params = flt.observations().where()
    if extra:
        where = (where + " AND " if where else " WHERE ") + extra
    return where, params


def monitoring_summary(conn: sqlite3.Connection, flt: DashboardFilter) -> MonitoringSummary:
    out = MonitoringSummary()
    where, params = _where(flt)
    out.total = int(conn.execute(f"SELECT count(*) FROM observation{where}", params).fetchone()[0])
    for month, category, n in conn.execute(
        f"SELECT substr(observed_on, 1, 7), category, count(*) FROM observation{where} "
        "GROUP BY 1, 2 ORDER BY 1",
        params,
    ):
        out.per_month.setdefault(month, {})[category] = int(n)

    species_where, species_params = _where(flt, "category = 'species'")
    for year, taxa in conn.execute(
        f"SELECT CAST(substr(observed_on, 1, 4) AS INTEGER), count(DISTINCT subject) "
        f"FROM observation{species_where} GROUP BY 1 ORDER BY 1",
        species_params,
    ):
        out.richness_by_year[int(year)] = int(taxa)
    out.accumulation = _accumulation(conn, species_where, species_params)
    out.elevation_by_year = _elevation_percentiles(conn, species_where, species_params)

    located_where, located_params = _where(flt, "latitude IS NOT NULL")
    step = max(1, out.total // MAP_POINTS)
    out.points = [
        (float(lon), float(lat), str(category))
        for lon, lat, category in conn.execute(
            f"SELECT longitude, latitude, category FROM observation{located_where} "
            f"AND id % {step} = 0 LIMIT {MAP_POINTS}",
            located_params,
        )
    ]
    threat_where, threat_params = _where(flt, "category = 'threat'")
    out.recent_threats = [
        (str(day), str(subject), site, count)
        for day, subject, site, count in conn.execute(
            f'SELECT observed_on, subject, site, "count" FROM observation{threat_where} '
            "ORDER BY observed_on DESC, id DESC LIMIT 10",
            threat_params,
        )
    ]
    return out


def _accumulation(conn: sqlite3.Connection, where: str, params: list[Any]) -> list[tuple[int, int]]:
    """Species accumulation: taxa found against records made, day by day.

    Two grouped scans instead of ranking every record: records per day, and each taxon's
    first day; a million records cost two index walks, not a sort.
    """
    per_day = conn.execute(
        f"SELECT observed_on, count(*) FROM observation{where} GROUP BY 1 ORDER BY 1", params
    ).fetchall()
    firsts = conn.execute(
        f"SELECT first, count(*) FROM (SELECT min(observed_on) AS first FROM observation{where} "
        "GROUP BY subject) GROUP BY first",
        params,
    ).fetchall()
    new_taxa = {day: int(n) for day, n in firsts}
    curve: list[tuple[int, int]] = []
    records = taxa = 0
    for day, n in per_day:
        records += int(n)
        if day in new_taxa:
            taxa += new_taxa[day]
            curve.append((records, taxa))
    if curve and curve[-1][0] != records:
        curve.append((records, taxa))
    return curve


ELEVATION_BIN_M = 25


def _elevation_percentiles(
    conn: sqlite3.Connection, where: str, params: list[Any]
) -> dict[int, tuple[float, float, float]]:
    """10th, 50th and 90th percentile of elevation per year, from one grouped scan in 25 m
    bins (the centre of the bin a percentile falls in): close enough to see a shift upslope."""
    located = (where + " AND " if where else " WHERE ") + "elevation_m IS NOT NULL"
    bins: dict[int, list[tuple[int, int]]] = {}
    for year, bin_, n in conn.execute(
        f"SELECT CAST(substr(observed_on, 1, 4) AS INTEGER), "
        f"CAST(elevation_m / {ELEVATION_BIN_M} AS INTEGER), count(*) "
        f"FROM observation{located} GROUP BY 1, 2 ORDER BY 1, 2",
        params,
    ):
        bins.setdefault(int(year), []).append((int(bin_), int(n)))
    out: dict[int, tuple[float, float, float]] = {}
    for year, counts in bins.items():
        total = sum(n for _, n in counts)
        marks = []
        for fraction in (0.1, 0.5, 0.9):
            target, seen = fraction * total, 0
            for bin_, n in counts:
                seen += n
                if seen >= target:
                    marks.append((bin_ + 0.5) * ELEVATION_BIN_M)
                    break
        out[year] = (marks[0], marks[1], marks[2])
    return out
