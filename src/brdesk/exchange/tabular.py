"""Tables out as CSV (UTF-8 with BOM, so Excel shows accents; texts a spreadsheet would
run as formulas neutralised) or XLSX (typed cells, a filter on the header, properties)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal

from brdesk.errors import BrdeskError
from brdesk.exchange.atomic import atomic_path
from brdesk.exchange.values import FORMULA_STARTS
from brdesk.languages import said

CellKind = Literal["text", "number", "integer", "date", "time"]

FORMATS = (".csv", ".xlsx")
CsvStyle = Literal["comma", "semicolon"]


@dataclass(frozen=True)
class Column:
    header: str
    kind: CellKind = "text"
    width: int = 14


def check_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise BrdeskError(
            said(
                "Cannot export to '{name}': the file name must end in .xlsx or .csv.",
                name=path.name,
            )
        )
    return suffix


def write_table(
    path: Path,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    sheet: str = "Data",
    *,
    title: str = "",
    creator: str = "",
    csv_style: CsvStyle = "comma",
) -> int:
    """Write the rows; returns how many. The file appears only once complete. A workbook
    carries title and creator in its properties."""
    suffix = check_format(path)
    with atomic_path(path) as temp:
        if suffix == ".csv":
            return _write_csv(temp, columns, rows, csv_style)
        return _write_xlsx(temp, [Sheet(sheet, columns, rows)], title or sheet, creator)


def _csv_cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return neutralise(value)
    return "" if value is None else value


def neutralise(text: str) -> str:
    """A text a spreadsheet would run as a formula (=HYPERLINK(...) runs when the CSV is
    opened) gets a leading apostrophe, as OWASP advises; brdesk's importer takes it off
    again (values.plain_text)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _write_csv(
    path: Path, columns: Sequence[Column], rows: Iterable[Sequence[Any]], style: CsvStyle
) -> int:
    """style "comma": commas between columns, decimal points (the international CSV);
    "semicolon": semicolons and decimal commas, what Excel reads in French, Spanish,
    Russian, German... locales without an import wizard."""
    count = 0
    semicolon = style == "semicolon"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";" if semicolon else ",")
        writer.writerow([c.header for c in columns])
        for row in rows:
            cells = [_csv_cell(v) for v in row]
            if semicolon:
                cells = [str(c).replace(".", ",") if isinstance(c, float) else c for c in cells]
            writer.writerow(cells)
            count += 1
    return count


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]


def write_workbook(path: Path, sheets: Sequence[Sheet], *, title: str, creator: str = "") -> int:
    """Several tables as the sheets of one workbook (.xlsx); returns the rows written. The
    file appears only once complete."""
    if path.suffix.lower() != ".xlsx":
        raise BrdeskError(
            said(
                "Cannot write the workbook to '{name}': the name must end in .xlsx.", name=path.name
            )
        )
    with atomic_path(path) as temp:
        return _write_xlsx(temp, sheets, title, creator)


def _write_xlsx(path: Path, sheets: Sequence[Sheet], title: str, creator: str) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    workbook.properties.title = title
    workbook.properties.creator = creator or "brdesk"
    workbook.properties.lastModifiedBy = creator or "brdesk"
    bold = Font(bold=True)
    total = 0
    for sheet in sheets:
        columns = sheet.columns
        ws = workbook.create_sheet(sheet.name[:31])
        for number, column in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(number)].width = column.width
        ws.freeze_panes = "A2"
        header = []
        for column in columns:
            cell = WriteOnlyCell(ws, value=column.header)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        count = 0
        for row in sheet.rows:
            cells = []
            for column, value in zip(columns, row, strict=True):
                cell = WriteOnlyCell(ws, value=_xlsx_value(column, value))
                if column.kind == "date" and value is not None:
                    cell.number_format = "yyyy-mm-dd"
                elif column.kind == "time" and value is not None:
                    cell.number_format = "hh:mm:ss"
                elif column.kind == "text" and value is not None:
                    # Identifiers such as "0012" or "1E5" must stay text, not become numbers.
                    cell.data_type = "s"
                cells.append(cell)
            ws.append(cells)
            count += 1
        # A filter on the header row: sort and filter at once, as people do with such sheets.
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
        total += count
    workbook.save(path)
    return total


def _xlsx_value(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.kind == "text":
        return str(value)
    if column.kind == "integer" and isinstance(value, float) and value.is_integer():
        return int(value)
    if column.kind == "time" and isinstance(value, str):
        return time.fromisoformat(value)
    return value
