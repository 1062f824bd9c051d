"""The cohort workspace: five participants' packages (made from differently filled data
folders) gathered into a cohort folder, kept apart; a newer package replacing the older
with what changed said; the overview, the combined alignment, the map's places, the
catalogue; the exports; and the two folders that never mix."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from brdesk import reference
from brdesk.errors import PackageRefused
from brdesk.paths import DataDir
from brdesk.reports.cohort_data import followup_row, overview_row
from brdesk.services.cohort import add_packages, members
from brdesk.services.cohort_export import export_cohort, export_cohort_package
from brdesk.services.cohort_folder import NotACohort, is_cohort, member_dirs
from brdesk.services.cohort_overview import alignment, plans_by_pillar, practice_catalogue
from brdesk.services.followup import FollowupService
from brdesk.services.packages import export_package, import_package
from brdesk.services.plan import ActionService, ObjectiveService
from brdesk.services.store import Store


@pytest.fixture
def five(_five: tuple[Path, list[Path]]) -> list[Path]:
    return _five[1]


@pytest.fixture
def cohort(five: list[Path], tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "cohort")
    outcome = add_packages(store, five)
    assert len(outcome.added) == 5, outcome.lines()
    yield store
    store.close()


def _by_name(store: Store) -> dict[str, object]:
    return {m.name: m for m in members(store.data_dir)}


def test_five_packages_make_five_separate_participants(cohort: Store) -> None:
    assert is_cohort(cohort.data_dir)
    assert not cohort.has_user_data()  # the cohort's own database holds nobody's data
    got = _by_name(cohort)
    assert sorted(got) == ["Aigerim Tokaeva", "Andrés García", "Lucía Quispe",
                           "Pema Sherpa", "Wanjiru Mwangi"]  # fmt: skip
    assert len(member_dirs(cohort.data_dir)) == 5
    pema, aigerim = got["Pema Sherpa"], got["Aigerim Tokaeva"]
    assert pema.per_pillar == [4, 3, 4, 3] and pema.actions == 14
    assert pema.observations == 3000 and len(pema.practices) == 2
    assert aigerim.per_pillar == [1, 0, 1, 1] and (aigerim.done, aigerim.in_progress) == (1, 1)
    assert aigerim.documents["report"] == ["Ready to send", False]
    assert pema.effectiveness is not None and pema.effectiveness[1] is not None
    # Each placed by what it has: zones, observations, the reserve's country, the person's.
    how = {name: m.location[2] for name, m in got.items()}
    assert how == {"Pema Sherpa": "zones", "Aigerim Tokaeva": "observations",
                   "Wanjiru Mwangi": "observations", "Lucía Quispe": "country",
                   "Andrés García": "country"}  # fmt: skip
    lat, lon, _ = got["Lucía Quispe"].location
    peru = reference.country_outline("PE")
    assert peru is not None and -19 < lat < 0 and -82 < lon < -68
    row = overview_row(aigerim)
    assert row[:3] == ["Aigerim Tokaeva", "Kyrgyzstan", "Sary-Chelek Biosphere Reserve"]
    assert row[7] == "1 of 3" and row[9] == "Ready to send"
    assert overview_row(got["Andrés García"])[7] == "no plan"


def test_the_combined_alignment_says_which_goals_many_serve_and_which_none(
    cohort: Store,
) -> None:
    sdgs, gbf = alignment(members(cohort.data_dir))
    by_number = {g.number: g for g in sdgs}
    # SDG 15: the demo, Sary-Chelek and Huascarán plans each tag it.
    assert by_number[15].reserves == 3 and sdgs[0].number == 15
    assert set(by_number[15].names) == {"Pema Sherpa", "Aigerim Tokaeva", "Lucía Quispe"}
    assert by_number[6].reserves == 2  # the demo's and Huascarán's
    assert by_number[14].reserves == 0 and sdgs[-1].reserves == 0
    assert len(sdgs) == 17 and len(gbf) == 23
    assert {g.number: g.reserves for g in gbf}[22] == 2


def test_plans_side_by_side_and_the_catalogue_by_theme(cohort: Store) -> None:
    found = members(cohort.data_dir)
    pillar3 = dict(plans_by_pillar(found, 3))
    assert pillar3["Lucía Quispe"] == ["Turismo de montaña sostenible (planned)"]
    assert pillar3["Wanjiru Mwangi"] == []
    titles = [(e.title, e.participant) for e in practice_catalogue(found)]
    assert ("Herders read the regeneration plots", "Aigerim Tokaeva") in titles
    assert len(titles) == 3
    livelihoods = practice_catalogue(found, "livelihoods")
    assert [e.title for e in livelihoods] == [
        "Seasonal grazing calendars agreed in the buffer zone"
    ]


def test_a_newer_package_replaces_the_older_and_says_what_changed(
    cohort: Store, _five: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    work, _ = _five
    folder = tmp_path / "aigerim-later"
    shutil.copytree(work / "aigerim", folder)
    with Store.open(folder) as laptop:
        objective = ObjectiveService(laptop).list()[0]
        ActionService(laptop).create(objective_id=objective.id, title="Camera traps", sdgs=[15])
        report = next(i for i in FollowupService(laptop).list() if i.kind == "report")
        FollowupService(laptop).update(report.id, status="sent")
        newer = tmp_path / "aigerim-december.brdesk"
        export_package(laptop, newer)
    outcome = add_packages(cohort, [newer])
    (line,) = outcome.replaced
    assert line.startswith("Aigerim Tokaeva (Sary-Chelek Biosphere Reserve): aigerim-december")
    assert "actions 1 added" in line
    assert "report Ready to send → Sent" in line
    got = _by_name(cohort)["Aigerim Tokaeva"]
    assert got.actions == 4 and got.documents["report"][0] == "Sent"
    assert len(member_dirs(cohort.data_dir)) == 5
    assert followup_row(got)[-1] == "Passport page, Visa page, Entry/exit stamps"
    # The older package, brought again, does not undo the newer.
    older = [p for p in _five[1] if p.name == "aigerim.brdesk"]
    again = add_packages(cohort, older)
    assert "is not newer than the package held" in again.unchanged[0]
    assert _by_name(cohort)["Aigerim Tokaeva"].actions == 4
    # And the same package twice changes nothing.
    assert "already in the cohort" in add_packages(cohort, [newer]).unchanged[0]


def test_a_folder_of_packages_and_a_bad_file_among_them(five: list[Path], tmp_path: Path) -> None:
    folder = tmp_path / "collected"
    folder.mkdir()
    for path in five[1:3]:
        shutil.copy(path, folder / path.name)
    (folder / "notes.brdesk").write_bytes(b"not a zip at all")
    (folder / "readme.txt").write_text("ignored: not a package")
    with Store.open(tmp_path / "cohort") as store:
        outcome = add_packages(store, [folder])
        assert len(outcome.added) == 2
        (refused,) = outcome.refused
        assert refused.startswith("notes.brdesk") and "cannot be read" in refused
        assert len(members(store.data_dir)) == 2


def test_personal_and_cohort_folders_never_mix(
    cohort: Store, five: list[Path], demo_store: Store, tmp_path: Path
) -> None:
    # A participant's package is not merged into a cohort folder ...
    with pytest.raises(NotACohort, match="is a cohort folder"):
        import_package(cohort, five[1])
    # ... nor does a cohort folder export one person's package.
    with pytest.raises(NotACohort, match="cohort package"):
        export_package(cohort, tmp_path / "x.brdesk")
    # A folder with someone's own data does not become a cohort.
    before = demo_store.counts()
    with pytest.raises(NotACohort, match="holds your own data"):
        add_packages(demo_store, five[1:2])
    assert not is_cohort(demo_store.data_dir) and demo_store.counts() == before
    # A cohort package is refused by a personal folder, naming what it is.
    whole = tmp_path / "cohort-2026.brdesk"
    assert export_cohort_package(cohort.data_dir, whole) == 5
    with pytest.raises(PackageRefused, match="is a cohort package"):
        import_package(demo_store, whole)
    assert demo_store.counts() == before


def test_a_package_of_two_participants_is_refused(demo_store: Store, tmp_path: Path) -> None:
    from brdesk.services.profile import ParticipantService

    ParticipantService(demo_store).create(full_name="Second Person")
    out = tmp_path / "two.brdesk"
    export_package(demo_store, out)
    with Store.open(tmp_path / "cohort") as store:
        outcome = add_packages(store, [out])
    (refused,) = outcome.refused
    assert "holds 2 participants' profiles" in refused and "Second Person" in refused


def test_the_cohort_package_brings_the_whole_cohort_to_another_cohort_folder(
    cohort: Store, tmp_path: Path
) -> None:
    whole = tmp_path / "whole.brdesk"
    export_cohort_package(cohort.data_dir, whole)
    with zipfile.ZipFile(whole) as archive:
        assert len([n for n in archive.namelist() if n.startswith("members/")]) == 5
    with Store.open(tmp_path / "secretariat") as other:
        outcome = add_packages(other, [whole])
        assert len(outcome.added) == 5
        assert "Pema Sherpa (Sanjha Himal Biosphere Reserve (demo)): Pema Sherpa.brdesk" in (
            " ".join(outcome.added)
        )
        theirs = {m.name: m.sha256 for m in members(other.data_dir)}
    assert theirs == {m.name: m.sha256 for m in members(cohort.data_dir)}


def test_the_cohort_report_workbook_and_follow_up_list(cohort: Store, tmp_path: Path) -> None:
    report = tmp_path / "cohort.docx"
    assert export_cohort(cohort.data_dir, report, today=date(2026, 12, 1)) == 5
    doc = Document(str(report))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    for part in ("1. The participants", "4. Good practices", "5. Follow-up: who has sent what",
                 "1. Aigerim Tokaeva", "5. Wanjiru Mwangi",
                 "Herders read the regeneration plots (Aigerim Tokaeva)"):  # fmt: skip
        assert part in headings
    # The map, and the photo of Aigerim's practice.
    assert len(doc.inline_shapes) >= 2
    acknowledgement = reference.programme().acknowledgement
    for section in doc.sections:
        assert section.footer.paragraphs[0].text == acknowledgement
    overview = doc.tables[0]
    assert [c.text for c in overview.rows[1].cells][:2] == ["1", "Aigerim Tokaeva"]

    book = tmp_path / "cohort.xlsx"
    export_cohort(cohort.data_dir, book)
    wb = load_workbook(book, read_only=True)
    assert wb.sheetnames == ["Participants", "Alignment", "Actions", "Good practices",
                             "Follow-up"]  # fmt: skip
    rows = list(wb["Participants"].values)
    assert len(rows) == 6 and rows[1][0] == "Aigerim Tokaeva" and rows[1][3] == 1
    assert len(list(wb["Actions"].values)) == 1 + 14 + 3 + 3

    followup = tmp_path / "followup.xlsx"
    export_cohort(cohort.data_dir, followup, followup=True)
    sheet = list(load_workbook(followup, read_only=True)["Follow-up"].values)
    assert sheet[1][:3] == ("Aigerim Tokaeva", "aigerim@example.org", "Ready to send")
    words = tmp_path / "followup.docx"
    export_cohort(cohort.data_dir, words, followup=True)
    assert Document(str(words)).tables[0].rows[1].cells[0].text == "Aigerim Tokaeva"


def test_exports_refuse_what_is_not_a_cohort(demo_dir: Path, tmp_path: Path) -> None:
    from brdesk.errors import BrdeskError

    with pytest.raises(BrdeskError, match="is not a cohort folder"):
        export_cohort(DataDir(demo_dir), tmp_path / "x.docx")
    with pytest.raises(BrdeskError, match=r"must end in \.docx"):
        export_cohort(DataDir(demo_dir), tmp_path / "x.pdf")


def test_the_command_line_adds_a_folder_and_exports(
    five: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from brdesk.cli.run import main

    folder = tmp_path / "in"
    folder.mkdir()
    for path in five:
        shutil.copy(path, folder / path.name)
    cohort = str(tmp_path / "cohort")
    assert main(["--data-dir", cohort, "cohort", "add", str(folder)]) == 0
    assert "Participants: 5 added." in capsys.readouterr().out
    assert main(["--data-dir", cohort, "cohort", "list"]) == 0
    assert capsys.readouterr().out.count("\n") == 6
    for name in ("c.docx", "c.xlsx", "c.brdesk"):
        assert main(["--data-dir", cohort, "export", "cohort", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 0
    personal = str(tmp_path / "mine")
    assert main(["--data-dir", personal, "import", "package", str(tmp_path / "c.brdesk")]) != 0
    assert "is a cohort package" in capsys.readouterr().err


def test_many_packages_are_built_on_worker_processes_alike(
    five: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From POOL_FROM packages on, the folders are built on other processes: the same
    participants come out, and progress counts every one."""
    import brdesk.services.cohort as cohort_module

    monkeypatch.setattr(cohort_module, "POOL_FROM", 2)
    monkeypatch.setattr(cohort_module.os, "cpu_count", lambda: 2)
    seen: list[tuple[int, int]] = []
    broken = tmp_path / "broken.brdesk"
    data = five[1].read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    with Store.open(tmp_path / "cohort") as store:
        outcome = add_packages(store, [*five, broken], progress=lambda d, o: seen.append((d, o)))
        assert len(outcome.added) == 5, outcome.lines()
        assert outcome.refused and outcome.refused[0].startswith("broken.brdesk")
        assert seen[-1] == (5, 5)
        assert len(members(store.data_dir)) == 5
        assert not [p for p in (store.data_dir.root / "cohort" / "members").iterdir()
                    if p.name.startswith(".")]  # fmt: skip


