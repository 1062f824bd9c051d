"""The open data folder: its engine, and the transactions the services run in."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from brdesk import leftovers, media
from brdesk.db.state import count_records
from brdesk.errors import (
    BrdeskError,
    ChangedElsewhere,
    DataFolderError,
    PasswordNeeded,
    ReadOnlyFolder,
)
from brdesk.languages import marked, said
from brdesk.paths import DataDir, ensure_data_dir

#: PostgreSQL's refusal of a change the login was not granted (docs/office-server.md).
INSUFFICIENT_PRIVILEGE = "42501"


class Store:
    """One data folder, opened: created, upgraded or refused by brdesk.db.migrate."""

    def __init__(self, data_dir: DataDir, engine: Engine, read_only: str | None = None) -> None:
        self.data_dir = data_dir
        self.engine = engine
        #: Why this folder is open read-only (a sentence), or None: it can be edited.
        self.read_only = read_only
        # expire_on_commit=False: records stay readable after their session closes.
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", self._stamp_changes)
        self._user: str | None = None
        self._rights: dict[str, bool] = {}

    @property
    def user(self) -> str:
        """Who saves the changes made here: on a server the database role (each person in
        an office has their own, docs/office-server.md), on a laptop the computer's user."""
        if self._user is None:
            self._user = self._server_role() if self.on_server else _computer_user()
        return self._user

    def _server_role(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("SELECT session_user").scalar())

    def _stamp_changes(self, session: Session, _context: object, _instances: object) -> None:
        """Every record added or changed in a flush names who changed it."""
        user = self.user
        for obj in (*session.new, *session.dirty):
            # The records with versions (models.common.TimestampMixin), told by their
            # column: importing the models here would load them all at start-up.
            if hasattr(type(obj), "changed_by") and session.is_modified(obj):
                obj.changed_by = user

    @classmethod
    def open(cls, data_dir: DataDir | Path, *, read_only: str | None = None) -> Store:
        """Open the folder to edit; or to read only, when its disk cannot be written or
        `read_only` says why not (another brdesk holds it)."""
        from brdesk.db.migrate import open_database

        if isinstance(data_dir, Path):
            data_dir = DataDir(data_dir)
        if data_dir.database_url is not None:
            return cls._open_server(data_dir, data_dir.database_url)
        if read_only is not None:
            return cls._open_read_only(data_dir, read_only, writable=True)
        if data_dir.root.is_dir():
            refusal = media.probe(data_dir.root)
            if refusal is not None and refusal.why is not media.Why.FULL:
                # A full disk is still opened to edit: reading needs no room, and a change
                # refused for want of it is said so when it happens.
                return cls._open_read_only(data_dir, refusal.sentence(), writable=False)
            locked = _file_refusal(data_dir.db_path)
            if locked is not None:
                return cls._open_read_only(data_dir, locked, writable=True)
        ensure_data_dir(data_dir)
        try:
            engine = open_database(data_dir.db_path, data_dir.backups)
        except OperationalError as exc:
            raise DataFolderError(
                media.explain_write(
                    exc, data_dir.root, said("open {name}", name=data_dir.db_path.name)
                )
            ) from exc
        leftovers.begin(data_dir.root)
        leftovers.sweep(data_dir.root)
        return cls(data_dir, engine)

    @classmethod
    def _open_server(cls, data_dir: DataDir, url: str) -> Store:
        """The records on a PostgreSQL server; the folder keeps settings, logs, backups."""
        from brdesk.db.migrate import open_server_database

        ensure_data_dir(data_dir)
        try:
            engine = open_server_database(url)
        except ModuleNotFoundError as exc:
            raise DataFolderError(
                marked(
                    "This brdesk cannot reach a database server: its PostgreSQL driver is "
                    "not installed (pip install 'brdesk[server]')."
                )
            ) from exc
        except OperationalError as exc:
            problem = " ".join(str(exc.orig).split())  # libpq's lines, as one
            refusal = PasswordNeeded if _wants_password(problem) else DataFolderError
            raise refusal(
                said(
                    "Cannot reach the office database {where}: {problem}",
                    where=shown_url(url),
                    problem=problem,
                )
            ) from exc
        return cls(data_dir, engine)

    @property
    def on_server(self) -> bool:
        """Are the records on a PostgreSQL server (not in the folder's SQLite file)?"""
        return bool(self.engine.dialect.name == "postgresql")

    @classmethod
    def _open_read_only(cls, data_dir: DataDir, why: str, *, writable: bool) -> Store:
        from brdesk.db.engine import make_read_only_engine
        from brdesk.db.migrate import refusal
        from brdesk.db.state import HEAD_REVISION, read_state

        db = data_dir.db_path
        state = read_state(db) if db.is_file() and db.stat().st_size > 0 else None
        if state is None or (state.revision is None and not state.tables):
            raise DataFolderError(
                said(
                    "There is no brdesk data in {root} to open, and none can be "
                    "started there: {why} Choose another folder.",
                    root=data_dir.root,
                    why=why,
                )
            )
        refused = refusal(db, state)
        if refused is not None:
            raise refused
        if state.revision != HEAD_REVISION:
            raise DataFolderError(
                said(
                    "{db} was written by an earlier brdesk and must be brought up to "
                    "date before this version can read it, which means writing to it: "
                    "{why} Copy the whole folder to a disk you can write to, and open "
                    "the copy.",
                    db=db,
                    why=why,
                )
            )
        wal = Path(f"{db}-wal")
        engine = make_read_only_engine(db, immutable=not writable and not wal.exists())
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")
        except OperationalError as exc:
            engine.dispose()
            raise DataFolderError(
                said(
                    "{db} cannot be read here: {why} It still holds changes kept beside it "
                    "in {wal}, which SQLite can only read from a disk it can write to. Copy "
                    "the whole folder to such a disk and open it there; nothing is lost.",
                    db=db,
                    why=why,
                    wal=wal.name,
                )
                if wal.exists()
                else said("{db} cannot be read: {problem}.", db=db, problem=str(exc.orig))
            ) from exc
        return cls(data_dir, engine, read_only=why)

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

        if self.read_only is not None:
            raise ReadOnlyFolder(
                said(
                    "Nothing can be changed in {root}: it is open read-only. {read_only}",
                    root=self.data_dir.root,
                    read_only=self.read_only,
                )
            )
        try:
            with self._sessions.begin() as session:
                session.connection(execution_options={WRITES: True})
                yield session
        except IntegrityError as exc:
            raise BrdeskError(describe_integrity_error(exc)) from exc
        except StaleDataError as exc:
            # Between this change's reading and its saving, someone else saved the record.
            raise ChangedElsewhere(
                marked(
                    "Someone else saved this record at the same moment, so your change was "
                    "not saved. Look at it again, and change it again if it still needs it."
                )
            ) from exc
        except OperationalError as exc:
            refusal = media.refusal_for(exc, self.data_dir.root)
            if refusal is not None:
                raise DataFolderError(media.cannot(marked("save your change"), refusal)) from exc
            raise DataFolderError(describe_refusal(str(exc.orig))) from exc
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
                raise
            raise BrdeskError(describe_refusal(str(exc.orig))) from exc

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
        """The raw DB-API connection, for read-only queries written in plain SQL: sqlite3's,
        or on a server psycopg's taking the same SQL (brdesk.db.dbapi)."""
        raw = self.engine.raw_connection()
        try:
            if self.on_server:
                from brdesk.db.dbapi import ServerConnection

                # Typed as sqlite3's until the services name the protocol (db/dbapi.DbApi).
                yield cast(sqlite3.Connection, ServerConnection(raw.driver_connection))
            else:
                yield raw.driver_connection  # type: ignore[misc]
        finally:
            raw.close()

    def reader(self) -> sqlite3.Connection:
        """A DB-API connection of its own for plain-SQL reads on a worker thread (the
        log's counts and pages), closed by the caller: a read-only one on the laptop's
        file; on a server, one of the engine's, given back to its pool when closed."""
        if not self.on_server:
            from brdesk.db.state import connect_read_only

            return connect_read_only(self.data_dir.db_path)
        from brdesk.db.dbapi import ServerConnection

        raw = self.engine.raw_connection()
        return cast(sqlite3.Connection, ServerConnection(raw.driver_connection, raw.close))

    def may_change(self, table: str) -> bool:
        """May this login change the table's records? Always on a laptop; on a server,
        as the office granted (docs/office-server.md: plan editors, observers)."""
        if not self.on_server:
            return True
        if table not in self._rights:
            with self.engine.connect() as conn:
                granted = conn.exec_driver_sql(
                    "SELECT has_table_privilege(current_user, %(t)s, 'UPDATE')", {"t": table}
                ).scalar()
            self._rights[table] = bool(granted)
        return self._rights[table]

    def has_user_data(self) -> bool:
        """Does the folder hold anything of the user's? (Cheap: stops at the first row.)"""
        tables = (
            "participant",
            "reserve",
            "action_plan",
            "observation",
            "followup_item",
            "assessment",
            "good_practice",
        )
        sql = " OR ".join(f"EXISTS (SELECT 1 FROM {t})" for t in tables)
        with self.reading() as session:
            return bool(session.execute(text(f"SELECT {sql}")).scalar())


