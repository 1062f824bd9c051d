"""The layer rule at run time: the use cases run without Qt loaded. (Which module may
import which is import-linter's contract in pyproject.toml, checked by CI.)"""

import subprocess
import sys

import pytest


def test_services_run_without_qt_loaded() -> None:
    code = (
        "import sys, brdesk.services.demo, brdesk.services.plan, brdesk.db.migrate, "
        "brdesk.db.health, brdesk.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'matplotlib', 'docx'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_layer_contracts_hold() -> None:
    """The same check CI runs, so that a developer's test run catches a broken layer."""
    done = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()",
         "--no-cache"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:]
    assert "0 broken" in done.stdout


# On the server run, the test's own start-up hook (tests/server_hook) loads the data layer.
@pytest.mark.laptop_file
def test_the_window_paints_before_the_data_layer_loads() -> None:
    """Building the main window imports neither SQLAlchemy nor the report libraries: the
    window is painted first, and they load after (start-up, bench/startup.py)."""
    code = (
        "import sys, brdesk.ui.main_window, brdesk.ui.app; "
        "print(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('sqlalchemy', 'matplotlib', 'docx', 'openpyxl')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_module_is_longer_than_a_reader_can_hold() -> None:
    """450 lines at most: past that a module holds more than one role (split it by role, as
    services/backups/ and db/models/ are)."""
    from pathlib import Path

    src = Path(__file__).resolve().parent.parent / "src" / "brdesk"
    lengths = {p.relative_to(src).as_posix(): len(p.read_text("utf-8").splitlines())
               for p in src.rglob("*.py")}  # fmt: skip
    assert len(lengths) > 100
    assert {name: n for name, n in lengths.items() if n > 450} == {}
