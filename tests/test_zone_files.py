"""Zone boundaries as GIS units and Google Earth write them: every format reads to the same
outlines, projected files are transformed or refused (never read as degrees), areas agree
with an independent ellipsoidal computation, and bad features are refused by name."""

from __future__ import annotations

import itertools
import json
import math
import zipfile
from pathlib import Path

import pytest

from brdesk.errors import BrdeskError
from brdesk.exchange import crs
from brdesk.exchange.zone_files import read_zone_file
from brdesk.geo import Outline
from tests.conftest import FIXTURES

ZONES = FIXTURES / "zones"
NAMES = ["Sary-Chelek core area", "Sary-Chelek buffer zone", "Sary-Chelek transition area"]

# WGS84
A = 6378137.0
F = 1 / 298.257223563
E2 = F * (2 - F)
E = math.sqrt(E2)


def _q(lat: float) -> float:
    """The authalic function: the area between the equator and a latitude, per radian of
    longitude, is A**2 * q / 2 (Snyder, Map Projections: A Working Manual, eq. 3-12)."""
    s = math.sin(math.radians(lat))
    return (1 - E2) * (s / (1 - E2 * s * s) - math.log((1 - E * s) / (1 + E * s)) / (2 * E))


def independent_area_m2(ring: list[tuple[float, float]], steps: int = 20) -> float:
    """Green's theorem on the ellipsoid with the authalic function, each edge cut into
    short steps: a computation sharing nothing with geographiclib's."""
    total = 0.0
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        for k in range(steps):
            a, b = k / steps, (k + 1) / steps
            lon_a, lat_a = x1 + (x2 - x1) * a, y1 + (y2 - y1) * a
            lon_b, lat_b = x1 + (x2 - x1) * b, y1 + (y2 - y1) * b
            total += math.radians(lon_b - lon_a) * (_q(lat_a) + _q(lat_b)) / 2
    return abs(total) * A * A / 2


def _outer_rings(outline: Outline) -> list[list[tuple[float, float]]]:
    return [list(ring) for polygon in outline.polygons for ring in polygon]


def test_every_format_reads_the_same_three_zones() -> None:
    reference = read_zone_file(ZONES / "qgis_zones.geojson").layer(None)
    assert [f.properties["NAME_EN"] for f in reference.features] == NAMES
    for name in (
        "google_earth.kml",
        "google_earth.kmz",
        "qgis_zones_utm42n.shp",
        "gis_unit_cp1251.zip",
    ):
        layer = read_zone_file(ZONES / name).layer(None)
        assert len(layer.features) == 3, name
        for mine, theirs in zip(layer.features, reference.features, strict=True):
            # Same rings (holes included), vertex for vertex: the UTM file to a millimetre.
            assert len(mine.outline.polygons[0]) == len(theirs.outline.polygons[0]), name
            for ring_a, ring_b in zip(
                mine.outline.polygons[0], theirs.outline.polygons[0], strict=True
            ):
                # The same corners (a ring may start elsewhere or run the other way), the
                # UTM file's to a few millimetres.
                for x, y in ring_a:
                    assert min(abs(x - u) + abs(y - v) for u, v in ring_b) < 1e-6, name
            assert mine.outline.area_ha == pytest.approx(theirs.outline.area_ha, rel=1e-5)


def test_google_earths_pin_is_left_out_and_said() -> None:
    layer = read_zone_file(ZONES / "google_earth.kml").layer(None)
    assert layer.name == "Biosphere reserve zones"
    assert [f.properties["name"] for f in layer.features] == NAMES
    assert "1 point or line feature left out: zones are polygons." in layer.notes


def test_projected_shapefile_is_transformed_and_says_so() -> None:
    layer = read_zone_file(ZONES / "qgis_zones_utm42n.shp").layer(None)
    assert any("UTM zone 42N" in note and "transformed" in note for note in layer.notes)
    lon, lat = layer.features[0].outline.polygons[0][0][0]
    assert 71.8 < lon < 72.1 and 41.7 < lat < 42.1


