"""Photos that come inside an import's archive (ODK Central's media/ folder): named by a
row's cell, attached to that row's observation in the import's own transaction.

A file is written into attachments/ before its row is recorded, and every file written
is removed again if the import does not commit: an import adds its photos with its
records, or neither.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import sqlite3
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from brdesk.db.base import utcnow
from brdesk.errors import BrdeskError
from brdesk.exchange import file_kinds
from brdesk.languages import said
from brdesk.services.attachment_files import keep
from brdesk.services.attachments import MAX_ATTACHMENT_BYTES
from brdesk.services.import_staging import staged_table


@contextmanager
def attaching(
    conn: sqlite3.Connection, archive: Path, members: dict[str, str], folder: Path
) -> Iterator[None]:
    """Inside an import's transaction, once its rows are in: attach the staged rows'
    media. The files are deleted again if the block does not complete."""
    written: list[Path] = []  # every file begun, so that a failure takes it back
    try:
        pairs = conn.execute(
            f"SELECT o.id, s.media FROM {staged_table(conn)} s JOIN observation o "
            "ON o.uuid = s.uuid WHERE s.media IS NOT NULL ORDER BY s.n"
        ).fetchall()
        if pairs:
            folder.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(archive) as opened:
                for observation_id, media in pairs:
                    for name in str(media).split("\n"):
                        target = folder / (str(uuid.uuid4()) + Path(name).suffix.lower()[:10])
                        written.append(target)
                        _attach(conn, opened, members[name], name, observation_id, target)
        yield
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _attach(
    conn: sqlite3.Connection,
    archive: zipfile.ZipFile,
    member: str,
    name: str,
    observation_id: int,
    target: Path,
) -> None:
    info = archive.getinfo(member)
    if info.file_size > MAX_ATTACHMENT_BYTES:
        raise BrdeskError(
            said(
                "{filename}: {member} is larger than {v0} MB. Nothing was imported.",
                filename=archive.filename,
                member=member,
                v0=MAX_ATTACHMENT_BYTES // 2**20,
            )
        )
    refused = file_kinds.problem_of(partial(archive.open, info), name)
    if refused is not None:  # read in the archive: nothing written for it
        raise BrdeskError(
            said(
                "{filename}: {member}: {refused}. Nothing was imported.",
                filename=archive.filename,
                member=member,
                refused=refused,
            )
        )
    record_uuid = target.stem
    digest = hashlib.sha256()
    with archive.open(info) as source, open(target, "xb") as out:
        while chunk := source.read(1 << 20):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    conn.execute(
        "INSERT INTO attachment (uuid, observation_id, original_name, stored_name, "
        "media_type, size_bytes, sha256, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (record_uuid, observation_id, name[:300], target.name, mimetypes.guess_type(name)[0],
         info.file_size, digest.hexdigest(), utcnow().isoformat(sep=" ")),
    )  # fmt: skip
    keep(conn, target.name, target)  # on an office database, into it too
