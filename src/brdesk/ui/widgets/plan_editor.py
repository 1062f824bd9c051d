"""The right-hand side of the plan page: the plan's header, an objective, or an action."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from brdesk import reference
from brdesk.errors import BrdeskError
from brdesk.palette import PILLAR_COLOURS
from brdesk.services.plan import ActionService, ObjectiveService, PlanService
from brdesk.ui.pages.base import AppContext
from brdesk.ui.undo import EditCommand, execute
from brdesk.ui.widgets.record_form import RecordForm
from brdesk.ui.widgets.tag_picker import TagPicker

HIDDEN = {"plan_id", "pillar_id", "objective_id", "position", "reserve_id"}


def _visible(fields: Any) -> list[Any]:
    return [f for f in fields if f.name not in HIDDEN]


def _values(fields: Any, record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in fields}


class PlanEditor(QStackedWidget):
    """Shows one editor at a time; every edit goes through the undo stack."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plans = PlanService(ctx.store)
        self.objectives = ObjectiveService(ctx.store)
        self.actions = ActionService(ctx.store)
        self.current_action: int | None = None

        # Plan header
        self.plan_page = QGroupBox("The plan")
        layout = QVBoxLayout(self.plan_page)
        hint = QLabel(
            "Your plan's title, period and vision. Select an objective or an action on the "
            "left to edit it."
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        layout.addWidget(hint)
        self.plan_form = RecordForm(_visible(self.plans.fields))
        self.plan_form.setAccessibleName("Plan details")
        layout.addWidget(self.plan_form)
        layout.addStretch(1)
        self.addWidget(self.plan_page)

        # Objective
        self.objective_page = QGroupBox("Objective")
        layout = QVBoxLayout(self.objective_page)
        self.objective_pillar = QLabel()
        layout.addWidget(self.objective_pillar)
        self.objective_form = RecordForm(_visible(self.objectives.fields))
        self.objective_form.setAccessibleName("Objective")
        layout.addWidget(self.objective_form)
        layout.addStretch(1)
        self.addWidget(self.objective_page)

        # Action
        self.action_page = QGroupBox("Action")
        outer = QVBoxLayout(self.action_page)
        self.action_pillar = QLabel()
        outer.addWidget(self.action_pillar)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        self.action_form = RecordForm(
            _visible(self.actions.fields),
            labels={"indicator_baseline": "Indicator baseline", "indicator_target": "Target"},
        )
        self.action_form.setAccessibleName("Action")
        body_layout.addWidget(self.action_form)
        tags = QHBoxLayout()
        sdg_box = QGroupBox("SDGs this action serves")
        sdg_layout = QVBoxLayout(sdg_box)
        self.sdg_picker = TagPicker(reference.sdgs(), "SDG")
        self.sdg_picker.setAccessibleName("SDG tags")
        self.sdg_picker.setMinimumHeight(220)
        sdg_layout.addWidget(self.sdg_picker)
        gbf_box = QGroupBox("GBF targets this action serves")
        gbf_layout = QVBoxLayout(gbf_box)
        self.gbf_picker = TagPicker(reference.gbf_targets(), "Target")
        self.gbf_picker.setAccessibleName("GBF target tags")
        self.gbf_picker.setMinimumHeight(220)
        gbf_layout.addWidget(self.gbf_picker)
        tags.addWidget(sdg_box)
        tags.addWidget(gbf_box)
        body_layout.addLayout(tags)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.addWidget(self.action_page)
        self.sdg_picker.changed.connect(lambda numbers: self._retag("sdgs", numbers))
        self.gbf_picker.changed.connect(lambda numbers: self._retag("gbf_targets", numbers))

    def show_plan(self, plan: Any) -> None:
        self.current_action = None
        self.plan_form.bind(
            self.plans,
            self.ctx.undo_stack,
            plan.id,
            _values(self.plans.fields, plan),
            self.ctx.notify,
        )
        self.setCurrentWidget(self.plan_page)

    def show_objective(self, objective: Any) -> None:
        self.current_action = None
        self.objective_pillar.setText(_pillar_label(objective.pillar_id))
        self.objective_form.bind(
            self.objectives,
            self.ctx.undo_stack,
            objective.id,
            _values(self.objectives.fields, objective),
            self.ctx.notify,
        )
        self.setCurrentWidget(self.objective_page)

    def show_action(self, action: Any, pillar_id: int) -> None:
        self.current_action = action.id
        self.action_pillar.setText(_pillar_label(pillar_id))
        self.action_form.bind(
            self.actions,
            self.ctx.undo_stack,
            action.id,
            _values(self.actions.fields, action),
            self.ctx.notify,
        )
        self.sdg_picker.set_selected(s.number for s in action.sdgs)
        self.gbf_picker.set_selected(g.number for g in action.gbf_targets)
        self.setCurrentWidget(self.action_page)

    def _retag(self, name: str, numbers: list[int]) -> None:
        if self.current_action is None:
            return
        action = self.actions.get(self.current_action)
        before = (
            [s.number for s in action.sdgs]
            if name == "sdgs"
            else [g.number for g in action.gbf_targets]
        )
        label = "SDG tags" if name == "sdgs" else "GBF tags"
        command = EditCommand(
            self.actions,
            action.id,
            {name: before},
            {name: numbers},
            f"Change {label}",
            self.ctx.notify,
        )
        try:
            execute(self.ctx.undo_stack, command)
        except BrdeskError as exc:
            self.ctx.failed.emit(str(exc))

    def commit_pending(self) -> None:
        for form in (self.plan_form, self.objective_form, self.action_form):
            form.commit_all()


def _pillar_label(pillar_id: int) -> str:
    pillar = reference.pillars()[pillar_id - 1]
    colour = PILLAR_COLOURS[pillar_id]
    return (
        f"<span style='color:{colour}; font-size:14pt'>■</span> "
        f"<b>Pillar {pillar.number}: {pillar.name}</b>"
    )
