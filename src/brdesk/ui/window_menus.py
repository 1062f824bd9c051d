"""The window's menus, declared as data (in the manner of napari's app-model actions):
each action's menu, text, shortcut, handler (a method of the window), and whether it needs
open data or changes it. The window gets each action as an attribute named by its id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from brdesk.ui.page_registry import SPECS, shortcut

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    #: the window's attribute for the action ("" for none)
    id: str
    #: "File", "File/Import"...
    menu: str
    text: str
    #: a method of the window
    handler: str
    shortcut: Any = None
    #: enabled only while a data folder is open
    needs_data: bool = False
    #: changes the data: off in a folder open read-only
    edits: bool = False
    separator_before: bool = False
    #: only in a "personal" or a "cohort" folder (hidden in the other); "" in both
    folder: str = ""


# fmt: off
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_action", "&File", "&Open data folder…", "choose_data_folder", Key.Open),
    ActionSpec(
        "bring_action", "&File", "Bring my data from an earlier brdesk…", "bring_earlier_data"
    ),
    ActionSpec("back_action", "&File", "&Back to my data", "back_to_own_data"),
    ActionSpec(
        "import_action", "&File/&Import",
        "Observations (KoBo, ODK, iNaturalist, GBIF, CSV, Excel)…", "import_observations",
        "Ctrl+I", needs_data=True, edits=True, folder="personal",
    ),
    ActionSpec(
        "import_package_action", "&File/&Import", "Package from another laptop (.brdesk)…",
        "import_package", "Ctrl+Shift+I", needs_data=True, edits=True, folder="personal",
    ),
    ActionSpec(
        "import_zones_action", "&File/&Import", "Zones of the reserve (GeoJSON, KML, shapefile)…",
        "import_zones", needs_data=True, edits=True, folder="personal",
    ),
    ActionSpec(
        "export_plan_action", "&File/&Export", "Action plan (Excel or CSV)…", "export_plan",
        needs_data=True, folder="personal",
    ),
    ActionSpec(
        "export_zones_action", "&File/&Export", "Zones of the reserve (GeoJSON)…",
        "export_zones", needs_data=True, folder="personal",
    ),
    ActionSpec(
        "export_assessment_action", "&File/&Export", "Self-assessments (Excel or CSV)…",
        "export_assessments", needs_data=True, folder="personal",
    ),
    ActionSpec(
        "export_obs_action", "&File/&Export",
        "Observations (Excel, CSV, GeoJSON, Darwin Core)…", "export_observations",
        needs_data=True, folder="personal",
    ),
    ActionSpec(
        "export_package_action", "&File/&Export", "Package for another laptop (.brdesk)…",
        "export_package", "Ctrl+Shift+E", needs_data=True, folder="personal",
    ),
    ActionSpec(
        "export_report_action", "&File/&Export", "Post-training report (Word)…",
        "export_report", needs_data=True, folder="personal",
    ),
    ActionSpec(
        "export_dashboard_action", "&File/&Export", "Dashboard (PDF or slide image)…",
        "export_dashboard", needs_data=True, folder="personal",
    ),
    ActionSpec(
        "cohort_add_action", "&File/&Cohort", "Add participants' packages…",
        "add_cohort_packages", needs_data=True, edits=True,
    ),
    *(
        ActionSpec(f"cohort_{name}_action", "&File/&Cohort", text, f"export_cohort:{name}",
                   needs_data=True, folder="cohort")
        for name, text in (("report", "Export cohort report (Word)…"),
                           ("workbook", "Export cohort workbook (Excel)…"),
                           ("followup", "Export follow-up list…"),
                           ("package", "Export cohort package (.brdesk)…"))
    ),
    ActionSpec(
        "backup_action", "&File", "Back&ups and restore…", "show_backups", "Ctrl+Shift+B",
        needs_data=True, edits=True,
    ),
    ActionSpec("quit_action", "&File", "&Quit", "close", Key.Quit, separator_before=True),
    ActionSpec(
        "undo_action", "&Edit", "&Undo", "undo", Key.Undo, needs_data=True, edits=True
    ),
    ActionSpec(
        "redo_action", "&Edit", "&Redo", "redo",
        [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")], needs_data=True, edits=True,
    ),
    ActionSpec(
        "new_item_action", "&Edit", "&New item", "new_item", Key.New, edits=True,
        separator_before=True,
    ),
    ActionSpec("find_action", "&Edit", "&Find", "focus_find", Key.Find),
    *(
        # "&" marks a mnemonic in a menu: "&&" shows one.
        ActionSpec(f"page_{spec.key}_action", "&View", spec.label.replace("&", "&&"),
                   f"page:{spec.key}", shortcut(spec.key),
                   folder="cohort" if spec.cohort else "personal")
        for spec in SPECS
    ),
    ActionSpec("help_action", "&Help", "brdesk &help", "show_help", Key.HelpContents),
    ActionSpec("reveal_action", "&Help", "&Open the data folder", "reveal_data_folder"),
    ActionSpec("about_action", "&Help", "&About brdesk", "show_about"),
)
# fmt: on


def build_menus(window: QMainWindow, actions: Sequence[ActionSpec] = ACTIONS) -> None:
    """Make the menus and their actions, each action an attribute of the window."""
    menus: dict[str, QMenu] = {}

    def menu_for(path: str) -> QMenu:
        if path not in menus:
            parent, _, name = path.rpartition("/")
            holder = menu_for(parent) if parent else window.menuBar()
            menus[path] = holder.addMenu(name)
        return menus[path]

    for spec in actions:
        menu = menu_for(spec.menu)
        if spec.separator_before:
            menu.addSeparator()
        action = QAction(spec.text, window)
        if isinstance(spec.shortcut, list):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut is not None:
            action.setShortcut(spec.shortcut)
        action.triggered.connect(_handler(window, spec.handler))
        menu.addAction(action)
        if spec.id:
            setattr(window, spec.id, action)


def _handler(window: Any, name: str) -> Any:
    if name.startswith("page:"):
        key = name.removeprefix("page:")
        return lambda _checked=False: window.show_page(key)
    if name.startswith("export_cohort:"):
        what = name.removeprefix("export_cohort:")
        return lambda _checked=False: window.export_cohort(what)
    method = getattr(window, name)
    return lambda _checked=False: method()


def set_data_actions(window: Any, enabled: bool, *, read_only: bool = False) -> None:
    """Enable what needs open data, and in a folder open read-only nothing that edits
    (what edits comes back with the next folder that can be written)."""
    kind = "cohort" if getattr(window, "cohort_mode", False) else "personal"
    for spec in ACTIONS:
        if not spec.id:
            continue
        action = getattr(window, spec.id)
        # A personal folder's commands are not offered in a cohort folder, and the other
        # way round: hidden, and off (a hidden action's shortcut must not fire either).
        mine = spec.folder in ("", kind)
        action.setVisible(mine)
        if spec.needs_data or spec.edits or spec.folder:
            on = (enabled or not spec.needs_data) and not (read_only and spec.edits)
            action.setEnabled(on and mine)
    # A submenu left with nothing to show (File › Import in a cohort folder) goes too.
    for menu in window.menuBar().findChildren(QMenu):
        shown = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        menu.menuAction().setVisible(bool(shown))
