"""A power cut, simulated: a child process making edits and imports is killed with SIGKILL
at random moments, thirty times. After each kill the database passes SQLite's integrity
check, every edit the child saw committed is there, and every import is whole or absent.

The child writes what it committed to a journal only after the commit returned, and fsyncs
it: the journal is a lower bound of what the database must hold.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

# The laptop's own file (power cuts against the laptop's SQLite file):
# not run on the server (tests/server_folders.py).
pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
    pytest.mark.laptop_file,
]

KILLS = 30
IMPORT_ROWS = 200

CHILD = r"""
import os, sys
from datetime import date
from pathlib import Path
from brdesk.services.store import Store
from brdesk.services.observations import ObservationService
from brdesk.services.importer import commit_import, preview_import

root, journal_path, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
rows = int(sys.argv[4])
journal = open(journal_path, "a", encoding="utf-8")

def note(line):
    journal.write(line + "\n")
    journal.flush()
    os.fsync(journal.fileno())

store = Store.open(root)
service = ObservationService(store)
print("ready", flush=True)
n = start
while True:
    n += 1
    if n % 5 == 0:
        csv = root.parent / f"batch-{n}.csv"
        lines = ["date,category,subject,latitude,longitude"]
        lines += [f"2025-05-01,species,batch-{n},27.7,86.{i:04d}" for i in range(rows)]
        csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written = commit_import(store, preview_import(store, csv))
        note(f"import batch-{n} {written}")
    else:
        record = service.create(observed_on=date(2025, 6, 1), category="species",
                                subject=f"edit-{n}", count=n)
        service.update(record.id, count=n + 1)
        note(f"edit edit-{n} {n + 1}")
