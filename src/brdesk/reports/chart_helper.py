"""A second process that draws charts, so a dashboard's panels are drawn on two cores.

matplotlib draws on one thread at a time (it holds the interpreter), and nine panels take
about a second on a 2-core laptop. A helper process, started in the background once the
user's data is on screen, draws every other panel meanwhile; the pixels come back through
a pipe. Without it (one core, or it could not start, or it died) everything is drawn where
it was asked for, only slower.

No socket: the spawn start method talks through pipes (named pipes on Windows).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from brdesk.reports.panel import Panel

log = logging.getLogger(__name__)

#: Set to "0" to draw everything in the application's own process.
SWITCH = "BRDESK_CHART_HELPER"


@dataclass
class Drawn:
    number: int
    panel: Panel
    rgba: bytes
    width: int
    height: int
    #: "helper" or "here": where it was drawn
    where: str


def _watch_parent() -> None:
    """In the helper: end with the application, even one killed or crashed. An idle helper
    waits on a pipe it also holds the writing end of, so it would never see the end."""
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # returns when the parent's sentinel closes: it has ended
        os._exit(0)

    threading.Thread(target=watch, name="brdesk-helper-watch", daemon=True).start()


def _warm() -> int:
    """In the helper: the imports, the reference data and the font cache a first chart
    needs, done before any is asked for."""
    from brdesk.reports.panel import Panel

    _draw(Panel("Warming up", "plan_progress", ([],)), 400, 96)
    return os.getpid()


def _draw(panel: Panel, width_px: int, dpi: float) -> tuple[bytes, int, int]:
    from brdesk.reports import charts

    return charts.to_rgba(panel.figure(), width_px, dpi)


class ChartHelper:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._warm: Future[int] | None = None

    @staticmethod
    def wanted() -> bool:
        return os.environ.get(SWITCH, "1") != "0" and (os.cpu_count() or 1) >= 2

    def start(self) -> None:
        """Start the helper in the background (once); returns at once."""
        with self._lock:
            if self._pool is not None or not self.wanted():
                return
            import multiprocessing

            try:
                # spawn, never fork: the parent has threads and Qt.
                pool = ProcessPoolExecutor(
                    1, mp_context=multiprocessing.get_context("spawn"), initializer=_watch_parent
                )
                self._warm = pool.submit(_warm)
            except Exception:
                log.exception("the chart helper did not start")
                return
            self._pool = pool

    def ready(self) -> bool:
        """Started, warmed up, and alive."""
        warm = self._warm
        return warm is not None and warm.done() and warm.exception() is None and self._alive()

    def pid(self) -> int | None:
        return self._warm.result() if self.ready() and self._warm is not None else None

    def wait_ready(self, timeout: float = 60) -> bool:
        """For benchmarks and tests: block until the helper can draw."""
        if self._warm is None:
            return False
        try:
            self._warm.result(timeout)
        except Exception:
            return False
        return self.ready()

    def _alive(self) -> bool:
        pool = self._pool
        return pool is not None and not getattr(pool, "_broken", False)

    def submit(self, panel: Panel, width_px: int, dpi: float) -> Future[tuple[bytes, int, int]]:
        assert self._pool is not None
        return self._pool.submit(_draw, panel, width_px, dpi)

    def close(self) -> None:
        with self._lock:
            pool, self._pool, self._warm = self._pool, None, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def draw_all(
        self, panels: Iterable[Panel], width_px: int, dpi: float, cancel: threading.Event
    ) -> Iterator[Drawn]:
        """Draw every panel, in order: here, and in the helper whenever it is idle, so the
        two share the work whatever each panel costs. Yields each in the panels' order as
        soon as it and all before it are drawn. A panel the helper fails on (it died,
        say) is drawn here instead."""
        from brdesk.reports import charts

        pending: list[tuple[int, Panel, Future[tuple[bytes, int, int]] | tuple[bytes, int, int]]]
        pending = []
        in_helper: Future[Any] | None = None

        def flush(wait: bool) -> Iterator[Drawn]:
            while pending:
                number, panel, result = pending[0]
                where = "here"
                if isinstance(result, Future):
                    if not (wait or result.done()):
                        return
                    try:
                        result, where = result.result(), "helper"
                    except Exception:
                        log.warning("the chart helper failed on %s", panel.title, exc_info=True)
                        result = charts.to_rgba(panel.figure(), width_px, dpi)
                pending.pop(0)
                yield Drawn(number, panel, *result, where)

        def to_helper(panel: Panel) -> Future[tuple[bytes, int, int]] | None:
            try:
                return self.submit(panel, width_px, dpi)
            except Exception:
                return None

        remaining = iter(panels)
        number = 0
        for panel in remaining:
            if cancel.is_set():
                return
            # When the helper is idle, it takes the panel after this one: this one, drawn
            # here, is then shown as soon as it is drawn, never after the helper's.
            if self.ready() and (in_helper is None or in_helper.done()):
                later = next(remaining, None)
                in_helper = to_helper(later) if later is not None else None
            else:
                later = None
            pending.append((number, panel, charts.to_rgba(panel.figure(), width_px, dpi)))
            if later is not None:
                result = in_helper or charts.to_rgba(later.figure(), width_px, dpi)
                pending.append((number + 1, later, result))
                number += 1
            number += 1
            yield from flush(wait=False)
        if not cancel.is_set():
            yield from flush(wait=True)


_shared = ChartHelper()


def shared() -> ChartHelper:
    """The application's one helper."""
    return _shared
