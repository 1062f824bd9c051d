"""One owner per data folder: a window or a writing command holds it; another writer is
told who, and changes nothing; a crashed holder never leaves the folder locked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from brdesk.errors import FolderBusy
from brdesk.services.folder_owner import FolderOwner, holder_of
from brdesk.services.store import Store
from tests.gui_helpers import ScriptedPrompts

HOLD = (
    "import sys, time; from pathlib import Path; "
    "from brdesk.services.folder_owner import FolderOwner; "
    "owner = FolderOwner(Path(sys.argv[1]), 'the command \\'brdesk import observations\\''); "
    "owner.take(); "
    "print('held', flush=True); time.sleep(120)"
)


@pytest.fixture
def held(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the data folder (as a long import would)."""
    Store.open(data_dir).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    yield holder
    holder.kill()
    holder.wait()


def _brdesk(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_second_owner_is_told_who_holds_the_folder(
    data_dir: Path, held: subprocess.Popen[str]
) -> None:
    holder = holder_of(data_dir)
    assert holder is not None and holder.pid == held.pid
    assert holder.what == "the command 'brdesk import observations'"
    with pytest.raises(FolderBusy, match=r"in use by the command 'brdesk import observations' "
                       rf"\(process {held.pid} on this computer, since "):  # fmt: skip
        FolderOwner(data_dir, "test").take()


def test_a_crashed_holder_never_leaves_the_folder_locked(
    data_dir: Path, held: subprocess.Popen[str]
) -> None:
    held.send_signal(signal.SIGKILL)  # as a crash or a power cut would
    held.wait()
    assert holder_of(data_dir) is None
    with FolderOwner(data_dir, "test") as owner:
        assert owner.held
        mine = holder_of(data_dir)
        assert mine is not None and (mine.pid, mine.what) == (os.getpid(), "test")
    assert (data_dir / "brdesk.lock").read_text() == ""  # released: no stale holder left


@pytest.mark.laptop_file
def test_restore_and_import_are_refused_while_another_holds_the_folder(
    data_dir: Path, held: subprocess.Popen[str], tmp_path: Path
) -> None:
    backup = tmp_path / "backup.zip"
    assert _brdesk(data_dir, "backup", str(backup)).returncode == 0  # reading needs no hold
    before = (data_dir / "brdesk.db").read_bytes()
    restore = _brdesk(data_dir, "restore", str(backup), "--yes")
    assert restore.returncode == 1
    assert f"in use by the command 'brdesk import observations' (process {held.pid}" in (
        restore.stderr
    )
    assert "Nothing was changed" in restore.stderr
    sheet = tmp_path / "sightings.csv"
    sheet.write_text("date,category,species\n2025-10-01,species,Panthera uncia\n")
    imported = _brdesk(data_dir, "import", "observations", str(sheet))
    assert imported.returncode == 1 and "in use by" in imported.stderr
    assert (data_dir / "brdesk.db").read_bytes() == before
    held.kill()
    held.wait()
    assert _brdesk(data_dir, "import", "observations", str(sheet)).returncode == 0


@pytest.mark.laptop_file
def test_a_second_window_waits_for_the_folder_and_then_holds_it(
    qtbot: QtBot,
    data_dir: Path,
    held: subprocess.Popen[str],
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    from brdesk.paths import DataDir
    from brdesk.ui.main_window import MainWindow

    window = MainWindow(DataDir(data_dir))
    qtbot.addWidget(window)
    window.show()
    prompts.queue("ask_choice", 2)  # Cancel
    assert not window.open_data()
    (question,) = [q for q in prompts.asked if q.kind == "ask_choice"]
    assert question.title == "Data folder in use"
    assert f"process {held.pid}" in question.text
    assert window.store is None and "could not be opened" in window.loading.text()

    held.kill()
    held.wait()
    assert window.open_data()  # the other brdesk has gone: nothing to ask
    assert window.store is not None
    backup = tmp_path / "backup.zip"
    assert _brdesk(data_dir, "backup", str(backup)).returncode == 0
    restore = _brdesk(data_dir, "restore", str(backup), "--yes")
    assert restore.returncode == 1 and "in use by a brdesk window" in restore.stderr
    window.close()
    assert holder_of(data_dir) is None  # closing the window lets go of the folder


@pytest.mark.laptop_file
def test_a_second_window_may_look_read_only_and_export_while_another_holds_the_folder(
    qtbot: QtBot,
    data_dir: Path,
    held: subprocess.Popen[str],
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from brdesk.paths import DataDir
    from brdesk.ui.main_window import MainWindow

    with Store.open(data_dir) as store:
        from brdesk.services.demo import fill_demo

        fill_demo(store, observations=40)
    before = (data_dir / "brdesk.db").read_bytes()
    window = MainWindow(DataDir(data_dir))
    qtbot.addWidget(window)
    window.show()
    prompts.queue("ask_choice", 0)  # Open read-only
    assert window.open_data()
    assert window.store.read_only is not None
    banner = window.read_only_banner.text()
    assert window.read_only_banner.isVisible() and "Read-only" in banner
    assert f"process {held.pid}" in banner
    assert not window.import_action.isEnabled() and not window.backup_action.isEnabled()

    window.show_page("plan")
    plan = window.page("plan")
    assert plan.delete_button.isHidden() and plan.add_action_button.isHidden()
    window.show_page("reserve")
    reserve = window.page("reserve")
    name = next(e for e in reserve.findChildren(QLineEdit) if e.accessibleName() == "Reserve name")
    assert name.isReadOnly()
    qtbot.keyClicks(name, " changed")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert "changed" not in name.text()

    out = tmp_path / "plan.xlsx"
    prompts.queue("choose_save", str(out))
    window.export_plan_action.trigger()
    assert out.stat().st_size > 0
    assert (data_dir / "brdesk.db").read_bytes() == before
    holder = holder_of(data_dir)
    assert holder is not None and holder.pid == held.pid  # the window never took it

    held.kill()  # the other brdesk has gone: opened again, the folder can be edited
    held.wait()
    assert window.open_data() and window.store.read_only is None
    assert not window.read_only_banner.isVisible()
    assert window.new_item_action.isEnabled() and window.import_action.isEnabled()
    window.close()


@pytest.mark.laptop_file
def test_a_restore_during_a_real_import_is_refused_and_the_import_loses_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    """The case that once lost 100,000 rows: `restore --yes` while `import observations`
    ran printed success for both, and the rows were in neither the database nor a backup."""
    import sqlite3
    import time

    assert _brdesk(data_dir, "demo", "--observations", "200").returncode == 0
    backup = tmp_path / "old.zip"
    assert _brdesk(data_dir, "backup", str(backup)).returncode == 0
    sheet = tmp_path / "big.csv"
    rows = "".join(
        f"urn:test:{n},HumanObservation,Panthera uncia,2025-02-{1 + n % 28:02d},Ridge {n}\n"
        for n in range(60_000)
    )
    sheet.write_text("occurrenceID,basisOfRecord,scientificName,eventDate,locality\n" + rows)
    importing = subprocess.Popen(
        [sys.executable, "-m", "brdesk", "--data-dir", str(data_dir), "import",
         "observations", str(sheet)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while (holder := holder_of(data_dir)) is None or "import" not in holder.what:
        assert importing.poll() is None and time.monotonic() < deadline, "the import never began"
        time.sleep(0.02)
    restore = _brdesk(data_dir, "restore", str(backup), "--yes")
    out, err = importing.communicate(timeout=300)
    assert restore.returncode == 1, restore.stdout + restore.stderr
    assert "in use by the command 'brdesk import observations'" in restore.stderr
    assert importing.returncode == 0 and "Imported 60,000 observations" in out, err
    with sqlite3.connect(data_dir / "brdesk.db") as conn:
        assert conn.execute("SELECT count(*) FROM observation").fetchone() == (60_200,)


def test_where_locks_are_not_honoured_two_writers_still_keep_every_change(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A network share that ignores locks lets two brdesk take one folder (README). What
    then holds is SQLite's own locking: each write waits its turn (BEGIN IMMEDIATE, up to
    the busy timeout) and every change of both is kept."""
    import threading

    from brdesk.services import folder_owner
    from brdesk.services.observations import ObservationService

    monkeypatch.setattr(folder_owner, "_lock", lambda handle: True)  # the share's lie
    Store.open(data_dir).close()
    first, second = FolderOwner(data_dir, "one"), FolderOwner(data_dir, "two")
    first.take()
    second.take()
    assert first.held and second.held
    failures: list[BaseException] = []

    def write(name: str) -> None:
        try:
            with Store.open(data_dir) as store:
                service = ObservationService(store)
                for n in range(150):
                    service.create(
                        observed_on="2025-10-03", category="species", subject=f"{name} {n}"
                    )
        except BaseException as exc:
            failures.append(exc)

    writers = [threading.Thread(target=write, args=(name,)) for name in ("one", "two")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=120)
    first.release()
    second.release()
    assert failures == []
    with Store.open(data_dir) as store:
        assert store.counts()["observations"] == 300