def test_cyrillic_attribute_table_is_read_in_the_code_page_its_cpg_names() -> None:
    layer = read_zone_file(ZONES / "gis_unit_cp1251.zip").layer(None)
    assert [f.properties["name"] for f in layer.features] == [
        "Ядро заповедника", "Буферная зона", "Зона сотрудничества",
    ]  # fmt: skip


def test_areas_agree_with_an_independent_ellipsoidal_computation() -> None:
    for feature in read_zone_file(ZONES / "qgis_zones.geojson").layer(None).features:
        outer, *holes = feature.outline.polygons[0]
        expected = independent_area_m2(list(outer)) - sum(
            independent_area_m2(list(h)) for h in holes
        )
        assert feature.outline.area_m2 == pytest.approx(expected, rel=1e-3)
    # A degree square at 60°N and one on the equator: planar degrees would call them equal.
    for lat in (0.0, 30.0, 60.0):
        ring = ((80.0, lat), (80.1, lat), (80.1, lat + 0.1), (80.0, lat + 0.1), (80.0, lat))
        exact = math.radians(0.1) * (_q(lat + 0.1) - _q(lat)) * A * A / 2
        assert Outline(((ring,),)).area_m2 == pytest.approx(exact, rel=1e-3)


def test_the_sary_chelek_core_area_by_hand() -> None:
    """A figure a user can check: the fixture's core area, 4,811.9 ha (GIS would say the
    same to the hectare; planar degrees times 111 km would say 6,410)."""
    core = read_zone_file(ZONES / "qgis_zones.geojson").layer(None).features[0]
    assert round(core.outline.area_ha, 1) == 4811.9


@pytest.mark.parametrize(
    ("prj", "said"),
    [
        (
            'PROJCS["Pulkovo_1942_GK_Zone_12",GEOGCS["GCS_Pulkovo_1942",DATUM["D_Pulkovo_1942",'
            'SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],'
            'UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"]]',
            "D_Pulkovo_1942",
        ),
        (
            'PROJCS["Asia_North_Lambert_Conformal_Conic",GEOGCS["GCS_WGS_1984",DATUM['
            '"D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]],PROJECTION['
            '"Lambert_Conformal_Conic"],PARAMETER["Central_Meridian",95.0]]',
            "Asia_North_Lambert_Conformal_Conic",
        ),
        (
            'PROJCS["CGCS2000_3_Degree_GK_CM_87E",GEOGCS["GCS_China_Geodetic_Coordinate_System'
            '_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]],'
            'PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],'
            'PARAMETER["Central_Meridian",87.0],PARAMETER["Scale_Factor",1.0]]',
            "CGCS2000_3_Degree_GK_CM_87E",
        ),
    ],
)
def test_other_systems_are_refused_with_the_way_out(tmp_path: Path, prj: str, said: str) -> None:
    for ext in ("shp", "shx", "dbf"):
        (tmp_path / f"z.{ext}").write_bytes((ZONES / f"qgis_zones_utm42n.{ext}").read_bytes())
    (tmp_path / "z.prj").write_text(prj)
    with pytest.raises(BrdeskError) as refused:
        read_zone_file(tmp_path / "z.shp")
    message = str(refused.value)
    assert "z.shp" in message and said in message and "EPSG:4326" in message


def test_a_shapefile_without_prj_is_read_as_degrees_and_says_so(tmp_path: Path) -> None:
    with zipfile.ZipFile(ZONES / "gis_unit_cp1251.zip") as z:
        for member in z.namelist():
            if not member.endswith((".prj", ".cpg")):
                (tmp_path / Path(member).name).write_bytes(z.read(member))
    with pytest.raises(BrdeskError, match="not utf-8"):
        read_zone_file(tmp_path / "sary_chelek_zones.shp")  # Cyrillic cp1251, no .cpg
    (tmp_path / "sary_chelek_zones.cpg").write_text("ANSI 1251")
    layer = read_zone_file(tmp_path / "sary_chelek_zones.shp").layer(None)
    assert "There is no .prj: coordinates are read as WGS 84 degrees." in layer.notes
    assert layer.features[1].properties["name"] == "Буферная зона"


