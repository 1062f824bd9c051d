"""Zones in the data: every observation's zone worked out from its coordinates (checked
against an independent point-in-polygon test), kept as they are saved, imported, undone
or merged, and the zones themselves replaced, exported and carried in packages."""

from __future__ import annotations

import itertools
import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from brdesk.errors import BrdeskError, ValidationError
from brdesk.exchange.zone_files import read_zone_file
from brdesk.geo import Outline
from brdesk.services.observations import ObservationService
from brdesk.services.plan import ActionService
from brdesk.services.store import Store
from brdesk.services.zones import ZoneChoice, ZoneService, export_zones, propose, replace_zones
from tests.conftest import FIXTURES

ZONES = FIXTURES / "zones"
PRECEDENCE = ("core", "buffer", "transition")


def ray_cast(lon: float, lat: float, ring: list[list[float]]) -> bool:
    """The textbook crossing test, in plain Python: shares no code with brdesk's."""
    inside = False
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def expected_zone(
    lon: float, lat: float, zones: list[tuple[int, str, float, Any]]
) -> tuple[str, int | None]:
    held = []
    for zone_id, kind, area, geometry in zones:
        for polygon in geometry["coordinates"]:
            outer, *holes = polygon
            if ray_cast(lon, lat, outer) and not any(ray_cast(lon, lat, h) for h in holes):
                held.append((PRECEDENCE.index(kind), area, zone_id, kind))
    if not held:
        return "outside", None
    best = min(held)
    return best[3], best[2]


def _zones_of(conn: sqlite3.Connection) -> list[tuple[int, str, float, Any]]:
    return [
        (i, k, a, json.loads(g))
        for i, k, a, g in conn.execute("SELECT id, kind, area_ha, geometry FROM reserve_zone")
    ]


def test_demo_zones_agree_with_an_independent_point_in_polygon_test(demo_store: Store) -> None:
    with demo_store.dbapi() as conn:
        _agree_with_point_in_polygon(conn)


def _agree_with_point_in_polygon(conn: sqlite3.Connection) -> None:
    zones = _zones_of(conn)
    assert sorted(k for _, k, _, _ in zones) == ["buffer", "core", "transition"]
    rows = conn.execute(
        "SELECT longitude, latitude, map_zone, zone_id FROM observation "
        "LEFT JOIN observation_zone ON observation_id = id"
    ).fetchall()
    kinds = set()
    for lon, lat, map_zone, zone_id in rows:
        if lon is None:
            assert map_zone is None and zone_id is None
            continue
        assert (map_zone, zone_id) == expected_zone(lon, lat, zones), (lon, lat)
        kinds.add(map_zone)
    assert {"core", "buffer", "transition"} <= kinds


def _located(store: Store, lon: float, lat: float, **extra: Any) -> int:
    return ObservationService(store).create(
        observed_on=date(2025, 6, 1), category="species", subject="Panthera uncia",
        latitude=lat, longitude=lon, **extra,
    ).id  # fmt: skip


