"""brdesk export ...: the user's data written to files others read. These read the
folder only, so they run beside a window, and from a read-only stick."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from brdesk.cli.common import ExitCode, check_category, date_option, open_store
from brdesk.errors import BrdeskError
from brdesk.paths import DataDir
from brdesk.wording import plural


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
    print(f"{plural(rows, noun)} written to {out}")
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
        print(f"Note: the report is incomplete ({len(missing)} gaps):", file=sys.stderr)
        for line in missing:
            print(f"  - {line}", file=sys.stderr)
    print(f"Report written to {out}")
    return ExitCode.OK


def cmd_export_practice(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.practice_export import export_case_study
    from brdesk.services.practices import GoodPracticeService

    out = Path(args.out).expanduser().absolute()
    with open_store(data_dir) as store:
        practice = GoodPracticeService(store).find(args.title)
        export_case_study(store, practice.id, out)
    print(f"Case study of '{practice.title}' written to {out}")
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
    note = f" {result.note}" if result.note else ""
    print(f"{plural(result.written, 'observation')} written to {result.path}.{note}")
    if result.note:
        print(result.note)
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
    print(f"Dashboard ({panels} panels) written to {out}")
    return ExitCode.OK


def cmd_export_package(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.packages import Selection, export_package

    date_from = date_option(args.date_from, "--from")
    date_to = date_option(args.date_to, "--to")
    if (date_from or date_to) and args.only == "plan":
        raise BrdeskError("--from and --to choose observations: they do not go with --only plan.")
    what = args.only or ("observations" if date_from or date_to else "all")
    selection = Selection(what, date_from, date_to)
    out = Path(args.out).expanduser().absolute()
    with open_store(data_dir) as store:
        result = export_package(store, out, selection)
    print(f"Package of {selection.describe()} written to {out}")
    print(f"  {result.describe()}")
    return ExitCode.OK


def cmd_export_zones(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services.zones import export_zones

    out = Path(args.out).expanduser().absolute()
    if out.suffix.lower() not in (".geojson", ".json"):
        raise BrdeskError(
            f"Zones are written as GeoJSON: name the file OUT.geojson, not '{out.name}'."
        )
    with open_store(data_dir) as store:
        count = export_zones(store, out)
    print(f"{plural(count, 'zone')} written to {out}")
    return ExitCode.OK
