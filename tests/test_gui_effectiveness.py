"""The Effectiveness page, pressed as a user presses it: a first assessment on an empty
folder, levels chosen, a question that does not apply, a comment typed, evidence attached,
results and a second assessment compared, a next step made a plan action, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from brdesk.services.assessments import FOLLOW_UP_OBJECTIVE, AnswerService
from brdesk.services.attachments import AttachmentService
from brdesk.services.plan import ActionService, ObjectiveService
from brdesk.ui.dialogs.next_step_dialog import NextStepDialog
from brdesk.ui.widgets.question_card import NOT_APPLICABLE
from tests.gui_helpers import ScriptedPrompts, open_window, type_into


def _page(window: object) -> object:
    window.show_page("effectiveness")  # type: ignore[attr-defined]
    return window.pages["effectiveness"]  # type: ignore[attr-defined]


def test_a_first_assessment_answered_and_its_next_step_planned(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts, monkeypatch: object
) -> None:
    window = open_window(qtbot, tmp_path / "data")
    page = _page(window)
    assert page.empty.isVisible() and not page.tabs.isVisible()

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.tabs.isVisible() and page.chooser.count() == 1
    answers = AnswerService(window.store)
    stored = lambda code: answers.of(page.current_id)[code]  # noqa: E731

    card = page.cards["R1"]
    qtbot.waitUntil(lambda: card.radios[2].isVisible())  # the questions are on screen
    qtbot.mouseClick(card.radios[2], Qt.MouseButton.LeftButton)
    assert stored("R1").score == 2
    qtbot.mouseClick(page.cards["I3"].radios[0], Qt.MouseButton.LeftButton)
    assert stored("I3").score == 0
    window.undo_action.trigger()
    assert stored("I3").score is None
    assert not any(r.isChecked() for r in page.cards["I3"].radios.values())
    window.redo_action.trigger()
    assert stored("I3").score == 0 and page.cards["I3"].radios[0].isChecked()

    prompts.queue("ask_text", "No glaciers or glacial lakes above the reserve")
    qtbot.mouseClick(page.cards["R9"].radios[NOT_APPLICABLE], Qt.MouseButton.LeftButton)
    assert stored("R9").not_applicable and stored("R9").score is None
    assert "No glaciers" in page.cards["R9"].reason.text()
    prompts.queue("ask_text", None)  # asked why, the user cancels: nothing changes
    qtbot.mouseClick(page.cards["C1"].radios[NOT_APPLICABLE], Qt.MouseButton.LeftButton)
    assert not stored("C1").not_applicable
    assert not page.cards["C1"].radios[NOT_APPLICABLE].isChecked()

    type_into(qtbot, card.form, "comment", "Plots read twice a year")
    type_into(qtbot, card.form, "next_step", "Train two more rangers in plot reading")
    assert stored("R1").comment == "Plots read twice a year"
    assert card.action_button.isEnabled()

    photo = tmp_path / "plots.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    prompts.queue("choose_open", photo)
    qtbot.waitUntil(lambda: card.attach_button.height() > 0)  # laid out
    qtbot.mouseClick(card.attach_button, Qt.MouseButton.LeftButton)
    evidence = AttachmentService(window.store).list_for(assessment_answer_id=stored("R1").id)
    assert [a.original_name for a in evidence] == ["plots.png"]
    assert "plots.png" in card.evidence.text()
    # Its links (a label's links have no widget of their own to press).
    card.evidence.linkActivated.emit(f"open:{evidence[0].id}")
    opened = prompts.asked[-1]
    assert opened.kind == "show_in_system" and opened.text.endswith(evidence[0].stored_name)
    prompts.queue("confirm", False)
    card.evidence.linkActivated.emit(f"remove:{evidence[0].id}")
    assert AttachmentService(window.store).list_for(assessment_answer_id=stored("R1").id)
    prompts.queue("confirm", True)
    card.evidence.linkActivated.emit(f"remove:{evidence[0].id}")
    assert AttachmentService(window.store).list_for(assessment_answer_id=stored("R1").id) == []
    assert card.evidence.text() == ""

    page.tabs.setCurrentIndex(1)
    page.ctx.operations.wait_all()
    assert "Overall: <b>33%</b>" in page.results.summary.text()  # 2 of 6 points
    assert page.results.element_table.item(3, 1).text() == "67%"  # Process: R1 at 2 of 3
    assert page.results.weakest_table.item(0, 0).text().startswith("I3")
    assert page.results.radar.image is not None

    def press_ok(dialog: NextStepDialog) -> int:
        assert dialog.pillar.currentData() == 1  # the question's own pillar
        dialog.pillar.setCurrentIndex(dialog.pillar.findData(2))
        assert dialog.title.text() == "Train two more rangers in plot reading"
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(NextStepDialog, "exec", press_ok)  # type: ignore[attr-defined]
    qtbot.mouseClick(card.action_button, Qt.MouseButton.LeftButton)
    (action,) = ActionService(window.store).list()
    assert action.title == "Train two more rangers in plot reading"
    objective = ObjectiveService(window.store).get(action.objective_id)
    assert (objective.title, objective.pillar_id) == (FOLLOW_UP_OBJECTIVE, 2)
    assert stored("R1").action_id == action.id
    assert "In the plan: Train two more rangers" in card.action_label.text()
    assert not card.action_button.isVisibleTo(card)

    window.undo_action.trigger()
    assert ActionService(window.store).list() == []
    assert stored("R1").action_id is None and card.action_button.isVisibleTo(card)
    window.redo_action.trigger()  # the very same action and objective come back
    (again,) = ActionService(window.store).list()
    assert (again.id, again.uuid) == (action.id, action.uuid)
    assert ObjectiveService(window.store).get(again.objective_id).uuid == objective.uuid
    assert stored("R1").action_id == action.id


def test_two_assessments_of_the_demo_compared(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    page = _page(window)
    assert page.chooser.count() == 2
    page.tabs.setCurrentIndex(2)
    page.ctx.operations.wait_all()
    changed = [
        page.compare.changes_table.item(r, 0).text()
        for r in range(page.compare.changes_table.rowCount())
    ]
    assert any(c.startswith("R9") for c in changed) and any(c.startswith("I4") for c in changed)
    assert page.compare.compare_radar.image is not None
    r9 = page.cards["R9"]
    assert r9.radios[2].isChecked()
    page.chooser.setCurrentIndex(0)  # the earlier one: its next step is already in the plan
    assert page.cards["R9"].radios[0].isChecked()
    assert "In the plan: Early-warning sensors" in page.cards["R9"].action_label.text()


def test_the_file_menu_exports_every_answer(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    from openpyxl import load_workbook

    window = open_window(qtbot, demo_dir)
    out = tmp_path / "effectiveness.xlsx"
    prompts.queue("choose_save", out)
    window.export_assessment_action.trigger()
    assert len(list(load_workbook(out).active.values)) == 1 + 70
    assert "70 answers written" in prompts.texts("tell_written")[-1]
