"""What an assessment says: a score per WCPA element as a share of what could be scored
there, the overall score, the weakest questions first, and what changed between two
assessments. Questions that do not apply count in no maximum; unanswered ones are counted
as unanswered, never as zero."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from brdesk import reference
from brdesk.reference import Question
from brdesk.services.assessments import AnswerService, AssessmentService, edition
from brdesk.services.store import Store

TOP = 3


@dataclass(frozen=True)
class ElementScore:
    element: str  # "context"
    label: str  # "Context"
    points: int
    maximum: int  # 3 for each answered question that applies
    answered: int
    applicable: int  # questions of the element that apply (answered or not)
    total: int  # questions of the element

    @property
    def percent(self) -> float | None:
        """The share of the maximum scored, or None when nothing here is answered."""
        return None if self.maximum == 0 else 100.0 * self.points / self.maximum


@dataclass(frozen=True)
class Scored:
    question: Question
    score: int | None
    not_applicable: bool
    reason: str | None
    comment: str | None
    next_step: str | None
    action_id: int | None
    answer_id: int


@dataclass(frozen=True)
class Result:
    assessment_id: int
    assessed_on: date
    question_set: str
    elements: tuple[ElementScore, ...]
    answers: tuple[Scored, ...]

    @property
    def overall(self) -> ElementScore:
        return ElementScore(
            "overall",
            "Overall",
            sum(e.points for e in self.elements),
            sum(e.maximum for e in self.elements),
            sum(e.answered for e in self.elements),
            sum(e.applicable for e in self.elements),
            sum(e.total for e in self.elements),
        )

    def weakest(self, count: int = 10) -> list[Scored]:
        """Answered questions below the top level, lowest first (then in question order)."""
        scored = [a for a in self.answers if a.score is not None and a.score < TOP]
        order = {a.question.code: i for i, a in enumerate(self.answers)}
        return sorted(scored, key=lambda a: (a.score, order[a.question.code]))[:count]


def element_labels() -> dict[str, str]:
    return {e.element.lower(): e.element for e in reference.wcpa_elements()}


def score(answers: Sequence[Scored]) -> tuple[ElementScore, ...]:
    """Each WCPA element's score over these answers, in the framework's order."""
    found = []
    for element, label in element_labels().items():
        mine = [a for a in answers if a.question.element == element]
        applicable = [a for a in mine if not a.not_applicable]
        answered = [a for a in applicable if a.score is not None]
        found.append(
            ElementScore(
                element=element,
                label=label,
                points=sum(a.score or 0 for a in answered),
                maximum=TOP * len(answered),
                answered=len(answered),
                applicable=len(applicable),
                total=len(mine),
            )
        )
    return tuple(found)


def result(store: Store, assessment_id: int) -> Result:
    assessment = AssessmentService(store).get(assessment_id)
    questions = edition(assessment.question_set)
    stored = AnswerService(store).of(assessment_id)
    answers = []
    for question in questions.questions:
        answer = stored.get(question.code)
        if answer is None:
            continue
        answers.append(
            Scored(
                question=question,
                score=answer.score,
                not_applicable=answer.not_applicable,
                reason=answer.not_applicable_reason,
                comment=answer.comment,
                next_step=answer.next_step,
                action_id=answer.action_id,
                answer_id=answer.id,
            )
        )
    return Result(
        assessment_id=assessment_id,
        assessed_on=assessment.assessed_on,
        question_set=assessment.question_set,
        elements=score(answers),
        answers=tuple(answers),
    )


@dataclass(frozen=True)
class Change:
    question: Question
    before: Scored
    after: Scored

    @property
    def delta(self) -> int | None:
        if self.before.score is None or self.after.score is None:
            return None
        return self.after.score - self.before.score


@dataclass(frozen=True)
class Comparison:
    earlier: Result
    later: Result
    #: Questions whose level (or whether they apply) changed, the largest falls first.
    changes: tuple[Change, ...]
    #: Questions asked in only one of the two (different editions).
    only_in_one: tuple[str, ...]


def compare(store: Store, first_id: int, second_id: int) -> Comparison:
    """Two assessments side by side, the earlier first whatever order they are given in."""
    a, b = result(store, first_id), result(store, second_id)
    earlier, later = sorted((a, b), key=lambda r: (r.assessed_on, r.assessment_id))
    before = {s.question.code: s for s in earlier.answers}
    after = {s.question.code: s for s in later.answers}
    changes = [
        Change(after[code].question, before[code], after[code])
        for code in after
        if code in before
        and (before[code].score, before[code].not_applicable)
        != (after[code].score, after[code].not_applicable)
    ]
    changes.sort(key=lambda c: (c.delta if c.delta is not None else 0, c.question.code))
    only = sorted(set(before) ^ set(after))
    return Comparison(earlier, later, tuple(changes), tuple(only))


def percent_text(value: float | None) -> str:
    return "not answered" if value is None else f"{value:.0f}%"
