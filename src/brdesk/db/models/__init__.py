"""The domain as tables. Constraints live here so bad data is refused by the store itself,
whatever code path tries to write it; the services give the friendly messages first.

ON DELETE choices, deliberately:
- a plan's objectives and an objective's actions go with it (CASCADE): they mean nothing alone;
- tags go with their action (CASCADE); a reference goal cannot go while tagged (RESTRICT);
- a pillar cannot be deleted while it holds objectives (RESTRICT): the four are fixed;
- a reserve or programme that disappears leaves its observations, plans and participants
  in place, unlinked (SET NULL): years of monitoring must never vanish with a profile edit;
- attachments go with the observation, follow-up item or assessment answer they document
  (CASCADE);
- an action's zone links go with the action or the zone (CASCADE); an observation's zone
  from the map goes with the observation (a trigger: see zones.py) and is worked out again
  whenever the zones change, so it holds no foreign key to them;
- an assessment's answers go with it (CASCADE); the plan action a next step became may be
  deleted, which leaves the answer unlinked (SET NULL);
- a good practice's links to actions, observations, goals and photos go with it, and a link
  goes with the action or observation it names (CASCADE).
"""

from __future__ import annotations

from brdesk.db.models.assessment import Assessment, AssessmentAnswer
from brdesk.db.models.common import SharedMixin, SyncedMixin, TimestampMixin
from brdesk.db.models.monitoring import Attachment, AttachmentContent, Observation
from brdesk.db.models.people import Participant, Programme, Reserve
from brdesk.db.models.plan import Action, ActionGbf, ActionPlan, ActionSdg, Objective
from brdesk.db.models.practice import (
    GoodPractice,
    GoodPracticeAction,
    GoodPracticeGbf,
    GoodPracticeObservation,
    GoodPracticeSdg,
)
from brdesk.db.models.reference import GbfTarget, Pillar, Sdg
from brdesk.db.models.report import FollowupItem, ParticipationSummary, TrainingEvaluation
from brdesk.db.models.summaries import ElevationMonthly, ObservationDaily, SpeciesDaily
from brdesk.db.models.zones import ActionZone, ObservationZone, ReserveZone

__all__ = [
    "Action",
    "ActionGbf",
    "ActionPlan",
    "ActionSdg",
    "ActionZone",
    "Assessment",
    "AssessmentAnswer",
    "Attachment",
    "AttachmentContent",
    "ElevationMonthly",
    "FollowupItem",
    "GbfTarget",
    "GoodPractice",
    "GoodPracticeAction",
    "GoodPracticeGbf",
    "GoodPracticeObservation",
    "GoodPracticeSdg",
    "Objective",
    "Observation",
    "ObservationDaily",
    "ObservationZone",
    "Participant",
    "ParticipationSummary",
    "Pillar",
    "Programme",
    "Reserve",
    "ReserveZone",
    "Sdg",
    "SharedMixin",
    "SpeciesDaily",
    "SyncedMixin",
    "TimestampMixin",
    "TrainingEvaluation",
]
