"""Observations: the log, with filters, a column chooser, add/edit/delete, import and export.

Every query runs on a worker thread with its own read-only connection: first the count
and a screenful, then the full list of ids, so the page is usable at once on a million
records and typing in the filter never freezes the window.
"""

from __future__ import annotations

from array import array
from typing import Any

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from brdesk.errors import BrdeskError
from brdesk.services.observation_query import (
    COLUMNS,
    ObservationFilter,
    count,
    query_ids,
)
from brdesk.services.observations import ObservationService
from brdesk.ui import prompts
from brdesk.ui.i18n import marked, say, tr_n, tx
from brdesk.ui.models.observation_table_model import KEYS, PAGE, ObservationTableModel
from brdesk.ui.operations import Job
from brdesk.ui.pages.base import AppContext, Page
from brdesk.ui.undo import ServiceCommand, execute
from brdesk.ui.widgets.headers import page_heading
from brdesk.ui.widgets.observation_filter_bar import ObservationFilterBar

HIDDEN_BY_DEFAULT = {
    "observed_time",
    "unit",
    "value",
    "latitude",
    "longitude",
    "method",
    "source",
    "notes",
}


WIDTHS = {
    "observed_on": 95, "category": 110, "subject": 230, "site": 190, "zone": 110, "map_zone": 120,
    "elevation_m": 90, "count": 60, "observer": 130,
}  # fmt: skip


class DeleteObservationsCommand(ServiceCommand):
    def __init__(self, service: ObservationService, ids: list[int], refresh: Any) -> None:
        super().__init__(tr_n("Delete %Ln observation(s)", "", len(ids)))
        self.service, self.ids, self.refresh = service, ids, refresh
        self.snapshots: list[dict[str, Any]] = []

    def apply(self) -> None:
        self.snapshots = self.service.delete_many(self.ids)
        self.refresh()

    def undo(self) -> None:
        self.service.restore_many(self.snapshots)
        self.refresh()


