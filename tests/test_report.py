"""The post-training report: read the Word file back and check what a programme officer
checks; the completeness check; the submission folder."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm

from brdesk.errors import BrdeskError
from brdesk.reports.report_data import ReportOptions
from brdesk.services.followup import EvaluationService, SummaryService
from brdesk.services.plan import ActionService, ObjectiveService, PlanService
from brdesk.services.profile import ParticipantService, ReserveService
from brdesk.services.report import completeness, export_report, gather
from brdesk.services.store import Store
from brdesk.services.submission import (
    NOTE_NAME,
    attach_file,
    ensure_standard_items,
    prepare_submission,
    report_due_date,
    status_of,
)

ACK = "Supported by the Bureau of International Cooperation, Chinese Academy of Sciences."


def _all_text(doc: Document) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def test_the_demo_report_has_everything_a_programme_officer_checks(
    demo_store: Store, tmp_path: Path
) -> None:
    out = export_report(demo_store, tmp_path / "report.docx", today=date(2025, 11, 20))
    doc = Document(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == [
        "1. Basic personal information",
        "2. Summary of participation",
        "3. Evaluation of the training programme",
    ]
    assert headings[-1] == "Acknowledgement"
    assert [p.text for p in doc.paragraphs if p.style.name == "Title"] == ["Post-training report"]

    text = _all_text(doc)
    for fact in (
        "Pema Sherpa",
        "Sanjha Himal Biosphere Reserve Management Office",
        "Chief Conservation Officer",
        "pema.sherpa@example.org",
        "Reserve manager",
        "Two field visits to mountain reserves near Beijing and Hangzhou.",
        "A follow-up online clinic six months after the training.",
        "20 November 2025",
        "15–27 September 2025",
    ):
        assert fact in text, fact
    # Every action of the plan is in the report.
    for action in ActionService(demo_store).list():
        assert action.title in text, action.title
    # The overall rating, as the table shows it.
    ratings = next(t for t in doc.tables if t.rows[0].cells[0].text == "Aspect")
    assert [c.text for c in ratings.rows[-1].cells] == ["Overall", "5 / 5"]

    # The acknowledgement: in its own section of the body and in every section's footer.
    body = [p.text for p in doc.paragraphs]
    ack_heading = body.index("Acknowledgement")
    assert body[ack_heading + 1] == ACK
    assert doc.sections
    for section in doc.sections:
        assert ACK in [p.text for p in section.footer.paragraphs]
        assert ACK in [p.text for p in section.first_page_footer.paragraphs]  # title page
        assert "PAGE" in section.footer._element.xml
        header = " ".join(p.text for p in section.header.paragraphs)
        assert header.startswith("Post-training report · ")
        # A4 (python-docx stores twips, so compare to a tenth of a millimetre).
        assert abs(section.page_width - Cm(21.0)) < Cm(0.01)
        assert abs(section.page_height - Cm(29.7)) < Cm(0.01)

    # Four charts and the zones' map, with captions, each with alternative text for screen
    # readers.
    assert len(doc.inline_shapes) == 5
    captions = [p.text for p in doc.paragraphs if p.style.name == "Caption"]
    assert len(captions) == 5 and captions[0].startswith("Figure 1.")
    assert captions[4].startswith("Figure 5. The reserve's zones and its observations")
    for shape, caption in zip(doc.inline_shapes, captions, strict=True):
        described = shape._inline.docPr.get("descr")
        assert described and described.removeprefix("Chart: ") in caption


def test_the_files_properties_are_true(demo_store: Store, tmp_path: Path) -> None:
    import zipfile
    from datetime import UTC, datetime, timedelta

    before = datetime.now(UTC).replace(microsecond=0)
    out = export_report(demo_store, tmp_path / "report.docx")
    props = Document(str(out)).core_properties
    assert props.title == "Post-training report: Pema Sherpa"
    assert props.author == props.last_modified_by == "Pema Sherpa"
    assert props.language == "en-GB"
    for moment in (props.created, props.modified):
        assert before - timedelta(seconds=1) <= moment <= datetime.now(UTC) + timedelta(seconds=1)
    assert props.last_printed is None
    with zipfile.ZipFile(out) as package:
        everything = b"".join(package.read(n) for n in package.namelist() if n.endswith(".xml"))
    assert b"python-docx" not in everything
    assert b"Macintosh" not in everything
    assert b'w:lang w:val="en-GB"' in everything  # the spelling language of the text


def test_page_numbers_are_the_size_of_the_words_around_them(
    demo_store: Store, tmp_path: Path
) -> None:
    out = export_report(demo_store, tmp_path / "report.docx")
    footer = Document(str(out)).sections[0].footer
    pages = next(p for p in footer.paragraphs if "Page" in p.text)
    sizes = {run.font.size for run in pages.runs}
    assert len(pages.runs) > 4 and sizes == {pages.runs[0].font.size}  # every run, fields too


def test_optional_sections_can_be_left_out(demo_store: Store, tmp_path: Path) -> None:
    options = ReportOptions(
        include_plan=False, include_charts=False, include_alignment=False, include_zones=False
    )
    doc = Document(str(export_report(demo_store, tmp_path / "short.docx", options)))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "1. Basic personal information",
        "2. Summary of participation",
        "3. Evaluation of the training programme",
        "Acknowledgement",
    ]
    assert len(doc.inline_shapes) == 0
    assert ActionService(demo_store).list()[0].title not in _all_text(doc)


def test_completeness_names_each_missing_part(store: Store) -> None:
    missing = completeness(gather(store))
    assert "Personal information: your profile is not filled in" in missing
    assert "Personal information: biosphere reserve not given" in missing
    assert "Summary of participation: field visits not written" in missing
    assert "Evaluation: overall rating not given" in missing
    assert "Evaluation: protected area management rating not given" in missing
    assert "Evaluation: suggestions for future editions not written" in missing
    assert "Action plan: no actions yet" in missing
    assert "The reserve's zones: no outlines on the map yet (Map › Import zones…)" in missing
    assert "Action plan: no actions yet" not in completeness(
        gather(store), ReportOptions(include_plan=False)
    )

    person = ParticipantService(store).create_with_programme(full_name="Nomvula Dlamini")
    missing = completeness(gather(store))
    assert "Personal information: your profile is not filled in" not in missing
    assert "Personal information: country not given" in missing
    assert "Personal information: e-mail not given" in missing

    ParticipantService(store).update(
        person.id, country_code="ZA", institution="SANParks", position="Ecologist",
        email="n.dlamini@example.org",
    )  # fmt: skip
    ReserveService(store).create(name="Kruger to Canyons Biosphere Region")
    SummaryService(store).create(participant_id=person.id, field_visits="Two")
    EvaluationService(store).create(participant_id=person.id, rating_overall=4)
    missing = completeness(gather(store))
    assert not [m for m in missing if m.startswith("Personal information")]
    assert "Summary of participation: field visits not written" not in missing
    assert "Evaluation: overall rating not given" not in missing
    assert "Summary of participation: group work not written" in missing


def test_an_empty_profile_still_exports_a_valid_report(store: Store, tmp_path: Path) -> None:
    doc = Document(str(export_report(store, tmp_path / "empty.docx")))
    assert "—" in _all_text(doc)
    assert ACK in [p.text for p in doc.paragraphs]


def test_report_needs_a_docx_name(store: Store, tmp_path: Path) -> None:
    with pytest.raises(BrdeskError, match=r"must end in \.docx"):
        export_report(store, tmp_path / "report.pdf")
    assert not (tmp_path / "report.pdf").exists()


def test_followup_items_and_deadlines(store: Store, tmp_path: Path) -> None:
    assert ensure_standard_items(store) == []  # nothing to follow up without a profile
    ParticipantService(store).create_with_programme(full_name="Ana Lima")
    items = ensure_standard_items(store)
    assert [i.kind for i in items] == ["report", "passport_page", "visa_page", "entry_exit_stamps"]
    assert report_due_date(store) == date(2025, 11, 27)  # programme end + 2 months
    assert {i.due_date for i in items} == {date(2025, 11, 27)}
    assert [i.id for i in ensure_standard_items(store)] == [i.id for i in items]  # idempotent
    assert status_of(items[0], date(2025, 11, 1)) == "open"
    assert status_of(items[0], date(2025, 11, 20)) == "due_soon"
    assert status_of(items[0], date(2025, 11, 28)) == "overdue"

    scan = tmp_path / "passport.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    attach_file(store, items[1].id, scan)
    refreshed = ensure_standard_items(store)
    assert refreshed[1].status == "ready"
    # Ready to send is not late work, whatever the date.
    assert status_of(refreshed[1], date(2025, 12, 28)) == "ready"


def test_an_exported_report_is_the_follow_up_items_file(store: Store, tmp_path: Path) -> None:
    from brdesk.services.overview import attention
    from brdesk.services.submission import latest_file, record_report

    ParticipantService(store).create_with_programme(full_name="Ana Lima")
    ensure_standard_items(store)
    late = date(2025, 12, 1)
    with store.dbapi() as conn:
        assert any(
            a.severity == "overdue" and "report" in a.text.lower() for a in attention(conn, late)
        )
    out = export_report(store, tmp_path / "report.docx")
    assert record_report(store, out)
    report = ensure_standard_items(store)[0]
    assert report.status == "ready"
    found = latest_file(store, report.id)
    assert found is not None and found[1].read_bytes() == out.read_bytes()
    with store.dbapi() as conn:
        said = [a for a in attention(conn, late) if "report" in a.text.lower()]
    assert [a.severity for a in said] == ["to_send"]  # not overdue: the file is there


def test_the_submission_folder_holds_exactly_what_the_programme_asks(
    demo_store: Store, tmp_path: Path
) -> None:
    items = {i.kind: i for i in ensure_standard_items(demo_store)}
    scans = tmp_path / "scans"
    scans.mkdir()
    for kind, name in (
        ("passport_page", "IMG_2031.JPG"),
        ("visa_page", "visa scan.pdf"),
        ("entry_exit_stamps", "stamps.PDF"),
    ):
        head = b"\xff\xd8\xff" if name.endswith("JPG") else b"%PDF-1.4 "
        (scans / name).write_bytes(head + f"scan of {kind}".encode())
        attach_file(demo_store, items[kind].id, scans / name)
    stick = tmp_path / "stick"
    stick.mkdir()

    result = prepare_submission(demo_store, stick, today=date(2025, 11, 20))

    assert result.folder.parent == stick
    assert sorted(p.name for p in result.folder.iterdir()) == sorted(
        [
            "Pema-Sherpa_post-training-report.docx",
            "Pema-Sherpa_passport-information-page.jpg",
            "Pema-Sherpa_visa-page.pdf",
            "Pema-Sherpa_entry-exit-stamp-pages.pdf",
            NOTE_NAME,
        ]
    )
    assert result.missing == []
    assert (
        result.folder / "Pema-Sherpa_visa-page.pdf"
    ).read_bytes() == b"%PDF-1.4 scan of visa_page"
    note = (result.folder / NOTE_NAME).read_text(encoding="utf-8")
    assert "wlcheng@rcees.ac.cn" in note
    assert "does not send" in note
    assert ACK in note
    report = Document(str(result.folder / "Pema-Sherpa_post-training-report.docx"))
    assert ACK in [p.text for p in report.sections[0].footer.paragraphs]
    # Only the new folder was added to the stick: no temporary leftovers.
    assert [p.name for p in stick.iterdir()] == [result.folder.name]


def test_missing_scans_are_reported_and_a_failure_leaves_nothing(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = prepare_submission(demo_store, tmp_path)
    assert sorted(p.name for p in result.folder.iterdir()) == sorted(
        ["Pema-Sherpa_post-training-report.docx", NOTE_NAME]
    )
    assert len(result.missing) == 3
    assert "Still missing" in (result.folder / NOTE_NAME).read_text(encoding="utf-8")

    import brdesk.services.report as report_module

    def broken(*args: object, **kwargs: object) -> None:
        raise BrdeskError("disk full")

    monkeypatch.setattr(report_module, "export_report", broken)
    target = tmp_path / "second"
    target.mkdir()
    with pytest.raises(BrdeskError, match="disk full"):
        prepare_submission(demo_store, target)
    assert list(target.iterdir()) == []


def test_export_report_from_the_command_line(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    result = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(demo_dir), "export", "report",
         str(out), "--no-charts", "--no-zones"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Report written to" in result.stdout
    assert result.stderr == ""  # the demo report is complete
    assert len(Document(str(out)).inline_shapes) == 0
    with Store.open(demo_dir) as store:  # recorded as the report item's file
        report = ensure_standard_items(store)[0]
        assert report.status in ("ready", "sent")


def test_the_command_line_warns_about_gaps(tmp_path: Path) -> None:
    data = tmp_path / "d"
    store = Store.open(data)
    plan = PlanService(store).create(title="P")
    ObjectiveService(store).create(plan_id=plan.id, pillar_id=1, title="O")
    store.close()
    result = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(data), "export", "report",
         str(tmp_path / "r.docx")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0
    assert "the report is incomplete" in result.stderr
    assert "Evaluation: overall rating not given" in result.stderr


def test_the_note_names_the_contact_address_the_user_corrected(
    demo_store: Store, tmp_path: Path
) -> None:
    from brdesk.services.profile import ProgrammeService

    person = ParticipantService(demo_store).current()
    assert person is not None and person.programme_id is not None
    ProgrammeService(demo_store).update(person.programme_id, contact_email="office@example.org")
    result = prepare_submission(demo_store, tmp_path)
    note = (result.folder / NOTE_NAME).read_text(encoding="utf-8")
    assert "Send these files by e-mail to: office@example.org" in note
    assert "wlcheng@rcees.ac.cn" not in note


def test_the_self_assessment_section_is_there_when_asked(demo_store: Store, tmp_path: Path) -> None:
    plain = Document(str(export_report(demo_store, tmp_path / "plain.docx")))
    assert not any("Management effectiveness" in p.text for p in plain.paragraphs)

    options = ReportOptions(include_effectiveness=True)
    doc = Document(str(export_report(demo_store, tmp_path / "with.docx", options)))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "7. Management effectiveness (self-assessment)" in headings
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "overall 52% of what could be scored" in text
    assert "compares it with the assessment of" in text
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    assert {"Context", "60%", "5 of 5"} <= cells  # the scores by element
    assert "Find a second funder before the trust-fund grant ends" in cells  # a next step
    assert any("Score by element" in (d.get("descr") or "") for d in _pictures(doc))


def test_the_section_asked_for_with_no_assessment_is_named_missing(
    store: Store, tmp_path: Path
) -> None:
    options = ReportOptions(include_effectiveness=True)
    assert "Management effectiveness: no self-assessment yet" in completeness(
        gather(store), options
    )


def _pictures(doc: object) -> list[dict[str, str]]:
    from docx.oxml.ns import qn

    body = doc.element.body  # type: ignore[attr-defined]
    return [dict(e.attrib) for e in body.iter(qn("wp:docPr"))]


def test_the_zones_part_shows_the_map_areas_and_counts(demo_store: Store, tmp_path: Path) -> None:
    from brdesk.reports.report_data import ReportOptions
    from brdesk.services.zones import ZoneService

    out = export_report(demo_store, tmp_path / "report.docx")
    doc = Document(str(out))
    body = [p.text for p in doc.paragraphs]
    assert "7. The reserve's zones" in body
    tables = {t.rows[0].cells[0].text + "|" + t.rows[0].cells[1].text: t for t in doc.tables}
    areas = tables["Zone|On the map"]
    rows = [[c.text for c in r.cells] for r in areas.rows[1:]]
    by_zone = {z.kind: z.area_ha for z in ZoneService(demo_store).list()}
    assert rows[0][:3] == ["Core area", f"{by_zone['core']:,.0f} ha", "145,000 ha"]
    assert rows[2][3].startswith("the map's is 13% larger")
    counts = tables["Zone|Observations"]
    held = {r.cells[0].text: int(r.cells[1].text.replace(",", "")) for r in counts.rows[1:]}
    with demo_store.dbapi() as conn:
        expected = dict(conn.execute(
            "SELECT z.name, count(*) FROM observation_zone o JOIN reserve_zone z "
            "ON z.id = o.zone_id GROUP BY z.name"
        ).fetchall())  # fmt: skip
    assert held == expected and sum(held.values()) == 3000
    # Left out when asked.
    out = export_report(demo_store, tmp_path / "without.docx", ReportOptions(include_zones=False))
    assert "7. The reserve's zones" not in [p.text for p in Document(str(out)).paragraphs]
