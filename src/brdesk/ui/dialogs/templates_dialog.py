"""Pick example objectives (with their actions) to add to the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brdesk import reference
from brdesk.services.templates import plan_templates
from brdesk.ui.i18n import current_language, tx


class TemplatesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tx("Add example objectives"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tx(
                "Tick the examples that fit your reserve. Each adds an objective with its actions, "
                "indicators and SDG/GBF tags, which you can then adapt. Undo removes them again."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tx("Example"), tx("Tags")])
        self.tree.setAccessibleName(tx("Example objectives"))
        self.tree.setColumnWidth(0, 600)
        for pillar in reference.pillars(current_language()):
            top = QTreeWidgetItem([f"{pillar.number}. {pillar.name}", ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for t in plan_templates():
                if t.pillar != pillar.number:
                    continue
                sdgs = sorted({n for a in t.actions for n in a.get("sdgs", [])})
                gbf = sorted({n for a in t.actions for n in a.get("gbf_targets", [])})
                item = QTreeWidgetItem(
                    [
                        t.objective,
                        tx("SDG {v0}; GBF {v1}").format(
                            v0=", ".join(map(str, sdgs)), v1=", ".join(map(str, gbf))
                        ),
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, t.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                for action in t.actions:
                    child = QTreeWidgetItem(["• " + action["title"], ""])
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.addChild(child)
                top.addChild(item)
            top.setExpanded(True)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tx("Add to my plan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _templates(self) -> list[QTreeWidgetItem]:
        """The example items (the tree's second level), in order."""
        tops = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [
            item
            for top in tops
            if top is not None
            for item in (top.child(j) for j in range(top.childCount()))
            if item is not None
        ]

    def chosen(self) -> list[str]:
        return [
            str(item.data(0, Qt.ItemDataRole.UserRole))
            for item in self._templates()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def check(self, template_id: str) -> None:
        for item in self._templates():
            if item.data(0, Qt.ItemDataRole.UserRole) == template_id:
                item.setCheckState(0, Qt.CheckState.Checked)
