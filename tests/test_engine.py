import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from brdesk.db.engine import choose_journal_mode, make_engine

# The laptop's own file (the laptop's SQLite engine settings):
# not run on the server (tests/server_folders.py).
pytestmark = pytest.mark.laptop_file


def test_every_connection_gets_the_durability_pragmas(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "x.db")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    engine.dispose()


class _RefusesWal:
    """A connection on a file system that will not do WAL (FAT sticks, some shares)."""

    def __init__(self, failure: str) -> None:
        self.failure = failure
        self.real = sqlite3.connect(":memory:")
        self.executed: list[str] = []

    def cursor(self) -> "_RefusesWal":
        return self

    def execute(self, sql: str) -> sqlite3.Cursor:
        self.executed.append(sql)
        if sql == "PRAGMA journal_mode=WAL":
            if self.failure == "raise":
                raise sqlite3.OperationalError("disk I/O error")
            return self.real.execute("SELECT 'delete'")
        return self.real.execute(sql)

    def close(self) -> None:
        pass


def test_wal_refused_by_an_error_falls_back_to_a_rollback_journal() -> None:
    conn = _RefusesWal("raise")
    assert choose_journal_mode(conn) in {"delete", "memory"}
    assert conn.executed[-1] == "PRAGMA journal_mode=DELETE"


def test_wal_silently_not_granted_falls_back_too() -> None:
    conn = _RefusesWal("ignore")
    choose_journal_mode(conn)
    assert conn.executed == ["PRAGMA journal_mode=WAL", "PRAGMA journal_mode=DELETE"]


def test_transactions_are_real_even_for_ddl(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "t.db")
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x INTEGER)"))
            raise RuntimeError("abort")
    except RuntimeError:
        pass
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name='t'")).scalar() == 0
    engine.dispose()


_ROW = (
    "INSERT INTO observation (uuid, observed_on, category, subject, sensitive, source, "
    "created_at, updated_at) VALUES (?, '2025-10-01', 'species', 'Panthera uncia', 0, "
    "'manual', '2025-10-01 08:00:00', '2025-10-01 08:00:00')"
)


def test_a_write_waits_for_another_writer_instead_of_failing(tmp_path: Path) -> None:
    """A transaction that reads, then writes, while another writes: it waits for the
    other to finish and sees its row (begun as a reader, it failed with "database is
    locked" the moment the other committed)."""
    import threading
    import time

    from brdesk.services.store import Store

    store = Store.open(tmp_path / "data")
    other = sqlite3.connect(store.data_dir.db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute(_ROW, ("00000000-0000-4000-8000-000000000001",))

    def finish_later() -> None:
        time.sleep(1.0)
        other.execute("COMMIT")

    threading.Thread(target=finish_later).start()
    started = time.perf_counter()
    try:
        with store.transaction() as session:
            seen = session.execute(text("SELECT count(*) FROM observation")).scalar()
            session.execute(text(_ROW.replace("?", ":u")), {"u": "00000000-0000-4000-8000-2"})
        assert seen == 1  # it began after the other's commit, and saw its row
        assert time.perf_counter() - started >= 0.9  # it waited, rather than failing
        assert store.counts()["observations"] == 2
    finally:
        other.close()
        store.close()


def test_a_writer_kept_waiting_too_long_is_told_so_plainly(tmp_path: Path) -> None:
    import pytest

    from brdesk.errors import DataFolderError
    from brdesk.services.store import Store

    store = Store.open(tmp_path / "data")
    other = sqlite3.connect(store.data_dir.db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 200")  # the pooled connection's
        busy = pytest.raises(DataFolderError, match="kept the database busy")
        with busy as refused, store.transaction() as session:
            session.execute(text(_ROW.replace("?", ":u")), {"u": "x"})
        assert "nothing was changed" in str(refused.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()
