"""Import benchmark.

Speed: 100,000 CSV rows, read and validated and committed by brdesk, against a raw sqlite3
executemany of the same rows into the same schema, measured in the same run. Target: at or
under the raw insert. Medians of several runs, each on a fresh store.

    python bench/import_csv.py [--rows 100000] [--runs 5]

Scale: each size imported in a fresh process, timed and its peak resident memory read
from the kernel; targets: 300 MB at most, and a million rows within 12x the time of a
hundred thousand. --xlsx adds a workbook of the first size, and a workbook of too many
distinct texts, which must be refused early.

    python bench/import_csv.py --scale 100000 1000000 [--runs 3] [--xlsx]
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from brdesk.errors import BrdeskError
from brdesk.services.importer import (
    INSERT_COLUMNS,
    STAGED_COLUMNS,
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


def staged_rows(preview: object) -> list[tuple[object, ...]]:
    """The rows a preview staged, as the raw insert takes them (timestamps added)."""
    staging = preview.staging  # type: ignore[attr-defined]
    conn = sqlite3.connect(staging.path)
    stamp = "2026-11-29 00:00:00"
    rows = [
        (*r, stamp, stamp) for r in conn.execute(f"SELECT {', '.join(STAGED_COLUMNS)} FROM staged")
    ]
    conn.close()
    return rows


def speed(rows_wanted: int, runs: int) -> None:
    ours, raw, bare, ratios = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "observations.csv"
        write_csv(csv_path, rows_wanted)
        for run in range(runs):
            store = Store.open(Path(tmp) / f"ours{run}")
            t0 = time.perf_counter()
            preview = preview_import(store, csv_path)
            checked = time.perf_counter() - t0
            assert preview.accepted == rows_wanted and not preview.rejected_total
            rows = staged_rows(preview)  # for the baseline; not timed
            t1 = time.perf_counter()
            commit_import(store, preview)
            ours.append(checked + time.perf_counter() - t1)
            store.close()

            # The same rows, already converted, straight into the same schema.
            raw.append(raw_insert(Path(tmp) / f"raw{run}", rows, keep_search_trigger=True))
            ratios.append(ours[-1] / raw[-1])
            # For context: without the search-index trigger (the table and its indexes alone).
            bare.append(raw_insert(Path(tmp) / f"bare{run}", rows, keep_search_trigger=False))
    print(f"rows: {rows_wanted:,}, runs: {runs}")
    print(f"brdesk import (read, validate, commit): median {statistics.median(ours):.3f} s")
    print(f"raw sqlite3 executemany:                median {statistics.median(raw):.3f} s")
    print(f"ratio: median {statistics.median(ratios):.2f}x (target <= 1x)")
    print(
        f"for context, raw executemany without the search index: median "
        f"{statistics.median(bare):.3f} s (brdesk is "
        f"{statistics.median(ours) / statistics.median(bare):.2f}x that, index included)"
    )


def child(path: Path, folder: Path) -> None:
    """One import in this process: prints seconds and rows, or the refusal."""
    t0 = time.perf_counter()
    mapping = None
    if path.suffix == ".gpx":  # the user says what the points are: the file cannot
        from brdesk.exchange.mapping import recognise
        from brdesk.exchange.readers import read_table

        mapping = recognise(read_table(path).headers)
        mapping.defaults["category"] = "species"
    with Store.open(folder) as store:
        try:
            preview = preview_import(store, path, mapping)
        except BrdeskError as exc:
            print(f"refused {time.perf_counter() - t0:.3f} {peak_mb():.1f} {exc}")
            return
        written = commit_import(store, preview)
    print(f"imported {time.perf_counter() - t0:.3f} {peak_mb():.1f} {written}")


def peak_mb() -> float:
    """This process's peak resident memory since it started (Linux: VmHWM; ru_maxrss
    would count the parent's pages the child shared between fork and exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(path: Path, tmp: Path, label: str, runs: int) -> tuple[float, float]:
    """Medians of (seconds, peak MB) over fresh processes importing path."""
    seconds, peaks = [], []
    for run in range(runs):
        folder = tmp / f"{label}-{run}"
        command = [sys.executable, __file__, "--child", str(path), str(folder)]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        kind, elapsed, peak_text, rest = out.strip().split(" ", 3)
        peak = float(peak_text)
        print(f"  {label} run {run + 1}: {kind} in {float(elapsed):.2f} s ({rest[:90]})")
        seconds.append(float(elapsed))
        peaks.append(peak)
    return statistics.median(seconds), max(peaks)


