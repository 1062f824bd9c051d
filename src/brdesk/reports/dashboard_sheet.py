"""The dashboard as files people use: A4 landscape PDF pages to print or attach, and one
1920x1080 image for a slide. Both carry a title block (reserve, participant, what is
shown, date of export) and the programme's acknowledgement.

Each panel is drawn by its own chart function at the width of its cell (so its labels
are laid out for that width, as on screen), then placed on the page. No Qt.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brdesk.reports import chart_fit, charts
from brdesk.reports.panel import Panel

if TYPE_CHECKING:
    from matplotlib.figure import Figure

A4_LANDSCAPE_IN = (11.69, 8.27)
#: The slide: 1920x1080 pixels at 100 dpi.
SLIDE_IN = (19.2, 10.8)
SLIDE_DPI = 100
#: Panels per PDF page (columns, rows), and on the slide up to nine; more take a fourth
#: column (the slide holds every panel: none is left off without a word).
PAGE_GRID = (2, 2)
SLIDE_GRID = (3, 3)
WIDE_SLIDE_GRID = (4, 3)
PRINT_DPI = 200


@dataclass(frozen=True)
class SheetHeading:
    """What the title block says."""

    reserve: str | None
    participant: str | None
    shown: str  # the period and filters, in words
    exported: date
    acknowledgement: str

    @property
    def title(self) -> str:
        return f"Dashboard: {self.reserve}" if self.reserve else "Dashboard"

    @property
    def byline(self) -> str:
        parts = [self.participant or "", self.shown, f"exported {self.exported:%d %B %Y}"]
        return " · ".join(p for p in parts if p)


def write_pdf(path: Path, panels: Sequence[Panel], heading: SheetHeading) -> int:
    """A4 landscape pages, four panels a page in a grid; returns the number of pages."""
    charts.load()
    from matplotlib.backends.backend_pdf import PdfPages

    per_page = PAGE_GRID[0] * PAGE_GRID[1]
    pages = [panels[i : i + per_page] for i in range(0, len(panels), per_page)] or [[]]
    metadata = {
        "Title": heading.title,
        "Author": heading.participant or "",
        "Subject": f"{heading.byline}. {heading.acknowledgement}",
        "Creator": "brdesk",
    }
    with PdfPages(path, metadata=metadata) as pdf:
        for number, chunk in enumerate(pages, start=1):
            page = _sheet(A4_LANDSCAPE_IN, heading, f"Page {number} of {len(pages)}")
            _place(page, chunk, PAGE_GRID, PRINT_DPI)
            pdf.savefig(page)
    return len(pages)


def write_png(path: Path, panels: Sequence[Panel], heading: SheetHeading) -> None:
    """One 1920x1080 image: the title block, the panels in a 3x3 grid (4x3 for ten to
    twelve), the acknowledgement."""
    charts.load()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    slide = _sheet(SLIDE_IN, heading, "")
    grid = SLIDE_GRID if len(panels) <= SLIDE_GRID[0] * SLIDE_GRID[1] else WIDE_SLIDE_GRID
    _place(slide, panels[: grid[0] * grid[1]], grid, SLIDE_DPI * 1.5)
    FigureCanvasAgg(slide)
    slide.savefig(path, format="png", dpi=SLIDE_DPI)


# --- layout ------------------------------------------------------------------------------

HEAD_IN = 0.75
FOOT_IN = 0.35
MARGIN_IN = 0.4
GAP_IN = 0.2


def _sheet(size: tuple[float, float], heading: SheetHeading, page_label: str) -> Figure:
    """A blank page with the title block at the top and the acknowledgement at the foot."""
    from matplotlib.figure import Figure

    width, height = size
    fig = Figure(figsize=size, dpi=100)
    left = MARGIN_IN / width
    fig.text(left, 1 - MARGIN_IN / height, heading.title, fontsize=16, fontweight="bold",
             va="top", ha="left")  # fmt: skip
    fig.text(left, 1 - (MARGIN_IN + 0.34) / height, heading.byline, fontsize=9.5, va="top",
             ha="left", color="#333333")  # fmt: skip
    rule = 1 - (MARGIN_IN + HEAD_IN - 0.08) / height
    fig.add_artist(_line(fig, left, 1 - left, rule))
    foot = (MARGIN_IN - 0.1) / height
    fig.add_artist(_line(fig, left, 1 - left, foot + 0.22 / height))
    fig.text(left, foot, heading.acknowledgement, fontsize=8.5, style="italic", va="bottom",
             ha="left", color="#333333")  # fmt: skip
    if page_label:
        fig.text(1 - left, foot, page_label, fontsize=8.5, va="bottom", ha="right",
                 color="#333333")  # fmt: skip
    return fig


def _line(fig: Figure, x0: float, x1: float, y: float) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([x0, x1], [y, y], transform=fig.transFigure, color="#BBBBBB", linewidth=0.8)


def _place(fig: Figure, panels: Sequence[Panel], grid: tuple[int, int], dpi: float) -> None:
    """Each panel drawn at its cell's width, scaled down only if taller than the cell, and
    set at the top of its cell."""
    columns, rows = grid
    width, height = fig.get_size_inches()
    top = height - MARGIN_IN - HEAD_IN
    bottom = MARGIN_IN + FOOT_IN
    cell_w = (width - 2 * MARGIN_IN - (columns - 1) * GAP_IN) / columns
    cell_h = (top - bottom - (rows - 1) * GAP_IN) / rows
    for index, panel in enumerate(panels):
        column, row = index % columns, index // columns
        image = _panel_image(panel, cell_w, dpi, cell_h)
        img_h_in = image.shape[0] / dpi
        img_w_in = image.shape[1] / dpi
        scale = min(1.0, cell_h / img_h_in)
        w_in, h_in = img_w_in * scale, img_h_in * scale
        x_in = MARGIN_IN + column * (cell_w + GAP_IN) + (cell_w - w_in) / 2
        y_in = top - row * (cell_h + GAP_IN) - h_in
        ax = fig.add_axes((x_in / width, y_in / height, w_in / width, h_in / height))
        ax.imshow(image, interpolation="antialiased")
        ax.set_axis_off()
        # What the panel shows, for screen readers and PDF text search.
        ax.set_label(panel.title)


def _panel_image(panel: Panel, width_in: float, dpi: float, height_in: float | None) -> Any:
    """The panel as an RGB array, drawn at width_in inches and at most height_in high."""
    from matplotlib.image import imread

    fig = chart_fit.fit_width(panel.figure(), width_in)
    if height_in is not None and fig.get_size_inches()[1] > height_in:
        # A tall panel (many actions) is pressed into its cell rather than shrunk whole,
        # so its words keep the size of the others'.
        chart_fit.fit_height(fig, height_in)
    png = charts.to_png(fig, dpi=round(dpi))
    return imread(io.BytesIO(png), format="png")
