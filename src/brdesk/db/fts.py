"""Substring search over observations: an FTS5 index with the trigram tokenizer, kept in
step with the table by triggers, so `subject LIKE '%leopard%'` becomes an index lookup on
a million rows instead of a scan.

The index is not part of the SQLAlchemy metadata (a virtual table); migrations and new
databases create it through create_fts().
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection

from brdesk.db.postgres import is_postgres

FTS_TABLE = "observation_fts"
#: PostgreSQL's trigram indexes: this name and the column's.
TRIGRAM_INDEX = "ix_observation_trgm"
#: FTS5's in-memory buffer of new terms: its default, and its size for bulk inserts.
DEFAULT_HASH_BYTES = 1024 * 1024
BULK_HASH_BYTES = 64 * 1024 * 1024
INDEXED = ("subject", "site", "notes", "observer")

_STATEMENTS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    f"{', '.join(INDEXED)}, content='observation', content_rowid='id', tokenize='trigram')",
    f"""CREATE TRIGGER IF NOT EXISTS observation_fts_insert AFTER INSERT ON observation BEGIN
        INSERT INTO {FTS_TABLE}(rowid, {", ".join(INDEXED)})
        VALUES (new.id, {", ".join("new." + c for c in INDEXED)});
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS observation_fts_delete AFTER DELETE ON observation BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {", ".join(INDEXED)})
        VALUES ('delete', old.id, {", ".join("old." + c for c in INDEXED)});
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS observation_fts_update
        AFTER UPDATE OF {", ".join(INDEXED)} ON observation BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {", ".join(INDEXED)})
        VALUES ('delete', old.id, {", ".join("old." + c for c in INDEXED)});
        INSERT INTO {FTS_TABLE}(rowid, {", ".join(INDEXED)})
        VALUES (new.id, {", ".join("new." + c for c in INDEXED)});
    END""",
)


@contextmanager
def bulk_indexing(connection: Any) -> Iterator[None]:
    """Insert many observations, then index and summarise them in one statement each.

    The row-by-row trigger makes FTS5 tokenize each row in its own statement: six times
    slower than one INSERT ... SELECT over the new rows. Run inside the caller's
    transaction, so a failure or a cancel restores the trigger along with everything else.
    Accepts a SQLAlchemy Connection or a DB-API connection.
    """
    from brdesk.db import summaries

    run = getattr(connection, "exec_driver_sql", None) or connection.execute
    first_new = _scalar(run("SELECT coalesce(max(id), 0) FROM observation"))
    if is_postgres(connection):
        # The server keeps its trigram indexes itself; its summaries' row trigger stands
        # aside for this transaction (summaries.BULK_SETTING) and the rows are summarised
        # in one grouped statement each, as here below.
        run(f"SET LOCAL {summaries.BULK_SETTING} = 'on'")
        yield
        run(f"SET LOCAL {summaries.BULK_SETTING} = 'off'")
        summaries.summarise_rows(run, f"o.id > {int(first_new)}", postgres=True)
        return
    run("DROP TRIGGER IF EXISTS observation_fts_insert")
    run("DROP TRIGGER IF EXISTS summaries_insert")
    yield
    columns = ", ".join(INDEXED)
    # FTS5 writes its pending terms out as a segment whenever they pass 'hashsize', and
    # merges segments as they pile up: at the default 1 MB a million rows took 6.4 s, at
    # 64 MB 3.1 s. The setting is stored in the index, so it is put back after.
    run(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('hashsize', {BULK_HASH_BYTES})")
    run(
        f"INSERT INTO {FTS_TABLE}(rowid, {columns}) "
        f"SELECT id, {columns} FROM observation WHERE id > {int(first_new)}"
    )
    run(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('hashsize', {DEFAULT_HASH_BYTES})")
    summaries.summarise_rows(run, f"o.id > {int(first_new)}")
    run(_STATEMENTS[1])
    summaries.create_triggers(run)


def _scalar(result: Any) -> Any:
    row = result.fetchone()
    return row[0]


def create_fts(connection: Connection, *, rebuild: bool = False) -> None:
    if is_postgres(connection):
        # PostgreSQL's counterpart: a trigram GIN index on each column (pg_trgm), which
        # answers ILIKE '%text%' and is kept in step by the server itself.
        for column in INDEXED:
            connection.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX}_{column} ON observation "
                f"USING gin ({column} gin_trgm_ops)"
            )
        return
    for statement in _STATEMENTS:
        connection.exec_driver_sql(statement)
    if rebuild:
        connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def drop_fts(connection: Connection) -> None:
    if is_postgres(connection):
        for column in INDEXED:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}_{column}")
        return
    for trigger in ("insert", "delete", "update"):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS observation_fts_{trigger}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def is_fts_table(name: str) -> bool:
    """The index and SQLite's shadow tables for it."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")
