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

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
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


def id_rows(conn: object, ids: Sequence[int]) -> tuple[str, Any]:
    """A subquery giving `ids` as rows of one column, `value`, and its one parameter:
    SQLite unpacks a JSON array (in C, far faster than a row at a time from Python), a
    server unnests an array."""
    if is_server(conn):
        return "SELECT unnest(CAST(? AS bigint[])) AS value", [int(i) for i in ids]
    return "SELECT value FROM json_each(?)", json.dumps([int(i) for i in ids])


def rows_at_once(conn: Any, sql: str, params: Sequence[Any], width: int) -> list[list[Any]]:
    """All rows of a query (`width` columns) in one JSON value. The sqlite3 module lets go
    of the interpreter for every row it steps to and must win it back each time; while a
    chart is being drawn on another thread that costs up to 5 ms a row (the convoy
    effect), and 400 rows took a second. One row crosses once. (psycopg hands a server's
    rows over in C: as they are.)"""
    if is_server(conn):
        return [list(row) for row in conn.execute(sql, list(params)).fetchall()]
    names = ", ".join(f"c{i}" for i in range(width))
    (packed,) = conn.execute(
        f"WITH q({names}) AS ({sql}) SELECT json_group_array(json_array({names})) FROM q",
        list(params),
    ).fetchone()
    return list(json.loads(packed))


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


@contextmanager
def _as_sqlite_errors() -> Iterator[None]:
    """The server's refusals raised as sqlite3's: what catches a constraint broken or the
    database out of reach around plain SQL (the import's commit, say) then says so on
    either engine, rather than letting psycopg's error through to the user."""
    import psycopg

    try:
        yield
    except psycopg.IntegrityError as exc:
        raise sqlite3.IntegrityError(str(exc).strip()) from exc
    except (psycopg.OperationalError, psycopg.errors.InsufficientPrivilege) as exc:
        # A login the office allowed less (docs/office-server.md's roles) is refused as
        # SQLite refuses a locked file: a change not made, said as such.
        raise sqlite3.OperationalError(str(exc).strip()) from exc


#: The server's types read as text by plain SQL, as SQLite stores them.
_AS_TEXT = ("date", "time", "timestamp", "timestamptz")


class ServerConnection:
    """A psycopg connection that takes the SQL written for sqlite3 (see the module's text)."""

    def __init__(self, connection: Any, release: Callable[[], None] | None = None) -> None:
        self.connection = connection
        #: what closing does instead of closing the connection: giving it back to the
        #: engine's pool (Store.reader)
        self.release = release

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        cursor = self.cursor()
        with _as_sqlite_errors():
            if not parameters:  # psycopg then reads the query as it is, `%` and all
                return cursor.execute(sql)
            return cursor.execute(to_format(sql), tuple(parameters))

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any:
        cursor = self.connection.cursor()
        with _as_sqlite_errors():
            cursor.executemany(to_format(sql), [tuple(p) for p in parameters])
        return cursor

    def cursor(self) -> Any:
        """A cursor that reads dates, times and timestamps as the ISO text sqlite3 hands
        out (the server's DateStyle is ISO, set as each connection opens), so what reads
        plain SQL reads the same values from either engine. Only this cursor's: the ORM
        on the same connection still gets date and datetime objects."""
        from psycopg.types.string import TextLoader

        cursor = self.connection.cursor()
        for name in _AS_TEXT:
            cursor.adapters.register_loader(name, TextLoader)
        return cursor

    def commit(self) -> None:
        self.connection.commit()

    def rollback(self) -> None:
        self.connection.rollback()

    def close(self) -> None:
        if self.release is not None:
            self.release()
        else:
            self.connection.close()
