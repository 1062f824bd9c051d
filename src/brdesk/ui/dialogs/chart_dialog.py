"""One dashboard chart, large and live: matplotlib's own Qt canvas with its toolbar, to
zoom into the map or a busy month and to save the chart alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget


class ChartDialog(QDialog):
    def __init__(self, panel: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from brdesk.reports import charts

        charts.load()
        from matplotlib.backends.backend_qt import NavigationToolbar2QT
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.setWindowTitle(panel.title)
        self.resize(960, 640)
        layout = QVBoxLayout(self)
        self.canvas = FigureCanvasQTAgg(panel.figure())
        self.canvas.setAccessibleName(panel.title)
        self.toolbar = NavigationToolbar2QT(self.canvas, self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
