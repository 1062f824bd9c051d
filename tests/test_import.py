"""Importing observations: each field tool's export with no mapping, spreadsheets as people
save them, row-by-row rejections naming row, column and reason, and nothing half-done."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from brdesk.errors import BrdeskError, Cancelled
from brdesk.exchange.dates import parse_datetime
from brdesk.exchange.mapping import ColumnMapping
from brdesk.exchange.values import parse_coordinate
from brdesk.services.importer import commit_import, preview_import
from brdesk.services.observations import ObservationService
from brdesk.services.store import Store

IMPORTS = Path(__file__).resolve().parent / "fixtures" / "imports"
TODAY = date(2026, 11, 22)


def _by_subject(store: Store) -> dict[str, object]:
    return {o.subject: o for o in ObservationService(store).list()}


@pytest.mark.parametrize(
    ("name", "format_name", "source", "rows"),
    [
        ("kobo.csv", "KoBoToolbox export", "kobo", 3),
        ("odk.csv", "ODK Central export", "odk", 2),
        ("inaturalist.csv", "iNaturalist export", "inat", 2),
        ("gbif_occurrence.csv", "GBIF occurrence download", "gbif", 2),
        ("darwin_core.csv", "Darwin Core table", "dwc", 2),
    ],
)
def test_field_tool_exports_import_with_no_mapping(
    store: Store, name: str, format_name: str, source: str, rows: int
) -> None:
    preview = preview_import(store, IMPORTS / name, today=TODAY)
    assert preview.mapping.format_name == format_name
    assert preview.rejected == [], [str(r) for r in preview.rejected]
    assert preview.accepted == rows
    assert commit_import(store, preview) == rows
    records = ObservationService(store).list()
    assert len(records) == rows
    assert {r.source for r in records} == {source}
    assert all(r.category == "species" and r.latitude is not None for r in records)

    again = preview_import(store, IMPORTS / name, today=TODAY)
    assert (again.accepted, again.already_present) == (0, rows)  # no duplicates


def test_what_each_tool_export_carries_arrives(store: Store) -> None:
    for name in ("kobo.csv", "odk.csv", "inaturalist.csv", "gbif_occurrence.csv"):
        commit_import(store, preview_import(store, IMPORTS / name, today=TODAY))
    got = _by_subject(store)
    blue_sheep = got["Pseudois nayaur"]
    assert (blue_sheep.observed_on, blue_sheep.count, blue_sheep.observer) == (
        date(2025, 10, 3), 14, "Ang Dawa",
    )  # fmt: skip
    assert (blue_sheep.latitude, blue_sheep.longitude, blue_sheep.elevation_m) == (
        27.98806, 86.925, 4650,
    )  # fmt: skip
    assert blue_sheep.notes == "Herd grazing below the moraine"
    red_panda = got["Ailurus fulgens"]
    assert red_panda.coordinate_uncertainty_m == 6.5
    assert red_panda.source_id == "uuid:5f0c8d7e-0001-4a6b-9c2d-1e2f3a4b5c6d"
    assert got["Moschus chrysogaster"].notes == 'Seen at dusk, "alert" posture'
    rhodo = got["Rhododendron arboreum"]
    assert (rhodo.site, rhodo.observer, rhodo.method) == (
        "Sanjha Himal, NP", "pemasherpa", "iNaturalist",
    )  # fmt: skip
    assert got["Panthera uncia"].sensitive is True  # iNaturalist had obscured it
    (monal,) = [o for o in ObservationService(store).list() if o.source == "gbif"
                and o.subject == "Lophophorus impejanus"]  # fmt: skip
    assert (monal.elevation_m, monal.count, monal.observer) == (3900, 2, "Tashi")
    assert monal.observed_time is not None and monal.observed_time.hour == 7


def _write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


SPREADSHEET = (
    "Date;Site;Species;Number;Latitude;Longitude;Altitude;Observer;Remarks\n"
    "03/10/2025;Col du Tahr;Hemitragus jemlahicus;7;27°59'17\"N;86°55'30\"E;4 120,5;José;"
    "Près du lac\n"
    "25/10/2025;Forêt basse;Ailurus fulgens;1;27,7120;86,6410;3 120;Zoë;\n"
)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-16", "utf-8"])
def test_spreadsheet_csv_in_any_encoding_with_decimal_commas_and_dms(
    store: Store, tmp_path: Path, encoding: str
) -> None:
    path = _write(tmp_path / "field sheet.csv", SPREADSHEET, encoding)
    # No category column, but a "Species" column: a species list.
    preview = preview_import(store, path, today=TODAY)
    assert preview.rejected == []
    commit_import(store, preview)
    tahr = _by_subject(store)["Hemitragus jemlahicus"]
    assert tahr.observed_on == date(2025, 10, 3)
    assert tahr.latitude == pytest.approx(27.988056, abs=1e-6)
    assert tahr.longitude == pytest.approx(86.925, abs=1e-6)
    assert tahr.elevation_m == 4120.5
    assert (tahr.observer, tahr.notes, tahr.site) == ("José", "Près du lac", "Col du Tahr")


def test_xlsx_with_typed_cells_and_excel_serials(store: Store, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["category", "subject", "date", "time", "value", "unit", "lat", "lon"])
    sheet.append(
        ["climate", "Air temperature", datetime(2025, 1, 15), "06:30", -12.5, "°C", 27.9, 86.9]
    )
    sheet.append(["climate", "Air temperature", 45678, None, -11, "°C", 27.9, 86.9])
    sheet.append(["glacier", "Snout position", "2025-09-20", None, 14.2, "m", 27.95, 86.93])
    path = tmp_path / "station.xlsx"
    book.save(path)
    preview = preview_import(store, path, today=TODAY)
    assert preview.rejected == []
    commit_import(store, preview)
    rows = sorted(ObservationService(store).list(), key=lambda o: o.observed_on)
    assert [r.observed_on for r in rows] == [
        date(2025, 1, 15),
        date(2025, 1, 21),
        date(2025, 9, 20),
    ]
    assert rows[0].observed_time is not None and rows[0].observed_time.minute == 30
    assert [r.value for r in rows] == [-12.5, -11, 14.2]
    assert rows[2].category == "glacier"


def test_bad_rows_are_named_and_nothing_is_imported_by_default(
    store: Store, tmp_path: Path
) -> None:
    text = (
        "date,category,species,count,latitude,longitude,elevation\n"
        "2025-10-01,species,Panthera uncia,1,27.9,86.9,4600\n"
        "2025-10-02,species,Pseudois nayaur,3,95.2,86.9,4600\n"
        "2099-01-01,species,Ochotona roylei,2,27.9,86.9,4300\n"
        "2025-10-04,species,Marmota himalayana,-4,27.9,86.9,4500\n"
        "2025-10-05,species,Betula utilis,1,27.9,86.9,9500\n"
        "2025-13-45,species,Abies spectabilis,1,27.9,86.9,3500\n"
        "2025-10-06,bird,Lophophorus impejanus,1,27.9,86.9,3800\n"
        "2025-10-07,species,,1,27.9,86.9,3800\n"
    )
    path = _write(tmp_path / "errors.csv", text, "utf-8")
    preview = preview_import(store, path, today=TODAY)
    found = {(r.row, r.column): r.reason for r in preview.rejected}
    assert found == {
        (3, "latitude"): "latitude must be between -90 and 90",
        (4, "date"): "2099-01-01 is in the future",
        (5, "count"): "must be at least 0",
        (6, "elevation"): "must be at most 8849",
        (7, "date"): "'2025-13-45' is not a real date",
        # The category field's own words, as the window and packages say them.
        (8, "category"): "'bird' is not one of: species, habitat, climate, glacier, threat, "
        "socio_economic, other",
        (9, "species"): "the taxon or subject is missing",
    }
    assert "row 3, column 'latitude' value '95.2'" in str(preview.rejected[0])
    assert preview.accepted == 1

    cli = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(store.data_dir.root),
         "import", "observations", str(path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert cli.returncode == 1
    assert "errors.csv, row 3, column 'latitude' value '95.2'" in cli.stderr
    assert "Nothing was imported" in cli.stderr
    assert ObservationService(store).list() == []

    skip = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(store.data_dir.root),
         "import", "observations", str(path), "--skip-invalid"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert skip.returncode == 0, skip.stderr
    assert [o.subject for o in ObservationService(store).list()] == ["Panthera uncia"]


def test_a_cancelled_import_leaves_the_store_as_it_was(store: Store, tmp_path: Path) -> None:
    lines = ["date,category,subject,count"] + [
        f"2025-01-{1 + n % 28:02d},species,Species {n},{n}" for n in range(12_000)
    ]
    path = _write(tmp_path / "big.csv", "\n".join(lines), "utf-8")
    preview = preview_import(store, path, today=TODAY)
    assert preview.accepted == 12_000

    def stop(done: int, total: int) -> None:
        if done >= 5000:
            raise Cancelled("cancelled")

    with pytest.raises(Cancelled):
        commit_import(store, preview, progress=stop)
    assert ObservationService(store).list() == []
    if not store.on_server:  # the laptop's search index is a table of its own
        with store.dbapi() as conn:
            assert conn.execute("SELECT count(*) FROM observation_fts").fetchone()[0] == 0


def test_unreadable_and_unmappable_files_get_a_clear_message(store: Store, tmp_path: Path) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(BrdeskError, match=r"photo\.csv is not a text file"):
        preview_import(store, binary)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(BrdeskError, match=r"empty\.csv is empty"):
        preview_import(store, empty)
    strange = _write(tmp_path / "strange.csv", "a,b,c\n1,2,3\n", "utf-8")
    with pytest.raises(BrdeskError, match="cannot tell which column holds observed_on"):
        preview_import(store, strange)


def test_a_saved_mapping_is_reused(store: Store, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "odd.csv", "when;what;how many\n2025-05-01;Bos grunniens;12\n", "utf-8"
    )
    mapping = ColumnMapping(
        "Yak census", "yak-census", {"observed_on": "when", "subject": "what", "count": "how many"},
        defaults={"category": "socio_economic"},
    )  # fmt: skip
    saved = tmp_path / "yak.json"
    saved.write_text(mapping.to_json(), encoding="utf-8")
    cli = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(store.data_dir.root), "import",
         "observations", str(path), "--mapping", str(saved)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    (yak,) = ObservationService(store).list()
    assert (yak.subject, yak.count, yak.category, yak.source) == (
        "Bos grunniens", 12, "socio_economic", "yak-census",
    )  # fmt: skip
    bad = tmp_path / "bad.json"
    bad.write_text('{"fields": {"altitude": "x"}}')
    with pytest.raises(BrdeskError, match="'altitude' is not an observation field"):
        ColumnMapping.load(bad)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27.98806", 27.98806),
        ("27,98806", 27.98806),
        ("27°59'17\"N", 27.988056),
        ("27° 59' 17.0\" S", -27.988056),
        ("N 27 59 17", 27.988056),
        ("27°59.2833'N", 27.988055),
        ("-27 59 17", -27.988056),
    ],
)
def test_coordinates_as_people_write_them(text: str, expected: float) -> None:
    assert parse_coordinate(text, "lat") == pytest.approx(expected, abs=1e-5)


@pytest.mark.parametrize("text", ["86°55'30\"N", "91", "27°75'00\"N", "somewhere"])
def test_impossible_coordinates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_coordinate(text, "lat" if "N" not in text else "lon")


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        ("2025-10-03", "dmy", date(2025, 10, 3)),
        ("2025-10-03T08:15:00+05:45", "dmy", date(2025, 10, 3)),
        ("2025-10-01/2025-10-05", "dmy", date(2025, 10, 1)),
        ("03/10/2025", "dmy", date(2025, 10, 3)),
        ("10/03/2025", "mdy", date(2025, 10, 3)),
        ("3.10.25", "dmy", date(2025, 10, 3)),
        ("2025/10/03", "dmy", date(2025, 10, 3)),
        (45933, "dmy", date(2025, 10, 3)),  # an Excel number cell
    ],
)
def test_dates_as_people_write_them(value: object, order: str, expected: date) -> None:
    assert parse_datetime(value, order)[0] == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("45933", "not a date"),  # digits in a text cell are not an Excel day number
        ("2024", "a year alone"),
        (2024, "a year alone"),  # nor is a year typed in a number cell
        ("1/2/3", "not a date"),  # year 3?
        ("31/02/2025", "not a real date"),
    ],
)
def test_what_is_not_a_date_is_refused(value: object, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_datetime(value)
