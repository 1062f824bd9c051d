"""The hostile-file corpus (tests/fixtures/hostile, written by make_hostile.py): each file
is refused with a message naming it, quickly, and nothing is written anywhere."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from brdesk.errors import BrdeskError
from brdesk.services.importer import preview_import
from brdesk.services.store import Store
from tests.conftest import FIXTURES

HOSTILE = FIXTURES / "hostile"

#: What each file is refused for (a part of the message).
REFUSALS = {
    "billion-laughs.xlsx": "cannot be opened as an Excel workbook",
    "empty.csv": "is empty",
    "huge-field.csv": "row 2: cannot be read as CSV",
    "path-traversal.xlsx": "cannot be opened as an Excel workbook",
    "picture.csv": "is not a text file",
    "text.xlsx": "cannot be opened as an Excel workbook",
    "xxe.xlsx": "cannot be opened as an Excel workbook",
    "zip-bomb.xlsx": "would unpack to",
    "gps-billion-laughs.kml": "asks the reader for entities",
    "gps-xxe.gpx": "asks the reader for entities",
    "gps-zip-bomb.kmz": "would unpack to",
}


def test_the_corpus_is_complete() -> None:
    listed = set(json.loads((HOSTILE / "manifest.json").read_text()))
    assert set(REFUSALS) | {"header-only.csv"} == listed


@pytest.mark.parametrize("name", sorted(REFUSALS))
# It compares the laptop's file byte for byte before and after.
@pytest.mark.laptop_file
def test_each_hostile_file_is_refused_and_nothing_written(
    name: str, demo_store: Store, tmp_path: Path
) -> None:
    db = demo_store.data_dir.db_path
    before = demo_store.counts()
    folder = sorted(p.name for p in demo_store.data_dir.root.rglob("*") if "-wal" not in p.name)
    started = time.perf_counter()
    with pytest.raises(BrdeskError) as refused:
        preview_import(demo_store, HOSTILE / name)
    message = str(refused.value)
    assert name in message and REFUSALS[name] in message
    assert "root:" not in message  # nothing read off the machine
    assert time.perf_counter() - started < 30  # refused up front, not after unpacking a bomb
    assert demo_store.counts() == before
    assert (
        sorted(p.name for p in demo_store.data_dir.root.rglob("*") if "-wal" not in p.name)
        == folder
    )
    assert not list(tmp_path.parent.rglob("evil.txt"))
    assert db.is_file()


def test_a_header_without_rows_imports_nothing(demo_store: Store) -> None:
    preview = preview_import(demo_store, HOSTILE / "header-only.csv")
    assert preview.accepted == 0 and not preview.first_rows


def test_the_command_line_refuses_in_one_line(demo_dir: Path) -> None:
    def state() -> object:
        """The laptop's file to the byte; on a server (the suite's second run), its counts."""
        db = demo_dir / "brdesk.db"
        if db.is_file():
            return hashlib.sha256(db.read_bytes()).hexdigest()
        with Store.open(demo_dir) as store:
            return store.counts()

    before = state()
    result = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(demo_dir), "import", "observations",
         str(HOSTILE / "xxe.xlsx")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith("brdesk: xxe.xlsx") and "Traceback" not in result.stderr
    assert state() == before


DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.laptop_file  # a backup archive is of the laptop's file
def test_json_nested_a_hundred_thousand_deep_is_refused_plainly(
    demo_store: Store, tmp_path: Path
) -> None:
    """A mapping file and a backup's manifest nested 100,000 deep: each refused naming
    the file, never a RecursionError (packages: test_packages)."""
    import zipfile

    from brdesk.errors import BrdeskError
    from brdesk.exchange.mapping import ColumnMapping
    from brdesk.services import backups

    mapping = tmp_path / "deep.json"
    mapping.write_text(DEEP)
    with pytest.raises(BrdeskError, match=r"deep\.json is not a brdesk column mapping"):
        ColumnMapping.load(mapping)

    archive = backups.write_archive(demo_store.data_dir, tmp_path / "carry.zip")
    hostile = tmp_path / "deep-backup.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(hostile, "w") as out:
        for info in src.infolist():
            out.writestr(info, DEEP.encode() if info.filename.endswith(".json") else src.read(info))
    summary = backups.summarize(hostile)
    assert not summary.usable and "manifest is not JSON" in " ".join(summary.problems)


def test_a_cell_naming_a_missing_shared_text_is_refused_naming_the_row() -> None:
    """A workbook whose sheet names a shared text that is not there (E5 points past the
    end of the list): refused naming file and row, never an IndexError."""
    from brdesk.exchange.readers import read_table

    with pytest.raises(BrdeskError, match=r"missing-shared-string\.xlsx, row 5: cannot be read"):
        list(read_table(HOSTILE / "missing-shared-string.xlsx").rows())  # refused on opening
