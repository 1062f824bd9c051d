"""Observation exports load in independent readers; sensitive records are generalised."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import geojson
import pytest
from dwca.read import DwCAReader
from openpyxl import load_workbook

from brdesk.errors import BrdeskError
from brdesk.services.observation_export import GRID_UNCERTAINTY_M, export_observations, generalise
from brdesk.services.observation_query import ObservationFilter, count, query_ids
from brdesk.services.store import Store


def _sensitive_row(store: Store) -> tuple[str, float, float]:
    with store.dbapi() as conn:
        return conn.execute(
            "SELECT uuid, latitude, longitude FROM observation "
            "WHERE sensitive = 1 AND latitude IS NOT NULL ORDER BY id LIMIT 1"
        ).fetchone()


def test_csv_and_xlsx(demo_store: Store, tmp_path: Path) -> None:
    flt = ObservationFilter(category="glacier")
    with demo_store.dbapi() as conn:
        expected = count(conn, flt)
    result = export_observations(demo_store, tmp_path / "g.csv", flt)
    assert result.written == expected > 0
    raw = (tmp_path / "g.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == expected and {r["Category"] for r in rows} == {"Glacier"}

    export_observations(demo_store, tmp_path / "g.xlsx", flt)
    sheet = load_workbook(tmp_path / "g.xlsx").active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    first = dict(zip(header, [c for c in sheet[2]], strict=True))
    assert isinstance(first["Date"].value, datetime)
    assert first["Value"].data_type == "n"
    assert first["UUID"].data_type == "s"
    assert sheet.max_row == expected + 1


def test_geojson_is_valid_rfc7946_and_generalises_sensitive_points(
    demo_store: Store, tmp_path: Path
) -> None:
    uuid, lat, lon = _sensitive_row(demo_store)
    result = export_observations(demo_store, tmp_path / "all.geojson")
    collection = geojson.loads((tmp_path / "all.geojson").read_text(encoding="utf-8"))
    assert collection.is_valid, collection.errors()
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == result.written == 3000
    feature = next(f for f in collection["features"] if f["id"] == uuid)
    assert feature["geometry"]["coordinates"] == list(generalise(lat, lon))[::-1]
    assert feature["properties"]["generalised"] is True
    assert feature["properties"]["coordinate_uncertainty_m"] >= GRID_UNCERTAINTY_M
    # All points in WGS84 order: longitude first.
    assert all(80 < f["geometry"]["coordinates"][0] < 90 for f in collection["features"])

    export_observations(demo_store, tmp_path / "exact.geojson", exact=True)
    exact = json.loads((tmp_path / "exact.geojson").read_text(encoding="utf-8"))
    feature = next(f for f in exact["features"] if f["id"] == uuid)
    assert feature["geometry"]["coordinates"] == [round(lon, 6), round(lat, 6)]


def test_darwin_core_archive_loads_in_an_independent_reader(
    demo_store: Store, tmp_path: Path
) -> None:
    uuid, lat, lon = _sensitive_row(demo_store)
    result = export_observations(demo_store, tmp_path / "dwca.zip")
    with demo_store.dbapi() as conn:
        species = count(conn, ObservationFilter(category="species"))
    assert result.written == species
    assert "not of species were left out" in result.note
    with DwCAReader(str(tmp_path / "dwca.zip")) as archive:
        assert archive.core_file.file_descriptor.type == "http://rs.tdwg.org/dwc/terms/Occurrence"
        rows = list(archive)
        assert len(rows) == species
        ids = [r.id for r in rows]
        assert len(set(ids)) == len(ids)
        dwc = "http://rs.tdwg.org/dwc/terms/"
        row = next(r for r in rows if r.id == f"urn:uuid:{uuid}")
        assert row.data[dwc + "informationWithheld"]
        assert row.data[dwc + "dataGeneralizations"].startswith("Coordinates generalised")
        assert float(row.data[dwc + "decimalLatitude"]) == generalise(lat, lon)[0]
        first = rows[0].data
        assert first[dwc + "geodeticDatum"] == "WGS84"
        assert first[dwc + "basisOfRecord"] in ("HumanObservation", "MachineObservation")
        assert first[dwc + "countryCode"] == "NP"
        assert archive.metadata is not None
        assert "Sanjha Himal" in archive.metadata.find("dataset/title").text


def test_filters_select_what_is_exported(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.dbapi() as conn:
        leopards = query_ids(conn, ObservationFilter(text="uncia"))
        both = count(conn, ObservationFilter(text="uncia", category="species"))
        high = count(conn, ObservationFilter(elevation_min=5000))
        assert len(leopards) == both > 0
        assert 0 < high < 3000
        short = count(conn, ObservationFilter(text="ab"))  # below 3 letters: LIKE, not FTS
        assert short > 0
    result = export_observations(demo_store, tmp_path / "l.csv", ObservationFilter(text="uncia"))
    assert result.written == len(leopards)


def test_export_from_the_command_line_and_bad_names(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.zip"
    result = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(demo_dir), "export", "observations",
         str(out), "--category", "species", "--from", "2024-01-01"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    with DwCAReader(str(out)) as archive:
        dates = {r.data["http://rs.tdwg.org/dwc/terms/eventDate"][:4] for r in archive}
    assert min(dates) >= "2024"
    bad = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(demo_dir), "export", "observations",
         str(tmp_path / "x.kml")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert bad.returncode == 1 and "use .csv, .xlsx, .geojson or .zip" in bad.stderr


def test_generalise_snaps_to_the_cell_centre() -> None:
    assert generalise(27.98806, 86.925) == (27.95, 86.95)
    assert generalise(-13.16, -72.54) == (-13.15, -72.55)
    with pytest.raises(BrdeskError):
        export_observations(None, Path("x.txt"))  # type: ignore[arg-type]
