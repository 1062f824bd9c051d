"""Read a table from whatever a field tool or a spreadsheet saved: CSV with any common
delimiter in UTF-8 (with or without BOM), UTF-16 or Latin-1/cp1252, and XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brdesk.errors import BrdeskError

MAX_FILE_BYTES = 512 * 1024 * 1024
DELIMITERS = ",;\t|"


@dataclass
class Table:
    path: Path
    headers: list[str]
    #: (row number as a spreadsheet shows it, cells)
    rows: list[tuple[int, list[Any]]]
    delimiter: str | None = None
    encoding: str | None = None


def read_table(path: Path) -> Table:
    if not path.is_file():
        raise BrdeskError(f"{path} is not a file.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise BrdeskError(f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() == ".xls":
        raise BrdeskError(
            f"{path.name} is an old Excel 97 file: save it as .xlsx or .csv in your spreadsheet."
        )
    return _read_csv(path)


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """The text and the encoding it was in."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Spreadsheets on Windows save "CSV" in the ANSI code page: cp1252 in most of the world
    # this serves; it decodes every byte Latin-1 does, and more.
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def _sniff_delimiter(sample: str) -> str:
    lines = [line for line in sample.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1
    for delimiter in DELIMITERS:
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in lines]
        # A delimiter that splits every line into the same number (>1) of fields wins.
        if min(counts) > 1:
            score = min(counts) * 10 + (10 if len(set(counts)) == 1 else 0)
            if score > best_score:
                best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BrdeskError(f"{path.name} is not a text file (CSV) or a spreadsheet (XLSX).")
    text, encoding = decode(raw, path.name)
    delimiter = _sniff_delimiter(text[:20_000])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        raise BrdeskError(f"{path.name} is empty.") from None
    except csv.Error as exc:
        raise BrdeskError(f"{path.name}, row 1: cannot be read as CSV ({exc}).") from None
    _check_headers(path, headers)
    rows: list[tuple[int, list[Any]]] = []
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((reader.line_num, cells))
    except csv.Error as exc:
        raise BrdeskError(
            f"{path.name}, row {reader.line_num}: cannot be read as CSV ({exc})."
        ) from None
    return Table(path, headers, rows, delimiter, encoding)


#: An .xlsx is a ZIP of XML: refused before it is opened if it would unpack to more than
#: this, or if a large member is compressed far beyond what real sheets reach (~10-40x):
#: a zip bomb takes minutes and gigabytes to read, to yield nothing.
MAX_XLSX_UNPACKED = 2**30
MAX_XLSX_RATIO = 100


def _check_xlsx_archive(path: Path) -> None:
    import zipfile

    from brdesk.exchange.zip_limits import check_unpacked_size

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise BrdeskError(f"{path.name} cannot be opened as an Excel workbook ({exc}).") from None
    check_unpacked_size(
        members, path.name, max_total=MAX_XLSX_UNPACKED, max_ratio=MAX_XLSX_RATIO,
        hint=" Save the sheet as CSV, or split it.",
    )  # fmt: skip


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    _check_xlsx_archive(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a bad file
        raise BrdeskError(f"{path.name} cannot be opened as an Excel workbook ({exc}).") from None
    try:
        sheet = workbook.worksheets[0]
        rows_iter: Iterator[tuple[Any, ...]] = sheet.iter_rows(values_only=True)
        try:
            headers = ["" if h is None else str(h).strip() for h in next(rows_iter)]
        except StopIteration:
            raise BrdeskError(f"{path.name} is empty.") from None
        while headers and not headers[-1]:
            headers.pop()
        _check_headers(path, headers)
        rows: list[tuple[int, list[Any]]] = []
        for number, cells in enumerate(rows_iter, start=2):
            values = list(cells[: len(headers)])
            if any(v not in (None, "") for v in values):
                rows.append((number, values))
    finally:
        workbook.close()
    return Table(path, headers, rows)


def _check_headers(path: Path, headers: list[str]) -> None:
    if not any(headers):
        raise BrdeskError(f"{path.name}, row 1: the first row must hold the column names.")
