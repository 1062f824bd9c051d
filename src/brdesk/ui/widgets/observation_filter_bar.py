"""The observation log's filter bar: words to find, a category, a zone, dates, an elevation
range, a Clear button, and what the bar could not read, said under it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from brdesk.db.vocab import ZONES
from brdesk.services.observation_query import MAP_ZONE_CHOICES, ObservationFilter
from brdesk.ui.i18n import marked, tx
from brdesk.ui.widgets.filter_parts import (
    DateRange,
    NumberRange,
    category_box,
    choice_box,
    find_box,
)


class ObservationFilterBar(QWidget):
    #: Something was typed: the page waits for a pause before it asks again.
    typed = Signal()
    #: A choice was made, or the bar cleared: the page asks at once.
    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        column.addLayout(row)
        self.find_box = find_box(
            tx("Find taxon, site, notes or observer (Ctrl+F)"), tx("Find in observations")
        )
        self.category = category_box()
        zones = [(code, tx(label)) for code, label in ZONES.items()]
        self.zone = choice_box(tx("Any recorded zone"), zones, tx("Filter by zone"))
        self.zone.setToolTip(tx("The zone the observer recorded"))
        self.map_zone = choice_box(
            tx("Any zone on the map"),
            [(code, tx(label)) for code, label in MAP_ZONE_CHOICES.items()],
            tx("Filter by zone on the map"),
        )
        self.map_zone.setToolTip(tx("The zone the coordinates fall in, on the Map page's zones"))
        self.dates = DateRange()
        self.elevation = NumberRange(marked("elevation"), marked("m"))
        self.clear_button = QPushButton(tx("Clear"))
        self.clear_button.setAccessibleName(tx("Clear the filters"))
        # Under the boxes, not beside them: a long message would squeeze the find box.
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #B00020;")
        self.problems.setWordWrap(True)
        self.problems.hide()

        self.find_box.textChanged.connect(lambda _t: self.typed.emit())
        self.dates.edited.connect(self.typed)
        self.elevation.edited.connect(self.typed)
        self.category.currentIndexChanged.connect(lambda _i: self.chosen.emit())
        self.zone.currentIndexChanged.connect(lambda _i: self.chosen.emit())
        self.map_zone.currentIndexChanged.connect(lambda _i: self.chosen.emit())
        self.clear_button.clicked.connect(self.clear)

        row.addWidget(self.find_box, 3)
        for widget in (self.category, self.zone, self.map_zone, self.dates, self.elevation,
                       self.clear_button):  # fmt: skip
            row.addWidget(widget)
        column.addWidget(self.problems)

    def current(self) -> ObservationFilter:
        """The filter the bar describes; a value it cannot read is named and left out."""
        problems: list[str] = []
        date_from, date_to = self.dates.dates(problems)
        low, high = self.elevation.values(problems)
        self.problems.setText("; ".join(problems))
        self.problems.setVisible(bool(problems))
        return ObservationFilter(
            text=self.find_box.text().strip() or None,
            category=self.category.currentData(),
            zone=self.zone.currentData(),
            map_zone=self.map_zone.currentData(),
            date_from=date_from,
            date_to=date_to,
            elevation_min=low,
            elevation_max=high,
        )

    def show_map_zone(self, code: str) -> None:
        """Every filter off but the zone on the map (the Map page's "Show them")."""
        self.clear()
        self.map_zone.setCurrentIndex(max(0, self.map_zone.findData(code)))

    def clear(self) -> None:
        """Every filter off, then one request (not one per box emptied)."""
        parts = (self.find_box, self.dates, self.elevation, self.category, self.zone, self.map_zone)
        for part in parts:
            part.blockSignals(True)
        try:
            self.find_box.clear()
            self.dates.clear()
            self.elevation.clear()
            self.category.setCurrentIndex(0)
            self.zone.setCurrentIndex(0)
            self.map_zone.setCurrentIndex(0)
        finally:
            for part in parts:
                part.blockSignals(False)
        self.chosen.emit()
