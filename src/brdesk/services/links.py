"""Links a record keeps to others, set as a whole from what a form or a package names: a
goal's number (SDGs, GBF targets), or another record (an action's zones, a good practice's
actions and observations)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from brdesk.errors import ValidationError


def tag_numbers(values: Mapping[str, Any], name: str, label: str, highest: int) -> list[int]:
    """The goal numbers values[name] holds, sorted and once each; a ValidationError naming
    the first that is not a number from 1 to highest."""
    raw = values.get(name)
    if raw is None:
        return []
    numbers: set[int] = set()
    for item in raw:
        try:
            number = int(item)
        except (TypeError, ValueError):
            raise ValidationError(name, label, f"'{item}' is not a number") from None
        if not 1 <= number <= highest:
            raise ValidationError(name, label, f"{number} is not between 1 and {highest}")
        numbers.add(number)
    return sorted(numbers)


def set_tags(
    session: Session,
    owner: InstrumentedAttribute[int],
    number: InstrumentedAttribute[int],
    owner_id: int,
    numbers: Iterable[int],
) -> None:
    """The owner's tags are exactly these numbers (a tag is a plain row: nothing to keep)."""
    link = owner.class_
    session.execute(delete(link).where(owner == owner_id))
    rows = [{owner.key: owner_id, number.key: n} for n in numbers]
    if rows:
        session.execute(insert(link), rows)


def check_goals(values: Mapping[str, Any]) -> None:
    """The SDG and GBF target numbers values names, checked (a ValidationError if not)."""
    tag_numbers(values, "sdgs", "SDGs", 17)
    tag_numbers(values, "gbf_targets", "GBF targets", 23)


Column = InstrumentedAttribute[int]


def set_goals(
    session: Session,
    values: Mapping[str, Any],
    owner_id: int,
    sdg: tuple[Column, Column],
    gbf: tuple[Column, Column],
) -> None:
    """The record's SDG and GBF tags (each table: owner column, number column) as values
    names them; a kind values does not name is left as it is."""
    for name, (owner, number) in (("sdgs", sdg), ("gbf_targets", gbf)):
        if name in values:
            set_tags(session, owner, number, owner_id, tag_numbers(values, name, name, 99))


def set_links(
    session: Session,
    owner: InstrumentedAttribute[int],
    target: InstrumentedAttribute[int],
    owner_id: int,
    target_ids: Iterable[Any],
    exists: InstrumentedAttribute[int],
    label: tuple[str, str, str],
) -> None:
    """Link the owner to exactly these records, keeping the links it already had (their
    identities travel in packages). label: (field name, field label, what one target is)."""
    name, shown, noun = label
    try:
        wanted = {int(t) for t in target_ids}
    except (TypeError, ValueError):
        raise ValidationError(name, shown, f"must be {noun} numbers") from None
    known = set(session.scalars(select(exists).where(exists.in_(wanted))))
    if wanted - known:
        raise ValidationError(name, shown, f"{noun} {min(wanted - known)} no longer exists")
    link: Any = owner.class_
    have = set(session.scalars(select(target).where(owner == owner_id)))
    if have - wanted:
        session.execute(delete(link).where(owner == owner_id, target.in_(have - wanted)))
    session.add_all(link(**{owner.key: owner_id, target.key: t}) for t in sorted(wanted - have))
