"""The data folder's own commands: the window, the demo, checks, backups, restores, and
bringing an earlier brdesk's data."""

from __future__ import annotations

import argparse
import sys

from brdesk.cli import speech
from brdesk.cli.common import ExitCode, open_store, progress_printer, refuse_unwritable
from brdesk.errors import BrdeskError
from brdesk.languages import marked, said, said_n
from brdesk.paths import DataDir


def cmd_gui(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.ui.app import run

    return run(data_dir, args.lang)


def cmd_demo(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.services.demo import DEFAULT_OBSERVATIONS, fill_demo

    total = DEFAULT_OBSERVATIONS if args.observations is None else args.observations
    with open_store(data_dir) as store:
        summary = fill_demo(
            store, observations=total, force=args.force, progress=progress_printer(total)
        )
    speech.out(
        said(
            "Demo written to {root}: {reserves}, {participants}, {objectives}, {actions}, "
            "{observations}.",
            root=data_dir.root,
            reserves=said_n("%Ln reserve(s)", "", 1),
            participants=said_n("%Ln participant(s)", "", 1),
            objectives=said_n("%Ln objective(s)", "", summary.objectives),
            actions=said_n("%Ln action(s)", "", summary.actions),
            observations=said_n("%Ln observation(s)", "", summary.observations),
        )
    )
    return ExitCode.OK


def cmd_check(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.db.health import check_database, check_server

    if data_dir.database_url is not None:
        from brdesk.services.store import shown_url

        # Opening it makes the tables in an empty database (docs/office-server.md).
        with open_store(data_dir) as store, store.dbapi() as conn:
            report = check_server(conn, shown_url(data_dir.database_url))
    else:
        report = check_database(data_dir.db_path)
    speech.out(report.render())
    return ExitCode.OK if report.healthy else ExitCode.REFUSED


def cmd_self_test(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.ui.self_test import run_self_test

    shots = Path(args.screenshots).expanduser().absolute() if args.screenshots else None
    return run_self_test(shots, args.lang)


def cmd_backup(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services import backups

    if data_dir.on_server:
        return _office_backup(args, data_dir)
    if args.out:
        out = Path(args.out).expanduser().absolute()
        if out.suffix.lower() != ".zip":
            raise BrdeskError(said("A backup archive is a .zip file: '{name}' is not.",
                                   name=out.name))  # fmt: skip
        backups.write_archive(data_dir, out)
        speech.out(said("Backup archive written to {path} (the database and its attachments).",
                        path=out))  # fmt: skip
        return ExitCode.OK
    refuse_unwritable(data_dir, "brdesk backup")
    path = backups.take_backup(data_dir, "manual")
    speech.out(said("Backup written to {path}", path=path))
    return ExitCode.OK


def _office_backup(args: argparse.Namespace, data_dir: DataDir) -> int:
    """An office database's backup from brdesk: a package of everything (the server's own
    nightly pg_dump stays the office's real backup: docs/office-server.md)."""
    from datetime import datetime
    from pathlib import Path

    from brdesk.exchange.package_words import amounts
    from brdesk.services.packages import export_package

    if args.out:
        out = Path(args.out).expanduser().absolute()
    else:
        out = data_dir.backups / f"office-{datetime.now():%Y%m%d-%H%M%S}.brdesk"
        out.parent.mkdir(parents=True, exist_ok=True)
    with open_store(data_dir) as store:
        written = export_package(store, out)
    speech.out(
        said(
            "A package of everything on the office database was written to {path} "
            "({amounts}). To restore, import it into an empty folder or database.",
            path=written.path,
            amounts=amounts(written.counts),
        )
    )
    return ExitCode.OK


def cmd_backups(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.services import backups

    found = backups.list_backups(data_dir.backups)
    if not found:
        speech.out(said("No backups yet in {folder}.", folder=data_dir.backups))
        return ExitCode.OK
    speech.out(said("Backups in {folder}, newest first:", folder=data_dir.backups))
    for backup in found:
        size = backup.path.stat().st_size / 2**20
        print(f"  {backup.taken_at:%Y-%m-%d %H:%M}  {backup.path.name}  "
              f"({speech.say(backup.reason_label)}, {size:.1f} MB)")  # fmt: skip
    return ExitCode.OK


def cmd_sync(args: argparse.Namespace, data_dir: DataDir) -> int:
    from brdesk.services.office_sync import synchronise

    refuse_unwritable(data_dir, "brdesk sync")
    with open_store(data_dir) as store:
        report = synchronise(store, args.office)
    for line in report.lines():
        speech.out(line)
    return ExitCode.OK


def cmd_bring(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.db.state import read_state
    from brdesk.services.earlier_data import bring, data_root_of, inspect

    earlier = inspect(data_root_of(Path(args.folder).expanduser().absolute()))
    has_data = False
    if data_dir.db_path.is_file() and read_state(data_dir.db_path).revision is not None:
        with open_store(data_dir) as store:
            has_data = store.has_user_data()
    bring(earlier, data_dir, target_has_data=has_data)
    with open_store(data_dir) as store:  # brought up to this version's schema here
        counts = store.counts()
    speech.out(
        said(
            "Brought {actions} and {observations} from {earlier} into {root}. The earlier "
            "folder was not changed.",
            actions=said_n("%Ln action(s)", "", counts["actions"]),
            observations=said_n("%Ln observation(s)", "", counts["observations"]),
            earlier=earlier.root,
            root=data_dir.root,
        )
    )
    return ExitCode.OK


def cmd_restore(args: argparse.Namespace, data_dir: DataDir) -> int:
    from pathlib import Path

    from brdesk.services import backups

    source = Path(args.file).expanduser()
    if not source.exists() and (data_dir.backups / args.file).is_file():
        source = data_dir.backups / args.file
    source = source.absolute()
    if not source.is_file():
        raise BrdeskError(said("There is no backup at {source}.", source=source))
    summary = backups.summarize(source)
    speech.out(summary.describe())
    if not summary.usable:
        speech.out(marked("This backup cannot be restored; your data was not changed."),
                   error=True)  # fmt: skip
        return ExitCode.REFUSED
    if not args.yes:
        if not sys.stdin.isatty():
            raise BrdeskError(marked("Restoring replaces your data: add --yes to confirm."))
        question = said("Replace the data in {root} with this backup? [y/N] ",
                        root=data_dir.root)  # fmt: skip
        answer = input(speech.say(question))
        # Yes in English, or in the command's language ("o"/"oui", "д"/"да", "是").
        yes = speech.say(marked("yes")).strip().lower()
        if answer.strip().lower() not in ("y", "yes", yes, yes[:1]):
            speech.out(marked("Nothing was changed."))
            return ExitCode.REFUSED
    result = backups.restore(data_dir, source, summary)
    speech.out(said("Restored. Your data as it was before is kept in {previous}.",
                    previous=result.previous) if result.previous
               else marked("Restored."))  # fmt: skip
    return ExitCode.OK
