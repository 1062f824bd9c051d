"""Start-up benchmark: process start to main window shown, and to the user's data shown.

Each run is a fresh process (`python -m brdesk gui`) on a demo data folder, offscreen.
The application prints wall-clock times when BRDESK_STARTUP_PROBE is set; the launcher
notes the time just before spawning the process. Reports medians of several runs.

    python bench/startup.py [--runs 9] [--observations 5000] [--frozen dist/brdesk/brdesk]

With --frozen, the standalone build's executable is started instead of the source.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MARKS = ("window", "data", "ready")


COMMAND = [sys.executable, "-m", "brdesk"]


def one_run(data_dir: Path) -> tuple[float, float, float]:
    env = dict(os.environ, BRDESK_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    start = time.time()
    out = subprocess.run(
        [*COMMAND, "--data-dir", str(data_dir), "gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    ).stdout
    marks = dict(line.split() for line in out.splitlines() if line.split()[0] in MARKS)
    return tuple(float(marks[m]) - start for m in MARKS)  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--observations", type=int, default=5000)
    parser.add_argument("--frozen", metavar="EXE", help="the standalone build's executable")
    args = parser.parse_args()
    if args.frozen:
        COMMAND[:] = [str(Path(args.frozen).resolve())]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run(
            [*COMMAND, "--data-dir", str(data), "demo",
             "--observations", str(args.observations)],
            check=True, capture_output=True,
        )  # fmt: skip
        one_run(data)  # warm the OS file cache, as a second start on a laptop would be
        runs = [one_run(data) for _ in range(args.runs)]
    print(f"runs: {args.runs}, observations: {args.observations}")
    labels = ("to main window", "to user's data", "to fully loaded")
    for label, times in zip(labels, zip(*runs, strict=True), strict=True):
        print(
            f"{label:16s}: median {statistics.median(times):.3f} s "
            f"(min {min(times):.3f}, max {max(times):.3f})"
        )


if __name__ == "__main__":
    main()
