"""On an office database, what the others save comes on screen by itself (issue 22).

The server announces every change (db/changes.py); this wakes when its listening
connection has something to read, gathers what came within a moment (an import is many
statements) and refreshes the pages, as after a change made here. What the user is typing
is left alone: a field being edited keeps its text and what it showed before, so saving it
over a colleague's newer value still asks (ui/undo.execute).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from brdesk.db.changes import Change, ChangeListener, listen

#: How long to gather announcements before refreshing once for all of them.
SETTLE_MS = 300


class OfficeWatch(QObject):
    def __init__(
        self, listener: ChangeListener, refresh: Callable[[list[Change]], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.listener = listener
        self.refresh = refresh
        self.waiting: list[Change] = []
        self.notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._readable)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._deliver)

    def _readable(self) -> None:
        self.waiting += self.listener.take()
        if not self.listener.alive:
            self.notifier.setEnabled(False)
        if self.waiting and not self.settle.isActive():
            self.settle.start()

    def _deliver(self) -> None:
        changes, self.waiting = self.waiting, []
        if changes:
            self.refresh(changes)

    def close(self) -> None:
        self.notifier.setEnabled(False)
        self.settle.stop()
        self.listener.close()


def watch(
    store: Any, refresh: Callable[[list[Change]], None], parent: QObject
) -> OfficeWatch | None:
    """A watch on the store's office database; None on a laptop's file, or when the
    server cannot be listened to."""
    if not store.on_server:
        return None
    listener = listen(store.engine)
    return None if listener is None else OfficeWatch(listener, refresh, parent)
