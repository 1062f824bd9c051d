"""Every click a user can make works: on the demo data, every page, every enabled button,
tab, menu action and context menu is pressed through the real widget.

Questions are answered through the prompts seam; modal dialogs are closed as they open
(their own tests press their buttons); popup menus have each of their actions triggered.
An exception in any slot fails the test (pytest-qt reports it), and so does any message
telling the user that something unexpected went wrong (tests.gui_helpers.ScriptedPrompts).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QMenu,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from brdesk.ui.main_window import PAGES, MainWindow
from tests.gui_helpers import ScriptedPrompts, open_window

IMPORTS = Path(__file__).resolve().parent / "fixtures" / "imports"


class Closer:
    """Closes what would block a click: modal dialogs (recorded, then rejected) and popup
    menus (each enabled action triggered first, as a user choosing it would)."""

    def __init__(self) -> None:
        self.dialogs: list[str] = []
        self.menu_actions: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(self.close_what_blocks)

    def close_what_blocks(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            actions = [a for a in popup.actions() if a.isEnabled() and not a.isSeparator()]
            popup.close()
            for action in actions:
                if action.menu() is None and action.text():
                    self.menu_actions.append(action.text())
                    action.trigger()
            return
        if popup is not None:
            popup.close()
            return
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            self.dialogs.append(type(modal).__name__)
            modal.reject()


@pytest.fixture
def closer() -> Iterator[Closer]:
    closer = Closer()
    closer.timer.start()
    yield closer
    closer.timer.stop()


def _settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(5)


def _shown(widget: QWidget) -> bool:
    """Still there (a refresh may have replaced it), visible and enabled."""
    return (
        isValid(widget)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.window().isVisible()
    )


def _go_to(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    """Click the page's entry in the sidebar."""
    row = [k for k, _label, _icon in PAGES].index(key)
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _settle(qtbot)
    page: QWidget = window.pages[key]
    assert window.stack.currentWidget() is page
    return page


def _press_everything_on(qtbot: QtBot, window: MainWindow, key: str) -> list[str]:
    """Select a row in every list, visit every tab, press every enabled button; repeat
    until nothing new appears (coming back when a button leads to another page). Returns
    what was pressed."""
    page = _go_to(qtbot, window, key)
    pressed: list[str] = []
    done: set[int] = set()
    for _round in range(20):
        new = False
        for view in page.findChildren(QAbstractItemView):
            if id(view) in done or not _shown(view):
                continue
            model = view.model()
            if model is None or model.rowCount() == 0:
                continue
            done.add(id(view))
            rect = view.visualRect(model.index(0, 0))
            if rect.isValid():
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                _settle(qtbot)
                new = True
        for button in page.findChildren(QAbstractButton):
            if id(button) in done or not _shown(button) or isinstance(button.parent(), QTabBar):
                continue
            done.add(id(button))
            pressed.append(button.text() or button.accessibleName() or button.toolTip())
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            _settle(qtbot)
            if (
                isinstance(button, QToolButton)
                and button.menu() is not None
                and button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup
            ):  # its arrow, at the right edge, opens the menu
                arrow = QPoint(button.width() - 4, button.height() // 2)
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=arrow)
                _settle(qtbot)
            new = True
            if window.stack.currentWidget() is not page:
                _go_to(qtbot, window, key)
                break
        if new:
            continue
        # One tab at a time, so that what it shows is pressed before the next tab.
        tabs = [
            (bar, index)
            for bar in page.findChildren(QTabBar)
            for index in range(bar.count())
            if _shown(bar) and hash((id(bar), index)) not in done
        ]
        if not tabs:
            break
        bar, index = tabs[0]
        done.add(hash((id(bar), index)))
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        _settle(qtbot)
        pressed.append(f"tab {bar.tabText(index)}")
    return pressed


def _request_context_menus(qtbot: QtBot, page: QWidget) -> int:
    """Right-click every widget that offers a menu of its own."""
    asked = 0
    for widget in [page, *page.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
            widget.customContextMenuRequested.emit(QPoint(5, 5))
            asked += 1
        elif widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
            for action in widget.actions():
                action.trigger()
            asked += 1
        _settle(qtbot)
    return asked


def _menu_actions(window: MainWindow, under: str = "") -> list[QAction]:
    """Every visible action of the menu bar (or of its menus whose title contains under)."""
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())  # type: ignore[arg-type]
            elif not action.isSeparator() and action.isVisible() and under in menu.title():
                found.append(action)

    for top in window.menuBar().actions():
        walk(top.menu())  # type: ignore[arg-type]
    return found


def test_every_page_button_and_context_menu(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts, closer: Closer
) -> None:
    window = open_window(qtbot, demo_dir)
    every: dict[str, list[str]] = {}
    for key, _label, _icon in PAGES:
        every[key] = _press_everything_on(qtbot, window, key)
        page = window.pages[key]
        _request_context_menus(qtbot, page)
        page.shutdown() if hasattr(page, "shutdown") else None  # background work ends
    # Each page offers something to press, and the click reached the handlers.
    assert all(every[key] for key, *_ in PAGES if key != "home"), every
    assert "Attach file…" in every["report"] and "Export report to Word…" in every["report"]
    assert "choose_open" in prompts.kinds()  # Attach asked for a file
    assert "ObservationDialog" in closer.dialogs  # Add… on the log opened its form
    assert any(text.startswith("1.") for text in closer.menu_actions)  # a pillar chosen


