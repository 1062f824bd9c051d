"""Every value is stored as read, converted by a rule the preview states, or its row is
refused naming the row, column and value: never a silent guess. Files in
tests/fixtures/imports/wild are written the way Excel in another locale, Google Sheets and
people write them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from brdesk.exchange.mapping import ColumnMapping
from brdesk.exchange.values import parse_bool, parse_number
from brdesk.services.importer import commit_import, preview_import
from brdesk.services.observations import ObservationService
from brdesk.services.store import Store

WILD = Path(__file__).resolve().parent / "fixtures" / "imports" / "wild"
TODAY = date(2026, 11, 22)


def _mapping(**fields: str) -> ColumnMapping:
    return ColumnMapping("Custom mapping", "file", fields=dict(fields))


def test_french_excel_decimal_commas_and_no_break_space_thousands(store: Store) -> None:
    mapping = _mapping(
        observed_on="Date", category="Catégorie", subject="Espèce", count="Effectif",
        value="Valeur", elevation_m="Altitude", latitude="Latitude", longitude="Longitude",
        sensitive="Sensible", notes="Remarques",
    )  # fmt: skip
    preview = preview_import(store, WILD / "excel-fr-semicolon.csv", mapping, today=TODAY)
    assert preview.rejected == [], [str(r) for r in preview.rejected]
    assert preview.number_style == "comma"
    assert "decimal comma" in preview.number_rule()  # the rule, said in the preview
    commit_import(store, preview)
    got = {o.subject: o for o in ObservationService(store).list()}
    sheep = got["Pseudois nayaur"]
    assert (sheep.count, sheep.elevation_m, sheep.latitude) == (1200, 4650, 27.98806)
    assert not sheep.sensitive
    leopard = got["Panthera uncia"]
    assert leopard.elevation_m == 4720.5 and leopard.sensitive  # "oui"
    assert got["Température de l'air"].value == -3.5
    assert sheep.notes == "Troupeau sous la moraine"  # cp1252 read as cp1252


def test_grouped_thousands_in_a_decimal_point_file(store: Store) -> None:
    mapping = _mapping(
        observed_on="date", category="category", subject="species", count="count",
        value="value", elevation_m="elevation", latitude="latitude", longitude="longitude",
        sensitive="sensitive",
    )  # fmt: skip
    preview = preview_import(store, WILD / "sheets-en-grouped.csv", mapping, today=TODAY)
    assert preview.rejected == [], [str(r) for r in preview.rejected]
    assert preview.number_style == "point"
    commit_import(store, preview)
    yak = next(o for o in ObservationService(store).list() if o.subject == "Bos grunniens")
    assert (yak.count, yak.elevation_m) == (1000, 4500.5)  # not 1 and 4.5


def test_a_number_that_could_be_read_two_ways_is_refused(store: Store) -> None:
    mapping = _mapping(
        observed_on="date", category="category", subject="species", count="count",
        elevation_m="elevation",
    )  # fmt: skip
    preview = preview_import(store, WILD / "ambiguous-thousands.csv", mapping, today=TODAY)
    assert preview.number_style is None
    (refused,) = preview.rejected
    assert (refused.row, refused.column, refused.value) == (2, "count", "1,000")
    assert "two ways" in refused.reason
    assert preview.accepted == 1


def test_values_once_changed_without_a_word_are_refused_by_row(store: Store) -> None:
    mapping = _mapping(
        observed_on="date", category="category", subject="species", count="count",
        latitude="latitude", longitude="longitude", site="site", sensitive="sensitive",
    )  # fmt: skip
    preview = preview_import(store, WILD / "silent-changes.csv", mapping, today=TODAY)
    refused = {r.row: r for r in preview.rejected}
    assert (refused[2].column, refused[2].value) == ("date", "2024")
    assert "a year alone" in refused[2].reason
    assert (refused[3].column, refused[3].value) == ("date", "1/2/3")
    assert refused[4].column == "latitude" and "hemisphere twice" in refused[4].reason
    assert refused[5].column == "latitude" and "decimals" in refused[5].reason
    assert refused[6].column == "site" and "201 characters" in refused[6].reason
    assert refused[7].column == "count" and "at most" in refused[7].reason
    assert (refused[8].column, refused[8].value) == ("sensitive", "peut-être")
    assert sorted(refused) == [2, 3, 4, 5, 6, 7, 8]
    assert preview.accepted == 1  # row 9: "да" is yes
    assert commit_import(store, preview) == 1
    assert ObservationService(store).list()[0].sensitive


@pytest.mark.parametrize(
    ("text", "style", "expected"),
    [
        ("1 234,5", None, 1234.5),
        ("1,234.5", None, 1234.5),
        ("1.234,5", None, 1234.5),
        ("0,500", None, 0.5),
        ("1,000", "point", 1000.0),
        ("1,000", "comma", 1.0),
        ("4.500", "comma", 4500.0),
        ("4.500", "point", 4.5),
        ("1'234.5", None, 1234.5),
    ],
)
def test_numbers_by_the_files_convention(text: str, style: str | None, expected: float) -> None:
    assert parse_number(text, style) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["1,000", "4.500", "12k", "1,2,3", "2,5e"])
def test_numbers_that_cannot_be_told_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(
    ("word", "meaning"),
    [("oui", True), ("non", False), ("sí", True), ("是", True), ("否", False), ("да", True),
     ("нет", False), ("Yes", True), ("FALSE", False), ("evet", True), ("ndiyo", True)],
)  # fmt: skip
def test_yes_and_no_in_the_participants_languages(word: str, meaning: bool) -> None:
    assert parse_bool(word) is meaning


def test_a_word_that_is_not_yes_or_no_is_refused() -> None:
    with pytest.raises(ValueError, match="not yes or no"):
        parse_bool("maybe")


# --- encodings and structure -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding", "first_subject", "site"),
    [
        ("excel-zh-gb18030.csv", "gb18030", "雪豹", "珠峰保护区大本营"),
        ("excel-ru-cp1251.csv", "cp1251", "Снежный барс", "Сары-Челек"),
        ("excel-ja-shiftjis.csv", "cp932", "ニホンカモシカ", "白山"),
        ("excel-fr-semicolon.csv", "cp1252", "Pseudois nayaur", None),
    ],
)
def test_spreadsheets_saved_in_a_windows_code_page(
    name: str, encoding: str, first_subject: str, site: str | None
) -> None:
    from brdesk.exchange.readers import read_table

    table = read_table(WILD / name)
    assert table.encoding == encoding  # detected, and stated in the preview
    subject_column = 2
    assert next(iter(table.rows()))[1][subject_column] == first_subject
    if site is not None:
        assert next(iter(table.rows()))[1][4] == site


def test_the_encoding_can_be_named_and_is_then_used(tmp_path: Path) -> None:
    from brdesk.errors import BrdeskError
    from brdesk.exchange.readers import read_table

    table = read_table(WILD / "excel-ru-cp1251.csv", "koi8-r")  # the user's choice wins
    assert table.encoding == "koi8-r" and next(iter(table.rows()))[1][2] != "Снежный барс"
    with pytest.raises(BrdeskError, match=r"line 1: byte 0x.. cannot be read as utf-8"):
        read_table(WILD / "excel-ru-cp1251.csv", "utf-8")


def test_utf8_with_one_bad_byte_is_refused_naming_the_line() -> None:
    from brdesk.errors import BrdeskError
    from brdesk.exchange.readers import read_table

    with pytest.raises(BrdeskError, match=r"line 28: byte 0xE9 is not UTF-8") as refused:
        read_table(WILD / "kobo-utf8-bad-byte.csv")
    assert "Nothing was imported" in str(refused.value)


def test_an_unclosed_quote_is_refused_naming_the_row_where_it_opens() -> None:
    from brdesk.errors import BrdeskError
    from brdesk.exchange.readers import read_table

    table = read_table(WILD / "notes-unbalanced-quote.csv")  # the header reads fine
    with pytest.raises(BrdeskError, match=r"row 3: a quote .* opens here") as refused:
        list(table.rows())
    assert "not closed until line 6" in str(refused.value)


def test_a_note_over_several_lines_is_not_a_runaway_quote(tmp_path: Path) -> None:
    from brdesk.exchange.readers import read_table

    notes = tmp_path / "notes.csv"
    notes.write_text(
        'date,category,species,count,notes\n2025-10-01,species,Panthera uncia,1,"Seen at '
        'dusk.\nPugmarks by the stream.\nScat collected, bagged, labelled."\n'
        "2025-10-02,species,Bos grunniens,3,ok\n",
        encoding="utf-8",
    )
    table = read_table(notes)
    assert [row for row, _ in table.rows()] == [2, 5]
    assert next(iter(table.rows()))[1][4].count("\n") == 2


def test_the_command_line_names_the_encoding(tmp_path: Path) -> None:
    import subprocess
    import sys

    mapping = tmp_path / "map.json"
    russian = _mapping(
        observed_on="Дата", category="Категория", subject="Вид", count="Количество", site="Место"
    )
    mapping.write_text(russian.to_json(), encoding="utf-8")
    args = [sys.executable, "-m", "brdesk", "--data-dir", str(tmp_path / "d"), "import",
            "observations", str(WILD / "excel-ru-cp1251.csv"), "--mapping", str(mapping),
            "--dry-run"]  # fmt: skip
    result = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "text read as cp1251" in result.stdout
    assert "3 to import" in result.stdout


# --- provenance, precision and time of day -----------------------------------------------

IMPORTS = WILD.parent


def test_an_obscured_inaturalist_record_is_only_as_precise_as_published(store: Store) -> None:
    preview = preview_import(store, WILD / "inaturalist-obscured.csv", today=TODAY)
    assert preview.rejected == []
    commit_import(store, preview)
    (leopard,) = ObservationService(store).list()
    # positional_accuracy says 8 m; the coordinates shown are obscured to ~28 km.
    assert leopard.coordinate_uncertainty_m == 28089
    assert leopard.sensitive
    assert str(leopard.observed_time) == "06:41:07"  # the local clock time written


def test_time_of_day_is_kept_from_each_tool(store: Store) -> None:
    for name in ("kobo.csv", "odk.csv", "gbif_occurrence.csv", "inaturalist.csv"):
        commit_import(store, preview_import(store, IMPORTS / name, today=TODAY))
    got = {o.subject: o for o in ObservationService(store).list()}
    assert str(got["Pseudois nayaur"].observed_time) == "07:58:12"  # KoBo: the form's start
    assert str(got["Ailurus fulgens"].observed_time) == "15:40:01"  # ODK: the same
    assert str(got["Lophophorus impejanus"].observed_time) == "07:30:00"  # GBIF eventDate
    assert str(got["Rhododendron arboreum"].observed_time) == "09:14:00"  # iNaturalist
    assert got["Panthera uncia"].observed_time is None  # no time recorded: none invented


def test_the_utc_offset_is_kept_where_the_source_states_it(store: Store) -> None:
    for name in ("kobo.csv", "odk.csv", "gbif_occurrence.csv", "inaturalist.csv"):
        commit_import(store, preview_import(store, IMPORTS / name, today=TODAY))
    got = {o.subject: o for o in ObservationService(store).list()}
    assert got["Pseudois nayaur"].utc_offset == "+05:45"  # KoBo start: ...07:58:12.000+05:45
    assert got["Ailurus fulgens"].utc_offset == "+05:45"  # ODK start, the same
    assert got["Rhododendron arboreum"].utc_offset == "+05:45"  # iNaturalist: 09:14:00 +0545
    assert got["Lophophorus impejanus"].utc_offset is None  # GBIF eventDate states none
    assert got["Panthera uncia"].utc_offset is None  # no time at all


def test_a_gps_time_is_utc_and_says_so(store: Store) -> None:
    from brdesk.exchange.mapping import recognise
    from brdesk.exchange.readers import read_table

    mapping = recognise(read_table(WILD / "garmin-etrex.gpx").headers)
    mapping.defaults["category"] = "species"
    commit_import(store, preview_import(store, WILD / "garmin-etrex.gpx", mapping, today=TODAY))
    scat = next(o for o in ObservationService(store).list() if o.subject == "Snow leopard scat")
    assert (str(scat.observed_time), scat.utc_offset) == ("02:13:12", "+00:00")


def test_offsets_no_place_uses_and_contradictions_are_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "offsets.csv"
    path.write_text(
        "date,time,utc offset,category,species\n"
        "2025-10-01,08:15+25:00,,species,Panthera uncia\n"
        "2025-10-02,2025-10-02T08:15:00+05:45,+06:00,species,Panthera uncia\n"
        "2025-10-03,08:15,+0545,species,Panthera uncia\n"
        "2025-10-04,08:15,Kathmandu,species,Panthera uncia\n",
        encoding="utf-8",
    )
    preview = preview_import(store, path, today=TODAY)
    refused = {r.row: r for r in preview.rejected}
    assert set(refused) == {2, 3, 5}
    assert refused[2].column == "time" and "not a UTC offset any place uses" in refused[2].reason
    assert refused[3].column == "utc offset" and "says +05:45" in refused[3].reason
    assert refused[5].value == "Kathmandu" and "+05:45 or -03:00" in refused[5].reason
    assert preview.sample(1)[0]["utc_offset"] == "+05:45"  # row 4: from its own column


def test_records_keep_their_original_identifier_for_gbif(store: Store) -> None:
    from brdesk.services.observation_export import occurrence_id

    for name in ("kobo.csv", "odk.csv", "inaturalist.csv", "darwin_core.csv"):
        commit_import(store, preview_import(store, IMPORTS / name, today=TODAY))
    ids = {}
    for o in ObservationService(store).list():
        record = {"source": o.source, "source_id": o.source_id, "uuid": o.uuid}
        ids[(o.source, o.subject)] = occurrence_id(record)
    assert ids[("inat", "Rhododendron arboreum")] == (
        "https://www.inaturalist.org/observations/198765432"
    )
    assert ids[("kobo", "Pseudois nayaur")] == "urn:uuid:9b1f3a52-1c7e-4d1a-8d7b-0a4c2f6e9a01"
    assert ids[("odk", "Ailurus fulgens")] == "urn:uuid:5f0c8d7e-0001-4a6b-9c2d-1e2f3a4b5c6d"
    assert ids[("dwc", "Panthera uncia")] == "urn:catalog:SH:cam:0001"  # the publisher's


def test_the_darwin_core_archive_carries_the_original_identifiers(
    store: Store, tmp_path: Path
) -> None:
    import zipfile

    from brdesk.services.observation_export import export_observations

    commit_import(store, preview_import(store, IMPORTS / "inaturalist.csv", today=TODAY))
    out = tmp_path / "dwca.zip"
    export_observations(store, out)
    with zipfile.ZipFile(out) as archive:
        occurrences = archive.read("occurrence.txt").decode("utf-8")
    assert "https://www.inaturalist.org/observations/198765432" in occurrences


def test_kobo_other_answers_and_geolocation(store: Store) -> None:
    preview = preview_import(store, WILD / "kobo-other-geolocation.csv", today=TODAY)
    assert preview.mapping.format_name == "KoBoToolbox export"
    (refused,) = preview.rejected  # "other" with nothing specified: never the taxon "other"
    assert (refused.row, refused.column, refused.value) == (4, "observation/species", "other")
    assert "does not say what" in refused.reason
    commit_import(store, preview)
    got = {o.subject: o for o in ObservationService(store).list()}
    assert set(got) == {"Pseudois nayaur", "Ochotona roylei"}  # the specified text
    pika = got["Ochotona roylei"]
    assert (pika.latitude, pika.longitude) == (27.9901, 86.9302)  # from "[lat, lon]"
    assert str(pika.observed_time) == "06:10:00"


# --- GPS units and mapping apps ----------------------------------------------------------


def test_a_garmin_gpx_waypoints_and_track_points(store: Store) -> None:
    from brdesk.exchange.mapping import recognise
    from brdesk.exchange.readers import read_table

    table = read_table(WILD / "garmin-etrex.gpx")
    mapping = recognise(table.headers)
    assert mapping.format_name == "GPS waypoints and tracks (times in UTC)"
    mapping.defaults["category"] = "species"  # what the user picks: the file cannot say
    preview = preview_import(store, WILD / "garmin-etrex.gpx", mapping, today=TODAY)
    refused = {r.row: r for r in preview.rejected}
    # The track point has no name: refused as having no subject, not invented.
    assert list(refused) == [3] and "subject is missing" in refused[3].reason
    commit_import(store, preview)
    got = {o.subject: o for o in ObservationService(store).list()}
    scat = got["Snow leopard scat"]
    assert (scat.latitude, scat.longitude, scat.elevation_m) == (27.98806, 86.925, 4650.12)
    assert str(scat.observed_on) == "2025-10-03" and str(scat.observed_time) == "02:13:12"
    assert scat.notes == "fresh, by the cairn"
    again = preview_import(store, WILD / "garmin-etrex.gpx", mapping, today=TODAY)
    assert again.already_present == 2  # the same file twice adds nothing


@pytest.mark.parametrize("name", ["google-earth.kml", "google-earth.kmz"])
def test_google_earth_placemarks(store: Store, name: str) -> None:
    from brdesk.exchange.mapping import recognise
    from brdesk.exchange.readers import read_table

    mapping = recognise(read_table(WILD / name).headers)
    mapping.defaults["category"] = "species"
    preview = preview_import(store, WILD / name, mapping, today=TODAY)
    assert preview.rejected == [] and preview.accepted == 1  # the trail line is no sighting
    commit_import(store, preview)
    (monal,) = ObservationService(store).list()
    # KML writes longitude first.
    assert (monal.latitude, monal.longitude, monal.elevation_m) == (27.9012, 86.8123, 3850)
    assert str(monal.observed_time) == "06:15:00"


# --- archives ----------------------------------------------------------------------------


def test_a_gbif_darwin_core_archive_download(store: Store) -> None:
    preview = preview_import(store, WILD / "gbif-download-dwca.zip", today=TODAY)
    assert preview.mapping.format_name == "GBIF occurrence download"  # read through meta.xml
    assert preview.rejected == [] and preview.accepted == 2
    assert preview.member == "occurrence.txt"
    assert "verbatim.txt" in preview.archive_note() and "multimedia.txt" in preview.left_out
    commit_import(store, preview)
    got = {o.subject: o for o in ObservationService(store).list()}
    monal = got["Lophophorus impejanus"]
    assert (monal.count, monal.latitude, str(monal.observed_time)) == (2, 27.8123, "07:30:00")
    # Kingdom and rank as GBIF wrote them; the publisher's occurrenceID is the record's key.
    assert (monal.kingdom, monal.taxon_rank) == ("Animalia", "SPECIES")
    assert got["Rhododendron campanulatum"].kingdom == "Plantae"
    assert monal.source_id == "https://www.inaturalist.org/observations/111"


def test_a_gbif_record_is_republished_under_its_publishers_identifier(
    store: Store, tmp_path: Path
) -> None:
    """Sent back to GBIF, a downloaded record keeps the occurrenceID its publisher gave
    it (GBIF then sees the same record, not a new one), and its kingdom and rank."""
    import zipfile

    from brdesk.services.observation_export import export_observations

    commit_import(store, preview_import(store, IMPORTS / "gbif_occurrence.csv", today=TODAY))
    result = export_observations(store, tmp_path / "again.zip")
    with zipfile.ZipFile(result.path) as archive:
        text = archive.read("occurrence.txt").decode()
    header, *rows = [line.split("\t") for line in text.splitlines()]
    records = [dict(zip(header, row, strict=True)) for row in rows]
    monal = next(r for r in records if r["scientificName"] == "Lophophorus impejanus")
    assert monal["occurrenceID"] == "https://www.inaturalist.org/observations/111"
    assert (monal["kingdom"], monal["taxonRank"]) == ("Animalia", "SPECIES")


def test_a_gbif_row_without_occurrence_id_is_known_by_its_gbif_key(
    store: Store, tmp_path: Path
) -> None:
    from brdesk.services.observation_export import occurrence_id

    source = (IMPORTS / "gbif_occurrence.csv").read_text(encoding="utf-8").splitlines()
    header = source[0].split("\t")
    at = header.index("occurrenceID")
    rows = []
    for line in source[1:]:
        cells = line.split("\t")
        cells[at] = ""
        rows.append("\t".join(cells))
    bare = tmp_path / "no-occurrence-ids.csv"
    bare.write_text("\n".join([source[0], *rows]) + "\n", encoding="utf-8")
    commit_import(store, preview_import(store, bare, today=TODAY))
    (first, *_) = sorted(ObservationService(store).list(), key=lambda o: o.source_id or "")
    assert first.source_id == "gbifID:4012345678"
    # GBIF's own number is no publisher's identifier: exported under brdesk's UUID.
    record = {"source": first.source, "source_id": first.source_id, "uuid": first.uuid}
    assert occurrence_id(record) == f"urn:uuid:{first.uuid}"


def test_an_odk_central_zip_reads_its_main_table(store: Store) -> None:
    preview = preview_import(store, WILD / "odk-central.csv.zip", today=TODAY)
    assert preview.mapping.format_name == "ODK Central export"
    assert preview.member == "wildlife_survey.csv"
    assert set(preview.left_out) == {"wildlife_survey-birds.csv", "media/1696069812345.jpg"}
    assert "not imported: wildlife_survey-birds.csv" in preview.archive_note()
    assert preview.rejected == [] and preview.accepted == 2


def test_brdesks_own_darwin_core_archive_comes_back(demo_store: Store, tmp_path: Path) -> None:
    from brdesk.services.observation_export import export_observations

    result = export_observations(demo_store, tmp_path / "dwca.zip")
    other = Store.open(tmp_path / "other")
    try:
        preview = preview_import(other, result.path)
        assert preview.mapping.format_name == "Darwin Core table"
        assert preview.rejected == [], [str(r) for r in preview.rejected[:3]]
        assert preview.accepted == result.written
    finally:
        other.close()


def test_an_archive_with_several_tables_and_no_meta_is_refused(
    store: Store, tmp_path: Path
) -> None:
    import zipfile

    from brdesk.errors import BrdeskError

    both = tmp_path / "both.zip"
    with zipfile.ZipFile(both, "w") as z:
        z.writestr("a.csv", "date,species\n2025-01-01,x\n")
        z.writestr("b.csv", "date,species\n2025-01-02,y\n")
    with pytest.raises(BrdeskError, match=r"both.zip holds several tables \(a.csv, b.csv\)"):
        preview_import(store, both)


def test_utm_positions_are_converted_by_a_stated_rule(store: Store) -> None:
    preview = preview_import(store, WILD / "survey-sheet-utm.csv", today=TODAY)
    mapping = preview.mapping
    assert (mapping.fields["utm_easting"], mapping.fields["utm_zone"]) == ("Easting", "UTM zone")
    refused = {r.row: r for r in preview.rejected}
    assert "could be band S" in refused[4].reason and refused[4].value == "45S"
    assert "needs its zone" in refused[5].reason
    assert preview.accepted == 2
    assert any(rule.startswith("UTM positions converted") for rule in preview.rules())
    commit_import(store, preview)
    got = {o.subject: o for o in ObservationService(store).list()}
    sheep = got["Pseudois nayaur"]
    assert sheep.latitude == pytest.approx(27.98806, abs=1e-5)
    assert sheep.longitude == pytest.approx(86.925, abs=1e-5)


def test_a_file_without_a_zone_column_takes_the_zone_from_its_mapping(
    store: Store, tmp_path: Path
) -> None:
    sheet = tmp_path / "no-zone.csv"
    sheet.write_text("Date,Species,Easting,Northing\n2025-10-03,Ochotona roylei,492625,"
                     "3095882\n", encoding="utf-8")  # fmt: skip
    without = preview_import(store, sheet, today=TODAY)
    (refused,) = without.rejected  # never a position without a word
    assert "needs its zone" in refused.reason
    mapping = without.mapping
    mapping.defaults["utm_zone"] = "45R"
    preview = preview_import(store, sheet, mapping, today=TODAY)
    assert preview.rejected == [] and preview.accepted == 1


def test_odk_photos_in_the_archive_are_attached_to_their_observations(store: Store) -> None:
    from brdesk.services.attachments import AttachmentService

    archive = WILD / "odk-central-photos.csv.zip"
    preview = preview_import(store, archive, today=TODAY)
    assert preview.rejected == [] and (preview.accepted, preview.photos) == (2, 1)
    assert "1 photo from the archive's media folder attached" in "; ".join(preview.rules())
    assert "media/1696069812345.jpg" not in preview.left_out  # it is imported, not left out
    assert commit_import(store, preview) == 2
    panda = next(o for o in ObservationService(store).list() if o.subject == "Ailurus fulgens")
    (photo,) = AttachmentService(store).list_for(observation_id=panda.id)
    assert photo.original_name == "1696069812345.jpg" and photo.media_type == "image/jpeg"
    import zipfile

    with zipfile.ZipFile(archive) as opened:
        sent = opened.read("media/1696069812345.jpg")
    assert AttachmentService(store).path_of(photo).read_bytes() == sent
    assert photo.size_bytes == len(sent)
    again = preview_import(store, archive, today=TODAY)
    assert (again.accepted, again.photos, again.already_present) == (0, 0, 2)


def test_a_cancelled_import_leaves_no_photo_behind(store: Store) -> None:
    from brdesk.errors import Cancelled

    preview = preview_import(store, WILD / "odk-central-photos.csv.zip", today=TODAY)

    def cancel(_done: int, _total: int) -> None:
        raise Cancelled("cancelled")

    with pytest.raises(Cancelled):
        commit_import(store, preview, progress=cancel)
    folder = store.data_dir.attachments
    assert not folder.exists() or list(folder.iterdir()) == []
    assert store.counts()["observations"] == 0


def test_a_failing_commit_takes_its_photos_back(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The photos are written before the COMMIT: if it fails, they go again."""
    import sqlite3

    import brdesk.services.import_media as media

    preview = preview_import(store, WILD / "odk-central-photos.csv.zip", today=TODAY)
    real = media._attach

    def attach_then_fail(*args: object, **kwargs: object) -> None:
        real(*args, **kwargs)  # type: ignore[arg-type]
        target = args[-1]
        assert isinstance(target, Path) and target.exists()  # written, then the disk fails
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(media, "_attach", attach_then_fail)
    with pytest.raises(Exception, match="disk I/O error"):
        commit_import(store, preview)
    assert list(store.data_dir.attachments.iterdir()) == []
    assert store.counts()["observations"] == 0


