"""A demo data folder for the benchmarks, made by the command line as a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def make_demo(data: Path, observations: int) -> None:
    print(f"making a demo of {observations:,} observations in {data} ...", flush=True)
    subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(data), "demo",
         "--observations", str(observations)],
        check=True,
    )  # fmt: skip
