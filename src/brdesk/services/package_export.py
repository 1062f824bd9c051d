"""Write an exchange package of a selection: records as JSON Lines, their files, a manifest."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.sql.elements import ColumnElement

from brdesk import __version__
from brdesk.db import models
from brdesk.db.base import utcnow
from brdesk.db.state import HEAD_REVISION
from brdesk.errors import BrdeskError
from brdesk.exchange import package as pkg
from brdesk.exchange.package_words import amounts
from brdesk.languages import said
from brdesk.services.attachment_files import local_path
from brdesk.services.package_spec import (
    SHARED,
    SPEC,
    SPECS,
    Progress,
    Selection,
    Spec,
    Tag,
    table_of,
)
from brdesk.services.store import Store


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]

    @property
    def attachments(self) -> int:
        return self.counts.get("attachments", 0)

    def describe(self) -> str:
        return said("{name}: {amounts}.", name=self.path.name, amounts=amounts(self.counts))


def export_package(
    store: Store, out: Path, selection: Selection | None = None, progress: Progress | None = None
) -> ExportResult:
    """Write a package of the selection to out (.brdesk); it appears whole or not at all."""
    selection = selection or Selection()
    from brdesk.services.cohort_folder import NotACohort, is_cohort

    if is_cohort(store.data_dir):
        raise NotACohort(
            said(
                "{root} is a cohort folder: its participants' data is exported as "
                "a cohort package (File › Cohort › Export cohort package…, or "
                "brdesk export cohort OUT.brdesk), never as one person's package.",
                root=store.data_dir.root,
            )
        )
    if out.suffix.lower() != pkg.SUFFIX:
        raise BrdeskError(
            said("A package is a {SUFFIX} file: '{name}' is not.", SUFFIX=pkg.SUFFIX, name=out.name)
        )
    chosen = _chosen(selection)
    attached = selection.where("attachments")
    with store.reading() as session:
        conn = session.connection()
        total = sum(_count(conn, spec.table, where) for spec, where in chosen)
        total += _count(conn, table_of(models.Attachment), attached) if attached is not None else 0
        done = 0

        def tick(n: int = 1) -> None:
            nonlocal done
            done += n
            if progress is not None and (done % 1000 == 0 or done == total):
                progress(done, total)

        uuids = _UuidOf(conn)
        with pkg.writing(out) as writer:
            for spec, where in chosen:
                writer.records(spec.kind, _counted(_export_rows(conn, spec, where, uuids), tick))
            if attached is not None:
                rows = list(_export_attachments(conn, attached, uuids))
                writer.records("attachments", _counted(rows, tick))
                for row in rows:
                    source = local_path(store, row["stored_name"])
                    if not source.is_file():
                        raise BrdeskError(
                            said(
                                "The attachment {v0} ({source}) is missing from the data "
                                "folder; the package was not written.",
                                v0=row["original_name"],
                                source=source,
                            )
                        )
                    writer.attachment(row["stored_name"], source)
            writer.finish(
                schema=HEAD_REVISION,
                created_at=utcnow().isoformat(),
                app=f"brdesk {__version__}",
                selection=selection.as_json(),
            )
            counts = dict(writer.counts)
    return ExportResult(out, counts)


def _chosen(selection: Selection) -> list[tuple[Spec, list[ColumnElement[bool]]]]:
    """The kinds of record the selection holds, each with the rows it takes."""
    chosen = []
    for spec in SPECS:
        where = selection.where(spec.kind)
        if where is not None:
            chosen.append((spec, where))
    return chosen


def _count(conn: Connection, table: Table, where: list[ColumnElement[bool]]) -> int:
    return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def _counted(rows: Iterable[dict[str, Any]], tick: Callable[[], None]) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield row
        tick()


class _UuidOf:
    """Local id to UUID, per kind, read once for the small tables."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._maps: dict[str, dict[int, str]] = {}

    def __call__(self, kind: str, record_id: int | None) -> str | None:
        if record_id is None:
            return None
        if kind not in self._maps:
            table = SPEC[kind].table
            self._maps[kind] = dict(self._conn.execute(select(table.c.id, table.c.uuid)).all())
        return self._maps[kind].get(record_id)


def _export_rows(
    conn: Connection, spec: Spec, where: list[ColumnElement[bool]], uuids: _UuidOf
) -> Iterator[dict[str, Any]]:
    c = spec.table.c
    columns = [c[name] for name in (*SHARED, *spec.fields)] + [c[r.column] for r in spec.refs]
    tags = _tags(conn, spec.tags) if spec.tags else {}
    stmt = select(c.id, *columns).where(*where).order_by(c.id)
    carried = (*SHARED, *spec.fields)
    for row in conn.execution_options(yield_per=2000).execute(stmt):
        values = row._mapping
        record = {name: values[name] for name in carried}
        for ref in spec.refs:
            record[ref.field] = uuids(ref.kind, values[ref.column])
        if spec.tags:
            for name in spec.tags:
                record[name] = tags.get((name, values["id"]), [])
        yield record


def _tags(conn: Connection, tags: Mapping[str, Tag]) -> dict[tuple[str, int], list[int]]:
    found: dict[tuple[str, int], list[int]] = {}
    for name, tag in tags.items():
        table = table_of(tag.link)
        stmt = select(table.c[tag.owner], table.c[tag.column]).order_by(table.c[tag.column])
        for owner_id, number in conn.execute(stmt):
            found.setdefault((name, owner_id), []).append(number)
    return found


def _export_attachments(
    conn: Connection, where: list[ColumnElement[bool]], uuids: _UuidOf
) -> Iterator[dict[str, Any]]:
    a = table_of(models.Attachment).c
    o = table_of(models.Observation)
    stmt = (
        select(table_of(models.Attachment), o.c.uuid.label("observation_uuid"))
        .outerjoin(o, o.c.id == a.observation_id)
        .where(*where)
        .order_by(a.id)
    )
    for row in conn.execute(stmt):
        v = row._mapping
        yield {
            "uuid": v["uuid"],
            "observation": v["observation_uuid"],
            "followup_item": uuids("followup_items", v["followup_item_id"]),
            "assessment_answer": uuids("assessment_answers", v["assessment_answer_id"]),
            "good_practice": uuids("good_practices", v["good_practice_id"]),
            "original_name": v["original_name"],
            "stored_name": v["stored_name"],
            "media_type": v["media_type"],
            "size_bytes": v["size_bytes"],
            "sha256": v["sha256"],
            "added_at": v["added_at"],
        }
