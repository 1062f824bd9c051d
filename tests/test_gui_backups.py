"""Data safety in the window: the daily backup after start-up, the Backups dialog, restoring
with confirmation, and the offer of the newest good backup for a damaged database."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from brdesk.paths import DataDir
from brdesk.services import backups
from brdesk.ui.dialogs.backups_dialog import BackupsDialog
from brdesk.ui.main_window import MainWindow
from tests.gui_helpers import open_window
from tests.test_backups import _corrupt, _participant, _rename_participant


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box is answered Yes / Restore and recorded, never shown."""
    shown: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    def note(_parent: object, _title: str, text: str, *_a: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", note)
    monkeypatch.setattr(QMessageBox, "warning", note)
    monkeypatch.setattr(QMessageBox, "critical", note)
    monkeypatch.setattr("brdesk.ui.safety.confirm_restore", lambda *a: True)
    return shown


def _wait_restored(qtbot: QtBot, window: MainWindow) -> None:
    def restored() -> bool:
        return window.restore_task is None and window.store is not None

    qtbot.waitUntil(restored, timeout=30_000)


def test_a_daily_backup_follows_the_start(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    qtbot.waitUntil(lambda: bool(backups.list_backups(demo_dir / "backups")), timeout=20_000)
    qtbot.waitUntil(lambda: window.safety_task is None, timeout=20_000)
    (daily,) = backups.list_backups(demo_dir / "backups")
    assert daily.reason == "daily" and backups.summarize(daily.path).usable


def test_the_dialog_backs_up_and_the_window_restores(
    qtbot: QtBot, demo_dir: Path, answers: list[str]
) -> None:
    window = open_window(qtbot, demo_dir)
    original = _participant(demo_dir)
    dialog = BackupsDialog(DataDir(demo_dir), window)
    qtbot.addWidget(dialog)
    before = len(dialog.backups)
    dialog.backup_now()
    dialog.wait()
    qtbot.waitUntil(lambda: len(dialog.backups) == before + 1, timeout=20_000)
    assert dialog.table.rowCount() == before + 1
    assert "observations" in dialog.details.text()  # what the selected backup holds
    newest = dialog.selected()
    assert newest is not None and newest.name.endswith("-manual.db")

    _rename_participant(demo_dir, "Changed after the backup")
    window.restore_from(newest)
    _wait_restored(qtbot, window)
    assert _participant(demo_dir) == original
    assert any("was restored" in text for text in answers)
    assert window.pages["home"].isVisible() or window.current_page() is not None


def test_a_damaged_database_is_noticed_and_the_newest_good_backup_offered(
    qtbot: QtBot, demo_dir: Path, answers: list[str]
) -> None:
    good = backups.take_backup(DataDir(demo_dir), "daily")
    _corrupt(demo_dir / "brdesk.db")
    damaged = hashlib.sha256((demo_dir / "brdesk.db").read_bytes()).hexdigest()
    window = MainWindow(DataDir(demo_dir))
    qtbot.addWidget(window)
    window.show()
    window.open_data()
    window._start_safety_check()  # as the timer would
    qtbot.waitUntil(lambda: any("damaged" in text for text in answers), timeout=20_000)
    assert good.name in answers[0]  # the offer names the backup
    _wait_restored(qtbot, window)
    assert backups.database_problem(demo_dir / "brdesk.db") is None
    (aside,) = [b for b in backups.list_backups(demo_dir / "backups") if b.reason == "damaged"]
    assert hashlib.sha256(aside.path.read_bytes()).hexdigest() == damaged


def test_an_unreadable_database_offers_the_backup_at_once(
    qtbot: QtBot, demo_dir: Path, answers: list[str]
) -> None:
    backups.take_backup(DataDir(demo_dir), "daily")
    db = demo_dir / "brdesk.db"
    for side in ("-wal", "-shm"):
        Path(str(db) + side).unlink(missing_ok=True)
    db.write_bytes(b"garbage" * 5000)  # not even a database header
    window = MainWindow(DataDir(demo_dir))
    qtbot.addWidget(window)
    window.show()
    window.open_data()
    _wait_restored(qtbot, window)
    assert "cannot be read as a database" in answers[0]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM observation").fetchone()[0] == 3000
    conn.close()
