"""Good practices: the form's rules, its links, and its travel in packages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from brdesk.errors import ValidationError
from brdesk.services.attachments import AttachmentService
from brdesk.services.observations import ObservationService
from brdesk.services.packages import export_package, import_package
from brdesk.services.plan import ActionService
from brdesk.services.practices import GoodPracticeService, catalogue
from brdesk.services.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_practice_keeps_its_form_goals_and_links(demo_store: Store) -> None:
    practices = GoodPracticeService(demo_store)
    action = ActionService(demo_store).list()[0]
    observation = ObservationService(demo_store).list()[0]
    made = practices.create(
        title="  Fire lines cut by the village youth club ", theme="climate",
        challenge="Spring fires", started_on="2024-02-01", ended_on="2024-04-30",
        sdgs=[13, "15", 13], gbf_targets=[8], actions=[action.id],
        observations=[observation.id],
    )  # fmt: skip
    got = practices.get(made.id)
    assert got.title == "Fire lines cut by the village youth club"
    assert (got.theme, got.started_on) == ("climate", date(2024, 2, 1))
    assert practices.links(made.id) == {
        "sdgs": [13, 15], "gbf_targets": [8], "actions": [action.id],
        "observations": [observation.id],
    }  # fmt: skip
    practices.update(made.id, sdgs=[6], actions=[])
    assert practices.links(made.id)["sdgs"] == [6]
    assert practices.links(made.id)["actions"] == []


@pytest.mark.parametrize(
    ("values", "field", "problem"),
    [
        ({"title": " "}, "title", "is required"),
        ({"title": "X", "theme": "tourism"}, "theme", "tourism"),
        ({"title": "X", "started_on": "2025-05-01", "ended_on": "2025-01-01"}, "ended_on",
         "before"),
        ({"title": "X", "sdgs": [18]}, "sdgs", "18 is not between 1 and 17"),
        ({"title": "X", "gbf_targets": ["x"]}, "gbf_targets", "'x' is not a number"),
        ({"title": "X", "actions": [99999]}, "actions", "action 99999 no longer exists"),
    ],
)  # fmt: skip
def test_bad_values_are_refused_naming_the_field_and_nothing_is_stored(
    store: Store, values: dict[str, object], field: str, problem: str
) -> None:
    practices = GoodPracticeService(store)
    with pytest.raises(ValidationError) as caught:
        practices.create(**values)
    assert caught.value.field == field
    assert problem in str(caught.value)
    assert practices.list() == []


def test_deleting_an_observation_or_action_unlinks_it_and_the_practice_stays(
    demo_store: Store,
) -> None:
    practices = GoodPracticeService(demo_store)
    practice = next(p for p in practices.list() if p.title.startswith("Herders"))
    links = practices.links(practice.id)
    assert len(links["observations"]) == 5 and len(links["actions"]) == 2
    ObservationService(demo_store).delete(links["observations"][0])
    ActionService(demo_store).delete(links["actions"][0])
    after = practices.links(practice.id)
    assert after["observations"] == links["observations"][1:]
    assert after["actions"] == links["actions"][1:]


def test_the_catalogue_filters_by_theme_and_counts_photos_and_evidence(
    demo_store: Store, tmp_path: Path
) -> None:
    practices = GoodPracticeService(demo_store)
    herders = next(p for p in practices.list() if p.title.startswith("Herders"))
    photo = tmp_path / "camera.jpg"
    Image.new("RGB", (40, 30), (200, 180, 20)).save(photo, "JPEG")
    AttachmentService(demo_store).add(photo, good_practice_id=herders.id)
    with demo_store.reading() as session:
        everything = catalogue(session)
        livelihoods = catalogue(session, "livelihoods")
    assert [r.title for r in everything] == [
        "Herders as snow leopard monitors",
        "Seasonal grazing calendars agreed in the buffer zone",
    ]
    assert (everything[0].photos, everything[0].evidence) == (1, 5)
    assert everything[0].theme_label == "Participation and governance"
    assert [r.title for r in livelihoods] == [everything[1].title]


def test_a_practice_with_its_photo_travels_in_a_package(demo_store: Store, tmp_path: Path) -> None:
    practices = GoodPracticeService(demo_store)
    herders = next(p for p in practices.list() if p.title.startswith("Herders"))
    photo = tmp_path / "camera.jpg"
    Image.new("RGB", (40, 30), (200, 180, 20)).save(photo, "JPEG")
    AttachmentService(demo_store).add(photo, good_practice_id=herders.id)
    out = tmp_path / "share.brdesk"
    export_package(demo_store, out)
    with Store.open(tmp_path / "other") as other:
        report = import_package(other, out)
        assert report.added["good_practices"] == 2
        got = GoodPracticeService(other)
        copy = next(p for p in got.list() if p.uuid == herders.uuid)
        links = got.links(copy.id)
        assert (links["sdgs"], links["gbf_targets"]) == ([1, 15], [4, 22])
        titles = {a.id: a.title for a in ActionService(other).list()}
        assert sorted(titles[a] for a in links["actions"]) == [
            "Camera-trap grid for snow leopard and prey, 40 stations",
            "Participatory monitoring by 12 community forest user groups",
        ]
        kept = AttachmentService(other).list_for(good_practice_id=copy.id)
        assert [a.original_name for a in kept] == ["camera.jpg"]
        assert AttachmentService(other).path_of(kept[0]).read_bytes() == photo.read_bytes()
        # A second import of the same package changes nothing.
        again = import_package(other, out)
        assert again.added["good_practices"] == 0


def test_the_version_5_package_brings_its_practice_linked(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        import_package(store, FIXTURES / "packages" / "v5.brdesk")
        practices = GoodPracticeService(store)
        (practice,) = practices.list()
        assert practice.title == "Herders read the regeneration plots"
        links = practices.links(practice.id)
        assert links["gbf_targets"] == [3, 22]
        assert [ActionService(store).get(a).title for a in links["actions"]] == [
            "Permanent regeneration plots"
        ]
        assert len(AttachmentService(store).list_for(good_practice_id=practice.id)) == 1
