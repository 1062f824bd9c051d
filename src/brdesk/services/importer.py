"""Import observations from files: preview what would be imported and what is rejected
(row, column, value, why), then commit the accepted rows in one transaction, or nothing.

Re-importing a file adds nothing new: each record keeps its id from the source tool (or a
fingerprint of its values) and a UUID derived from it.

The file is read as a stream and its checked rows wait in a scratch database
(services/import_staging.py), so memory stays flat whatever the file's length: a preview
keeps only the first rows to show and the first rejections to list.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from brdesk.db.base import utcnow
from brdesk.db.fts import bulk_indexing
from brdesk.db.vocab import CATEGORIES, ELEVATION_MAX_M, ELEVATION_MIN_M, ZONES
from brdesk.errors import BrdeskError, DataFolderError
from brdesk.exchange.mapping import ColumnMapping, recognise
from brdesk.exchange.readers import Table, read_table
from brdesk.exchange.values import (
    NumberStyle,
    detect_number_style,
    guess_day_order,
    parse_bool,
    parse_coordinate,
    parse_datetime,
    parse_number,
    parse_offset,
    parse_offset_alone,
    parse_time,
    parse_utm_zone,
    plain_text,
    utm_to_degrees,
)
from brdesk.services.fields import number_text
from brdesk.services.import_media import attaching
from brdesk.services.import_staging import Staging
from brdesk.services.store import Store, describe_constraint, describe_refusal
from brdesk.wording import plural

#: The namespace of imported records' UUIDs: uuid5(NAMESPACE, "source:source_id").
NAMESPACE = uuid.UUID("6d1f3c2e-8a4b-5b7c-9d0e-1f2a3b4c5d6e")
INSERT_COLUMNS = (
    "uuid", "reserve_id", "observed_on", "observed_time", "utc_offset", "site", "zone", "latitude",
    "longitude", "coordinate_uncertainty_m", "elevation_m", "category", "subject", "kingdom",
    "taxon_rank", "count",
    "value", "unit", "method", "observer", "notes", "sensitive", "source", "source_id",
    "created_at", "updated_at",
)  # fmt: skip
#: Columns a checked row waits in (the timestamps are the commit's).
STAGED_COLUMNS = INSERT_COLUMNS[:-2]
CHUNK = 5000
#: Rejections a preview lists (all are counted): a thousand show what is wrong with a
#: file as well as a million would, in a fraction of the memory.
REJECTIONS_KEPT = 1000
#: Accepted rows a preview keeps to show.
SAMPLE_KEPT = 200
#: The largest whole number SQLite stores.
MAX_INTEGER = 2**63 - 1
#: Fields read as numbers, whose values tell the file's decimal mark.
NUMBER_FIELDS = ("count", "value", "elevation_m", "coordinate_uncertainty_m")
#: Text fields and the most characters each keeps (a longer value is refused, never cut).
TEXT_LIMITS = {"subject": 300, "site": 200, "unit": 50, "method": 200, "observer": 200,
               "notes": 100_000, "kingdom": 50, "taxon_rank": 50}  # fmt: skip

Progress = Callable[[int, int], None]
RowsRead = Callable[[int], None]


@dataclass(frozen=True)
class Rejection:
    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        where = f"column '{self.column}'" if self.column else "the row"
        shown = f" value '{self.value}'" if self.value else ""
        return f"row {self.row}, {where}{shown}: {self.reason}"


@dataclass
class ImportPreview:
    path: Path
    mapping: ColumnMapping
    #: rows read from the file (blank rows aside)
    total_rows: int = 0
    #: rows ready to insert
    accepted: int = 0
    #: the first rows ready to insert, in STAGED_COLUMNS order, to show
    first_rows: list[tuple[Any, ...]] = field(default_factory=list)
    #: the first rejections, in row order (REJECTIONS_KEPT at most), and how many in all
    rejected: list[Rejection] = field(default_factory=list)
    rejected_total: int = 0
    #: rows already in the store from an earlier import of the same records
    already_present: int = 0
    #: the decimal mark the file's numbers use (None: none of them tells)
    number_style: NumberStyle = None
    #: the text encoding a CSV file was read in (None for a workbook)
    encoding: str | None = None
    #: for an archive: the member read, and the other members left out (repeat tables,
    #: media, extensions), which the preview names
    member: str | None = None
    left_out: list[str] = field(default_factory=list)
    #: where the accepted rows wait for the commit
    staging: Staging | None = field(default=None, repr=False)
    #: media files of the archive, by the name rows give them, and how many the accepted
    #: rows name (attached to their observations at the commit)
    media: dict[str, str] = field(default_factory=dict)
    photos: int = 0
    #: a value of a form export that looks like a choice name, when no form was given
    choice_name_seen: str | None = None

    def discard(self) -> None:
        """Let go of the staged rows (the user closed the window, or checked again)."""
        if self.staging is not None:
            self.staging.discard()
            self.staging = None

    def rules(self) -> list[str]:
        """Every rule the file's values were read by, in words, for the preview."""
        said = []
        if self.member:
            said.append(self.archive_note())
        if self.encoding:
            said.append(f"text read as {self.encoding}")
        said.append(self.number_rule())
        if self.photos:
            said.append(
                f"{plural(self.photos, 'photo')} from the archive's media folder attached to "
                "their observations"
            )
        if self.mapping.choice_labels:
            form = self.mapping.choice_form or "the form"
            said.append(f"choice names read as their labels in {form}")
        elif self.choice_name_seen:
            said.append(
                f"values such as '{self.choice_name_seen}' look like a form's choice names, "
                "kept as written: give the form (Choice labels; --form) to import their labels"
            )
        if "utm_easting" in self.mapping.fields:
            zone = self.mapping.defaults.get("utm_zone")
            given = f" (zone {zone} where the file gives none)" if zone else ""
            said.append(f"UTM positions converted to latitude and longitude, WGS84{given}")
        return said

    def archive_note(self) -> str:
        """What was read out of an archive and what was not, in words ("" for a file)."""
        if self.member is None:
            return ""
        shown = ", ".join(self.left_out[:5]) + (" …" if len(self.left_out) > 5 else "")
        left = f"; not imported: {shown}" if self.left_out else ""
        return f"read {self.member} from the archive{left}"

    def number_rule(self) -> str:
        """How numbers were read, in words, for the preview."""
        if self.number_style == "comma":
            return "numbers read with a decimal comma (1.234,5 or 2,5)"
        if self.number_style == "point":
            return "numbers read with a decimal point (1,234.5 or 2.5)"
        return "numbers that could be read two ways (1,000) are refused"

    def sample(self, limit: int = 50) -> list[dict[str, Any]]:
        return [dict(zip(STAGED_COLUMNS, row, strict=True)) for row in self.first_rows[:limit]]

    def reject(self, rejection: Rejection) -> None:
        self.rejected_total += 1
        if len(self.rejected) < REJECTIONS_KEPT:
            self.rejected.append(rejection)


