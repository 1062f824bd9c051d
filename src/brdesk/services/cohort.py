"""Adding participants' packages to a cohort folder (see cohort_folder.py): each becomes a
data folder of its own, built from the package in a working folder and put in place only
once whole; a newer package from the same participant replaces the older, and what
changed is said."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import uuid as uuid_mod
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from brdesk.errors import BrdeskError
from brdesk.exchange import package as pkg
from brdesk.exchange.atomic import atomic_path
from brdesk.exchange.cohort_package import is_cohort_package, unpacked
from brdesk.languages import Marked, joined, marked, reason, said
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
    ("objective", marked("objectives")),
    ("action", marked("actions")),
    ("observation", marked("observations")),
    ("good_practice", marked("good practices")),
    ("followup_item", marked("follow-up items")),
    ("assessment", marked("self-assessments")),
    ("reserve_zone", marked("zones")),
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
            said("{n} added", n=len(self.added)) if self.added else "",
            said("{n} replaced by a newer package", n=len(self.replaced)) if self.replaced else "",
            said("{n} unchanged", n=len(self.unchanged)) if self.unchanged else "",
            said("{n} refused", n=len(self.refused)) if self.refused else "",
        ]
        given = [p for p in parts if p]
        return said("Participants: {parts}.",
                    parts=joined(given, ", ") if given else marked("no package given"))  # fmt: skip

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
            raise BrdeskError(said("There is no file or folder at {path}.", path=path))
    return found


#: Below this many packages to build, they are built here: starting workers costs more.
POOL_FROM = 8
MAX_WORKERS = 4


@dataclass(frozen=True)
class _Job:
    """A package to build into a participant's folder."""

    path: Path
    participant: str
    name: str
    written: str
    digest: str
    work: Path
    home: Path


