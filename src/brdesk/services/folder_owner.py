"""One owner per data folder: the window, or a command that writes, takes the folder for
as long as it works in it; another that wants to write is told who holds it.

The lock is the operating system's (flock on Linux and macOS, a locked byte on Windows)
on `brdesk.lock` in the folder: it goes with the process that held it, so a crash or a
power cut never leaves a folder locked. The file also says who holds it (program, process,
computer, since when) for the message the second one shows; left behind by a crash, that
text is stale and ignored, since the lock itself is free.

Where a file system does not honour locks (some network shares), two brdesk can still
open one folder; SQLite's own locking then keeps each transaction whole (README).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from brdesk.errors import FolderBusy
from brdesk.os_lock import try_lock as _lock
from brdesk.os_lock import unlock as _unlock

LOCK_NAME = "brdesk.lock"


@dataclass(frozen=True)
class Holder:
    what: str
    pid: int
    host: str
    since: str

    def describe(self) -> str:
        here = "this computer" if self.host == _host() else self.host
        return f"{self.what} (process {self.pid} on {here}, since {self.since})"


class FolderOwner:
    """The data folder, taken: `with FolderOwner(root, "brdesk import"): ...`."""

    def __init__(self, root: Path, what: str) -> None:
        self.root = root
        self.what = what
        self._handle: IO[bytes] | None = None

    def __enter__(self) -> FolderOwner:
        self.take()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    @property
    def held(self) -> bool:
        return self._handle is not None

    def take(self) -> None:
        """Take the folder, or raise FolderBusy naming who holds it. A folder that cannot
        be written (a locked stick) cannot be taken, and needs no taking: nothing will be
        written in it; the caller finds that out when it writes."""
        if self._handle is not None:
            return
        path = self.root / LOCK_NAME
        try:
            handle = open(path, "r+b" if path.exists() else "w+b")  # noqa: SIM115
        except OSError:
            return
        if not _lock(handle):
            holder = _read_holder(handle)
            handle.close()
            raise FolderBusy(self.root, holder.describe() if holder else "another brdesk")
        stamp = {
            "what": self.what, "pid": os.getpid(), "host": _host(),
            "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
        }  # fmt: skip
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(stamp).encode())
            handle.flush()
        except OSError:
            pass  # who holds it is a courtesy; the lock is what counts
        self._handle = handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            handle.seek(0)
            handle.truncate()
        except OSError:
            pass
        _unlock(handle)
        handle.close()


def _host() -> str:
    """This computer's name, without the socket module (brdesk opens no socket, and does
    not even load what could)."""
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "this computer")
    return os.uname().nodename


def holder_of(root: Path) -> Holder | None:
    """Who holds the folder now, or None if nobody does (or it cannot be told)."""
    path = root / LOCK_NAME
    try:
        handle = open(path, "r+b")  # noqa: SIM115
    except OSError:
        return None
    with handle:
        if _lock(handle):
            _unlock(handle)
            return None
        return _read_holder(handle)


def _read_holder(handle: IO[bytes]) -> Holder | None:
    try:
        handle.seek(0)
        raw: Any = json.loads(handle.read(4096).decode() or "{}")
        return Holder(str(raw["what"]), int(raw["pid"]), str(raw["host"]), str(raw["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
