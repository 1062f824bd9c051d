"""The command line as a user meets it: exit codes, one-line errors, never a traceback."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from brdesk import __version__, cli
from brdesk.db.state import HEAD_REVISION


def brdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_version() -> None:
    result = brdesk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"brdesk {__version__}"


@pytest.mark.laptop_file
def test_demo_then_check_is_healthy(tmp_path: Path) -> None:
    data = tmp_path / "d"
    demo = brdesk("--data-dir", str(data), "demo", "--observations", "1500")
    assert demo.returncode == 0, demo.stderr
    assert "1,500 observations" in demo.stdout
    check = brdesk("--data-dir", str(data), "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Integrity: ok" in check.stdout
    assert "observations 1,500" in check.stdout


def test_check_of_an_office_database_makes_its_tables_then_counts(
    tmp_path: Path, postgres_url: str
) -> None:
    """As docs/office-server.md has the owner do: check on an empty database makes the
    tables; the server vouches for what SQLite's checks look at in a file."""
    first = brdesk("--data-dir", str(tmp_path / "d"), "--database-url", postgres_url, "check")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Integrity: kept by the database server" in first.stdout
    assert f"Schema version: {HEAD_REVISION} (current)" in first.stdout
    assert "observations 0" in first.stdout
    office = ("--data-dir", str(tmp_path / "d"), "--database-url", postgres_url)
    assert brdesk(*office, "demo", "--observations", "300").returncode == 0
    again = brdesk(*office, "check")
    assert again.returncode == 0 and "observations 300" in again.stdout
    # Its backup from brdesk: a package of everything, which an empty laptop takes whole.
    backup = brdesk(*office, "backup")
    assert backup.returncode == 0, backup.stderr
    assert "A package of everything on the office database was written" in backup.stdout
    (package,) = (tmp_path / "d" / "backups").glob("office-*.brdesk")
    laptop = ("--data-dir", str(tmp_path / "laptop"))
    restored = brdesk(*laptop, "import", "package", str(package))
    assert restored.returncode == 0, restored.stderr
    assert "300 observations" in restored.stdout


@pytest.mark.laptop_file
def test_check_writes_nothing(tmp_path: Path) -> None:
    """A check reads: it leaves the folder exactly as it found it (no -wal, no -shm), and
    so works on a stick locked read-only."""
    data = tmp_path / "d"
    assert brdesk("--data-dir", str(data), "demo", "--observations", "200").returncode == 0
    before = sorted(p.name for p in data.iterdir())
    assert "brdesk.db-wal" not in before
    check = brdesk("--data-dir", str(data), "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert sorted(p.name for p in data.iterdir()) == before
    assert "Integrity: ok" in check.stdout


def _corrupt_pages(db: Path) -> None:
    raw = bytearray(db.read_bytes())
    page = 4096
    # Leave the header page alone so SQLite opens the file, then trample the b-tree pages.
    for offset in range(page * 2, min(len(raw), page * 40), page):
        raw[offset : offset + 64] = b"\xde\xad\xbe\xef" * 16
    db.write_bytes(bytes(raw))


@pytest.mark.laptop_file
@pytest.mark.parametrize("damage", ["garbage", "pages"])
def test_check_on_a_damaged_database_reports_without_traceback(damage: str, demo_dir: Path) -> None:
    db = demo_dir / "brdesk.db"
    if damage == "garbage":
        db.write_bytes(b"not a database at all " * 500)
    else:
        _corrupt_pages(db)
    before = db.read_bytes()
    result = brdesk("--data-dir", str(demo_dir), "check")
    assert result.returncode == 1
    assert "PROBLEMS" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert db.read_bytes() == before  # check never writes


@pytest.mark.laptop_file
def test_check_on_a_broken_link(demo_dir: Path) -> None:
    db = demo_dir / "brdesk.db"
    with sqlite3.connect(db) as conn:  # foreign keys are off in a bare sqlite3 connection
        conn.execute("UPDATE action SET objective_id = 9999 WHERE id = 1")
    conn.close()
    result = brdesk("--data-dir", str(demo_dir), "check")
    assert result.returncode == 1
    assert "Broken link: action row 1 points at a missing objective record" in result.stdout


def test_check_on_an_empty_folder(tmp_path: Path) -> None:
    result = brdesk("--data-dir", str(tmp_path / "nothing"), "check")
    assert result.returncode == 1
    assert "no database file" in result.stdout
    assert not (tmp_path / "nothing").exists()


@pytest.mark.laptop_file
def test_demo_refuses_a_folder_with_data_unless_forced(demo_dir: Path) -> None:
    db = demo_dir / "brdesk.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE participant SET full_name = 'My own name'")
    conn.close()

    refused = brdesk("--data-dir", str(demo_dir), "demo")
    assert refused.returncode == 1
    assert refused.stderr.startswith("brdesk: ")
    assert "already holds data" in refused.stderr
    assert "Traceback" not in refused.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT full_name FROM participant").fetchone() == ("My own name",)
    conn.close()

    forced = brdesk("--data-dir", str(demo_dir), "demo", "--force", "--observations", "10")
    assert forced.returncode == 0, forced.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT full_name FROM participant").fetchone() == ("Pema Sherpa",)
        assert conn.execute("SELECT count(*) FROM observation").fetchone() == (10,)
    conn.close()
    (backup,) = (demo_dir / "backups").glob("brdesk-*-before-demo.db")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT full_name FROM participant").fetchone() == ("My own name",)
    conn.close()


