"""What every page shares: the open store, the undo stack, and word of changes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from brdesk.paths import DataDir
from brdesk.ui.i18n import say
from brdesk.ui.operations import Operations

if TYPE_CHECKING:
    from brdesk.services.store import Store
    from brdesk.ui.undo import ServiceCommand


class AppContext(QObject):
    """The open data folder as the pages see it."""

    #: Emitted after any change to the data (an edit, an undo, a redo, an import).
    changed = Signal()
    #: A page asks the window to show another page (by key).
    navigate = Signal(str)
    #: A page asks for the Observations page filtered by a zone on the map (a code of
    #: observation_query.MAP_ZONE_CHOICES).
    find_in_zone = Signal(str)
    #: A page reports a failure the user must see (the window shows it).
    failed = Signal(str)

    def __init__(
        self,
        data_dir: DataDir,
        store: Store | None,
        settings: QSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        #: None for the first instants of start-up, while the data layer loads: pages that
        #: can (Home) read the file directly meanwhile.
        self.store: Any = store
        self.settings = settings
        # Commands announce their own changes (a merged edit moves no index).
        self.undo_stack = QUndoStack(self)
        #: the pages' background work (ui/operations.py); one that writes says so
        self.operations = Operations(self)
        self.operations.changed.connect(self.notify)
        #: on an office database, what shows the others' changes (ui/office_watch.py)
        self.office: Any = None

    @property
    def read_only(self) -> str | None:
        """Why the open folder cannot be changed (a sentence), or None when it can."""
        return None if self.store is None else self.store.read_only

    def notify(self) -> None:
        self.changed.emit()

    def run(self, command: ServiceCommand) -> bool:
        """Do a change as an undoable command; a refusal is shown (through `failed`) and
        changes nothing. True if it was done."""
        from brdesk.errors import BrdeskError
        from brdesk.ui.undo import execute

        try:
            execute(self.undo_stack, command)
        except BrdeskError as exc:
            if not getattr(exc, "answered", False):  # else the user has just been asked
                self.failed.emit(say(exc))
            return False
        return True

    def reader(self) -> sqlite3.Connection:
        """A read connection of its own, for a worker thread; the caller closes it."""
        if self.store is not None:
            return self.store.reader()  # type: ignore[no-any-return]
        from brdesk.db.state import connect_read_only

        return connect_read_only(self.data_dir.db_path)

    @contextmanager
    def read_connection(self) -> Iterator[sqlite3.Connection]:
        """A DB-API connection for plain-SQL reads: the store's, or a read-only one."""
        if self.store is not None:
            with self.store.dbapi() as conn:
                yield conn
            return
        from brdesk.db.state import connect_read_only

        conn = connect_read_only(self.data_dir.db_path)
        try:
            yield conn
        finally:
            conn.close()


class Page(QWidget):
    key = ""
    title = ""
    #: A line under the page's title saying what the page is for.
    subtitle = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.title)
        self._stale = True

    def refresh(self) -> None:
        """Reload what the page shows from the store."""

    def on_changed(self) -> None:
        if self.isVisible():
            self.refresh()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh()
            self._stale = False
        super().showEvent(event)

    def new_item(self) -> None:
        """Ctrl+N on this page."""

    def focus_find(self) -> None:
        """Ctrl+F on this page."""

    def save_state(self) -> None:
        """Remember splitters and column widths in the settings."""

    def commit_pending(self) -> None:
        """Save edits still waiting for a pause in typing."""

    def shutdown(self) -> None:
        """Before the page goes: stop what it started (its operations are waited for by
        the window)."""

    def edit_controls(self) -> list[QWidget]:
        """The buttons that change data: hidden when the folder is open read-only."""
        return []

    def set_read_only(self) -> None:
        """The folder is open read-only: everything shown, nothing editable. (Handlers of
        shortcuts and double-clicks check ctx.read_only themselves.)"""
        from brdesk.ui.widgets.record_form import RecordForm

        for form in self.findChildren(RecordForm):
            form.set_read_only()
        for widget in self.edit_controls():
            widget.hide()
