"""`brdesk self-test`: open every page and dialog on a temporary demo and check it works.

With a display (X11 or Wayland, say Xvfb at 1366x768 with a window manager) it runs in a
real window: the window and every dialog must then lie within the screen, status bar
included, and --screenshots saves the whole screen, frame and all. Without one it runs
offscreen and --screenshots saves each page at 1366x768.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

SIZE = (1366, 768)


def has_display() -> bool:
    """A real screen to use: a display is set and Qt is not told to draw offscreen."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    shown = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return shown and platform in ("", "xcb", "wayland")


def run_self_test(screenshots: Path | None, lang: str | None = None) -> int:
    real = has_display()
    if not real:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from brdesk.paths import DataDir
    from brdesk.ui.app import make_app
    from brdesk.ui.main_window import PAGES, MainWindow

    app = make_app()
    from brdesk.ui.app import start_language

    start_language(None, lang)
    errors: list[str] = []

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        errors.append(f"{kind.__name__}: {error}")

    previous_hook = sys.excepthook
    sys.excepthook = hook
    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    known = _english_to_look_for()

    def look(widget: Any, name: str) -> None:
        """English left on screen in a translated window is an error."""
        if known is not None:
            from brdesk.ui.i18n_check import untranslated

            errors.extend(f"{name}: English on screen: {p}" for p in untranslated(widget, known))

    def shoot(widget: Any, name: str) -> None:
        settle(app)
        if real:
            errors.extend(off_screen(widget, name))
        look(widget, name)
        if screenshots is not None:
            path = screenshots / f"{len(shots) + 1:02d}-{name}.png"
            screen = widget.screen()
            picture = screen.grabWindow(0) if real else widget.grab()
            if not picture.save(str(path)):
                errors.append(f"could not save {path}")
            shots.append(path)

    try:
        with tempfile.TemporaryDirectory(prefix="brdesk-self-test-") as tmp:
            window = MainWindow(DataDir(Path(tmp) / "data"))
            if real:
                window.show_fitted()
            else:
                window.resize(*SIZE)
                window.show()
            if not window.open_data():
                errors.append("the empty data folder could not be opened")
                return _report(errors, shots)
            errors += _check_language(window)
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
                    page.ctx.operations.wait_all()
                    # The plan's four, the demo's self-assessments, monitoring's five.
                    if len(page.views) != 10 or any(v.image is None for v in page.views):
                        errors.append("the dashboard does not show its ten panels")
                    errors += _check_chart_helper(page.panels)
                if key == "effectiveness":
                    page.tabs.setCurrentIndex(1)
                    page.ctx.operations.wait_all()
                    if page.chooser.count() != 2 or page.results.radar.image is None:
                        errors.append("the demo's two self-assessments are not shown")
                    shoot(window, "effectiveness-results")
                    page.tabs.setCurrentIndex(2)
                    page.ctx.operations.wait_all()
                    if page.compare.changes_table.rowCount() == 0:
                        errors.append("the two self-assessments do not compare")
                    shoot(window, "effectiveness-compare")
                    page.tabs.setCurrentIndex(0)
                if key == "map":
                    page.ctx.operations.wait_all()
                    QApplication.processEvents()
                    if len(page.map.zone_items) != 3 or page.counts.rowCount() < 3:
                        errors.append("the map does not show the demo's three zones")
                if key == "observations":
                    page.ctx.operations.wait_all()
                    if page.model.total != window.store.counts()["observations"]:
                        errors.append("the observation log does not list every record")
                shoot(window, key)
                for tabs_name, tabs in _tab_widgets(page):
                    for index in range(tabs.count()):
                        tabs.setCurrentIndex(index)
                        page.ctx.operations.wait_all()
                        settle(app)
                        look(window, f"{key}-{tabs_name}-{index + 1}")
                    tabs.setCurrentIndex(0)
                if key == "plan":
                    plan = window.pages["plan"]
                    first_action = plan.tree_data.actions()[0] if plan.tree_data else None
                    if first_action is None:
                        errors.append("the demo plan has no actions")
                    else:
                        plan.select("action", first_action.id)
                        shoot(window, "plan-action")
                        tabs = plan.editor.action_tabs
                        tabs.setCurrentIndex(tabs.count() - 2)
                        shoot(window, "plan-action-tags")
                        tabs.setCurrentIndex(tabs.count() - 1)
                        shoot(window, "plan-action-zones")
                        tabs.setCurrentIndex(0)
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
            for name, dialog in _dialogs(window):
                dialog.show()
                shoot(dialog, f"dialog-{name}")
                dialog.close()
                dialog.deleteLater()
            errors += _check_cohort(window, Path(tmp), shoot)
            window.close()
            QApplication.processEvents()
    finally:
        sys.excepthook = previous_hook
    return _report(errors, shots)


