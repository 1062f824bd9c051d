"""Adding participants' packages to a cohort folder (see cohort_folder.py): each becomes a
data folder of its own, built from the package in a working folder and put in place only
once whole; a newer package from the same participant replaces the older, and what
changed is said."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import shutil
import sqlite3
import tempfile
import uuid as uuid_mod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from brdesk.errors import BrdeskError
from brdesk.exchange import package as pkg
from brdesk.exchange.atomic import atomic_path
from brdesk.exchange.cohort_package import is_cohort_package, unpacked
from brdesk.paths import DataDir
from brdesk.reports.cohort_data import SUMMARY_VERSION, MemberSummary
from brdesk.services.cohort_folder import (
    PACKAGE,
    SUMMARY,
    WORKING,
    make_cohort,
    member_dirs,
    members_dir,
)
from brdesk.services.cohort_summary import summarise
from brdesk.services.store import Store

Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)

#: The kinds whose changes a replacement reports, as it names them.
COMPARED = (
    ("objective", "objectives"),
    ("action", "actions"),
    ("observation", "observations"),
    ("good_practice", "good practices"),
    ("followup_item", "follow-up items"),
    ("assessment", "self-assessments"),
    ("reserve_zone", "zones"),
)


@dataclass
class AddOutcome:
    """What adding packages did, a line per package."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = [
            f"{len(self.added)} added" if self.added else "",
            f"{len(self.replaced)} replaced by a newer package" if self.replaced else "",
            f"{len(self.unchanged)} unchanged" if self.unchanged else "",
            f"{len(self.refused)} refused" if self.refused else "",
        ]
        return "Participants: " + (", ".join(p for p in parts if p) or "no package given") + "."

    def lines(self) -> list[str]:
        return [*self.added, *self.replaced, *self.unchanged, *self.refused]


def package_files(paths: Sequence[Path]) -> list[Path]:
    """The packages named: files as given, folders' .brdesk files (not their subfolders),
    in name order; a path that is neither is refused by name."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir()
                                if p.suffix.lower() == pkg.SUFFIX and p.is_file()))  # fmt: skip
        elif path.is_file():
            found.append(path)
        else:
            raise BrdeskError(f"There is no file or folder at {path}.")
    return found


def add_packages(
    store: Store,
    paths: Sequence[Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> AddOutcome:
    """Add participants' packages (files, folders of them, cohort packages) to the cohort
    folder store is open on, making it one if it is new. Each package is added whole or
    refused with the reason; one refused never stops the others."""
    data_dir = store.data_dir
    make_cohort(data_dir, store.has_user_data())
    files = package_files(paths)
    outcome = AddOutcome()
    with _template() as template:
        for number, path in enumerate(files, start=1):
            if cancelled():
                break
            try:
                with _participant_packages(path) as packages:
                    for one in packages:
                        _add_one(data_dir, one, template, outcome)
            except BrdeskError as exc:
                said = str(exc)
                outcome.refused.append(
                    said if said.startswith(path.name) else f"{path.name}: {said}"
                )
            if progress is not None:
                progress(number, len(files))
    return outcome


@contextlib.contextmanager
def _participant_packages(path: Path) -> Iterator[list[Path]]:
    """A participant's package as it is; a cohort package's, unpacked."""
    try:
        import zipfile

        with zipfile.ZipFile(path) as archive:
            whole = is_cohort_package(archive)
    except (OSError, zipfile.BadZipFile, EOFError):
        whole = False  # pkg.reading says what is wrong with it
    if not whole:
        yield [path]
        return
    with unpacked(path) as found:
        yield found


@contextlib.contextmanager
def _template() -> Iterator[Path]:
    """An empty database at this version, made once for a run: copied for each member, it
    spares each the 0.15 s of creating the schema."""
    with tempfile.TemporaryDirectory(prefix="brdesk-template-") as tmp:
        Store.open(Path(tmp) / "empty").close()
        yield Path(tmp) / "empty" / "brdesk.db"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _whose(path: Path) -> tuple[str, str, str]:
    """(participant UUID, name, written at) of a participant's package; refused unless it
    holds exactly one participant's profile."""
    with pkg.reading(path) as package:
        people = [record for _n, record in package.records("participants")]
        written = package.manifest.created_at
    if not people:
        raise BrdeskError(
            "it holds no participant's profile. A cohort gathers each participant's "
            "package of all their data (File › Export › Package…, everything)."
        )
    if len(people) > 1:
        names = ", ".join(str(p.get("full_name") or "?") for p in people[:5])
        raise BrdeskError(
            f"it holds {len(people)} participants' profiles ({names}): a cohort takes one "
            "participant's package at a time."
        )
    person = people[0]
    return str(person.get("uuid")), str(person.get("full_name") or "a participant"), written


