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
