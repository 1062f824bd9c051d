"""The alignment matrix: actions by SDGs and by GBF targets, with the uncovered goals
standing out, so a plan's reach (and its gaps) shows at a glance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from brdesk import reference
from brdesk.palette import PILLAR_COLOURS
from brdesk.ui.i18n import current_language, tr_n, tx

Index = QModelIndex | QPersistentModelIndex

UNCOVERED = QColor("#F3E5D8")
MARK = "●"


class AlignmentModel(QAbstractTableModel):
    """Rows: the actions, then a total row. Columns: SDG 1-17, then GBF 1-23."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.goals = [("SDG", g) for g in reference.sdgs(current_language())] + [
            ("GBF", g) for g in reference.gbf_targets(current_language())
        ]
        self.rows: list[tuple[str, int, set[int], set[int]]] = []

    def load(self, actions: list[Any], pillar_of: Any) -> None:
        self.beginResetModel()
        self.rows = [
            (
                a.title,
                pillar_of(a),
                {s.number for s in a.sdgs},
                {g.number for g in a.gbf_targets},
            )
            for a in actions
        ]
        self.endResetModel()

    def covered(self, column: int) -> int:
        kind, goal = self.goals[column]
        return sum(1 for r in self.rows if goal.number in (r[2] if kind == "SDG" else r[3]))

    def uncovered_goals(self) -> list[str]:
        """The goals no action serves, named as the window names them ("ODD 3")."""
        return [goal_name(kind, goal.number) for column, (kind, goal) in enumerate(self.goals)
                if not self.covered(column)]  # fmt: skip

    def uncovered_counts(self) -> tuple[int, int]:
        """How many SDGs, and how many GBF targets, no action serves."""
        kinds = [kind for column, (kind, _g) in enumerate(self.goals) if not self.covered(column)]
        return kinds.count("SDG"), kinds.count("GBF")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.goals)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        kind, goal = self.goals[column]
        total_row = row == len(self.rows)
        if role == Qt.ItemDataRole.DisplayRole:
            if total_row:
                return str(self.covered(column))
            tags = self.rows[row][2] if kind == "SDG" else self.rows[row][3]
            return MARK if goal.number in tags else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and not self.covered(column):
            return QBrush(UNCOVERED)
        if role == Qt.ItemDataRole.ForegroundRole and not total_row:
            return QBrush(QColor(PILLAR_COLOURS[self.rows[row][1]]))
        if role == Qt.ItemDataRole.FontRole and total_row:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            head = f"{goal_name(kind, goal.number)}: {goal.title}"
            if total_row:
                n = self.covered(column)
                return (
                    head + "\n" + tr_n("%Ln action(s)", "", n)
                    if n
                    else tx("{head}\nNot served by any action yet").format(head=head)
                )
            return f"{self.rows[row][0]}\n{head}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            kind, goal = self.goals[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return goal_name(kind, goal.number).replace(" ", "\n", 1)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{goal_name(kind, goal.number)}: {goal.title}"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == len(self.rows):
                return tx("Actions per goal")
            title = self.rows[section][0]
            return title if len(title) <= 48 else title[:46] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.rows):
            return self.rows[section][0]
        return None


def goal_name(kind: str, number: int) -> str:
    """ "SDG 3" or "GBF 2" as the window's language abbreviates them ("ODD 3", "CMB 2")."""
    if kind == "SDG":
        return tx("SDG {number}").format(number=number)
    return tx("GBF {number}").format(number=number)
