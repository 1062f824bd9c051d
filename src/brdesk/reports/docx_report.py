"""The post-training report as a Word file.

Word's built-in styles throughout (Title, Heading 1-2, a table style, Caption), so a user can
restyle it in Word; A4 with sensible margins; a title page; page numbers; the required
acknowledgement verbatim in its own section of the body and in the footer of every page.
Tables are built row by row: python-docx's table.cell(r, c) walks the whole table each call.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from brdesk import reference
from brdesk.reports import charts
from brdesk.reports.docx_frame import (
    NOT_GIVEN,
    add_footer,
    add_header,
    add_title_page,
    set_properties,
    set_up_pages,
)
from brdesk.reports.docx_practices import add_practice
from brdesk.reports.docx_tables import add_row as _add_row
from brdesk.reports.docx_tables import fill as _fill
from brdesk.reports.docx_tables import table as _table
from brdesk.reports.docx_tables import table_text_style as _table_text_style
from brdesk.reports.report_data import (
    ActionLine,
    EffectivenessPart,
    ReportData,
    ReportOptions,
    ZonesPart,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure


Progress = Callable[[int, int], None]


def build_report(
    data: ReportData,
    path: Path,
    options: ReportOptions | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the report to path (the caller makes the write atomic)."""
    options = options or ReportOptions()
    steps = 4 + (4 if options.include_charts else 0)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    doc = Document()
    set_up_pages(doc)
    add_header(doc, data)
    add_footer(doc, data.acknowledgement)
    add_title_page(doc, data)
    step()

    number = 1
    _personal(doc, data, number)
    number += 1
    _participation(doc, data, number)
    number += 1
    _evaluation(doc, data, number)
    step()
    if options.include_plan:
        number += 1
        _plan(doc, data, number)
    step()
    if options.include_charts:
        number += 1
        _charts(doc, data, number, step)
    if options.include_alignment:
        number += 1
        _alignment(doc, data, number)
    figure_number = 5 if options.include_charts else 1
    if options.include_effectiveness and data.effectiveness is not None:
        number += 1
        _effectiveness(doc, data.effectiveness, number, figure_number)
        figure_number += 1
    if options.include_zones and data.zones is not None:
        number += 1
        _zones(doc, data.zones, number, figure_number)
    if options.include_practices and data.practices:
        number += 1
        doc.add_heading(f"{number}. Good practices", level=1)
        for part in data.practices:
            add_practice(doc, part, part.title, level=2)
    doc.add_heading("Acknowledgement", level=1)
    doc.add_paragraph(data.acknowledgement)
    set_properties(doc, data)
    doc.save(str(path))
    step()


# --- page, footer, title ------------------------------------------------------------------


# --- the three required parts ---------------------------------------------------------------


def _personal(doc: DocxDocument, data: ReportData, number: int) -> None:
    doc.add_heading(f"{number}. Basic personal information", level=1)
    table = _table(doc, ("Item", "Details"), (5.0, 11.0))
    style_id = _table_text_style(doc)
    for label, value in data.personal:
        _add_row(table, (label, value or NOT_GIVEN), style_id)


def _text_sections(doc: DocxDocument, sections: Sequence[tuple[str, str | None]]) -> None:
    for heading, text in sections:
        doc.add_heading(heading, level=2)
        for part in (text or NOT_GIVEN).split("\n"):
            if part.strip():
                doc.add_paragraph(part.strip())


def _participation(doc: DocxDocument, data: ReportData, number: int) -> None:
    doc.add_heading(f"{number}. Summary of participation", level=1)
    _text_sections(doc, data.participation)


def _evaluation(doc: DocxDocument, data: ReportData, number: int) -> None:
    doc.add_heading(f"{number}. Evaluation of the training programme", level=1)
    doc.add_paragraph("Ratings from 1 (poor) to 5 (excellent).")
    table = _table(doc, ("Aspect", "Rating"), (11.5, 4.5))
    style_id = _table_text_style(doc)
    for aspect, rating in data.ratings:
        shown = f"{rating} / 5" if rating is not None else NOT_GIVEN
        _add_row(table, (aspect, shown), style_id)
    _text_sections(doc, data.evaluation_texts)


# --- optional sections ----------------------------------------------------------------------


