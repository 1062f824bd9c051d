"""Backups of a data folder: taken, listed, thinned out, checked and restored.

A backup in backups/ is one SQLite file, written through SQLite's online backup API (never
a file copy of a live database) and named for when and why it was taken:
`brdesk-20261122-093015-daily.db`. It refers to attachments by their stored names; those
files are never changed once written, and a file is deleted only when no record needs it.

A backup archive (`brdesk backup OUT.zip`) carries the database and every attachment, for a
stick or another laptop. Restore takes either.

Restoring never destroys: the current data is backed up first (or, when it is too damaged
to copy, moved aside whole), and nothing is replaced until the backup has been checked.

catalogue: names, listing, rotation · taking: backups now and daily · archive: the ZIP to
carry away · checking: what a backup holds · restoring: putting one back.
"""

from __future__ import annotations

from brdesk.db.backup import backup_path
from brdesk.services.backups.archive import write_archive
from brdesk.services.backups.catalogue import REASONS, Backup, list_backups, parse_name, rotate
from brdesk.services.backups.checking import (
    BackupSummary,
    database_problem,
    newest_good_backup,
    summarize,
)
from brdesk.services.backups.restoring import RestoreResult, restore
from brdesk.services.backups.taking import (
    needs_daily,
    safety_copy,
    take_backup,
    take_daily_if_due,
)

__all__ = [
    "REASONS", "Backup", "BackupSummary", "RestoreResult", "backup_path", "database_problem",
    "list_backups", "needs_daily", "newest_good_backup", "parse_name", "restore", "rotate",
    "safety_copy", "summarize", "take_backup", "take_daily_if_due", "write_archive",
]  # fmt: skip
