"""The HTML pages: search, statement, version, diff, sources. Each parses, calls, renders."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from annals.api import Annals
from annals.archive.diff import render_diff_html
from annals.archive.store import StoredVersion
from annals.errors import NotFound, UsageError
from annals.models import Fact, Hit, SearchResult
from annals.search.engine import SORTS, SearchRequest
from annals.web import chart, render
from annals.web.fact_panel import panel_items
from annals.web.params import (
    ENTITY_KINDS,
    MAX_PAGE_LIMIT,
    link,
    search_request,
    version_number,
)

FACETS = (("source", "Source"), ("language", "Language"), ("tags", "Tag"), ("place", "Place"),
          ("person", "Person"), ("organisation", "Organisation"))
MATCHED_SHOWN = 8  # matched forms listed under a hit
_TAG_TERM = r'(?:^|\s)tag:(?:"{0}"|{0})(?=\s|$)'


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    count: int
    href: str
    selected: bool


async def search_page(request: Request) -> Response:
    """``/``: the search box, results, facets, chart and pagination."""
    web = request.app.state.web
    search = search_request(request.query_params, web.settings, max_limit=MAX_PAGE_LIMIT)
    result, months = await web.service.run(lambda annals: _search_with_months(annals, search))
    context = {
        "search": search,
        "result": result,
        "hits": [(hit, render.safe_snippet(hit.snippet), _matched(hit)) for hit in result.hits],
        "came_from": _link(web, search, path=""),
        "facets": _facets(result, search, web.settings.default_limit),
        "bars": _bars(result, search, months, web.settings.default_limit),
        "months_of": chart.single_year(search) if months else None,
        "all_years": _link(web, search, offset=0, date_from=None, date_to=None)
        if search.date_from or search.date_to else None,
        "sorts": [(sort, _link(web, search, sort=sort, offset=0)) for sort in SORTS],
        "pages": _pagination(result, search, web.settings.default_limit),
        "drop_filters": _drop_filters(search, web.settings.default_limit),
        "export_csv": _link(web, search, path="/export.csv", offset=0),
        "export_jsonl": _link(web, search, path="/export.jsonl", offset=0),
        "atom": _link(web, search, path="/search.atom", offset=0, sort="relevance"),
        "api": _link(web, search, path="/api/search"),
        "suggestion": _suggestion(web, search, result),
        "exact_toggle": _exact_toggle(web, search),
    }
    return web.page(request, "search.html", context)


def _matched(hit: Hit) -> str:
    """The forms of the query's words found in a hit ("Khojaly, Xocalı"), a few at most."""
    forms = list(dict.fromkeys(hit.matched))
    shown = ", ".join(forms[:MATCHED_SHOWN])
    return shown + (f" and {len(forms) - MATCHED_SHOWN} more" if len(forms) > MATCHED_SHOWN else "")


def _exact_toggle(web: Any, search: SearchRequest) -> tuple[str, str] | None:
    """(label, link) that turns matching other spellings off or back on."""
    if not search.query.strip():
        return None
    if search.variants:
        return "only exact forms", _link(web, search, variants=False, offset=0)
    return "include other spellings", _link(web, search, variants=True, offset=0)


def _suggestion(web: Any, search: SearchRequest, result: SearchResult) -> tuple[str, str] | None:
    """(corrected query, link) when the search suggests a spelling."""
    corrected = getattr(result, "suggestion", None)
    if not corrected or corrected == search.query:
        return None
    return corrected, _link(web, search, query=corrected, offset=0)


def _link(web: Any, search: SearchRequest, path: str = "/", **changes: Any) -> str:
    return link(path, search, default_limit=web.settings.default_limit, **changes)


def _search_with_months(annals: Annals, search: SearchRequest) -> tuple[SearchResult, list[int]]:
    """The search, and when its dates lie in one year, the count of each month of that year."""
    result = annals.search(search)
    year = chart.single_year(search)
    if year is None or result.total == 0:
        return result, []
    counts = []
    for first, last in chart.month_ranges(year):
        start, end = max(first, search.date_from or first), min(last, search.date_to or last)
        month = replace(search, limit=0, offset=0, facets=False, date_from=start, date_to=end)
        counts.append(annals.search(month).total if start <= end else 0)
    return result, counts


def _facets(result: SearchResult, search: SearchRequest, default_limit: int
            ) -> list[tuple[str, str, list[FacetValue]]]:
    facets = []
    for name, heading in FACETS:
        counts = result.facets.get(name, {})
        values = [_facet_value(name, value, count, search, default_limit)
                  for value, count in counts.items()]
        if values:
            facets.append((name, heading, values))
    return facets


def _facet_value(name: str, value: str, count: int, search: SearchRequest,
                 default_limit: int) -> FacetValue:
    if name in ENTITY_KINDS:
        entity = (name, value)
        selected = entity in search.entities
        entities = tuple(e for e in search.entities if e != entity) if selected else (
            *search.entities, entity)
        href = link("/", search, default_limit=default_limit, entities=entities, offset=0)
    elif name == "source":
        selected = value in search.sources
        sources = tuple(s for s in search.sources if s != value) if selected else (value,)
        href = link("/", search, default_limit=default_limit, sources=sources, offset=0)
    elif name == "language":
        selected = value in search.languages
        languages = tuple(v for v in search.languages if v != value) if selected else (value,)
        href = link("/", search, default_limit=default_limit, languages=languages, offset=0)
    else:
        pattern = re.compile(_TAG_TERM.format(re.escape(value)))
        selected = bool(pattern.search(search.query))
        if selected:
            query = " ".join(pattern.sub(" ", search.query).split())
        else:
            term = f'tag:"{value}"' if re.search(r'[\s()"|:]', value) else f"tag:{value}"
            query = f"{search.query} {term}".strip()
        href = link("/", search, default_limit=default_limit, query=query, offset=0)
    return FacetValue(value, count, href, selected)


