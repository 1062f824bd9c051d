"""Consistent copies of a live database, through SQLite's online backup API.

A plain file copy of a database in use can catch it between two writes; the backup API
cannot. The copy is written beside its destination and renamed into place, so a crash
during the copy leaves no half-written backup behind.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from brdesk import leftovers
from brdesk.db.state import connect_read_only

#: Backups are named for when and why they were taken: brdesk-20261122-093015-daily.db.
STAMP = "%Y%m%d-%H%M%S"


def backup_path(folder: Path, reason: str, now: datetime | None = None) -> Path:
    when = now or datetime.now()
    path = folder / f"brdesk-{when:{STAMP}}-{reason}.db"
    bump = 1
    while path.exists():  # two in the same second
        path = folder / f"brdesk-{(when + timedelta(seconds=bump)):{STAMP}}-{reason}.db"
        bump += 1
    return path


def online_copy(source: Path, destination: Path) -> Path:
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    leftovers.note(partial)
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # A backup is read on another machine, perhaps from a stick: no WAL side files.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, destination)
    return destination


def copy_into(source: Path, database: Path, busy_timeout_ms: int = 10_000) -> None:
    """Make the database at `database` a copy of `source`, in place, through the backup
    API in a single step: one transaction on the destination, so a crash or a power cut
    at any moment leaves it whole, as it was or as the source is. (Deleting its side
    files and renaming a file over it, as restores once did, could lose both.)"""
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(database, isolation_level=None)
        try:
            dst.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            src.backup(dst, pages=-1)
        finally:
            dst.close()
    finally:
        src.close()
