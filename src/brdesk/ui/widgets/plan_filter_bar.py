"""The plan's filter bar: words to find, a pillar, a status, an SDG, a GBF target; and
how many actions the filter leaves in view."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from brdesk import reference
from brdesk.db.vocab import ACTION_STATUSES
from brdesk.services.plan import PlanFilter
from brdesk.ui.i18n import current_language
from brdesk.ui.widgets.filter_parts import choice_box, find_box


class PlanFilterBar(QWidget):
    #: The filter changed (typing, or a choice).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.find_box = find_box("Find in the plan (Ctrl+F)", "Find in the plan")
        self.find_box.textChanged.connect(self.changed)
        self.pillar_filter = choice_box(
            "All pillars",
            [(p.number, f"{p.number}. {p.name}") for p in reference.pillars(current_language())],
        )
        self.status_filter = choice_box("Any status", list(ACTION_STATUSES.items()))
        self.sdg_filter = choice_box(
            "Any SDG",
            [(g.number, f"SDG {g.number} · {g.title}") for g in reference.sdgs(current_language())],
        )
        gbf = [(g.number, f"Target {g.number} · {g.title}") for g in reference.gbf_targets()]
        self.gbf_filter = choice_box("Any GBF target", gbf)
        row.addWidget(self.find_box, 2)
        for box, name in (
            (self.pillar_filter, "Filter by pillar"),
            (self.status_filter, "Filter by status"),
            (self.sdg_filter, "Filter by SDG"),
            (self.gbf_filter, "Filter by GBF target"),
        ):
            box.setAccessibleName(name)
            box.setMaximumWidth(220)
            box.currentIndexChanged.connect(self.changed)
            row.addWidget(box, 1)
        self.shown_label = QLabel()
        self.shown_label.setStyleSheet("color: #555555;")
        row.addWidget(self.shown_label)

    def current(self) -> PlanFilter:
        return PlanFilter(
            pillar=self.pillar_filter.currentData(),
            status=self.status_filter.currentData(),
            sdg=self.sdg_filter.currentData(),
            gbf=self.gbf_filter.currentData(),
            text=self.find_box.text().strip() or None,
        )

    def show_count(self, shown: int, of: int) -> None:
        self.shown_label.setText(f"{shown} of {of} action{'' if of == 1 else 's'} shown")
