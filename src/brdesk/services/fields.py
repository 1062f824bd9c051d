"""Field rules: each editable field declared once, with the label users see and its limits.

The same declaration coerces what a form or a command line hands in ("1 234,5", "2025-10-03",
"") and produces the message naming the field when the value will not do.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cached_property
from typing import Any, Literal

from brdesk.errors import MissingValue, ValidationError
from brdesk.exchange.dates import parse_offset_alone
from brdesk.exchange.values import parse_bool, parse_number
from brdesk.languages import marked, reason, said

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

    def fail(self, problem: str, got: str | None = None) -> ValidationError:
        error = ValidationError(self.name, self.label, problem, got)
        if got is not None:
            # The same words, kept apart so that the window can say them translated.
            error.problem = said("{problem} (got {got})", problem=problem, got=got)
        return error

    def clean(self, raw: Any, today: date | None = None) -> Any:
        """The value to store, or a ValidationError naming this field."""
        return self._cleaner(raw, today)

    @cached_property
    def _cleaner(self) -> Callable[[Any, date | None], Any]:
        """clean(), made once for this field with only the checks it declares: an import
        cleans a million values with it."""
        coerce = _COERCE[self.kind]
        ready = _READY.get(self.kind)
        check = self._limits()
        empty = False if self.kind == "bool" else None

        def clean(raw: Any, today: date | None) -> Any:
            value = raw.strip() if raw.__class__ is str else raw
            if value is None or value == "":
                if self.required:
                    raise MissingValue(self.name, self.label, marked("is required"))
                return empty
            if value.__class__ is not ready:
                value = coerce(self, value)
            if check is not None:
                check(value, today)
            return value

        return clean

    def _limits(self) -> Callable[[Any, date | None], None] | None:
        """The check of this field's declared limits on a value of its kind, or None."""
        if self.kind in ("int", "float"):
            return self._number_limits()
        if self.kind in ("latitude", "longitude"):
            return self._coordinate_limits()
        if self.kind == "date" and self.not_in_future:
            return self._not_in_future
        longest = self.max_length
        if longest is None or self.kind in ("bool", "time"):
            return None

        def not_too_long(value: str, today: date | None) -> None:
            if len(value) > longest:
                raise self.fail(
                    said(
                        "is too long ({length:,} characters; at most {longest:,})",
                        length=len(value),
                        longest=longest,
                    )
                )

        return not_too_long

    def _number_limits(self) -> Callable[[Any, date | None], None]:
        low, high = self.minimum, self.maximum
        if self.kind == "int":
            # The largest whole number SQLite stores: a larger one (a count of 1e19 from a
            # package or a pasted cell) would fail at the commit rather than be refused
            # with its field named.
            low = -INT_LIMIT if low is None else max(low, -INT_LIMIT)
            high = INT_LIMIT if high is None else min(high, INT_LIMIT)
        whole, year = self.kind == "int", self.kind == "int" and self.not_in_future

        def within(value: float, today: date | None) -> None:
            if not whole and not math.isfinite(value):
                raise self.fail(marked("must be a finite number"))
            if low is not None and value < low:
                raise self.fail(
                    said("must be at least {low}", low=number_text(low)), number_text(value)
                )
            if high is not None and value > high:
                raise self.fail(
                    said("must be at most {high}", high=number_text(high)), number_text(value)
                )
            if year:
                this_year = (today or date.today()).year
                if value > this_year:
                    raise self.fail(
                        said("must not be after this year, {year}", year=this_year), str(value)
                    )

        return within

    def _coordinate_limits(self) -> Callable[[float, date | None], None]:
        """The range said as a coordinate's parser says it, for one read already."""
        low = -90.0 if self.kind == "latitude" else -180.0
        low, high = max(self.minimum or low, low), min(self.maximum or -low, -low)
        told = said(
            "must be between {low} and {high}", low=number_text(low), high=number_text(high)
        )

        def within(value: float, today: date | None) -> None:
            if not low <= value <= high:  # a NaN is in no range
                raise self.fail(told, f"'{value:g}'")

        return within

    def _not_in_future(self, value: date, today: date | None) -> None:
        if value > (today or date.today()):
            raise self.fail(said("{day} is in the future", day=value.isoformat()))


#: The type a value already of each kind has: it is not converted again (its limits are
#: still checked). Texts are always looked at (control characters).
_READY: dict[str, type] = {
    "int": int, "float": float, "date": date, "time": time, "bool": bool, "latitude": float,
    "longitude": float,
}  # fmt: skip


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
            said(
                "holds a control character (U+{code:04X}) that no text holds",
                code=ord(control.group()),
            )
        )
    return text


#: The largest whole number SQLite stores.
INT_LIMIT = 2**63 - 1


