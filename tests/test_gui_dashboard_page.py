"""The dashboard page: panels computed off the GUI thread, filters, empty states."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from brdesk.ui.dialogs.chart_dialog import ChartDialog
from tests.gui_helpers import ScriptedPrompts, open_window


def _dashboard(window):  # type: ignore[no-untyped-def]
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    page.ctx.operations.wait_all()
    return page


def test_the_demo_dashboard_shows_every_panel(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    page = _dashboard(window)
    assert page.titles == [
        "Plan progress by pillar",
        "Indicator progress",
        "Timeline of actions",
        "Alignment with the SDGs and GBF targets",
        "Management effectiveness",
        "Observations per month",
        "Species richness",
        "Elevation of species records over the years",
        "Map: zones and observations",
        "Recent threats",
    ]
    assert all(c.isVisible() for c in page.views)
    # The panels keep their height and the page scrolls, rather than squeezing them.
    assert page.body.minimumSizeHint().height() > page.scroller.viewport().height()
    assert all(c.height() >= 150 for c in page.views)
    page.category.setCurrentIndex(page.category.findData("climate"))
    page.ctx.operations.wait_all()
    texts = [t.get_text() for c in page.views for ax in c.figure.axes for t in ax.texts]
    assert "No species records yet" in texts  # a climate-only view has no richness


def test_an_empty_folder_gets_empty_states(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "data")
    page = _dashboard(window)
    assert len(page.views) == 9
    texts = [t.get_text() for c in page.views for ax in c.figure.axes for t in ax.texts]
    assert "No observations yet: import or add some" in texts


def test_panels_follow_the_width_and_open_large(
    qtbot: QtBot, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_dir)
    page = _dashboard(window)
    assert page.columns() == 2
    wide = page.views[0].drawn_width()
    assert abs(wide - page.column_width()) <= 4  # drawn for its column, not stretched
    assert page.views[1].x() > page.views[0].x()  # side by side

    window.resize(900, 700)  # narrower: one column, each panel redrawn at the new width
    qtbot.waitUntil(lambda: page.columns() == 1 and page.views[1].x() == page.views[0].x())
    qtbot.waitUntil(lambda: not page.busy and page.views[0].drawn_width() != wide, timeout=20_000)
    page.ctx.operations.wait_all()
    assert abs(page.views[0].drawn_width() - page.column_width()) <= 4

    opened = []

    def fake_exec(dialog: ChartDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(ChartDialog, "exec", fake_exec)
    map_view = page.views[page.titles.index("Map: zones and observations")]
    map_view.setFocus()
    qtbot.keyClick(map_view, Qt.Key.Key_Return)
    assert len(opened) == 1
    dialog = opened[0]
    assert dialog.windowTitle() == "Map: zones and observations"
    assert dialog.canvas.figure.axes[0].collections  # the points, in a live canvas
    assert dialog.toolbar is not None


def test_a_new_filter_supersedes_the_running_one(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    page = _dashboard(window)
    page.category.setCurrentIndex(page.category.findData("threat"))
    page.category.setCurrentIndex(page.category.findData("species"))  # before the first ends
    page.ctx.operations.wait_all()
    qtbot.waitUntil(lambda: not page.busy)
    months = page.views[page.titles.index("Observations per month")].figure
    labels = {t.get_text() for t in months.axes[0].get_legend().get_texts()}
    assert labels == {"Species"}  # the last choice wins, whatever finished first


def test_export_runs_in_the_background(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    page = _dashboard(window)
    target = tmp_path / "dash.pdf"
    prompts.queue("choose_save", target)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert not page.export_button.isEnabled()  # no second export while one runs
    qtbot.waitUntil(lambda: "tell_written" in prompts.kinds(), timeout=60_000)
    assert str(target) in prompts.texts("tell_written")[0]
    assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert page.export_button.isEnabled()


def test_the_helper_process_draws_half_the_panels(qtbot: QtBot, demo_dir: Path) -> None:
    from brdesk.reports import chart_helper

    helper = chart_helper.shared()
    helper.start()
    assert helper.wait_ready(120)
    window = open_window(qtbot, demo_dir)
    page = _dashboard(window)
    page.refresh()  # the first drawing may have begun before the helper was ready
    page.ctx.operations.wait_all()
    qtbot.waitUntil(lambda: not page.busy)
    drawn_in = [view.drawn_in for view in page.views]
    assert len(drawn_in) == 10 and "helper" in drawn_in and "here" in drawn_in
    from_helper = page.views[drawn_in.index("helper")]
    assert from_helper.image is not None and not from_helper.image.isNull()
    # Its Figure, for what reads the chart, is built on demand from the same panel.
    assert from_helper.figure.axes and from_helper.figure.texts
