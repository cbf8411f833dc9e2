"""Publication dates as inputs write them."""

from __future__ import annotations

import pytest

from annals.extract.dates import normalise_date


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2021-08-08", "2021-08-08"),
        ("2021-08-08 20:45:00-04:00", "2021-08-08T20:45:00-04:00"),
        ("2022-05-17T23:48:46", "2022-05-17T23:48:46"),
        ("2022-03-11T24:04:30", "2022-03-12T00:04:30"),  # as the Ukrainian corpus writes it
        ("", None),
        (None, None),
    ],
)
def test_dates_are_normalised_to_iso_8601(given: str | None, expected: str | None) -> None:
    assert normalise_date(given) == expected


@pytest.mark.parametrize("given", ["2023-02-30", "yesterday", "2022-13-01T10:00:00"])
def test_impossible_dates_are_errors(given: str) -> None:
    with pytest.raises(ValueError):
        normalise_date(given)
