"""Map: the reserve's zones and its observations on them, the zones' areas beside those in
the profile, and what each zone holds, year by year.

Read on a worker: the outlines and a sample of the points first (the map appears at
once), then the per-zone counts (one pass over the log, about two seconds for a million).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brdesk.db.vocab import ZONE_KINDS
from brdesk.languages import Marked
from brdesk.ui.i18n import marked, number, say, tr_n, tx
from brdesk.ui.operations import Job
from brdesk.ui.pages.base import AppContext, Page
from brdesk.ui.widgets.headers import page_heading
from brdesk.ui.widgets.zone_map import ZoneMap

#: Points drawn in the window: beyond this the map samples the log evenly (and says so).
WINDOW_POINTS = 50_000


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]], flagged: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value if isinstance(value, str) else number(value))
            if not isinstance(value, str):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r in flagged:
                item.setForeground(QColor("#B00020"))
            table.setItem(r, c, item)
    height = table.horizontalHeader().height() + 4
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(min(height, 260))


class MapPage(Page):
    key = "map"
    title = marked("Map")
    subtitle = marked(
        "Your reserve's zones and where observations fall in them. Drawn from your own data: "
        "no internet needed."
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary: Any = None
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.title, self.subtitle))
        bar = QHBoxLayout()
        self.import_button = QPushButton(tx("Import zones…"))
        self.import_button.setToolTip(
            tx(
                "Outlines of the core, buffer and transition zones from GeoJSON, KML/KMZ or a "
                "shapefile (also File › Import)"
            )
        )
        self.import_button.clicked.connect(self.import_zones)
        self.export_button = QPushButton(tx("Export zones…"))
        self.export_button.setToolTip(tx("The zones as GeoJSON, for QGIS or Google Earth"))
        self.export_button.clicked.connect(self.export_zones)
        self.fit_button = QPushButton(tx("Show everything"))
        self.fit_button.setToolTip(tx("Zoom to the whole reserve (0 on the map)"))
        self.status = QLabel()
        self.status.setStyleSheet("color: #555555;")
        self.status.setWordWrap(True)
        for widget in (self.import_button, self.export_button, self.fit_button):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        layout.addLayout(bar)

        splitter = QSplitter()
        self.map = ZoneMap()
        self.fit_button.clicked.connect(self.map.fit)
        splitter.addWidget(self.map)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(6, 0, 0, 0)
        column.addWidget(
            QLabel(tx("<b>Areas</b> (on the map, on the ellipsoid; typed in My reserve)"))
        )
        self.areas = _table(
            [tx("Zone"), tx("On the map (ha)"), tx("Typed (ha)"), tx("Check")], tx("Areas")
        )
        column.addWidget(self.areas)
        years = QHBoxLayout()
        years.addWidget(QLabel(tx("<b>What the zones hold</b>")))
        years.addStretch(1)
        self.year = QComboBox()
        self.year.setAccessibleName(tx("Year"))
        self.year.currentIndexChanged.connect(lambda _i: self._show_counts())
        years.addWidget(self.year)
        column.addLayout(years)
        self.counts = _table(
            [tx("Zone"), tx("Observations"), tx("Threats"), tx("Species")],
            tx("What the zones hold"),
        )
        column.addWidget(self.counts)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #555555;")
        column.addWidget(self.rule)
        differs = QHBoxLayout()
        self.differs = QLabel()
        self.differs.setWordWrap(True)
        self.show_differing = QPushButton(tx("Show them"))
        self.show_differing.setToolTip(tx("Open them in Observations"))
        self.show_differing.clicked.connect(lambda: self.ctx.find_in_zone.emit("differs"))
        differs.addWidget(self.differs, 1)
        differs.addWidget(self.show_differing)
        column.addLayout(differs)
        column.addStretch(1)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 480])
        layout.addWidget(splitter, 1)

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.store is None:
            return
        self.status.setText(tx("Reading the zones…"))
        self.ctx.operations.run(self._read_map, key="map", on_success=self._show_map)
        self.ctx.operations.run(
            self._read_summary, key="map-summary", on_success=self._show_summary
        )

    def _read_map(self, job: Job) -> dict[str, Any]:
        from brdesk.services.dashboard import DashboardFilter, sample_points
        from brdesk.services.zone_summaries import area_checks, drawn_zones

        with self.ctx.store.dbapi() as conn:
            located = conn.execute(
                "SELECT count(*) FROM observation WHERE latitude IS NOT NULL"
            ).fetchone()[0]
            return {
                "zones": drawn_zones(conn),
                "points": sample_points(conn, DashboardFilter(), WINDOW_POINTS, exact=True),
                "located": located,
                "areas": area_checks(conn),
            }

    def _read_summary(self, job: Job) -> Any:
        from brdesk.services.zone_summaries import zone_summary

        with self.ctx.store.dbapi() as conn:
            return zone_summary(conn)

    def _show_map(self, data: dict[str, Any]) -> None:
        zones, points, located = data["zones"], data["points"], data["located"]
        self.map.show_data(zones, points)
        shown = len(points)
        if not zones:
            self.status.setText(
                tx(
                    "No zones yet. Import the outlines your GIS unit or the nomination dossier "
                    "has (GeoJSON, KML/KMZ, shapefile)."
                )
            )
        elif shown < located:
            self.status.setText(
                tx(
                    "{v0} zones; {shown} of {located} located observations shown, spread "
                    "evenly over the log."
                ).format(v0=len(zones), shown=number(shown), located=number(located))
            )
        else:
            self.status.setText(
                tx("{v0} zones; {located} located observations.").format(
                    v0=len(zones), located=number(located)
                )
            )
        self.export_button.setEnabled(bool(zones))
        rows, flagged = [], set()
        for n, check in enumerate(data["areas"]):
            rows.append([
                zone_label(check.label, check.kind),
                "" if check.on_map_ha is None else QLocale().toString(check.on_map_ha, "f", 0),
                "" if check.typed_ha is None else QLocale().toString(check.typed_ha, "f", 0),
                say(check.describe()),
            ])  # fmt: skip
            if check.differs:
                flagged.add(n)
        _fill(self.areas, rows, flagged)

    def _show_summary(self, summary: Any) -> None:
        from brdesk.services.zone_assign import RULE

        self.summary = summary
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(tx("All years"), 0)
        for year in reversed(summary.years):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        self._show_counts()
        self.rule.setText(tx(RULE) if summary.zones_drawn else "")
        n = summary.disagreements
        self.differs.setText(
            tr_n(
                "%Ln observation(s) recorded in another zone than the map's (kept as recorded).",
                "",
                n,
            )
            if n
            else ""
        )
        self.show_differing.setVisible(bool(n))

    def _show_counts(self) -> None:
        if self.summary is None:
            return
        rows = [
            [zone_label(c.label, c.kind), c.observations, c.threats, c.species]
            for c in self.summary.rows(self.year.currentData() or 0)
            if c.observations or c.kind in ZONE_KINDS
        ]
        _fill(self.counts, rows)

    # --- zones in and out ---------------------------------------------------------------

    def import_zones(self) -> None:
        if self.ctx.read_only:
            return
        from brdesk.ui.dialogs.zone_import_dialog import ZoneImportDialog

        ZoneImportDialog.choose_and_open(self.ctx, self)

    def export_zones(self) -> None:
        from brdesk.ui.export_actions import export_zones_interactively

        export_zones_interactively(self, self.ctx.store)

    def edit_controls(self) -> list[QWidget]:
        return [self.import_button]


def zone_label(label: str, kind: str | None) -> str:
    """A zone's name as the window shows it: a name brdesk gave (a kind's, "Outside the
    reserve") in the window's language, a name from the user's file as it is."""
    if isinstance(label, Marked) or label == ZONE_KINDS.get(kind or ""):
        return tx(label)
    return label
