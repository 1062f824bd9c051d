"""The reserve's zones on the map: outlines kept as GeoJSON with their box and geodesic
area, brought in from a boundary file (replacing the zones there were, by name, so that
actions keep the zones they name), and every observation's zone worked out again whenever
they change (services/zone_assign.py)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from brdesk.db import models
from brdesk.db.vocab import ZONE_KINDS
from brdesk.errors import BrdeskError, ValidationError
from brdesk.exchange.zone_files import Layer
from brdesk.geo import GeometryError, Outline
from brdesk.languages import joined, marked, reason, said
from brdesk.services import zone_assign
from brdesk.services.crud import EntityService
from brdesk.services.fields import Field
from brdesk.services.store import Store, sqlite_connection


class ZoneService(EntityService[models.ReserveZone]):
    model = models.ReserveZone
    noun = marked("zone")
    fields = (
        Field("kind", marked("Zone"), "choice", required=True, choices=ZONE_KINDS),
        Field("name", marked("Name"), required=True, max_length=200),
        Field("geometry", marked("Outline"), "longtext", required=True),
        Field("source", marked("Source"), max_length=300),
        Field("position", marked("Position"), "int", minimum=0),
        Field("reserve_id", marked("Reserve"), "int", minimum=1),
    )

    def default_order(self) -> Sequence[Any]:
        return (models.ReserveZone.position, models.ReserveZone.id)

    def clean(self, values: Mapping[str, Any], **kwargs: Any) -> dict[str, Any]:
        """The outline is checked, kept to 7 decimals, and its box and area worked out
        here, whoever hands it in (a file, a package): they are never taken on trust."""
        cleaned = super().clean(values, **kwargs)
        if cleaned.get("geometry") is not None:
            try:
                outline = Outline.from_geojson(cleaned["geometry"])
            except (GeometryError, json.JSONDecodeError) as exc:
                raise self.field("geometry").fail(
                    said("is not a usable outline ({exc})", exc=reason(exc))
                ) from None
            cleaned.update(_derived(outline))
        return cleaned

    def apply_extra(
        self, session: Session, obj: models.ReserveZone, values: Mapping[str, Any]
    ) -> None:
        # After every create, update and undone delete, in its transaction: the
        # observations' zones are never left to describe outlines that are gone.
        session.flush()
        zone_assign.assign(sqlite_connection(session))

    def delete(self, record_id: int) -> None:
        with self.store.transaction() as session:
            session.delete(self._get(session, record_id))
            session.flush()
            zone_assign.assign(sqlite_connection(session))

    def reassign(self, progress: zone_assign.Progress | None = None) -> int:
        """Work out every observation's zone again; returns how many fall inside one."""
        with self.store.transaction() as session:
            return zone_assign.assign(sqlite_connection(session), progress=progress)

    def outlines(self) -> list[tuple[models.ReserveZone, Outline]]:
        return [(z, Outline.from_geojson(z.geometry)) for z in self.list()]


class ActionZoneService(EntityService[models.ActionZone]):
    """The link of an action to a zone it applies to (edited through the action's "zones";
    declared for packages, which carry links as records)."""

    model = models.ActionZone
    noun = marked("action's zone")
    fields = (
        Field("action_id", marked("Action"), "int", required=True, minimum=1),
        Field("zone_id", marked("Zone"), "int", required=True, minimum=1),
    )


def _derived(outline: Outline) -> dict[str, Any]:
    box = outline.box
    return {
        "geometry": outline.geojson_text(),
        "min_lon": box.min_lon,
        "min_lat": box.min_lat,
        "max_lon": box.max_lon,
        "max_lat": box.max_lat,
        "area_ha": round(outline.area_ha, 2),
    }


# --- bringing zones in from a file ----------------------------------------------------------


@dataclass(frozen=True)
class ZoneChoice:
    """What a feature of the file becomes: a zone of a kind and name, or nothing."""

    feature: int  # its number in the layer
    kind: str | None  # None: left out
    name: str


@dataclass(frozen=True)
class ZonesReplaced:
    added: list[str]
    updated: list[str]
    removed: list[str]
    #: located observations, and how many of them fall inside the new zones
    located: int
    inside: int

    def describe(self) -> str:
        parts: list[str] = []
        if self.added:
            parts.append(said("{n} added ({names})", n=len(self.added),
                              names=", ".join(self.added)))  # fmt: skip
        if self.updated:
            parts.append(said("{n} redrawn ({names})", n=len(self.updated),
                              names=", ".join(self.updated)))  # fmt: skip
        if self.removed:
            parts.append(said("{n} removed ({names})", n=len(self.removed),
                              names=", ".join(self.removed)))  # fmt: skip
        told = said(
            "Zones: {done}. {inside:,} of {located:,} located observations fall inside them.",
            done=joined(parts, "; ") if parts else marked("nothing changed"),
            inside=self.inside, located=self.located,
        )  # fmt: skip
        if self.located and not self.inside:
            return joined([told, marked(
                "None of your observations is inside these zones: is this the right file?")],
                " ")  # fmt: skip
        return told


def suggest_kind(text: str) -> str | None:
    """A zone kind from an attribute value: "Core", "Buffer Zone", "ZONA NÚCLEO",
    "Transition area", "зона ядра"... None when the value says none of them."""
    words = text.casefold()
    table = {
        "core": ("core", "núcleo", "nucleo", "núcleo", "centrale", "cœur", "coeur", "ядр",
                 "заповедн", "核心"),
        "buffer": ("buffer", "amortigua", "tampon", "буфер", "缓冲", "緩衝"),
        "transition": ("transition", "transición", "transicion", "cooperation", "cooperación",
                       "переход", "сотруднич", "实验", "過渡", "过渡"),
    }  # fmt: skip
    found = [kind for kind, keys in table.items() if any(k in words for k in keys)]
    return found[0] if len(found) == 1 else None


