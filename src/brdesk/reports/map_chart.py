"""The reserve's map as a figure (the dashboard, its export and the Word report): the zones
filled in their colours, observation points on top by category, a legend, a scale bar and
a north arrow. No tiles: drawn from the data alone, offline. Sensitive points arrive
already generalised (services/dashboard.sample_points).

Same projection as the window's map (ui/widgets/zone_map.py): degrees of longitude
shortened by the cosine of the mean latitude, so that shapes and the scale bar are true.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from brdesk.db.vocab import CATEGORIES, ZONE_KINDS
from brdesk.palette import CATEGORY_COLOURS, ZONE_COLOURS, ZONE_EDGE
from brdesk.reports.chart_base import empty, figure
from brdesk.reports.chart_words import chart_text

if TYPE_CHECKING:
    from matplotlib.figure import Figure

NICE_KM = (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500)


def _km_per_degree_latitude(lat: float) -> float:
    phi = math.radians(lat)
    return (111_132.954 - 559.822 * math.cos(2 * phi) + 1.175 * math.cos(4 * phi)) / 1000


def zone_map(
    zones: Sequence[tuple[str, str, Any]],
    points: Sequence[tuple[float, float, str]],
    height_in: float = 3.6,
) -> Figure:
    """zones: (kind, name, GeoJSON polygon coordinates), largest first; points: (lon, lat,
    category)."""
    import numpy as np
    from matplotlib.patches import Patch, PathPatch
    from matplotlib.path import Path

    fig = figure(height_in, left=0.02, bottom=0.1, top=0.2)
    fig.subplots_adjust(right=0.98)
    ax = fig.add_subplot()
    if not zones and not points:
        return empty(fig, ax, chart_text("No zones and no located observations yet"))
    lats = [y for _, _, polygons in zones for polygon in polygons for _, y in polygon[0]]
    lats += [y for _, y, _ in points]
    lat0 = (min(lats) + max(lats)) / 2
    squeeze = math.cos(math.radians(lat0))
    for kind, _name, polygons in zones:
        vertices, codes = [], []
        for polygon in polygons:
            for ring in polygon:
                xy = [(x * squeeze, y) for x, y in ring]
                vertices += xy
                codes += [Path.MOVETO] + [Path.LINETO] * (len(xy) - 2) + [Path.CLOSEPOLY]
        ax.add_patch(PathPatch(
            Path(np.asarray(vertices), codes), facecolor=ZONE_COLOURS.get(kind, "#FFFFFF"),
            edgecolor=ZONE_EDGE, linewidth=0.6, alpha=0.6,
        ))  # fmt: skip
    handles: list[Any] = [
        Patch(
            facecolor=ZONE_COLOURS[k],
            edgecolor=ZONE_EDGE,
            alpha=0.6,
            label=chart_text(ZONE_KINDS[k]),
        )
        for k in ZONE_KINDS
        if any(z[0] == k for z in zones)
    ]
    for category, label in CATEGORIES.items():
        mine = [(x * squeeze, y) for x, y, c in points if c == category]
        if mine:
            at = np.array(mine, dtype=float)
            handles.append(ax.scatter(at[:, 0], at[:, 1], s=3, marker="s", alpha=0.7,
                                      color=CATEGORY_COLOURS[category],
                                      label=chart_text(label)))  # fmt: skip
    # The extent by hand: a lone point (or points all in one place) would otherwise leave
    # matplotlib an empty range to widen as it pleases.
    xs = [x * squeeze for _, _, polygons in zones for polygon in polygons for x, _ in polygon[0]]
    xs += [x * squeeze for x, _, _ in points]
    ys = lats
    pad_x = max((max(xs) - min(xs)) * 0.05, 0.01)
    pad_y = max((max(ys) - min(ys)) * 0.05, 0.01)
    ax.update_datalim([(min(xs) - pad_x, min(ys) - pad_y), (max(xs) + pad_x, max(ys) + pad_y)])
    ax.margins(0)
    ax.autoscale_view()
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ax.spines.values():
        side.set_color("#BBBBBB")
    ax.legend(handles=handles, fontsize=6.5, markerscale=2.5, loc="upper left",
              framealpha=0.85, edgecolor="none")  # fmt: skip
    _scale_bar(ax, lat0)
    _north_arrow(ax)
    return fig


def _scale_bar(ax: Any, lat0: float) -> None:
    """A bar of a round length near a quarter of the map's width, bottom left. Anchored to
    the plot and drawn in data units at draw time: the dashboard fits a figure to its
    column's width after it is made, and the equal aspect then widens the range shown."""
    from mpl_toolkits.axes_grid1.anchored_artists import AnchoredSizeBar

    x0, x1 = ax.get_xlim()
    km_per_unit = _km_per_degree_latitude(lat0)  # x is squeezed: one unit is one latitude degree
    room = (x1 - x0) * km_per_unit / 4
    km = max([k for k in NICE_KM if k <= room] or [NICE_KM[0]])
    ax.add_artist(AnchoredSizeBar(
        ax.transData, km / km_per_unit, f"{km:g} km", "lower left", pad=0.4, sep=3,
        frameon=True, size_vertical=0, fontproperties={"size": 7},
    ))  # fmt: skip


def _north_arrow(ax: Any) -> None:
    ax.annotate(
        chart_text("N"), xy=(0.95, 0.95), xytext=(0.95, 0.83), xycoords="axes fraction",
        ha="center", va="center", fontsize=8, fontweight="bold",
        arrowprops={"arrowstyle": "-|>", "color": "#222222", "linewidth": 1.2},
    )  # fmt: skip
