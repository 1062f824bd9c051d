"""The action plan: its header, objectives per pillar, and actions tagged to SDGs and GBF."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from brdesk.db import models
from brdesk.db.vocab import ACTION_STATUSES, PRIORITIES
from brdesk.errors import ValidationError
from brdesk.services.crud import EntityService
from brdesk.services.fields import Field, check_order


class PlanService(EntityService[models.ActionPlan]):
    model = models.ActionPlan
    noun = "action plan"
    fields = (
        Field("title", "Plan title", required=True, max_length=300),
        Field("vision", "Vision statement"),
        Field("start_year", "First year", "int", minimum=2000, maximum=2100),
        Field("end_year", "Last year", "int", minimum=2000, maximum=2100),
        Field("reserve_id", "Reserve", "int", minimum=1),
    )

    def check_record(self, record: Mapping[str, Any]) -> None:
        check_order(record, self.field("start_year"), self.field("end_year"))


class ObjectiveService(EntityService[models.Objective]):
    model = models.Objective
    noun = "objective"
    fields = (
        Field("plan_id", "Plan", "int", required=True, minimum=1),
        Field("pillar_id", "Pillar", "int", required=True, minimum=1, maximum=4),
        Field("title", "Objective", required=True, max_length=300),
        Field("description", "Description"),
        Field("position", "Position", "int", minimum=0),
    )

    def default_order(self) -> Sequence[Any]:
        return (models.Objective.pillar_id, models.Objective.position, models.Objective.id)

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
    noun = "action"
    fields = (
        Field("objective_id", "Objective", "int", required=True, minimum=1),
        Field("title", "Action", required=True, max_length=300),
        Field("description", "Description"),
        Field("responsible", "Responsible", max_length=200),
        Field("partners", "Partners"),
        Field("start_date", "Start date", "date"),
        Field("end_date", "End date", "date"),
        Field("budget", "Budget", "float", minimum=0),
        Field("currency", "Currency", max_length=3),
        Field("status", "Status", "choice", choices=ACTION_STATUSES),
        Field("priority", "Priority", "choice", choices=PRIORITIES),
        Field("indicator_name", "Indicator", max_length=300),
        Field("indicator_unit", "Indicator unit", max_length=50),
        Field("indicator_baseline", "Baseline", "float"),
        Field("indicator_target", "Target", "float"),
        Field("indicator_latest", "Latest value", "float"),
        Field("risks", "Risks and assumptions"),
        Field("position", "Position", "int", minimum=0),
    )

    def load_options(self) -> Sequence[ORMOption]:
        return (
            selectinload(models.Action.sdgs),
            selectinload(models.Action.gbf_targets),
        )

    def default_order(self) -> Sequence[Any]:
        return (models.Action.objective_id, models.Action.position, models.Action.id)

    def clean(self, values: Mapping[str, Any], **kwargs: Any) -> dict[str, Any]:
        cleaned = super().clean(values, **kwargs)
        currency = cleaned.get("currency")
        if currency is not None:
            if not (len(currency) == 3 and currency.isalpha()):
                raise self.field("currency").fail(
                    f"must be a three-letter ISO code such as USD or NPR (got '{currency}')"
                )
            cleaned["currency"] = currency.upper()
        # Statuses and priorities a form leaves blank take the defaults, not NULL.
        for name, default in (("status", "planned"), ("priority", "medium")):
            if name in cleaned and cleaned[name] is None:
                cleaned[name] = default
        _tag_numbers(values, "sdgs", "SDGs", 17)
        _tag_numbers(values, "gbf_targets", "GBF targets", 23)
        return cleaned

    def check_record(self, record: Mapping[str, Any]) -> None:
        check_order(record, self.field("start_date"), self.field("end_date"))

    def extra_fields(self) -> Iterable[str]:
        return TAG_FIELDS

    def before_insert(self, session: Session, obj: models.Action) -> None:
        if obj.position is None:
            last = session.scalar(
                select(func.max(models.Action.position)).where(
                    models.Action.objective_id == obj.objective_id
                )
            )
            obj.position = 0 if last is None else last + 1

    def apply_extra(self, session: Session, obj: models.Action, values: Mapping[str, Any]) -> None:
        for name, link, column in (
            ("sdgs", models.ActionSdg, "sdg_number"),
            ("gbf_targets", models.ActionGbf, "gbf_number"),
        ):
            if name not in values:
                continue
            numbers = _tag_numbers(values, name, name, 99)
            session.execute(delete(link).where(link.action_id == obj.id))
            if numbers:
                session.execute(insert(link), [{"action_id": obj.id, column: n} for n in numbers])
        session.expire(obj, ["sdgs", "gbf_targets"])

    def snapshot(self, record_id: int) -> dict[str, Any]:
        action = self.get(record_id)
        values = super().snapshot(record_id)
        values["sdgs"] = [s.number for s in action.sdgs]
        values["gbf_targets"] = [g.number for g in action.gbf_targets]
        return values


def _tag_numbers(values: Mapping[str, Any], name: str, label: str, highest: int) -> list[int]:
    raw = values.get(name)
    if raw is None:
        return []
    numbers: set[int] = set()
    for item in raw:
        try:
            number = int(item)
        except (TypeError, ValueError):
            raise ValidationError(name, label, f"'{item}' is not a number") from None
        if not 1 <= number <= highest:
            raise ValidationError(name, label, f"{number} is not between 1 and {highest}")
        numbers.add(number)
    return sorted(numbers)
