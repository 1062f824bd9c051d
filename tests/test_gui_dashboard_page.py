"""The dashboard page: panels computed off the GUI thread, filters, empty states."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui_helpers import open_window


def _dashboard(window):  # type: ignore[no-untyped-def]
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    page.wait_until_ready()
    return page


def test_the_demo_dashboard_shows_every_panel(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    page = _dashboard(window)
    assert page.titles == [
        "Plan progress by pillar",
        "Indicator progress",
        "Timeline of actions",
        "Alignment with the SDGs and GBF targets",
        "Observations per month",
        "Species richness",
        "Elevation of species records over the years",
        "Map of observation points",
        "Recent threats",
    ]
    assert all(c.isVisible() for c in page.canvases)
    # The panels keep their height and the page scrolls, rather than squeezing them.
    assert page.body.minimumSizeHint().height() > page.scroll.viewport().height()
    assert all(c.height() >= 150 for c in page.canvases)
    page.category.setCurrentIndex(page.category.findData("climate"))
    page.wait_until_ready()
    texts = [t.get_text() for c in page.canvases for ax in c.figure.axes for t in ax.texts]
    assert "No species records yet" in texts  # a climate-only view has no richness


def test_an_empty_folder_gets_empty_states(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "data")
    page = _dashboard(window)
    assert len(page.canvases) == 9
    texts = [t.get_text() for c in page.canvases for ax in c.figure.axes for t in ax.texts]
    assert "No observations yet: import or add some" in texts
