"""Report & follow-up page: write parts 2 and 3, see what is missing, export off the GUI
thread, track the scans, prepare the submission folder."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from brdesk.services.followup import EvaluationService, FollowupService, SummaryService
from brdesk.services.report import gather
from tests.gui_helpers import ScriptedPrompts, open_window, type_into


def _report_page(window):  # type: ignore[no-untyped-def]
    window.show_page("report")
    return window.pages["report"]


def test_a_participant_writes_parts_two_and_three(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.show_page("reserve")
    type_into(qtbot, window.pages["reserve"].person_form, "full_name", "Bakhyt Ospanov")
    page = _report_page(window)
    missing = [page.missing.item(i).text() for i in range(page.missing.count())]
    assert "Evaluation: overall rating not given" in missing
    assert "Summary of participation: field visits not written" in missing

    type_into(qtbot, page.summary_form, "field_visits", "Two mountain reserves near Beijing")
    overall = page.evaluation_form.editors["rating_overall"]
    overall.setCurrentIndex(overall.findData(4))
    overall.activated.emit(overall.currentIndex())

    store = window.store
    person = window.pages["reserve"].participants.current()
    assert SummaryService(store).list(participant_id=person.id)[0].field_visits.startswith("Two")
    assert EvaluationService(store).list(participant_id=person.id)[0].rating_overall == 4
    missing = [page.missing.item(i).text() for i in range(page.missing.count())]
    assert "Evaluation: overall rating not given" not in missing
    assert "Summary of participation: field visits not written" not in missing
    assert "Bakhyt Ospanov" in page.personal.text()

    window.undo_action.trigger()  # the first rating created the evaluation: undo removes it again
    assert EvaluationService(store).list(participant_id=person.id) == []
    window.redo_action.trigger()
    assert EvaluationService(store).list(participant_id=person.id)[0].rating_overall == 4


def test_export_runs_off_the_gui_thread_and_writes_the_file(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_dir)
    page = _report_page(window)
    page.include_charts.setChecked(False)
    page.include_zones.setChecked(False)
    out = tmp_path / "report.docx"
    operation = page.start_export(gather(window.store), page.options(), out)
    assert operation.running and not page.export_button.isEnabled()
    window.ctx.operations.wait_all()
    qtbot.waitUntil(lambda: page.export_button.isEnabled())
    assert page.last_export == out
    doc = Document(str(out))
    assert len(doc.inline_shapes) == 0
    assert "Pema Sherpa" in "\n".join(p.text for p in doc.paragraphs)


def test_export_asks_before_writing_an_incomplete_report(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, tmp_path / "data")
    page = _report_page(window)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    (asked,) = prompts.texts("confirm")  # answered "Go back"
    assert "Personal information: your profile is not filled in" in asked
    assert "and 8 more" in asked  # a long list is cut, not a wall of text
    assert "choose_save" not in prompts.kinds()
    assert page.export_operation is None  # nothing started


def _click_row(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_follow_up_attach_status_and_submission(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    page = _report_page(window)
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=_tab_centre(page, 1))
    panel = page.followup
    assert page.tabs.currentWidget() is panel
    assert panel.table.rowCount() == 4
    assert panel.table.item(0, 1).text() == "27 Nov 2025"

    # The passport page, attached through the button a user presses.
    scan = tmp_path / "passport.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n fake")
    _click_row(qtbot, panel.table, 1)
    prompts.queue("choose_open", scan)
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert prompts.kinds()[-1] == "choose_open"
    assert panel.table.item(1, 3).text() == "passport.png"
    assert FollowupService(window.store).get(panel.items[1].id).status == "ready"

    # Open file hands the scan to the system; a program swapped in its place, never.
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert prompts.asked[-1].kind == "show_in_system"
    (stored,) = window.store.data_dir.attachments.iterdir()
    stored.write_bytes(b"MZ\x90\x00" + b"\x00" * 64)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert prompts.asked[-1].kind == "warn"
    assert "will not open this file" in prompts.asked[-1].text
    assert "Windows program" in prompts.asked[-1].text

    # The report's status, chosen from its drop-down with the keyboard, then undone.
    combo = panel.table.cellWidget(0, 2)
    combo.setFocus()
    while combo.currentData() != "sent":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert FollowupService(window.store).get(panel.items[0].id).status == "sent"
    window.undo_action.trigger()  # each step of the arrow key was a change of its own
    assert FollowupService(window.store).get(panel.items[0].id).status == "ready"
    window.undo_action.trigger()
    assert FollowupService(window.store).get(panel.items[0].id).status == "pending"

    stick = tmp_path / "stick"
    stick.mkdir()
    prompts.queue("choose_folder", stick)
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    (folder,) = stick.iterdir()
    names = sorted(p.name for p in folder.iterdir())
    assert "Pema-Sherpa_passport-information-page.png" in names
    assert "Pema-Sherpa_post-training-report.docx" in names
    (ready,) = prompts.texts("inform")
    assert "Still missing" in ready and ready.count("\n• ") == len(names) + 2


def _tab_centre(page, index: int):  # type: ignore[no-untyped-def]
    return page.tabs.tabBar().tabRect(index).center()


def test_the_exported_report_becomes_the_follow_up_file(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    page = _report_page(window)
    page.include_charts.setChecked(False)
    out = tmp_path / "my-report.docx"
    prompts.queue("choose_save", out)
    window.export_report_action.trigger()  # File > Export > Post-training report (Word)
    qtbot.waitUntil(lambda: "tell_written" in prompts.kinds(), timeout=60_000)
    assert out.is_file()
    panel = page.followup
    assert panel.table.item(0, 3).text() == "my-report.docx"
    assert FollowupService(window.store).get(panel.items[0].id).status == "ready"
    home = window.pages["home"]
    window.show_page("home")
    texts = [home.attention.item(i).text() for i in range(home.attention.count())]
    report = [t for t in texts if "Post-training report" in t]
    assert report == ["Ready to send:  Post-training report (Word) (was due 27 Nov 2025)"]
