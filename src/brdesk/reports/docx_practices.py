"""Good practices in Word: a case study of one or two pages (its own file, or a section
of the post-training report and of the cohort report), with its photos."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from brdesk.reports.docx_frame import LANGUAGE, add_footer, set_up_pages
from brdesk.reports.report_data import PracticePart

PHOTOS_PER_ROW = 3
PHOTO_WIDTH_CM = 5.0


def add_practice(doc: DocxDocument, part: PracticePart, heading: str, level: int = 1) -> None:
    """The case study under a heading of the given level."""
    doc.add_heading(heading, level=level)
    facts = doc.add_paragraph()
    # The heading, these facts and the first part stay together: a practice never starts
    # at the foot of a page with its text on the next.
    facts.paragraph_format.keep_with_next = True
    for label, value in (
        ("Theme", part.theme),
        ("Biosphere reserve", ", ".join(x for x in (part.reserve, part.country) if x)),
        ("When", part.period),
    ):
        if value:
            if facts.runs:
                facts.add_run("   ")
            facts.add_run(f"{label}: ").bold = True
            facts.add_run(value)
    # The form's parts as run-in headings (bold, then the text): a case study stays
    # within two pages, where a heading per part made it three.
    for title, text in part.sections:
        _run_in(doc, title, text.split("\n\n"))
    if part.evidence:
        more = part.evidence_total - len(part.evidence)
        lines = [
            *part.evidence,
            *([f"… and {more:,} more in the reserve's log"] if more > 0 else []),
        ]
        _run_in(doc, "Evidence: observations", ["; ".join(lines)])
    if part.actions:
        _run_in(doc, "Linked to the action plan", ["; ".join(part.actions)])
    if part.goals:
        _run_in(doc, "Goals it serves", ["; ".join(part.goals)])
    if part.photos:
        _photos(doc, part)
    if part.photos_left:
        doc.add_paragraph("Not shown here: " + "; ".join(part.photos_left) + ".")


def _run_in(doc: DocxDocument, title: str, paragraphs: list[str]) -> None:
    for number, text in enumerate(p.strip() for p in paragraphs if p.strip()):
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(4)
        if number == 0:
            paragraph.add_run(f"{title}. ").bold = True
        paragraph.add_run(text)


def _photos(doc: DocxDocument, part: PracticePart) -> None:
    columns = min(len(part.photos), PHOTOS_PER_ROW)
    rows = (len(part.photos) + columns - 1) // columns
    table = doc.add_table(rows=rows, cols=columns)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, (picture, caption) in enumerate(part.photos):
        cell = table.rows[index // columns].cells[index % columns]
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shape = paragraph.add_run().add_picture(io.BytesIO(picture), width=Cm(PHOTO_WIDTH_CM))
        shape._inline.docPr.set("descr", f"Photo: {caption}")
        note = cell.add_paragraph(caption)
        note.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in note.runs:
            run.font.size = Pt(8.5)
            run.italic = True


def build_case_study(part: PracticePart, path: Path, acknowledgement: str) -> None:
    """One practice as its own document, the acknowledgement in the footer of every page
    (the caller makes the write atomic)."""
    doc = Document()
    set_up_pages(doc)
    add_footer(doc, acknowledgement)
    props = doc.core_properties
    props.title = f"Good practice: {part.title}"
    props.subject = "World Network of Mountain Biosphere Reserves: good practice"
    props.keywords = f"WNMBR; good practice; {part.theme}"
    props.comments = acknowledgement
    props.language = LANGUAGE
    props.author = part.reserve or ""
    doc.add_paragraph("Good practice · World Network of Mountain Biosphere Reserves")
    add_practice(doc, part, part.title, level=0)
    doc.save(str(path))
