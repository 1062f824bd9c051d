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
            "WHERE sensitive AND latitude IS NOT NULL ORDER BY id LIMIT 1"
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


# --- brdesk's own tables: safe in spreadsheets, and back in with nothing lost ------------


def _fields(o: object) -> tuple[object, ...]:
    return tuple(
        getattr(o, name)
        for name in ("uuid", "observed_on", "observed_time", "utc_offset", "category", "subject",
                     "kingdom", "taxon_rank", "count",
                     "value", "unit", "site", "zone", "latitude", "longitude",
                     "coordinate_uncertainty_m", "elevation_m", "method", "observer", "notes",
                     "sensitive")
    )  # fmt: skip


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_own_exports_come_back_the_same_with_no_mapping(
    demo_store: Store, tmp_path: Path, suffix: str
) -> None:
    from brdesk.services.importer import commit_import, preview_import
    from brdesk.services.observations import ObservationService

    service = ObservationService(demo_store)
    first = service.list()[0]
    formula = '=HYPERLINK("http://example.org","click")'
    service.update(first.id, notes=formula, site="-3 km below camp", observed_time="07:45:00")
    out = tmp_path / f"log{suffix}"
    export_observations(demo_store, out, exact=True)
    if suffix == ".csv":
        raw = out.read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK" in raw and "'-3 km below camp" in raw  # no formula runs
    # Back into the same folder: every record is known, nothing is added.
    again = preview_import(demo_store, out)
    assert again.mapping.format_name == "brdesk export"
    assert (again.accepted, again.rejected, again.already_present) == (0, [], 3000)
    # Into an empty folder: the same records, field for field, with their UUIDs.
    other = Store.open(tmp_path / "other")
    try:
        preview = preview_import(other, out)
        assert preview.rejected == [], [str(r) for r in preview.rejected[:3]]
        assert commit_import(other, preview) == 3000
        theirs = {o.uuid: _fields(o) for o in ObservationService(other).list()}
        ours = {o.uuid: _fields(o) for o in service.list()}
        assert theirs == ours
    finally:
        other.close()


