"""The layer rule: no Qt below ui/, so every use case runs headless."""

import ast
import subprocess
import sys
from pathlib import Path

import brdesk

PACKAGE = Path(brdesk.__file__).resolve().parent
HEADLESS = ("db", "services", "exchange", "reports")
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "brdesk.ui")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_nothing_below_ui_imports_qt() -> None:
    offenders = []
    files = [p for layer in HEADLESS for p in (PACKAGE / layer).rglob("*.py")]
    files += [PACKAGE / name for name in ("cli.py", "paths.py", "reference.py", "errors.py")]
    assert len(files) > 10
    for path in files:
        # The command line may start the GUI (lazily); it may not use Qt itself.
        forbidden = FORBIDDEN[:-1] if path.name == "cli.py" else FORBIDDEN
        for name in _imports(path):
            if name.startswith(forbidden) or "backend_qt" in name:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_services_run_without_qt_loaded() -> None:
    code = (
        "import sys, brdesk.services.demo, brdesk.services.plan, brdesk.db.migrate, "
        "brdesk.db.health, brdesk.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'matplotlib', 'docx'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
