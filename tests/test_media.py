"""Read-only and full media, made real: a read-only mount, a folder the system refuses to
change, and a disk filled to the last byte. brdesk runs on them as a user would run it (a
separate process) and must say what is true, never "unexpected error" and never advice to
restore a backup, and must change nothing.

The mounts need a mount namespace (`unshare --mount`, as root: CI's case); the folder the
system refuses to change is made with `chattr +i`, which binds root too.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from brdesk.services.demo import fill_demo
from brdesk.services.store import Store
from tests.gui_helpers import ScriptedPrompts

# The laptop's own file (read-only and full disks under the laptop's file):
# not run on the server (tests/server_folders.py).
pytestmark = pytest.mark.laptop_file

FIXTURES = Path(__file__).parent / "fixtures"
KOBO = FIXTURES / "imports" / "kobo.csv"

needs_root = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or shutil.which("unshare") is None,
    reason="read-only mounts and a full disk are made in a mount namespace, as root",
)


@dataclass
class Ran:
    code: int
    out: str
    err: str

    @property
    def said(self) -> str:
        return self.out + self.err


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "brdesk.log"
    }


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("media") / "data"
    with Store.open(root) as store:
        fill_demo(store, observations=300)
    return root


def _run_in_namespace(setup: str, commands: list[list[str]], work: Path) -> list[Ran]:
    """Run `setup` (shell, as root) and then each brdesk command in one mount namespace;
    what the commands print is collected in work/, outside the mounts."""
    work.mkdir(parents=True, exist_ok=True)
    lines = ["set -e", setup, "set +e"]
    for n, argv in enumerate(commands):
        command = shlex.join([sys.executable, "-m", "brdesk", *argv])
        lines.append(f"{command} > {work}/{n}.out 2> {work}/{n}.err; echo $? > {work}/{n}.rc")
    script = work / "run.sh"
    script.write_text("\n".join(lines) + "\n")
    done = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "bash", str(script)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return [
        Ran(
            int((work / f"{n}.rc").read_text()),
            (work / f"{n}.out").read_text(),
            (work / f"{n}.err").read_text(),
        )
        for n in range(len(commands))
    ]


def _assert_true_refusal(ran: Ran, *words: str) -> None:
    assert ran.code == 1, ran.said
    said = ran.said.lower()
    assert "unexpected" not in said and "traceback" not in said, ran.said
    assert "restore a backup" not in said and "damaged" not in said, ran.said
    assert "nothing was changed" in said, ran.said
    for word in words:
        assert word in said, ran.said


@needs_root
def test_a_read_only_mount_reads_and_exports_and_says_why_it_cannot_write(
    demo_folder: Path, tmp_path: Path
) -> None:
    data = tmp_path / "stick"
    shutil.copytree(demo_folder, data)
    before = _digest(data)
    out = tmp_path / "out"
    out.mkdir()
    backup = next((demo_folder / "backups").glob("*.db"), None)
    restore_from = str(backup) if backup else str(demo_folder / "brdesk.db")
    commands = [
        ["--data-dir", str(data), "check"],
        ["--data-dir", str(data), "export", "plan", str(out / "plan.xlsx")],
        ["--data-dir", str(data), "export", "observations", str(out / "obs.csv")],
        ["--data-dir", str(data), "export", "report", str(out / "report.docx")],
        ["--data-dir", str(data), "export", "package", str(out / "all.brdesk")],
        ["--data-dir", str(data), "backups"],
        ["--data-dir", str(data), "import", "observations", str(KOBO), "--skip-invalid"],
        ["--data-dir", str(data), "demo", "--force"],
        ["--data-dir", str(data), "backup"],
        ["--data-dir", str(data), "backup", str(out / "carry.zip")],
        ["--data-dir", str(data), "restore", restore_from, "--yes"],
        ["--data-dir", str(data), "import", "package", str(out / "all.brdesk")],
    ]
    ran = _run_in_namespace(f"mount --bind -o ro {data} {data}", commands, tmp_path / "work")
    check, plan, obs, report, package, listing = ran[:6]
    assert check.code == 0 and "Healthy" in check.out, check.said
    for done in (plan, obs, report, package, listing):
        assert done.code == 0, done.said
    assert (out / "plan.xlsx").stat().st_size > 0
    assert (out / "report.docx").stat().st_size > 0
    assert len((out / "obs.csv").read_text(encoding="utf-8-sig").splitlines()) == 301
    for refused in ran[6:9] + ran[10:]:
        _assert_true_refusal(refused, "read-only")
    # an archive is written elsewhere: it is a reading of the folder, and it works
    archive = ran[9]
    assert archive.code == 0, archive.said
    assert (out / "carry.zip").stat().st_size > 0
    assert _digest(data) == before


@needs_root
def test_a_folder_the_system_will_not_let_change_is_said_so(
    demo_folder: Path, tmp_path: Path
) -> None:
    data = tmp_path / "locked"
    shutil.copytree(demo_folder, data)
    out = tmp_path / "out"
    out.mkdir()
    locked = [data, *data.rglob("*")]
    subprocess.run(["chattr", "+i", *map(str, locked)], check=True)
    try:
        commands = [
            ["--data-dir", str(data), "export", "plan", str(out / "plan.csv")],
            ["--data-dir", str(data), "import", "observations", str(KOBO), "--skip-invalid"],
        ]
        ran = _run_in_namespace("true", commands, tmp_path / "work")
    finally:
        subprocess.run(["chattr", "-i", *map(str, locked)], check=True)
    assert ran[0].code == 0, ran[0].said
    assert (out / "plan.csv").is_file()
    _assert_true_refusal(ran[1], "not allowed to change files")


@needs_root
def test_a_full_disk_is_called_full_with_the_space_left(demo_folder: Path, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    data = disk / "data"
    # A crash left changes in the -wal (no -shm): reading them needs room for the -shm.
    crashed = tmp_path / "crashed"
    shutil.copytree(demo_folder, crashed)
    _leave_a_wal(crashed)
    commands = [
        ["--data-dir", str(data), "check"],
        ["--data-dir", str(data), "import", "observations", str(KOBO), "--skip-invalid"],
        ["--data-dir", str(data), "backup"],
        ["--data-dir", str(data), "demo", "--force"],
    ]
    setup = "\n".join(
        [
            f"mount -t tmpfs -o size=6m tmpfs {disk}",
            f"cp -a {crashed} {data}",
            f"rm -f {data}/brdesk.db-shm",
            f"dd if=/dev/zero of={disk}/filler bs=64k 2>/dev/null || true",
        ]
    )
    ran = _run_in_namespace(setup, commands, tmp_path / "work")
    check, importing, backup, demo = ran
    assert check.code == 1
    assert "disk i/o error" not in check.said.lower()
    assert "is full" in check.said and "says nothing about damage" in check.said, check.said
    for refused in (importing, demo, backup):
        _assert_true_refusal(refused, "is full", "mb free", "needs at least 2 mb")


@needs_root
def test_a_disk_that_fills_during_an_import_keeps_the_data_as_it_was(
    demo_folder: Path, tmp_path: Path
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    data = disk / "data"
    big = tmp_path / "big.csv"
    header = "occurrenceID,basisOfRecord,scientificName,eventDate,locality,occurrenceRemarks\n"
    rows = "".join(
        f"urn:test:{n},HumanObservation,Panthera uncia,2025-02-{1 + n % 28:02d},"
        f"Upper valley {n},Tracks in fresh snow near the ridge {n}\n"
        for n in range(80_000)
    )
    big.write_text(header + rows, encoding="utf-8")
    setup = "\n".join(
        [
            f"mount -t tmpfs -o size=12m tmpfs {disk}",
            f"cp -a {demo_folder} {data}",
            f"dd if=/dev/zero of={disk}/filler bs=1M count=6 2>/dev/null",
        ]
    )
    commands = [
        ["--data-dir", str(data), "import", "observations", str(big), "--skip-invalid"],
        ["--data-dir", str(data), "check"],
    ]
    importing, check = _run_in_namespace(setup, commands, tmp_path / "work")
    _assert_true_refusal(importing, "filled up while brdesk was writing", "more room")
    assert check.code == 0 and "observations 300" in check.out, check.said


def _leave_a_wal(folder: Path) -> None:
    """Commit a change and die without closing: the -wal stays, holding it."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute(\"UPDATE reserve SET name = name || ' (walled)'\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(folder / "brdesk.db")], check=True)
    assert (folder / "brdesk.db-wal").stat().st_size > 0


