"""The window's office commands (issue 22): connect this data folder to the reserve
office's database (remembered for the folder; the password never stored), go back to
this computer's own records, and synchronise this computer's records with the office's.

The address is kept in the folder's settings without any password: libpq reads the
password from the user's .pgpass (docs/office-server.md), or the window asks for it and
holds it in memory for this session only.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from brdesk.paths import DataDir
from brdesk.ui import prompts
from brdesk.ui.i18n import say, tx
from brdesk.ui.window_base import WindowBase

#: The table whose records each page edits: a login the office granted no changes to it
#: (docs/office-server.md's observers) sees that page read-only.
EDITED_TABLE = {
    "reserve": "participant",
    "plan": "action",
    "effectiveness": "assessment_answer",
    "observations": "observation",
    "map": "reserve_zone",
    "report": "followup_item",
    "practices": "good_practice",
}

#: The folder's settings holding the office database's address (never a password): the
#: one the window opens, and the one this computer synchronises with.
OFFICE_URL = "office/url"
SYNC_URL = "office/sync_url"
SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def with_password(url: str, password: str) -> str:
    """The address with the password in it, for this session's connection only."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)


def without_password(url: str) -> str:
    """The address as the folder may keep it. (Not URL.set(password=None): set() leaves
    alone what is given as None, and so kept the password.)"""
    from sqlalchemy.engine import URL, make_url

    made = make_url(url)
    return URL.create(
        made.drivername, made.username, None, made.host, made.port, made.database, made.query
    ).render_as_string(hide_password=False)


class OfficeCommands(WindowBase):
    def show_office_actions(self, store: Any) -> None:
        """On an office database: the way back to this computer's records; on a laptop's
        own: the synchronisation with the office."""
        on_server = bool(store is not None and store.on_server)
        personal = not self.cohort_mode
        self.office_own_action.setVisible(personal and on_server)
        self.office_sync_action.setVisible(personal and not on_server)
        self.office_connect_action.setVisible(personal)
        self.limited_pages = (
            {key for key, table in EDITED_TABLE.items() if not store.may_change(table)}
            if on_server
            else set()
        )
        if self.limited_pages and store.read_only is None:
            from brdesk.ui.page_registry import PAGES

            # In the sidebar's order.
            names = ", ".join(tx(label) for key, label, _ in PAGES if key in self.limited_pages)
            self.read_only_banner.setText(
                tx(
                    "<b>Shown, not changed:</b> {pages}. Your office login ({user}) may not "
                    "change them; the office's administrator gives such rights."
                ).format(pages=escape(names), user=escape(store.user))
            )
            self.read_only_banner.setVisible(True)
            for key in self.limited_pages & set(self.pages):
                self.pages[key].set_read_only()

    def remembered_office(self) -> str | None:
        """The office database this folder was last connected to, if any."""
        value = self.settings.value(OFFICE_URL, "")
        return str(value) if value else None

    def ask_office_url(self, title: str, setting: str = OFFICE_URL) -> str | None:
        """The office database's address, as the user types it, offering the one the
        setting remembers (a bad one said, None)."""
        remembered = self.settings.value(setting, "")
        url = prompts.ask_text(
            self,
            title,
            tx(
                "The office database's address, as your office's administrator gave it: "
                "postgresql://your-login@office-computer/brdesk\n\nThe password comes from "
                "your .pgpass file, or brdesk asks for it; it is never saved."
            ),
            str(remembered) if remembered else "postgresql://",
        )
        if url is None:
            return None
        if not url.startswith(SCHEMES) or "@" not in url.split("://", 1)[1]:
            prompts.fail(
                self,
                title,
                tx(
                    "“{url}” is not an office database's address: it reads "
                    "postgresql://your-login@office-computer/brdesk"
                ).format(url=url),
            )
            return None
        return url

    def connect_office(self) -> None:
        """Open the office database in this window, and remember it for this folder."""
        url = self.ask_office_url(tx("Connect to an office database"))
        if url is None:
            return
        page = self.current_page()
        if page is not None:
            page.commit_pending()
        if self.open_data(DataDir(self.data_dir.root, url)):
            self.settings.setValue(OFFICE_URL, without_password(url))
            self.settings.sync()

    def use_own_records(self) -> None:
        """Back to this computer's own records; the folder forgets the office."""
        self.settings.remove(OFFICE_URL)
        self.settings.sync()
        self.open_data(DataDir(self.data_dir.root))

    def ask_office_password(self, target: DataDir, problem: str) -> DataDir | None:
        """The office refused for want of a password: ask for it (None: the user did
        not give one)."""
        assert target.database_url is not None
        password = prompts.ask_password(
            self,
            tx("Password for the office database"),
            tx("{problem}\n\nType your password for the office database (it is not saved):")
            .format(problem=problem),
        )  # fmt: skip
        if password is None:
            return None
        return DataDir(target.root, with_password(target.database_url, password))

    def synchronise_office(self) -> None:
        """Send this computer's records to the office database and bring back the
        office's, on a worker; the report says what went each way."""
        if self.store is None or self.ctx is None:
            return
        url = self.ask_office_url(tx("Synchronise with the office database"), SYNC_URL)
        if url is None:
            return
        page = self.current_page()
        if page is not None:
            page.commit_pending()
        self._synchronise(url)

    def _synchronise(self, url: str) -> None:
        from brdesk.errors import PasswordNeeded
        from brdesk.services.office_sync import STAGES, synchronise

        store = self.store
        box = QProgressDialog(tx("Synchronising with the office database…"), "", 0, STAGES, self)
        box.setWindowTitle(tx("Synchronise with the office database"))
        box.setCancelButton(None)  # each direction is one transaction: it ends whole
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(0)
        box.show()

        def work(job: Any) -> Any:
            try:
                return synchronise(store, url, job.progress)
            except PasswordNeeded as exc:
                return exc  # asked for in the window's thread, then synchronised again

        def done(outcome: Any) -> None:
            box.close()  # the busy box goes before the outcome is told
            if isinstance(outcome, PasswordNeeded):
                given = self.ask_office_password(DataDir(self.data_dir.root, url), say(outcome))
                if given is not None and given.database_url is not None:
                    self._synchronise(given.database_url)
                return
            self.settings.setValue(SYNC_URL, without_password(url))
            self.ctx.notify()
            prompts.inform(
                self, tx("Synchronised"), "\n".join(say(line) for line in outcome.lines())
            )

        def failed(message: str) -> None:
            box.close()
            prompts.fail(self, tx("Synchronise with the office database"), message)

        self.ctx.operations.run(
            work,
            key="office: synchronise",
            on_progress=lambda steps, _total: box.setValue(steps),
            on_success=done,
            on_failure=failed,
            on_done=box.close,
            writes=True,
        )
