"""Backups of a data folder: taken, listed, thinned out, checked and restored.

A backup in backups/ is one SQLite file, written through SQLite's online backup API (never
a file copy of a live database) and named for when and why it was taken:
`brdesk-20261122-093015-daily.db`. It refers to attachments by their stored names; those
files are never changed once written, and a file is deleted only when no record needs it.

A backup archive (`brdesk backup OUT.zip`) carries the database and every attachment, for a
stick or another laptop. Restore takes either.

Restoring never destroys: the current data is backed up first (or, when it is too damaged
to copy, moved aside whole), and nothing is replaced until the backup has been checked.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from brdesk import leftovers
from brdesk.db.backup import STAMP, backup_path, copy_into, online_copy
from brdesk.db.state import KNOWN_REVISIONS, connect_read_only, count_records, read_state
from brdesk.errors import (
    BackupRefused,
    DatabaseDamaged,
    DatabaseRefused,
    DataFolderError,
)
from brdesk.exchange.zip_limits import check_unpacked_size
from brdesk.paths import DataDir
from brdesk.wording import plural

log = logging.getLogger(__name__)

REASONS = {
    "daily": "daily",
    "manual": "taken by you",
    "before-import": "before an import",
    "before-restore": "before a restore",
    "before-upgrade": "before an upgrade of brdesk's data format",
    "before-demo": "before the demo replaced the data",
    "damaged": "the damaged database, set aside",
    "archive": "an archive with attachments",
}
#: Kept whatever their age: the user asked for them, or an upgrade cannot be undone without.
KEPT_ALWAYS = ("manual", "before-upgrade", "damaged")
DAILY_KEPT = 7
WEEKLY_KEPT = 4
NEWEST_KEPT = 3
DAILY_EVERY = timedelta(days=1)

ARCHIVE_FORMAT = "brdesk-backup"
ARCHIVE_VERSION = 1
ARCHIVE_DB = "brdesk.db"
ARCHIVE_MANIFEST = "manifest.json"
#: An archive's members are unpacked only up to these sizes (a zip bomb is refused).
MAX_ARCHIVE_DB_BYTES = 8 * 2**30
MAX_ARCHIVE_TOTAL_BYTES = 64 * 2**30
MAX_COMPRESSION_RATIO = 200

_NAME = re.compile(r"^brdesk-(?:(?P<reason>[a-z-]+?)-(?:(?P<rev>\d{4})-)?)?(?P<stamp>\d{8}-\d{6})"
                   r"(?:-(?P<after>[a-z-]+))?\.db$")  # fmt: skip
_PLAIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)


@dataclass
class BackupSummary:
    """What a backup holds, read without changing it."""

    path: Path
    taken_at: datetime | None
    reason: str | None
    revision: str | None
    counts: dict[str, int] = field(default_factory=dict)
    participant: str | None = None
    reserve: str | None = None
    latest_observation: str | None = None
    attachments: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        when = f"{self.taken_at:%Y-%m-%d %H:%M}" if self.taken_at else "unknown date"
        why = f" ({REASONS.get(self.reason, self.reason)})" if self.reason else ""
        lines = [f"Backup {self.path.name}, taken {when}{why}"]
        if self.participant or self.reserve:
            lines.append("  " + ", ".join(x for x in (self.participant, self.reserve) if x))
        if self.counts:
            c = self.counts
            lines.append(
                f"  {plural(c.get('plans', 0), 'plan')}, "
                f"{plural(c.get('objectives', 0), 'objective')}, "
                f"{plural(c.get('actions', 0), 'action')}, "
                f"{plural(c.get('observations', 0), 'observation')}"
                + (f" (latest {self.latest_observation})" if self.latest_observation else "")
                + f", {c.get('followup_items', 0)} follow-up items, "
                f"{self.attachments} attachments"
            )
        lines += [f"  PROBLEM: {p}" for p in self.problems]
        return "\n".join(lines)


# --- taking ------------------------------------------------------------------------------


def take_backup(
    data_dir: DataDir, reason: str, now: datetime | None = None, *, verify: bool = True
) -> Path:
    """A consistent copy of the database in backups/, checked, then the old ones thinned
    out. A copy of a damaged database is deleted rather than kept: it would push good
    backups out of the rotation."""
    if not data_dir.db_path.is_file():
        raise DataFolderError(f"There is no database in {data_dir.root} to back up.")
    target = backup_path(data_dir.backups, reason, now)
    _check_room(data_dir)
    try:
        online_copy(data_dir.db_path, target)
    except sqlite3.DatabaseError as exc:
        Path(str(target) + ".partial").unlink(missing_ok=True)
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise DatabaseDamaged(f"Your database is damaged ({exc}).") from exc
        raise DataFolderError(_write_problem(data_dir.backups, exc, "back up the data")) from exc
    except OSError as exc:
        Path(str(target) + ".partial").unlink(missing_ok=True)
        raise DataFolderError(_write_problem(data_dir.backups, exc, "back up the data")) from exc
    if verify:
        problem = database_problem(target)
        if problem is not None:
            target.unlink(missing_ok=True)
            raise DatabaseDamaged(f"Your database is damaged: SQLite reports '{problem}'.")
    log.info("backup taken: %s", target)
    rotate(data_dir.backups, now)
    return target


def _check_room(data_dir: DataDir) -> None:
    """Refuse to start a backup the disk cannot hold: a clear message now, rather than a
    disk filled to the last byte (which the database itself then needs)."""
    data_dir.backups.mkdir(parents=True, exist_ok=True)
    size = data_dir.db_path.stat().st_size
    wal = Path(str(data_dir.db_path) + "-wal")
    size += wal.stat().st_size if wal.exists() else 0
    free = shutil.disk_usage(data_dir.backups).free
    if free < size * 1.1 + 16 * 2**20:
        raise DataFolderError(
            f"Cannot back up the data: a backup needs about {size / 2**20:,.0f} MB and the "
            f"disk holding {data_dir.backups} has {free / 2**20:,.0f} MB free. Free some "
            "space, or delete old backups you no longer need."
        )


def needs_daily(data_dir: DataDir, now: datetime | None = None) -> bool:
    """Is the newest backup older than a day (or is there none)?"""
    if not data_dir.db_path.is_file():
        return False
    newest = next(iter(list_backups(data_dir.backups)), None)
    return newest is None or (now or datetime.now()) - newest.taken_at >= DAILY_EVERY


def take_daily_if_due(data_dir: DataDir, now: datetime | None = None) -> Path | None:
    if not needs_daily(data_dir, now):
        return None
    return take_backup(data_dir, "daily", now)


def write_archive(data_dir: DataDir, out: Path) -> Path:
    """The database and every attachment, in one ZIP: a backup to carry away."""
    from brdesk.exchange.atomic import atomic_path

    if not data_dir.db_path.is_file():
        raise DataFolderError(f"There is no database in {data_dir.root} to back up.")
    with _work_folder(data_dir, out) as tmp:
        db_copy = online_copy(data_dir.db_path, Path(tmp) / ARCHIVE_DB)
        names = _attachment_names(db_copy)
        files = [data_dir.attachments / n for n in names if (data_dir.attachments / n).is_file()]
        manifest = {
            "format": ARCHIVE_FORMAT,
            "version": ARCHIVE_VERSION,
            "taken_at": datetime.now().isoformat(timespec="seconds"),
            "attachments": len(files),
            "missing_attachments": sorted(set(names) - {f.name for f in files}),
        }
        try:
            with atomic_path(out) as temp, zipfile.ZipFile(temp, "w") as archive:
                archive.writestr(ARCHIVE_MANIFEST, json.dumps(manifest, indent=1))
                archive.write(db_copy, ARCHIVE_DB, compress_type=zipfile.ZIP_DEFLATED)
                for path in files:
                    # Photos and PDFs are compressed already: stored as they are.
                    archive.write(path, f"attachments/{path.name}", zipfile.ZIP_STORED)
        except OSError as exc:
            raise DataFolderError(_write_problem(out.parent, exc, f"write {out.name}")) from exc
    return out


# --- listing and thinning out ------------------------------------------------------------


def parse_name(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], STAMP)
    except ValueError:
        return None
    # Older names put the reason first (brdesk-before-upgrade-0003-<stamp>.db).
    reason = match["after"] or match["reason"] or "manual"
    return Backup(path, taken_at, reason)


def list_backups(folder: Path) -> list[Backup]:
    """The backups in a folder, newest first."""
    if not folder.is_dir():
        return []
    found = [b for b in (parse_name(p) for p in folder.glob("brdesk-*.db")) if b is not None]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def to_keep(backups: Iterable[Backup]) -> set[Path]:
    """Which backups the rotation keeps: every manual, pre-upgrade and set-aside one; of
    the rest, the newest three, the newest of each of the last 7 days that have one, and
    the newest of each of the last 4 weeks that have one."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in ordered if b.reason in KEPT_ALWAYS}
    rest = [b for b in ordered if b.reason not in KEPT_ALWAYS]
    keep.update(b.path for b in rest[:NEWEST_KEPT])
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    for backup in rest:
        days.setdefault(backup.taken_at.date(), backup.path)
        weeks.setdefault(backup.taken_at.isocalendar()[:2], backup.path)
    keep.update(list(days.values())[:DAILY_KEPT])
    keep.update(list(weeks.values())[:WEEKLY_KEPT])
    return keep


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation does not keep, and copies a crash left half-written
    (`*.partial`, an hour old); returns what was deleted."""
    backups = list_backups(folder)
    stale = (now or datetime.now()) - timedelta(hours=1)
    for partial in folder.glob("*.partial") if folder.is_dir() else []:
        try:
            if datetime.fromtimestamp(partial.stat().st_mtime) < stale:
                partial.unlink()
        except OSError:
            log.warning("could not remove %s", partial, exc_info=True)
    keep = to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                log.warning("could not remove old backup %s", backup.path, exc_info=True)
    return removed


# --- checking ----------------------------------------------------------------------------


def summarize(path: Path, *, full_check: bool = True) -> BackupSummary:
    """What a backup (a .db or an archive) holds, and whether it can be restored."""
    if zipfile.is_zipfile(path):
        with tempfile.TemporaryDirectory(prefix="brdesk-check-") as tmp:
            try:
                db, manifest = _unpack_database(path, Path(tmp))
            except BackupRefused as exc:
                return BackupSummary(path, None, None, None, problems=[str(exc)])
            summary = summarize(db, full_check=full_check)
            summary.path = path
            summary.reason = "archive"
            summary.taken_at = _manifest_time(manifest)
            return summary
    parsed = parse_name(path)
    summary = BackupSummary(
        path,
        parsed.taken_at if parsed else None,
        parsed.reason if parsed else None,
        None,
    )
    if not path.is_file():
        summary.problems.append(f"{path} does not exist.")
        return summary
    try:
        state = read_state(path)
    except DatabaseRefused as exc:
        summary.problems.append(f"{path.name} cannot be read as a database ({exc.__cause__}).")
        return summary
    summary.revision = state.revision
    if state.revision is None:
        summary.problems.append(f"{path.name} is not a brdesk database.")
        return summary
    if state.revision not in KNOWN_REVISIONS:
        summary.problems.append(
            f"{path.name} was written by a newer brdesk (schema {state.revision}): "
            "update brdesk to restore it."
        )
        return summary
    conn = connect_read_only(path)
    try:
        _read_contents(conn, summary, full_check)
    except sqlite3.DatabaseError as exc:
        summary.problems.append(f"{path.name} is damaged ({exc}).")
    finally:
        conn.close()
    return summary


def _read_contents(conn: sqlite3.Connection, summary: BackupSummary, full_check: bool) -> None:
    from brdesk.db.schema_check import check_schema

    if full_check:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            summary.problems.append(f"{summary.path.name} fails SQLite's check: {verdict}.")
            return
    # A backup from a stranger's stick is a hostile file: what it holds must be exactly
    # what brdesk writes (a trigger in it would run on every later change).
    assert summary.revision is not None
    different = check_schema(conn, summary.revision)
    if different:
        shown = "; ".join(different[:3]) + (
            f" (+{len(different) - 3} more)" if len(different) > 3 else ""
        )
        summary.problems.append(
            f"{summary.path.name} is not as brdesk writes its data ({shown}): it was changed "
            "by another program, and is refused."
        )
        return
    # Reads every link: part of the full check (a restore has always passed one), not of
    # describing a backup when it is selected in the window.
    broken = conn.execute("PRAGMA foreign_key_check").fetchone() if full_check else None
    if broken is not None:
        summary.problems.append(
            f"{summary.path.name} has records that point at records it does not hold "
            f"(table {broken[0]}): it is refused."
        )
        return
    summary.counts = count_records(conn)
    summary.participant = _first(conn, "SELECT full_name FROM participant ORDER BY id")
    summary.reserve = _first(conn, "SELECT name FROM reserve ORDER BY id")
    summary.latest_observation = _first(conn, "SELECT max(observed_on) FROM observation")
    summary.attachments = int(conn.execute("SELECT count(*) FROM attachment").fetchone()[0])


def _first(conn: sqlite3.Connection, sql: str) -> str | None:
    try:
        row = conn.execute(sql).fetchone()
    except sqlite3.OperationalError:
        return None
    return str(row[0]) if row and row[0] is not None else None


def newest_good_backup(data_dir: DataDir) -> BackupSummary | None:
    """The newest backup in backups/ that passes SQLite's check (for a damaged database)."""
    for backup in list_backups(data_dir.backups):
        if backup.reason == "damaged":
            continue
        summary = summarize(backup.path)
        if summary.usable:
            return summary
    return None


