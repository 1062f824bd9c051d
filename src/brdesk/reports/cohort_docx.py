"""The cohort report in Word: the overview with the reserves on a world map, the combined
alignment with the SDGs and GBF targets, a page per participant, the good-practice
catalogue and the follow-up list; the acknowledgement in the footer of every page."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm

from brdesk import reference
from brdesk.reports.cohort_data import (
    DOCUMENTS,
    FOLLOWUP_HEADERS,
    GoalUse,
    MemberSummary,
    country,
    document_state,
    followup_row,
    overview_row,
    percent,
)
from brdesk.reports.docx_frame import LANGUAGE, add_footer, set_up_pages
from brdesk.reports.docx_practices import add_practice
from brdesk.reports.docx_tables import add_row, table, table_text_style
from brdesk.reports.report_data import PracticePart
from brdesk.wording import plural


@dataclass
class CohortReport:
    name: str
    today: date
    acknowledgement: str
    members: Sequence[MemberSummary]
    sdgs: Sequence[GoalUse]
    gbf_targets: Sequence[GoalUse]
    #: the world map as PNG, and the participants it could not place
    map_png: bytes | None = None
    unplaced: Sequence[str] = ()
    #: (theme, participant, the case study) per good practice, in catalogue order
    practices: Sequence[tuple[str, str, PracticePart]] = field(default_factory=list)


def build_cohort_report(data: CohortReport, path: Path) -> None:
    doc = Document()
    set_up_pages(doc)
    add_footer(doc, data.acknowledgement)
    props = doc.core_properties
    props.title = f"Cohort report: {data.name}"
    props.subject = reference.programme().name
    props.keywords = "WNMBR; mountain biosphere reserves; cohort"
    props.comments = data.acknowledgement
    props.language = LANGUAGE
    countries = {m.reserve_country or m.country for m in data.members} - {None}
    doc.add_paragraph(f"Cohort report: {data.name}", style="Title")
    doc.add_paragraph(
        f"{reference.programme().name}. {plural(len(data.members), 'participant')} from "
        f"{plural(len(countries), 'country', 'countries')}; written {data.today:%d %B %Y}."
    )
    _overview(doc, data)
    _alignment(doc, data)
    _participants(doc, data.members)
    _catalogue(doc, data)
    _followup(doc, data.members)
    doc.add_heading("Acknowledgement", level=1)
    doc.add_paragraph(data.acknowledgement)
    doc.save(str(path))


def _overview(doc: DocxDocument, data: CohortReport) -> None:
    doc.add_heading("1. The participants", level=1)
    # Eight columns of short headers: a narrow column breaks a long word mid-way.
    headers = ("#", "Participant", "Biosphere reserve", "Actions per pillar", "Done",
               "Score", "Report", "Last package")  # fmt: skip
    grid = table(doc, headers, (0.6, 2.6, 2.9, 1.8, 1.5, 1.5, 2.5, 2.6))
    style = table_text_style(doc)
    for number, member in enumerate(data.members, start=1):
        row = overview_row(member)
        pillars = "·".join(str(n) for n in member.per_pillar)
        add_row(grid, (str(number), row[0], f"{row[2]}\n{row[1]}", pillars, row[7], row[8],
                       row[9], row[11]), style)  # fmt: skip
    if data.map_png is not None:
        doc.add_paragraph()
        doc.add_picture(io.BytesIO(data.map_png), width=Cm(16.0))
        doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        caption = "The participants' reserves, numbered as in the table above."
        if data.unplaced:
            unplaced = ", ".join(data.unplaced)
            caption += f" Not placed (no zones, located observations or country): {unplaced}."
        doc.add_paragraph(caption, style="Caption")


def _alignment(doc: DocxDocument, data: CohortReport) -> None:
    doc.add_heading("2. The cohort's alignment with the SDGs and the GBF targets", level=1)
    doc.add_paragraph(
        "How many of the reserves' plans serve each goal (an action tagged with it), and "
        "with how many actions; the goals no plan serves are named after each table."
    )
    style = table_text_style(doc)
    for title, uses in (("Sustainable Development Goals", data.sdgs),
                        ("Kunming-Montreal GBF targets", data.gbf_targets)):  # fmt: skip
        doc.add_heading(title, level=2)
        served = [u for u in uses if u.reserves]
        grid = table(doc, ("Goal", "Reserves", "Actions"), (11.0, 2.5, 2.5),
                     first_column_bold=False)  # fmt: skip
        for use in served:
            add_row(grid, (f"{use.kind} {use.number}: {use.title}", str(use.reserves),
                           str(use.actions)), style)  # fmt: skip
        none = [f"{u.number}" for u in uses if not u.reserves]
        if none:
            doc.add_paragraph(
                f"Served by no reserve's plan: {uses[0].kind} {', '.join(sorted(none, key=int))}."
            )


def _participants(doc: DocxDocument, members: Sequence[MemberSummary]) -> None:
    pillars = reference.pillars()
    for number, member in enumerate(members, start=1):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        heading = "3. A page per participant" if number == 1 else None
        if heading:
            doc.add_heading(heading, level=1)
        doc.add_heading(f"{number}. {member.name}", level=2)
        facts = (
            ("Country", country(member.country)),
            ("Institution", member.institution or "—"),
            ("Biosphere reserve", member.reserve or "—"),
            ("Action plan", member.plan_title or "—"),
            ("Observations logged", f"{member.observations:,}"),
            ("Self-assessment", f"{percent(member.effectiveness[1])} on {member.effectiveness[0]}"
             if member.effectiveness else "none yet"),
            ("Package", f"{member.package_name}, written {member.written_at[:10]}"),
        )  # fmt: skip
        for label, value in facts:
            line = doc.add_paragraph()
            line.paragraph_format.space_after = Cm(0)
            line.add_run(f"{label}: ").bold = True
            line.add_run(value)
        for pillar in pillars:
            titles = [f"{t} ({s.lower()})" for p, t, s in member.plan if p == pillar.number]
            doc.add_heading(f"Pillar {pillar.number}: {pillar.name} ({len(titles)})", level=3)
            for title in titles or ["no action yet"]:
                doc.add_paragraph(title, style="List Bullet")
        docs = "; ".join(f"{label}: {document_state(member, kind)}" for kind, label in DOCUMENTS)
        doc.add_paragraph().add_run("Documents: ").bold = True
        doc.paragraphs[-1].add_run(docs)
        if member.practices:
            doc.add_paragraph().add_run("Good practices: ").bold = True
            doc.paragraphs[-1].add_run("; ".join(p["title"] for p in member.practices))


def _catalogue(doc: DocxDocument, data: CohortReport) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("4. Good practices", level=1)
    if not data.practices:
        doc.add_paragraph("No participant has documented a good practice yet.")
        return
    theme = None
    for current, participant, part in data.practices:
        if current != theme:
            theme = current
            doc.add_heading(theme, level=2)
        add_practice(doc, part, f"{part.title} ({participant})", level=3)


def _followup(doc: DocxDocument, members: Sequence[MemberSummary]) -> None:
    # A landscape page of its own: eight columns do not fit across A4 upright. The new
    # section keeps the footer, and so the acknowledgement.
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _landscape(section)
    doc.add_heading("5. Follow-up: who has sent what", level=1)
    write_followup_table(doc, members)
    doc.add_section(WD_SECTION.NEW_PAGE)
    _landscape(doc.sections[-1], upright=True)


def _landscape(section: Any, upright: bool = False) -> None:
    wide, tall = Cm(29.7), Cm(21.0)
    section.orientation = WD_ORIENT.PORTRAIT if upright else WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = (tall, wide) if upright else (wide, tall)


def write_followup_table(doc: DocxDocument, members: Sequence[MemberSummary]) -> None:
    widths = (4.0, 4.8, 2.5, 2.5, 2.5, 2.5, 2.5, 3.4)
    grid = table(doc, FOLLOWUP_HEADERS, widths)
    style = table_text_style(doc)
    for member in members:
        add_row(grid, followup_row(member), style)


def build_followup_list(members: Sequence[MemberSummary], name: str, today: date,
                        acknowledgement: str, path: Path) -> None:  # fmt: skip
    """The follow-up list alone, landscape: for the programme contact."""
    doc = Document()
    set_up_pages(doc)
    _landscape(doc.sections[0])
    add_footer(doc, acknowledgement)
    doc.core_properties.title = f"Follow-up: {name}"
    doc.core_properties.language = LANGUAGE
    doc.add_paragraph(f"Follow-up: {name}", style="Title")
    doc.add_paragraph(f"Who has sent what, as of {today:%d %B %Y}.")
    write_followup_table(doc, members)
    doc.save(str(path))
