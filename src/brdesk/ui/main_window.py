"""The main window: sidebar, pages, menus, status bar. It stays thin: the pages do the work,
and the window's parts live beside it (page_registry, window_menus, window_commands,
window_data, window_status).

It paints before any data is read (SQLAlchemy and the services load after the first show),
so the window appears at once and the data follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from brdesk.paths import DataDir
from brdesk.services.folder_session import FolderSession, demo_dir_for
from brdesk.ui.i18n import tx
from brdesk.ui.operations import Operations
from brdesk.ui.page_registry import ALL_PAGES, COHORT_PAGES, PAGES, shortcut
from brdesk.ui.screen_fit import keep_dialogs_on_screen, show_main_window
from brdesk.ui.settings import open_settings
from brdesk.ui.window_cohort import CohortCommands
from brdesk.ui.window_commands import WindowCommands, about_text
from brdesk.ui.window_data import DataFolderView
from brdesk.ui.window_menus import build_menus, set_data_actions
from brdesk.ui.window_office import OfficeCommands
from brdesk.ui.window_status import StatusLine

if TYPE_CHECKING:
    pass

__all__ = ["PAGES", "MainWindow", "about_text", "demo_dir_for"]


class MainWindow(WindowCommands, CohortCommands, OfficeCommands, DataFolderView, StatusLine):
    def __init__(self, data_dir: DataDir) -> None:
        super().__init__()
        self.session = FolderSession(data_dir)
        self.store: Any = None
        self.ctx: Any = None
        #: the window's own background work: the start-up check, a restore
        self.operations = Operations(self)
        self.pages: dict[str, Any] = {}
        self.welcome: Any = None
        self.found_earlier: list[Any] = []
        self.limited_pages: set[str] = set()
        self.settings = open_settings(data_dir)
        self.setWindowTitle("brdesk")
        self.setMinimumSize(1024, 640)

        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(tx("Pages"))
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        self.sidebar.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px; }"
        )
        #: a cohort folder is open: its pages are shown, a personal folder's hidden
        self.cohort_mode = False
        for key, label, icon in ALL_PAGES:
            shown = tx(label)
            item = QListWidgetItem(self.style().standardIcon(icon), shown)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{shown} ({shortcut(key)})")
            item.setHidden(key not in dict((k, 1) for k, _l, _i in PAGES))
            self.sidebar.addItem(item)
        # As wide as the longest page name needs in this language (Russian and French run
        # longer than English), never narrower than the English layout's 200 pixels.
        font = self.sidebar.font()
        font.setPointSizeF(11)
        widest = max(QFontMetrics(font).horizontalAdvance(self.sidebar.item(r).text())
                     for r in range(self.sidebar.count()))  # fmt: skip
        self.sidebar.setFixedWidth(max(200, widest + 22 + 44))
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        self.stack = QStackedWidget()
        self.loading = QLabel(tx("Opening your data…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.demo_banner = QLabel(
            tx(
                "You are exploring the <b>demo reserve</b>: made-up data in a separate folder. "
                "<a href='back'>Back to my data</a>"
            )
        )
        self.demo_banner.setStyleSheet(
            "background: #FFF4D6; border-bottom: 1px solid #E6C96B; padding: 6px 12px;"
        )
        self.demo_banner.linkActivated.connect(lambda _link: self.back_to_own_data())
        self.demo_banner.hide()
        self.read_only_banner = QLabel()
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setAccessibleName(tx("Read-only"))
        self.read_only_banner.setStyleSheet(
            "background: #E3F0FB; border-bottom: 1px solid #8DB8DD; padding: 6px 12px;"
        )
        self.read_only_banner.hide()
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(self.demo_banner)
        content_layout.addWidget(self.read_only_banner)
        content_layout.addWidget(self.stack, 1)
        body_layout.addWidget(self.sidebar)
        body_layout.addWidget(content, 1)
        self.setCentralWidget(body)

        self.saved_label = QLabel("")
        self.counts_label = QLabel("")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        build_menus(self)
        self.back_action.setVisible(False)
        set_data_actions(self, False)
        geometry = self.settings.value("window/geometry")
        self.restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        keep_dialogs_on_screen()

    def show_fitted(self) -> None:
        """Show the window within the screen (maximised on a small one)."""
        show_main_window(self, self.restored)

    # --- navigation -------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        if self.ctx is None:
            return
        keys = [k for k, _label, _icon in ALL_PAGES]
        shown = [k for k, _label, _icon in (COHORT_PAGES if self.cohort_mode else PAGES)]
        if key not in shown:
            key = shown[0]
        target = self.page(key)
        current = self.current_page()
        if current is not None and current is not target:
            current.commit_pending()
        self.sidebar.setEnabled(True)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(keys.index(key))
        self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(target)

    def _sidebar_changed(self, row: int) -> None:
        if row >= 0:
            self.show_page(ALL_PAGES[row][0])

    def current_page(self) -> Any:
        widget = self.stack.currentWidget()
        return (
            widget if widget in self.pages.values() and hasattr(widget, "commit_pending") else None
        )

    def show_folder_kind(self, cohort: bool) -> None:
        """A cohort folder's pages, or a personal folder's: the others hidden."""
        self.cohort_mode = cohort
        mine = {k for k, _label, _icon in (COHORT_PAGES if cohort else PAGES)}
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) not in mine)

    # --- closing ----------------------------------------------------------------------

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        current = self.sidebar.currentRow()
        if current >= 0:
            self.settings.setValue("window/page", ALL_PAGES[current][0])
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
        self.settings.sync()

    def closeEvent(self, event: Any) -> None:
        page = self.current_page()
        if page is not None:
            page.commit_pending()
        self.close_data()
        self.session.release()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
