"""Observation log benchmark on 1,000,000 observations (targets from the issue):
open the page <= 0.5 s, substring filter <= 0.2 s, resident memory <= 300 MB.

Each run is a fresh process on the same demo folder (made once): it opens the main window
on the data, then times (a) choosing the Observations page until its first screenful is
shown, and (b) typing a filter until the matching rows are shown, and reports the
process's peak resident memory with every id of the log loaded. Medians of several runs.

    python bench/observations.py [--observations 1000000] [--runs 5] [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from demo_folder import make_demo

CHILD = r"""
import json, os, resource, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from brdesk.paths import DataDir
from brdesk.ui.app import make_app
from brdesk.ui.main_window import MainWindow
app = make_app()
window = MainWindow(DataDir(Path(sys.argv[1]), os.environ.get("BRDESK_DATABASE_URL")))
window.resize(1366, 768)
window.show()
window.open_data()
app.processEvents()

def until(condition, timeout=30.0):
    start = time.perf_counter()
    while not condition():
        app.processEvents()
        if time.perf_counter() - start > timeout:
            raise SystemExit(f"timed out: {page.status.text()}")

t0 = time.perf_counter()
window.show_page("observations")
page = window.pages["observations"]
until(lambda: page.model.total > 0)
app.processEvents()
opened = time.perf_counter() - t0
until(lambda: not page.loading)
everything = page.model.total
t0 = time.perf_counter()
page.filters.find_box.setText(sys.argv[2])
page.debounce.stop()
page.refresh()  # what the typing pause triggers
until(lambda: page.model.total != everything and page.model.ids)
app.processEvents()
filtered = time.perf_counter() - t0
until(lambda: not page.loading)
page.filters.clear_button.click()
until(lambda: not page.loading and page.model.total == len(page.model.ids))
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"open": opened, "filter": filtered, "rss_mb": rss, "total": page.model.total}))
window.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--observations", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", help="an existing demo folder to reuse")
    parser.add_argument("--text", default="uncia", help="the substring to filter on")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(args.data) if args.data else Path(tmp) / "data"
        if not args.data:
            make_demo(data, args.observations)
        results = []
        for _ in range(args.runs + 1):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(data), args.text],
                capture_output=True, text=True, check=True,
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            ).stdout  # fmt: skip
            results.append(json.loads(out.strip().splitlines()[-1]))
        results = results[1:]  # the first run warms the OS file cache
    total = results[0]["total"]
    print(f"observations: {total:,}, runs: {args.runs}")
    for key, label, unit in (
        ("open", "open the Observations page (first screenful)", "s"),
        ("filter", f"substring filter '{args.text}' (matching rows shown)", "s"),
        ("rss_mb", "peak resident memory, every id loaded", "MB"),
    ):
        values = [r[key] for r in results]
        print(f"{label}: median {statistics.median(values):.3f} {unit} "
              f"(min {min(values):.3f}, max {max(values):.3f})")  # fmt: skip


if __name__ == "__main__":
    main()
