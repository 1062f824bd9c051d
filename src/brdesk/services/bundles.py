"""Exchange packages between laptops: export a selection of the data, and merge a package in.

Records travel with their stable UUIDs, never their local ids. Merging, record by record:
- not here yet: added;
- here with the same `updated_at`: the same version, nothing to do (so importing a package
  twice changes nothing);
- otherwise the newer version is kept. It is a *conflict*, reported with the values set
  aside, only when both sides edited the record: ours was edited here since the version we
  last received (`synced_at`), and the package's is not simply a later edit of ours (its
  own `synced_at` says which version it started from).

Two records with different UUIDs can still be the same: a reserve or programme of the same
name is taken to be ours (the package's copy is not merged into it, only linked to), and
the natural keys the database holds unique (a participant's summary; an imported field
record's source id) match as the same record.

Deleting is not carried: a record deleted here comes back if a package still holds it.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select, update
from sqlalchemy.sql.elements import ColumnElement

from brdesk import __version__
from brdesk.db import models
from brdesk.db.base import utcnow
from brdesk.db.fts import bulk_indexing
from brdesk.db.state import HEAD_REVISION
from brdesk.errors import BrdeskError, ValidationError
from brdesk.exchange import package as pkg
from brdesk.services.attachments import MAX_ATTACHMENT_BYTES
from brdesk.services.crud import EntityService
from brdesk.services.followup import EvaluationService, FollowupService, SummaryService
from brdesk.services.observations import ObservationService
from brdesk.services.plan import ActionService, ObjectiveService, PlanService
from brdesk.services.profile import ParticipantService, ProgrammeService, ReserveService
from brdesk.services.store import Store

Progress = Callable[[int, int], None]

CHUNK = 500
#: A clock a little ahead is forgiven; a version dated further ahead would win every merge.
CLOCK_SLACK = timedelta(days=1)
SHARED = ("uuid", "created_at", "updated_at", "synced_at")
TAGS = {
    "sdgs": (models.ActionSdg, "sdg_number", 17),
    "gbf_targets": (models.ActionGbf, "gbf_number", 23),
}


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


class Cancelled(BrdeskError):
    """The user stopped the work; nothing was written."""


class _DryRun(Exception):
    """Raised at the end of a dry run to roll its transaction back."""


@dataclass(frozen=True)
class Ref:
    field: str  # the name in the package: "reserve"
    column: str  # the local column: "reserve_id"
    kind: str  # what it refers to: "reserves"
    required: bool = False


@dataclass(frozen=True)
class Spec:
    kind: str
    noun: str
    model: type[Any]
    service: type[EntityService[Any]]
    refs: tuple[Ref, ...] = ()
    #: Columns (besides uuid) that identify the same record: the database holds them unique.
    natural_key: tuple[str, ...] = ()
    #: A record of the same name here is taken to be this one (linked to, not merged).
    by_name: bool = False
    tags: bool = False

    @property
    def table(self) -> Table:
        return _table(self.model)

    @property
    def fields(self) -> tuple[str, ...]:
        """The columns a package carries as values: what the user edits, minus the links."""
        links = {r.column for r in self.refs}
        return tuple(f.name for f in self.service.fields if f.name not in links)

    def label(self, values: Mapping[str, Any]) -> str:
        for name in ("title", "name", "full_name", "subject"):
            if values.get(name):
                text = str(values[name])
                if name == "subject" and values.get("observed_on"):
                    text += f" on {values['observed_on']}"
                return f"{self.noun} '{text[:80]}'"
        return self.noun


_PARTICIPANT = Ref("participant", "participant_id", "participants", required=True)
SPECS = (
    Spec("programmes", "programme", models.Programme, ProgrammeService, by_name=True),
    Spec("participants", "participant", models.Participant, ParticipantService,
         (Ref("programme", "programme_id", "programmes"),)),
    Spec("reserves", "reserve", models.Reserve, ReserveService, by_name=True),
    Spec("plans", "action plan", models.ActionPlan, PlanService,
         (Ref("reserve", "reserve_id", "reserves"),)),
    Spec("objectives", "objective", models.Objective, ObjectiveService,
         (Ref("plan", "plan_id", "plans", required=True),)),
    Spec("actions", "action", models.Action, ActionService,
         (Ref("objective", "objective_id", "objectives", required=True),), tags=True),
    Spec("participation_summaries", "participation summary", models.ParticipationSummary,
         SummaryService, (_PARTICIPANT,), natural_key=("participant_id",)),
    Spec("training_evaluations", "training evaluation", models.TrainingEvaluation,
         EvaluationService, (_PARTICIPANT,), natural_key=("participant_id",)),
    Spec("followup_items", "follow-up item", models.FollowupItem, FollowupService,
         (Ref("participant", "participant_id", "participants"),),
         natural_key=("participant_id", "kind", "title")),
    Spec("observations", "observation", models.Observation, ObservationService,
         (Ref("reserve", "reserve_id", "reserves"),), natural_key=("source", "source_id")),
)  # fmt: skip
SPEC = {s.kind: s for s in SPECS}
ATTACHMENT_FIELDS = ("uuid", "observation", "followup_item", "original_name", "stored_name",
                     "media_type", "size_bytes", "sha256", "added_at")  # fmt: skip


# --- what to export -----------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """The whole data set, the observations (of a date range), or the action plan."""

    what: str = "all"
    date_from: date | None = None
    date_to: date | None = None

    def __post_init__(self) -> None:
        if self.what not in ("all", "observations", "plan"):
            raise BrdeskError(
                f"A package holds everything, observations or the plan: not '{self.what}'."
            )
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise BrdeskError(
                f"The date range ends ({self.date_to}) before it starts ({self.date_from})."
            )

    def describe(self) -> str:
        if self.what == "plan":
            return "the action plan"
        if self.what == "all":
            return "all the data"
        if self.date_from and self.date_to:
            return f"observations from {self.date_from} to {self.date_to}"
        if self.date_from:
            return f"observations from {self.date_from}"
        if self.date_to:
            return f"observations up to {self.date_to}"
        return "all observations"

    def as_json(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
        }

    def _observations(self) -> list[ColumnElement[bool]]:
        o = _table(models.Observation).c
        where: list[ColumnElement[bool]] = []
        if self.date_from:
            where.append(o.observed_on >= self.date_from)
        if self.date_to:
            where.append(o.observed_on <= self.date_to)
        return where

    def where(self, kind: str) -> list[ColumnElement[bool]] | None:
        """The rows of a kind the package holds (an empty list: all), or None: none."""
        if self.what == "all":
            return []
        obs = _table(models.Observation)
        if self.what == "observations":
            if kind == "observations":
                return self._observations()
            if kind == "reserves":
                used = select(obs.c.reserve_id).where(*self._observations())
                return [_table(models.Reserve).c.id.in_(used)]
            if kind == "attachments":
                owners = select(obs.c.id).where(*self._observations())
                return [_table(models.Attachment).c.observation_id.in_(owners)]
            return None
        plans = _table(models.ActionPlan)
        if kind in ("plans", "objectives", "actions"):
            return []
        if kind == "reserves":
            return [_table(models.Reserve).c.id.in_(select(plans.c.reserve_id))]
        return None


# --- export -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]
    attachments: int

    def describe(self) -> str:
        return f"{self.path.name}: {pkg.amounts(self.counts)}."


def export_bundle(
    store: Store, out: Path, selection: Selection | None = None, progress: Progress | None = None
) -> ExportResult:
    """Write a package of the selection to out (.brdesk); it appears whole or not at all."""
    selection = selection or Selection()
    if out.suffix.lower() != pkg.SUFFIX:
        raise BrdeskError(f"A package is a {pkg.SUFFIX} file: '{out.name}' is not.")
    with store.reading() as session:
        conn = session.connection()
        total = sum(_count(conn, table, where) for table, where in _exported_tables(selection))
        done = 0

        def tick(n: int = 1) -> None:
            nonlocal done
            done += n
            if progress is not None and (done % 1000 == 0 or done == total):
                progress(done, total)

        uuids = _UuidOf(conn)
        attachments = 0
        with pkg.writing(out) as writer:
            for spec in SPECS:
                where = selection.where(spec.kind)
                if where is None:
                    continue
                writer.records(spec.kind, _counted(_export_rows(conn, spec, where, uuids), tick))
            where = selection.where("attachments")
            if where is not None:
                rows = list(_export_attachments(conn, where, uuids))
                writer.records("attachments", _counted(rows, tick))
                folder = store.data_dir.attachments
                for row in rows:
                    source = folder / row["stored_name"]
                    if not source.is_file():
                        raise BrdeskError(
                            f"The attachment {row['original_name']} ({source}) is missing from "
                            "the data folder; the package was not written."
                        )
                    writer.attachment(row["stored_name"], source)
                    attachments += 1
            writer.finish(
                schema=HEAD_REVISION,
                created_at=utcnow().isoformat(),
                app=f"brdesk {__version__}",
                selection=selection.as_json(),
            )
            counts = dict(writer.counts)
    return ExportResult(out, counts, attachments)


def _exported_tables(selection: Selection) -> Iterator[tuple[Table, list[ColumnElement[bool]]]]:
    for spec in SPECS:
        where = selection.where(spec.kind)
        if where is not None:
            yield spec.table, where
    where = selection.where("attachments")
    if where is not None:
        yield _table(models.Attachment), where


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


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _export_rows(
    conn: Connection, spec: Spec, where: list[ColumnElement[bool]], uuids: _UuidOf
) -> Iterator[dict[str, Any]]:
    c = spec.table.c
    columns = [c[name] for name in (*SHARED, *spec.fields)] + [c[r.column] for r in spec.refs]
    tags = _tags(conn) if spec.tags else {}
    stmt = select(c.id, *columns).where(*where).order_by(c.id)
    for row in conn.execution_options(yield_per=2000).execute(stmt):
        values = row._mapping
        record = {name: _jsonable(values[name]) for name in (*SHARED, *spec.fields)}
        for ref in spec.refs:
            record[ref.field] = uuids(ref.kind, values[ref.column])
        if spec.tags:
            for name in TAGS:
                record[name] = tags.get((name, values["id"]), [])
        yield record


def _tags(conn: Connection) -> dict[tuple[str, int], list[int]]:
    found: dict[tuple[str, int], list[int]] = {}
    for name, (link, column, _highest) in TAGS.items():
        table = _table(link)
        stmt = select(table.c.action_id, table.c[column]).order_by(table.c[column])
        for action_id, number in conn.execute(stmt):
            found.setdefault((name, action_id), []).append(number)
    return found


def _export_attachments(
    conn: Connection, where: list[ColumnElement[bool]], uuids: _UuidOf
) -> Iterator[dict[str, Any]]:
    a = _table(models.Attachment).c
    o = _table(models.Observation)
    stmt = (
        select(_table(models.Attachment), o.c.uuid.label("observation_uuid"))
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
            "original_name": v["original_name"],
            "stored_name": v["stored_name"],
            "media_type": v["media_type"],
            "size_bytes": v["size_bytes"],
            "sha256": v["sha256"],
            "added_at": _jsonable(v["added_at"]),
        }


# --- import -------------------------------------------------------------------------------


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


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    text = str(_jsonable(value))
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


def preview_bundle(store: Store, path: Path, progress: Progress | None = None) -> MergeReport:
    """What importing would do, worked out in full and rolled back: nothing is written."""
    return import_bundle(store, path, dry_run=True, progress=progress)


def import_bundle(
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

    def _where(self, spec_kind: str, number: int) -> str:
        return f"{pkg.member_name(spec_kind)}, line {number}"

    def refuse(self, kind: str, number: int, problem: str) -> pkg.PackageRefused:
        return self.package.refuse(f"{self._where(kind, number)}: {problem}.")

    def _merge_kind(self, spec: Spec) -> None:
        chunk: list[_Incoming] = []
        for number, record in self.package.records(spec.kind):
            chunk.append(self._parse(spec, number, record))
            if len(chunk) >= CHUNK:
                self._merge_chunk(spec, chunk)
                chunk = []
        if chunk:
            self._merge_chunk(spec, chunk)

    # -- reading one record --

    def _parse(self, spec: Spec, number: int, record: dict[str, Any]) -> _Incoming:
        allowed = {*SHARED, *spec.fields, *(r.field for r in spec.refs)}
        if spec.tags:
            allowed.update(TAGS)
        unknown = sorted(set(record) - allowed)
        if unknown:
            raise self.refuse(
                spec.kind, number, f"'{unknown[0][:40]}' is not a field of {spec.noun}s"
            )
        record_uuid = self._uuid(spec.kind, number, record.get("uuid"), "uuid")
        updated_at = self._stamp(spec.kind, number, record, "updated_at", required=True)
        assert updated_at is not None
        created_at = self._stamp(spec.kind, number, record, "created_at") or updated_at
        base = self._stamp(spec.kind, number, record, "synced_at")
        values: dict[str, Any] = {name: record.get(name) for name in spec.fields}
        for ref in spec.refs:
            values[ref.column] = self._resolve(spec, number, ref, record.get(ref.field))
        service = spec.service(self.store)
        label = spec.label(record)
        try:
            cleaned = service.clean(values, today=self.today)
            service.check_record(cleaned)
        except ValidationError as exc:
            raise self.refuse(spec.kind, number, f"{label}, {exc}") from None
        for name, value in list(cleaned.items()):
            column = spec.table.c[name]
            if value is None and not column.nullable and column.default is not None:
                cleaned[name] = column.default.arg  # type: ignore[attr-defined]
        tags = (
            {name: self._tag_list(spec.kind, number, record, name) for name in TAGS}
            if spec.tags
            else {}
        )
        return _Incoming(number, record_uuid, cleaned, updated_at, created_at, base, tags, label)

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

    def _resolve(self, spec: Spec, number: int, ref: Ref, raw: Any) -> int | None:
        if raw is None:
            if ref.required:
                raise self.refuse(spec.kind, number, f"'{ref.field}' is missing")
            return None
        target = self._uuid(spec.kind, number, raw, ref.field)
        found = self._lookup(ref.kind, [target]).get(target) or self.aliases[ref.kind].get(target)
        if found is None:
            raise self.refuse(
                spec.kind, number,
                f"its {ref.field} {target} is neither in the package nor here",
            )  # fmt: skip
        return found

    def _lookup(self, kind: str, uuids: Sequence[str]) -> dict[str, int]:
        known = self.ids[kind]
        missing = [u for u in uuids if u not in known]
        found = {u: known[u] for u in uuids if u in known}
        if missing:
            table = SPEC[kind].table if kind in SPEC else _table(models.Attachment)
            for start in range(0, len(missing), CHUNK):
                part = missing[start : start + CHUNK]
                rows = self.conn.execute(
                    select(table.c.uuid, table.c.id).where(table.c.uuid.in_(part))
                ).all()
                for record_uuid, record_id in rows:
                    found[record_uuid] = record_id
                    if kind != "observations":
                        known[record_uuid] = record_id
        return found

    # -- merging a chunk --

    def _merge_chunk(self, spec: Spec, chunk: list[_Incoming]) -> None:
        t = spec.table
        columns = [t.c[name] for name in spec.fields] + [t.c[r.column] for r in spec.refs]
        stmt = select(t.c.id, t.c.uuid, t.c.updated_at, t.c.synced_at, *columns)
        local: dict[str, dict[str, Any]] = {
            row.uuid: dict(row._mapping)
            for row in self.conn.execute(stmt.where(t.c.uuid.in_([i.uuid for i in chunk])))
        }
        inserts: list[_Incoming] = []
        for incoming in chunk:
            here = local.get(incoming.uuid) or self._same_record(spec, incoming, stmt)
            if here is None:
                if not self._alias_by_name(spec, incoming):
                    inserts.append(incoming)
                continue
            if spec.kind != "observations":
                self.ids[spec.kind].setdefault(incoming.uuid, here["id"])
            self._merge_one(spec, incoming, here)
        if inserts:
            self._insert(spec, inserts)
        self._tick(len(chunk))

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
            t = _table(link)
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
            t = _table(link)
            self.conn.execute(t.delete().where(t.c.action_id == action_id))
            if tags[name]:
                self.conn.execute(
                    insert(t), [{"action_id": action_id, column: n} for n in tags[name]]
                )

    # -- attachments: immutable files --

    def _merge_attachments(self, copied: list[Path]) -> None:
        kind = "attachments"
        folder = self.store.data_dir.attachments
        table = _table(models.Attachment)
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
            if not self.dry_run:
                folder.mkdir(parents=True, exist_ok=True)
                target = folder / stored
                self.package.copy_attachment(record["stored_name"], target)
                copied.append(target)
            self.conn.execute(insert(table), [row])
            self.ids[kind][record_uuid] = -1
            self.report.added[kind] += 1

    def _attachment_row(
        self, number: int, record: Mapping[str, Any], record_uuid: str
    ) -> dict[str, Any]:
        kind = "attachments"
        owners = {}
        for name, owner_kind in (
            ("observation", "observations"),
            ("followup_item", "followup_items"),
        ):
            raw = record.get(name)
            if raw is not None:
                target = self._uuid(kind, number, raw, name)
                found = self._lookup(owner_kind, [target]).get(target)
                if found is None:
                    raise self.refuse(
                        kind,
                        number,
                        f"its {name.replace('_', ' ')} {target} is neither in the package nor here",
                    )
                owners[name] = found
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
            "observation_id": owners.get("observation"),
            "followup_item_id": owners.get("followup_item"),
            "original_name": original,
            "stored_name": stored,
            "media_type": media,
            "size_bytes": size,
            "sha256": digest,
            "added_at": added,
        }


__all__ = [
    "Cancelled",
    "Conflict",
    "ExportResult",
    "MergeReport",
    "Selection",
    "export_bundle",
    "import_bundle",
    "preview_bundle",
]
