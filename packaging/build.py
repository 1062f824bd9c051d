"""Build the standalone brdesk for this system and prove it works.

    python packaging/build.py [--skip-build]

1. PyInstaller builds dist/brdesk/ from packaging/brdesk.spec (onedir);
2. portable.txt goes beside the executables, so a copy on a stick keeps its data there;
3. dist/brdesk-VERSION-PLATFORM.zip and dist/SHA256SUMS are written;
4. the zip is unpacked into a temporary folder and the frozen program is put through a
   smoke test on a temporary data folder: --version, demo, check, export report (with
   its header and footer), export observations to every format, zones in (a UTM
   shapefile, a KMZ) and out, eight participants' packages into a cohort (its folders
   built on worker processes) and the cohort's exports, self-test (offscreen, every page,
   a cohort's too). Any failing step fails the build.

Sizes (unpacked, zipped, the largest parts) are printed for bench/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT / "src"))

from brdesk import APP_NAME, __version__  # noqa: E402

PORTABLE_NOTE = """This copy of brdesk is portable: it keeps your data in the brdesk-data
folder beside this file. Copy the whole folder to move it, data included.
Delete this file to keep the data in your user profile instead.
"""
#: Linux and macOS: one executable serves the window and the command line.
CLI_SCRIPT = """#!/bin/sh
exec "$(dirname "$0")/brdesk" "$@"
"""
#: macOS: the program is brdesk.app; the command line runs the executable inside it.
MACOS_CLI_SCRIPT = """#!/bin/sh
exec "$(dirname "$0")/brdesk.app/Contents/MacOS/brdesk" "$@"
"""
#: Targets from issue 7.
MAX_UNPACKED_MB = 200
MAX_ZIPPED_MB = 80


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{system}-{machine}"


def build() -> Path:
    # The window's catalogs, compiled from resources/translations/*.ts (never committed).
    subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py"), "release"],
                   check=True)  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build"),
         str(ROOT / "packaging" / "brdesk.spec")],
        check=True,
    )  # fmt: skip
    if sys.platform == "darwin":
        return macos_layout(DIST)
    folder = DIST / APP_NAME
    (folder / "portable.txt").write_text(PORTABLE_NOTE, encoding="utf-8")
    if sys.platform != "win32":
        cli = folder / f"{APP_NAME}-cli"
        cli.write_text(CLI_SCRIPT, encoding="utf-8")
        cli.chmod(0o755)
    prune_unused_libraries(folder)
    strip_debug_symbols(folder)
    return folder


def macos_layout(dist: Path) -> Path:
    """macOS: what a Mac user opens is brdesk.app (the spec's BUNDLE), not the onedir
    folder beside it. The zip's brdesk folder holds the .app, portable.txt (the data then
    lives in brdesk-data beside the .app: never inside the bundle, which macOS may run
    from a read-only copy) and a brdesk-cli script."""
    app = dist / f"{APP_NAME}.app"
    if not app.is_dir():
        raise SystemExit(f"{app} is missing: the spec's BUNDLE step did not run")
    folder = dist / "macos" / APP_NAME
    shutil.rmtree(folder.parent, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.move(str(app), folder / app.name)
    (folder / "portable.txt").write_text(PORTABLE_NOTE, encoding="utf-8")
    cli = folder / f"{APP_NAME}-cli"
    cli.write_text(MACOS_CLI_SCRIPT, encoding="utf-8")
    cli.chmod(0o755)
    return folder


def _needed(lib: Path) -> list[str] | None:
    """The sonames an ELF file links (None: not an ELF file)."""
    out = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True)
    if out.returncode != 0:
        return None
    return [line.split("[", 1)[1].split("]", 1)[0]
            for line in out.stdout.splitlines() if "(NEEDED)" in line]  # fmt: skip


def prune_unused_libraries(folder: Path) -> None:
    """Linux: remove the system libraries PyInstaller collected for something the spec
    then left out (the GTK theme plugin brought cairo, pango and gdk-pixbuf; printing
    brought Kerberos): a library in _internal/ that nothing kept links, directly or
    through another, goes. Python's extension modules, Qt's libraries and plugins and the
    executables are the roots."""
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return
    internal = folder / "_internal"
    candidates = {p.name: p for p in internal.glob("lib*.so*")
                  if p.is_file() and not p.name.startswith("libpython")}  # fmt: skip
    links: dict[str, list[str]] = {}
    roots: list[str] = []
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        if not (path.suffix == ".so" or ".so." in path.name or os.access(path, os.X_OK)):
            continue
        needed = _needed(path)
        if needed is None:
            continue
        links[path.name] = needed
        if path.name not in candidates:
            roots.append(path.name)
    reached: set[str] = set()
    todo = list(roots)
    while todo:
        for soname in links.get(todo.pop(), []):
            if soname not in reached:
                reached.add(soname)
                todo.append(soname)
    unused = sorted(set(candidates) - reached)
    size = sum(candidates[name].stat().st_size for name in unused)
    for name in unused:
        candidates[name].unlink()
    print(f"removed {len(unused)} libraries nothing links ({size / 1e6:.1f} MB): "
          + ", ".join(unused))  # fmt: skip


def strip_debug_symbols(folder: Path) -> None:
    """Linux: take debug symbols out of the libraries that carry them (libpython: 23 MB to
    5), leaving alone the ones auditwheel patched (an RPATH into a *.libs folder, or inside
    one): stripping those breaks their loading ("ELF load command ... not page-aligned")."""
    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        return
    before = folder_size(folder)
    for lib in folder.rglob("*.so*"):
        if lib.is_symlink() or not lib.is_file() or any(p.endswith(".libs") for p in lib.parts):
            continue
        dynamic = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True)
        if dynamic.returncode != 0 or ".libs" in dynamic.stdout:
            continue
        subprocess.run(["strip", "--strip-debug", str(lib)], check=False, capture_output=True)
    print(f"stripped debug symbols: {(before - folder_size(folder)) / 1e6:.1f} MB")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def make_zip(folder: Path) -> Path:
    target = DIST / f"{APP_NAME}-{__version__}-{platform_tag()}.zip"
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            name = Path(APP_NAME) / path.relative_to(folder)
            if path.is_symlink():
                # macOS frameworks use symlinks; keep them as links, not copies.
                info = zipfile.ZipInfo(str(name))
                info.external_attr = 0o120777 << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_file():
                archive.write(path, name)
    sums = DIST / "SHA256SUMS"
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    lines = [line for line in (sums.read_text().splitlines() if sums.exists() else [])
             if not line.endswith(target.name)]  # fmt: skip
    sums.write_text("\n".join([*lines, f"{digest}  {target.name}"]) + "\n")
    return target


def unzip(archive: Path, into: Path) -> Path:
    """Unpack as `unzip` or Finder would: permissions and symbolic links restored."""
    with zipfile.ZipFile(archive) as z:
        for info in z.infolist():
            mode = info.external_attr >> 16
            target = into / info.filename
            if (mode & 0o170000) == 0o120000:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.symlink(z.read(info).decode(), target)
                continue
            z.extract(info, into)
            if mode & 0o111:
                os.chmod(target, mode & 0o777)
    return into / APP_NAME


def executable(folder: Path) -> Path:
    name = f"{APP_NAME}-cli.exe" if sys.platform == "win32" else f"{APP_NAME}-cli"
    return folder / name


def _check_cohort(run: Any, work: Path) -> list[str]:
    """Eight participants' packages into a cohort: enough to build their folders on worker
    processes (spawned: the frozen program must start itself as a worker), then the
    cohort's exports."""
    packages = work / "packages"
    packages.mkdir()
    for n in range(8):
        folder = work / f"participant-{n}"
        run(f"participant {n}", "--data-dir", str(folder), "demo", "--observations", "50")
        run(f"package {n}", "--data-dir", str(folder), "export", "package",
            str(packages / f"participant-{n}.brdesk"))  # fmt: skip
    cohort = work / "cohort"
    added = run("cohort add (on worker processes)", "--data-dir", str(cohort), "cohort", "add",
                str(packages), timeout=600)  # fmt: skip
    failures = []
    if "Participants: 8 added." not in added.stdout:
        failures.append(f"cohort add: {added.stdout[-400:]}")
    for name in ("cohort.docx", "cohort.xlsx"):
        run(f"export {name}", "--data-dir", str(cohort), "export", "cohort", str(work / name))
        if not (work / name).is_file():
            failures.append(f"export cohort {name}: no file written")
    return failures


