"""Merge an exchange package into the data: the rules are in services/packages.py."""

from __future__ import annotations

import tempfile
import uuid as uuid_mod
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from brdesk import leftovers
from brdesk.db import models
from brdesk.db.base import utcnow
from brdesk.db.fts import bulk_indexing
from brdesk.errors import PackageRefused, ValidationError
from brdesk.exchange import file_kinds
from brdesk.exchange import package as pkg
from brdesk.services.attachments import MAX_ATTACHMENT_BYTES
from brdesk.services.crud import EntityService
from brdesk.services.package_spec import (
    ATTACHMENT_FIELDS,
    ATTACHMENT_OWNERS,
    CHUNK,
    CLOCK_SLACK,
    SPEC,
    SPECS,
    TAGS,
    Progress,
    Ref,
    Spec,
    jsonable,
    table_of,
)
from brdesk.services.store import Store


class _DryRun(Exception):
    """Raised at the end of a dry run to roll its transaction back."""


@dataclass(frozen=True)
class Conflict:
    """A record edited on both sides: which version was kept, and what the other said."""

    label: str
    kept: str  # "package" or "here"
    edited_here: datetime
    edited_there: datetime
    #: (field, value here, value in the package) for each field that differed
    differences: tuple[tuple[str, Any, Any], ...]

    def describe(self) -> str:
        if self.kept == "package":
            head = (
                f"{self.label}: the package's version "
                f"(edited {self.edited_there:%Y-%m-%d %H:%M} UTC) is newer and was kept"
            )
        else:
            head = (f"{self.label}: yours (edited {self.edited_here:%Y-%m-%d %H:%M} UTC) "
                    "is newer and was kept")  # fmt: skip
        fields = "; ".join(
            f"{name}: {_shown(here)} here, {_shown(there)} in the package"
            for name, here, there in self.differences
        )
        return f"{head}. {fields}."


def _stamp_text(value: datetime) -> str:
    """A stored timestamp as a package writes it (Python's isoformat), to compare unparsed."""
    return value.isoformat()


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    text = str(jsonable(value))
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


@dataclass
class MergeReport:
    package: str
    written_by: str
    dry_run: bool = False
    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    #: versions older than ours that we already had: nothing to take from them
    older: Counter[str] = field(default_factory=Counter)
    matched: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())

    def lines(self) -> list[str]:
        verb = "would be" if self.dry_run else "were"
        out = [f"{self.package}: {self.written_by}."]
        for title, counter in (("added", self.added), ("updated", self.updated)):
            if counter:
                out.append(f"  {pkg.amounts(counter)} {verb} {title}.")
        if not self.changes:
            out.append("  Nothing new: everything in the package is here already.")
        same = self.unchanged + self.older
        if same:
            out.append(f"  Already here, as they are or newer: {pkg.amounts(same)}.")
        out.extend(f"  {m}" for m in self.matched)
        if self.conflicts:
            n = len(self.conflicts)
            out.append(f"  {n} {'record was' if n == 1 else 'records were'} edited on both "
                       "laptops; the newer version of each was kept:")  # fmt: skip
            out.extend(f"  - {c.describe()}" for c in self.conflicts)
        return out


def preview_package(store: Store, path: Path, progress: Progress | None = None) -> MergeReport:
    """What importing would do, worked out in full and rolled back: nothing is written."""
    return import_package(store, path, dry_run=True, progress=progress)


def import_package(
    store: Store, path: Path, *, dry_run: bool = False, progress: Progress | None = None
) -> MergeReport:
    """Merge a package into the data, in one transaction: all of it, or (on any refusal,
    failure or cancel) nothing. A backup is taken first."""
    with pkg.reading(path) as package:
        report = MergeReport(path.name, package.manifest.describe(), dry_run=dry_run)
        if not dry_run:
            from brdesk.services.backups import take_backup

            take_backup(store.data_dir, "before-import")
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


@dataclass
class _Incoming:
    number: int
    uuid: str
    values: dict[str, Any]
    updated_at: datetime
    created_at: datetime
    base: datetime | None
    tags: dict[str, list[int]]
    label: str