"""


def _check(db: Path, journal: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        batches = dict(
            conn.execute(
                "SELECT subject, count(*) FROM observation WHERE subject LIKE 'batch-%' "
                "GROUP BY subject"
            ).fetchall()
        )
        # No import half-applied, whether or not the child lived to note it.
        assert set(batches.values()) <= {IMPORT_ROWS}, batches
        edits = dict(
            conn.execute("SELECT subject, count FROM observation WHERE subject LIKE 'edit-%'")
        )
        # The summary tables the dashboard reads agree with the log they summarise.
        total = conn.execute("SELECT count(*) FROM observation").fetchone()[0]
        summed = conn.execute("SELECT coalesce(sum(n), 0) FROM summary_daily").fetchone()[0]
        assert summed == total
    finally:
        conn.close()
    noted_edits = noted_imports = 0
    for line in journal.read_text(encoding="utf-8").splitlines():
        kind, subject, value = line.split()
        if kind == "import":
            assert batches.get(subject) == int(value) == IMPORT_ROWS, subject
            noted_imports += 1
        else:
            # Created and updated in two commits: the update may be lost only if not noted.
            assert edits.get(subject) == int(value), subject
            noted_edits += 1
    return noted_edits, noted_imports


def test_killed_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    root = tmp_path / "data"
    journal = tmp_path / "journal.txt"
    journal.touch()
    chance = random.Random(8)  # reproducible moments
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    start = 0
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(root), str(journal), str(start), str(IMPORT_ROWS)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert child.stdout is not None
        ready = child.stdout.readline()
        assert ready.strip() == "ready", child.stderr.read() if child.stderr else ""
        time.sleep(chance.uniform(0.05, 0.8))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL, f"the child ended by itself at kill {kill}"
        _check(root / "brdesk.db", journal)
        start += 1000  # the next child's subjects never clash with a lost one's
    edits, imports = _check(root / "brdesk.db", journal)
    assert edits > KILLS and imports > 3  # the children did real work between kills


RESTORE_KILLS = 12


def test_a_restore_killed_at_any_moment_leaves_the_data_whole(tmp_path: Path) -> None:
    """Restore copies the backup into the database in one transaction: killed anywhere,
    the database is whole and holds what it held or what the backup holds, never a mix,
    and never loses a change another connection committed before it began."""
    folder, other = tmp_path / "data", tmp_path / "other"

    def brdesk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "brdesk", "--data-dir", str(data), *args],
            capture_output=True, text=True, timeout=300, check=True,
        )  # fmt: skip

    def observations() -> int:
        with sqlite3.connect(folder / "brdesk.db") as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            return int(conn.execute("SELECT count(*) FROM observation").fetchone()[0])

    brdesk(folder, "demo", "--observations", "30000")
    brdesk(other, "demo", "--observations", "8000")
    backups = {30000: tmp_path / "big.zip", 8000: tmp_path / "small.zip"}  # observations
    brdesk(folder, "backup", str(backups[30000]))
    brdesk(other, "backup", str(backups[8000]))
    # How long a whole restore takes on this machine now: the kills are spread over it.
    started = time.perf_counter()
    brdesk(folder, "restore", str(backups[8000]), "--yes")
    whole = time.perf_counter() - started
    assert observations() == 8000
    rng = random.Random(16)
    for kill in range(RESTORE_KILLS):
        before = observations()
        target = 30000 if before <= 8000 + RESTORE_KILLS else 8000
        # Another connection keeps the database open with a committed change still in the
        # WAL (as a window holding its session does): a restore must not lose it.
        keeper = sqlite3.connect(folder / "brdesk.db", isolation_level=None)
        keeper.execute("PRAGMA wal_autocheckpoint=0")
        keeper.execute(
            "INSERT INTO observation (uuid, observed_on, category, subject, sensitive, source,"
            " created_at, updated_at) VALUES (?, '2025-10-01', 'species', 'kept', 0, 'manual',"
            " '2025-10-01 08:00:00', '2025-10-01 08:00:00')",
            (f"00000000-0000-4000-8000-{kill:012d}",),
        )
        before += 1
        child = subprocess.Popen(
            [sys.executable, "-m", "brdesk", "--data-dir", str(folder), "restore",
             str(backups[target]), "--yes"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.1, 1.1) * whole)
        child.send_signal(signal.SIGKILL)
        child.wait()
        keeper.close()
        after = observations()
        assert after in (before, target), f"kill {kill}: {after} observations"


def test_a_connection_open_across_a_restore_keeps_writing_into_the_real_database(
    tmp_path: Path,
) -> None:
    """A restore used to delete the side files and rename a new file over the database:
    a connection open meanwhile (a session, as a window holds) went on writing into the
    replaced file, and its later edits were lost without a word. Copied into the database
    in place, the restored data is what that connection sees and writes beside."""
    folder, other = tmp_path / "data", tmp_path / "other"
    run = [sys.executable, "-m", "brdesk", "--data-dir"]
    subprocess.run([*run, str(folder), "demo", "--observations", "300"], check=True,
                   capture_output=True, timeout=300)  # fmt: skip
    subprocess.run([*run, str(other), "demo", "--observations", "100"], check=True,
                   capture_output=True, timeout=300)  # fmt: skip
    backup = tmp_path / "other.zip"
    subprocess.run([*run, str(other), "backup", str(backup)], check=True, capture_output=True)
    session = sqlite3.connect(folder / "brdesk.db", isolation_level=None)
    try:
        assert session.execute("SELECT count(*) FROM observation").fetchone() == (300,)
        subprocess.run([*run, str(folder), "restore", str(backup), "--yes"], check=True,
                       capture_output=True, timeout=300)  # fmt: skip
        assert session.execute("SELECT count(*) FROM observation").fetchone() == (100,)
        session.execute(
            "INSERT INTO observation (uuid, observed_on, category, subject, sensitive, source,"
            " created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000099',"
            " '2025-10-01', 'species', 'after', 0, 'manual', '2025-10-01 08:00:00',"
            " '2025-10-01 08:00:00')"
        )
    finally:
        session.close()
    with sqlite3.connect(folder / "brdesk.db") as fresh:
        assert fresh.execute("SELECT count(*) FROM observation").fetchone() == (101,)
