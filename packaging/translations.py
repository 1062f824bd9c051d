"""The window's translations: extract, compile, check (Qt's own tools, as PySide6 ships them).

    python packaging/translations.py update     # the .ts files from the code (lupdate)
    python packaging/translations.py release [DIR]   # .qm catalogs (lrelease), by default
                                                 # into src/brdesk/data/translations/
    python packaging/translations.py check      # exit 1 if a .ts is behind the code, has
                                                 # an entry unfinished or obsolete

resources/translations/brdesk_<code>.ts holds one language's translations (edited in Qt
Linguist, or by hand); brdesk_en.ts only the English plural forms ("1 action", "2
actions": the code says "%Ln action(s)"). The .qm files are compiled at build time and
never committed. lupdate knows i18n.tx() and tr_n() as tr() and i18n.marked() as
QT_TR_NOOP: called as plain functions, their texts go into the empty context tx() and
tr_n() look them up in.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"
#: Where the marked texts are: the window, and below it what the window shows as it is
#: written there (the fields' labels and hints, the vocabularies' names, the messages
#: made with said(): services, reports, exchange, the disks' refusals in media.py).
CODE = [ROOT / "src" / "brdesk" / sub
        for sub in ("ui", "cli", "services", "reports", "exchange", "db", "media.py",
                    "geo.py", "paths.py")]  # fmt: skip
PACKAGED = ROOT / "src" / "brdesk" / "data" / "translations"
LANGUAGES = ("zh_CN", "es", "fr", "ru")
ALIASES = "QT_TR_NOOP+=marked,QT_TR_NOOP+=said,tr+=tx,tr+=tr_n,tr+=said_n"


def _tool(name: str) -> Path:
    from brdesk.ui.i18n import qt_tool

    found = qt_tool(name)
    if found is None:
        sys.exit(f"no {name}: install PySide6")
    return found


def _sources() -> list[str]:
    found: list[Path] = []
    for place in CODE:
        found += [place] if place.is_file() else list(place.rglob("*.py"))
    return sorted(str(p) for p in found)


def lupdate(target: Path, *, plural_only: bool = False) -> None:
    args = [str(_tool("lupdate")), "-silent", "-no-obsolete", "-locations", "none",
            "-tr-function-alias", ALIASES]  # fmt: skip
    if plural_only:
        args.append("-pluralonly")
    code = target.stem.removeprefix("brdesk_")
    # The file list goes in a list file: the command line would be long on Windows.
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(_sources()))
    try:
        subprocess.run([*args, f"@{listing.name}", "-target-language", code, "-ts",
                        str(target)], check=True)  # fmt: skip
    finally:
        Path(listing.name).unlink()


def catalogs() -> list[Path]:
    return [SOURCES / "brdesk_en.ts", *(SOURCES / f"brdesk_{c}.ts" for c in LANGUAGES)]


def update() -> None:
    SOURCES.mkdir(parents=True, exist_ok=True)
    for ts in catalogs():
        lupdate(ts, plural_only=ts.stem == "brdesk_en")


def release(out: Path = PACKAGED) -> list[Path]:
    """brdesk's catalogs compiled into out, and Qt's own for the same languages (its
    standard dialogs' buttons) copied beside them: the build ships that one folder."""
    import PySide6

    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in catalogs():
        qm = out / f"{ts.stem}.qm"
        subprocess.run([str(_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    qt = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    for code in LANGUAGES:
        source = qt / f"qtbase_{code}.qm"
        if source.is_file():
            made.append(Path(shutil.copy(source, out / source.name)))
    return made


def entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) to the message element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def problems() -> list[str]:
    """What keeps the translations from being complete and current, a line each."""
    said = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in catalogs():
            if not ts.is_file():
                said.append(f"{ts.name} is missing (python packaging/translations.py update)")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            lupdate(fresh, plural_only=ts.stem == "brdesk_en")
            have, wanted = entries(ts), entries(fresh)
            for key in sorted(wanted.keys() - have.keys()):
                said.append(f"{ts.name}: not yet extracted: {key[1][:80]!r}")
            for key in sorted(have.keys() - wanted.keys()):
                said.append(f"{ts.name}: obsolete (no longer in the code): {key[1][:80]!r}")
            for key, message in sorted(have.items()):
                translation = message.find("translation")
                kind = translation.get("type") if translation is not None else "unfinished"
                empty = translation is None or not "".join(translation.itertext()).strip()
                if kind in ("unfinished", "obsolete", "vanished") or empty:
                    said.append(f"{ts.name}: not translated: {key[1][:80]!r}")
    return said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("update", "release", "check"))
    parser.add_argument("out", nargs="?", type=Path, default=PACKAGED)
    args = parser.parse_args()
    if args.what == "update":
        update()
    elif args.what == "release":
        for qm in release(args.out):
            print(qm)
    else:
        found = problems()
        print("\n".join(found) or "translations complete and current")
        sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
