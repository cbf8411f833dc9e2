"""Re-check schedule: explicit datetimes, no sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from annals.sources.schedule import (
    DEFAULT_TIERS,
    interval_for,
    is_due,
    next_check,
    parse_tiers,
)

FIRST_SEEN = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("age", "interval"),
    [
        (timedelta(minutes=0), timedelta(minutes=15)),
        (timedelta(hours=2, minutes=59), timedelta(minutes=15)),
        (timedelta(hours=3), timedelta(hours=1)),
        (timedelta(hours=23), timedelta(hours=1)),
        (timedelta(days=1), timedelta(days=1)),
        (timedelta(days=6), timedelta(days=1)),
        (timedelta(days=7), timedelta(weeks=1)),
        (timedelta(days=29), timedelta(weeks=1)),
        (timedelta(days=30), timedelta(days=30)),
        (timedelta(days=3650), timedelta(days=30)),
    ],
)
def test_interval_grows_with_the_statements_age(age, interval):
    assert interval_for(age) == interval


def test_never_checked_statement_is_due_at_once():
    assert next_check(FIRST_SEEN, None) == FIRST_SEEN
    assert is_due(FIRST_SEEN, None, FIRST_SEEN)


def test_new_statement_is_due_fifteen_minutes_after_its_last_check():
    last = FIRST_SEEN + timedelta(hours=1)

    assert next_check(FIRST_SEEN, last) == last + timedelta(minutes=15)
    assert not is_due(FIRST_SEEN, last, last + timedelta(minutes=14))
    assert is_due(FIRST_SEEN, last, last + timedelta(minutes=15))


def test_two_day_old_statement_is_due_daily():
    last = FIRST_SEEN + timedelta(days=2)

    assert not is_due(FIRST_SEEN, last, last + timedelta(hours=23))
    assert is_due(FIRST_SEEN, last, last + timedelta(days=1))


def test_old_statement_is_due_monthly():
    last = FIRST_SEEN + timedelta(days=400)

    assert next_check(FIRST_SEEN, last) == last + timedelta(days=30)


def test_tiers_are_a_setting():
    tiers = parse_tiers("1h=5m, 2d=6h, *=3d")

    assert tiers == (
        (timedelta(hours=1), timedelta(minutes=5)),
        (timedelta(days=2), timedelta(hours=6)),
        (timedelta.max, timedelta(days=3)),
    )
    assert interval_for(timedelta(days=5), tiers) == timedelta(days=3)
    assert parse_tiers("3h=15m, 1d=1h, 7d=1d, 30d=1w, *=30d") == DEFAULT_TIERS


@pytest.mark.parametrize(
    ("text", "problem"),
    [("", "at least one"), ("1d=1h, 3h=15m", "must increase"), ("1h=0m", "positive"),
     ("1h=soon", "not a duration"), ("an hour=5m", "not a duration")],
)  # fmt: skip
def test_bad_tier_settings_say_what_is_wrong(text, problem):
    with pytest.raises(ValueError, match=problem):
        parse_tiers(text)