def test_projected_numbers_without_a_system_are_refused(tmp_path: Path) -> None:
    data = json.loads((ZONES / "qgis_zones.geojson").read_text())
    del data["crs"]
    data["features"][0]["geometry"]["coordinates"][0][0][0] = [512345.0, 4636000.0]
    path = tmp_path / "mystery.geojson"
    path.write_text(json.dumps(data))
    with pytest.raises(
        BrdeskError, match=r"mystery.geojson holds \(512345, 4636000\), which is not"
    ):
        read_zone_file(path)


def test_geojson_naming_a_utm_epsg_code_is_transformed(tmp_path: Path) -> None:
    layer = read_zone_file(ZONES / "qgis_zones_utm42n.shp").layer(None)
    import numpy as np
    import utm

    features = []
    for feature in layer.features:
        ring = feature.outline.polygons[0][0]
        e, n, _, _ = utm.from_latlon(
            np.array([p[1] for p in ring]), np.array([p[0] for p in ring]),
            force_zone_number=42, force_northern=True,
        )  # fmt: skip
        coords = [[float(a), float(b)] for a, b in zip(e, n, strict=True)]
        features.append({"type": "Feature", "properties": {"zone": feature.properties["zone"]},
                         "geometry": {"type": "Polygon", "coordinates": [coords]}})  # fmt: skip
    path = tmp_path / "utm.geojson"
    path.write_text(json.dumps({
        "type": "FeatureCollection", "features": features,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32642"}},
    }))  # fmt: skip
    read = read_zone_file(path).layer(None)
    assert read.features[0].outline.area_ha == pytest.approx(
        layer.features[0].outline.area_ha, rel=1e-6
    )
    with pytest.raises(BrdeskError, match="EPSG:3857"):
        crs.from_geojson_crs({"properties": {"name": "EPSG:3857"}}, "web.geojson")


def test_bad_features_are_refused_by_number_and_open_rings_closed(tmp_path: Path) -> None:
    collection = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"name": "Core"}, "geometry": {
                "type": "Polygon", "coordinates": [[[71.9, 41.8], [72.0, 41.8], [72.0, 41.9]]]}},
            {"type": "Feature", "properties": {"name": "Sliver"}, "geometry": {
                "type": "Polygon", "coordinates": [[[71.9, 41.8], [72.0, 41.8], [71.9, 41.8]]]}},
            {"type": "Feature", "properties": {"name": "Ranger post"}, "geometry": {
                "type": "Point", "coordinates": [71.9, 41.8]}},
        ],
    }  # fmt: skip
    path = tmp_path / "drawn.geojson"
    path.write_text(json.dumps(collection))
    layer = read_zone_file(path).layer(None)
    assert [f.properties["name"] for f in layer.features] == ["Core"]
    assert layer.refused == [
        "drawn.geojson, feature 2 ('Sliver'): a ring needs at least 3 distinct corners, "
        "this one has 2."
    ]
    assert any("closed by joining its last corner to its first" in n for n in layer.notes)
    assert any("1 point feature left out" in n for n in layer.notes)


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("zones.txt", b"x", "not from a '.txt' file"),
        ("zones.geojson", b"{not json", "is not valid GeoJSON"),
        ("zones.kml", b"<kml><Document>", "is not well-formed XML"),
        ("zones.zip", b"PK\x03\x04 broken", "cannot be opened as a zip file"),
        (
            "zones.geojson",
            json.dumps({"type": "FeatureCollection", "features": []}).encode(),
            "holds no polygons",
        ),
    ],
)
def test_unreadable_files_get_a_message_naming_them(
    tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BrdeskError, match=said) as refused:
        read_zone_file(path).layer(None)
    assert name in str(refused.value)


