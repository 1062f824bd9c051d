"""brdesk export ...: the user's data written to files others read. These read the
folder only, so they run beside a window, and from a read-only stick."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from brdesk.cli import speech
from brdesk.cli.common import ExitCode, check_category, date_option, open_store
from brdesk.errors import BrdeskError
from brdesk.languages import marked, said, said_n
from brdesk.paths import DataDir


def cmd_export_plan(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.services.plan_io import export_plan

    return _export_table(args, data_dir, export_plan, "action")


def cmd_export_assessment(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.services.assessment_export import export_assessments

    return _export_table(args, data_dir, export_assessments, "answer")


def _export_table(
    args: argparse.Namespace, data_dir: DataDir, export: Callable[..., int], noun: str
) -> int:
    """A table written to OUT (.xlsx or .csv in the CSV style asked), its rows counted."""
    from pathlib import Path

    out = Path(args.out).expanduser().absolute()
    with open_store(data_dir) as store:
        rows = export(store, out, args.csv_style)
    if noun == "action":
        speech.out(said_n("%Ln action(s) written to {path}", "", rows, path=out))
    else:
        speech.out(said_n("%Ln answer(s) written to {path}", "", rows, path=out))
    return ExitCode.OK


def cmd_export_report(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.reports.report_data import ReportOptions
    from brdesk.services.report import completeness, export_report, gather
    from brdesk.services.submission import record_report

    out = Path(args.out).expanduser().absolute()
    options = ReportOptions(
        include_plan=not args.no_plan,
        include_charts=not args.no_charts,
        include_alignment=not args.no_alignment,
        include_effectiveness=args.effectiveness,
        include_zones=not args.no_zones,
        include_practices=args.practices,
    )
    with open_store(data_dir) as store:
        data = gather(store, practices=options.include_practices)
        export_report(store, out, options, data=data)
        record_report(store, out)
    missing = completeness(data, options)
    if missing:
        speech.out(said_n("Note: the report is incomplete (%Ln gap(s)):", "", len(missing)),
                   error=True)  # fmt: skip
        for line in missing:
            speech.out(said("  - {gap}", gap=line), error=True)
    speech.out(said("Report written to {path}", path=out))
    return ExitCode.OK


def cmd_export_practice(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.practice_export import export_case_study
    from brdesk.services.practices import GoodPracticeService

    out = Path(args.out).expanduser().absolute()
    with open_store(data_dir) as store:
        practice = GoodPracticeService(store).find(args.title)
        export_case_study(store, practice.id, out)
    speech.out(said("Case study of '{title}' written to {path}", title=practice.title, path=out))
    return ExitCode.OK


def cmd_export_observations(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.observation_export import export_observations
    from brdesk.services.observation_query import ObservationFilter

    check_category(args.category)
    flt = ObservationFilter(
        text=args.text,
        category=args.category,
        date_from=date_option(args.date_from, "--from"),
        date_to=date_option(args.date_to, "--to"),
    )
    out = Path(args.out).expanduser().absolute()
    with open_store(data_dir) as store:
        result = export_observations(
            store, out, flt, exact=args.exact, licence=args.licence, csv_style=args.csv_style,
            events=args.events,
        )  # fmt: skip
    speech.out(said_n("%Ln observation(s) written to {path}.", "", result.written,
                      path=result.path))  # fmt: skip
    if result.note:
        speech.out(result.note)
    return ExitCode.OK


def cmd_export_dashboard(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.dashboard import DashboardFilter, export_dashboard

    check_category(args.category)
    flt = DashboardFilter(
        date_from=date_option(args.date_from, "--from"),
        date_to=date_option(args.date_to, "--to"),
        category=args.category,
        pillar=args.pillar,
        zone=args.zone,
    )
    out = Path(args.out).expanduser().absolute()
    with open_store(data_dir) as store:
        panels = export_dashboard(store, out, flt)
    speech.out(said_n("Dashboard (%Ln panel(s)) written to {path}", "", panels, path=out))
    return ExitCode.OK


def cmd_export_package(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.packages import Selection, export_package

    date_from = date_option(args.date_from, "--from")
    date_to = date_option(args.date_to, "--to")
    if (date_from or date_to) and args.only == "plan":
        raise BrdeskError(
            marked("--from and --to choose observations: they do not go with --only plan.")
        )
    what = args.only or ("observations" if date_from or date_to else "all")
    selection = Selection(what, date_from, date_to)
    out = Path(args.out).expanduser().absolute()
    with open_store(data_dir) as store:
        result = export_package(store, out, selection)
    speech.out(said("Package of {what} written to {path}", what=selection.describe(), path=out))
    speech.out(said("  {written}", written=result.describe()))
    return ExitCode.OK


def cmd_export_zones(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.zones import export_zones

    out = Path(args.out).expanduser().absolute()
    if out.suffix.lower() not in (".geojson", ".json"):
        raise BrdeskError(
            said("Zones are written as GeoJSON: name the file OUT.geojson, not '{name}'.",
                 name=out.name)
        )  # fmt: skip
    with open_store(data_dir) as store:
        count = export_zones(store, out)
    speech.out(said_n("%Ln zone(s) written to {path}", "", count, path=out))
    return ExitCode.OK