class ObservationsPage(Page):
    key = "observations"
    title = marked("Observations")
    subtitle = marked(
        "Your monitoring log. Filters search as you type; double-click a record to edit it."
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = ObservationService(ctx.store)
        self.order, self.descending = "observed_on", True
        self.loading = False
        # Typing asks again after a pause, not at every key.
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(250)
        self.debounce.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.title, self.subtitle))
        layout.addLayout(self._build_toolbar())
        self.filters = ObservationFilterBar()
        self.filters.typed.connect(self.debounce.start)
        self.filters.chosen.connect(self.refresh)
        layout.addWidget(self.filters)
        self.model = ObservationTableModel(ctx.reader, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.view.setModel(self.model)
        self.view.setAccessibleName(tx("Observation log"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(KEYS.index("observed_on"), _qt_order(True))
        header.sectionClicked.connect(self._sort_by)
        header.setContextMenuPolicy(header.contextMenuPolicy().CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda _p: self._columns_menu().exec(self.cursor().pos())
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        for key, width in WIDTHS.items():
            # Wide enough for the heading in the window's language ("Количество").
            heading = tx(COLUMNS[key][0])
            self.view.setColumnWidth(
                KEYS.index(key), max(width, metrics.horizontalAdvance(heading) + 28)
            )
        for key in HIDDEN_BY_DEFAULT:
            self.view.setColumnHidden(KEYS.index(key), True)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.view, 1)
        self.status = QLabel()
        self.status.setAccessibleName(tx("How many observations are shown"))
        layout.addWidget(self.status)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        QShortcut(QKeySequence("Return"), self.view, self.edit_selected)
        self._restore_layout()

    # --- building ---------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.add_button = QPushButton(tx("Add…"))
        self.add_button.setToolTip(tx("Add an observation (Ctrl+N)"))
        self.add_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(tx("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(tx("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.link_button = QPushButton(tx("Link to a good practice…"))
        self.link_button.setToolTip(tx("The selected records become evidence of a good practice"))
        self.link_button.clicked.connect(self.link_selected)
        self.import_button = QPushButton(tx("Import…"))
        self.import_button.setToolTip(tx("From KoBoToolbox, ODK, iNaturalist, GBIF, CSV or Excel"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(tx("Export…"))
        self.export_button.setToolTip(
            tx("The records shown, as CSV, Excel, GeoJSON or Darwin Core")
        )
        self.export_button.clicked.connect(self.export_shown)
        self.columns_button = QToolButton()
        self.columns_button.setText(tx("Columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setMenu(self._columns_menu())
        for widget in (self.add_button, self.edit_button, self.delete_button, self.link_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        bar.addWidget(self.columns_button)
        return bar

    def _columns_menu(self) -> QMenu:
        menu = QMenu(self)
        for column, key in enumerate(KEYS):
            action = QAction(tx(COLUMNS[key][0]), menu)
            action.setCheckable(True)
            action.setChecked(
                not self.view.isColumnHidden(column)
                if hasattr(self, "view")
                else key not in HIDDEN_BY_DEFAULT
            )
            action.toggled.connect(lambda on, c=column: self.view.setColumnHidden(c, not on))
            menu.addAction(action)
        menu.aboutToShow.connect(lambda m=menu: self._sync_menu(m))
        return menu

    def _sync_menu(self, menu: QMenu) -> None:
        for column, action in enumerate(menu.actions()):
            action.blockSignals(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.blockSignals(False)

    def current_filter(self) -> ObservationFilter:
        return self.filters.current()

    def refresh(self) -> None:
        """Count and a first screenful, then every id, on a worker thread; a newer query
        (more typing) overtakes this one."""
        self.loading = True
        reader = self.ctx.reader
        flt, order, descending = self.current_filter(), self.order, self.descending
        first: dict[str, Any] = {}

        def work(job: Job) -> array[int]:
            conn = reader()
            try:
                first["total"] = count(conn, flt)
                first["ids"] = query_ids(conn, flt, order, descending, limit=PAGE)
                job.stage(1)
                if first["total"] <= len(first["ids"]):
                    return first["ids"]  # type: ignore[no-any-return]
                job.check()
                return query_ids(conn, flt, order, descending)
            finally:
                conn.close()

        self.ctx.operations.run(
            work,
            key="observations: query",
            on_stage=lambda _s: self._first(first["ids"], first["total"]),
            on_success=self._done,
            on_failure=lambda message: self.status.setText(
                tx("Could not read the log: {message}").format(message=message)
            ),
        )

    def _first(self, ids: array[int], total: int) -> None:
        self.model.set_result(ids, total)
        self._show_count(total, loading=total > len(ids))

    def _done(self, ids: array[int]) -> None:
        self.model.extend_result(ids)
        self.loading = False
        self._show_count(self.model.total, loading=False)

    def _show_count(self, shown: int, *, loading: bool) -> None:
        filtered = not self.current_filter().is_empty()
        if shown == 0 and not filtered:
            text = tx("No observations yet: add one, or import a file from a field tool.")
        elif filtered:
            text = tr_n("%Ln observation(s) match the filter.", "", shown)
        else:
            text = tr_n("%Ln observation(s).", "", shown)
        self.status.setText(text + (" " + tx("Loading the rest…") if loading else ""))

    def shutdown(self) -> None:
        """Before the window closes: no query may outlive the page."""
        self.debounce.stop()
        self.model.close()

    def _sort_by(self, column: int) -> None:
        key = KEYS[column]
        self.descending = not self.descending if key == self.order else key == "observed_on"
        self.order = key
        self.view.horizontalHeader().setSortIndicator(column, _qt_order(self.descending))
        self.refresh()

    def on_changed(self) -> None:
        # Any edit elsewhere may change what the log shows.
        self.model.invalidate()
        super().on_changed()

    # --- actions ----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def edit_controls(self) -> list[QWidget]:
        return [self.add_button, self.edit_button, self.delete_button, self.import_button,
                self.link_button]  # fmt: skip

    def new_item(self) -> None:
        if self.ctx.read_only:
            return
        from brdesk.ui.dialogs.observation_dialog import ObservationDialog

        ObservationDialog(self.ctx, None, self).exec()

    def edit_selected(self) -> None:
        if self.ctx.read_only:
            return
        from brdesk.ui.dialogs.observation_dialog import ObservationDialog

        ids = self.selected_ids()
        if ids:
            ObservationDialog(self.ctx, ids[0], self).exec()

    def delete_selected(self) -> None:
        if self.ctx.read_only:
            return
        ids = self.selected_ids()
        if not ids:
            return
        if not prompts.confirm(
            self,
            tx("Delete observations"),
            tr_n("Delete %Ln observation(s)?", "", len(ids)),
            details=tx("You can undo this with Ctrl+Z."),
            yes=tx("Delete"),
            no=tx("Keep them"),
        ):
            return
        try:
            execute(
                self.ctx.undo_stack, DeleteObservationsCommand(self.service, ids, self.ctx.notify)
            )
        except BrdeskError as exc:
            self.ctx.failed.emit(say(exc))

    def link_selected(self) -> None:
        """Make the selected records evidence of a good practice the user picks."""
        if self.ctx.read_only:
            return
        ids = self.selected_ids()
        if not ids:
            prompts.inform(
                self, tx("Link to a good practice"), tx("Select the observations first.")
            )
            return
        from brdesk.services.practices import GoodPracticeService
        from brdesk.ui.undo import EditCommand

        practices = GoodPracticeService(self.ctx.store)
        listed = practices.list()
        if not listed:
            prompts.inform(
                self, tx("Link to a good practice"),
                tx("There is no good practice yet: add one on the Good practices page first."),
            )  # fmt: skip
            return
        chosen = prompts.choose_one(
            self, tx("Link to a good practice"),
            tr_n("Make %Ln observation(s) evidence of:", "", len(ids)), [p.title for p in listed],
        )  # fmt: skip
        if chosen is None:
            return
        practice = listed[chosen]
        before = practices.links(practice.id)["observations"]
        after = sorted({*before, *ids})
        command = EditCommand(
            practices, practice.id, {"observations": before}, {"observations": after},
            tx("Link observations to a good practice"), self.ctx.notify,
        )  # fmt: skip
        if self.ctx.run(command):
            added = len(after) - len(before)
            prompts.inform(
                self,
                tx("Link to a good practice"),
                tr_n("%Ln observation(s) linked to “{title}”", "", added).format(
                    title=practice.title
                )
                + " "
                + tr_n("(%Ln of evidence in all).", "", len(after)),
            )

    def import_file(self) -> None:
        if self.ctx.read_only:
            return
        from brdesk.ui.dialogs.import_dialog import ImportDialog

        ImportDialog(self.ctx, self).exec()

    def export_shown(self) -> None:
        from brdesk.ui.export_actions import export_observations_interactively

        export_observations_interactively(self, self.ctx.store, self.current_filter())

    def focus_find(self) -> None:
        self.filters.find_box.setFocus()
        self.filters.find_box.selectAll()

    # --- layout memory ----------------------------------------------------------------

    def save_state(self) -> None:
        self.ctx.settings.setValue("observations/header", self.view.horizontalHeader().saveState())

    def _restore_layout(self) -> None:
        state = self.ctx.settings.value("observations/header")
        if isinstance(state, QByteArray):
            self.view.horizontalHeader().restoreState(state)


def _qt_order(descending: bool) -> Any:
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