def smoke_test(folder: Path) -> list[str]:
    """Run the frozen program as a user would; return the failures (empty: all passed)."""
    exe = executable(folder)
    failures: list[str] = []
    work = Path(tempfile.mkdtemp(prefix="brdesk-smoke-"))
    data = work / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("BRDESK_DATA_DIR", None)

    def run(label: str, *args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
        started = time.perf_counter()
        result = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                                timeout=timeout, cwd=work)  # fmt: skip
        took = time.perf_counter() - started
        ok = result.returncode == 0
        print(f"  {'ok  ' if ok else 'FAIL'} {label} ({took:.1f} s)")
        if not ok:
            failures.append(f"{label}: exit {result.returncode}\n{result.stdout}\n{result.stderr}")
        return result

    version = run("--version", "--version")
    if __version__ not in version.stdout:
        failures.append(f"--version printed {version.stdout!r}, not {__version__}")
    run("demo", "--data-dir", str(data), "demo")
    run("check", "--data-dir", str(data), "check")
    report = work / "report.docx"
    run("export report", "--data-dir", str(data), "export", "report", str(report))
    failures += _check_report(report)
    for suffix in (".csv", ".xlsx", ".geojson", ".zip"):
        out = work / f"observations{suffix}"
        run(f"export observations {suffix}", "--data-dir", str(data), "export", "observations",
            str(out))  # fmt: skip
        if not out.is_file() or out.stat().st_size < 100:
            failures.append(f"export observations {suffix}: no file written")
    run("export dashboard", "--data-dir", str(data), "export", "dashboard", str(work / "d.png"))
    # A data folder of the first released schema, brought up to date on opening (Alembic,
    # Mako and all they import must be in the build), then checked.
    first = work / "first"
    first.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "dbs" / "0001.db", first / "brdesk.db")
    run("upgrade a 0001 database", "--data-dir", str(first), "export", "plan",
        str(work / "first-plan.xlsx"))  # fmt: skip
    run("check the upgraded database", "--data-dir", str(first), "check")
    # Zones (pyshp, geographiclib, the UTM transform): a projected shapefile and a KMZ in,
    # GeoJSON out.
    zones = ROOT / "tests" / "fixtures" / "zones"
    run("import zones from a UTM shapefile", "--data-dir", str(first), "import", "zones",
        str(zones / "qgis_zones_utm42n.shp"))  # fmt: skip
    run("import zones from a KMZ (dry run)", "--data-dir", str(first), "import", "zones",
        str(zones / "google_earth.kmz"), "--dry-run")  # fmt: skip
    geojson = work / "zones.geojson"
    run("export zones", "--data-dir", str(first), "export", "zones", str(geojson))
    if not geojson.is_file() or '"Sary-Chelek core area"' not in geojson.read_text("utf-8"):
        failures.append("export zones: the imported zones were not written")
    failures += _check_cohort(run, work)
    run("self-test", "self-test", "--screenshots", str(work / "shots"), timeout=600)
    run("self-test in Russian (the catalogs shipped)", "--lang", "ru", "self-test", timeout=600)
    # Portable mode: with portable.txt beside it and no --data-dir, data stays in the folder.
    run("portable demo", "demo")
    if not (folder / "brdesk-data" / "brdesk.db").is_file():
        failures.append("portable mode: no brdesk-data/brdesk.db beside the executable")
    shutil.rmtree(work, ignore_errors=True)
    return failures


