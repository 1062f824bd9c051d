"""Charts as matplotlib Figures, shared by the Word report and the dashboard.

No pyplot (no global state, safe off the GUI thread) and no Qt: the caller embeds a Figure
in a Qt canvas or renders it to PNG. matplotlib is imported by the functions, never at
start-up.
"""

from __future__ import annotations

import io
import math
import sys
import threading
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from brdesk import reference
from brdesk.db.vocab import ACTION_STATUSES, CATEGORIES
from brdesk.palette import CATEGORY_COLOURS, PILLAR_COLOURS, STATUS_COLOURS
from brdesk.reports.chart_fit import (
    CATEGORY_LABEL,
    TEXT_BLOCK,
    fit_text_blocks,
    fit_width,
    legend_above,
    remember,
    short,
)
from brdesk.reports.report_data import ActionLine

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

PRINT_DPI = 200
WIDTH_IN = 6.3  # an A4 page's text width with 2.5 cm margins


_LOADING = threading.Lock()


def load() -> None:
    """Import matplotlib's parts we use, one thread at a time. Two threads importing
    matplotlib at once (the report's preload and the dashboard's worker) can each meet the
    other's half-initialised modules and fail with an ImportError."""
    with _LOADING:
        _lasting_config_dir()
        import matplotlib.backends.backend_agg
        import matplotlib.dates
        import matplotlib.figure
        import matplotlib.patches
        import matplotlib.ticker

        # Texts are the user's (action titles, species, sites): a "$" in one is a dollar,
        # not the start of a formula that may fail to parse and take the chart with it.
        matplotlib.rcParams["text.parse_math"] = False


def _lasting_config_dir() -> None:
    """In a frozen build, give matplotlib a config folder that outlives the run.

    PyInstaller's matplotlib hook points MPLCONFIGDIR at a new temporary folder at every
    start, so matplotlib would rebuild its font list each time (~0.9 s). The folder is keyed
    by where the build lies: a stick mounted under another letter gets its own list.
    """
    if not getattr(sys, "frozen", False) or "matplotlib" in sys.modules:
        return
    import hashlib
    import os

    from platformdirs import user_cache_dir

    bundle = str(getattr(sys, "_MEIPASS", sys.executable))
    key = hashlib.sha256(bundle.encode()).hexdigest()[:10]
    folder = Path(user_cache_dir("brdesk", appauthor=False)) / f"matplotlib-{key}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # matplotlib falls back to a temporary folder by itself
    os.environ["MPLCONFIGDIR"] = str(folder)


def _figure(
    height_in: float, *, left: float = 0.09, bottom: float = 0.8, top: float = 0.35
) -> Figure:
    """A figure with fixed margins (left as a fraction of the width, bottom and top in
    inches): a layout engine measures every label again and again, and made four charts
    take over a second."""
    load()
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_IN, height_in), dpi=100)
    fig.subplots_adjust(left=left, right=0.98, bottom=bottom / height_in, top=1 - top / height_in)
    return fig


def _label_margin(labels: Sequence[str], font_pt: float = 8) -> float:
    """Left margin, as a fraction of the width, that fits the longest label (DejaVu Sans:
    about 0.6 em a character)."""
    longest = max((len(label) for label in labels), default=10)
    return min(0.6, (longest * 0.6 * font_pt / 72 + 0.15) / WIDTH_IN)


def _style(ax: object) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)  # type: ignore[attr-defined]
    ax.tick_params(labelsize=8)  # type: ignore[attr-defined]


def _subtitle(ax: object, text: str) -> None:
    """A small title over one plot. At a fixed height: left to itself, matplotlib measures
    the tick labels above the plot to stay clear of them (none here), a twentieth of a
    second a chart."""
    ax.set_title(text, fontsize=9, loc="left", y=1.0, pad=4)  # type: ignore[attr-defined]


