"""The world outline map shipped for maps drawn offline (issue 20's cohort map): every
country there, closed rings, and capitals inside their own country by an independent
point-in-polygon test."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np

from brdesk.geo import Outline
from brdesk.reference import world_outlines

CAPITALS = {
    "Nepal": (85.32, 27.71),
    "China": (116.40, 39.90),
    "Kyrgyzstan": (74.59, 42.87),
    "Peru": (-77.04, -12.05),
    "Kenya": (36.82, -1.29),
    "Ukraine": (30.52, 50.45),
    "Mongolia": (106.92, 47.92),
}


def test_every_country_with_its_source_named() -> None:
    countries = world_outlines()
    assert len(countries) == 177
    raw = json.loads(resources.files("brdesk.data").joinpath("world-110m.json").read_text())
    assert raw["source"].startswith("Natural Earth, Admin 0 countries, 1:110m (public domain)")
    assert {c.name for c in countries} >= set(CAPITALS)
    for country in countries:
        for polygon in country.polygons:
            for ring in polygon:
                assert len(ring) >= 4 and ring[0] == ring[-1], country.name


def test_capitals_fall_in_their_own_country_and_no_other() -> None:
    outlines = {c.name: Outline(c.polygons) for c in world_outlines()}
    lons = np.array([lon for lon, _ in CAPITALS.values()])
    lats = np.array([lat for _, lat in CAPITALS.values()])
    holding = {name: list(outline.contains(lons, lats)) for name, outline in outlines.items()}
    for n, capital_of in enumerate(CAPITALS):
        assert [name for name, inside in holding.items() if inside[n]] == [capital_of]
    # Nepal's area on the ellipsoid, at this scale: within a few percent of its 147,516 km².
    assert abs(outlines["Nepal"].area_m2 / 1e6 - 147_516) / 147_516 < 0.05
