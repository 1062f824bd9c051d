"""What the window's menus do: the file, edit and help commands. Each hands over to a page,
a dialog or a service; none holds state of its own."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from brdesk import __version__
from brdesk.errors import BrdeskError
from brdesk.paths import DataDir
from brdesk.ui import prompts
from brdesk.ui.i18n import say, tx
from brdesk.ui.page_registry import PAGES
from brdesk.ui.window_base import WindowBase


def about_text(data_dir: DataDir, acknowledgement: str) -> str:
    return tx(
        "<h3>brdesk {__version__}</h3><p>An offline workbench for the managers and researchers of "
        "mountain biosphere reserves: profile, action plan, monitoring, dashboard and "
        "post-training report.</p><p><b>Data folder:</b> {root}</p><p><b>Licence:</b> MIT. brdesk "
        "opens no network connection.</p><p><i>{acknowledgement}</i></p>"
    ).format(__version__=__version__, root=data_dir.root, acknowledgement=acknowledgement)


class WindowCommands(WindowBase):
    def undo(self) -> None:
        if self.ctx is not None:
            stack = self.ctx.undo_stack
            self._step(stack.undo, tx("Undone"), stack.command(stack.index() - 1))

    def redo(self) -> None:
        if self.ctx is not None:
            stack = self.ctx.undo_stack
            self._step(stack.redo, tx("Redone"), stack.command(stack.index()))

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
            self._on_failed(say(exc))
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

    def choose_data_folder(self) -> None:
        folder = prompts.choose_folder(self, tx("Open a brdesk data folder"), self.data_dir.root)
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
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            demo = self.session.prepare_demo()
        except BrdeskError as exc:
            QApplication.restoreOverrideCursor()
            prompts.fail(
                self, "brdesk", tx("The demo could not be prepared.\n\n{exc}").format(exc=exc)
            )
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
            self._on_failed(say(exc))
            return
        self.show_page("plan")

    def export_plan(self) -> None:
        from brdesk.ui.export_actions import export_plan_interactively

        export_plan_interactively(self, self.store)

    def export_assessments(self) -> None:
        from brdesk.ui.export_actions import export_assessments_interactively

        export_assessments_interactively(self, self.store)

    def import_zones(self) -> None:
        self.show_page("map")
        self.page("map").import_zones()

    def export_zones(self) -> None:
        from brdesk.ui.export_actions import export_zones_interactively

        export_zones_interactively(self, self.store)

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

    def choose_language(self, code: str) -> None:
        """Keep the language for this data folder; it takes effect at the next start."""
        from brdesk.languages import LANGUAGES
        from brdesk.ui.i18n import SETTING, current_language, tx

        self.settings.setValue(SETTING, code)
        self.settings.sync()
        if code == current_language():
            return
        prompts.inform(self, tx("Language"),
                       tx("brdesk will be in %1 the next time it starts.")
                       .replace("%1", LANGUAGES[code]))  # fmt: skip

    def reveal_data_folder(self) -> None:
        prompts.show_in_system(self.data_dir.root)

    def show_about(self) -> None:
        from brdesk.reference import programme

        prompts.about(
            self, tx("About brdesk"), about_text(self.data_dir, programme().acknowledgement)
        )

    def show_help(self) -> None:
        from brdesk.ui.dialogs.help_dialog import HelpDialog

        HelpDialog(self).exec()
