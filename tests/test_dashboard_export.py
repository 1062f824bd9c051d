"""`brdesk export dashboard`: one tall PNG or a multi-page PDF, with data and without."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from brdesk.errors import BrdeskError
from brdesk.services.dashboard import (
    DashboardFilter,
    dashboard_panels,
    describe_filter,
    export_dashboard,
)
from brdesk.services.store import Store


def _ink(path: Path) -> float:
    """Share of pixels that are not white: a blank image has none."""
    image = Image.open(path).convert("L").resize((200, 400))
    histogram = image.histogram()
    return sum(histogram[:240]) / sum(histogram)


def _pdf_text(raw: bytes) -> bytes:
    """The page content streams of a PDF, uncompressed (matplotlib writes text there)."""
    import re
    import zlib

    out = b""
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
        try:
            out += zlib.decompress(match.group(1))
        except zlib.error:
            continue
    # Kerned text is written as pieces with a shift between them: "(ex) -20 (ported)".
    return re.sub(rb"\)\s*-?[\d.]+\s*\(", b"", out)


ACK = b"Supported by the Bureau of International Cooperation, Chinese Academy of Sciences."


def test_pdf_is_a4_landscape_with_title_block_and_acknowledgement(
    demo_store: Store, tmp_path: Path
) -> None:
    assert export_dashboard(demo_store, tmp_path / "d.pdf", today=date(2026, 3, 4)) == 10
    raw = (tmp_path / "d.pdf").read_bytes()
    assert raw.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox \[ ?0 0 ([\d.]+) ([\d.]+) ?\]", raw)
    assert len(boxes) == 3  # ten panels, four to a page
    for width, height in boxes:  # A4 landscape, 297 x 210 mm
        assert abs(float(width) - 841.9) < 1 and abs(float(height) - 595.3) < 1
    assert b"/Title (Dashboard: Sanjha Himal Biosphere Reserve \\(demo\\))" in raw
    assert b"/Author (Pema Sherpa)" in raw
    text = _pdf_text(raw)
    assert text.count(ACK) == 3  # in the footer of every page
    assert b"04 March 2026" in text and b"all observations" in text
    assert b"Page 3 of 3" in text


def test_png_is_one_slide(demo_store: Store, tmp_path: Path) -> None:
    export_dashboard(demo_store, tmp_path / "d.png")
    image = Image.open(tmp_path / "d.png")
    assert image.size == (1920, 1080)
    assert _ink(tmp_path / "d.png") > 0.05
    # The title block and the footer are on the slide: ink in the top and bottom bands.
    grey = image.convert("L")
    top = grey.crop((0, 0, 1920, 100)).histogram()
    foot = grey.crop((0, 1010, 1920, 1080)).histogram()
    assert sum(top[:128]) > 500 and sum(foot[:200]) > 300


def test_the_filters_are_said_in_the_title_block() -> None:
    flt = DashboardFilter(date_from=date(2024, 1, 1), category="species", pillar=2)
    said = describe_filter(flt)
    assert said == (
        "observations from 01 Jan 2024; species only; pillar 2, Protected Area Management"
    )
    assert describe_filter(DashboardFilter()) == "all observations; all four pillars"


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
    assert "10 panels" in result.stdout and out.is_file()
