"""The Map page and the zones in the window, pressed as a user presses them: the page opened
from the View menu, its numbers checked against the data, the disagreeing observations one
click away, a shapefile imported through the dialog, an action given its zones, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from brdesk.services.plan import ActionService
from brdesk.services.zones import ZoneService
from brdesk.ui.dialogs.zone_import_dialog import ZoneImportDialog
from tests.conftest import FIXTURES
from tests.gui_helpers import ScriptedPrompts, open_window, tick


def _menu_action(window: object, shortcut: str) -> QAction:
    for action in window.findChildren(QAction):  # type: ignore[attr-defined]
        if action.shortcut() == QKeySequence(shortcut):
            return action
    raise AssertionError(f"no action for {shortcut}")


def _open_map(qtbot: QtBot, window: object) -> object:
    _menu_action(window, "Ctrl+6").trigger()
    page = window.pages["map"]  # type: ignore[attr-defined]
    assert window.current_page() is page  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.summary is not None and page.counts.rowCount() > 0)
    qtbot.waitUntil(lambda: page.status.text() != "Reading the zones…")
    return page


def _import_dialog(
    qtbot: QtBot, window: object, prompts: ScriptedPrompts, name: str
) -> tuple[object, ZoneImportDialog]:
    """The Map page's Import zones… pressed, the fixture file chosen: the dialog it opens."""
    page = _open_map(qtbot, window)
    prompts.queue("choose_open", str(FIXTURES / "zones" / name))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    def shown() -> ZoneImportDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ZoneImportDialog)]
        return next((w for w in found if w.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None)
    dialog = shown()
    assert dialog is not None
    return page, dialog


def _cell(table: object, row: int, column: int) -> str:
    return table.item(row, column).text()  # type: ignore[attr-defined]


def test_the_map_shows_the_demo_zones_with_their_numbers(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    page = _open_map(qtbot, window)
    assert sorted(page.map.zone_items) == ["Buffer zone", "Core area", "Transition area"]
    assert page.map.kinds_shown == ["core", "buffer", "transition"]
    assert page.status.text() == "3 zones; 3,000 located observations."
    # Areas beside the profile's, the transition area flagged.
    zones = {z.kind: z.area_ha for z in ZoneService(window.store).list()}
    assert _cell(page.areas, 0, 1) == f"{zones['core']:,.0f}"
    assert _cell(page.areas, 0, 2) == "145,000"
    assert _cell(page.areas, 2, 3) == "the map's is 13% larger"
    assert page.areas.item(2, 3).foreground().color().name() == "#b00020"
    assert page.areas.item(0, 3).foreground().color().name() != "#b00020"
    # What the zones hold, against the data.
    with window.store.dbapi() as conn:
        held = dict(conn.execute(
            "SELECT z.name, count(*) FROM observation_zone o JOIN reserve_zone z "
            "ON z.id = o.zone_id GROUP BY z.name"
        ).fetchall())  # fmt: skip
        differing = conn.execute(
            "SELECT count(*) FROM observation o JOIN observation_zone z ON z.observation_id = o.id "
            "WHERE o.zone != z.map_zone"
        ).fetchone()[0]
    shown = {_cell(page.counts, r, 0): int(_cell(page.counts, r, 1).replace(",", ""))
             for r in range(page.counts.rowCount())}  # fmt: skip
    assert shown == held
    # One year chosen: fewer observations, the same zones.
    page.year.setCurrentIndex(1)
    year = page.year.currentData()
    assert year == page.summary.years[-1]
    in_year = sum(
        int(_cell(page.counts, r, 1).replace(",", "")) for r in range(page.counts.rowCount())
    )
    assert 0 < in_year < sum(held.values())
    # The observations recorded in another zone, one click away.
    assert page.differs.text().startswith(f"{differing:,} observations recorded in another zone")
    qtbot.mouseClick(page.show_differing, Qt.MouseButton.LeftButton)
    observations = window.pages["observations"]
    assert window.current_page() is observations
    assert observations.filters.map_zone.currentText() == "Recorded ≠ map"
    qtbot.waitUntil(lambda: not observations.loading and observations.model.total == differing)


def test_zoom_pan_and_the_scale_bar(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    page = _open_map(qtbot, window)
    view = page.map
    before = view.metres_per_pixel()
    metres, pixels = view.scale_bar_metres()
    assert 0 < pixels <= view.viewport().width() / 4
    assert metres == round(metres) and metres > 0
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.metres_per_pixel() == pytest.approx(before / 1.25)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert abs(view.metres_per_pixel() - before) < before * 1e-6
    # What a pixel covers on the ground, against geographiclib's geodesic over the degree
    # of latitude around the map's centre.
    from geographiclib.geodesic import Geodesic

    pixels_per_degree = view.transform().m22() * 10_000
    degree = Geodesic.WGS84.Inverse(view.lat0 - 0.5, 86.7, view.lat0 + 0.5, 86.7)["s12"]
    assert view.metres_per_pixel() * pixels_per_degree == pytest.approx(degree, rel=1e-4)


def test_a_shapefile_imported_through_the_dialog(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    page, dialog = _import_dialog(qtbot, window, prompts, "qgis_zones_utm42n.shp")
    assert "UTM zone 42N" in dialog.notes.text()
    assert dialog.field_box.currentText() == "zone"
    kinds = [dialog.table.cellWidget(r, 2).currentData() for r in range(3)]
    assert kinds == ["core", "buffer", "transition"]
    assert sorted(dialog.preview.zone_items) == [
        "Sary-Chelek buffer zone", "Sary-Chelek core area", "Sary-Chelek transition area",
    ]  # fmt: skip
    assert "removed: Core area, Buffer zone, Transition area" in dialog.summary.text()
    # The transition area left out, the core renamed.
    transition = dialog.table.cellWidget(2, 2)
    assert isinstance(transition, QComboBox)
    transition.setCurrentIndex(transition.findText("Leave out"))
    name = dialog.table.cellWidget(0, 3)
    assert isinstance(name, QLineEdit)
    name.selectAll()
    qtbot.keyClicks(name, "Core area")
    assert "2 of 3 features become zones" in dialog.summary.text()
    assert "redrawn, keeping the actions that name them: Core area" in dialog.summary.text()
    # A zone without a name cannot be written.
    name.clear()
    assert not dialog.replace_button.isEnabled()
    qtbot.keyClicks(name, "Core area")
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompts.texts("inform")))
    said = prompts.texts("inform")[0]
    assert "1 added (Sary-Chelek buffer zone)" in said and "1 redrawn (Core area)" in said
    assert "is this the right file?" in said  # Kyrgyz zones, Nepalese observations
    assert sorted(z.name for z in ZoneService(window.store).list()) == [
        "Core area", "Sary-Chelek buffer zone",
    ]  # fmt: skip
    qtbot.waitUntil(lambda: sorted(page.map.zone_items) == ["Core area", "Sary-Chelek buffer zone"])


def test_a_file_that_is_not_a_boundary_is_refused_in_words(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_dir)
    page = _open_map(qtbot, window)
    bad = tmp_path / "zones.geojson"
    bad.write_text("{not json")
    prompts.queue("choose_open", str(bad))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompts.texts("warn")))
    assert "zones.geojson is not valid GeoJSON (line 1" in prompts.texts("warn")[0]
    assert len(ZoneService(window.store).list()) == 3