def hostile_workbook(path: Path, distinct: int) -> None:
    """A small workbook whose shared strings part lists too many distinct texts."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        with book.open("xl/sharedStrings.xml", "w") as part:
            part.write(f'<sst xmlns="{ns}">'.encode())
            for start in range(0, distinct, 100_000):
                stop = min(start + 100_000, distinct)
                part.write("".join(f"<si><t>{n:x}</t></si>" for n in range(start, stop)).encode())
            part.write(b"</sst>")


def write_gpx(path: Path, points: int) -> None:
    """A track as a handheld GPS unit records it, each point named (as a waypoint is)."""
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<gpx xmlns="http://www.topografix.com/'
            'GPX/1/1" version="1.1" creator="eTrex 32x"><trk><name>Transect</name><trkseg>\n'
        )
        for n in range(points):
            lat, lon = 27.6 + rng.random() * 0.4, 86.5 + rng.random() * 0.5
            out.write(
                f'<trkpt lat="{lat:.6f}" lon="{lon:.6f}">'
                f"<ele>{rng.randrange(2400, 5500)}.{n % 100:02d}</ele>"
                f"<time>2025-10-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:{n % 59:02d}Z</time>"
                f"<name>Pugmark {n}</name></trkpt>\n"
            )
        out.write("</trkseg></trk></gpx>\n")


def scale(sizes: list[int], runs: int, xlsx: bool, gpx: bool = False) -> None:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        results = []
        for size in sizes:
            path = tmp / f"rows{size}.csv"
            write_csv(path, size)
            results.append((f"CSV, {size:,} rows", *measure(path, tmp, f"csv{size}", runs)))
        if xlsx:
            from openpyxl import load_workbook  # noqa: F401  (fail early if missing)

            size = sizes[0]
            path = tmp / f"rows{size}.xlsx"
            write_xlsx(tmp / f"rows{size}.csv", path)
            results.append((f"XLSX, {size:,} rows", *measure(path, tmp, f"xlsx{size}", runs)))
            path = tmp / "distinct.xlsx"
            hostile_workbook(path, 20_000_000)
            results.append(("XLSX, 20,000,000 distinct texts", *measure(path, tmp, "hostile", 1)))
        if gpx:
            size = sizes[-1]
            path = tmp / f"track{size}.gpx"
            write_gpx(path, size)
            results.append((f"GPX, {size:,} track points", *measure(path, tmp, "gpx", 1)))
    print("\n| file | median time | peak memory |\n| --- | --- | --- |")
    for label, seconds, peak in results:
        print(f"| {label} | {seconds:.2f} s | {peak:.0f} MB |")
    if len(sizes) >= 2:
        ratio = results[1][1] / results[0][1]
        print(
            f"\n{sizes[1]:,} rows took {ratio:.1f}x the time of {sizes[0]:,} "
            f"({sizes[1] / sizes[0]:.0f}x the rows)"
        )


PKG = "http://schemas.openxmlformats.org/package/2006"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def write_xlsx(csv_path: Path, path: Path) -> None:
    """The CSV's rows as a workbook the way Excel writes one: shared strings, typed
    numbers (openpyxl in write-only mode writes strings inline, so this is by hand)."""
    import csv
    from xml.sax.saxutils import escape

    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    strings: dict[str, int] = {}
    rows = []
    with open(csv_path, newline="", encoding="utf-8") as handle:
        for r, cells in enumerate(csv.reader(handle), start=1):
            out = []
            for c, value in enumerate(cells):
                ref = f"{chr(65 + c)}{r}"
                try:
                    float(value)
                    out.append(f'<c r="{ref}"><v>{value}</v></c>')
                except ValueError:
                    index = strings.setdefault(value, len(strings))
                    out.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
            rows.append(f'<row r="{r}">{"".join(out)}</row>')
    shared = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(
            "[Content_Types].xml",
            (
                f'<Types xmlns="{PKG}/content-types">'
                '<Default Extension="rels" '
                'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                f'<Override PartName="/xl/workbook.xml" ContentType="{SHEET_TYPE}.sheet.main+xml"/>'
                '<Override PartName="/xl/worksheets/sheet1.xml" '
                f'ContentType="{SHEET_TYPE}.worksheet+xml"/>'
                '<Override PartName="/xl/sharedStrings.xml" '
                f'ContentType="{SHEET_TYPE}.sharedStrings+xml"/>'
                "</Types>"
            ),
        )
        book.writestr(
            "_rels/.rels",
            (
                f'<Relationships xmlns="{PKG}/relationships">'
                f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
                "</Relationships>"
            ),
        )
        book.writestr(
            "xl/workbook.xml",
            (
                f'<workbook xmlns="{ns}" xmlns:r="{rel}"><sheets>'
                '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
        )
        book.writestr(
            "xl/_rels/workbook.xml.rels",
            (
                f'<Relationships xmlns="{PKG}/relationships">'
                f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
                "</Relationships>"
            ),
        )
        book.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{ns}"><sheetData>{"".join(rows)}</sheetData></worksheet>',
        )
        book.writestr(
            "xl/sharedStrings.xml",
            f'<sst xmlns="{ns}" count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>',
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", type=int, nargs="+")
    parser.add_argument("--xlsx", action="store_true")
    parser.add_argument("--gpx", action="store_true")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
    elif args.scale:
        scale(args.scale, args.runs, args.xlsx, args.gpx)
    else:
        speed(args.rows, args.runs)


if __name__ == "__main__":
    main()
