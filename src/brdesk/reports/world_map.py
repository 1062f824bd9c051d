"""The cohort's reserves on a world map, drawn offline from Natural Earth's 1:110m
countries (data/world-110m.json): each reserve a numbered point, the numbers keyed in the
tables beside it. Equirectangular (plate carrée): a locator map, so no scale bar, which
would be true only along one latitude."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from brdesk import reference
from brdesk.reports.chart_base import figure

if TYPE_CHECKING:
    from matplotlib.figure import Figure

LAND = "#E4E7E0"
COAST = "#9AA39A"
POINT = "#B5361F"
#: Degrees of margin around the reserves; a cohort spread over half the world shows it all.
MARGIN = 12.0


def world_map(places: Sequence[tuple[int, float, float]], max_height_in: float = 4.2) -> Figure:
    """places: (number, lat, lon) per placed reserve."""
    from matplotlib.collections import PolyCollection

    from brdesk.reports.chart_base import WIDTH_IN

    west, east, south, north = _extent(places)
    # The figure as tall as the extent needs (no blank bands above and below the map).
    height = min(max_height_in, max(2.2, WIDTH_IN * 0.98 * (north - south) / (east - west)))
    fig = figure(height, left=0.01, bottom=0.02, top=0.02)
    fig.subplots_adjust(right=0.99)
    ax = fig.add_subplot()
    rings = [_unwrapped(polygon[0]) for country in reference.world_outlines()
             for polygon in country.polygons]  # fmt: skip
    ax.add_collection(PolyCollection(rings, facecolors=LAND, edgecolors=COAST, linewidths=0.3))
    if places:
        lats = [lat for _n, lat, _lon in places]
        lons = [lon for _n, _lat, lon in places]
        ax.scatter(lons, lats, s=22, color=POINT, edgecolors="white", linewidths=0.6, zorder=3)
        # Reserves at one place (participants from the same reserve) share one label.
        shared: dict[tuple[float, float], list[int]] = {}
        for number, lat, lon in places:
            shared.setdefault((round(lat, 1), round(lon, 1)), []).append(number)
        for (lat, lon), numbers in shared.items():
            label = ", ".join(map(str, sorted(numbers)))
            ax.annotate(label, (lon, lat), xytext=(4, 3), textcoords="offset points",
                        fontsize=7, color="#222222", zorder=4)  # fmt: skip
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ax.spines.values():
        side.set_color("#CCCCCC")
    ax.set_facecolor("#F4F8FB")
    return fig


def _extent(places: Sequence[tuple[int, float, float]]) -> tuple[float, float, float, float]:
    """West, east, south, north: the reserves with a margin, at least 60 degrees across;
    the whole world (without Antarctica) when there are none."""
    if not places:
        return -180.0, 180.0, -58.0, 84.0
    lats = [lat for _n, lat, _lon in places]
    lons = [lon for _n, _lat, lon in places]
    west, east = min(lons) - MARGIN, max(lons) + MARGIN
    south, north = min(lats) - MARGIN, max(lats) + MARGIN
    if east - west < 60:
        middle = (east + west) / 2
        west, east = middle - 30, middle + 30
    if north - south < 30:
        middle = (north + south) / 2
        south, north = middle - 15, middle + 15
    return max(-180.0, west), min(180.0, east), max(-58.0, south), min(84.0, north)


def _unwrapped(ring: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring across the antimeridian (Fiji, Chukotka) drawn on the east side, not as a band
    around the world."""
    xs = [x for x, _y in ring]
    if max(xs) - min(xs) <= 180:
        return list(ring)
    return [(x + 360 if x < 0 else x, y) for x, y in ring]
