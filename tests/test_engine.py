import sqlite3
from pathlib import Path

from sqlalchemy import text

from brdesk.db.engine import choose_journal_mode, make_engine


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
