"""What a package's merge did, or would do: added, updated, unchanged, and the conflicts
(a record edited on both laptops), in words for the window and the command line."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from brdesk.exchange import package as pkg
from brdesk.services.package_spec import (
    jsonable,
)


@dataclass(frozen=True)
class Conflict:
    """A record edited on both sides: which version was kept, and what the other said."""

    label: str
    kept: str  # "package" or "here"
    edited_here: datetime
    edited_there: datetime
    #: (field, value here, value in the package) for each field that differed
    differences: tuple[tuple[str, Any, Any], ...]

    def describe(self) -> str:
        if self.kept == "package":
            head = (
                f"{self.label}: the package's version "
                f"(edited {self.edited_there:%Y-%m-%d %H:%M} UTC) is newer and was kept"
            )
        else:
            head = (f"{self.label}: yours (edited {self.edited_here:%Y-%m-%d %H:%M} UTC) "
                    "is newer and was kept")  # fmt: skip
        fields = "; ".join(
            f"{name}: {_shown(here)} here, {_shown(there)} in the package"
            for name, here, there in self.differences
        )
        return f"{head}. {fields}."


def stamp_text(value: datetime) -> str:
    """A stored timestamp as a package writes it (Python's isoformat), to compare unparsed."""
    return value.isoformat()


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    text = str(jsonable(value))
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


@dataclass
class MergeReport:
    package: str
    written_by: str
    dry_run: bool = False
    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    #: versions older than ours that we already had: nothing to take from them
    older: Counter[str] = field(default_factory=Counter)
    matched: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())

    def lines(self) -> list[str]:
        verb = "would be" if self.dry_run else "were"
        out = [f"{self.package}: {self.written_by}."]
        for title, counter in (("added", self.added), ("updated", self.updated)):
            if counter:
                out.append(f"  {pkg.amounts(counter)} {verb} {title}.")
        if not self.changes:
            out.append("  Nothing new: everything in the package is here already.")
        same = self.unchanged + self.older
        if same:
            out.append(f"  Already here, as they are or newer: {pkg.amounts(same)}.")
        out.extend(f"  {m}" for m in self.matched)
        if self.conflicts:
            n = len(self.conflicts)
            out.append(f"  {n} {'record was' if n == 1 else 'records were'} edited on both "
                       "laptops; the newer version of each was kept:")  # fmt: skip
            out.extend(f"  - {c.describe()}" for c in self.conflicts)
        return out
