"""Dashboard: the plan and the monitoring at a glance.

Everything slow happens on a worker thread: the SQL over the summary tables, building
each matplotlib Figure (no pyplot) and drawing it with Agg at the column's width. The GUI
thread only copies finished pixels into ChartViews, one panel at a time as each is ready,
so the page appears at once and never freezes; a resize redraws on the worker too. A
panel opens large in matplotlib's live Qt canvas (ChartDialog) for zooming. matplotlib is
imported only when this page is first opened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from brdesk import reference
from brdesk.db.vocab import ZONES
from brdesk.services.dashboard import DashboardFilter
from brdesk.ui import prompts
from brdesk.ui.chart_language import spoken
from brdesk.ui.heap import settle_heap
from brdesk.ui.i18n import current_language, marked, tx
from brdesk.ui.operations import Job
from brdesk.ui.pages.base import AppContext, Page
from brdesk.ui.widgets.chart_view import ChartView
from brdesk.ui.widgets.filter_parts import DateRange, category_box, choice_box
from brdesk.ui.widgets.headers import page_heading

#: Two columns of panels from this width of the page's viewport (pixels) up.
TWO_COLUMNS_FROM = 1000
MIN_WIDTH = 320


class DashboardPage(Page):
    key = "dashboard"
    title = marked("Dashboard")
    subtitle = marked(
        "Your plan and your monitoring at a glance. Export it for slides and e-mails."
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.views: list[ChartView] = []
        self.panels: list[Any] = []
        self.drawn_width = 0
        self._arranged_columns = 0
        # Redraw for a new width once the user stops resizing, not at every step.
        self.resize_timer = QTimer(self)
        self.resize_timer.setSingleShot(True)
        self.resize_timer.setInterval(250)
        self.resize_timer.timeout.connect(self.redraw)
        from brdesk.reports import chart_helper

        chart_helper.shared().start()  # if the idle start after opening has not yet
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.title, self.subtitle))
        bar = QHBoxLayout()
        self.dates = DateRange(width=130)
        self.dates.finished.connect(self.refresh)
        self.date_from, self.date_to = self.dates.date_from, self.dates.date_to
        self.category = category_box(tx("Observation category"))
        pillars = (
            (p.number, f"{p.number}. {p.name}") for p in reference.pillars(current_language())
        )
        self.pillar = choice_box(tx("All pillars"), pillars, tx("Pillar"), roomy=True)
        # The monitoring panels of one zone on the map: the observations whose coordinates
        # fall in it (the plan's panels are the whole plan's).
        self.zone = choice_box(
            tx("All zones on the map"), ZONES.items(), tx("Zone on the map"), roomy=True
        )
        self.zone.setToolTip(
            tx(
                "The monitoring panels count only the observations inside this zone on the map; "
                "the plan's panels show the whole plan"
            )
        )
        self.category.currentIndexChanged.connect(lambda _i: self.refresh())
        self.pillar.currentIndexChanged.connect(lambda _i: self.refresh())
        self.zone.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status = QLabel()
        self.status.setStyleSheet("color: #555555;")
        self.export_button = export = QPushButton(tx("Export…"))
        export.setToolTip(tx("The whole dashboard as one PNG image or a PDF (Ctrl+E)"))
        export.setShortcut("Ctrl+E")
        export.clicked.connect(self.export)
        for widget in (self.dates, self.category, self.zone, self.pillar):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        bar.addWidget(export)
        layout.addLayout(bar)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        # Always there: a scroll bar appearing as the panels arrive would narrow the
        # columns and make every panel draw twice.
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.scroller.setWidget(self.body)
        self.scroller.viewport().installEventFilter(self)
        layout.addWidget(self.scroller, 1)

    def current_filter(self) -> DashboardFilter:
        problems: list[str] = []
        date_from, date_to = self.dates.dates(problems)
        if problems:
            self.status.setText("; ".join(problems) + ".")
        return DashboardFilter(
            date_from=date_from,
            date_to=date_to,
            category=self.category.currentData(),
            pillar=self.pillar.currentData(),
            zone=self.zone.currentData(),
        )

    def columns(self) -> int:
        return 2 if self.scroller.viewport().width() >= TWO_COLUMNS_FROM else 1

    def column_width(self) -> int:
        margins = self.grid.contentsMargins()
        spare = self.scroller.viewport().width() - margins.left() - margins.right()
        columns = self.columns()
        return max(MIN_WIDTH, (spare - self.grid.horizontalSpacing() * (columns - 1)) // columns)

    def refresh(self) -> None:
        """Compute the panels for the current filter, then draw them."""
        from brdesk.services.dashboard import dashboard_panels

        store, flt = self.ctx.store, self.current_filter()
        self._render(lambda: dashboard_panels(store, flt), new_data=True)

    def redraw(self) -> None:
        """Draw the panels again at the column's new width, without asking the data."""
        if self.panels and abs(self.column_width() - self.drawn_width) > 4:
            panels = list(self.panels)
            self._render(lambda: iter(panels), new_data=False)

    def _render(self, source: Callable[[], Iterator[Any]], *, new_data: bool) -> None:
        from brdesk.reports import chart_helper
        from brdesk.reports.charts import load as load_charts

        width, ratio = self.column_width(), self.devicePixelRatioF()
        dpi = self.logicalDpiX() * ratio
        self.drawn_width = width
        rendered: list[Any] = []
        self.status.setText(tx("Computing…") if new_data else tx("Drawing…"))

        def work(job: Job) -> list[Any]:
            load_charts()
            settle_heap()  # matplotlib's objects too, once loaded
            panels = []
            helper = chart_helper.shared()
            panels_in_language = (spoken(p) for p in source())
            drawing = helper.draw_all(
                panels_in_language, round(width * ratio), dpi, job.token.event
            )
            for drawn in drawing:
                panels.append(drawn.panel)
                rendered.append(drawn)  # read by the GUI after stage()
                job.stage(drawn.number)
            return panels

        def succeeded(panels: list[Any]) -> None:
            self.panels = panels
            self.status.setText("")

        # A newer drawing (new filters, a new width) overtakes this one: it stops at its
        # next panel, and what it drew is not shown.
        self.ctx.operations.run(
            work,
            key="dashboard: draw",
            on_stage=lambda number: self._place(rendered[number], ratio),
            on_success=succeeded,
            on_failure=self.status.setText,
        )

    def _place(self, drawn: Any, ratio: float) -> None:
        while len(self.views) <= drawn.number:
            view = ChartView(tx(drawn.panel.title))
            view.opened.connect(lambda view=view: self.open_panel(view))
            self.views.append(view)
            self._add(len(self.views) - 1, self.columns())
        self.views[drawn.number].set_chart(
            drawn.rgba, drawn.width, drawn.height, ratio, drawn.panel, drawn.where
        )

    @property
    def titles(self) -> list[str]:
        return [view.title for view in self.views]

    def _add(self, number: int, columns: int) -> None:
        view = self.views[number]
        self.grid.addWidget(view, number // columns, number % columns, Qt.AlignmentFlag.AlignTop)
        view.show()  # now, so the layout counts it at once (Qt would show it later)
        self._arranged_columns = columns

    def _arrange(self) -> None:
        for view in self.views:
            self.grid.removeWidget(view)
        for number in range(len(self.views)):
            self._add(number, self.columns())

    def open_panel(self, view: ChartView) -> None:
        from brdesk.ui.dialogs.chart_dialog import ChartDialog

        number = self.views.index(view)
        if number < len(self.panels):  # else still being computed
            ChartDialog(self.panels[number], self).exec()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize:
            if self.views and self.columns() != self._arranged_columns:
                self._arrange()
            self.resize_timer.start()
        return super().eventFilter(watched, event)

    @property
    def busy(self) -> bool:
        return any(op.key == "dashboard: draw" for op in self.ctx.operations.running())

    def export(self) -> None:
        from brdesk.services.dashboard import export_dashboard

        suggested = Path.home() / f"dashboard-{date.today():%Y-%m-%d}.pdf"
        path = prompts.choose_save(
            self,
            tx("Export the dashboard"),
            suggested,
            "PDF, A4 landscape, to print or attach (*.pdf);;PNG image for a slide (*.png)",
        )
        if path is None:
            return
        store, flt = self.ctx.store, self.current_filter()
        self.export_button.setEnabled(False)
        self.status.setText(tx("Exporting to {name}…").format(name=path.name))

        def finished() -> None:
            self.export_button.setEnabled(True)
            self.status.setText("")

        self.ctx.operations.run(
            lambda _job: export_dashboard(store, path, flt),
            title=tx("Export the dashboard"),
            on_success=lambda _n: prompts.tell_written(
                self,
                tx("Export the dashboard"),
                tx("The dashboard was written to {path}.").format(path=path),
                path,
            ),
            on_done=finished,
        )

    def shutdown(self) -> None:
        for operation in self.ctx.operations.running():
            if operation.key == "dashboard: draw":
                operation.cancel()
