"""The action plan editor: objectives and actions in all four pillars, tags, the alignment
matrix, filters, examples, delete with confirmation, undo and redo, and nothing lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from brdesk.services.plan import ActionService, ObjectiveService, PlanService
from tests.gui_helpers import ScriptedPrompts, open_window, reopen, type_into


def _page(window):  # type: ignore[no-untyped-def]
    window.show_page("plan")
    return window.pages["plan"]


def test_a_new_user_plans_all_four_pillars(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "data")
    plan = _page(window)
    actions = ActionService(window.store)
    for pillar, (objective_title, action_title, sdg, gbf) in enumerate(
        [
            ("Monitor glacier retreat", "Survey the glacier snout", 13, 8),
            ("Patrol the core area", "Train community rangers", 16, 4),
            ("Low-carbon tourism", "Solar heaters for lodges", 7, 16),
            ("Co-manage pastures", "Grazing calendars with herders", 15, 22),
        ],
        start=1,
    ):
        plan.add_objective(pillar)
        index = plan.view.currentIndex()
        plan.model.setData(index, objective_title)  # what typing into the tree does
        plan.new_item()  # Ctrl+N on a selected objective adds an action to it
        editor = plan.editor
        type_into(qtbot, editor.action_form, "title", action_title)
        type_into(qtbot, editor.action_form, "end_date", "2027-12-31")
        type_into(qtbot, editor.action_form, "budget", "12 500")
        editor.sdg_picker.set_checked(sdg, True)
        editor.gbf_picker.set_checked(gbf, True)
        saved = actions.get(editor.current_action)
        assert saved.title == action_title
        assert [s.number for s in saved.sdgs] == [sdg]
        assert [g.number for g in saved.gbf_targets] == [gbf]
        assert saved.budget == 12500

    tree = PlanService(window.store).tree(PlanService(window.store).current().id)
    assert sorted({o.pillar_id for o in tree.objectives}) == [1, 2, 3, 4]
    assert [o.title for o in tree.objectives] == [
        "Monitor glacier retreat",
        "Patrol the core area",
        "Low-carbon tourism",
        "Co-manage pastures",
    ]
    # The matrix shows the tags: SDG 13 is column 12, GBF 22 is column 17 + 21.
    matrix = plan.alignment
    assert matrix.rowCount() == 5
    assert matrix.index(0, 12).data() == "●"
    assert matrix.index(4, 17 + 21).data() == "1"
    assert "SDG 1," in plan.gaps.text()
    assert "SDG 13" not in plan.gaps.text().split("Not yet served:")[1]

    again = reopen(qtbot, window)
    plan2 = _page(again)
    assert plan2.model.action_count() == 4
    assert plan2.alignment.index(0, 12).data() == "●"


def test_undo_and_redo_of_tags_and_edits(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    first = plan.tree_data.actions()[0]
    plan._select("action", first.id)
    editor = plan.editor
    before = [s.number for s in first.sdgs]
    editor.sdg_picker.set_checked(1, True)
    assert 1 in [s.number for s in ActionService(window.store).get(first.id).sdgs]
    window.undo()
    assert [s.number for s in ActionService(window.store).get(first.id).sdgs] == before
    assert 1 not in editor.sdg_picker.selected()
    window.redo()
    assert 1 in [s.number for s in ActionService(window.store).get(first.id).sdgs]

    status = editor.action_form.editors["status"]
    status.setCurrentIndex(status.findData("done"))
    status.activated.emit(status.currentIndex())
    assert ActionService(window.store).get(first.id).status == "done"
    window.undo()
    assert ActionService(window.store).get(first.id).status == first.status


def test_invalid_action_values_are_refused_inline(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    first = plan.tree_data.actions()[0]
    plan._select("action", first.id)
    form = plan.editor.action_form
    type_into(qtbot, form, "end_date", "2020-01-01")
    assert "must not be before start date" in form.error_text("end_date").lower()
    type_into(qtbot, form, "currency", "$$")
    assert "three-letter iso code" in form.error_text("currency").lower()
    type_into(qtbot, form, "budget", "a lot")
    assert "must be a number" in form.error_text("budget").lower()
    kept = ActionService(window.store).get(first.id)
    assert (kept.end_date, kept.currency, kept.budget) == (
        first.end_date,
        first.currency,
        first.budget,
    )


def test_delete_asks_first_and_undo_restores_everything(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    objective = plan.tree_data.objectives[0]
    action_ids = [a.id for a in objective.actions]
    tags = {a.id: [s.number for s in a.sdgs] for a in objective.actions}
    plan._select("objective", objective.id)

    qtbot.mouseClick(plan.delete_button, Qt.MouseButton.LeftButton)  # answered "Keep it"
    assert ObjectiveService(window.store).get(objective.id).title == objective.title

    prompts.queue("confirm", True)
    qtbot.mouseClick(plan.delete_button, Qt.MouseButton.LeftButton)
    assert f"and its {len(action_ids)} actions" in prompts.texts("confirm")[-1]
    assert all(a.objective_id != objective.id for a in ActionService(window.store).list())

    window.undo_action.trigger()
    restored = ActionService(window.store)
    assert [a.id for a in restored.list(objective_id=objective.id)] == action_ids
    assert {a: [s.number for s in restored.get(a).sdgs] for a in action_ids} == tags
    window.redo()
    assert restored.list(objective_id=objective.id) == []


def test_reorder_objectives_and_actions(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    objective = plan.tree_data.objectives[0]
    first, second = objective.actions[0].id, objective.actions[1].id
    plan._select("action", first)
    plan.move_selected(+1)
    order = [a.id for a in ActionService(window.store).list(objective_id=objective.id)]
    assert order[:2] == [second, first]
    window.undo()
    order = [a.id for a in ActionService(window.store).list(objective_id=objective.id)]
    assert order[:2] == [first, second]

    pillar_one = [o.id for o in ObjectiveService(window.store).list() if o.pillar_id == 1]
    plan._select("objective", pillar_one[0])
    plan.move_selected(+1)
    after = [o.id for o in ObjectiveService(window.store).list() if o.pillar_id == 1]
    assert after == [pillar_one[1], pillar_one[0]]
    plan.move_selected(+1)  # already last: nothing moves
    assert [o.id for o in ObjectiveService(window.store).list() if o.pillar_id == 1] == after


def test_filters_and_find(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    total = plan.model.action_count()
    plan.status_filter.setCurrentIndex(plan.status_filter.findData("done"))
    assert plan.model.action_count() == 1
    assert plan.shown_label.text() == f"1 of {total} actions shown"
    plan.status_filter.setCurrentIndex(0)
    plan.sdg_filter.setCurrentIndex(plan.sdg_filter.findData(13))
    expected = sum(1 for a in plan.tree_data.actions() if 13 in {s.number for s in a.sdgs})
    assert plan.model.action_count() == expected > 0
    plan.sdg_filter.setCurrentIndex(0)
    plan.pillar_filter.setCurrentIndex(plan.pillar_filter.findData(4))
    assert plan.model.rowCount() == 1
    plan.pillar_filter.setCurrentIndex(0)
    window.focus_find()
    assert plan.find.focusWidget() is plan.find or QApplication.focusWidget() is plan.find
    qtbot.keyClicks(plan.find, "glacier")
    titles = [n.title for p in plan.model.root.children for o in p.children for n in o.children]
    assert titles and all(
        "glacier" in t.lower() or "glacier" in o.title.lower()
        for p in plan.model.root.children
        for o in p.children
        for t in [n.title for n in o.children]
    )


def test_examples_are_added_in_one_undoable_step(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "data")
    plan = _page(window)
    plan.add_templates(["glacier-monitoring", "human-wildlife-conflict"])
    objectives = ObjectiveService(window.store).list()
    assert [(o.pillar_id, o.title) for o in objectives] == [
        (1, "Monitor glacier retreat and its effects on water and habitats"),
        (4, "Reduce human-wildlife conflict with the people who bear its cost"),
    ]
    actions = ActionService(window.store).list()
    assert len(actions) == 4
    assert all(a.sdgs and a.gbf_targets and a.indicator_name for a in actions)
    window.undo()
    assert ObjectiveService(window.store).list() == []
    window.redo()
    assert len(ActionService(window.store).list()) == 4


def test_templates_dialog_lists_every_pillar(qtbot: QtBot) -> None:
    from brdesk.ui.dialogs.templates_dialog import TemplatesDialog

    dialog = TemplatesDialog()
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 4
    assert all(dialog.tree.topLevelItem(i).childCount() >= 3 for i in range(4))
    dialog.check("ecotourism")
    assert dialog.chosen() == ["ecotourism"]


def test_guided_start_creates_profile_reserve_plan_and_objective(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from brdesk.ui.dialogs.start_wizard import StartWizard
    from brdesk.ui.guided_start import apply_answers

    window = open_window(qtbot, tmp_path / "data")
    wizard = StartWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.person.validatePage()  # no name yet
    assert "Full name: is required" in wizard.person.error.text()
    wizard.person.inputs["full_name"].setText("Luis Quispe")
    wizard.person.inputs["country_code"].setText("Peru")
    assert not wizard.person.validatePage()
    assert "two-letter ISO country code" in wizard.person.error.text()
    wizard.person.inputs["country_code"].setText("pe")
    assert wizard.person.validatePage()
    wizard.reserve.inputs["name"].setText("Huascarán Biosphere Reserve")
    wizard.reserve.inputs["elevation_min_m"].setText("5000")
    wizard.reserve.inputs["elevation_max_m"].setText("2000")
    assert not wizard.reserve.validatePage()
    wizard.reserve.inputs["elevation_max_m"].setText("6768")
    assert wizard.reserve.validatePage()
    template = wizard.objective.inputs["template"]
    template.setCurrentIndex(template.findData("glacier-monitoring"))
    assert wizard.objective.inputs["title"].text().startswith("Monitor glacier retreat")
    assert wizard.objective.validatePage()

    apply_answers(window.ctx, wizard.answers())
    store = window.store
    plan = PlanService(store).current()
    assert plan is not None and plan.title == "Action plan for Huascarán Biosphere Reserve"
    assert len(ActionService(store).list()) == 2
    window.undo()  # the whole start is one step
    assert not store.has_user_data()


def test_item_models_pass_the_model_tester(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    for model in (plan.model, plan.alignment):
        tester = ModelTester(qtbot)
        tester.check(model, force_py=True)
    plan.status_filter.setCurrentIndex(plan.status_filter.findData("in_progress"))
    ModelTester(qtbot).check(plan.model, force_py=True)
    assert plan.model.flags(plan.model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled
