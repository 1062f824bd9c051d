"""Add the countries' names in brdesk's languages to src/brdesk/data/countries.csv, from
the Unicode CLDR (through Babel, which carries its data), so that the window names a
participant's country the way their language does ("Népal", "尼泊尔").

Run once with Babel importable (Babel 2.19.0, CLDR 47); brdesk itself does not depend on
Babel: the columns are committed.

    PYTHONPATH=/path/to/babel python resources/world/add_country_names.py
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from babel import Locale

CSV = Path(__file__).resolve().parents[2] / "src" / "brdesk" / "data" / "countries.csv"
#: brdesk's code for each language, and CLDR's locale for it.
LANGUAGES = {"zh_CN": "zh_Hans_CN", "es": "es", "fr": "fr", "ru": "ru"}


def main() -> None:
    rows = list(csv.DictReader(io.StringIO(CSV.read_text(encoding="utf-8"))))
    names = {code: Locale.parse(cldr).territories for code, cldr in LANGUAGES.items()}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["code", "name", "numeric", *(f"name_{code}" for code in LANGUAGES)])
    missing = []
    for row in rows:
        translated = [names[code].get(row["code"], "") for code in LANGUAGES]
        if not all(translated):
            missing.append(row["code"])
        writer.writerow([row["code"], row["name"], row["numeric"], *translated])
    CSV.write_text(out.getvalue(), encoding="utf-8")
    print(f"{len(rows)} countries; CLDR has no name for {missing or 'none'}")


if __name__ == "__main__":
    main()
