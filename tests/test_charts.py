"""The chart functions: drawn at any width without clipping their labels, as pixels."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from brdesk.reports import chart_fit, charts
from brdesk.reports.report_data import ActionLine


def _action(title: str, pillar: int = 1, **extra: object) -> ActionLine:
    values: dict[str, object] = dict(
        pillar=pillar, objective="O", title=title, responsible=None, start=date(2025, 1, 1),
        end=date(2026, 6, 30), status="in_progress", status_label="In progress",
        indicator="Plots", unit=None, baseline=0.0, target=10.0, latest=4.0, sdgs=(15,),
        gbf_targets=(3,),
    )  # fmt: skip
    values.update(extra)
    return ActionLine(**values)  # type: ignore[arg-type]


def test_a_narrower_chart_keeps_room_for_its_labels() -> None:
    long_title = "Restore the upper meadows grazed by the yak herds of three villages"
    fig = charts.indicator_progress([_action(long_title), _action("Count snow leopards", 2)])
    chart_fit.fit_width(fig, 5.5)  # half the page at 1366 pixels, against 6.3 in the report
    assert fig.get_size_inches()[0] == 5.5
    # The long title is wrapped onto two lines rather than taking half the chart.
    labels = [t.get_text() for t in fig.axes[0].texts if t.get_text()]
    assert any("\n" in label for label in labels)
    assert fig.subplotpars.left <= chart_fit.LABEL_SHARE + 0.05
    # The longest label starts inside the figure.
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    lefts = [t.get_window_extent(renderer).x0 for t in fig.axes[0].texts if t.get_text()]
    assert min(lefts) >= 0
    chart_fit.fit_width(fig, 2.0)  # absurdly narrow: the width asked for, a plot still there
    assert fig.get_size_inches()[0] == 2.0
    assert fig.subplotpars.right - fig.subplotpars.left >= 0.33


def test_rgba_pixels_of_the_requested_width() -> None:
    fig = charts.titled(charts.plan_progress([_action("A"), _action("B", 3)]), "Plan progress")
    height_in = fig.get_size_inches()[1]
    pixels, width, height = charts.to_rgba(fig, 500, 96)
    assert width == 500 and height == round(height_in * 96)
    assert len(pixels) == width * height * 4
    # Not blank: some pixels are neither white nor transparent.
    assert any(pixels[i : i + 3] != b"\xff\xff\xff" for i in range(0, len(pixels), 4 * 97))


def test_category_labels_name_every_goal() -> None:
    fig = charts.alignment([_action("A", sdgs=(6, 15), gbf_targets=(1,))])
    sdg_axis, gbf_axis = fig.axes
    assert [t.get_text() for t in sdg_axis.texts] == [str(n) for n in range(1, 18)]
    assert [t.get_text() for t in gbf_axis.texts] == [str(n) for n in range(1, 24)]
    heights = [bar.get_height() for bar in sdg_axis.patches]
    assert heights[5] == 1 and heights[14] == 1 and sum(heights) == 2


def test_months_are_stacked_by_category() -> None:
    fig = charts.observations_per_month(
        {"2025-01": {"species": 3, "climate": 1}, "2025-02": {"species": 2}}
    )
    ax = fig.axes[0]
    assert ax.get_ylim()[1] >= 4  # the tallest stack, 3 + 1
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {"Species", "Climate"}


def test_a_frozen_build_gives_matplotlib_a_lasting_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "stick" / "_internal"), raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("MPLCONFIGDIR", "/tmp/_MEI-temporary")  # what PyInstaller's hook sets
    monkeypatch.delitem(sys.modules, "matplotlib", raising=False)  # "not yet imported"
    charts.lasting_config_dir()
    chosen = Path(os.environ["MPLCONFIGDIR"])
    assert chosen.is_dir() and chosen.parent.parent == tmp_path / "cache"
    # The same build finds the same folder next time; a build elsewhere gets its own.
    charts.lasting_config_dir()
    assert Path(os.environ["MPLCONFIGDIR"]) == chosen
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "other" / "_internal"), raising=False)
    charts.lasting_config_dir()
    assert Path(os.environ["MPLCONFIGDIR"]) != chosen


def test_from_source_matplotlib_keeps_its_own_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPLCONFIGDIR", "/somewhere/chosen")
    charts.lasting_config_dir()
    assert os.environ["MPLCONFIGDIR"] == "/somewhere/chosen"


def test_dollar_signs_in_the_users_texts_are_text() -> None:
    """A "$" starts a formula in matplotlib; in an action title or a site it is a dollar,
    and an unparseable "formula" used to fail the whole chart."""
    title = "Fee of $^{x_$ per visitor"
    for fig in (
        charts.indicator_progress([_action(title)]),
        charts.timeline([_action(title)]),
        charts.text_panel([f"2026-01-01  {title}"]),
    ):
        pixels, width, height = charts.to_rgba(fig, 500, 96)
        assert len(pixels) == width * height * 4
        assert any(title in t.get_text() for ax in fig.axes for t in ax.texts)


def test_the_zone_map_draws_each_zone_and_a_true_scale_bar() -> None:
    import json

    from geographiclib.geodesic import Geodesic
    from matplotlib.patches import PathPatch
    from mpl_toolkits.axes_grid1.anchored_artists import AnchoredSizeBar

    from brdesk.reports.map_chart import zone_map
    from brdesk.services.demo_zones import outlines

    zones = [(k, n, o.geojson()["coordinates"]) for k, n, o in outlines()]
    fig = zone_map(zones, [(86.7, 27.8, "species"), (86.8, 27.9, "threat")])
    ax = fig.axes[0]
    assert len([p for p in ax.patches if isinstance(p, PathPatch)]) == 3
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Core area", "Buffer zone", "Transition area", "Species", "Threat"]
    bar = next(a for a in ax.artists if isinstance(a, AnchoredSizeBar))
    label = bar.txt_label.get_text()
    km = float(label.removesuffix(" km"))
    # The bar's length in data units (degrees of latitude, longitude being squeezed to
    # them) is km on the ground, by geographiclib along a meridian at the map's latitude.
    length = bar.size_bar.get_children()[0].get_width()
    lat0 = 27.8
    ground = Geodesic.WGS84.Inverse(lat0, 86.7, lat0 + length, 86.7)["s12"] / 1000
    assert ground == pytest.approx(km, rel=0.01)
    assert json.dumps(zones)  # plain data: the chart helper process pickles it
