"""The parts the pages' filter bars are made of: a find box, a choice whose first item
means "any", the observation categories, a date range read by one rule (YYYY-MM-DD, as on
the command line) and a range of numbers read as the fields read them, their mistakes
named, not guessed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from brdesk.db.vocab import CATEGORIES
from brdesk.exchange.dates import filter_day
from brdesk.exchange.values import parse_number
from brdesk.ui.i18n import say, tx

#: The find box's least width, and a filter choice's width in letters.
FIND_WIDTH = 180
CHOICE_LETTERS = 15


def find_box(hint: str, name: str) -> QLineEdit:
    """The box a page's Ctrl+F goes to: the filter as it is typed."""
    box = QLineEdit()
    box.setPlaceholderText(hint)
    box.setAccessibleName(name)
    box.setClearButtonEnabled(True)
    box.setMinimumWidth(FIND_WIDTH)
    return box


def choice_box(
    everything: str, items: Iterable[tuple[Any, str]], name: str = "", *, roomy: bool = False
) -> QComboBox:
    """A choice whose first item, `everything`, means no filter (None). In a roomy bar
    (no find box to leave room for) the box shows that first item whole."""
    box = QComboBox()
    # As wide as a short choice, not the longest: in Russian or French the choices of a
    # filter bar ("Любая записанная зона") would otherwise squeeze its find box to nothing.
    # The list that opens shows every choice whole.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(max(CHOICE_LETTERS, len(everything)) if roomy else CHOICE_LETTERS)
    box.addItem(everything, None)
    for value, label in items:
        box.addItem(tx(label), value)  # a name already translated stays as it is
    if name:
        box.setAccessibleName(name)
    return box


def category_box(name: str = "") -> QComboBox:
    categories = ((code, tx(label)) for code, label in CATEGORIES.items())
    return choice_box(tx("All categories"), categories, name or tx("Filter by category"))


class DateRange(QWidget):
    """ "from" and "to" dates, typed."""

    #: A date was typed or changed.
    edited = Signal()
    #: The user left a date box (or pressed Enter in it).
    finished = Signal()

    def __init__(self, width: int = 120, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.date_from, self.date_to = QLineEdit(), QLineEdit()
        for edit, hint, name in (
            (self.date_from, tx("from YYYY-MM-DD"), tx("From date")),
            (self.date_to, tx("to YYYY-MM-DD"), tx("To date")),
        ):
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(name)
            edit.setMaximumWidth(width)
            edit.textChanged.connect(lambda _t: self.edited.emit())
            edit.editingFinished.connect(self.finished)
            row.addWidget(edit)

    def dates(self, problems: list[str]) -> tuple[date | None, date | None]:
        """The range typed; a date that cannot be read is left out and said in problems."""
        found: list[date | None] = []
        for edit, label in ((self.date_from, tx("From")), (self.date_to, tx("To"))):
            try:
                found.append(filter_day(edit.text(), label))
            except ValueError as exc:
                problems.append(say(exc))
                found.append(None)
        return found[0], found[1]

    def clear(self) -> None:
        self.date_from.clear()
        self.date_to.clear()


class NumberRange(QWidget):
    """A lowest and a highest number (elevations, in metres), typed; "4 500" and "4500,5"
    read as the record forms read them."""

    #: A number was typed or changed.
    edited = Signal()

    def __init__(self, what: str, unit: str, width: int = 80, parent: QWidget | None = None):
        super().__init__(parent)
        self.what = what
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.low, self.high = QLineEdit(), QLineEdit()
        for edit, hint, name in (
            (
                self.low,
                tx("min {unit}").format(unit=tx(unit)),
                tx("Lowest {what}").format(what=tx(what)),
            ),
            (
                self.high,
                tx("max {unit}").format(unit=tx(unit)),
                tx("Highest {what}").format(what=tx(what)),
            ),
        ):
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(name)
            edit.setMaximumWidth(width)
            edit.textChanged.connect(lambda _t: self.edited.emit())
            row.addWidget(edit)

    def values(self, problems: list[str]) -> tuple[float | None, float | None]:
        """The range typed; a number that cannot be read is left out and said in problems."""
        found: list[float | None] = []
        for edit, label in ((self.low, tx("Min")), (self.high, tx("Max"))):
            text = edit.text().strip()
            try:
                found.append(parse_number(text) if text else None)
            except ValueError as exc:
                problems.append(f"{label} {tx(self.what)}: {say(exc)}")
                found.append(None)
        return found[0], found[1]

    def clear(self) -> None:
        self.low.clear()
        self.high.clear()
