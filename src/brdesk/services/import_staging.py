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
from brdesk.db.dbapi import is_server

SCRATCH = leftovers.SCRATCH
PREFIX = "import-"
#: Pages of the scratch file SQLite may keep in memory while it is read (KiB).
CACHE_KIB = 16 * 1024


def staged_table(connection: object) -> str:
    """What the SQL names the staged rows by: the attached scratch file's table, or on a
    server the temporary table they were copied to."""
    return "staged" if is_server(connection) else "staging.staged"


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
        mode: SQLite attaches outside a transaction only); on a server, as the temporary
        table `staged` (staged_table names it for the SQL)."""
        self.seal()
        if is_server(connection):
            with self._on_server(connection):
                yield
            return
        connection.execute("ATTACH DATABASE ? AS staging", (str(self.path),))
        try:
            connection.execute("PRAGMA staging.journal_mode=OFF")
            connection.execute("PRAGMA staging.synchronous=OFF")
            connection.execute(f"PRAGMA staging.cache_size=-{CACHE_KIB}")
            yield
        finally:
            connection.execute("DETACH DATABASE staging")

    @contextmanager
    def _on_server(self, connection: Any) -> Iterator[None]:
        """The staged rows copied to the server (COPY: the fastest way in), as a temporary
        table typed like the observation log, so the same SQL settles and inserts them.
        The server's session forgets it; rows the SQL removed (duplicates) are removed from
        the scratch file too, for the commit to copy what the preview showed."""
        typed = {
            name
            for (name,) in connection.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'observation' AND table_schema = current_schema()"
            )
        }
        with sqlite3.connect(self.path) as scratch:
            columns = [row[1] for row in scratch.execute("PRAGMA table_info(staged)")]
            chosen = ", ".join(
                c if c in typed else f"CAST(NULL AS {'bigint' if c == 'n' else 'text'}) AS {c}"
                for c in columns
            )
            connection.execute("DROP TABLE IF EXISTS pg_temp.staged")
            connection.execute(
                f"CREATE TEMPORARY TABLE staged AS SELECT {chosen} FROM observation WITH NO DATA"
            )
            cursor = connection.cursor()
            with cursor.copy(f"COPY staged ({', '.join(columns)}) FROM STDIN") as copy:
                for row in scratch.execute(f"SELECT {', '.join(columns)} FROM staged"):
                    copy.write_row(row)
            connection.execute("CREATE INDEX ON staged (n)")
            connection.execute("CREATE INDEX ON staged (source_id)")
            connection.execute("ANALYZE staged")
            copied = scratch.execute("SELECT count(*) FROM staged").fetchone()[0]
        # Committed: the import's own transaction (and its rollback) comes after.
        connection.commit()
        try:
            yield
        except BaseException:
            connection.rollback()
            raise
        else:
            left = connection.execute("SELECT count(*) FROM staged").fetchone()[0]
            if left != copied:
                kept = [row[0] for row in connection.execute("SELECT n FROM staged")]
                with sqlite3.connect(self.path) as scratch:
                    scratch.execute("CREATE TEMP TABLE kept (n INTEGER PRIMARY KEY)")
                    scratch.executemany("INSERT INTO kept VALUES (?)", ((n,) for n in kept))
                    scratch.execute("DELETE FROM staged WHERE n NOT IN (SELECT n FROM kept)")
        finally:
            connection.execute("DROP TABLE IF EXISTS pg_temp.staged")
            connection.commit()

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
