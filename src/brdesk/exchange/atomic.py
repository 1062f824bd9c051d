"""Write a file so that it is either complete or absent: never half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from brdesk import leftovers, media
from brdesk.errors import BrdeskError, KeptUnderAnotherName
from brdesk.languages import said
from brdesk.paths import free_name, long_path, windows_name_problem

# The process's umask, read once at import (reading it means setting it): files brdesk
# writes get the permissions any program's new file gets, not mkstemp's private 0600.
_UMASK = os.umask(0o022)
os.umask(_UMASK)
ORDINARY_MODE = 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside target; renamed onto target only if the block succeeds."""
    folder = target.parent
    refused = windows_name_problem(target.name)
    if refused is not None:
        raise BrdeskError(said("Cannot write {name}: {refused}. Choose another name.",
                               name=target.name, refused=refused))  # fmt: skip
    if not folder.is_dir():
        raise BrdeskError(said("Cannot write {target}: the folder {folder} does not exist.",
                               target=target, folder=folder))  # fmt: skip
    # Hidden, named after its target, and noted before it exists: a kill leaves nothing
    # the next start cannot find and sweep (brdesk.leftovers).
    temp = folder / f".{target.name}.{secrets.token_hex(4)}.part"
    leftovers.note(temp)
    try:
        os.close(os.open(long_path(temp), os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise BrdeskError(_explain(exc, target)) from exc
    try:
        yield temp
        with open(long_path(temp), "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(long_path(temp), ORDINARY_MODE)
        _replace(temp, target)
    except KeptUnderAnotherName:
        raise
    except OSError as exc:
        _discard(temp)
        raise BrdeskError(_explain(exc, target, temp)) from exc
    except BaseException:
        _discard(temp)
        raise


def _replace(temp: Path, target: Path) -> None:
    """Put the finished file in place; where another program holds the target open, keep
    it under a free name beside it rather than lose the work."""
    try:
        os.replace(long_path(temp), long_path(target))
    except OSError as exc:
        if not held_open(exc) or not target.exists():
            raise
        kept = free_name(target)
        os.replace(long_path(temp), long_path(kept))
        raise KeptUnderAnotherName(target, kept) from exc


def _discard(temp: Path) -> None:
    # Windows may refuse while a virus scanner reads the new file: the next start's sweep
    # deletes it then (brdesk.leftovers), and the failure that matters is the first one.
    with contextlib.suppress(OSError):
        os.unlink(long_path(temp))


def held_open(exc: OSError) -> bool:
    """Is this Windows refusing because another program has the file open? (Access
    denied is what replacing a document Word holds gives; sharing and lock violations
    what deleting or writing it give.)"""
    return getattr(exc, "winerror", None) in (media.WINDOWS_ACCESS_DENIED, *media.WINDOWS_IN_USE)


def _explain(exc: OSError, target: Path, temp: Path | None = None) -> str:
    """Blame what failed: another file the writer was reading is not the target's fault,
    and a full or read-only disk is said as brdesk.media says it everywhere."""
    culprit = exc.filename
    if culprit is not None and str(culprit) not in (str(target), str(temp)):
        return said(
            "Cannot write {name}: {culprit} could not be used ({problem}).",
            name=target.name,
            culprit=str(culprit),
            problem=exc.strerror or str(exc),
        )
    if exc.errno == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206:
        return said(
            "Cannot write {target}: the path is too long ({length} characters). Choose a "
            "shorter name, or a folder nearer the top of the disk.",
            target=target,
            length=len(str(target)),
        )
    refusal = media.refusal_for(exc, target.parent)
    if refusal is not None and refusal.why is not media.Why.OTHER:
        # A full, read-only or forbidden disk, in the words every other write uses.
        return media.cannot(said("write {name}", name=target.name), refusal)
    return said("Cannot write {target}: {problem}.", target=target,
                problem=exc.strerror or str(exc))  # fmt: skip
