"""The open data folder: its engine, and the transactions the services run in."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from brdesk.db.state import count_records
from brdesk.errors import BrdeskError, DataFolderError
from brdesk.paths import DataDir, ensure_data_dir


class Store:
    """One data folder, opened: created, upgraded or refused by brdesk.db.migrate."""

    def __init__(self, data_dir: DataDir, engine: Engine) -> None:
        self.data_dir = data_dir
        self.engine = engine
        # expire_on_commit=False: records stay readable after their session closes.
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, data_dir: DataDir | Path) -> Store:
        from brdesk.db.migrate import open_database

        if isinstance(data_dir, Path):
            data_dir = DataDir(data_dir)
        ensure_data_dir(data_dir)
        try:
            engine = open_database(data_dir.db_path, data_dir.backups)
        except OperationalError as exc:
            raise DataFolderError(
                f"Cannot open {data_dir.db_path}: {exc.orig}. "
                "Check that the disk is writable and not full."
            ) from exc
        from brdesk.services.import_staging import sweep

        sweep(data_dir.root)
        return cls(data_dir, engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together, or not at all."""
        from brdesk.db.engine import WRITES

        try:
            with self._sessions.begin() as session:
                session.connection(execution_options={WRITES: True})
                yield session
        except IntegrityError as exc:
            raise BrdeskError(describe_integrity_error(exc)) from exc
        except OperationalError as exc:
            raise DataFolderError(describe_refusal(str(exc.orig))) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; nothing it does is committed."""
        with self._sessions() as session:
            yield session

    def counts(self) -> dict[str, int]:
        """Record counts by kind, for the status bar and the check command (one query)."""
        with self.dbapi() as conn:
            return count_records(conn)

    @contextmanager
    def dbapi(self) -> Iterator[sqlite3.Connection]:
        """The raw sqlite3 connection, for read-only queries written in plain SQL."""
        raw = self.engine.raw_connection()
        try:
            yield raw.driver_connection  # type: ignore[misc]
        finally:
            raw.close()

    def has_user_data(self) -> bool:
        """Does the folder hold anything of the user's? (Cheap: stops at the first row.)"""
        tables = ("participant", "reserve", "action_plan", "observation", "followup_item")
        sql = " OR ".join(f"EXISTS (SELECT 1 FROM {t})" for t in tables)
        with self.reading() as session:
            return bool(session.execute(text(f"SELECT {sql}")).scalar())


def describe_refusal(detail: str) -> str:
    """A sentence for SQLite's refusal of a change."""
    if "locked" in detail or "busy" in detail:
        return (
            "Another program kept the database busy for too long (another brdesk on the "
            "same folder over a network share, or a backup tool): nothing was changed. "
            "Try again in a moment."
        )
    return f"The database refused the change: {detail}."


def describe_integrity_error(exc: IntegrityError) -> str:
    """Turn SQLite's constraint names into a sentence; services validate first, so this is
    the backstop for whatever slipped past them."""
    return describe_constraint(str(exc.orig))


def describe_constraint(detail: str) -> str:
    """A sentence for SQLite's message about a broken constraint."""
    if "FOREIGN KEY" in detail:
        return "The change refers to a record that does not exist, or removes one still in use."
    if "UNIQUE" in detail:
        column = detail.rsplit(":", 1)[-1].strip()
        return f"A record with the same {column} already exists."
    if "CHECK" in detail:
        name = detail.rsplit(":", 1)[-1].strip()
        return f"The value breaks the rule '{name}'."
    if "NOT NULL" in detail:
        column = detail.rsplit(":", 1)[-1].strip()
        return f"{column} is required."
    return f"The change was refused by the database: {detail}"
