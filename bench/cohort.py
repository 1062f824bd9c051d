"""Cohort benchmark (issue 20): "200 participants' packages added within a minute, the
overview open within a second".

The packages: one participant's package of the demo reserve (its plan of 14 actions, two
self-assessments, two good practices, zones, and --observations observations: 1,000 by
default, a participant's monitoring after a training), copied 200 times, each copy given
a participant of its own (a new UUID and name in records/participants.jsonl, its checksum
in the manifest made again). Made once, in --data.

Each run is a fresh process on a fresh cohort folder:
- add: `brdesk cohort add` of the folder of 200 packages (the command a trainer runs);
- overview: reading the 200 participants' summaries and working out the overview rows, the
  combined alignment and the catalogue (what the Cohort page shows first).
Medians.

    python bench/cohort.py [--participants 200] [--observations 1000] [--runs 3] [--data DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

from demo_folder import make_demo

OVERVIEW = r"""
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from brdesk.paths import DataDir
from brdesk.reports.cohort_data import overview_row
from brdesk.services.cohort import members
from brdesk.services.cohort_overview import alignment, practice_catalogue
found = members(DataDir(Path(sys.argv[1])))
rows = [overview_row(m) for m in found]
sdgs, gbf = alignment(found)
catalogue = practice_catalogue(found)
print(json.dumps({"overview": time.perf_counter() - t0, "participants": len(rows),
                  "practices": len(catalogue)}))
"""


def clone(source: Path, target: Path, number: int) -> None:
    """The package with a participant of its own: a new UUID wherever the old one is named
    (the participant and what refers to it), and a name."""
    with zipfile.ZipFile(source) as src:
        manifest = json.loads(src.read("manifest.json"))
        old = json.loads(src.read("records/participants.jsonl"))["uuid"]
        new = str(uuid.uuid4())
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                data = src.read(info.filename)
                if info.filename.startswith("records/") and old.encode() in data:
                    data = data.replace(old.encode(), new.encode())
                    if info.filename == "records/participants.jsonl":
                        record = json.loads(data)
                        record["full_name"] = f"Participant {number:03d}"
                        data = (json.dumps(record, ensure_ascii=False) + "\n").encode()
                    manifest["files"][info.filename] = {
                        "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                    }  # fmt: skip
                if info.filename != "manifest.json":
                    out.writestr(info.filename, data)
            out.writestr("manifest.json", json.dumps(manifest))


def make_packages(data: Path, participants: int, observations: int) -> Path:
    folder = data / f"packages-{participants}-{observations}"
    if folder.is_dir() and len(list(folder.glob("*.brdesk"))) == participants:
        return folder
    demo = data / f"demo-{observations}"
    if not (demo / "brdesk.db").exists():
        make_demo(demo, observations)
    one = data / f"one-{observations}.brdesk"
    subprocess.run([sys.executable, "-m", "brdesk", "--data-dir", str(demo), "export",
                    "package", str(one)], check=True, capture_output=True)  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, participants + 1):
        clone(one, folder / f"participant-{n:03d}.brdesk", n)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--observations", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, help="a folder to keep the packages in")
    args = parser.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="brdesk-cohort-"))
    packages = make_packages(data, args.participants, args.observations)
    adds, overviews = [], []
    for run in range(args.runs):
        cohort = data / f"cohort-{run}"
        shutil.rmtree(cohort, ignore_errors=True)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "brdesk", "--data-dir", str(cohort), "cohort",
                        "add", str(packages)], check=True, capture_output=True)  # fmt: skip
        adds.append(time.perf_counter() - t0)
        for _ in range(2):
            out = subprocess.run([sys.executable, "-c", OVERVIEW, str(cohort)], check=True,
                                 capture_output=True, text=True)  # fmt: skip
            overviews.append(json.loads(out.stdout))
        print(f"run {run + 1}: add {adds[-1]:.1f} s; overview {overviews[-1]}", flush=True)
        shutil.rmtree(cohort, ignore_errors=True)
    print(f"add {args.participants} packages of {args.observations:,} observations: median "
          f"{statistics.median(adds):.1f} s (min {min(adds):.1f}, max {max(adds):.1f}) over "
          f"{len(adds)} runs")  # fmt: skip
    times = [o["overview"] for o in overviews]
    print(f"overview of {overviews[0]['participants']} participants: median "
          f"{statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f}) "
          f"over {len(times)} runs")  # fmt: skip


if __name__ == "__main__":
    main()
