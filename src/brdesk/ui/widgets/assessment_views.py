"""The Effectiveness page's Results and Compare tabs: a radar of the six WCPA elements with
the scores in a table and the weakest questions first; two assessments' radars overlaid
with the questions whose level changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brdesk.ui.widgets.chart_view import ChartView
from brdesk.wording import plural

#: The radars' width: six short labels need no more, and the tables get the rest.
RADAR_WIDTH = 440

#: Draws a radar into a view: (view, title, element labels, [(name, percents)]).
Draw = Callable[[ChartView, str, list[str], list[Any]], None]


class ResultsView(QWidget):
    def __init__(self, draw: Draw, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draw = draw
        column = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        row = QHBoxLayout()
        self.radar = ChartView("Effectiveness by element")
        row.addLayout(fixed(self.radar))
        tables = QVBoxLayout()
        self.element_table = table(["Element", "Score", "Answered"], stretch=(0,))
        self.element_table.setAccessibleName("Scores by element")
        self.element_table.setFixedHeight(7 * 26)
        tables.addWidget(self.element_table)
        tables.addWidget(QLabel("<b>Weakest first</b>: where a next step helps most"))
        self.weakest_table = table(["Question", "Level", "Next step", "In the plan"], (0, 2))
        self.weakest_table.setAccessibleName("Weakest questions")
        tables.addWidget(self.weakest_table, 1)
        row.addLayout(tables, 1)
        column.addLayout(row, 1)

    def show_result(self, found: Any, actions: dict[int, str]) -> None:
        from brdesk.services.assessment_scores import percent_text

        overall = found.overall
        self.summary.setText(
            f"Overall: <b>{percent_text(overall.percent)}</b> of what could be scored · "
            f"{overall.answered} of {overall.applicable} questions that apply answered"
            + _not_applying(overall.total - overall.applicable)
        )
        fill(
            self.element_table,
            [
                [e.label, percent_text(e.percent), f"{e.answered} of {e.applicable}"]
                for e in found.elements
            ],
        )
        fill(
            self.weakest_table,
            [
                [
                    f"{a.question.code} · {a.question.title}",
                    str(a.score),
                    a.next_step or "",
                    actions.get(a.action_id or -1, ""),
                ]
                for a in found.weakest(12)
            ],
        )
        labels = [e.label for e in found.elements]
        series = [(f"{found.assessed_on:%Y-%m-%d}", [e.percent for e in found.elements])]
        self.draw(self.radar, "Effectiveness by element", labels, series)


class CompareView(QWidget):
    def __init__(self, draw: Draw, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draw = draw
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel("Compare with"))
        self.other = QComboBox()
        self.other.setAccessibleName("Assessment to compare with")
        self.other.setMinimumWidth(220)
        row.addWidget(self.other)
        row.addStretch(1)
        column.addLayout(row)
        side = QHBoxLayout()
        self.compare_radar = ChartView("Two assessments compared")
        side.addLayout(fixed(self.compare_radar))
        self.changes_table = table(["Question", "Before", "After", "Comments"], (0, 3))
        self.changes_table.setAccessibleName("Questions whose level changed")
        side.addWidget(self.changes_table, 1)
        column.addLayout(side, 1)

    def list_others(self, others: list[Any]) -> None:
        """The assessments this one can be compared with (the choice kept if it still can)."""
        self.other.blockSignals(True)
        previous = self.other.currentData()
        self.other.clear()
        for other in others:
            self.other.addItem(f"{other.assessed_on:%Y-%m-%d}", other.id)
        if self.other.findData(previous) >= 0:
            self.other.setCurrentIndex(self.other.findData(previous))
        self.other.blockSignals(False)

    def show_comparison(self, compared: Any | None) -> None:
        if compared is None:
            self.compare_radar.setText("Make a second assessment to compare the two.")
            fill(self.changes_table, [])
            return
        labels = [e.label for e in compared.later.elements]
        series = [
            (f"{r.assessed_on:%Y-%m-%d}", [e.percent for e in r.elements])
            for r in (compared.earlier, compared.later)
        ]
        self.draw(self.compare_radar, "Two assessments compared", labels, series)
        fill(
            self.changes_table,
            [
                [
                    f"{c.question.code} · {c.question.title}",
                    _level(c.before),
                    _level(c.after),
                    " / ".join(x for x in (c.before.comment, c.after.comment) if x),
                ]
                for c in compared.changes
            ],
        )


def _level(scored: Any) -> str:
    if scored.not_applicable:
        return "n/a"
    return "–" if scored.score is None else str(scored.score)


def table(headers: list[str], stretch: tuple[int, ...]) -> QTableWidget:
    """A read-only table whose `stretch` columns share the width (the others fit)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    return table


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


def _not_applying(count: int) -> str:
    if count == 0:
        return ""
    return f" · {plural(count, 'question')} {'does' if count == 1 else 'do'} not apply"


def fixed(view: ChartView) -> QVBoxLayout:
    """A radar at its own width, at the top of its column (the tables take the rest)."""
    view.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    view.setFixedWidth(RADAR_WIDTH)
    column = QVBoxLayout()
    column.addWidget(view)
    column.addStretch(1)
    return column
