"""After the training: the participation summary, the evaluation, and the follow-up items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from brdesk.db import models
from brdesk.db.vocab import FOLLOWUP_KINDS, FOLLOWUP_STATUSES
from brdesk.languages import marked
from brdesk.services.crud import EntityService
from brdesk.services.fields import Field


class SummaryService(EntityService[models.ParticipationSummary]):
    model = models.ParticipationSummary
    noun = marked("participation summary")
    fields = (
        Field("participant_id", marked("Participant"), "int", required=True, minimum=1),
        Field("modules_attended", marked("Modules attended"), "longtext"),
        Field("field_visits", marked("Field visits"), "longtext"),
        Field("group_work", marked("Group work"), "longtext"),
        Field("action_plan_summary", marked("The action plan developed"), "longtext"),
        Field("contacts_made", marked("Contacts and collaborations"), "longtext"),
        Field("application_at_home", marked("How I will apply the training"), "longtext"),
    )


def _rating(name: str, label: str) -> Field:
    return Field(name, label, "int", minimum=1, maximum=5)


class EvaluationService(EntityService[models.TrainingEvaluation]):
    model = models.TrainingEvaluation
    noun = marked("training evaluation")
    fields = (
        Field("participant_id", marked("Participant"), "int", required=True, minimum=1),
        _rating("rating_biodiversity", marked("Rating: Biodiversity Conservation and Monitoring")),
        _rating("rating_management", marked("Rating: Protected Area Management")),
        _rating(
            "rating_sustainability", marked("Rating: Sustainable Development and Climate Action")
        ),
        _rating("rating_community", marked("Rating: Community Engagement and Co-management")),
        _rating("rating_organisation", marked("Rating: organisation")),
        _rating("rating_field_visits", marked("Rating: field visits")),
        _rating("rating_overall", marked("Rating: overall")),
        Field("most_useful", marked("Most useful"), "longtext"),
        Field("least_useful", marked("Least useful"), "longtext"),
        Field("suggestions", marked("Suggestions"), "longtext"),
    )


class FollowupService(EntityService[models.FollowupItem]):
    model = models.FollowupItem
    noun = marked("follow-up item")
    fields = (
        Field("participant_id", marked("Participant"), "int", minimum=1),
        Field("kind", marked("Kind"), "choice", required=True, choices=FOLLOWUP_KINDS),
        Field("title", marked("Title"), required=True, max_length=300),
        Field("due_date", marked("Due date"), "date"),
        Field("status", marked("Status"), "choice", choices=FOLLOWUP_STATUSES),
        Field("completed_on", marked("Completed on"), "date", not_in_future=True),
        Field("notes", marked("Notes"), "longtext"),
    )

    def default_order(self) -> Sequence[Any]:
        return (models.FollowupItem.due_date, models.FollowupItem.id)

    def create(self, **values: Any) -> models.FollowupItem:
        if values.get("status") in (None, ""):
            values["status"] = "pending"
        return super().create(**values)
