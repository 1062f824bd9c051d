"""One way to run work off the GUI thread, in the manner of Anki's aqt/operations.

    ops.run(work, key="query", on_success=show)

`work(job)` runs on a worker thread and must not touch widgets; it reports through `job`
(`job.progress(done, of)`, `job.stage(n)`) and stops early when `job.check()` finds it
cancelled. Everything else is done here, once:

- cancelling: each operation has a CancelToken; `job.check()` raises Cancelled;
- the newest request wins: starting an operation with a key cancels the running one with
  the same key, and nothing that one delivers afterwards reaches its callbacks but
  `on_done`, which cleans up (a query overtaken by typing, a preview overtaken by a
  correction);
- a registry of what runs: `wait_all()` (shutdown, tests, the self-test) and `cancel_all()`;
- failures reach the user by default, as a warning naming the operation, unless the
  caller handles them;
- an operation that writes (`writes=True`) is followed by `changed`, which the window
  turns into a refresh of every page.

Callbacks are called in the GUI thread (ui/tasks.py says how, and why only there).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from brdesk.errors import Cancelled
from brdesk.ui import prompts
from brdesk.ui.i18n import tx
from brdesk.ui.tasks import Task

T = TypeVar("T")


class CancelToken:
    """Set from the GUI thread, read by the work."""

    def __init__(self) -> None:
        #: for the APIs that take an Event themselves (the chart helper)
        self.event = threading.Event()

    def cancel(self) -> None:
        self.event.set()

    @property
    def cancelled(self) -> bool:
        return self.event.is_set()


class Job:
    """What the work sees of its operation."""

    def __init__(
        self,
        token: CancelToken,
        progress: Callable[[int, int], None],
        stage: Callable[[int], None],
    ) -> None:
        self.token = token
        self.progress = progress
        self.stage = stage

    def check(self, message: str = "") -> None:
        """Stop here (raising Cancelled) if the operation was cancelled."""
        if self.token.cancelled:
            raise Cancelled(message or tx("Cancelled: nothing was changed."))


class Operation(Generic[T]):
    """A running operation, as its caller holds it."""

    def __init__(self, task: Task, token: CancelToken, key: str | None) -> None:
        self.task = task
        self.token = token
        self.key = key
        #: overtaken by a newer operation of the same key: nothing more is delivered
        self.superseded = False

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def running(self) -> bool:
        try:
            return self.task.isRunning()
        except RuntimeError:  # finished, delivered, and its thread object deleted
            return False

    def wait(self, timeout_ms: int = 60_000) -> bool:
        try:
            return self.task.wait(timeout_ms)
        except RuntimeError:
            return True


class Operations(QObject):
    """The operations of one window, page or dialog."""

    #: An operation that writes has finished (successfully): the data changed.
    changed = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._running: list[Operation[Any]] = []

    @property
    def owner(self) -> QWidget | None:
        """The widget failures are shown over: the nearest widget among the parents. (Found
        when needed, never kept: a reference back to the widget that holds these
        operations would be a cycle, and Python's collector would then delete the widget
        at a moment of its choosing, in the middle of another widget's work.)"""
        parent = self.parent()
        while parent is not None and not isinstance(parent, QWidget):
            parent = parent.parent()
        return parent

    def run(
        self,
        work: Callable[[Job], T],
        *,
        title: str = "brdesk",
        key: str | None = None,
        writes: bool = False,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        on_stage: Callable[[int], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_done: Callable[[], None] | None = None,
        discard: Callable[[T], None] | None = None,
    ) -> Operation[T]:
        """Start work on a worker thread; see the module's text for what comes with it.
        `discard` lets go of a result that arrives after a newer operation overtook this
        one (an import preview's scratch file, say)."""
        if key is not None:
            for older in self._running:
                if older.key == key:
                    older.superseded = True
                    older.cancel()
        token = CancelToken()

        def run_work(progress: Callable[[int, int], None], stage: Callable[[int], None]) -> T:
            return work(Job(token, progress, stage))

        task = Task(run_work, self)
        operation: Operation[T] = Operation(task, token, key)

        def live(deliver: Callable[..., None] | None) -> Callable[..., None]:
            def call(*args: Any) -> None:
                if deliver is not None and not operation.superseded:
                    deliver(*args)

            return call

        def failed(message: str) -> None:
            if operation.superseded:
                return
            if on_failure is not None:
                on_failure(message)
            elif not token.cancelled:
                prompts.warn(self.owner, title, message)

        def succeeded(result: T) -> None:
            if operation.superseded and discard is not None:
                discard(result)
            live(on_success)(result)
            if writes:
                self.changed.emit()

        def finished() -> None:
            if operation in self._running:
                self._running.remove(operation)
            if on_done is not None:  # cleaning up (a busy box, a button) is never skipped
                on_done()

        task.on_progress(live(on_progress)).on_stage(live(on_stage))
        task.on_success(succeeded).on_failure(failed).on_done(finished)
        task.finished.connect(task.deleteLater)
        self._running.append(operation)
        task.start()
        return operation

    def running(self) -> list[Operation[Any]]:
        return list(self._running)

    def cancel_all(self) -> None:
        for operation in self._running:
            operation.cancel()

    def stop_all(self, timeout_ms: int = 60_000) -> None:
        """Before what the operations report to goes away (a data folder closed): cancel
        them, wait for their threads, and deliver nothing more. No events are processed
        here: teardown must not run callbacks half-way."""
        for operation in self._running:
            if operation.running:  # one already delivering (whose callback closes a
                operation.superseded = True  # folder, say) finishes its delivery
                operation.cancel()
        for operation in list(self._running):
            operation.wait(timeout_ms)

    def wait_all(self, timeout_ms: int = 60_000) -> None:
        """Let every running operation finish and deliver its results (shutdown, tests,
        the self-test): a worker's last signals are queued, so events are processed."""
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            # Threads, not deliveries: called from an operation's own callback (a restore
            # offered when the start-up check finds damage), that one is still listed.
            active = [operation for operation in self._running if operation.running]
            for operation in active:
                operation.wait(max(1, int((deadline - time.monotonic()) * 1000)))
            QApplication.processEvents()
            QApplication.processEvents()
            if not active:
                return
