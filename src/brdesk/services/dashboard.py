"""The dashboard's numbers: aggregations in SQL over a DB-API connection, so they run on a
worker thread with a connection of their own and never load a million rows into Python.

Each function returns plain values; charts in reports/charts.py draw them, for the
dashboard page, its export, and the Word report alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from brdesk.db.dbapi import id_rows, is_server
from brdesk.db.dbapi import rows_at_once as _rows
from brdesk.db.summaries import ELEVATION_BAND_M
from brdesk.db.vocab import ACTION_STATUSES
from brdesk.languages import marked, said
from brdesk.reports.panel import Panel
from brdesk.reports.report_data import ActionLine
from brdesk.services.observation_query import ObservationFilter

MAP_POINTS = 5000
T = TypeVar("T")


@dataclass(frozen=True)
class DashboardFilter:
    date_from: date | None = None
    date_to: date | None = None
    category: str | None = None
    pillar: int | None = None
    #: a zone on the map (core, buffer, transition, outside): the monitoring panels count
    #: only the observations whose coordinates fall in it
    zone: str | None = None

    def observations(self) -> ObservationFilter:
        return ObservationFilter(
            category=self.category, date_from=self.date_from, date_to=self.date_to,
            map_zone=self.zone,
        )  # fmt: skip


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
    #: the zones' outlines, to draw beneath the points (services/zone_summaries.py)
    zones: list[Any] = field(default_factory=list)
    #: (date, subject, site, count) of the latest threat records
    recent_threats: list[tuple[str, str, str | None, int | None]] = field(default_factory=list)


def _day_range(flt: DashboardFilter, column: str = "day") -> tuple[str, list[Any]]:
    clauses, params = [], []
    if flt.date_from:
        clauses.append(f"{column} >= ?")
        params.append(flt.date_from.isoformat()[: 7 if column == "month" else 10])
    if flt.date_to:
        clauses.append(f"{column} <= ?")
        params.append(flt.date_to.isoformat()[: 7 if column == "month" else 10])
    return " AND ".join(clauses) or "1 = 1", params


def monitoring_summary(conn: sqlite3.Connection, flt: DashboardFilter) -> MonitoringSummary:
    """Read from the summary tables (db/summaries.py): a few thousand rows whatever the
    size of the log. The elevation panel filters by whole months. With a zone, the same
    tables made for its observations alone (zone_summaries.zone_scoped: a pass over the
    log, about a second for a million)."""
    if flt.zone is None:
        return _monitoring_summary(conn, flt)
    from brdesk.services.zone_summaries import zone_scoped

    with zone_scoped(conn, flt.zone):
        return _monitoring_summary(conn, flt)


def _monitoring_summary(conn: sqlite3.Connection, flt: DashboardFilter) -> MonitoringSummary:
    out = MonitoringSummary()
    days, day_params = _day_range(flt)
    category = " AND category = ?" if flt.category else ""
    category_params = [flt.category] if flt.category else []
    for month, cat, n in _rows(
        conn,
        f"SELECT substr(day, 1, 7), category, sum(n) FROM summary_daily WHERE {days}{category} "
        "GROUP BY 1, 2",
        day_params + category_params,
        3,
    ):
        out.per_month.setdefault(month, {})[cat] = int(n)
    out.per_month = dict(sorted(out.per_month.items()))
    out.total = sum(sum(by.values()) for by in out.per_month.values())

    if flt.category in (None, "species"):
        for year, taxa in _rows(
            conn,
            f"SELECT CAST(substr(day, 1, 4) AS INTEGER), count(DISTINCT subject) "
            f"FROM summary_species_daily WHERE {days} GROUP BY 1",
            day_params,
            2,
        ):
            out.richness_by_year[int(year)] = int(taxa)
        out.richness_by_year = dict(sorted(out.richness_by_year.items()))
        out.accumulation = _accumulation(conn, days, day_params)
        months, month_params = _day_range(flt, "month")
        out.elevation_by_year = _elevation_percentiles(conn, months, month_params)

    out.points = sample_points(conn, flt)
    from brdesk.services.zone_summaries import drawn_zones

    out.zones = drawn_zones(conn)
    if flt.category in (None, "threat"):
        where, params = ObservationFilter(
            category="threat", date_from=flt.date_from, date_to=flt.date_to, map_zone=flt.zone
        ).where(postgres=is_server(conn))
        rows = _rows(
            conn,
            f'SELECT observed_on, id, subject, site, "count" FROM observation{where} '
            "ORDER BY observed_on DESC, id DESC LIMIT 10",
            params,
            5,
        )
        # The LIMIT picked the newest ten; json_group_array need not keep their order.
        rows.sort(key=lambda row: (str(row[0]), int(row[1])), reverse=True)
        out.recent_threats = [(str(d), str(subject), site, n) for d, _id, subject, site, n in rows]
    return out


def plan_lines(conn: sqlite3.Connection) -> list[ActionLine]:
    """The current plan's actions as the report's ActionLines, in the plan's order, read
    in plain SQL: the dashboard need not wait for the ORM to load (0.2 s the first time)."""
    rows = _rows(
        conn,
        "SELECT o.pillar_id, o.title, a.title, a.responsible, a.start_date, a.end_date, "
        "a.status, a.indicator_name, a.indicator_unit, a.indicator_baseline, "
        "a.indicator_target, a.indicator_latest, "
        f"{_numbers_of(conn, 'sdg')}, {_numbers_of(conn, 'gbf')}, "
        "o.position, o.id, a.position, a.id "
        "FROM action AS a JOIN objective AS o ON o.id = a.objective_id "
        "WHERE o.plan_id = (SELECT min(id) FROM action_plan)",
        (),
        18,
    )
    rows.sort(key=lambda r: (r[0], r[14], r[15], r[16], r[17]))

    def day(text: str | None) -> date | None:
        return date.fromisoformat(text) if text else None

    def numbers(text: str | None) -> tuple[int, ...]:
        return tuple(int(n) for n in text.split(",")) if text else ()

    return [
        ActionLine(
            pillar=int(r[0]),
            objective=r[1],
            title=r[2],
            responsible=r[3],
            start=day(r[4]),
            end=day(r[5]),
            status=r[6],
            status_label=ACTION_STATUSES.get(r[6], r[6]),
            indicator=r[7],
            unit=r[8],
            baseline=r[9],
            target=r[10],
            latest=r[11],
            sdgs=numbers(r[12]),
            gbf_targets=numbers(r[13]),
        )
        for r in rows
    ]


def _numbers_of(conn: sqlite3.Connection, kind: str) -> str:
    """The SDGs (or GBF targets) an action is tagged with, as text: '3,13,15'."""
    if is_server(conn):
        return (
            f"(SELECT string_agg(CAST({kind}_number AS text), ',' ORDER BY {kind}_number) "
            f"FROM action_{kind} WHERE action_id = a.id)"
        )
    return (
        f"(SELECT group_concat({kind}_number) FROM (SELECT {kind}_number FROM action_{kind} "
        f"WHERE action_id = a.id ORDER BY {kind}_number))"
    )


def sample_points(
    conn: sqlite3.Connection, flt: DashboardFilter, limit: int = MAP_POINTS, exact: bool = False
) -> list[tuple[float, float, str]]:
    """Up to `limit` located records spread over the whole log: primary-key lookups at
    evenly spaced ids (the filter is applied to what they return), never a scan. Sensitive
    ones generalised unless `exact` (the window's own map, never exported)."""
    # Two subqueries: SQLite reads min() or max() of the key off the index's end only when
    # it is alone in its query; together they scanned a million rows (0.2 s).
    low, high = conn.execute(
        "SELECT (SELECT min(id) FROM observation), (SELECT max(id) FROM observation)"
    ).fetchone()
    if low is None:
        return []
    step = max(1, (high - low + 1) // limit)
    wanted = list(range(low, high + 1, step))
    first = flt.date_from.isoformat() if flt.date_from else ""
    last = flt.date_to.isoformat() if flt.date_to else "9999"
    from brdesk.services.observation_export import generalise

    chosen, ids = id_rows(conn, wanted)
    points: list[tuple[float, float, str]] = []
    for lon, lat, category, day, sensitive, zone in _rows(
        conn,
        "SELECT longitude, latitude, category, observed_on, sensitive, (SELECT map_zone FROM "
        "observation_zone WHERE observation_id = id) FROM observation "
        f"WHERE id IN ({chosen}) AND latitude IS NOT NULL",
        [ids],
        6,
    ):
        if flt.category in (None, category) and flt.zone in (None, zone) and first <= day <= last:
            if sensitive and not exact:
                # The map is exported and shown on projectors: a sensitive record is a grid
                # cell there too, as in every file that leaves brdesk.
                lat, lon = generalise(float(lat), float(lon))
            points.append((float(lon), float(lat), str(category)))
    return points[:limit]


def _accumulation(conn: sqlite3.Connection, days: str, params: list[Any]) -> list[tuple[int, int]]:
    """Species accumulation: taxa found against species records made, day by day."""
    per_day = sorted(
        _rows(conn, f"SELECT day, sum(n) FROM summary_species_daily WHERE {days} GROUP BY 1",
              params, 2)
    )  # fmt: skip
    firsts = _rows(
        conn,
        f"SELECT first, count(*) FROM (SELECT min(day) AS first FROM summary_species_daily "
        f"WHERE {days} GROUP BY subject) AS firsts GROUP BY first",
        params,
        2,
    )
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


def _elevation_percentiles(
    conn: sqlite3.Connection, months: str, params: list[Any]
) -> dict[int, tuple[float, float, float]]:
    """10th, 50th and 90th percentile of species records' elevation per year, at the centre
    of the 25 m band each falls in: close enough to see a shift upslope."""
    bins: dict[int, list[tuple[int, int]]] = {}
    for year, band, n in sorted(
        _rows(
            conn,
            f"SELECT CAST(substr(month, 1, 4) AS INTEGER), band, sum(n) "
            f"FROM summary_elevation_monthly WHERE {months} GROUP BY 1, 2",
            params,
            3,
        )
    ):
        bins.setdefault(int(year), []).append((int(band), int(n)))
    out: dict[int, tuple[float, float, float]] = {}
    for year, counts in bins.items():
        total = sum(n for _, n in counts)
        marks = []
        for fraction in (0.1, 0.5, 0.9):
            target, seen = fraction * total, 0
            for band, n in counts:
                seen += n
                if seen >= target:
                    marks.append((band + 0.5) * ELEVATION_BAND_M)
                    break
        out[year] = (marks[0], marks[1], marks[2])
    return out


# --- the whole dashboard, as files ---------------------------------------------------------

DASHBOARD_FORMATS = (".png", ".pdf")


def plan_panels(actions: Sequence[ActionLine]) -> list[Panel]:
    actions = list(actions)
    return [
        Panel(marked("Plan progress by pillar"), "plan_progress", (actions,)),
        Panel(marked("Indicator progress"), "indicator_progress", (actions,)),
        Panel(marked("Timeline of actions"), "timeline", (actions,)),
        Panel(marked("Alignment with the SDGs and GBF targets"), "alignment", (actions,)),
    ]


def effectiveness_panels(conn: sqlite3.Connection) -> list[Panel]:
    """The latest self-assessment's radar, over the one before it; none before the first.
    Plain SQL, as the dashboard's other reads: the ORM's first query in a process costs
    more than the whole panel."""
    from brdesk.services.assessment_scores import Scored, score
    from brdesk.services.assessments import edition

    latest = conn.execute(
        "SELECT id, assessed_on, question_set FROM assessment "
        "ORDER BY assessed_on DESC, id DESC LIMIT 2"
    ).fetchall()[::-1]
    if not latest:
        return []
    series = []
    labels: list[str] = []
    for assessment_id, assessed_on, version in latest:
        questions = {q.code: q for q in edition(version).questions}
        answers = [
            Scored(questions[code], level, bool(na), None, None, None, None, 0)
            for code, level, na in conn.execute(
                "SELECT question_code, score, not_applicable FROM assessment_answer "
                "WHERE assessment_id = ?",
                (assessment_id,),
            )
            if code in questions
        ]
        elements = score(answers)
        labels = [e.label for e in elements]
        series.append((str(assessed_on), [e.percent for e in elements]))
    return [Panel(marked("Management effectiveness"), "effectiveness_radar", (labels, series))]


def monitoring_panels(summary: MonitoringSummary) -> list[Panel]:
    threats = [
        f"{day}  {subject}" + (f" at {site}" if site else "") + (f" ({n})" if n else "")
        for day, subject, site, n in summary.recent_threats
    ]
    return [
        Panel(marked("Observations per month"), "observations_per_month", (summary.per_month,)),
        Panel(marked("Species richness"), "richness",
              (summary.richness_by_year, summary.accumulation)),
        Panel(marked("Elevation of species records over the years"), "elevation_over_years",
              (summary.elevation_by_year,)),
        Panel(marked("Map: zones and observations"), "zone_map", (summary.zones, summary.points)),
        Panel(marked("Recent threats"), "text_panel", (threats,)),
    ]  # fmt: skip


def dashboard_panels(store: Any, flt: DashboardFilter) -> Iterator[Panel]:
    """Every panel, in the page's order, as soon as its numbers are known: the plan's
    first, while SQLite aggregates the monitoring on a thread of its own (the sqlite3
    module lets go of the interpreter while a query runs, so the two overlap)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard-sql") as pool:
        lines = pool.submit(_read, store, plan_lines)
        summary = pool.submit(_read, store, lambda conn: monitoring_summary(conn, flt))
        actions = lines.result()
        if flt.pillar is not None:
            actions = [a for a in actions if a.pillar == flt.pillar]
        yield from plan_panels(actions)
        yield from _read(store, effectiveness_panels)
        yield from monitoring_panels(summary.result())


def _read(store: Any, query: Callable[[sqlite3.Connection], T]) -> T:
    with store.dbapi() as conn:
        return query(conn)


def export_dashboard(
    store: Any, path: Path, flt: DashboardFilter | None = None, today: date | None = None
) -> int:
    """The dashboard as A4 landscape PDF pages (a grid of panels on each) or one 1920x1080
    PNG for a slide, with a title block and the acknowledgement. Returns the panel count."""
    from brdesk.errors import BrdeskError
    from brdesk.exchange.atomic import atomic_path
    from brdesk.reports import dashboard_sheet

    suffix = path.suffix.lower()
    if suffix not in DASHBOARD_FORMATS:
        raise BrdeskError(
            said("Cannot export the dashboard to '{name}': use .png or .pdf.", name=path.name)
        )
    flt = flt or DashboardFilter()
    panels = list(dashboard_panels(store, flt))
    heading = sheet_heading(store, flt, today or date.today())
    with atomic_path(path) as temp:
        if suffix == ".pdf":
            dashboard_sheet.write_pdf(temp, panels, heading)
        else:
            dashboard_sheet.write_png(temp, panels, heading)
    return len(panels)


def sheet_heading(store: Any, flt: DashboardFilter, today: date) -> Any:
    """The title block of an exported dashboard: whose, of what, showing what, when."""
    from brdesk import reference
    from brdesk.reports.dashboard_sheet import SheetHeading
    from brdesk.services.profile import ParticipantService, ReserveService

    participant = ParticipantService(store).current()
    reserve = ReserveService(store).current()
    return SheetHeading(
        reserve=reserve.name if reserve else None,
        participant=participant.full_name if participant else None,
        shown=describe_filter(flt),
        exported=today,
        acknowledgement=reference.programme().acknowledgement,
    )


def describe_filter(flt: DashboardFilter) -> str:
    """The period and filters in words: "observations from 1 Jan 2024 · species · pillar 2"."""
    from brdesk import reference
    from brdesk.db.vocab import CATEGORIES

    if flt.date_from and flt.date_to:
        period = f"observations from {flt.date_from:%d %b %Y} to {flt.date_to:%d %b %Y}"
    elif flt.date_from:
        period = f"observations from {flt.date_from:%d %b %Y}"
    elif flt.date_to:
        period = f"observations up to {flt.date_to:%d %b %Y}"
    else:
        period = "all observations"
    parts = [period]
    if flt.category:
        parts.append(CATEGORIES.get(flt.category, flt.category).lower() + " only")
    if flt.zone:
        from brdesk.db.vocab import ZONES

        parts.append(f"observations on the map in: {ZONES.get(flt.zone, flt.zone).lower()}")
    if flt.pillar:
        pillar = reference.pillars()[flt.pillar - 1]
        parts.append(f"pillar {pillar.number}, {pillar.name}")
    else:
        parts.append("all four pillars")
    return "; ".join(parts)
