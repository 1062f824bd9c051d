"""Self-assessments of management effectiveness: answers kept as given, scores per WCPA
element over what applies, two assessments compared, and next steps made plan actions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from brdesk.errors import ValidationError
from brdesk.reference import question_set
from brdesk.services.assessment_scores import compare, result
from brdesk.services.assessments import (
    FOLLOW_UP_OBJECTIVE,
    AnswerService,
    AssessmentService,
    action_from_next_step,
    redo_action_from_next_step,
    undo_action_from_next_step,
)
from brdesk.services.attachments import AttachmentService
from brdesk.services.plan import ActionService, ObjectiveService
from brdesk.services.store import Store


def _answer(store: Store, assessment_id: int, code: str, **values: object) -> None:
    answers = AnswerService(store)
    answers.update(answers.of(assessment_id)[code].id, **values)


def test_a_new_assessment_holds_every_question_of_its_edition(store: Store) -> None:
    made = AssessmentService(store).create(assessed_on="2025-06-01", participants="Staff")
    edition = question_set()
    assert made.question_set == edition.version
    answers = AnswerService(store).of(made.id)
    assert sorted(answers) == sorted(q.code for q in edition.questions)
    assert 30 <= len(answers) <= 36
    assert {q.element for q in edition.questions} == {
        "context", "planning", "inputs", "process", "outputs", "outcomes",
    }  # fmt: skip
    assert all(len(q.levels) == 4 and all(q.levels) for q in edition.questions)
    assert all(a.score is None and not a.not_applicable for a in answers.values())


def test_an_edition_this_brdesk_does_not_know_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match=r"'mbr-2031\.4' is not an edition"):
        AssessmentService(store).create(assessed_on="2025-06-01", question_set="mbr-2031.4")
    assert AssessmentService(store).list() == []


@pytest.mark.parametrize(
    ("values", "said"),
    [
        ({"score": 4}, "Level: must be at most 3"),
        ({"not_applicable": True}, "Why it does not apply: is required"),
        ({"not_applicable": True, "not_applicable_reason": "x", "score": 2}, "has no level"),
    ],
)
def test_answers_that_cannot_be_are_refused(
    store: Store, values: dict[str, object], said: str
) -> None:
    made = AssessmentService(store).create(assessed_on="2025-06-01")
    with pytest.raises(ValidationError, match=said):
        _answer(store, made.id, "C1", **values)
    assert AnswerService(store).of(made.id)["C1"].score is None


def test_scores_count_what_applies_and_what_is_answered(store: Store) -> None:
    made = AssessmentService(store).create(assessed_on="2025-06-01")
    _answer(store, made.id, "C1", score=3)
    _answer(store, made.id, "C2", score=1)
    _answer(store, made.id, "C3", not_applicable=True, not_applicable_reason="No such values")
    _answer(store, made.id, "I1", score=0)
    got = {e.element: e for e in result(store, made.id).elements}
    context = got["context"]
    assert (context.points, context.maximum, context.answered) == (4, 6, 2)
    assert (context.applicable, context.total) == (4, 5)
    assert context.percent == pytest.approx(66.67, abs=0.01)
    assert got["inputs"].percent == 0.0
    assert got["outcomes"].percent is None  # nothing answered is not a zero
    overall = result(store, made.id).overall
    assert (overall.points, overall.maximum) == (4, 9)
    assert [a.question.code for a in result(store, made.id).weakest()] == ["I1", "C2"]


def test_two_assessments_compared_show_what_changed(store: Store) -> None:
    service = AssessmentService(store)
    later = service.create(assessed_on="2026-06-01")
    earlier = service.create(assessed_on="2024-06-01")
    for assessment, scores in ((earlier, (1, 2, 3)), (later, (3, 2, 1))):
        for code, level in zip(("R1", "R2", "R3"), scores, strict=True):
            _answer(store, assessment.id, code, score=level, comment=f"{code} in {assessment.id}")
    compared = compare(store, later.id, earlier.id)
    assert compared.earlier.assessed_on == date(2024, 6, 1)
    assert [(c.question.code, c.delta) for c in compared.changes] == [("R3", -2), ("R1", 2)]
    assert compared.changes[1].after.comment == f"R1 in {later.id}"
    assert compared.only_in_one == ()


def test_a_next_step_becomes_a_plan_action_linked_both_ways(store: Store) -> None:
    made = AssessmentService(store).create(assessed_on="2025-06-01")
    answers = AnswerService(store)
    _answer(store, made.id, "R9", score=1, next_step="Map glacial lakes with the villages")
    _answer(store, made.id, "U2", score=1, next_step="Measure the springs each season")
    r9, u2 = answers.of(made.id)["R9"], answers.of(made.id)["U2"]

    first = action_from_next_step(
        store, r9.id, 3, title="Map glacial lakes with the villages", description="From R9"
    )
    second = action_from_next_step(store, u2.id, 3, title="Measure springs", description=None)
    action = ActionService(store).get(int(first["action"] or 0))
    objective = ObjectiveService(store).get(action.objective_id)
    assert (objective.title, objective.pillar_id) == (FOLLOW_UP_OBJECTIVE, 3)
    assert second["objective"] is None  # the follow-up objective is used again
    assert answers.get(r9.id).action_id == action.id
    found = answers.answer_for_action(action.id)
    assert found is not None and found.id == r9.id
    with pytest.raises(ValidationError, match="already an action"):
        action_from_next_step(store, r9.id, 3, title="Again", description=None)

    second_taken = undo_action_from_next_step(store, u2.id, second)
    assert "objective" not in second_taken  # the follow-up objective stays for R9's action
    redo_action_from_next_step(store, u2.id, second_taken)
    assert answers.get(u2.id).action_id == second["action"]
    undo_action_from_next_step(store, u2.id, second)
    undo_action_from_next_step(store, r9.id, first)
    assert ActionService(store).list() == []
    assert [o.title for o in ObjectiveService(store).list()] == []
    assert answers.get(r9.id).action_id is None
    assert answers.get(r9.id).next_step == "Map glacial lakes with the villages"


def test_a_deleted_assessment_comes_back_whole(store: Store, tmp_path: Path) -> None:
    service = AssessmentService(store)
    made = service.create(assessed_on="2025-06-01", participants="Staff; herders")
    _answer(store, made.id, "R1", score=2, comment="Plots read twice a year")
    photo = tmp_path / "plot.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    answer_id = AnswerService(store).of(made.id)["R1"].id
    AttachmentService(store).add(photo, assessment_answer_id=answer_id)

    kept = service.snapshot(made.id)
    service.delete(made.id)
    assert AnswerService(store).list() == []
    service.restore(kept)
    back = AnswerService(store).of(made.id)
    assert (back["R1"].score, back["R1"].comment) == (2, "Plots read twice a year")
    uuids = {a["question_code"]: a["uuid"] for a in kept["answers"]}
    assert back["R1"].uuid == uuids["R1"]
    assert [
        a.original_name for a in AttachmentService(store).list_for(assessment_answer_id=answer_id)
    ] == ["plot.png"]


def test_every_answer_exported_from_the_command_line(demo_dir: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    from openpyxl import load_workbook

    out = tmp_path / "effectiveness.xlsx"
    run = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(demo_dir), "export", "assessment",
         str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "70 answers written" in run.stdout
    rows = list(load_workbook(out).active.values)
    assert rows[0][:6] == ("Assessed on", "Question set", "Element", "Question",
                           "Question title", "Level")  # fmt: skip
    r9 = [r for r in rows[1:] if r[3] == "R9"]
    assert [r[5] for r in r9] == [0, 2]  # the two years
    assert r9[0][11] == "Early-warning sensors and sirens below the Sanjha glacial lake"
    o2 = next(r for r in rows[1:] if r[3] == "O2")
    assert (o2[5], o2[7]) == (None, "yes") and "periodic review" in o2[8]


def test_an_export_with_no_assessment_says_so(store: Store, tmp_path: Path) -> None:
    from brdesk.errors import BrdeskError
    from brdesk.services.assessment_export import export_assessments

    with pytest.raises(BrdeskError, match="no self-assessment to export yet"):
        export_assessments(store, tmp_path / "none.xlsx")
    assert not (tmp_path / "none.xlsx").exists()


def test_the_dashboard_panel_shows_the_last_two_as_the_page_scores_them(
    demo_store: Store,
) -> None:
    from brdesk.services.dashboard import effectiveness_panels

    listed = AssessmentService(demo_store).list()
    with demo_store.dbapi() as conn:
        (panel,) = effectiveness_panels(conn)
    labels, series = panel.args
    assert labels == ["Context", "Planning", "Inputs", "Process", "Outputs", "Outcomes"]
    assert [name for name, _ in series] == [f"{a.assessed_on}" for a in listed[-2:]]
    for (_, percents), assessment in zip(series, listed[-2:], strict=True):
        assert percents == [e.percent for e in result(demo_store, assessment.id).elements]


def test_no_assessment_no_panel(store: Store) -> None:
    from brdesk.services.dashboard import effectiveness_panels

    with store.dbapi() as conn:
        assert effectiveness_panels(conn) == []


@pytest.fixture
def store(either_store: Store) -> Store:
    """Every test here runs on the laptop's SQLite file and on an office PostgreSQL server."""
    return either_store
