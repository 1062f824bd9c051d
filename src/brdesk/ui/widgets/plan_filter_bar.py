"""The plan's filter bar: words to find, a pillar, a status, an SDG, a GBF target; and
how many actions the filter leaves in view."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from brdesk import reference
from brdesk.db.vocab import ACTION_STATUSES
from brdesk.services.plan import PlanFilter
from brdesk.ui.i18n import current_language, tr_n, tx
from brdesk.ui.widgets.filter_parts import choice_box, find_box


class PlanFilterBar(QWidget):
    #: The filter changed (typing, or a choice).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.find_box = find_box(tx("Find in the plan (Ctrl+F)"), tx("Find in the plan"))
        self.find_box.textChanged.connect(self.changed)
        self.pillar_filter = choice_box(
            tx("All pillars"),
            [(p.number, f"{p.number}. {p.name}") for p in reference.pillars(current_language())],
        )
        self.status_filter = choice_box(
            tx("Any status"), [(c, tx(label)) for c, label in ACTION_STATUSES.items()]
        )
        sdg = tx("SDG {number}")
        self.sdg_filter = choice_box(
            tx("Any SDG"),
            [
                (g.number, f"{sdg.format(number=g.number)} · {g.title}")
                for g in reference.sdgs(current_language())
            ],
        )
        target = tx("Target {number}")
        gbf = [
            (g.number, f"{target.format(number=g.number)} · {g.title}")
            for g in reference.gbf_targets(current_language())
        ]
        self.gbf_filter = choice_box(tx("Any GBF target"), gbf)
        row.addWidget(self.find_box, 2)
        for box, name in (
            (self.pillar_filter, tx("Filter by pillar")),
            (self.status_filter, tx("Filter by status")),
            (self.sdg_filter, tx("Filter by SDG")),
            (self.gbf_filter, tx("Filter by GBF target")),
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
        self.shown_label.setText(
            tr_n("%1 of %Ln action(s) shown", "", of).replace("%1", QLocale().toString(shown))
        )
