"""`brdesk export plan`: one row per action, every field, tags as numbers, typed XLSX cells."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from brdesk.errors import BrdeskError
from brdesk.services.plan_io import PLAN_COLUMNS, export_plan
from brdesk.services.store import Store


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_xlsx_from_the_command_line_has_typed_cells(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    result = _run("--data-dir", str(demo_dir), "export", "plan", str(out))
    assert result.returncode == 0, result.stderr
    assert "14 actions written" in result.stdout

    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert list(header) == [c.header for c in PLAN_COLUMNS]
    assert len(body) == 14
    first = dict(zip(header, body[0], strict=True))
    assert first["Pillar"] == 1
    assert first["Pillar name"] == "Biodiversity Conservation and Monitoring"
    assert first["Action"] == "Camera-trap grid for snow leopard and prey, 40 stations"
    assert isinstance(first["Start date"], datetime)
    assert first["Start date"].date().isoformat() == "2026-01-01"
    assert first["Budget"] == 38000 and isinstance(first["Budget"], int | float)
    assert first["Baseline"] == 12
    assert first["Status"] == "In progress"
    assert first["SDGs"] == "15"
    assert first["GBF targets"] == "4;21"
    assert {r[0] for r in body} == {1, 2, 3, 4}
    # Cell types as Excel sees them.
    cells = next(iter(sheet.iter_rows(min_row=2, max_row=2)))
    kinds = {PLAN_COLUMNS[i].header: cell.data_type for i, cell in enumerate(cells)}
    assert kinds["Start date"] == "d"
    assert kinds["Budget"] == "n"
    assert kinds["Action"] == "s"


def test_csv_is_utf8_with_bom_and_iso_dates(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    assert export_plan(demo_store, out) == 14
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 14
    assert rows[0]["End date"] == "2028-12-31"
    assert rows[0]["Budget"] == "38000"


def test_bad_targets_are_refused_and_write_nothing(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(BrdeskError, match=r"must end in \.xlsx or \.csv"):
        export_plan(demo_store, tmp_path / "plan.pdf")
    with pytest.raises(BrdeskError, match="does not exist"):
        export_plan(demo_store, tmp_path / "missing" / "plan.xlsx")
    assert list(tmp_path.glob("plan*")) == []


def test_an_empty_folder_has_no_plan_to_export(store: Store, tmp_path: Path) -> None:
    with pytest.raises(BrdeskError, match="no action plan"):
        export_plan(store, tmp_path / "plan.xlsx")
    result = _run(
        "--data-dir", str(store.data_dir.root), "export", "plan", str(tmp_path / "p.xlsx")
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "brdesk: There is no action plan to export yet."


@pytest.fixture
def store(either_store: Store) -> Store:
    """Every test here runs on the laptop's SQLite file and on an office PostgreSQL server."""
    return either_store
