"""A cohort folder: a trainer's or a secretariat's data folder that gathers participants'
packages without merging them. Each participant is a data folder of their own under
cohort/members/<participant UUID>/ (their database and attachments, built from their
package, the package itself, and summary.json: what the overview shows), never edited
here; a newer package from the same participant replaces the folder whole.

A personal folder and a cohort folder never mix: a cohort takes no package by "Import
package" (which merges), and a folder holding someone's own data does not become a
cohort."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from brdesk.errors import BrdeskError
from brdesk.exchange.atomic import atomic_path
from brdesk.languages import said
from brdesk.paths import DataDir

COHORT = "cohort"
MARKER = "cohort.json"
MEMBERS = "members"
SUMMARY = "summary.json"
PACKAGE = "package.brdesk"
#: Folders being built or set aside start so; they are never members.
WORKING = "."


class NotACohort(BrdeskError):
    """A cohort action in a personal folder, or the other way round."""


def members_dir(data_dir: DataDir) -> Path:
    return data_dir.root / COHORT / MEMBERS


def is_cohort(data_dir: DataDir) -> bool:
    return (data_dir.root / COHORT / MARKER).is_file()


def make_cohort(data_dir: DataDir, has_own_data: bool, name: str | None = None) -> None:
    """Make the folder a cohort folder; refused if it holds someone's own data."""
    if is_cohort(data_dir):
        return
    if has_own_data:
        raise NotACohort(
            said(
                "{root} holds your own data (a profile, a plan or observations): "
                "it cannot become a cohort, or the participants' data would sit "
                "beside yours. Gather a cohort in a folder of its own: File › Open "
                "data folder…, a new folder, then File › Cohort › Add "
                "participants' packages… (on the command line: brdesk --data-dir "
                "NEW_FOLDER cohort add PACKAGES).",
                root=data_dir.root,
            )
        )
    folder = data_dir.root / COHORT
    (folder / MEMBERS).mkdir(parents=True, exist_ok=True)
    marker = {
        "format": "brdesk-cohort",
        "version": 1,
        "name": name or data_dir.root.name,
        "created_at": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
    }
    with atomic_path(folder / MARKER) as temp:
        temp.write_text(json.dumps(marker, ensure_ascii=False, indent=1), encoding="utf-8")


def cohort_name(data_dir: DataDir) -> str:
    try:
        raw = json.loads((data_dir.root / COHORT / MARKER).read_text(encoding="utf-8"))
        return str(raw.get("name") or data_dir.root.name)
    except (OSError, ValueError, AttributeError):
        return data_dir.root.name


def refuse_in_cohort(data_dir: DataDir, package: Path) -> None:
    """A participant's package is never merged into a cohort folder."""
    if is_cohort(data_dir):
        raise NotACohort(
            said(
                "{root} is a cohort folder: {name} is not merged into it. "
                "Participants' packages are added with File › Cohort › Add "
                'participants\' packages… (or brdesk --data-dir "{root}" cohort add '
                '"{name}"), which keeps each participant apart.',
                root=data_dir.root,
                name=package.name,
            )
        )


def member_dirs(data_dir: DataDir) -> list[Path]:
    folder = members_dir(data_dir)
    if not folder.is_dir():
        return []
    recover(folder)
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(WORKING))


def recover(folder: Path) -> None:
    """Undo what a crash or a power cut left half done: a participant's folder set aside
    for a newer one that never took its place goes back (it was whole); one whose
    replacement is in place goes. A folder being built is left to the next add, which
    builds it again from the start."""
    for aside in folder.glob(f"{WORKING}replaced-*"):
        home = folder / aside.name.removeprefix(f"{WORKING}replaced-")
        try:
            if home.exists():
                shutil.rmtree(aside)
            else:
                aside.rename(home)
        except OSError:
            pass  # a read-only stick: shown as it is, mended where it can be written
