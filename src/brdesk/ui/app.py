"""Start the GUI: paint the window first, open the data right after."""

from __future__ import annotations

import logging
import os
import sys
import time
from types import TracebackType
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from brdesk import APP_NAME, ORG_NAME, __version__
from brdesk.paths import DataDir
from brdesk.ui import prompts
from brdesk.ui.i18n import tx

log = logging.getLogger("brdesk.ui")

#: Set by bench/startup.py: print when the window shows and when the data is in, then quit.
PROBE_ENV = "BRDESK_STARTUP_PROBE"


#: How long a thread may hold the interpreter before another waiting for it gets a turn.
#: Python's 5 ms default means the GUI thread waits up to 5 ms at every call into Python
#: while a worker draws charts; many such waits in one repaint add up to a visible stall.
SWITCH_INTERVAL_S = 0.001


def make_app() -> QApplication:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    from pathlib import Path

    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(Path(__file__).resolve().parent.parent / "data" / "icon.png")))
    app.aboutToQuit.connect(close_chart_helper)
    from brdesk.ui import focus_style

    focus_style.install(app)
    return app


def close_chart_helper() -> None:
    from brdesk.reports import chart_helper

    chart_helper.shared().close()


def install_excepthook(data_dir: DataDir | None = None) -> None:
    """An unexpected error is logged with its traceback and shown as one plain sentence;
    a disk that refused (read-only, full, a file open elsewhere) is said as such."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if QApplication.instance() is None:
            log.error("unexpected error in the GUI", exc_info=(kind, error, tb))
            return
        from pathlib import Path

        from brdesk import media

        told = media.described(error, data_dir.root if data_dir else Path.home())
        if told is not None:
            log.info("the disk refused: %s", told, exc_info=(kind, error, tb))
            prompts.warn(None, "brdesk", told)
            return
        log.error("unexpected error in the GUI", exc_info=(kind, error, tb))
        from brdesk import logs

        where = (
            tx(" Details are in the log folder of your data folder.")
            if data_dir is not None and logs.written(data_dir.logs / logs.LOG_NAME)
            else ""
        )
        prompts.fail(
            None,
            "brdesk",
            tx(
                "Something went wrong: {error}\n\nYour data is safe: every change saved before "
                "this is in the database.{where}"
            ).format(error=error, where=where),
        )

    sys.excepthook = hook


def start_language(data_dir: DataDir | None, cli: str | None) -> str:
    """Choose this session's language (brdesk/languages.py says how) and install it."""
    from PySide6.QtCore import QLocale

    from brdesk.errors import BrdeskError
    from brdesk.languages import UnknownLanguage, choose, reason
    from brdesk.ui.i18n import SETTING, install
    from brdesk.ui.settings import open_settings

    saved = open_settings(data_dir).value(SETTING) if data_dir is not None else None
    try:
        code = choose(cli, os.environ, str(saved) if saved else None, QLocale.system().name())
    except UnknownLanguage as exc:
        raise BrdeskError(reason(exc)) from None
    install(code)
    return code


def run(data_dir: DataDir, lang: str | None = None) -> int:
    app = make_app()
    start_language(data_dir, lang)
    install_excepthook(data_dir)
    from brdesk.ui.main_window import MainWindow

    window = MainWindow(data_dir)
    window.show_fitted()
    if os.environ.get(PROBE_ENV):
        _probe(app, window)
    QTimer.singleShot(0, window.start)
    return app.exec()


def _probe(app: QApplication, window: Any) -> None:
    """Print when the window is painted, when the data is painted, and when all is loaded."""
    app.processEvents()
    print(f"window {time.time():.6f}", flush=True)
    shown: list[bool] = []

    def data_shown() -> None:
        if not shown:
            shown.append(True)
            window.repaint()  # the data painted, not merely queued
            print(f"data {time.time():.6f}", flush=True)

    def ready() -> None:
        window.repaint()
        print(f"ready {time.time():.6f}", flush=True)
        app.quit()

    window.dataShown.connect(data_shown)
    window.ready.connect(ready)
