"""The window's data folder: taken, previewed, opened (or read-only), checked, restored and
closed; the pages built for it. The folder's ownership and opening are the services'
(folder_owner, Store); this part puts their outcome on screen."""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from brdesk.errors import BrdeskError, DatabaseUnreadable, PasswordNeeded
from brdesk.paths import DataDir
from brdesk.ui import prompts
from brdesk.ui.heap import settle_heap
from brdesk.ui.i18n import say, tx
from brdesk.ui.page_registry import BY_KEY
from brdesk.ui.settings import open_settings
from brdesk.ui.window_base import WindowBase
from brdesk.ui.window_menus import set_data_actions

if TYPE_CHECKING:
    from brdesk.services.backups import BackupSummary
    from brdesk.services.folder_owner import FolderOwner

log = logging.getLogger(__name__)

#: After the data is open: well after start-up is measured done (about 1 s).
HELPER_DELAY_MS = 3000
#: SQLite's check of the whole file and the daily backup, after start-up too.
SAFETY_DELAY_MS = 1500


def start_chart_helper() -> None:
    from brdesk.reports import chart_helper

    chart_helper.shared().start()


class DataFolderView(WindowBase):
    def start(self) -> None:
        """Start-up: show the user's data straight from the file if it is ready to read,
        then load the data layer; the window is usable once `ready` is emitted."""
        from brdesk.db.state import is_current

        remembered = self.remembered_office()
        if remembered and not self.data_dir.on_server:
            self.data_dir = DataDir(self.data_dir.root, remembered)
        db = self.data_dir.db_path
        if self.data_dir.on_server:
            self._finish_start()  # the file beside is not the office's records
            return
        if is_current(db) and self._preview(self.data_dir):
            self.dataShown.emit()
            QTimer.singleShot(0, self._finish_start)
            return
        if db.is_file() and db.stat().st_size > 0 and not is_current(db):
            # An older schema: the upgrade (after a backup) can take a while on big logs.
            self.loading.setText(
                tx(
                    "Bringing your data up to date for this version of brdesk.\n"
                    "A backup copy is made first; this can take a minute for large logs…"
                )
            )
            self.stack.setCurrentWidget(self.loading)
            self.repaint()
        self._finish_start()

    def _finish_start(self) -> None:
        opened = self.open_data()
        # Out of the office's reach (in the field): this computer's own records, said.
        office = self.data_dir.on_server and self.remembered_office()
        if not opened and office and self.open_data(DataDir(self.data_dir.root)):
            self.statusBar().showMessage(
                tx("The office database could not be reached: this computer's own records")
            )
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
        self.saved_label.setText(tx("Opening…"))
        return True

    def open_data(self, data_dir: DataDir | None = None) -> bool:
        """Open (or switch to) a data folder; False, with a message, if it cannot be opened."""
        target = data_dir or self.data_dir
        taken = self._take_folder(target)
        if taken is None:
            return False
        owner, read_only = taken
        try:
            store = self.session.open(target, owner, read_only)
        except PasswordNeeded as exc:
            if owner is not self.owner:
                owner.release()
            given = self.ask_office_password(target, say(exc))
            return given is not None and self.open_data(given)
        except DatabaseUnreadable as exc:
            if self._offer_backup_for(target, say(exc)):
                return True
            self._show_unopened(exc)
            return False
        except BrdeskError as exc:
            head = (
                tx("The office database could not be opened.\n\n{exc}")
                if target.on_server
                else tx("The data folder could not be opened.\n\n{exc}")
            )
            prompts.fail(self, "brdesk", head.format(exc=exc))
            self._show_unopened(exc)
            return False
        previewed = self.ctx is not None and self.ctx.store is None and self.ctx.data_dir == target
        self.menuBar().setEnabled(True)
        self.sidebar.setEnabled(True)
        if previewed:
            self.store = store
            self.ctx.store = store
            set_data_actions(self, True)
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        else:
            self.close_data()
            self.store = store
            self.settings = open_settings(target)
            self._build_pages(target, store)
            if self.cohort_mode:
                self.show_page("cohort")
            elif store.has_user_data():
                self.show_page(str(self.settings.value("window/page", "home")))
            else:
                self._show_welcome()
        in_demo = self.data_dir != self.own_data_dir
        self.back_action.setVisible(in_demo)
        self.demo_banner.setVisible(in_demo)
        self._show_read_only(store.read_only)
        self._watch_office(store)
        if previewed:
            page = str(self.settings.value("window/page", "home"))
            if self.cohort_mode:
                self.show_page("cohort")
            elif not store.has_user_data():
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

    def _watch_office(self, store: Any) -> None:
        """On an office database, the others' changes come on screen by themselves."""
        from brdesk.ui.office_watch import watch

        self.show_office_actions(store)
        if self.ctx is not None and self.ctx.office is None:
            self.ctx.office = watch(store, self._others_changed, self.ctx)

    def _others_changed(self, changes: list[Any]) -> None:
        if self.ctx is None:
            return
        self.ctx.notify()
        who = ", ".join(sorted({change.who for change in changes}))
        self.statusBar().showMessage(tx("Changes saved by %1 are shown").replace("%1", who))

    def _show_read_only(self, why: str | None) -> None:
        """Say, above every page, that this folder can be looked at and not changed, and
        take away what would change it."""
        self.read_only_banner.setVisible(why is not None)
        if why is None:
            return
        self.read_only_banner.setText(
            tx(
                "<b>Read-only.</b> {v0} You can look at everything and export to another folder; "
                "nothing can be changed here."
            ).format(v0=escape(why))
        )
        set_data_actions(self, True, read_only=True)
        for page in self.pages.values():
            page.set_read_only()

    def _take_folder(self, target: DataDir) -> tuple[FolderOwner, str | None] | None:
        """This window's hold on the folder. While another brdesk holds it, the user may
        open it read-only (the reason, second, is then set, and the owner not held), try
        again, or give up (None)."""
        from brdesk.errors import FolderBusy
        from brdesk.services.folder_owner import FolderOwner
        from brdesk.services.folder_session import WINDOW

        while True:
            try:
                return self.session.take(target), None
            except FolderBusy as exc:
                choice = prompts.ask_choice(
                    self, tx("Data folder in use"), say(exc),
                    [tx("Open read-only"), tx("Try again"), tx("Cancel")],
                    details=tx("Two brdesk changing one folder could undo each other's work. "
                    "Look at it read-only here (and export what you need), or close the "
                    "other one (or let it finish) and try again."),
                )  # fmt: skip
                if choice == 0:
                    who = exc.who[:1].upper() + exc.who[1:]
                    return FolderOwner(target.root, WINDOW), (
                        tx(
                            "{who} is working in this folder; changes are made there. Close it and "
                            "open this folder again to make your own."
                        ).format(who=who)
                    )
                if choice == 2:
                    self._show_unopened(exc)
                    return None

    def _show_unopened(self, exc: Exception) -> None:
        if self.store is None:
            self.loading.setText(tx("Your data could not be opened.\n\n{exc}").format(exc=exc))
            self.stack.setCurrentWidget(self.loading)

    def _start_safety_check(self) -> None:
        from brdesk.ui.safety import SAFETY_CHECK, start_safety_check

        running = any(op.key == SAFETY_CHECK for op in self.operations.running())
        # An office database is checked and backed up on its server (docs/office-server.md):
        # the checks here are of the laptop's SQLite file.
        if self.store is None or running or self.store.on_server:
            return
        start_safety_check(self.operations, self.data_dir, self._database_damaged)

    def _wait_for_safety_check(self) -> None:
        # Its thread must end before the files go; what it would report of a folder being
        # closed no longer matters (and no events are processed in the middle of closing).
        self.operations.stop_all()

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
            self, "brdesk: your database is damaged", text, yes=tx("Restore it"), no=tx("Not now")
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
                prompts.warn(self, tx("Restore a backup"), error)
                return
            kept = (
                tx("Your data as it was before is kept in {previous}.").format(
                    previous=result.previous
                )
                if result.previous
                else ""
            )
            prompts.inform(
                self,
                tx("Restore a backup"),
                tx("The backup {name} was restored. {kept}").format(name=source.name, kept=kept),
            )

        run_restore(self.operations, self, target, summary, done)

    def close_data(self) -> None:
        """Close the open data folder and its pages (before its files are replaced)."""
        self._wait_for_safety_check()
        if self.ctx is None:
            return
        self.save_state()
        if self.ctx.office is not None:
            self.ctx.office.close()
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

    def _find_in_zone(self, code: str) -> None:
        self.show_page("observations")
        self.page("observations").filters.show_map_zone(code)

    def _build_pages(self, data_dir: DataDir, store: Any) -> None:
        """The context and the welcome page now; each page when first shown, so the
        first page appears without waiting for the others."""
        from brdesk.services.cohort_folder import is_cohort
        from brdesk.ui.pages.base import AppContext
        from brdesk.ui.pages.welcome_page import WelcomePage

        self.show_folder_kind(is_cohort(data_dir))
        self.ctx = AppContext(data_dir, store, self.settings, self)
        self.ctx.changed.connect(self._on_changed)
        self.ctx.navigate.connect(self.show_page)
        self.ctx.find_in_zone.connect(self._find_in_zone)
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
        self.welcome.cohortRequested.connect(self.add_cohort_packages)
        self.stack.addWidget(self.welcome)
        set_data_actions(self, True)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

    def page(self, key: str) -> Any:
        """The page for key, built on first use."""
        if key not in self.pages:
            from brdesk.ui.widgets.record_form import RecordForm

            self.pages[key] = BY_KEY[key].build(self.ctx)
            if self.ctx.read_only is not None or key in self.limited_pages:
                self.pages[key].set_read_only()
            self.stack.addWidget(self.pages[key])
            for form in self.pages[key].findChildren(RecordForm):
                form.refusalsChanged.connect(self._show_saved)
        return self.pages[key]

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
