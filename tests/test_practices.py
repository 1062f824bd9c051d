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


def _photo(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (1600, 1200)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG")
    return path


def test_the_case_study_is_one_word_file_with_its_photos_and_the_acknowledgement(
    demo_store: Store, tmp_path: Path
) -> None:
    from docx import Document

    from brdesk import reference
    from brdesk.services.practice_export import export_case_study

    practices = GoodPracticeService(demo_store)
    herders = practices.find("herders")
    files = AttachmentService(demo_store)
    for n, colour in enumerate(((90, 120, 160), (120, 150, 80), (160, 110, 80), (9, 9, 9))):
        files.add(_photo(tmp_path / f"station {n}.jpg", colour), good_practice_id=herders.id)
    minutes = tmp_path / "minutes.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes of the user group")
    files.add(minutes, good_practice_id=herders.id)
    out = export_case_study(demo_store, herders.id, tmp_path / "case.docx")
    doc = Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert doc.paragraphs[1].text == "Herders as snow leopard monitors"
    for part in ("The challenge. Four rangers", "Conditions to replicate and scale. Needs",
                 "Goals it serves. SDG 1: No Poverty; SDG 15: Life on Land",
                 "Linked to the action plan. Camera-trap grid"):  # fmt: skip
        assert part in text
    # Three photos in a row, the others named, and why.
    assert len(doc.inline_shapes) == 3
    assert "station 3.jpg (a case study shows 3 photos)" in text
    assert "minutes.pdf (not a picture Word can show)" in text
    # Scaled for the page: the file stays small whatever the camera wrote.
    assert max(s.width for s in doc.inline_shapes) <= 5.1 * 360000
    footer = doc.sections[0].footer.paragraphs[0].text
    assert footer == reference.programme().acknowledgement
    assert doc.core_properties.title == "Good practice: Herders as snow leopard monitors"


def test_a_sensitive_observation_is_evidence_without_its_site(
    demo_store: Store, tmp_path: Path
) -> None:
    from brdesk.services.practice_export import practice_part

    observations = ObservationService(demo_store)
    secret = observations.create(
        observed_on=date(2026, 1, 5), category="species", subject="Moschus leucogaster",
        site="Den below the north col", sensitive=True,
    )  # fmt: skip
    practices = GoodPracticeService(demo_store)
    made = practices.create(title="Musk deer watch", observations=[secret.id])
    part = practice_part(demo_store, made.id)
    assert part.evidence == ("2026-01-05 · Moschus leucogaster",)


def test_the_command_line_writes_a_case_study_and_the_report_section(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from docx import Document

    from brdesk.cli.run import main

    out = tmp_path / "grazing.docx"
    assert main(["--data-dir", str(demo_dir), "export", "practice", "seasonal", str(out)]) == 0
    assert "Seasonal grazing calendars" in Document(str(out)).paragraphs[1].text
    assert main(["--data-dir", str(demo_dir), "export", "practice", "nothing", str(out)]) != 0
    assert "No good practice is called 'nothing'" in capsys.readouterr().err
    report = tmp_path / "report.docx"
    assert main(["--data-dir", str(demo_dir), "export", "report", "--practices", str(report)]) == 0
    headings = [
        p.text for p in Document(str(report)).paragraphs if p.style.name.startswith("Heading")
    ]
    at = next(i for i, h in enumerate(headings) if h.endswith("Good practices"))
    assert headings[at + 1 : at + 3] == [
        "Herders as snow leopard monitors",
        "Seasonal grazing calendars agreed in the buffer zone",
    ]
    plain = tmp_path / "plain.docx"
    assert main(["--data-dir", str(demo_dir), "export", "report", str(plain)]) == 0
    assert not any("Good practices" in p.text for p in Document(str(plain)).paragraphs)


def test_the_report_reads_the_practices_photos_only_when_it_shows_them(
    demo_store: Store,
) -> None:
    from brdesk.services.report import gather

    running = gather(demo_store)  # what the report page's check reads at every change
    assert (running.practice_count, running.practices) == (2, ())
    full = gather(demo_store, practices=True)
    assert [p.title for p in full.practices] == [
        "Herders as snow leopard monitors",
        "Seasonal grazing calendars agreed in the buffer zone",
    ]
