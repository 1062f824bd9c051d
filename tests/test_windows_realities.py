"""Windows, the participants' main system, which CI here cannot run: its refusals are
simulated as Windows reports them (PermissionError carrying winerror), and its rules on
names and path lengths are checked as the pure functions that apply them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pytestqt.qtbot import QtBot

from brdesk.errors import KeptUnderAnotherName
from brdesk.exchange import atomic
from brdesk.paths import free_name, long_path, windows_name_problem
from brdesk.reports.report_data import ReportOptions
from brdesk.services.attachments import AttachmentService
from brdesk.services.followup import FollowupService
from brdesk.services.report import export_report
from brdesk.services.store import Store
from tests.gui_helpers import ScriptedPrompts, open_window

NO_CHARTS = ReportOptions(include_charts=False)


def _windows_error(winerror: int, path: object) -> PermissionError:
    """What Python raises on Windows: a PermissionError whose winerror says which refusal."""
    error = PermissionError(13, "The process cannot access the file", str(path))
    error.winerror = winerror  # type: ignore[attr-defined]
    return error


def _held_open(monkeypatch: pytest.MonkeyPatch, held: Path, winerror: int = 5) -> None:
    """As if Word had `held` open: Windows refuses to replace it (access denied)."""
    real: Callable[..., Any] = os.replace

    def replace(source: Any, target: Any) -> None:
        if Path(target) == held:
            raise _windows_error(winerror, target)
        real(source, target)

    monkeypatch.setattr(atomic.os, "replace", replace)


@pytest.mark.parametrize("winerror", [5, 32])
def test_a_report_open_in_word_is_not_lost_but_kept_under_a_new_name(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, winerror: int
) -> None:
    report = tmp_path / "report.docx"
    report.write_bytes(b"the version Word has open")
    (tmp_path / "report (2).docx").write_bytes(b"an earlier copy")
    _held_open(monkeypatch, report, winerror)
    with pytest.raises(KeptUnderAnotherName) as refused:
        export_report(demo_store, report, NO_CHARTS)
    said = str(refused.value)
    assert "report.docx is open in another program" in said
    assert "saved as report (3).docx" in said
    assert report.read_bytes() == b"the version Word has open"
    kept = tmp_path / "report (3).docx"
    assert "Pema Sherpa" in "\n".join(p.text for p in Document(str(kept)).paragraphs)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_window_says_where_the_report_went_when_word_holds_the_old_one(
    qtbot: QtBot,
    demo_dir: Path,
    tmp_path: Path,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    report = tmp_path / "report.docx"
    report.write_bytes(b"open in Word")
    _held_open(monkeypatch, report)
    window = open_window(qtbot, demo_dir)
    window.show_page("report")
    page = window.pages["report"]
    page.include_charts.setChecked(False)
    prompts.queue("choose_save", str(report))
    prompts.queue("confirm", True)  # write it though parts are missing, if asked
    from PySide6.QtCore import Qt

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "report (2).docx").exists(), timeout=60_000)
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=60_000)
    told = [q for q in prompts.asked if "open in another program" in q.text]
    assert told and "saved as report (2).docx" in told[0].text
    assert report.read_bytes() == b"open in Word"


def test_deleting_an_attachment_windows_will_not_let_go_of_still_removes_the_record(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = tmp_path / "visa.pdf"
    scan.write_bytes(b"%PDF-1.7 scan")
    service = AttachmentService(demo_store)
    item = FollowupService(demo_store).list()[0]
    kept = service.add(scan, followup_item_id=item.id)
    stored = service.path_of(kept)

    def unlink(self: Path, missing_ok: bool = False) -> None:
        raise _windows_error(32, self)

    monkeypatch.setattr(Path, "unlink", unlink)
    service.remove(kept.id)  # the file stays (an orphan, harmless); the record goes
    monkeypatch.undo()
    assert service.list_for() == []
    assert stored.exists()


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("CON", "keeps for a device (CON)"),
        ("aux.txt", "keeps for a device (AUX)"),
        ("COM1.jpg", "keeps for a device (COM1)"),
        ("lpt9.docx", "keeps for a device (LPT9)"),
        ("report.", "ends with a dot"),
        ("report.docx ", "ends with a dot or a space"),
        ("plan: final.xlsx", "not allow in names (:)"),
        ('what?*".csv', 'not allow in names (" * ?)'),
        ("tab\there.csv", r"not allow in names (\t)"),
        ("x" * 256, "longer than the 255"),
    ],
)
def test_names_windows_refuses(name: str, said: str) -> None:
    found = windows_name_problem(name)
    assert found is not None and said in found


@pytest.mark.parametrize(
    "name", ["report.docx", "Отчёт 2025.docx", "报告.docx", "console.txt", "COM10.txt", "a.b.c"]
)
def test_names_windows_accepts(name: str) -> None:
    assert windows_name_problem(name) is None


def test_an_export_to_a_name_windows_refuses_is_refused_and_writes_nothing(
    demo_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "brdesk", "--data-dir", str(demo_dir), "export", "plan",
         str(out / "CON.xlsx")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert "CON.xlsx' is a name Windows keeps for a device (CON)" in done.stderr
    assert "Choose another name" in done.stderr
    assert list(out.iterdir()) == []


def test_paths_longer_than_max_path_take_the_extended_form() -> None:
    deep = "C:\\Users\\Aigül\\" + "\\".join(["Documents"] * 30) + "\\report.docx"
    assert long_path(Path("short.docx"), "win32") == "short.docx"
    extended = long_path(Path(deep), "win32")
    assert len(deep) > 260 and extended == "\\\\?\\" + deep
    share = "\\\\server\\reserve\\" + "a" * 300
    assert long_path(Path(share), "win32") == "\\\\?\\UNC\\server\\reserve\\" + "a" * 300
    assert long_path(Path("/" + "a" * 300), "linux") == "/" + "a" * 300


def test_free_names_count_up(tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    assert free_name(target) == target
    target.touch()
    (tmp_path / "plan (2).xlsx").touch()
    assert free_name(target) == tmp_path / "plan (3).xlsx"


@pytest.mark.laptop_file  # the file's every value is read
def test_a_data_folder_under_a_non_ascii_user_name_works_and_holds_no_absolute_path(
    tmp_path: Path,
) -> None:
    """C:\\Users\\Aigül\\...: and a stick moves between computers, so nothing stored may
    name the folder (portable mode finds it beside the program, wherever that is)."""
    root = tmp_path / "Users" / "Aigül" / "brdesk données"
    out = tmp_path / "Отчёты"
    out.mkdir()

    def brdesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "brdesk", "--data-dir", str(root), *args],
            capture_output=True, text=True, timeout=300, encoding="utf-8",
        )  # fmt: skip

    for args in (
        ("demo", "--observations", "50"),
        ("export", "report", str(out / "отчёт.docx"), "--no-charts"),
        ("backup", str(out / "копия.zip")),
        ("restore", str(out / "копия.zip"), "--yes"),
        ("check",),
    ):
        done = brdesk(*args)
        assert done.returncode == 0, (args, done.stderr)
    with sqlite3.connect(root / "brdesk.db") as conn:
        texts = [
            value
            for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            for row in conn.execute(f'SELECT * FROM "{table}"')
            for value in row
            if isinstance(value, str)
        ]
    assert texts and not [t for t in texts if str(tmp_path) in t or "Aigül" in t]


def test_a_mapping_saved_as_con_is_a_file_windows_can_open(tmp_path: Path) -> None:
    from brdesk.exchange.mapping import ColumnMapping
    from brdesk.services.saved_mappings import save_mapping, saved_mappings

    mapping = ColumnMapping(format_name="x", source="csv", fields={"observed_on": "date"})
    path = save_mapping(tmp_path, "CON", mapping)
    assert path.name == "mapping CON.json" and windows_name_problem(path.name) is None
    assert saved_mappings(tmp_path) == [path]
    assert ColumnMapping.load(path).format_name == "CON"
