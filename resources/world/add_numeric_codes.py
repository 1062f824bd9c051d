"""Add ISO 3166-1 numeric codes to src/brdesk/data/countries.csv, so that a country code
(alpha-2, as profiles hold it) finds its outline on the world map (Natural Earth ids its
countries by the numeric code).

Run once with pycountry importable (pycountry 26.2.16, whose data is Debian's iso-codes);
brdesk itself does not depend on pycountry: the column is committed.

    PYTHONPATH=/path/to/pycountry python resources/world/add_numeric_codes.py
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pycountry

CSV = Path(__file__).resolve().parents[2] / "src" / "brdesk" / "data" / "countries.csv"


def main() -> None:
    rows = list(csv.DictReader(io.StringIO(CSV.read_text(encoding="utf-8"))))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["code", "name", "numeric"])
    for row in rows:
        country = pycountry.countries.get(alpha_2=row["code"])
        writer.writerow([row["code"], row["name"], country.numeric if country else ""])
    CSV.write_text(out.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
