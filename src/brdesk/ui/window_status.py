"""The window's status bar: counts, and "All changes saved" only when it is true."""

from __future__ import annotations

from brdesk.ui import prompts
from brdesk.ui.i18n import tr_n, tx
from brdesk.ui.window_base import WindowBase


class StatusLine(WindowBase):
    def _on_changed(self) -> None:
        for page in self.pages.values():
            if hasattr(page, "on_changed"):
                page.on_changed()
        self._update_status()

    def _on_failed(self, message: str) -> None:
        self.saved_label.setText(tx("Not saved"))
        self.saved_label.setStyleSheet("color: #B00020;")
        prompts.warn(self, "brdesk", message)

    def _update_status(self) -> None:
        if self.store is None:
            return
        if self.cohort_mode:
            # The cohort folder's own database holds nobody's data: count the participants.
            from brdesk.services.cohort_folder import member_dirs

            count = len(member_dirs(self.data_dir))
            self.counts_label.setText(tr_n("%Ln participant(s)", "", count))
        else:
            self._show_counts(self.store.counts())
        self._show_saved()
        demo = self.data_dir != self.own_data_dir
        where = tx("Cohort folder: %1") if self.cohort_mode else tx("Data folder: %1")
        shown = str(self.data_dir.root)
        if self.data_dir.database_url is not None:
            from brdesk.services.store import shown_url

            where, shown = tx("Office database: %1"), shown_url(self.data_dir.database_url)
        self.statusBar().showMessage(where.replace("%1", shown))
        self.setWindowTitle(tx("brdesk — demo reserve (made-up data)") if demo else "brdesk")

    def _show_saved(self) -> None:
        """ "All changes saved" only when it is true: a value typed and refused (marked in
        red in its form) is not saved, and the status bar says so."""
        from brdesk.ui.widgets.record_form import RecordForm

        if self.store is not None and self.store.read_only is not None:
            self.saved_label.setText(tx("Read-only: nothing can be changed"))
            self.saved_label.setStyleSheet("color: #1F5F99;")
            return
        refused = sum(
            len(form.rejected())
            for page in self.pages.values()
            for form in page.findChildren(RecordForm)
            if form.autosave
        )
        if refused:
            self.saved_label.setText(tr_n("%Ln value(s) not saved (marked in red)", "", refused))
            self.saved_label.setStyleSheet("color: #B00020;")
        else:
            self.saved_label.setText(tx("All changes saved"))
            self.saved_label.setStyleSheet("color: #2E7D32;")

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts_label.setText(" · ".join((
            tr_n("%Ln objective(s)", "", counts["objectives"]),
            tr_n("%Ln action(s)", "", counts["actions"]),
            tr_n("%Ln observation(s)", "", counts["observations"]),
        )))  # fmt: skip

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(tx("&Undo %1").replace("%1", text).strip())

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(tx("&Redo %1").replace("%1", text).strip())
