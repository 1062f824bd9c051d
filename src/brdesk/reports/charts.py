"""Charts as matplotlib Figures, shared by the Word report and the dashboard.

No pyplot (no global state, safe off the GUI thread) and no Qt: the caller embeds a Figure
in a Qt canvas or renders it to PNG. matplotlib is imported by the functions, never at
start-up.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from brdesk import reference
from brdesk.db.vocab import ACTION_STATUSES, CATEGORIES
from brdesk.palette import CATEGORY_COLOURS, PILLAR_COLOURS, STATUS_COLOURS
from brdesk.reports.chart_base import (
    PRINT_DPI,
    WIDTH_IN,
    category_labels,
    empty,
    figure,
    integer_locator,
    label_margin,
    lasting_config_dir,
    load,
    style,
    subtitle,
    titled,
    to_png,
    to_rgba,
)
from brdesk.reports.chart_fit import (
    TEXT_BLOCK,
    fit_text_blocks,
    legend_above,
    remember,
    short,
)
from brdesk.reports.chart_words import chart_language, chart_text
from brdesk.reports.map_chart import zone_map
from brdesk.reports.report_data import ActionLine

# the charts, and what callers use of the shared part by the names they always used
__all__ = [
    "PRINT_DPI",
    "WIDTH_IN",
    "alignment",
    "effectiveness_radar",
    "elevation_over_years",
    "indicator_progress",
    "lasting_config_dir",
    "load",
    "observations_by_year",
    "observations_per_month",
    "plan_progress",
    "richness",
    "text_panel",
    "timeline",
    "titled",
    "to_png",
    "to_rgba",
    "zone_map",
]

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def plan_progress(actions: Sequence[ActionLine]) -> Figure:
    """Actions per pillar, stacked by status."""
    pillars = reference.pillars(chart_language())
    labels = [f"{p.number}. {p.name}" for p in pillars][::-1]
    fig = figure(2.6, left=label_margin(labels), bottom=0.45, top=0.45)
    from matplotlib.ticker import MaxNLocator

    ax = fig.add_subplot()
    counts = Counter((a.pillar, a.status) for a in actions)
    left = [0] * len(pillars)
    for status, label in ACTION_STATUSES.items():
        values = [counts[(p.number, status)] for p in pillars][::-1]
        ax.barh(range(len(labels)), values, left=left, color=STATUS_COLOURS[status],
                label=chart_text(label), height=0.6)  # fmt: skip
        left = [a + b for a, b in zip(left, values, strict=True)]
    category_labels(ax, "y", labels)
    ax.set_xlabel(chart_text("Actions"), fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    legend_above(ax)
    style(ax)
    if not actions:
        ax.text(0.5, 0.5, chart_text("No actions yet"), ha="center", va="center",
                transform=ax.transAxes)  # fmt: skip
    return fig


def indicator_progress(actions: Sequence[ActionLine], limit: int = 15) -> Figure:
    """How far each action's indicator has come from baseline to target (percent)."""
    measured = [(a, a.achievement()) for a in actions]
    shown = [(a, v) for a, v in measured if v is not None][:limit]
    labels = [short(a.title, 44) for a, _ in shown][::-1]
    left = label_margin(labels) if shown else 0.1
    fig = figure(max(1.8, 0.28 * len(shown) + 0.8), left=left, bottom=0.45, top=0.3)
    ax = fig.add_subplot()
    if not shown:
        nothing = chart_text("No indicator has a target and a latest value yet")
        ax.text(0.5, 0.5, nothing, ha="center", va="center", transform=ax.transAxes, fontsize=9)
        ax.set_axis_off()
        return fig
    values = [max(0.0, min(v, 1.5)) * 100 for _, v in shown][::-1]
    colours = [PILLAR_COLOURS[a.pillar] for a, _ in shown][::-1]
    ax.barh(range(len(labels)), values, color=colours, height=0.6)
    category_labels(ax, "y", labels)
    ax.axvline(100, color="#333333", linewidth=0.8, linestyle="--")
    ax.set_xlim(0, 150)
    from matplotlib.patches import Patch

    pillars = sorted({a.pillar for a, _ in shown})
    pillar = chart_text("Pillar {number}")
    legend_above(ax, handles=[Patch(color=PILLAR_COLOURS[p], label=pillar.format(number=p))
                              for p in pillars])  # fmt: skip
    ax.set_xlabel(chart_text("Progress from baseline to target (%)"), fontsize=8)
    style(ax)
    return fig


def observations_by_year(by_year: dict[int, dict[str, int]]) -> Figure:
    """Observations per year, stacked by category."""
    fig = figure(2.6, left=0.11, bottom=0.3, top=0.45)
    ax = fig.add_subplot()
    years = sorted(by_year)
    if not years:
        ax.text(0.5, 0.5, chart_text("No observations yet"), ha="center", va="center",
                transform=ax.transAxes)  # fmt: skip
        ax.set_axis_off()
        return fig
    bottom = [0] * len(years)
    for category, label in CATEGORIES.items():
        values = [by_year[y].get(category, 0) for y in years]
        if not any(values):
            continue
        ax.bar([str(y) for y in years], values, bottom=bottom, label=chart_text(label),
               color=CATEGORY_COLOURS[category], width=0.7)  # fmt: skip
        bottom = [a + b for a, b in zip(bottom, values, strict=True)]
    ax.set_ylabel(chart_text("Observations"), fontsize=8)
    legend_above(ax)
    style(ax)
    return fig