def test_bad_arguments_get_one_line(tmp_path: Path) -> None:
    result = brdesk("--data-dir", str(tmp_path / "d"), "demo", "--observations", "2000000")
    assert result.returncode == 1
    assert result.stderr.strip() == "brdesk: --observations must be between 0 and 1,000,000."


@pytest.mark.laptop_file
def test_a_refused_database_is_one_line_and_the_traceback_goes_to_the_log(
    tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "brdesk.db").write_bytes(b"garbage" * 1000)
    quiet = brdesk("--data-dir", str(data), "demo")
    assert quiet.returncode == 1
    assert len(quiet.stderr.strip().splitlines()) == 1
    assert "left untouched" in quiet.stderr
    log = (data / "logs" / "brdesk.log").read_text(encoding="utf-8")
    assert "Traceback" in log

    loud = brdesk("--data-dir", str(data), "--debug", "demo")
    assert "Traceback" in loud.stderr


def test_an_unexpected_error_is_reported_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(args: object, data_dir: object) -> int:
        raise ZeroDivisionError("division by zero")

    from brdesk.cli import folder

    monkeypatch.setattr(folder, "cmd_check", boom)
    code = cli.main(["--data-dir", str(tmp_path / "d"), "check"])
    err = capsys.readouterr().err
    assert code == 2
    assert "unexpected error (ZeroDivisionError: division by zero)" in err
    assert "Traceback" not in err
    assert "brdesk.log" in err


@pytest.mark.laptop_file
def test_data_dir_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRDESK_DATA_DIR", str(tmp_path / "env"))
    assert cli.main(["demo", "--observations", "5"]) == 0
    assert (tmp_path / "env" / "brdesk.db").is_file()


def test_export_and_import_package(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "obs.brdesk"
    code = cli.main(
        ["--data-dir", str(demo_dir), "export", "package", str(out), "--from", "2025-01-01"]
    )
    assert code == 0
    written = capsys.readouterr().out
    assert "observations from 2025-01-01" in written and out.is_file()
    other = str(tmp_path / "other")
    assert cli.main(["--data-dir", other, "import", "package", str(out), "--dry-run"]) == 0
    dry = capsys.readouterr().out
    assert "would be added" in dry and "Dry run: nothing was changed." in dry
    assert cli.main(["--data-dir", other, "import", "package", str(out)]) == 0
    assert "were added" in capsys.readouterr().out
    # the older word still works
    assert cli.main(["--data-dir", other, "import", "bundle", str(out)]) == 0
    assert "Nothing new" in capsys.readouterr().out


def test_package_arguments_are_checked(demo_dir: Path, tmp_path: Path) -> None:
    data = ["--data-dir", str(demo_dir)]
    plan_with_dates = brdesk(*data, "export", "package", str(tmp_path / "p.brdesk"), "--only",
                             "plan", "--from", "2025-01-01")  # fmt: skip
    assert plan_with_dates.returncode == 1
    assert "do not go with --only plan" in plan_with_dates.stderr
    missing = brdesk(*data, "import", "bundle", str(tmp_path / "nowhere.brdesk"))
    assert missing.returncode == 1
    assert missing.stderr.strip().startswith("brdesk: There is no file at")
    assert "Traceback" not in missing.stderr
