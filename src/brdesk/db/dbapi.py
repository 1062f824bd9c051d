"""The plain-SQL connection the services read with, on either engine.

brdesk's hand-written queries (the observation log, the dashboard, summaries, imports) are
DB-API SQL with SQLite's `?` placeholders, run on the sqlite3 connection under the store's
engine. On a PostgreSQL server (issue 22) the connection is psycopg's, whose placeholders
are `%s` and for which a literal `%` is written `%%`: `ServerConnection` takes the same SQL
and says it that way, so a query is written once for both engines. What differs beyond the
placeholders (SQLite's functions and hints) is chosen by the query's author with
`is_postgres`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol


class Cursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def fetchmany(self, size: int = ...) -> list[Any]: ...
    def __iter__(self) -> Any: ...


class DbApi(Protocol):
    """What the services use of a DB-API connection: sqlite3's, or ServerConnection."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...
    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any: ...


def is_server(conn: object) -> bool:
    """Is this plain-SQL connection a PostgreSQL server's?"""
    return isinstance(conn, ServerConnection)


def to_format(sql: str) -> str:
    """SQLite's `?` placeholders as psycopg's `%s`, and every literal `%` doubled (psycopg
    reads `%` everywhere in a query, quoted text included). A `?` inside quotes stays."""
    out: list[str] = []
    quote: str | None = None
    for char in sql:
        if quote is not None:
            if char == quote:
                quote = None
        elif char in ("'", '"'):
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append("%%" if char == "%" else char)
    return "".join(out)


class ServerConnection:
    """A psycopg connection that takes the SQL written for sqlite3 (see the module's text)."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        if not parameters:  # psycopg then reads the query as it is, `%` and all
            return self.connection.execute(sql)
        return self.connection.execute(to_format(sql), tuple(parameters))

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any:
        cursor = self.connection.cursor()
        cursor.executemany(to_format(sql), [tuple(p) for p in parameters])
        return cursor

    def cursor(self) -> Any:
        return self.connection.cursor()

    def commit(self) -> None:
        self.connection.commit()

    def rollback(self) -> None:
        self.connection.rollback()

    def close(self) -> None:
        self.connection.close()
