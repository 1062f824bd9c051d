"""Backups: taken consistently, thinned out, checked, and restored without losing anything."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from brdesk.errors import BackupRefused, DatabaseDamaged, DataFolderError
from brdesk.paths import DataDir
from brdesk.services import backups
from brdesk.services.attachments import AttachmentService
from brdesk.services.backups import taking
from brdesk.services.store import Store

# The laptop's own file (backups of the laptop's SQLite file):
# not run on the server (tests/server_folders.py).
pytestmark = pytest.mark.laptop_file


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _participant(root: Path) -> str:
    conn = sqlite3.connect(root / "brdesk.db")
    try:
        return str(conn.execute("SELECT full_name FROM participant").fetchone()[0])
    finally:
        conn.close()


def _rename_participant(root: Path, name: str) -> None:
    conn = sqlite3.connect(root / "brdesk.db")
    with conn:
        conn.execute("UPDATE participant SET full_name = ?", (name,))
    conn.close()


def _corrupt(db: Path) -> None:
    """Garbage over the middle of the file: pages in use, so SQLite's check fails."""
    raw = bytearray(db.read_bytes())
    page = 4096
    for start in range(2 * page, len(raw) // 2, page):
        raw[start + 100 : start + 300] = b"\xa5" * 200
    db.write_bytes(bytes(raw))


def test_backup_then_restore_brings_back_the_data_and_keeps_todays(demo_dir: Path) -> None:
    data = DataDir(demo_dir)
    original = _participant(demo_dir)
    taken = backups.take_backup(data, "manual")
    assert backups.summarize(taken).usable
    _rename_participant(demo_dir, "Changed after the backup")

    result = backups.restore(data, taken)
    assert _participant(demo_dir) == original
    # What was there before the restore is itself a backup, and holds the change.
    assert result.previous is not None and result.previous.name.endswith("-before-restore.db")
    assert backups.summarize(result.previous).participant == "Changed after the backup"
    with Store.open(demo_dir) as store:  # and the restored folder opens as usual
        assert store.counts()["observations"] == 3000


def test_the_summary_says_what_a_backup_holds(demo_dir: Path) -> None:
    summary = backups.summarize(backups.take_backup(DataDir(demo_dir), "daily"))
    assert summary.usable and summary.reason == "daily"
    assert summary.counts["observations"] == 3000 and summary.counts["actions"] > 0
    text = summary.describe()
    assert "3,000 observations" in text and "daily" in text
    assert summary.reserve and summary.reserve in text


def test_an_archive_carries_the_attachments_to_an_empty_folder(
    demo_dir: Path, tmp_path: Path
) -> None:
    photo = tmp_path / "leopard.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"spots" * 1000)
    with Store.open(demo_dir) as store:
        attachment = AttachmentService(store).add(photo, observation_id=1)
    archive = backups.write_archive(DataDir(demo_dir), tmp_path / "carry.zip")

    empty = DataDir(tmp_path / "new-laptop")
    result = backups.restore(empty, archive)
    assert result.previous is None and result.attachments_added == 1
    restored = empty.attachments / attachment.stored_name
    assert restored.read_bytes() == photo.read_bytes()
    assert _participant(empty.root) == _participant(demo_dir)
    assert backups.restore(empty, archive).attachments_added == 0  # already there


def test_the_daily_backup_is_due_after_a_day(demo_dir: Path) -> None:
    data = DataDir(demo_dir)
    start = datetime(2026, 11, 1, 8, 0)
    assert backups.needs_daily(data, start)
    assert backups.take_daily_if_due(data, start) is not None
    assert backups.take_daily_if_due(data, start + timedelta(hours=23)) is None
    assert backups.take_daily_if_due(data, start + timedelta(hours=25)) is not None


def test_rotation_keeps_7_days_4_weeks_and_every_manual_and_upgrade_copy(tmp_path: Path) -> None:
    now = datetime(2026, 11, 22, 12, 0)
    made = []
    for hours in range(0, 60 * 24, 8):  # three a day for sixty days
        made.append(backups.backup_path(tmp_path, "daily", now - timedelta(hours=hours)))
    made.append(backups.backup_path(tmp_path, "manual", now - timedelta(days=200)))
    upgrade = tmp_path / "brdesk-before-upgrade-0003-20250101-101010.db"  # the older naming
    for path in [*made, upgrade]:
        path.write_bytes(b"")
    backups.rotate(tmp_path, now)
    left = backups.list_backups(tmp_path)
    names = {b.path.name for b in left}
    assert upgrade.name in names
    assert any(b.reason == "manual" for b in left)
    assert {b.reason for b in left} == {"daily", "manual", "before-upgrade"}
    daily = [b for b in left if b.reason == "daily"]
    days = {b.taken_at.date() for b in daily}
    assert {(now - timedelta(days=d)).date() for d in range(7)} <= days
    weeks = {b.taken_at.isocalendar()[:2] for b in daily}
    assert len(weeks) == 4
    assert len(daily) <= 3 + 7 + 4
    assert max(b.taken_at for b in daily) == now  # the newest is never thinned out


@pytest.mark.parametrize("kind", ["not-sqlite", "foreign", "newer", "damaged"])
def test_a_bad_backup_is_refused_and_nothing_changes(
    demo_dir: Path, tmp_path: Path, kind: str
) -> None:
    bad = tmp_path / "bad.db"
    if kind == "not-sqlite":
        bad.write_bytes(b"this is a text file\n" * 100)
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE cats (name TEXT)")
        conn.commit()
        conn.close()
    else:
        backups.take_backup(DataDir(demo_dir), "manual")
        source = backups.list_backups(DataDir(demo_dir).backups)[0].path
        bad.write_bytes(source.read_bytes())
        if kind == "newer":
            conn = sqlite3.connect(bad)
            with conn:
                conn.execute("UPDATE alembic_version SET version_num = '9999'")
            conn.close()
        else:
            _corrupt(bad)
    before = _digest(demo_dir / "brdesk.db")
    kept = sorted(p.name for p in (demo_dir / "backups").glob("*"))
    summary = backups.summarize(bad)
    assert not summary.usable and summary.problems
    with pytest.raises(BackupRefused, match=r"bad\.db cannot be restored"):
        backups.restore(DataDir(demo_dir), bad)
    assert _digest(demo_dir / "brdesk.db") == before
    assert sorted(p.name for p in (demo_dir / "backups").glob("*")) == kept


def test_a_damaged_database_is_set_aside_whole_never_overwritten(demo_dir: Path) -> None:
    data = DataDir(demo_dir)
    good = backups.take_backup(data, "daily")
    _corrupt(data.db_path)
    damaged = _digest(data.db_path)
    assert backups.database_problem(data.db_path) is not None
    newest = backups.newest_good_backup(data)
    assert newest is not None and newest.path == good
    # A damaged database makes no backup (it would push good ones out of the rotation).
    with pytest.raises(DatabaseDamaged):
        backups.take_backup(data, "daily")
    assert [b.path for b in backups.list_backups(data.backups)] == [good]

    result = backups.restore(data, good)
    assert result.previous is not None and result.previous.name.endswith("-damaged.db")
    assert _digest(result.previous) == damaged  # the damaged file, byte for byte
    assert backups.database_problem(data.db_path) is None


def _archive(members: dict[str, bytes], manifest: object | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        if manifest is not False:
            z.writestr(
                "manifest.json",
                json.dumps(manifest or {"format": "brdesk-backup", "version": 1}),
            )
        for name, content in members.items():
            z.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("members", "manifest", "message"),
    [
        ({"brdesk.db": b"x", "../../evil.txt": b"x"}, None, "it holds '../../evil.txt'"),
        ({"brdesk.db": b"x", "/etc/evil": b"x"}, None, "it holds '/etc/evil'"),
        ({"brdesk.db": b"x", "attachments/../x": b"x"}, None, "it holds 'attachments/../x'"),
        ({"brdesk.db": b"\0" * (60 * 2**20)}, None, "zip bomb"),
        ({"brdesk.db": b"x"}, {"format": "something-else", "version": 1}, "not a brdesk"),
        ({"brdesk.db": b"x"}, {"format": "brdesk-backup", "version": 99}, "newer brdesk"),
        ({"brdesk.db": b"x"}, {"format": "brdesk-backup", "version": "1"}, "newer brdesk"),
        ({"attachments/a.jpg": b"x"}, None, "not a brdesk backup archive"),
        ({"brdesk.db": b"not a database"}, None, "cannot be restored"),
    ],
)
def test_hostile_archives_are_refused_and_nothing_is_written(
    demo_dir: Path, tmp_path: Path, members: dict[str, bytes], manifest: object, message: str
) -> None:
    hostile = tmp_path / "hostile" / "stick.zip"
    hostile.parent.mkdir()
    hostile.write_bytes(_archive(members, manifest))
    before = _digest(demo_dir / "brdesk.db")
    with pytest.raises(BackupRefused, match=re.escape(message)):
        backups.restore(DataDir(demo_dir), hostile)
    assert _digest(demo_dir / "brdesk.db") == before
    assert not (demo_dir / "backups").exists() or not list((demo_dir / "backups").iterdir())
    assert not (tmp_path / "evil.txt").exists() and sorted(hostile.parent.iterdir()) == [hostile]
    assert not backups.summarize(hostile).usable


def test_full_and_read_only_disks_are_said_plainly(
    demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = DataDir(demo_dir)
    for code, words in ((errno.ENOSPC, "is full|filled up"), (errno.EROFS, "is read-only")):

        def fail(*_args: object, code: int = code) -> Path:
            raise OSError(code, "simulated")

        monkeypatch.setattr(taking, "online_copy", fail)
        with pytest.raises(DataFolderError, match=words):
            backups.take_backup(data, "manual")
    assert not list(data.backups.glob("*.db"))


def _cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(root), *args],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_command_line_backup_list_and_restore(demo_dir: Path, tmp_path: Path) -> None:
    made = _cli(demo_dir, "backup")
    assert made.returncode == 0, made.stderr
    name = made.stdout.strip().rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    listed = _cli(demo_dir, "backups")
    assert name in listed.stdout and "taken by you" in listed.stdout
    _rename_participant(demo_dir, "Changed")
    refused = _cli(demo_dir, "restore", name)  # no terminal to ask: --yes is required
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert _participant(demo_dir) == "Changed"
    restored = _cli(demo_dir, "restore", name, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "3,000 observations" in restored.stdout
    assert _participant(demo_dir) != "Changed"
    archive = _cli(demo_dir, "backup", str(tmp_path / "out.zip"))
    assert archive.returncode == 0 and zipfile.is_zipfile(tmp_path / "out.zip")
    wrong = _cli(demo_dir, "backup", str(tmp_path / "out.db"))
    assert wrong.returncode == 1 and "is a .zip file" in wrong.stderr


def test_an_import_is_preceded_by_a_backup(demo_dir: Path, tmp_path: Path) -> None:
    from brdesk.services.importer import commit_import, preview_import

    csv = tmp_path / "field.csv"
    csv.write_text(
        "date,category,subject,latitude,longitude\n2025-05-01,species,Panthera uncia,27.7,86.7\n",
        encoding="utf-8",
    )
    with Store.open(demo_dir) as store:
        assert commit_import(store, preview_import(store, csv)) == 1
    taken = backups.list_backups(demo_dir / "backups")
    assert [b.reason for b in taken] == ["before-import"]
    assert backups.summarize(taken[0].path).counts["observations"] == 3000  # before it


def test_no_room_for_a_backup_is_said_before_anything_is_written(
    demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(taking.shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 1000))
    with pytest.raises(DataFolderError, match="MB free"):
        backups.take_backup(DataDir(demo_dir), "manual")
    assert not list((demo_dir / "backups").glob("*.db*"))


def test_rotation_clears_copies_a_crash_left_half_written(demo_dir: Path) -> None:
    data = DataDir(demo_dir)
    data.backups.mkdir(exist_ok=True)
    old = data.backups / "brdesk-20261101-080000-daily.db.partial"
    old.write_bytes(b"half")
    os.utime(old, (0, 0))
    fresh = data.backups / "brdesk-20261122-080000-daily.db.partial"
    fresh.write_bytes(b"being written")  # perhaps by another brdesk right now
    backups.take_backup(data, "manual")
    assert not old.exists() and fresh.exists()
