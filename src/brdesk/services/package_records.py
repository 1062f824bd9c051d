"""Reading a package's records as a hostile file's: every value checked before it is used."""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from brdesk.db import models
from brdesk.db.base import utcnow
from brdesk.errors import PackageRefused, ValidationError
from brdesk.exchange import package as pkg
from brdesk.services.crud import EntityService
from brdesk.services.package_report import MergeReport
from brdesk.services.package_spec import (
    CHUNK,
    CLOCK_SLACK,
    SPEC,
    Progress,
    Ref,
    Spec,
    table_of,
)
from brdesk.services.store import Store


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


class RecordReader:
    """The merge's reading side: each record of a package checked field by field (uuids,
    stamps, tags, links to records met before or already here) and refused naming its
    member, line and field."""

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

    def _tick(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def refuse(self, kind: str, number: int, problem: str) -> PackageRefused:
        return self.package.refuse(f"{pkg.member_name(kind)}, line {number}: {problem}.")

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
            {
                name: self._tag_list(spec.kind, number, record, name, tag.highest)
                for name, tag in spec.tags.items()
            }
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

    def _tag_list(
        self, kind: str, number: int, record: Mapping[str, Any], name: str, highest: int
    ) -> list[int]:
        raw = record.get(name) or []
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
