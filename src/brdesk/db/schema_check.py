"""Is a database's schema what brdesk wrote at its revision, and nothing else?

A backup from a stranger's stick is a hostile file: a trigger that empties the plan on
every insert, or clears the sensitive flag, passes SQLite's integrity check. Before a
restore, a database's tables (their columns and named CHECK constraints), indexes,
triggers (their whole text) and views are compared with those of a database brdesk builds
itself at the same revision, the way users' databases came to be: migrated step by step,
or (at the newest revision) created whole.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path

from brdesk.languages import said

#: (kind, name) -> what must match
Schema = dict[tuple[str, str], object]

_INTERNAL = ("sqlite_sequence", "sqlite_stat")
_CONSTRAINT = re.compile(r"CONSTRAINT\s+\"?(\w+)\"?\s+CHECK", re.IGNORECASE)


def schema_of(conn: sqlite3.Connection) -> Schema:
    """The parts of a database's schema that must match, as comparable values."""
    found: Schema = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if name.startswith(_INTERNAL):
            continue
        if kind == "table":
            columns = tuple(
                (col[1], str(col[2]).upper(), bool(col[3]), bool(col[5]))
                for col in conn.execute(f'PRAGMA table_info("{name}")')
            )
            checks = tuple(sorted(_CONSTRAINT.findall(sql or "")))
            virtual = _words(sql) if (sql or "").upper().startswith("CREATE VIRTUAL") else ""
            found[(kind, name)] = (columns, checks, virtual)
        elif kind == "index":
            listed = {row[1]: row for row in conn.execute(f'PRAGMA index_list("{table}")')}
            unique = bool(listed[name][2]) if name in listed else None
            covered = tuple(str(row[2]) for row in conn.execute(f'PRAGMA index_info("{name}")'))
            where = _words(sql.split(" WHERE ", 1)[1]) if sql and " WHERE " in sql else ""
            if name.startswith("sqlite_autoindex_"):
                # SQLite numbers a table's UNIQUE constraints in the order they are written,
                # and Alembic's batch mode (0006, 0008) writes them in an order that changes
                # from run to run: such an index is known by what it covers.
                name = f"unique ({', '.join(covered)}) of {table}"
            found[(kind, name)] = (table, unique, covered, where)
        else:  # trigger, view: their text is what they do
            found[(kind, name)] = (table, _words(sql))
    return found


def differences(actual: Schema, expected: Schema) -> list[str]:
    """What differs, in words, most telling first."""
    # The kinds (table, index, trigger, view) are SQL's words, kept as SQLite names them.
    found: list[str] = []
    for kind, name in sorted(actual.keys() - expected.keys()):
        found.append(said("an extra {kind} '{name}' that brdesk never makes", kind=kind, name=name))
    for kind, name in sorted(expected.keys() - actual.keys()):
        found.append(said("its {kind} '{name}' is missing", kind=kind, name=name))
    for key in sorted(actual.keys() & expected.keys()):
        if actual[key] != expected[key]:
            found.append(said("its {kind} '{name}' is not as brdesk makes it",
                              kind=key[0], name=key[1]))  # fmt: skip
    return found


def check_schema(conn: sqlite3.Connection, revision: str) -> list[str]:
    """How the database differs from what brdesk writes at its revision ([]: it does not)."""
    actual = schema_of(conn)
    return min((differences(actual, expected) for expected in expected_schemas(revision)), key=len)


@lru_cache(maxsize=8)
def expected_schemas(revision: str) -> tuple[Schema, ...]:
    """The schemas brdesk makes at a revision: migrated there from the first, and (at the
    newest) created whole. Built once per process, in a temporary folder."""
    from brdesk.db.engine import make_engine
    from brdesk.db.migrate import upgrade
    from brdesk.db.state import HEAD_REVISION

    schemas = []
    with tempfile.TemporaryDirectory(prefix="brdesk-schema-") as tmp:
        migrated = Path(tmp) / "migrated.db"
        engine = make_engine(migrated, wal=False)
        upgrade(engine, revision)
        engine.dispose()
        schemas.append(_read(migrated))
        if revision == HEAD_REVISION:
            from brdesk.db.migrate import open_database

            fresh = Path(tmp) / "fresh.db"
            open_database(fresh, Path(tmp) / "backups").dispose()
            schemas.append(_read(fresh))
    return tuple(schemas)


def _read(path: Path) -> Schema:
    conn = sqlite3.connect(path)
    try:
        return schema_of(conn)
    finally:
        conn.close()


def _words(sql: str | None) -> str:
    """SQL with its spacing and an IF NOT EXISTS set aside: the same statement, however
    laid out."""
    text = re.sub(r"\s+", " ", sql or "").strip()
    return re.sub(r"IF NOT EXISTS ", "", text, flags=re.IGNORECASE)
