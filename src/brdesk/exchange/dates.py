"""Dates, times and UTC offsets as field tools and spreadsheets write them: a dozen date
shapes (Excel serials from number cells), the day order a file uses, clock times with or
without their offset.

Every parser raises ValueError with a short reason; callers add the file, row and column.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Literal

from brdesk.languages import marked, said

DayOrder = Literal["dmy", "mdy"]


def filter_day(text: str | None, label: str) -> date | None:
    """A date a filter is given (a --from option, a "from" box): YYYY-MM-DD or nothing.
    Refused naming where it was typed: a filter is exact, so no other order is guessed."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            said("{where}: '{text}' is not a date written YYYY-MM-DD", where=label, text=text)
        ) from None


_EXCEL_EPOCH = datetime(1899, 12, 30)

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_NUMERIC = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})(?:[ T](.*))?$")


def parse_datetime(value: object, order: DayOrder = "dmy") -> tuple[date, time | None]:
    """A date, and a time where one is given, from what people and tools write.

    ISO 8601 with or without time and offset (the date is the local one written), the
    first day of an interval, day/month/year (or month/day/year with order="mdy"),
    year/month/day, Excel serial numbers, and the datetime objects XLSX cells carry.
    """
    if isinstance(value, datetime):
        return value.date(), (value.time() if value.time() != time(0) else None)
    if isinstance(value, date):
        return value, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        # A number cell of a spreadsheet: an Excel day number, unless it is a year alone.
        if float(value).is_integer() and 1000 <= value <= 2999:
            raise ValueError(
                said("{year:g} is a year alone, not a date (write YYYY-MM-DD)", year=value)
            )
        return _from_serial(float(value))
    text = str(value).strip()
    if not text:
        raise ValueError(marked("no date"))
    if "/" in text and _ISO.match(text):
        text = text.split("/", 1)[0]  # an interval: its start
    if _ISO.match(text):
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(said("'{text}' is not a real date", text=text)) from None
        has_time = len(text) > 10
        return moment.date(), (moment.time().replace(tzinfo=None) if has_time else None)
    match = _NUMERIC.match(text)
    if match:
        a, b, c, rest = match.groups()
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        elif len(c) in (2, 4) and len(a) <= 2:
            first, second = int(a), int(b)
            day, month = (first, second) if order == "dmy" else (second, first)
            # Two-digit years are this century's: 1/2/25 is 2025.
            year = int(c) + (2000 if len(c) == 2 else 0)
        else:
            raise ValueError(said("'{text}' is not a date (write it YYYY-MM-DD)", text=text))
        try:
            found = date(year, month, day)
        except ValueError:
            raise ValueError(said("'{text}' is not a real date", text=text)) from None
        return found, _parse_time(rest) if rest else None
    if re.fullmatch(r"\d{4}", text):
        raise ValueError(said("'{text}' is a year alone, not a date (write YYYY-MM-DD)", text=text))
    # Digits in a text cell are not an Excel day number: only typed spreadsheet cells are.
    raise ValueError(said("'{text}' is not a date (write it YYYY-MM-DD)", text=text))


def _from_serial(serial: float) -> tuple[date, time | None]:
    # 1 = 1900-01-01 ... 73050 = 2099-12-31: anything else is not a date someone typed.
    if not 1 <= serial < 73051:
        raise ValueError(said("{serial:g} is not an Excel date", serial=serial))
    moment = _EXCEL_EPOCH + timedelta(days=serial)
    moment = moment.replace(microsecond=0)
    return moment.date(), (moment.time() if serial % 1 else None)


def _parse_time(text: str) -> time | None:
    text = text.strip()
    if not text:
        return None
    try:
        return time.fromisoformat(text.split("+")[0].split("Z")[0].strip())
    except ValueError:
        raise ValueError(said("'{text}' is not a time", text=text)) from None


_STAMPED = re.compile(r"^\d{4}-\d{2}-\d{2}[ T](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)")


def parse_time(value: object) -> time:
    """A time of day: '08:15', '08:15:30', a full ISO timestamp, or an Excel day fraction."""
    if isinstance(value, time):
        return value
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(float(value) * 86400)
        return time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
    text = str(value).strip()
    stamped = _STAMPED.match(text)
    if stamped:
        # A date and a clock time, perhaps with an offset or a zone after it: the clock
        # time as written is the local time of the observation.
        return _parse_time(stamped.group(1)) or time(0)
    if _ISO.match(text):
        raise ValueError(said("'{text}' has no time", text=text))
    parsed = _parse_time(text)
    if parsed is None:
        raise ValueError("no time")
    return parsed


#: A clock time followed by its offset from UTC: Z, +05:45, +0545, -03, " UTC".
_OFFSET = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)\s*$", re.IGNORECASE
)


def parse_offset(value: object) -> str | None:
    """The UTC offset a time stamp states, as +HH:MM ("Z" and "UTC" are +00:00); None when
    it states none (a time alone is local time, offset unknown). An offset no place on
    Earth uses (beyond -12:00 and +14:00, or minutes other than 00, 30, 45) is refused."""
    if isinstance(value, datetime):
        delta = value.utcoffset()
        if delta is None:
            return None
        minutes = round(delta.total_seconds() / 60)
        sign = "+" if minutes >= 0 else "-"
        text = f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
    else:
        match = _OFFSET.search(str(value).strip())
        if match is None:
            return None
        text = match.group(1).upper()
    if text in ("Z", "UTC", "GMT"):
        return "+00:00"
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    signed = hours * 60 + minutes if text[0] == "+" else -(hours * 60 + minutes)
    if not -12 * 60 <= signed <= 14 * 60 or minutes not in (0, 30, 45):
        raise ValueError(said("'{text}' is not a UTC offset any place uses", text=text))
    return f"{text[0]}{hours:02d}:{minutes:02d}"


_OFFSET_ALONE = re.compile(r"^(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$", re.IGNORECASE)


def parse_offset_alone(value: object) -> str:
    """A UTC offset in a column of its own ("+05:45", "+0545", "Z"), as +HH:MM."""
    text = str(value).strip()
    if not _OFFSET_ALONE.match(text):
        raise ValueError(
            said("'{text}' is not a UTC offset (write it +05:45 or -03:00)", text=text)
        )
    offset = parse_offset(f"00:00{text}")
    assert offset is not None
    return offset


def guess_day_order(samples: list[str]) -> DayOrder:
    """Day first unless some value can only be month first (13/25/2024)."""
    for text in samples:
        match = _NUMERIC.match(str(text).strip())
        if match and len(match.group(1)) <= 2:
            first, second = int(match.group(1)), int(match.group(2))
            if second > 12 >= first:
                return "mdy"
            if first > 12:
                return "dmy"
    return "dmy"
