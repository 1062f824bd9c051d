"""Room for SQLite to work in while a statement touches most of the log at once."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

#: Pages SQLite may keep in memory during bulk work (KiB, as PRAGMA cache_size takes a
#: negative number). Its default, 2 MB, is far smaller than the indexes of a large log:
#: each insert then evicts pages the next needs, and the time per row grows with the table
#: (a million imported rows took 19x the time of a hundred thousand).
BULK_CACHE_KIB = 64 * 1024


@contextmanager
def roomy_cache(conn: sqlite3.Connection) -> Iterator[None]:
    from brdesk.db.dbapi import is_server

    if is_server(conn):  # a server sizes its own memory (shared_buffers, work_mem)
        yield
        return
    before = conn.execute("PRAGMA main.cache_size").fetchone()[0]
    conn.execute(f"PRAGMA main.cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA main.cache_size = {int(before)}")