def _to_int(field: Field, value: Any) -> int:
    if isinstance(value, bool):
        raise field.fail(marked("must be a whole number"))
    whole: int
    if isinstance(value, int):
        whole = value
    elif isinstance(value, float) and value.is_integer():
        whole = int(value)
    else:
        try:
            number = parse_number(str(value))
        except ValueError as exc:
            raise _number_problem(field, exc, value, marked("a whole number")) from None
        if not number.is_integer():
            raise field.fail(marked("must be a whole number"), f"'{value}'")
        whole = int(number)
    return whole


def _to_float(field: Field, value: Any) -> float:
    if isinstance(value, bool):
        raise field.fail(marked("must be a number"))
    if isinstance(value, int | float):
        try:
            result = float(value)
        except OverflowError:
            raise field.fail(marked("must be a finite number")) from None
    else:
        try:
            result = parse_number(str(value))
        except ValueError as exc:
            raise _number_problem(field, exc, value, marked("a number")) from None
    return result


def _number_problem(field: Field, exc: ValueError, value: Any, what: str) -> ValidationError:
    """The parser's own words when it refused an ambiguity; else 'must be a number'."""
    told = reason(exc)
    if "two ways" in told:
        return field.fail(told)
    return field.fail(said("must be {what}", what=what), f"'{value}'")


def _to_date(field: Field, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise field.fail(marked("must be a date written YYYY-MM-DD"), f"'{value}'") from None


def _to_coordinate(field: Field, value: Any) -> float:
    from brdesk.exchange.values import OutOfRange, parse_coordinate

    try:
        return parse_coordinate(value, "lat" if field.kind == "latitude" else "lon")
    except OutOfRange as exc:
        problem = said("must be between -{limit:g} and {limit:g}", limit=exc.limit)
        raise field.fail(problem, f"'{value}'") from None
    except ValueError as exc:
        raise field.fail(reason(exc), f"'{value}'") from None


def _to_time(field: Field, value: Any) -> time:
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        raise field.fail(marked("must be a time written HH:MM"), f"'{value}'") from None


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
    # Accept the label too ("In progress" for in_progress), as people type labels, and a
    # code written as words ("Socio-economic", "buffer zone"), as field forms write them.
    key = text.lower().replace("-", "_").replace(" ", "_")
    if key in choices:
        return key
    for code, label in choices.items():
        if text.casefold() == label.casefold():
            return code
    allowed = ", ".join(choices)
    raise field.fail(said("'{text}' is not one of: {allowed}", text=text, allowed=allowed))


def _to_email(field: Field, value: Any) -> str:
    text = str(value)
    if not _EMAIL.match(text):
        raise field.fail(said("'{text}' is not an e-mail address", text=text))
    return text


def _to_offset(field: Field, value: Any) -> str:
    try:
        return parse_offset_alone(value)
    except ValueError as exc:
        raise field.fail(reason(exc)) from None


def _to_country(field: Field, value: Any) -> str:
    """A stored ISO code from a code ("np") or a name in any of brdesk's languages
    ("Nepal", "Népal", "尼泊尔": as the picker shows it)."""
    from brdesk.languages import LANGUAGES
    from brdesk.reference import countries

    text = str(value).strip()
    known = countries()
    if _COUNTRY.match(text.upper()) and text.upper() in known:
        return text.upper()
    for language in LANGUAGES:
        for code, name in countries(language).items():
            if name.casefold() == text.casefold():
                return code
    raise field.fail(
        said("'{text}' is not a country name or a two-letter ISO code such as NP or KE", text=text)
    )


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


class RowCleaner:
    """Rows of values cleaned by their fields' declarations, the same rules a form and a
    package are checked by: an import reads each value from its file (dates in the file's
    order, decimal commas, UTM, a form's choice labels), then cleans the row here."""

    def __init__(self, fields: Sequence[Field], today: date) -> None:
        self.fields = tuple(fields)
        self.today = today
        self._steps = [
            (f._cleaner, f.required, False if f.kind == "bool" else None) for f in self.fields
        ]

    def __call__(self, values: Sequence[Any]) -> list[Any]:
        """The values to store, in the fields' order; a ValidationError (a MissingValue
        for a required field left empty) names the first field whose value will not do."""
        today = self.today
        # Most of an import's optional fields are empty: no call for them.
        return [
            empty if value is None and not required else clean(value, today)
            for (clean, required, empty), value in zip(self._steps, values, strict=True)
        ]


def check_order(
    values: Mapping[str, Any], low: Field, high: Field, what: str = "must not be before"
) -> None:
    a, b = values.get(low.name), values.get(high.name)
    if a is not None and b is not None and a > b:
        shown = number_text(a) if isinstance(a, float) else str(a)
        raise ValidationError(high.name, high.label, f"{what} {low.label.lower()} ({shown})")
