"""Dashboard: the plan and the monitoring at a glance.

The panels are computed on a worker thread (SQL over summary tables, then matplotlib
Figures, no pyplot) and shown in matplotlib's Qt canvases. matplotlib is imported only
when this page is first opened.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from brdesk import reference
from brdesk.db.vocab import CATEGORIES
from brdesk.errors import BrdeskError
from brdesk.services.dashboard import DashboardFilter
from brdesk.ui.pages.base import AppContext, Page
from brdesk.ui.tasks import Task
from brdesk.ui.widgets.headers import page_heading


class DashboardPage(Page):
    key = "dashboard"
    title = "Dashboard"
    subtitle = "Your plan and your monitoring at a glance. Export it for slides and e-mails."

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: Task | None = None
        self.generation = 0
        self.canvases: list[Any] = []
        self.titles: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.title, self.subtitle))
        bar = QHBoxLayout()
        self.date_from, self.date_to = QLineEdit(), QLineEdit()
        for edit, hint in ((self.date_from, "from YYYY-MM-DD"), (self.date_to, "to YYYY-MM-DD")):
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(hint)
            edit.setMaximumWidth(130)
            edit.editingFinished.connect(self.refresh)
        self.category = QComboBox()
        self.category.setAccessibleName("Observation category")
        self.category.addItem("All categories", None)
        for code, label in CATEGORIES.items():
            self.category.addItem(label, code)
        self.pillar = QComboBox()
        self.pillar.setAccessibleName("Pillar")
        self.pillar.addItem("All pillars", None)
        for p in reference.pillars():
            self.pillar.addItem(f"{p.number}. {p.name}", p.number)
        self.category.currentIndexChanged.connect(lambda _i: self.refresh())
        self.pillar.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status = QLabel()
        self.status.setStyleSheet("color: #555555;")
        export = QPushButton("Export…")
        export.setToolTip("The whole dashboard as one PNG image or a PDF")
        export.clicked.connect(self.export)
        for widget in (self.date_from, self.date_to, self.category, self.pillar):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        bar.addWidget(export)
        layout.addLayout(bar)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.scroll.setWidget(self.body)
        layout.addWidget(self.scroll, 1)

    def current_filter(self) -> DashboardFilter:
        def day(edit: QLineEdit) -> date | None:
            try:
                return date.fromisoformat(edit.text().strip()) if edit.text().strip() else None
            except ValueError:
                self.status.setText(f"'{edit.text()}' is not a date written YYYY-MM-DD.")
                return None

        return DashboardFilter(
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            category=self.category.currentData(),
            pillar=self.pillar.currentData(),
        )

    def refresh(self) -> None:
        from brdesk.services.dashboard import dashboard_panels

        self.generation += 1
        generation = self.generation
        store, flt = self.ctx.store, self.current_filter()
        self.status.setText("Computing…")

        def work(_progress: Any, _stage: Any) -> list[tuple[str, Any]]:
            return dashboard_panels(store, flt)

        task = Task(work, self)
        task.on_success(lambda panels: self._show(generation, panels))
        task.on_failure(lambda message: self.status.setText(message))
        task.on_done(lambda: setattr(self, "task", None) if self.task is task else None)
        task.finished.connect(task.deleteLater)
        self.task = task
        task.start()

    def _show(self, generation: int, panels: list[tuple[str, Any]]) -> None:
        if generation != self.generation:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from brdesk.reports.charts import titled

        for canvas in self.canvases:
            self.grid.removeWidget(canvas)
            canvas.deleteLater()
        self.canvases, self.titles = [], []
        for number, (title, fig) in enumerate(panels):
            canvas = FigureCanvasQTAgg(titled(fig, title))
            canvas.setAccessibleName(title)
            height = fig.get_size_inches()[1]
            # Its own height, at screen resolution; the scroll area takes the rest.
            canvas.setFixedHeight(int(height * 85))
            self.grid.addWidget(canvas, number // 2, number % 2, Qt.AlignmentFlag.AlignTop)
            canvas.show()  # now, so the layout counts it below (Qt would show it later)
            self.canvases.append(canvas)
            self.titles.append(title)
        # The scroll area sized the body before the panels came: make room for them.
        self.grid.activate()
        self.status.setText("")

    def wait_until_ready(self) -> None:
        """For tests and the self-test."""
        if self.task is not None:
            self.task.wait(60_000)
        for _ in range(3):  # the result, then the layout it asks for
            QApplication.processEvents()

    def export(self) -> None:
        from brdesk.services.dashboard import export_dashboard
        from brdesk.ui.export_actions import show_written

        suggested = Path.home() / f"dashboard-{date.today():%Y-%m-%d}.png"
        name, chosen = QFileDialog.getSaveFileName(
            self, "Export the dashboard", str(suggested), "PNG image (*.png);;PDF (*.pdf)"
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".png", ".pdf"):
            path = path.with_suffix(".pdf" if "pdf" in chosen.lower() else ".png")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_dashboard(self.ctx.store, path, self.current_filter())
        except BrdeskError as exc:
            QMessageBox.warning(self, "Export the dashboard", str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        show_written(self, "Export the dashboard", f"The dashboard was written to {path}.", path)

    def shutdown(self) -> None:
        if self.task is not None:
            self.task.wait(60_000)
