"""Action plan: the four pillars, their objectives and actions, and the alignment matrix."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from brdesk import reference
from brdesk.services.plan import ActionService, ObjectiveService, PlanService, PlanTree
from brdesk.ui import prompts
from brdesk.ui.i18n import current_language, marked, tr_n, tx
from brdesk.ui.models.plan_tree_model import ACTION, OBJECTIVE, PILLAR, PlanTreeModel
from brdesk.ui.pages.base import AppContext, Page
from brdesk.ui.undo import CreateCommand, DeleteCommand, EditCommand, MoveCommand
from brdesk.ui.widgets.alignment_tab import AlignmentTab
from brdesk.ui.widgets.headers import page_heading
from brdesk.ui.widgets.plan_editor import PlanEditor
from brdesk.ui.widgets.plan_filter_bar import PlanFilterBar


class PlanPage(Page):
    key = "plan"
    title = marked("Action plan")
    subtitle = marked(
        "Your plan across the four pillars, tagged to the SDGs and the Kunming-Montreal GBF "
        "targets. Double-click a title to rename it; everything is saved at once."
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.plans = PlanService(ctx.store)
        self.objectives = ObjectiveService(ctx.store)
        self.action_service = ActionService(ctx.store)
        self.tree_data: PlanTree | None = None
        self._showing: tuple[str, int] | None = None  # the node the editor shows

        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.title, self.subtitle))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # --- the plan tab -------------------------------------------------------------
        plan_tab = QWidget()
        plan_layout = QVBoxLayout(plan_tab)
        plan_layout.addLayout(self._build_toolbar())
        self.filters = PlanFilterBar()
        self.filters.changed.connect(self._apply_filter)
        plan_layout.addWidget(self.filters)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = PlanTreeModel(self)
        self.model.renameRequested.connect(self._rename)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(tx("Plan tree"))
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 70), (3, 86)):
            self.view.setColumnWidth(column, width)
        # The tags have their own view (the alignment matrix); the tree keeps room for titles.
        self.view.setColumnHidden(4, True)
        self.view.setColumnHidden(5, True)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.splitter.addWidget(self.view)
        self.editor = PlanEditor(ctx)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 480])
        plan_layout.addWidget(self.splitter, 1)
        self.tabs.addTab(plan_tab, tx("Plan"))

        self.alignment_tab = AlignmentTab()
        self.tabs.addTab(self.alignment_tab, tx("Alignment matrix"))

        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        self._restore_layout()

    # --- building ---------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.add_objective_button = QToolButton()
        self.add_objective_button.setText(tx("Add objective"))
        self.add_objective_button.setToolTip(
            tx("Add an objective to the selected pillar; the arrow chooses another pillar")
        )
        # The button adds under the pillar that is selected; its arrow offers the others.
        self.add_objective_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_objective_button.clicked.connect(
            lambda: self.add_objective(self.selected_pillar())
        )
        menu = QMenu(self.add_objective_button)
        for pillar in reference.pillars(current_language()):
            action = menu.addAction(f"{pillar.number}. {pillar.name}")
            action.triggered.connect(lambda _c=False, p=pillar.number: self.add_objective(p))
        self.add_objective_button.setMenu(menu)
        self.add_action_button = QPushButton(tx("Add action"))
        self.add_action_button.setToolTip(tx("Add an action to the selected objective (Ctrl+N)"))
        self.add_action_button.clicked.connect(self.add_action)
        self.templates_button = QPushButton(tx("From examples…"))
        self.templates_button.setToolTip(
            tx("Add example objectives and actions for mountain reserves")
        )
        self.templates_button.clicked.connect(self.add_from_templates)
        self.up_button = QPushButton(tx("Move up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(tx("Move down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button = QPushButton(tx("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.details_button = QPushButton(tx("Plan details"))
        self.details_button.setToolTip(tx("Title, period and vision of the plan"))
        self.details_button.clicked.connect(self._show_plan_details)
        for widget in (
            self.add_objective_button,
            self.add_action_button,
            self.templates_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.details_button)
        return bar

    # --- data -------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected()
        expanded = self._expanded()
        plan = self.plans.current()
        self.tree_data = self.plans.tree(plan.id) if plan else None
        self.model.load(self.tree_data, self.filters.current())
        self.view.expandAll() if not expanded else self._expand(expanded)
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        actions = self.tree_data.actions() if self.tree_data else []
        self.alignment_tab.load(actions, self.tree_data.pillar_of if self.tree_data else int)
        self.filters.show_count(self.model.action_count(), len(actions))
        if selected is not None and self.select(*selected):
            return
        if plan is not None:
            self.editor.show_plan(plan)
        else:
            self.editor.setCurrentWidget(self.editor.plan_page)
            self.editor.plan_form.setEnabled(False)

    def _apply_filter(self) -> None:
        selected = self.selected()
        self.model.set_filter(self.filters.current())
        self.view.expandAll()
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.filters.show_count(
            self.model.action_count(), len(self.tree_data.actions()) if self.tree_data else 0
        )
        if selected is not None:
            self.select(*selected)

    # --- selection --------------------------------------------------------------------

    def selected(self) -> tuple[str, int] | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        node = self.model.node(index)
        return node.kind, node.id

    def selected_pillar(self) -> int:
        """The pillar of whatever is selected (itself, or above an objective or action);
        else the pillar the view is filtered to; else the first."""
        index = self.view.currentIndex()
        while index.isValid():
            node = self.model.node(index)
            if node.kind == PILLAR:
                return int(node.id)
            index = index.parent()
        return int(self.filters.pillar_filter.currentData() or 1)

    def select(self, kind: str, record_id: int) -> bool:
        index = self.model.find(kind, record_id)
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        self._current_changed(index)
        return True

    def _expanded(self) -> set[tuple[str, int]]:
        found: set[tuple[str, int]] = set()
        for row in range(self.model.rowCount()):
            pillar = self.model.index(row, 0)
            if self.view.isExpanded(pillar):
                found.add((PILLAR, self.model.node(pillar).id))
            for o_row in range(self.model.rowCount(pillar)):
                objective = self.model.index(o_row, 0, pillar)
                if self.view.isExpanded(objective):
                    found.add((OBJECTIVE, self.model.node(objective).id))
        return found

    def _expand(self, keys: set[tuple[str, int]]) -> None:
        for kind, record_id in keys:
            index = (
                self.model.find(kind, record_id)
                if kind != PILLAR
                else self._pillar_index(record_id)
            )
            if index.isValid():
                self.view.expand(index)

    def _pillar_index(self, pillar_id: int) -> QModelIndex:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.model.node(index).id == pillar_id:
                return index
        return QModelIndex()

    def _current_changed(self, index: QModelIndex, _previous: Any = None) -> None:
        node = self.model.node(index)
        if (node.kind, node.id) != self._showing:  # not a refresh: others' changes, say
            self.editor.commit_pending()  # typed text is saved before another record opens
        self._showing = (node.kind, node.id)
        if node.kind == OBJECTIVE:
            self.editor.show_objective(node.record)
        elif node.kind == ACTION:
            assert self.tree_data is not None
            self.editor.show_action(node.record, self.tree_data.pillar_of(node.record))
        elif self.tree_data is not None:
            self.editor.show_plan(self.tree_data.plan)
        self.add_action_button.setEnabled(node.kind in (OBJECTIVE, ACTION))
        movable = node.kind in (OBJECTIVE, ACTION)
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(movable)

    def _show_plan_details(self) -> None:
        self.view.selectionModel().clearCurrentIndex()
        if self.tree_data is not None:
            self.editor.show_plan(self.tree_data.plan)

    # --- editing ----------------------------------------------------------------------

    def _plan_id(self) -> int:
        """The plan, created on the first objective if there is none yet."""
        if self.tree_data is not None:
            return int(self.tree_data.plan.id)
        plan_id = int(self.plans.ensure().id)
        self.refresh()
        return plan_id

    def add_objective(self, pillar_id: int, title: str | None = None) -> None:
        if self.ctx.read_only:
            return
        plan_id = self._plan_id()
        values = {"plan_id": plan_id, "pillar_id": pillar_id, "title": title or tx("New objective")}
        self._add(self.objectives, values, tx("Add objective"), OBJECTIVE, rename=title is None)

    def add_action(self) -> None:
        if self.ctx.read_only:
            return
        selected = self.selected()
        if selected is None or selected[0] == PILLAR:
            pillar = selected[1] if selected else 1
            prompts.inform(
                self,
                tx("Add action"),
                tx("Select the objective the action belongs to first")
                + (
                    tx(", or add an objective under pillar {pillar}.").format(pillar=pillar)
                    if selected
                    else tx(", or add an objective with “Add objective”.")
                ),
            )
            return
        kind, record_id = selected
        objective_id = (
            record_id if kind == OBJECTIVE else self.action_service.get(record_id).objective_id
        )
        values = {"objective_id": objective_id, "title": tx("New action")}
        self._add(self.action_service, values, tx("Add action"), ACTION, rename=True)

    def _add(
        self, service: Any, values: dict[str, Any], text: str, kind: str, *, rename: bool
    ) -> None:
        """Create a record (undoable), select it in the tree and, if its title is the
        placeholder, start editing the title there."""
        created: list[int] = []
        command = CreateCommand(service, values, text, self.ctx.notify, on_created=created.append)
        if self.ctx.run(command) and created:
            self.select(kind, created[-1])
            if rename:
                self.view.edit(self.view.currentIndex())

    def new_item(self) -> None:
        if self.ctx.read_only:
            return
        selected = self.selected()
        if selected is None or selected[0] == PILLAR:
            self.add_objective(self.selected_pillar())
        else:
            self.add_action()

    def _rename(self, kind: str, record_id: int, old: str, title: str) -> None:
        service = self.objectives if kind == OBJECTIVE else self.action_service
        self.ctx.run(
            EditCommand(
                service,
                record_id,
                {"title": old},
                {"title": title},
                tx("Rename objective") if kind == OBJECTIVE else tx("Rename action"),
                self.ctx.notify,
            )
        )

    def move_selected(self, delta: int) -> None:
        if self.ctx.read_only:
            return
        selected = self.selected()
        if selected is None or selected[0] == PILLAR:
            return
        kind, record_id = selected
        service = self.objectives if kind == OBJECTIVE else self.action_service
        words = {
            (True, True): tx("Move objective up"),
            (True, False): tx("Move objective down"),
            (False, True): tx("Move action up"),
            (False, False): tx("Move action down"),
        }
        told = words[(kind == OBJECTIVE, delta < 0)]
        self.ctx.run(MoveCommand(service, record_id, delta, told, self.ctx.notify))

    def delete_selected(self) -> None:
        if self.ctx.read_only:
            return
        selected = self.selected()
        if selected is None or selected[0] == PILLAR:
            return
        kind, record_id = selected
        node = self.model.node(self.view.currentIndex())
        detail = ""
        if kind == OBJECTIVE and node.record.actions:
            n = len(node.record.actions)
            detail = tr_n(" and its %Ln action(s)", "", n)
        heading = tx("Delete objective") if kind == OBJECTIVE else tx("Delete action")
        question = (
            tx("Delete the objective “{title}”{detail}?")
            if kind == OBJECTIVE
            else tx("Delete the action “{title}”{detail}?")
        )
        if not prompts.confirm(
            self,
            heading,
            question.format(title=node.title, detail=detail),
            details=tx("You can undo this with Ctrl+Z."),
            yes=tx("Delete"),
            no=tx("Keep it"),
        ):
            return
        service = self.objectives if kind == OBJECTIVE else self.action_service
        self.ctx.run(DeleteCommand(service, record_id, heading, self.ctx.notify))

    def add_from_templates(self) -> None:
        from brdesk.ui.dialogs.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self)
        if dialog.exec() and dialog.chosen():
            self.add_templates(dialog.chosen())

    def add_templates(self, template_ids: list[str]) -> None:
        from brdesk.services.templates import add_template

        plan_id = self._plan_id()
        stack = self.ctx.undo_stack
        stack.beginMacro(tx("Add {v0} example objective(s)").format(v0=len(template_ids)))
        try:
            for template_id in template_ids:
                self.ctx.run(
                    CreateCommand(
                        self.objectives,
                        {},
                        tx("Add example objective"),
                        self.ctx.notify,
                        create=partial(add_template, self.ctx.store, plan_id, template_id),
                    )
                )
        finally:
            stack.endMacro()

    def focus_find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filters.find_box.setFocus()
        self.filters.find_box.selectAll()

    def edit_controls(self) -> list[QWidget]:
        return [
            self.add_objective_button, self.add_action_button, self.templates_button,
            self.up_button, self.down_button, self.delete_button,
        ]  # fmt: skip

    def set_read_only(self) -> None:
        super().set_read_only()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.editor.read_only = True
        for picker in (self.editor.sdg_picker, self.editor.gbf_picker, self.editor.zone_picker):
            picker.setEnabled(False)

    def commit_pending(self) -> None:
        self.editor.commit_pending()

    # --- layout memory ----------------------------------------------------------------

    def save_state(self) -> None:
        self.ctx.settings.setValue("plan/splitter", self.splitter.saveState())
        self.ctx.settings.setValue("plan/tree_header", self.view.header().saveState())

    def _restore_layout(self) -> None:
        for key, target in (
            ("plan/splitter", self.splitter),
            ("plan/tree_header", self.view.header()),
        ):
            state = self.ctx.settings.value(key)
            if isinstance(state, QByteArray):
                target.restoreState(state)
