"""The SQLite engine and the pragmas every connection gets.

Durability first: foreign keys enforced, synchronous=FULL, WAL where the file system
supports it. FAT/exFAT sticks and network shares may refuse WAL (no shared memory, or
locking that lies); there the rollback journal is used, which is slower but just as safe.
"""

from __future__ import annotations

import itertools
import logging
import os
import platform
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.pool import QueuePool

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
#: The execution option that marks a connection's transactions as writing.
WRITES = "brdesk_writes"
_engines = itertools.count(1)


def choose_journal_mode(dbapi_connection: Any) -> str:
    """Switch to WAL, or fall back to a rollback journal; returns the mode in force."""
    cursor = dbapi_connection.cursor()
    try:
        try:
            mode = str(cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]).lower()
        except sqlite3.OperationalError as exc:
            log.warning("WAL refused by the file system (%s); using a rollback journal", exc)
            mode = ""
        if mode != "wal":
            mode = str(cursor.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
        return mode
    finally:
        cursor.close()


def apply_pragmas(dbapi_connection: Any, _record: Any = None, *, wal: bool = True) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()
    if wal:
        choose_journal_mode(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        # After the journal mode: FULL makes every commit reach the disk before it returns.
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def make_engine(db_path: Path, *, wal: bool = True) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}")
    _take_over_transactions(engine, wal=wal)
    return engine


def make_read_only_engine(db_path: Path, *, immutable: bool) -> Engine:
    """An engine that cannot write: SQLite opens the file read-only. `immutable` when no
    one can change it (a read-only disk with no -wal beside it): SQLite then makes no
    -shm either, which a read-only folder could not hold."""
    uri = f"{db_path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=QueuePool,  # as for any file (the bare URL would pick the in-memory pool)
    )
    _take_over_transactions(engine, wal=False)
    return engine


def _take_over_transactions(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        # pysqlite's own transaction handling skips BEGIN before DDL and SELECT, which would
        # make migrations non-atomic; take it over so every transaction is a real one.
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection, record, wal=wal)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A transaction that will write takes the write lock at once (IMMEDIATE), waiting
        # up to the busy timeout for another writer; begun as a reader and then writing,
        # SQLite would refuse it at once ("database is locked") when another wrote first.
        immediate = connection.get_execution_options().get(WRITES, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_server_engine(url: str) -> Engine:
    """An engine on a PostgreSQL server (a reserve office's shared database, issue 22).
    `postgresql://...` URLs are spoken through psycopg 3 (the `server` extra)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    # A name of its own for this engine's connections: the server's announcements of
    # changes carry it, so this process can tell its own from the others' (db/changes.py).
    made = make_url(url)
    name = f"brdesk {platform.node()[:24]} {os.getpid()}.{next(_engines)}"
    made = made.update_query_dict({"application_name": name})
    # pool_pre_ping: an office server restarted overnight leaves dead connections behind.
    engine = create_engine(made, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _iso_dates(dbapi_connection: Any, _record: Any) -> None:
        # Plain SQL reads dates as the server writes them (db/dbapi.py): ISO, whatever
        # the office's postgresql.conf says.
        dbapi_connection.execute("SET DateStyle = ISO")
        dbapi_connection.commit()

    return engine
