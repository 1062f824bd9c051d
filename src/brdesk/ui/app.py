"""Start the GUI: paint the window first, open the data right after."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from brdesk import APP_NAME, ORG_NAME, __version__
from brdesk.paths import DataDir


def run(data_dir: DataDir) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    from brdesk.ui.main_window import MainWindow

    window = MainWindow(data_dir)
    window.resize(1280, 760)
    window.show()
    QTimer.singleShot(0, window.open_data)
    return app.exec()
