import struct
import subprocess
import sys
from pathlib import Path


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_self_test_visits_every_page_and_saves_screenshots(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "brdesk", "self-test", "--screenshots", str(shots)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "every page opened and rendered" in result.stdout
    names = sorted(p.stem.split("-", 1)[1] for p in shots.glob("*.png"))
    assert {"welcome", "home", "reserve", "plan", "plan-alignment", "observations"} <= set(names)
    for png in shots.glob("*.png"):
        assert _png_size(png) == (1366, 768)
        assert png.stat().st_size > 10_000  # a rendered page, not a blank image
