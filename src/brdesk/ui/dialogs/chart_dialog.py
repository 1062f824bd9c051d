"""One dashboard chart, large and live: matplotlib's own Qt canvas with its toolbar, to
zoom into the map or a busy month and to save the chart alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from brdesk.ui.i18n import marked, tx


class ChartDialog(QDialog):
    def __init__(self, panel: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from brdesk.reports import charts

        charts.load()
        from matplotlib.backends.backend_qt import NavigationToolbar2QT
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.setWindowTitle(tx(panel.title))
        self.resize(960, 640)
        layout = QVBoxLayout(self)
        self.canvas = FigureCanvasQTAgg(panel.figure())
        self.canvas.setAccessibleName(tx(panel.title))
        self.toolbar = NavigationToolbar2QT(self.canvas, self)
        _say_tools(self.toolbar)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


#: matplotlib's toolbar names its tools in English; the window's language instead.
TOOLS = {
    "Home": (marked("Home"), marked("Reset original view")),
    "Back": (marked("Back"), marked("Back to previous view")),
    "Forward": (marked("Forward"), marked("Forward to next view")),
    "Pan": (marked("Pan"), marked("Left button pans, right button zooms")),
    "Zoom": (marked("Zoom"), marked("Zoom to rectangle")),
    "Subplots": (marked("Subplots"), marked("Configure subplots")),
    "Customize": (marked("Customize"), marked("Edit axis, curve and image parameters")),
    "Save": (marked("Save"), marked("Save the figure")),
}


def _say_tools(toolbar: QWidget) -> None:
    for action in toolbar.actions():
        words = TOOLS.get(action.text())
        if words is not None:
            action.setText(tx(words[0]))
            action.setToolTip(tx(words[1]))
