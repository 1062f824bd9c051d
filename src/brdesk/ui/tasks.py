"""Long work off the GUI thread: a function run on a QThread, with progress and a result
handed back by signal. The function must not touch widgets or the store's sessions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from brdesk.errors import BrdeskError

log = logging.getLogger(__name__)


class Task(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self, work: Callable[[Callable[[int, int], None]], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit)
        except BrdeskError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            log.exception("background task failed")
            self.failed.emit(f"Something went wrong: {exc}. Details are in the log folder.")
        else:
            self.succeeded.emit(result)
