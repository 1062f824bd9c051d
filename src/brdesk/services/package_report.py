"""What a package's merge did, or would do: added, updated, unchanged, and the conflicts
(a record edited on both laptops), in words for the window and the command line."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from brdesk.exchange.package_words import amounts
from brdesk.languages import joined, marked, said, said_n
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
            when = f"{self.edited_there:%Y-%m-%d %H:%M}"
            head = said("{record}: the package's version (edited {when} UTC) is newer and was "
                        "kept", record=self.label, when=when)  # fmt: skip
        else:
            head = said("{record}: yours (edited {when} UTC) is newer and was kept",
                        record=self.label, when=f"{self.edited_here:%Y-%m-%d %H:%M}")  # fmt: skip
        fields: list[str] = [
            said("{field}: {here} here, {there} in the package", field=name,
                 here=_shown(here), there=_shown(there))
            for name, here, there in self.differences
        ]  # fmt: skip
        return said("{head}. {fields}.", head=head, fields=joined(fields, "; "))


def stamp_text(value: datetime) -> str:
    """A stored timestamp as a package writes it (Python's isoformat), to compare unparsed."""
    return value.isoformat()


def _shown(value: Any) -> str:
    if value is None or value == "":
        return marked("(empty)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or marked("(none)")
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
        out: list[str] = [said("{package}: {written}.", package=self.package,
                               written=self.written_by)]  # fmt: skip
        if self.added:
            amount = amounts(self.added)
            out.append(said("  {amounts} would be added.", amounts=amount) if self.dry_run
                       else said("  {amounts} were added.", amounts=amount))  # fmt: skip
        if self.updated:
            amount = amounts(self.updated)
            out.append(said("  {amounts} would be updated.", amounts=amount) if self.dry_run
                       else said("  {amounts} were updated.", amounts=amount))  # fmt: skip
        if not self.changes:
            out.append(marked("  Nothing new: everything in the package is here already."))
        same = self.unchanged + self.older
        if same:
            out.append(said("  Already here, as they are or newer: {amounts}.",
                            amounts=amounts(same)))  # fmt: skip
        out.extend(f"  {m}" for m in self.matched)
        if self.conflicts:
            both = len(self.conflicts)
            out.append(said_n("  %Ln [record was|records were] edited on both laptops; the "
                              "newer version of each was kept:", "", both))  # fmt: skip
            out.extend(said("  - {conflict}", conflict=c.describe()) for c in self.conflicts)
        return out
