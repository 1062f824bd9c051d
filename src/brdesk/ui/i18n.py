"""The window in the user's language: Qt's own pipeline.

Every text the window shows is written in English in the code, marked for translation
(`tx("...")`, `tr_n("%Ln thing(s)", "", n)` for a count, and `marked("...")`
in tables of data such as the menus, translated by tx() where they are shown; never
`self.tr`, whose context PySide takes from the object's class, not the code's), all in
one empty context, extracted by
`pyside6-lupdate` into resources/translations/brdesk_<code>.ts, translated there (the terms
from resources/translations/glossary.csv), and compiled by `pyside6-lrelease` into .qm
catalogs at build time (never committed: packaging/translations.py). Qt's own catalog
(qtbase_<code>.qm) translates its standard dialogs' buttons.

Running from a checkout, a catalog missing or older than its .ts is compiled on the fly
into the user's cache folder, so a translation being written shows at the next start.
Below ui/ nothing imports Qt: a fixed text there is marked with `languages.marked`, a
message with values is made by `languages.said`/`said_n` (English wherever a string
goes, its template and values kept), and the window shows either through `say()`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import subprocess
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from brdesk import languages
from brdesk.languages import SOURCE
from brdesk.reference import CountryName, country_name

log = logging.getLogger(__name__)

PACKAGED = Path(__file__).resolve().parent.parent / "data" / "translations"
SOURCES = Path(__file__).resolve().parents[3] / "resources" / "translations"
SETTING = "ui/language"


def tx(text: str) -> str:
    """The text in the session's language (English when it has no translation). One
    context for all of brdesk's texts: the same English, the same translation."""
    return QCoreApplication.translate("", text)


def tr_n(text: str, disambiguation: str, n: int) -> str:
    """A counted text ("%Ln action(s)") in the session's language, in the plural form the
    count takes (English too has its catalog of plural forms)."""
    return QCoreApplication.translate("", text, disambiguation or None, n)


def number(value: float) -> str:
    """A count or a measure as the session's language writes numbers ("5 000", "5,000")."""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", 1)


#: How a day is written, the month named: day, month, year, except where the language
#: writes the year first (Chinese: 2026年12月6日).
DAY_PATTERNS = {"zh_CN": "yyyy年M月d日"}
DAY_PATTERN = "d MMM yyyy"


def long_date(day: date) -> str:
    """A date with its month named, as the session's language writes it ("6 déc. 2026")."""
    pattern = DAY_PATTERNS.get(_current, DAY_PATTERN)
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def long_time(moment: date) -> str:
    """A date and time of day, the month named ("6 déc. 2026 14:05")."""
    hour, minute = (moment.hour, moment.minute) if isinstance(moment, datetime) else (0, 0)
    day = QDate(moment.year, moment.month, moment.day)
    pattern = DAY_PATTERNS.get(_current, DAY_PATTERN) + " HH:mm"
    return QLocale().toString(QDateTime(day, QTime(hour, minute)), pattern)


def say(text: object) -> str:
    """A text from below the window in the session's language: a Said message by its
    template and values (each value said too), a marked text by the catalog; any other
    text (the user's data among it) as it is. A translation whose placeholders do not fit
    falls back to the English rather than fail in the user's face."""
    if isinstance(text, BaseException):
        return _said_error(text)
    if isinstance(text, languages.Lowered):
        shown = say(text.original)
        return shown.lower() if text.whole else shown[:1].lower() + shown[1:]
    if isinstance(text, languages.Said):
        count = text.number
        template = tx(text.template) if count is None else tr_n(text.template, "", count)
        values = {k: say(v) if isinstance(v, str) else v for k, v in text.values.items()}
        # A count grouped the English way ("{n:,}") is grouped the language's way instead,
        # and a day written the English way ("{when:%d %b %Y}") with the language's months.
        for key, spec in re.findall(r"\{(\w+):([^{}]*)\}", template):
            value = values.get(key)
            if spec == "," and isinstance(value, int | float):
                template = template.replace(f"{{{key}:,}}", f"{{{key}}}")
                values[key] = number(value)
            elif "%" in spec and isinstance(value, date):
                template = template.replace(f"{{{key}:{spec}}}", f"{{{key}}}")
                values[key] = long_time(value) if "%H" in spec else long_date(value)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            log.warning("the translation of %r does not fit its values", text.template)
            return str(text)
    if isinstance(text, languages.Marked):
        return tx(text)
    if isinstance(text, CountryName):
        return country_name(text.code, _current)
    return str(text)