def database_problem(db_path: Path) -> str | None:
    """SQLite's verdict on the database (None: it is sound). Read-only; reads every page."""
    try:
        conn = connect_read_only(db_path)
        try:
            verdict = str(conn.execute("PRAGMA quick_check").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if verdict == "ok" else verdict


# --- restoring ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    summary: BackupSummary
    #: the current data, as it was before the restore (a backup, or the damaged file)
    previous: Path | None
    attachments_added: int


def restore(data_dir: DataDir, source: Path, checked: BackupSummary | None = None) -> RestoreResult:
    """Replace the data folder's database with a backup. Every connection to the database
    must be closed first. The backup is checked before anything changes (SQLite's check of
    every page is skipped when `checked`, the summary the user confirmed, already passed
    it); the current database is backed up (or, damaged, moved aside whole) before it is
    replaced."""
    with _scratch_dir(data_dir, "restore-") as tmp:
        work = Path(tmp)
        attachments: list[Path] = []
        if zipfile.is_zipfile(source):
            db, _manifest = _unpack_database(source, work)
            attachments = _unpack_attachments(source, work / "attachments")
        else:
            db = source
        pre_checked = checked is not None and checked.usable and checked.path == source
        summary = summarize(db, full_check=not pre_checked)
        summary.path = source
        if not summary.usable:
            raise BackupRefused(
                f"{source.name} cannot be restored: {'; '.join(summary.problems)} "
                "Your data was not changed."
            )
        staged = work / "restored.db"
        try:
            online_copy(db, staged)
        except (OSError, sqlite3.Error) as exc:
            raise DataFolderError(_write_problem(work, exc, "prepare the restore")) from exc
        previous = _set_current_aside(data_dir)
        added = 0
        data_dir.attachments.mkdir(parents=True, exist_ok=True)
        for path in attachments:
            target = data_dir.attachments / path.name
            if not target.exists():  # stored names are unique: an existing file is the same
                partial = target.with_name(target.name + ".partial")
                leftovers.note(partial)
                shutil.copyfile(path, partial)
                os.replace(partial, target)
                added += 1
        try:
            copy_into(staged, data_dir.db_path)
        except (OSError, sqlite3.Error) as exc:
            raise DataFolderError(_write_problem(work, exc, "restore")) from exc
    log.info("restored %s (previous data: %s)", source, previous)
    return RestoreResult(summary, previous, added)


def _set_current_aside(data_dir: DataDir) -> Path | None:
    """Back up the current database; if it is too damaged to copy, move it aside whole."""
    if not data_dir.db_path.is_file():
        return None
    if database_problem(data_dir.db_path) is None:
        return take_backup(data_dir, "before-restore")
    aside = backup_path(data_dir.backups, "damaged")
    aside.parent.mkdir(parents=True, exist_ok=True)
    os.replace(data_dir.db_path, aside)
    for side in ("-wal", "-shm"):
        extra = Path(str(data_dir.db_path) + side)
        if extra.exists():
            os.replace(extra, Path(str(aside) + side))
    return aside


# --- archives ----------------------------------------------------------------------------


def _checked_members(archive: zipfile.ZipFile, source: Path) -> list[zipfile.ZipInfo]:
    """Refuse what a backup archive never holds: other names, paths out of the folder,
    absurd sizes or compression ratios."""
    members = archive.infolist()
    for info in members:
        name = info.filename
        attachment = name.startswith("attachments/") and _PLAIN_NAME.match(name[12:])
        if name not in (ARCHIVE_DB, ARCHIVE_MANIFEST) and not attachment:
            raise BackupRefused(f"{source.name} is not a brdesk backup: it holds '{name[:80]}'.")
        if info.flag_bits & 0x1:
            raise BackupRefused(f"{source.name}: encrypted members are not supported.")
    check_unpacked_size(
        members, source.name, max_total=MAX_ARCHIVE_TOTAL_BYTES,
        max_ratio=MAX_COMPRESSION_RATIO, refuse=BackupRefused,
    )  # fmt: skip
    return members


def _unpack_database(source: Path, into: Path) -> tuple[Path, dict[str, object]]:
    try:
        with zipfile.ZipFile(source) as archive:
            members = {i.filename: i for i in _checked_members(archive, source)}
            if ARCHIVE_MANIFEST not in members or ARCHIVE_DB not in members:
                raise BackupRefused(f"{source.name} is not a brdesk backup archive.")
            if members[ARCHIVE_MANIFEST].file_size > 2**20:
                raise BackupRefused(f"{source.name}: its manifest is too large.")
            try:
                manifest = json.loads(archive.read(ARCHIVE_MANIFEST))
            except (ValueError, RecursionError) as exc:
                raise BackupRefused(f"{source.name}: its manifest is not JSON ({exc}).") from None
            if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
                raise BackupRefused(f"{source.name} is not a brdesk backup archive.")
            version = manifest.get("version")
            if not isinstance(version, int) or version > ARCHIVE_VERSION:
                raise BackupRefused(
                    f"{source.name} was written by a newer brdesk (archive version "
                    f"{manifest.get('version')!r}): update brdesk to restore it."
                )
            if members[ARCHIVE_DB].file_size > MAX_ARCHIVE_DB_BYTES:
                raise BackupRefused(f"{source.name}: its database is impossibly large.")
            into.mkdir(parents=True, exist_ok=True)
            target = into / ARCHIVE_DB
            _extract(archive, members[ARCHIVE_DB], target)
            return target, manifest
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BackupRefused(f"{source.name} cannot be read as a backup archive ({exc}).") from exc


def _unpack_attachments(source: Path, into: Path) -> list[Path]:
    into.mkdir(parents=True, exist_ok=True)
    out = []
    with zipfile.ZipFile(source) as archive:
        for info in _checked_members(archive, source):
            if info.filename.startswith("attachments/"):
                target = into / info.filename[len("attachments/") :]
                _extract(archive, info, target)
                out.append(target)
    return out


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> None:
    """Copy one member out, never more bytes than it declares (a lying header is refused)."""
    written = 0
    with archive.open(info) as src, open(target, "wb") as dst:
        while chunk := src.read(1 << 20):
            written += len(chunk)
            if written > info.file_size:
                raise BackupRefused(f"'{info.filename[:80]}' is larger than it claims; refused.")
            dst.write(chunk)


def _attachment_names(db: Path) -> list[str]:
    conn = connect_read_only(db)
    try:
        return [str(r[0]) for r in conn.execute("SELECT stored_name FROM attachment")]
    finally:
        conn.close()


def _manifest_time(manifest: dict[str, object]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(manifest.get("taken_at")))
    except ValueError:
        return None


# --- helpers -----------------------------------------------------------------------------


def _scratch_dir(data_dir: DataDir, kind: str) -> tempfile.TemporaryDirectory[str]:
    """Restores and archives are assembled in the data folder's scratch/: on the disk whose
    free space they need, and swept at the next start if a crash cuts them short (a killed
    archive once left 1.7 GB in the system's temporary folder)."""
    from brdesk.services.import_staging import scratch_folder

    folder = scratch_folder(data_dir.root)
    return tempfile.TemporaryDirectory(prefix=leftovers.scratch_prefix(kind), dir=folder)


def _work_folder(data_dir: DataDir, out: Path) -> tempfile.TemporaryDirectory[str]:
    """Where an archive is assembled: scratch/, or, when the data folder cannot be written
    (an archive of a read-only stick), a hidden folder beside the archive itself."""
    try:
        return _scratch_dir(data_dir, "archive-")
    except OSError:
        return tempfile.TemporaryDirectory(prefix=".brdesk-archive-", dir=out.parent)


def _write_problem(where: Path, exc: BaseException, what: str) -> str:
    """A sentence for a failed write: a full disk and a read-only one said plainly."""
    import errno

    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOSPC or "full" in text:
        return f"Cannot {what}: the disk holding {where} is full. Free some space and try again."
    read_only = "readonly" in text or "read-only" in text
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or read_only:
        return (
            f"Cannot {what}: {where} cannot be written (a read-only or locked disk?). "
            "Nothing was changed."
        )
    return f"Cannot {what} in {where}: {exc}."
