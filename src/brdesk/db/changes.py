"""Others' changes on an office database, as PostgreSQL announces them (issue 22).

Migration 0011 has every user table NOTIFY the channel below when a statement changes it,
with the table, the database login and the sending connection's application_name. Each
engine brdesk makes for a server has an application_name of its own (engine.py), so a
listener can leave aside what its own process saved and report only the others'.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

CHANNEL = "brdesk_changes"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """A statement someone else committed: the table it changed and their login."""

    table: str
    who: str


def application_name(engine: Engine) -> str:
    """The name the engine's connections give the server (engine.make_server_engine)."""
    return str(engine.url.query.get("application_name", ""))


def listen(engine: Engine) -> ChangeListener | None:
    """A listener on the engine's office database; None when it cannot listen (then edits
    stay safe by their versions; only the refreshing is missed, and the log says why)."""
    import psycopg

    try:
        return ChangeListener(engine)
    except psycopg.Error as exc:
        log.warning("cannot listen for the others' changes: %s", exc)
        return None


class ChangeListener:
    """A connection of its own that LISTENs on the office database.

    `fileno()` is its socket, for an event loop to watch; `take()` returns what was
    announced since, without waiting. Once the connection is lost (the server restarted)
    `take()` returns nothing and `alive` is False: edits stay safe (record versions), only
    the refreshing stops.
    """

    def __init__(self, engine: Engine) -> None:
        import psycopg

        args, kwargs = engine.dialect.create_connect_args(engine.url)
        self.me = application_name(engine)
        kwargs = {**kwargs, "application_name": f"{self.me} (listening)"[:63]}
        self._conn: Any = psycopg.connect(*args, **kwargs, autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")
        self.alive = True

    def fileno(self) -> int:
        return int(self._conn.fileno())

    def take(self) -> list[Change]:
        """The others' changes announced since the last call (none: an empty list)."""
        import psycopg

        if not self.alive:
            return []
        found: list[Change] = []
        try:
            for notice in self._conn.notifies(timeout=0):
                table, who, sender = [*notice.payload.split("\t"), "", ""][:3]
                if sender != self.me:
                    found.append(Change(table, who))
        except psycopg.Error as exc:
            log.warning("stopped listening for others' changes: %s", exc)
            self.close()
        return found

    def close(self) -> None:
        self.alive = False
        self._conn.close()