def _map_zone(store: Store, observation_id: int) -> tuple[str | None, int | None]:
    with store.dbapi() as conn:
        row = conn.execute(
            "SELECT map_zone, zone_id FROM observation_zone WHERE observation_id = ?",
            (observation_id,),
        ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def _import_fixture(store: Store, name: str = "qgis_zones.geojson") -> Any:
    layer = read_zone_file(ZONES / name).layer(None)
    proposal = propose(layer)
    return replace_zones(
        store, {f.number: f.outline for f in layer.features}, proposal.choices, source=name
    )


def test_zones_follow_saves_edits_and_undo_without_touching_the_recorded_zone(store: Store) -> None:
    inside_core = _located(store, 71.95, 41.88, zone="buffer")
    far = _located(store, 75.0, 40.0)
    unlocated = (
        ObservationService(store)
        .create(observed_on=date(2025, 6, 1), category="climate", subject="Rain")
        .id
    )
    assert _map_zone(store, inside_core) == (None, None)  # no zones yet
    done = _import_fixture(store)
    assert done.added == [
        "Sary-Chelek core area",
        "Sary-Chelek buffer zone",
        "Sary-Chelek transition area",
    ]
    core = {z.name: z.id for z in ZoneService(store).list()}
    assert _map_zone(store, inside_core) == ("core", core["Sary-Chelek core area"])
    assert ObservationService(store).get(inside_core).zone == "buffer"  # as recorded
    assert _map_zone(store, far) == ("outside", None)
    assert _map_zone(store, unlocated) == (None, None)
    # In the buffer ring (north of the core), then moved away, then coordinates removed.
    service = ObservationService(store)
    service.update(far, latitude=41.935, longitude=71.95)
    assert _map_zone(store, far)[0] == "buffer"
    service.update(far, latitude=None, longitude=None)
    assert _map_zone(store, far) == (None, None)
    snapshots = service.delete_many([inside_core])
    with store.dbapi() as conn:  # its zone went with it
        assert conn.execute("SELECT count(*) FROM observation_zone").fetchone()[0] == 0
    service.restore_many(snapshots)
    assert _map_zone(store, inside_core)[0] == "core"


def test_overlapping_outlines_go_to_the_most_protected_then_the_smallest(store: Store) -> None:
    def square(x: float, y: float, size: float) -> str:
        ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
        return json.dumps({"type": "Polygon", "coordinates": [ring]})

    zones = ZoneService(store)
    big = zones.create(kind="transition", name="Valley", geometry=square(70, 40, 2))
    mid = zones.create(kind="buffer", name="Pastures", geometry=square(70.5, 40.5, 1))
    small = zones.create(kind="buffer", name="Upper pastures", geometry=square(70.6, 40.6, 0.2))
    core = zones.create(kind="core", name="Peak", geometry=square(70.65, 40.65, 0.05))
    assert _map_zone(store, _located(store, 70.1, 40.1)) == ("transition", big.id)
    assert _map_zone(store, _located(store, 70.55, 40.55)) == ("buffer", mid.id)
    assert _map_zone(store, _located(store, 70.61, 40.61)) == ("buffer", small.id)
    assert _map_zone(store, _located(store, 70.66, 40.66)) == ("core", core.id)
    moved = _located(store, 70.66, 40.66)
    zones.delete(core.id)
    assert _map_zone(store, moved) == ("buffer", small.id)


def test_a_zone_is_refused_with_a_clear_message_and_nothing_changes(store: Store) -> None:
    zones = ZoneService(store)
    with pytest.raises(ValidationError, match="Outline: is not a usable outline"):
        zones.create(kind="core", name="Bad", geometry='{"type": "Point", "coordinates": [1, 2]}')
    with pytest.raises(ValidationError, match="Zone"):
        zones.create(kind="wilderness", name="Bad", geometry='{"type": "Polygon"}')
    assert zones.list() == []


def test_reimporting_redraws_by_name_keeps_action_links_and_removes_the_rest(
    demo_store: Store,
) -> None:
    store = demo_store
    actions = ActionService(store)
    named = [a for a in actions.list() if a.zones]
    assert named, "the demo's actions name zones"
    first = named[0]
    zone_names = [z.name for z in first.zones]
    layer = read_zone_file(ZONES / "qgis_zones.geojson").layer(None)
    outlines = {f.number: f.outline for f in layer.features}
    # The demo's core area redrawn from the file; the file's other two features added.
    choices = [
        ZoneChoice(1, "core", "Core area"),
        ZoneChoice(2, "buffer", "Buffer zone"),
        ZoneChoice(3, None, "left out"),
    ]
    done = replace_zones(store, outlines, choices, source="qgis_zones.geojson")
    assert sorted(done.updated) == ["Buffer zone", "Core area"]
    assert done.removed == ["Transition area"]
    # The file's zones are in Kyrgyzstan, the demo's observations in Nepal: said.
    assert (done.located, done.inside) == (3000, 0)
    assert "is this the right file?" in done.describe()
    kept = [z.name for z in actions.get(first.id).zones]
    assert kept == [n for n in zone_names if n != "Transition area"]
    core = next(z for z in ZoneService(store).list() if z.name == "Core area")
    assert core.area_ha == pytest.approx(outlines[1].area_ha, abs=0.01)
    assert core.source == "qgis_zones.geojson, feature 1"
    with pytest.raises(BrdeskError, match="Two features are both named 'Same'"):
        replace_zones(
            store,
            outlines,
            [ZoneChoice(1, "core", "Same"), ZoneChoice(2, "buffer", "same")],
            source="x",
        )
    with pytest.raises(BrdeskError, match="No feature was chosen"):
        replace_zones(store, outlines, [ZoneChoice(1, None, "x")], source="x")


def test_actions_name_zones_and_undo_puts_them_back(demo_store: Store) -> None:
    actions = ActionService(demo_store)
    zones = {z.name: z.id for z in ZoneService(demo_store).list()}
    action = actions.list()[0]
    actions.update(action.id, zones=[zones["Core area"], zones["Transition area"]])
    assert [z.name for z in actions.get(action.id).zones] == ["Core area", "Transition area"]
    snapshot = actions.snapshot(action.id)
    actions.delete(action.id)
    actions.restore(snapshot)
    assert [z.name for z in actions.get(action.id).zones] == ["Core area", "Transition area"]
    with pytest.raises(ValidationError, match="zone 9999 no longer exists"):
        actions.update(action.id, zones=[9999])


def test_imports_place_new_observations_in_their_zones(store: Store, tmp_path: Path) -> None:
    from brdesk.services.importer import commit_import, preview_import

    _import_fixture(store)
    csv = tmp_path / "obs.csv"
    csv.write_text(
        "date,taxon,latitude,longitude,zone\n"
        "2025-06-01,Ursus arctos,41.88,71.95,transition\n"
        "2025-06-02,Ursus arctos,41.70,71.60,\n"
        "2025-06-03,Ursus arctos,71.95,41.88,\n"
    )
    preview = preview_import(store, csv)
    # Row 4 has latitude and longitude the wrong way round: far outside, and said so.
    assert (
        "WARNING: 1 row lies more than 50 km outside the reserve's zones (the first, row 4, "
        "at latitude 71.95, longitude 41.88: latitude and longitude swapped?); they are "
        "imported as read"
    ) in preview.rules()
    assert commit_import(store, preview) == 3
    with store.dbapi() as conn:
        got = conn.execute(
            "SELECT zone, map_zone FROM observation LEFT JOIN observation_zone "
            "ON observation_id = id ORDER BY observed_on"
        ).fetchall()
    assert got == [("transition", "core"), (None, "outside"), (None, "outside")]


def test_export_zones_reads_in_an_independent_geojson_reader_and_comes_back(
    demo_store: Store, tmp_path: Path, store: Store
) -> None:
    import geojson

    out = tmp_path / "zones.geojson"
    assert export_zones(demo_store, out) == 3
    collection = geojson.loads(out.read_text(encoding="utf-8"))
    assert collection.is_valid, collection.errors()
    assert [f["properties"]["zone"] for f in collection["features"]] == [
        "core",
        "buffer",
        "transition",
    ]
    assert "crs" not in collection  # RFC 7946: WGS84, said by its absence
    layer = read_zone_file(out).layer(None)
    replace_zones(
        store,
        {f.number: f.outline for f in layer.features},
        propose(layer).choices,
        source=out.name,
    )
    mine = {z.name: z.area_ha for z in ZoneService(demo_store).list()}
    theirs = {z.name: z.area_ha for z in ZoneService(store).list()}
    assert theirs == pytest.approx(mine)
    with pytest.raises(BrdeskError, match="no zones on the map"):
        export_zones(store.__class__.open(tmp_path / "empty"), tmp_path / "none.geojson")


def test_packages_carry_zones_and_the_zones_actions_name(demo_store: Store, tmp_path: Path) -> None:
    from brdesk.services.packages import export_package, import_package

    package = tmp_path / "all.brdesk"
    export_package(demo_store, package)
    with Store.open(tmp_path / "other") as other:
        report = import_package(other, package)
        assert report.added["zones"] == 3
        assert report.added["action_zones"] == len(
            [1 for a in ActionService(demo_store).list() for _ in a.zones]
        )
        with other.dbapi() as a, demo_store.dbapi() as b:
            query = (
                "SELECT uuid, map_zone FROM observation LEFT JOIN observation_zone "
                "ON observation_id = id ORDER BY uuid"
            )
            assert a.execute(query).fetchall() == b.execute(query).fetchall()
        # The same zones again: nothing new, whatever their identities.
        again = import_package(other, package)
        assert again.added["zones"] == 0 and again.added["action_zones"] == 0


def brdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_command_line_imports_and_exports_zones(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    dry = brdesk(
        "--data-dir", data, "import", "zones", str(ZONES / "qgis_zones_utm42n.shp"), "--dry-run"
    )
    assert dry.returncode == 0, dry.stderr
    assert "UTM zone 42N" in dry.stdout
    assert "Sary-Chelek core area: core area, 4,811.9 ha" in dry.stdout
    assert "would replace" in dry.stdout
    done = brdesk("--data-dir", data, "import", "zones", str(ZONES / "google_earth.kmz"))
    assert done.returncode == 0, done.stderr
    assert "3 added" in done.stdout
    out = tmp_path / "zones.geojson"
    exported = brdesk("--data-dir", data, "export", "zones", str(out))
    assert exported.returncode == 0 and "3 zones written" in exported.stdout
    assert len(json.loads(out.read_text())["features"]) == 3
    # A field that names no zone: refused, naming the features and the fields.
    wrong = brdesk(
        "--data-dir",
        data,
        "import",
        "zones",
        str(ZONES / "qgis_zones.geojson"),
        "--zone-field",
        "fid",
    )
    assert wrong.returncode == 1
    assert "no zone could be read for feature 1 ('1' in 'fid')" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    missing = brdesk(
        "--data-dir", data, "import", "zones", str(ZONES / "qgis_zones.geojson"), "--layer", "x"
    )
    assert missing.returncode == 1 and "has no layer 'x'" in missing.stderr
    bad = brdesk("--data-dir", data, "export", "zones", str(tmp_path / "zones.kml"))
    assert bad.returncode == 1 and "name the file OUT.geojson" in bad.stderr


def test_outline_geojson_round_trip_is_stable() -> None:
    layer = read_zone_file(ZONES / "qgis_zones.geojson").layer(None)
    outline = layer.features[1].outline
    again = Outline.from_geojson(outline.geojson_text())
    assert again.area_m2 == pytest.approx(outline.area_m2, rel=1e-9)
    assert len(again.polygons[0]) == 2  # the buffer's hole survives


def test_the_dashboard_counts_one_zones_observations(demo_store: Store) -> None:
    from brdesk.services.dashboard import DashboardFilter, describe_filter, monitoring_summary

    with demo_store.dbapi() as conn:
        whole = monitoring_summary(conn, DashboardFilter())
        core = monitoring_summary(conn, DashboardFilter(zone="core"))
        expected = conn.execute(
            "SELECT count(*) FROM observation_zone WHERE map_zone = 'core'"
        ).fetchone()[0]
        in_core_threats = {
            (day, subject)
            for day, subject in conn.execute(
                "SELECT observed_on, subject FROM observation o JOIN observation_zone z "
                "ON z.observation_id = o.id WHERE z.map_zone = 'core' AND category = 'threat'"
            )
        }
        # The zone's summaries were the connection's for the call only.
        temporary = (
            "SELECT count(*) FROM pg_class WHERE relpersistence = 't'"
            if demo_store.on_server
            else "SELECT count(*) FROM temp.sqlite_master"
        )
        assert conn.execute(temporary).fetchone()[0] == 0
        again = monitoring_summary(conn, DashboardFilter())
    assert core.total == expected and 0 < core.total < whole.total == again.total
    assert all((day, subject) in in_core_threats for day, subject, _, _ in core.recent_threats)
    assert sum(sum(m.values()) for m in core.per_month.values()) == expected
    assert "observations on the map in: core area" in describe_filter(DashboardFilter(zone="core"))
