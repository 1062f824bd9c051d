"""What a killed brdesk leaves is gone once brdesk has started again; what a running
brdesk is doing is never touched (brdesk.leftovers)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from brdesk import leftovers
from brdesk.services.store import Store

# The laptop's own file (what a killed brdesk leaves beside the laptop's file):
# not run on the server (tests/server_folders.py).
pytestmark = pytest.mark.laptop_file

#: A brdesk process that starts an export, a backup copy, a submission folder and a
#: restore's scratch folder, and then dies (or waits to be killed) in the middle of them.
WORKER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from brdesk.exchange.atomic import atomic_path
    from brdesk.services.store import Store
    from brdesk.services.backups import archive

    data, out, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    store = Store.open(data)
    with atomic_path(out / "report.docx") as temp, archive._scratch_dir(
        store.data_dir, "restore-"
    ) as scratch:
        temp.write_bytes(b"half a report")
        (Path(scratch) / "restored.db").write_bytes(b"half a database")
        print("working", flush=True)
        if mode == "die":
            os._exit(9)
        time.sleep(600)
    """
)


def _start(data: Path, out: Path, mode: str) -> subprocess.Popen[str]:
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(data), str(out), mode],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "working"
    return worker


def _parts(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".part"))


def _scratch_work(data: Path) -> list[str]:
    scratch = data / leftovers.SCRATCH
    return sorted(p.name for p in scratch.iterdir() if "-restore-" in p.name)


def test_a_killed_export_and_restore_leave_nothing_after_the_next_start(
    data_dir: Path, tmp_path: Path
) -> None:
    Store.open(data_dir).close()
    out = tmp_path / "Documents"
    out.mkdir()
    worker = _start(data_dir, out, "die")
    worker.wait(timeout=60)
    assert len(_parts(out)) == 1 and len(_scratch_work(data_dir)) == 1  # what a kill leaves
    Store.open(data_dir).close()
    assert _parts(out) == [] and _scratch_work(data_dir) == []
    assert not (out / "report.docx").exists()


def test_the_work_of_a_running_brdesk_is_left_alone_until_it_ends(
    data_dir: Path, tmp_path: Path
) -> None:
    Store.open(data_dir).close()
    out = tmp_path / "Documents"
    out.mkdir()
    worker = _start(data_dir, out, "wait")
    try:
        # Work under way however old it looks: only a journal's free lock says it ended.
        for path in [*out.iterdir(), *(data_dir / leftovers.SCRATCH).iterdir()]:
            long_ago = time.time() - 3 * 86400
            os.utime(path, (long_ago, long_ago))
        Store.open(data_dir).close()
        assert len(_parts(out)) == 1 and len(_scratch_work(data_dir)) == 1
    finally:
        worker.kill()
        worker.wait(timeout=60)
    Store.open(data_dir).close()
    assert _parts(out) == [] and _scratch_work(data_dir) == []


def test_only_temporary_files_are_ever_deleted(data_dir: Path, tmp_path: Path) -> None:
    """A journal could be tampered with or corrupted: it can only ever cost brdesk's own
    temporary files, never a file the user keeps."""
    Store.open(data_dir).close()
    kept = tmp_path / "thesis.docx"
    kept.write_text("years of work")
    forged = data_dir / leftovers.SCRATCH / ".alive-f0f0f0f0"
    forged.write_bytes(f"{kept}\n{tmp_path}\nrelative.part\n".encode())
    Store.open(data_dir).close()
    assert kept.read_text() == "years of work"
    assert not forged.exists()