def add_packages(
    store: Store,
    paths: Sequence[Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> AddOutcome:
    """Add participants' packages (files, folders of them, cohort packages) to the cohort
    folder store is open on, making it one if it is new. Each package is added whole or
    refused with the reason; one refused never stops the others.

    Three steps: each package's participant is read and what to do decided (in the order
    given); the participants' folders are built (on several processes when there are
    many: each is a database of its own); each is put in place, replacing the older."""
    data_dir = store.data_dir
    make_cohort(data_dir, store.has_user_data())
    files = package_files(paths)
    outcome = AddOutcome()
    with contextlib.ExitStack() as stack:
        jobs = _decide(data_dir, files, stack, outcome)
        template = stack.enter_context(_template())
        built = _run(jobs, template, progress, cancelled)
        for job in jobs:
            result = built.get(job.work)
            if result is None:
                continue  # cancelled before it was built
            if isinstance(result, str):
                told = said("{name}: {problem}", name=job.path.name, problem=result)
                outcome.refused.append(told)
            else:
                _place(job, MemberSummary.from_json(result), outcome)
            shutil.rmtree(job.work, ignore_errors=True)
    return outcome


def _decide(
    data_dir: DataDir, files: Sequence[Path], stack: contextlib.ExitStack, outcome: AddOutcome
) -> list[_Job]:
    """The packages to build: one per participant (the newest given), each newer than the
    one held; what is left out, and why, goes in the outcome."""
    chosen: dict[str, _Job] = {}
    for path in files:
        try:
            packages = stack.enter_context(_participant_packages(path))
            for one in packages:
                job = _job(data_dir, one, outcome)
                if job is None:
                    continue
                other = chosen.get(job.participant)
                if other is not None:
                    older, job = sorted((other, job), key=lambda j: j.written)
                    outcome.unchanged.append(said(
                        "{name}: {older} is left out: {newer}, written {when}, is newer.",
                        name=job.name, older=older.path.name, newer=job.path.name,
                        when=_when(job.written)))  # fmt: skip
                chosen[job.participant] = job
        except BrdeskError as exc:
            told = reason(exc)
            outcome.refused.append(
                told if told.startswith(path.name)
                else said("{name}: {problem}", name=path.name, problem=told)
            )  # fmt: skip
    return list(chosen.values())


def _job(data_dir: DataDir, path: Path, outcome: AddOutcome) -> _Job | None:
    participant, name, written = _whose(path)
    if not _is_uuid(participant):
        raise BrdeskError(marked("its participant has no valid identity (UUID)."))
    home = members_dir(data_dir) / participant
    held = read_summary(home) if home.is_dir() else None
    digest = _sha256(path)
    if held is not None and held.sha256 == digest:
        outcome.unchanged.append(
            said("{name}: {package} is already in the cohort.", name=name, package=path.name)
        )
        return None
    if held is not None and written <= held.written_at:
        outcome.unchanged.append(
            said(
                "{name}: {package} (written {when}) is not newer than the package held "
                "(written {held}): the newer is kept.",
                name=name,
                package=path.name,
                when=_when(written),
                held=_when(held.written_at),
            )
        )
        return None
    work = members_dir(data_dir) / f"{WORKING}incoming-{participant}"
    return _Job(path, participant, name, written, digest, work, home)


def _run(
    jobs: Sequence[_Job], template: Path, progress: Progress | None, cancelled: Callable[[], bool]
) -> dict[Path, dict[str, Any] | str]:
    """Build the jobs' folders: a summary (as JSON) or why not, by working folder."""
    done: dict[Path, dict[str, Any] | str] = {}

    def tick() -> None:
        if progress is not None:
            progress(len(done), len(jobs))

    workers = min(MAX_WORKERS, os.cpu_count() or 1)
    if len(jobs) < POOL_FROM or workers < 2:
        for job in jobs:
            if cancelled():
                break
            done[job.work] = _build_member(job, template)
            tick()
        return done
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # spawn, never fork: the window has threads and Qt.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        waiting = {pool.submit(_build_member, job, template): job for job in jobs}
        while waiting:
            finished, _ = wait(waiting, timeout=0.5, return_when=FIRST_COMPLETED)
            for future in finished:
                done[waiting.pop(future).work] = future.result()
                tick()
            if cancelled():
                pool.shutdown(wait=True, cancel_futures=True)
                for future, job in waiting.items():
                    if future.done() and not future.cancelled():
                        shutil.rmtree(job.work, ignore_errors=True)
                break
    return done


def _build_member(job: _Job, template: Path) -> dict[str, Any] | str:
    """(In a worker, perhaps.) The participant's folder built in job.work: their summary
    as JSON, or why the package was refused (a message: exceptions of our own do not
    always cross between processes as they were)."""
    from brdesk.services.package_merge import import_package

    shutil.rmtree(job.work, ignore_errors=True)
    try:
        job.work.mkdir(parents=True)
        shutil.copyfile(template, job.work / "brdesk.db")
        with Store.open(DataDir(job.work)) as store:
            import_package(store, job.path, backup=False)
            summary = summarise(store, job.participant)
        shutil.copyfile(job.path, job.work / PACKAGE)
    except BrdeskError as exc:
        shutil.rmtree(job.work, ignore_errors=True)
        return reason(exc)
    summary.package_name = job.path.name
    summary.written_at = job.written
    summary.sha256 = job.digest
    summary.added_at = datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    write_summary(job.work, summary)
    for stale in ("backups", "logs", "scratch"):
        shutil.rmtree(job.work / stale, ignore_errors=True)
    return summary.as_json()


def _place(job: _Job, summary: MemberSummary, outcome: AddOutcome) -> None:
    """Put the built folder in place; the older one, if any, goes once the new is there."""
    held = read_summary(job.home) if job.home.is_dir() else None
    if held is None:
        shutil.rmtree(job.home, ignore_errors=True)
        job.work.rename(job.home)
        outcome.added.append(_said(summary, job.path))
        return
    change = describe_changes(job.home, job.work, held, summary)
    aside = job.home.with_name(f"{WORKING}replaced-{job.participant}")
    shutil.rmtree(aside, ignore_errors=True)
    job.home.rename(aside)
    job.work.rename(job.home)
    shutil.rmtree(aside, ignore_errors=True)
    outcome.replaced.append(said("{added}, replacing the package written {when}: {change}.",
                                 added=_said(summary, job.path), when=_when(held.written_at),
                                 change=change))  # fmt: skip


@contextlib.contextmanager
def _participant_packages(path: Path) -> Iterator[list[Path]]:
    """A participant's package as it is; a cohort package's, unpacked."""
    try:
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
            marked(
                "it holds no participant's profile. A cohort gathers each participant's "
                "package of all their data (File › Export › Package…, everything)."
            )
        )
    if len(people) > 1:
        names = ", ".join(str(p.get("full_name") or "?") for p in people[:5])
        raise BrdeskError(
            said(
                "it holds {v0} participants' profiles ({names}): a cohort takes "
                "one participant's package at a time.",
                v0=len(people),
                names=names,
            )
        )
    person = people[0]
    return str(person.get("uuid")), str(person.get("full_name") or "a participant"), written


def _said(summary: MemberSummary, path: Path) -> str:
    if summary.reserve:
        return said("{name} ({reserve}): {package}, written {when}", name=summary.name,
                    reserve=summary.reserve, package=path.name,
                    when=_when(summary.written_at))  # fmt: skip
    return said("{name}: {package}, written {when}", name=summary.name, package=path.name,
                when=_when(summary.written_at))  # fmt: skip


def _when(stamp: str) -> str:
    if not stamp:
        return marked("at an unknown time")
    return stamp[:16].replace("T", " ") + " UTC"


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
    told = []
    for table, noun in COMPARED:
        was, now = _versions(old, table), _versions(new, table)
        added = len(now.keys() - was.keys())
        removed = len(was.keys() - now.keys())
        changed = sum(1 for k in now.keys() & was.keys() if now[k] != was[k])
        counts = [said(template, n=n) for n, template in
                  ((added, marked("{n:,} added")), (changed, marked("{n:,} changed")),
                   (removed, marked("{n:,} removed"))) if n]  # fmt: skip
        if counts:
            told.append(said("{kind} {counts}", kind=noun, counts=joined(counts, ", ")))
    for kind, (status, _file) in after.documents.items():
        previous = before.documents.get(kind, ["none", False])[0]
        if previous != status:
            told.append(said("{document} {before} → {after}", document=kind.replace("_", " "),
                             before=Marked(previous), after=Marked(status)))  # fmt: skip
    return joined(told, "; ") if told else marked("no record changed")


def _versions(folder: Path, table: str) -> dict[str, str]:
    db = folder / "brdesk.db"
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return dict(conn.execute(f"SELECT uuid, updated_at FROM {table}"))
    finally:
        conn.close()
