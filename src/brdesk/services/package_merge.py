"""Merge an exchange package into the data: the rules are in services/packages.py."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update

from brdesk.db.fts import bulk_indexing
from brdesk.exchange import package as pkg
from brdesk.services import zone_assign
from brdesk.services.package_attachments import AttachmentMerge
from brdesk.services.package_records import _Incoming
from brdesk.services.package_report import Conflict, MergeReport, stamp_text
from brdesk.services.package_spec import (
    CHUNK,
    SPECS,
    Progress,
    Spec,
    Tag,
    table_of,
)
from brdesk.services.store import Store, sqlite_connection


class _DryRun(Exception):
    """Raised at the end of a dry run to roll its transaction back."""


def preview_package(store: Store, path: Path, progress: Progress | None = None) -> MergeReport:
    """What importing would do, worked out in full and rolled back: nothing is written."""
    return import_package(store, path, dry_run=True, progress=progress)


def import_package(
    store: Store,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    backup: bool = True,
) -> MergeReport:
    """Merge a package into the data, in one transaction: all of it, or (on any refusal,
    failure or cancel) nothing. A backup is taken first (unless the folder was made for
    this package: a cohort's participant). A cohort folder takes no package this way."""
    from brdesk.services.cohort_folder import refuse_in_cohort

    refuse_in_cohort(store.data_dir, path)
    with pkg.reading(path) as package:
        report = MergeReport(path.name, package.manifest.describe(), dry_run=dry_run)
        if not dry_run and backup:
            from brdesk.services.backups import safety_copy

            safety_copy(store.data_dir, "before-import")
        copied: list[Path] = []
        try:
            with store.transaction() as session:
                merger = _Merger(session.connection(), store, package, report, dry_run, progress)
                merger.run(copied)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        except BaseException:
            # The rows are rolled back; the files copied for them go too.
            for copy in copied:
                copy.unlink(missing_ok=True)
            raise
    return report


class _Merger(AttachmentMerge):
    """The merge rules: a record new here is added, one edited only there is updated, one
    edited on both sides is a conflict (the newer edit wins, and the report says so)."""

    def run(self, copied: list[Path]) -> None:
        for spec in SPECS:
            if spec.kind == "observations":
                with bulk_indexing(self.conn):
                    self._merge_kind(spec)
            else:
                self._merge_kind(spec)
        self._merge_attachments(copied)
        # Zones or observations may have come: the map zones follow.
        zone_assign.assign(sqlite_connection(self.conn))

    def _merge_kind(self, spec: Spec) -> None:
        chunk: list[tuple[int, dict[str, Any]]] = []
        for number, record in self.package.records(spec.kind):
            chunk.append((number, record))
            if len(chunk) >= CHUNK:
                self._merge_chunk(spec, chunk)
                chunk = []
        if chunk:
            self._merge_chunk(spec, chunk)

    def _merge_chunk(self, spec: Spec, raw: list[tuple[int, dict[str, Any]]]) -> None:
        t = spec.table
        columns = [t.c[name] for name in spec.fields] + [t.c[r.column] for r in spec.refs]
        stmt = select(t.c.id, t.c.uuid, t.c.updated_at, t.c.synced_at, *columns)
        uuids: dict[str, int] = {}
        for number, record in raw:
            record_uuid = self._uuid(spec.kind, number, record.get("uuid"), "uuid")
            if record_uuid in uuids:
                raise self.refuse(
                    spec.kind, number, f"it repeats the record of line {uuids[record_uuid]}"
                )
            uuids[record_uuid] = number
        local: dict[str, dict[str, Any]] = {
            row.uuid: dict(row._mapping)
            for row in self.conn.execute(stmt.where(t.c.uuid.in_(list(uuids))))
        }
        chunk: list[_Incoming] = []
        for (number, record), record_uuid in zip(raw, uuids, strict=True):
            here = local.get(record_uuid)
            if here is not None and stamp_text(here["updated_at"]) == record.get("updated_at"):
                # The very version we hold (the usual case when a log is sent again):
                # nothing to check or write.
                self.report.unchanged[spec.kind] += 1
                self._remember(spec.kind, record_uuid, here["id"])
                continue
            chunk.append(self._parse(spec, number, record, record_uuid))
        inserts: list[_Incoming] = []
        for incoming in chunk:
            here = local.get(incoming.uuid) or self._same_record(spec, incoming, stmt)
            if here is None:
                if not self._alias_by_name(spec, incoming):
                    inserts.append(incoming)
                continue
            self._remember(spec.kind, incoming.uuid, here["id"])
            self._merge_one(spec, incoming, here)
        if inserts:
            self._insert(spec, inserts)
        self._tick(len(raw))

    def _same_record(self, spec: Spec, incoming: _Incoming, stmt: Any) -> dict[str, Any] | None:
        """A record here that the database would hold to be the same (its natural key)."""
        key = spec.natural_key
        if not key or any(incoming.values.get(k) is None for k in key):
            return None
        if spec.kind == "observations" and incoming.values.get("source") == "manual":
            return None
        t = spec.table
        row = self.conn.execute(stmt.where(*(t.c[k] == incoming.values[k] for k in key))).first()
        if row is None:
            return None
        self.report.matched.append(
            f"The package's {incoming.label} is taken to be the one here with the same "
            f"{' and '.join(k.removesuffix('_id') for k in key)}."
        )
        return dict(row._mapping)

    def _alias_by_name(self, spec: Spec, incoming: _Incoming) -> bool:
        if not spec.by_name:
            return False
        t = spec.table
        name = str(incoming.values.get("name") or "").strip()
        row = self.conn.execute(
            select(t.c.id).where(func.lower(func.trim(t.c.name)) == name.lower()).order_by(t.c.id)
        ).first()
        if row is None:
            return False
        self.aliases[spec.kind][incoming.uuid] = row.id
        self.report.matched.append(
            f"The package's {incoming.label} is taken to be yours of the same name "
            "(its details were not imported)."
        )
        return True

    def _merge_one(self, spec: Spec, incoming: _Incoming, here: dict[str, Any]) -> None:
        kind = spec.kind
        ours, theirs = here["updated_at"], incoming.updated_at
        if theirs == ours:
            self.report.unchanged[kind] += 1
            return
        synced = here["synced_at"]
        differences = self._differences(spec, incoming, here)
        if theirs > ours:
            unedited_here = synced is not None and ours <= synced
            if differences and not unedited_here and incoming.base != ours:
                self.report.conflicts.append(
                    Conflict(incoming.label, "package", ours, theirs, tuple(differences))
                )
            self._update(spec, here["id"], incoming)
            self.report.updated[kind] += 1
            return
        # Ours is newer: take nothing; say so when theirs held edits we never had.
        seen_before = synced is not None and theirs <= synced
        unedited_there = incoming.base is not None and incoming.base >= theirs
        if differences and not seen_before and not unedited_there:
            self.report.conflicts.append(
                Conflict(incoming.label, "here", ours, theirs, tuple(differences))
            )
        if not seen_before:
            # Remember that version as seen (ours stays "edited since"), so a second import
            # of this package is silent.
            self.conn.execute(
                update(spec.table)
                .where(spec.table.c.id == here["id"])
                .values(synced_at=theirs, updated_at=ours)
            )
        self.report.older[kind] += 1

    def _differences(
        self, spec: Spec, incoming: _Incoming, here: Mapping[str, Any]
    ) -> list[tuple[str, Any, Any]]:
        labels = {f.name: f.label for f in spec.service.fields}
        found = [
            (labels.get(name, name), here[name], value)
            for name, value in incoming.values.items()
            if here.get(name) != value
        ]
        if spec.tags:
            current = self._current_tags(spec.tags, here["id"])
            for name in spec.tags:
                if current[name] != incoming.tags[name]:
                    found.append((name.replace("_", " "), current[name], incoming.tags[name]))
        return found

    def _current_tags(self, tags: Mapping[str, Tag], owner_id: int) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for name, tag in tags.items():
            t = table_of(tag.link)
            number = t.c[tag.column]
            found[name] = list(
                self.conn.execute(
                    select(number).where(t.c[tag.owner] == owner_id).order_by(number)
                ).scalars()
            )
        return found

    def _row(self, incoming: _Incoming) -> dict[str, Any]:
        return {
            **incoming.values,
            "updated_at": incoming.updated_at,
            "synced_at": incoming.updated_at,
            # Who saved it in this database: the package came through them.
            "changed_by": self.store.user,
        }

    def _insert(self, spec: Spec, inserts: list[_Incoming]) -> None:
        rows = [{**self._row(i), "uuid": i.uuid, "created_at": i.created_at} for i in inserts]
        self.conn.execute(insert(spec.table), rows)
        ids = self._lookup(spec.kind, [i.uuid for i in inserts])
        if spec.tags:
            for incoming in inserts:
                self._set_tags(spec.tags, ids[incoming.uuid], incoming.tags)
        self.report.added[spec.kind] += len(inserts)

    def _update(self, spec: Spec, record_id: int, incoming: _Incoming) -> None:
        t = spec.table
        # A new version: an editor holding the one replaced must not save over it unseen.
        self.conn.execute(
            update(t)
            .where(t.c.id == record_id)
            .values(**self._row(incoming), version=t.c.version + 1)
        )
        if spec.tags:
            self._set_tags(spec.tags, record_id, incoming.tags)

    def _set_tags(
        self, tags: Mapping[str, Tag], owner_id: int, numbers: Mapping[str, list[int]]
    ) -> None:
        for name, tag in tags.items():
            t = table_of(tag.link)
            self.conn.execute(t.delete().where(t.c[tag.owner] == owner_id))
            if numbers[name]:
                self.conn.execute(
                    insert(t), [{tag.owner: owner_id, tag.column: n} for n in numbers[name]]
                )
