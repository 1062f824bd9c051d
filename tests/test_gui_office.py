"""Several people on one office database (issue 22), as the window shows it: an edit over
a colleague's newer change is refused, naming them, and the user chooses what stays."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from brdesk.errors import BrdeskError
from brdesk.paths import DataDir
from brdesk.services.observations import ObservationService
from brdesk.services.plan import ActionService, ObjectiveService, PlanService
from brdesk.services.store import Store
from brdesk.ui.main_window import MainWindow
from brdesk.ui.prompts import Question
from brdesk.ui.window_data import SAFETY_DELAY_MS
from tests.gui_helpers import ScriptedPrompts, open_window, type_into


def _plan(folder: DataDir) -> int:
    with Store.open(folder) as store:
        plan = PlanService(store).create(title="Plan", start_year=2026, end_year=2030)
        objective = ObjectiveService(store).create(plan_id=plan.id, pillar_id=1, title="Glaciers")
        action = ActionService(store).create(objective_id=objective.id, title="Snout survey")
        return int(action.id)


def _click_action(qtbot: QtBot, window: MainWindow, action_id: int) -> None:
    """Open the plan and click the action in its tree, as a user does."""
    window.show_page("plan")
    plan = window.page("plan")
    plan.view.expandAll()
    index = plan.model.find("action", action_id)
    assert index.isValid()
    rect = plan.view.visualRect(index)
    qtbot.mouseClick(plan.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert plan.editor.current_action == action_id


def _window_on_a_plan(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, DataDir, int]:
    """A window on a folder with a plan, its one action open in the plan's editor."""
    folder = DataDir(tmp_path / "data")
    action_id = _plan(folder)
    window = open_window(qtbot, folder)
    _click_action(qtbot, window, action_id)
    return window, folder, action_id


def _title_field(window: MainWindow) -> object:
    return window.page("plan").editor.action_form_with("title")


