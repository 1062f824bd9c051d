"""Report benchmark: a plan of 100 actions with the 4 charts, exported to Word.

Each run is a fresh process that opens the store, gathers the data and writes the .docx,
as a user's first export of a session does (so matplotlib and python-docx imports count;
the interpreter's own start-up and the store's opening do not). Reports the median.

    python bench/report.py [--runs 7] [--actions 100]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import sys, time
from pathlib import Path
from brdesk.services.store import Store
store = Store.open(Path(sys.argv[1]))
if sys.argv[3] == "warm":  # what the Report page preloads while the user reads it
    import docx, matplotlib.figure, matplotlib.backends.backend_agg
start = time.perf_counter()
from brdesk.services.report import export_report
export_report(store, Path(sys.argv[2]))
print(time.perf_counter() - start)
"""


def prepare(folder: Path, actions: int) -> None:
    from brdesk.services.demo import fill_demo
    from brdesk.services.plan import ActionService, ObjectiveService
    from brdesk.services.store import Store

    store = Store.open(folder)
    fill_demo(store, observations=5000)
    objectives = ObjectiveService(store).list()
    service = ActionService(store)
    existing = len(service.list())
    for n in range(actions - existing):
        objective = objectives[n % len(objectives)]
        service.create(
            objective_id=objective.id,
            title=f"Additional monitoring action {n + 1} along the elevation transect",
            responsible="Field team",
            start_date="2026-03-01",
            end_date="2028-10-31",
            status=("planned", "in_progress", "done", "delayed")[n % 4],
            indicator_name="Plots surveyed",
            indicator_unit="plots",
            indicator_baseline=0,
            indicator_target=20,
            indicator_latest=n % 21,
            sdgs=[13, 15],
            gbf_targets=[(n % 23) + 1],
        )
    assert len(service.list()) == actions
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--actions", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        prepare(data, args.actions)
        results = {}
        for mode in ("warm", "cold"):
            times = []
            for n in range(args.runs + 1):
                out = subprocess.run(
                    [sys.executable, "-c", CHILD, str(data), str(Path(tmp) / f"r{n}.docx"), mode],
                    capture_output=True, text=True, check=True,
                ).stdout  # fmt: skip
                if n:  # the first run warms the OS file cache and matplotlib's font cache
                    times.append(float(out))
            results[mode] = times
    print(f"runs: {args.runs}, actions: {args.actions}, charts: 4")
    for mode, label in (
        ("warm", "in the GUI (libraries preloaded by the Report page)"),
        ("cold", "first export in a fresh process (brdesk export report)"),
    ):
        times = results[mode]
        print(
            f"{label}: median {statistics.median(times):.3f} s "
            f"(min {min(times):.3f}, max {max(times):.3f})"
        )


if __name__ == "__main__":
    main()
