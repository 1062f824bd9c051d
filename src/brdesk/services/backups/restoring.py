"""Restoring a backup: checked before anything changes, the current data backed up (or,
too damaged to copy, moved aside whole), then copied into the database in one transaction
through SQLite's backup API, so that a kill at any moment leaves it whole."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

from brdesk import leftovers
from brdesk.db.backup import backup_path, copy_into, online_copy
from brdesk.errors import BackupRefused, DataFolderError
from brdesk.languages import marked, said
from brdesk.media import explain_write
from brdesk.paths import DataDir
from brdesk.services.backups.archive import _scratch_dir, _unpack_attachments, _unpack_database
from brdesk.services.backups.checking import BackupSummary, database_problem, summarize
from brdesk.services.backups.taking import take_backup

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    summary: BackupSummary
    #: the current data, as it was before the restore (a backup, or the damaged file)
    previous: Path | None
    attachments_added: int


def restore(data_dir: DataDir, source: Path, checked: BackupSummary | None = None) -> RestoreResult:
    """Replace the data folder's database with a backup. Every connection to the database
    must be closed first. The backup is checked before anything changes (SQLite's check of
    every page is skipped when `checked`, the summary the user confirmed, already passed
    it); the current database is backed up (or, damaged, moved aside whole) before it is
    replaced."""
    with _scratch_dir(data_dir, "restore-") as tmp:
        work = Path(tmp)
        attachments: list[Path] = []
        if zipfile.is_zipfile(source):
            db, _manifest = _unpack_database(source, work)
            attachments = _unpack_attachments(source, work / "attachments")
        else:
            db = source
        pre_checked = checked is not None and checked.usable and checked.path == source
        summary = summarize(db, full_check=not pre_checked)
        summary.path = source
        if not summary.usable:
            raise BackupRefused(
                said(
                    "{name} cannot be restored: {v0} Your data was not changed.",
                    name=source.name,
                    v0="; ".join(summary.problems),
                )
            )
        staged = work / "restored.db"
        try:
            online_copy(db, staged)
        except (OSError, sqlite3.Error) as exc:
            raise DataFolderError(explain_write(exc, work, marked("prepare the restore"))) from exc
        previous = _set_current_aside(data_dir)
        added = 0
        data_dir.attachments.mkdir(parents=True, exist_ok=True)
        for path in attachments:
            target = data_dir.attachments / path.name
            if not target.exists():  # stored names are unique: an existing file is the same
                partial = target.with_name(target.name + ".partial")
                leftovers.note(partial)
                shutil.copyfile(path, partial)
                os.replace(partial, target)
                added += 1
        try:
            copy_into(staged, data_dir.db_path)
        except (OSError, sqlite3.Error) as exc:
            raise DataFolderError(explain_write(exc, work, marked("restore"))) from exc
    log.info("restored %s (previous data: %s)", source, previous)
    return RestoreResult(summary, previous, added)


def _set_current_aside(data_dir: DataDir) -> Path | None:
    """Back up the current database; if it is too damaged to copy, move it aside whole."""
    if not data_dir.db_path.is_file():
        return None
    if database_problem(data_dir.db_path) is None:
        return take_backup(data_dir, "before-restore")
    aside = backup_path(data_dir.backups, "damaged")
    aside.parent.mkdir(parents=True, exist_ok=True)
    os.replace(data_dir.db_path, aside)
    for side in ("-wal", "-shm"):
        extra = Path(str(data_dir.db_path) + side)
        if extra.exists():
            os.replace(extra, Path(str(aside) + side))
    return aside
