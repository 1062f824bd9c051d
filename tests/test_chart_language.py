"""Charts in the window's language, and in any script the user writes."""

from __future__ import annotations

import ast
import warnings
from datetime import date
from pathlib import Path

import pytest

from brdesk.languages import marked
from brdesk.reports import chart_words
from brdesk.reports.panel import Panel
from brdesk.reports.report_data import ActionLine
from tests.gui_helpers import use_language

REPORTS = Path(__file__).resolve().parents[1] / "src" / "brdesk" / "reports"


def _texts(panel: Panel) -> set[str]:
    from matplotlib.text import Text

    return {t.get_text() for t in panel.figure().findobj(Text) if t.get_text()}


def test_a_panel_from_a_russian_window_draws_russian_words(qapp: object) -> None:
    from brdesk.ui.chart_language import spoken

    panel = Panel(marked("Plan progress by pillar"), "plan_progress", ([],))
    use_language("ru")
    try:
        russian = spoken(panel)
    finally:
        use_language("en")
    drawn = _texts(russian)
    assert {"Ход плана по направлениям", "Действия", "Действий пока нет"} <= drawn
    assert "1. Сохранение и мониторинг биоразнообразия" in drawn
    # The same panel for the Word report (no language given) stays English.
    english = _texts(panel)
    assert {"Plan progress by pillar", "Actions", "No actions yet"} <= english
    assert not drawn & {"Actions", "No actions yet", "Plan progress by pillar"}


def test_every_word_a_chart_draws_is_in_the_list_the_window_translates() -> None:
    """A chart_text("...") whose text is missing from chart_words.TEXTS would stay
    English in every language: the list and the charts are read side by side."""
    listed = set(chart_words.TEXTS)
    used = set()
    for path in REPORTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "chart_text" and node.args
                    and isinstance(node.args[0], ast.Constant)):  # fmt: skip
                used.add(node.args[0].value)
    assert len(used) > 20  # and the months, by their list
    assert used - listed == set()


def test_chinese_and_devanagari_names_are_drawn_without_missing_glyphs() -> None:
    from brdesk.reports import chart_fonts

    chart_fonts.families.cache_clear()
    from brdesk.reports.charts import load

    load()
    have = chart_fonts.families()
    chinese = {"Microsoft YaHei", "SimHei", "Noto Sans CJK SC", "Noto Sans CJK JP",
               "WenQuanYi Zen Hei", "PingFang SC", "Source Han Sans SC"}  # fmt: skip
    devanagari = {"Nirmala UI", "Mangal", "Noto Sans Devanagari", "Lohit Devanagari",
                  "Kohinoor Devanagari"}  # fmt: skip
    if not (chinese & set(have) and devanagari & set(have)):
        pytest.skip(f"this system has no Chinese or no Devanagari font ({have})")

    def action(title: str, start: date) -> ActionLine:
        return ActionLine(1, "雪豹", title, None, start, date(2026, 9, 1), "planned", "Planned",
                          None, None, None, None, None, (), ())  # fmt: skip

    actions = [action("珠穆朗玛峰雪豹红外相机监测", date(2026, 1, 1)),
               action("सगरमाथा राष्ट्रिय निकुञ्जमा हिउँचितुवाको अनुगमन", date(2026, 2, 1))]  # fmt: skip
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        from brdesk.reports.charts import to_png

        to_png(Panel("时间线 · समयरेखा", "timeline", (actions,)).figure())
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert missing == []
    assert have[0] == "DejaVu Sans"
