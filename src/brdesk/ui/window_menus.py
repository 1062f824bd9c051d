"""The window's menus, declared as data (in the manner of napari's app-model actions):
each action's menu, text, shortcut, handler (a method of the window), and whether it needs
open data or changes it. The window gets each action as an attribute named by its id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from brdesk.ui.i18n import current_language, marked, tx
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


#: The menus' titles, for translation (the menus are named by their paths below).
MENU_TITLES = (marked("&File"), marked("&Import"), marked("&Export"), marked("&Cohort"),
               marked("&Edit"), marked("&View"), marked("&Help"), marked("&Language"))  # fmt: skip

# fmt: off
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_action", "&File", marked("&Open data folder…"), "choose_data_folder",
               Key.Open),
    ActionSpec("bring_action", "&File", marked("Bring my data from an earlier brdesk…"),
               "bring_earlier_data"),
    ActionSpec("back_action", "&File", marked("&Back to my data"), "back_to_own_data"),
    ActionSpec(
        "import_action", "&File/&Import",
        marked("Observations (KoBo, ODK, iNaturalist, GBIF, CSV, Excel)…"), "import_observations",
        "Ctrl+I", needs_data=True, edits=True, folder="personal",
    ),
    ActionSpec(
        "import_package_action", "&File/&Import", marked("Package from another laptop (.brdesk)…"),
        "import_package", "Ctrl+Shift+I", needs_data=True, edits=True, folder="personal",
    ),
    ActionSpec(
        "import_zones_action", "&File/&Import",
        marked("Zones of the reserve (GeoJSON, KML, shapefile)…"), "import_zones",
        needs_data=True, edits=True, folder="personal",
    ),
    ActionSpec(
        "export_plan_action", "&File/&Export", marked("Action plan (Excel or CSV)…"), "export_plan",
        needs_data=True, folder="personal",
    ),
    ActionSpec(
        "export_zones_action", "&File/&Export", marked("Zones of the reserve (GeoJSON)…"),
        "export_zones", needs_data=True, folder="personal",
    ),
    ActionSpec(
        "export_assessment_action", "&File/&Export", marked("Self-assessments (Excel or CSV)…"),
        "export_assessments", needs_data=True, folder="personal",
    ),
    ActionSpec(
        "export_obs_action", "&File/&Export",
        marked("Observations (Excel, CSV, GeoJSON, Darwin Core)…"), "export_observations",
        needs_data=True, folder="personal",
    ),
    ActionSpec(
        "export_package_action", "&File/&Export", marked("Package for another laptop (.brdesk)…"),
        "export_package", "Ctrl+Shift+E", needs_data=True, folder="personal",
    ),
    ActionSpec(
        "export_report_action", "&File/&Export", marked("Post-training report (Word)…"),
        "export_report", needs_data=True, folder="personal",
    ),
    ActionSpec(
        "export_dashboard_action", "&File/&Export", marked("Dashboard (PDF or slide image)…"),
        "export_dashboard", needs_data=True, folder="personal",
    ),
    ActionSpec(
        "cohort_add_action", "&File/&Cohort", marked("Add participants' packages…"),
        "add_cohort_packages", needs_data=True, edits=True,
    ),
    *(
        ActionSpec(f"cohort_{name}_action", "&File/&Cohort", text, f"export_cohort:{name}",
                   needs_data=True, folder="cohort")
        for name, text in (("report", marked("Export cohort report (Word)…")),
                           ("workbook", marked("Export cohort workbook (Excel)…")),
                           ("followup", marked("Export follow-up list…")),
                           ("package", marked("Export cohort package (.brdesk)…")))
    ),
    ActionSpec(
        "office_connect_action", "&File", marked("Connect to an office database…"),
        "connect_office", needs_data=True, separator_before=True, folder="personal",
    ),
    ActionSpec(
        "office_sync_action", "&File", marked("Synchronise with the office database…"),
        "synchronise_office", needs_data=True, edits=True, folder="personal",
    ),
    ActionSpec(
        "office_own_action", "&File", marked("Work on this computer's own records"),
        "use_own_records", needs_data=True, folder="personal",
    ),
    ActionSpec(
        "backup_action", "&File", marked("Back&ups and restore…"), "show_backups", "Ctrl+Shift+B",
        needs_data=True, edits=True, separator_before=True,
    ),
    ActionSpec("quit_action", "&File", marked("&Quit"), "close", Key.Quit, separator_before=True),
    ActionSpec(
        "undo_action", "&Edit", marked("&Undo"), "undo", Key.Undo, needs_data=True, edits=True
    ),
    ActionSpec(
        "redo_action", "&Edit", marked("&Redo"), "redo",
        [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")], needs_data=True, edits=True,
    ),
    ActionSpec(
        "new_item_action", "&Edit", marked("&New item"), "new_item", Key.New, edits=True,
        separator_before=True,
    ),
    ActionSpec("find_action", "&Edit", marked("&Find"), "focus_find", Key.Find),
    *(
        # "&" marks a mnemonic in a menu: "&&" shows one.
        ActionSpec(f"page_{spec.key}_action", "&View", spec.label,
                   f"page:{spec.key}", shortcut(spec.key),
                   folder="cohort" if spec.cohort else "personal")
        for spec in SPECS
    ),
    ActionSpec("help_action", "&Help", marked("brdesk &help"), "show_help", Key.HelpContents),
    ActionSpec("reveal_action", "&Help", marked("&Open the data folder"), "reveal_data_folder"),
    ActionSpec("about_action", "&Help", marked("&About brdesk"), "show_about"),
)
# fmt: on


def build_menus(window: QMainWindow, actions: Sequence[ActionSpec] = ACTIONS) -> None:
    """Make the menus and their actions, each action an attribute of the window."""
    menus: dict[str, QMenu] = {}

    def menu_for(path: str) -> QMenu:
        if path not in menus:
            parent, _, name = path.rpartition("/")
            holder = menu_for(parent) if parent else window.menuBar()
            menus[path] = holder.addMenu(tx(name))
        return menus[path]

    for spec in actions:
        menu = menu_for(spec.menu)
        if spec.separator_before:
            menu.addSeparator()
        text = tx(spec.text)
        if spec.handler.startswith("page:"):
            text = text.replace("&", "&&")  # a page's name has no mnemonic: "&&" shows "&"
        action = QAction(text, window)
        if isinstance(spec.shortcut, list):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut is not None:
            action.setShortcut(spec.shortcut)
        action.triggered.connect(_handler(window, spec.handler))
        menu.addAction(action)
        if spec.id:
            setattr(window, spec.id, action)
    view = menu_for(tx("&View"))
    view.addSeparator()
    _language_menu(window, menu_for("&View/&Language"))


def _language_menu(window: Any, menu: QMenu) -> None:
    """Each language by its own name; the one of this session ticked. Choosing saves it
    for the data folder: it takes effect at the next start (said)."""
    from PySide6.QtGui import QActionGroup

    from brdesk.languages import LANGUAGES

    group = QActionGroup(window)
    window.language_actions = {}
    for code, name in LANGUAGES.items():
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.triggered.connect(lambda _checked=False, c=code: window.choose_language(c))
        group.addAction(action)
        menu.addAction(action)
        window.language_actions[code] = action


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
