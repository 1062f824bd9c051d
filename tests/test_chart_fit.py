"""Every dashboard panel reads at the widths the page gives it, with the demo's data and
with a nearly empty plan: no text (title, tick label, legend entry, axis label) runs off
the picture."""

from __future__ import annotations

from datetime import date

import pytest

from brdesk.reports import chart_fit
from brdesk.reports.panel import Panel
from brdesk.services.dashboard import DashboardFilter, dashboard_panels

#: The page's column widths at 96 dpi: one column on a narrow window, two on a 1366-px
#: laptop (about 545 px each), one wide column, and the Word report's text width.
WIDTHS_PX = (420, 545, 1100, 605)
DPI = 96


def _clipped_texts(panel: Panel, width_px: int) -> list[str]:
    """What is drawn outside the picture: texts (titles, labels, notes) one by one, and
    each plot with its tick labels, axis labels and legend as a whole (a tick outside the
    plot's range exists but is not drawn, so ticks are judged by what is drawn)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = panel.figure()
    fig.set_dpi(DPI)
    chart_fit.fit_width(fig, width_px / DPI)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    frame = fig.bbox

    def outside(box: object) -> bool:
        return bool(
            box.x0 < frame.x0 - 1  # type: ignore[attr-defined]
            or box.x1 > frame.x1 + 1  # type: ignore[attr-defined]
            or box.y0 < frame.y0 - 1  # type: ignore[attr-defined]
            or box.y1 > frame.y1 + 1  # type: ignore[attr-defined]
        )

    where = f"{panel.title} at {width_px}px"
    clipped = []
    texts = [*fig.texts, *(t for ax in fig.axes for t in ax.texts)]
    for text in texts:
        if text.get_visible() and text.get_text().strip():
            box = text.get_window_extent(renderer)
            if outside(box):
                clipped.append(f"{where}: '{text.get_text()[:60]}' ({box})")
    for ax in fig.axes:
        legend = ax.get_legend()
        if legend is not None and outside(legend.get_window_extent(renderer)):
            labels = [t.get_text() for t in legend.get_texts()]
            clipped.append(f"{where}: legend {labels}")
        if ax.axison and outside(ax.get_tightbbox(renderer)):
            clipped.append(f"{where}: a plot's axes ({ax.get_tightbbox(renderer)})")
    return clipped


def _all_clipped(panels: list[Panel]) -> list[str]:
    return [c for panel in panels for width in WIDTHS_PX for c in _clipped_texts(panel, width)]


def test_demo_panels_fit_every_width(demo_store: object) -> None:
    panels = list(dashboard_panels(demo_store, DashboardFilter()))
    assert len(panels) == 10  # with the demo's self-assessments
    assert _all_clipped(panels) == []


@pytest.fixture
def nearly_empty(store: object) -> object:
    """One action with dates and an indicator, one species observation with an elevation."""
    from brdesk.services.observations import ObservationService
    from brdesk.services.plan import ActionService, ObjectiveService, PlanService

    plan = PlanService(store).create(title="Plan")
    objective = ObjectiveService(store).create(plan_id=plan.id, pillar_id=3, title="Glaciers")
    ActionService(store).create(
        objective_id=objective.id, title="Cancelled survey of the Sanjha glacier snout",
        status="cancelled", start_date=date(2025, 3, 1), end_date=date(2025, 7, 31),
        indicator_baseline=0, indicator_target=4, indicator_latest=1, sdgs=[13],
    )  # fmt: skip
    ObservationService(store).create(
        observed_on=date(2025, 5, 2), category="species", subject="Panthera uncia",
        latitude=27.9, longitude=86.9, elevation_m=4650, count=1,
    )  # fmt: skip
    return store


def test_nearly_empty_panels_fit_every_width(nearly_empty: object) -> None:
    panels = list(dashboard_panels(nearly_empty, DashboardFilter()))
    assert _all_clipped(panels) == []
