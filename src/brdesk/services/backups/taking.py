"""Taking a backup: a consistent copy through SQLite's online backup API, checked, then
the folder thinned out; once a day by itself, and before anything that replaces data."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from brdesk.db.backup import backup_path, online_copy
from brdesk.errors import DatabaseDamaged, DataFolderError
from brdesk.languages import marked, said
from brdesk.media import explain_write
from brdesk.paths import DataDir
from brdesk.services.backups.catalogue import DAILY_EVERY, list_backups, rotate
from brdesk.services.backups.checking import database_problem

log = logging.getLogger(__name__)


def take_backup(
    data_dir: DataDir, reason: str, now: datetime | None = None, *, verify: bool = True
) -> Path:
    """A consistent copy of the database in backups/, checked, then the old ones thinned
    out. A copy of a damaged database is deleted rather than kept: it would push good
    backups out of the rotation."""
    if data_dir.on_server:
        raise DataFolderError(
            marked(
                "The records are on the office database: it is backed up on its server "
                "(pg_dump, every night; see docs/office-server.md). To carry a copy away, "
                "export a package of everything."
            )
        )
    if not data_dir.db_path.is_file():
        raise DataFolderError(
            said("There is no database in {root} to back up.", root=data_dir.root)
        )
    target = backup_path(data_dir.backups, reason, now)
    _check_room(data_dir)
    try:
        online_copy(data_dir.db_path, target)
    except sqlite3.DatabaseError as exc:
        Path(str(target) + ".partial").unlink(missing_ok=True)
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise DatabaseDamaged(said("Your database is damaged ({exc}).", exc=exc)) from exc
        raise DataFolderError(
            explain_write(exc, data_dir.backups, marked("back up the data"))
        ) from exc
    except OSError as exc:
        Path(str(target) + ".partial").unlink(missing_ok=True)
        raise DataFolderError(
            explain_write(exc, data_dir.backups, marked("back up the data"))
        ) from exc
    if verify:
        problem = database_problem(target)
        if problem is not None:
            target.unlink(missing_ok=True)
            raise DatabaseDamaged(
                said("Your database is damaged: SQLite reports '{problem}'.", problem=problem)
            )
    log.info("backup taken: %s", target)
    rotate(data_dir.backups, now)
    return target


def safety_copy(data_dir: DataDir, reason: str) -> Path | None:
    """The backup taken before a change that replaces or adds much (an import, a demo):
    on the laptop, take_backup's copy; on an office database, none (None). There the
    change is one transaction, refused whole or kept whole, and the database is the
    office's to back up on its server (pg_dump, docs/office-server.md): copying all of it
    to one staff member's laptop before every import would cost minutes and hold the
    records outside the office."""
    if data_dir.on_server:
        return None
    return take_backup(data_dir, reason)


def _check_room(data_dir: DataDir) -> None:
    """Refuse to start a backup the disk cannot hold: a clear message now, rather than a
    disk filled to the last byte (which the database itself then needs)."""
    data_dir.backups.mkdir(parents=True, exist_ok=True)
    size = data_dir.db_path.stat().st_size
    wal = Path(str(data_dir.db_path) + "-wal")
    size += wal.stat().st_size if wal.exists() else 0
    free = shutil.disk_usage(data_dir.backups).free
    if free < size * 1.1 + 16 * 2**20:
        raise DataFolderError(
            said(
                "Cannot back up the data: a backup needs about {v0:,.0f} MB and "
                "the disk holding {backups} has {v1:,.0f} MB free. Free some "
                "space, or delete old backups you no longer need.",
                v0=size / 2**20,
                backups=data_dir.backups,
                v1=free / 2**20,
            )
        )


def needs_daily(data_dir: DataDir, now: datetime | None = None) -> bool:
    """Is the newest backup older than a day (or is there none)? Never on an office
    database: its server keeps the backups."""
    if data_dir.on_server or not data_dir.db_path.is_file():
        return False
    newest = next(iter(list_backups(data_dir.backups)), None)
    return newest is None or (now or datetime.now()) - newest.taken_at >= DAILY_EVERY


def take_daily_if_due(data_dir: DataDir, now: datetime | None = None) -> Path | None:
    if not needs_daily(data_dir, now):
        return None
    return take_backup(data_dir, "daily", now)
