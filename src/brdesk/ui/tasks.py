"""Long work off the GUI thread: a function run on a QThread, with progress and a result
handed back in the GUI thread. The function must not touch widgets.

Two rules learnt the hard way:
- callers never connect a lambda to a signal emitted by the worker: a lambda has no thread
  of its own, so Qt calls it in the worker thread, where touching a widget or a model
  crashes the interpreter. The task's own slots (bound methods of this QObject, which
  lives in the GUI thread) receive every signal and call the callbacks from there;
- only plain values cross threads in signals; results stay on the task.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from brdesk.errors import BrdeskError
from brdesk.ui.i18n import say, tx

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], Callable[[int], None]], Any]


class Task(QThread):
    _progressed = Signal(int, int)
    _staged = Signal(int)
    _succeeded = Signal()
    _failed = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.result: Any = None
        self.error: str | None = None
        self._on_progress: list[Callable[[int, int], None]] = []
        self._on_stage: list[Callable[[int], None]] = []
        self._on_success: list[Callable[[Any], None]] = []
        self._on_failure: list[Callable[[str], None]] = []
        self._on_done: list[Callable[[], None]] = []
        self._progressed.connect(self._deliver_progress)
        self._staged.connect(self._deliver_stage)
        self._succeeded.connect(self._deliver_success)
        self._failed.connect(self._deliver_failure)

    # --- what callers use, all called in the GUI thread --------------------------------

    def on_progress(self, slot: Callable[[int, int], None]) -> Task:
        self._on_progress.append(slot)
        return self

    def on_stage(self, slot: Callable[[int], None]) -> Task:
        """Intermediate results: the work calls stage(n) when part n is ready."""
        self._on_stage.append(slot)
        return self

    def on_success(self, slot: Callable[[Any], None]) -> Task:
        self._on_success.append(slot)
        return self

    def on_failure(self, slot: Callable[[str], None]) -> Task:
        self._on_failure.append(slot)
        return self

    def on_done(self, slot: Callable[[], None]) -> Task:
        """After success or failure."""
        self._on_done.append(slot)
        return self

    # --- the worker thread ------------------------------------------------------------

    def run(self) -> None:
        try:
            self.result = self._work(self._progressed.emit, self._staged.emit)
        except BrdeskError as exc:
            self.error = say(exc)
            self._failed.emit()
        except Exception as exc:
            log.exception("background task failed")
            self.error = tx("Something went wrong: {exc}. Details are in the log folder.").format(
                exc=exc
            )
            self._failed.emit()
        else:
            self._succeeded.emit()

    # --- delivery, queued into the GUI thread -----------------------------------------

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        for slot in self._on_progress:
            slot(done, total)

    @Slot(int)
    def _deliver_stage(self, stage: int) -> None:
        for slot in self._on_stage:
            slot(stage)

    @Slot()
    def _deliver_success(self) -> None:
        for slot in self._on_success:
            slot(self.result)
        self._finish()

    @Slot()
    def _deliver_failure(self) -> None:
        for slot in self._on_failure:
            slot(self.error or tx("Something went wrong."))
        self._finish()

    def _finish(self) -> None:
        for slot in self._on_done:
            slot()
