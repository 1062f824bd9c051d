"""A realistic demo: a (fictional) Himalayan biosphere reserve, its manager, a four-pillar
action plan and years of monitoring along an elevation gradient.

Deterministic for a given seed, so screenshots and benchmarks compare like with like.
Everything is written in one transaction: a failed or interrupted demo leaves nothing.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from brdesk.db import models
from brdesk.db.fts import bulk_indexing
from brdesk.errors import BrdeskError
from brdesk.languages import said
from brdesk.reference import programme
from brdesk.services import zone_assign
from brdesk.services.demo_assessments import add_assessments
from brdesk.services.demo_observations import OBSERVERS, add_observations
from brdesk.services.demo_practices import add_practices
from brdesk.services.demo_zones import add_zones
from brdesk.services.store import Store, sqlite_connection
from brdesk.services.submission import STANDARD_ITEMS, add_months

DEFAULT_OBSERVATIONS = 5000
MAX_OBSERVATIONS = 1_000_000

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    observations: int
    actions: int
    objectives: int


def fill_demo(
    store: Store,
    *,
    observations: int = DEFAULT_OBSERVATIONS,
    force: bool = False,
    seed: int = 2025,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    if not 0 <= observations <= MAX_OBSERVATIONS:
        raise BrdeskError(said("--observations must be between 0 and {most:,}.",
                               most=MAX_OBSERVATIONS))  # fmt: skip
    if store.has_user_data() and not force:
        raise BrdeskError(
            said(
                "{root} already holds data. The demo will not overwrite it: use another "
                "--data-dir, or --force to replace it (a backup is made first).",
                root=store.data_dir.root,
            )
        )
    if force and store.has_user_data():
        from brdesk.services.backups import safety_copy

        safety_copy(store.data_dir, "before-demo")
    rng = random.Random(seed)
    today = today or date.today()
    with store.transaction() as session:
        _clear_user_data(session)
        reserve, participant = _add_profile(session)
        objectives, actions = _add_plan(session, reserve, rng, today)
        _add_report_material(session, participant)
        session.flush()
        add_assessments(session, reserve.id, today)
        add_zones(session, reserve.id)
        with bulk_indexing(session.connection()):
            add_observations(session, reserve.id, observations, rng, today, progress)
        conn = session.connection()
        zone_assign.assign(sqlite_connection(conn))
        # Observers mostly record the zone the map gives; one disagreement in 25 is kept,
        # for the Observations page to show.
        differs = "IS DISTINCT FROM" if conn.dialect.name == "postgresql" else "IS NOT"
        sqlite_connection(conn).execute(
            "UPDATE observation SET zone = z.map_zone FROM observation_zone AS z "
            f"WHERE z.observation_id = observation.id AND z.map_zone {differs} observation.zone "
            "AND observation.id % 25 != 0"
        )
        add_practices(session, reserve.id)
    return DemoSummary(observations=observations, actions=actions, objectives=objectives)


def _clear_user_data(session: Session) -> None:
    # Children first is not needed with ON DELETE CASCADE, but plain DELETEs keep it obvious.
    for model in (
        models.Attachment,
        models.GoodPracticeObservation,
        models.GoodPracticeAction,
        models.GoodPracticeSdg,
        models.GoodPracticeGbf,
        models.GoodPractice,
        models.AssessmentAnswer,
        models.Assessment,
        models.ObservationZone,
        models.Observation,
        models.ActionZone,
        models.ReserveZone,
        models.ActionSdg,
        models.ActionGbf,
        models.Action,
        models.Objective,
        models.ActionPlan,
        models.FollowupItem,
        models.TrainingEvaluation,
        models.ParticipationSummary,
        models.Participant,
        models.Programme,
        models.Reserve,
    ):
        session.execute(delete(model))


def _add_profile(session: Session) -> tuple[models.Reserve, models.Participant]:
    p = programme()
    prog = models.Programme(
        name=p.name,
        place=p.place,
        start_date=p.start,
        end_date=p.end,
        contact_email=p.contact_email,
    )
    reserve = models.Reserve(
        name="Sanjha Himal Biosphere Reserve (demo)",
        country_code="NP",
        year_designated=2012,
        core_area_ha=145_000,
        buffer_area_ha=77_000,
        # The 2010 nomination's figure: the transition area was extended since, and
        # the map's outline shows it (the Reserve page flags the difference).
        transition_area_ha=124_000,
        elevation_min_m=2400,
        elevation_max_m=7120,
        ecosystems=(
            "Subtropical and temperate forest; fir-rhododendron-birch subalpine forest; "
            "alpine scrub and meadows; moraines, glaciers and glacial lakes"
        ),
        key_species=(
            "Snow leopard (Panthera uncia), red panda (Ailurus fulgens), alpine musk deer "
            "(Moschus chrysogaster), Himalayan monal (Lophophorus impejanus), blue sheep "
            "(Pseudois nayaur)"
        ),
        glaciers="Sanjha Glacier (14.2 km², retreating) and 23 smaller glaciers; 4 glacial lakes",
        managing_body="Sanjha Himal Biosphere Reserve Management Office",
    )
    participant = models.Participant(
        full_name="Pema Sherpa",
        country_code="NP",
        institution="Sanjha Himal Biosphere Reserve Management Office",
        position="Chief Conservation Officer",
        role="reserve_manager",
        years_experience=12,
        email="pema.sherpa@example.org",
        phone="+977 1 555 0142",
    )
    session.add_all([prog, reserve])
    session.flush()
    participant.programme_id = prog.id
    session.add(participant)
    return reserve, participant


def _demo_plan() -> list[dict[str, Any]]:
    """Objectives and actions per pillar, written for a Himalayan reserve (data/demo_plan.json)."""
    text = resources.files("brdesk.data").joinpath("demo_plan.json").read_text(encoding="utf-8")
    plan: list[dict[str, Any]] = json.loads(text)["plan"]
    return plan


def _add_plan(
    session: Session, reserve: models.Reserve, rng: random.Random, today: date
) -> tuple[int, int]:
    plan = models.ActionPlan(
        reserve_id=reserve.id,
        title="Sanjha Himal Action Plan 2026-2030",
        vision=(
            "Snow-fed valleys where glaciers are watched, wildlife moves freely along the whole "
            "elevation gradient, and mountain communities earn a fair living from conserving it."
        ),
        start_year=2026,
        end_year=2030,
    )
    session.add(plan)
    session.flush()
    n_actions = 0
    positions: dict[int, int] = {}
    for entry in _demo_plan():
        pillar, title, actions = entry["pillar"], entry["title"], entry["actions"]
        objective = models.Objective(
            plan_id=plan.id, pillar_id=pillar, title=title, position=positions.get(pillar, 0)
        )
        positions[pillar] = positions.get(pillar, 0) + 1
        session.add(objective)
        session.flush()
        for position, a in enumerate(actions):
            action = models.Action(
                objective_id=objective.id,
                title=a["title"],
                responsible=rng.choice(OBSERVERS[:5]),
                partners="Community forest user groups; district forest office",
                start_date=date.fromisoformat(a["start"]),
                end_date=date.fromisoformat(a["end"]),
                budget=float(a["budget"]),
                currency="USD",
                status=a["status"],
                priority=a["priority"],
                indicator_name=a["indicator"],
                indicator_unit=a["unit"],
                indicator_baseline=float(a["baseline"]),
                indicator_target=float(a["target"]),
                indicator_latest=float(a["latest"]),
                risks="Funding delays; access closed by snow from December to March",
                position=position,
            )
            session.add(action)
            session.flush()
            session.add_all(models.ActionSdg(action_id=action.id, sdg_number=n) for n in a["sdgs"])
            session.add_all(
                models.ActionGbf(action_id=action.id, gbf_number=n) for n in a["gbf_targets"]
            )
            n_actions += 1
    return len(_demo_plan()), n_actions


def _add_report_material(session: Session, participant: models.Participant) -> None:
    session.add(
        models.ParticipationSummary(
            participant_id=participant.id,
            modules_attended=(
                "All four pillar modules in Beijing; the biosphere reserve sessions of the 5th "
                "World Congress of Biosphere Reserves in Hangzhou."
            ),
            field_visits="Two field visits to mountain reserves near Beijing and Hangzhou.",
            group_work="Group exercise on monitoring glacier retreat with remote sensing.",
            action_plan_summary=(
                "A 2026-2030 action plan for Sanjha Himal across all four pillars, tagged to "
                "the SDGs and GBF targets."
            ),
            contacts_made="Reserve managers from Kyrgyzstan, Peru and Kenya; RCEES researchers.",
            application_at_home=(
                "Start camera-trap monitoring of the elevation gradient and share data with GBIF."
            ),
        )
    )
    session.add(
        models.TrainingEvaluation(
            participant_id=participant.id,
            rating_biodiversity=5,
            rating_management=4,
            rating_sustainability=4,
            rating_community=5,
            rating_organisation=5,
            rating_field_visits=4,
            rating_overall=5,
            most_useful="Hands-on remote sensing of glaciers; exchange with other managers.",
            least_useful="Some lectures repeated what the pre-reading covered.",
            suggestions="A follow-up online clinic six months after the training.",
        )
    )
    prog = programme()
    due = add_months(prog.end, prog.report_due_months)
    for kind, title, _stem in STANDARD_ITEMS:
        session.add(
            models.FollowupItem(participant_id=participant.id, kind=kind, title=title, due_date=due)
        )
