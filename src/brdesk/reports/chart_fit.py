"""Laying a chart out again for the width (and height) it is drawn at: its margins kept in
inches, category labels wrapped or cut to fit, legends in as many columns as fit, text
panels wrapped. Used by the dashboard (any column width), the report and the exports.

Chart functions in charts.py mark what may be laid out again (_remember, legend_above);
fit_width and fit_height do it. No Qt, no pyplot.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def short(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def fit_width(fig: Figure, width_in: float) -> Figure:
    """Give a chart another width, keeping its side margins in inches: the margins were
    measured for the labels, and scaling them with the width clips long labels in a
    narrow column."""
    old_width, height = fig.get_size_inches()
    params = fig.subplotpars
    left_in, right_in = params.left * old_width, (1 - params.right) * old_width
    fig.set_size_inches(width_in, height)
    labels_in = _fit_category_labels(fig, width_in)
    if labels_in is not None:
        left_in = labels_in
    left = min(left_in / width_in, 0.6)
    fig.subplots_adjust(left=left, right=max(left + 0.33, 1 - right_in / width_in))
    _fit_legends(fig, width_in)
    fit_text_blocks(fig, width_in)
    return fig


TEXT_BLOCK = "brdesk-text-block"


def fit_text_blocks(fig: Figure, width_in: float) -> None:
    """Wrap a text panel's lines to the width, growing the figure for the lines added (its
    margins, a title band among them, keep their inches)."""
    blocks = fig.findobj(match=lambda a: a.get_gid() == TEXT_BLOCK)
    for text in blocks:
        original, size = _ORIGINALS[text]
        room = 0.96 * width_in - 0.1
        lines = [w for line in original.split("\n") for w in _wrap_lines(line, size, room)]
        text.set_text("\n".join(lines))  # type: ignore[attr-defined]
        fit_height(fig, None, body_in=0.1 + 0.2 * max(1, len(lines)))


def fit_height(fig: Figure, height_in: float | None, *, body_in: float | None = None) -> Figure:
    """Give a chart another height (or its plots body_in inches), keeping the margins
    above and below the plots in inches: titles, legends and axis labels keep their room
    and the plots take what is left."""
    old_width, old_height = fig.get_size_inches()
    params = fig.subplotpars
    top_in, bottom_in = (1 - params.top) * old_height, params.bottom * old_height
    if height_in is None:
        height_in = top_in + bottom_in + (body_in or 0.0)
    height_in = max(height_in, top_in + bottom_in + 0.4)
    fig.set_size_inches(old_width, height_in)
    fig.subplots_adjust(top=1 - top_in / height_in, bottom=bottom_in / height_in)
    _fit_category_labels(fig, old_width)  # rows are lower now: fewer lines may fit
    return fig


def _wrap_lines(line: str, size: float, room: float) -> list[str]:
    """A line broken at spaces into lines that each fit room inches."""
    words = line.split(" ")
    out: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if current and _text_width_in(candidate, size) > room:
            out.append(current)
            current = "    " + word  # continuation lines indented under the first
        else:
            current = candidate
    out.append(current)
    return out


CATEGORY_LABEL = "brdesk-category-label"
#: What a label said and its size before fit_width wrapped it for a width.
_ORIGINALS: weakref.WeakKeyDictionary[Any, tuple[str, float]] = weakref.WeakKeyDictionary()


def remember(text: Any, kind: str, original: str, size: float) -> None:
    text.set_gid(kind)
    _ORIGINALS[text] = (original, size)


#: The share of a chart's width its category labels may take before they wrap.
LABEL_SHARE = 0.45


@functools.lru_cache(maxsize=4096)
def _text_width_in(text: str, size: float) -> float:
    """The width of a line of text in the charts' font, measured as matplotlib will draw
    it. Cached: a chart is laid out again at every width, with the same labels."""
    from matplotlib.font_manager import FontProperties

    width, _height, _descent = _measurer().get_text_width_height_descent(
        text, FontProperties(size=size), ismath=False
    )
    return float(width) / 72


@functools.cache
def _measurer() -> Any:
    from matplotlib.textpath import TextToPath

    return TextToPath()


def _fit_category_labels(fig: Figure, width_in: float) -> float | None:
    """Wrap the plots' category labels onto two lines (a point smaller) when on one they
    would take more than LABEL_SHARE of the width; cut the second line with "…" if even
    that is not enough. Returns the left margin the labels need (inches), or None when the
    chart has no such labels."""
    import textwrap

    labels = [t for t in fig.findobj(match=lambda a: a.get_gid() == CATEGORY_LABEL)]
    if not labels:
        return None
    room = LABEL_SHARE * width_in - 0.1
    originals = [_ORIGINALS[t] for t in labels]
    # One size for all the labels of a chart: a point smaller for all when any must wrap.
    crowded = any(_text_width_in(text, size) > room for text, size in originals)
    needed = 0.0
    for text, (original, size) in zip(labels, originals, strict=True):
        shown_size = size - 1 if crowded else size
        shown = original
        if _text_width_in(original, shown_size) > room:
            lines = 2 if _row_height_in(text) >= 2.3 * shown_size / 72 else 1
            shown = _wrap_to(original, shown_size, room, textwrap, lines)
        text.set_text(shown)  # type: ignore[attr-defined]
        text.set_fontsize(shown_size)  # type: ignore[attr-defined]
        widest = max(_text_width_in(line, shown_size) for line in shown.split("\n"))
        needed = max(needed, widest)
    return needed + 0.12


def _row_height_in(text: Any) -> float:
    """The height of one category row of the plot a label belongs to."""
    ax = text.axes
    rows = sum(1 for t in ax.texts if t.get_gid() == CATEGORY_LABEL) or 1
    return float(ax.get_position().height * ax.figure.get_size_inches()[1] / rows)


def _wrap_to(text: str, size: float, room: float, textwrap: Any, lines: int = 2) -> str:
    """At most two lines (or one), each within room inches; the last cut with "…" if need
    be."""
    if lines == 1:
        cut = text
        while len(cut) > 4 and _text_width_in(cut + "…", size) > room:
            cut = cut[:-1]
        return text if cut == text else cut.rstrip() + "…"
    chars = len(text)
    while chars > 8:
        wrapped: list[str] = textwrap.wrap(text, chars)
        if len(wrapped) <= 2 and all(_text_width_in(line, size) <= room for line in wrapped):
            return "\n".join(wrapped)
        if len(wrapped) > 2 and all(_text_width_in(line, size) <= room for line in wrapped[:2]):
            second = wrapped[1]
            while second and _text_width_in(second + "…", size) > room:
                second = second[:-1]
            return f"{wrapped[0]}\n{second.rstrip()}…"
        chars -= 2
    return short(text, 8)


def legend_above(ax: Any, handles: Sequence[Any] | None = None) -> None:
    """A legend in the band above the plot, right-aligned with it, in as many columns as
    the chart's width holds (fit_width lays it out again for another width)."""
    kwargs: dict[str, Any] = dict(fontsize=7, loc="lower right", bbox_to_anchor=(1.0, 1.0),
                                  frameon=False, handlelength=1.2, columnspacing=1.2)  # fmt: skip
    if handles is not None:
        kwargs["handles"] = list(handles)
    legend = ax.legend(ncols=6, **kwargs)
    legend.brdesk_above = kwargs
    _fit_legend(ax, legend, ax.figure.get_size_inches()[0])


