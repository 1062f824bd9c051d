"""What every chart shares: loading matplotlib once (its font cache kept beside brdesk),
the page's width and print resolution, a figure of the right size and style, category
labels fitted to their room, titles, the empty chart's message, and rendering to PNG or
to pixels for the dashboard."""

from __future__ import annotations

import io
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from brdesk.reports.chart_fit import (
    CATEGORY_LABEL,
    fit_width,
    remember,
)
from brdesk.reports.chart_words import chart_text

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator


PRINT_DPI = 200

WIDTH_IN = 6.3  # an A4 page's text width with 2.5 cm margins

_LOADING = threading.Lock()


def load() -> None:
    """Import matplotlib's parts we use, one thread at a time. Two threads importing
    matplotlib at once (the report's preload and the dashboard's worker) can each meet the
    other's half-initialised modules and fail with an ImportError."""
    with _LOADING:
        lasting_config_dir()
        import matplotlib.backends.backend_agg
        import matplotlib.dates
        import matplotlib.figure
        import matplotlib.patches
        import matplotlib.ticker

        # Texts are the user's (action titles, species, sites): a "$" in one is a dollar,
        # not the start of a formula that may fail to parse and take the chart with it.
        matplotlib.rcParams["text.parse_math"] = False
        from brdesk.reports.chart_fonts import families

        # Chinese and Devanagari place and species names drawn, not boxes (chart_fonts.py).
        matplotlib.rcParams["font.family"] = families()


def lasting_config_dir() -> None:
    """In a frozen build, give matplotlib a config folder that outlives the run.

    PyInstaller's matplotlib hook points MPLCONFIGDIR at a new temporary folder at every
    start, so matplotlib would rebuild its font list each time (~0.9 s). The folder is keyed
    by where the build lies: a stick mounted under another letter gets its own list.
    """
    if not getattr(sys, "frozen", False) or "matplotlib" in sys.modules:
        return
    import hashlib
    import os

    from platformdirs import user_cache_dir

    bundle = str(getattr(sys, "_MEIPASS", sys.executable))
    key = hashlib.sha256(bundle.encode()).hexdigest()[:10]
    folder = Path(user_cache_dir("brdesk", appauthor=False)) / f"matplotlib-{key}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # matplotlib falls back to a temporary folder by itself
    os.environ["MPLCONFIGDIR"] = str(folder)


def figure(
    height_in: float, *, left: float = 0.09, bottom: float = 0.8, top: float = 0.35
) -> Figure:
    """A figure with fixed margins (left as a fraction of the width, bottom and top in
    inches): a layout engine measures every label again and again, and made four charts
    take over a second."""
    load()
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_IN, height_in), dpi=100)
    fig.subplots_adjust(left=left, right=0.98, bottom=bottom / height_in, top=1 - top / height_in)
    return fig


def label_margin(labels: Sequence[str], font_pt: float = 8) -> float:
    """Left margin, as a fraction of the width, that fits the longest label (DejaVu Sans:
    about 0.6 em a character)."""
    longest = max((len(label) for label in labels), default=10)
    return min(0.6, (longest * 0.6 * font_pt / 72 + 0.15) / WIDTH_IN)


def style(ax: object) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)  # type: ignore[attr-defined]
    ax.tick_params(labelsize=8)  # type: ignore[attr-defined]


def subtitle(ax: object, text: str) -> None:
    """A small title over one plot. At a fixed height: left to itself, matplotlib measures
    the tick labels above the plot to stay clear of them (none here), a twentieth of a
    second a chart."""
    ax.set_title(text, fontsize=9, loc="left", y=1.0, pad=4)  # type: ignore[attr-defined]


def category_labels(ax: object, axis: str, labels: Sequence[str], fontsize: float = 8) -> None:
    """Label the categories 0, 1, 2... of an axis with plain texts instead of ticks: each
    matplotlib tick is two lines, two texts and their markers, made afresh at every draw,
    and the SDG and GBF axes alone (40 of them) took a tenth of a second."""
    from matplotlib.ticker import NullLocator
    from matplotlib.transforms import offset_copy

    fig = ax.figure  # type: ignore[attr-defined]
    count = len(labels)
    if axis == "x":
        ax.xaxis.set_major_locator(NullLocator())  # type: ignore[attr-defined]
        ax.set_xlim(-0.5, count - 0.5)  # type: ignore[attr-defined]
        base = ax.get_xaxis_transform()  # type: ignore[attr-defined]
        at = offset_copy(base, fig, y=-3, units="points")
        for number, label in enumerate(labels):
            ax.text(number, 0, label, transform=at, ha="center", va="top",  # type: ignore[attr-defined]
                    fontsize=fontsize)  # fmt: skip
    else:
        ax.yaxis.set_major_locator(NullLocator())  # type: ignore[attr-defined]
        ax.set_ylim(-0.5, count - 0.5)  # type: ignore[attr-defined]
        base = ax.get_yaxis_transform()  # type: ignore[attr-defined]
        at = offset_copy(base, fig, x=-3, units="points")
        for number, label in enumerate(labels):
            text = ax.text(0, number, label, transform=at, ha="right", va="center",  # type: ignore[attr-defined]
                           fontsize=fontsize, linespacing=1.0)  # fmt: skip
            # fit_width wraps it when the chart is drawn narrower than its labels need.
            remember(text, CATEGORY_LABEL, label, fontsize)


def to_png(fig: Figure, dpi: int = PRINT_DPI) -> bytes:
    load()
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    # At print resolution glyph hinting buys nothing visible and costs a fifth of the time;
    # fast PNG compression, because the .docx is zipped anyway.
    with rc_context({"text.hinting": "no_hinting"}):
        fig.savefig(buffer, format="png", dpi=dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def to_rgba(fig: Figure, width_px: int, dpi: float) -> tuple[bytes, int, int]:
    """Draw a chart at a width in pixels and return its RGBA pixels, width and height:
    what a screen shows, drawn on any thread (Agg, no Qt)."""
    load()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig.set_dpi(dpi)
    fit_width(fig, width_px / dpi)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # type: ignore[no-untyped-call]
    width, height = canvas.get_width_height(physical=True)
    pixels = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    return pixels, int(width), int(height)


TITLE_IN = 0.35


def titled(fig: Figure, title: str) -> Figure:
    """Add a title band above a chart without covering its own titles and legends."""
    width, height = fig.get_size_inches()
    params = fig.subplotpars
    scale = height / (height + TITLE_IN)
    fig.set_size_inches(width, height + TITLE_IN)
    fig.subplots_adjust(top=params.top * scale, bottom=params.bottom * scale)
    fig.suptitle(
        chart_text(title), fontsize=10, fontweight="bold", x=0.01, y=0.995, ha="left", va="top"
    )
    return fig


def empty(fig: Figure, ax: object, message: str) -> Figure:
    ax.set_axis_off()  # type: ignore[attr-defined]
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=9,  # type: ignore[attr-defined]
            transform=ax.transAxes)  # type: ignore[attr-defined]  # fmt: skip
    return fig


def integer_locator() -> MaxNLocator:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)