def test_every_menu_action(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts, closer: Closer
) -> None:
    window = open_window(qtbot, demo_dir)
    actions = [a for a in _menu_actions(window) if a is not window.quit_action]
    assert len(actions) > 15
    triggered = []
    for action in actions:
        if not action.isEnabled():
            continue
        triggered.append(action.text())
        action.trigger()
        _settle(qtbot)
    for page in window.pages.values():
        if hasattr(page, "shutdown"):
            page.shutdown()
    assert window.store is not None  # still open on the same data
    assert "&Find" in triggered and "brdesk &help" in triggered
    assert "HelpDialog" in closer.dialogs


def test_with_real_files_for_every_question(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path, prompts: ScriptedPrompts, closer: Closer
) -> None:
    """The same walk, with every file chooser answered (files written for real) and a scan
    to attach: exports and the submission folder run to their end."""
    out = tmp_path / "out"
    out.mkdir()
    scan = tmp_path / "visa.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n scan")
    names = iter(range(1000))

    def answer(question):  # type: ignore[no-untyped-def]
        if question.kind == "choose_save":
            return out / f"export-{next(names)}{Path(question.text).suffix}"
        if question.kind == "choose_folder" and "submission" in question.title:
            return out
        if question.kind == "choose_open" and question.title.startswith("Attach"):
            return scan
        return ScriptedPrompts.CANCEL.get(question.kind)

    prompts.answer = answer
    window = open_window(qtbot, demo_dir)
    for key in ("plan", "observations", "dashboard", "report"):
        _press_everything_on(qtbot, window, key)
    for action in _menu_actions(window, under="Export"):
        if action.isEnabled():
            action.trigger()
            _settle(qtbot)
    window.ctx.operations.wait_all()
    for page in window.pages.values():
        page.shutdown()
    _settle(qtbot)
    written = sorted(p.suffix for p in out.iterdir() if p.is_file())
    assert {".docx", ".pdf", ".xlsx"} <= set(written), written  # report, dashboard, plan
    folders = [p for p in out.iterdir() if p.is_dir()]
    (folder,) = folders
    assert (folder / "README - how to submit.txt").is_file()
    # The walk selected the first item (the report) and attached the scan to it; the
    # exported report was recorded as that item's file too.
    from brdesk.services.attachments import AttachmentService

    item = window.pages["report"].followup.items[0]
    names = {a.original_name for a in AttachmentService(window.store).list_for(
        followup_item_id=item.id
    )}  # fmt: skip
    assert "visa.png" in names and any(n.endswith(".docx") for n in names)


def test_the_welcome_page_of_an_empty_folder(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts, closer: Closer
) -> None:
    window = open_window(qtbot, tmp_path / "empty")
    welcome = window.welcome
    assert window.stack.currentWidget() is welcome
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert closer.dialogs == ["StartWizard"]  # closed unanswered: nothing was written
    assert window.stack.currentWidget() is welcome
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.data_dir.root.name == "empty-demo", timeout=60_000)
    assert window.demo_banner.isVisible() and window.store.counts()["actions"] > 0
    for action in _menu_actions(window):
        if action.isEnabled() and action not in (window.quit_action, window.back_action):
            action.trigger()
            _settle(qtbot)
    assert window.back_action.isVisible() and window.data_dir.root.name == "empty-demo"
    window.back_action.trigger()
    assert window.data_dir.root.name == "empty"


def test_tab_leaves_tables_and_reaches_every_button(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    window.show_page("report")
    page = window.pages["report"]
    page.tabs.setCurrentWidget(page.followup)
    panel = page.followup
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    reached: set[object] = set()
    for _ in range(30):  # Tab from the table through to the buttons
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert {panel.attach_button, panel.open_button, panel.submit_button} <= reached
    window.show_page("observations")
    log = window.pages["observations"]
    log.view.setFocus()
    qtbot.waitUntil(log.view.hasFocus)
    qtbot.keyClick(log.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not log.view


def test_a_focused_drop_down_list_shows_a_ring(qtbot: QtBot) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QComboBox

    from brdesk.ui import focus_style

    app = QApplication.instance()
    focus_style.install(app)
    combo = QComboBox()
    combo.addItems(["Planned", "In progress"])
    qtbot.addWidget(combo)
    combo.resize(200, 30)
    combo.show()
    highlight = combo.palette().color(QPalette.ColorRole.Highlight).rgb()

    def edge_pixels() -> int:
        image = combo.grab().toImage()
        return sum(1 for x in range(20, 180) if image.pixel(x, 0) == highlight)

    unfocused = edge_pixels()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    assert edge_pixels() > unfocused + 100


def test_menus_say_what_they_do(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    texts = [a.text() for a in _menu_actions(window)]
    assert "Report && follow-up" in texts  # shown as "Report & follow-up", no mnemonic
    assert "Post-training report (Word)…" in _texts(_menu_actions(window, under="Export"))
    assert window.statusBar().isVisible()
    assert window.counts_label.text() == "8 objectives · 14 actions · 3,000 observations"


def _texts(actions: list[QAction]) -> list[str]:
    return [a.text() for a in actions]


def test_a_name_typed_without_its_ending_gets_the_chosen_formats() -> None:
    from brdesk.ui.prompts import with_suffix

    filters = "Excel workbook (*.xlsx);;CSV (*.csv)"
    assert with_suffix(Path("/tmp/plan"), filters, "CSV (*.csv)") == Path("/tmp/plan.csv")
    assert with_suffix(Path("/tmp/plan"), filters, "") == Path("/tmp/plan.xlsx")
    assert with_suffix(Path("/tmp/plan.CSV"), filters, "Excel workbook (*.xlsx)") == Path(
        "/tmp/plan.CSV"
    )
    assert with_suffix(Path("/tmp/v1.2"), "Word document (*.docx)", "") == Path("/tmp/v1.2.docx")