def _check_report(report: Path) -> list[str]:
    """The Word file opens, and carries the acknowledgement in its footer and a header."""
    if not report.is_file():
        return ["export report: no file written"]
    from docx import Document

    from brdesk.reference import programme

    document = Document(str(report))
    section = document.sections[0]
    footer = " ".join(p.text for p in section.footer.paragraphs)
    header = " ".join(p.text for p in section.header.paragraphs)
    problems = []
    if programme().acknowledgement not in footer:
        problems.append(f"export report: the footer lacks the acknowledgement ({footer!r})")
    if not header.strip():
        problems.append("export report: the header is empty")
    return problems


def missing_libraries(folder: Path) -> list[str]:
    """Linux: shared libraries in the build that need a Qt library the spec left out."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    problems = []
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(
        str(p) for p in {lib.parent for lib in folder.rglob("*.so*")}))  # fmt: skip
    for lib in folder.rglob("*.so*"):
        if "PySide6" not in lib.parts and "Qt" not in lib.name:
            continue
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line and "Qt6" in line:
                problems.append(f"{lib.relative_to(folder)} needs {line.split()[0]}")
    return problems


def report_sizes(folder: Path, archive: Path) -> None:
    unpacked = folder_size(folder)
    print(f"\nunpacked: {unpacked / 1e6:.1f} MB (target <= {MAX_UNPACKED_MB})")
    print(f"zipped:   {archive.stat().st_size / 1e6:.1f} MB (target <= {MAX_ZIPPED_MB})")
    internal = folder / "_internal"
    parts: dict[str, int] = {}
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            top = path.relative_to(internal).parts[0]
            parts[top] = parts.get(top, 0) + path.stat().st_size
    print("largest parts of _internal/:")
    for name, size in sorted(parts.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {size / 1e6:7.1f} MB  {name}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--skip-build", action="store_true", help="smoke-test the last build")
    parser.add_argument(
        "--enforce-size", action="store_true", help="fail when a size target is missed"
    )
    args = parser.parse_args()
    if args.skip_build:
        folder = DIST / "macos" / APP_NAME if sys.platform == "darwin" else DIST / APP_NAME
    else:
        folder = build()
    archive = make_zip(folder)
    print(f"built {archive.relative_to(ROOT)}")
    report_sizes(folder, archive)
    problems = missing_libraries(folder)
    with tempfile.TemporaryDirectory(prefix="brdesk-unzipped-") as tmp:
        print("\nsmoke test of the unpacked zip:")
        problems += smoke_test(unzip(archive, Path(tmp)))
    too_big = folder_size(folder) > MAX_UNPACKED_MB * 1e6
    too_big = too_big or archive.stat().st_size > MAX_ZIPPED_MB * 1e6
    if too_big:
        print("\nSIZE TARGETS NOT MET (see bench/README.md for where the megabytes go)")
        if args.enforce_size:
            problems.append("the build is larger than its size targets")
    if problems:
        print("\nBUILD FAILED:\n" + "\n".join(problems), file=sys.stderr)
        return 1
    print("\nbuild and smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
