"""Work in progress on disk, and what a killed brdesk leaves of it, swept at the next start.

Each brdesk process keeps a journal in the data folder's scratch/: a file `.alive-<token>`
that it holds locked (brdesk.os_lock) for as long as it runs. Its scratch work (an import's
staged rows, a restore's unpacked backup, an archive being assembled) is named after the
token, and the temporary files it writes beside their targets elsewhere (an export's
hidden `.name.xxxx.part`, a backup's `.partial`, a submission folder being built) are
listed in the journal before they are made. A journal whose lock is free belongs to a
process that ended: at the next start, what it lists that still exists is deleted, and so
is the journal. A running brdesk's work is never touched, however old.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import time
from contextlib import suppress
from pathlib import Path
from typing import IO

from brdesk.os_lock import try_lock, unlock

log = logging.getLogger(__name__)

SCRATCH = "scratch"
JOURNAL_PREFIX = ".alive-"
#: What brdesk's temporary files and folders are called (only such names are ever
#: deleted): an export's hidden ".name.xxxx.part", a backup's "name.partial", a folder
#: being built ".brdesk-...".
TEMP_DIR_PREFIX = ".brdesk-"
#: Scratch entries no journal claims (from brdesk before journals) are a crash's after a day.
UNCLAIMED_STALE_S = 24 * 3600


class Journal:
    """This process's journal in one data folder."""

    def __init__(self, data_root: Path) -> None:
        self.folder = data_root / SCRATCH
        self.token = secrets.token_hex(4)
        self.path = self.folder / f"{JOURNAL_PREFIX}{self.token}"
        self._handle: IO[bytes] | None = None

    def open(self) -> bool:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "w+b")  # noqa: SIM115 (held for the process's life)
        except OSError:
            return False  # a read-only folder: nothing will be written there anyway
        if not try_lock(handle):
            handle.close()
            return False
        self._handle = handle
        return True

    def note(self, path: Path) -> None:
        """Say that `path` is about to be made, so that a sweep finds it if we are killed."""
        if self._handle is None:
            return
        try:
            self._handle.seek(0, os.SEEK_END)
            self._handle.write(os.fsencode(str(path.absolute())) + b"\n")
            self._handle.flush()
        except OSError:
            log.warning("could not note %s in %s", path, self.path, exc_info=True)

    def close(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        unlock(handle)
        handle.close()
        with suppress(OSError):
            self.path.unlink()


_journal: Journal | None = None


def begin(data_root: Path) -> Journal | None:
    """Keep this process's journal in data_root (once per process and folder)."""
    global _journal
    if _journal is not None and _journal.folder == data_root / SCRATCH:
        return _journal
    journal = Journal(data_root)
    if not journal.open():
        return None
    if _journal is not None:
        _journal.close()
    _journal = journal
    return journal


def note(path: Path) -> None:
    """Note a temporary file or folder this process is about to make (see module text)."""
    if _journal is not None:
        _journal.note(path)


def scratch_prefix(kind: str) -> str:
    """The prefix of a scratch entry this process makes: its token, then what it is."""
    token = _journal.token if _journal is not None else "0"
    return f"{token}-{kind}"


def sweep(data_root: Path, *, now: float | None = None) -> list[Path]:
    """Delete what ended processes left: their scratch entries, and the temporary files
    their journals list. Returns what was deleted."""
    folder = data_root / SCRATCH
    if not folder.is_dir():
        return []
    now = time.time() if now is None else now
    own = _journal.path if _journal is not None else None
    deleted: list[Path] = []
    live: set[str] = set()
    ended: set[str] = set()
    for journal in folder.glob(f"{JOURNAL_PREFIX}*"):
        token = journal.name.removeprefix(JOURNAL_PREFIX)
        if journal == own or not _ended(journal):
            live.add(token)
            continue
        ended.add(token)
        deleted += _delete_listed(journal)
    for entry in folder.iterdir():
        if entry.name.startswith(JOURNAL_PREFIX):
            continue
        token = entry.name.split("-", 1)[0]
        if token in live:
            continue
        with suppress(OSError):
            if token not in ended and now - entry.stat().st_mtime <= UNCLAIMED_STALE_S:
                continue
            _delete(entry)
            deleted.append(entry)
    for token in ended:
        with suppress(OSError):
            (folder / f"{JOURNAL_PREFIX}{token}").unlink()
    if deleted:
        log.info("swept what interrupted work left: %s", ", ".join(map(str, deleted)))
    return deleted


def _ended(journal: Path) -> bool:
    """Is the process that kept this journal gone (its lock free)?"""
    try:
        with open(journal, "r+b") as handle:
            if try_lock(handle):
                unlock(handle)
                return True
            return False
    except OSError:
        return False


def _delete_listed(journal: Path) -> list[Path]:
    deleted = []
    try:
        lines = journal.read_bytes().splitlines()
    except OSError:
        return []
    for line in lines:
        path = Path(os.fsdecode(line))
        name = path.name
        looks_ours = (
            (name.startswith(".") and name.endswith(".part"))
            or name.endswith(".partial")
            or name.startswith(TEMP_DIR_PREFIX)
        )
        if not looks_ours or not path.is_absolute():
            continue
        with suppress(OSError):
            if path.exists() or path.is_symlink():
                _delete(path)
                deleted.append(path)
    return deleted


def _delete(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink()
