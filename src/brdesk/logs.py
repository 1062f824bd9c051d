"""Logging to logs/ in the data folder: tracebacks belong there, not on a user's screen."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "brdesk.log"


def configure(log_dir: Path | None, debug: bool = False) -> Path | None:
    """Send records to a rotating file in log_dir; returns the file, or None if not writable."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_brdesk", False):
            root.removeHandler(handler)
            handler.close()
    if log_dir is None:
        return None
    path = log_dir / LOG_NAME
    handler = _LazyFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._brdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path


class _LazyFileHandler(logging.handlers.RotatingFileHandler):
    """Creates logs/ only when there is something to write, so read-only commands such as
    `check` leave the data folder as they found it; a read-only stick loses only its log."""

    #: Did the last record reach the file? (A message may point to it only then.)
    last_written = False

    def emit(self, record: logging.LogRecord) -> None:
        self.last_written = False
        try:
            Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        self.last_written = True
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        # Never let a failing log write become the user's problem.
        self.last_written = False


def written(path: Path | None) -> bool:
    """Did the last record logged reach the file at path? A read-only stick keeps none,
    and a message must not send the user to a log that is not there."""
    if path is None:
        return False
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _LazyFileHandler) and Path(handler.baseFilename) == path:
            return handler.last_written and path.is_file()
    return False
