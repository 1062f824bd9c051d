"""The services: every entity's create/read/update/delete, one transaction each, with
validation messages that name the field."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from brdesk.errors import BrdeskError, NotFound, ValidationError
from brdesk.services.attachments import AttachmentService
from brdesk.services.followup import EvaluationService, FollowupService, SummaryService
from brdesk.services.observations import ObservationService
from brdesk.services.plan import ActionService, ObjectiveService, PlanService
from brdesk.services.profile import ParticipantService, ProgrammeService, ReserveService
from brdesk.services.store import Store


@pytest.fixture
def store(either_store: Store) -> Store:
    """Every test here runs on the laptop's SQLite file and on an office PostgreSQL server."""
    return either_store


def _obs(**overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "observed_on": "2025-10-03",
        "category": "species",
        "subject": "Panthera uncia",
        "latitude": 27.98806,
        "longitude": 86.925,
        "elevation_m": 4650,
        "count": 1,
    }
    values.update(overrides)
    return values


def test_participant_round_trip_and_detached_records(store: Store) -> None:
    programme = ProgrammeService(store).create_default()
    service = ParticipantService(store)
    p = service.create(
        full_name="  Amina Njeri ",
        country_code="ke",
        role="Reserve manager",
        years_experience="7",
        email="amina@example.org",
        programme_id=programme.id,
    )
    # Coerced and cleaned, and readable after the session is gone.
    assert (p.full_name, p.country_code, p.role, p.years_experience) == (
        "Amina Njeri",
        "KE",
        "reserve_manager",
        7,
    )
    updated = service.update(p.id, position="Warden", email="")
    assert updated.position == "Warden"
    assert updated.email is None
    assert [x.full_name for x in service.list()] == ["Amina Njeri"]
    service.delete(p.id)
    with pytest.raises(NotFound, match="Participant"):
        service.get(p.id)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "amina-at-example", "E-mail: 'amina-at-example' is not an e-mail address"),
        ("email", "name@example.org+977", "E-mail: 'name@example.org+977' is not an e-mail"),
        ("email", "a..b@example.org", "E-mail: 'a..b@example.org' is not an e-mail address"),
        ("country_code", "Kenyia", "Country: 'Kenyia' is not a country name or a two-letter ISO"),
        ("country_code", "XX", "Country: 'XX' is not a country name"),
        ("years_experience", "-1", "Years of experience: must be at least 0"),
        ("role", "ranger", "Role: 'ranger' is not one of"),
        ("full_name", "   ", "Full name: is required"),
    ],
)
def test_participant_validation_names_the_field(
    store: Store, field: str, value: str, message: str
) -> None:
    values = {"full_name": "Amina Njeri", field: value}
    with pytest.raises(ValidationError) as err:
        ParticipantService(store).create(**values)
    assert err.value.field == field
    assert str(err.value).startswith(message)
    assert ParticipantService(store).list() == []


def test_reserve_elevation_order_and_areas(store: Store) -> None:
    service = ReserveService(store)
    with pytest.raises(ValidationError, match="Highest elevation"):
        service.create(name="R", elevation_min_m=3000, elevation_max_m="2 500")
    with pytest.raises(ValidationError, match=r"Core area \(ha\): must be at least 0"):
        service.create(name="R", core_area_ha=-5)
    with pytest.raises(ValidationError, match="could be read two ways"):
        service.create(name="R", core_area_ha="23,868")  # 23868 or 23.868? Never a guess.
    r = service.create(name="R", elevation_min_m="1 200,5", core_area_ha="23 868")
    assert r.elevation_min_m == 1200.5 and r.core_area_ha == 23868
    # An update is checked against the record as it would be stored.
    with pytest.raises(ValidationError, match="Highest elevation"):
        service.update(r.id, elevation_max_m=900)
    assert service.get(r.id).elevation_max_m is None


def test_plan_objectives_actions_and_tags(store: Store) -> None:
    plan = PlanService(store).create(title="Plan", start_year=2026, end_year=2030)
    objectives = ObjectiveService(store)
    first = objectives.create(plan_id=plan.id, pillar_id=1, title="Monitor glaciers")
    second = objectives.create(plan_id=plan.id, pillar_id=1, title="Count snow leopards")
    other = objectives.create(plan_id=plan.id, pillar_id=4, title="Co-manage pastures")
    assert (first.position, second.position, other.position) == (0, 1, 0)

    actions = ActionService(store)
    a = actions.create(
        objective_id=first.id,
        title="Snout survey",
        start_date="2026-04-01",
        end_date="2026-10-31",
        budget="22 000",
        currency="usd",
        sdgs=[13, "6", 13],
        gbf_targets=[8, 21],
    )
    assert a.currency == "USD"
    assert a.status == "planned"
    assert [s.number for s in a.sdgs] == [6, 13]
    assert [g.number for g in a.gbf_targets] == [8, 21]

    a = actions.update(a.id, status="In progress", sdgs=[15])
    assert a.status == "in_progress"
    assert [s.number for s in a.sdgs] == [15]
    assert [g.number for g in a.gbf_targets] == [8, 21]  # untouched when not given

    with pytest.raises(ValidationError, match="SDGs: 18 is not between 1 and 17"):
        actions.update(a.id, sdgs=[18])
    with pytest.raises(ValidationError, match="End date: must not be before start date"):
        actions.update(a.id, end_date="2026-01-01")
    with pytest.raises(ValidationError, match="Pillar: must be at most 4"):
        objectives.create(plan_id=plan.id, pillar_id=5, title="Fifth pillar")

    # Deleting the plan takes its objectives, actions and tags with it.
    PlanService(store).delete(plan.id)
    assert objectives.list() == []
    assert actions.list() == []
    with store.reading() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM action_sdg").scalar() == 0