class _Merger:
    def __init__(
        self,
        conn: Connection,
        store: Store,
        package: pkg.Package,
        report: MergeReport,
        dry_run: bool,
        progress: Progress | None,
    ) -> None:
        self.conn = conn
        self.store = store
        self.package = package
        self.report = report
        self.dry_run = dry_run
        self.progress = progress
        self.total = sum(package.manifest.counts.values())
        self.done = 0
        self.now = utcnow()
        self.today = date.today()
        #: uuid -> local id of records met so far (observations are looked up instead)
        self.ids: dict[str, dict[str, int]] = {kind: {} for kind in pkg.KINDS}
        #: a package's reserve or programme linked to ours of the same name
        self.aliases: dict[str, dict[str, int]] = {kind: {} for kind in pkg.KINDS}
        self.services: dict[str, EntityService[Any]] = {}

    # -- the walk --

    def run(self, copied: list[Path]) -> None:
        for spec in SPECS:
            if spec.kind == "observations":
                with bulk_indexing(self.conn):
                    self._merge_kind(spec)
            else:
                self._merge_kind(spec)
        self._merge_attachments(copied)

    def _tick(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def refuse(self, kind: str, number: int, problem: str) -> PackageRefused:
        return self.package.refuse(f"{pkg.member_name(kind)}, line {number}: {problem}.")

    def _merge_kind(self, spec: Spec) -> None:
        chunk: list[tuple[int, dict[str, Any]]] = []
        for number, record in self.package.records(spec.kind):
            chunk.append((number, record))
            if len(chunk) >= CHUNK:
                self._merge_chunk(spec, chunk)
                chunk = []
        if chunk:
            self._merge_chunk(spec, chunk)

    # -- reading one record --

    def _parse(
        self, spec: Spec, number: int, record: dict[str, Any], record_uuid: str
    ) -> _Incoming:
        unknown = sorted(set(record) - spec.allowed)
        if unknown:
            raise self.refuse(
                spec.kind, number, f"'{unknown[0][:40]}' is not a field of {spec.noun}s"
            )
        updated_at = self._stamp(spec.kind, number, record, "updated_at", required=True)
        assert updated_at is not None
        created_at = self._stamp(spec.kind, number, record, "created_at") or updated_at
        base = self._stamp(spec.kind, number, record, "synced_at")
        values: dict[str, Any] = {name: record.get(name) for name in spec.fields}
        for ref in spec.refs:
            values[ref.column] = self._resolve(spec.kind, number, ref, record.get(ref.field))
        service = self._service(spec)
        label = spec.label(record)
        try:
            cleaned = service.clean(values, today=self.today)
            service.check_record(cleaned)
        except ValidationError as exc:
            raise self.refuse(spec.kind, number, f"{label}, {exc}") from None
        for name, default in spec.defaults.items():
            if cleaned.get(name, default) is None:
                cleaned[name] = default
        tags = (
            {name: self._tag_list(spec.kind, number, record, name) for name in TAGS}
            if spec.tags
            else {}
        )
        return _Incoming(number, record_uuid, cleaned, updated_at, created_at, base, tags, label)

    def _service(self, spec: Spec) -> EntityService[Any]:
        if spec.kind not in self.services:
            self.services[spec.kind] = spec.service(self.store)
        return self.services[spec.kind]

    def _uuid(self, kind: str, number: int, raw: Any, name: str) -> str:
        try:
            canonical = str(uuid_mod.UUID(raw)) if isinstance(raw, str) else None
        except ValueError:
            canonical = None
        if canonical is None or canonical != raw.lower():
            raise self.refuse(kind, number, f"'{name}' is not a UUID (got {str(raw)[:60]!r})")
        return canonical

    def _stamp(
        self, kind: str, number: int, record: Mapping[str, Any], name: str, required: bool = False
    ) -> datetime | None:
        raw = record.get(name)
        if raw is None:
            if required:
                raise self.refuse(kind, number, f"'{name}' is missing")
            return None
        try:
            stamp = datetime.fromisoformat(raw) if isinstance(raw, str) else None
        except ValueError:
            stamp = None
        if stamp is None or stamp.tzinfo is not None:
            raise self.refuse(
                kind, number, f"'{name}' is not a date and time (got {str(raw)[:40]!r})"
            )
        if stamp > self.now + CLOCK_SLACK:
            raise self.refuse(
                kind, number,
                f"'{name}' {stamp:%Y-%m-%d %H:%M} is in the future (a laptop's clock is wrong?)",
            )  # fmt: skip
        return stamp

    def _tag_list(self, kind: str, number: int, record: Mapping[str, Any], name: str) -> list[int]:
        raw = record.get(name) or []
        highest = TAGS[name][2]
        if not isinstance(raw, list) or not all(
            isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= highest for n in raw
        ):
            raise self.refuse(kind, number, f"'{name}' must be a list of numbers 1 to {highest}")
        return sorted(set(raw))

    def _resolve(self, kind: str, number: int, ref: Ref, raw: Any) -> int | None:
        """The local id of the record a link names (the package's or one here)."""
        if raw is None:
            if ref.required:
                raise self.refuse(kind, number, f"'{ref.field}' is missing")
            return None
        target = self._uuid(kind, number, raw, ref.field)
        found = self._lookup(ref.kind, [target]).get(target) or self.aliases[ref.kind].get(target)
        if found is None:
            what = ref.field.replace("_", " ")
            raise self.refuse(
                kind, number, f"its {what} {target} is neither in the package nor here"
            )
        return found

    def _remember(self, kind: str, record_uuid: str, record_id: int) -> None:
        # Observations are looked up when needed: a million would not fit the cache.
        if kind != "observations":
            self.ids[kind].setdefault(record_uuid, record_id)

    def _lookup(self, kind: str, uuids: Sequence[str]) -> dict[str, int]:
        known = self.ids[kind]
        missing = [u for u in uuids if u not in known]
        found = {u: known[u] for u in uuids if u in known}
        if missing:
            table = SPEC[kind].table if kind in SPEC else table_of(models.Attachment)
            for start in range(0, len(missing), CHUNK):
                part = missing[start : start + CHUNK]
                rows = self.conn.execute(
                    select(table.c.uuid, table.c.id).where(table.c.uuid.in_(part))
                ).all()
                for record_uuid, record_id in rows:
                    found[record_uuid] = record_id
                    self._remember(kind, record_uuid, record_id)
        return found

    # -- merging a chunk --

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
            if here is not None and _stamp_text(here["updated_at"]) == record.get("updated_at"):
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
            current = self._current_tags(here["id"])
            for name in TAGS:
                if current[name] != incoming.tags[name]:
                    found.append((name.replace("_", " "), current[name], incoming.tags[name]))
        return found

    def _current_tags(self, action_id: int) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for name, (link, column, _highest) in TAGS.items():
            t = table_of(link)
            found[name] = list(
                self.conn.execute(
                    select(t.c[column]).where(t.c.action_id == action_id).order_by(t.c[column])
                ).scalars()
            )
        return found

    def _row(self, incoming: _Incoming) -> dict[str, Any]:
        return {
            **incoming.values,
            "updated_at": incoming.updated_at,
            "synced_at": incoming.updated_at,
        }

    def _insert(self, spec: Spec, inserts: list[_Incoming]) -> None:
        rows = [{**self._row(i), "uuid": i.uuid, "created_at": i.created_at} for i in inserts]
        self.conn.execute(insert(spec.table), rows)
        ids = self._lookup(spec.kind, [i.uuid for i in inserts])
        if spec.tags:
            for incoming in inserts:
                self._set_tags(ids[incoming.uuid], incoming.tags)
        self.report.added[spec.kind] += len(inserts)

    def _update(self, spec: Spec, record_id: int, incoming: _Incoming) -> None:
        self.conn.execute(
            update(spec.table).where(spec.table.c.id == record_id).values(**self._row(incoming))
        )
        if spec.tags:
            self._set_tags(record_id, incoming.tags)

    def _set_tags(self, action_id: int, tags: Mapping[str, list[int]]) -> None:
        for name, (link, column, _highest) in TAGS.items():
            t = table_of(link)
            self.conn.execute(t.delete().where(t.c.action_id == action_id))
            if tags[name]:
                self.conn.execute(
                    insert(t), [{"action_id": action_id, column: n} for n in tags[name]]
                )

    # -- attachments: immutable files --

    def _merge_attachments(self, copied: list[Path]) -> None:
        kind = "attachments"
        folder = self.store.data_dir.attachments
        table = table_of(models.Attachment)
        for number, record in self.package.records(kind):
            self._tick(1)
            unknown = sorted(set(record) - set(ATTACHMENT_FIELDS))
            if unknown:
                raise self.refuse(
                    kind, number, f"'{unknown[0][:40]}' is not a field of attachments"
                )
            record_uuid = self._uuid(kind, number, record.get("uuid"), "uuid")
            if self._lookup(kind, [record_uuid]):
                self.report.unchanged[kind] += 1
                continue
            row = self._attachment_row(number, record, record_uuid)
            stored = row["stored_name"]
            taken = self.conn.execute(
                select(table.c.id).where(table.c.stored_name == stored)
            ).first()
            if taken is not None or (folder / stored).exists():
                stored = row["stored_name"] = record_uuid + Path(stored).suffix.lower()[:10]
                if (folder / stored).exists():
                    raise self.refuse(kind, number, f"the file name {stored} is taken here")
            if self.dry_run:
                self._check_kind(number, record, folder.parent)
            else:
                folder.mkdir(parents=True, exist_ok=True)
                target = folder / stored
                self.package.copy_attachment(record["stored_name"], target)
                copied.append(target)
                refused = file_kinds.problem(target, str(record.get("original_name") or stored))
                if refused is not None:
                    raise self.refuse(kind, number, refused)
            self.conn.execute(insert(table), [row])
            self.report.added[kind] += 1

    def _check_kind(self, number: int, record: Mapping[str, Any], data_root: Path) -> None:
        """A dry run checks what an attachment holds as the import would, from a copy in
        scratch/ that goes at once."""
        from brdesk.services.import_staging import scratch_folder

        try:
            folder = scratch_folder(data_root)
        except OSError:
            folder = Path(tempfile.gettempdir())
        probe = folder / f"{leftovers.scratch_prefix('check-')}{uuid_mod.uuid4().hex}"
        try:
            self.package.copy_attachment(record["stored_name"], probe)
            refused = file_kinds.problem(probe, str(record.get("original_name") or probe.name))
        finally:
            probe.unlink(missing_ok=True)
        if refused is not None:
            raise self.refuse("attachments", number, refused)

    def _attachment_row(
        self, number: int, record: Mapping[str, Any], record_uuid: str
    ) -> dict[str, Any]:
        kind = "attachments"
        owners = {
            ref.column: self._resolve(kind, number, ref, record.get(ref.field))
            for ref in ATTACHMENT_OWNERS
            if record.get(ref.field) is not None
        }
        if len(owners) != 1:
            raise self.refuse(kind, number, "an attachment belongs to exactly one record")
        stored = record.get("stored_name")
        if not isinstance(stored, str) or self.package.attachment_size(stored) is None:
            raise self.refuse(kind, number, f"its file {str(stored)[:60]!r} is not in the package")
        size = record.get("size_bytes")
        if (
            not isinstance(size, int)
            or isinstance(size, bool)
            or not 0 <= size <= MAX_ATTACHMENT_BYTES
        ):
            raise self.refuse(kind, number, f"'size_bytes' is impossible (got {str(size)[:20]!r})")
        if size != self.package.attachment_size(stored):
            raise self.refuse(kind, number, "its file is not the size it says")
        digest = record.get("sha256")
        if (
            not isinstance(digest, str)
            or self.package.manifest.files[pkg.attachment_member(stored)].sha256 != digest
        ):
            raise self.refuse(kind, number, "its file does not match its checksum")
        original = record.get("original_name")
        if not isinstance(original, str) or not original.strip() or len(original) > 300:
            raise self.refuse(kind, number, "'original_name' must be a file name")
        media = record.get("media_type")
        if media is not None and (not isinstance(media, str) or len(media) > 100):
            raise self.refuse(kind, number, "'media_type' is not a media type")
        added = self._stamp(kind, number, record, "added_at") or self.now
        return {
            "uuid": record_uuid,
            "observation_id": owners.get("observation_id"),
            "followup_item_id": owners.get("followup_item_id"),
            "original_name": original,
            "stored_name": stored,
            "media_type": media,
            "size_bytes": size,
            "sha256": digest,
            "added_at": added,
        }
