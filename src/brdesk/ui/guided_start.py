"""Turn the “Start my plan” answers into records, as one undoable step."""

from __future__ import annotations

from typing import Any

from brdesk.services.plan import ObjectiveService, PlanService
from brdesk.services.profile import ParticipantService, ReserveService
from brdesk.services.templates import add_template
from brdesk.ui.i18n import tx
from brdesk.ui.pages.base import AppContext
from brdesk.ui.undo import CreateCommand, execute


def apply_answers(ctx: AppContext, answers: dict[str, dict[str, Any]]) -> None:
    store = ctx.store
    participants = ParticipantService(store)
    reserves = ReserveService(store)
    plans = PlanService(store)
    objectives = ObjectiveService(store)
    ids: dict[str, int] = {}

    def keep(kind: str) -> Any:
        return lambda record_id: ids.__setitem__(kind, record_id)

    stack = ctx.undo_stack
    stack.beginMacro(tx("Start my plan"))
    try:
        execute(
            stack,
            CreateCommand(
                participants,
                answers["participant"],
                tx("Create profile"),
                ctx.notify,
                on_created=keep("participant"),
                create=lambda: int(participants.create_with_programme(**answers["participant"]).id),
            ),
        )
        execute(
            stack,
            CreateCommand(
                reserves,
                answers["reserve"],
                tx("Create reserve"),
                ctx.notify,
                on_created=keep("reserve"),
            ),
        )
        reserve_name = reserves.get(ids["reserve"]).name
        execute(
            stack,
            CreateCommand(
                plans,
                {
                    "title": tx("Action plan for {reserve_name}").format(reserve_name=reserve_name),
                    "reserve_id": ids["reserve"],
                },
                tx("Create plan"),
                ctx.notify,
                on_created=keep("plan"),
            ),
        )
        objective = dict(answers["objective"])
        template_id = objective.pop("template", None)
        if template_id:
            create = lambda: add_template(store, ids["plan"], template_id)  # noqa: E731
        else:
            create = lambda: int(objectives.create(plan_id=ids["plan"], **objective).id)  # noqa: E731
        execute(
            stack, CreateCommand(objectives, {}, tx("Add objective"), ctx.notify, create=create)
        )
    finally:
        stack.endMacro()
