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

from brdesk import reference
from brdesk.ui.i18n import current_language, tr_n, tx
from brdesk.ui.widgets.chart_view import ChartView

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
        self.radar = ChartView(tx("Effectiveness by element"))
        row.addLayout(fixed(self.radar))
        tables = QVBoxLayout()
        self.element_table = table([tx("Element"), tx("Score"), tx("Answered")], stretch=(0,))
        self.element_table.setAccessibleName(tx("Scores by element"))
        self.element_table.setFixedHeight(7 * 26)
        tables.addWidget(self.element_table)
        tables.addWidget(QLabel(tx("<b>Weakest first</b>: where a next step helps most")))
        self.weakest_table = table(
            [tx("Question"), tx("Level"), tx("Next step"), tx("In the plan")], (0, 2)
        )
        self.weakest_table.setAccessibleName(tx("Weakest questions"))
        tables.addWidget(self.weakest_table, 1)
        row.addLayout(tables, 1)
        column.addLayout(row, 1)

    def show_result(self, found: Any, actions: dict[int, str]) -> None:
        from brdesk.services.assessment_scores import percent_text

        overall = found.overall
        self.summary.setText(
            tx(
                "Overall: <b>{v0}</b> of what could be scored · {answered} of {applicable} "
                "questions that apply answered"
            ).format(
                v0=percent_text(overall.percent),
                answered=overall.answered,
                applicable=overall.applicable,
            )
            + _not_applying(overall.total - overall.applicable)
        )
        fill(
            self.element_table,
            [
                [
                    _element_name(e.element),
                    percent_text(e.percent),
                    tx("{answered} of {applicable}").format(
                        answered=e.answered, applicable=e.applicable
                    ),
                ]
                for e in found.elements
            ],
        )
        fill(
            self.weakest_table,
            [
                [
                    f"{a.question.code} · {_title(found.question_set, a.question)}",
                    str(a.score),
                    a.next_step or "",
                    actions.get(a.action_id or -1, ""),
                ]
                for a in found.weakest(12)
            ],
        )
        labels = [_element_name(e.element) for e in found.elements]
        series = [(f"{found.assessed_on:%Y-%m-%d}", [e.percent for e in found.elements])]
        self.draw(self.radar, tx("Effectiveness by element"), labels, series)


class CompareView(QWidget):
    def __init__(self, draw: Draw, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draw = draw
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tx("Compare with")))
        self.other = QComboBox()
        self.other.setAccessibleName(tx("Assessment to compare with"))
        self.other.setMinimumWidth(220)
        row.addWidget(self.other)
        row.addStretch(1)
        column.addLayout(row)
        side = QHBoxLayout()
        self.compare_radar = ChartView(tx("Two assessments compared"))
        side.addLayout(fixed(self.compare_radar))
        self.changes_table = table(
            [tx("Question"), tx("Before"), tx("After"), tx("Comments")], (0, 3)
        )
        self.changes_table.setAccessibleName(tx("Questions whose level changed"))
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
            self.compare_radar.setText(tx("Make a second assessment to compare the two."))
            fill(self.changes_table, [])
            return
        labels = [_element_name(e.element) for e in compared.later.elements]
        series = [
            (f"{r.assessed_on:%Y-%m-%d}", [e.percent for e in r.elements])
            for r in (compared.earlier, compared.later)
        ]
        self.draw(self.compare_radar, tx("Two assessments compared"), labels, series)
        fill(
            self.changes_table,
            [
                [
                    f"{c.question.code} · {_title(compared.later.question_set, c.question)}",
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


def _element_name(key: str) -> str:
    """A WCPA element's name in the window's language."""
    names = {e.key: e.element for e in reference.wcpa_elements(current_language())}
    return names.get(key, key)


def _title(version: str, question: Any) -> str:
    """A question's title in the window's language (its edition's translation)."""
    worded = reference.question_set(version, current_language()).question(question.code)
    return worded.title if worded is not None else str(question.title)


def _not_applying(count: int) -> str:
    if count == 0:
        return ""
    return " · " + tr_n("%Ln question(s) not applying", "", count)


def fixed(view: ChartView) -> QVBoxLayout:
    """A radar at its own width, at the top of its column (the tables take the rest)."""
    view.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    view.setFixedWidth(RADAR_WIDTH)
    column = QVBoxLayout()
    column.addWidget(view)
    column.addStretch(1)
    return column
