"""The backups folder: how a backup is named (when and why it was taken), listed, and
thinned out (the rotation keeps the newest, one a day for a week, one a week for a month,
and every manual, pre-upgrade and damaged copy)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from brdesk.db.backup import STAMP
from brdesk.languages import marked

log = logging.getLogger(__name__)


REASONS = {
    "daily": marked("daily"),
    "manual": marked("taken by you"),
    "before-import": marked("before an import"),
    "before-restore": marked("before a restore"),
    "before-upgrade": marked("before an upgrade of brdesk's data format"),
    "before-demo": marked("before the demo replaced the data"),
    "damaged": marked("the damaged database, set aside"),
    "archive": marked("an archive with attachments"),
}

#: Kept whatever their age: the user asked for them, or an upgrade cannot be undone without.
KEPT_ALWAYS = ("manual", "before-upgrade", "damaged")

DAILY_KEPT = 7

WEEKLY_KEPT = 4

NEWEST_KEPT = 3

DAILY_EVERY = timedelta(days=1)

_NAME = re.compile(r"^brdesk-(?:(?P<reason>[a-z-]+?)-(?:(?P<rev>\d{4})-)?)?(?P<stamp>\d{8}-\d{6})"
                   r"(?:-(?P<after>[a-z-]+))?\.db$")  # fmt: skip


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)


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
