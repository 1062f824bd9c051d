"""The whole suite on a server (issue 22): with BRDESK_TEST_ENGINE=postgresql every data
folder a test opens keeps its records in a PostgreSQL database of its own on the test
server, made from a migrated empty one (or, for a folder copied from another, from that
folder's database, as the demo folders are), so the same tests check both engines. Tests of
what only the laptop's SQLite file has (its crash safety, read-only sticks, locks, its
upgrades) are marked `laptop_file` and run on SQLite only.

A folder's database is named in a file inside it (MARKER), with the folder it was made
for: a copied folder is recognised as a copy. Commands the tests run as processes of their
own follow the same files (server_hook/sitecustomize.py), so a folder is on one database
whichever process opens it. No pytest here: those processes import this module too.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Any

ENGINE_VAR = "BRDESK_TEST_ENGINE"
#: The test server's URL, '{}' standing for the database name (tests/postgres_server.py).
SERVER_VAR = "BRDESK_TEST_SERVER"
EMPTY = "brdesk_empty"
MARKER = ".brdesk-test-database"
_numbers = itertools.count(1)


def on_postgres() -> bool:
    return os.environ.get(ENGINE_VAR, "sqlite") == "postgresql"


def _admin(server: str, sql: str) -> None:
    import psycopg

    admin = server.format("postgres").replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql)


def make_empty(server: str) -> None:
    """The migrated empty database every new folder's is copied from."""
    from brdesk.db.migrate import open_server_database

    _admin(server, f"DROP DATABASE IF EXISTS {EMPTY}")
    _admin(server, f"CREATE DATABASE {EMPTY}")
    open_server_database(server.format(EMPTY)).dispose()


def url_for(server: str, root: Path) -> str:
    """The URL of the database holding this folder's records, made if need be."""
    root = root.resolve()
    marker = root / MARKER
    template = EMPTY
    if marker.is_file():
        name, made_for = marker.read_text(encoding="utf-8").split("\n", 1)
        if Path(made_for) == root:
            return server.format(name)
        template = name  # a copy of another folder: a copy of its database
    name = f"brdesk_folder_{os.getpid()}_{next(_numbers)}"
    _admin(server, f"CREATE DATABASE {name} TEMPLATE {template}")
    root.mkdir(parents=True, exist_ok=True)
    marker.write_text(f"{name}\n{root}", encoding="utf-8")
    return server.format(name)


def laptop_by_design(root: Path) -> bool:
    """A folder brdesk keeps as a file wherever the rest is: a cohort's participants
    (services/cohort.py builds each from an empty file, keeps each apart) and the empty
    file they are copied from."""
    parent = root.parent
    return (parent.name == "members" and parent.parent.name == "cohort") or (
        parent.name.startswith("brdesk-template-")
    )


def install(server: str) -> None:
    """Every Store.open of a folder without a database URL opens its test database."""
    from brdesk.paths import DataDir
    from brdesk.services.store import Store

    real_open = Store.open.__func__  # type: ignore[attr-defined]

    def open_on_server(cls: Any, data_dir: DataDir | Path, *, read_only: str | None = None) -> Any:
        if isinstance(data_dir, Path):
            data_dir = DataDir(data_dir)
        if data_dir.database_url is None and not laptop_by_design(data_dir.root):
            data_dir = DataDir(data_dir.root, url_for(server, data_dir.root))
        return real_open(cls, data_dir, read_only=read_only)

    Store.open = classmethod(open_on_server)  # type: ignore[method-assign,assignment]
