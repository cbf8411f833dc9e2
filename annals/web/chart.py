"""The "statements over time" chart: bars by year, or by month inside one year.

Pure: counts in, bars out. Each bar links to the same search narrowed to its
year or month, so the chart works as a filter without JavaScript.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from annals.search.engine import SearchRequest
from annals.web.params import link

CHART_HEIGHT = 80  # SVG units of the tallest bar
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # "2021" or "Mar"
    title: str  # "March 2021: 12 statements"
    count: int
    height: float  # in SVG units, 0..CHART_HEIGHT
    href: str
    selected: bool


def single_year(request: SearchRequest) -> int | None:
    """The year a search's date range lies in, if it lies in one."""
    if request.date_from and request.date_to and request.date_from.year == request.date_to.year:
        return request.date_from.year
    return None


def month_ranges(year: int) -> list[tuple[date, date]]:
    """First and last day of each month of ``year``."""
    return [
        (date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))
        for month in range(1, 13)
    ]


def year_bars(counts: dict[str, int], request: SearchRequest, default_limit: int = 10) -> list[Bar]:
    """One bar per year from the ``year`` facet, filling in years with no statements."""
    years = sorted(int(year) for year in counts if year.isdigit())
    if not years:
        return []
    tallest = max(counts.values()) or 1
    bars = []
    for year in range(years[0], years[-1] + 1):
        count = counts.get(str(year), 0)
        href = link("/", request, default_limit=default_limit, offset=0,
                    date_from=date(year, 1, 1), date_to=date(year, 12, 31))
        plural = "statement" if count == 1 else "statements"
        bars.append(Bar(str(year), f"{year}: {count:,} {plural}", count,
                        _height(count, tallest), href, single_year(request) == year))
    return bars


def month_bars(year: int, counts: list[int], request: SearchRequest,
               default_limit: int = 10) -> list[Bar]:
    """Twelve bars for the months of ``year`` (``counts`` in month order)."""
    tallest = max(counts) or 1
    bars = []
    for (first, last), count, name in zip(month_ranges(year), counts, MONTHS, strict=True):
        href = link("/", request, default_limit=default_limit, offset=0,
                    date_from=first, date_to=last)
        selected = request.date_from == first and request.date_to == last
        plural = "statement" if count == 1 else "statements"
        bars.append(Bar(name, f"{calendar.month_name[first.month]} {year}: {count:,} {plural}",
                        count, _height(count, tallest), href, selected))
    return bars


def _height(count: int, tallest: int) -> float:
    if count == 0:
        return 0.0
    return round(max(2.0, CHART_HEIGHT * count / tallest), 1)
