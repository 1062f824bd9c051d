"""A point far outside the reserve's zones, said in an import's preview: imported as read
(it may be a survey beyond the boundary), but swapped latitude and longitude, a lost minus
sign or a wrong UTM zone are caught before they are committed."""

from __future__ import annotations

import sqlite3

from brdesk.geo import Box
from brdesk.languages import marked, said_n
from brdesk.services.import_staging import staged_table

#: How far beyond the box of the zones on the map a point is said to be far outside (about
#: half a degree: a GPS unit's error or a neighbouring valley is nearer; swapped latitude
#: and longitude, a missing minus sign or a wrong UTM zone are much further).
FAR_KM = 50
_FAR_DEGREES = FAR_KM / 111


def far_outside(
    conn: sqlite3.Connection,
) -> tuple[int, tuple[int, float, float] | None, Box | None]:
    row = conn.execute(
        "SELECT min(min_lon), min(min_lat), max(max_lon), max(max_lat) FROM reserve_zone"
    ).fetchone()
    if row[0] is None:
        return 0, None, None
    box = Box(*row)
    outside = (
        f"FROM {staged_table(conn)} WHERE latitude IS NOT NULL AND (latitude NOT BETWEEN ? AND ? "
        "OR longitude NOT BETWEEN ? AND ?)"
    )
    params = (box.min_lat - _FAR_DEGREES, box.max_lat + _FAR_DEGREES,
              box.min_lon - _FAR_DEGREES, box.max_lon + _FAR_DEGREES)  # fmt: skip
    count = conn.execute(f"SELECT count(*) {outside}", params).fetchone()[0]
    first = conn.execute(f"SELECT n, latitude, longitude {outside} ORDER BY n LIMIT 1", params)
    example = first.fetchone()
    return count, (tuple(example) if example else None), box


def far_note(count: int, example: tuple[int, float, float], box: Box | None) -> str:
    """In words, for the preview's rules."""
    row, lat, lon = example
    swapped = ""
    if box is not None and box.contains(lat, lon):  # read the other way round, it is inside
        swapped = marked(": latitude and longitude swapped?")
    return said_n(
        "WARNING: %Ln row(s) [lies|lie] more than {km} km outside the reserve's zones (the "
        "first, row {row}, at latitude {lat:g}, longitude {lon:g}{swapped}); they are imported "
        "as read",
        "", count, km=FAR_KM, row=row, lat=lat, lon=lon, swapped=swapped,
    )  # fmt: skip
