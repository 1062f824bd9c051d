"""The right-hand side of the plan page: the plan's header, an objective, or an action."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brdesk import reference
from brdesk.palette import PILLAR_COLOURS
from brdesk.services.plan import ActionService, ObjectiveService, PlanService
from brdesk.ui.i18n import current_language, marked, tx
from brdesk.ui.pages.base import AppContext
from brdesk.ui.undo import EditCommand
from brdesk.ui.widgets.record_form import RecordForm
from brdesk.ui.widgets.tag_picker import TagPicker

HIDDEN = {"plan_id", "pillar_id", "objective_id", "position", "reserve_id"}

#: The action editor's tabs and the fields on each (tags are the last tab).
ACTION_TABS = (
    (marked("What"), ("title", "description", "risks")),
    (marked("Who and when"), ("responsible", "partners", "start_date", "end_date", "status",
                      "priority", "budget", "currency")),
    (marked("Indicator"), ("indicator_name", "indicator_unit", "indicator_baseline",
                   "indicator_target", "indicator_latest")),
)  # fmt: skip


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
        self.action_service = ActionService(ctx.store)
        self.current_action: int | None = None
        #: the action's goals and zones as its pickers show them
        self._tags_shown: dict[str, list[int]] = {}

        # Plan header
        self.plan_page = QGroupBox(tx("The plan"))
        layout = QVBoxLayout(self.plan_page)
        hint = QLabel(
            tx(
                "Your plan's title, period and vision. Select an objective or an action on the "
                "left to edit it."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        layout.addWidget(hint)
        self.plan_form = RecordForm(_visible(self.plans.fields))
        self.plan_form.setAccessibleName(tx("Plan details"))
        layout.addWidget(self.plan_form)
        layout.addStretch(1)
        self.addWidget(self.plan_page)

        # Objective
        self.objective_page = QGroupBox(tx("Objective"))
        layout = QVBoxLayout(self.objective_page)
        self.objective_pillar = QLabel()
        layout.addWidget(self.objective_pillar)
        self.objective_form = RecordForm(_visible(self.objectives.fields))
        self.objective_form.setAccessibleName(tx("Objective"))
        layout.addWidget(self.objective_form)
        layout.addStretch(1)
        self.addWidget(self.objective_page)

        # Action: in tabs, so that everything is a click away, never at the bottom of a long
        # scroll, and a new action opens at its first field.
        self.action_page = QGroupBox(tx("Action"))
        outer = QVBoxLayout(self.action_page)
        self.action_pillar = QLabel()
        outer.addWidget(self.action_pillar)
        # The other way of the link an assessment's next step makes (see Effectiveness).
        self.action_origin = QLabel()
        self.action_origin.setWordWrap(True)
        self.action_origin.setAccessibleName(tx("Where this action came from"))
        self.action_origin.linkActivated.connect(lambda _l: ctx.navigate.emit("effectiveness"))
        outer.addWidget(self.action_origin)
        self.action_tabs = QTabWidget()
        self.action_tabs.setDocumentMode(True)
        outer.addWidget(self.action_tabs, 1)
        fields = {f.name: f for f in _visible(self.action_service.fields)}
        labels = {"indicator_baseline": marked("Baseline"), "indicator_target": marked("Target"),
                  "indicator_latest": marked("Latest value"), "indicator_name": marked("Indicator"),
                  "indicator_unit": marked("Unit")}  # fmt: skip
        self.action_forms: list[RecordForm] = []
        for title, names in ACTION_TABS:
            form = RecordForm([fields[n] for n in names], labels=labels)
            form.setAccessibleName(tx(title))
            self.action_forms.append(form)
            self.action_tabs.addTab(scrolled(form), tx(title))
        tags = QWidget()
        tags_layout = QVBoxLayout(tags)
        self.tag_search = QLineEdit()
        self.tag_search.setPlaceholderText(tx("Find a goal by number or words (e.g. 15, water)"))
        self.tag_search.setClearButtonEnabled(True)
        self.tag_search.setAccessibleName(tx("Find a goal"))
        tags_layout.addWidget(self.tag_search)
        pickers = QHBoxLayout()
        self.sdg_picker = TagPicker(reference.sdgs(current_language()), tx("SDG"))
        self.sdg_picker.setAccessibleName(tx("SDG tags"))
        self.gbf_picker = TagPicker(reference.gbf_targets(current_language()), tx("Target"))
        self.gbf_picker.setAccessibleName(tx("GBF target tags"))
        for title, picker in (
            (tx("SDGs this action serves"), self.sdg_picker),
            (tx("GBF targets this action serves"), self.gbf_picker),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(picker)
            pickers.addWidget(box, 1)
        tags_layout.addLayout(pickers, 1)
        self.tag_search.textChanged.connect(self.sdg_picker.show_matching)
        self.tag_search.textChanged.connect(self.gbf_picker.show_matching)
        self.action_tabs.addTab(tags, tx("SDGs and GBF"))
        zones = QWidget()
        #: the folder is open read-only: the zone picker, rebuilt as zones change, stays off
        self.read_only = False
        self._zones_shown: list[tuple[int, str, str]] | None = None
        self.zones_layout = QVBoxLayout(zones)
        self.zones_hint = QLabel()
        self.zones_hint.setWordWrap(True)
        self.zones_hint.linkActivated.connect(lambda _l: ctx.navigate.emit("map"))
        self.zones_layout.addWidget(self.zones_hint)
        self.zone_picker = self._zone_picker([])
        self.zones_layout.addWidget(self.zone_picker, 1)
        self.action_tabs.addTab(zones, tx("Zones"))
        self.addWidget(self.action_page)
        self.sdg_picker.changed.connect(lambda numbers: self._retag("sdgs", numbers))
        self.gbf_picker.changed.connect(lambda numbers: self._retag("gbf_targets", numbers))

    def action_form_with(self, name: str) -> RecordForm:
        """The form (tab) holding field name of an action."""
        return next(form for form in self.action_forms if name in form.editors)

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
        if action.id != self.current_action:
            # Another action opens at its start, not where the last one was scrolled to.
            self.action_tabs.setCurrentIndex(0)
            for index in range(self.action_tabs.count()):
                page = self.action_tabs.widget(index)
                if isinstance(page, QScrollArea):
                    page.verticalScrollBar().setValue(0)
            self.tag_search.clear()
        self.current_action = action.id
        self.action_pillar.setText(_pillar_label(pillar_id))
        self._show_origin(action.id)
        values = _values(self.action_service.fields, action)
        for form in self.action_forms:
            form.bind(self.action_service, self.ctx.undo_stack, action.id, values, self.ctx.notify)
        self._tags_shown = {
            name: self.action_service.extra_value(action, name)
            for name in ("sdgs", "gbf_targets", "zones")
        }
        self.sdg_picker.set_selected(self._tags_shown["sdgs"])
        self.gbf_picker.set_selected(self._tags_shown["gbf_targets"])
        self._show_zones(action)
        self.setCurrentWidget(self.action_page)

    def _zone_picker(self, zones: list[Any]) -> TagPicker:
        from brdesk.db.vocab import ZONE_KINDS

        def shown(zone: Any) -> str:
            kind = tx(ZONE_KINDS[zone.kind])
            return kind if zone.name == ZONE_KINDS[zone.kind] else f"{zone.name} ({kind.lower()})"

        goals = [reference.Goal(z.id, shown(z)) for z in zones]
        picker = TagPicker(goals, "")
        picker.setAccessibleName(tx("Zones this action applies to"))
        picker.setEnabled(not self.read_only)
        picker.changed.connect(lambda ids: self._retag("zones", ids))
        return picker

    def _show_zones(self, action: Any) -> None:
        """The zones on the map, those the action names ticked (rebuilt when they change)."""
        from brdesk.services.zones import ZoneService

        zones = ZoneService(self.ctx.store).list()
        wanted = [(z.id, z.name, z.kind) for z in zones]
        if wanted != self._zones_shown:
            self._zones_shown = wanted
            old, self.zone_picker = self.zone_picker, self._zone_picker(zones)
            self.zones_layout.replaceWidget(old, self.zone_picker)
            old.deleteLater()
        self.zone_picker.set_selected(z.id for z in action.zones)
        self.zones_hint.setText(
            tx("The zones of the reserve this action applies to.")
            if zones
            else tx(
                "No zones on the map yet: <a href='map'>import their outlines on the Map "
                "page</a>, then tick here the ones this action applies to."
            )
        )

    def _show_origin(self, action_id: int) -> None:
        from brdesk.services.assessments import AnswerService, AssessmentService, edition

        answer = AnswerService(self.ctx.store).answer_for_action(action_id)
        if answer is None:
            self.action_origin.hide()
            return
        assessment = AssessmentService(self.ctx.store).get(answer.assessment_id)
        question = edition(assessment.question_set, current_language()).question(
            answer.question_code
        )
        title = f" · {question.title}" if question is not None else ""
        self.action_origin.setText(
            tx(
                "A next step of the self-assessment of {assessed_on:%Y-%m-%d}, question "
                "{question_code}{title}. <a href='effectiveness'>Open Effectiveness</a>"
            ).format(
                assessed_on=assessment.assessed_on, question_code=answer.question_code, title=title
            )
        )
        self.action_origin.show()

    def _retag(self, name: str, numbers: list[int]) -> None:
        if self.current_action is None:
            return
        action_id = self.current_action
        # What the picker showed before this tick: a colleague's change since (an office
        # database) is then asked about, not overwritten (services/crud.update).
        before = self._tags_shown.get(name, [])
        told = {"sdgs": tx("Change SDG tags"), "gbf_targets": tx("Change GBF tags"),
                "zones": tx("Change zones")}[name]  # fmt: skip
        command = EditCommand(
            self.action_service,
            action_id,
            {name: before},
            {name: numbers},
            told,
            self.ctx.notify,
        )
        if self.ctx.run(command):
            self._tags_shown[name] = list(numbers)

    def commit_pending(self) -> None:
        for form in (self.plan_form, self.objective_form, *self.action_forms):
            form.commit_all()


def scrolled(widget: QWidget) -> QScrollArea:
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(widget)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def _pillar_label(pillar_id: int) -> str:
    pillar = reference.pillars(current_language())[pillar_id - 1]
    colour = PILLAR_COLOURS[pillar_id]
    return tx(
        "<span style='color:{colour}; font-size:14pt'>■</span> <b>Pillar {number}: {name}</b>"
    ).format(colour=colour, number=pillar.number, name=pillar.name)