@pytest.fixture
def immutable_folder(demo_folder: Path, tmp_path: Path) -> Iterator[Path]:
    data = tmp_path / "immutable"
    shutil.copytree(demo_folder, data)
    locked = [data, *data.rglob("*")]
    subprocess.run(["chattr", "+i", *map(str, locked)], check=True)
    yield data
    subprocess.run(["chattr", "-i", *map(str, locked)], check=True)


@needs_root
def test_a_store_on_a_folder_that_cannot_be_written_opens_read_only(
    immutable_folder: Path,
) -> None:
    from brdesk.errors import DataFolderError
    from brdesk.services.plan import PlanService

    with Store.open(immutable_folder) as store:
        assert store.read_only is not None and "not allowed" in store.read_only
        assert store.counts()["observations"] == 300
        with pytest.raises(DataFolderError, match="open read-only"), store.transaction():
            pass
        assert PlanService(store).current() is not None


@needs_root
def test_the_window_opens_a_folder_it_cannot_write_read_only_and_says_why(
    qtbot: QtBot, immutable_folder: Path, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    from brdesk.paths import DataDir
    from brdesk.ui.main_window import MainWindow

    window = MainWindow(DataDir(immutable_folder))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.start()
    assert window.store is not None and window.store.read_only is not None
    assert window.read_only_banner.isVisible()
    assert "not allowed to change files" in window.read_only_banner.text()
    assert not window.new_item_action.isEnabled()
    window.show_page("observations")
    page = window.page("observations")
    assert page.add_button.isHidden() and page.import_button.isHidden()
    window.show_page("map")
    assert window.page("map").import_button.isHidden()
    assert not window.import_zones_action.isEnabled()
    window.show_page("plan")
    plan = window.page("plan")
    plan.select("action", plan.tree_data.actions()[0].id)
    assert not plan.editor.zone_picker.isEnabled()
    window.show_page("observations")
    out = tmp_path / "observations.csv"
    prompts.queue("choose_save", str(out))
    window.export_obs_action.trigger()
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 301
    assert not [q for q in prompts.asked if q.kind in ("fail", "warn")]
    window.close()


@needs_root
def test_a_database_file_marked_read_only_in_a_writable_folder_opens_read_only(
    demo_folder: Path, tmp_path: Path
) -> None:
    data = tmp_path / "copied-from-cd"
    shutil.copytree(demo_folder, data)
    subprocess.run(["chattr", "+i", str(data / "brdesk.db")], check=True)
    try:
        with Store.open(data) as store:
            assert store.read_only is not None and "marked read-only" in store.read_only
            assert store.counts()["observations"] == 300
        ran = _run_in_namespace(
            "true",
            [["--data-dir", str(data), "export", "plan", str(tmp_path / "plan.csv")]],
            tmp_path / "work",
        )
        assert ran[0].code == 0, ran[0].said
    finally:
        subprocess.run(["chattr", "-i", str(data / "brdesk.db")], check=True)
