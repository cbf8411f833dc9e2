"""When to look at a statement again: often while it is new, rarely once it has settled.

Statements are most often corrected in their first hours, so re-checks
follow tiers of (age limit, interval): with the defaults a statement is
checked every 15 minutes while under 3 hours old, hourly until a day old,
daily until a week, weekly until a month (30 days), monthly after that.
Pure functions of explicit datetimes (timezone-aware, UTC preferred).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

Tier = tuple[timedelta, timedelta]  # (age below which it applies, interval between checks)

DEFAULT_TIERS: tuple[Tier, ...] = (
    (timedelta(hours=3), timedelta(minutes=15)),
    (timedelta(days=1), timedelta(hours=1)),
    (timedelta(weeks=1), timedelta(days=1)),
    (timedelta(days=30), timedelta(weeks=1)),
    (timedelta.max, timedelta(days=30)),
)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")


def interval_for(age: timedelta, tiers: Sequence[Tier] = DEFAULT_TIERS) -> timedelta:
    """The re-check interval for a statement of this age (the last tier's beyond all limits)."""
    for age_limit, interval in tiers:
        if age < age_limit:
            return interval
    return tiers[-1][1]


def next_check(
    first_seen: datetime, last_checked: datetime | None, tiers: Sequence[Tier] = DEFAULT_TIERS
) -> datetime:
    """When the statement is next due: the last check plus the interval for its age then.

    Never checked means due at ``first_seen``.
    """
    if last_checked is None:
        return first_seen
    return last_checked + interval_for(last_checked - first_seen, tiers)


def is_due(
    first_seen: datetime,
    last_checked: datetime | None,
    now: datetime,
    tiers: Sequence[Tier] = DEFAULT_TIERS,
) -> bool:
    """Whether the statement should be checked at ``now``."""
    return next_check(first_seen, last_checked, tiers) <= now


def parse_tiers(text: str) -> tuple[Tier, ...]:
    """Read tiers from a setting like ``"3h=15m, 1d=1h, 7d=1d, 30d=7d, *=30d"``.

    Each item is ``age=interval``; ``*`` is "any older age" and ends the list.
    Units: s, m, h, d, w. Raises ValueError saying which item is wrong.
    """
    tiers: list[Tier] = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        age_text, _, interval_text = item.partition("=")
        age = timedelta.max if age_text.strip() == "*" else parse_duration(age_text)
        tiers.append((age, parse_duration(interval_text)))
    validate_tiers(tiers)
    return tuple(tiers)


def parse_duration(text: str) -> timedelta:
    """``"15m"`` -> 15 minutes. Raises ValueError for anything else."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"{text.strip()!r} is not a duration like 15m, 3h, 7d or 2w")
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


def validate_tiers(tiers: Sequence[Tier]) -> None:
    """Raise ValueError unless ages strictly increase and every interval is positive."""
    if not tiers:
        raise ValueError("at least one re-check tier is needed, e.g. '*=1d'")
    previous_age = timedelta(0)
    for age, interval in tiers:
        if interval <= timedelta(0):
            raise ValueError(f"re-check interval must be positive, got {interval}")
        if age <= previous_age:
            raise ValueError(f"tier ages must increase: {age} does not follow {previous_age}")
        previous_age = age
