"""Tables in Word built fast and styled as Word's own: a built-in table style, a paragraph
style for the cells (so a user restyles them all at once), rows appended by copying a
styled row (python-docx's add_row re-measures every cell)."""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table

TABLE_STYLE = "Light Grid Accent 1"
TABLE_FONT = Pt(9)
TABLE_TEXT = "Table Text"


def table(
    doc: DocxDocument,
    headers: Sequence[str],
    widths_cm: Sequence[float],
    *,
    first_column_bold: bool = True,
) -> Table:
    table: Table = doc.add_table(rows=1, cols=len(headers))
    table.style = doc.styles[TABLE_STYLE]
    if not first_column_bold:
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        if look is not None:
            # Both forms: the attribute (Word) and the legacy bitmask (LibreOffice) say it.
            look.set(qn("w:firstColumn"), "0")
            look.set(qn("w:val"), "0420")
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    style_id = table_text_style(doc)
    header = table.rows[0]
    for cell, text, width in zip(header.cells, headers, widths_cm, strict=True):
        fill(cell, text, width, style_id)
    # Repeat the header row at the top of every page the table runs onto.
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    return table


def table_text_style(doc: DocxDocument) -> str:
    """A paragraph style for table cells (9 pt, tight), so cells carry a style id rather
    than a font size on every run; a user can restyle all tables at once in Word."""
    styles = doc.styles
    if TABLE_TEXT not in [s.name for s in styles]:
        style = styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size = TABLE_FONT
        style.paragraph_format.space_after = Pt(0)
    return str(styles[TABLE_TEXT].style_id)


def fill(
    cell: Any, text: str, width: float | None, style_id: str, *, bold: bool | None = None
) -> None:
    """Write text into a fresh cell; width only where Word needs it (the first row)."""
    if width is not None:
        cell.width = Cm(width)
    paragraph = cell.paragraphs[0]
    paragraph._p.style = style_id
    lines = text.split("\n")
    for number, line in enumerate(lines):
        run = paragraph.add_run(line)
        if bold is not None:
            run.bold = bold
        if number < len(lines) - 1:
            run.add_break()


def add_row(table: Table, values: Sequence[str], style_id: str) -> None:
    """Append a row by copying a styled template row: python-docx's add_row re-measures
    every cell, and a hundred actions took half a second that way."""
    template = getattr(table, "_row_template", None)
    if template is None:
        row = table.add_row()  # type: ignore[no-untyped-call]
        for cell in row.cells:
            cell.paragraphs[0]._p.style = style_id
        template = row._tr
        table._tbl.remove(template)
        table._row_template = template  # type: ignore[attr-defined]
    tr = deepcopy(template)
    table._tbl.append(tr)
    for tc, text in zip(tr.tc_lst, values, strict=True):
        # CT_R.text turns "\n" into line breaks.
        tc.p_lst[0].add_r().text = text
