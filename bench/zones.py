"""Zone assignment benchmark (issue 19): every observation of a 1,000,000-record log given
its zone from its coordinates, "within a few seconds".

The demo's three zones (outlines of 83 corners, the buffer and transition areas with a
hole each) over a demo of a million observations (made once). Each run is a fresh process:
it opens the store and times `ZoneService.reassign()`: read the located points, test them
against the outlines, write every observation's zone afresh, commit. Twice: the first pays
for importing numpy and matplotlib's path module, as a first import of zones in a session
would. Medians.

    python bench/zones.py [--observations 1000000] [--runs 5] [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from demo_folder import make_demo

CHILD = r"""
import json, sys, time
from pathlib import Path
from brdesk.services.store import Store
from brdesk.services.zones import ZoneService
store = Store.open(Path(sys.argv[1]))
service = ZoneService(store)
t0 = time.perf_counter()
placed = service.reassign()
first = time.perf_counter() - t0
t0 = time.perf_counter()
service.reassign()
again = time.perf_counter() - t0
print(json.dumps({"first": first, "again": again, "placed": placed}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--observations", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, help="a demo folder to reuse")
    args = parser.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="brdesk-zones-")) / "demo"
    if not (data / "brdesk.db").exists():
        make_demo(data, args.observations)
    results = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(data)], check=True, capture_output=True, text=True
        )
        results.append(json.loads(out.stdout))
        print(results[-1], flush=True)
    for key in ("first", "again"):
        values = [r[key] for r in results]
        print(
            f"{key}: median {statistics.median(values):.2f} s "
            f"(min {min(values):.2f}, max {max(values):.2f}) over {len(values)} runs; "
            f"observations placed: {results[0]['placed']:,}"
        )


if __name__ == "__main__":
    main()
