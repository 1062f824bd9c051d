"""The command line: `brdesk [--data-dir DIR] [--debug] COMMAND`.

The GUI and these commands are two faces of the same services. Heavy modules are imported
inside the command that needs them, so `brdesk --version` and the GUI's first paint stay fast.
Users see one clear line when something fails; the traceback goes to logs/ in the data
folder, and to the screen only with --debug.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, TextIO

from brdesk import __version__
from brdesk.errors import BrdeskError, DataFolderError
from brdesk.paths import DataDir, resolve_data_dir
from brdesk.wording import plural

if TYPE_CHECKING:
    from pathlib import Path

    from brdesk.services.importer import ImportPreview
    from brdesk.services.store import Store

log = logging.getLogger("brdesk.cli")

Handler = Callable[[argparse.Namespace, DataDir], int]


CSV_HELP = (
    "a CSV's separators: commas and decimal points (the default), or semicolons and decimal "
    "commas, as Excel in French, Spanish, Russian or German reads them"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="brdesk",
        description="Offline workbench for mountain biosphere reserves.",
        epilog="With no command, brdesk opens its window.",
    )
    parser.add_argument("--version", action="version", version=f"brdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the data folder to use (default: BRDESK_DATA_DIR, portable mode, "
        "or your user data folder)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and log in detail")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the main window (the default)")
    gui.set_defaults(handler=_cmd_gui)

    demo = commands.add_parser(
        "demo", help="fill the data folder with a demo reserve, plan and observations"
    )
    demo.add_argument(
        "--observations",
        type=int,
        default=None,
        metavar="N",
        help="how many observations to generate (default 5000; up to 1,000,000)",
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help="replace data already in the folder (a backup is made first)",
    )
    demo.set_defaults(handler=_cmd_demo)

    check = commands.add_parser(
        "check", help="check the database: integrity, links and schema version"
    )
    check.set_defaults(handler=_cmd_check)

    export = commands.add_parser("export", help="write your data to files others read")
    what = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    plan = what.add_parser("plan", help="the action plan, one row per action (.xlsx or .csv)")
    plan.add_argument("out", metavar="OUT", help="the file to write: OUT.xlsx or OUT.csv")
    plan.add_argument(
        "--csv", choices=("comma", "semicolon"), default="comma", dest="csv_style",
        help=CSV_HELP,
    )  # fmt: skip
    plan.set_defaults(handler=_cmd_export_plan)
    report = what.add_parser("report", help="the post-training report as a Word file (.docx)")
    report.add_argument("out", metavar="OUT", help="the file to write: OUT.docx")
    report.add_argument("--no-plan", action="store_true", help="leave out the action plan")
    report.add_argument("--no-charts", action="store_true", help="leave out the charts")
    report.add_argument(
        "--no-alignment", action="store_true", help="leave out the SDG and GBF alignment"
    )
    report.set_defaults(handler=_cmd_export_report)

    dashboard = what.add_parser(
        "dashboard", help="the dashboard as A4 landscape PDF pages or a 1920x1080 PNG slide"
    )
    dashboard.add_argument("out", metavar="OUT", help="OUT.pdf (to print) or OUT.png (a slide)")
    dashboard.add_argument("--from", dest="date_from", metavar="DATE", help="from this date")
    dashboard.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date")
    dashboard.add_argument("--category", help="only this observation category")
    dashboard.add_argument("--pillar", type=int, choices=(1, 2, 3, 4), help="only this pillar")
    dashboard.set_defaults(handler=_cmd_export_dashboard)

    observations = what.add_parser(
        "observations", help="observations as .csv, .xlsx, .geojson or a Darwin Core .zip"
    )
    observations.add_argument(
        "out", metavar="OUT", help="OUT.csv, OUT.xlsx, OUT.geojson or OUT.zip"
    )
    observations.add_argument(
        "--exact", action="store_true",
        help="keep exact coordinates of sensitive records (for your own use only)",
    )  # fmt: skip
    observations.add_argument(
        "--csv", choices=("comma", "semicolon"), default="comma", dest="csv_style",
        help=CSV_HELP,
    )  # fmt: skip
    observations.add_argument(
        "--events", action="store_true",
        help="a .zip of the measurements (climate, glaciers, habitat, people) as a "
        "sampling-event Darwin Core Archive, instead of the species occurrences",
    )  # fmt: skip
    observations.add_argument(
        "--licence", choices=("CC0", "CC-BY", "CC-BY-NC"), default="CC-BY",
        help="the licence a Darwin Core Archive declares (GBIF accepts these three)",
    )  # fmt: skip
    observations.add_argument("--category", help="only this category (species, climate, ...)")
    observations.add_argument("--from", dest="date_from", metavar="DATE", help="from this date")
    observations.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date")
    observations.add_argument(
        "--text", help="only records whose taxon, site, notes or observer contain this"
    )
    observations.set_defaults(handler=_cmd_export_observations)

    package = what.add_parser(
        "package",
        aliases=["bundle"],  # the word the command line used at first, still understood
        help="a package (.brdesk) for another laptop's brdesk: all the data, or a selection",
    )
    package.add_argument("out", metavar="OUT", help="the file to write: OUT.brdesk")
    package.add_argument(
        "--only", choices=("observations", "plan"),
        help="only the observations (with their attachments), or only the action plan",
    )  # fmt: skip
    package.add_argument(
        "--from", dest="date_from", metavar="DATE", help="observations from this date"
    )
    package.add_argument(
        "--to", dest="date_to", metavar="DATE", help="observations up to this date"
    )
    package.set_defaults(handler=_cmd_export_package)

    importer = commands.add_parser("import", help="bring records in from field tools and files")
    import_what = importer.add_subparsers(dest="what", metavar="WHAT", required=True)
    obs_in = import_what.add_parser(
        "observations",
        help="observations from KoBoToolbox, ODK, iNaturalist, GBIF, Darwin Core, CSV or XLSX",
    )
    obs_in.add_argument("file", metavar="FILE")
    obs_in.add_argument("--mapping", metavar="MAP.json", help="which column holds which field")
    obs_in.add_argument("--dry-run", action="store_true", help="check the file, import nothing")
    obs_in.add_argument(
        "--form", metavar="FORM.xlsx",
        help="the form's XLSForm: choice names in the file (XML values) import as their labels",
    )  # fmt: skip
    obs_in.add_argument(
        "--encoding", metavar="ENC",
        help="the CSV's text encoding (cp1251, gb18030...), when the one detected is wrong",
    )  # fmt: skip
    obs_in.add_argument(
        "--skip-invalid", action="store_true",
        help="import the valid rows even if some are rejected (default: import nothing then)",
    )  # fmt: skip
    obs_in.set_defaults(handler=_cmd_import_observations)
    package_in = import_what.add_parser(
        "package",
        aliases=["bundle"],
        help="merge a package (.brdesk) from another laptop into your data",
    )
    package_in.add_argument("file", metavar="FILE")
    package_in.add_argument(
        "--dry-run", action="store_true", help="say what would change, change nothing"
    )
    package_in.set_defaults(handler=_cmd_import_package)

    backup = commands.add_parser(
        "backup",
        help="back up your data now: in the backups folder, or to OUT (.zip, attachments "
        "included) to carry away",
    )
    backup.add_argument("out", nargs="?", metavar="OUT", help="an archive to write (.zip)")
    backup.set_defaults(handler=_cmd_backup)
    backups = commands.add_parser("backups", help="list the backups in the backups folder")
    backups.set_defaults(handler=_cmd_backups)
    restore = commands.add_parser(
        "restore",
        help="replace your data with a backup (your current data is backed up first)",
    )
    restore.add_argument(
        "file", metavar="FILE", help="a backup (.db, or a .zip archive), or a name from 'backups'"
    )
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=_cmd_restore)

    bring = commands.add_parser(
        "bring",
        help="copy the data of an earlier brdesk (its folder, or its brdesk-data folder) into "
        "this one's empty data folder and bring it up to date; the earlier folder is not changed",
    )
    bring.add_argument("folder", metavar="FOLDER", help="the earlier brdesk's folder")
    bring.set_defaults(handler=_cmd_bring)

    self_test = commands.add_parser(
        "self-test", help="open every page offscreen on a temporary demo and check it"
    )
    self_test.add_argument(
        "--screenshots", metavar="DIR", help="save a 1366x768 PNG of every page in DIR"
    )
    self_test.set_defaults(handler=_cmd_self_test)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors end here
        return int(exc.code or 0)
    data_dir = resolve_data_dir(args.data_dir)
    from brdesk import logs

    log_file = logs.configure(data_dir.logs, debug=args.debug)
    handler: Handler = getattr(args, "handler", _cmd_gui)
    try:
        if handler in WRITERS:
            return _as_owner(handler, args, data_dir)
        return handler(args, data_dir)
    except BrdeskError as exc:
        log.info("command failed: %s", exc, exc_info=True)
        _fail(str(exc), args.debug)
        return 1
    except KeyboardInterrupt:
        _fail("interrupted; nothing half-done was kept.", args.debug)
        return 130
    except Exception as exc:
        from brdesk import media

        said = media.described(exc, data_dir.root)
        if said is not None:  # a disk that refused: not a bug, and not the user's data
            log.info("command failed: %s", said, exc_info=True)
            _fail(said, args.debug)
            return 1
        log.exception("unexpected error")
        where = f" Details are in {log_file}." if logs.written(log_file) else ""
        _fail(f"unexpected error ({type(exc).__name__}: {exc}).{where}", args.debug)
        return 2


def _as_owner(handler: Handler, args: argparse.Namespace, data_dir: DataDir) -> int:
    """Run a command that writes as the data folder's owner: refused, changing nothing,
    while a window or another command holds the folder."""
    from brdesk.paths import ensure_data_dir
    from brdesk.services.folder_owner import FolderBusy, FolderOwner

    words = getattr(handler, "__name__", "_cmd_command").removeprefix("_cmd_").replace("_", " ")
    _refuse_unwritable(data_dir, f"brdesk {words}")
    ensure_data_dir(data_dir)
    try:
        owner = FolderOwner(data_dir.root, f"the command 'brdesk {words}'")
        owner.take()
    except FolderBusy as exc:
        raise BrdeskError(
            f"{exc} Close it, or wait until it has finished, and try again. Nothing was changed."
        ) from exc
    try:
        return handler(args, data_dir)
    finally:
        owner.release()


def _refuse_unwritable(data_dir: DataDir, command: str) -> None:
    """Refuse, before anything starts, a command that writes in a folder that cannot be
    written, saying why (a read-only, locked or full disk)."""
    if not data_dir.root.is_dir():
        return  # made by the command itself, or refused then in its own words
    from brdesk import media

    refusal = media.probe(data_dir.root)
    if refusal is not None:
        raise DataFolderError(
            f"'{command}' writes in {data_dir.root}, and cannot: {refusal.sentence()} "
            "Nothing was changed."
        )


def _fail(message: str, debug: bool, stream: TextIO | None = None) -> None:
    stream = stream or sys.stderr
    if debug:
        traceback.print_exc(file=stream)
    print(f"brdesk: {message}", file=stream)


def _cmd_gui(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.ui.app import run

    return run(data_dir)


def _cmd_demo(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.services.demo import DEFAULT_OBSERVATIONS, fill_demo
    from brdesk.services.store import Store

    total = DEFAULT_OBSERVATIONS if args.observations is None else args.observations
    with Store.open(data_dir) as store:
        summary = fill_demo(
            store, observations=total, force=args.force, progress=_progress_printer(total)
        )
    print(
        f"Demo written to {data_dir.root}: 1 reserve, 1 participant, "
        f"{plural(summary.objectives, 'objective')}, {plural(summary.actions, 'action')}, "
        f"{plural(summary.observations, 'observation')}."
    )
    return 0


def _progress_printer(total: int) -> Callable[[int, int], None] | None:
    if total < 50_000 or not sys.stderr.isatty():
        return None

    def show(done: int, of: int) -> None:
        end = "\n" if done >= of else ""
        print(f"\rWriting observations: {done:,} / {of:,}", end=end, file=sys.stderr)

    return show


def _cmd_check(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.db.health import check_database

    report = check_database(data_dir.db_path)
    print(report.render())
    return 0 if report.healthy else 1


def _cmd_export_plan(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.plan_io import export_plan
    from brdesk.services.store import Store

    out = Path(args.out).expanduser().absolute()
    with Store.open(data_dir) as store:
        rows = export_plan(store, out, args.csv_style)
    print(f"{plural(rows, 'action')} written to {out}")
    return 0


def _cmd_self_test(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.ui.self_test import run_self_test

    shots = Path(args.screenshots).expanduser().absolute() if args.screenshots else None
    return run_self_test(shots)


def _cmd_export_report(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.reports.report_data import ReportOptions
    from brdesk.services.report import completeness, export_report, gather
    from brdesk.services.store import Store
    from brdesk.services.submission import record_report

    out = Path(args.out).expanduser().absolute()
    options = ReportOptions(
        include_plan=not args.no_plan,
        include_charts=not args.no_charts,
        include_alignment=not args.no_alignment,
    )
    with Store.open(data_dir) as store:
        data = gather(store)
        export_report(store, out, options, data=data)
        record_report(store, out)
    missing = completeness(data, options)
    if missing:
        print(f"Note: the report is incomplete ({len(missing)} gaps):", file=sys.stderr)
        for line in missing:
            print(f"  - {line}", file=sys.stderr)
    print(f"Report written to {out}")
    return 0


def _cmd_export_observations(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.observation_export import export_observations
    from brdesk.services.observation_query import ObservationFilter
    from brdesk.services.store import Store

    _check_category(args.category)
    flt = ObservationFilter(
        text=args.text,
        category=args.category,
        date_from=_date_option(args.date_from, "--from"),
        date_to=_date_option(args.date_to, "--to"),
    )
    out = Path(args.out).expanduser().absolute()
    with Store.open(data_dir) as store:
        result = export_observations(
            store, out, flt, exact=args.exact, licence=args.licence, csv_style=args.csv_style,
            events=args.events,
        )  # fmt: skip
    note = f" {result.note}" if result.note else ""
    print(f"{plural(result.written, 'observation')} written to {result.path}.{note}")
    if result.note:
        print(result.note)
    return 0


def _cmd_import_observations(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.exchange.mapping import ColumnMapping
    from brdesk.exchange.readers import read_table
    from brdesk.services.importer import preview_import
    from brdesk.services.store import Store

    path = Path(args.file).expanduser().absolute()
    mapping = ColumnMapping.load(Path(args.mapping)) if args.mapping else None
    with Store.open(data_dir) as store:
        table = read_table(path, args.encoding)
        if args.form:
            from brdesk.exchange.mapping import recognise
            from brdesk.exchange.xlsform import read_form_choices

            form = Path(args.form).expanduser()
            mapping = mapping or recognise(table.headers)
            mapping.choice_labels, mapping.choice_form = read_form_choices(form), form.name
        preview = preview_import(store, path, mapping, table=table)
        try:
            return _report_and_commit(args, path, store, preview)
        finally:
            preview.discard()


def _report_and_commit(
    args: argparse.Namespace, path: Path, store: Store, preview: ImportPreview
) -> int:
    from brdesk.services.importer import commit_import

    rows = plural(preview.total_rows, "row")
    print(f"{path.name}: read as {preview.mapping.format_name}; {rows}.")
    print(f"  {'; '.join(preview.rules())}.")
    print(
        f"  {preview.accepted:,} to import, {preview.rejected_total:,} rejected, "
        f"{preview.already_present:,} already in brdesk."
    )
    for rejection in preview.rejected[:50]:
        print(f"  {path.name}, {rejection}", file=sys.stderr)
    if preview.rejected_total > 50:
        more = preview.rejected_total - 50
        print(f"  ... and {more:,} more rejected rows", file=sys.stderr)
    if args.dry_run:
        print("Dry run: nothing was imported.")
        return 0 if not preview.rejected_total else 1
    if preview.rejected_total and not args.skip_invalid:
        print(
            "Nothing was imported: fix the rows above, or use --skip-invalid to import "
            "the valid rows only.",
            file=sys.stderr,
        )
        return 1
    written = commit_import(store, preview)
    print(f"Imported {plural(written, 'observation')}.")
    return 0


def _cmd_export_package(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.packages import Selection, export_package
    from brdesk.services.store import Store

    date_from = _date_option(args.date_from, "--from")
    date_to = _date_option(args.date_to, "--to")
    if (date_from or date_to) and args.only == "plan":
        raise BrdeskError("--from and --to choose observations: they do not go with --only plan.")
    what = args.only or ("observations" if date_from or date_to else "all")
    selection = Selection(what, date_from, date_to)
    out = Path(args.out).expanduser().absolute()
    with Store.open(data_dir) as store:
        result = export_package(store, out, selection)
    print(f"Package of {selection.describe()} written to {out}")
    print(f"  {result.describe()}")
    return 0


def _cmd_import_package(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.packages import import_package
    from brdesk.services.store import Store

    path = Path(args.file).expanduser().absolute()
    with Store.open(data_dir) as store:
        report = import_package(store, path, dry_run=args.dry_run)
    for line in report.lines():
        print(line)
    if args.dry_run:
        print("Dry run: nothing was changed.")
    return 0


def _cmd_export_dashboard(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.dashboard import DashboardFilter, export_dashboard
    from brdesk.services.store import Store

    _check_category(args.category)
    flt = DashboardFilter(
        date_from=_date_option(args.date_from, "--from"),
        date_to=_date_option(args.date_to, "--to"),
        category=args.category,
        pillar=args.pillar,
    )
    out = Path(args.out).expanduser().absolute()
    with Store.open(data_dir) as store:
        panels = export_dashboard(store, out, flt)
    print(f"Dashboard ({panels} panels) written to {out}")
    return 0


def _date_option(text: str | None, flag: str) -> date | None:
    """A --from/--to value, or a one-line error naming the option."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BrdeskError(f"{flag}: '{text}' is not a date written YYYY-MM-DD.") from None


