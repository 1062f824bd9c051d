"""Charts in the window's language: a panel is given the language and the translations of
the words it draws (reports/chart_words.py), since the charts run without Qt, in the
chart helper process too. English needs nothing: the charts' own words are English."""

from __future__ import annotations

import dataclasses

from brdesk.languages import SOURCE
from brdesk.reports.chart_words import TEXTS, VOCABULARY
from brdesk.reports.panel import Panel
from brdesk.ui.i18n import current_language, tx


def spoken(panel: Panel) -> Panel:
    """panel, to be drawn in the window's language (Qt's translate is thread-safe: this
    may run on a worker)."""
    language = current_language()
    if language == SOURCE:
        return panel
    words = ((text, tx(text)) for text in (*TEXTS, *VOCABULARY, panel.title))
    return dataclasses.replace(
        panel, language=language, words=tuple((k, v) for k, v in words if v != k)
    )
