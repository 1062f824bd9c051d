"""Open the user's database: create it, upgrade it, or refuse it, in that order of care.

- A new database is created from the models, filled with reference data and stamped at head.
- An older one is first copied to backups/, then upgraded by Alembic.
- One stamped with a revision this version does not know (a newer brdesk wrote it), one
  that is not a brdesk database, and one SQLite cannot read are refused, and the file is
  left byte-for-byte as it was: everything before the decision is read-only.

Alembic is driven from code (no alembic.ini); the scripts ship inside the package so a
frozen build finds them. Alembic is imported only when there is something to upgrade.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from brdesk.db.backup import backup_path, online_copy
from brdesk.db.base import Base
from brdesk.db.engine import make_engine
from brdesk.db.state import HEAD_REVISION, KNOWN_REVISIONS, DatabaseState, read_state
from brdesk.errors import DatabaseRefused
from brdesk.languages import said, said_n

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

__all__ = ["HEAD_REVISION", "KNOWN_REVISIONS", "open_database", "upgrade"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def open_database(db_path: Path, backups_dir: Path, *, wal: bool = True) -> Engine:
    """An engine on an up-to-date database at db_path, creating or upgrading it as needed."""
    if db_path.exists() and db_path.stat().st_size > 0:
        state = read_state(db_path)
        refused = refusal(db_path, state)
        if refused is not None:
            raise refused
        if state.revision is None:
            return _create_new(db_path, wal=wal)
        if state.revision != HEAD_REVISION:
            copy = online_copy(db_path, backup_path(backups_dir, "before-upgrade"))
            log.info("backed up schema %s to %s before upgrading", state.revision, copy)
            engine = make_engine(db_path, wal=wal)
            upgrade(engine, HEAD_REVISION)
            return engine
        return make_engine(db_path, wal=wal)
    return _create_new(db_path, wal=wal)


def open_server_database(url: str) -> Engine:
    """An engine on an up-to-date brdesk database on a PostgreSQL server: an empty database
    is given brdesk's schema by the migrations, an older one is upgraded by them (one
    transaction: PostgreSQL alters tables inside one), a newer one is refused."""
    from brdesk.db.engine import make_server_engine

    engine = make_server_engine(url)
    with engine.connect() as conn:
        revision = _server_revision(conn)
    if revision is not None and revision not in KNOWN_REVISIONS:
        engine.dispose()
        raise DatabaseRefused(
            said(
                "The database at {where} was written by a newer version of brdesk (schema "
                "{revision}). It was left untouched: use that version, or update brdesk.",
                where=engine.url.render_as_string(hide_password=True),
                revision=revision,
            )
        )
    if revision != HEAD_REVISION:
        from alembic import command

        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), HEAD_REVISION)
    return engine


def _server_revision(conn: Connection) -> str | None:
    found = conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
    if not found:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def refusal(db_path: Path, state: DatabaseState) -> DatabaseRefused | None:
    """Why this version may not open the database, if it may not: a foreign one, or one a
    newer brdesk wrote. (An empty file, with no tables, is a new database to create.)"""
    if state.revision is None and state.tables - {"alembic_version"}:
        return DatabaseRefused(
            said(
                "{path} is not a brdesk database (it has tables but no brdesk schema "
                "version). It was left untouched.",
                path=db_path,
            )
        )
    if state.revision is not None and state.revision not in KNOWN_REVISIONS:
        return DatabaseRefused(
            said(
                "{path} was written by a newer version of brdesk (schema {revision}). It was "
                "left untouched: open it with that version, or update brdesk.",
                path=db_path,
                revision=state.revision,
            )
        )
    return None


def _create_new(db_path: Path, *, wal: bool) -> Engine:
    # Only a brand-new folder pays for these imports.
    import brdesk.db.models  # noqa: F401  (registers the tables on Base.metadata)
    from brdesk.db.fts import create_fts
    from brdesk.db.reference_sync import sync_reference
    from brdesk.db.summaries import create_triggers as create_summary_triggers

    engine = make_engine(db_path, wal=wal)
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        create_fts(conn)
        create_summary_triggers(conn.exec_driver_sql)
        sync_reference(conn)
        stamp(conn, HEAD_REVISION)
    return engine


def stamp(conn: Connection, revision: str) -> None:
    """Record the schema revision the way Alembic does, without importing it."""
    conn.execute(
        text(
            "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
    )
    conn.execute(text("DELETE FROM alembic_version"))
    conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:r)"), {"r": revision})


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations in one transaction, with foreign keys off.

    SQLite alters a table by copying it and dropping the original, and with foreign keys on,
    that DROP deletes (or unlinks) every row that refers to it. SQLite's own procedure is to
    switch them off outside the transaction and check every link before committing.
    """
    from alembic import command

    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), revision)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseRefused(
                        said_n(
                            "The upgrade would leave %n broken link(s) (first: {first}); "
                            "nothing was changed.",
                            "",
                            len(broken),
                            first=str(broken[0]),
                        )
                    )
        finally:
            driver.execute("PRAGMA foreign_keys=ON")
