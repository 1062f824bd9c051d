"""The operating system's advisory lock on an open file: it goes with the process that
holds it, so a crash or a power cut never leaves anything locked (flock on Linux and
macOS, a locked byte on Windows). Where a file system does not honour locks (some network
shares), taking one always succeeds: README says what that means."""

from __future__ import annotations

import contextlib
import sys
from typing import IO

#: Windows locks a byte range: one far beyond any text, which stays readable to others.
_LOCKED_BYTE = 2**30

if sys.platform == "win32":
    import msvcrt

    def try_lock(handle: IO[bytes]) -> bool:
        """Take the lock without waiting; False if another process holds it."""
        handle.seek(_LOCKED_BYTE)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            handle.seek(0)
        return True

    def unlock(handle: IO[bytes]) -> None:
        handle.seek(_LOCKED_BYTE)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        handle.seek(0)

else:
    import fcntl

    def try_lock(handle: IO[bytes]) -> bool:
        """Take the lock without waiting; False if another process holds it."""
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def unlock(handle: IO[bytes]) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
