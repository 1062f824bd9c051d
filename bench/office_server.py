"""Office database benchmark (issue 22): brdesk on a PostgreSQL server holding 1,000,000
observations. Targets: substring filter <= 0.2 s, the dashboard <= 1.5 s, a 100,000-row
import <= 2x the time of the same import into the laptop's SQLite file.

A throwaway server of the machine's PostgreSQL (Debian's package) is started on a local
socket, durable (fsync and synchronous commits on, as an office runs it: the SQLite file
it is compared with is written with synchronous=FULL). The million is made by
`brdesk --database-url URL demo`, as a user would; the filter and the dashboard are timed
by bench/observations.py's and bench/dashboard.py's own windows, each run a fresh process
(their medians); the import, by bench/import_csv.py's CSV, into a fresh database on each
engine per run, in this process, alternating.

    python bench/office_server.py [--observations 1000000] [--rows 100000] [--runs 5]
                                  [--import-only]
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent))

from bench.import_csv import write_csv  # noqa: E402
from tests.postgres_server import bindir, throwaway_server  # noqa: E402

from brdesk.paths import DataDir  # noqa: E402
from brdesk.services.importer import commit_import, preview_import  # noqa: E402
from brdesk.services.store import Store  # noqa: E402


def create_database(server: str, name: str) -> str:
    import psycopg

    admin = server.format("postgres").replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return server.format(name)


def fill(url: str, folder: Path, observations: int) -> None:
    print(f"making a demo of {observations:,} observations on the server ...", flush=True)
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(folder), "--database-url", url,
         "demo", "--observations", str(observations)],
        check=True,
    )  # fmt: skip
    print(f"  made in {time.perf_counter() - t0:.0f} s")


def window_benchmark(script: str, folder: Path, url: str, runs: int, *extra: str) -> str:
    """One of the window benchmarks, its windows on the server's records."""
    done = subprocess.run(
        [sys.executable, str(HERE / script), "--data", str(folder), "--runs", str(runs), *extra],
        capture_output=True, text=True, check=False,
        env=dict(os.environ, BRDESK_DATABASE_URL=url),
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"{script} failed:\n{done.stderr[-3000:]}")
    return done.stdout.strip()


def timed_import(store: Store, csv_path: Path, rows: int) -> float:
    t0 = time.perf_counter()
    preview = preview_import(store, csv_path)
    assert preview.accepted == rows and not preview.rejected_total
    commit_import(store, preview)
    return time.perf_counter() - t0


def import_comparison(server: str, tmp: Path, rows: int, runs: int) -> None:
    csv_path = tmp / "observations.csv"
    write_csv(csv_path, rows)
    laptop, office, ratios = [], [], []
    for run in range(runs):
        with Store.open(DataDir(tmp / f"laptop{run}")) as store:
            laptop.append(timed_import(store, csv_path, rows))
        url = create_database(server, f"brdesk_import_{run}")
        with Store.open(DataDir(tmp / f"office{run}", url)) as store:
            office.append(timed_import(store, csv_path, rows))
        ratios.append(office[-1] / laptop[-1])
        print(f"  run {run + 1}: SQLite {laptop[-1]:.2f} s, server {office[-1]:.2f} s")
    print(f"import of {rows:,} CSV rows (read, validate, commit):")
    print(f"  laptop's SQLite file: median {statistics.median(laptop):.3f} s")
    print(f"  office server:        median {statistics.median(office):.3f} s")
    print(f"  ratio: median {statistics.median(ratios):.2f}x (target <= 2x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--observations", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--import-only", action="store_true", help="the import comparison alone")
    args = parser.parse_args()
    found = bindir()
    if found is None:
        raise SystemExit("PostgreSQL's initdb was not found (apt-get install postgresql)")
    with throwaway_server(found, durable=True) as server, tempfile.TemporaryDirectory() as work:
        tmp = Path(work)
        if args.import_only:
            import_comparison(server, tmp, args.rows, args.runs)
            return
        url = create_database(server, "brdesk_bench")
        folder = tmp / "office-pc"
        fill(url, folder, args.observations)
        print("Observation log on the server (bench/observations.py):")
        print(window_benchmark("observations.py", folder, url, args.runs))
        print("Dashboard on the server (bench/dashboard.py):")
        print(window_benchmark("dashboard.py", folder, url, args.runs))
        import_comparison(server, tmp, args.rows, args.runs)


if __name__ == "__main__":
    main()