def test_an_action_is_given_its_zones_and_undo_takes_them_back(
    qtbot: QtBot, demo_dir: Path
) -> None:
    window = open_window(qtbot, demo_dir)
    window.show_page("plan")
    page = window.pages["plan"]
    actions = ActionService(window.store)
    action = next(a for a in actions.list() if not a.zones)
    page.select("action", action.id)
    editor = page.editor
    editor.action_tabs.setCurrentIndex(editor.action_tabs.count() - 1)
    assert editor.action_tabs.tabText(editor.action_tabs.currentIndex()) == "Zones"
    zones = {z.name: z.id for z in ZoneService(window.store).list()}
    picker = editor.zone_picker
    assert picker.rowCount() == 3
    tick(qtbot, picker, zones["Buffer zone"])
    assert [z.name for z in actions.get(action.id).zones] == ["Buffer zone"]
    window.undo_action.trigger()
    assert actions.get(action.id).zones == []
    window.redo_action.trigger()
    assert [z.name for z in actions.get(action.id).zones] == ["Buffer zone"]


def test_without_zones_the_map_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    from brdesk.services.demo import fill_demo
    from brdesk.services.store import Store

    folder = tmp_path / "d"
    with Store.open(folder) as store:
        fill_demo(store, observations=200)
        for zone in ZoneService(store).list():
            ZoneService(store).delete(zone.id)
    window = open_window(qtbot, folder)
    page = _open_map(qtbot, window)
    assert page.status.text().startswith("No zones yet. Import the outlines")
    assert not page.export_button.isEnabled()
    assert page.map.zone_items == {}
    assert not page.show_differing.isVisible()


