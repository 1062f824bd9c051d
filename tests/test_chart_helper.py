"""The chart helper process: it shares the drawing, keeps the order, survives its own
death, can be switched off, and opens no socket."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from brdesk.reports.chart_helper import SWITCH, ChartHelper
from brdesk.reports.charts import to_rgba
from brdesk.services.dashboard import DashboardFilter, Panel, dashboard_panels
from brdesk.services.store import Store

WIDTH, DPI = 480, 96


@pytest.fixture(scope="module")
def helper() -> Iterator[ChartHelper]:
    helper = ChartHelper()
    helper.start()
    assert helper.wait_ready(120), "the helper did not start"
    yield helper
    helper.close()


@pytest.fixture
def panels(demo_store: Store) -> list[Panel]:
    return list(dashboard_panels(demo_store, DashboardFilter()))


def test_shares_the_panels_and_keeps_their_order(helper: ChartHelper, panels: list[Panel]) -> None:
    drawn = list(helper.draw_all(panels, WIDTH, DPI, threading.Event()))
    assert [d.number for d in drawn] == list(range(len(panels)))
    assert [d.panel.title for d in drawn] == [p.title for p in panels]
    assert {d.where for d in drawn} == {"helper", "here"}
    # The helper's pixels are the chart's pixels: the same as drawing it here.
    first_from_helper = next(d for d in drawn if d.where == "helper")
    rgba, width, height = to_rgba(first_from_helper.panel.figure(), WIDTH, DPI)
    assert (first_from_helper.width, first_from_helper.height) == (width, height)
    assert first_from_helper.rgba == rgba


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_dead_helper_costs_speed_never_a_panel(panels: list[Panel]) -> None:
    helper = ChartHelper()
    helper.start()
    assert helper.wait_ready(120)
    pid = helper.pid()
    assert pid is not None and pid != os.getpid()
    os.kill(pid, signal.SIGKILL)
    drawn = list(helper.draw_all(panels, WIDTH, DPI, threading.Event()))
    assert [d.number for d in drawn] == list(range(len(panels)))
    assert all(d.where == "here" for d in drawn)
    assert all(len(d.rgba) == d.width * d.height * 4 for d in drawn)
    assert not helper.ready()
    helper.close()


def test_switched_off_draws_everything_here(
    monkeypatch: pytest.MonkeyPatch, panels: list[Panel]
) -> None:
    monkeypatch.setenv(SWITCH, "0")
    helper = ChartHelper()
    helper.start()
    assert not helper.ready() and not helper.wait_ready(1)
    drawn = list(helper.draw_all(panels[:3], WIDTH, DPI, threading.Event()))
    assert [d.where for d in drawn] == ["here"] * 3


def test_cancel_stops_early(helper: ChartHelper, panels: list[Panel]) -> None:
    cancel = threading.Event()
    drawn = []
    for item in helper.draw_all(panels, WIDTH, DPI, cancel):
        drawn.append(item)
        cancel.set()
    assert 1 <= len(drawn) < len(panels)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc")
def test_the_helper_holds_no_socket(helper: ChartHelper, panels: list[Panel]) -> None:
    list(helper.draw_all(panels, WIDTH, DPI, threading.Event()))
    pid = helper.pid()
    assert pid is not None
    links = [os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir() if fd.is_symlink()]
    assert links  # it can be read
    assert not [link for link in links if link.startswith("socket:")]


PARENT = """
import sys, time
from brdesk.reports import chart_helper
if __name__ == "__main__":
    helper = chart_helper.shared()
    helper.start()
    assert helper.wait_ready(120)
    print(helper.pid(), flush=True)
    time.sleep(120)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_helper_ends_when_the_application_is_killed(tmp_path: Path) -> None:
    import subprocess
    import time

    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    parent = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip
    try:
        assert parent.stdout is not None
        helper_pid = int(parent.stdout.readline())
        os.kill(helper_pid, 0)  # alive
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            os.kill(helper_pid, 0)
        except ProcessLookupError:
            return
        if _zombie(helper_pid):  # ended, waiting for an init that may never reap it
            return
        time.sleep(0.1)
    pytest.fail("the chart helper outlived the application")


def _zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] == "Z"
