"""Fonts for the charts' text in any script the participants write.

matplotlib's own font (DejaVu Sans) has Latin, Greek and Cyrillic, but no Chinese and no
Devanagari: a Chinese site name or a Nepali species name came out as boxes. matplotlib
falls back glyph by glyph through a list of families, so the charts ask for DejaVu Sans
first and then every font below that the system has: Windows, macOS and Linux names for
Simplified Chinese, then Devanagari (Nepali, Hindi), then the broad ones. A family the
system lacks is left out of the list (matplotlib would warn about it at every chart).
matplotlib draws Devanagari without complex shaping: its letters show, its conjuncts are
not joined as a word processor joins them.
"""

from __future__ import annotations

from functools import cache

FIRST = "DejaVu Sans"
FALLBACKS = (
    # Simplified Chinese
    "Microsoft YaHei", "SimHei", "DengXian", "PingFang SC", "Hiragino Sans GB", "Heiti SC",
    "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans CJK JP",
    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback",
    # Devanagari
    "Nirmala UI", "Mangal", "Kohinoor Devanagari", "Devanagari Sangam MN",
    "Noto Sans Devanagari", "Lohit Devanagari",
    # Many scripts at once
    "Arial Unicode MS", "Noto Sans",
)  # fmt: skip


@cache
def families() -> list[str]:
    """DejaVu Sans, then the fallbacks this system has, in FALLBACKS' order."""
    from matplotlib import font_manager

    have = {entry.name for entry in font_manager.fontManager.ttflist}
    return [FIRST, *(name for name in FALLBACKS if name in have)]
