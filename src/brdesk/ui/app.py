"""Start the GUI: paint the window first, open the data right after."""

from __future__ import annotations

import logging
import os
import sys
import time
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from brdesk import APP_NAME, ORG_NAME, __version__
from brdesk.paths import DataDir

log = logging.getLogger("brdesk.ui")

#: Set by bench/startup.py: print when the window shows and when the data is in, then quit.
PROBE_ENV = "BRDESK_STARTUP_PROBE"


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    return app


def install_excepthook() -> None:
    """An unexpected error is logged with its traceback and shown as one plain sentence."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error in the GUI", exc_info=(kind, error, tb))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                "brdesk",
                f"Something went wrong: {error}\n\nYour data is safe: every change saved "
                "before this is in the database. Details are in the log folder of your data "
                "folder.",
            )

    sys.excepthook = hook


def run(data_dir: DataDir) -> int:
    app = make_app()
    install_excepthook()
    from brdesk.ui.main_window import MainWindow

    window = MainWindow(data_dir)
    window.show()
    probe = os.environ.get(PROBE_ENV)
    if probe:
        _probe(app, window)
    QTimer.singleShot(0, window.open_data)
    return app.exec()


def _probe(app: QApplication, window: object) -> None:
    app.processEvents()
    print(f"window {time.time():.6f}", flush=True)

    def data_loaded() -> None:
        print(f"data {time.time():.6f}", flush=True)
        app.quit()

    # Runs after open_data, which was queued first.
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, data_loaded))
