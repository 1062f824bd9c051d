"""What the disk under a folder allows, said truly: read-only, locked, full, or in use.

A read-only stick is not a damaged database, and a full disk is not a broken one: each
failure to write is described by what the system reported (its errno, or SQLite's words
for the same), never by a guess, and never with advice to restore a backup.
Every layer uses these words; nothing here imports beyond the standard library.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from brdesk.languages import Lowered, said

#: Less free space than this on the data folder's disk is a full disk for brdesk: SQLite
#: needs room for its journal before it can commit even one small change.
MIN_FREE_BYTES = 2 * 2**20

#: Windows' ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION: another program (Word,
#: Excel, a virus scanner) has the file open; Python reports them as PermissionError.
WINDOWS_IN_USE = (32, 33)
#: Windows' ERROR_ACCESS_DENIED: what replacing a document Word holds open gives (and
#: also a read-only file's answer, so it means "in use" only where that is the question).
WINDOWS_ACCESS_DENIED = 5


class Why(Enum):
    READ_ONLY = "read-only"
    DENIED = "denied"
    FULL = "full"
    IN_USE = "in use"
    OTHER = "other"


@dataclass(frozen=True)
class WriteRefusal:
    """Why something cannot be written in `folder`."""

    why: Why
    folder: Path
    detail: str = ""
    #: Refused in the middle of the work (not found beforehand): what it had written is
    #: taken back, so the space free now is not what it needed.
    midway: bool = False

    def sentence(self) -> str:
        """What is true, and what the user can do about it."""
        where = self.folder
        if self.why is Why.READ_ONLY:
            return said("The disk holding {where} is read-only (a stick or SD card with its "
                        "write-protect switch on, a CD, or a share mounted read-only).",
                        where=where)  # fmt: skip
        if self.why is Why.DENIED:
            return said("You are not allowed to change files in {where} (its permissions, or "
                        "a lock the system keeps on it, forbid it).", where=where)  # fmt: skip
        if self.why is Why.FULL and self.midway and _free(where) >= MIN_FREE_BYTES:
            return said("The disk holding {where} filled up while brdesk was writing: this "
                        "work needs more room than the {free} free there now. Free some space "
                        "and try again.", where=where, free=free_text(where))  # fmt: skip
        if self.why is Why.FULL:
            return said("The disk holding {where} is full: {free} free, and saving needs at "
                        "least {needed} MB more than the data itself. Free some space and "
                        "try again.", where=where, free=free_text(where),
                        needed=MIN_FREE_BYTES // 2**20)  # fmt: skip
        if self.why is Why.IN_USE:
            return said("{where} is open in another program: close it there, or choose "
                        "another name.", where=where)  # fmt: skip
        return said("{where} cannot be written ({detail}).", where=where, detail=self.detail)


def classify(exc: BaseException) -> Why | None:
    """What a failure to write means, from the system's own report; None if it is not
    about the medium at all (a bug, a bad value)."""
    if isinstance(exc, OSError):
        if getattr(exc, "winerror", None) in WINDOWS_IN_USE:
            return Why.IN_USE
        if exc.errno == errno.EROFS:
            return Why.READ_ONLY
        if exc.errno in (errno.EACCES, errno.EPERM):
            return Why.DENIED
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
            return Why.FULL
        if exc.errno is not None:
            return Why.OTHER
        return None
    orig = getattr(exc, "orig", None)  # SQLAlchemy's wrapper of SQLite's own error
    if not isinstance(exc, sqlite3.Error) and orig is None:
        return None
    said = str(orig or exc).lower()
    if "disk is full" in said:
        return Why.FULL
    if "readonly" in said or "read-only" in said:
        return Why.READ_ONLY
    if "disk i/o error" in said or "unable to open database file" in said:
        return Why.OTHER
    return None


def refusal_for(exc: BaseException, folder: Path) -> WriteRefusal | None:
    """A WriteRefusal for exc, or None if exc is not about the medium. SQLite says only
    "read-only" or "I/O error": which one is true is asked of the folder itself."""
    why = classify(exc)
    if why is None:
        return None
    if not isinstance(exc, OSError) and why in (Why.READ_ONLY, Why.OTHER):
        probed = probe(folder)
        if probed is not None:
            return probed
        if why is Why.OTHER and _free(folder) < MIN_FREE_BYTES:
            return WriteRefusal(Why.FULL, folder)
    detail = getattr(exc, "strerror", None) or str(getattr(exc, "orig", None) or exc)
    return WriteRefusal(why, folder, detail, midway=True)


def described(exc: BaseException, folder: Path) -> str | None:
    """A true sentence for a failure of the disk that reached the top of a command or the
    window (read-only, full, a file open elsewhere), or None if it is not the disk's."""
    culprit = getattr(exc, "filename", None)
    refusal = refusal_for(exc, Path(culprit).parent if culprit else folder)
    if refusal is None:
        return None
    return said("{what_is_true} Nothing was changed.", what_is_true=refusal.sentence())


def probe(folder: Path) -> WriteRefusal | None:
    """Can a file be written in folder now? None if so; else why not. Asked of the disk
    itself (creating and removing a small file): permission bits do not tell about a
    locked stick, and a full disk still lets an empty file be made."""
    try:
        handle, name = tempfile.mkstemp(prefix=".brdesk-probe-", dir=folder)
    except OSError as exc:
        return WriteRefusal(classify(exc) or Why.OTHER, folder, exc.strerror or str(exc))
    try:
        os.close(handle)
        os.unlink(name)
    except OSError:
        pass  # made: the folder can be written, which is all this asks
    if _free(folder) < MIN_FREE_BYTES:
        return WriteRefusal(Why.FULL, folder)
    return None


def explain_write(exc: BaseException, folder: Path, what: str) -> str:
    """'Cannot <what>: <what is true>. Nothing was changed.' for a failed write."""
    refusal = refusal_for(exc, folder)
    if refusal is None:
        return said("Cannot {what} in {folder}: {problem}. Nothing was changed.", what=what,
                    folder=folder, problem=str(exc))  # fmt: skip
    return cannot(what, refusal)


def cannot(what: str, refusal: WriteRefusal) -> str:
    """'Cannot <what>: <what is true>. Nothing was changed.'"""
    return said("Cannot {what}: {what_is_true} Nothing was changed.", what=what,
                what_is_true=Lowered(refusal.sentence()))  # fmt: skip


def free_text(folder: Path) -> str:
    free = _free(folder)
    if free >= 2**30:
        return f"{free / 2**30:,.1f} GB"
    return f"{free / 2**20:,.1f} MB"


def _free(folder: Path) -> int:
    for candidate in (folder, *folder.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return sys.maxsize  # unknown: never call a disk full on a guess
