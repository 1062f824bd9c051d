"""My reserve: a new user fills the profile and the reserve as they type, with inline
validation, undo and redo, and finds it all after reopening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from brdesk.services.profile import ParticipantService, ProgrammeService, ReserveService
from brdesk.ui.widgets.record_form import SAVE_DELAY_MS
from tests.gui_helpers import open_window, reopen, type_into


def test_new_user_fills_profile_and_reserve(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.show_page("reserve")
    page = window.pages["reserve"]
    person = page.person_form
    assert not person.editors["institution"].isEnabled()  # the name comes first

    type_into(qtbot, person, "full_name", "Amina Njeri")
    store = window.store
    participant = ParticipantService(store).current()
    assert participant is not None and participant.full_name == "Amina Njeri"
    programme = ProgrammeService(store).get(participant.programme_id)
    assert programme.start_date.isoformat() == "2025-09-15"
    assert person.editors["institution"].isEnabled()

    type_into(qtbot, person, "email", "amina-at-kws")
    assert "not an e-mail address" in person.errors["email"].message.lower()
    assert ParticipantService(store).current().email is None
    type_into(qtbot, person, "email", "amina@kws.go.ke")
    assert person.errors["email"].message == ""
    assert ParticipantService(store).current().email == "amina@kws.go.ke"

    reserve = page.reserve_form
    type_into(qtbot, reserve, "name", "Mount Kenya Biosphere Reserve")
    type_into(qtbot, reserve, "elevation_min_m", "1600")
    type_into(qtbot, reserve, "elevation_max_m", "1200")
    assert (
        "must not be below the lowest elevation"
        in reserve.errors["elevation_max_m"].message.lower()
    )
    type_into(qtbot, reserve, "elevation_max_m", "5199")
    type_into(qtbot, reserve, "core_area_ha", "-3")
    assert "must be at least 0" in reserve.errors["core_area_ha"].message.lower()
    type_into(qtbot, reserve, "core_area_ha", "71 759,5")
    saved = ReserveService(store).current()
    assert (saved.elevation_min_m, saved.elevation_max_m, saved.core_area_ha) == (
        1600,
        5199,
        71759.5,
    )

    # Undo the area, redo it: both written to the database at once.
    window.undo_action.trigger()
    assert ReserveService(store).current().core_area_ha is None
    assert reserve.editors["core_area_ha"].text() == ""
    window.redo_action.trigger()
    assert ReserveService(store).current().core_area_ha == 71759.5

    again = reopen(qtbot, window)
    again.show_page("reserve")
    form = again.pages["reserve"].reserve_form
    assert form.editors["name"].text() == "Mount Kenya Biosphere Reserve"
    assert form.editors["elevation_max_m"].text() == "5199"
    assert again.pages["reserve"].person_form.editors["email"].text() == "amina@kws.go.ke"


def test_typing_is_saved_after_a_pause_without_pressing_enter(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    window.show_page("reserve")
    form = window.pages["reserve"].person_form
    line = form.editors["position"]
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Director")
    service = ParticipantService(window.store)
    qtbot.waitUntil(lambda: service.current().position == "Director", timeout=SAVE_DELAY_MS * 5)
    # One undo step for the whole word, not one per letter.
    window.undo_action.trigger()
    assert service.current().position == "Chief Conservation Officer"


def test_choices_and_multi_line_text(qtbot: QtBot, demo_dir: Path) -> None:
    window = open_window(qtbot, demo_dir)
    window.show_page("reserve")
    page = window.pages["reserve"]
    role = page.person_form.editors["role"]
    role.setCurrentIndex(role.findData("researcher"))
    role.activated.emit(role.currentIndex())
    assert ParticipantService(window.store).current().role == "researcher"
    type_into(qtbot, page.reserve_form, "glaciers", "Lewis Glacier, retreating")
    assert ReserveService(window.store).current().glaciers == "Lewis Glacier, retreating"


def _tops(form) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {
        name: editor.mapTo(form, editor.rect().topLeft()).y()
        for name, editor in form.editors.items()
    }


def test_refused_values_stay_marked_and_nothing_moves(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.show_page("reserve")
    page = window.pages["reserve"]
    person = page.person_form
    type_into(qtbot, person, "full_name", "Aigul Bekova")
    before = _tops(person)
    type_into(qtbot, person, "years_experience", "1x")
    assert "whole number" in person.errors["years_experience"].message
    assert _tops(person) == before  # the message took space kept for it
    type_into(qtbot, person, "email", "aigul@example.org+977")
    assert "not an e-mail address" in person.errors["email"].message
    assert _tops(person) == before
    # The status bar does not claim all is saved.
    assert window.saved_label.text() == "2 values not saved (marked in red)"
    # Another field saved (which refreshes the form): the refused text is still there.
    type_into(qtbot, person, "institution", "Sary-Chelek Biosphere Reserve")
    assert person.raw_value("years_experience") == "1x"
    assert person.raw_value("email") == "aigul@example.org+977"
    saved = ParticipantService(window.store).current()
    assert (saved.years_experience, saved.email, saved.institution) == (
        None,
        None,
        "Sary-Chelek Biosphere Reserve",
    )
    type_into(qtbot, person, "years_experience", "12")
    assert person.errors["years_experience"].message == ""
    assert ParticipantService(window.store).current().years_experience == 12
    assert window.saved_label.text() == "1 value not saved (marked in red)"
    type_into(qtbot, person, "email", "aigul@example.org")
    assert window.saved_label.text() == "All changes saved"


def test_pairs_clear_when_either_side_is_fixed(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "data")
    window.show_page("reserve")
    page = window.pages["reserve"]
    type_into(qtbot, page.person_form, "full_name", "Pema Sherpa")
    reserve = page.reserve_form
    type_into(qtbot, reserve, "name", "Sagarmatha")
    type_into(qtbot, reserve, "elevation_min_m", "4000")
    type_into(qtbot, reserve, "elevation_max_m", "3000")
    assert "below the lowest" in reserve.errors["elevation_max_m"].message
    type_into(qtbot, reserve, "elevation_min_m", "2800")  # the lowest was the mistake
    assert reserve.errors["elevation_max_m"].message == ""
    saved = ReserveService(window.store).current()
    assert (saved.elevation_min_m, saved.elevation_max_m) == (2800, 3000)
    # A wrong lowest is refused on the highest, and the lowest says it was not saved.
    type_into(qtbot, reserve, "elevation_min_m", "3500")
    assert "not saved" in reserve.errors["elevation_min_m"].message.lower()
    assert ReserveService(window.store).current().elevation_min_m == 2800
    type_into(qtbot, reserve, "elevation_max_m", "8848")
    assert reserve.rejected() == {}
    saved = ReserveService(window.store).current()
    assert (saved.elevation_min_m, saved.elevation_max_m) == (3500, 8848)
    type_into(qtbot, reserve, "year_designated", "2099")
    assert "Must not be after this year" in reserve.errors["year_designated"].message


def test_countries_by_name(qtbot: QtBot, tmp_path: Path) -> None:
    from brdesk.services.report import gather

    window = open_window(qtbot, tmp_path / "data")
    window.show_page("reserve")
    page = window.pages["reserve"]
    person = page.person_form
    type_into(qtbot, person, "full_name", "Pema Sherpa")
    country = person.editors["country_code"]
    country.setFocus()
    qtbot.keyClicks(country.lineEdit(), "Nepal")
    qtbot.keyClick(country.lineEdit(), Qt.Key.Key_Return)
    assert ParticipantService(window.store).current().country_code == "NP"
    # The reserve, created next, is in the participant's country.
    type_into(qtbot, page.reserve_form, "name", "Sagarmatha")
    assert ReserveService(window.store).current().country_code == "NP"
    assert page.reserve_form.editors["country_code"].currentText() == "Nepal"
    country.lineEdit().selectAll()
    qtbot.keyClicks(country.lineEdit(), "Narnia")
    qtbot.keyClick(country.lineEdit(), Qt.Key.Key_Return)
    assert "not a country" in person.errors["country_code"].message
    assert ParticipantService(window.store).current().country_code == "NP"
    personal = dict(gather(window.store).personal)
    assert personal["Country"] == "Nepal" and personal["Reserve country"] == "Nepal"
