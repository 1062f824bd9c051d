"""The action plan: its header, objectives per pillar, and actions tagged to SDGs and GBF."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from brdesk.db import models
from brdesk.db.vocab import ACTION_STATUSES, PRIORITIES
from brdesk.errors import NotFound
from brdesk.languages import marked, said
from brdesk.services.crud import EntityService
from brdesk.services.fields import Field, check_order
from brdesk.services.links import check_goals, set_goals, set_links

DEFAULT_PLAN_TITLE = "My action plan"


class PlanService(EntityService[models.ActionPlan]):
    model = models.ActionPlan
    noun = marked("action plan")
    fields = (
        Field("title", marked("Plan title"), required=True, max_length=300),
        Field("vision", marked("Vision statement"), "longtext"),
        Field("start_year", marked("First year"), "int", minimum=2000, maximum=2100),
        Field("end_year", marked("Last year"), "int", minimum=2000, maximum=2100),
        Field("reserve_id", marked("Reserve"), "int", minimum=1),
    )

    def check_record(self, record: Mapping[str, Any]) -> None:
        check_order(record, self.field("start_year"), self.field("end_year"))

    def current(self) -> models.ActionPlan | None:
        """The plan brdesk shows: a data folder holds one participant's plan."""
        plans = self.list()
        return plans[0] if plans else None

    def ensure(self) -> models.ActionPlan:
        return self.current() or self.create(title=DEFAULT_PLAN_TITLE)

    def tree(self, plan_id: int) -> PlanTree:
        """The whole plan, objectives and actions with their tags, in one read."""
        with self.store.reading() as session:
            plan = session.get(models.ActionPlan, plan_id)
            if plan is None:
                raise NotFound(said("Action plan {plan_id} no longer exists.", plan_id=plan_id))
            objectives = list(
                session.scalars(
                    select(models.Objective)
                    .where(models.Objective.plan_id == plan_id)
                    .order_by(*ObjectiveService.ORDER)
                    .options(
                        selectinload(models.Objective.actions).selectinload(models.Action.sdgs),
                        selectinload(models.Objective.actions).selectinload(
                            models.Action.gbf_targets
                        ),
                        selectinload(models.Objective.actions).selectinload(models.Action.zones),
                    )
                )
            )
        return PlanTree(plan=plan, objectives=objectives)


@dataclass(frozen=True)
class PlanTree:
    plan: models.ActionPlan
    objectives: list[models.Objective]

    def objectives_of(self, pillar_id: int) -> list[models.Objective]:
        return [o for o in self.objectives if o.pillar_id == pillar_id]

    def actions(self) -> list[models.Action]:
        return [a for o in self.objectives for a in o.actions]

    def pillar_of(self, action: models.Action) -> int:
        for o in self.objectives:
            if o.id == action.objective_id:
                return o.pillar_id
        raise KeyError(action.id)


def _move(session: Session, model: Any, obj: Any, group: Sequence[Any], delta: int) -> bool:
    """Swap obj with its neighbour delta places away among the rows of its group."""
    siblings = list(session.scalars(select(model).where(*group).order_by(model.position, model.id)))
    index = next(i for i, s in enumerate(siblings) if s.id == obj.id)
    target = index + delta
    if not 0 <= target < len(siblings):
        return False
    siblings.insert(target, siblings.pop(index))
    for position, sibling in enumerate(siblings):
        sibling.position = position
    return True


class ObjectiveService(EntityService[models.Objective]):
    model = models.Objective
    noun = marked("objective")
    fields = (
        Field("plan_id", marked("Plan"), "int", required=True, minimum=1),
        Field("pillar_id", marked("Pillar"), "int", required=True, minimum=1, maximum=4),
        Field("title", marked("Objective"), required=True, max_length=300),
        Field("description", marked("Description"), "longtext"),
        Field("position", marked("Position"), "int", minimum=0),
    )

    ORDER = (models.Objective.pillar_id, models.Objective.position, models.Objective.id)

    def default_order(self) -> Sequence[Any]:
        return self.ORDER

    def move(self, objective_id: int, delta: int) -> bool:
        """Move an objective up (-1) or down (+1) within its pillar; False at either end."""
        with self.store.transaction() as session:
            obj = self._get(session, objective_id)
            group = (
                models.Objective.plan_id == obj.plan_id,
                models.Objective.pillar_id == obj.pillar_id,
            )
            return _move(session, models.Objective, obj, group, delta)

    def snapshot(self, record_id: int) -> dict[str, Any]:
        values = super().snapshot(record_id)
        actions = ActionService(self.store)
        values["actions"] = [actions.snapshot(a.id) for a in actions.list(objective_id=record_id)]
        return values

    def _restore(self, session: Session, snapshot: Mapping[str, Any]) -> None:
        super()._restore(session, snapshot)
        actions = ActionService(self.store)
        for action in snapshot.get("actions", ()):
            actions._restore(session, action)

    def extra_fields(self) -> Iterable[str]:
        return ("actions",)

    def before_insert(self, session: Session, obj: models.Objective) -> None:
        if obj.position is None:
            last = session.scalar(
                select(func.max(models.Objective.position)).where(
                    models.Objective.plan_id == obj.plan_id,
                    models.Objective.pillar_id == obj.pillar_id,
                )
            )
            obj.position = 0 if last is None else last + 1


TAG_FIELDS = ("sdgs", "gbf_targets")


