"""The dashboard's numbers: aggregations in SQL over a DB-API connection, so they run on a
worker thread with a connection of their own and never load a million rows into Python.

Each function returns plain values; charts in reports/charts.py draw them, for the
dashboard page, its export, and the Word report alike.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from brdesk.db.summaries import ELEVATION_BAND_M
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


def _day_range(flt: DashboardFilter, column: str = "day") -> tuple[str, list[Any]]:
    clauses, params = [], []
    if flt.date_from:
        clauses.append(f"{column} >= ?")
        params.append(flt.date_from.isoformat()[: 7 if column == "month" else 10])
    if flt.date_to:
        clauses.append(f"{column} <= ?")
        params.append(flt.date_to.isoformat()[: 7 if column == "month" else 10])
    return " AND ".join(clauses) or "1", params


def monitoring_summary(conn: sqlite3.Connection, flt: DashboardFilter) -> MonitoringSummary:
    """Read from the summary tables (db/summaries.py): a few thousand rows whatever the
    size of the log. The elevation panel filters by whole months."""
    out = MonitoringSummary()
    days, day_params = _day_range(flt)
    category = " AND category = ?" if flt.category else ""
    category_params = [flt.category] if flt.category else []
    for month, cat, n in conn.execute(
        f"SELECT substr(day, 1, 7), category, sum(n) FROM summary_daily WHERE {days}{category} "
        "GROUP BY 1, 2 ORDER BY 1",
        day_params + category_params,
    ):
        out.per_month.setdefault(month, {})[cat] = int(n)
    out.total = sum(sum(by.values()) for by in out.per_month.values())

    if flt.category in (None, "species"):
        for year, taxa in conn.execute(
            f"SELECT CAST(substr(day, 1, 4) AS INTEGER), count(DISTINCT subject) "
            f"FROM summary_species_daily WHERE {days} GROUP BY 1 ORDER BY 1",
            day_params,
        ):
            out.richness_by_year[int(year)] = int(taxa)
        out.accumulation = _accumulation(conn, days, day_params)
        months, month_params = _day_range(flt, "month")
        out.elevation_by_year = _elevation_percentiles(conn, months, month_params)

    out.points = _sample_points(conn, flt)
    if flt.category in (None, "threat"):
        where, params = ObservationFilter(
            category="threat", date_from=flt.date_from, date_to=flt.date_to
        ).where()
        out.recent_threats = [
            (str(day), str(subject), site, count)
            for day, subject, site, count in conn.execute(
                f'SELECT observed_on, subject, site, "count" FROM observation{where} '
                "ORDER BY observed_on DESC, id DESC LIMIT 10",
                params,
            )
        ]
    return out


def _sample_points(
    conn: sqlite3.Connection, flt: DashboardFilter
) -> list[tuple[float, float, str]]:
    """Up to MAP_POINTS located records spread over the whole log: primary-key lookups at
    evenly spaced ids (the filter is applied to what they return), never a scan."""
    low, high = conn.execute("SELECT min(id), max(id) FROM observation").fetchone()
    if low is None:
        return []
    step = max(1, (high - low + 1) // MAP_POINTS)
    wanted = list(range(low, high + 1, step))
    first = flt.date_from.isoformat() if flt.date_from else ""
    last = flt.date_to.isoformat() if flt.date_to else "9999"
    points: list[tuple[float, float, str]] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for lon, lat, category, day in conn.execute(
            f"SELECT longitude, latitude, category, observed_on FROM observation "
            f"WHERE id IN ({marks}) AND latitude IS NOT NULL",
            chunk,
        ):
            if (flt.category in (None, category)) and first <= day <= last:
                points.append((float(lon), float(lat), str(category)))
    return points[:MAP_POINTS]


def _accumulation(conn: sqlite3.Connection, days: str, params: list[Any]) -> list[tuple[int, int]]:
    """Species accumulation: taxa found against species records made, day by day."""
    per_day = conn.execute(
        f"SELECT day, sum(n) FROM summary_species_daily WHERE {days} GROUP BY 1 ORDER BY 1",
        params,
    ).fetchall()
    firsts = conn.execute(
        f"SELECT first, count(*) FROM (SELECT min(day) AS first FROM summary_species_daily "
        f"WHERE {days} GROUP BY subject) GROUP BY first",
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


def _elevation_percentiles(
    conn: sqlite3.Connection, months: str, params: list[Any]
) -> dict[int, tuple[float, float, float]]:
    """10th, 50th and 90th percentile of species records' elevation per year, at the centre
    of the 25 m band each falls in: close enough to see a shift upslope."""
    bins: dict[int, list[tuple[int, int]]] = {}
    for year, band, n in conn.execute(
        f"SELECT CAST(substr(month, 1, 4) AS INTEGER), band, sum(n) "
        f"FROM summary_elevation_monthly WHERE {months} GROUP BY 1, 2 ORDER BY 1, 2",
        params,
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


def dashboard_panels(store: Any, flt: DashboardFilter) -> list[tuple[str, Any]]:
    """(title, matplotlib Figure) for every panel, in the page's order."""
    from brdesk.reports import charts
    from brdesk.services.report import gather

    actions = gather(store).actions
    if flt.pillar is not None:
        actions = [a for a in actions if a.pillar == flt.pillar]
    with store.dbapi() as conn:
        summary = monitoring_summary(conn, flt)
    threats = [
        f"{day}  {subject}" + (f" at {site}" if site else "") + (f" ({n})" if n else "")
        for day, subject, site, n in summary.recent_threats
    ]
    return [
        ("Plan progress by pillar", charts.plan_progress(actions)),
        ("Indicator progress", charts.indicator_progress(actions)),
        ("Timeline of actions", charts.timeline(actions)),
        ("Alignment with the SDGs and GBF targets", charts.alignment(actions)),
        ("Observations per month", charts.observations_per_month(summary.per_month)),
        ("Species richness", charts.richness(summary.richness_by_year, summary.accumulation)),
        ("Elevation of species records over the years",
         charts.elevation_over_years(summary.elevation_by_year)),
        ("Map of observation points", charts.observation_map(summary.points)),
        ("Recent threats", charts.text_panel(threats)),
    ]  # fmt: skip


def export_dashboard(store: Any, path: Path, flt: DashboardFilter | None = None) -> int:
    """The whole dashboard as one tall PNG or a multi-page PDF (a panel a page)."""
    from brdesk.errors import BrdeskError
    from brdesk.exchange.atomic import atomic_path

    suffix = path.suffix.lower()
    if suffix not in DASHBOARD_FORMATS:
        raise BrdeskError(f"Cannot export the dashboard to '{path.name}': use .png or .pdf.")
    panels = dashboard_panels(store, flt or DashboardFilter())
    from brdesk.reports import charts

    with atomic_path(path) as temp:
        if suffix == ".pdf":
            from matplotlib.backends.backend_pdf import PdfPages

            with PdfPages(temp) as pdf:
                for title, fig in panels:
                    pdf.savefig(charts.titled(fig, title))
        else:
            _stacked_png(temp, panels)
    return len(panels)


def _stacked_png(path: Path, panels: list[tuple[str, Any]]) -> None:
    import io

    from PIL import Image

    from brdesk.reports import charts

    images = []
    for title, fig in panels:
        png = charts.to_png(charts.titled(fig, title), dpi=110)
        images.append(Image.open(io.BytesIO(png)).convert("RGB"))
    width = max(i.width for i in images)
    sheet = Image.new("RGB", (width, sum(i.height for i in images)), "white")
    y = 0
    for image in images:
        sheet.paste(image, (0, y))
        y += image.height
    sheet.save(path, format="PNG")
