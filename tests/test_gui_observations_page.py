"""The observation log: filters, add and edit with validation, delete with undo, import
with preview and cancel, from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from brdesk.services.observations import ObservationService
from tests.gui_helpers import ScriptedPrompts, open_window, type_into

IMPORTS = Path(__file__).resolve().parent / "fixtures" / "imports"


def _log(window):  # type: ignore[no-untyped-def]
    window.show_page("observations")
    page = window.pages["observations"]
    page.ctx.operations.wait_all()
    return page


def test_the_log_lists_filters_and_sorts(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    page = _log(window)
    assert page.model.total == 3000
    assert page.status.text() == "3,000 observations."
    first = page.model.index(0, 0).data()
    last = page.model.index(2999, 0).data()
    assert first >= last  # newest first

    qtbot.keyClicks(page.filters.find_box, "uncia")
    qtbot.waitUntil(lambda: "match the filter" in page.status.text())  # after the typing pause
    page.ctx.operations.wait_all()
    with window.store.dbapi() as conn:
        expected = conn.execute(
            "SELECT count(*) FROM observation WHERE subject LIKE '%uncia%' "
            "OR site LIKE '%uncia%' OR notes LIKE '%uncia%' OR observer LIKE '%uncia%'"
        ).fetchone()[0]
    assert page.model.total == expected > 0
    assert "match the filter" in page.status.text()

    filters = page.filters
    qtbot.mouseClick(filters.clear_button, Qt.MouseButton.LeftButton)
    page.ctx.operations.wait_all()
    assert filters.find_box.text() == "" and page.model.total == 3000
    filters.category.setCurrentIndex(filters.category.findData("glacier"))
    qtbot.keyClicks(filters.elevation.low, "5 000")
    qtbot.waitUntil(lambda: page.model.total < 3000)
    page.ctx.operations.wait_all()
    subjects = {page.model.index(r, 3).data() for r in range(min(page.model.total, 50))}
    assert subjects and all("Sanjha Glacier" in s or "Snowline" in s for s in subjects)
    with window.store.dbapi() as conn:
        expected = conn.execute(
            "SELECT count(*) FROM observation WHERE category = 'glacier' AND elevation_m >= 5000"
        ).fetchone()[0]
    assert page.model.total == expected

    qtbot.keyClicks(filters.dates.date_from, "2025-13-01")
    qtbot.keyClicks(filters.elevation.high, "6.000")
    qtbot.waitUntil(lambda: "From:" in filters.problems.text())
    assert "From: '2025-13-01' is not a date written YYYY-MM-DD" in filters.problems.text()
    assert "Max elevation: '6.000' could be read two ways" in filters.problems.text()
    assert filters.problems.isVisible()
    page.ctx.operations.wait_all()
    assert page.model.total == expected  # what could not be read is left out, not guessed
    qtbot.mouseClick(filters.clear_button, Qt.MouseButton.LeftButton)
    assert filters.problems.text() == "" and not filters.problems.isVisible()


def test_add_edit_and_validation_in_the_dialog(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    from brdesk.ui.dialogs.observation_dialog import ObservationDialog

    window = open_window(qtbot, tmp_path / "data")
    page = _log(window)
    assert "No observations yet" in page.status.text()
    dialog = ObservationDialog(window.ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    type_into(qtbot, form, enter=False, field="subject", text="Panthera uncia")
    type_into(qtbot, form, enter=False, field="latitude", text="95")
    assert "between -90 and 90" in form.errors["latitude"].message
    type_into(qtbot, form, enter=False, field="latitude", text="27°59'17\"N")
    assert form.errors["latitude"].message == ""
    type_into(qtbot, form, enter=False, field="longitude", text="86.925")
    type_into(qtbot, form, enter=False, field="elevation_m", text="4650")
    type_into(qtbot, form, enter=False, field="count", text="2")
    photo = tmp_path / "pugmark.jpg"
    photo.write_bytes(b"\xff\xd8\xff not really a jpeg")
    prompts.queue("choose_open_many", [photo])
    qtbot.mouseClick(dialog.add_photo_button, Qt.MouseButton.LeftButton)
    assert dialog.photo_list.count() == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (saved,) = ObservationService(window.store).list()
    assert (saved.subject, saved.count, saved.elevation_m) == ("Panthera uncia", 2, 4650)
    assert saved.latitude == pytest.approx(27.988056, abs=1e-6)
    from brdesk.services.attachments import AttachmentService

    assert len(AttachmentService(window.store).list_for(observation_id=saved.id)) == 1

    # The same date, place and taxon again: brdesk asks first (answered "Go back").
    again = ObservationDialog(window.ctx, None, page)
    qtbot.addWidget(again)
    again.show()
    for name, value in (("subject", "Panthera uncia"), ("latitude", "27°59'17\"N"),
                        ("longitude", "86.925")):  # fmt: skip
        type_into(qtbot, again.form, enter=False, field=name, text=value)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert "already in the log" in prompts.texts("confirm")[0]
    assert again.isVisible()  # still open, with what was typed
    assert len(ObservationService(window.store).list()) == 1

    edit = ObservationDialog(window.ctx, saved.id, page)
    qtbot.addWidget(edit)
    edit.show()
    type_into(qtbot, edit.form, enter=False, field="count", text="3")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert ObservationService(window.store).get(saved.id).count == 3
    window.undo_action.trigger()
    assert ObservationService(window.store).get(saved.id).count == 2


def test_multi_select_delete_asks_and_undo_restores_the_same_records(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    page = _log(window)
    for row in (0, 1, 2):
        page.view.selectionModel().select(
            page.model.index(row, 0),
            page.view.selectionModel().SelectionFlag.Select
            | page.view.selectionModel().SelectionFlag.Rows,
        )
    ids = page.selected_ids()
    assert len(ids) == 3
    service = ObservationService(window.store)
    uuids = {service.get(i).uuid for i in ids}
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # answered "Keep them"
    assert window.store.counts()["observations"] == 3000
    prompts.queue("confirm", True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Delete 3 observations?" in prompts.texts("confirm")[-1]
    assert window.store.counts()["observations"] == 2997
    window.undo_action.trigger()
    assert {service.get(i).uuid for i in ids} == uuids
    if window.store.on_server:
        return  # a server's trigram index is on the rows themselves: restored with them
    with window.store.dbapi() as conn:  # the search index follows the restored rows
        hits = conn.execute(
            "SELECT count(*) FROM observation_fts WHERE rowid IN (?, ?, ?)", ids
        ).fetchone()[0]
    assert hits == 3


def test_import_dialog_previews_corrects_and_imports(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    from brdesk.ui.dialogs.import_dialog import ImportDialog

    window = open_window(qtbot, tmp_path / "data")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "when,what,how many,lat,lon\n2025-05-01,Bos grunniens,12,27.9,86.9\n"
        "2025-05-02,Bos grunniens,x,27.9,86.9\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(window.ctx, None, sheet)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.operations.wait_all()
    assert "cannot tell which column holds" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    for name, column in (("observed_on", "when"), ("subject", "what"), ("count", "how many")):
        combo = dialog.combos[name]
        combo.setCurrentIndex(combo.findData(column))
    dialog.default_category.setCurrentIndex(dialog.default_category.findData("socio_economic"))
    dialog.remap()
    dialog.operations.wait_all()
    assert dialog.preview is not None
    assert (dialog.preview.accepted, len(dialog.preview.rejected)) == (1, 1)
    assert dialog.tabs.rejected_table.item(0, 1).text() == "how many"
    assert "text read as utf-8" in dialog.summary.text()  # the rules values were read by
    assert "numbers" in dialog.summary.text()
    # All or nothing by default: the valid row is imported only once the user says so.
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.skip_rejected, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Import 1 row, skip 1"
    prompts.queue("ask_text", "Yak census")
    qtbot.mouseClick(dialog.save_mapping_button, Qt.MouseButton.LeftButton)
    assert (window.ctx.data_dir.root / "mappings" / "Yak census.json").is_file()
    assert dialog.saved.findText("Yak census") > 0
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.importing
    dialog.operations.wait_all()
    assert dialog.imported == 1
    (yak,) = ObservationService(window.store).list()
    assert (yak.subject, yak.count, yak.category) == ("Bos grunniens", 12, "socio_economic")


def test_a_cancelled_import_from_the_window_imports_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    from brdesk.ui.dialogs.import_dialog import ImportDialog

    window = open_window(qtbot, tmp_path / "data")
    rows = ["date,category,subject"] + [f"2025-01-01,species,Taxon {n}" for n in range(20_000)]
    big = tmp_path / "big.csv"
    big.write_text("\n".join(rows), encoding="utf-8")
    dialog = ImportDialog(window.ctx, None, big)
    qtbot.addWidget(dialog)
    dialog.operations.wait_all()
    assert dialog.start_import() is not None
    assert dialog.close_button.text() == "Cancel"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # as soon as it starts
    dialog.operations.wait_all()
    assert dialog.import_operation is None
    assert "cancelled" in dialog.summary.text()
    assert window.store.counts()["observations"] == 0


def test_a_refused_date_loses_nothing_typed(qtbot: QtBot, tmp_path: Path) -> None:
    from brdesk.ui.dialogs.observation_dialog import ObservationDialog

    window = open_window(qtbot, tmp_path / "data")
    page = _log(window)
    dialog = ObservationDialog(window.ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    typed = {"subject": "Panthera uncia", "count": "2", "site": "Camp 2",
             "latitude": "27.95", "longitude": "86.9", "elevation_m": "4650"}  # fmt: skip
    for name, value in typed.items():
        type_into(qtbot, form, enter=False, field=name, text=value)
    type_into(qtbot, form, enter=False, field="observed_on", text="2099-01-01")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not saved, not closed
    assert "in the future" in form.errors["observed_on"].message
    assert {name: form.raw_value(name) for name in typed} == typed
    assert form.raw_value("observed_on") == "2099-01-01"
    assert window.store.counts()["observations"] == 0
    type_into(qtbot, form, enter=False, field="observed_on", text="2025-06-01")
    assert form.errors["observed_on"].message == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (saved,) = ObservationService(window.store).list()
    assert (saved.site, saved.count, saved.elevation_m) == ("Camp 2", 2, 4650)


def test_the_import_window_shows_and_changes_the_encoding(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    from brdesk.ui.dialogs.import_dialog import ImportDialog

    wild = Path(__file__).resolve().parent / "fixtures" / "imports" / "wild"
    window = open_window(qtbot, tmp_path / "data")
    dialog = ImportDialog(window.ctx, None, wild / "excel-ru-cp1251.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.operations.wait_all()
    assert dialog.encoding.isEnabled()
    assert dialog.encoding.currentText() == "Encoding: cp1251 (detected)"
    assert dialog.table is not None and dialog.table.headers[0] == "Дата"
    # The user picks another encoding from the list: the file is read again in it.
    dialog.encoding.setFocus()
    koi8 = dialog.encoding.findData("koi8-r")
    while dialog.encoding.currentIndex() != koi8:
        qtbot.keyClick(dialog.encoding, Qt.Key.Key_Down)
    dialog.operations.wait_all()
    assert dialog.table.encoding == "koi8-r" and dialog.table.headers[0] != "Дата"


def test_the_import_window_takes_the_files_utm_zone(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    from brdesk.ui.dialogs.import_dialog import ImportDialog

    sheet = tmp_path / "utm.csv"
    sheet.write_text("Date,Species,Category,Easting,Northing\n2025-10-03,Ochotona roylei,"
                     "species,492625,3095882\n", encoding="utf-8")  # fmt: skip
    window = open_window(qtbot, tmp_path / "data")
    dialog = ImportDialog(window.ctx, None, sheet)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.operations.wait_all()
    assert dialog.preview is not None and len(dialog.preview.rejected) == 1  # no zone yet
    dialog.default_zone.setFocus()
    qtbot.keyClicks(dialog.default_zone, "45R")
    qtbot.keyClick(dialog.default_zone, Qt.Key.Key_Return)
    dialog.operations.wait_all()
    assert dialog.preview.rejected == [] and dialog.preview.accepted == 1


def test_exporting_a_csv_asks_for_the_separators(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    out = tmp_path / "for-excel-fr.csv"
    prompts.queue("choose_save", out)
    prompts.queue("confirm", False, True)  # generalise sensitive records; semicolons
    window.export_obs_action.trigger()
    assert [q.title for q in prompts.asked if q.kind == "confirm"] == [
        "Sensitive locations",
        "Separators",
    ]
    assert out.read_text(encoding="utf-8-sig").startswith("UUID;Date;")


def test_a_darwin_core_archive_of_measurements_under_a_chosen_licence(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    import zipfile

    window = open_window(qtbot, demo_dir)
    out = tmp_path / "measurements.zip"
    prompts.queue("choose_save", out)
    prompts.queue("choose_one", 1, 2)  # measurements; CC-BY-NC
    prompts.queue("confirm", False)  # generalise sensitive records
    window.export_obs_action.trigger()
    assert [q.title for q in prompts.asked if q.kind == "choose_one"] == [
        "Darwin Core Archive",
        "Licence",
    ]
    with zipfile.ZipFile(out) as archive:
        assert 'rowType="http://rs.tdwg.org/dwc/terms/Event"' in archive.read("meta.xml").decode()
        assert "CC-BY-NC 4.0" in archive.read("eml.xml").decode()
    assert any("written to" in t for t in prompts.texts("tell_written"))


def test_cancelling_the_archive_questions_writes_nothing(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    out = tmp_path / "species.zip"
    prompts.queue("choose_save", out)
    prompts.queue("choose_one", 0)  # species records, then the licence question is cancelled
    window.export_obs_action.trigger()
    assert not out.exists()
    assert "confirm" not in prompts.kinds()


def test_the_import_window_reads_choice_labels_from_the_form(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts
) -> None:
    from brdesk.ui.dialogs.import_dialog import ImportDialog

    wild = IMPORTS / "wild"
    window = open_window(qtbot, demo_dir)
    dialog = ImportDialog(window.ctx, None, wild / "kobo-xml-values.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.operations.wait_all()
    assert (
        dialog.preview is not None and dialog.preview.sample(1)[0]["subject"] == "pseudois_nayaur"
    )
    prompts.queue("choose_open", wild / "kobo-form.xlsx")
    qtbot.mouseClick(dialog.form_button, Qt.MouseButton.LeftButton)
    dialog.operations.wait_all()
    assert dialog.form_button.text() == "kobo-form.xlsx"
    assert dialog.preview.sample(1)[0]["subject"] == "Blue sheep (Pseudois nayaur)"
    assert dialog.preview.rejected_total == 1  # 'yeti' is no choice of the form
    assert "choice names read as their labels" in dialog.summary.text()