def replace_zones(
    store: Store,
    features: Mapping[int, Outline],
    choices: Sequence[ZoneChoice],
    *,
    source: str,
    reserve_id: int | None = None,
    progress: zone_assign.Progress | None = None,
) -> ZonesReplaced:
    """Make the zones those chosen, in one transaction: a zone of the same name as one
    here is redrawn (its id, and the actions naming it, stay), the others are added, and
    the zones not chosen again are removed. Then every observation's zone is worked out."""
    chosen = [c for c in choices if c.kind is not None]
    if not chosen:
        raise BrdeskError(marked("No feature was chosen as a zone: nothing was changed."))
    names: dict[str, tuple[int, str]] = {}
    service = ZoneService(store)
    rows = []
    for position, choice in enumerate(chosen):
        name = choice.name.strip()
        if name.casefold() in names:
            first, told = names[name.casefold()]
            raise BrdeskError(
                said(
                    "Two features are both named '{told}' (features {first} and "
                    "{feature}): give each zone its own name.",
                    told=told,
                    first=first,
                    feature=choice.feature,
                )
            )
        names[name.casefold()] = (choice.feature, name)
        values = {
            "kind": choice.kind,
            "name": name,
            "geometry": features[choice.feature].geojson_text(),
            "source": f"{source}, feature {choice.feature}"[:300],
            "position": position,
            "reserve_id": reserve_id,
        }
        try:
            rows.append(service.clean(values))
        except ValidationError as exc:
            raise BrdeskError(
                said(
                    "Feature {feature} ('{name}'): {exc}",
                    feature=choice.feature,
                    name=name,
                    exc=exc,
                )
            ) from None
    added, updated, removed = [], [], []
    with store.transaction() as session:
        here = {z.name.casefold(): z for z in session.scalars(select(models.ReserveZone))}
        for row in rows:
            zone = here.pop(row["name"].casefold(), None)
            if zone is None:
                session.add(models.ReserveZone(**row))
                added.append(row["name"])
            else:
                for key, value in row.items():
                    setattr(zone, key, value)
                updated.append(row["name"])
        for zone in here.values():
            removed.append(zone.name)
            session.execute(delete(models.ReserveZone).where(models.ReserveZone.id == zone.id))
        session.flush()
        conn = sqlite_connection(session)
        inside = zone_assign.assign(conn, progress=progress)
        located = conn.execute(
            "SELECT count(*) FROM observation WHERE latitude IS NOT NULL"
        ).fetchone()[0]
    return ZonesReplaced(added, updated, removed, located, inside)


def export_zones(store: Store, path: Path) -> int:
    """The zones as a GeoJSON FeatureCollection (RFC 7946: WGS84, no "crs"), for any GIS."""
    from brdesk.exchange.atomic import atomic_path

    zones = ZoneService(store).list()
    if not zones:
        raise BrdeskError(marked("There are no zones on the map to export."))
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": z.uuid,
                "properties": {
                    "name": z.name,
                    "zone": z.kind,
                    "zone_label": ZONE_KINDS[z.kind],
                    "area_ha": z.area_ha,
                    "source": z.source,
                },
                "geometry": json.loads(z.geometry),
            }
            for z in zones
        ],
    }
    with atomic_path(path) as temp:
        temp.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    return len(zones)


NAME_FIELDS = ("name", "nombre", "nom", "название", "名称", "zone_name", "label")


@dataclass(frozen=True)
class Proposal:
    """What each feature of a layer is taken to be, and by which field, before anyone
    chooses otherwise; `unread` lists the features whose value says no zone."""

    choices: list[ZoneChoice]
    zone_field: str | None
    unread: list[str]


def _names(field_name: str) -> bool:
    key = field_name.casefold()
    return key in NAME_FIELDS or key.startswith(("name_", "nombre_", "nom_"))


def propose(layer: Layer, zone_field: str | None = None, *, detect: bool = True) -> Proposal:
    """Read each feature's kind from the zone field (given, or with `detect` the first field
    whose values all name a zone; without, none: the user chooses each), and its name from
    a name field, else the kind's label."""
    fields = layer.fields
    if zone_field is not None and zone_field not in fields:
        shown = ", ".join(f"'{f}'" for f in fields) or "none"
        raise BrdeskError(
            said(
                "The layer has no field '{zone_field}' (its fields: {shown}).",
                zone_field=zone_field,
                shown=shown,
            )
        )
    if zone_field is None and detect:
        zone_field = next(
            (
                f
                for f in fields
                if all(suggest_kind(x.properties.get(f, "")) for x in layer.features)
            ),
            None,
        )
    name_field = next((f for f in fields if _names(f)), None)
    choices, unread, used = [], [], set()
    for feature in layer.features:
        value = feature.properties.get(zone_field, "") if zone_field else ""
        kind = suggest_kind(value) if zone_field else None
        if kind is None:
            told = f"'{value}' in '{zone_field}'" if zone_field else "no field"
            unread.append(f"feature {feature.number} ({told})")
        name = (feature.properties.get(name_field, "") if name_field else "") or (
            ZONE_KINDS[kind] if kind else feature.label()
        )
        if name.casefold() in used:
            name = f"{name} ({feature.number})"
        used.add(name.casefold())
        choices.append(ZoneChoice(feature.number, kind, name))
    return Proposal(choices, zone_field, unread)
