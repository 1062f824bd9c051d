"""The window's File › Cohort commands. Adding packages in a folder that is not a cohort
yet makes it one, once the user agrees; a folder holding someone's own data is refused
(the service says why)."""

from __future__ import annotations

from pathlib import Path

from brdesk.ui import prompts
from brdesk.ui.i18n import say, tx
from brdesk.ui.window_base import WindowBase

PACKAGES = "brdesk packages (*.brdesk)"


class CohortCommands(WindowBase):
    def add_cohort_packages(self) -> None:
        if self.ctx is None or self.ctx.read_only:
            return
        if self.cohort_mode:
            self.show_page("cohort")
            self.page("cohort").new_item()
            return
        from brdesk.services.cohort_folder import NotACohort, make_cohort

        if self.store.has_user_data():
            # Said, with the way out, by the one rule that decides it.
            try:
                make_cohort(self.data_dir, True)
            except NotACohort as exc:
                prompts.warn(self, tx("Add participants' packages"), say(exc))
            return
        chosen = prompts.choose_open_many(self, tx("Add participants' packages"), Path.home(),
                                          PACKAGES)  # fmt: skip
        if not chosen:
            return
        if not prompts.confirm(
            self,
            tx("Make this folder a cohort"),
            tx(
                "{root} becomes a cohort folder: it gathers your participants' packages, each kept "
                "apart and read-only."
            ).format(root=self.data_dir.root),
            details=tx(
                "Your own reserve's data belongs in another folder: a cohort folder holds "
                "no profile, plan or observations of its own."
            ),
            yes=tx("Make it a cohort"),
            no=tx("Cancel"),
        ):
            return
        make_cohort(self.data_dir, False)
        if self.open_data(self.data_dir):
            self.show_page("cohort")
            self.page("cohort").add(chosen)

    def export_cohort(self, what: str) -> None:
        if self.ctx is not None and self.cohort_mode:
            self.show_page("cohort")
            self.page("cohort").export(what)
