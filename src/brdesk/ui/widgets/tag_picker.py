"""Pick SDGs or GBF targets from a list showing number and short title."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from brdesk.reference import Goal


class TagPicker(QListWidget):
    changed = Signal(list)

    def __init__(self, goals: Sequence[Goal], prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        # Full titles, wrapped: a goal is chosen by what it says, never by a clipped half.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.setSpacing(1)
        self.prefix = prefix
        for goal in goals:
            item = QListWidgetItem(f"{prefix} {goal.number} · {goal.title}")
            item.setData(Qt.ItemDataRole.UserRole, goal.number)
            item.setToolTip(f"{prefix} {goal.number}: {goal.title}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemChanged.connect(self._item_changed)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.changed.emit(self.selected())

    def selected(self) -> list[int]:
        return [
            int(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_selected(self, numbers: Iterable[int]) -> None:
        wanted = set(numbers)
        self._loading = True
        try:
            for i in range(self.count()):
                item = self.item(i)
                number = int(item.data(Qt.ItemDataRole.UserRole))
                state = Qt.CheckState.Checked if number in wanted else Qt.CheckState.Unchecked
                item.setCheckState(state)
        finally:
            self._loading = False

    def show_matching(self, text: str) -> None:
        """Show only the goals whose number is text or whose title holds its words."""
        words = text.casefold().split()
        for i in range(self.count()):
            item = self.item(i)
            number = str(item.data(Qt.ItemDataRole.UserRole))
            title = item.text().casefold()
            shown = not words or all(w == number or w in title for w in words)
            item.setHidden(not shown)

    def resizeEvent(self, event: Any) -> None:
        # Wrapped rows are measured for the width they had: measure again at the new one.
        super().resizeEvent(event)
        self.doItemsLayout()

    def set_checked(self, number: int, checked: bool) -> None:
        """Tick or untick one goal as a user would (emits changed)."""
        for i in range(self.count()):
            item = self.item(i)
            if int(item.data(Qt.ItemDataRole.UserRole)) == number:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)