def _progress_text(a: ActionLine) -> str:
    if not a.indicator:
        return NOT_GIVEN
    unit = "" if not a.unit else a.unit if a.unit == "%" else f" {a.unit}"
    parts = [a.indicator]
    numbers = [
        f"{label} {_num(value)}{unit}"
        for label, value in (("baseline", a.baseline), ("target", a.target), ("latest", a.latest))
        if value is not None
    ]
    if numbers:
        parts.append("; ".join(numbers))
    return ": ".join(parts)


def _num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _dates(a: ActionLine) -> str:
    start = f"{a.start:%b %Y}" if a.start else "?"
    end = f"{a.end:%b %Y}" if a.end else "?"
    return NOT_GIVEN if not (a.start or a.end) else f"{start} – {end}"


def _plan(doc: DocxDocument, data: ReportData, number: int) -> None:
    doc.add_heading(f"{number}. The action plan", level=1)
    if data.plan_title:
        line = doc.add_paragraph()
        line.add_run(data.plan_title).bold = True
        if data.plan_period:
            line.add_run(f" ({data.plan_period})")
    if data.plan_vision:
        vision = doc.add_paragraph()
        vision.add_run("Vision: ").bold = True
        vision.add_run(data.plan_vision)
    widths = (5.4, 2.6, 2.3, 2.0, 3.7)
    style_id = _table_text_style(doc)
    for pillar in reference.pillars():
        doc.add_heading(f"Pillar {pillar.number}: {pillar.name}", level=2)
        lines = [a for a in data.actions if a.pillar == pillar.number]
        if not lines:
            doc.add_paragraph("No actions under this pillar yet.")
            continue
        table = _table(
            doc,
            ("Action", "Responsible", "When", "Status", "Indicator"),
            widths,
            first_column_bold=False,
        )
        objective = None
        for a in lines:
            if a.objective != objective:
                objective = a.objective
                cells = table.add_row().cells  # type: ignore[no-untyped-call]
                merged = cells[0].merge(cells[-1])
                _fill(merged, f"Objective: {objective}", None, style_id, bold=True)
            tags = "; ".join(
                x
                for x in (
                    "SDG " + ", ".join(map(str, a.sdgs)) if a.sdgs else "",
                    "GBF " + ", ".join(map(str, a.gbf_targets)) if a.gbf_targets else "",
                )
                if x
            )
            what = a.title + (f"\n{tags}" if tags else "")
            _add_row(
                table,
                (what, a.responsible or NOT_GIVEN, _dates(a), a.status_label, _progress_text(a)),
                style_id,
            )
        doc.add_paragraph()


def _picture(doc: DocxDocument, png: bytes, caption: str, figure_number: int) -> None:
    shape = doc.add_picture(io.BytesIO(png), width=Cm(16.0))
    # Alternative text, read out by screen readers and shown where the picture cannot be.
    properties = shape._inline.docPr
    properties.set("title", f"Figure {figure_number}")
    properties.set("descr", f"Chart: {caption}")
    picture = doc.paragraphs[-1]
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.keep_with_next = True  # a caption never starts a page alone
    doc.add_paragraph(f"Figure {figure_number}. {caption}", style="Caption")


def _charts(doc: DocxDocument, data: ReportData, number: int, step: Callable[[], None]) -> None:
    doc.add_heading(f"{number}. Plan progress and monitoring", level=1)
    figures: tuple[tuple[Callable[[], Figure], str], ...] = (
        (lambda: charts.plan_progress(data.actions), "Actions per pillar, by status."),
        (
            lambda: charts.indicator_progress(data.actions),
            "Progress of each action's indicator from its baseline to its target.",
        ),
        (
            lambda: charts.observations_by_year(data.observations_by_year),
            f"Monitoring observations per year and category ({data.observation_total:,} in all).",
        ),
        (lambda: charts.alignment(data.actions), "Actions per SDG and per GBF target."),
    )
    for figure_number, (make, caption) in enumerate(figures, start=1):
        _picture(doc, charts.to_png(make()), caption, figure_number)
        step()