def _add_one(data_dir: DataDir, path: Path, template: Path, outcome: AddOutcome) -> None:
    participant, name, written = _whose(path)
    if not _is_uuid(participant):
        raise BrdeskError("its participant has no valid identity (UUID).")
    home = members_dir(data_dir) / participant
    held = read_summary(home) if home.is_dir() else None
    digest = _sha256(path)
    if held is not None and held.sha256 == digest:
        outcome.unchanged.append(f"{name}: {path.name} is already in the cohort.")
        return
    if held is not None and written <= held.written_at:
        outcome.unchanged.append(
            f"{name}: {path.name} (written {_when(written)}) is not newer than the package "
            f"held (written {_when(held.written_at)}): the newer is kept."
        )
        return
    work = members_dir(data_dir) / f"{WORKING}incoming-{participant}"
    shutil.rmtree(work, ignore_errors=True)
    try:
        summary = _build(work, path, template, participant, digest, written)
        if held is None:
            work.rename(home)
            outcome.added.append(_said(summary, path))
            return
        change = describe_changes(home, work, held, summary)
        aside = members_dir(data_dir) / f"{WORKING}replaced-{participant}"
        shutil.rmtree(aside, ignore_errors=True)
        home.rename(aside)
        work.rename(home)
        shutil.rmtree(aside, ignore_errors=True)
        outcome.replaced.append(
            f"{_said(summary, path)}, replacing the package written {_when(held.written_at)}: "
            f"{change}."
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _build(
    work: Path, path: Path, template: Path, participant: str, digest: str, written: str
) -> MemberSummary:
    from brdesk.services.package_merge import import_package

    work.mkdir(parents=True)
    shutil.copyfile(template, work / "brdesk.db")
    with Store.open(DataDir(work)) as store:
        import_package(store, path, backup=False)
        summary = summarise(store, participant)
    shutil.copyfile(path, work / PACKAGE)
    summary.package_name = path.name
    summary.written_at = written
    summary.sha256 = digest
    summary.added_at = datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    write_summary(work, summary)
    for stale in ("backups", "logs", "scratch"):
        shutil.rmtree(work / stale, ignore_errors=True)
    return summary


def _said(summary: MemberSummary, path: Path) -> str:
    where = f" ({summary.reserve})" if summary.reserve else ""
    return f"{summary.name}{where}: {path.name}, written {_when(summary.written_at)}"


def _when(stamp: str) -> str:
    return stamp[:16].replace("T", " ") + " UTC" if stamp else "at an unknown time"


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid_mod.UUID(text)) == text.lower()
    except ValueError:
        return False


def write_summary(folder: Path, summary: MemberSummary) -> None:
    with atomic_path(folder / SUMMARY) as temp:
        temp.write_text(json.dumps(summary.as_json(), ensure_ascii=False), encoding="utf-8")


def read_summary(folder: Path) -> MemberSummary | None:
    """The participant's summary; worked out again from their data when it was written by
    an older brdesk (or lost), None only when their data cannot be read."""
    raw: dict[str, Any] = {}
    try:
        raw = json.loads((folder / SUMMARY).read_text(encoding="utf-8"))
        summary = MemberSummary.from_json(raw)
        if summary.version == SUMMARY_VERSION:
            return summary
    except (OSError, ValueError, TypeError, AttributeError):
        pass
    try:
        with Store.open(DataDir(folder)) as store:
            participant = raw.get("participant_uuid") or folder.name
            summary = summarise(store, str(participant))
    except (BrdeskError, TypeError, sqlite3.Error):
        log.warning("cannot read the cohort member %s", folder, exc_info=True)
        return None
    for name in ("package_name", "written_at", "sha256", "added_at"):
        setattr(summary, name, str(raw.get(name) or ""))
    with contextlib.suppress(OSError):
        write_summary(folder, summary)
    return summary


def members(data_dir: DataDir) -> list[MemberSummary]:
    """Every participant of the cohort, by name."""
    found = [s for s in (read_summary(d) for d in member_dirs(data_dir)) if s is not None]
    return sorted(found, key=lambda s: (s.name.casefold(), s.participant_uuid))


def describe_changes(old: Path, new: Path, before: MemberSummary, after: MemberSummary) -> str:
    """What the newer package changed: records added, changed and removed by kind, and the
    follow-up documents' new states."""
    said = []
    for table, noun in COMPARED:
        was, now = _versions(old, table), _versions(new, table)
        added = len(now.keys() - was.keys())
        removed = len(was.keys() - now.keys())
        changed = sum(1 for k in now.keys() & was.keys() if now[k] != was[k])
        counts = [f"{n:,} {verb}" for n, verb in
                  ((added, "added"), (changed, "changed"), (removed, "removed")) if n]  # fmt: skip
        if counts:
            said.append(f"{noun} {', '.join(counts)}")
    for kind, (status, _file) in after.documents.items():
        previous = before.documents.get(kind, ["none", False])[0]
        if previous != status:
            said.append(f"{kind.replace('_', ' ')} {previous} → {status}")
    return "; ".join(said) or "no record changed"


def _versions(folder: Path, table: str) -> dict[str, str]:
    db = folder / "brdesk.db"
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return dict(conn.execute(f"SELECT uuid, updated_at FROM {table}"))
    finally:
        conn.close()
