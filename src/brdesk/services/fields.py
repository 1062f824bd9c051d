"""Field rules: each editable field declared once, with the label users see and its limits.

The same declaration coerces what a form or a command line hands in ("1 234,5", "2025-10-03",
"") and produces the message naming the field when the value will not do.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, Literal

from brdesk.errors import ValidationError
from brdesk.exchange.dates import parse_offset_alone
from brdesk.exchange.values import parse_bool, parse_number

# "longtext" is text that wants a multi-line editor (descriptions, notes).
Kind = Literal[
    "text", "longtext", "int", "float", "date", "time", "bool", "choice", "email", "country",
    "latitude", "longitude", "utc_offset",
]  # fmt: skip

# An address as mail software accepts it: a local part of letters, digits and the few
# signs RFC 5322 allows (dots not first, last or doubled), an @, then a domain of labels
# (letters in any script, digits, inner hyphens) and a top-level name of letters.
_EMAIL = re.compile(
    r"^(?!\.)(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~.-]+(?<!\.)"
    r"@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}$"
)
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: Kind = "text"
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    choices: Mapping[str, str] | None = None
    not_in_future: bool = False
    #: A short hint shown in the form (placeholder or tooltip).
    hint: str | None = None

    def fail(self, problem: str) -> ValidationError:
        return ValidationError(self.name, self.label, problem)

    def clean(self, raw: Any, today: date | None = None) -> Any:
        """The value to store, or a ValidationError naming this field."""
        value = raw.strip() if isinstance(raw, str) else raw
        if value is None or value == "":
            if self.required:
                raise self.fail("is required")
            return False if self.kind == "bool" else None
        value = _COERCE[self.kind](self, value)
        self._check_limits(value, today)
        return value

    def _check_limits(self, value: Any, today: date | None) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise self.fail(
                    f"must be at least {number_text(self.minimum)} (got {number_text(value)})"
                )
            if self.maximum is not None and value > self.maximum:
                raise self.fail(
                    f"must be at most {number_text(self.maximum)} (got {number_text(value)})"
                )
        if isinstance(value, str) and self.max_length is not None and len(value) > self.max_length:
            raise self.fail(f"is too long ({len(value)} characters; at most {self.max_length})")
        if self.not_in_future and isinstance(value, date):
            limit = today or date.today()
            if value > limit:
                raise self.fail(f"{value.isoformat()} is in the future")
        if self.not_in_future and self.kind == "int" and isinstance(value, int):
            # A year: not after this one.
            year = (today or date.today()).year
            if value > year:
                raise self.fail(f"must not be after this year, {year} (got {value})")


def number_text(value: float) -> str:
    """A limit as people write it: 9223372036854775807 rather than 9.22337e+18 (with no
    separators, which half the users' languages read as decimal marks)."""
    if float(value).is_integer() and abs(value) < 1e21:
        return str(int(value))
    return f"{value:g}"


#: Control characters no typed text holds (tab, line feed and carriage return aside): a NUL
#: cuts the text short in many programs the data later reaches.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _to_text(field: Field, value: Any) -> str:
    text = str(value)
    control = _CONTROL.search(text)
    if control is not None:
        raise field.fail(
            f"holds a control character (U+{ord(control.group()):04X}) that no text holds"
        )
    return text


#: The largest whole number SQLite stores: a larger one (a count of 1e19 from a package or
#: a pasted cell) would fail at the commit rather than be refused with its field named.
INT_LIMIT = 2**63 - 1


def _to_int(field: Field, value: Any) -> int:
    if isinstance(value, bool):
        raise field.fail("must be a whole number")
    whole: int
    if isinstance(value, int):
        whole = value
    elif isinstance(value, float) and value.is_integer():
        whole = int(value)
    else:
        try:
            number = parse_number(str(value))
        except ValueError as exc:
            raise field.fail(_number_problem(exc, value, "a whole number")) from None
        if not number.is_integer():
            raise field.fail(f"must be a whole number (got '{value}')")
        whole = int(number)
    if whole > INT_LIMIT:
        raise field.fail(f"must be at most {INT_LIMIT} (got {number_text(whole)})")
    if whole < -INT_LIMIT:
        raise field.fail(f"must be at least {-INT_LIMIT} (got {number_text(whole)})")
    return whole


def _to_float(field: Field, value: Any) -> float:
    if isinstance(value, bool):
        raise field.fail("must be a number")
    if isinstance(value, int | float):
        result = float(value)
    else:
        try:
            result = parse_number(str(value))
        except ValueError as exc:
            raise field.fail(_number_problem(exc, value, "a number")) from None
    if result != result or result in (float("inf"), float("-inf")):
        raise field.fail("must be a finite number")
    return result


def _number_problem(exc: ValueError, value: Any, what: str) -> str:
    """The parser's own words when it refused an ambiguity; else 'must be a number'."""
    said = str(exc)
    return said if "two ways" in said else f"must be {what} (got '{value}')"


def _to_date(field: Field, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise field.fail(f"must be a date written YYYY-MM-DD (got '{value}')") from None


def _to_coordinate(field: Field, value: Any) -> float:
    from brdesk.exchange.values import parse_coordinate

    try:
        return parse_coordinate(value, "lat" if field.kind == "latitude" else "lon")
    except ValueError as exc:
        problem = str(exc).removeprefix(f"{field.kind} ")
        raise field.fail(f"{problem} (got '{value}')") from None


def _to_time(field: Field, value: Any) -> time:
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        raise field.fail(f"must be a time written HH:MM (got '{value}')") from None


def _to_bool(field: Field, value: Any) -> bool:
    try:
        return parse_bool(value)
    except ValueError as exc:
        raise field.fail(f"must be yes or no ({exc})") from None


def _to_choice(field: Field, value: Any) -> str:
    choices = field.choices or {}
    text = str(value)
    if text in choices:
        return text
    # Accept the label too ("In progress" for in_progress), as people type labels.
    for code, label in choices.items():
        if text.casefold() == label.casefold():
            return code
    allowed = ", ".join(choices)
    raise field.fail(f"'{text}' is not one of: {allowed}")


def _to_email(field: Field, value: Any) -> str:
    text = str(value)
    if not _EMAIL.match(text):
        raise field.fail(f"'{text}' is not an e-mail address")
    return text


def _to_offset(field: Field, value: Any) -> str:
    try:
        return parse_offset_alone(value)
    except ValueError as exc:
        raise field.fail(str(exc)) from None


def _to_country(field: Field, value: Any) -> str:
    """A stored ISO code from a code ("np") or a name ("Nepal", as the picker shows it)."""
    from brdesk.reference import countries

    text = str(value).strip()
    known = countries()
    if _COUNTRY.match(text.upper()) and text.upper() in known:
        return text.upper()
    for code, name in known.items():
        if name.casefold() == text.casefold():
            return code
    raise field.fail(f"'{text}' is not a country name or a two-letter ISO code such as NP or KE")


_COERCE = {
    "text": _to_text,
    "longtext": _to_text,
    "int": _to_int,
    "float": _to_float,
    "date": _to_date,
    "time": _to_time,
    "bool": _to_bool,
    "choice": _to_choice,
    "email": _to_email,
    "country": _to_country,
    "latitude": _to_coordinate,
    "longitude": _to_coordinate,
    "utc_offset": _to_offset,
}


def check_order(
    values: Mapping[str, Any], low: Field, high: Field, what: str = "must not be before"
) -> None:
    a, b = values.get(low.name), values.get(high.name)
    if a is not None and b is not None and a > b:
        shown = number_text(a) if isinstance(a, float) else str(a)
        raise ValidationError(high.name, high.label, f"{what} {low.label.lower()} ({shown})")