def alignment(actions: Sequence[ActionLine]) -> Figure:
    """Actions per SDG and per GBF target; goals no action serves show as empty slots."""
    fig = figure(3.2, left=0.06, bottom=0.3, top=0.25)
    from matplotlib.ticker import MaxNLocator

    fig.subplots_adjust(hspace=0.6)
    top, bottom = fig.subplots(2, 1)
    for ax, goals, attr, heading in (
        (top, reference.sdgs(), "sdgs", chart_text("Actions per SDG")),
        (bottom, reference.gbf_targets(), "gbf_targets", chart_text("Actions per GBF target")),
    ):
        counts = Counter(n for a in actions for n in getattr(a, attr))
        numbers = [g.number for g in goals]
        values = [counts[n] for n in numbers]
        ax.bar(range(len(numbers)), values, color="#0072B2", width=0.7)
        ax.set_ylim(0, max(1, *values) * 1.1)  # whole actions, even when none serves any
        category_labels(ax, "x", [str(n) for n in numbers], fontsize=7.5)
        subtitle(ax, heading)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        style(ax)
    return fig


# --- dashboard panels --------------------------------------------------------------------


def observations_per_month(per_month: dict[str, dict[str, int]]) -> Figure:
    """Observations per month, stacked by category: one filled step outline a category,
    not a bar a month (nine years of months as bars took 0.8 s to build and draw)."""
    fig = figure(2.6, left=0.09, bottom=0.45, top=0.45)
    ax = fig.add_subplot()
    months = sorted(per_month)
    if not months:
        return empty(fig, ax, chart_text("No observations yet: import or add some"))
    bottom = [0] * len(months)
    edges = list(range(len(months) + 1))
    for category, label in CATEGORIES.items():
        values = [per_month[m].get(category, 0) for m in months]
        if any(values):
            top = [a + b for a, b in zip(bottom, values, strict=True)]
            # fill_between, not stairs: stairs walks its outline in Python to find the
            # limits (0.1 s for nine years of months); the limits are set below anyway.
            ax.fill_between(edges, bottom + bottom[-1:], top + top[-1:], step="post",
                            color=CATEGORY_COLOURS[category], label=chart_text(label),
                            linewidth=0)  # fmt: skip
            bottom = top
    ticks, names = _month_ticks(months)
    ax.set_xticks(ticks, names, fontsize=7)
    ax.set_xlim(0, len(months))
    ax.set_ylim(0, max(bottom) * 1.05 or 1)
    ax.set_ylabel(chart_text("Observations"), fontsize=8)
    legend_above(ax)
    style(ax)
    return fig


def _month_ticks(months: Sequence[str]) -> tuple[list[float], list[str]]:
    """Ticks for a run of "YYYY-MM" months, written flat: over two years, a tick at each
    January (every few years for decades) labelled with the year; else every month or
    second month, "Jan" with the year under it where the year starts or changes."""
    names = [chart_text(m) for m in MONTHS]
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
    fig = figure(2.4, left=0.08, bottom=0.5, top=0.35)
    fig.subplots_adjust(wspace=0.3)
    left, right = fig.subplots(1, 2)
    if not richness_by_year:
        empty(fig, left, chart_text("No species records yet"))
        right.set_axis_off()
        return fig
    years = sorted(richness_by_year)
    left.bar([str(y) for y in years], [richness_by_year[y] for y in years], color="#009E73")
    left.tick_params(axis="x", labelrotation=45)
    subtitle(left, chart_text("Taxa recorded per year"))
    right.step([r for r, _ in accumulation], [t for _, t in accumulation], where="post",
               color="#0072B2")  # fmt: skip
    subtitle(right, chart_text("Species accumulation"))
    right.set_xlabel(chart_text("Species records"), fontsize=8)
    for ax in (left, right):
        style(ax)
    return fig


