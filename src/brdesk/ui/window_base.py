"""What the window's parts (ui/window_*.py) may count on of one another: the window's
attributes and the methods each part provides, declared once for the type checker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QStackedWidget

from brdesk.paths import DataDir
from brdesk.ui.operations import Operations

if TYPE_CHECKING:
    from brdesk.services.folder_owner import FolderOwner
    from brdesk.services.folder_session import FolderSession


class WindowBase(QMainWindow):
    """The main window's shared state; MainWindow assembles the parts. (Its signals are
    declared here, on the one class all parts share: PySide6 cannot merge signals
    declared on several bases.)"""

    #: The user's data is on screen (perhaps read-only for a moment, during start-up).
    dataShown = Signal()
    #: The data layer is loaded: every page and menu works.
    ready = Signal()

    #: the folders this window works with (services/folder_session.py)
    session: FolderSession
    store: Any
    ctx: Any
    operations: Operations
    pages: dict[str, Any]
    welcome: Any
    found_earlier: list[Any]
    settings: QSettings
    sidebar: QListWidget
    stack: QStackedWidget
    loading: QLabel
    demo_banner: QLabel
    read_only_banner: QLabel
    saved_label: QLabel
    counts_label: QLabel
    #: a cohort folder is open (its pages and commands shown, a personal folder's hidden)
    cohort_mode: bool
    #: pages the office login may not change (window_office.py): shown read-only
    limited_pages: set[str]
    # the menus' actions (ui/window_menus.py) the parts use
    back_action: QAction
    undo_action: QAction
    redo_action: QAction
    office_connect_action: QAction
    office_sync_action: QAction
    office_own_action: QAction

    @property
    def data_dir(self) -> DataDir:
        """The data folder open (or being opened) in this window."""
        return self.session.current

    @data_dir.setter
    def data_dir(self, value: DataDir) -> None:
        self.session.current = value

    @property
    def own_data_dir(self) -> DataDir:
        return self.session.own

    @property
    def owner(self) -> FolderOwner | None:
        return self.session.owner

    if TYPE_CHECKING:
        # navigation (main_window.py)
        def show_page(self, key: str) -> None: ...
        def show_folder_kind(self, cohort: bool) -> None: ...
        def current_page(self) -> Any: ...
        def page(self, key: str) -> Any: ...
        def save_state(self) -> None: ...
        # the data folder (window_data.py)
        def open_data(self, data_dir: DataDir | None = None) -> bool: ...
        # the office database (window_office.py)
        def remembered_office(self) -> str | None: ...
        def show_office_actions(self, store: Any) -> None: ...
        def ask_office_password(self, target: DataDir, problem: str) -> DataDir | None: ...
        def close_data(self) -> None: ...
        def restore_from(self, source: Any) -> None: ...
        # the status bar (window_status.py)
        def _on_changed(self) -> None: ...
        def _on_failed(self, message: str) -> None: ...
        def _update_status(self) -> None: ...
        def _show_saved(self) -> None: ...
        def _show_counts(self, counts: dict[str, int]) -> None: ...
        def _undo_text(self, text: str) -> None: ...
        def _redo_text(self, text: str) -> None: ...
        # the commands (window_commands.py)
        def back_to_own_data(self) -> None: ...
        def explore_demo(self) -> None: ...
        def start_guided(self) -> None: ...
        def bring_found_data(self) -> None: ...
        def add_cohort_packages(self) -> None: ...
