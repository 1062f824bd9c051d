"""Where an attachment's bytes live (issue 22).

On a laptop: in the data folder's attachments/, and nowhere else. On an office database
every office computer must see every photo, so the bytes also go into the database
(attachment_content) in the same transaction as the attachment's record, and each
computer's attachments/ holds a copy of what it opened or exported, fetched when first
needed. The trade-off, written down in docs/office-server.md: the database grows by the
photos' size and its nightly dump carries them (one thing to back up, the same rights as
the records), rather than a shared folder every computer must mount under the same name.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select

from brdesk.db.models import AttachmentContent
from brdesk.db.postgres import is_postgres
from brdesk.services.store import Store


def _on_server(connection: Any) -> bool:
    if hasattr(connection, "get_bind"):  # a session
        return bool(connection.get_bind().dialect.name == "postgresql")
    return is_postgres(connection)


def keep(connection: Any, stored_name: str, path: Path) -> None:
    """On an office database, the file's bytes into it, with its record. A SQLAlchemy
    session or connection, or a DB-API one (brdesk.db.dbapi's on a server)."""
    if not _on_server(connection):
        return
    content = path.read_bytes()
    if hasattr(connection, "exec_driver_sql") or hasattr(connection, "get_bind"):
        connection.execute(
            insert(AttachmentContent).values(stored_name=stored_name, content=content)
        )
    else:
        connection.execute(
            "INSERT INTO attachment_content (stored_name, content) VALUES (?, ?)",
            (stored_name, content),
        )


def forget(connection: Any, stored_name: str) -> None:
    """The bytes of an attachment removed for good (a SQLAlchemy session or connection)."""
    if _on_server(connection):
        connection.execute(
            delete(AttachmentContent).where(AttachmentContent.stored_name == stored_name)
        )


def local_path(store: Store, stored_name: str) -> Path:
    """The attachment's file on this computer: on an office database, fetched from it
    the first time (written whole, then renamed, so a half-written copy is never used)."""
    path = store.data_dir.attachments / stored_name
    if not store.on_server or path.is_file():
        return path
    with store.reading() as session:
        content = session.execute(
            select(AttachmentContent.content).where(AttachmentContent.stored_name == stored_name)
        ).scalar()
    if content is None:
        return path  # not in the database either: the caller says it is missing
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.part")
    with open(part, "wb") as out:
        out.write(content)
        out.flush()
        os.fsync(out.fileno())
    os.replace(part, path)
    return path
