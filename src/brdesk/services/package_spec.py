"""What an exchange package carries: each kind of record, the local columns it maps to, the
links it holds as UUIDs, and the selections a user can export (see services/packages.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.sql.elements import ColumnElement

from brdesk.db import models
from brdesk.errors import BrdeskError
from brdesk.languages import marked, said
from brdesk.services.assessments import AnswerService, AssessmentService
from brdesk.services.crud import EntityService
from brdesk.services.followup import EvaluationService, FollowupService, SummaryService
from brdesk.services.observations import ObservationService
from brdesk.services.plan import ActionService, ObjectiveService, PlanService
from brdesk.services.practices import (
    GoodPracticeActionService,
    GoodPracticeObservationService,
    GoodPracticeService,
)
from brdesk.services.profile import ParticipantService, ProgrammeService, ReserveService
from brdesk.services.zones import ActionZoneService, ZoneService

Progress = Callable[[int, int], None]

CHUNK = 500
#: A clock a little ahead is forgiven; a version dated further ahead would win every merge.
CLOCK_SLACK = timedelta(days=1)
SHARED = ("uuid", "created_at", "updated_at", "synced_at")


@dataclass(frozen=True)
class Tag:
    """Goal numbers a record carries as a list ("sdgs": [6, 15]), kept here in a table of
    plain rows (link), owner column to number column."""

    link: type[Any]
    owner: str
    column: str
    highest: int


def _goal_tags(sdg: type[Any], gbf: type[Any], owner: str) -> dict[str, Tag]:
    return {
        "sdgs": Tag(sdg, owner, "sdg_number", 17),
        "gbf_targets": Tag(gbf, owner, "gbf_number", 23),
    }


ACTION_TAGS = _goal_tags(models.ActionSdg, models.ActionGbf, "action_id")
PRACTICE_TAGS = _goal_tags(models.GoodPracticeSdg, models.GoodPracticeGbf, "good_practice_id")


def table_of(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


@dataclass(frozen=True)
class Ref:
    field: str  # the name in the package: "reserve"
    column: str  # the local column: "reserve_id"
    kind: str  # what it refers to: "reserves"
    required: bool = False


@dataclass(frozen=True)
class Spec:
    kind: str
    noun: str
    model: type[Any]
    service: type[EntityService[Any]]
    refs: tuple[Ref, ...] = ()
    #: Columns (besides uuid) that identify the same record: the database holds them unique.
    natural_key: tuple[str, ...] = ()
    #: A record of the same name here is taken to be this one (linked to, not merged).
    by_name: bool = False
    tags: Mapping[str, Tag] | None = None

    # Cached: the merge asks for these once per record, a million times for a big log.
    @cached_property
    def table(self) -> Table:
        return table_of(self.model)

    @cached_property
    def fields(self) -> tuple[str, ...]:
        """The columns a package carries as values: what the user edits, minus the links."""
        links = {r.column for r in self.refs}
        return tuple(f.name for f in self.service.fields if f.name not in links)

    @cached_property
    def allowed(self) -> frozenset[str]:
        """Every name a record of this kind may hold in a package."""
        names = {*SHARED, *self.fields, *(r.field for r in self.refs)}
        return frozenset(names | set(self.tags or ()))

    @cached_property
    def defaults(self) -> dict[str, Any]:
        """What a required column takes when a package leaves it empty (a record from an
        older version that did not have the field, say)."""
        found = {}
        for column in self.table.columns:
            default = column.default
            if not column.nullable and default is not None and default.is_scalar:
                found[column.name] = default.arg  # type: ignore[attr-defined]
        return found

    def label(self, values: Mapping[str, Any]) -> str:
        for name in ("title", "name", "full_name", "subject"):
            if values.get(name):
                text = str(values[name])
                if name == "subject" and values.get("observed_on"):
                    text += f" on {values['observed_on']}"
                return f"{self.noun} '{text[:80]}'"
        return self.noun


_PARTICIPANT = Ref("participant", "participant_id", "participants", required=True)
SPECS = (
    Spec("programmes", "programme", models.Programme, ProgrammeService, by_name=True),
    Spec("participants", "participant", models.Participant, ParticipantService,
         (Ref("programme", "programme_id", "programmes"),)),
    Spec("reserves", "reserve", models.Reserve, ReserveService, by_name=True),
    Spec("zones", "zone", models.ReserveZone, ZoneService,
         (Ref("reserve", "reserve_id", "reserves"),), natural_key=("name",)),
    Spec("plans", "action plan", models.ActionPlan, PlanService,
         (Ref("reserve", "reserve_id", "reserves"),)),
    Spec("objectives", "objective", models.Objective, ObjectiveService,
         (Ref("plan", "plan_id", "plans", required=True),)),
    Spec("actions", "action", models.Action, ActionService,
         (Ref("objective", "objective_id", "objectives", required=True),), tags=ACTION_TAGS),
    Spec("action_zones", "action's zone", models.ActionZone, ActionZoneService,
         (Ref("action", "action_id", "actions", required=True),
          Ref("zone", "zone_id", "zones", required=True)),
         natural_key=("action_id", "zone_id")),
    Spec("participation_summaries", "participation summary", models.ParticipationSummary,
         SummaryService, (_PARTICIPANT,), natural_key=("participant_id",)),
    Spec("training_evaluations", "training evaluation", models.TrainingEvaluation,
         EvaluationService, (_PARTICIPANT,), natural_key=("participant_id",)),
    Spec("followup_items", "follow-up item", models.FollowupItem, FollowupService,
         (Ref("participant", "participant_id", "participants"),),
         natural_key=("participant_id", "kind", "title")),
    Spec("observations", "observation", models.Observation, ObservationService,
         (Ref("reserve", "reserve_id", "reserves"),), natural_key=("source", "source_id")),
    Spec("assessments", "self-assessment", models.Assessment, AssessmentService,
         (Ref("reserve", "reserve_id", "reserves"),)),
    Spec("assessment_answers", "assessment answer", models.AssessmentAnswer, AnswerService,
         (Ref("assessment", "assessment_id", "assessments", required=True),
          Ref("action", "action_id", "actions")),
         natural_key=("assessment_id", "question_code")),
    Spec("good_practices", "good practice", models.GoodPractice, GoodPracticeService,
         (Ref("reserve", "reserve_id", "reserves"),), tags=PRACTICE_TAGS),
    Spec("good_practice_actions", "good practice's action", models.GoodPracticeAction,
         GoodPracticeActionService,
         (Ref("good_practice", "good_practice_id", "good_practices", required=True),
          Ref("action", "action_id", "actions", required=True)),
         natural_key=("good_practice_id", "action_id")),
    Spec("good_practice_observations", "good practice's observation",
         models.GoodPracticeObservation, GoodPracticeObservationService,
         (Ref("good_practice", "good_practice_id", "good_practices", required=True),
          Ref("observation", "observation_id", "observations", required=True)),
         natural_key=("good_practice_id", "observation_id")),
)  # fmt: skip
SPEC = {s.kind: s for s in SPECS}
ATTACHMENT_OWNERS = (
    Ref("observation", "observation_id", "observations"),
    Ref("followup_item", "followup_item_id", "followup_items"),
    Ref("assessment_answer", "assessment_answer_id", "assessment_answers"),
    Ref("good_practice", "good_practice_id", "good_practices"),
)
ATTACHMENT_FIELDS = ("uuid", "observation", "followup_item", "assessment_answer",
                     "good_practice", "original_name", "stored_name", "media_type",
                     "size_bytes", "sha256", "added_at")  # fmt: skip


# --- what to export -----------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """The whole data set, the observations (of a date range), or the action plan."""

    what: str = "all"
    date_from: date | None = None
    date_to: date | None = None

    def __post_init__(self) -> None:
        if self.what not in ("all", "observations", "plan"):
            raise BrdeskError(
                said(
                    "A package holds everything, observations or the plan: not '{what}'.",
                    what=self.what,
                )
            )
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise BrdeskError(
                said(
                    "The date range ends ({date_to}) before it starts ({date_from}).",
                    date_to=self.date_to,
                    date_from=self.date_from,
                )
            )

    def describe(self) -> str:
        if self.what == "plan":
            return marked("the action plan")
        if self.what == "all":
            return marked("all the data")
        if self.date_from and self.date_to:
            return said("observations from {start} to {end}", start=self.date_from,
                        end=self.date_to)  # fmt: skip
        if self.date_from:
            return said("observations from {start}", start=self.date_from)
        if self.date_to:
            return said("observations up to {end}", end=self.date_to)
        return marked("all observations")

    def as_json(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
        }

    def _observations(self) -> list[ColumnElement[bool]]:
        o = table_of(models.Observation).c
        where: list[ColumnElement[bool]] = []
        if self.date_from:
            where.append(o.observed_on >= self.date_from)
        if self.date_to:
            where.append(o.observed_on <= self.date_to)
        return where

    def where(self, kind: str) -> list[ColumnElement[bool]] | None:
        """The rows of a kind the package holds (an empty list: all), or None: none."""
        if self.what == "all":
            return []
        obs = table_of(models.Observation)
        if self.what == "observations":
            if kind == "observations":
                return self._observations()
            if kind == "reserves":
                used = select(obs.c.reserve_id).where(*self._observations())
                return [table_of(models.Reserve).c.id.in_(used)]
            if kind == "attachments":
                owners = select(obs.c.id).where(*self._observations())
                return [table_of(models.Attachment).c.observation_id.in_(owners)]
            return None
        plans = table_of(models.ActionPlan)
        # The plan's actions name zones: the zones go with it.
        if kind in ("plans", "objectives", "actions", "zones", "action_zones"):
            return []
        if kind == "reserves":
            return [table_of(models.Reserve).c.id.in_(select(plans.c.reserve_id))]
        return None


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value
