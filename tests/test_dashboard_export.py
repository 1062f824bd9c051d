"""`brdesk export dashboard`: one tall PNG or a multi-page PDF, with data and without."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from brdesk.errors import BrdeskError
from brdesk.services.dashboard import DashboardFilter, dashboard_panels, export_dashboard
from brdesk.services.store import Store


def _ink(path: Path) -> float:
    """Share of pixels that are not white: a blank image has none."""
    image = Image.open(path).convert("L").resize((200, 400))
    histogram = image.histogram()
    return sum(histogram[:240]) / sum(histogram)


def test_png_and_pdf_of_the_demo(demo_store: Store, tmp_path: Path) -> None:
    assert export_dashboard(demo_store, tmp_path / "d.png") == 9
    image = Image.open(tmp_path / "d.png")
    assert image.height > 2 * image.width  # the panels, one under another
    assert _ink(tmp_path / "d.png") > 0.05
    export_dashboard(demo_store, tmp_path / "d.pdf")
    raw = (tmp_path / "d.pdf").read_bytes()
    assert raw.startswith(b"%PDF") and raw.count(b"/Type /Page\n") + raw.count(b"/Type /Page ") >= 9


def test_an_empty_folder_says_what_to_do(store: Store, tmp_path: Path) -> None:
    texts = []
    for panel in dashboard_panels(store, DashboardFilter()):
        texts += [t.get_text() for ax in panel.figure().axes for t in ax.texts]
    assert "No observations yet: import or add some" in texts
    assert "No actions yet" in texts
    export_dashboard(store, tmp_path / "empty.png")
    assert (tmp_path / "empty.png").stat().st_size > 1000


def test_filters_and_bad_names(demo_store: Store, tmp_path: Path) -> None:
    panels = list(dashboard_panels(demo_store, DashboardFilter(category="climate", pillar=2)))
    plan = panels[0].figure()
    assert plan.axes  # still drawn, for the one pillar
    with pytest.raises(BrdeskError, match=r"use \.png or \.pdf"):
        export_dashboard(demo_store, tmp_path / "d.svg")


def test_command_line(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "dash.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(demo_dir), "export", "dashboard",
         str(out), "--from", "2024-01-01", "--category", "species"],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "9 panels" in result.stdout and out.is_file()
