"""The pages of the window, declared: key, label, icon and where the class lives, as
"module:Class". A page's module is imported when the page is first shown, so the first
page appears without waiting for the others."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStyle

from brdesk.ui.i18n import marked

if TYPE_CHECKING:
    from brdesk.ui.pages.base import AppContext, Page

Icon = QStyle.StandardPixmap


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str
    icon: QStyle.StandardPixmap
    #: "module:Class" under brdesk.ui.pages
    target: str
    #: shown in a cohort folder (where only such pages are), not in a personal one
    cohort: bool = False

    def build(self, ctx: AppContext) -> Page:
        module, _, name = self.target.partition(":")
        page_class = getattr(importlib.import_module(f"brdesk.ui.pages.{module}"), name)
        page: Page = page_class(ctx)
        return page


# fmt: off
SPECS: tuple[PageSpec, ...] = (
    PageSpec("home", marked("Home"), Icon.SP_DirHomeIcon, "home_page:HomePage"),
    PageSpec("reserve", marked("My reserve"), Icon.SP_FileDialogInfoView,
             "reserve_page:ReservePage"),
    PageSpec("plan", marked("Action plan"), Icon.SP_FileDialogDetailedView,
             "plan_page:PlanPage"),
    PageSpec("effectiveness", marked("Effectiveness"), Icon.SP_DialogApplyButton,
             "effectiveness_page:EffectivenessPage"),
    PageSpec("observations", marked("Observations"), Icon.SP_FileDialogListView,
             "observations_page:ObservationsPage"),
    PageSpec("map", marked("Map"), Icon.SP_DriveNetIcon, "map_page:MapPage"),
    PageSpec("dashboard", marked("Dashboard"), Icon.SP_ComputerIcon,
             "dashboard_page:DashboardPage"),
    PageSpec("report", marked("Report & follow-up"), Icon.SP_DialogSaveButton,
             "report_page:ReportPage"),
    PageSpec("practices", marked("Good practices"), Icon.SP_DialogYesButton,
             "practices_page:PracticesPage"),
    PageSpec("cohort", marked("Cohort"), Icon.SP_DirIcon, "cohort_page:CohortPage",
             cohort=True),
)
# fmt: on
BY_KEY = {spec.key: spec for spec in SPECS}
#: (key, label, icon) of each page of a personal folder, in the sidebar's order
PAGES: tuple[tuple[str, str, QStyle.StandardPixmap], ...] = tuple(
    (spec.key, spec.label, spec.icon) for spec in SPECS if not spec.cohort
)
#: the same of a cohort folder's pages
COHORT_PAGES: tuple[tuple[str, str, QStyle.StandardPixmap], ...] = tuple(
    (spec.key, spec.label, spec.icon) for spec in SPECS if spec.cohort
)
#: every page, in the sidebar's order (a folder shows its kind's)
ALL_PAGES = PAGES + COHORT_PAGES


def shortcut(key: str) -> str:
    """Ctrl+1 to Ctrl+9 for a personal folder's pages, Ctrl+0 for the cohort's."""
    keys = [k for k, _label, _icon in PAGES]
    return f"Ctrl+{keys.index(key) + 1}" if key in keys else "Ctrl+0"