# --- choice names and the form's labels ---------------------------------------------------


def test_kobo_choice_names_import_as_the_forms_labels(store: Store) -> None:
    from brdesk.exchange.mapping import recognise
    from brdesk.exchange.readers import read_table
    from brdesk.exchange.xlsform import read_form_choices

    data = WILD / "kobo-xml-values.csv"
    bare = preview_import(store, data, today=TODAY)
    assert bare.sample(1)[0]["subject"] == "pseudois_nayaur"  # as written, without the form
    assert any("'pseudois_nayaur' look like a form's choice names" in r for r in bare.rules())
    bare.discard()
    plain = preview_import(store, IMPORTS / "kobo.csv", today=TODAY)  # labels: no such note
    assert not any("choice names" in r for r in plain.rules())
    plain.discard()

    mapping = recognise(read_table(data).headers)
    mapping.choice_labels = read_form_choices(WILD / "kobo-form.xlsx")
    mapping.choice_form = "kobo-form.xlsx"
    preview = preview_import(store, data, mapping, today=TODAY)
    assert "choice names read as their labels in kobo-form.xlsx" in preview.rules()
    assert [s["subject"] for s in preview.sample(2)] == [
        "Blue sheep (Pseudois nayaur)",  # the first label column: English
        "Snow leopard (Panthera uncia)",
    ]
    (refused,) = preview.rejected
    assert (refused.row, refused.column, refused.value) == (4, "observation/species", "yeti")
    assert "not a choice of this question in the form" in refused.reason


