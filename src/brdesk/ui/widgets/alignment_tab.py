"""The plan's alignment matrix: which SDGs and GBF targets its actions serve, and which no
action serves yet."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from brdesk.ui.models.alignment_model import AlignmentModel
from brdesk.wording import plural


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
        self.matrix.setAccessibleName("Alignment matrix")
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.horizontalHeader().setDefaultSectionSize(34)
        self.matrix.verticalHeader().setMaximumWidth(360)
        layout.addWidget(self.matrix, 1)
        legend = QLabel(
            "● the action serves the goal (coloured by pillar). Shaded columns: goals no action "
            "serves yet. The last row counts the actions per goal."
        )
        legend.setStyleSheet("color: #555555;")
        legend.setWordWrap(True)
        layout.addWidget(legend)

    def load(self, actions: list[Any], pillar_of: Callable[[Any], int]) -> None:
        self.alignment.load(actions, pillar_of)
        self.matrix.resizeRowsToContents()
        uncovered = self.alignment.uncovered_goals()
        self.gaps.setText(
            f"<b>{plural(len(actions), 'action')}</b> serve "
            f"{17 - sum(1 for g in uncovered if g.startswith('SDG'))} of 17 SDGs and "
            f"{23 - sum(1 for g in uncovered if g.startswith('GBF'))} of 23 GBF targets."
            + (f" Not yet served: {', '.join(uncovered)}." if uncovered else "")
        )
