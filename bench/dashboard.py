"""Dashboard benchmark on 1,000,000 observations: time from choosing the page to every
panel drawn (target 1 s), and the longest stall of the GUI's event loop meanwhile (target
100 ms), measured by a 5 ms timer that records the gaps between its ticks.

    python bench/dashboard.py --data DIR [--runs 5]   (DIR: a demo of a million, e.g. made
    with `brdesk --data-dir DIR demo --observations 1000000`)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
if "--no-helper" in sys.argv:
    os.environ["BRDESK_CHART_HELPER"] = "0"
from pathlib import Path
from PySide6.QtCore import QTimer
from brdesk.paths import DataDir
from brdesk.ui.app import make_app
from brdesk.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
app = make_app()
data = DataDir(Path(sys.argv[1]), os.environ.get("BRDESK_DATABASE_URL"))
# Start on Home even if the last session ended on the dashboard: the clock starts at the click.
settings = QSettings(str(data.root / "settings.ini"), QSettings.Format.IniFormat)
settings.setValue("window/page", "home")
window = MainWindow(data)
window.resize(1366, 768)
window.show()
window.open_data()
from brdesk.reports import charts
charts.load()  # the page's first-use imports: measured by the start-up benchmark, not here
from brdesk.reports import chart_helper
if "--no-helper" not in sys.argv:
    chart_helper.shared().start()  # as the window does a few seconds after the data is open
    assert chart_helper.shared().wait_ready()
last = [time.perf_counter()]
gaps = []
def tick():
    now = time.perf_counter()
    gaps.append(now - last[0])
    last[0] = now
timer = QTimer()
timer.timeout.connect(tick)
timer.start(5)
state = {}
def start():
    state["t0"] = time.perf_counter()
    window.show_page("dashboard")
def check():
    page = window.pages.get("dashboard")
    if page is None or "done" in state:
        return
    drawn = [v for v in page.views if v.image is not None]
    if "first" not in state and drawn:
        drawn[0].repaint()
        state["first"] = time.perf_counter() - state["t0"]
    # Every panel the page has (nine, or ten with a self-assessment in the folder).
    if page.views and len(drawn) == len(page.views) and not page.busy:
        for view in page.views:
            view.repaint()  # every panel on screen, not merely received
        state["done"] = time.perf_counter() - state["t0"]
        QTimer.singleShot(200, app.quit)
watcher = QTimer()
watcher.timeout.connect(check)
watcher.start(5)
QTimer.singleShot(100, start)
app.exec()
stall = max(gaps[20:]) if len(gaps) > 20 else float("nan")
print(json.dumps({"first": state.get("first"), "ready": state.get("done"), "stall": stall}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-helper", action="store_true",
                        help="draw every panel in the application's process")  # fmt: skip
    args = parser.parse_args()
    results = []
    for _ in range(args.runs + 1):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, args.data, *(["--no-helper"] * args.no_helper)],
            capture_output=True, text=True,
            check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        ).stdout  # fmt: skip
        results.append(json.loads(out.strip().splitlines()[-1]))
    results = results[1:]
    for key, label in (("first", "first panel drawn"), ("ready", "every panel drawn"),
                       ("stall", "longest event-loop stall")):  # fmt: skip
        values = [r[key] for r in results]
        print(f"{label}: median {statistics.median(values):.3f} s "
              f"(min {min(values):.3f}, max {max(values):.3f})")  # fmt: skip


if __name__ == "__main__":
    main()
