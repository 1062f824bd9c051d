"""The plan's alignment matrix: which SDGs and GBF targets its actions serve, and which no
action serves yet."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from brdesk.ui.i18n import tr_n, tx
from brdesk.ui.models.alignment_model import AlignmentModel


class AlignmentTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        layout.addWidget(self.gaps)
        self.alignment = AlignmentModel(self)
        self.matrix = QTableView()
        self.matrix.setTabKeyNavigation(False)
        self.matrix.setModel(self.alignment)
        self.matrix.setAccessibleName(tx("Alignment matrix"))
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.horizontalHeader().setDefaultSectionSize(34)
        self.matrix.verticalHeader().setMaximumWidth(360)
        layout.addWidget(self.matrix, 1)
        legend = QLabel(
            tx(
                "● the action serves the goal (coloured by pillar). Shaded columns: goals no "
                "action serves yet. The last row counts the actions per goal."
            )
        )
        legend.setStyleSheet("color: #555555;")
        legend.setWordWrap(True)
        layout.addWidget(legend)

    def load(self, actions: list[Any], pillar_of: Callable[[Any], int]) -> None:
        self.alignment.load(actions, pillar_of)
        self.matrix.resizeRowsToContents()
        uncovered = self.alignment.uncovered_goals()
        unserved_sdgs, unserved_targets = self.alignment.uncovered_counts()
        sdgs, targets = 17 - unserved_sdgs, 23 - unserved_targets
        told = (
            tr_n("<b>%Ln action(s)</b> serve %1 of 17 SDGs and %2 of 23 GBF targets.", "",
                 len(actions))
            .replace("%1", str(sdgs))
            .replace("%2", str(targets))
        )  # fmt: skip
        if uncovered:
            told += " " + tx("Not yet served: %1.").replace("%1", ", ".join(uncovered))
        self.gaps.setText(told)