def test_exported_files_have_ordinary_permissions_and_workbooks_a_filter(
    demo_store: Store, tmp_path: Path
) -> None:
    import os
    import stat

    from openpyxl import load_workbook

    umask = os.umask(0o022)
    os.umask(umask)
    out = tmp_path / "log.xlsx"
    export_observations(demo_store, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600
    book = load_workbook(out)
    sheet = book.active
    assert sheet.auto_filter.ref.startswith("A1:")
    assert book.properties.title == "Observations: Sanjha Himal Biosphere Reserve (demo)"
    assert book.properties.creator == "Pema Sherpa"
    times = [row[2].value for row in sheet.iter_rows(min_row=2, max_row=200) if row[2].value]
    assert times and all(hasattr(t, "hour") for t in times)  # times, not text


# --- sensitive records and the Darwin Core Archive ---------------------------------------


def test_a_sensitive_record_leaves_brdesk_generalised_everywhere(
    demo_store: Store, tmp_path: Path
) -> None:
    import csv

    from brdesk.services.observations import ObservationService

    uuid, lat, lon = _sensitive_row(demo_store)
    service = ObservationService(demo_store)
    record = next(o for o in service.list() if o.uuid == uuid)
    service.update(record.id, site="Den above the blue lake", observed_time="05:40:00",
                   elevation_m=4687.0)  # fmt: skip
    export_observations(demo_store, tmp_path / "log.csv")
    with open(tmp_path / "log.csv", encoding="utf-8-sig", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["UUID"] == uuid)
    assert (row["Site"], row["Time"], row["Elevation (m)"]) == ("", "", "4700")
    assert (float(row["Latitude"]), float(row["Longitude"])) == generalise(lat, lon)
    assert row["Generalised"] == "yes"
    # With exact=True (the user's own use) nothing is changed.
    export_observations(demo_store, tmp_path / "mine.csv", exact=True)
    with open(tmp_path / "mine.csv", encoding="utf-8-sig", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["UUID"] == uuid)
    assert (row["Site"], row["Time"], row["Elevation (m)"]) == (
        "Den above the blue lake", "05:40:00", "4687",
    )  # fmt: skip


def test_the_dashboard_map_shows_sensitive_records_as_grid_cells(demo_store: Store) -> None:
    from brdesk.services.dashboard import DashboardFilter, monitoring_summary

    with demo_store.dbapi() as conn:
        exact = {
            (round(lon, 6), round(lat, 6))
            for lon, lat in conn.execute(
                "SELECT longitude, latitude FROM observation WHERE sensitive "
                "AND latitude IS NOT NULL"
            )
        }
        summary = monitoring_summary(conn, DashboardFilter())
    shown = {(round(x, 6), round(y, 6)) for x, y, _c in summary.points}
    assert exact and not (exact & shown)  # no sensitive point at its real place


def test_darwin_core_text_comes_back_as_it_went_in(demo_store: Store, tmp_path: Path) -> None:
    from brdesk.services.observations import ObservationService

    service = ObservationService(demo_store)
    record = next(o for o in service.list() if o.category == "species" and not o.sensitive)
    tricky = 'Said "snow leopard"\tthen C:\\field\\notes,\nand a second line'
    service.update(record.id, notes=tricky)
    export_observations(demo_store, tmp_path / "dwca.zip")
    with DwCAReader(str(tmp_path / "dwca.zip")) as archive:
        assert archive.core_file.file_descriptor.fields_enclosed_by == '"'
        dwc = "http://rs.tdwg.org/dwc/terms/"
        row = next(r for r in archive if r.id == f"urn:uuid:{record.uuid}")
        assert row.data[dwc + "occurrenceRemarks"] == tricky


def test_the_archives_metadata(demo_store: Store, tmp_path: Path) -> None:
    import zipfile
    from datetime import date
    from xml.etree import ElementTree

    first = export_observations(demo_store, tmp_path / "a.zip")
    second = export_observations(demo_store, tmp_path / "b.zip")
    emls = []
    for result in (first, second):
        with zipfile.ZipFile(result.path) as archive:
            emls.append(ElementTree.fromstring(archive.read("eml.xml")))
    package_ids = {eml.get("packageId") for eml in emls}
    assert len(package_ids) == 1 and None not in package_ids  # stable for the data set
    dataset = emls[0].find("dataset")
    assert dataset is not None
    assert dataset.findtext("pubDate") == date.today().isoformat()
    assert dataset.findtext("creator/individualName/givenName") == "Pema"
    assert dataset.findtext("creator/individualName/surName") == "Sherpa"
    assert "CC-BY 4.0" in ElementTree.tostring(dataset.find("intellectualRights"), "unicode")


def test_an_exact_archive_says_it_is_not_for_publication(demo_store: Store, tmp_path: Path) -> None:
    import zipfile

    result = export_observations(demo_store, tmp_path / "for-gbif.zip", exact=True)
    assert result.path.name == "for-gbif-not-for-publication.zip"
    assert not (tmp_path / "for-gbif.zip").exists()
    assert "exact locations of sensitive records" in result.note
    with zipfile.ZipFile(result.path) as archive:
        assert b"NOT FOR PUBLICATION" in archive.read("eml.xml")


def test_the_licence_is_chosen_on_the_command_line(demo_dir: Path, tmp_path: Path) -> None:
    import subprocess
    import sys
    import zipfile

    out = tmp_path / "cc0.zip"
    result = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(demo_dir), "export", "observations",
         str(out), "--licence", "CC0"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as archive:
        eml = archive.read("eml.xml").decode()
    assert "CC0 1.0" in eml and "publicdomain/zero" in eml


def test_a_csv_for_excel_in_decimal_comma_countries(demo_store: Store, tmp_path: Path) -> None:
    from brdesk.services.importer import preview_import

    out = tmp_path / "fr.csv"
    export_observations(demo_store, out, exact=True, csv_style="semicolon")
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("UUID;Date;Time;UTC offset;Category")
    assert any(";27," in line for line in lines[1:50])  # latitudes with decimal commas
    again = preview_import(demo_store, out)  # and it still comes back whole
    assert again.number_style == "comma"
    assert (again.rejected, again.already_present) == ([], 3000)


def test_measurements_as_a_sampling_event_archive(demo_store: Store, tmp_path: Path) -> None:
    """Climate, glacier, habitat and socio-economic series, left out of an occurrence
    archive, can be published as Events with extended MeasurementOrFact."""
    result = export_observations(demo_store, tmp_path / "events.zip", events=True)
    with demo_store.dbapi() as conn:
        measured = conn.execute(
            "SELECT count(*) FROM observation WHERE category != 'species'"
        ).fetchone()[0]
        temperature = conn.execute(
            "SELECT uuid, value, unit FROM observation WHERE category = 'climate' "
            "AND value IS NOT NULL ORDER BY id LIMIT 1"
        ).fetchone()
    assert result.written == measured and "species records were left out" in result.note
    dwc = "http://rs.tdwg.org/dwc/terms/"
    with DwCAReader(str(result.path)) as archive:
        assert archive.core_file.file_descriptor.type == "http://rs.tdwg.org/dwc/terms/Event"
        (extension,) = archive.extension_files
        assert extension.file_descriptor.type.endswith("ExtendedMeasurementOrFact")
        event = next(r for r in archive if r.id == f"urn:uuid:{temperature[0]}")
        (measurement,) = event.extensions
        assert float(measurement.data[dwc + "measurementValue"]) == temperature[1]
        assert measurement.data[dwc + "measurementUnit"] == (temperature[2] or "")
        assert measurement.data[dwc + "measurementRemarks"] == "Climate"
        # The metadata describes what the archive holds, not the species records.
        assert "Measurements" in archive.metadata.find("dataset/abstract/para").text


SCHEMA = Path(__file__).resolve().parent / "fixtures" / "schema" / "eml-gbif-profile-1.1"


def _gbif_profile() -> object:
    """The GBIF Metadata Profile 1.1 schema, its imports of xml.xsd served from the copy
    beside it: the test must pass with no network, and lxml must not try one."""
    from lxml import etree

    class Local(etree.Resolver):  # type: ignore[misc]
        def resolve(self, url: str, _id: object, context: object) -> object:
            if url.endswith("/xml.xsd"):
                return self.resolve_filename(str(SCHEMA / "xml.xsd"), context)
            return None

    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(Local())
    return etree.XMLSchema(etree.parse(str(SCHEMA / "eml.xsd"), parser))


@pytest.mark.parametrize(
    ("options", "name"),
    [({}, "occurrences.zip"), ({"events": True}, "events.zip"), ({"exact": True}, "exact.zip")],
)
def test_the_metadata_is_valid_against_the_gbif_profile_it_names(
    demo_store: Store, tmp_path: Path, options: dict[str, bool], name: str
) -> None:
    import zipfile

    from lxml import etree

    schema = _gbif_profile()
    result = export_observations(demo_store, tmp_path / name, **options)  # type: ignore[arg-type]
    with zipfile.ZipFile(result.path) as archive:
        eml = etree.fromstring(archive.read("eml.xml"))
    location = eml.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation")
    assert location.split()[-1] == "http://rs.gbif.org/schema/eml-gbif-profile/1.1/eml.xsd"
    valid = schema.validate(eml)  # type: ignore[attr-defined]
    assert valid, "\n".join(str(e) for e in schema.error_log)  # type: ignore[attr-defined]


def test_the_profile_check_catches_a_broken_document() -> None:
    """The schema check itself can fail: metadata without its publication date does."""
    from lxml import etree

    schema = _gbif_profile()
    broken = etree.fromstring(
        b'<eml:eml xmlns:eml="eml://ecoinformatics.org/eml-2.1.1" packageId="x" '
        b'system="http://gbif.org" scope="system"><dataset><title>t</title>'
        b"<creator><organizationName>o</organizationName></creator>"
        b"<metadataProvider><organizationName>o</organizationName></metadataProvider>"
        b"<language>en</language><abstract><para>a</para></abstract>"
        b"<contact><organizationName>o</organizationName></contact></dataset></eml:eml>"
    )
    assert not schema.validate(broken)  # type: ignore[attr-defined]
    assert "pubDate" in str(schema.error_log)  # type: ignore[attr-defined]


def test_the_event_date_carries_the_utc_offset_where_known(
    demo_store: Store, tmp_path: Path
) -> None:
    with demo_store.dbapi() as conn:
        uuid, day, clock = conn.execute(
            "SELECT uuid, observed_on, observed_time FROM observation WHERE NOT sensitive "
            "AND category = 'species' AND observed_time IS NOT NULL ORDER BY id LIMIT 1"
        ).fetchone()
    result = export_observations(demo_store, tmp_path / "dwca.zip")
    with DwCAReader(str(result.path)) as archive:
        row = next(r for r in archive if r.id == f"urn:uuid:{uuid}")
        assert row.data["http://rs.tdwg.org/dwc/terms/eventDate"] == f"{day}T{clock[:8]}+05:45"