def test_a_select_multiple_answer_becomes_its_labels() -> None:
    from brdesk.exchange.xlsform import read_form_choices

    choices = read_form_choices(WILD / "kobo-form.xlsx")
    assert set(choices) == {"species", "sign"}
    assert choices["sign"]["pugmarks"] == "Pugmarks"
    from brdesk.services.import_rows import _labelled

    assert _labelled("observation/sign", "scat pugmarks", choices["sign"]) == "Scat, Pugmarks"
    assert _labelled("observation/sign", "Scat", choices["sign"]) == "Scat"  # a label already


def test_a_workbook_that_is_not_a_form_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from brdesk.errors import BrdeskError
    from brdesk.exchange.xlsform import read_form_choices

    book = Workbook()
    book.active.append(["date", "species"])  # type: ignore[union-attr]
    book.save(tmp_path / "data.xlsx")
    with pytest.raises(BrdeskError, match="is not an XLSForm: it needs a 'survey' and a 'choices'"):
        read_form_choices(tmp_path / "data.xlsx")


def test_the_command_line_reads_the_form(tmp_path: Path) -> None:
    import subprocess
    import sys

    data_dir = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(data_dir), "import", "observations",
         str(WILD / "kobo-xml-values.csv"), "--form", str(WILD / "kobo-form.xlsx"),
         "--skip-invalid"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "choice names read as their labels in kobo-form.xlsx" in result.stdout
    assert "row 4, column 'observation/species' value 'yeti'" in result.stderr
    assert "Imported 2 observations" in result.stdout


def test_a_program_in_an_odk_archive_named_as_a_photo_is_refused(
    store: Store, tmp_path: Path
) -> None:
    """The real ODK Central export, with its photo swapped for a Linux program: the import
    is refused naming the member, and nothing is written."""
    import zipfile

    from brdesk.errors import BrdeskError

    forged = tmp_path / "odk-central-photos.csv.zip"
    with (
        zipfile.ZipFile(WILD / "odk-central-photos.csv.zip") as real,
        zipfile.ZipFile(forged, "w") as out,
    ):
        for info in real.infolist():
            data = real.read(info)
            if info.filename == "media/1696069812345.jpg":
                data = b"\x7fELF\x02\x01\x01" + b"\x00" * 200
            out.writestr(info, data)
    preview = preview_import(store, forged, today=TODAY)
    with pytest.raises(BrdeskError, match=r"media/1696069812345\.jpg: .*Linux program"):
        commit_import(store, preview)
    assert ObservationService(store).list() == []
    folder = store.data_dir.attachments
    assert not folder.exists() or not any(folder.iterdir())
