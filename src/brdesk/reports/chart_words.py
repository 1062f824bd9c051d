"""The words a chart draws, in the language of the window that asked for it.

Charts run without Qt, in the window's worker threads and in the chart helper process, so
they cannot ask Qt's translator. The window sends the translations instead: a Panel
carries its language and the words it needs (ui/chart_language.py makes them from TEXTS
and the catalog); drawing it sets them for this thread only (a context variable), so two
charts drawn at once in two languages, or an English Word report beside a French
dashboard, never mix. With none set, as for the report, a chart is in English.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

from brdesk.db.vocab import ACTION_STATUSES, CATEGORIES, ZONE_KINDS, ZONES
from brdesk.languages import SOURCE, marked

_SPOKEN: ContextVar[tuple[str, Mapping[str, str]]] = ContextVar(
    "brdesk_chart_language", default=(SOURCE, {})
)

#: Every text of brdesk's own a chart draws (the user's titles and names are drawn as
#: typed). A chart_text() of a text missing here stays English: a test checks the list.
TEXTS: tuple[str, ...] = (
    marked("Actions"),
    marked("No actions yet"),
    marked("No indicator has a target and a latest value yet"),
    marked("Pillar {number}"),
    marked("Progress from baseline to target (%)"),
    marked("No observations yet"),
    marked("Observations"),
    marked("Actions per SDG"),
    marked("Actions per GBF target"),
    marked("No observations yet: import or add some"),
    marked("Jan"), marked("Feb"), marked("Mar"), marked("Apr"), marked("May"),
    marked("Jun"), marked("Jul"), marked("Aug"), marked("Sep"), marked("Oct"),
    marked("Nov"), marked("Dec"),
    marked("No species records yet"),
    marked("Taxa recorded per year"),
    marked("Species accumulation"),
    marked("Species records"),
    marked("No species records with an elevation yet"),
    marked("10-90 % of records"),
    marked("median"),
    marked("Elevation (m)"),
    marked("No action has a start and an end date yet"),
    marked("None recorded."),
    marked("Nothing answered yet"),
    marked("No zones and no located observations yet"),
    marked("N"),
)  # fmt: skip

#: The vocabularies' names charts draw (statuses, categories, zones).
VOCABULARY: tuple[str, ...] = (
    *ACTION_STATUSES.values(), *CATEGORIES.values(), *ZONE_KINDS.values(), *ZONES.values(),
)  # fmt: skip


def chart_text(text: str) -> str:
    """text (one of TEXTS or VOCABULARY, or a panel's title) in the chart's language."""
    return _SPOKEN.get()[1].get(text, text)


def chart_language() -> str:
    """The language of the chart being drawn (for the reference names: pillars, goals)."""
    return _SPOKEN.get()[0]


@contextmanager
def speaking(language: str, words: Mapping[str, str]) -> Iterator[None]:
    """Draw in language, with words (English text to its translation), in this thread."""
    token = _SPOKEN.set((language, words))
    try:
        yield
    finally:
        _SPOKEN.reset(token)
