"""Self-assessments of management effectiveness: an assessment per review, made with one
edition of the questions, and an answer per question (a level 0–3, or "does not apply"
with the reason; a comment, the evidence, a next step). A next step can become an action in
the plan, linked both ways."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import suppress
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from brdesk.db import models
from brdesk.errors import NotFound, ValidationError
from brdesk.languages import marked, said
from brdesk.reference import CURRENT_QUESTION_SET, QuestionSet, question_set
from brdesk.services.crud import EntityService
from brdesk.services.fields import Field
from brdesk.services.store import Store

#: The title an objective gets when a next step is the first action of its pillar.
FOLLOW_UP_OBJECTIVE = "Act on the management-effectiveness assessment"


def edition(version: str, language: str = "en") -> QuestionSet:
    """The question set an assessment was made with (worded in the language), or a
    message naming it."""
    try:
        return question_set(version, language)
    except KeyError:
        raise ValidationError(
            "question_set",
            "Question set",
            f"'{version}' is not an edition this brdesk knows (a newer brdesk made it?)",
        ) from None


class AssessmentService(EntityService[models.Assessment]):
    model = models.Assessment
    noun = marked("assessment")
    fields = (
        Field(
            "assessed_on",
            marked("Date of the assessment"),
            "date",
            required=True,
            not_in_future=True,
        ),
        Field(
            "participants",
            marked("Who took part"),
            "longtext",
            max_length=5000,
            hint=marked("staff, community representatives, partners"),
        ),
        Field("notes", marked("Notes"), "longtext", max_length=20_000),
        Field("question_set", marked("Question set"), required=True, max_length=32),
        Field("reserve_id", marked("Reserve"), "int", minimum=1),
    )

    def default_order(self) -> Sequence[Any]:
        return (models.Assessment.assessed_on, models.Assessment.id)

    def check_record(self, record: Mapping[str, Any]) -> None:
        edition(str(record.get("question_set")))

    def create(self, **values: Any) -> models.Assessment:
        """A new assessment with an empty answer for every question of its edition, in one
        transaction (so undo, packages and the page never meet half an assessment)."""
        values.setdefault("question_set", CURRENT_QUESTION_SET)
        cleaned = self.clean(values)
        self.check_record(cleaned)
        questions = edition(cleaned["question_set"]).questions
        with self.store.transaction() as session:
            if cleaned.get("reserve_id") is None:
                cleaned["reserve_id"] = session.scalar(select(models.Reserve.id).limit(1))
            obj = models.Assessment(**cleaned)
            session.add(obj)
            session.flush()
            for question in questions:
                session.add(
                    models.AssessmentAnswer(assessment_id=obj.id, question_code=question.code)
                )
            record_id = obj.id
        return self.get(record_id)

    def extra_fields(self) -> Iterable[str]:
        return ("uuid", "answers")

    def snapshot(self, record_id: int) -> dict[str, Any]:
        """The assessment with its answers and their evidence: an undone delete puts back
        the very same records (the files stay in attachments/ meanwhile)."""
        values = super().snapshot(record_id)
        with self.store.reading() as session:
            answers = session.scalars(
                select(models.AssessmentAnswer).where(
                    models.AssessmentAnswer.assessment_id == record_id
                )
            ).all()
            values["answers"] = [_row(a) for a in answers]
            values["attachments"] = [
                _row(a)
                for a in session.scalars(
                    select(models.Attachment).where(
                        models.Attachment.assessment_answer_id.in_([a.id for a in answers])
                    )
                )
            ]
        return values

    def _restore(self, session: Session, snapshot: Mapping[str, Any]) -> None:
        super()._restore(session, snapshot)
        for answer in snapshot.get("answers", ()):
            session.add(models.AssessmentAnswer(**answer))
        session.flush()
        for attachment in snapshot.get("attachments", ()):
            session.add(models.Attachment(**attachment))


def _row(obj: Any) -> dict[str, Any]:
    return {c.name: getattr(obj, c.name) for c in obj.__table__.columns}


class AnswerService(EntityService[models.AssessmentAnswer]):
    model = models.AssessmentAnswer
    noun = marked("answer")
    fields = (
        Field("score", marked("Level"), "int", minimum=0, maximum=3),
        Field("not_applicable", marked("Does not apply"), "bool"),
        Field(
            "not_applicable_reason", marked("Why it does not apply"), "longtext", max_length=2000
        ),
        Field("comment", marked("Comment"), "longtext", max_length=10_000),
        Field("next_step", marked("Next step"), "longtext", max_length=2000),
        Field("action_id", marked("Plan action"), "int", minimum=1),
        Field("assessment_id", marked("Assessment"), "int", required=True, minimum=1),
        Field("question_code", marked("Question"), required=True, max_length=16),
    )

    def check_record(self, record: Mapping[str, Any]) -> None:
        if record.get("not_applicable"):
            if record.get("score") is not None:
                raise ValidationError(
                    "score", "Level", "a question that does not apply has no level"
                )
            if not (record.get("not_applicable_reason") or "").strip():
                raise ValidationError(
                    "not_applicable_reason",
                    "Why it does not apply",
                    "is required when a question does not apply",
                )

    def of(self, assessment_id: int) -> dict[str, models.AssessmentAnswer]:
        """The assessment's answers by question code."""
        return {a.question_code: a for a in self.list(assessment_id=assessment_id)}

    def answer_for_action(self, action_id: int) -> models.AssessmentAnswer | None:
        """The answer whose next step an action came from (the link's other way)."""
        found = self.list(action_id=action_id)
        return found[0] if found else None


