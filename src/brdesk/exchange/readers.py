"""Read a table from whatever a field tool or a spreadsheet saved: CSV with any common
delimiter in UTF-8 (with or without BOM), UTF-16 or a legacy encoding (cp1252, cp1251,
GB18030, Shift-JIS...: detected, stated in the preview, changeable), and XLSX.

A table is read as a stream: opening it reads its header and checks its encoding (one
pass over the bytes, in constant memory); its rows are read afresh at each pass over
`Table.rows()`, so a file of a million rows is never held in memory whole.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any

from brdesk.errors import BrdeskError
from brdesk.exchange.encodings import SCAN_CHUNK, Opener, choose_encoding
from brdesk.languages import said

MAX_FILE_BYTES = 512 * 1024 * 1024
GPS_SUFFIXES = (".gpx", ".kml", ".kmz")
DELIMITERS = ",;\t|"

#: (row number as a spreadsheet shows it, cells)
Row = tuple[int, list[Any]]
#: A fresh pass over a table's rows.
RowSource = Callable[[], Iterator[Row]]


@dataclass
class Table:
    path: Path
    headers: list[str]
    #: reads the rows from the start, at every call
    source: RowSource
    delimiter: str | None = None
    encoding: str | None = None
    #: for a table read out of an archive: which member, and what else it held
    member: str | None = None
    left_out: list[str] = field(default_factory=list)
    #: media files inside the archive, by the file name a row's cell gives (ODK's media/)
    media: dict[str, str] = field(default_factory=dict)
    _head: list[Row] | None = field(default=None, repr=False)

    def rows(self) -> Iterator[Row]:
        """Every row, read from the start; a file that turns out unreadable part-way
        (an unclosed quote, say) raises BrdeskError naming the row."""
        return self.source()

    def head(self, count: int = 2000) -> list[Row]:
        """The first rows (at most 2,000), for guessing the file's conventions."""
        if self._head is None:
            self._head = list(islice(self.rows(), 2000))
        return self._head[:count]


