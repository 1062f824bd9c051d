"""The cohort in the window, pressed as a trainer presses it: a folder of participants'
packages opens on the Cohort page alone; packages added with the button (and a newer one
replacing an older, said); the tabs; the exports from the File menu; an empty folder made
a cohort; a personal folder refusing to become one."""

from __future__ import annotations

import shutil
from pathlib import Path

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from brdesk.services.cohort import add_packages, members
from brdesk.services.cohort_folder import is_cohort
from brdesk.services.packages import export_package
from brdesk.services.plan import ActionService, ObjectiveService
from brdesk.services.store import Store
from tests.gui_helpers import ScriptedPrompts, open_window


def _cohort_folder(packages: list[Path], root: Path) -> Path:
    with Store.open(root) as store:
        add_packages(store, packages)
    return root


def _visible_pages(window: object) -> list[str]:
    bar = window.sidebar  # type: ignore[attr-defined]
    return [bar.item(r).data(Qt.ItemDataRole.UserRole) for r in range(bar.count())
            if not bar.item(r).isHidden()]  # fmt: skip


def _action(window: object, text: str) -> QAction:
    found = [a for a in window.findChildren(QAction) if a.text() == text]  # type: ignore[attr-defined]
    assert found, text
    return found[0]


def _added(qtbot: QtBot, window: object, prompts: ScriptedPrompts, before: int) -> str:
    window.ctx.operations.wait_all()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(prompts.asked) > before and prompts.asked[-1].kind in
                    ("inform", "warn"), timeout=60_000)  # fmt: skip
    return prompts.asked[-1].text


def test_a_cohort_folder_opens_on_its_own_page_and_adds_packages(
    qtbot: QtBot, _five: tuple[Path, list[Path]], tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    work, five = _five
    folder = _cohort_folder(five[:3], tmp_path / "cohort")
    window = open_window(qtbot, folder)
    assert _visible_pages(window) == ["cohort"]
    page = window.pages["cohort"]
    assert window.current_page() is page
    # A personal folder's commands are not offered here.
    assert not window.import_action.isVisible() and not window.export_report_action.isEnabled()
    assert window.cohort_report_action.isVisible() and window.cohort_report_action.isEnabled()
    assert page.overview.table.rowCount() == 3
    assert "3 participants" in window.counts_label.text()

    prompts.queue("choose_open_many", five[3:])
    before = len(prompts.asked)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    said = _added(qtbot, window, prompts, before)
    assert "Participants: 2 added." in said and "Wanjiru Mwangi (Mount Kenya" in said
    qtbot.waitUntil(lambda: page.overview.table.rowCount() == 5)
    names = [page.overview.table.item(r, 1).text() for r in range(5)]
    assert sorted(names) == sorted(m.name for m in members(window.ctx.data_dir))

    # A newer package from one of them replaces the older, and the window says what changed.
    later = tmp_path / "lucia-later"
    shutil.copytree(work / "lucia", later)
    with Store.open(later) as laptop:
        objective = ObjectiveService(laptop).list()[0]
        ActionService(laptop).create(objective_id=objective.id, title="Bofedales", sdgs=[6])
        newer = tmp_path / "lucia-diciembre.brdesk"
        export_package(laptop, newer)
    prompts.queue("choose_open_many", [newer])
    before = len(prompts.asked)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    said = _added(qtbot, window, prompts, before)
    assert "1 replaced by a newer package" in said and "actions 1 added" in said
    qtbot.waitUntil(lambda: "Bofedales (planned)" in _plans_text(page, 1))


def _plans_text(page: object, pillar: int) -> str:
    plans = page.plans  # type: ignore[attr-defined]
    plans.pillar.setCurrentIndex(plans.pillar.findData(pillar))
    return " ".join(plans.table.item(r, 2).text() for r in range(plans.table.rowCount()))


def test_the_tabs_and_the_exports_from_the_file_menu(
    qtbot: QtBot, _five: tuple[Path, list[Path]], tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    folder = _cohort_folder(_five[1], tmp_path / "cohort")
    window = open_window(qtbot, folder)
    page = window.pages["cohort"]
    alignment = page.alignment
    assert alignment.sdgs.item(0, 0).text() == "15 · Life on Land"
    assert alignment.sdgs.item(0, 1).text() == "3"
    assert "SDG 14" in alignment.summary.text()
    page.tabs.setCurrentWidget(page.map)
    qtbot.waitUntil(lambda: not page.map.full.isNull())
    assert (
        "Lucía Quispe, Huascarán Biosphere Reserve (placed by its country)" in page.map.key.text()
    )
    practices = page.practices
    practices.theme.setCurrentIndex(practices.theme.findData("participation"))
    titles = [practices.table.item(r, 0).text() for r in range(practices.table.rowCount())]
    assert titles == ["Herders as snow leopard monitors", "Herders read the regeneration plots"]
    practices.table.selectRow(1)
    case = tmp_path / "herders.docx"
    prompts.queue("choose_save", str(case))
    qtbot.mouseClick(practices.export_button, Qt.MouseButton.LeftButton)
    doc = Document(str(case))
    assert doc.paragraphs[1].text == "Herders read the regeneration plots"
    assert len(doc.inline_shapes) == 1  # its photo came with the package
    follow = page.followup.table
    assert follow.item(0, 0).text() == "Aigerim Tokaeva"

    report = tmp_path / "cohort.docx"
    prompts.queue("choose_save", str(report))
    _action(window, "Export cohort report (Word)…").trigger()
    assert "4. Good practices" in [p.text for p in Document(str(report)).paragraphs]
    book = tmp_path / "follow-up.xlsx"
    prompts.queue("choose_save", str(book))
    _action(window, "Export follow-up list…").trigger()
    assert book.is_file()
    assert prompts.kinds().count("tell_written") == 3


def test_an_empty_folder_becomes_a_cohort_when_packages_are_added(
    qtbot: QtBot, _five: tuple[Path, list[Path]], tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    folder = tmp_path / "new"
    window = open_window(qtbot, folder)
    assert "cohort" not in _visible_pages(window)
    prompts.queue("choose_open_many", _five[1][1:3])
    _action(window, "Add participants' packages…").trigger()  # answered "Cancel"
    assert not is_cohort(window.data_dir)
    prompts.queue("choose_open_many", _five[1][1:3])
    prompts.queue("confirm", True)
    before = len(prompts.asked)
    _action(window, "Add participants' packages…").trigger()
    said = _added(qtbot, window, prompts, before + 2)
    assert "Participants: 2 added." in said
    assert is_cohort(window.data_dir) and _visible_pages(window) == ["cohort"]
    qtbot.waitUntil(lambda: window.pages["cohort"].overview.table.rowCount() == 2)


def test_a_personal_folder_refuses_to_become_a_cohort(
    qtbot: QtBot, demo_dir: Path, _five: tuple[Path, list[Path]], prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, demo_dir)
    counts = window.store.counts()
    _action(window, "Add participants' packages…").trigger()
    (said,) = prompts.texts("warn")
    assert "holds your own data" in said
    assert not is_cohort(window.data_dir) and window.store.counts() == counts
    assert "choose_open_many" not in prompts.kinds()
    # Its own pages and commands, and no cohort's.
    assert "cohort" not in _visible_pages(window)
    assert not window.cohort_report_action.isVisible()
    shortcut = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+0")]
    assert shortcut and not shortcut[0].isEnabled()
