"""The demo reserve's zonation: made-up outlines around its observations, shaped like a
Himalayan valley's (the core area on the high ground to the north, the buffer zone below
it, the transition area around the villages), each ring holding the next as a hole, as a
GIS unit's zonation layer does."""

from __future__ import annotations

import math

from sqlalchemy import select
from sqlalchemy.orm import Session

from brdesk.db import models
from brdesk.geo import Outline, Ring
from brdesk.services.zones import _derived

WEST, EAST = 86.50, 87.00


def _edge(
    lat: float, amplitude: float, west: float, east: float, waves: float
) -> list[tuple[float, float]]:
    """A wavy east-west boundary (a ridge line, roughly), west to east."""
    steps = 40
    return [
        (
            round(west + (east - west) * i / steps, 5),
            round(lat + amplitude * math.sin(waves * math.pi * i / steps)
                  + amplitude / 3 * math.sin(7.3 * i / steps), 5),
        )
        for i in range(steps + 1)
    ]  # fmt: skip


def _side(lon: float, south: float, north: float, amplitude: float) -> list[tuple[float, float]]:
    """A wavy north-south boundary (a spur, a stream), south to north, ends left out."""
    steps = 12
    return [
        (round(lon + amplitude * math.sin(2.6 * math.pi * i / steps), 5),
         round(south + (north - south) * i / steps, 5))
        for i in range(1, steps)
    ]  # fmt: skip


def _ring(south: float, north: float, margin: float, seed: float) -> Ring:
    west, east = WEST - margin, EAST + margin
    bottom = _edge(south, 0.012, west, east, 3 + seed)
    top = _edge(north, 0.02, west, east, 2 + seed)[::-1]
    east_side = _side(east + 0.012, bottom[-1][1], top[0][1], 0.012)
    west_side = _side(west - 0.012, bottom[0][1], top[-1][1], 0.01)[::-1]
    points = [*bottom, *east_side, *top, *west_side]
    return (*points, points[0])  # anticlockwise: east along the south, back along the north


def outlines() -> list[tuple[str, str, Outline]]:
    core = _ring(27.752, 28.02, 0.0, 0.0)
    buffer = _ring(27.688, 28.05, 0.03, 0.5)
    transition = _ring(27.575, 28.085, 0.07, 1.0)
    return [
        ("core", "Core area", Outline(((core,),))),
        ("buffer", "Buffer zone", Outline(((buffer, core[::-1]),))),
        ("transition", "Transition area", Outline(((transition, buffer[::-1]),))),
    ]


#: The demo plan's actions that name zones (by the start of their titles).
ACTION_ZONES = {
    "Camera-trap grid for snow leopard": ("Core area", "Buffer zone"),
    "Annual glacier snout survey": ("Core area",),
    "SMART patrolling": ("Core area", "Buffer zone"),
    "Agree seasonal grazing calendars": ("Buffer zone",),
    "Participatory monitoring by 12": ("Buffer zone",),
    "Map and remove Ageratina": ("Transition area",),
    "Early-warning sensors": ("Transition area",),
    "Solar water heating": ("Transition area",),
}


def add_zones(session: Session, reserve_id: int) -> None:
    """The three zones, and the links of the actions that name them."""
    ids = {}
    for position, (kind, name, outline) in enumerate(outlines()):
        zone = models.ReserveZone(
            reserve_id=reserve_id, kind=kind, name=name, position=position,
            source="demo zonation (made up)", **_derived(outline),
        )  # fmt: skip
        session.add(zone)
        session.flush()
        ids[name] = zone.id
    for action in session.scalars(select(models.Action)):
        for start, names in ACTION_ZONES.items():
            if action.title.startswith(start):
                session.add_all(
                    models.ActionZone(action_id=action.id, zone_id=ids[n]) for n in names
                )