def read_table(path: Path, encoding: str | None = None) -> Table:
    if not path.is_file():
        raise BrdeskError(said("{path} is not a file.", path=path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise BrdeskError(
            said("{name} is larger than {v0} MB.", name=path.name, v0=MAX_FILE_BYTES // 2**20)
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() == ".zip":
        from brdesk.exchange.archives import read_archive_table

        return read_archive_table(path, encoding)
    if path.suffix.lower() in GPS_SUFFIXES:
        from brdesk.exchange.gps_files import GPS_HEADERS, gps_rows

        return Table(path, list(GPS_HEADERS), gps_rows(path))
    if path.suffix.lower() == ".xls":
        raise BrdeskError(
            said(
                "{name} is an old Excel 97 file: save it as .xlsx or .csv in your spreadsheet.",
                name=path.name,
            )
        )
    return read_csv(path, path.name, lambda: open(path, "rb"), encoding)


def member_opener(path: Path, member: str) -> Opener:
    """Opens one member of a ZIP archive as a stream, for one pass over it (the archive
    was checked against zip bombs when it was first opened)."""
    import zipfile

    @contextmanager
    def opened() -> Iterator[IO[bytes]]:
        try:
            with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
                yield stream
        except (zipfile.BadZipFile, OSError) as exc:
            raise BrdeskError(
                said(
                    "{name}: '{member}' cannot be read ({exc}).",
                    name=path.name,
                    member=member,
                    exc=exc,
                )
            ) from None

    return opened


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


def read_csv(
    path: Path,
    name: str,
    opener: Opener,
    encoding: str | None = None,
    delimiter: str | None = None,
    *,
    header_lines: int = 1,
) -> Table:
    """A CSV table (a file, or a member of an archive named name): its encoding checked
    and its header read now, its rows at each pass. With header_lines=0 the first line is
    a record (the caller names the columns)."""
    with opener() as stream:
        start = stream.read(4096)
    if b"\x00" in start and not start.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BrdeskError(
            said("{name} is not a text file (CSV) or a spreadsheet (XLSX).", name=name)
        )
    encoding = choose_encoding(opener, name, encoding)
    with opener() as stream:
        head = codecs.getincrementaldecoder(encoding)(errors="replace").decode(stream.read(65536))
    delimiter = delimiter or _sniff_delimiter(head[:20_000])
    first = _first_record(opener, name, encoding, delimiter)
    if first is None:
        raise BrdeskError(said("{name} is empty.", name=name))
    headers = [h.strip() for h in first]
    if headers:
        headers[0] = headers[0].lstrip("\ufeff")
    _check_headers(name, headers)
    chosen, sep = encoding, delimiter

    def source() -> Iterator[Row]:
        return _csv_rows(opener, name, chosen, sep, len(headers), header_lines)

    return Table(path, headers, source, delimiter, encoding)


#: The longest line read (characters): a note of 100,000 characters fits ten times over; a
#: file of one endless line would otherwise be read into memory whole before a check.
MAX_LINE_CHARS = 1_000_000
#: The most columns a table may have (KoBo's widest exports have a few hundred).
MAX_COLUMNS = 2_000


def _bounded_lines(text: IO[str], name: str) -> Iterator[str]:
    """The lines of a text stream, each refused beyond MAX_LINE_CHARS."""
    number = 0
    while line := text.readline(MAX_LINE_CHARS + 1):
        number += 1
        if len(line) > MAX_LINE_CHARS:
            raise BrdeskError(
                said(
                    "{name}, line {number}: longer than {MAX_LINE_CHARS:,} characters, "
                    "which no row of observations is. The file is damaged or not a "
                    "table. Nothing was imported.",
                    name=name,
                    number=number,
                    MAX_LINE_CHARS=MAX_LINE_CHARS,
                )
            )
        yield line


def _first_record(opener: Opener, name: str, encoding: str, delimiter: str) -> list[str] | None:
    with opener() as stream:
        text = io.TextIOWrapper(stream, encoding=encoding, newline="")
        try:
            return next(csv.reader(_bounded_lines(text, name), delimiter=delimiter), None)
        except csv.Error as exc:
            raise BrdeskError(
                said("{name}, row 1: cannot be read as CSV ({exc}).", name=name, exc=exc)
            ) from None


def _csv_rows(
    opener: Opener, name: str, encoding: str, delimiter: str, width: int, header_lines: int
) -> Iterator[Row]:
    with opener() as stream:
        text = io.TextIOWrapper(stream, encoding=encoding, newline="")
        reader = csv.reader(_bounded_lines(text, name), delimiter=delimiter)
        try:
            for _ in range(header_lines):
                next(reader, None)
            record_start = reader.line_num + 1
            for cells in reader:
                if any(c.strip() for c in cells):
                    _check_quotes(name, record_start, reader.line_num, cells, delimiter, width)
                    yield record_start, cells
                record_start = reader.line_num + 1
        except csv.Error as exc:
            where = f"{name}, row {reader.line_num}"
            raise BrdeskError(
                said("{where}: cannot be read as CSV ({exc}).", where=where, exc=exc)
            ) from None
        except UnicodeDecodeError:  # the file changed since its encoding was checked
            where = f"{name}, near line {reader.line_num + 1}"
            raise BrdeskError(
                said("{where}: cannot be read as {encoding}.", where=where, encoding=encoding)
            ) from None


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
                said(
                    '{name}, row {start}: a quote (") opens here and is not closed '
                    "until line {end}, taking {v0} lines of the file into one cell. "
                    "Close the quote, or remove it. Nothing was imported.",
                    name=name,
                    start=start,
                    end=end,
                    v0=end - start,
                )
            )


#: An .xlsx is a ZIP of XML: refused before it is opened if it would unpack to more than
#: this, or if a large member is compressed far beyond what real sheets reach (~10-40x):
#: a zip bomb takes minutes and gigabytes to read, to yield nothing.
MAX_XLSX_UNPACKED = 2**30
MAX_XLSX_RATIO = 100


#: openpyxl holds a workbook's shared strings (every distinct text) in memory, about 150
#: bytes each: a sheet of 20 million took 3 GB. Above this many, the workbook is refused
#: before it is read, and its user asked for a CSV, which is read as a stream.
MAX_SHARED_STRINGS = 1_000_000


def _check_xlsx_archive(path: Path) -> None:
    import zipfile

    from brdesk.exchange.zip_limits import check_unpacked_size

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            check_unpacked_size(
                members, path.name, max_total=MAX_XLSX_UNPACKED, max_ratio=MAX_XLSX_RATIO,
                hint=" Save the sheet as CSV, or split it.",
            )  # fmt: skip
            strings = next(
                (m for m in members if m.filename.lower().endswith("sharedstrings.xml")), None
            )
            count = 0 if strings is None else _count_shared_strings(archive.open(strings))
    except (zipfile.BadZipFile, OSError) as exc:
        raise BrdeskError(
            said("{name} cannot be opened as an Excel workbook ({exc}).", name=path.name, exc=exc)
        ) from None
    if count > MAX_SHARED_STRINGS:
        raise BrdeskError(
            said(
                "{name} is refused: it holds {count:,} distinct texts, and brdesk "
                "reads at most {MAX_SHARED_STRINGS:,} from a workbook (they are "
                "all held in memory). Save the sheet as CSV (a CSV of any length "
                "is read row by row), or split it.",
                name=path.name,
                count=count,
                MAX_SHARED_STRINGS=MAX_SHARED_STRINGS,
            )
        )


def _count_shared_strings(stream: IO[bytes]) -> int:
    """How many <si> entries the shared strings part holds, counted in its bytes (its
    uniqueCount attribute is optional, and a stranger's file may state it falsely). Every
    entry ends in "si>" twice, whatever its namespace prefix: <si> and </si>."""
    ends, tail = 0, b""
    with stream:
        while chunk := stream.read(SCAN_CHUNK):
            joined = tail + chunk
            ends += joined.count(b"si>") - tail.count(b"si>")
            tail = joined[-2:]
    return ends // 2


def _read_xlsx(path: Path) -> Table:
    _check_xlsx_archive(path)
    # openpyxl parses every shared text each time a workbook is opened: the header and the
    # first rows (the file's conventions) are read in one opening, the rows in another.
    with _open_workbook(path) as rows_iter:
        try:
            headers = ["" if h is None else str(h).strip() for h in next(rows_iter)]
        except StopIteration:
            raise BrdeskError(said("{name} is empty.", name=path.name)) from None
        while headers and not headers[-1]:
            headers.pop()
        _check_headers(path.name, headers)
        width = len(headers)
        head = list(islice(_sheet_rows(path, rows_iter, width), 2000))

    def source() -> Iterator[Row]:
        with _open_workbook(path) as rows_iter:
            next(rows_iter, None)
            yield from _sheet_rows(path, rows_iter, width)

    return Table(path, headers, source, _head=head)


def _sheet_rows(path: Path, rows_iter: Iterator[tuple[Any, ...]], width: int) -> Iterator[Row]:
    """The rows after the header that hold anything, numbered as the sheet shows them."""
    number = 1
    try:
        for number, cells in enumerate(rows_iter, start=2):
            values = list(cells[:width])
            if any(v not in (None, "") for v in values):
                yield number, values
    except (IndexError, KeyError, ValueError, TypeError) as exc:
        # A damaged or forged sheet (a cell naming a shared text that is not there):
        # openpyxl fails part-way, with an error of its own.
        raise BrdeskError(
            said(
                "{name}, row {v0}: cannot be read ({__name__}: {exc}). The "
                "workbook is damaged: open it in a spreadsheet and save it again, "
                "or save it as CSV. Nothing was imported.",
                name=path.name,
                v0=number + 1,
                __name__=type(exc).__name__,
                exc=exc,
            )
        ) from None


@contextmanager
def _open_workbook(path: Path) -> Iterator[Iterator[tuple[Any, ...]]]:
    """The first sheet's rows, as values (formulas as last calculated), streamed."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a bad file
        raise BrdeskError(
            said("{name} cannot be opened as an Excel workbook ({exc}).", name=path.name, exc=exc)
        ) from None
    try:
        yield workbook.worksheets[0].iter_rows(values_only=True)
    finally:
        workbook.close()


def _check_headers(name: str, headers: list[str]) -> None:
    if not any(headers):
        raise BrdeskError(
            said("{name}, row 1: the first row must hold the column names.", name=name)
        )
    if len(headers) > MAX_COLUMNS:
        raise BrdeskError(
            said(
                "{name}, row 1: {v0:,} columns; brdesk reads tables of up to "
                "{MAX_COLUMNS:,}. Remove the columns you do not need, or split the "
                "table.",
                name=name,
                v0=len(headers),
                MAX_COLUMNS=MAX_COLUMNS,
            )
        )
