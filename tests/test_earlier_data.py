"""Upgrading from a stick: a newer brdesk unzipped beside an older one finds the older one's
data, copies it (the old folder untouched), and brings it up to date; data written by a
newer brdesk is refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from brdesk.db.state import HEAD_REVISION, read_state
from brdesk.errors import BrdeskError, DatabaseRefused
from brdesk.paths import DataDir
from brdesk.services.earlier_data import bring, data_root_of, find_earlier, inspect
from brdesk.services.store import Store
from tests.conftest import FIXTURES
from tests.gui_helpers import ScriptedPrompts, open_window

#: An earlier brdesk's data is its laptop file, brought into this one's folder as a file.
pytestmark = pytest.mark.laptop_file

OLDEST = FIXTURES / "dbs" / "0001.db"  # the schema the first release wrote


def _old_brdesk(parent: Path, name: str, fixture: Path = OLDEST) -> Path:
    """An unzipped earlier build with its portable data folder: brdesk-data/brdesk.db and a
    scan among its attachments."""
    data = parent / name / "brdesk-data"
    (data / "attachments" / "ab").mkdir(parents=True)
    shutil.copy(fixture, data / "brdesk.db")
    (data / "attachments" / "ab" / "scan.png").write_bytes(b"\x89PNG scan")
    (parent / name / "portable.txt").write_text("")
    return data


def _written_by_a_newer_brdesk(data: Path) -> None:
    conn = sqlite3.connect(data / "brdesk.db")
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return h.hexdigest()


def test_found_beside_the_new_build_and_brought_up_to_date(tmp_path: Path) -> None:
    old = _old_brdesk(tmp_path, "brdesk-0.1")
    before = _digest(old.parent)
    new_program = tmp_path / "brdesk-0.2"
    new_program.mkdir()
    target = DataDir(new_program / "brdesk-data")

    (found,) = find_earlier(target, new_program)
    assert found.root == old and found.revision == "0001" and not found.newer
    assert found.counts["observations"] == 1
    assert "1 observation" in found.describe()

    bring(found, target, target_has_data=False)
    with Store.open(target) as store:  # upgraded on opening, after a backup
        assert store.counts()["observations"] == 1
    assert read_state(target.db_path).revision == HEAD_REVISION
    assert (target.attachments / "ab" / "scan.png").read_bytes() == b"\x89PNG scan"
    assert any("before-upgrade" in p.name for p in target.backups.iterdir())
    assert _digest(old.parent) == before  # the earlier folder was not changed


def test_refusals_change_nothing(tmp_path: Path) -> None:
    newer = _old_brdesk(tmp_path, "brdesk-9.0")
    _written_by_a_newer_brdesk(newer)
    target = DataDir(tmp_path / "mine")
    found = inspect(newer)
    assert found.newer
    with pytest.raises(DatabaseRefused, match="written by a newer brdesk"):
        bring(found, target, target_has_data=False)
    assert not target.db_path.exists()

    old = inspect(_old_brdesk(tmp_path, "brdesk-0.1"))
    target.root.mkdir()
    (target.root / "brdesk.db").write_bytes(b"mine")
    with pytest.raises(BrdeskError, match="already holds data: nothing was copied"):
        bring(old, target, target_has_data=True)
    assert (target.root / "brdesk.db").read_bytes() == b"mine"
    with pytest.raises(BrdeskError, match="No brdesk data in"):
        data_root_of(tmp_path / "mine" / "nothing-here")


def test_an_older_brdesk_refuses_newer_data_untouched(tmp_path: Path) -> None:
    data = _old_brdesk(tmp_path, "brdesk-9.0")
    _written_by_a_newer_brdesk(data)
    before = (data / "brdesk.db").read_bytes()
    with pytest.raises(DatabaseRefused, match="newer version of brdesk"):
        Store.open(DataDir(data))
    assert (data / "brdesk.db").read_bytes() == before


def test_the_welcome_page_offers_the_earlier_data(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _old_brdesk(tmp_path, "brdesk-0.1")
    new_program = tmp_path / "brdesk-0.2"
    new_program.mkdir()
    monkeypatch.setattr("brdesk.paths.program_dir", lambda *a, **k: new_program)
    window = open_window(qtbot, new_program / "brdesk-data")
    welcome = window.welcome
    assert window.stack.currentWidget() is welcome
    assert welcome.bring_button.isVisible() and str(old) in welcome.earlier.text()
    prompts.queue("confirm", True)
    qtbot.mouseClick(welcome.bring_button, Qt.MouseButton.LeftButton)
    assert "Copy this data into" in prompts.texts("confirm")[0]
    assert window.store.counts()["observations"] == 1
    assert window.stack.currentWidget() is not welcome


def test_file_menu_brings_a_chosen_folder(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    old = _old_brdesk(tmp_path, "old-laptop-copy")
    window = open_window(qtbot, tmp_path / "mine")
    prompts.queue("choose_folder", old.parent)  # the whole earlier folder will do
    prompts.queue("confirm", True)
    window.bring_action.trigger()
    assert window.store.counts()["observations"] == 1
    # A second time, into a folder that now holds data: refused, said, nothing changed.
    prompts.queue("choose_folder", old)
    prompts.queue("confirm", True)
    window.bring_action.trigger()
    assert "already holds data" in prompts.texts("warn")[-1]
    assert window.store.counts()["observations"] == 1


def test_command_line(tmp_path: Path) -> None:
    old = _old_brdesk(tmp_path, "brdesk-0.1")
    target = tmp_path / "new-data"
    result = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(target), "bring", str(old.parent)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Brought 0 actions and 1 observation" in result.stdout
    again = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(target), "bring", str(old.parent)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert again.returncode == 1 and "already holds data" in again.stderr
