"""The action plan editor: objectives and actions in all four pillars, tags, the alignment
matrix, filters, examples, delete with confirmation, undo and redo, and nothing lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from brdesk.services.plan import ActionService, ObjectiveService, PlanService
from tests.gui_helpers import (
    ScriptedPrompts,
    open_window,
    reopen,
    tick,
    type_into,
    when_dialog_opens,
)


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
        plan.filters.pillar_filter.setCurrentIndex(plan.filters.pillar_filter.findData(pillar))
        plan.view.clearSelection()
        plan.view.setCurrentIndex(plan.view.rootIndex())
        qtbot.mouseClick(plan.add_objective_button, Qt.MouseButton.LeftButton)
        index = plan.view.currentIndex()
        plan.model.setData(index, objective_title)  # what typing into the tree does
        window.new_item_action.trigger()  # Ctrl+N on a selected objective adds an action
        editor = plan.editor
        type_into(qtbot, editor.action_form_with("title"), "title", action_title)
        type_into(qtbot, editor.action_form_with("end_date"), "end_date", "2027-12-31")
        type_into(qtbot, editor.action_form_with("budget"), "budget", "12 500")
        tick(qtbot, editor.sdg_picker, sdg)
        tick(qtbot, editor.gbf_picker, gbf)
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
    matrix = plan.alignment_tab.alignment
    assert matrix.rowCount() == 5
    assert matrix.index(0, 12).data() == "●"
    assert matrix.index(4, 17 + 21).data() == "1"
    assert "SDG 1," in plan.alignment_tab.gaps.text()
    assert "SDG 13" not in plan.alignment_tab.gaps.text().split("Not yet served:")[1]

    again = reopen(qtbot, window)
    plan2 = _page(again)
    assert plan2.model.action_count() == 4
    assert plan2.alignment_tab.alignment.index(0, 12).data() == "●"


def test_undo_and_redo_of_tags_and_edits(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    first = plan.tree_data.actions()[0]
    plan.select("action", first.id)
    editor = plan.editor
    before = [s.number for s in first.sdgs]
    tick(qtbot, editor.sdg_picker, 1)
    assert 1 in [s.number for s in ActionService(window.store).get(first.id).sdgs]
    window.undo_action.trigger()
    assert [s.number for s in ActionService(window.store).get(first.id).sdgs] == before
    assert 1 not in editor.sdg_picker.selected()
    window.redo_action.trigger()
    assert 1 in [s.number for s in ActionService(window.store).get(first.id).sdgs]

    status = editor.action_form_with("status").editors["status"]
    status.setCurrentIndex(status.findData("done"))
    status.activated.emit(status.currentIndex())
    assert ActionService(window.store).get(first.id).status == "done"
    window.undo_action.trigger()
    assert ActionService(window.store).get(first.id).status == first.status


def test_invalid_action_values_are_refused_inline(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    first = plan.tree_data.actions()[0]
    plan.select("action", first.id)
    form = plan.editor.action_form_with("end_date")
    assert form.rejected() == {}  # nothing touched, nothing marked
    type_into(qtbot, form, "end_date", "2020-01-01")
    assert "must not be before start date" in form.errors["end_date"].message.lower()
    type_into(qtbot, form, "currency", "$$")
    assert "three-letter iso code" in form.errors["currency"].message.lower()
    type_into(qtbot, form, "budget", "a lot")
    assert "must be a number" in form.errors["budget"].message.lower()
    kept = ActionService(window.store).get(first.id)
    assert (kept.end_date, kept.currency, kept.budget) == (
        first.end_date,
        first.currency,
        first.budget,
    )
    # What was refused stays in its field, marked, after other edits refresh the form.
    type_into(qtbot, form, "partners", "Village council")
    assert form.raw_value("budget") == "a lot" and form.raw_value("currency") == "$$"
    assert form.raw_value("end_date") == "2020-01-01"
    assert set(form.rejected()) == {"end_date", "currency", "budget"}
    # Moving the start before the end clears the end's message and saves it.
    type_into(qtbot, form, "start_date", "2019-06-01")
    assert form.errors["end_date"].message == ""
    assert str(ActionService(window.store).get(first.id).end_date) == "2020-01-01"
    # Another action starts clean, at its first tab.
    editor = plan.editor
    editor.action_tabs.setCurrentIndex(2)
    second = plan.tree_data.actions()[1]
    plan.select("action", second.id)
    assert editor.action_tabs.currentIndex() == 0
    assert all(f.rejected() == {} for f in editor.action_forms)
    assert form.raw_value("budget") != "a lot"


def test_add_objective_goes_to_the_selected_pillar(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    action = plan.tree_data.actions()[-1]
    pillar = plan.tree_data.pillar_of(action)
    plan.select("action", action.id)
    before = len(plan.tree_data.objectives_of(pillar))
    qtbot.mouseClick(plan.add_objective_button, Qt.MouseButton.LeftButton)
    assert len(plan.tree_data.objectives_of(pillar)) == before + 1


def test_tags_can_be_found_and_read_whole(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    plan.select("action", plan.tree_data.actions()[0].id)
    editor = plan.editor
    editor.action_tabs.setCurrentIndex(editor.action_tabs.count() - 1)
    picker = editor.gbf_picker
    assert picker.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    longest = max(range(picker.count()), key=lambda i: len(picker.row_item(i).text()))
    height = picker.rowHeight(longest)
    assert height > picker.fontMetrics().height() * 1.5  # wrapped, not clipped
    rect = picker.visualItemRect(picker.row_item(longest))
    needed = picker.fontMetrics().boundingRect(
        rect.adjusted(24, 0, -4, 0), Qt.TextFlag.TextWordWrap, picker.row_item(longest).text()
    )
    assert needed.height() <= height  # the whole title fits its row
    qtbot.keyClicks(editor.tag_search, "water")
    shown = picker.shown_titles()
    assert shown and all("water" in t.lower() for t in shown)
    assert any(t.startswith("SDG 6 ") for t in editor.sdg_picker.shown_titles())
    editor.tag_search.clear()
    qtbot.keyClicks(editor.tag_search, "15")
    assert editor.sdg_picker.shown_titles()[0].startswith("SDG 15 ")
    # Ticking with the keyboard tags the action.
    sdgs = editor.sdg_picker
    action_id = plan.tree_data.actions()[0].id
    before = 15 in [s.number for s in ActionService(window.store).get(action_id).sdgs]
    sdgs.setFocus()
    sdgs.setCurrentCell(14, 0)
    qtbot.keyClick(sdgs, Qt.Key.Key_Space)
    after = 15 in [s.number for s in ActionService(window.store).get(action_id).sdgs]
    assert after is not before


def test_delete_asks_first_and_undo_restores_everything(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    objective = plan.tree_data.objectives[0]
    action_ids = [a.id for a in objective.actions]
    tags = {a.id: [s.number for s in a.sdgs] for a in objective.actions}
    plan.select("objective", objective.id)

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
    window.redo_action.trigger()
    assert restored.list(objective_id=objective.id) == []


def test_reorder_objectives_and_actions(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    objective = plan.tree_data.objectives[0]
    first, second = objective.actions[0].id, objective.actions[1].id
    plan.select("action", first)
    qtbot.mouseClick(plan.down_button, Qt.MouseButton.LeftButton)
    order = [a.id for a in ActionService(window.store).list(objective_id=objective.id)]
    assert order[:2] == [second, first]
    window.undo_action.trigger()
    order = [a.id for a in ActionService(window.store).list(objective_id=objective.id)]
    assert order[:2] == [first, second]

    pillar_one = [o.id for o in ObjectiveService(window.store).list() if o.pillar_id == 1]
    plan.select("objective", pillar_one[0])
    qtbot.mouseClick(plan.down_button, Qt.MouseButton.LeftButton)
    after = [o.id for o in ObjectiveService(window.store).list() if o.pillar_id == 1]
    assert after == [pillar_one[1], pillar_one[0]]
    qtbot.mouseClick(plan.down_button, Qt.MouseButton.LeftButton)  # already last: stays
    assert [o.id for o in ObjectiveService(window.store).list() if o.pillar_id == 1] == after


def test_filters_and_find(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    total = plan.model.action_count()
    plan.filters.status_filter.setCurrentIndex(plan.filters.status_filter.findData("done"))
    assert plan.model.action_count() == 1
    assert plan.filters.shown_label.text() == f"1 of {total} actions shown"
    plan.filters.status_filter.setCurrentIndex(0)
    plan.filters.sdg_filter.setCurrentIndex(plan.filters.sdg_filter.findData(13))
    expected = sum(1 for a in plan.tree_data.actions() if 13 in {s.number for s in a.sdgs})
    assert plan.model.action_count() == expected > 0
    plan.filters.sdg_filter.setCurrentIndex(0)
    plan.filters.pillar_filter.setCurrentIndex(plan.filters.pillar_filter.findData(4))
    assert plan.model.rowCount() == 1
    plan.filters.pillar_filter.setCurrentIndex(0)
    window.focus_find()
    find_box = plan.filters.find_box
    assert find_box in (find_box.focusWidget(), QApplication.focusWidget())
    qtbot.keyClicks(plan.filters.find_box, "glacier")
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
    window.undo_action.trigger()
    assert ObjectiveService(window.store).list() == []
    window.redo_action.trigger()
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
    from PySide6.QtWidgets import QWizard

    from brdesk.services.profile import ParticipantService, ReserveService
    from brdesk.ui.dialogs.start_wizard import StartWizard

    window = open_window(qtbot, tmp_path / "data")
    seen: dict[str, str] = {}

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, StartWizard)
        wizard = dialog
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is wizard.person  # no name yet
        seen["no name"] = wizard.person.error.text()
        qtbot.keyClicks(wizard.person.inputs["full_name"], "Luis Quispe")
        country = wizard.person.inputs["country_code"]
        qtbot.keyClicks(country.lineEdit(), "Perou")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        seen["bad country"] = wizard.person.error.text()
        country.lineEdit().selectAll()
        qtbot.keyClicks(country.lineEdit(), "Peru")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is wizard.reserve
        seen["reserve country"] = wizard.reserve.inputs["country_code"].currentText()
        qtbot.keyClicks(wizard.reserve.inputs["name"], "Huascaran Biosphere Reserve")
        qtbot.keyClicks(wizard.reserve.inputs["elevation_min_m"], "5000")
        qtbot.keyClicks(wizard.reserve.inputs["elevation_max_m"], "2000")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is wizard.reserve
        wizard.reserve.inputs["elevation_max_m"].selectAll()
        qtbot.keyClicks(wizard.reserve.inputs["elevation_max_m"], "6768")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is wizard.objective
        template = wizard.objective.inputs["template"]
        template.setCurrentIndex(template.findData("glacier-monitoring"))
        seen["title"] = wizard.objective.inputs["title"].text()
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, answer)
    qtbot.mouseClick(window.welcome.start_button, Qt.MouseButton.LeftButton)
    assert "Full name: is required" in seen["no name"]
    assert "not a country name" in seen["bad country"]
    assert seen["reserve country"] == "Peru"  # the participant's, by default
    assert seen["title"].startswith("Monitor glacier retreat")
    store = window.store
    plan = PlanService(store).current()
    assert plan is not None and plan.title == "Action plan for Huascaran Biosphere Reserve"
    assert len(ActionService(store).list()) == 2
    assert ParticipantService(store).current().country_code == "PE"
    assert ReserveService(store).current().country_code == "PE"
    assert window.current_page() is window.pages["plan"]
    window.undo_action.trigger()  # the whole start is one step
    assert not store.has_user_data()


def test_item_models_pass_the_model_tester(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    plan = _page(window)
    for model in (plan.model, plan.alignment_tab.alignment):
        tester = ModelTester(qtbot)
        tester.check(model, force_py=True)
    plan.filters.status_filter.setCurrentIndex(plan.filters.status_filter.findData("in_progress"))
    ModelTester(qtbot).check(plan.model, force_py=True)
    assert plan.model.flags(plan.model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled
