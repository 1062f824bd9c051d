"""Errors a user may see. Their text is the whole message: no traceback goes with it."""

from __future__ import annotations


class BrdeskError(Exception):
    """An expected failure, explained in words a reserve manager understands."""


class DataFolderError(BrdeskError):
    """The data folder cannot be created, read or written."""


class DatabaseRefused(BrdeskError):
    """The database is not one this version may open (newer, foreign or damaged).

    The file is left exactly as it was.
    """


class DatabaseUnreadable(DatabaseRefused):
    """SQLite cannot read the file at all: damaged, or not a database."""


class ValidationError(BrdeskError):
    """A value a user gave is not acceptable; `field` names the field it belongs to."""

    def __init__(self, field: str, label: str, problem: str) -> None:
        self.field = field
        self.label = label
        self.problem = problem
        super().__init__(f"{label}: {problem}")


class Cancelled(BrdeskError):
    """The user stopped the work (an import, an export); nothing was written."""


class NotFound(BrdeskError):
    """A record asked for by id does not exist (any more)."""
