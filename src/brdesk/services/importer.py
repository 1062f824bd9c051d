"""Import observations from files: preview what would be imported and what is rejected
(row, column, value, why), then commit the accepted rows in one transaction, or nothing.

Re-importing a file adds nothing new: each record keeps its id from the source tool (or a
fingerprint of its values) and a UUID derived from it.

The file is read as a stream and its checked rows wait in a scratch database
(services/import_staging.py), so memory stays flat whatever the file's length: a preview
keeps only the first rows to show and the first rejections to list.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from brdesk.db.base import utcnow
from brdesk.db.bulk import roomy_cache
from brdesk.db.dbapi import is_server
from brdesk.db.fts import bulk_indexing
from brdesk.errors import BrdeskError, DataFolderError
from brdesk.exchange.dates import guess_day_order
from brdesk.exchange.mapping import ColumnMapping, recognise
from brdesk.exchange.readers import Table, read_table
from brdesk.exchange.values import (
    NumberStyle,
)
from brdesk.geo import Box
from brdesk.languages import Said, marked, said, said_n
from brdesk.services.import_extent import far_note, far_outside
from brdesk.services.import_media import attaching
from brdesk.services.import_rows import (
    RowError,
    choice_name_seen,
    convert,
    former_id,
    media_named,
    number_style,
    row_cleaner,
    source_id_of,
    uuid_for,
)
from brdesk.services.import_staging import Staging, staged_table
from brdesk.services.store import Store, describe_constraint, describe_refusal

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

Progress = Callable[[int, int], None]
RowsRead = Callable[[int], None]


@dataclass(frozen=True)
class Rejection:
    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        return str(self.said())

    def said(self) -> Said:
        """ "row 4, column 'date' value '31/02/2024': no such day", to be said in any
        language (the reason as it was made)."""
        if self.column and self.value:
            return said("row {row}, column '{column}' value '{value}': {reason}", row=self.row,
                        column=self.column, value=self.value, reason=self.reason)  # fmt: skip
        if self.column:
            return said("row {row}, column '{column}': {reason}", row=self.row,
                        column=self.column, reason=self.reason)  # fmt: skip
        return said("row {row}, the row: {reason}", row=self.row, reason=self.reason)


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
    #: rows located far outside the zones on the map, and the first of them (row number,
    #: latitude, longitude), said in the preview: swapped coordinates are caught so
    far_outside: int = 0
    far_example: tuple[int, float, float] | None = None
    far_box: Box | None = field(default=None, repr=False)

    def discard(self) -> None:
        """Let go of the staged rows (the user closed the window, or checked again)."""
        if self.staging is not None:
            self.staging.discard()
            self.staging = None

    def rules(self) -> list[str]:
        """Every rule the file's values were read by, in words, for the preview."""
        told: list[str] = []
        if self.member:
            told.append(self.archive_note())
        if self.encoding:
            told.append(said("text read as {encoding}", encoding=self.encoding))
        told.append(self.number_rule())
        if self.photos:
            told.append(said_n("%Ln photo(s) from the archive's media folder attached to their "
                               "observations", "", self.photos))  # fmt: skip
        if self.mapping.choice_labels and self.mapping.choice_form:
            told.append(said("choice names read as their labels in {form}",
                             form=self.mapping.choice_form))  # fmt: skip
        elif self.mapping.choice_labels:
            told.append(marked("choice names read as their labels in the form"))
        elif self.choice_name_seen:
            told.append(said(
                "values such as '{value}' look like a form's choice names, kept as written: "
                "give the form (Choice labels; --form) to import their labels",
                value=self.choice_name_seen,
            ))  # fmt: skip
        if self.far_outside and self.far_example:
            told.append(far_note(self.far_outside, self.far_example, self.far_box))
        if "utm_easting" in self.mapping.fields:
            zone = self.mapping.defaults.get("utm_zone")
            told.append(
                said("UTM positions converted to latitude and longitude, WGS84 (zone {zone} "
                     "where the file gives none)", zone=zone) if zone
                else marked("UTM positions converted to latitude and longitude, WGS84")
            )  # fmt: skip
        return told

    def archive_note(self) -> str:
        """What was read out of an archive and what was not, in words ("" for a file)."""
        if self.member is None:
            return ""
        shown = ", ".join(self.left_out[:5]) + (" …" if len(self.left_out) > 5 else "")
        if self.left_out:
            return said("read {member} from the archive; not imported: {others}",
                        member=self.member, others=shown)  # fmt: skip
        return said("read {member} from the archive", member=self.member)

    def number_rule(self) -> str:
        """How numbers were read, in words, for the preview."""
        if self.number_style == "comma":
            return marked("numbers read with a decimal comma (1.234,5 or 2,5)")
        if self.number_style == "point":
            return marked("numbers read with a decimal point (1,234.5 or 2.5)")
        return marked("numbers that could be read two ways (1,000) are refused")

    def sample(self, limit: int = 50) -> list[dict[str, Any]]:
        return [dict(zip(STAGED_COLUMNS, row, strict=True)) for row in self.first_rows[:limit]]

    def reject(self, rejection: Rejection) -> None:
        self.rejected_total += 1
        if len(self.rejected) < REJECTIONS_KEPT:
            self.rejected.append(rejection)


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
            said(
                "{name}: the mapping names a column the file lacks: '{v0}'.",
                name=path.name,
                v0=missing[0],
            )
        )
    needed = mapping.missing_required()
    if needed and not (set(needed) <= {"category"} and "category" in mapping.defaults):
        labels = ", ".join(needed)
        raise BrdeskError(
            said(
                "{name}: cannot tell which column holds {labels}. Say which: in "
                "the Columns list of the import window, or with a mapping file "
                "(--mapping MAP.json) on the command line.",
                name=path.name,
                labels=labels,
            )
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
    preview.number_style = number_style(table, index, mapping)
    preview.choice_name_seen = choice_name_seen(table, index, mapping)
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
    clean = row_cleaner(today)
    batch: list[tuple[Any, ...]] = []
    for number, cells in table.rows():
        preview.total_rows += 1
        try:
            row = convert(cells, index, mapping, clean, preview.number_style)
        except RowError as err:
            preview.reject(Rejection(number, err.column, err.value[:80], err.reason))
            continue
        source_id = source_id_of(cells, index, mapping, fingerprint)
        record_uuid = uuid_for(mapping.source, source_id)
        former = former_id(cells, index, mapping)
        media = media_named(cells, preview.media)
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
        present = "EXISTS (SELECT 1 FROM observation o WHERE o.uuid = s.source_id)"
    else:
        # By its id, or by the id it was known by before (GBIF: gbifID, schema 0007); one
        # equality each, so that both are index lookups (an IN of the two scanned).
        by = (
            "EXISTS (SELECT 1 FROM observation o WHERE o.source = ? "
            "AND o.source_id = s.{} AND o.source_id IS NOT NULL)"
        )
        present = (
            f"{by.format('source_id')} OR (s.former_id IS NOT NULL AND {by.format('former_id')})"
        )
    # The second and later rows of each source_id, found in one ordered pass over its index
    # (a lookup per row took 4.7 s for a million).
    column = preview.mapping.id_column or ""
    with store.dbapi() as conn, preview.staging.attached(conn):
        staged = staged_table(conn)
        repeats_sql = (
            "SELECT n, source_id FROM (SELECT n, source_id, row_number() OVER "
            f"(PARTITION BY source_id ORDER BY n) AS k FROM {staged}) AS numbered WHERE k > 1"
        )
        preview.already_present = conn.execute(
            f"DELETE FROM {staged} AS s WHERE {present}",
            (preview.mapping.source,) * present.count("?"),
        ).rowcount
        repeats = conn.execute(
            f"SELECT n, source_id FROM ({repeats_sql}) AS r ORDER BY n LIMIT {REJECTIONS_KEPT}"
        ).fetchall()
        removed = conn.execute(
            f"DELETE FROM {staged} WHERE n IN (SELECT n FROM ({repeats_sql}) AS r)"
        ).rowcount
        preview.accepted = conn.execute(f"SELECT count(*) FROM {staged}").fetchone()[0]
        if preview.media:  # the rows naming a file of the archive: as many as its photos
            named = [
                name
                for (media,) in conn.execute(f"SELECT media FROM {staged} WHERE media IS NOT NULL")
                for name in str(media).split("\n")
            ]
            preview.photos = len(named)
            attached = {preview.media[name] for name in named}
            preview.left_out = [n for n in preview.left_out if n not in attached]
        preview.far_outside, preview.far_example, preview.far_box = far_outside(conn)
        columns = ", ".join(STAGED_COLUMNS)
        preview.first_rows = conn.execute(
            f"SELECT {columns} FROM {staged} ORDER BY n LIMIT {SAMPLE_KEPT}"
        ).fetchall()
    if removed:
        again = marked("the same record appears earlier in the file")
        repeated = [Rejection(n, column, str(source_id)[:80], again) for n, source_id in repeats]
        merged = sorted([*preview.rejected, *repeated], key=lambda r: r.row)
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
    from brdesk.services import zone_assign
    from brdesk.services.backups import safety_copy

    safety_copy(store.data_dir, "before-import")
    total = preview.accepted
    stamp = utcnow().isoformat(sep=" ")
    chosen = ["?" if c == "reserve_id" and reserve_id is not None else c for c in STAGED_COLUMNS]
    reserve = () if reserve_id is None else (reserve_id,)
    # Indexing the new rows after the last chunk takes about a fifth of the time: the
    # progress keeps that share back, so it does not sit at 100 % meanwhile (and is not
    # reported once committed: a cancel then would claim nothing was imported).
    indexing = max(1, total // 4)
    with store.dbapi() as conn, preview.staging.attached(conn), roomy_cache(conn):
        staged = staged_table(conn)
        chunk = (
            f"INSERT INTO observation ({', '.join(INSERT_COLUMNS)}) "
            f"SELECT {', '.join(chosen)}, ?, ? FROM {staged} "
            "WHERE n > ? ORDER BY n LIMIT ?"
        )
        try:
            # (A server's connection is in a transaction already: psycopg began one.)
            if not is_server(conn):
                conn.execute("BEGIN IMMEDIATE")
            try:
                before = conn.execute("SELECT coalesce(max(id), 0) FROM observation")
                first_new = before.fetchone()[0]
                with bulk_indexing(conn), _indexes_rebuilt_if_large(conn, total):
                    done, last = 0, -1
                    while done < total:
                        conn.execute(chunk, (*reserve, stamp, stamp, last, CHUNK))
                        last = conn.execute(
                            f"SELECT max(n) FROM (SELECT n FROM {staged} WHERE n > ? "
                            "ORDER BY n LIMIT ?) AS c",
                            (last, CHUNK),
                        ).fetchone()[0]
                        done = min(done + CHUNK, total)
                        if progress is not None:
                            progress(done, total + indexing)
                zone_assign.assign(conn, after_id=first_new)
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
    existing = conn.execute("SELECT coalesce(max(id), 0) FROM observation").fetchone()[0]
    if adding < max(REBUILD_FROM, existing) or is_server(conn):
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
