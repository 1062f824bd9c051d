"""The demo reserve's two management-effectiveness self-assessments, two years apart: the
first weak on hazards, staff and monitoring; the second better where the plan acted (its
next step on glacial lakes became the plan's early-warning action), worse on funding."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from brdesk.db import models
from brdesk.reference import CURRENT_QUESTION_SET, question_set

# code: (level two years ago, level now); None: does not apply
LEVELS: dict[str, tuple[int | None, int | None]] = {
    "C1": (2, 2), "C2": (1, 2), "C3": (2, 2), "C4": (1, 2), "C5": (1, 1),
    "P1": (2, 2), "P2": (1, 1), "P3": (1, 2), "P4": (1, 2), "P5": (0, 1), "P6": (1, 1),
    "I1": (1, 1), "I2": (1, 2), "I3": (1, 1), "I4": (2, 1), "I5": (1, 2), "I6": (1, 2),
    "R1": (1, 2), "R2": (1, 2), "R3": (1, 1), "R4": (2, 2), "R5": (0, 1), "R6": (1, 2),
    "R7": (1, 1), "R8": (1, 2), "R9": (0, 2), "R10": (1, 1),
    "O1": (2, 2), "O2": (None, None), "O3": (1, 1),
    "U1": (2, 2), "U2": (0, 1), "U3": (1, 1), "U4": (1, 2), "U5": (0, 1),
}  # fmt: skip

COMMENTS = {
    "R9": (
        "The glacial lake above Thame has grown every year; nobody in the valley would be warned.",
        "Sensors and sirens run since the monsoon; drills not yet held in two villages.",
    ),
    "P5": ("Climate change appears only in the plan's introduction.", "Treeline plots started."),
    "I4": ("Five-year grant from the trust fund.", "The trust fund grant ends next year."),
    "R5": ("Herders' knowledge is not recorded.", "Consent process agreed with two herder groups."),
    "U2": ("Springs drying in two villages; no measurements.", "Snout surveyed twice a year."),
}
NEXT_STEPS = {
    "R9": (
        "Install an early-warning system below the glacial lake, with the villages",
        "Hold evacuation drills in the two villages that have not had one",
    ),
    "I4": (None, "Find a second funder before the trust-fund grant ends"),
    "P2": (
        "Review the management plan with this year's monitoring results",
        "Make the plan review yearly, after the glacier survey",
    ),
    "U5": (
        "Protect a corridor of forest from the valley floor to the alpine meadows",
        "Agree the corridor's route with the two user groups it crosses",
    ),
}
REASON = "The reserve's ten-year periodic review is not due until 2029: none has been made yet."
PEOPLE = (
    "Reserve warden and four rangers; two representatives of the buffer-zone user groups; "
    "the district forest officer; a glaciologist from the university"
)


def add_assessments(session: Session, reserve_id: int, today: date) -> int:
    questions = question_set(CURRENT_QUESTION_SET).questions
    early_warning = session.scalar(
        select(models.Action.id).where(models.Action.title.like("Early-warning sensors%"))
    )
    for which, when in enumerate((today - timedelta(days=730), today - timedelta(days=20))):
        assessment = models.Assessment(
            reserve_id=reserve_id,
            assessed_on=when,
            question_set=CURRENT_QUESTION_SET,
            participants=PEOPLE,
        )
        session.add(assessment)
        session.flush()
        for question in questions:
            level = LEVELS[question.code][which]
            comment = COMMENTS.get(question.code)
            session.add(
                models.AssessmentAnswer(
                    assessment_id=assessment.id,
                    question_code=question.code,
                    score=level,
                    not_applicable=level is None,
                    not_applicable_reason=REASON if level is None else None,
                    comment=comment[which] if comment else None,
                    next_step=NEXT_STEPS.get(question.code, (None, None))[which],
                    # The first assessment's hazard step became the plan's early warning.
                    action_id=early_warning if which == 0 and question.code == "R9" else None,
                )
            )
    return 2