def test_a_failed_change_leaves_nothing_behind(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = PlanService(store).create(title="Plan")
    objective = ObjectiveService(store).create(plan_id=plan.id, pillar_id=2, title="O")
    actions = ActionService(store)
    a = actions.create(objective_id=objective.id, title="A", sdgs=[1])

    real_apply = ActionService.apply_extra

    def apply_then_fail(self, session, obj, values):  # type: ignore[no-untyped-def]
        real_apply(self, session, obj, values)
        session.flush()
        raise OSError("power cut")

    monkeypatch.setattr(ActionService, "apply_extra", apply_then_fail)
    # The title and the tags were already flushed when the failure came: all must roll back.
    with pytest.raises(OSError):
        actions.update(a.id, title="B", sdgs=[2, 3])
    monkeypatch.undo()
    kept = actions.get(a.id)
    assert kept.title == "A"
    assert [s.number for s in kept.sdgs] == [1]
    with pytest.raises(BrdeskError, match="refers to a record that does not exist"):
        actions.create(objective_id=9999, title="Orphan")
    assert len(actions.list()) == 1


def test_observation_validation(store: Store) -> None:
    service = ObservationService(store)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    cases = [
        (_obs(latitude=91), "Latitude: must be between -90 and 90 (got '91')"),
        (_obs(longitude=-180.5), "Longitude: must be between -180 and 180"),
        (_obs(latitude="27°75'00\"N"), "Latitude: minutes and seconds must be below 60"),
        (_obs(elevation_m=9000), "Elevation (m): must be at most 8849"),
        (_obs(observed_on=tomorrow), f"Date: {tomorrow} is in the future"),
        (_obs(observed_on="03/10/2025x"), "Date: must be a date written YYYY-MM-DD"),
        (_obs(count=-2), "Count: must be at least 0"),
        (_obs(count="2.5"), "Count: must be a whole number"),
        (_obs(longitude=None), "Longitude: is required when the other coordinate is given"),
        (_obs(category="bird"), "Category: 'bird' is not one of"),
        (_obs(subject=""), "Taxon or subject: is required"),
    ]
    for values, message in cases:
        with pytest.raises(ValidationError) as err:
            service.create(**values)
        assert str(err.value).startswith(message), (values, str(err.value))
    assert service.list() == []

    o = service.create(**_obs(observed_time="07:45", sensitive="yes", value="3,5",
                              latitude="27°59'17\"N", longitude="86 55 30 E"))  # fmt: skip
    assert o.latitude == pytest.approx(27.988056, abs=1e-6)
    assert o.longitude == pytest.approx(86.925, abs=1e-6)
    assert len(o.uuid) == 36
    assert o.source == "manual"
    assert o.sensitive is True
    assert o.value == 3.5
    assert o.observed_time is not None and o.observed_time.hour == 7


def test_deleting_a_reserve_keeps_its_observations(store: Store) -> None:
    reserve = ReserveService(store).create(name="R")
    o = ObservationService(store).create(**_obs(reserve_id=reserve.id))
    ReserveService(store).delete(reserve.id)
    kept = ObservationService(store).get(o.id)
    assert kept.reserve_id is None
    assert kept.subject == "Panthera uncia"


def test_imported_records_are_unique_within_their_source(store: Store) -> None:
    service = ObservationService(store)
    service.create(**_obs(source="kobo", source_id="row-1"))
    with pytest.raises(BrdeskError, match="already exists"):
        service.create(**_obs(source="kobo", source_id="row-1"))
    service.create(**_obs(source="odk", source_id="row-1"))
    service.create(**_obs())
    service.create(**_obs())  # manual records have no source id: no clash
    assert len(service.list()) == 4


def test_summary_evaluation_and_followup(store: Store) -> None:
    p = ParticipantService(store).create(full_name="Luis Quispe")
    s = SummaryService(store).create(participant_id=p.id, field_visits="Two reserves")
    assert s.field_visits == "Two reserves"
    evaluations = EvaluationService(store)
    with pytest.raises(ValidationError, match="Rating: overall: must be at most 5"):
        evaluations.create(participant_id=p.id, rating_overall=6)
    e = evaluations.create(participant_id=p.id, rating_overall=4, suggestions="More field days")
    assert evaluations.update(e.id, rating_overall=5).rating_overall == 5

    items = FollowupService(store)
    item = items.create(participant_id=p.id, kind="visa_page", title="Visa", due_date="2025-11-27")
    assert item.status == "pending"
    with pytest.raises(ValidationError, match=r"Completed on: .* is in the future"):
        items.update(item.id, completed_on=date.today() + timedelta(days=3))
    # Deleting the participant takes their report material with them.
    ParticipantService(store).delete(p.id)
    assert items.list() == []
    assert evaluations.list() == []


def test_unknown_fields_are_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="is not a field of reserve"):
        ReserveService(store).create(name="R", altitude=3000)


