"""A cohort's exports: the cohort report (Word), the cohort workbook (Excel), the
follow-up list for the programme contact (Word or Excel), and the cohort package that hands
the whole cohort on."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from brdesk import reference
from brdesk.errors import BrdeskError
from brdesk.exchange.atomic import atomic_path
from brdesk.exchange.cohort_package import write_cohort_package
from brdesk.exchange.tabular import Column, Sheet, write_workbook
from brdesk.languages import marked, said
from brdesk.paths import DataDir
from brdesk.reports.cohort_data import (
    FOLLOWUP_HEADERS,
    OVERVIEW_HEADERS,
    MemberSummary,
    followup_row,
    overview_row,
)
from brdesk.reports.report_data import PracticePart
from brdesk.services.cohort import members
from brdesk.services.cohort_folder import PACKAGE, cohort_name, is_cohort, members_dir
from brdesk.services.cohort_overview import alignment, practice_catalogue


def _members(data_dir: DataDir) -> list[MemberSummary]:
    if not is_cohort(data_dir):
        raise BrdeskError(
            said(
                "{root} is not a cohort folder: there is no cohort to export. Add "
                "participants' packages to a folder of its own first (brdesk "
                "--data-dir COHORT_FOLDER cohort add PACKAGES).",
                root=data_dir.root,
            )
        )
    found = members(data_dir)
    if not found:
        raise BrdeskError(marked("The cohort has no participant yet: add their packages first."))
    return found


def export_cohort(
    data_dir: DataDir, out: Path, *, followup: bool = False, today: date | None = None
) -> int:
    """Write the cohort report (.docx) or workbook (.xlsx), or with followup only the
    follow-up list; returns the number of participants."""
    suffix = out.suffix.lower()
    if suffix not in (".docx", ".xlsx"):
        raise BrdeskError(
            said(
                "Cannot export the cohort to '{name}': the name must end in .docx (Word) or "
                ".xlsx (Excel).",
                name=out.name,
            )
        )
    found = _members(data_dir)
    today = today or date.today()
    if suffix == ".xlsx":
        sheets = [_followup_sheet(found)] if followup else _sheets(found)
        write_workbook(out, sheets, title=f"Cohort: {cohort_name(data_dir)}")
        return len(found)
    from brdesk.reports.cohort_docx import build_cohort_report, build_followup_list

    acknowledgement = reference.programme().acknowledgement
    with atomic_path(out) as temp:
        if followup:
            build_followup_list(found, cohort_name(data_dir), today, acknowledgement, temp)
        else:
            build_cohort_report(cohort_report(data_dir, found, today), temp)
    return len(found)


def cohort_report(data_dir: DataDir, found: Sequence[MemberSummary], today: date) -> Any:
    from brdesk.reports.chart_base import to_png
    from brdesk.reports.cohort_docx import CohortReport
    from brdesk.reports.world_map import world_map

    places = [(n, m.location[0], m.location[1]) for n, m in enumerate(found, start=1)
              if m.location]  # fmt: skip
    sdgs, gbf = alignment(found)
    return CohortReport(
        name=cohort_name(data_dir),
        today=today,
        acknowledgement=reference.programme().acknowledgement,
        members=found,
        sdgs=sdgs,
        gbf_targets=gbf,
        map_png=to_png(world_map(places)),
        unplaced=[m.name for m in found if not m.location],
        practices=list(_practice_parts(data_dir, found)),
    )


def _practice_parts(
    data_dir: DataDir, found: Sequence[MemberSummary]
) -> Iterator[tuple[str, str, PracticePart]]:
    for entry in practice_catalogue(found):
        yield (
            entry.theme,
            entry.participant,
            member_practice(data_dir, entry.participant_uuid, entry.practice_uuid),
        )


def member_practice(data_dir: DataDir, participant: str, practice: str) -> PracticePart:
    """A participant's good practice as a case study, read from their data."""
    from sqlalchemy import select

    from brdesk.db import models
    from brdesk.services.practice_export import practice_part
    from brdesk.services.store import Store

    with Store.open(DataDir(members_dir(data_dir) / participant)) as store:
        with store.reading() as session:
            found = session.scalar(
                select(models.GoodPractice.id).where(models.GoodPractice.uuid == practice)
            )
        if found is None:
            raise BrdeskError(
                marked("That good practice is no longer in the participant's package.")
            )
        return practice_part(store, found)


def export_member_case_study(data_dir: DataDir, participant: str, practice: str, out: Path) -> None:
    from brdesk.reports.docx_practices import build_case_study

    part = member_practice(data_dir, participant, practice)
    with atomic_path(out) as temp:
        build_case_study(part, temp, reference.programme().acknowledgement)


def _sheets(found: Sequence[MemberSummary]) -> list[Sheet]:
    widths = (24, 14, 30, 8, 8, 8, 8, 12, 14, 18, 14, 12)
    overview = Sheet(
        "Participants",
        [Column(h, "integer" if h.startswith("Pillar") else "text", w)
         for h, w in zip(OVERVIEW_HEADERS, widths, strict=True)],
        [[*row[:3], *(int(n) for n in row[3:7]), *row[7:]] for row in map(overview_row, found)],
    )  # fmt: skip
    sdgs, gbf = alignment(found)
    goals = Sheet(
        "Alignment",
        [Column("Goal", "text", 12), Column("Number", "integer", 8), Column("Title", "text", 50),
         Column("Reserves", "integer", 10), Column("Actions", "integer", 10),
         Column("Participants", "text", 60)],
        [[g.kind, g.number, g.title, g.reserves, g.actions, "; ".join(g.names)]
         for g in (*sdgs, *gbf)],
    )  # fmt: skip
    pillars = {p.number: p.name for p in reference.pillars()}
    actions = Sheet(
        "Actions",
        [Column("Participant", "text", 24), Column("Biosphere reserve", "text", 30),
         Column("Pillar", "text", 36), Column("Action", "text", 60), Column("Status", "text", 14)],
        [[m.name, m.reserve, pillars.get(p, str(p)), title, status]
         for m in found for p, title, status in m.plan],
    )  # fmt: skip
    practices = Sheet(
        "Good practices",
        [Column("Theme", "text", 26), Column("Good practice", "text", 50),
         Column("Participant", "text", 24), Column("Biosphere reserve", "text", 30),
         Column("Country", "text", 16)],
        [[e.theme, e.title, e.participant, e.reserve, e.country]
         for e in practice_catalogue(found)],
    )  # fmt: skip
    return [overview, goals, actions, practices, _followup_sheet(found)]


def _followup_sheet(found: Sequence[MemberSummary]) -> Sheet:
    widths = (24, 28, 18, 18, 18, 18, 12, 40)
    return Sheet(
        "Follow-up",
        [Column(h, "text", w) for h, w in zip(FOLLOWUP_HEADERS, widths, strict=True)],
        [followup_row(m) for m in found],
    )


def export_cohort_package(data_dir: DataDir, out: Path) -> int:
    """The whole cohort as one file for another cohort folder; returns the participants."""
    if out.suffix.lower() != ".brdesk":
        raise BrdeskError(
            said("A cohort package is a .brdesk file: '{name}' is not.", name=out.name)
        )
    found = _members(data_dir)
    folder = members_dir(data_dir)
    return write_cohort_package(
        out,
        [
            (m.participant_uuid, m.name, folder / m.participant_uuid / PACKAGE, m.package_name)
            for m in found
        ],
    )
