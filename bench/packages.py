"""Exchange package benchmark: export all the data of a folder to a package, import it
into an empty folder, import it again (the idempotent case: every record compared, none
written), and a dry run. Medians of several runs; the folder is only read.

    python bench/packages.py --data DIR [--runs 3]   (DIR: a demo, e.g. made with
    `brdesk --data-dir DIR demo --observations 100000`)
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from brdesk.services.packages import export_package, import_package, preview_package
    from brdesk.services.store import Store

    results: dict[str, list[float]] = {"export": [], "import": [], "again": [], "dry run": []}
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / "all.brdesk"
        with Store.open(args.data) as source:
            counts = source.counts()
            for _ in range(args.runs):
                results["export"].append(_timed(lambda: export_package(source, package)))
        for run in range(args.runs):
            target = Path(tmp) / f"laptop-{run}"
            with Store.open(target) as store:
                results["import"].append(_timed(lambda: import_package(store, package)))
                results["again"].append(_timed(lambda: import_package(store, package)))
                results["dry run"].append(_timed(lambda: preview_package(store, package)))
            shutil.rmtree(target)
        size = package.stat().st_size / 2**20
    print(f"{counts['observations']:,} observations; package {size:.1f} MB")
    for name, times in results.items():
        print(f"  {name:8s} median {statistics.median(times):6.2f} s  (runs: "
              + ", ".join(f"{t:.2f}" for t in times) + ")")  # fmt: skip


if __name__ == "__main__":
    main()
