"""No English left on a translated screen: the checker, the self-test that runs it on every
page and dialog, the messages from below the window, and the reference texts (questions,
goals, elements, the guide) in every language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from brdesk import reference
from brdesk.languages import LANGUAGES, SOURCE, Lowered, joined, marked, said, said_n
from tests.gui_helpers import open_window, use_language

TRANSLATED = [code for code in LANGUAGES if code != SOURCE]


@pytest.mark.parametrize("code", ["fr", "ru"])
def test_the_translated_self_test_finds_no_english_on_any_page_or_dialog(code: str) -> None:
    """`brdesk --lang CODE self-test` opens every page, tab and dialog on the demo and fails
    on any text of brdesk's own English still shown (French and Russian: the longest)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["BRDESK_CHART_HELPER"] = "0"
    result = subprocess.run(
        [sys.executable, "-m", "brdesk", "--lang", code, "self-test"],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    english = [line for line in result.stderr.splitlines() if "English on screen" in line]
    assert english == []
    assert result.returncode == 0, result.stderr
    assert "every page opened and rendered" in result.stdout


def _shown(qtbot: QtBot, *texts: str) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for text in texts:
        layout.addWidget(QLabel(text))
    window.show()
    return window


def test_the_checker_finds_a_text_shown_without_its_translation(qtbot: QtBot) -> None:
    from brdesk.ui.i18n import tx
    from brdesk.ui.i18n_check import english, untranslated

    known = english()
    assert known is not None
    use_language("fr")
    try:
        window = _shown(
            qtbot,
            "Import observations",  # brdesk's English, shown without tx(): English left
            tx("No file chosen yet."),  # translated
            "Notes",  # the French word is the same: right
            "Pema Sherpa, Sagarmatha",  # the user's data
            # A list entry made of pieces: a translated mark, then English left.
            tx("Overdue") + ":  Action overdue since 30 Jun 2026: Count the snow leopards",
        )
        button = QPushButton("&Restore…")  # a button's accelerator does not hide it
        window.layout().addWidget(button)
        button.show()
        found = untranslated(window, known)
    finally:
        use_language("en")
    assert found == [
        "QLabel: 'Action overdue since 30 Jun 2026: Count the snow leopards'",
        "QLabel: 'Import observations'",
        "QPushButton: '&Restore…'",
    ]


def test_the_checker_knows_english_made_at_run_time() -> None:
    from brdesk.ui.i18n_check import english

    known = english()
    assert known is not None
    # An f-string's English with its values filled in, and a text from reference data.
    assert known.matches("Could not read the log: disk full") is not None
    assert known.matches("Reserves on the map: 3") is None
    assert known.matches("Legal standing of the reserve and its zones") is not None


def test_a_message_from_below_the_window_reads_as_english_and_is_said_translated(
    qapp: object,
) -> None:
    from brdesk.ui.i18n import say

    one = said_n("%Ln observation(s) written to {path}.", "", 1, path="a.csv")
    many = said_n("%Ln observation(s) written to {path}.", "", 3000, path="a.csv")
    assert (one, many) == (
        "1 observation written to a.csv.",
        "3,000 observations written to a.csv.",
    )
    problem = said("{problem} (got {got})", problem=said("must be at most {high}", high="5"),
                   got="7")  # fmt: skip
    gap = said("Personal information: {field} not given", field=Lowered(marked("Country")))
    assert (
        problem == "must be at most 5 (got 7)" and gap == "Personal information: country not given"
    )
    use_language("ru")
    try:
        assert say(many) == "3\u00a0000 наблюдений записано в a.csv."
        assert say(problem) == "должно быть не больше 5 (получено: 7)"
        assert say(gap) == "Личные данные: не указано поле «страна»"
        assert say(joined([marked("daily"), "Pema"], ", ")) == "ежедневная, Pema"
        # The user's own words are never looked up, even when they spell brdesk's.
        assert say("daily") == "daily"
    finally:
        use_language("en")


def test_a_translation_that_breaks_its_placeholders_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from brdesk.ui import i18n

    monkeypatch.setattr(i18n, "tx", lambda text: "Sauvegarde {nom}")
    message = said("Backup {name}, taken {when}", name="x.db", when="today")
    assert i18n.say(message) == "Backup x.db, taken today"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_question_of_the_assessment_is_worded_in_every_language(code: str) -> None:
    english = reference.question_set()
    worded = reference.question_set(english.version, code)
    raw = json.loads(resources.files("brdesk.data").joinpath(
        f"questions-{english.version}.{code}.json").read_text(encoding="utf-8"))  # fmt: skip
    assert set(raw["questions"]) == {q.code for q in english.questions}
    for mine, theirs in zip(english.questions, worded.questions, strict=True):
        assert (mine.code, mine.element, mine.pillar) == (
            theirs.code,
            theirs.element,
            theirs.pillar,
        )
        assert theirs.title != mine.title and len(theirs.levels) == 4
        assert all(level and level not in mine.levels for level in theirs.levels)
    assert worded.title != english.title


def test_the_french_questionnaire_reads_in_french() -> None:
    c1 = reference.question_set(language="fr").question("C1")
    assert c1 is not None and c1.title == "Statut juridique de la réserve et de ses zones"
    # Reports use the English, the programme's language.
    assert reference.question_set().question("C1").title.startswith("Legal standing")  # type: ignore[union-attr]


@pytest.mark.parametrize("code", TRANSLATED)
def test_goals_elements_and_the_guide_come_in_every_language(code: str) -> None:
    english_gbf = reference.gbf_targets()
    for mine, theirs in zip(english_gbf, reference.gbf_targets(code), strict=True):
        assert theirs.title and theirs.title != mine.title
    elements = reference.wcpa_elements(code)
    assert [e.key for e in elements] == [e.key for e in reference.wcpa_elements()]
    assert all(e.element != e.key.title() for e in elements)
    from brdesk.ui.dialogs.help_dialog import help_html

    guide = help_html(code)
    assert guide != help_html("en") and "Ctrl+9" in guide and "<h2>" in guide


def test_the_help_dialog_shows_the_guide_of_the_session_language(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTextBrowser

    use_language("es")
    try:
        from brdesk.ui.dialogs.help_dialog import HelpDialog

        dialog = HelpDialog()
        qtbot.addWidget(dialog)
        text = dialog.findChild(QTextBrowser).toPlainText()
        assert dialog.windowTitle() == "Ayuda de brdesk"
        assert text.startswith("brdesk en cinco minutos")
    finally:
        use_language("en")


def test_translations_live_beside_the_files_they_translate() -> None:
    data = Path(str(resources.files("brdesk.data")))
    for code in TRANSLATED:
        assert (data / f"help.{code}.html").is_file()
        assert (data / f"questions-{reference.CURRENT_QUESTION_SET}.{code}.json").is_file()


def test_a_package_report_reads_as_before_in_english_and_is_said_in_french(qapp: object) -> None:
    from collections import Counter

    from brdesk.services.package_report import MergeReport
    from brdesk.ui.i18n import say

    report = MergeReport("kenya.brdesk", "written 2026-11-30 10:00 UTC by brdesk 1.0")
    report.added = Counter({"observations": 3000, "participation_summaries": 1})
    english = report.lines()
    assert english[1] == "  1 participation summary, 3,000 observations were added."
    use_language("fr")
    try:
        french = [say(line) for line in english]
    finally:
        use_language("en")
    assert french[1] == "  Ajoutés : 1 résumé de participation, 3\u202f000 observations."


def test_a_count_grouped_the_english_way_is_grouped_the_languages_way(qapp: object) -> None:
    from brdesk.services.zones import ZonesReplaced
    from brdesk.ui.i18n import say

    done = ZonesReplaced(added=["Core"], updated=[], removed=[], located=12000, inside=9500)
    assert "9,500 of 12,000 located observations" in done.describe()
    use_language("ru")
    try:
        said_ru = say(done.describe())
    finally:
        use_language("en")
    assert "9\u00a0500 из 12\u00a0000" in said_ru
    assert said_ru.startswith("Зоны: добавлено: 1 (Core)")


def test_an_error_from_below_the_window_is_said_in_the_windows_language(
    qapp: object, tmp_path: Path
) -> None:
    from brdesk.errors import BrdeskError
    from brdesk.media import Why, WriteRefusal, cannot
    from brdesk.services.fields import Field
    from brdesk.ui.i18n import say

    with pytest.raises(BrdeskError) as refused:
        Field("count", marked("Count"), "int", minimum=0).clean("-4")
    stick = BrdeskError(cannot(marked("save your change"), WriteRefusal(Why.READ_ONLY, tmp_path)))
    assert str(refused.value) == "Count: must be at least 0 (got -4)"
    assert str(stick).startswith("Cannot save your change: the disk holding ")
    use_language("es")
    try:
        said_es = say(refused.value), say(stick), say(ValueError("plain words"))
    finally:
        use_language("en")
    assert said_es[0] == "Cantidad: debe ser al menos 0 (se recibió -4)"
    assert said_es[1].startswith("No se puede guardar su cambio: el disco que contiene ")
    assert said_es[1].endswith("No se cambió nada.")
    assert said_es[2] == "plain words"


def test_the_command_line_speaks_the_language_asked_for(tmp_path: Path) -> None:
    """`--lang` (or BRDESK_LANG) sets the command line's language; without either it
    speaks English whatever the system's, so that scripts read the same words."""
    kobo = Path(__file__).parent / "fixtures" / "imports" / "kobo.csv"
    env = {k: v for k, v in os.environ.items() if k != "BRDESK_LANG"}
    env["LANG"] = "fr_FR.UTF-8"

    def run(*words: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "brdesk", *words, "--data-dir", str(tmp_path / "data"),
             "import", "observations", str(kobo), "--dry-run"],
            capture_output=True, text=True, timeout=120, env={**env, **extra},
        )  # fmt: skip

    english, french, russian = run(), run("--lang", "fr"), run(BRDESK_LANG="ru")
    assert english.stdout.splitlines()[-1] == "Dry run: nothing was imported."
    assert "kobo.csv : lu comme KoBoToolbox export ; 3 lignes." in french.stdout
    assert french.stdout.splitlines()[-1] == "Essai : rien n'a été importé."
    assert russian.stdout.splitlines()[-1] == "Пробный запуск: ничего не импортировано."
    assert english.returncode == french.returncode == russian.returncode == 0


def _brdesk(*words: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BRDESK_LANG"}
    return subprocess.run([sys.executable, "-m", "brdesk", *words], capture_output=True,
                          text=True, timeout=120, env=env)  # fmt: skip


def test_the_command_lines_help_and_refusals_speak_the_language_asked_for() -> None:
    """`brdesk --lang fr --help` is French, argparse's own words too; a command's usage
    refusal is said in Russian; without --lang both stay English."""
    french = _brdesk("--lang", "fr", "--help")
    assert french.returncode == 0
    assert french.stdout.startswith("utilisation : brdesk [-h]")
    assert "Atelier hors ligne pour les réserves de biosphère de montagne." in french.stdout
    assert "ouvrir la fenêtre principale (par défaut)" in french.stdout
    assert "afficher cette aide et quitter" in french.stdout
    assert "afficher la version de brdesk et quitter" in french.stdout
    for english in ("usage:", "positional arguments", "open the main window", "show "):
        assert english not in french.stdout

    russian = _brdesk("--lang=ru", "export", "observations", "--csv", "tab", "out.csv")
    assert russian.returncode == 2
    assert russian.stderr.startswith("использование: brdesk export observations")
    assert russian.stderr.splitlines()[-1] == (
        "brdesk export observations: ошибка: аргумент --csv: недопустимый вариант: 'tab' "
        "(выберите из 'comma', 'semicolon')"
    )

    english = _brdesk("export", "observations")
    assert english.returncode == 2
    assert english.stderr.splitlines()[-1] == (
        "brdesk export observations: error: the following arguments are required: OUT"
    )


def test_an_argparse_refusal_not_known_stays_as_argparse_wrote_it() -> None:
    from brdesk.cli.grammar_words import refusal

    assert refusal("something argparse may say one day") == "something argparse may say one day"
    # In English the templates are said back as they were matched, nested ones too.
    nested = "argument --pillar: invalid choice: 7 (choose from 1, 2, 3, 4)"
    assert refusal(nested) == nested


def test_every_help_text_of_the_command_line_is_translated(qtbot: QtBot) -> None:
    """A help text added to the parser unmarked (so not in the catalogs) fails here."""
    import argparse

    from brdesk.cli.parser import build_parser
    from brdesk.ui.i18n import tx

    def texts(parser: argparse.ArgumentParser) -> list[str]:
        found = [t for t in (parser.description, parser.epilog) if t]
        for action in parser._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                found.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                found += [c.help for c in action._choices_actions if c.help]
                for sub in dict.fromkeys(action.choices.values()):
                    found += texts(sub)
        return found

    every = texts(build_parser())
    assert len(every) > 80
    use_language("fr")
    try:
        untranslated = sorted({t for t in every if tx(t) == t})
    finally:
        use_language("en")
    assert untranslated == []


def test_the_home_page_says_what_needs_attention_in_the_windows_language(
    qtbot: QtBot, demo_dir: Path
) -> None:
    """The Home page's reminders and recent changes are brdesk's words around the user's:
    in French they read in French, dates with French months, the titles as typed."""
    import re

    try:
        window = open_window(qtbot, demo_dir, language="fr")
        home = window.pages["home"]
        assert window.stack.currentWidget() is home
        attention = [home.attention.item(n).text() for n in range(home.attention.count())]
        recent = [home.recent.item(n).text() for n in range(home.recent.count())]
    finally:
        use_language("en")
    overdue = [t for t in attention if "Ageratina" in t]
    assert len(overdue) == 1
    # A French month ("juin", "déc."): not the English "Jun".
    assert re.fullmatch(
        r"En retard :  Action en retard depuis le \d{1,2} [a-zéû]+\.? \d{4} : Map and remove "
        r"Ageratina adenophora along trails below 3,000 m",
        overdue[0],
    ), overdue[0]
    report = [t for t in attention if "Rapport post-formation (Word)" in t]
    assert len(report) == 1 and " : échéance " in report[0]
    assert all("due" not in t and "overdue" not in t for t in attention)
    assert recent and all("   Observation : " in t for t in recent[:3])


def test_a_day_is_written_in_the_order_and_words_of_the_language(qapp: object) -> None:
    from datetime import date, datetime

    from brdesk.ui.i18n import long_date, long_time, say

    message = said("Action overdue since {when:%d %b %Y}: {title}", when=date(2026, 6, 30),
                   title="Count the snow leopards")  # fmt: skip
    assert message == "Action overdue since 30 Jun 2026: Count the snow leopards"
    shown = {}
    for code in ("zh_CN", "fr", "ru"):
        use_language(code)
        try:
            shown[code] = (long_date(date(2026, 12, 6)), long_time(datetime(2026, 12, 6, 9, 5)),
                           say(message))  # fmt: skip
        finally:
            use_language("en")
    assert shown["zh_CN"][:2] == ("2026年12月6日", "2026年12月6日 09:05")
    assert shown["zh_CN"][2] == "行动自 2026年6月30日 起逾期：Count the snow leopards"
    assert shown["fr"][:2] == ("6 déc. 2026", "6 déc. 2026 09:05")
    assert shown["fr"][2] == "Action en retard depuis le 30 juin 2026 : Count the snow leopards"
    assert shown["ru"][2].startswith("Действие просрочено с 30 июн")


@pytest.mark.laptop_file
def test_the_command_lines_reports_speak_the_language_asked_for(tmp_path: Path) -> None:
    """The demo's and the check's reports, and a refusal, said in the language asked for."""
    folder = str(tmp_path / "data")
    demo = _brdesk("--lang", "ru", "--data-dir", folder, "demo", "--observations", "5")
    assert demo.returncode == 0, demo.stderr
    assert demo.stdout.strip() == (
        f"Демонстрация записана в {folder}: 1 резерват, 1 участник, 8 целей, 14 действий, "
        "5 наблюдений."
    )
    check = _brdesk("--lang", "fr", "--data-dir", folder, "check")
    assert check.returncode == 0, check.stderr
    lines = check.stdout.splitlines()
    assert lines[0] == f"Base de données : {Path(folder) / 'brdesk.db'}"
    assert "  Intégrité : correcte" in lines
    assert lines[-1].startswith("En bon état : ")
    again = _brdesk("--lang", "es", "--data-dir", folder, "demo")
    assert again.returncode == 1
    assert again.stderr.strip() == (
        f"brdesk: {folder} ya contiene datos. La demostración no los sobrescribirá: use otro "
        "--data-dir, o --force para reemplazarlos (antes se hace una copia de seguridad)."
    )
