"""The demo's years of monitoring: species along the Himalayan elevation gradient drifting
upslope year by year, climate, glaciers, habitat and people, written in chunks with
progress. Deterministic for a given seed."""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy.orm import Session

from brdesk.db.base import utcnow
from brdesk.services.importer import INSERT_COLUMNS
from brdesk.services.store import sqlite_connection

DEFAULT_OBSERVATIONS = 5000
MAX_OBSERVATIONS = 1_000_000
FIRST_YEAR = 2018
_CHUNK = 20_000

Progress = Callable[[int, int], None]

SITES: tuple[tuple[str, float], ...] = (
    ("Lower Valley forest plot", 2650),
    ("Riverside village transect", 2850),
    ("Temperate forest camera grid", 3150),
    ("Fir-rhododendron ridge", 3500),
    ("Treeline transect", 3850),
    ("Yak pasture camp", 4150),
    ("Alpine meadow plot", 4400),
    ("Moraine survey line", 4800),
    ("Glacier snout station", 5100),
)


FIRST_YEAR = 2018

_CHUNK = 20_000

# Species of the Himalayan gradient: (scientific name, common name, mean elevation in the
# first year, spread, relative frequency, sensitive?). Upslope drift is applied per year.
SPECIES: tuple[tuple[str, str, float, float, float, bool], ...] = (
    ("Panthera uncia", "snow leopard", 4600, 350, 0.6, True),
    ("Pseudois nayaur", "blue sheep", 4700, 400, 3.0, False),
    ("Hemitragus jemlahicus", "Himalayan tahr", 3900, 450, 2.5, False),
    ("Moschus chrysogaster", "alpine musk deer", 3700, 350, 0.8, True),
    ("Ailurus fulgens", "red panda", 3100, 250, 0.7, True),
    ("Lophophorus impejanus", "Himalayan monal", 3800, 400, 3.0, False),
    ("Ithaginis cruentus", "blood pheasant", 3600, 350, 2.0, False),
    ("Gypaetus barbatus", "bearded vulture", 4200, 600, 1.0, False),
    ("Ochotona roylei", "Royle's pika", 4300, 350, 2.5, False),
    ("Marmota himalayana", "Himalayan marmot", 4500, 300, 2.0, False),
    ("Rhododendron arboreum", "tree rhododendron", 2900, 300, 3.0, False),
    ("Rhododendron campanulatum", "bell rhododendron", 3700, 250, 2.5, False),
    ("Abies spectabilis", "East Himalayan fir", 3500, 250, 2.5, False),
    ("Betula utilis", "Himalayan birch", 3800, 200, 2.5, False),
    ("Juniperus indica", "black juniper", 4200, 300, 2.0, False),
    ("Saussurea gossypiphora", "snowball plant", 5000, 200, 0.8, False),
    ("Primula sikkimensis", "Sikkim cowslip", 4100, 300, 1.5, False),
    ("Nardostachys jatamansi", "spikenard", 4000, 300, 0.9, True),
    ("Picrorhiza kurroa", "kutki", 4000, 300, 0.9, False),
    ("Ageratina adenophora", "crofton weed (invasive)", 2600, 200, 1.2, False),
)

#: The demo's animals (the first ten above); the rest are plants. Its records carry their
#: kingdom and rank, as records read from GBIF or iNaturalist do.
ANIMALS = frozenset(name for name, *_ in SPECIES[:10])

#: The demo reserve's clocks: Nepal Standard Time.
NEPAL_OFFSET = "+05:45"

OBSERVERS = (
    "Pema Sherpa",
    "Ang Dawa",
    "Sita Gurung",
    "Karma Lama",
    "Nima Tamang",
    "Community ranger team",
)

CATEGORY_WEIGHTS = (
    ("species", 0.62),
    ("habitat", 0.07),
    ("climate", 0.12),
    ("glacier", 0.04),
    ("threat", 0.08),
    ("socio_economic", 0.07),
)

THREATS = (
    ("Livestock grazing in core area", "herds", 3000, 4600),
    ("Snare found and removed", "snares", 2800, 4300),
    ("Forest fire", "ha burnt", 2500, 3600),
    ("Livestock depredation by predators", "animals lost", 3200, 4500),
    ("Illegal harvest of medicinal plants", "kg seized", 3600, 4600),
    ("Trail erosion", "m of trail", 3000, 4800),
)

HABITATS = (
    ("Treeline position", "m", 3900),
    ("Shrub cover in alpine plot", "%", 4300),
    ("Forest canopy cover", "%", 3100),
    ("Wetland area", "ha", 4200),
)


def add_observations(
    session: Session,
    reserve_id: int,
    total: int,
    rng: random.Random,
    today: date,
    progress: Progress | None,
) -> None:
    sql = (
        f"INSERT INTO observation ({', '.join(INSERT_COLUMNS)}) "
        f"VALUES ({', '.join('?' for _ in INSERT_COLUMNS)})"
    )
    conn = sqlite_connection(session)
    start = date(FIRST_YEAR, 1, 1)
    span_days = (today - start).days
    now = utcnow().isoformat(sep=" ")
    species_weights = [s[4] for s in SPECIES]
    categories = [c for c, _ in CATEGORY_WEIGHTS]
    cat_weights = [w for _, w in CATEGORY_WEIGHTS]
    done = 0
    while done < total:
        batch = []
        for _ in range(min(_CHUNK, total - done)):
            day = start + timedelta(days=rng.randrange(max(span_days, 1)))
            category = rng.choices(categories, cat_weights)[0]
            row = _make_row(category, day, rng, species_weights)
            batch.append(
                (
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    reserve_id,
                    day.isoformat(),
                    row.get("time"),
                    NEPAL_OFFSET if row.get("time") else None,
                    *_place(float(row["elevation"]), rng),  # type: ignore[arg-type]
                    category,
                    row["subject"],
                    row.get("kingdom"),
                    row.get("rank"),
                    row.get("count"),
                    row.get("value"),
                    row.get("unit"),
                    row["method"],
                    rng.choice(OBSERVERS),
                    row.get("notes"),
                    bool(row.get("sensitive")),
                    "demo",
                    None,
                    now,
                    now,
                )
            )
        conn.executemany(sql, batch)
        done += len(batch)
        if progress is not None:
            progress(done, total)


