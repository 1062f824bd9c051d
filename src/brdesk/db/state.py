"""What a database file holds, read with the standard library alone.

Start-up reads here first: deciding whether a file may be opened, and showing the user's
data at once, must not wait for SQLAlchemy to load. Nothing here writes a byte.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from brdesk.errors import DatabaseRefused, DatabaseUnreadable
from brdesk.languages import said

# Every revision this version ships, oldest first. A test checks these against the scripts,
# so start-up can decide without importing Alembic.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009",
    "0010", "0011",
)  # fmt: skip
HEAD_REVISION = KNOWN_REVISIONS[-1]

COUNTED = {
    "participants": "participant",
    "reserves": "reserve",
    "plans": "action_plan",
    "objectives": "objective",
    "actions": "action",
    "observations": "observation",
    "followup_items": "followup_item",
}


@dataclass(frozen=True)
class DatabaseState:
    revision: str | None
    tables: frozenset[str]


def connect_read_only(db_path: Path) -> sqlite3.Connection:
    """A connection that cannot write. A database in WAL mode needs its -shm file, which a
    read-only folder cannot hold: with no -wal beside it (every change is in the file),
    it is then read as immutable, which needs none."""
    uri = db_path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except UnicodeDecodeError:
        # SQLite's message quoted the garbage over a damaged schema, and the sqlite3 module
        # could not decode it: the file is damaged, and is said to be, like any other.
        conn.close()
        raise sqlite3.DatabaseError("malformed database schema (its text is garbled)") from None
    except sqlite3.OperationalError as exc:
        conn.close()
        if "unable to open" not in str(exc) or Path(f"{db_path}-wal").exists():
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def read_state(db_path: Path) -> DatabaseState:
    """What is in the file; refuses what SQLite cannot read."""
    try:
        conn = connect_read_only(db_path)
        try:
            tables = frozenset(
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            )
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnreadable(
            said(
                "{path} cannot be read as a database ({problem}). It was left untouched. "
                "Restore a backup from the backups folder, or run 'brdesk check' for details.",
                path=db_path,
                problem=str(exc),
            )
        ) from exc
    return DatabaseState(revision=revision, tables=tables)


def is_current(db_path: Path) -> bool:
    """Is there a database at head here, ready to read as it is?"""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return False
    try:
        return read_state(db_path).revision == HEAD_REVISION
    except DatabaseRefused:
        return False


def count_records(conn: sqlite3.Connection) -> dict[str, int]:
    """Record counts by kind, in one query, over any DB-API connection to the store."""
    sql = ", ".join(f"(SELECT count(*) FROM {table})" for table in COUNTED.values())
    row = conn.execute(f"SELECT {sql}").fetchone()
    return dict(zip(COUNTED, (int(n) for n in row), strict=True))
