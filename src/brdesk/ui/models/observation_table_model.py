"""The observation log as a table model that holds ids, not rows.

Rows are read a page at a time when the view asks for them and kept in a small cache, so
a million observations cost a few megabytes of ids and a screenful of SQL (the pattern
Anki's browser uses).
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from brdesk.db.vocab import CATEGORIES, ZONES
from brdesk.services.observation_query import COLUMNS, fetch_rows
from brdesk.ui.i18n import tx

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
CACHED_PAGES = 40
KEYS = tuple(COLUMNS)
ZONE, MAP_ZONE = KEYS.index("zone"), KEYS.index("map_zone")
NUMERIC = {"count", "value", "latitude", "longitude", "elevation_m"}


class ObservationTableModel(QAbstractTableModel):
    def __init__(self, connect: Callable[[], sqlite3.Connection], parent: Any = None) -> None:
        super().__init__(parent)
        self._connect = connect
        self._conn: sqlite3.Connection | None = None
        self.ids: array[int] = array("q")
        self.total = 0
        self._pages: OrderedDict[int, dict[int, tuple[Any, ...]]] = OrderedDict()

    # --- loading --------------------------------------------------------------------

    def set_result(self, ids: array[int], total: int) -> None:
        """Show these ids; total may exceed len(ids) while the rest is still loading."""
        self.beginResetModel()
        self.ids = ids
        self.total = total
        self._pages.clear()
        self.endResetModel()

    def extend_result(self, ids: array[int]) -> None:
        """The full id list arrived for the same query: same rows, now all of them."""
        self.ids = ids
        if self.total:
            self.dataChanged.emit(self.index(0, 0), self.index(self.total - 1, len(KEYS) - 1))

    def invalidate(self) -> None:
        """The rows changed in the store (an edit): read them again when shown."""
        self._pages.clear()
        if self.total:
            self.dataChanged.emit(self.index(0, 0), self.index(self.total - 1, len(KEYS) - 1))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def _row(self, row: int) -> tuple[Any, ...] | None:
        if row >= len(self.ids):
            return None
        page = row // PAGE
        cached = self._pages.get(page)
        if cached is None:
            if self._conn is None:
                self._conn = self._connect()
            ids = self.ids[page * PAGE : (page + 1) * PAGE]
            cached = fetch_rows(self._conn, list(ids), KEYS)
            self._pages[page] = cached
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return cached.get(self.ids[row])

    # --- QAbstractTableModel --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tx(COLUMNS[KEYS[section]][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if key in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "map_zone":
            row = self._row(index.row())
            if row is not None and self._differs(row):
                return QColor("#B00020")
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        value = row[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "map_zone" and self._differs(row):
                recorded = _shown("zone", row[ZONE])
                return tx("Recorded as %1: the map puts it elsewhere.").replace("%1", recorded)
            return str(value) if key == "notes" and value else None
        shown = _shown(key, value)
        return f"{shown} ≠" if key == "map_zone" and self._differs(row) else shown

    @staticmethod
    def _differs(row: tuple[Any, ...]) -> bool:
        recorded, on_map = row[ZONE], row[MAP_ZONE]
        return recorded is not None and on_map is not None and recorded != on_map


def _shown(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "category":
        return tx(CATEGORIES.get(value, value))
    if key in ("zone", "map_zone"):
        return tx(ZONES.get(value, value))
    if key == "observed_time":
        return str(value)[:5]
    if key == "sensitive":
        return tx("yes") if value else ""
    if key in ("latitude", "longitude"):
        return f"{value:.5f}"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.6g}"
    if key == "notes":
        text = str(value).replace("\n", " ")
        return text if len(text) <= 80 else text[:79] + "…"
    return str(value)
