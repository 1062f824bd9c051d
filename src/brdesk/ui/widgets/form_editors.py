"""The editors a record form is made of: a date with its calendar, a country found by
typing, a rating, and the one-line message under a field."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from brdesk.ui.i18n import current_language, marked, tx

ERROR_STYLE = "color: #B00020;"

RATING_LABELS = {
    1: marked("1 – poor"),
    2: marked("2 – fair"),
    3: marked("3 – good"),
    4: marked("4 – very good"),
    5: marked("5 – excellent"),
}


class DateEdit(QWidget):
    """A date that may be empty: typed as YYYY-MM-DD or picked from a calendar."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setPlaceholderText(tx("YYYY-MM-DD"))
        self.line.setMaximumWidth(130)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(tx("Pick a date"))
        self.button.setAccessibleName(tx("Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget()
        pick = QWidgetAction(menu)
        pick.setDefaultWidget(self.calendar)
        menu.addAction(pick)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)

    def _picked(self, qdate: QDate) -> None:
        self.line.setText(qdate.toString("yyyy-MM-dd"))
        self.button.menu().hide()
        self.edited.emit()

    def text(self) -> str:
        return self.line.text()

    def set_value(self, value: date | None) -> None:
        self.line.setText(value.isoformat() if value else "")
        if value:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))


class CountryBox(QComboBox):
    """A country chosen by name from a list one can type into ("nep" finds Nepal, so does
    "np"); the ISO code is what is stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from brdesk.reference import countries

        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.addItem("", None)
        for code, name in countries(current_language()).items():
            self.addItem(name, code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.line().setPlaceholderText(tx("Type to find a country"))

    def line(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # editable: it has one
        return line

    def set_code(self, code: str | None) -> None:
        index = self.findData(code.upper()) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:  # a code brdesk does not know is shown as it is
            self.setEditText(code or "")

    def typed(self) -> str:
        """What the field says: a name from the list, or whatever was typed."""
        return self.currentText().strip()


#: Editors narrow enough that a message fits beside them.
NARROW_KINDS = frozenset({"int", "float", "date", "time", "country"})


class ErrorLabel(QLabel):
    """A field's message, on one line, in space kept for it: showing or clearing it moves
    nothing. A message too long for the space is elided; all of it is in the tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(ERROR_STYLE)
        self.setFixedHeight(self.fontMetrics().height() + 2)
        self.setMinimumWidth(0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.message = ""

    def reserve(self, keep: bool) -> None:
        if not keep:
            self.setFixedHeight(0)
            self.hide()

    def say(self, message: str) -> None:
        self.message = message
        if message and self.isHidden():
            self.setFixedHeight(self.fontMetrics().height() + 2)
            self.show()
        self.setToolTip(message)
        self._elide()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 40)
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self.message, Qt.TextElideMode.ElideRight, width))
