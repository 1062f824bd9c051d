"""Read a table from whatever a field tool or a spreadsheet saved: CSV with any common
delimiter in UTF-8 (with or without BOM), UTF-16 or a legacy encoding (cp1252, cp1251,
GB18030, Shift-JIS...: detected, stated in the preview, changeable), and XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brdesk.errors import BrdeskError

MAX_FILE_BYTES = 512 * 1024 * 1024
GPS_SUFFIXES = (".gpx", ".kml", ".kmz")
DELIMITERS = ",;\t|"


@dataclass
class Table:
    path: Path
    headers: list[str]
    #: (row number as a spreadsheet shows it, cells)
    rows: list[tuple[int, list[Any]]]
    delimiter: str | None = None
    encoding: str | None = None
    #: for a table read out of an archive: which member, and what else it held
    member: str | None = None
    left_out: list[str] = field(default_factory=list)


def read_table(path: Path, encoding: str | None = None) -> Table:
    if not path.is_file():
        raise BrdeskError(f"{path} is not a file.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise BrdeskError(f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() == ".zip":
        from brdesk.exchange.archives import read_archive_table

        return read_archive_table(path, encoding)
    if path.suffix.lower() in GPS_SUFFIXES:
        from brdesk.exchange.gps_files import read_gps_table

        headers, rows = read_gps_table(path)
        return Table(path, headers, rows)
    if path.suffix.lower() == ".xls":
        raise BrdeskError(
            f"{path.name} is an old Excel 97 file: save it as .xlsx or .csv in your spreadsheet."
        )
    return _read_csv(path, encoding)


#: Among legacy encodings that read a file equally well, the one Excel on most Windows
#: computers writes "CSV" in comes first (charset-normalizer cannot tell cp1252 from
#: cp1250 on French text, and would turn "Espèce" into "Espčce").
PREFERRED = ("cp1252", "cp1251", "gb18030", "cp932", "big5", "cp949", "cp1250")
#: Above this share of odd characters the detected encoding is a guess: refuse instead.
MAX_CHAOS = 0.2


def decode(raw: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was in: the one asked for, a BOM's, UTF-8, or a legacy
    encoding detected by charset-normalizer. A UTF-8 file with a bad byte, and a file whose
    encoding cannot be told, are refused with a message naming the line."""
    if encoding is not None:
        return _decode_as(raw, name, encoding), encoding
    if raw.startswith(b"\xef\xbb\xbf"):
        return _decode_as(raw[3:], name, "utf-8"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_as(raw, name, "utf-16"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _has_utf8_sequences(raw):
        # Valid UTF-8 around a bad byte: a damaged file, or two encodings mixed. Decoding
        # it as something else would turn every other non-ASCII letter into nonsense.
        raise BrdeskError(
            f"{name}, line {_line_of(raw, first_bad)}: byte 0x{raw[first_bad]:02X} is not "
            "UTF-8, though the rest of the file is. The file is damaged or mixes encodings: "
            "open it in a spreadsheet and save it again as CSV UTF-8. Nothing was imported."
        )
    return _detect_legacy(raw, name)


def _decode_as(raw: bytes, name: str, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except LookupError:
        raise BrdeskError(f"'{encoding}' is not an encoding brdesk knows.") from None
    except UnicodeDecodeError as exc:
        raise BrdeskError(
            f"{name}, line {_line_of(raw, exc.start)}: byte 0x{raw[exc.start]:02X} cannot be "
            f"read as {encoding}. Choose another encoding, or save the file as CSV UTF-8."
        ) from None


def _has_utf8_sequences(raw: bytes) -> bool:
    """Is this UTF-8 with a few bad bytes, rather than another encoding? Its non-ASCII
    letters are nearly all well-formed UTF-8 (GB18030 or Shift-JIS text forms a valid
    UTF-8 sequence now and then, but mostly not)."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    return good > 0 and bad <= max(3, good // 100)


def _line_of(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def _detect_legacy(raw: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    results = list(from_bytes(raw))
    usable = [r for r in results if r.chaos <= MAX_CHAOS]
    if not usable:
        raise BrdeskError(
            f"{name}: the file is not UTF-8, and its encoding cannot be told for sure. Save "
            "it as CSV UTF-8 in your spreadsheet, or name the encoding (--encoding, or the "
            "Encoding list of the import window). Nothing was imported."
        )
    least = min(r.chaos for r in usable)
    tied = [r for r in usable if r.chaos <= least + 0.01]

    def rank(result: object) -> int:
        encoding = str(result.encoding)  # type: ignore[attr-defined]
        return PREFERRED.index(encoding) if encoding in PREFERRED else len(PREFERRED)

    best = min(tied, key=rank)
    return str(best), str(best.encoding)


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


def _read_csv(path: Path, encoding: str | None = None) -> Table:
    return table_from_bytes(path, path.name, path.read_bytes(), encoding)


def table_from_bytes(
    path: Path,
    name: str,
    raw: bytes,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> Table:
    """A table from a CSV's bytes (a file, or a member of an archive named name)."""
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BrdeskError(f"{name} is not a text file (CSV) or a spreadsheet (XLSX).")
    text, encoding = decode(raw, name, encoding)
    delimiter = delimiter or _sniff_delimiter(text[:20_000])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        raise BrdeskError(f"{name} is empty.") from None
    except csv.Error as exc:
        raise BrdeskError(f"{name}, row 1: cannot be read as CSV ({exc}).") from None
    _check_headers(name, headers)
    rows: list[tuple[int, list[Any]]] = []
    try:
        record_start = reader.line_num + 1
        for cells in reader:
            if any(c.strip() for c in cells):
                _check_quotes(name, record_start, reader.line_num, cells, delimiter, len(headers))
                rows.append((record_start, cells))
            record_start = reader.line_num + 1
    except csv.Error as exc:
        where = f"{name}, row {reader.line_num}"
        raise BrdeskError(f"{where}: cannot be read as CSV ({exc}).") from None
    return Table(path, headers, rows, delimiter, encoding)


def _check_quotes(
    name: str, start: int, end: int, cells: list[str], delimiter: str, width: int
) -> None:
    """A quote opened and never closed where it should be swallows the rows after it into
    one cell: refuse, naming the row where it opens. A cell over several lines is fine
    (notes often are), unless its lines look like rows of the file themselves."""
    if end - start < 2:
        return
    for cell in cells:
        lines = cell.splitlines()
        rows_inside = sum(1 for line in lines if line.count(delimiter) >= max(1, width - 2))
        if len(lines) > 2 and rows_inside >= 2:
            raise BrdeskError(
                f'{name}, row {start}: a quote (") opens here and is not closed until '
                f"line {end}, taking {end - start} lines of the file into one cell. Close the "
                "quote, or remove it. Nothing was imported."
            )


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
        _check_headers(path.name, headers)
        rows: list[tuple[int, list[Any]]] = []
        for number, cells in enumerate(rows_iter, start=2):
            values = list(cells[: len(headers)])
            if any(v not in (None, "") for v in values):
                rows.append((number, values))
    finally:
        workbook.close()
    return Table(path, headers, rows)


def _check_headers(name: str, headers: list[str]) -> None:
    if not any(headers):
        raise BrdeskError(f"{name}, row 1: the first row must hold the column names.")