def _category_labels(ax: object, axis: str, labels: Sequence[str], fontsize: float = 8) -> None:
    """Label the categories 0, 1, 2... of an axis with plain texts instead of ticks: each
    matplotlib tick is two lines, two texts and their markers, made afresh at every draw,
    and the SDG and GBF axes alone (40 of them) took a tenth of a second."""
    from matplotlib.ticker import NullLocator
    from matplotlib.transforms import offset_copy

    fig = ax.figure  # type: ignore[attr-defined]
    count = len(labels)
    if axis == "x":
        ax.xaxis.set_major_locator(NullLocator())  # type: ignore[attr-defined]
        ax.set_xlim(-0.5, count - 0.5)  # type: ignore[attr-defined]
        base = ax.get_xaxis_transform()  # type: ignore[attr-defined]
        at = offset_copy(base, fig, y=-3, units="points")
        for number, label in enumerate(labels):
            ax.text(number, 0, label, transform=at, ha="center", va="top",  # type: ignore[attr-defined]
                    fontsize=fontsize)  # fmt: skip
    else:
        ax.yaxis.set_major_locator(NullLocator())  # type: ignore[attr-defined]
        ax.set_ylim(-0.5, count - 0.5)  # type: ignore[attr-defined]
        base = ax.get_yaxis_transform()  # type: ignore[attr-defined]
        at = offset_copy(base, fig, x=-3, units="points")
        for number, label in enumerate(labels):
            text = ax.text(0, number, label, transform=at, ha="right", va="center",  # type: ignore[attr-defined]
                           fontsize=fontsize, linespacing=1.0)  # fmt: skip
            # fit_width wraps it when the chart is drawn narrower than its labels need.
            remember(text, CATEGORY_LABEL, label, fontsize)


