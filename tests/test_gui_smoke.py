from pathlib import Path

from pytestqt.qtbot import QtBot

from brdesk.paths import DataDir
from brdesk.ui.main_window import MainWindow


def test_main_window_opens_the_data_folder(qtbot: QtBot, demo_dir: Path) -> None:
    window = MainWindow(DataDir(demo_dir))
    qtbot.addWidget(window)
    window.show()
    window.open_data()
    assert "Observations: 3,000" in window.summary.text()
    assert "All changes saved" in window.statusBar().currentMessage()
    window.close()
