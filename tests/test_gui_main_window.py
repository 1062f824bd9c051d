"""The main window: first start, the demo, navigation, menus, remembered layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from brdesk.services.store import Store
from brdesk.ui.main_window import PAGES, about_text
from tests.gui_helpers import ScriptedPrompts, open_window, reopen


def test_first_start_offers_welcome_then_demo_in_a_separate_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    own = tmp_path / "mine"
    window = open_window(qtbot, own)
    assert window.stack.currentWidget() is window.welcome
    assert not window.sidebar.isEnabled()

    window.welcome.demo_button.click()

    demo = tmp_path / "mine-demo"
    assert window.data_dir.root == demo
    assert window.store.counts()["observations"] == 5000
    assert window.demo_banner.isVisible()
    assert "demo" in window.windowTitle()
    assert window.stack.currentWidget() is window.pages["home"]
    # The user's own folder stays clean.
    store = Store.open(own)
    assert not store.has_user_data()
    store.close()

    window.back_to_own_data()
    assert window.data_dir.root == own
    assert not window.demo_banner.isVisible()
    assert window.stack.currentWidget() is window.welcome


def test_sidebar_menus_and_status_bar(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    for number, (key, _label, _icon) in enumerate(PAGES):
        window.sidebar.setCurrentRow(number)
        assert window.stack.currentWidget() is window.pages[key]
        assert window.pages[key].isVisible()
    window.show_page("plan")
    assert window.sidebar.currentItem().text() == "Action plan"
    assert window.counts_label.text() == "8 objectives · 14 actions · 3,000 observations"
    assert window.saved_label.text() == "All changes saved"
    assert str(demo_dir) in window.statusBar().currentMessage()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    shortcuts = {
        a.shortcut().toString() for m in window.menuBar().actions() for a in m.menu().actions()
    }
    assert {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+F", "Ctrl+N", "F1", "Ctrl+O", "Ctrl+3"} <= shortcuts


def test_about_names_version_folder_licence_and_acknowledgement(demo_dir: Path) -> None:
    from brdesk import __version__
    from brdesk.paths import DataDir

    text = about_text(
        DataDir(demo_dir),
        "Supported by the Bureau of International Cooperation, Chinese Academy of Sciences.",
    )
    assert __version__ in text
    assert str(demo_dir) in text
    assert "MIT" in text
    assert (
        "Supported by the Bureau of International Cooperation, Chinese Academy of Sciences." in text
    )


def test_layout_and_page_are_remembered_in_the_data_folder(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    window.show_page("plan")
    window.resize(1200, 700)
    plan = window.pages["plan"]
    plan.splitter.setSizes([400, 700])
    window.close()
    assert (demo_dir / "settings.ini").is_file()

    again = open_window(qtbot, demo_dir, laptop_size=False)
    assert again.stack.currentWidget() is again.pages["plan"]
    # (The offscreen screen is 800x600, so Qt clamps a restored size: check what was kept.)
    geometry = again.settings.value("window/geometry")
    assert geometry is not None and len(bytes(geometry)) > 0
    sizes = again.pages["plan"].splitter.sizes()
    assert sizes[0] < sizes[1]


@pytest.mark.laptop_file
def test_a_refused_folder_is_explained_not_crashed(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    from brdesk.paths import DataDir
    from brdesk.ui.main_window import MainWindow

    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "brdesk.db").write_bytes(b"not a database" * 100)
    window = MainWindow(DataDir(folder))
    qtbot.addWidget(window)
    window.show()
    assert window.open_data() is False
    assert "left untouched" in prompts.texts("fail")[0]
    assert "could not be opened" in window.loading.text()


def test_undo_redo_across_pages(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    window.show_page("plan")
    plan = window.pages["plan"]
    objective = plan.tree_data.objectives[0]
    index = plan.model.find("objective", objective.id)
    plan.model.setData(index, "Watch the glaciers")  # what typing into the tree does
    window.show_page("home")
    assert "Rename objective" in window.undo_action.text()
    window.undo_action.trigger()
    assert plan.objectives.get(objective.id).title == objective.title
    window.redo_action.trigger()
    assert plan.objectives.get(objective.id).title == "Watch the glaciers"
    again = reopen(qtbot, window)
    assert again.page("plan").objectives.get(objective.id).title == "Watch the glaciers"


@pytest.mark.laptop_file
def test_start_up_shows_the_data_before_the_data_layer_is_loaded(
    qtbot: QtBot, demo_dir: Path
) -> None:
    from brdesk.paths import DataDir
    from brdesk.ui.main_window import MainWindow

    window = MainWindow(DataDir(demo_dir))
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[object, str]] = []
    window.dataShown.connect(
        lambda: seen.append((window.store, window.pages["home"].greeting.text()))
    )
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.start()
    # The first time the data was on screen, the store was not open yet: read from the file.
    store_at_first_sight, greeting = seen[0]
    assert store_at_first_sight is None
    assert "Pema Sherpa" in greeting
    assert window.store is not None
    assert window.sidebar.isEnabled() and window.menuBar().isEnabled()
    assert window.counts_label.text().endswith("3,000 observations")
    window.show_page("plan")  # every page works once ready
    assert window.pages["plan"].model.action_count() == 14


def test_start_up_on_an_empty_folder_goes_straight_to_welcome(qtbot: QtBot, tmp_path: Path) -> None:
    from brdesk.paths import DataDir
    from brdesk.ui.main_window import MainWindow

    for folder in ("new", "opened-once"):
        if folder == "opened-once":
            Store.open(tmp_path / folder).close()  # a database, but nothing in it yet
        window = MainWindow(DataDir(tmp_path / folder))
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.start()
        assert window.stack.currentWidget() is window.welcome
        assert not window.sidebar.isEnabled()


def test_undo_of_a_change_on_another_page_shows_it(qtbot: QtBot, demo_dir: Path) -> None:
    from tests.gui_helpers import type_into

    window = open_window(qtbot, demo_dir)
    window.show_page("report")
    report = window.pages["report"]
    before = report.evaluation_form.raw_value("suggestions")
    type_into(qtbot, report.evaluation_form, "suggestions", "More field days, please")
    window.show_page("plan")
    window.undo_action.trigger()  # Ctrl+Z on the plan page
    assert window.current_page() is report  # shown where it happened
    assert report.evaluation_form.raw_value("suggestions") == before
    message = window.statusBar().currentMessage()
    assert message.startswith("Undone on Report & follow-up: ") and "suggestions" in message
    window.redo_action.trigger()
    assert window.statusBar().currentMessage().startswith("Redone on Report & follow-up")
    # An action undone from Home: the plan opens with the action selected.
    plan = window.pages["plan"]
    action = plan.tree_data.actions()[0]
    window.show_page("plan")
    plan.select("action", action.id)
    type_into(qtbot, plan.editor.action_form_with("title"), "title", "Renamed action")
    window.show_page("home")
    window.undo_action.trigger()
    assert window.current_page() is plan
    assert plan.selected() == ("action", action.id)
