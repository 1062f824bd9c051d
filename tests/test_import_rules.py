"""An import checks values by the observation's own field declarations, the ones the window
and packages check by: change a declaration and the import follows it; a value the window
refuses is refused in a file, named by its row, column and value."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from brdesk.errors import ValidationError
from brdesk.services.fields import Field
from brdesk.services.importer import commit_import, preview_import
from brdesk.services.observations import ObservationService
from brdesk.services.store import Store

TODAY = date(2026, 11, 22)
HEADER = "date,category,species,count,elevation,site,notes,zone\n"


def _csv(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "rows.csv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def _declared(monkeypatch: pytest.MonkeyPatch, name: str, **changes: object) -> Field:
    """Change one of the observation's field declarations for this test."""
    changed = dataclasses.replace(ObservationService.field(name), **changes)  # type: ignore[arg-type]
    fields = tuple(changed if f.name == name else f for f in ObservationService.fields)
    monkeypatch.setattr(ObservationService, "fields", fields)
    return changed


def test_the_import_follows_the_field_declarations(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _csv(
        tmp_path,
        "2025-10-01,species,Panthera uncia,1,4600,Gokyo,,core",
        "2025-10-02,species,Pseudois nayaur,3,5200,Gokyo,,core",
    )
    assert preview_import(store, path, today=TODAY).accepted == 2

    _declared(monkeypatch, "elevation_m", maximum=5000)
    preview = preview_import(store, path, today=TODAY)
    assert preview.accepted == 1
    (refused,) = preview.rejected
    assert (refused.row, refused.column, refused.value) == (3, "elevation", "5200")
    assert refused.reason == "must be at most 5000"


def test_text_longer_than_its_field_is_refused_at_its_limit(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit = ObservationService.field("site").max_length
    assert limit is not None
    path = _csv(
        tmp_path,
        f"2025-10-01,species,Panthera uncia,1,4600,{'s' * limit},,",
        f"2025-10-02,species,Pseudois nayaur,1,4600,{'s' * (limit + 1)},,",
    )
    preview = preview_import(store, path, today=TODAY)
    assert preview.accepted == 1
    (refused,) = preview.rejected
    assert (refused.row, refused.column) == (3, "site")
    assert refused.reason == f"is too long ({limit + 1} characters; at most {limit})"


def test_what_the_window_refuses_a_file_cannot_bring_in(store: Store, tmp_path: Path) -> None:
    """A control character, a negative count, an unknown zone: each refused with the words
    the window uses, the rest of the file imported."""
    service = ObservationService(store)
    base = {"observed_on": "2025-10-01", "category": "species", "subject": "Panthera uncia"}
    rows = {
        "notes": ("notes", "a\x07bell"),
        "count": ("count", "-2"),
        "zone": ("zone", "marsh"),
    }
    path = _csv(
        tmp_path,
        "2025-10-01,species,Panthera uncia,1,4600,Gokyo,a\x07bell,core",
        "2025-10-02,species,Pseudois nayaur,-2,4600,Gokyo,,core",
        "2025-10-03,species,Ochotona roylei,1,4600,Gokyo,,marsh",
        "2025-10-04,species,Marmota himalayana,1,4600,Gokyo,,Buffer zone",
    )
    preview = preview_import(store, path, today=TODAY)
    reasons = {r.column: r.reason for r in preview.rejected}
    for column, (name, value) in rows.items():
        with pytest.raises(ValidationError) as said:
            service.create(**base, **{name: value})
        assert reasons[column] == said.value.rule, column
    assert preview.accepted == 1
    assert commit_import(store, preview) == 1
    (kept,) = service.list()
    assert (kept.subject, kept.zone) == ("Marmota himalayana", "buffer")


def test_a_row_missing_a_required_field_names_the_field(store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path, ",species,Panthera uncia,1,,,,", "2025-10-01,,Panthera uncia,1,,,,")
    preview = preview_import(store, path, today=TODAY)
    assert [(r.row, r.column, r.reason) for r in preview.rejected] == [
        (2, "date", "the date is missing"),
        (3, "category", "the category is missing"),
    ]