def _said_error(error: BaseException) -> str:
    """An error's message in the session's language: a refused value by its field's label
    and its problem, a message made with said() or marked() by its words; any other as it
    reads."""
    from brdesk.errors import ValidationError

    if isinstance(error, ValidationError):
        return f"{tx(error.label)}: {say(error.problem)}"
    first = error.args[0] if len(error.args) == 1 else None
    if isinstance(first, languages.Said | languages.Marked):
        return say(first)
    return str(error)


#: Marks a text in a table of data (a menu's, a page's name) for translation; it is
#: translated where it is shown, by tx(). The same marker serves below the window.
marked = languages.marked


def catalog(code: str) -> Path | None:
    """brdesk's compiled catalog for code: the one shipped, or, in a checkout, one compiled
    now from its .ts if that is newer; None if there is none."""
    shipped = PACKAGED / f"brdesk_{code}.qm"
    source = SOURCES / f"brdesk_{code}.ts"
    if not source.is_file():
        return shipped if shipped.is_file() else None
    if shipped.is_file() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    return _compiled(source)


def _compiled(source: Path) -> Path | None:
    from platformdirs import user_cache_dir

    # Named by the source's content: two checkouts (or branches) never share a stale one.
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    folder = Path(user_cache_dir("brdesk", appauthor=False)) / "translations"
    out = folder / f"{source.stem}-{digest}.qm"
    if out.is_file():
        return out
    tool = qt_tool("lrelease")
    if tool is None:
        log.warning("no lrelease to compile %s: the window stays in English", source.name)
        return None
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([str(tool), "-silent", str(source), "-qm", str(out)], check=True,
                       capture_output=True, timeout=120)  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        log.warning("could not compile %s", source.name, exc_info=True)
        return None
    return out


def qt_tool(name: str) -> Path | None:
    """One of Qt's translation tools (lrelease, lupdate) as the PySide6 package carries it,
    or as pyside6-<name> on the PATH."""
    import shutil

    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(f"pyside6-{name}")
    return Path(found) if found else None


_current = SOURCE
#: The translators installed now (the application holds them only weakly).
_installed: list[QTranslator] = []


def installed_catalog() -> QTranslator | None:
    """brdesk's own catalog as installed now (None in English or when none loaded)."""
    ours = [t for t in _installed if t.filePath().endswith(".qm") and "qtbase" not in t.filePath()]
    return ours[0] if ours and _current != SOURCE else None


def install_headless(code: str) -> list[object]:
    """For the command line: a QCoreApplication (Qt's core, no display) if there is no
    application yet, with code's catalogs installed; returns what must stay alive."""
    app = QCoreApplication.instance() or QCoreApplication([])
    return [app, *install(code)]


def current_language() -> str:
    """The language this session speaks (install() sets it)."""
    return _current


def install(code: str) -> list[QTranslator]:
    """Translate the application into code from now on (windows made after this call),
    in place of the language installed before; returns the translators (kept here too)."""
    global _current
    app = QCoreApplication.instance()
    _current = code
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if app is None:
        return []
    installed = []
    qt = QTranslator(app)
    if code == SOURCE:
        pass  # Qt's buttons are English already; ours has the English plural forms
    elif qt.load(f"qtbase_{code}", str(PACKAGED)) or qt.load(
        f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        # The standalone build carries Qt's catalog beside brdesk's; PySide6 has its own.
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.info("Qt's own catalog for %s is not here: standard buttons stay English", code)
    ours = catalog(code)
    mine = QTranslator(app)
    if ours is not None and mine.load(str(ours)):
        app.installTranslator(mine)
        installed.append(mine)
    else:
        log.warning("no catalog for %s: the window stays in English", code)
    _installed.extend(installed)
    return installed
