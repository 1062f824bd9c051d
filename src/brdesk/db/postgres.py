"""The PostgreSQL counterparts of what brdesk's SQLite schema takes from SQLite itself.

A reserve office can keep its data on a PostgreSQL server (issue 22). The tables, keys and
checks are the same as in SQLite, written once in the models and the migrations; what
SQLite provides and PostgreSQL does not is made here, before the migrations run:
`instr()` (the checks on file names use it), and the trigram extension the substring
search uses instead of SQLite's FTS5 index.
"""

from __future__ import annotations

from typing import Any

DIALECT = "postgresql"

_PREPARE = (
    # pg_trgm ships with PostgreSQL (the contrib package on Debian): trigram GIN indexes.
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # SQLite's instr(haystack, needle): where needle starts, 0 when it is not there.
    "CREATE OR REPLACE FUNCTION instr(text, text) RETURNS integer "
    "LANGUAGE sql IMMUTABLE STRICT AS 'SELECT strpos($1, $2)'",
)


def is_postgres(connection: Any) -> bool:
    """Is this connection on PostgreSQL? A SQLAlchemy connection or engine, or a DB-API
    connection (sqlite3's, or brdesk.db.dbapi's for a server)."""
    dialect = getattr(connection, "dialect", None)
    if dialect is not None:
        return bool(dialect.name == DIALECT)
    from brdesk.db.dbapi import is_server

    return is_server(connection)


def prepare(connection: Any) -> None:
    """What the schema needs before its first migration (idempotent)."""
    for statement in _PREPARE:
        connection.exec_driver_sql(statement)


def upsert(connection: Any, table: Any) -> Any:
    """An INSERT on table that can say ON CONFLICT DO UPDATE/NOTHING, in the connection's
    dialect (SQLite's and PostgreSQL's have the same form)."""
    if is_postgres(connection):
        from sqlalchemy.dialects.postgresql import insert as postgres_insert

        return postgres_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)
