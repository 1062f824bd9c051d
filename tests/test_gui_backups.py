"""Data safety in the window: the daily backup after start-up, the Backups dialog, restoring
with confirmation, and the offer of the newest good backup for a damaged database."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from brdesk.paths import DataDir
from brdesk.services import backups
from brdesk.ui.dialogs.backups_dialog import BackupsDialog
from brdesk.ui.main_window import MainWindow
from tests.gui_helpers import ScriptedPrompts, open_window, when_dialog_opens
from tests.test_backups import _corrupt, _participant, _rename_participant

# The laptop's own file (backups of the laptop's SQLite file):
# not run on the server (tests/server_folders.py).
pytestmark = pytest.mark.laptop_file


@pytest.fixture
def answers(prompts: ScriptedPrompts) -> ScriptedPrompts:
    """Every question is answered yes (restore); what the user is told is kept."""
    prompts.queue("confirm", *[True] * 5)
    return prompts


def _wait_restored(qtbot: QtBot, window: MainWindow) -> None:
    def restored() -> bool:
        return not window.operations.running() and window.store is not None

    qtbot.waitUntil(restored, timeout=30_000)
    # The modal "Restoring the backup…" box is gone: the window is the user's again.
    from PySide6.QtWidgets import QApplication, QProgressDialog

    busy = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    assert not [w for w in busy if w.isVisible()]


def test_a_daily_backup_follows_the_start(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    qtbot.waitUntil(lambda: bool(backups.list_backups(demo_dir / "backups")), timeout=20_000)
    qtbot.waitUntil(lambda: not window.operations.running(), timeout=20_000)
    (daily,) = backups.list_backups(demo_dir / "backups")
    assert daily.reason == "daily" and backups.summarize(daily.path).usable


def test_the_dialog_backs_up_and_the_window_restores(
    qtbot: QtBot, demo_dir: Path, answers: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    original = _participant(demo_dir)
    seen: dict[str, object] = {}

    def back_up_then_restore(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupsDialog)
        before = len(dialog.backups)
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(dialog.backups) == before + 1, timeout=20_000)
        qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=20_000)
        seen["rows"] = dialog.table.rowCount() - before
        seen["details"] = dialog.details.text()  # what the selected backup holds
        seen["newest"] = dialog.selected()
        _rename_participant(demo_dir, "Changed after the backup")
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, back_up_then_restore)
    window.backup_action.trigger()
    assert seen["rows"] == 1
    assert "observations" in str(seen["details"])
    newest = seen["newest"]
    assert isinstance(newest, Path) and newest.name.endswith("-manual.db")
    _wait_restored(qtbot, window)
    assert _participant(demo_dir) == original
    assert any("was restored" in text for text in answers.all_texts())
    assert window.pages["home"].isVisible() or window.current_page() is not None


def test_a_damaged_database_is_noticed_and_the_newest_good_backup_offered(
    qtbot: QtBot, demo_dir: Path, answers: ScriptedPrompts
) -> None:
    good = backups.take_backup(DataDir(demo_dir), "daily")
    _corrupt(demo_dir / "brdesk.db")
    damaged = hashlib.sha256((demo_dir / "brdesk.db").read_bytes()).hexdigest()
    window = MainWindow(DataDir(demo_dir))
    qtbot.addWidget(window)
    window.show()
    window.open_data()
    window._start_safety_check()  # as the timer would
    qtbot.waitUntil(lambda: any("damaged" in text for text in answers.all_texts()), timeout=20_000)
    assert good.name in answers.all_texts()[0]  # the offer names the backup
    _wait_restored(qtbot, window)
    assert backups.database_problem(demo_dir / "brdesk.db") is None
    (aside,) = [b for b in backups.list_backups(demo_dir / "backups") if b.reason == "damaged"]
    assert hashlib.sha256(aside.path.read_bytes()).hexdigest() == damaged


def test_an_unreadable_database_offers_the_backup_at_once(
    qtbot: QtBot, demo_dir: Path, answers: ScriptedPrompts
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
    assert "cannot be read as a database" in answers.all_texts()[0]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM observation").fetchone()[0] == 3000
    conn.close()
