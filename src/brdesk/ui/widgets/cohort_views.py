"""The tabs of the Cohort page, each a view of the participants' summaries: the overview,
the combined alignment, the world map, the plans by pillar, the good-practice catalogue
and the follow-up list. Read-only: a cohort shows the participants' data, never edits it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brdesk import reference
from brdesk.db.vocab import PRACTICE_THEMES
from brdesk.reports.cohort_data import (
    FOLLOWUP_HEADERS,
    OVERVIEW_HEADERS,
    GoalUse,
    MemberSummary,
    followup_row,
    overview_row,
)
from brdesk.services.cohort_overview import (
    CatalogueEntry,
    alignment,
    plans_by_pillar,
    practice_catalogue,
)
from brdesk.ui.i18n import current_language, marked, say, tx
from brdesk.ui.widgets.assessment_views import fill
from brdesk.ui.widgets.assessment_views import table as wrapped_table

GREY = QBrush(QColor("#888888"))


def table(headers: list[str], stretch: tuple[int, ...]) -> QTableWidget:
    """A read-only table of one line a row (a line break in a cell still breaks it): rows
    measured while the page is still narrow came out many lines tall. Cut text shows whole
    in its tooltip."""
    view = wrapped_table(headers, stretch)
    view.setWordWrap(False)
    return view


#: The overview's columns in the window: the four pillars in one ("4 · 3 · 4 · 3"), so
#: that the participant and the reserve keep room at 1366 pixels.
WINDOW_HEADERS = ["#", *OVERVIEW_HEADERS[:3], marked("Actions by pillar"), *OVERVIEW_HEADERS[7:]]


class OverviewTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.table = table([tx(h) for h in WINDOW_HEADERS], (1, 3))
        self.table.setAccessibleName(tx("Participants"))
        header = self.table.horizontalHeaderItem(4)
        if header is not None:
            header.setToolTip(tx("Actions under pillars 1, 2, 3 and 4"))
        layout.addWidget(self.table)

    def show_members(self, members: Sequence[MemberSummary]) -> None:
        self.table.setSortingEnabled(False)
        rows = []
        for n, member in enumerate(members, start=1):
            row = overview_row(member)
            pillars = " · ".join(str(p) for p in member.per_pillar)
            rows.append([str(n), *map(say, row[:3]), pillars, *map(say, row[7:])])
        fill(self.table, rows)
        for r in range(len(rows)):
            # The number sorts as a number: kept as data, shown the same.
            cell(self.table, r, 0).setData(Qt.ItemDataRole.DisplayRole, r + 1)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)


class AlignmentTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tx("Goals no reserve serves"))
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.sdgs = table([tx("SDG"), tx("Reserves"), tx("Actions")], (0,))
        self.sdgs.setAccessibleName(tx("SDGs the reserves serve"))
        self.gbf = table([tx("GBF target"), tx("Reserves"), tx("Actions")], (0,))
        self.gbf.setAccessibleName(tx("GBF targets the reserves serve"))
        for title, view in ((tx("Sustainable Development Goals"), self.sdgs),
                            (tx("Kunming-Montreal GBF targets"), self.gbf)):  # fmt: skip
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(view)
            row.addWidget(box, 1)
        layout.addLayout(row, 1)

    def show_members(self, members: Sequence[MemberSummary]) -> None:
        sdgs, gbf = alignment(members)
        for view, uses in ((self.sdgs, sdgs), (self.gbf, gbf)):
            _goals(view, uses)
        none = [tx("SDG {number}").format(number=u.number) for u in sdgs if not u.reserves]
        none += [tx("Target {number}").format(number=u.number) for u in gbf if not u.reserves]
        self.summary.setText(
            tx("<b>Served by no reserve's plan:</b> {v0}.").format(v0=', '.join(none)) if none
            else tx("Every goal and target is served by at least one reserve's plan.")
        )  # fmt: skip


def _goals(view: QTableWidget, uses: Sequence[GoalUse]) -> None:
    language = current_language()
    titles = {("SDG", g.number): g.title for g in reference.sdgs(language)}
    titles |= {("GBF Target", g.number): g.title for g in reference.gbf_targets(language)}
    fill(view, [[f"{u.number} · {titles.get((u.kind, u.number), u.title)}", str(u.reserves),
                 str(u.actions)] for u in uses])  # fmt: skip
    for r, use in enumerate(uses):
        tip = ", ".join(use.names) if use.names else tx("No reserve's plan serves it")
        for c in range(3):
            item = cell(view, r, c)
            item.setToolTip(tip)
            if not use.reserves:
                item.setForeground(GREY)


class MapTab(QWidget):
    """The reserves on the world map, drawn when the tab is first looked at and scaled to
    the room the tab has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.picture = QLabel(tx("Drawing the map…"))
        self.picture.setAccessibleName(tx("The reserves on a world map"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(200, 120)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.picture, 1)
        self.key = QLabel()
        self.key.setWordWrap(True)
        self.key.setAccessibleName(tx("Which number is which reserve"))
        layout.addWidget(self.key)
        self.members: Sequence[MemberSummary] = ()
        self.drawn_for: tuple[Any, ...] | None = None
        self.full = QPixmap()

    def show_members(self, members: Sequence[MemberSummary]) -> None:
        self.members = members
        if self.isVisible():
            self.draw()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.draw()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def draw(self) -> None:
        from brdesk.reports.chart_base import to_png
        from brdesk.reports.world_map import world_map

        places = [(n, m.location[0], m.location[1])
                  for n, m in enumerate(self.members, start=1) if m.location]  # fmt: skip
        if self.drawn_for == tuple(places):
            return
        self.drawn_for = tuple(places)
        self.full = QPixmap()
        self.full.loadFromData(to_png(world_map(places), dpi=150))
        self._fit()
        how = {"zones": tx("placed by its zones"),
               "observations": tx("placed by its observations"),
               "country": tx("placed by its country")}  # fmt: skip
        lines = [
            f"{n}. {m.name}, {m.reserve or tx('no reserve named')}"
            + f" ({how[m.location[2]] if m.location else tx('not placed')})"
            for n, m in enumerate(self.members, start=1)
        ]
        self.key.setText(" · ".join(lines))

    def _fit(self) -> None:
        if self.full.isNull():
            return
        self.picture.setPixmap(self.full.scaled(
            self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        ))  # fmt: skip


class PlansTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tx("Pillar")))
        self.pillar = QComboBox()
        self.pillar.setAccessibleName(tx("The pillar compared"))
        for pillar in reference.pillars(current_language()):
            self.pillar.addItem(f"{pillar.number}. {pillar.name}", pillar.number)
        self.pillar.currentIndexChanged.connect(lambda _i: self._show())
        bar.addWidget(self.pillar)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = table(
            [tx("Participant"), tx("Biosphere reserve"), tx("Actions under this pillar")], (2,)
        )
        self.table.setAccessibleName(tx("The plans side by side"))
        layout.addWidget(self.table, 1)
        self.members: Sequence[MemberSummary] = ()

    def show_members(self, members: Sequence[MemberSummary]) -> None:
        self.members = members
        self._show()

    def _show(self) -> None:
        pillar = self.pillar.currentData()
        reserves = {m.name: m.reserve or "—" for m in self.members}
        rows = [[name, reserves[name], "\n".join(actions) or "no action yet"]
                for name, actions in plans_by_pillar(self.members, pillar)]  # fmt: skip
        fill(self.table, rows)


class PracticesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tx("Theme")))
        self.theme = QComboBox()
        self.theme.setAccessibleName(tx("Show the practices of a theme"))
        self.theme.addItem(tx("All themes"), None)
        for code, label in PRACTICE_THEMES.items():
            self.theme.addItem(tx(label), code)
        self.theme.currentIndexChanged.connect(lambda _i: self._show())
        bar.addWidget(self.theme)
        bar.addStretch(1)
        self.export_button = QPushButton(tx("Export case study…"))
        self.export_button.setToolTip(tx("The selected practice as a Word case study"))
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.table = table(
            [
                tx("Good practice"),
                tx("Theme"),
                tx("Participant"),
                tx("Biosphere reserve"),
                tx("Country"),
            ],
            (0,),
        )
        self.table.setAccessibleName(tx("The good-practice catalogue"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        layout.addWidget(self.table, 1)
        self.members: Sequence[MemberSummary] = ()
        self.entries: list[CatalogueEntry] = []

    def show_members(self, members: Sequence[MemberSummary]) -> None:
        self.members = members
        self._show()

    def _show(self) -> None:
        self.entries = practice_catalogue(self.members, self.theme.currentData())
        fill(self.table, [[e.title, tx(e.theme), e.participant, e.reserve, e.country]
                          for e in self.entries])  # fmt: skip
        if self.entries:
            self.table.selectRow(0)
        self.export_button.setEnabled(bool(self.entries))

    def selected(self) -> CatalogueEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None


class FollowupTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        hint = QLabel(tx("Who has sent what: the state of each document in the participant's "
                      "latest package (“(file)”: its file is in the package)."))  # fmt: skip
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = table([tx(h) for h in FOLLOWUP_HEADERS], (7,))
        self.table.setAccessibleName(tx("Follow-up: who has sent what"))
        layout.addWidget(self.table, 1)

    def show_members(self, members: Sequence[MemberSummary]) -> None:
        fill(self.table, [[say(c) for c in followup_row(m)] for m in members])
        for r in range(self.table.rowCount()):
            last = cell(self.table, r, self.table.columnCount() - 1)
            if last.text() != "nothing":
                last.setForeground(QBrush(QColor("#A03020")))


def cell(view: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell fill() made (never empty)."""
    item = view.item(row, column)
    assert item is not None
    return item