def _fit_legends(fig: Figure, width_in: float) -> None:
    for ax in fig.axes:
        legend = ax.get_legend()
        if legend is not None and hasattr(legend, "brdesk_above"):
            _fit_legend(ax, legend, width_in)


def _fit_legend(ax: Any, legend: Any, width_in: float) -> None:
    """Lay the legend out again in the most columns that fit between the figure's left
    edge and the plot's right edge."""
    kwargs = dict(legend.brdesk_above)
    size = 7
    texts = [t.get_text() for t in legend.get_texts()]
    if not texts:
        return
    em = size / 72
    widest = max(_text_width_in(t, size) for t in texts) + (1.2 + 0.8) * em
    gap = 1.2 * em
    room = ax.figure.subplotpars.right * width_in - 0.1
    columns = max(1, min(len(texts), int((room + gap) // (widest + gap))))
    rows = -(-len(texts) // columns)
    handles = kwargs.pop("handles", None) or legend.legend_handles
    fresh = ax.legend(handles=handles, labels=texts, ncols=columns, **kwargs)
    fresh.brdesk_above = legend.brdesk_above
    # Room above the plot for every row of the legend.
    height_in = ax.figure.get_size_inches()[1]
    needed = (rows * 1.25 * size + 6) / 72
    top_in = (1 - ax.figure.subplotpars.top) * height_in
    if needed > top_in:
        ax.figure.subplots_adjust(top=1 - needed / height_in)
