"""Every answer of every self-assessment as a table (.xlsx or .csv): one row per question
and assessment, what each level meant, and the plan action a next step became."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from brdesk.errors import BrdeskError
from brdesk.exchange.tabular import Column, CsvStyle, write_table
from brdesk.languages import marked
from brdesk.services.assessment_scores import element_labels, result
from brdesk.services.assessments import AssessmentService
from brdesk.services.store import Store

COLUMNS = (
    Column("Assessed on", "date", 12),
    Column("Question set", "text", 12),
    Column("Element", "text", 11),
    Column("Question", "text", 8),
    Column("Question title", "text", 36),
    Column("Level", "integer", 7),
    Column("What the level means", "text", 50),
    Column("Does not apply", "text", 9),
    Column("Why it does not apply", "text", 30),
    Column("Comment", "text", 40),
    Column("Next step", "text", 40),
    Column("Plan action", "text", 36),
    Column("Who took part", "text", 30),
)


def assessment_rows(store: Store) -> Iterator[Sequence[Any]]:
    from brdesk.services.plan import ActionService

    labels = element_labels()
    actions = {a.id: a.title for a in ActionService(store).list()}
    for assessment in AssessmentService(store).list():
        found = result(store, assessment.id)
        for a in found.answers:
            yield (
                assessment.assessed_on,
                assessment.question_set,
                labels[a.question.element],
                a.question.code,
                a.question.title,
                a.score,
                None if a.score is None else a.question.levels[a.score],
                "yes" if a.not_applicable else "",
                a.reason,
                a.comment,
                a.next_step,
                actions.get(a.action_id) if a.action_id is not None else None,
                assessment.participants,
            )


def export_assessments(store: Store, path: Path, csv_style: CsvStyle = "comma") -> int:
    """Write every assessment's answers to path; returns the number of rows written."""
    if not AssessmentService(store).list():
        raise BrdeskError(marked("There is no self-assessment to export yet."))
    return write_table(
        path, COLUMNS, assessment_rows(store), sheet="Effectiveness",
        title="Management-effectiveness self-assessments", csv_style=csv_style,
    )  # fmt: skip