def test_attachments_are_copied_in_and_removed_cleanly(store: Store, tmp_path: Path) -> None:
    o = ObservationService(store).create(**_obs())
    photo = tmp_path / "Snow Leopard.JPG"
    photo.write_bytes(b"\xff\xd8\xff fake jpeg")
    service = AttachmentService(store)
    a = service.add(photo, observation_id=o.id)
    stored = service.path_of(a)
    assert stored.parent == store.data_dir.attachments
    assert stored.read_bytes() == photo.read_bytes()
    assert stored.suffix == ".jpg"
    assert a.original_name == "Snow Leopard.JPG"
    assert a.media_type == "image/jpeg"
    photo.unlink()  # the original may go: brdesk kept its own copy
    assert stored.exists()
    service.remove(a.id)
    assert not stored.exists()
    assert service.list_for(observation_id=o.id) == []
    with pytest.raises(ValidationError, match="belongs to exactly one record"):
        service.add(stored, observation_id=None)


@pytest.mark.parametrize(
    ("name", "suffix"),
    [("passport.JPG", ".jpg"), ("scan.pdf", ".pdf"), ("visa.jpg:hidden", ""),
     ("stamp.p df", ""), ("no-extension", ""), ("CON.jpg", ".jpg")],
)  # fmt: skip
def test_submission_files_take_only_plain_extensions(name: str, suffix: str) -> None:
    from brdesk.services.submission import safe_suffix

    assert safe_suffix(name) == suffix


def test_the_plan_filter_keeps_what_it_says(demo_store: Store) -> None:
    from brdesk.services.plan import ActionService, PlanFilter

    actions = ActionService(demo_store).list()
    assert not PlanFilter().active() and PlanFilter(pillar=2).active() is False
    kept = [a for a in actions if PlanFilter(status="planned").keeps(a)]
    assert kept and all(a.status == "planned" for a in kept)
    assert len(kept) < len(actions)
    thirteen = [a for a in actions if PlanFilter(sdg=13).keeps(a)]
    assert thirteen and all(13 in {s.number for s in a.sdgs} for a in thirteen)
    assert PlanFilter(text="GLACIER").matches_text("Annual glacier snout survey")
    assert not PlanFilter(text="leopard").matches_text("Annual glacier snout survey")


def test_the_database_refuses_what_the_field_declarations_refuse(demo_store: Store) -> None:
    """One source of limits: every range an observation's fields declare is one the
    database's own CHECKs hold too (a value just past a bound is refused by SQLite itself,
    the bound accepted), so no path that skips the services can store what they refuse."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from brdesk.services.observations import ObservationService

    ranged = [
        f for f in ObservationService.fields if f.minimum is not None or f.maximum is not None
    ]
    ranged = [f for f in ranged if f.name != "reserve_id"]  # a link: its foreign key holds it
    assert {f.name for f in ranged} >= {"latitude", "longitude", "elevation_m", "count"}
    with demo_store.engine.connect() as conn:
        row_id = conn.exec_driver_sql("SELECT id FROM observation LIMIT 1").scalar()
        conn.rollback()
        for f in ranged:
            for bound, past in ((f.minimum, -1), (f.maximum, 1)):
                if bound is None:
                    continue
                outer = conn.begin()
                if f.name in ("latitude", "longitude"):
                    conn.execute(
                        text("UPDATE observation SET latitude = 0, longitude = 0 WHERE id = :i"),
                        {"i": row_id},
                    )
                update = text(f'UPDATE observation SET "{f.name}" = :v WHERE id = :i')
                conn.execute(update, {"v": bound, "i": row_id})
                with pytest.raises(IntegrityError), conn.begin_nested():
                    conn.execute(update, {"v": bound + past, "i": row_id})
                outer.rollback()


@pytest.mark.parametrize("typed", ["Kenya", "Kenia", "Кения", "肯尼亚", "ke"])
def test_a_country_is_read_by_its_name_in_any_of_brdesks_languages(typed: str) -> None:
    """The window lists the countries in its language; a name picked there is read back
    whatever the language (the Spanish "Kenia" is Kenya, not a misspelling)."""
    from brdesk.services.fields import Field

    assert Field("country_code", "Country", "country").clean(typed) == "KE"
