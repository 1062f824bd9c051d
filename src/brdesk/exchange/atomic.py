"""Write a file so that it is either complete or absent: never half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from brdesk import leftovers
from brdesk.errors import BrdeskError

# The process's umask, read once at import (reading it means setting it): files brdesk
# writes get the permissions any program's new file gets, not mkstemp's private 0600.
_UMASK = os.umask(0o022)
os.umask(_UMASK)
ORDINARY_MODE = 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside target; renamed onto target only if the block succeeds."""
    folder = target.parent
    if not folder.is_dir():
        raise BrdeskError(f"Cannot write {target}: the folder {folder} does not exist.")
    # Hidden, named after its target, and noted before it exists: a kill leaves nothing
    # the next start cannot find and sweep (brdesk.leftovers).
    temp = folder / f".{target.name}.{secrets.token_hex(4)}.part"
    leftovers.note(temp)
    try:
        os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise BrdeskError(_explain(exc, target)) from exc
    try:
        yield temp
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(temp, ORDINARY_MODE)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BrdeskError(_explain(exc, target, temp)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _explain(exc: OSError, target: Path, temp: Path | None = None) -> str:
    """Blame what failed: another file the writer was reading is not the target's fault,
    and a full or read-only disk is said in those words."""
    culprit = exc.filename
    if culprit is not None and str(culprit) not in (str(target), str(temp)):
        return f"Cannot write {target.name}: {culprit} could not be used ({exc.strerror or exc})."
    if exc.errno == errno.ENOSPC:
        return f"Cannot write {target}: the disk is full. Free some space and try again."
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"Cannot write {target}: the folder {target.parent} cannot be written "
            "(a read-only or locked disk?)."
        )
    return f"Cannot write {target}: {exc.strerror or exc}."