class ActionService(EntityService[models.Action]):
    model = models.Action
    noun = marked("action")
    fields = (
        Field("objective_id", marked("Objective"), "int", required=True, minimum=1),
        Field("title", marked("Action"), required=True, max_length=300),
        Field("description", marked("Description"), "longtext"),
        Field("responsible", marked("Responsible"), max_length=200),
        Field("partners", marked("Partners"), "longtext"),
        Field("start_date", marked("Start date"), "date"),
        Field("end_date", marked("End date"), "date"),
        Field("budget", marked("Budget"), "float", minimum=0),
        Field("currency", marked("Currency"), max_length=3),
        Field("status", marked("Status"), "choice", choices=ACTION_STATUSES),
        Field("priority", marked("Priority"), "choice", choices=PRIORITIES),
        Field("indicator_name", marked("Indicator"), max_length=300),
        Field("indicator_unit", marked("Indicator unit"), max_length=50),
        Field("indicator_baseline", marked("Baseline"), "float"),
        Field("indicator_target", marked("Target"), "float"),
        Field("indicator_latest", marked("Latest value"), "float"),
        Field("risks", marked("Risks and assumptions"), "longtext"),
        Field("position", marked("Position"), "int", minimum=0),
    )

    def load_options(self) -> Sequence[ORMOption]:
        return (
            selectinload(models.Action.sdgs),
            selectinload(models.Action.gbf_targets),
            selectinload(models.Action.zones),
        )

    def default_order(self) -> Sequence[Any]:
        return (models.Action.objective_id, models.Action.position, models.Action.id)

    def move(self, action_id: int, delta: int) -> bool:
        """Move an action up (-1) or down (+1) within its objective; False at either end."""
        with self.store.transaction() as session:
            obj = self._get(session, action_id)
            group = (models.Action.objective_id == obj.objective_id,)
            return _move(session, models.Action, obj, group, delta)

    def clean(self, values: Mapping[str, Any], **kwargs: Any) -> dict[str, Any]:
        cleaned = super().clean(values, **kwargs)
        currency = cleaned.get("currency")
        if currency is not None:
            if not (len(currency) == 3 and currency.isalpha()):
                raise self.field("currency").fail(
                    said(
                        "must be a three-letter ISO code such as USD or NPR (got '{currency}')",
                        currency=currency,
                    )
                )
            cleaned["currency"] = currency.upper()
        # Statuses and priorities a form leaves blank take the defaults, not NULL.
        for name, default in (("status", "planned"), ("priority", "medium")):
            if name in cleaned and cleaned[name] is None:
                cleaned[name] = default
        check_goals(values)
        return cleaned

    def check_record(self, record: Mapping[str, Any]) -> None:
        check_order(record, self.field("start_date"), self.field("end_date"))

    def extra_fields(self) -> Iterable[str]:
        return (*TAG_FIELDS, "zones")

    def extra_value(self, obj: models.Action, name: str) -> Any:
        if name == "sdgs":
            return sorted(s.number for s in obj.sdgs)
        if name == "gbf_targets":
            return sorted(g.number for g in obj.gbf_targets)
        if name == "zones":
            return sorted(z.id for z in obj.zones)
        return super().extra_value(obj, name)

    def label_of(self, name: str) -> str:
        extra = {
            "sdgs": marked("SDGs"),
            "gbf_targets": marked("GBF targets"),
            "zones": marked("Zones"),
        }
        return extra[name] if name in extra else super().label_of(name)

    def before_insert(self, session: Session, obj: models.Action) -> None:
        if obj.position is None:
            last = session.scalar(
                select(func.max(models.Action.position)).where(
                    models.Action.objective_id == obj.objective_id
                )
            )
            obj.position = 0 if last is None else last + 1

    def apply_extra(self, session: Session, obj: models.Action, values: Mapping[str, Any]) -> None:
        sdg, gbf = models.ActionSdg, models.ActionGbf
        set_goals(
            session, values, obj.id, (sdg.action_id, sdg.sdg_number),
            (gbf.action_id, gbf.gbf_number),
        )  # fmt: skip
        if "zones" in values:
            link = models.ActionZone
            set_links(
                session, link.action_id, link.zone_id, obj.id, values["zones"] or [],
                models.ReserveZone.id, ("zones", "Zones", "zone"),
            )  # fmt: skip
        session.expire(obj, ["sdgs", "gbf_targets", "zones"])

    def snapshot(self, record_id: int) -> dict[str, Any]:
        action = self.get(record_id)
        values = super().snapshot(record_id)
        values["sdgs"] = [s.number for s in action.sdgs]
        values["gbf_targets"] = [g.number for g in action.gbf_targets]
        values["zones"] = [z.id for z in action.zones]
        return values


@dataclass(frozen=True)
class PlanFilter:
    """Which actions the plan shows: a pillar, a status, an SDG, a GBF target, words."""

    pillar: int | None = None
    status: str | None = None
    sdg: int | None = None
    gbf: int | None = None
    text: str | None = None

    def active(self) -> bool:
        return any(v is not None for v in (self.status, self.sdg, self.gbf, self.text))

    def matches_text(self, title: str) -> bool:
        return self.text is None or self.text.casefold() in title.casefold()

    def keeps(self, action: Any) -> bool:
        if self.status is not None and action.status != self.status:
            return False
        if self.sdg is not None and self.sdg not in {s.number for s in action.sdgs}:
            return False
        return self.gbf is None or self.gbf in {g.number for g in action.gbf_targets}