def _make_row(
    category: str, day: date, rng: random.Random, species_weights: list[float]
) -> dict[str, object]:
    years = (day - date(FIRST_YEAR, 1, 1)).days / 365.25
    season = math.sin((day.timetuple().tm_yday - 105) / 365.25 * 2 * math.pi)
    if category == "species":
        name, _common, mean, spread, _w, sensitive = rng.choices(SPECIES, species_weights)[0]
        # Warming pushes ranges upslope: about 6 m a year on this gradient.
        elevation = rng.gauss(mean + 6.0 * years, spread)
        count = max(1, int(rng.expovariate(0.4)))
        method = rng.choice(("Camera trap", "Transect walk", "Point count", "Vegetation plot"))
        return {
            "subject": name,
            "kingdom": "Animalia" if name in ANIMALS else "Plantae",
            "rank": "species",
            "count": count,
            "unit": "individuals",
            "elevation": elevation,
            "method": method,
            "sensitive": sensitive,
            "time": f"{rng.randrange(5, 19):02d}:{rng.randrange(60):02d}:00.000000",
        }
    if category == "climate":
        elevation = rng.choice((2850.0, 3850.0, 4400.0, 5100.0))
        if rng.random() < 0.6:
            # Lapse rate ~6.5 °C/km, seasonal swing, and a warming trend of 0.05 °C a year.
            temp = 18 - 6.5 * (elevation - 2400) / 1000 + 8 * season + 0.05 * years
            return {
                "subject": "Air temperature (daily mean)",
                "value": round(temp + rng.gauss(0, 2.0), 1),
                "unit": "°C",
                "elevation": elevation,
                "method": "Automatic weather station",
            }
        rain = max(0.0, rng.gauss(6 + 10 * max(season, 0), 5))
        return {
            "subject": "Precipitation (daily)",
            "value": round(rain, 1),
            "unit": "mm",
            "elevation": elevation,
            "method": "Automatic weather station",
        }
    if category == "glacier":
        if rng.random() < 0.5:
            return {
                "subject": "Sanjha Glacier terminus retreat since 2018",
                "value": round(14.0 * years + rng.gauss(0, 4), 1),
                "unit": "m",
                "elevation": rng.gauss(5050 + 3 * years, 15),
                "method": "GNSS survey",
            }
        return {
            "subject": "Snowline elevation (end of season)",
            "value": round(5350 + 9 * years + rng.gauss(0, 25)),
            "unit": "m",
            "elevation": rng.gauss(5350 + 9 * years, 25),
            "method": "Satellite image (Sentinel-2)",
        }
    if category == "threat":
        subject, unit, low, high = rng.choice(THREATS)
        return {
            "subject": subject,
            "count": rng.randrange(1, 12),
            "unit": unit,
            "elevation": rng.uniform(low, high),
            "method": "Ranger patrol (SMART)",
            "notes": rng.choice(("Reported to the warden", "Follow-up visit planned", None)),
        }
    if category == "habitat":
        subject, unit, mean = rng.choice(HABITATS)
        value = {"m": 3900 + 4 * years, "%": rng.uniform(20, 80), "ha": rng.uniform(5, 40)}[unit]
        return {
            "subject": subject,
            "value": round(value + rng.gauss(0, 5), 1),
            "unit": unit,
            "elevation": rng.gauss(mean, 150),
            "method": "Field plot",
        }
    if rng.random() < 0.5:
        return {
            "subject": "Trekking visitors (monthly)",
            "count": int(max(0, 900 + 700 * season + 60 * years + rng.gauss(0, 120))),
            "unit": "visitors",
            "elevation": 2850.0,
            "method": "Checkpoint register",
        }
    return {
        "subject": "Homestay income (household, monthly)",
        "value": round(max(0.0, rng.gauss(24000 + 1500 * years, 6000)), -2),
        "unit": "NPR",
        "elevation": rng.uniform(2600, 3900),
        "method": "Household survey",
    }


def _place(elevation: float, rng: random.Random) -> tuple[object, ...]:
    elevation = min(max(elevation, 2400.0), 6900.0)
    # Higher ground lies to the north in this valley: latitude follows elevation.
    lat = 27.62 + (elevation - 2400) / 4700 * 0.38 + rng.gauss(0, 0.02)
    lon = 86.52 + rng.random() * 0.46
    site = min(SITES, key=lambda s: abs(s[1] - elevation))[0]
    zone = "core" if elevation >= 4000 else "buffer" if elevation >= 3200 else "transition"
    return (
        site,
        zone,
        round(lat, 5),
        round(lon, 5),
        rng.choice((10.0, 30.0, 100.0)),
        round(elevation),
    )