def test_two_packages_of_one_participant_in_one_batch_keep_the_newest(
    _five: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    work, five = _five
    folder = tmp_path / "later"
    shutil.copytree(work / "lucia", folder)
    with Store.open(folder) as laptop:
        newer = tmp_path / "lucia-later.brdesk"
        ObjectiveService(laptop).create(plan_id=1, pillar_id=4, title="Comunidades")
        export_package(laptop, newer)
    lucia = next(p for p in five if p.name == "lucia.brdesk")
    with Store.open(tmp_path / "cohort") as store:
        outcome = add_packages(store, [newer, lucia])
        assert len(outcome.added) == 1 and "lucia-later.brdesk" in outcome.added[0]
        assert "lucia.brdesk is left out: lucia-later.brdesk" in outcome.unchanged[0]


def test_a_replacement_cut_short_by_a_power_cut_loses_nobody(cohort: Store, tmp_path: Path) -> None:
    """The older folder is set aside before the newer takes its place: a crash between the
    two leaves it aside, and the next look at the cohort puts it back."""
    folder = cohort.data_dir.root / "cohort" / "members"
    aigerim = next(m for m in members(cohort.data_dir) if m.name == "Aigerim Tokaeva")
    home = folder / aigerim.participant_uuid
    home.rename(folder / f".replaced-{aigerim.participant_uuid}")
    (folder / f".incoming-{aigerim.participant_uuid}").mkdir()  # half built, never placed
    assert "Aigerim Tokaeva" in {m.name for m in members(cohort.data_dir)}
    assert home.is_dir() and not (folder / f".replaced-{aigerim.participant_uuid}").exists()
