"""The cohort commands: gather participants' packages into a cohort folder, list them,
export the cohort."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from brdesk.cli import speech
from brdesk.cli.common import ExitCode, open_store
from brdesk.languages import said, said_n
from brdesk.paths import DataDir


def cmd_cohort_add(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.services.cohort import add_packages

    paths = [Path(p).expanduser().absolute() for p in args.packages]

    def show(done: int, of: int) -> None:
        if sys.stderr.isatty() and of >= 10:
            end = "\n" if done >= of else ""
            line = speech.say(said("Adding packages: {done:,} / {of:,}", done=done, of=of))
            print(f"\r{line}", end=end, file=sys.stderr)

    with open_store(data_dir) as store:
        outcome = add_packages(store, paths, progress=show)
    for line in outcome.lines():
        speech.out(line)
    speech.out(outcome.describe())
    return ExitCode.REFUSED if outcome.refused else ExitCode.OK


def cmd_cohort_list(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.reports.cohort_data import OVERVIEW_HEADERS, overview_row
    from brdesk.services.cohort import members
    from brdesk.services.cohort_folder import is_cohort

    if not is_cohort(data_dir):
        speech.out(said("{root} is not a cohort folder.", root=data_dir.root), error=True)
        return ExitCode.REFUSED
    print("\t".join(OVERVIEW_HEADERS))
    for member in members(data_dir):
        print("\t".join(overview_row(member)))
    return ExitCode.OK


def cmd_export_cohort(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.services.cohort_export import export_cohort, export_cohort_package

    out = Path(args.out).expanduser().absolute()
    if out.suffix.lower() == ".brdesk":
        count = export_cohort_package(data_dir, out)
        speech.out(said_n("Cohort package of %Ln participant(s) written to {out}", "", count,
                          out=out))  # fmt: skip
        return ExitCode.OK
    count = export_cohort(data_dir, out, followup=args.followup)
    if args.followup:
        done = said_n("Follow-up list of %Ln participant(s) written to {out}", "", count, out=out)
    elif out.suffix.lower() == ".docx":
        done = said_n("Cohort report of %Ln participant(s) written to {out}", "", count, out=out)
    else:
        done = said_n("Cohort workbook of %Ln participant(s) written to {out}", "", count,
                      out=out)  # fmt: skip
    speech.out(done)
    return ExitCode.OK
