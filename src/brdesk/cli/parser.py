"""The command line's grammar: `brdesk [--data-dir DIR] [--debug] COMMAND`. A command that
writes in the data folder says so (writes=True): it runs as the folder's owner."""

from __future__ import annotations

from brdesk import __version__
from brdesk.cli import cohort, exports, folder, imports
from brdesk.cli.grammar_words import Parser
from brdesk.db.vocab import ZONES
from brdesk.languages import marked

CSV_HELP = marked(
    "a CSV's separators: commas and decimal points (the default), or semicolons and decimal "
    "commas, as Excel in French, Spanish, Russian or German reads them"
)


def build_parser() -> Parser:
    parser = Parser(
        prog="brdesk",
        description=marked("Offline workbench for mountain biosphere reserves."),
        epilog=marked("With no command, brdesk opens its window."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"brdesk {__version__}",
        help=marked("show brdesk's version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=marked(
            "the data folder to use (default: BRDESK_DATA_DIR, portable mode, "
            "or your user data folder)"
        ),
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=marked(
            "keep the records on an office database server: postgresql://USER@HOST/DB "
            "(default: BRDESK_DATABASE_URL; the password from ~/.pgpass or the server's "
            "own rules, never the command line's history)"
        ),
    )
    parser.add_argument(
        "--debug", action="store_true", help=marked("show tracebacks and log in detail")
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=marked(
            "the language: en, zh_CN, es, fr or ru (default: BRDESK_LANG; else the window "
            "takes the choice saved in the data folder or the system's, a command English)"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help=marked("open the main window (the default)"))
    gui.set_defaults(handler=folder.cmd_gui)

    demo = commands.add_parser(
        "demo", help=marked("fill the data folder with a demo reserve, plan and observations")
    )
    demo.add_argument(
        "--observations",
        type=int,
        default=None,
        metavar="N",
        help=marked("how many observations to generate (default 5000; up to 1,000,000)"),
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=marked("replace data already in the folder (a backup is made first)"),
    )
    demo.set_defaults(handler=folder.cmd_demo, writes=True)

    check = commands.add_parser(
        "check", help=marked("check the database: integrity, links and schema version")
    )
    check.set_defaults(handler=folder.cmd_check)

    export = commands.add_parser("export", help=marked("write your data to files others read"))
    what = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name, described, handler in (
        (
            "plan",
            marked("the action plan, one row per action (.xlsx or .csv)"),
            exports.cmd_export_plan,
        ),
        (
            "assessment",
            marked(
                "the management-effectiveness self-assessments, one row per "
                "question and assessment (.xlsx or .csv)"
            ),
            exports.cmd_export_assessment,
        ),
    ):
        table = what.add_parser(name, help=described)
        table.add_argument(
            "out", metavar="OUT", help=marked("the file to write: OUT.xlsx or OUT.csv")
        )
        table.add_argument(
            "--csv",
            choices=("comma", "semicolon"),
            default="comma",
            dest="csv_style",
            help=CSV_HELP,
        )
        table.set_defaults(handler=handler)
    report = what.add_parser(
        "report", help=marked("the post-training report as a Word file (.docx)")
    )
    report.add_argument("out", metavar="OUT", help=marked("the file to write: OUT.docx"))
    report.add_argument("--no-plan", action="store_true", help=marked("leave out the action plan"))
    report.add_argument("--no-charts", action="store_true", help=marked("leave out the charts"))
    report.add_argument(
        "--no-alignment", action="store_true", help=marked("leave out the SDG and GBF alignment")
    )
    report.add_argument(
        "--no-zones", action="store_true", help=marked("leave out the zones' map and their counts")
    )
    report.add_argument(
        "--effectiveness",
        action="store_true",
        help=marked("add the latest management-effectiveness self-assessment (and the one before)"),
    )
    report.add_argument(
        "--practices", action="store_true", help=marked("add the good practices as case studies")
    )
    report.set_defaults(handler=exports.cmd_export_report)

    practice = what.add_parser(
        "practice", help=marked("a good practice as a one- or two-page Word case study (.docx)")
    )
    practice.add_argument("title", metavar="TITLE", help=marked("its title, or the start of it"))
    practice.add_argument("out", metavar="OUT", help=marked("the file to write: OUT.docx"))
    practice.set_defaults(handler=exports.cmd_export_practice)

    dashboard = what.add_parser(
        "dashboard", help=marked("the dashboard as A4 landscape PDF pages or a 1920x1080 PNG slide")
    )
    dashboard.add_argument(
        "out", metavar="OUT", help=marked("OUT.pdf (to print) or OUT.png (a slide)")
    )
    dashboard.add_argument(
        "--from", dest="date_from", metavar="DATE", help=marked("from this date")
    )
    dashboard.add_argument("--to", dest="date_to", metavar="DATE", help=marked("up to this date"))
    dashboard.add_argument("--category", help=marked("only this observation category"))
    dashboard.add_argument(
        "--pillar", type=int, choices=(1, 2, 3, 4), help=marked("only this pillar")
    )
    dashboard.add_argument(
        "--zone",
        choices=tuple(ZONES),
        help=marked("monitoring of the observations inside this zone on the map only"),
    )
    dashboard.set_defaults(handler=exports.cmd_export_dashboard)

    observations = what.add_parser(
        "observations", help=marked("observations as .csv, .xlsx, .geojson or a Darwin Core .zip")
    )
    observations.add_argument(
        "out", metavar="OUT", help=marked("OUT.csv, OUT.xlsx, OUT.geojson or OUT.zip")
    )
    observations.add_argument(
        "--exact",
        action="store_true",
        help=marked("keep exact coordinates of sensitive records (for your own use only)"),
    )
    observations.add_argument(
        "--csv",
        choices=("comma", "semicolon"),
        default="comma",
        dest="csv_style",
        help=CSV_HELP,
    )
    observations.add_argument(
        "--events",
        action="store_true",
        help=marked(
            "a .zip of the measurements (climate, glaciers, habitat, people) as a "
            "sampling-event Darwin Core Archive, instead of the species occurrences"
        ),
    )
    observations.add_argument(
        "--licence",
        choices=("CC0", "CC-BY", "CC-BY-NC"),
        default="CC-BY",
        help=marked("the licence a Darwin Core Archive declares (GBIF accepts these three)"),
    )
    observations.add_argument(
        "--category", help=marked("only this category (species, climate, ...)")
    )
    observations.add_argument(
        "--from", dest="date_from", metavar="DATE", help=marked("from this date")
    )
    observations.add_argument(
        "--to", dest="date_to", metavar="DATE", help=marked("up to this date")
    )
    observations.add_argument(
        "--text", help=marked("only records whose taxon, site, notes or observer contain this")
    )
    observations.set_defaults(handler=exports.cmd_export_observations)

    zones_out = what.add_parser("zones", help=marked("the zones on the map as GeoJSON (WGS84)"))
    zones_out.add_argument("out", metavar="OUT", help=marked("the file to write: OUT.geojson"))
    zones_out.set_defaults(handler=exports.cmd_export_zones)

    package = what.add_parser(
        "package",
        aliases=["bundle"],  # the word the command line used at first, still understood
        help=marked(
            "a package (.brdesk) for another laptop's brdesk: all the data, or a selection"
        ),
    )
    package.add_argument("out", metavar="OUT", help=marked("the file to write: OUT.brdesk"))
    package.add_argument(
        "--only",
        choices=("observations", "plan"),
        help=marked("only the observations (with their attachments), or only the action plan"),
    )
    package.add_argument(
        "--from", dest="date_from", metavar="DATE", help=marked("observations from this date")
    )
    package.add_argument(
        "--to", dest="date_to", metavar="DATE", help=marked("observations up to this date")
    )
    package.set_defaults(handler=exports.cmd_export_package)

    cohort_out = what.add_parser(
        "cohort",
        help=marked(
            "(a cohort folder) the cohort report (.docx), workbook (.xlsx), or the whole "
            "cohort as one package (.brdesk) for another cohort folder"
        ),
    )
    cohort_out.add_argument("out", metavar="OUT", help=marked("OUT.docx, OUT.xlsx or OUT.brdesk"))
    cohort_out.add_argument(
        "--followup",
        action="store_true",
        help=marked("only the follow-up list: who has sent what (.docx or .xlsx)"),
    )
    cohort_out.set_defaults(handler=cohort.cmd_export_cohort)

    cohort_cmd = commands.add_parser(
        "cohort", help=marked("a trainer's cohort folder: participants' packages kept apart")
    )
    cohort_what = cohort_cmd.add_subparsers(dest="what", metavar="WHAT", required=True)
    cohort_add = cohort_what.add_parser(
        "add",
        help=marked(
            "add participants' packages (files, folders of them, cohort packages); a newer "
            "package from the same participant replaces the older; an empty folder becomes a "
            "cohort folder"
        ),
    )
    cohort_add.add_argument("packages", nargs="+", metavar="PACKAGE")
    cohort_add.set_defaults(handler=cohort.cmd_cohort_add, writes=True)
    cohort_list = cohort_what.add_parser(
        "list", help=marked("the cohort's participants, one a line")
    )
    cohort_list.set_defaults(handler=cohort.cmd_cohort_list)

    importer = commands.add_parser(
        "import", help=marked("bring records in from field tools and files")
    )
    import_what = importer.add_subparsers(dest="what", metavar="WHAT", required=True)
    obs_in = import_what.add_parser(
        "observations",
        help=marked(
            "observations from KoBoToolbox, ODK, iNaturalist, GBIF, Darwin Core, CSV or XLSX"
        ),
    )
    obs_in.add_argument("file", metavar="FILE")
    obs_in.add_argument(
        "--mapping", metavar="MAP.json", help=marked("which column holds which field")
    )
    obs_in.add_argument(
        "--dry-run", action="store_true", help=marked("check the file, import nothing")
    )
    obs_in.add_argument(
        "--form",
        metavar="FORM.xlsx",
        help=marked(
            "the form's XLSForm: choice names in the file (XML values) import as their labels"
        ),
    )
    obs_in.add_argument(
        "--encoding",
        metavar="ENC",
        help=marked("the CSV's text encoding (cp1251, gb18030...), when the one detected is wrong"),
    )
    obs_in.add_argument(
        "--skip-invalid",
        action="store_true",
        help=marked(
            "import the valid rows even if some are rejected (default: import nothing then)"
        ),
    )
    obs_in.set_defaults(handler=imports.cmd_import_observations, writes=True)
    zones_in = import_what.add_parser(
        "zones",
        help=marked(
            "the reserve's zones from GeoJSON, KML/KMZ or a shapefile (.shp or .zip); "
            "they replace the zones on the map"
        ),
    )
    zones_in.add_argument("file", metavar="FILE")
    zones_in.add_argument(
        "--layer", metavar="NAME", help=marked("the layer to read, if the file has several")
    )
    zones_in.add_argument(
        "--zone-field",
        metavar="FIELD",
        help=marked(
            "the attribute saying core, buffer or transition (default: the first whose "
            "values all do)"
        ),
    )
    zones_in.add_argument(
        "--dry-run", action="store_true", help=marked("check the file, change nothing")
    )
    zones_in.set_defaults(handler=imports.cmd_import_zones, writes=True)
    package_in = import_what.add_parser(
        "package",
        aliases=["bundle"],
        help=marked("merge a package (.brdesk) from another laptop into your data"),
    )
    package_in.add_argument("file", metavar="FILE")
    package_in.add_argument(
        "--dry-run", action="store_true", help=marked("say what would change, change nothing")
    )
    package_in.set_defaults(handler=imports.cmd_import_package, writes=True)

    backup = commands.add_parser(
        "backup",
        help=marked(
            "back up your data now: in the backups folder, or to OUT (.zip, attachments "
            "included) to carry away"
        ),
    )
    backup.add_argument("out", nargs="?", metavar="OUT", help=marked("an archive to write (.zip)"))
    backup.set_defaults(handler=folder.cmd_backup)
    backups = commands.add_parser("backups", help=marked("list the backups in the backups folder"))
    backups.set_defaults(handler=folder.cmd_backups)
    restore = commands.add_parser(
        "restore",
        help=marked("replace your data with a backup (your current data is backed up first)"),
    )
    restore.add_argument(
        "file",
        metavar="FILE",
        help=marked("a backup (.db, or a .zip archive), or a name from 'backups'"),
    )
    restore.add_argument("--yes", action="store_true", help=marked("do not ask for confirmation"))
    restore.set_defaults(handler=folder.cmd_restore, writes=True)

    bring = commands.add_parser(
        "bring",
        help=marked(
            "copy the data of an earlier brdesk (its folder, or its brdesk-data folder) into "
            "this one's empty data folder and bring it up to date; the earlier folder is not "
            "changed"
        ),
    )
    bring.add_argument("folder", metavar="FOLDER", help=marked("the earlier brdesk's folder"))
    bring.set_defaults(handler=folder.cmd_bring, writes=True)

    sync = commands.add_parser(
        "sync",
        help=marked(
            "on the office network: send this folder's records to the office database and "
            "bring back the office's (a record edited on both sides is reported)"
        ),
    )
    sync.add_argument(
        "office", metavar="URL", help=marked("the office database: postgresql://USER@HOST/DB")
    )
    sync.set_defaults(handler=folder.cmd_sync, writes=True)

    self_test = commands.add_parser(
        "self-test", help=marked("open every page offscreen on a temporary demo and check it")
    )
    self_test.add_argument(
        "--screenshots", metavar="DIR", help=marked("save a 1366x768 PNG of every page in DIR")
    )
    self_test.set_defaults(handler=folder.cmd_self_test)
    return parser