def action_from_next_step(
    store: Store,
    answer_id: int,
    pillar_id: int,
    *,
    title: str,
    description: str | None,
    objective_id: int | None = None,
) -> dict[str, int | None]:
    """Make an answer's next step an action in the plan: under the objective given, or under
    the pillar's follow-up objective (made if need be), in one transaction with the link
    (the plan itself is made first if there is none). Returns the ids made, for an undo."""
    from brdesk.services.plan import ActionService, ObjectiveService, PlanService

    if AnswerService(store).get(answer_id).action_id is not None:
        raise ValidationError(
            "next_step", "Next step", "is already an action in the plan (open it there)"
        )
    actions = ActionService(store)
    values = actions.clean({"title": title, "description": description}, partial=True)
    plan_id = PlanService(store).ensure().id
    made_objective: int | None = None
    with store.transaction() as session:
        if objective_id is None:
            objective_id = session.scalar(
                select(models.Objective.id).where(
                    models.Objective.plan_id == plan_id,
                    models.Objective.pillar_id == pillar_id,
                    models.Objective.title == FOLLOW_UP_OBJECTIVE,
                )
            )
        if objective_id is None:
            objective = models.Objective(
                plan_id=plan_id, pillar_id=pillar_id, title=FOLLOW_UP_OBJECTIVE
            )
            ObjectiveService(store).before_insert(session, objective)
            session.add(objective)
            session.flush()
            objective_id = made_objective = objective.id
        elif session.get(models.Objective, objective_id) is None:
            raise NotFound(
                said("Objective {objective_id} no longer exists.", objective_id=objective_id)
            )
        action = models.Action(objective_id=objective_id, **values)
        actions.before_insert(session, action)
        session.add(action)
        session.flush()
        answer = session.get(models.AssessmentAnswer, answer_id)
        if answer is None:
            raise NotFound(said("Answer {answer_id} no longer exists.", answer_id=answer_id))
        answer.action_id = action.id
        return {"action": action.id, "objective": made_objective}


def undo_action_from_next_step(
    store: Store, answer_id: int, made: Mapping[str, int | None]
) -> dict[str, Any]:
    """Take back what action_from_next_step made (the answer keeps its next step). Returns
    the records taken, as snapshots: redo_action_from_next_step puts the very same back."""
    from brdesk.services.plan import ActionService, ObjectiveService

    taken: dict[str, Any] = {}
    for key, service in (("action", ActionService), ("objective", ObjectiveService)):
        record_id = made.get(key)
        if record_id is not None:
            # An action deleted in the plan meanwhile has nothing to take back.
            with suppress(NotFound):
                taken[key] = service(store).snapshot(record_id)
    with store.transaction() as session:
        answer = session.get(models.AssessmentAnswer, answer_id)
        if answer is not None:
            answer.action_id = None
        for model, key in ((models.Action, "action"), (models.Objective, "objective")):
            record_id = made.get(key)
            found = session.get(model, record_id) if record_id is not None else None
            if found is not None:
                session.delete(found)
                session.flush()
    return taken


def redo_action_from_next_step(store: Store, answer_id: int, taken: Mapping[str, Any]) -> None:
    """Put back, under their old ids and identities, what an undo took, and link it again,
    in one transaction."""
    from brdesk.services.plan import ActionService, ObjectiveService

    with store.transaction() as session:
        if "objective" in taken:
            # The objective's snapshot holds its actions: the action comes back with it.
            ObjectiveService(store)._restore(session, taken["objective"])
        elif "action" in taken:
            ActionService(store)._restore(session, taken["action"])
        session.flush()
        if "action" in taken:
            answer = session.get(models.AssessmentAnswer, answer_id)
            if answer is not None:
                answer.action_id = taken["action"]["id"]
