"""Pick SDGs, GBF targets or zones from a list showing number and full title, wrapped."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from brdesk.reference import Goal


class TagPicker(QTableWidget):
    """One column of checkable goals. A table, not a list: its rows take the height their
    wrapped text needs (a list view measures wrapped rows before it knows its width, and
    the titles overlap)."""

    changed = Signal(list)

    def __init__(self, goals: Sequence[Goal], prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(len(goals), 1, parent)
        self._loading = False
        self.prefix = prefix
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setShowGrid(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        for row, goal in enumerate(goals):
            # Without a prefix the number is an id, not shown (a zone, by its name).
            shown = f"{prefix} {goal.number} · {goal.title}" if prefix else goal.title
            item = QTableWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, goal.number)
            item.setToolTip(f"{prefix} {goal.number}: {goal.title}" if prefix else goal.title)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.setItem(row, 0, item)
        self.itemChanged.connect(self._item_changed)

    def count(self) -> int:
        return self.rowCount()

    def row_item(self, row: int) -> QTableWidgetItem:
        item = self.item(row, 0)
        assert item is not None
        return item

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.changed.emit(self.selected())

    def keyPressEvent(self, event: Any) -> None:
        # Space ticks the current goal, as in any list of check boxes.
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)

    def selected(self) -> list[int]:
        return [
            int(self.row_item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.row_item(i).checkState() == Qt.CheckState.Checked
        ]

    def shown_titles(self) -> list[str]:
        return [self.row_item(i).text() for i in range(self.count()) if not self.isRowHidden(i)]

    def set_selected(self, numbers: Iterable[int]) -> None:
        wanted = set(numbers)
        self._loading = True
        try:
            for i in range(self.count()):
                item = self.row_item(i)
                number = int(item.data(Qt.ItemDataRole.UserRole))
                state = Qt.CheckState.Checked if number in wanted else Qt.CheckState.Unchecked
                item.setCheckState(state)
        finally:
            self._loading = False

    def show_matching(self, text: str) -> None:
        """Show only the goals whose number is text or whose title holds its words."""
        words = text.casefold().split()
        for i in range(self.count()):
            item = self.row_item(i)
            number = str(item.data(Qt.ItemDataRole.UserRole))
            title = item.text().casefold()
            shown = not words or all(w == number or w in title for w in words)
            self.setRowHidden(i, not shown)
