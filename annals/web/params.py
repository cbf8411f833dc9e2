"""Query parameters in, ``SearchRequest`` out; and the links that change one parameter.

The search page, the JSON API, the exports and the Atom feed all take the same
parameters: ``q``, ``limit``, ``offset``, ``sort``, ``source`` and ``lang``
(repeatable), ``from`` and ``to`` (YYYY-MM-DD), ``place``, ``person`` and
``organisation`` (repeatable: names found in the statements) and ``exact=1``
(only the forms typed, no other spellings). Bad values are ``UsageError``
(400) with a message that says what to send instead; a query over 1,000
characters is ``QueryTooLong`` (414).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from urllib.parse import urlencode

from starlette.datastructures import QueryParams

from annals.errors import UsageError
from annals.search.engine import SORTS, SearchRequest
from annals.settings import Settings

MAX_QUERY_CHARS = 1000
MAX_PAGE_LIMIT = 100  # hits per page on the HTML pages; the API allows settings.max_limit
ENTITY_KINDS = ("place", "person", "organisation")
SEARCH_KEYS = ("q", "limit", "offset", "sort", "source", "lang", "from", "to", *ENTITY_KINDS,
               "exact")
MAX_NAME_CHARS = 200  # an entity name given as a filter
_YES, _NO = ("1", "true", "yes", "on"), ("", "0", "false", "no", "off")


class QueryTooLong(UsageError):
    """The query text is longer than the server accepts."""

    status = 414


def search_request(params: QueryParams, settings: Settings, max_limit: int | None = None,
                   default_sort: str = "relevance") -> SearchRequest:
    """The search the parameters ask for; ``UsageError`` for anything out of bounds."""
    query = params.get("q", "")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong(
            f"the query is {len(query):,} characters long; the limit is {MAX_QUERY_CHARS:,}"
        )
    limit_bound = settings.max_limit if max_limit is None else max_limit
    sort = params.get("sort") or default_sort
    if sort not in SORTS:
        raise UsageError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
    return SearchRequest(
        query=query,
        limit=integer_param(params, "limit", settings.default_limit, 0, limit_bound),
        offset=integer_param(params, "offset", 0, 0, settings.max_offset),
        sort=sort,
        sources=_values(params, "source"),
        languages=tuple(value.lower() for value in _values(params, "lang")),
        date_from=day_param(params, "from"),
        date_to=day_param(params, "to"),
        snippet_chars=settings.snippet_chars,
        variants=not flag(params, "exact"),
        entities=_entities(params),
    )


def flag(params: QueryParams, name: str) -> bool:
    """A yes/no parameter: ``1``/``true``/``yes``/``on`` or ``0``/``false``/``no``/``off``."""
    given = params.get(name, "").strip().lower()
    if given in _YES or given in _NO:
        return given in _YES
    raise UsageError(f"{name} must be 1 or 0, got {given!r}")


def _entities(params: QueryParams) -> tuple[tuple[str, str], ...]:
    """(kind, name) for each ``place``, ``person`` and ``organisation`` parameter."""
    found = tuple((kind, name) for kind in ENTITY_KINDS for name in _values(params, kind))
    for kind, name in found:
        if len(name) > MAX_NAME_CHARS:
            raise UsageError(f"a {kind} name is at most {MAX_NAME_CHARS} characters long")
    return found


def integer_param(params: QueryParams, name: str, default: int, lowest: int, highest: int) -> int:
    """A whole number parameter between ``lowest`` and ``highest`` (``default`` when absent)."""
    given = params.get(name, "")
    if given == "":
        return default
    try:
        value = int(given)
    except ValueError:
        raise UsageError(f"{name} must be a whole number, got {given!r}") from None
    if not lowest <= value <= highest:
        raise UsageError(f"{name} must be between {lowest} and {highest}, got {value}")
    return value


def _values(params: QueryParams, name: str) -> tuple[str, ...]:
    return tuple(value for value in params.getlist(name) if value)


def day_param(params: QueryParams, name: str) -> date | None:
    """An optional date parameter as YYYY-MM-DD."""
    given = params.get(name, "")
    if not given:
        return None
    try:
        return date.fromisoformat(given)
    except ValueError:
        raise UsageError(f"{name} must be a date as YYYY-MM-DD, got {given!r}") from None


def version_number(params: QueryParams, name: str) -> int | None:
    """An optional version number parameter (``old``, ``new``)."""
    given = params.get(name, "")
    if not given:
        return None
    if not given.isdigit() or int(given) < 1:
        raise UsageError(f"{name} must be a version number (1, 2, ...), got {given!r}")
    return int(given)


def request_params(request: SearchRequest, default_limit: int = 10,
                   **changes: object) -> list[tuple[str, str]]:
    """The query parameters that ask for ``request`` with ``changes``, defaults left out."""
    request = replace(request, **changes)  # type: ignore[arg-type]
    pairs: list[tuple[str, str]] = []
    if request.query:
        pairs.append(("q", request.query))
    pairs.extend(("source", source) for source in request.sources)
    pairs.extend(("lang", language) for language in request.languages)
    if request.date_from:
        pairs.append(("from", request.date_from.isoformat()))
    if request.date_to:
        pairs.append(("to", request.date_to.isoformat()))
    pairs.extend(request.entities)
    if not request.variants:
        pairs.append(("exact", "1"))
    if request.sort != "relevance":
        pairs.append(("sort", request.sort))
    if request.limit != default_limit:
        pairs.append(("limit", str(request.limit)))
    if request.offset:
        pairs.append(("offset", str(request.offset)))
    return pairs


def link(path: str, request: SearchRequest, extra: Iterable[tuple[str, str]] = (),
         default_limit: int = 10, **changes: object) -> str:
    """A URL for ``path`` with the search's parameters, ``changes`` applied."""
    pairs = request_params(request, default_limit, **changes) + list(extra)
    return f"{path}?{urlencode(pairs)}" if pairs else path