def sqlite_connection(bound: Session | Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a session or a SQLAlchemy connection, inside its
    transaction: for bulk work in plain SQL that must commit or roll back with the rest."""
    conn = bound.connection() if isinstance(bound, Session) else bound
    if conn.dialect.name == "postgresql":
        from brdesk.db.dbapi import ServerConnection

        # The same SQL on a server (brdesk.db.dbapi); typed as sqlite3's until the services
        # name the protocol.
        return cast(sqlite3.Connection, ServerConnection(conn.connection.driver_connection))
    return cast(sqlite3.Connection, conn.connection.driver_connection)


def _wants_password(problem: str) -> bool:
    """Did the server refuse for want of the right password (libpq's words)?"""
    return "no password supplied" in problem or "password authentication failed" in problem


def _computer_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, say)
        return marked("this computer")


def shown_url(url: str) -> str:
    """A database URL as it may be shown and logged: its password, if any, hidden."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:  # a URL SQLAlchemy cannot read is shown without its user part
        return url.rsplit("@", 1)[-1]


def _file_refusal(db: Path) -> str | None:
    """Why the database file itself cannot be written in a folder that can (marked
    read-only, as files copied from a CD or a locked share are), or None."""
    try:
        with open(db, "r+b"):
            return None
    except FileNotFoundError:
        return None
    except OSError as exc:
        if media.classify(exc) not in (media.Why.DENIED, media.Why.READ_ONLY):
            return None  # the ordinary opening says what else is wrong, in its words
        return said(
            "The file {name} is marked read-only (as files copied from a CD or a protected "
            "share are). Clear that mark in its properties to edit it.",
            name=db.name,
        )


def describe_refusal(detail: str) -> str:
    """A sentence for the database's refusal of a change."""
    if "permission denied" in detail:
        table = detail.rsplit(" ", 1)[-1].strip().rstrip(".")
        return said(
            "Your office login may not make this change (the database allows it no "
            "changes to {table}): nothing was changed. The office's administrator gives "
            "such rights (docs/office-server.md).",
            table=table,
        )
    if "locked" in detail or "busy" in detail:
        return marked(
            "Another program kept the database busy for too long (another brdesk on the "
            "same folder over a network share, or a backup tool): nothing was changed. "
            "Try again in a moment."
        )
    return said("The database refused the change: {detail}.", detail=detail)


def describe_integrity_error(exc: IntegrityError) -> str:
    """Turn the database's constraint names into a sentence; services validate first, so
    this is the backstop for whatever slipped past them."""
    server = _server_constraint(exc.orig)
    return server if server is not None else describe_constraint(str(exc.orig))


def _server_constraint(error: object) -> str | None:
    """PostgreSQL's refusal said as SQLite's is (by its SQLSTATE class, 23: integrity)."""
    import re

    state = getattr(error, "sqlstate", None)
    diag = getattr(error, "diag", None)
    if not state or diag is None:
        return None
    if state == "23503":
        return describe_constraint("FOREIGN KEY constraint failed")
    if state == "23505":
        key = re.search(r"Key \(([^)]*)\)", diag.message_detail or "")
        return describe_constraint(f"UNIQUE constraint failed: {key[1] if key else '?'}")
    if state == "23514":
        return describe_constraint(f"CHECK constraint failed: {diag.constraint_name}")
    if state == "23502":
        return describe_constraint(f"NOT NULL constraint failed: {diag.column_name}")
    return None


def describe_constraint(detail: str) -> str:
    """A sentence for SQLite's message about a broken constraint."""
    if "FOREIGN KEY" in detail:
        return marked(
            "The change refers to a record that does not exist, or removes one still in use."
        )
    if "UNIQUE" in detail:
        column = detail.rsplit(":", 1)[-1].strip()
        return said("A record with the same {column} already exists.", column=column)
    if "CHECK" in detail:
        name = detail.rsplit(":", 1)[-1].strip()
        return said("The value breaks the rule '{name}'.", name=name)
    if "NOT NULL" in detail:
        column = detail.rsplit(":", 1)[-1].strip()
        return said("{column} is required.", column=column)
    return said("The change was refused by the database: {detail}", detail=detail)
