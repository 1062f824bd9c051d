"""Report & follow-up page: write parts 2 and 3, see what is missing, export off the GUI
thread, track the scans, prepare the submission folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from brdesk.services.followup import EvaluationService, FollowupService, SummaryService
from brdesk.services.report import gather
from tests.gui_helpers import open_window, type_into


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

    window.undo()  # the first rating created the evaluation: undo removes it again
    assert EvaluationService(store).list(participant_id=person.id) == []
    window.redo()
    assert EvaluationService(store).list(participant_id=person.id)[0].rating_overall == 4


def test_export_runs_off_the_gui_thread_and_writes_the_file(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_dir)
    page = _report_page(window)
    page.include_charts.setChecked(False)
    out = tmp_path / "report.docx"
    task = page.start_export(gather(window.store), page.options(), out)
    assert not page.export_button.isEnabled()
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: page.export_button.isEnabled())
    assert page.last_export == out
    doc = Document(str(out))
    assert len(doc.inline_shapes) == 0
    assert "Pema Sherpa" in "\n".join(p.text for p in doc.paragraphs)


def test_export_asks_before_writing_an_incomplete_report(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, tmp_path / "data")
    page = _report_page(window)
    asked: list[str] = []

    def no(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    page.export()
    assert "Personal information: your profile is not filled in" in asked[0]
    assert "and 7 more" in asked[0]  # a long list is cut, not a wall of text
    assert page.task is None  # nothing started


def test_follow_up_attach_status_and_submission(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_dir)
    page = _report_page(window)
    page.tabs.setCurrentWidget(page.followup)
    panel = page.followup
    assert panel.table.rowCount() == 4
    assert panel.table.item(0, 1).text() == "27 Nov 2025"

    scan = tmp_path / "passport.png"
    scan.write_bytes(b"\x89PNG fake")
    panel.table.selectRow(1)
    panel.attach(scan)
    assert panel.table.item(1, 3).text() == "passport.png"
    item = FollowupService(window.store).get(panel.items[1].id)
    assert item.status == "ready"

    panel.set_status(0, "sent")
    assert FollowupService(window.store).get(panel.items[0].id).status == "sent"
    window.undo()
    assert FollowupService(window.store).get(panel.items[0].id).status == "pending"

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    stick = tmp_path / "stick"
    stick.mkdir()
    result = page.prepare_submission(stick)
    names = sorted(p.name for p in result.folder.iterdir())
    assert "Pema-Sherpa_passport-information-page.png" in names
    assert "Pema-Sherpa_post-training-report.docx" in names
    assert len(result.missing) == 2