def test_an_edit_over_a_newer_change_asks_and_either_choice_is_kept(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    window, folder, action_id = _window_on_a_plan(qtbot, tmp_path)
    with Store.open(folder) as colleague:
        ActionService(colleague).update(action_id, title="Survey the snout in June")
        who = colleague.user

    # Show theirs: their title comes on screen, and nothing of mine is saved. The question
    # takes the focus from the field, which then says its editing finished (as in a real
    # window): asked once all the same.
    form = _title_field(window)

    def show_theirs(question: Question) -> object:
        form.editors["title"].editingFinished.emit()  # type: ignore[attr-defined]
        return 1

    prompts.answer = show_theirs
    type_into(qtbot, form, "title", "Survey the snout twice")  # type: ignore[arg-type]
    asked = prompts.texts("ask_choice")
    assert len(asked) == 1
    assert asked[0].startswith(f"{who} changed this action at ")
    assert "Action now reads: “Survey the snout in June”" in asked[0]
    assert ActionService(window.store).get(action_id).title == "Survey the snout in June"
    assert form.editors["title"].text() == "Survey the snout in June"  # type: ignore[attr-defined]
    assert not window.ctx.undo_stack.canUndo()  # nothing of mine to undo
    prompts.answer = None

    # Their change again, then keep mine: mine is saved over theirs.
    with Store.open(folder) as colleague:
        ActionService(colleague).update(action_id, title="Survey the snout in July")
    prompts.queue("ask_choice", 0)
    type_into(qtbot, form, "title", "Survey the snout twice")  # type: ignore[arg-type]
    assert len(prompts.texts("ask_choice")) == 2
    assert ActionService(window.store).get(action_id).title == "Survey the snout twice"
    # An edit on what is shown now asks nothing.
    type_into(qtbot, form, "title", "Survey the snout three times")  # type: ignore[arg-type]
    assert len(prompts.texts("ask_choice")) == 2
    assert ActionService(window.store).get(action_id).title == "Survey the snout three times"
    # Undo puts back what the user saw before their edits (the two typed in a row are one
    # step), not the July title they chose to overrule unseen.
    window.undo_action.trigger()
    assert ActionService(window.store).get(action_id).title == "Survey the snout in June"


KARMA_EDITS = textwrap.dedent(
    """
    # A second brdesk window, in its own process, as the colleague karma: opens the plan,
    # clicks the action and types a new title, as a user does.
    import sys
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from brdesk.paths import DataDir
    from brdesk.ui.main_window import MainWindow

    folder, url, action_id = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    app = QApplication([])
    window = MainWindow(DataDir(folder, url))
    window.resize(1366, 768)
    window.show()
    assert window.open_data()
    window.show_page("plan")
    plan = window.page("plan")
    plan.view.expandAll()
    rect = plan.view.visualRect(plan.model.find("action", action_id))
    QTest.mouseClick(plan.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    line = plan.editor.action_form_with("title").editors["title"]
    line.setFocus()
    line.selectAll()
    QTest.keyClicks(line, "Survey the snout in June")
    QTest.keyClick(line, Qt.Key.Key_Return)
    window.close()
    app.processEvents()
    """
)


def _staff_login(url: str, name: str) -> str:
    """A login for one colleague, granted what docs/office-server.md grants the staff."""
    return _login(url, name, "ALL TABLES IN SCHEMA public")


def _login(url: str, name: str, changes: str) -> str:
    """A login that reads everything and may change what `changes` names (the docs'
    grants); its URL."""
    import psycopg

    plain = url.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(plain, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is None:
            conn.execute(f"CREATE ROLE {name} LOGIN")
        conn.execute(f"GRANT USAGE ON SCHEMA public TO {name}")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {name}")
        conn.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {name}")
        conn.execute(f"GRANT INSERT, UPDATE, DELETE ON {changes} TO {name}")
    return url.replace("//brdesk@", f"//{name}@")


def _karma_starts_typing(tmp_path: Path, karma_url: str, action_id: int) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", KARMA_EDITS, str(tmp_path / "karma"), karma_url, str(action_id)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def _karma_types(tmp_path: Path, karma_url: str, action_id: int) -> None:
    karma = _karma_starts_typing(tmp_path, karma_url, action_id)
    assert karma.wait(timeout=120) == 0, karma.stderr.read()[-2000:]  # type: ignore[union-attr]


def test_two_brdesk_processes_edit_the_same_action_and_the_second_is_told(
    qtbot: QtBot, tmp_path: Path, postgres_url: str, prompts: ScriptedPrompts
) -> None:
    mine = DataDir(tmp_path / "pema", postgres_url)
    action_id = _plan(mine)
    karma_url = _staff_login(postgres_url, "karma")
    window = open_window(qtbot, mine)
    _click_action(qtbot, window, action_id)
    form = _title_field(window)
    line = form.editors["title"]  # type: ignore[attr-defined]
    # The user starts retitling the action, typing slowly (no pause long enough to save)
    # while karma, at another computer, retitles it and saves.
    karma = _karma_starts_typing(tmp_path, karma_url, action_id)
    line.setFocus()
    line.selectAll()
    typed = ""
    for key in "Survey the snout twice, in June and in September, if the weather allows":
        qtbot.keyClick(line, key)
        typed += key
        qtbot.wait(150)
        if "karma" in window.statusBar().currentMessage():
            break
    assert karma.wait(timeout=60) == 0, karma.stderr.read()[-2000:]  # type: ignore[union-attr]
    theirs = ActionService(window.store).get(action_id)
    assert (theirs.title, theirs.changed_by) == ("Survey the snout in June", "karma")
    # The window heard of it and refreshed, leaving what the user is typing alone.
    assert window.statusBar().currentMessage() == "Changes saved by karma are shown"
    assert window.page("plan").model.find("action", action_id).data() == theirs.title
    assert line.text() == typed
    assert prompts.asked == []

    prompts.queue("ask_choice", 1)  # Enter saves: asked, and the user looks at theirs
    qtbot.keyClick(line, Qt.Key.Key_Return)
    asked = prompts.texts("ask_choice")
    assert len(asked) == 1 and asked[0].startswith("karma changed this action at ")
    assert "Action now reads: “Survey the snout in June”" in asked[0]
    stored = ActionService(window.store).get(action_id)
    assert (stored.title, stored.changed_by) == ("Survey the snout in June", "karma")
    assert line.text() == "Survey the snout in June"
    # The line under the field says whose title is shown; nothing counts as refused.
    assert form.errors["title"].message.startswith(  # type: ignore[attr-defined]
        "Not saved: karma changed it at "
    )
    assert window.saved_label.text() == "All changes saved"
    # Typed again over theirs, now that it is shown: saved, and signed by this login.
    type_into(qtbot, form, "title", "Survey the snout twice")  # type: ignore[arg-type]
    stored = ActionService(window.store).get(action_id)
    assert (stored.title, stored.changed_by) == ("Survey the snout twice", "brdesk")
    assert len(prompts.texts("ask_choice")) == 1


def test_what_a_colleague_saves_comes_on_screen_by_itself(
    qtbot: QtBot, tmp_path: Path, postgres_url: str, prompts: ScriptedPrompts
) -> None:
    mine = DataDir(tmp_path / "pema", postgres_url)
    action_id = _plan(mine)
    karma_url = _staff_login(postgres_url, "karma")
    window = open_window(qtbot, mine)
    _click_action(qtbot, window, action_id)
    plan = window.page("plan")
    _karma_types(tmp_path, karma_url, action_id)
    index = plan.model.find("action", action_id)
    qtbot.waitUntil(
        lambda: plan.model.find("action", action_id).data() == "Survey the snout in June",
        timeout=10_000,
    )
    assert index.isValid()
    line = _title_field(window).editors["title"]  # type: ignore[attr-defined]
    assert line.text() == "Survey the snout in June"
    assert window.statusBar().currentMessage() == "Changes saved by karma are shown"
    # No check of a laptop's file is run on an office database (it has none): nothing
    # is said to be damaged.
    qtbot.wait(SAFETY_DELAY_MS + 200)
    qtbot.waitUntil(lambda: not window.operations.running(), timeout=10_000)
    assert prompts.asked == []


def _password_login(url: str, name: str, password: str) -> str:
    """A login that must give its password (the test server trusts everyone else): its
    own line first in the server's pg_hba.conf, then the configuration reloaded."""
    import psycopg

    login = _staff_login(url, name)
    plain = url.replace("postgresql+psycopg", "postgresql")
    host = url.split("host=", 1)[1]
    hba = Path(host) / "data" / "pg_hba.conf"
    rules = hba.read_text(encoding="utf-8")
    line = f"local all {name} scram-sha-256\n"
    if line not in rules:
        hba.write_text(line + rules, encoding="utf-8")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"ALTER ROLE {name} PASSWORD '{password}'")
        conn.execute("SELECT pg_reload_conf()")
    return login


@pytest.mark.laptop_file  # a laptop's own file, and an office beside it
def test_connecting_to_the_office_asks_the_password_and_remembers_only_the_address(
    qtbot: QtBot, tmp_path: Path, postgres_url: str, prompts: ScriptedPrompts
) -> None:
    office = DataDir(tmp_path / "office-pc", postgres_url)
    action_id = _plan(office)
    pema = _password_login(postgres_url, "pema", "snow-leopard-42")
    laptop = tmp_path / "laptop"
    window = open_window(qtbot, laptop)
    assert not window.store.on_server
    assert window.office_sync_action.isVisible() and not window.office_own_action.isVisible()

    prompts.queue("ask_text", "office-pc/brdesk")  # not an address: said, nothing changes
    window.office_connect_action.trigger()
    assert "is not an office database's address" in prompts.texts("fail")[0]
    assert not window.store.on_server

    prompts.queue("ask_text", pema.replace("postgresql+psycopg", "postgresql"))
    prompts.queue("ask_password", "snow-leopard-42")
    window.office_connect_action.trigger()
    assert window.store.on_server and window.store.user == "pema"
    asked = prompts.texts("ask_password")
    assert len(asked) == 1 and "no password supplied" in asked[0]
    assert ActionService(window.store).get(action_id).title == "Snout survey"
    assert window.office_own_action.isVisible() and not window.office_sync_action.isVisible()
    settings = (laptop / "settings.ini").read_text(encoding="utf-8")
    assert "pema@" in settings and "snow-leopard" not in settings  # the address, no password

    # The next start opens the office again: the password is asked again, never kept.
    window.close()  # lets go of the folder
    prompts.queue("ask_password", "snow-leopard-42")
    again = MainWindow(DataDir(laptop))
    qtbot.addWidget(again)
    again.show()
    again.start()
    qtbot.waitUntil(lambda: again.store is not None, timeout=10_000)
    assert again.store.on_server and len(prompts.texts("ask_password")) == 2

    # Back to this computer's own records: the folder forgets the office.
    again.office_own_action.trigger()
    assert not again.store.on_server
    assert "pema@" not in (laptop / "settings.ini").read_text(encoding="utf-8")


@pytest.mark.laptop_file  # a laptop's own file, and an office beside it
def test_away_from_the_office_the_laptop_opens_its_own_records_and_says_so(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    laptop = tmp_path / "laptop"
    action_id = _plan(DataDir(laptop))
    away = f"postgresql://pema@/brdesk?host={tmp_path / 'office-not-here'}"
    settings = QSettings(str(laptop / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("office/url", away)
    settings.sync()
    window = MainWindow(DataDir(laptop))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
    assert not window.store.on_server
    assert ActionService(window.store).get(action_id).title == "Snout survey"
    failed = prompts.texts("fail")
    assert len(failed) == 1 and "Cannot reach the office database" in failed[0]
    assert "could not be reached" in window.statusBar().currentMessage()


@pytest.mark.laptop_file  # a laptop's own file, and an office beside it
def test_the_window_synchronises_the_laptop_with_the_office(
    qtbot: QtBot, tmp_path: Path, postgres_url: str, prompts: ScriptedPrompts
) -> None:
    laptop = tmp_path / "laptop"
    action_id = _plan(DataDir(laptop))
    window = open_window(qtbot, laptop)
    prompts.queue("ask_text", postgres_url)
    window.office_sync_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts.texts("inform")), timeout=30_000)
    told = prompts.texts("inform")[0]
    assert told.startswith("Synchronised with the office database")
    assert "1 action plan" in told and "were added" in told
    uuid = ActionService(window.store).get(action_id).uuid
    with Store.open(DataDir(tmp_path / "office-pc", postgres_url)) as office:
        assert ActionService(office).list(uuid=uuid)[0].title == "Snout survey"
    # The address is remembered for the next synchronisation (and the window still opens
    # this computer's records at its next start).
    assert make_url(window.settings.value("office/sync_url")) == make_url(postgres_url)
    assert not window.remembered_office()

    # A login that must give its password is asked for it, and synchronised.
    pema = _password_login(postgres_url, "pema", "snow-leopard-42")
    prompts.queue("ask_text", pema)
    prompts.queue("ask_password", "snow-leopard-42")
    window.office_sync_action.trigger()
    qtbot.waitUntil(lambda: len(prompts.texts("inform")) == 2, timeout=30_000)
    assert "no password supplied" in prompts.texts("ask_password")[0]
    assert "Nothing new" in prompts.texts("inform")[1]
    assert make_url(window.settings.value("office/sync_url")) == make_url(pema)  # no password
    assert "snow-leopard" not in (laptop / "settings.ini").read_text(encoding="utf-8")


#: What docs/office-server.md grants an observer: reading everything, changing the
#: observations (and what their saving writes beside them) only.
OBSERVER_TABLES = (
    "observation", "observation_zone", "attachment",
    "summary_daily", "summary_species_daily", "summary_elevation_monthly",
)  # fmt: skip


def _observer_login(url: str, name: str) -> str:
    return _login(url, name, ", ".join(OBSERVER_TABLES))


def test_an_observer_login_adds_observations_and_sees_the_plan_read_only(
    qtbot: QtBot, tmp_path: Path, postgres_url: str, prompts: ScriptedPrompts
) -> None:
    action_id = _plan(DataDir(tmp_path / "office-pc", postgres_url))
    dorji = DataDir(tmp_path / "dorji", _observer_login(postgres_url, "dorji"))
    window = open_window(qtbot, dorji)
    assert window.store.user == "dorji"
    banner = window.read_only_banner
    assert banner.isVisible()
    assert "Action plan" in banner.text() and "dorji" in banner.text()
    assert "observations" not in window.limited_pages and "plan" in window.limited_pages

    _click_action(qtbot, window, action_id)
    title = _title_field(window).editors["title"]  # type: ignore[attr-defined]
    assert title.isReadOnly()
    assert not window.page("plan").add_objective_button.isVisible()

    # The rights are the database's: a change made anyway is refused, said plainly.
    with pytest.raises(BrdeskError, match="may not make this change") as refused:
        ActionService(window.store).update(action_id, title="Dorji's title")
    assert "action" in str(refused.value)
    assert ActionService(window.store).get(action_id).title == "Snout survey"

    # What an observer is for works: an observation added is saved and signed.
    window.show_page("observations")
    added = ObservationService(window.store).create(
        observed_on="2026-11-30", category="species", subject="Ochotona roylei", count=3
    )
    assert added.changed_by == "dorji"
    assert prompts.asked == []


def test_a_goal_ticked_over_a_colleagues_newer_tags_asks_too(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    from tests.gui_helpers import tick

    window, folder, action_id = _window_on_a_plan(qtbot, tmp_path)
    with Store.open(folder) as colleague:
        ActionService(colleague).update(action_id, sdgs=[13, 15])
        who = colleague.user
    picker = window.page("plan").editor.sdg_picker
    prompts.queue("ask_choice", 1)  # show theirs
    tick(qtbot, picker, 6)
    (asked,) = prompts.texts("ask_choice")
    assert asked.startswith(f"{who} changed this action at ")
    assert "SDGs now reads: “13, 15”" in asked
    assert [s.number for s in ActionService(window.store).get(action_id).sdgs] == [13, 15]
    assert sorted(picker.selected()) == [13, 15]
    # Ticked again, now over what is shown: saved, theirs kept beside it.
    tick(qtbot, picker, 6)
    assert [s.number for s in ActionService(window.store).get(action_id).sdgs] == [6, 13, 15]
    assert len(prompts.texts("ask_choice")) == 1
