"""What the Home page shows: what needs attention, and what changed lately."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from brdesk.db import models
from brdesk.services.store import Store

DUE_SOON_DAYS = 14

# Page keys the GUI knows; the services only name them.
PAGE_RESERVE = "reserve"
PAGE_PLAN = "plan"
PAGE_REPORT = "report"


@dataclass(frozen=True)
class Attention:
    severity: str  # "overdue", "due_soon" or "incomplete"
    text: str
    page: str


@dataclass(frozen=True)
class Change:
    when: datetime
    what: str
    page: str


_PARTICIPANT_KEY_FIELDS = (
    ("full_name", "name"),
    ("country_code", "country"),
    ("institution", "institution"),
    ("position", "position"),
    ("role", "role"),
    ("email", "e-mail"),
)
_RESERVE_KEY_FIELDS = (
    ("country_code", "country"),
    ("year_designated", "year designated"),
    ("core_area_ha", "core area"),
    ("elevation_min_m", "lowest elevation"),
    ("elevation_max_m", "highest elevation"),
    ("managing_body", "managing body"),
)


def attention(store: Store, today: date | None = None) -> list[Attention]:
    today = today or date.today()
    items: list[Attention] = []
    with store.reading() as session:
        participant = session.scalars(select(models.Participant).limit(1)).first()
        reserve = session.scalars(select(models.Reserve).limit(1)).first()
        items += _incomplete("Your profile", participant, _PARTICIPANT_KEY_FIELDS)
        items += _incomplete("Your reserve", reserve, _RESERVE_KEY_FIELDS)
        pillars_planned = set(session.scalars(select(models.Objective.pillar_id).distinct()))
        missing = [
            p.name
            for p in session.scalars(select(models.Pillar).order_by(models.Pillar.id))
            if p.id not in pillars_planned
        ]
        if missing:
            items.append(
                Attention(
                    "incomplete",
                    "Action plan: no objectives yet under " + "; ".join(missing),
                    PAGE_PLAN,
                )
            )
        overdue = session.scalars(
            select(models.Action)
            .where(
                models.Action.end_date < today,
                models.Action.status.not_in(("done", "cancelled")),
            )
            .order_by(models.Action.end_date)
        )
        for action in overdue:
            items.append(
                Attention(
                    "overdue",
                    f"Action overdue since {action.end_date:%d %b %Y}: {action.title}",
                    PAGE_PLAN,
                )
            )
        due = session.scalars(
            select(models.FollowupItem)
            .where(
                models.FollowupItem.status == "pending",
                models.FollowupItem.due_date <= today + timedelta(days=DUE_SOON_DAYS),
            )
            .order_by(models.FollowupItem.due_date)
        )
        for item in due:
            assert item.due_date is not None
            late = item.due_date < today
            items.append(
                Attention(
                    "overdue" if late else "due_soon",
                    f"{item.title}: {'was due' if late else 'due'} {item.due_date:%d %b %Y}",
                    PAGE_REPORT,
                )
            )
    order = {"overdue": 0, "due_soon": 1, "incomplete": 2}
    return sorted(items, key=lambda a: order[a.severity])


def _incomplete(what: str, record: Any, key_fields: tuple[tuple[str, str], ...]) -> list[Attention]:
    if record is None:
        return [Attention("incomplete", f"{what}: not filled in yet", PAGE_RESERVE)]
    missing = [label for name, label in key_fields if getattr(record, name) in (None, "")]
    if not missing:
        return []
    return [Attention("incomplete", f"{what}: missing {', '.join(missing)}", PAGE_RESERVE)]


def recent_changes(store: Store, limit: int = 8) -> list[Change]:
    sources: tuple[tuple[Any, str, Any, str], ...] = (
        (models.Participant, "Profile", models.Participant.full_name, PAGE_RESERVE),
        (models.Reserve, "Reserve", models.Reserve.name, PAGE_RESERVE),
        (models.ActionPlan, "Plan", models.ActionPlan.title, PAGE_PLAN),
        (models.Objective, "Objective", models.Objective.title, PAGE_PLAN),
        (models.Action, "Action", models.Action.title, PAGE_PLAN),
        (models.Observation, "Observation", models.Observation.subject, "observations"),
        (models.FollowupItem, "Follow-up", models.FollowupItem.title, PAGE_REPORT),
    )
    changes: list[Change] = []
    with store.reading() as session:
        for model, noun, label, page in sources:
            rows = session.execute(
                select(model.updated_at, label).order_by(model.updated_at.desc()).limit(limit)
            )
            # Stored naive in UTC; handed out aware so the GUI can show local time.
            changes += [
                Change(when.replace(tzinfo=UTC), f"{noun}: {text}", page) for when, text in rows
            ]
    changes.sort(key=lambda c: c.when, reverse=True)
    return changes[:limit]
