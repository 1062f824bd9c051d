"""Example objectives and actions for mountain reserves, added to a plan in one step."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from brdesk.errors import NotFound
from brdesk.languages import said
from brdesk.services.plan import ActionService, ObjectiveService
from brdesk.services.store import Store


@dataclass(frozen=True)
class PlanTemplate:
    id: str
    pillar: int
    objective: str
    actions: tuple[dict[str, Any], ...]


@cache
def plan_templates() -> tuple[PlanTemplate, ...]:
    raw = json.loads(
        resources.files("brdesk.data").joinpath("plan_templates.json").read_text(encoding="utf-8")
    )
    return tuple(
        PlanTemplate(t["id"], int(t["pillar"]), t["objective"], tuple(t["actions"]))
        for t in raw["templates"]
    )


def template(template_id: str) -> PlanTemplate:
    for t in plan_templates():
        if t.id == template_id:
            return t
    raise NotFound(said("There is no plan template '{template_id}'.", template_id=template_id))


def add_template(store: Store, plan_id: int, template_id: str) -> int:
    """Add the template's objective and actions to the plan in one transaction.

    Returns the new objective's id (deleting it removes the lot, which is the undo).
    """
    t = template(template_id)
    objectives = ObjectiveService(store)
    actions = ActionService(store)
    objective_values = objectives.clean(
        {"plan_id": plan_id, "pillar_id": t.pillar, "title": t.objective}
    )
    action_values = [actions.clean(dict(a, objective_id=1)) for a in t.actions]
    with store.transaction() as session:
        objective = objectives.model(**objective_values)
        objectives.before_insert(session, objective)
        session.add(objective)
        session.flush()
        for position, (values, raw) in enumerate(zip(action_values, t.actions, strict=True)):
            action = actions.model(**{**values, "objective_id": objective.id})
            action.position = position
            session.add(action)
            session.flush()
            actions.apply_extra(session, action, raw)
        return int(objective.id)