def plan_progress(actions: Sequence[ActionLine]) -> Figure:
    """Actions per pillar, stacked by status."""
    pillars = reference.pillars()
    labels = [f"{p.number}. {p.name}" for p in pillars][::-1]
    fig = _figure(2.6, left=_label_margin(labels), bottom=0.45, top=0.45)
    from matplotlib.ticker import MaxNLocator

    ax = fig.add_subplot()
    counts = Counter((a.pillar, a.status) for a in actions)
    left = [0] * len(pillars)
    for status, label in ACTION_STATUSES.items():
        values = [counts[(p.number, status)] for p in pillars][::-1]
        ax.barh(range(len(labels)), values, left=left, color=STATUS_COLOURS[status],
                label=label, height=0.6)  # fmt: skip
        left = [a + b for a, b in zip(left, values, strict=True)]
    _category_labels(ax, "y", labels)
    ax.set_xlabel("Actions", fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    legend_above(ax)
    _style(ax)
    if not actions:
        ax.text(0.5, 0.5, "No actions yet", ha="center", va="center", transform=ax.transAxes)
    return fig


def indicator_progress(actions: Sequence[ActionLine], limit: int = 15) -> Figure:
    """How far each action's indicator has come from baseline to target (percent)."""
    measured = [(a, a.achievement()) for a in actions]
    shown = [(a, v) for a, v in measured if v is not None][:limit]
    labels = [short(a.title, 44) for a, _ in shown][::-1]
    left = _label_margin(labels) if shown else 0.1
    fig = _figure(max(1.8, 0.28 * len(shown) + 0.8), left=left, bottom=0.45, top=0.3)
    ax = fig.add_subplot()
    if not shown:
        ax.text(0.5, 0.5, "No indicator has a target and a latest value yet", ha="center",
                va="center", transform=ax.transAxes, fontsize=9)  # fmt: skip
        ax.set_axis_off()
        return fig
    values = [max(0.0, min(v, 1.5)) * 100 for _, v in shown][::-1]
    colours = [PILLAR_COLOURS[a.pillar] for a, _ in shown][::-1]
    ax.barh(range(len(labels)), values, color=colours, height=0.6)
    _category_labels(ax, "y", labels)
    ax.axvline(100, color="#333333", linewidth=0.8, linestyle="--")
    ax.set_xlim(0, 150)
    from matplotlib.patches import Patch

    pillars = sorted({a.pillar for a, _ in shown})
    legend_above(ax, handles=[Patch(color=PILLAR_COLOURS[p], label=f"Pillar {p}") for p in pillars])
    ax.set_xlabel("Progress from baseline to target (%)", fontsize=8)
    _style(ax)
    return fig


def observations_by_year(by_year: dict[int, dict[str, int]]) -> Figure:
    """Observations per year, stacked by category."""
    fig = _figure(2.6, left=0.11, bottom=0.3, top=0.45)
    ax = fig.add_subplot()
    years = sorted(by_year)
    if not years:
        ax.text(0.5, 0.5, "No observations yet", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    bottom = [0] * len(years)
    for category, label in CATEGORIES.items():
        values = [by_year[y].get(category, 0) for y in years]
        if not any(values):
            continue
        ax.bar([str(y) for y in years], values, bottom=bottom, label=label,
               color=CATEGORY_COLOURS[category], width=0.7)  # fmt: skip
        bottom = [a + b for a, b in zip(bottom, values, strict=True)]
    ax.set_ylabel("Observations", fontsize=8)
    legend_above(ax)
    _style(ax)
    return fig


def alignment(actions: Sequence[ActionLine]) -> Figure:
    """Actions per SDG and per GBF target; goals no action serves show as empty slots."""
    fig = _figure(3.2, left=0.06, bottom=0.3, top=0.25)
    from matplotlib.ticker import MaxNLocator

    fig.subplots_adjust(hspace=0.6)
    top, bottom = fig.subplots(2, 1)
    for ax, goals, attr, prefix in (
        (top, reference.sdgs(), "sdgs", "SDG"),
        (bottom, reference.gbf_targets(), "gbf_targets", "GBF target"),
    ):
        counts = Counter(n for a in actions for n in getattr(a, attr))
        numbers = [g.number for g in goals]
        values = [counts[n] for n in numbers]
        ax.bar(range(len(numbers)), values, color="#0072B2", width=0.7)
        ax.set_ylim(0, max(1, *values) * 1.1)  # whole actions, even when none serves any
        _category_labels(ax, "x", [str(n) for n in numbers], fontsize=7.5)
        _subtitle(ax, f"Actions per {prefix}")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        _style(ax)
    return fig


def to_png(fig: Figure, dpi: int = PRINT_DPI) -> bytes:
    load()
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    # At print resolution glyph hinting buys nothing visible and costs a fifth of the time;
    # fast PNG compression, because the .docx is zipped anyway.
    with rc_context({"text.hinting": "no_hinting"}):
        fig.savefig(buffer, format="png", dpi=dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def to_rgba(fig: Figure, width_px: int, dpi: float) -> tuple[bytes, int, int]:
    """Draw a chart at a width in pixels and return its RGBA pixels, width and height:
    what a screen shows, drawn on any thread (Agg, no Qt)."""
    load()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig.set_dpi(dpi)
    fit_width(fig, width_px / dpi)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # type: ignore[no-untyped-call]
    width, height = canvas.get_width_height(physical=True)
    pixels = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    return pixels, int(width), int(height)


# --- dashboard panels --------------------------------------------------------------------


def observations_per_month(per_month: dict[str, dict[str, int]]) -> Figure:
    """Observations per month, stacked by category: one filled step outline a category,
    not a bar a month (nine years of months as bars took 0.8 s to build and draw)."""
    fig = _figure(2.6, left=0.09, bottom=0.45, top=0.45)
    ax = fig.add_subplot()
    months = sorted(per_month)
    if not months:
        return _empty(fig, ax, "No observations yet: import or add some")
    bottom = [0] * len(months)
    edges = list(range(len(months) + 1))
    for category, label in CATEGORIES.items():
        values = [per_month[m].get(category, 0) for m in months]
        if any(values):
            top = [a + b for a, b in zip(bottom, values, strict=True)]
            # fill_between, not stairs: stairs walks its outline in Python to find the
            # limits (0.1 s for nine years of months); the limits are set below anyway.
            ax.fill_between(edges, bottom + bottom[-1:], top + top[-1:], step="post",
                            color=CATEGORY_COLOURS[category], label=label, linewidth=0)  # fmt: skip
            bottom = top
    ticks, names = _month_ticks(months)
    ax.set_xticks(ticks, names, fontsize=7)
    ax.set_xlim(0, len(months))
    ax.set_ylim(0, max(bottom) * 1.05 or 1)
    ax.set_ylabel("Observations", fontsize=8)
    legend_above(ax)
    _style(ax)
    return fig


def _month_ticks(months: Sequence[str]) -> tuple[list[float], list[str]]:
    """Ticks for a run of "YYYY-MM" months, written flat: over two years, a tick at each
    January (every few years for decades) labelled with the year; else every month or
    second month, "Jan" with the year under it where the year starts or changes."""
    names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    if len(months) > 24:
        januaries = [i for i, m in enumerate(months) if m.endswith("-01")] or [0]
        step = max(1, -(-len(januaries) // 8))
        chosen = januaries[::step]
        return [float(i) for i in chosen], [months[i][:4] for i in chosen]
    step = 1 if len(months) <= 12 else 2
    ticks, labels = [], []
    for i in range(0, len(months), step):
        year, month = months[i].split("-")
        first = i == 0 or month == "01" or (step == 2 and month == "02")
        ticks.append(i + 0.5)
        labels.append(f"{names[int(month) - 1]}\n{year}" if first else names[int(month) - 1])
    return ticks, labels


def richness(richness_by_year: dict[int, int], accumulation: list[tuple[int, int]]) -> Figure:
    """Taxa recorded per year, and the species accumulation curve."""
    fig = _figure(2.4, left=0.08, bottom=0.5, top=0.35)
    fig.subplots_adjust(wspace=0.3)
    left, right = fig.subplots(1, 2)
    if not richness_by_year:
        _empty(fig, left, "No species records yet")
        right.set_axis_off()
        return fig
    years = sorted(richness_by_year)
    left.bar([str(y) for y in years], [richness_by_year[y] for y in years], color="#009E73")
    left.tick_params(axis="x", labelrotation=45)
    _subtitle(left, "Taxa recorded per year")
    right.step([r for r, _ in accumulation], [t for _, t in accumulation], where="post",
               color="#0072B2")  # fmt: skip
    _subtitle(right, "Species accumulation")
    right.set_xlabel("Species records", fontsize=8)
    for ax in (left, right):
        _style(ax)
    return fig


def elevation_over_years(elevation_by_year: dict[int, tuple[float, float, float]]) -> Figure:
    """Where species are recorded along the gradient, year by year (median, 10-90 %)."""
    fig = _figure(2.4, left=0.1, bottom=0.45, top=0.35)
    ax = fig.add_subplot()
    years = sorted(elevation_by_year)
    if not years:
        return _empty(fig, ax, "No species records with an elevation yet")
    low = [elevation_by_year[y][0] for y in years]
    mid = [elevation_by_year[y][1] for y in years]
    high = [elevation_by_year[y][2] for y in years]
    if len(years) == 1:
        # One year is a point and its range, not a band over years that have no data.
        ax.vlines(years, low, high, color="#56B4E9", linewidth=8, label="10-90 % of records")
        ax.set_xlim(years[0] - 1, years[0] + 1)
        ax.set_xticks(years, [str(years[0])])
    else:
        ax.fill_between(years, low, high, color="#56B4E9", alpha=0.35,
                        label="10-90 % of records")  # fmt: skip
        ax.xaxis.set_major_locator(_integer_locator())
        ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    ax.plot(years, mid, color="#0072B2", marker="o", label="median", linestyle="-")
    ax.set_ylabel("Elevation (m)", fontsize=8)
    ax.legend(fontsize=7, loc="lower right", frameon=False)
    _style(ax)
    return fig


def observation_map(points: list[tuple[float, float, str]]) -> Figure:
    """Observation points on longitude and latitude, no tiles (offline), true proportions."""
    fig = _figure(3.6, left=0.1, bottom=0.45, top=0.2)
    ax = fig.add_subplot()
    if not points:
        return _empty(fig, ax, "No located observations yet")
    # Squares, not circles: the legend measures a circle's Bézier outline in Python, which
    # cost more than drawing the 5,000 points.
    import numpy as np

    for category, label in CATEGORIES.items():
        mine = [(x, y) for x, y, c in points if c == category]
        if mine:
            # Arrays, not lists: scatter makes a masked array of a list element by element.
            xy = np.array(mine, dtype=float)
            ax.scatter(xy[:, 0], xy[:, 1], s=3, alpha=0.6, marker="s",
                       color=CATEGORY_COLOURS[category], label=label)  # fmt: skip
    mean_lat = sum(y for _, y, _ in points) / len(points)
    # A degree of longitude is shorter than one of latitude away from the equator.
    ax.set_aspect(1 / max(0.1, math.cos(math.radians(mean_lat))), adjustable="datalim")
    ax.set_xlabel("Longitude (°)", fontsize=8)
    ax.set_ylabel("Latitude (°)", fontsize=8)
    ax.legend(fontsize=7, markerscale=3, loc="upper left", framealpha=0.85, edgecolor="none")
    _style(ax)
    return fig


def timeline(actions: Sequence[ActionLine]) -> Figure:
    """The actions over the plan period, coloured by pillar."""
    dated = [a for a in actions if a.start and a.end][:30]
    labels = [short(a.title, 40) for a in dated][::-1]
    left = _label_margin(labels) if dated else 0.1
    fig = _figure(max(1.8, 0.22 * len(dated) + 0.9), left=left, bottom=0.45, top=0.2)
    ax = fig.add_subplot()
    if not dated:
        return _empty(fig, ax, "No action has a start and an end date yet")
    from matplotlib.dates import date2num

    rows = dated[::-1]
    starts = [float(date2num(a.start)) for a in rows]  # type: ignore[no-untyped-call]
    ends = [float(date2num(a.end)) for a in rows]  # type: ignore[no-untyped-call]
    # One call for every bar: each barh() call re-measures the axes' limits.
    ax.barh(range(len(rows)), [e - s for s, e in zip(starts, ends, strict=True)], left=starts,
            color=[PILLAR_COLOURS[a.pillar] for a in rows], height=0.6)  # fmt: skip
    _category_labels(ax, "y", labels)
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    # Months for a season's plan, years for a decade's: the locator picks, the formatter
    # writes each date once ("2026", then "Apr", "Jul"...).
    locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    _style(ax)
    return fig


def text_panel(lines: Sequence[str]) -> Figure:
    fig = _figure(0.2 + 0.2 * max(1, len(lines)), left=0.02, bottom=0.05, top=0.05)
    ax = fig.add_subplot()
    ax.set_axis_off()
    text = ax.text(0, 1, "\n".join(lines) or "None recorded.", va="top", fontsize=8,
                   transform=ax.transAxes)  # fmt: skip
    # fit_width wraps the lines at the width the chart is drawn (matplotlib's own wrapping
    # measures with mathtext, which a "$" in a user's text would break).
    remember(text, TEXT_BLOCK, text.get_text(), 8)
    fit_text_blocks(fig, WIDTH_IN)
    return fig


TITLE_IN = 0.35


def titled(fig: Figure, title: str) -> Figure:
    """Add a title band above a chart without covering its own titles and legends."""
    width, height = fig.get_size_inches()
    params = fig.subplotpars
    scale = height / (height + TITLE_IN)
    fig.set_size_inches(width, height + TITLE_IN)
    fig.subplots_adjust(top=params.top * scale, bottom=params.bottom * scale)
    fig.suptitle(title, fontsize=10, fontweight="bold", x=0.01, y=0.995, ha="left", va="top")
    return fig


def _empty(fig: Figure, ax: object, message: str) -> Figure:
    ax.set_axis_off()  # type: ignore[attr-defined]
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=9,  # type: ignore[attr-defined]
            transform=ax.transAxes)  # type: ignore[attr-defined]  # fmt: skip
    return fig


def _integer_locator() -> MaxNLocator:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)