def elevation_over_years(elevation_by_year: dict[int, tuple[float, float, float]]) -> Figure:
    """Where species are recorded along the gradient, year by year (median, 10-90 %)."""
    fig = figure(2.4, left=0.1, bottom=0.45, top=0.35)
    ax = fig.add_subplot()
    years = sorted(elevation_by_year)
    if not years:
        return empty(fig, ax, chart_text("No species records with an elevation yet"))
    low = [elevation_by_year[y][0] for y in years]
    mid = [elevation_by_year[y][1] for y in years]
    high = [elevation_by_year[y][2] for y in years]
    if len(years) == 1:
        # One year is a point and its range, not a band over years that have no data.
        ax.vlines(years, low, high, color="#56B4E9", linewidth=8,
                  label=chart_text("10-90 % of records"))  # fmt: skip
        ax.set_xlim(years[0] - 1, years[0] + 1)
        ax.set_xticks(years, [str(years[0])])
    else:
        ax.fill_between(years, low, high, color="#56B4E9", alpha=0.35,
                        label=chart_text("10-90 % of records"))  # fmt: skip
        ax.xaxis.set_major_locator(integer_locator())
        ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    ax.plot(years, mid, color="#0072B2", marker="o", label=chart_text("median"), linestyle="-")
    ax.set_ylabel(chart_text("Elevation (m)"), fontsize=8)
    ax.legend(fontsize=7, loc="lower right", frameon=False)
    style(ax)
    return fig


def timeline(actions: Sequence[ActionLine]) -> Figure:
    """The actions over the plan period, coloured by pillar."""
    dated = [a for a in actions if a.start and a.end][:30]
    labels = [short(a.title, 40) for a in dated][::-1]
    left = label_margin(labels) if dated else 0.1
    fig = figure(max(1.8, 0.22 * len(dated) + 0.9), left=left, bottom=0.45, top=0.2)
    ax = fig.add_subplot()
    if not dated:
        return empty(fig, ax, chart_text("No action has a start and an end date yet"))
    from matplotlib.dates import date2num

    rows = dated[::-1]
    starts = [float(date2num(a.start)) for a in rows]  # type: ignore[no-untyped-call]
    ends = [float(date2num(a.end)) for a in rows]  # type: ignore[no-untyped-call]
    # One call for every bar: each barh() call re-measures the axes' limits.
    ax.barh(range(len(rows)), [e - s for s, e in zip(starts, ends, strict=True)], left=starts,
            color=[PILLAR_COLOURS[a.pillar] for a in rows], height=0.6)  # fmt: skip
    category_labels(ax, "y", labels)
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    # Months for a season's plan, years for a decade's: the locator picks, the formatter
    # writes each date once ("2026", then "Apr", "Jul"...).
    locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    style(ax)
    return fig


def text_panel(lines: Sequence[str]) -> Figure:
    fig = figure(0.2 + 0.2 * max(1, len(lines)), left=0.02, bottom=0.05, top=0.05)
    ax = fig.add_subplot()
    ax.set_axis_off()
    text = ax.text(0, 1, "\n".join(lines) or chart_text("None recorded."), va="top", fontsize=8,
                   transform=ax.transAxes)  # fmt: skip
    # fit_width wraps the lines at the width the chart is drawn (matplotlib's own wrapping
    # measures with mathtext, which a "$" in a user's text would break).
    remember(text, TEXT_BLOCK, text.get_text(), 8)
    fit_text_blocks(fig, WIDTH_IN)
    return fig


def effectiveness_radar(
    labels: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]]
) -> Figure:
    """The six WCPA elements as the spokes of a radar, one outline per assessment (a share
    of the maximum, 0–100 %). An element with nothing answered is left a gap on its spoke,
    not drawn as zero."""
    fig = figure(3.4, left=0.02, bottom=0.3, top=0.45)
    # A PolarAxes (typed as a plain Axes by add_subplot).
    ax: Any = fig.add_subplot(projection="polar")
    count = len(labels)
    # Clockwise from the top, as people read a radar.
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    angles = [2 * math.pi * i / count for i in range(count)]
    colours = ("#1f6f8b", "#c0392b", "#7d8c2e")
    for (name, values), colour in zip(series, colours, strict=False):
        closed = [*values, values[0]] if values else []
        points = [(a, v) for a, v in zip([*angles, angles[0]], closed, strict=True)]
        drawn = [(a, v if v is not None else float("nan")) for a, v in points]
        ax.plot([a for a, _ in drawn], [v for _, v in drawn], color=colour, linewidth=1.6,
                marker="o", markersize=3, label=name)  # fmt: skip
        known = [(a, v) for a, v in points if v is not None]
        if len(known) == len(points):
            ax.fill([a for a, _ in known], [v for _, v in known], color=colour, alpha=0.12)
    ax.set_xticks(angles)
    ax.set_xticklabels(labels, fontsize=8)
    ax.set_ylim(0, 100)
    ax.set_yticks([25, 50, 75, 100])
    ax.set_yticklabels(["25%", "50%", "75%", "100%"], fontsize=6, color="#666666")
    ax.set_rlabel_position(180 / count)
    ax.tick_params(axis="x", pad=6)
    ax.grid(color="#cccccc", linewidth=0.6)
    if len(series) > 1:
        # In the figure's empty corner: a round chart leaves the corners free.
        fig.legend(*ax.get_legend_handles_labels(), loc="lower left", fontsize=7,
                   frameon=False, bbox_to_anchor=(0.01, 0.01))  # fmt: skip
    if not series or all(v is None for _, values in series for v in values):
        ax.text(0, 0, chart_text("Nothing answered yet"), ha="center", va="center", fontsize=9)
    return fig
