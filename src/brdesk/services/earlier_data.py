"""Bringing the data of an earlier brdesk into this one.

A participant with years of data in `brdesk-0.1/brdesk-data` receives a newer build on a
stick and unzips it into a new folder: without help, the new build would start on an
empty data folder. brdesk looks for earlier data folders beside its own (the sibling
`brdesk*` folders of a portable build), and the user can point at one. The earlier folder
is copied, never moved or changed: it stays as it was, a complete fallback. The copy is
then upgraded to this version's schema by the usual start-up path (which backs it up
first). Data written by a newer brdesk is refused, named as such.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from brdesk.db.backup import online_copy
from brdesk.db.state import KNOWN_REVISIONS, connect_read_only, count_records, read_state
from brdesk.errors import BrdeskError, DatabaseRefused
from brdesk.languages import Said, joined, marked, said, said_n
from brdesk.paths import DB_NAME, PORTABLE_FOLDER, DataDir


@dataclass(frozen=True)
class EarlierData:
    """A data folder of another brdesk, and what it holds."""

    root: Path
    revision: str | None
    counts: dict[str, int]
    modified: datetime

    @property
    def newer(self) -> bool:
        """Written by a brdesk newer than this one (its schema is unknown here)."""
        return self.revision is not None and self.revision not in KNOWN_REVISIONS

    def describe(self) -> Said:
        c = self.counts
        held = joined(
            [
                said_n("%Ln plan(s)", "", c.get("plans", 0)),
                said_n("%Ln action(s)", "", c.get("actions", 0)),
                said_n("%Ln observation(s)", "", c.get("observations", 0)),
            ],
            ", ",
        )
        return said("{root} (last changed {when:%d %b %Y %H:%M}): {held}",
                    root=str(self.root), when=self.modified, held=held)  # fmt: skip


def data_root_of(folder: Path) -> Path:
    """The data folder a user pointed at: the folder itself if it holds brdesk.db, else
    the brdesk-data folder inside it (a whole earlier brdesk folder)."""
    if (folder / DB_NAME).is_file():
        return folder
    if (folder / PORTABLE_FOLDER / DB_NAME).is_file():
        return folder / PORTABLE_FOLDER
    raise BrdeskError(
        said(
            "No brdesk data in {folder}: choose the folder of the earlier "
            "brdesk, or the '{PORTABLE_FOLDER}' folder inside it (it holds "
            "{DB_NAME}).",
            folder=folder,
            PORTABLE_FOLDER=PORTABLE_FOLDER,
            DB_NAME=DB_NAME,
        )
    )


def inspect(root: Path) -> EarlierData:
    """What an earlier data folder holds, read without changing it."""
    db = root / DB_NAME
    state = read_state(db)
    counts: dict[str, int] = {}
    if state.revision in KNOWN_REVISIONS:
        conn = connect_read_only(db)
        try:
            counts = count_records(conn)
        except sqlite3.DatabaseError:
            counts = {}
        finally:
            conn.close()
    modified = max((p.stat().st_mtime for p in (db, Path(f"{db}-wal")) if p.exists()), default=0.0)
    return EarlierData(root, state.revision, counts, datetime.fromtimestamp(modified))


def find_earlier(data_dir: DataDir, program_dir: Path | None) -> list[EarlierData]:
    """Earlier data folders beside this brdesk: `<sibling brdesk folder>/brdesk-data` for a
    build unzipped next to an older one, newest first. Unreadable ones are left out."""
    if program_dir is None:
        return []
    found = []
    for sibling in sorted(program_dir.parent.glob("brdesk*")):
        candidate = sibling / PORTABLE_FOLDER
        if not sibling.is_dir() or candidate.resolve() == data_dir.root.resolve():
            continue
        if not (candidate / DB_NAME).is_file():
            continue
        try:
            earlier = inspect(candidate)
        except (BrdeskError, OSError):
            continue
        if any(earlier.counts.values()) or earlier.newer:
            found.append(earlier)
    return sorted(found, key=lambda e: e.modified, reverse=True)


def bring(earlier: EarlierData, target: DataDir, *, target_has_data: bool) -> None:
    """Copy an earlier data folder into target (which must hold no data of its own): the
    database through SQLite's backup API (whole and consistent, WAL included), then the
    attachments and settings. The earlier folder is not changed. The caller opens the
    copy, which upgrades it after a backup."""
    if earlier.newer:
        raise DatabaseRefused(
            said(
                "The data in {root} was written by a newer brdesk (schema "
                "{revision}). It was left untouched: use that brdesk, or a newer "
                "one.",
                root=earlier.root,
                revision=earlier.revision,
            )
        )
    if target_has_data:
        raise BrdeskError(
            said(
                "{root} already holds data: nothing was copied. Bring earlier data "
                "only into a new, empty brdesk (or open the earlier folder with "
                "File > Open data folder).",
                root=target.root,
            )
        )
    if earlier.root.resolve() == target.root.resolve():
        raise BrdeskError(marked("That is the data folder already open: nothing to bring."))
    try:
        target.root.mkdir(parents=True, exist_ok=True)
        staged = online_copy(earlier.root / DB_NAME, target.root / f".{DB_NAME}.bringing")
        for side in ("-wal", "-shm"):
            Path(f"{target.db_path}{side}").unlink(missing_ok=True)
        source_files = earlier.root / "attachments"
        if source_files.is_dir():
            shutil.copytree(source_files, target.attachments, dirs_exist_ok=True)
        settings = earlier.root / "settings.ini"
        if settings.is_file() and not target.settings_file.exists():
            shutil.copy2(settings, target.settings_file)
        staged.replace(target.db_path)  # last: until now the target had no database
    except OSError as exc:
        raise BrdeskError(
            said(
                "Could not copy the data from {root} to {v0}: {v1}. The earlier "
                "data was not changed.",
                root=earlier.root,
                v0=target.root,
                v1=exc.strerror or exc,
            )
        ) from exc
