"""The main window: sidebar, pages, menus, status bar. It stays thin; the pages do the work.

It paints before any data is read (SQLAlchemy and the services load after the first show),
so the window appears at once and the data follows.
"""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from brdesk import __version__
from brdesk.errors import BrdeskError, DatabaseUnreadable
from brdesk.paths import DataDir
from brdesk.ui import prompts
from brdesk.ui.heap import settle_heap
from brdesk.ui.operations import Operations
from brdesk.ui.screen_fit import keep_dialogs_on_screen, show_main_window
from brdesk.ui.settings import open_settings
from brdesk.wording import plural

if TYPE_CHECKING:
    from brdesk.services.backups import BackupSummary
    from brdesk.services.folder_owner import FolderOwner

log = logging.getLogger(__name__)

#: After the data is open: well after start-up is measured done (about 1 s).
HELPER_DELAY_MS = 3000
#: SQLite's check of the whole file and the daily backup, after start-up too.
SAFETY_DELAY_MS = 1500

PAGES: tuple[tuple[str, str, QStyle.StandardPixmap], ...] = (
    ("home", "Home", QStyle.StandardPixmap.SP_DirHomeIcon),
    ("reserve", "My reserve", QStyle.StandardPixmap.SP_FileDialogInfoView),
    ("plan", "Action plan", QStyle.StandardPixmap.SP_FileDialogDetailedView),
    ("observations", "Observations", QStyle.StandardPixmap.SP_FileDialogListView),
    ("dashboard", "Dashboard", QStyle.StandardPixmap.SP_ComputerIcon),
    ("report", "Report & follow-up", QStyle.StandardPixmap.SP_DialogSaveButton),
)


def demo_dir_for(data_dir: DataDir) -> DataDir:
    """The demo lives beside the user's folder, never in it."""
    return DataDir(data_dir.root.with_name(data_dir.root.name + "-demo"))


