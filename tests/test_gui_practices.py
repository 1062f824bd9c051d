"""The Good practices page, pressed as a user presses it: opened from the View menu, a
practice made, its form typed into, its goals ticked, photos added, the case study exported,
observations linked from the Observations page, deleted and undone."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from brdesk.services.attachments import AttachmentService
from brdesk.services.practices import GoodPracticeService
from tests.gui_helpers import ScriptedPrompts, open_window, tick, type_into


def _menu_action(window: object, shortcut: str) -> QAction:
    for action in window.findChildren(QAction):  # type: ignore[attr-defined]
        if action.shortcut() == QKeySequence(shortcut):
            return action
    raise AssertionError(f"no action for {shortcut}")


def _open_practices(window: object) -> object:
    _menu_action(window, "Ctrl+9").trigger()
    page = window.pages["practices"]  # type: ignore[attr-defined]
    assert window.current_page() is page  # type: ignore[attr-defined]
    return page


def test_a_practice_is_made_filled_tagged_photographed_and_exported(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_dir)
    page = _open_practices(window)
    assert page.list.count() == 2  # type: ignore[attr-defined]
    prompts.queue("ask_text", "Fire lines cut by the youth club")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    service = GoodPracticeService(window.store)
    made = service.find("Fire lines")
    assert page.current_id == made.id  # type: ignore[attr-defined]
    assert page.list.currentItem().text().startswith("Fire lines")  # type: ignore[attr-defined]
    editor = page.editor  # type: ignore[attr-defined]
    type_into(qtbot, editor.forms[0], "challenge", "Spring fires from burning stubble")
    type_into(qtbot, editor.forms[2], "replication", "A youth club and a fire season")
    got = service.get(made.id)
    assert (got.challenge, got.replication) == (
        "Spring fires from burning stubble",
        "A youth club and a fire season",
    )
    # A date that is not one is refused under its field and nothing is stored.
    type_into(qtbot, editor.forms[0], "started_on", "2024-13-45")
    assert editor.forms[0].errors["started_on"].isVisible()
    assert service.get(made.id).started_on is None
    tick(qtbot, editor.sdg_picker, 13)
    tick(qtbot, editor.gbf_picker, 8)
    tick(qtbot, editor.action_picker, editor._action_ids[0][0])
    links = service.links(made.id)
    assert (links["sdgs"], links["gbf_targets"]) == ([13], [8])
    assert links["actions"] == [editor._action_ids[0][0]]
    window.undo_action.trigger()
    assert service.links(made.id)["actions"] == []

    photo = tmp_path / "fire line above Ghunsa.jpg"
    Image.new("RGB", (800, 600), (150, 90, 40)).save(photo, "JPEG")
    prompts.queue("choose_open_many", [photo])
    qtbot.mouseClick(editor.add_photos_button, Qt.MouseButton.LeftButton)
    kept = AttachmentService(window.store).list_for(good_practice_id=made.id)
    assert [a.original_name for a in kept] == [photo.name]
    assert photo.name in editor.photos.text()

    out = tmp_path / "fire.docx"
    prompts.queue("choose_save", str(out))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    doc = Document(str(out))
    assert doc.paragraphs[1].text == "Fire lines cut by the youth club"
    assert len(doc.inline_shapes) == 1
    assert any("Spring fires" in p.text for p in doc.paragraphs)


def test_a_theme_filters_the_list_and_delete_is_undone(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    page = _open_practices(window)
    theme = page.theme  # type: ignore[attr-defined]
    theme.setCurrentIndex(theme.findData("livelihoods"))
    titles = [page.list.item(i).text() for i in range(page.list.count())]  # type: ignore[attr-defined]
    assert len(titles) == 1 and titles[0].startswith("Seasonal grazing")
    theme.setCurrentIndex(0)
    service = GoodPracticeService(window.store)
    herders = service.find("herders")
    page.list.setCurrentRow(0)  # type: ignore[attr-defined]
    assert page.current_id == herders.id  # type: ignore[attr-defined]
    links = service.links(herders.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # "Keep it"
    assert len(service.list()) == 2
    prompts.queue("confirm", True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [p.title for p in service.list()] == [
        "Seasonal grazing calendars agreed in the buffer zone"
    ]
    assert page.list.count() == 1  # type: ignore[attr-defined]
    window.undo_action.trigger()
    back = service.find("herders")
    assert (back.id, back.uuid) == (herders.id, herders.uuid)
    assert service.links(herders.id) == links


def test_observations_selected_on_their_page_become_a_practices_evidence(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    _menu_action(window, "Ctrl+5").trigger()
    log = window.pages["observations"]  # type: ignore[attr-defined]
    log.ctx.operations.wait_all()
    qtbot.waitUntil(lambda: log.model.rowCount() > 0)
    for row in (0, 1):
        log.view.selectionModel().select(
            log.model.index(row, 0),
            log.view.selectionModel().SelectionFlag.Select
            | log.view.selectionModel().SelectionFlag.Rows,
        )
    ids = log.selected_ids()
    service = GoodPracticeService(window.store)
    grazing = service.find("seasonal")
    titles = [p.title for p in service.list()]
    prompts.queue("choose_one", titles.index(grazing.title))
    qtbot.mouseClick(log.link_button, Qt.MouseButton.LeftButton)
    assert service.links(grazing.id)["observations"] == sorted(ids)
    assert "2 observations linked" in prompts.texts("inform")[-1]
    page = _open_practices(window)
    page.list.setCurrentRow(titles.index(grazing.title))  # type: ignore[attr-defined]
    evidence = page.editor.evidence  # type: ignore[attr-defined]
    assert evidence.text().count("unlink") == 2
    # Unlinking is the link under the record, as the user clicks it.
    evidence.linkActivated.emit(str(ids[0]))
    assert service.links(grazing.id)["observations"] == sorted(set(ids) - {ids[0]})
    window.undo_action.trigger()
    assert service.links(grazing.id)["observations"] == sorted(ids)


def test_the_report_page_adds_the_practices_when_ticked(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_dir)
    window.show_page("report")  # type: ignore[attr-defined]
    page = window.pages["report"]  # type: ignore[attr-defined]
    page.include_charts.setChecked(False)
    box = page.include_practices
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked()
    out = tmp_path / "with-practices.docx"
    prompts.queue("choose_save", out)
    window.export_report_action.trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "tell_written" in prompts.kinds(), timeout=60_000)
    headings = [p.text for p in Document(str(out)).paragraphs if p.style.name.startswith("Heading")]
    assert any(h.endswith(". Good practices") for h in headings)
    assert "Herders as snow leopard monitors" in headings


def test_an_empty_folder_says_the_practices_are_missing_when_ticked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.show_page("report")  # type: ignore[attr-defined]
    page = window.pages["report"]  # type: ignore[attr-defined]
    missing = page.missing

    def lines() -> list[str]:
        return [missing.item(i).text() for i in range(missing.count())]

    assert not any("Good practices" in line for line in lines())
    box = page.include_practices
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert "Good practices: none documented yet (Good practices page)" in lines()
