"""The window in the participants' languages: the catalogs complete and current, the
language chosen as documented, the window speaking it."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from brdesk.languages import LANGUAGES, UnknownLanguage, choose, normalise
from tests.gui_helpers import ScriptedPrompts, open_window, use_language

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> object:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" /
                                                  "translations.py")  # fmt: skip
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_catalog_is_complete_and_current_with_the_code() -> None:
    """A text added to the window without its translations, or one left behind in a .ts
    after the code dropped it, fails here (packaging/translations.py check)."""
    assert _tool().problems() == []  # type: ignore[attr-defined]


def test_the_check_finds_an_unfinished_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = _tool()
    copy = tmp_path / "translations"
    copy.mkdir()
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        (copy / ts.name).write_bytes(ts.read_bytes())
    fr = copy / "brdesk_fr.ts"
    tree = ET.parse(fr)
    first = next(m for m in tree.getroot().iter("message") if m.get("numerus") != "yes")
    translation = first.find("translation")
    assert translation is not None
    translation.text = ""
    translation.set("type", "unfinished")
    tree.write(fr, encoding="utf-8")
    monkeypatch.setattr(tool, "SOURCES", copy)
    said = tool.problems()  # type: ignore[attr-defined]
    assert said == [f"brdesk_fr.ts: not translated: {first.findtext('source')[:80]!r}"]


@pytest.mark.parametrize(
    ("name", "code"),
    [("fr_FR.UTF-8", "fr"), ("es_PE", "es"), ("ru_KG", "ru"), ("zh_CN", "zh_CN"),
     ("zh-Hans-CN", "zh_CN"), ("zh_TW", None), ("ne_NP", None), ("en_GB", "en"), ("", None)],
)  # fmt: skip
def test_a_locale_name_gives_the_language_brdesk_has(name: str, code: str | None) -> None:
    assert normalise(name) == code


def test_the_language_is_the_command_lines_then_the_environments_then_saved_then_system() -> None:
    assert choose("ru", {"BRDESK_LANG": "fr"}, "es", "zh_CN") == "ru"
    assert choose(None, {"BRDESK_LANG": "fr"}, "es", "zh_CN") == "fr"
    assert choose(None, {}, "es", "zh_CN") == "es"
    assert choose(None, {}, None, "zh_CN") == "zh_CN"
    assert choose(None, {"BRDESK_LANG": "klingon"}, None, "ne_NP") == "en"
    with pytest.raises(UnknownLanguage, match="--lang: brdesk has no 'de'"):
        choose("de", {}, None, None)


def _texts(window: object) -> dict[str, str]:
    return {a.objectName() or a.text(): a.text() for a in window.findChildren(QAction)}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("code", "file_menu", "observations", "counts"),
    [
        ("fr", "&Fichier", "Observations", "8 objectifs · 14 actions · 3\u202f000 observations"),
        # Spanish groups thousands from five digits on (CLDR): 3000, 30 000.
        ("es", "&Archivo", "Observaciones", "8 objetivos · 14 acciones · 3000 observaciones"),
        ("ru", "&Файл", "Наблюдения", "8 целей · 14 действий · 3\u00a0000 наблюдений"),
        ("zh_CN", "文件(&F)", "观测记录", "8 个目标 · 14 项行动 · 3,000 条观测记录"),
    ],
)
def test_the_window_speaks_the_language_chosen(
    qtbot: QtBot, demo_dir: Path, code: str, file_menu: str, observations: str, counts: str
) -> None:
    try:
        window = open_window(qtbot, demo_dir, language=code)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[0] == file_menu
        bar = window.sidebar
        labels = [bar.item(r).text() for r in range(bar.count()) if not bar.item(r).isHidden()]
        assert observations in labels and "Home" not in labels
        assert window.counts_label.text() == counts
        window.show_page("observations")
        heading = window.pages["observations"].findChild(object, "pageTitle")
        assert heading.text() == observations
    finally:
        use_language("en")


def test_the_language_menu_keeps_the_choice_for_the_next_start(
    qtbot: QtBot, demo_dir: Path, prompts: ScriptedPrompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    from brdesk.paths import DataDir
    from brdesk.ui.app import start_language

    window = open_window(qtbot, demo_dir)
    assert set(window.language_actions) == set(LANGUAGES)
    assert window.language_actions["en"].isChecked()
    window.language_actions["fr"].trigger()
    (said,) = prompts.texts("inform")
    assert said == "brdesk will be in Français the next time it starts."
    window.close()
    monkeypatch.delenv("BRDESK_LANG", raising=False)
    try:
        assert start_language(DataDir(demo_dir), None) == "fr"
    finally:
        use_language("en")


def test_the_glossary_gives_every_term_in_every_language() -> None:
    import csv

    path = ROOT / "resources" / "translations" / "glossary.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) >= 20
    for row in rows:
        assert all((row[code] or "").strip() for code in ("zh_CN", "es", "fr", "ru")), row
    terms = {row["term"]: row for row in rows}
    # The page names the window shows are the glossary's terms.
    names = {"Action plan": "action plan", "Observations": "observation", "Cohort": "cohort"}
    for ts_code in ("es", "fr"):
        catalog = _tool().entries(ROOT / "resources" / "translations" / f"brdesk_{ts_code}.ts")  # type: ignore[attr-defined]
        for shown, term in names.items():
            translated = catalog[("", shown)].findtext("translation") or ""
            assert terms[term][ts_code].split()[0].lower()[:5] in translated.lower(), shown


def test_the_pillars_and_sdgs_come_in_each_language_as_the_glossary_has_them() -> None:
    import csv

    from brdesk import reference

    assert reference.sdgs("fr")[14].title == "Vie terrestre"
    assert reference.sdgs("ru")[14].title == "Сохранение экосистем суши"
    assert reference.sdgs()[14].title == "Life on Land"  # the files' English, for reports
    glossary = {r["term"]: r for r in csv.DictReader(
        (ROOT / "resources" / "translations" / "glossary.csv").open(encoding="utf-8"))}  # fmt: skip
    for code in ("zh_CN", "es", "fr", "ru"):
        for english, translated in zip(reference.pillars(), reference.pillars(code), strict=True):
            assert translated.name == glossary[english.name][code]


def test_the_plan_shows_the_pillars_in_the_window_language(qtbot: QtBot, demo_dir: Path) -> None:
    use_language("es")
    try:
        from brdesk.paths import DataDir
        from brdesk.ui.main_window import MainWindow

        window = MainWindow(DataDir(demo_dir))
        qtbot.addWidget(window)
        window.show()
        assert window.open_data()
        window.show_page("plan")
        model = window.pages["plan"].view.model()
        first = model.data(model.index(0, 0))
        assert "Conservación y monitoreo de la biodiversidad" in first
    finally:
        use_language("en")


def test_every_refusal_below_the_window_is_made_to_be_translated() -> None:
    """A brdesk error raised below ui/ carries a message made with said() or marked() (or
    one passed on), never bare English: the window and `--lang` could not say it."""
    import ast

    from brdesk import errors

    def subclasses(cls: type) -> set[str]:
        return {cls.__name__}.union(*(subclasses(s) for s in cls.__subclasses__()))

    import brdesk.services.cohort_folder  # noqa: F401  (defines one more)

    # A ValidationError's first argument is the field's name, not a message.
    kinds = subclasses(errors.BrdeskError) - subclasses(errors.ValidationError)
    root = Path(__file__).resolve().parents[1] / "src" / "brdesk"
    bare = []
    for path in root.rglob("*.py"):
        where = path.relative_to(root).as_posix()
        if where.startswith("ui/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.args[0]
            english = isinstance(first, ast.JoinedStr) or (
                isinstance(first, ast.Constant) and isinstance(first.value, str)
            )
            if name in kinds and english:
                bare.append(f"{where}:{node.lineno}")
    assert len(kinds) > 10
    assert bare == []
