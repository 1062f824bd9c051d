"""The action plan as a tree: the four pillars, their objectives, and the actions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from brdesk import reference
from brdesk.db.vocab import ACTION_STATUSES, PRIORITIES
from brdesk.palette import PILLAR_COLOURS, STATUS_COLOURS
from brdesk.services.plan import PlanFilter, PlanTree
from brdesk.ui.i18n import current_language, marked, tr_n, tx

PILLAR, OBJECTIVE, ACTION = "pillar", "objective", "action"
COLUMNS = (marked("Title"), marked("Status"), marked("Priority"), marked("Ends"), marked("SDGs"),
           marked("GBF targets"))  # fmt: skip

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    kind: str
    id: int
    title: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    record: Any = None

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)


class PlanTreeModel(QAbstractItemModel):
    #: kind, id, the title shown, the new title: a rename typed into the tree, for the
    #: page to save (the shown one tells whether someone else renamed it meanwhile).
    renameRequested = Signal(str, int, str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.root = Node("root", 0, "")
        self.tree: PlanTree | None = None
        self.filter = PlanFilter()

    # --- loading ------------------------------------------------------------------

    def load(self, tree: PlanTree | None, plan_filter: PlanFilter | None = None) -> None:
        self.beginResetModel()
        self.tree = tree
        if plan_filter is not None:
            self.filter = plan_filter
        self.root = Node("root", 0, "")
        for pillar in reference.pillars(current_language()):
            if self.filter.pillar is not None and pillar.number != self.filter.pillar:
                continue
            pillar_node = Node(PILLAR, pillar.number, f"{pillar.number}. {pillar.name}", self.root)
            self.root.children.append(pillar_node)
            for objective in tree.objectives_of(pillar.number) if tree else []:
                objective_hit = self.filter.text is not None and self.filter.matches_text(
                    objective.title
                )
                actions = [
                    a
                    for a in objective.actions
                    if self.filter.keeps(a) and (objective_hit or self.filter.matches_text(a.title))
                ]
                if self.filter.active() and not actions:
                    continue
                o_node = Node(OBJECTIVE, objective.id, objective.title, pillar_node, [], objective)
                pillar_node.children.append(o_node)
                o_node.children = [Node(ACTION, a.id, a.title, o_node, [], a) for a in actions]
        self.endResetModel()

    def set_filter(self, plan_filter: PlanFilter) -> None:
        self.load(self.tree, plan_filter)

    # --- lookup -------------------------------------------------------------------

    def node(self, index: Index) -> Node:
        if not index.isValid():
            return self.root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def find(self, kind: str, record_id: int) -> QModelIndex:
        def walk(node: Node) -> Node | None:
            for child in node.children:
                if child.kind == kind and child.id == record_id:
                    return child
                found = walk(child)
                if found is not None:
                    return found
            return None

        hit = walk(self.root)
        return QModelIndex() if hit is None else self.createIndex(hit.row(), 0, hit)

    def action_count(self) -> int:
        return sum(len(o.children) for p in self.root.children for o in p.children)

    # --- QAbstractItemModel -------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_node = self.node(parent)
        return self.createIndex(row, column, parent_node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self.node(index)
        if node.parent is None or node.parent is self.root:
            return QModelIndex()
        return self.createIndex(node.parent.row(), 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tx(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.node(index).kind in (OBJECTIVE, ACTION):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(node, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return node.title
        if role == Qt.ItemDataRole.FontRole and node.kind == PILLAR:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and node.kind == PILLAR:
            return QColor(PILLAR_COLOURS[node.id])
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and node.kind == ACTION:
            colour = STATUS_COLOURS.get(node.record.status, "#000000")
            return QBrush(QColor(colour if node.record.status != "planned" else "#555555"))
        if role == Qt.ItemDataRole.UserRole:
            return (node.kind, node.id)
        return None

    def _text(self, node: Node, column: int) -> str:
        if node.kind == PILLAR:
            if column != 0:
                return ""
            n_obj = len(node.children)
            n_act = sum(len(o.children) for o in node.children)
            counts = f"{tr_n('%Ln objective(s)', '', n_obj)}, {tr_n('%Ln action(s)', '', n_act)}"
            return f"{node.title}   ·   {counts}"
        if column == 0:
            return node.title
        if node.kind != ACTION:
            return ""
        a = node.record
        if column == 1:
            return tx(ACTION_STATUSES.get(a.status, a.status))
        if column == 2:
            return tx(PRIORITIES.get(a.priority, a.priority))
        if column == 3:
            return a.end_date.isoformat() if a.end_date else ""
        if column == 4:
            return ", ".join(str(s.number) for s in a.sdgs)
        if column == 5:
            return ", ".join(str(g.number) for g in a.gbf_targets)
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        node = self.node(index)
        text = str(value).strip()
        if node.kind not in (OBJECTIVE, ACTION) or not text or text == node.title:
            return False
        self.renameRequested.emit(node.kind, node.id, node.title, text)
        return True
