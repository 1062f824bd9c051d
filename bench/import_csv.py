"""Import benchmark: 100,000 CSV rows, read and validated and committed by brdesk, against a
raw sqlite3 executemany of the same rows into the same schema, measured in the same run.
Target: brdesk within 3x the raw insert. Medians of several runs, each on a fresh store.

    python bench/import_csv.py [--rows 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from brdesk.services.importer import (
    INSERT_COLUMNS,
    commit_import,
    preview_import,
)
from brdesk.services.store import Store

SPECIES = ("Panthera uncia", "Pseudois nayaur", "Hemitragus jemlahicus", "Ailurus fulgens",
           "Lophophorus impejanus", "Rhododendron arboreum", "Abies spectabilis")  # fmt: skip


def write_csv(path: Path, rows: int) -> None:
    rng = random.Random(7)
    start = date(2019, 1, 1)
    lines = ["date,category,species,count,latitude,longitude,elevation,site,observer,notes"]
    for n in range(rows):
        day = start + timedelta(days=rng.randrange(2000))
        lines.append(
            f"{day.isoformat()},species,{rng.choice(SPECIES)},{rng.randrange(1, 20)},"
            f"{27.6 + rng.random() * 0.4:.5f},{86.5 + rng.random() * 0.5:.5f},"
            f"{rng.randrange(2400, 5500)},Transect {n % 40},Ranger {n % 7},Row {n}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def raw_insert(folder: Path, rows: list[tuple[object, ...]], *, keep_search_trigger: bool) -> float:
    Store.open(folder).close()
    conn = sqlite3.connect(folder / "brdesk.db")
    conn.execute("PRAGMA synchronous=FULL")
    if not keep_search_trigger:
        conn.execute("DROP TRIGGER observation_fts_insert")
    marks = ", ".join("?" for _ in rows[0])
    start = time.perf_counter()
    with conn:
        conn.executemany(
            f"INSERT INTO observation ({', '.join(INSERT_COLUMNS)}) VALUES ({marks})", rows
        )
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ours, raw, bare, ratios = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "observations.csv"
        write_csv(csv_path, args.rows)
        for run in range(args.runs):
            store = Store.open(Path(tmp) / f"ours{run}")
            t0 = time.perf_counter()
            preview = preview_import(store, csv_path)
            commit_import(store, preview)
            ours.append(time.perf_counter() - t0)
            assert preview.accepted == args.rows and not preview.rejected
            rows = preview.rows
            store.close()

            # The same rows, already converted, straight into the same schema.
            raw.append(raw_insert(Path(tmp) / f"raw{run}", rows, keep_search_trigger=True))
            ratios.append(ours[-1] / raw[-1])
            # For context: without the search-index trigger (the table and its indexes alone).
            bare.append(raw_insert(Path(tmp) / f"bare{run}", rows, keep_search_trigger=False))
    print(f"rows: {args.rows:,}, runs: {args.runs}")
    print(f"brdesk import (read, validate, commit): median {statistics.median(ours):.3f} s")
    print(f"raw sqlite3 executemany:                median {statistics.median(raw):.3f} s")
    print(f"ratio: median {statistics.median(ratios):.2f}x (target <= 3x)")
    print(
        f"for context, raw executemany without the search index: median "
        f"{statistics.median(bare):.3f} s (brdesk is "
        f"{statistics.median(ours) / statistics.median(bare):.2f}x that, index included)"
    )


if __name__ == "__main__":
    main()
