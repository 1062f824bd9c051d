"""Values as field tools and spreadsheets write them: coordinates in decimal degrees,
degrees-minutes-seconds or UTM, decimal commas and thousands separators by the file's own
convention, yes and no in many languages. Dates and times are in exchange/dates.py.

Every parser raises ValueError with a short reason; callers add the file, row and column.
"""

from __future__ import annotations

import re
from typing import Literal

from brdesk.languages import marked, said

Axis = Literal["lat", "lon"]

_DMS = re.compile(
    r"""^\s*
    (?P<hemi1>[NSEW])?\s*
    (?P<deg>[-+]?\d+(?:[.,]\d+)?)\s*(?:°|º|d|deg|\s)\s*
    (?:(?P<min>\d+(?:[.,]\d+)?)\s*(?:'|′|’|m|min|\s)\s*)?
    (?:(?P<sec>\d+(?:[.,]\d+)?)\s*(?:"|″|”|''|s|sec)?\s*)?
    (?P<hemi2>[NSEW])?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


#: How a file writes its numbers: "point" (1,234.5: the comma groups thousands), "comma"
#: (1.234,5 or 1 234,5: the comma is the decimal mark), or None when nothing in the file
#: tells, and a number that could be read both ways is refused.
NumberStyle = Literal["point", "comma"] | None

# Groups of three after a first group that does not start with 0 (0,500 is a decimal).
_GROUPED_POINT = re.compile(r"^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$")
_GROUPED_COMMA = re.compile(r"^[-+]?[1-9]\d{0,2}([.]\d{3})+(,\d+)?$")
_PLAIN = re.compile(r"^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$")


def parse_number(text: str, style: NumberStyle = None, *, grouping: bool = True) -> float:
    """A number as people and spreadsheets in many locales write it: '1234.5', '1 234,5',
    '1,234.5', '1.234,5', '-3,2'. Never a guess: '1,000' is one thousand in a file that
    writes decimal points, 1.0 in one that writes decimal commas, and refused where nothing
    tells (it could be either). grouping=False: the value never has thousands (a
    coordinate), so a lone comma is its decimal mark."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace("'", "")  # 1'234.5, as written in Switzerland
    if not cleaned:
        raise ValueError(marked("not a number"))
    comma, point = "," in cleaned, "." in cleaned
    if comma and point:
        if _GROUPED_POINT.match(cleaned) and cleaned.rfind(".") > cleaned.rfind(","):
            cleaned = cleaned.replace(",", "")
        elif _GROUPED_COMMA.match(cleaned) and cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            raise ValueError(said("'{text}' is not a number", text=text.strip()))
    elif comma:
        grouped = grouping and _GROUPED_POINT.match(cleaned) is not None
        if grouped and style == "point":
            cleaned = cleaned.replace(",", "")
        elif grouped and style is None:
            raise ValueError(
                said(
                    "'{text}' could be read two ways (a thousands separator or a decimal comma): "
                    "write it without the comma, or with a decimal point",
                    text=text.strip(),
                )
            )
        elif style == "point" and grouping:
            raise ValueError(
                said("'{text}' has a comma, but this file writes decimal points", text=text.strip())
            )
        else:
            cleaned = cleaned.replace(",", ".")
    elif point and grouping and _GROUPED_COMMA.match(cleaned):
        if style == "comma":
            cleaned = cleaned.replace(".", "")  # 4.500 in a decimal-comma file: 4500
        elif style is None:
            raise ValueError(
                said(
                    "'{text}' could be read two ways (a thousands separator or a decimal point): "
                    "write it without the point, or with a decimal comma",
                    text=text.strip(),
                )
            )
    if not _PLAIN.match(cleaned.replace(",", ".")):
        raise ValueError(said("'{text}' is not a number", text=text.strip()))
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(marked("not a finite number"))
    return value


def detect_number_style(samples: list[str]) -> NumberStyle:
    """The decimal mark a file uses, from values that can only be read one way: '2,5'
    (decimal comma), '1.234,5' (the same), '0.75' or '1,234.5' (decimal point). None when
    no value tells, or when values disagree."""
    styles: set[str] = set()
    for text in samples:
        cleaned = str(text).strip().replace(" ", "").replace("\u00a0", "")
        if "," in cleaned and "." in cleaned:
            styles.add("comma" if cleaned.rfind(",") > cleaned.rfind(".") else "point")
        elif "," in cleaned and not _GROUPED_POINT.match(cleaned):
            styles.add("comma")
        elif "." in cleaned and not _GROUPED_COMMA.match(cleaned):
            styles.add("point")
    if len(styles) == 1:
        return "comma" if "comma" in styles else "point"
    return None


#: What starts a formula in a spreadsheet cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def plain_text(text: str) -> str:
    """A text cell as brdesk wrote it back to what it said: the apostrophe put before a
    text that would run as a formula ("'=x", "'-3 days") is taken off."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


YES_WORDS = frozenset(
    # English, French, Spanish, Portuguese, Russian, Chinese, Nepali/Hindi, Kyrgyz/Kazakh,
    # Turkish, German, Indonesian, Swahili: the participants' working languages.
    [
        "1",
        "true",
        "yes",
        "y",
        "x",
        "oui",
        "o",
        "vrai",
        "sí",
        "si",
        "s",
        "verdadero",
        "sim",
        "verdade",
        "да",
        "д",
        "истина",
        "是",
        "对",
        "對",
        "有",
        "真",
        "हो",
        "हाँ",
        "हां",
        "ооба",
        "иә",
        "ія",
        "evet",
        "ja",
        "wahr",
        "ya",
        "benar",
        "ndiyo",
        "kweli",
    ]
)
NO_WORDS = frozenset(
    [
        "0",
        "false",
        "no",
        "n",
        "non",
        "faux",
        "falso",
        "não",
        "nao",
        "нет",
        "н",
        "ложь",
        "否",
        "不",
        "不是",
        "无",
        "無",
        "假",
        "होइन",
        "नहीं",
        "जी_नहीं",
        "жок",
        "жоқ",
        "hayır",
        "hayir",
        "nein",
        "falsch",
        "tidak",
        "salah",
        "hapana",
        "uongo",
    ]
)


def parse_bool(value: object) -> bool:
    """Yes or no, in the words of the participants' languages; anything else is refused."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = str(value).strip().casefold().rstrip(".")
    if text in YES_WORDS:
        return True
    if text in NO_WORDS:
        return False
    raise ValueError(said("'{text}' is not yes or no", text=str(value).strip()))


class OutOfRange(ValueError):
    """A coordinate beyond ±90 or ±180 degrees (limit: the bound it broke)."""

    def __init__(self, message: str, limit: float) -> None:
        super().__init__(message)
        self.limit = limit


def parse_coordinate(value: object, axis: Axis) -> float:
    """A latitude or longitude in decimal degrees, from decimals or DMS such as 27°59'17"N."""
    limit = 90.0 if axis == "lat" else 180.0
    name = marked("latitude") if axis == "lat" else marked("longitude")
    if isinstance(value, int | float) and not isinstance(value, bool):
        degrees = float(value)
    else:
        text = str(value).strip()
        # "27 59 17" is degrees, minutes and seconds, not 275,917 with spaces.
        if re.search(r"\d\s+\d", text) or re.search(r"[°º'\"′″NSEWnsew]", text):
            degrees = _parse_dms(text, axis)
        else:
            degrees = parse_number(text, grouping=False)
    if not -limit <= degrees <= limit:
        raise OutOfRange(
            said("{axis} must be between -{limit:g} and {limit:g}", axis=name, limit=limit), limit
        )
    return degrees


def _parse_dms(text: str, axis: Axis) -> float:
    match = _DMS.match(text)
    if not match:
        raise ValueError(marked("not a coordinate (use decimal degrees or 27°59'17\"N)"))
    hemi = (match["hemi1"] or match["hemi2"] or "").upper()
    if hemi and ((axis == "lat") != (hemi in "NS")):
        raise ValueError(
            said("'{hemi}' does not belong to a latitude", hemi=hemi)
            if axis == "lat"
            else said("'{hemi}' does not belong to a longitude", hemi=hemi)
        )
    degrees = parse_number(match["deg"], grouping=False)
    minutes = parse_number(match["min"], grouping=False) if match["min"] else 0.0
    seconds = parse_number(match["sec"], grouping=False) if match["sec"] else 0.0
    if minutes >= 60 or seconds >= 60:
        raise ValueError(marked("minutes and seconds must be below 60"))
    if hemi and match["deg"].lstrip()[:1] in "-+":
        raise ValueError(
            said("a sign and '{hemi}' say the hemisphere twice: write one of them", hemi=hemi)
        )
    if (match["min"] and not degrees.is_integer()) or (match["sec"] and not minutes.is_integer()):
        raise ValueError(marked("only the last of degrees, minutes and seconds may have decimals"))
    sign = -1.0 if degrees < 0 or hemi in ("S", "W") else 1.0
    return sign * (abs(degrees) + minutes / 60 + seconds / 3600)


# Excel's day zero is 1899-12-30 (it counts a 29 February 1900 that never was).
_UTM_ZONE = re.compile(r"^\s*(\d{1,2})\s*([A-Za-z]*)\s*$")


def parse_utm_zone(text: str) -> tuple[int, bool]:
    """(zone number, northern hemisphere?) from "45R" (a latitude band), "45 north",
    "18 south", "45N" (north). "45S" is refused: band S is north of the equator, but many
    write S for south."""
    match = _UTM_ZONE.match(str(text))
    if not match or not 1 <= int(match.group(1)) <= 60:
        raise ValueError(
            said("'{text}' is not a UTM zone (write it like 45R or 18 south)", text=text)
        )
    number, rest = int(match.group(1)), match.group(2).casefold()
    if rest in ("north", "n", "nord", "norte"):
        return number, True
    if rest in ("south", "sud", "sur", "süd"):
        return number, False
    if rest == "s":
        raise ValueError(
            said(
                "'{text}' could be band S (north of the equator) or south: write "
                "{number} south or {number} north",
                text=text,
                number=number,
            )
        )
    if len(rest) == 1 and rest in "cdefghjklmpqrtuvwx":
        return number, rest >= "n"
    if not rest:
        raise ValueError(
            said(
                "'{text}' does not say the hemisphere (write {number} north, say)",
                text=text,
                number=number,
            )
        )
    raise ValueError(said("'{text}' is not a UTM zone (write it like 45R or 18 south)", text=text))


def utm_to_degrees(
    easting: float, northing: float, zone: int, northern: bool
) -> tuple[float, float]:
    """Latitude and longitude (WGS84) of a UTM position, by the utm library."""
    import utm

    try:
        lat, lon = utm.to_latlon(easting, northing, zone, northern=northern, strict=True)
    except utm.error.OutOfRangeError as exc:
        raise ValueError(said("not a UTM position ({problem})", problem=str(exc))) from None
    return float(lat), float(lon)