def test_observations_filtered_by_their_zone_on_the_map(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    window.show_page("observations")
    page = window.pages["observations"]
    qtbot.waitUntil(lambda: not page.loading)
    with window.store.dbapi() as conn:
        in_core = conn.execute(
            "SELECT count(*) FROM observation_zone WHERE map_zone = 'core'"
        ).fetchone()[0]
    box = page.filters.map_zone
    box.setFocus()
    box.setCurrentIndex(box.findText("Map: core area"))
    qtbot.waitUntil(lambda: not page.loading and page.model.total == in_core)
    assert 0 < in_core < 3000
    column = page.model.columnCount() - 1
    keys = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(column + 1)]
    shown = page.model.index(0, keys.index("Zone on the map"))
    qtbot.waitUntil(lambda: page.model.data(shown) not in ("…", None))
    assert page.model.data(shown).startswith("Core area")
    qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading and page.model.total == 3000)


def test_my_reserve_shows_the_maps_areas_beside_those_typed(qtbot: QtBot, demo_dir: Path) -> None:
    from tests.gui_helpers import type_into

    window = open_window(qtbot, demo_dir)
    _menu_action(window, "Ctrl+2").trigger()
    page = window.pages["reserve"]
    transition = next(z for z in ZoneService(window.store).list() if z.kind == "transition")
    said = page.map_areas.text()
    assert f"Transition area: {transition.area_ha:,.0f} ha, the map's is 13% larger" in said
    assert "color:#B00020" in said
    # The typed figure corrected to the map's: the flag goes.
    type_into(qtbot, page.reserve_form, "transition_area_ha", f"{transition.area_ha:.0f}")
    qtbot.waitUntil(lambda: "B00020" not in page.map_areas.text())
    assert f"Transition area: {transition.area_ha:,.0f} ha, agrees" in page.map_areas.text()


def test_choosing_each_feature_by_hand_starts_with_none_chosen(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    _page, dialog = _import_dialog(qtbot, window, prompts, "google_earth.kml")
    assert dialog.field_box.currentText() == "name"
    assert "1 point or line feature left out: zones are polygons." in dialog.notes.text()
    dialog.field_box.setCurrentIndex(0)  # "(choose for each feature)"
    kinds = [dialog.table.cellWidget(r, 2).currentData() for r in range(3)]
    assert kinds == [None, None, None]
    assert not dialog.replace_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert len(ZoneService(window.store).list()) == 3


def test_the_dashboard_shows_one_zone_when_chosen(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    _menu_action(window, "Ctrl+7").trigger()
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: len(page.views) == 10 and all(v.image is not None for v in page.views))
    page.zone.setCurrentIndex(page.zone.findData("buffer"))
    assert page.current_filter().zone == "buffer"
    from brdesk.services.observation_export import generalise

    buffer = set()
    with window.store.dbapi() as conn:
        for lon, lat, sensitive in conn.execute(
            "SELECT longitude, latitude, sensitive FROM observation o JOIN observation_zone z "
            "ON z.observation_id = o.id WHERE z.map_zone = 'buffer'"
        ):
            if sensitive:  # shown on the 0.1-degree grid, as everywhere outside the window
                lat, lon = generalise(lat, lon)
            buffer.add((round(lon, 5), round(lat, 5)))

    def map_points() -> list[tuple[float, float, str]]:
        if "Map: zones and observations" not in page.titles or len(page.panels) < 10:
            return []
        return list(page.panels[page.titles.index("Map: zones and observations")].args[1])

    # The panels are drawn again for the zone: the map's points are the buffer zone's.
    qtbot.waitUntil(
        lambda: (
            bool(map_points())
            and all((round(x, 5), round(y, 5)) in buffer for x, y, _ in map_points())
        )
    )
