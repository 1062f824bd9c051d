"""Exchange packages in the window: write one with a selection, then merge it into another
data folder after seeing what it would do; a refused package changes nothing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from brdesk.services.observations import ObservationService
from brdesk.services.store import Store
from brdesk.ui.dialogs.package_dialog import ExportPackageDialog, ImportPackageDialog
from tests.gui_helpers import open_window


def _wait(qtbot: QtBot, dialog: ExportPackageDialog | ImportPackageDialog) -> None:
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=60_000)


def test_export_a_date_range_then_import_it_elsewhere(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_dir)
    dialog = ExportPackageDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.buttons["observations"].setChecked(True)
    assert dialog.date_from.isEnabled()
    dialog.date_from.setDate(dialog.date_from.date().addYears(1))
    start = dialog.selection().date_from
    assert start is not None
    out = tmp_path / "ranger"  # the suffix is added
    dialog.save(out, dialog.selection())
    _wait(qtbot, dialog)
    written = tmp_path / "ranger.brdesk"
    assert dialog.written == written and written.is_file()
    assert "observations" in dialog.message.text()
    expected = [o for o in ObservationService(window.store).list() if o.observed_on >= start]

    other = open_window(qtbot, tmp_path / "manager")
    importer = ImportPackageDialog(other.ctx, written, other)
    qtbot.addWidget(importer)
    importer.check()
    _wait(qtbot, importer)
    assert importer.import_button.isEnabled()
    assert "would be added" in importer.details.toPlainText()
    assert ObservationService(other.store).list() == []  # the check wrote nothing
    importer.start_import()
    _wait(qtbot, importer)
    assert importer.imported
    got = ObservationService(other.store).list()
    assert len(got) == len(expected) > 0
    assert all(o.observed_on >= start for o in got)

    # The same package again: nothing to import.
    again = ImportPackageDialog(other.ctx, written, other)
    qtbot.addWidget(again)
    again.check()
    _wait(qtbot, again)
    assert not again.import_button.isEnabled()
    assert "Nothing to import" in again.message.text()


def test_a_damaged_package_is_refused_in_words(
    qtbot: QtBot, demo_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_dir)
    bad = tmp_path / "broken.brdesk"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    before = Store.open(demo_dir).counts()
    dialog = ImportPackageDialog(window.ctx, bad, window)
    qtbot.addWidget(dialog)
    dialog.check()
    _wait(qtbot, dialog)
    assert "broken.brdesk" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert window.store.counts() == before


def test_the_menu_offers_packages(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    assert window.export_package_action.shortcut().toString() == "Ctrl+Shift+E"
    assert window.import_package_action.shortcut().toString() == "Ctrl+Shift+I"
    assert window.export_package_action.isEnabled()
    # The date range starts on the oldest record and ends on the newest.
    dialog = ExportPackageDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    days = [o.observed_on for o in ObservationService(window.store).list()]
    assert dialog.date_from.date().toPython() == min(days)
    assert dialog.date_to.date().toPython() == max(days)
    assert not dialog.date_from.isEnabled()  # "all my data" is the default