def _english_to_look_for() -> Any:
    """brdesk's English, to be found on no screen of a translated window (None in English,
    or where brdesk's source is not at hand, as in the standalone build: said)."""
    from brdesk.languages import SOURCE
    from brdesk.ui.i18n import current_language
    from brdesk.ui.i18n_check import english

    if current_language() == SOURCE:
        return None
    known = english()
    if known is None:
        print("self-test: no source files here to look for English left on screen")
    return known


def _tab_widgets(page: Any) -> list[tuple[str, Any]]:
    """The page's own tabbed areas (not those inside a tab)."""
    from PySide6.QtWidgets import QTabWidget

    found = page.findChildren(QTabWidget)
    return [(t.objectName() or f"tabs{n + 1}", t) for n, t in enumerate(found)]


def _check_language(window: Any) -> list[str]:
    """The window speaks the session's language: its catalog was found and loaded (in the
    standalone build too)."""
    from brdesk.languages import SOURCE
    from brdesk.ui.i18n import current_language

    code = current_language()
    first = window.menuBar().actions()[0].text()
    if code != SOURCE and first == "&File":
        return [f"the window is not in {code}: its catalog did not load"]
    return []


def _check_cohort(window: Any, tmp: Path, shoot: Any) -> list[str]:
    """The demo's participant handed in as a package to a trainer's cohort folder, opened
    in the window: the Cohort page alone, each of its tabs."""
    from brdesk.paths import DataDir
    from brdesk.services.cohort import add_packages
    from brdesk.services.packages import export_package
    from brdesk.services.store import Store

    package = tmp / "demo participant.brdesk"
    export_package(window.store, package)
    with Store.open(tmp / "cohort") as cohort:
        outcome = add_packages(cohort, [package])
    if len(outcome.added) != 1:
        return [f"the demo's package was not added to a cohort: {outcome.lines()}"]
    if not window.open_data(DataDir(tmp / "cohort")) or not window.cohort_mode:
        return ["the cohort folder did not open as a cohort"]
    page = window.pages["cohort"]
    errors = []
    if page.overview.table.rowCount() != 1:
        errors.append("the cohort page does not list its participant")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        shoot(window, f"cohort-{page.tabs.tabText(index).lower().replace(' ', '-')}")
    if page.map.full.isNull():
        errors.append("the cohort's world map was not drawn")
    return errors


def settle(app: Any) -> None:
    """Let the window manager place and paint what was just shown."""
    import time

    for _ in range(10):
        app.processEvents()
        time.sleep(0.02)


def off_screen(widget: Any, name: str) -> list[str]:
    """Whatever of widget (frame and status bar included) lies outside the screen."""
    area = widget.screen().availableGeometry()
    problems = []
    frame = widget.frameGeometry()
    if not area.contains(frame):
        problems.append(f"{name}: the window ({_rect(frame)}) is not within the screen "
                        f"({_rect(area)})")  # fmt: skip
    status = getattr(widget, "statusBar", None)
    if status is not None:
        bar = status()
        corner = bar.mapToGlobal(bar.rect().bottomRight())
        if not bar.isVisible() or not area.contains(corner):
            problems.append(f"{name}: the status bar is not on screen")
    return problems


def _rect(r: Any) -> str:
    return f"{r.width()}x{r.height()} at {r.x()},{r.y()}"


def _dialogs(window: Any) -> list[tuple[str, Any]]:
    """One of each dialog, built as the window builds it (shown without blocking)."""
    from brdesk.ui.dialogs.backups_dialog import BackupsDialog
    from brdesk.ui.dialogs.chart_dialog import ChartDialog
    from brdesk.ui.dialogs.help_dialog import HelpDialog
    from brdesk.ui.dialogs.import_dialog import ImportDialog
    from brdesk.ui.dialogs.observation_dialog import ObservationDialog
    from brdesk.ui.dialogs.package_dialog import ExportPackageDialog
    from brdesk.ui.dialogs.start_wizard import StartWizard
    from brdesk.ui.dialogs.templates_dialog import TemplatesDialog

    ctx = window.ctx
    dashboard = window.pages["dashboard"]
    return [
        ("start-my-plan", StartWizard(window)),
        ("observation", ObservationDialog(ctx, None, window)),
        ("import", ImportDialog(ctx, window)),
        ("package-export", ExportPackageDialog(ctx, window)),
        ("backups", BackupsDialog(window.data_dir, window)),
        ("examples", TemplatesDialog(window)),
        ("chart", ChartDialog(dashboard.panels[0], window)),
        ("help", HelpDialog(window)),
    ]


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
