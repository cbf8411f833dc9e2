"""Publication dates as inputs give them, normalised to ISO 8601."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

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
        return _rolled_over(day, clock, zone.strip()).isoformat()
    raise ValueError(f"not an ISO 8601 date: {text!r}")


def _rolled_over(day: str, clock: str, zone: str) -> datetime:
    """The moment, where an hour of 24 or more (some feeds write "24:04:30") runs into the
    following day, as the publisher meant."""
    hours, rest = clock.split(":", 1)
    extra_days, hour = divmod(int(hours), 24)
    moment = datetime.fromisoformat(f"{day}T{hour:02d}:{rest}{zone}")
    return moment + timedelta(days=extra_days)