class _RowError(Exception):
    def __init__(self, column: str, value: Any, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.value = "" if value is None else str(value)
        self.reason = reason


def preview_import(
    store: Store,
    path: Path,
    mapping: ColumnMapping | None = None,
    *,
    today: date | None = None,
    table: Table | None = None,
    rows_read: RowsRead | None = None,
) -> ImportPreview:
    """Read and check the whole file, staging the rows that pass; writes nothing to the
    store. rows_read hears how far the reading has gone, every few thousand rows."""
    table = table or read_table(path)
    mapping = mapping or recognise(table.headers)
    named = (*mapping.fields.values(), mapping.geopoint, mapping.id_column,
             mapping.fallback_id_column, mapping.uncertainty_floor,
             *mapping.specify_other.values())  # fmt: skip
    missing = [c for c in named if c and c not in table.headers]
    if missing:
        raise BrdeskError(
            f"{path.name}: the mapping names a column the file lacks: '{missing[0]}'."
        )
    needed = mapping.missing_required()
    if needed and not (set(needed) <= {"category"} and "category" in mapping.defaults):
        labels = ", ".join(needed)
        raise BrdeskError(
            f"{path.name}: cannot tell which column holds {labels}. Say which: in the "
            "Columns list of the import window, or with a mapping file (--mapping MAP.json) "
            "on the command line."
        )
    index = {h: i for i, h in enumerate(table.headers)}
    date_column = mapping.fields.get("observed_on")
    if date_column:
        samples = [str(cells[index[date_column]]) for _, cells in table.head(500)
                   if index[date_column] < len(cells)]  # fmt: skip
        mapping.day_order = (
            guess_day_order(samples) if mapping.source == "file" else mapping.day_order
        )
    preview = ImportPreview(path, mapping)
    preview.number_style = _number_style(table, index, mapping)
    preview.choice_name_seen = _choice_name_seen(table, index, mapping)
    preview.encoding = table.encoding
    preview.member, preview.left_out = table.member, list(table.left_out)
    preview.media = dict(table.media)
    staged = (*STAGED_COLUMNS, "former_id", "media")
    preview.staging = Staging(store.data_dir.root, staged)
    try:
        _stage_rows(preview, table, index, today or date.today(), rows_read)
        _settle(store, preview)
    except BaseException:
        preview.discard()
        raise
    return preview


def _stage_rows(
    preview: ImportPreview,
    table: Table,
    index: dict[str, int],
    today: date,
    rows_read: RowsRead | None,
) -> None:
    """Check every row; stage those that pass, reject the others (naming row, column and
    value)."""
    assert preview.staging is not None
    mapping = preview.mapping
    fingerprint = sorted(
        index[c] for c in {*mapping.fields.values(), *(c for c in [mapping.geopoint] if c)}
    )
    batch: list[tuple[Any, ...]] = []
    for number, cells in table.rows():
        preview.total_rows += 1
        try:
            row = _convert(cells, index, mapping, today, preview.number_style)
        except _RowError as err:
            preview.reject(Rejection(number, err.column, err.value[:80], err.reason))
            continue
        source_id = _source_id(cells, index, mapping, fingerprint)
        record_uuid = _record_uuid(mapping.source, source_id)
        former = _former_id(cells, index, mapping)
        media = _media_named(cells, preview.media)
        batch.append((number, record_uuid, None, *row, mapping.source, source_id, former, media))
        if len(batch) == CHUNK:
            preview.staging.add(batch)
            batch = []
            if rows_read is not None:
                rows_read(preview.total_rows)
    preview.staging.add(batch)


def _settle(store: Store, preview: ImportPreview) -> None:
    """Set aside the staged rows already in the store (an earlier import of the same
    records) and reject the repeats within the file (the first of each stays); then count
    what is left and keep the first rows to show."""
    assert preview.staging is not None
    if preview.mapping.source == "brdesk":  # this store's own export: known by UUID
        present = "EXISTS (SELECT 1 FROM main.observation o WHERE o.uuid = s.source_id)"
    else:
        # By its id, or by the id it was known by before (GBIF: gbifID, schema 0007); one
        # equality each, so that both are index lookups (an IN of the two scanned).
        by = (
            "EXISTS (SELECT 1 FROM main.observation o WHERE o.source = :source "
            "AND o.source_id = s.{} AND o.source_id IS NOT NULL)"
        )
        present = (
            f"{by.format('source_id')} OR (s.former_id IS NOT NULL AND {by.format('former_id')})"
        )
    # The second and later rows of each source_id, found in one ordered pass over its index
    # (a lookup per row took 4.7 s for a million).
    repeats_sql = (
        "SELECT n, source_id FROM (SELECT n, source_id, row_number() OVER "
        "(PARTITION BY source_id ORDER BY n) AS k FROM staging.staged) WHERE k > 1"
    )
    column = preview.mapping.id_column or ""
    with store.dbapi() as conn, preview.staging.attached(conn):
        preview.already_present = conn.execute(
            f"DELETE FROM staging.staged AS s WHERE {present}",
            {"source": preview.mapping.source},
        ).rowcount
        repeats = conn.execute(
            f"SELECT n, source_id FROM ({repeats_sql}) ORDER BY n LIMIT {REJECTIONS_KEPT}"
        ).fetchall()
        removed = conn.execute(
            f"DELETE FROM staging.staged WHERE n IN (SELECT n FROM ({repeats_sql}))"
        ).rowcount
        preview.accepted = conn.execute("SELECT count(*) FROM staging.staged").fetchone()[0]
        if preview.media:  # the rows naming a file of the archive: as many as its photos
            named = [
                name
                for (media,) in conn.execute(
                    "SELECT media FROM staging.staged WHERE media IS NOT NULL"
                )
                for name in str(media).split("\n")
            ]
            preview.photos = len(named)
            attached = {preview.media[name] for name in named}
            preview.left_out = [n for n in preview.left_out if n not in attached]
        columns = ", ".join(STAGED_COLUMNS)
        preview.first_rows = conn.execute(
            f"SELECT {columns} FROM staging.staged ORDER BY n LIMIT {SAMPLE_KEPT}"
        ).fetchall()
    if removed:
        said = [
            Rejection(n, column, str(source_id)[:80], "the same record appears earlier in the file")
            for n, source_id in repeats
        ]
        merged = sorted([*preview.rejected, *said], key=lambda r: r.row)
        preview.rejected = merged[:REJECTIONS_KEPT]
        preview.rejected_total += removed


def commit_import(
    store: Store,
    preview: ImportPreview,
    *,
    progress: Progress | None = None,
    reserve_id: int | None = None,
) -> int:
    """Back up, then insert the accepted rows in one transaction; a cancel or a failure
    writes nothing. No backup (a full disk, say), no import."""
    if not preview.accepted or preview.staging is None:
        return 0
    from brdesk.services.backups import take_backup

    take_backup(store.data_dir, "before-import")
    total = preview.accepted
    stamp = utcnow().isoformat(sep=" ")
    chosen = ["?" if c == "reserve_id" and reserve_id is not None else c for c in STAGED_COLUMNS]
    chunk = (
        f"INSERT INTO main.observation ({', '.join(INSERT_COLUMNS)}) "
        f"SELECT {', '.join(chosen)}, ?, ? FROM staging.staged "
        "WHERE n > ? ORDER BY n LIMIT ?"
    )
    reserve = () if reserve_id is None else (reserve_id,)
    # Indexing the new rows after the last chunk takes about a fifth of the time: the
    # progress keeps that share back, so it does not sit at 100 % meanwhile (and is not
    # reported once committed: a cancel then would claim nothing was imported).
    indexing = max(1, total // 4)
    with store.dbapi() as conn, preview.staging.attached(conn), _roomy_cache(conn):
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                with bulk_indexing(conn), _indexes_rebuilt_if_large(conn, total):
                    done, last = 0, -1
                    while done < total:
                        conn.execute(chunk, (*reserve, stamp, stamp, last, CHUNK))
                        last = conn.execute(
                            "SELECT max(n) FROM (SELECT n FROM staging.staged WHERE n > ? "
                            "ORDER BY n LIMIT ?)",
                            (last, CHUNK),
                        ).fetchone()[0]
                        done = min(done + CHUNK, total)
                        if progress is not None:
                            progress(done, total + indexing)
                with _media_of(conn, preview, store):
                    conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.IntegrityError as exc:
            raise BrdeskError(describe_constraint(str(exc))) from exc
        except sqlite3.OperationalError as exc:
            raise DataFolderError(describe_refusal(str(exc))) from exc
    preview.discard()
    return total


#: Pages SQLite may keep in memory while an import writes (KiB, as PRAGMA cache_size
#: takes a negative number). Its default, 2 MB, is far smaller than the indexes of a large
#: log: each insert then evicts pages the next needs, and the time per row grows with the
#: table (a million rows took 19x the time of a hundred thousand).
IMPORT_CACHE_KIB = 64 * 1024


@contextmanager
def _roomy_cache(conn: sqlite3.Connection) -> Iterator[None]:
    before = conn.execute("PRAGMA main.cache_size").fetchone()[0]
    conn.execute(f"PRAGMA main.cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA main.cache_size = {int(before)}")


def _media_of(
    conn: sqlite3.Connection, preview: ImportPreview, store: Store
) -> AbstractContextManager[None]:
    if not preview.photos:
        return nullcontext()
    return attaching(conn, preview.path, preview.media, store.data_dir.attachments)


#: Below this many new rows, an import updates the log's indexes row by row.
REBUILD_FROM = 50_000


@contextmanager
def _indexes_rebuilt_if_large(conn: sqlite3.Connection, adding: int) -> Iterator[None]:
    """Insert without the log's secondary indexes and build them afresh after, when the
    import is large beside the log: SQLite builds an index from sorted keys far faster
    than it inserts keys in random order into one larger than its cache (a million rows
    slowed from 0.1 s to 0.2 s per thousand as they went in). Inside the transaction, so a
    cancel restores them as they were."""
    existing = conn.execute("SELECT coalesce(max(id), 0) FROM main.observation").fetchone()[0]
    if adding < max(REBUILD_FROM, existing):
        yield
        return
    indexes = conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' "
        "AND tbl_name = 'observation' AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX main."{name}"')
    yield
    for _name, sql in indexes:
        conn.execute(sql)


def _record_uuid(source: str, source_id: str) -> str:
    """The UUID an imported record gets: its own, when brdesk wrote the file (so a record
    that comes back is the same record), else one derived from where it came from."""
    if source == "brdesk":
        try:
            return str(uuid.UUID(source_id))
        except ValueError:
            pass
    return str(uuid.uuid5(NAMESPACE, f"{source}:{source_id}"))


def _source_id(
    cells: list[Any], index: dict[str, int], mapping: ColumnMapping, used: list[int]
) -> str:
    if mapping.id_column:
        value = _cell(cells, index, mapping.id_column)
        if value not in (None, ""):
            return str(value).strip()
    former = _former_id(cells, index, mapping)
    if former is not None:
        return former
    # No id in the source: the record's own values are its fingerprint.
    material = "\x1f".join(str(cells[i]).strip() if i < len(cells) else "" for i in used)
    return "sha1:" + hashlib.sha1(material.encode("utf-8")).hexdigest()


def _media_named(cells: list[Any], media: dict[str, str]) -> str | None:
    """The archive's media files this row names (one per line), or None."""
    if not media:
        return None
    named = [c.strip() for c in cells if isinstance(c, str) and c.strip() in media]
    return "\n".join(dict.fromkeys(named)) or None


def _former_id(cells: list[Any], index: dict[str, int], mapping: ColumnMapping) -> str | None:
    """The id a record from this source may have been imported by before (GBIF records
    were known by their gbifID before migration 0007)."""
    if not mapping.fallback_id_column:
        return None
    value = _cell(cells, index, mapping.fallback_id_column)
    return None if value in (None, "") else f"{mapping.fallback_id_column}:{str(value).strip()}"


def _cell(cells: list[Any], index: dict[str, int], column: str) -> Any:
    i = index[column]
    value = cells[i] if i < len(cells) else None
    if value.__class__ is str:
        return plain_text(value.strip()) or None
    return value


#: A select answer as KoBo's and ODK's "XML values" write it: pseudois_nayaur.
_CHOICE_NAME = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")


def _choice_name_seen(table: Table, index: dict[str, int], mapping: ColumnMapping) -> str | None:
    """A form export's subject written as a choice name (most of the first rows), when no
    form gives the labels: the preview says so."""
    column = mapping.fields.get("subject")
    if mapping.source not in ("kobo", "odk") or mapping.choice_labels or column is None:
        return None
    values = [str(c[index[column]]) for _, c in table.head(200) if index[column] < len(c)]
    names = [v for v in values if _CHOICE_NAME.match(v)]
    return names[0] if values and len(names) * 2 > len(values) else None


def _number_style(table: Table, index: dict[str, int], mapping: ColumnMapping) -> NumberStyle:
    """The file's decimal mark, from the values of its number columns (a sample)."""
    samples = []
    for name in NUMBER_FIELDS:
        column = mapping.fields.get(name)
        if column is None:
            continue
        i = index[column]
        samples += [c[i] for _, c in table.head(2000) if i < len(c) and isinstance(c[i], str)]
    return detect_number_style(samples)


class _Row:
    """One file row, read field by field through the mapping."""

    def __init__(
        self, cells: list[Any], index: dict[str, int], mapping: ColumnMapping, style: NumberStyle
    ) -> None:
        self.cells, self.index, self.mapping, self.style = cells, index, mapping, style

    def get(self, name: str) -> tuple[str, Any]:
        """(column, value) for a field: the cell, or the mapping's default when empty. A
        form's "other" answer is the text given in its "specify other" column."""
        column = self.mapping.fields.get(name)
        if column is None:
            return "", self.mapping.defaults.get(name)
        value = _cell(self.cells, self.index, column)
        other = self.mapping.specify_other.get(name)
        if other and isinstance(value, str) and value.casefold() == "other":
            specified = _cell(self.cells, self.index, other)
            if specified is None:
                raise _RowError(column, value, f"'other', but '{other}' does not say what")
            return other, specified
        choices = self.mapping.choices_of(column)
        if choices is not None and value is not None:
            value = _labelled(column, str(value), choices)
        return column, (self.mapping.defaults.get(name) if value is None else value)

    def number(
        self, name: str, low: float | None = None, high: float | None = None
    ) -> float | None:
        column, raw = self.get(name)
        return None if raw is None else _checked_number(column, raw, low, high, self.style)

    def words(self, name: str) -> str | None:
        """A text field as read, or the row refused if it is longer than the field keeps."""
        column, raw = self.get(name)
        if raw is None:
            return None
        text_value = str(raw).strip()
        limit = TEXT_LIMITS[name]
        if len(text_value) > limit:
            raise _RowError(
                column, text_value[:40] + "…",
                f"{len(text_value):,} characters; at most {limit:,} are kept: shorten it",
            )  # fmt: skip
        return text_value or None


def _labelled(column: str, value: str, choices: dict[str, str]) -> str:
    """A select answer as its label: a choice name ("pseudois_nayaur"), or several of a
    select_multiple ("scat tracks"), become their labels; a value that already is one of
    the labels stays; anything else is not an answer the form allows, and is refused."""
    if value in choices.values():
        return value
    names = value.split()
    unknown = [n for n in names if n not in choices]
    if unknown or not names:
        raise _RowError(column, value, f"'{unknown[0] if unknown else value}' is not a choice "
                        "of this question in the form")  # fmt: skip
    return ", ".join(choices[n] for n in names)


def _checked_number(
    column: str, raw: Any, low: float | None, high: float | None, style: NumberStyle = None
) -> float:
    try:
        value = float(raw) if isinstance(raw, int | float) else parse_number(str(raw), style)
    except ValueError as exc:
        raise _RowError(column, raw, str(exc)) from None
    if low is not None and value < low:
        raise _RowError(column, raw, f"must be at least {number_text(low)}")
    if high is not None and value > high:
        raise _RowError(column, raw, f"must be at most {number_text(high)}")
    return value


def _when(row: _Row, today: date) -> tuple[date, Any, str | None]:
    """The date, the local clock time (or None) and the UTC offset the same stamp states
    (or None: a time without one is local time, its offset unknown)."""
    column, raw = row.get("observed_on")
    if raw is None:
        raise _RowError(column, None, "the date is missing")
    try:
        observed_on, observed_time = parse_datetime(raw, row.mapping.day_order)  # type: ignore[arg-type]
    except ValueError as exc:
        raise _RowError(column, raw, str(exc)) from None
    if observed_on > today:
        raise _RowError(column, raw, f"{observed_on.isoformat()} is in the future")
    stamp_column, stamp = (column, raw) if observed_time is not None else ("", None)
    time_column, raw_time = row.get("observed_time")
    if raw_time is not None and not _DATE_ONLY.match(str(raw_time)):
        try:
            observed_time = parse_time(raw_time)
        except ValueError as exc:
            raise _RowError(time_column, raw_time, str(exc)) from None
        stamp_column, stamp = time_column, raw_time
    try:
        offset = None if stamp is None else parse_offset(stamp)
    except ValueError as exc:
        raise _RowError(stamp_column, stamp, str(exc)) from None
    offset_column, raw_offset = row.get("utc_offset")
    if raw_offset is not None and observed_time is not None:
        try:
            given = parse_offset_alone(raw_offset)
        except ValueError as exc:
            raise _RowError(offset_column, raw_offset, str(exc)) from None
        if offset is not None and given != offset:
            raise _RowError(
                offset_column, raw_offset, f"the time itself says {offset}: which is right?"
            )
        offset = given
    return observed_on, observed_time, offset


#: A time column holding a date alone (iNaturalist's observed_on_string when no time was
#: recorded): no time of day, not an error.
_DATE_ONLY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")


def _where(row: _Row) -> tuple[float | None, float | None, float | None, float | None]:
    """Latitude, longitude, uncertainty and elevation, from columns or a geopoint."""
    lat_column, raw_lat = row.get("latitude")
    lon_column, raw_lon = row.get("longitude")
    uncertainty = row.number("coordinate_uncertainty_m", 0)
    elevation = row.number("elevation_m", ELEVATION_MIN_M, ELEVATION_MAX_M)
    geopoint = row.mapping.geopoint
    if raw_lat is None and raw_lon is None and geopoint:
        point = _cell(row.cells, row.index, geopoint)
        if point is not None:
            # "lat lon altitude accuracy", as KoBo and ODK write a geopoint; KoBo's
            # _geolocation column writes "[27.95, 86.9]".
            parts = re.sub(r"[\[\],]", " ", str(point)).split()
            if len(parts) < 2:
                raise _RowError(geopoint, point, "a geopoint needs 'latitude longitude'")
            raw_lat, raw_lon = parts[0], parts[1]
            lat_column = lon_column = geopoint
            if len(parts) > 2 and elevation is None:
                elevation = _checked_number(
                    geopoint, parts[2], ELEVATION_MIN_M, ELEVATION_MAX_M, "point"
                )
            if len(parts) > 3 and uncertainty is None:
                uncertainty = _checked_number(geopoint, parts[3], 0, None, "point")
    if raw_lat is None and raw_lon is None:
        converted = _from_utm(row)
        if converted is not None:
            return (*converted, uncertainty, elevation)
    if (raw_lat is None) != (raw_lon is None):
        missing = "longitude" if raw_lon is None else "latitude"
        raise _RowError(lat_column or lon_column, raw_lat or raw_lon, f"the {missing} is missing")
    floor_column = row.mapping.uncertainty_floor
    if floor_column:
        floor = _cell(row.cells, row.index, floor_column)
        if floor is not None:
            at_least = _checked_number(floor_column, floor, 0, None, "point")
            uncertainty = at_least if uncertainty is None else max(uncertainty, at_least)
    if raw_lat is None:
        return None, None, uncertainty, elevation
    try:
        lat = parse_coordinate(raw_lat, "lat")
    except ValueError as exc:
        raise _RowError(lat_column, raw_lat, str(exc)) from None
    try:
        lon = parse_coordinate(raw_lon, "lon")
    except ValueError as exc:
        raise _RowError(lon_column, raw_lon, str(exc)) from None
    return lat, lon, uncertainty, elevation


def _from_utm(row: _Row) -> tuple[float, float] | None:
    """Latitude and longitude from UTM easting, northing and zone (a column, or the zone
    the mapping gives for the whole file); None when the row has no UTM position."""
    east_column, raw_east = row.get("utm_easting")
    north_column, raw_north = row.get("utm_northing")
    if raw_east is None and raw_north is None:
        return None
    if raw_east is None or raw_north is None:
        missing = "easting" if raw_east is None else "northing"
        raise _RowError(east_column or north_column, raw_east or raw_north,
                        f"the UTM {missing} is missing")  # fmt: skip
    zone_column, raw_zone = row.get("utm_zone")
    if raw_zone is None:
        raise _RowError(
            east_column, raw_east,
            "a UTM position needs its zone: map a zone column, or give the file's zone "
            "(\"UTM zone\" in the mapping's defaults, such as 45R)",
        )  # fmt: skip
    try:
        zone, northern = parse_utm_zone(str(raw_zone))
    except ValueError as exc:
        raise _RowError(zone_column, raw_zone, str(exc)) from None
    easting = _checked_number(east_column, raw_east, 100_000, 999_999, row.style)
    northing = _checked_number(north_column, raw_north, 0, 10_000_000, row.style)
    try:
        return utm_to_degrees(easting, northing, zone, northern)
    except ValueError as exc:
        raise _RowError(east_column, raw_east, str(exc)) from None


def _convert(
    cells: list[Any],
    index: dict[str, int],
    mapping: ColumnMapping,
    today: date,
    style: NumberStyle = None,
) -> tuple[Any, ...]:
    row = _Row(cells, index, mapping, style)
    observed_on, observed_time, offset = _when(row, today)
    lat, lon, uncertainty, elevation = _where(row)
    category_column, raw_category = row.get("category")
    category = _choice(raw_category, CATEGORIES, category_column, "category")
    if category is None:
        raise _RowError(category_column, None, "the category is missing")
    zone = _zone(row)
    subject = row.words("subject")
    if subject is None:
        raise _RowError(mapping.fields.get("subject", ""), None, "the taxon or subject is missing")
    count = row.number("count", 0, MAX_INTEGER)
    if count is not None and not count.is_integer():
        raise _RowError(mapping.fields.get("count", ""), count, "a count must be a whole number")
    sensitive_column, raw_sensitive = row.get("sensitive")
    try:
        sensitive = raw_sensitive is not None and parse_bool(raw_sensitive)
    except ValueError as exc:
        raise _RowError(sensitive_column, raw_sensitive, str(exc)) from None
    return (
        observed_on.isoformat(),
        observed_time.strftime("%H:%M:%S.%f") if observed_time else None,
        offset,
        row.words("site"),
        zone,
        lat,
        lon,
        uncertainty,
        elevation,
        category,
        subject,
        row.words("kingdom"),
        row.words("taxon_rank"),
        None if count is None else int(count),
        row.number("value"),
        row.words("unit"),
        row.words("method"),
        row.words("observer"),
        row.words("notes"),
        int(sensitive),
    )


def _zone(row: _Row) -> str | None:
    column, raw = row.get("zone")
    return _choice(raw, ZONES, column, "zone")


def _choice(raw: Any, choices: dict[str, str], column: str, what: str) -> str | None:
    if raw is None:
        return None
    text_value = str(raw).strip()
    key = text_value.lower().replace("-", "_").replace(" ", "_")
    if key in choices:
        return key
    for code, label in choices.items():
        if text_value.casefold() == label.casefold():
            return code
    raise _RowError(column, raw, f"unknown {what} (use one of: {', '.join(choices)})")
