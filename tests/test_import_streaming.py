"""Imports read files as streams and stage their rows on disk: what a preview keeps in
memory is bounded whatever the file's length, its scratch file goes when it is done with,
encodings are told from the whole file (not its first megabyte), and hostile workbooks are
refused before they are read."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest

import brdesk.exchange.readers as readers
from brdesk.errors import BrdeskError, Cancelled
from brdesk.exchange.readers import read_table
from brdesk.services import import_staging
from brdesk.services.importer import REJECTIONS_KEPT, SAMPLE_KEPT, commit_import, preview_import
from brdesk.services.observations import ObservationService
from brdesk.services.store import Store

TODAY = date(2026, 11, 22)
WILD = Path(__file__).resolve().parent / "fixtures" / "imports" / "wild"
HEADER = "date,category,species,count,latitude,longitude,site\n"


def _row(n: int, count: str | int = 1) -> str:
    return f"2025-{1 + n % 12:02d}-{1 + n % 28:02d},species,Panthera uncia,{count},27.9,86.9,T{n}\n"


def _scratch_files(store: Store) -> list[Path]:
    return sorted((store.data_dir.root / import_staging.SCRATCH).glob("*-import-*"))


def test_a_preview_keeps_a_bounded_sample_and_counts_every_rejection(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    lines = [HEADER]
    for n in range(6000):
        lines.append(_row(n, "many" if n % 4 == 0 else n))  # every fourth row refused
    path.write_text("".join(lines), encoding="utf-8")

    preview = preview_import(store, path, today=TODAY)

    assert preview.total_rows == 6000
    assert preview.accepted == 4500
    assert preview.rejected_total == 1500
    assert len(preview.rejected) == REJECTIONS_KEPT  # listed: the first thousand, in order
    assert [r.row for r in preview.rejected[:3]] == [2, 6, 10]
    assert preview.rejected[0].value == "many" and preview.rejected[0].column == "count"
    assert len(preview.first_rows) == SAMPLE_KEPT
    assert preview.sample(2)[0]["site"] == "T1" and preview.sample(2)[1]["site"] == "T2"
    assert commit_import(store, preview) == 4500
    assert len(ObservationService(store).list()) == 4500


def test_repeats_within_the_file_are_merged_in_row_order_with_other_rejections(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "repeats.csv"
    path.write_text(
        HEADER + _row(1) + _row(2, "x") + _row(1) + _row(3) + _row(3) + _row(4, "-1"),
        encoding="utf-8",
    )
    preview = preview_import(store, path, today=TODAY)
    repeat = "the same record appears earlier in the file"
    assert [(r.row, r.column, r.reason == repeat) for r in preview.rejected] == [
        (3, "count", False), (4, "", True), (6, "", True), (7, "count", False),
    ]  # fmt: skip
    assert preview.rejected_total == 4 and preview.accepted == 2


def test_the_scratch_file_goes_after_commit_and_after_discard(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "few.csv"
    path.write_text(HEADER + _row(1) + _row(2), encoding="utf-8")
    preview = preview_import(store, path, today=TODAY)
    assert len(_scratch_files(store)) == 1
    assert commit_import(store, preview) == 2
    assert _scratch_files(store) == []

    path.write_text(HEADER + _row(3), encoding="utf-8")
    preview = preview_import(store, path, today=TODAY)
    preview.discard()
    assert _scratch_files(store) == []
    assert commit_import(store, preview) == 0  # nothing left to write, and no error


def test_a_cancelled_commit_writes_nothing_and_can_be_run_again(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "many.csv"
    path.write_text(HEADER + "".join(_row(n, n + 1) for n in range(12_000)), encoding="utf-8")
    preview = preview_import(store, path, today=TODAY)

    def cancel(done: int, _total: int) -> None:
        if done > 5000:
            raise Cancelled("cancelled")

    with pytest.raises(Cancelled):
        commit_import(store, preview, progress=cancel)
    assert store.counts()["observations"] == 0
    assert commit_import(store, preview) == 12_000
    assert store.counts()["observations"] == 12_000
    sites = {o.site for o in ObservationService(store).list()}
    assert len(sites) == 12_000  # every row once, none twice across the chunks


@pytest.mark.laptop_file
def test_leftovers_of_a_crash_are_swept_but_not_a_preview_under_way(data_dir: Path) -> None:
    scratch = data_dir / import_staging.SCRATCH
    scratch.mkdir(parents=True)
    old, fresh = scratch / "import-old.sqlite", scratch / "import-new.sqlite"
    old.write_bytes(b"x")
    fresh.write_bytes(b"x")
    two_days_ago = time.time() - 2 * 86400
    os.utime(old, (two_days_ago, two_days_ago))
    Store.open(data_dir).close()
    assert not old.exists() and fresh.exists()


@pytest.mark.laptop_file
def test_a_preview_works_when_the_data_folder_cannot_be_written(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "few.csv"
    path.write_text(HEADER + _row(1), encoding="utf-8")
    # A file where the scratch folder would go: it cannot be made, as on a locked stick.
    scratch = store.data_dir.root / import_staging.SCRATCH
    shutil.rmtree(scratch)
    scratch.write_text("in the way")
    preview = preview_import(store, path, today=TODAY)
    assert preview.accepted == 1 and preview.staging is not None
    assert preview.staging.path.parent == Path(tempfile.gettempdir())
    staged = preview.staging.path
    preview.discard()
    assert not staged.exists()


def test_a_legacy_encoding_is_told_from_text_past_the_first_megabyte(tmp_path: Path) -> None:
    path = tmp_path / "late-cyrillic.csv"
    ascii_rows = "".join(_row(n) for n in range(40_000)).encode("ascii")  # ~2.5 MB
    russian = "2025-03-01,species,Снежный барс,1,27.9,86.9,Сары-Челек\n" * 30
    path.write_bytes(HEADER.encode() + ascii_rows + russian.encode("cp1251"))
    assert path.stat().st_size > 2 * readers.SCAN_CHUNK
    table = read_table(path)
    assert table.encoding == "cp1251"
    last = list(table.rows())[-1][1]
    assert last[2] == "Снежный барс" and last[6] == "Сары-Челек"


def test_a_bad_byte_is_named_by_its_line_whatever_the_reading_chunks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(readers, "SCAN_CHUNK", 7)  # lines cut mid-character everywhere
    with pytest.raises(BrdeskError, match=r"line 28: byte 0xE9 is not UTF-8"):
        read_table(WILD / "kobo-utf8-bad-byte.csv")
    table = read_table(WILD / "excel-zh-gb18030.csv")
    assert table.encoding == "gb18030" and next(iter(table.rows()))[1][2] == "雪豹"


def test_rows_are_read_as_a_stream_not_a_list(tmp_path: Path) -> None:
    path = tmp_path / "stream.csv"
    path.write_text(HEADER + "".join(_row(n) for n in range(10)), encoding="utf-8")
    table = read_table(path)
    rows = table.rows()
    assert not isinstance(rows, list)
    assert next(rows)[0] == 2
    assert [n for n, _ in table.rows()] == list(range(2, 12))  # each pass from the start


def test_a_workbook_with_too_many_distinct_texts_is_refused_before_it_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Saved by LibreOffice Calc from a CSV of 30 sightings with a different note each:
    # 5 column names + "Panthera uncia" + 30 notes ("species" is a name and a value).
    path = WILD / "libreoffice-calc-notes.xlsx"
    monkeypatch.setattr(readers, "MAX_SHARED_STRINGS", 35)

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the workbook was opened")

    monkeypatch.setattr("openpyxl.load_workbook", never)
    with pytest.raises(BrdeskError, match=r"holds 36 distinct texts.*Save the sheet as CSV"):
        read_table(path)
    monkeypatch.undo()
    monkeypatch.setattr(readers, "MAX_SHARED_STRINGS", 36)
    rows = list(read_table(path).rows())
    assert len(rows) == 30 and rows[-1][1][4] == "note 29"


def test_shared_strings_are_counted_whatever_their_prefix_and_chunking(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    monkeypatch.setattr(readers, "SCAN_CHUNK", 5)
    xml = b'<x:sst uniqueCount="1">' + b"<x:si><x:t>a</x:t></x:si>" * 7 + b"</x:sst>"
    assert readers._count_shared_strings(io.BytesIO(xml)) == 7
    plain = b"<sst>" + b'<si><t xml:space="preserve">b </t></si>' * 4 + b"</sst>"
    assert readers._count_shared_strings(io.BytesIO(plain)) == 4


def test_progress_keeps_back_a_share_for_indexing(store: Store, tmp_path: Path) -> None:
    """The bar does not sit at 100 % while the new rows are indexed after the last chunk."""
    path = tmp_path / "many.csv"
    path.write_text(HEADER + "".join(_row(n, n + 1) for n in range(12_000)), encoding="utf-8")
    preview = preview_import(store, path, today=TODAY)
    seen: list[tuple[int, int]] = []
    assert commit_import(store, preview, progress=lambda d, t: seen.append((d, t))) == 12_000
    assert [done for done, _ in seen] == [5000, 10_000, 12_000]
    assert {total for _, total in seen} == {15_000}  # 12,000 rows and a quarter for indexing


def test_a_file_of_one_endless_line_is_refused_without_reading_it_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(readers, "MAX_LINE_CHARS", 1000)
    path = tmp_path / "one-line.csv"
    path.write_text(HEADER + _row(1) + "x" * 5000 + "\n" + _row(2), encoding="utf-8")
    table = read_table(path)  # the header is fine
    with pytest.raises(BrdeskError, match=r"one-line.csv, line 3: longer than 1,000 characters"):
        list(table.rows())
    endless = tmp_path / "endless.csv"
    endless.write_text("a," * 3000, encoding="utf-8")  # no line break at all
    with pytest.raises(BrdeskError, match=r"line 1: longer than 1,000"):
        read_table(endless)


def test_a_table_of_thousands_of_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{n}" for n in range(2001)) + "\n", encoding="utf-8")
    with pytest.raises(BrdeskError, match=r"row 1: 2,001 columns; brdesk reads tables of up to"):
        read_table(path)


@pytest.mark.laptop_file
def test_what_a_killed_restore_or_archive_left_is_swept_at_the_next_start(
    data_dir: Path, tmp_path: Path
) -> None:
    from brdesk.services import backups
    from brdesk.services.demo import fill_demo

    with Store.open(data_dir) as store:
        fill_demo(store, observations=50)
    # Done properly, a restore and an archive leave nothing behind in scratch/...
    archive = backups.write_archive(store.data_dir, tmp_path / "carry.zip")
    backups.restore(store.data_dir, archive)
    scratch = data_dir / import_staging.SCRATCH
    assert [p.name for p in scratch.iterdir() if not p.name.startswith(".alive-")] == []
    # ...and what a kill left there (a restore's unpacked copy) goes at the next start.
    killed = scratch / "restore-k1ll3d"
    killed.mkdir()
    (killed / "restored.db").write_bytes(b"\0" * 4096)
    two_days_ago = time.time() - 2 * 86400
    os.utime(killed, (two_days_ago, two_days_ago))
    Store.open(data_dir).close()
    assert not killed.exists()