def _bars(result: SearchResult, search: SearchRequest, months: list[int],
          default_limit: int) -> list[chart.Bar]:
    year = chart.single_year(search)
    if year is not None and months:
        return chart.month_bars(year, months, search, default_limit)
    return chart.year_bars(result.facets.get("year", {}), search, default_limit)


def _pagination(result: SearchResult, search: SearchRequest, default_limit: int
                ) -> dict[str, Any]:
    size = max(search.limit, 1)
    current = search.offset // size + 1
    last = max(1, -(-min(result.total, search.offset + 10 * size) // size))
    nearby = range(max(1, current - 2), min(last, current + 2) + 1)
    numbers = sorted({1, current, last, *nearby})

    def page_link(number: int) -> str:
        return link("/", search, default_limit=default_limit, offset=(number - 1) * size)

    return {
        "current": current,
        "previous": page_link(current - 1) if current > 1 else None,
        "next": page_link(current + 1) if search.offset + size < result.total else None,
        "numbers": [(number, page_link(number)) for number in numbers] if last > 1 else [],
        "first_shown": search.offset + 1 if result.hits else 0,
        "last_shown": search.offset + len(result.hits),
    }


def _drop_filters(search: SearchRequest, default_limit: int) -> list[tuple[str, str]]:
    """(label, link) for each active filter: the same search without it."""
    def without(**changes: Any) -> str:
        return link("/", search, default_limit=default_limit, offset=0, **changes)

    drops = [(f"source: {source}", without(sources=tuple(s for s in search.sources if s != source)))
             for source in search.sources]
    drops += [(f"language: {language}",
               without(languages=tuple(v for v in search.languages if v != language)))
              for language in search.languages]
    drops += [(f"{kind}: {name}",
               without(entities=tuple(e for e in search.entities if e != (kind, name))))
              for kind, name in search.entities]
    if search.date_from or search.date_to:
        span = f"{search.date_from or '…'} to {search.date_to or '…'}"
        drops.append((f"dates: {span}", without(date_from=None, date_to=None)))
    return drops


# --- statements ----------------------------------------------------------------------------


async def statement_page(request: Request) -> Response:
    """``/statements/{id}``: the current version."""
    return await _version_page(request, None)


async def version_page(request: Request) -> Response:
    """``/statements/{id}/v/{n}``: one version, for citing."""
    return await _version_page(request, int(request.path_params["number"]))


async def _version_page(request: Request, number: int | None) -> Response:
    web = request.app.state.web
    statement_id = int(request.path_params["statement_id"])
    query = request.query_params.get("q", "")
    came_from = search_request(request.query_params, web.settings)  # the search it came from

    def load(annals: Annals) -> tuple[StoredVersion, list[StoredVersion], list[Fact]]:
        versions = annals.versions(statement_id)
        shown = versions[-1] if number is None else annals.version(statement_id, number)
        return shown, versions, annals.facts(statement_id, shown.number)

    shown, versions, facts = await web.service.run(load)
    marks = render.query_marks(query, shown.language, variants=came_from.variants)
    context = {
        "version": shown,
        "versions": versions,
        "current": versions[-1],
        "is_permalink": number is not None,
        "query": query,
        "text": render.marked_text(shown.text, marks, facts),
        "title": render.marked_text(shown.title, marks),
        "facts": panel_items(facts),
        "fact_count": len(facts),
        "back": _link(web, came_from) if request.query_params else None,
    }
    return web.page(request, "statement.html", context)


async def diff_page(request: Request) -> Response:
    """``/statements/{id}/diff?old=&new=``: a word diff between two versions."""
    web = request.app.state.web
    statement_id = int(request.path_params["statement_id"])
    old = version_number(request.query_params, "old")
    new = version_number(request.query_params, "new")

    def load(annals: Annals) -> tuple[Any, list[StoredVersion]]:
        return annals.diff(statement_id, old, new), annals.versions(statement_id)

    (old_version, new_version, ops), versions = await web.service.run(load)
    changed = sum(1 for op in ops if op.kind != "equal")
    context = {
        "old": old_version, "new": new_version, "versions": versions, "current": versions[-1],
        "diff": render.Markup(render_diff_html(ops)), "changes": changed,
    }
    return web.page(request, "diff.html", context)


async def raw_capture(request: Request) -> Response:
    """``/captures/{sha256}``: the raw bytes as captured, always as a download."""
    web = request.app.state.web
    content_sha256 = request.path_params["content_sha256"].lower()
    if not re.fullmatch(r"[0-9a-f]{64}", content_sha256):
        raise UsageError("a capture is named by its SHA-256: 64 hexadecimal characters")
    raw = await web.service.run(lambda annals: annals.raw_capture(content_sha256))
    return Response(raw, media_type="application/octet-stream", headers={
        "Content-Disposition": f'attachment; filename="capture-{content_sha256[:16]}.bin"',
    })


async def sources_page(request: Request) -> Response:
    """``/sources``: every source with its counts, last crawl and status, and its changes feed."""
    web = request.app.state.web
    sources = await web.service.run(lambda annals: annals.sources())
    rows = [{**row, "href": link("/", SearchRequest(sources=(str(row["name"]),))),
             "changes": f"/sources/{quote(str(row['name']), safe='')}/changes.atom"}
            for row in sources]
    return web.page(request, "sources.html", {"sources": rows})


def not_found_page(web: Any, request: Request, message: str) -> HTMLResponse:
    return web.error_page(request, NotFound(message))
