"""Publication dates as inputs give them, normalised to ISO 8601."""

from __future__ import annotations

import re
from datetime import date, datetime

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SPACE_BEFORE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(.*)$")


def normalise_date(value: object) -> str | None:
    """ISO 8601 date or date-time for a date value; None when absent or not a date.

    Accepts ``date``/``datetime`` objects (YAML front matter gives those) and
    strings such as ``2021-08-08``, ``2021-08-08 20:45:00-04:00`` or
    ``2022-05-17T23:48:46``. Raises ValueError for a string that is not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if _DATE_ONLY.match(text):
        return date.fromisoformat(text).isoformat()
    match = _SPACE_BEFORE_TIME.match(text)
    if match:
        day, clock, zone = match.groups()
        return datetime.fromisoformat(f"{day}T{clock}{zone.strip()}").isoformat()
    raise ValueError(f"not an ISO 8601 date: {text!r}")


def date_part(published: str | None) -> str | None:
    """The YYYY-MM-DD part of a normalised date, as used for filters and facets."""
    return published[:10] if published else None
