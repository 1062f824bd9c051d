"""A backup from a stranger's stick is a hostile file: restore refuses a database whose
schema is not exactly what brdesk writes at its revision (extra or altered triggers,
views, dropped columns) or whose records point at nothing, and changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from brdesk.services import backups
from brdesk.services.store import Store

# The laptop's own file (restoring the laptop's SQLite backups):
# not run on the server (tests/server_folders.py).
pytestmark = pytest.mark.laptop_file

SABOTAGE: dict[str, tuple[str, str]] = {
    "a trigger that empties the plan": (
        "CREATE TRIGGER tidy AFTER INSERT ON observation BEGIN DELETE FROM action; END",
        "an extra trigger 'tidy'",
    ),
    "a trigger of brdesk's rewritten to clear the sensitive flag": (
        "DROP TRIGGER summaries_insert; CREATE TRIGGER summaries_insert AFTER INSERT ON "
        "observation BEGIN UPDATE observation SET sensitive = 0 WHERE id = new.id; END",
        "its trigger 'summaries_insert' is not as brdesk makes it",
    ),
    "an extra view": ("CREATE VIEW everything AS SELECT * FROM observation", "view 'everything'"),
    "a dropped column": ("ALTER TABLE observation DROP COLUMN kingdom", "table 'observation'"),
    "records pointing at nothing": (
        "PRAGMA foreign_keys=OFF; UPDATE action SET objective_id = 9999",
        "point at records it does not hold",
    ),
}


@pytest.fixture
def clean_backup(demo_store: Store, tmp_path: Path) -> Path:
    return backups.take_backup(demo_store.data_dir, "manual")


def _sabotaged(clean: Path, tmp_path: Path, sql: str) -> Path:
    hostile = tmp_path / "from-a-stick.db"
    shutil.copy(clean, hostile)
    conn = sqlite3.connect(hostile)
    conn.executescript(sql)
    conn.close()
    return hostile


def test_a_clean_backup_passes(clean_backup: Path) -> None:
    summary = backups.summarize(clean_backup)
    assert summary.usable, summary.problems


@pytest.mark.parametrize("case", sorted(SABOTAGE))
def test_a_sabotaged_backup_is_refused_untouched(
    case: str, clean_backup: Path, demo_dir: Path, tmp_path: Path
) -> None:
    sql, said = SABOTAGE[case]
    hostile = _sabotaged(clean_backup, tmp_path, sql)
    summary = backups.summarize(hostile)
    assert not summary.usable and said in " ".join(summary.problems)
    live = demo_dir / "brdesk.db"
    before = live.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(demo_dir), "restore", str(hostile),
         "--yes"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1 and said in result.stdout + result.stderr
    assert "cannot be restored; your data was not changed" in result.stderr
    assert live.read_bytes() == before


def test_check_reports_a_sabotaged_live_database(demo_dir: Path) -> None:
    conn = sqlite3.connect(demo_dir / "brdesk.db")
    conn.executescript(SABOTAGE["a trigger that empties the plan"][0])
    conn.close()
    result = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(demo_dir), "check"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Schema: an extra trigger 'tidy' that brdesk never makes." in result.stdout


def test_every_shipped_revision_passes_the_schema_check() -> None:
    from brdesk.db.schema_check import check_schema
    from brdesk.db.state import KNOWN_REVISIONS

    fixtures = Path(__file__).resolve().parent / "fixtures" / "dbs"
    for revision in KNOWN_REVISIONS:
        conn = sqlite3.connect(fixtures / f"{revision}.db")
        try:
            assert check_schema(conn, revision) == [], revision
        finally:
            conn.close()


@pytest.mark.parametrize("revision", ["0001", "0004"])
def test_a_database_upgraded_from_an_old_revision_passes_at_the_newest(
    revision: str, tmp_path: Path
) -> None:
    from brdesk.db.schema_check import check_schema
    from brdesk.db.state import HEAD_REVISION

    fixtures = Path(__file__).resolve().parent / "fixtures" / "dbs"
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(fixtures / f"{revision}.db", data / "brdesk.db")
    Store.open(data).close()  # upgraded on opening
    conn = sqlite3.connect(data / "brdesk.db")
    try:
        assert check_schema(conn, HEAD_REVISION) == []
    finally:
        conn.close()


def test_unique_constraints_written_in_another_order_still_pass(tmp_path: Path) -> None:
    """Alembic's batch mode writes a rebuilt table's UNIQUE constraints in an order that
    changes from run to run, and SQLite numbers their indexes in that order: a database
    upgraded in another process must still pass. (The frozen build's smoke test once
    failed this way: 'sqlite_autoindex_attachment_1 is not as brdesk makes it'.)"""
    import re

    from brdesk.db.schema_check import check_schema
    from brdesk.db.state import HEAD_REVISION

    data = tmp_path / "data"
    Store.open(data).close()
    conn = sqlite3.connect(data / "brdesk.db")
    try:
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'attachment'").fetchone()
        uniques = re.findall(r"CONSTRAINT \w+ UNIQUE \(\w+\)", sql)
        assert len(uniques) == 2
        swapped = sql.replace(uniques[0], "@").replace(uniques[1], uniques[0])
        swapped = swapped.replace("@", uniques[1]).replace('"attachment"', "attachment_new", 1)
        swapped = swapped.replace("TABLE attachment ", "TABLE attachment_new ", 1)
        indexes = conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'attachment' "
            "AND sql LIKE 'CREATE INDEX%'"
        ).fetchall()
        with conn:
            conn.execute("PRAGMA foreign_keys=OFF")
            conn.execute(swapped)
            conn.execute("INSERT INTO attachment_new SELECT * FROM attachment")
            conn.execute("DROP TABLE attachment")
            conn.execute("ALTER TABLE attachment_new RENAME TO attachment")
            for (index,) in indexes:
                conn.execute(index)
        first = conn.execute(
            "SELECT name FROM pragma_index_info('sqlite_autoindex_attachment_1')"
        ).fetchone()
        assert first is not None
        assert check_schema(conn, HEAD_REVISION) == []
    finally:
        conn.close()
