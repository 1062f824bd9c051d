"""Where an import's checked rows wait between the preview and the commit: a scratch SQLite
file, so that a file of a million rows costs disk, not memory, and the commit is one
`INSERT ... SELECT` inside SQLite rather than a million rows handed over from Python.

The file lives in the data folder's `scratch/` (the disk the import will fill anyway; a
RAM-backed /tmp would take the memory back), or the system's temporary folder when the
data folder cannot be written. It is deleted when the preview is discarded, committed or
garbage-collected; whatever a crash leaves in scratch/ (restores and archives work there
too) is swept when a store is next opened (brdesk.leftovers).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from brdesk import leftovers

SCRATCH = leftovers.SCRATCH
PREFIX = "import-"
#: Pages of the scratch file SQLite may keep in memory while it is read (KiB).
CACHE_KIB = 16 * 1024


class Staging:
    """Rows waiting to be imported, numbered by their row in the file (n)."""

    def __init__(self, data_root: Path, columns: Sequence[str]) -> None:
        self.path = _scratch_file(data_root)
        self._remove = weakref.finalize(self, _unlink, self.path)
        self._writer: sqlite3.Connection | None = sqlite3.connect(self.path)
        # A scratch file: no journal and no waiting for the disk; a crash loses only it.
        self._writer.execute("PRAGMA journal_mode=OFF")
        self._writer.execute("PRAGMA synchronous=OFF")
        self._writer.execute(f"CREATE TABLE staged (n INTEGER PRIMARY KEY, {', '.join(columns)})")
        marks = ", ".join("?" for _ in range(len(columns) + 1))
        self._insert = f"INSERT INTO staged VALUES ({marks})"

    def add(self, rows: list[tuple[Any, ...]]) -> None:
        """Stage rows, each (n, *columns)."""
        assert self._writer is not None, "staging is closed for writing"
        self._writer.executemany(self._insert, rows)

    def seal(self) -> None:
        """Done writing: index the rows by source_id, for finding duplicates."""
        if self._writer is None:
            return
        self._writer.execute("CREATE INDEX staged_source ON staged (source_id)")
        self._writer.commit()
        self._writer.close()
        self._writer = None

    @contextmanager
    def attached(self, connection: sqlite3.Connection) -> Iterator[None]:
        """The staged rows as `staging.staged` on a connection of the store (in autocommit
        mode: SQLite attaches outside a transaction only)."""
        self.seal()
        connection.execute("ATTACH DATABASE ? AS staging", (str(self.path),))
        try:
            connection.execute("PRAGMA staging.journal_mode=OFF")
            connection.execute("PRAGMA staging.synchronous=OFF")
            connection.execute(f"PRAGMA staging.cache_size=-{CACHE_KIB}")
            yield
        finally:
            connection.execute("DETACH DATABASE staging")

    def discard(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._remove()


def scratch_folder(data_root: Path) -> Path:
    """The data folder's scratch/, made if need be: where work in progress (an import's
    staged rows, a restore's unpacked backup, an archive being assembled) waits, on the
    disk it is for, under a name a sweep recognises."""
    folder = data_root / SCRATCH
    folder.mkdir(parents=True, exist_ok=True)
    leftovers.begin(data_root)
    return folder


def _scratch_file(data_root: Path) -> Path:
    try:
        folder = scratch_folder(data_root)
        handle, name = tempfile.mkstemp(
            prefix=leftovers.scratch_prefix(PREFIX), suffix=".sqlite", dir=folder
        )
    except OSError:  # a read-only stick: the preview still works, from the temp folder
        handle, name = tempfile.mkstemp(prefix=PREFIX, suffix=".sqlite")
    os.close(handle)
    return Path(name)


def _unlink(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with suppress(OSError):
            leftover.unlink()