def _check_category(category: str | None) -> None:
    from brdesk.db.vocab import CATEGORIES

    if category is not None and category not in CATEGORIES:
        raise BrdeskError(f"--category: use one of {', '.join(CATEGORIES)}.")


def _cmd_backup(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services import backups

    if args.out:
        out = Path(args.out).expanduser().absolute()
        if out.suffix.lower() != ".zip":
            raise BrdeskError(f"A backup archive is a .zip file: '{out.name}' is not.")
        backups.write_archive(data_dir, out)
        print(f"Backup archive written to {out} (the database and its attachments).")
        return 0
    _refuse_unwritable(data_dir, "brdesk backup")
    path = backups.take_backup(data_dir, "manual")
    print(f"Backup written to {path}")
    return 0


def _cmd_backups(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.services import backups

    found = backups.list_backups(data_dir.backups)
    if not found:
        print(f"No backups yet in {data_dir.backups}.")
        return 0
    print(f"Backups in {data_dir.backups}, newest first:")
    for backup in found:
        size = backup.path.stat().st_size / 2**20
        print(f"  {backup.taken_at:%Y-%m-%d %H:%M}  {backup.path.name}  "
              f"({backup.reason_label}, {size:.1f} MB)")  # fmt: skip
    return 0


def _cmd_bring(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.db.state import read_state
    from brdesk.services.earlier_data import bring, data_root_of, inspect
    from brdesk.services.store import Store

    earlier = inspect(data_root_of(Path(args.folder).expanduser().absolute()))
    has_data = False
    if data_dir.db_path.is_file() and read_state(data_dir.db_path).revision is not None:
        with Store.open(data_dir) as store:
            has_data = store.has_user_data()
    bring(earlier, data_dir, target_has_data=has_data)
    with Store.open(data_dir) as store:  # brought up to this version's schema here
        counts = store.counts()
    print(
        f"Brought {plural(counts['actions'], 'action')} and "
        f"{plural(counts['observations'], 'observation')} from {earlier.root} into "
        f"{data_dir.root}. The earlier folder was not changed."
    )
    return 0


def _cmd_restore(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services import backups

    source = Path(args.file).expanduser()
    if not source.exists() and (data_dir.backups / args.file).is_file():
        source = data_dir.backups / args.file
    source = source.absolute()
    if not source.is_file():
        raise BrdeskError(f"There is no backup at {source}.")
    summary = backups.summarize(source)
    print(summary.describe())
    if not summary.usable:
        print("This backup cannot be restored; your data was not changed.", file=sys.stderr)
        return 1
    if not args.yes:
        if not sys.stdin.isatty():
            raise BrdeskError("Restoring replaces your data: add --yes to confirm.")
        answer = input(f"Replace the data in {data_dir.root} with this backup? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return 1
    result = backups.restore(data_dir, source, summary)
    print(f"Restored. Your data as it was before is kept in {result.previous}."
          if result.previous else "Restored.")  # fmt: skip
    return 0


#: Commands that write in the data folder: each runs as its owner (services/folder_owner).
WRITERS: frozenset[Handler] = frozenset(
    {_cmd_demo, _cmd_import_observations, _cmd_import_package, _cmd_restore, _cmd_bring}
)