def _alignment(doc: DocxDocument, data: ReportData, number: int) -> None:
    doc.add_heading(f"{number}. Alignment with the SDGs and the GBF targets", level=1)
    for title, goals, attr, prefix in (
        ("Sustainable Development Goals", reference.sdgs(), "sdgs", "SDG"),
        ("Kunming-Montreal Global Biodiversity Framework targets", reference.gbf_targets(),
         "gbf_targets", "Target"),
    ):  # fmt: skip
        doc.add_heading(title, level=2)
        counts = {g.number: 0 for g in goals}
        for a in data.actions:
            for n in getattr(a, attr):
                counts[n] += 1
        served = [g for g in goals if counts[g.number]]
        uncovered = [g for g in goals if not counts[g.number]]
        doc.add_paragraph(
            f"The plan's actions serve {len(served)} of {len(goals)}."
            + (
                " Not yet served: " + ", ".join(f"{prefix} {g.number}" for g in uncovered) + "."
                if uncovered
                else ""
            )
        )
        table = _table(doc, (prefix, "Title", "Actions"), (2.2, 11.3, 2.5), first_column_bold=False)
        style_id = _table_text_style(doc)
        for g in served:
            _add_row(table, (str(g.number), g.title, str(counts[g.number])), style_id)


def _effectiveness(
    doc: DocxDocument, part: EffectivenessPart, number: int, figure_number: int
) -> None:
    doc.add_heading(f"{number}. Management effectiveness (self-assessment)", level=1)
    told = (
        f"Assessed on {part.assessed_on:%d %B %Y} against the six elements of the IUCN-WCPA "
        f"framework: overall {_percent(part.overall)} of what could be scored."
    )
    if part.participants:
        told += f" Taking part: {part.participants}."
    if part.previous_on is not None:
        told += f" The chart compares it with the assessment of {part.previous_on:%d %B %Y}."
    doc.add_paragraph(told)
    series: list[tuple[str, tuple[float | None, ...]]] = []
    if part.previous is not None and part.previous_on is not None:
        series.append((f"{part.previous_on:%Y-%m-%d}", part.previous))
    series.append((f"{part.assessed_on:%Y-%m-%d}", part.percents))
    png = charts.to_png(charts.effectiveness_radar(part.labels, series))
    _picture(doc, png, "Score by element, as a share of what could be scored.", figure_number)
    style_id = _table_text_style(doc)
    table = _table(doc, ["Element", "Score", "Questions answered"], [6.0, 3.0, 4.0])
    for row in part.elements:
        _add_row(table, row, style_id)
    if part.weakest:
        doc.add_heading("Weakest first, with the next steps", level=2)
        table = _table(
            doc, ["Question", "Level (0–3)", "Next step", "In the plan"], [5.0, 1.8, 5.0, 4.2]
        )
        for weak in part.weakest:
            _add_row(table, weak, style_id)


def _zones(doc: DocxDocument, part: ZonesPart, number: int, figure_number: int) -> None:
    doc.add_heading(f"{number}. The reserve's zones", level=1)
    png = charts.to_png(charts.zone_map(part.zones, part.points, height_in=4.6))
    _picture(
        doc, png,
        "The reserve's zones and its observations (sensitive records shown on a 0.1-degree "
        "grid).", figure_number,
    )  # fmt: skip
    doc.add_paragraph(
        "Areas of the zones' outlines, computed on the WGS84 ellipsoid, beside those given "
        "in the reserve's profile:"
    )
    style_id = _table_text_style(doc)
    table = _table(doc, ["Zone", "On the map", "In the profile", "Check"], [4.5, 3.5, 3.5, 5.0])
    for row in part.areas:
        _add_row(table, row, style_id)
    latest = f"Observations in {part.latest_year}" if part.latest_year else "Latest year"
    doc.add_paragraph(
        "What each zone holds, over all the years (and in the latest):"
    ).paragraph_format.space_before = Pt(8)
    table = _table(
        doc, ["Zone", "Observations", "Threats", "Species", latest], [4.5, 3.0, 2.4, 2.4, 4.2]
    )
    for zone, n, threats, species, in_latest in part.counts:
        _add_row(
            table, (zone, f"{n:,}", f"{threats:,}", f"{species:,}", f"{in_latest:,}"), style_id
        )
    told = part.rule
    if part.disagreements:
        told += (
            f" {part.disagreements:,} observations were recorded in another zone than the one "
            "their coordinates fall in; they are counted here by their coordinates."
        )
    doc.add_paragraph(told).paragraph_format.space_before = Pt(8)


def _percent(value: float | None) -> str:
    return "nothing" if value is None else f"{value:.0f}%"
