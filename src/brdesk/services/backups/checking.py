"""What a backup holds and whether it may be restored: read without changing it, its
schema compared with what its revision must be, SQLite's own checks run."""

from __future__ import annotations

import logging
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from brdesk.db.health import broken_links, integrity
from brdesk.db.state import KNOWN_REVISIONS, connect_read_only, count_records, read_state
from brdesk.errors import BackupRefused, DatabaseRefused
from brdesk.languages import joined, marked, said, said_n
from brdesk.paths import DataDir
from brdesk.services.backups.archive import _manifest_time, _unpack_database
from brdesk.services.backups.catalogue import REASONS, list_backups, parse_name

log = logging.getLogger(__name__)


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
        when = f"{self.taken_at:%Y-%m-%d %H:%M}" if self.taken_at else marked("unknown date")
        reason = REASONS.get(self.reason, self.reason) if self.reason else None
        if reason:
            head = said("Backup {name}, taken {when} ({why})", name=self.path.name, when=when,
                        why=reason)  # fmt: skip
        else:
            head = said("Backup {name}, taken {when}", name=self.path.name, when=when)
        lines: list[str] = [head]
        if self.participant or self.reserve:
            lines.append("  " + ", ".join(x for x in (self.participant, self.reserve) if x))
        if self.counts:
            c = self.counts
            latest = (
                said(" (latest {day})", day=self.latest_observation)
                if self.latest_observation else ""
            )  # fmt: skip
            lines.append(said(
                "  {plans}, {objectives}, {actions}, {observations}{latest}, {items}, {files}",
                plans=said_n("%Ln plan(s)", "", c.get("plans", 0)),
                objectives=said_n("%Ln objective(s)", "", c.get("objectives", 0)),
                actions=said_n("%Ln action(s)", "", c.get("actions", 0)),
                observations=said_n("%Ln observation(s)", "", c.get("observations", 0)),
                latest=latest,
                items=said_n("%Ln follow-up item(s)", "", c.get("followup_items", 0)),
                files=said_n("%Ln attachment(s)", "", self.attachments),
            ))  # fmt: skip
        lines += [said("  PROBLEM: {problem}", problem=p) for p in self.problems]
        return joined(lines)


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
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # see state.connect_read_only
        summary.problems.append(f"{path.name} is damaged ({exc}).")
    finally:
        conn.close()
    return summary


def _read_contents(conn: sqlite3.Connection, summary: BackupSummary, full_check: bool) -> None:
    from brdesk.db.schema_check import check_schema

    if full_check:
        complaints = integrity(conn, quick=True)
        if complaints:
            summary.problems.append(f"{summary.path.name} fails SQLite's check: {complaints[0]}.")
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
    broken = broken_links(conn, limit=1) if full_check else []
    if broken:
        summary.problems.append(
            f"{summary.path.name} has records that point at records it does not hold "
            f"(table {broken[0][0]}): it is refused."
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
            complaints = integrity(conn, quick=True)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return complaints[0] if complaints else None
