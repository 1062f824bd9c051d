"""Errors a user may see. Their text is the whole message: no traceback goes with it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


class BrdeskError(Exception):
    """An expected failure, explained in words a reserve manager understands."""


class DataFolderError(BrdeskError):
    """The data folder cannot be created, read or written."""


class PasswordNeeded(DataFolderError):
    """The office database asks for a password that was not given (none in the user's
    .pgpass) or was wrong; the window asks for it, and never stores it."""


class DatabaseRefused(BrdeskError):
    """The database is not one this version may open (newer, foreign or damaged).

    The file is left exactly as it was.
    """


class DatabaseUnreadable(DatabaseRefused):
    """SQLite cannot read the file at all: damaged, or not a database."""


class ValidationError(BrdeskError):
    """A value a user gave is not acceptable; `field` names the field it belongs to.

    `rule` is what the value breaks, without the value ("must be at least 0"), for a caller
    that shows the value its own way (an import's rejection names row, column and value);
    `problem` adds the value when it helps ("must be at least 0 (got -4)").
    """

    def __init__(self, field: str, label: str, problem: str, got: str | None = None) -> None:
        self.field = field
        self.label = label
        self.rule = problem
        self.problem = problem if got is None else f"{problem} (got {got})"
        super().__init__(f"{label}: {self.problem}")


class MissingValue(ValidationError):
    """A required field was left empty."""


class Cancelled(BrdeskError):
    """The user stopped the work (an import, an export); nothing was written."""


class ChangedElsewhere(BrdeskError):
    """Someone else saved the record after it was shown here, changing what this edit
    would overwrite (on an office database, where several people work at once); nothing
    was saved. `field` names the field (None: the whole record, changed at the same
    moment), `who` and `when` say whose change it was, `theirs` what it holds now."""

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        who: str | None = None,
        when: datetime | None = None,
        theirs: object = None,
        short: str = "",
    ) -> None:
        super().__init__(message)
        #: The refusal in a few words, for the line under a field.
        self.short = short or message
        self.field = field
        self.who = who
        self.when = when
        self.theirs = theirs
        #: The user was asked what to do about it (and chose to see theirs).
        self.answered = False


class NotFound(BrdeskError):
    """A record asked for by id does not exist (any more)."""


class ReadOnlyFolder(DataFolderError):
    """A change was asked of a data folder open read-only."""


class FolderBusy(BrdeskError):
    """Another brdesk holds the data folder; `who` says which, in words."""

    def __init__(self, root: Path, who: str) -> None:
        super().__init__(f"The data folder {root} is in use by {who}.")
        self.who = who


class BackupRefused(BrdeskError):
    """A file offered for restore is not a usable brdesk backup; nothing was changed."""


class DatabaseDamaged(BrdeskError):
    """SQLite's check fails on the user's database."""


class PackageRefused(BrdeskError):
    """The file is not a package brdesk can read; nothing was written, and the message
    says so."""

    def __init__(self, problem: str) -> None:
        super().__init__(f"{problem} Nothing was imported.")


class KeptUnderAnotherName(BrdeskError):
    """The file was written, but not under the name asked for: that one is held open by
    another program (Windows will not replace a document Word or Excel has open)."""

    def __init__(self, wanted: Path, kept: Path) -> None:
        super().__init__(
            f"{wanted.name} is open in another program, so it could not be replaced: your "
            f"export was saved as {kept.name} in the same folder instead. Close the other "
            "program and export again to use the first name, or keep this file."
        )
        self.wanted = wanted
        self.kept = kept
