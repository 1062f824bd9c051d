"""Create, read, update and delete, one transaction each, for any entity with declared fields.

Entity services subclass EntityService, declare their fields, and add the rules that span
several fields in `check_record`. Records come back detached: readable, never lazily loading.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from brdesk.db.base import Base, utcnow
from brdesk.errors import ChangedElsewhere, NotFound, ValidationError
from brdesk.languages import marked, said
from brdesk.services.fields import Field
from brdesk.services.store import Store

M = TypeVar("M", bound=Base)
#: An extra field's value a service does not tell (EntityService.extra_value).
UNCHECKED: Any = object()


class EntityService(Generic[M]):
    model: ClassVar[type[Any]]
    fields: ClassVar[Sequence[Field]]
    #: A human name for messages ("Observation 12 no longer exists").
    noun: ClassVar[str]

    def __init__(self, store: Store) -> None:
        self.store = store

    # --- validation -------------------------------------------------------------------

    @classmethod
    def field(cls, name: str) -> Field:
        for f in cls.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def clean(
        self, values: Mapping[str, Any], *, partial: bool = False, today: date | None = None
    ) -> dict[str, Any]:
        """Coerce and check the given values; with partial, absent fields are left alone."""
        known = {f.name: f for f in self.fields}
        unknown = sorted(set(values) - set(known) - set(self.extra_fields()))
        if unknown:
            raise ValidationError(unknown[0], unknown[0], f"is not a field of {self.noun}")
        cleaned: dict[str, Any] = {}
        for name, f in known.items():
            if name in values:
                cleaned[name] = f.clean(values[name], today)
            elif not partial and f.required:
                raise f.fail(marked("is required"))
        return cleaned

    def check_record(self, record: Mapping[str, Any]) -> None:
        """Rules across fields, over the record as it would be stored. Override."""

    def extra_fields(self) -> Iterable[str]:
        """Names accepted besides the declared fields (tags, say). Override."""
        return ()

    def apply_extra(self, session: Session, obj: M, values: Mapping[str, Any]) -> None:
        """Store what extra_fields named. Override together with extra_fields."""

    def extra_value(self, obj: M, name: str) -> Any:
        """What an extra field holds now, as an edit gives it (goal numbers, sorted), to
        tell whether someone else changed it; UNCHECKED where the service does not tell
        (then the edit is not checked). Override together with extra_fields."""
        return UNCHECKED

    def label_of(self, name: str) -> str:
        """A field's name for the user; an extra field's is its own, marked (override)."""
        return marked(self.field(name).label)

    # --- queries ----------------------------------------------------------------------

    def load_options(self) -> Sequence[ORMOption]:
        """Relationships to load with every record handed out. Override."""
        return ()

    def _get(self, session: Session, record_id: int) -> M:
        obj = session.get(self.model, record_id, options=self.load_options())
        if obj is None:
            raise NotFound(
                said(
                    "{v0} {record_id} no longer exists.",
                    v0=self.noun.capitalize(),
                    record_id=record_id,
                )
            )
        return obj  # type: ignore[no-any-return]

    def get(self, record_id: int) -> M:
        with self.store.reading() as session:
            return self._get(session, record_id)

    def list(self, **equal_to: Any) -> list[M]:
        stmt = select(self.model).options(*self.load_options())
        for column, value in equal_to.items():
            stmt = stmt.where(getattr(self.model, column) == value)
        stmt = stmt.order_by(*self.default_order())
        with self.store.reading() as session:
            return list(session.scalars(stmt).unique())

    def default_order(self) -> Sequence[Any]:
        return (self.model.id,)

    # --- changes ----------------------------------------------------------------------

    def create(self, **values: Any) -> M:
        cleaned = self.clean(values)
        self.check_record(cleaned)
        with self.store.transaction() as session:
            obj = self.model(**cleaned)
            self.before_insert(session, obj)
            session.add(obj)
            session.flush()
            self.apply_extra(session, obj, values)
            session.flush()
            record_id = obj.id
        return self.get(record_id)

    def before_insert(self, session: Session, obj: M) -> None:
        """Set derived values (positions, say) before the first flush. Override."""

    def update(self, record_id: int, *, seen: Mapping[str, Any] | None = None, **changes: Any) -> M:
        """Apply the changes; returns the record as stored afterwards.

        `seen` is what the editor showed of the changed fields before the user changed
        them: if the record now holds something else there (someone else saved it since,
        on an office database), ChangedElsewhere says whose change it was and nothing is
        saved. Without it (a command, or the user chose to keep theirs) the changes win.
        """
        cleaned = self.clean(changes, partial=True)
        with self.store.transaction() as session:
            obj = self._get(session, record_id)
            if seen is not None:
                extras = {k: changes[k] for k in self.extra_fields() if k in changes}
                self._check_unchanged(obj, seen, {**cleaned, **extras})
            merged = {f.name: getattr(obj, f.name) for f in self.fields}
            merged.update(cleaned)
            self.check_record(merged)
            for name, value in cleaned.items():
                setattr(obj, name, value)
            if any(name in changes for name in self.extra_fields()):
                # Tags live in other tables: the record itself must still count as edited,
                # or a package would carry the old version as the newest.
                obj.updated_at = utcnow()  # type: ignore[attr-defined]
            self.apply_extra(session, obj, changes)
        return self.get(record_id)

    def _check_unchanged(self, obj: M, seen: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        extras = set(self.extra_fields())
        for name in new:
            if name not in seen:
                continue
            stored = self.extra_value(obj, name) if name in extras else getattr(obj, name)
            if stored is UNCHECKED:
                continue
            if _same(stored, seen[name]) or _same(stored, new[name]):
                continue  # as the editor showed it, or already what this edit asks for
            who = getattr(obj, "changed_by", None) or marked("someone else")
            when = getattr(obj, "updated_at", None)
            raise ChangedElsewhere(
                said(
                    "{who} changed this {noun} at {when}. {field} now reads: “{theirs}”. "
                    "Your change was not saved.",
                    who=who,
                    field=self.label_of(name),
                    noun=marked(self.noun),
                    when=_local_time(when),
                    theirs=_shown(stored),
                ),
                field=name,
                who=who,
                when=when,
                theirs=stored,
                short=said(
                    "Not saved: {who} changed it at {when}.",
                    who=who,
                    when=_local_time(when, short=True),
                ),
            )

    def snapshot(self, record_id: int) -> dict[str, Any]:
        """The record as plain values, id included: what an undo needs to put it back.
        Subclasses add what goes with it (tags, children)."""
        obj = self.get(record_id)
        values = {f.name: getattr(obj, f.name) for f in self.fields}
        values["id"] = record_id
        # The same identity comes back: packages merge by it, and a new one would make the
        # restored record a stranger to the copies on other laptops.
        if hasattr(obj, "uuid"):
            values["uuid"] = obj.uuid
        return values

    def restore(self, snapshot: Mapping[str, Any]) -> M:
        """Put back a record deleted earlier, under its old id, with what went with it."""
        with self.store.transaction() as session:
            self._restore(session, snapshot)
        return self.get(int(snapshot["id"]))

    def _restore(self, session: Session, snapshot: Mapping[str, Any]) -> None:
        fields = {f.name: snapshot.get(f.name) for f in self.fields}
        if "uuid" in snapshot:
            fields["uuid"] = snapshot["uuid"]
        obj = self.model(id=snapshot["id"], **fields)
        session.add(obj)
        session.flush()
        self.apply_extra(session, obj, snapshot)

    def delete(self, record_id: int) -> None:
        with self.store.transaction() as session:
            session.delete(self._get(session, record_id))


def _same(stored: Any, shown: Any) -> bool:
    """Is the stored value the one shown? An empty field shows None and "" alike; goals
    and zones are the same in any order."""
    if stored in (None, "") and shown in (None, ""):
        return True
    if isinstance(stored, list) and isinstance(shown, (list, tuple, set)):
        return sorted(stored) == sorted(int(n) for n in shown)
    return bool(stored == shown)


def _shown(value: Any) -> str:
    if isinstance(value, list):
        value = ", ".join(str(n) for n in value)
    text = "" if value is None else str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _local_time(when: datetime | None, *, short: bool = False) -> str:
    """A stored time (naive UTC) as this computer's clock reads it; short: the hour
    alone when it was today (for the line under a field)."""
    if when is None:
        return "?"
    local = when.replace(tzinfo=UTC).astimezone()
    if short and local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")