class MainWindow(QMainWindow):
    #: The user's data is on screen (perhaps read-only for a moment, during start-up).
    dataShown = Signal()
    #: The data layer is loaded: every page and menu works.
    ready = Signal()

    def __init__(self, data_dir: DataDir) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.own_data_dir = data_dir
        self.store: Any = None
        #: this window's hold on its data folder (services/folder_owner.py)
        self.owner: FolderOwner | None = None
        self.ctx: Any = None
        #: the window's own background work: the start-up check, a restore
        self.operations = Operations(self)
        self.pages: dict[str, Any] = {}
        self.welcome: Any = None
        self.found_earlier: list[Any] = []
        self.settings = open_settings(data_dir)
        self.setWindowTitle("brdesk")
        self.setMinimumSize(1024, 640)

        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName("Pages")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        self.sidebar.setFixedWidth(200)
        self.sidebar.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px; }"
        )
        for number, (key, label, icon) in enumerate(PAGES, start=1):
            item = QListWidgetItem(self.style().standardIcon(icon), label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{label} (Ctrl+{number})")
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        self.stack = QStackedWidget()
        self.loading = QLabel("Opening your data…")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.demo_banner = QLabel(
            "You are exploring the <b>demo reserve</b>: made-up data in a separate folder. "
            "<a href='back'>Back to my data</a>"
        )
        self.demo_banner.setStyleSheet(
            "background: #FFF4D6; border-bottom: 1px solid #E6C96B; padding: 6px 12px;"
        )
        self.demo_banner.linkActivated.connect(lambda _link: self.back_to_own_data())
        self.demo_banner.hide()
        self.read_only_banner = QLabel()
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setAccessibleName("Read-only")
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
        self._build_menus()
        geometry = self.settings.value("window/geometry")
        self.restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        keep_dialogs_on_screen()

    def show_fitted(self) -> None:
        """Show the window within the screen (maximised on a small one)."""
        show_main_window(self, self.restored)

    # --- menus ------------------------------------------------------------------------

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(
            file_menu, "&Open data folder…", self.choose_data_folder, QKeySequence.StandardKey.Open
        )
        self.bring_action = self._action(
            file_menu, "Bring my data from an earlier brdesk…", self.bring_earlier_data
        )
        self.back_action = self._action(file_menu, "&Back to my data", self.back_to_own_data)
        self.back_action.setVisible(False)
        import_menu = file_menu.addMenu("&Import")
        self.import_action = self._action(
            import_menu, "Observations (KoBo, ODK, iNaturalist, GBIF, CSV, Excel)…",
            self.import_observations, "Ctrl+I",
        )  # fmt: skip
        self.import_package_action = self._action(
            import_menu, "Package from another laptop (.brdesk)…", self.import_package,
            "Ctrl+Shift+I",
        )  # fmt: skip
        export_menu = file_menu.addMenu("&Export")
        self.export_plan_action = self._action(
            export_menu, "Action plan (Excel or CSV)…", self.export_plan
        )
        self.export_obs_action = self._action(
            export_menu, "Observations (Excel, CSV, GeoJSON, Darwin Core)…",
            self.export_observations,
        )  # fmt: skip
        self.export_package_action = self._action(
            export_menu, "Package for another laptop (.brdesk)…", self.export_package,
            "Ctrl+Shift+E",
        )  # fmt: skip
        self.export_report_action = self._action(
            export_menu, "Post-training report (Word)…", self.export_report
        )
        self.export_dashboard_action = self._action(
            export_menu, "Dashboard (PDF or slide image)…", self.export_dashboard
        )
        self.backup_action = self._action(
            file_menu, "Back&ups and restore…", self.show_backups, "Ctrl+Shift+B"
        )
        file_menu.addSeparator()
        self.quit_action = self._action(
            file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit
        )

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self._action(
            edit_menu, "&Undo", self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            edit_menu, "&Redo", self.redo, [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        )
        edit_menu.addSeparator()
        self.new_item_action = self._action(
            edit_menu, "&New item", self.new_item, QKeySequence.StandardKey.New
        )
        self._action(edit_menu, "&Find", self.focus_find, QKeySequence.StandardKey.Find)

        view_menu = bar.addMenu("&View")
        for number, (key, label, _icon) in enumerate(PAGES, start=1):
            # "&" marks a mnemonic in a menu: "&&" shows one.
            self._action(
                view_menu, label.replace("&", "&&"), lambda _c=False, k=key: self.show_page(k),
                f"Ctrl+{number}",
            )  # fmt: skip

        help_menu = bar.addMenu("&Help")
        self._action(
            help_menu, "brdesk &help", self.show_help, QKeySequence.StandardKey.HelpContents
        )
        self._action(help_menu, "&Open the data folder", self.reveal_data_folder)
        self._action(help_menu, "&About brdesk", self.show_about)
        self._set_data_actions(False)

    def _set_data_actions(self, enabled: bool) -> None:
        for action in (
            self.import_action,
            self.import_package_action,
            self.export_package_action,
            self.export_obs_action,
            self.export_plan_action,
            self.export_report_action,
            self.export_dashboard_action,
            self.backup_action,
            self.undo_action,
            self.redo_action,
        ):
            action.setEnabled(enabled)

    # --- opening data -----------------------------------------------------------------

    def start(self) -> None:
        """Start-up: show the user's data straight from the file if it is ready to read,
        then load the data layer; the window is usable once `ready` is emitted."""
        from brdesk.db.state import is_current

        db = self.data_dir.db_path
        if is_current(db) and self._preview(self.data_dir):
            self.dataShown.emit()
            QTimer.singleShot(0, self._finish_start)
            return
        if db.is_file() and db.stat().st_size > 0 and not is_current(db):
            # An older schema: the upgrade (after a backup) can take a while on big logs.
            self.loading.setText(
                "Bringing your data up to date for this version of brdesk.\n"
                "A backup copy is made first; this can take a minute for large logs…"
            )
            self.stack.setCurrentWidget(self.loading)
            self.repaint()
        self._finish_start()

    def _finish_start(self) -> None:
        self.open_data()
        self.dataShown.emit()
        self.ready.emit()

    def _preview(self, target: DataDir) -> bool:
        """Home, read with sqlite3 alone, while SQLAlchemy and the services load."""
        self.settings = open_settings(target)
        self._build_pages(target, None)
        home = self.page("home")
        self.show_page("home")
        if not any(home.counts.values()):
            return False  # an empty folder opens on the welcome page, which needs the store
        self.sidebar.setEnabled(False)
        self.menuBar().setEnabled(False)
        self._show_counts(home.counts)
        self.saved_label.setText("Opening…")
        return True

    def open_data(self, data_dir: DataDir | None = None) -> bool:
        """Open (or switch to) a data folder; False, with a message, if it cannot be opened."""
        from brdesk.services.store import Store

        target = data_dir or self.data_dir
        taken = self._take_folder(target)
        if taken is None:
            return False
        owner, read_only = taken
        try:
            store = Store.open(target, read_only=read_only)
        except DatabaseUnreadable as exc:
            self._keep_owner(owner, opened=False)
            if self._offer_backup_for(target, str(exc)):
                return True
            self._show_unopened(exc)
            return False
        except BrdeskError as exc:
            self._keep_owner(owner, opened=False)
            prompts.fail(self, "brdesk", f"The data folder could not be opened.\n\n{exc}")
            self._show_unopened(exc)
            return False
        self._keep_owner(owner, opened=True)
        previewed = self.ctx is not None and self.ctx.store is None and self.ctx.data_dir == target
        self.menuBar().setEnabled(True)
        self.sidebar.setEnabled(True)
        if previewed:
            self.store = store
            self.ctx.store = store
            self._set_data_actions(True)
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        else:
            self.close_data()
            self.store = store
            self.data_dir = target
            self.settings = open_settings(target)
            self._build_pages(target, store)
            if store.has_user_data():
                self.show_page(str(self.settings.value("window/page", "home")))
            else:
                self._show_welcome()
        in_demo = self.data_dir != self.own_data_dir
        self.back_action.setVisible(in_demo)
        self.demo_banner.setVisible(in_demo)
        self._show_read_only(store.read_only)
        if previewed:
            page = str(self.settings.value("window/page", "home"))
            if not store.has_user_data():
                self._show_welcome()
            elif page != "home":
                self.show_page(page)
        self._update_status()
        settle_heap()
        if store.read_only is None:  # a daily backup cannot be written where nothing can
            QTimer.singleShot(SAFETY_DELAY_MS, self._start_safety_check)
        # The dashboard's second drawing process, started once the user's data is on screen
        # and start-up's work is done; it then costs nothing the user waits for.
        QTimer.singleShot(HELPER_DELAY_MS, start_chart_helper)
        return True

    def _show_read_only(self, why: str | None) -> None:
        """Say, above every page, that this folder can be looked at and not changed, and
        take away what would change it."""
        self.read_only_banner.setVisible(why is not None)
        if why is None:
            return
        self.read_only_banner.setText(
            f"<b>Read-only.</b> {escape(why)} You can look at everything and export to "
            "another folder; nothing can be changed here."
        )
        for action in (
            self.import_action, self.import_package_action, self.backup_action,
            self.new_item_action, self.undo_action, self.redo_action,
        ):  # fmt: skip
            action.setEnabled(False)
        for page in self.pages.values():
            page.set_read_only()

    def _take_folder(self, target: DataDir) -> tuple[FolderOwner, str | None] | None:
        """This window's hold on the folder (services/folder_owner.py): the one it holds
        already, or a new one. While another brdesk holds it, the user may open it
        read-only (the reason, second, is then set, and the owner not held), try again,
        or give up (None)."""
        from brdesk.errors import FolderBusy
        from brdesk.paths import ensure_data_dir
        from brdesk.services.folder_owner import FolderOwner

        if self.owner is not None and self.owner.held and self.owner.root == target.root:
            return self.owner, None
        owner = FolderOwner(target.root, "a brdesk window")
        while True:
            try:
                ensure_data_dir(target)
                owner.take()
                return owner, None
            except FolderBusy as exc:
                choice = prompts.ask_choice(
                    self, "Data folder in use", str(exc),
                    ["Open read-only", "Try again", "Cancel"],
                    details="Two brdesk changing one folder could undo each other's work. "
                    "Look at it read-only here (and export what you need), or close the "
                    "other one (or let it finish) and try again.",
                )  # fmt: skip
                if choice == 0:
                    who = exc.who[:1].upper() + exc.who[1:]
                    return owner, (
                        f"{who} is working in this folder; changes are made there. Close it "
                        "and open this folder again to make your own."
                    )
                if choice == 2:
                    self._show_unopened(exc)
                    return None
            except OSError as exc:
                # The folder cannot be made or written: Store.open says why, in its own
                # words, and opens it read-only if it can be read.
                log.info("cannot prepare %s: %s", target.root, exc)
                return owner, None

    def _keep_owner(self, owner: FolderOwner, *, opened: bool) -> None:
        """Hold the folder just opened and let go of the one left; if the new folder did
        not open, keep the old one and let go of the new."""
        if owner is self.owner:
            return
        if not opened:
            owner.release()
            return
        if self.owner is not None:
            self.owner.release()
        self.owner = owner

    def _show_unopened(self, exc: Exception) -> None:
        if self.store is None:
            self.loading.setText(f"Your data could not be opened.\n\n{exc}")
            self.stack.setCurrentWidget(self.loading)

    # --- data safety ------------------------------------------------------------------

    def _start_safety_check(self) -> None:
        from brdesk.ui.safety import SAFETY_CHECK, start_safety_check

        running = any(op.key == SAFETY_CHECK for op in self.operations.running())
        if self.store is None or running:
            return
        start_safety_check(self.operations, self.data_dir, self._database_damaged)

    def _wait_for_safety_check(self) -> None:
        self.operations.wait_all()

    def _database_damaged(self, problem: str) -> None:
        self._offer_backup_for(self.data_dir, problem)

    def _offer_backup_for(self, target: DataDir, problem: str) -> bool:
        """The database cannot be used: say so and offer the newest good backup. True if
        the user chose it and it was restored and opened."""
        from brdesk.services.backups import newest_good_backup
        from brdesk.ui.safety import damaged_text, with_wait_cursor

        newest = with_wait_cursor(lambda: newest_good_backup(target))
        text = damaged_text(problem, newest, target)
        if newest is None:
            prompts.fail(self, "brdesk", text)
            return False
        if not prompts.confirm(
            self, "brdesk: your database is damaged", text, yes="Restore it", no="Not now"
        ):
            return False
        self.data_dir = target
        self._restore(newest)
        return True

    def restore_from(self, source: Path) -> None:
        """Replace the data with a backup, once checked and confirmed, then reopen it."""
        from brdesk.services.backups import summarize
        from brdesk.ui.safety import confirm_restore, with_wait_cursor

        summary = with_wait_cursor(lambda: summarize(source))
        if confirm_restore(self, summary, self.data_dir):
            self._restore(summary)

    def _restore(self, summary: BackupSummary) -> None:
        from brdesk.ui.safety import run_restore

        source = summary.path
        page = self.current_page()
        if page is not None:
            page.commit_pending()
        self.close_data()  # waits for the safety check too
        target = self.data_dir

        def done(result: Any, error: str | None) -> None:
            self.open_data(target)
            if error is not None:
                prompts.warn(self, "Restore a backup", error)
                return
            kept = (
                f"Your data as it was before is kept in {result.previous}."
                if result.previous else ""
            )  # fmt: skip
            prompts.inform(
                self, "Restore a backup", f"The backup {source.name} was restored. {kept}"
            )

        run_restore(self.operations, self, target, summary, done)

    def close_data(self) -> None:
        """Close the open data folder and its pages (before its files are replaced)."""
        self._wait_for_safety_check()
        if self.ctx is None:
            return
        self.save_state()
        # The stack outlives this window's actions during teardown: silence it first.
        self.ctx.undo_stack.blockSignals(True)
        self.ctx.operations.stop_all()
        for page in self.pages.values():
            page.shutdown()
        for page in [*self.pages.values(), self.welcome]:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}
        self.ctx.deleteLater()
        self.ctx = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def _build_pages(self, data_dir: DataDir, store: Any) -> None:
        """The context and the welcome page now; each page when first shown, so the
        first page appears without waiting for the others."""
        from brdesk.ui.pages.base import AppContext
        from brdesk.ui.pages.welcome_page import WelcomePage

        self.ctx = AppContext(data_dir, store, self.settings, self)
        self.ctx.changed.connect(self._on_changed)
        self.ctx.navigate.connect(self.show_page)
        self.ctx.failed.connect(self._on_failed)
        stack = self.ctx.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.pages = {}
        self.welcome = WelcomePage()
        self.welcome.startRequested.connect(self.start_guided)
        self.welcome.demoRequested.connect(self.explore_demo)
        self.welcome.bringRequested.connect(self.bring_found_data)
        self.stack.addWidget(self.welcome)
        self._set_data_actions(True)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

    def page(self, key: str) -> Any:
        """The page for key, built on first use."""
        if key not in self.pages:
            from brdesk.ui.widgets.record_form import RecordForm

            self.pages[key] = self._make_page(key)
            if self.ctx.read_only is not None:
                self.pages[key].set_read_only()
            self.stack.addWidget(self.pages[key])
            for form in self.pages[key].findChildren(RecordForm):
                form.refusalsChanged.connect(self._show_saved)
        return self.pages[key]

    def _make_page(self, key: str) -> Any:
        if key == "home":
            from brdesk.ui.pages.home_page import HomePage

            return HomePage(self.ctx)
        if key == "reserve":
            from brdesk.ui.pages.reserve_page import ReservePage

            return ReservePage(self.ctx)
        if key == "plan":
            from brdesk.ui.pages.plan_page import PlanPage

            return PlanPage(self.ctx)
        if key == "report":
            from brdesk.ui.pages.report_page import ReportPage

            return ReportPage(self.ctx)
        if key == "observations":
            from brdesk.ui.pages.observations_page import ObservationsPage

            return ObservationsPage(self.ctx)
        from brdesk.ui.pages.dashboard_page import DashboardPage

        assert key == "dashboard", key
        return DashboardPage(self.ctx)

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(f"&Undo {text}".strip())

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(f"&Redo {text}".strip())

    def _show_welcome(self) -> None:
        # The pages open once the user has chosen: start a plan, explore the demo, or bring
        # the data of an earlier brdesk found beside this one.
        from brdesk.paths import program_dir
        from brdesk.services.earlier_data import find_earlier

        self.found_earlier = find_earlier(self.data_dir, program_dir())
        self.welcome.offer_earlier(self.found_earlier[0].describe() if self.found_earlier else None)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(-1)
        self.sidebar.blockSignals(False)
        self.sidebar.setEnabled(False)
        self.stack.setCurrentWidget(self.welcome)

    # --- navigation -------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        if self.ctx is None:
            return
        keys = [k for k, _label, _icon in PAGES]
        if key not in keys:
            key = "home"
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
            self.show_page(PAGES[row][0])

    def current_page(self) -> Any:
        widget = self.stack.currentWidget()
        return (
            widget if widget in self.pages.values() and hasattr(widget, "commit_pending") else None
        )

    # --- edit menu --------------------------------------------------------------------

    def undo(self) -> None:
        if self.ctx is not None:
            stack = self.ctx.undo_stack
            self._step(stack.undo, "Undone", stack.command(stack.index() - 1))

    def redo(self) -> None:
        if self.ctx is not None:
            stack = self.ctx.undo_stack
            self._step(stack.redo, "Redone", stack.command(stack.index()))

    def _step(self, work: Any, done: str, command: Any) -> None:
        """Undo or redo, then show where it happened: a change on another page (the report's
        suggestions, undone from the plan) is not made out of sight."""
        from brdesk.ui.undo import changed_where

        if command is None:
            return
        text = command.text()
        key, service, record_id = changed_where(command)
        if not self._guarded(work):
            return
        label = dict((k, lbl) for k, lbl, _icon in PAGES).get(key or "", "")
        if key is not None and self.current_page() is not self.pages.get(key):
            self.show_page(key)
        if key == "plan" and record_id is not None:
            kind = {"ObjectiveService": "objective", "ActionService": "action"}.get(
                type(service).__name__
            )
            if kind is not None:
                self.page("plan").select(kind, record_id)
        where = f" on {label}" if label else ""
        self.statusBar().showMessage(f"{done}{where}: {text}", 10_000)

    def _guarded(self, work: Any) -> bool:
        if self.ctx is None:
            return False
        page = self.current_page()
        if page is not None:
            page.commit_pending()
        try:
            work()
        except BrdeskError as exc:
            self._on_failed(str(exc))
            return False
        return True

    def new_item(self) -> None:
        page = self.current_page()
        if page is not None:
            page.new_item()

    def focus_find(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_find()

    # --- changes and status -----------------------------------------------------------

    def _on_changed(self) -> None:
        for page in self.pages.values():
            if hasattr(page, "on_changed"):
                page.on_changed()
        self._update_status()

    def _on_failed(self, message: str) -> None:
        self.saved_label.setText("Not saved")
        self.saved_label.setStyleSheet("color: #B00020;")
        prompts.warn(self, "brdesk", message)

    def _update_status(self) -> None:
        if self.store is None:
            return
        self._show_counts(self.store.counts())
        self._show_saved()
        demo = self.data_dir != self.own_data_dir
        self.statusBar().showMessage(f"Data folder: {self.data_dir.root}")
        self.setWindowTitle("brdesk — demo reserve (made-up data)" if demo else "brdesk")

    def _show_saved(self) -> None:
        """ "All changes saved" only when it is true: a value typed and refused (marked in
        red in its form) is not saved, and the status bar says so."""
        from brdesk.ui.widgets.record_form import RecordForm

        if self.store is not None and self.store.read_only is not None:
            self.saved_label.setText("Read-only: nothing can be changed")
            self.saved_label.setStyleSheet("color: #1F5F99;")
            return
        refused = sum(
            len(form.rejected())
            for page in self.pages.values()
            for form in page.findChildren(RecordForm)
            if form.autosave
        )
        if refused:
            self.saved_label.setText(f"{plural(refused, 'value')} not saved (marked in red)")
            self.saved_label.setStyleSheet("color: #B00020;")
        else:
            self.saved_label.setText("All changes saved")
            self.saved_label.setStyleSheet("color: #2E7D32;")

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts_label.setText(
            f"{plural(counts['objectives'], 'objective')} · "
            f"{plural(counts['actions'], 'action')} · "
            f"{plural(counts['observations'], 'observation')}"
        )

    # --- file menu --------------------------------------------------------------------

    def choose_data_folder(self) -> None:
        folder = prompts.choose_folder(self, "Open a brdesk data folder", self.data_dir.root)
        if folder is not None:
            self.open_data(DataDir(folder))

    def bring_found_data(self) -> None:
        from brdesk.ui.bring_data import bring_into

        if self.found_earlier:
            bring_into(self, self.found_earlier[0])

    def bring_earlier_data(self) -> None:
        from brdesk.ui.bring_data import choose_and_bring

        choose_and_bring(self)

    def back_to_own_data(self) -> None:
        self.open_data(self.own_data_dir)

    def explore_demo(self) -> None:
        from brdesk.services.demo import fill_demo
        from brdesk.services.store import Store

        demo = demo_dir_for(self.own_data_dir)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with Store.open(demo) as store:
                if not store.has_user_data():
                    fill_demo(store)
        except BrdeskError as exc:
            QApplication.restoreOverrideCursor()
            prompts.fail(self, "brdesk", f"The demo could not be prepared.\n\n{exc}")
            return
        QApplication.restoreOverrideCursor()
        self.open_data(demo)

    def start_guided(self) -> None:
        from brdesk.ui.dialogs.start_wizard import StartWizard
        from brdesk.ui.guided_start import apply_answers

        wizard = StartWizard(self)
        if not wizard.exec():
            return
        try:
            apply_answers(self.ctx, wizard.answers())
        except BrdeskError as exc:
            self._on_failed(str(exc))
            return
        self.show_page("plan")

    def export_plan(self) -> None:
        from brdesk.ui.export_actions import export_plan_interactively

        export_plan_interactively(self, self.store)

    def import_observations(self) -> None:
        self.show_page("observations")
        self.page("observations").import_file()

    def export_report(self) -> None:
        self.show_page("report")
        self.page("report").export()

    def export_dashboard(self) -> None:
        self.show_page("dashboard")
        self.page("dashboard").export()

    def export_observations(self) -> None:
        from brdesk.ui.export_actions import export_observations_interactively

        export_observations_interactively(self, self.store)

    def export_package(self) -> None:
        from brdesk.ui.dialogs.package_dialog import ExportPackageDialog

        dialog = ExportPackageDialog(self.ctx, self)
        dialog.exec()
        dialog.wait()

    def import_package(self) -> None:
        from brdesk.ui.dialogs.package_dialog import ImportPackageDialog, choose_package

        path = choose_package(self)
        if path is None:
            return
        page = self.current_page()
        if page is not None:
            page.commit_pending()
        dialog = ImportPackageDialog(self.ctx, path, self)
        dialog.check()
        dialog.exec()
        dialog.wait()

    def show_backups(self) -> None:
        from brdesk.ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.data_dir, self)
        accepted = dialog.exec()
        dialog.wait()
        if accepted and dialog.chosen is not None:
            self.restore_from(dialog.chosen)

    # --- help -------------------------------------------------------------------------

    def reveal_data_folder(self) -> None:
        prompts.show_in_system(self.data_dir.root)

    def show_about(self) -> None:
        from brdesk.reference import programme

        prompts.about(self, "About brdesk", about_text(self.data_dir, programme().acknowledgement))

    def show_help(self) -> None:
        from brdesk.ui.dialogs.help_dialog import HelpDialog

        HelpDialog(self).exec()

    # --- closing ----------------------------------------------------------------------

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        current = self.sidebar.currentRow()
        if current >= 0:
            self.settings.setValue("window/page", PAGES[current][0])
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
        self.settings.sync()

    def closeEvent(self, event: Any) -> None:
        page = self.current_page()
        if page is not None:
            page.commit_pending()
        self.close_data()
        if self.owner is not None:
            self.owner.release()
            self.owner = None
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)


def start_chart_helper() -> None:
    from brdesk.reports import chart_helper

    chart_helper.shared().start()


def about_text(data_dir: DataDir, acknowledgement: str) -> str:
    return (
        f"<h3>brdesk {__version__}</h3>"
        "<p>An offline workbench for the managers and researchers of mountain biosphere "
        "reserves: profile, action plan, monitoring, dashboard and post-training report.</p>"
        f"<p><b>Data folder:</b> {data_dir.root}</p>"
        "<p><b>Licence:</b> MIT. brdesk opens no network connection.</p>"
        f"<p><i>{acknowledgement}</i></p>"
    )
