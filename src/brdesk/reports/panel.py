"""A chart described as data: which function of reports/charts.py draws it, with which
numbers, under which title. Plain data, so a helper process can draw it as well as any
thread (it pickles), and each call of figure() builds a new Figure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class Panel:
    """A panel: its title, and the chart function of reports/charts.py with its numbers."""

    title: str
    chart: str
    args: tuple[Any, ...]
    #: The window's language, and its words for what the chart draws (chart_words.py).
    language: str = "en"
    words: tuple[tuple[str, str], ...] = ()

    def figure(self) -> Figure:
        from brdesk.reports import charts
        from brdesk.reports.chart_words import speaking

        with speaking(self.language, dict(self.words)):
            return charts.titled(getattr(charts, self.chart)(*self.args), self.title)