def test_a_shapefile_without_its_dbf_says_what_to_copy(tmp_path: Path) -> None:
    (tmp_path / "z.shp").write_bytes((ZONES / "qgis_zones_utm42n.shp").read_bytes())
    with pytest.raises(BrdeskError, match=r"comes without its .dbf .* named z\.\* together"):
        read_zone_file(tmp_path / "z.shp")


def test_layers_by_name(tmp_path: Path) -> None:
    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as z, zipfile.ZipFile(ZONES / "gis_unit_cp1251.zip") as src:
        for member in src.namelist():
            z.writestr(member, src.read(member))
            z.writestr(member.replace("sary_chelek_zones", "old_zones"), src.read(member))
    zone_file = read_zone_file(path)
    with pytest.raises(BrdeskError, match=r"several layers .* say which one"):
        zone_file.layer(None)
    assert zone_file.layer("old_zones").name == "old_zones"
    with pytest.raises(BrdeskError, match="has no layer 'new'"):
        zone_file.layer("new")


def test_kml_folders_are_layers_and_multigeometry_is_one_zone(tmp_path: Path) -> None:
    """Google Earth keeps each folder's placemarks apart, and a zone in two pieces is one
    placemark holding a MultiGeometry of two polygons."""

    def square(x: float, y: float) -> str:
        ring = [(x, y), (x + 0.1, y), (x + 0.1, y + 0.1), (x, y + 0.1), (x, y)]
        corners = " ".join(f"{a},{b},0" for a, b in ring)
        return (
            "<Polygon><outerBoundaryIs><LinearRing><coordinates>"
            f"{corners}</coordinates></LinearRing></outerBoundaryIs></Polygon>"
        )

    kml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Zones.kml</name>'
        "<Folder><name>2019 zonation</name>"
        f"<Placemark><name>Core</name><MultiGeometry>{square(70, 40)}{square(71, 40)}"
        "</MultiGeometry></Placemark></Folder>"
        f"<Folder><name>2024 zonation</name><Placemark><name>Core</name>{square(70, 40)}"
        "</Placemark><Folder><name>Field notes</name><Placemark><name>Camp</name><Point>"
        "<coordinates>70.05,40.05,0</coordinates></Point></Placemark></Folder></Folder>"
        "</Document></kml>"
    )
    path = tmp_path / "Zones.kml"
    path.write_text(kml, encoding="utf-8")
    zone_file = read_zone_file(path)
    assert [layer.name for layer in zone_file.layers] == [
        "2019 zonation",
        "2024 zonation",
        "Field notes",
    ]
    with pytest.raises(BrdeskError, match="several layers"):
        zone_file.layer(None)
    old = zone_file.layer("2019 zonation").features
    assert len(old) == 1 and len(old[0].outline.polygons) == 2
    assert old[0].outline.area_m2 == pytest.approx(
        2 * zone_file.layer("2024 zonation").features[0].outline.area_m2, rel=1e-3
    )
    assert zone_file.layer("Field notes").features == []


def test_a_shapefile_with_heights_reads_its_outline(tmp_path: Path) -> None:
    """GPS-surveyed boundaries come as PolygonZ (each corner with its height)."""
    import shapefile

    ring = [[71.9, 41.8, 1800], [71.9, 41.9, 1900], [72.0, 41.9, 2100], [72.0, 41.8, 1950]]
    with shapefile.Writer(str(tmp_path / "surveyed"), shapeType=shapefile.POLYGONZ) as w:
        w.field("ZONA", "C", 40)
        w.polyz([[*ring, ring[0]]])  # clockwise: an outer ring
        w.record("Zona núcleo")
    (tmp_path / "surveyed.cpg").write_text("UTF-8")
    layer = read_zone_file(tmp_path / "surveyed.shp").layer(None)
    assert "There is no .prj: coordinates are read as WGS 84 degrees." in layer.notes
    (feature,) = layer.features
    assert feature.properties == {"ZONA": "Zona núcleo"}
    assert feature.outline.box.min_lon == 71.9 and feature.outline.box.max_lat == 41.9
    from brdesk.services.zones import propose

    assert propose(layer).choices[0].kind == "core"  # "núcleo" says core
