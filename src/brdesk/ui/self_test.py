"""`brdesk self-test`: open every page offscreen on a temporary demo and check it works.

With --screenshots, each page is saved as a 1366x768 PNG: the way to look at what users see.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

SIZE = (1366, 768)


def run_self_test(screenshots: Path | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from brdesk.paths import DataDir
    from brdesk.ui.app import make_app
    from brdesk.ui.main_window import PAGES, MainWindow

    app = make_app()
    errors: list[str] = []

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        errors.append(f"{kind.__name__}: {error}")

    previous_hook = sys.excepthook
    sys.excepthook = hook
    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def shoot(window: MainWindow, name: str) -> None:
        app.processEvents()
        if screenshots is not None:
            path = screenshots / f"{len(shots) + 1:02d}-{name}.png"
            if not window.grab().save(str(path)):
                errors.append(f"could not save {path}")
            shots.append(path)

    try:
        with tempfile.TemporaryDirectory(prefix="brdesk-self-test-") as tmp:
            window = MainWindow(DataDir(Path(tmp) / "data"))
            window.resize(*SIZE)
            window.show()
            if not window.open_data():
                errors.append("the empty data folder could not be opened")
                return _report(errors, shots)
            if window.stack.currentWidget() is not window.welcome:
                errors.append("an empty data folder did not open on the welcome page")
            shoot(window, "welcome")
            window.explore_demo()
            if window.store is None or not window.store.has_user_data():
                errors.append("the demo reserve did not open")
                return _report(errors, shots)
            for key, _label, _icon in PAGES:
                window.show_page(key)
                page = window.pages[key]
                if not page.isVisible():
                    errors.append(f"page {key} is not visible after being chosen")
                if key == "dashboard":
                    page.wait_until_ready()
                    if len(page.views) != 9 or any(v.image is None for v in page.views):
                        errors.append("the dashboard does not show its nine panels")
                    errors += _check_chart_helper(page.panels)
                if key == "observations":
                    page.wait_until_loaded()
                    if page.model.total != window.store.counts()["observations"]:
                        errors.append("the observation log does not list every record")
                shoot(window, key)
                if key == "plan":
                    plan = window.pages["plan"]
                    first_action = plan.tree_data.actions()[0] if plan.tree_data else None
                    if first_action is None:
                        errors.append("the demo plan has no actions")
                    else:
                        plan._select("action", first_action.id)
                        shoot(window, "plan-action")
                    plan.tabs.setCurrentIndex(1)
                    shoot(window, "plan-alignment")
                    plan.tabs.setCurrentIndex(0)
                if key == "report":
                    report = window.pages["report"]
                    report.tabs.setCurrentIndex(1)
                    if report.followup.table.rowCount() != 4:
                        errors.append("the follow-up tracker does not list the four documents")
                    shoot(window, "report-followup")
                    report.tabs.setCurrentIndex(0)
            window.close()
            QApplication.processEvents()
    finally:
        sys.excepthook = previous_hook
    return _report(errors, shots)


def _check_chart_helper(panels: list[Any]) -> list[str]:
    """The dashboard's second drawing process starts (a frozen build starts itself again
    for it) and draws a panel."""
    from brdesk.reports import chart_helper

    helper = chart_helper.shared()
    if not helper.wanted():
        return []
    if not helper.wait_ready(120):
        return ["the chart helper process did not start"]
    rgba, width, height = helper.submit(panels[0], 300, 96).result(120)
    if width != 300 or len(rgba) != width * height * 4:
        return ["the chart helper process drew a wrong image"]
    return []


def _report(errors: list[str], shots: list[Path]) -> int:
    for error in errors:
        print(f"self-test: FAILED: {error}", file=sys.stderr)
    if shots:
        print(f"self-test: {len(shots)} screenshots in {shots[0].parent}")
    if not errors:
        print("self-test: every page opened and rendered")
    return 1 if errors else 0
