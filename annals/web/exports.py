"""Exports of any search, streamed: CSV, JSON Lines, and an Atom feed of the newest hits;
and an Atom feed of each source's changes (statements added, edited, removed, restored).

Exports have no cap: ``Annals.iter_search`` pages through the hits, and each
page is written out before the next is read, so memory stays flat however
many rows there are. An export opens its own ``Annals`` so that a long
download never shares a connection with the requests served meanwhile.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from itertools import islice
from urllib.parse import quote
from xml.etree import ElementTree

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from annals.api import Annals
from annals.archive.captures import Event
from annals.cli_render import hit_json
from annals.crawl_feed import changes_atom
from annals.models import Hit
from annals.search.engine import SearchRequest
from annals.web.params import search_request
from annals.web.render import plain_snippet

CSV_COLUMNS = ("id", "external_id", "url", "title", "source", "published", "language", "tags",
               "version", "score", "snippet")
ROWS_PER_CHUNK = 500
FEED_ENTRIES = 50
CHANGE_ENTRIES = 100
ATOM = "http://www.w3.org/2005/Atom"


async def export_csv(request: Request) -> Response:
    """``/export.csv?q=...``: every hit of the search, one row each."""
    wanted = await _export_request(request)
    return _stream(request, wanted, "text/csv; charset=utf-8", "annals-export.csv", _csv_chunk,
                   header=_csv_line(CSV_COLUMNS))


async def export_jsonl(request: Request) -> Response:
    """``/export.jsonl?q=...``: every hit of the search as ``annals search --json`` hits."""
    wanted = await _export_request(request)
    return _stream(request, wanted, "application/x-ndjson; charset=utf-8", "annals-export.jsonl",
                   _jsonl_chunk)


async def _export_request(request: Request) -> SearchRequest:
    web = request.app.state.web
    wanted = search_request(request.query_params, web.settings)
    # Parse the query now, so a syntax error is a 400 rather than a broken download.
    await web.service.run(lambda annals: annals.search(replace(wanted, limit=0, facets=False)))
    return wanted


def _stream(request: Request, wanted: SearchRequest, media_type: str, filename: str,
            render_chunk: Callable[[list[Hit]], str], header: str = "") -> StreamingResponse:
    web = request.app.state.web

    async def body() -> AsyncIterator[bytes]:
        if header:
            yield header.encode("utf-8")
        annals = await anyio.to_thread.run_sync(Annals, web.settings)
        try:
            hits = annals.iter_search(replace(wanted, offset=0))
            while True:
                chunk = await anyio.to_thread.run_sync(_take, hits)
                if not chunk:
                    return
                yield render_chunk(chunk).encode("utf-8")
        finally:
            annals.close()

    return StreamingResponse(body(), media_type=media_type, headers={
        "Content-Disposition": f'attachment; filename="{filename}"'})


def _take(hits: Iterator[Hit]) -> list[Hit]:
    return list(islice(hits, ROWS_PER_CHUNK))


def _csv_line(values: tuple[object, ...]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(values)
    return out.getvalue()


def _csv_chunk(hits: list[Hit]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for hit in hits:
        writer.writerow((hit.id, hit.external_id, hit.url, csv_safe(hit.title), hit.source,
                         hit.published, hit.language, ";".join(hit.tags), hit.version, hit.score,
                         csv_safe(plain_snippet(hit.snippet))))
    return out.getvalue()


def csv_safe(text: str) -> str:
    """The text as a spreadsheet shows it, never as a formula."""
    # A cell starting with = + - @ is run as a formula by spreadsheets: make it text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _jsonl_chunk(hits: list[Hit]) -> str:
    return "".join(json.dumps(hit_json(hit), ensure_ascii=False) + "\n" for hit in hits)


# --- Atom ----------------------------------------------------------------------------------


async def atom_feed(request: Request) -> Response:
    """``/search.atom?q=...``: the newest statements matching a search, for feed readers."""
    web = request.app.state.web
    wanted = replace(search_request(request.query_params, web.settings), sort="newest",
                     offset=0, facets=False)
    wanted = replace(wanted, limit=min(wanted.limit, FEED_ENTRIES) if "limit" in
                     request.query_params else 20)
    result = await web.service.run(lambda annals: annals.search(wanted))
    feed = _feed(str(request.url), str(request.base_url).rstrip("/"), wanted.query, result.hits)
    return Response(feed, media_type="application/atom+xml; charset=utf-8")


async def source_changes(request: Request) -> Response:
    """``/sources/{name}/changes.atom``: the newest changes to a source's statements."""
    web = request.app.state.web
    name = request.path_params["name"]
    events = await web.service.run(lambda annals: annals.events(source=name,
                                                                limit=CHANGE_ENTRIES))
    base_url = str(request.base_url).rstrip("/")

    def link_for(event: Event) -> str:
        if event.statement_id is None:
            return event.url or ""
        if event.version:
            return f"{base_url}/statements/{event.statement_id}/v/{event.version}"
        return f"{base_url}/statements/{event.statement_id}"

    feed = changes_atom(events, title=f"Annals: changes in {name}",
                        feed_url=f"{base_url}{request.url.path}",
                        site_url=f"{base_url}/?source={quote(name, safe='')}", link_for=link_for)
    return Response(feed.encode("utf-8"), media_type="application/atom+xml; charset=utf-8")


def _feed(self_url: str, base_url: str, query: str, hits: list[Hit]) -> bytes:
    ElementTree.register_namespace("", ATOM)
    feed = ElementTree.Element(f"{{{ATOM}}}feed")
    _child(feed, "title", f"Annals: {query}" if query else "Annals: newest statements")
    _child(feed, "id", self_url)
    _child(feed, "updated", _atom_time(hits[0].published if hits else None))
    ElementTree.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    _child(feed, "generator", "Annals")
    for hit in hits:
        permalink = f"{base_url}/statements/{hit.id}/v/{hit.version}"
        entry = ElementTree.SubElement(feed, f"{{{ATOM}}}entry")
        _child(entry, "title", hit.title or "(untitled)")
        _child(entry, "id", permalink)
        _child(entry, "updated", _atom_time(hit.published))
        ElementTree.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=permalink)
        if hit.url:
            ElementTree.SubElement(entry, f"{{{ATOM}}}link", rel="via", href=hit.url)
        author = ElementTree.SubElement(entry, f"{{{ATOM}}}author")
        _child(author, "name", hit.source)
        _child(entry, "summary", plain_snippet(hit.snippet))
    text = ElementTree.tostring(feed, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + text).encode("utf-8")


def _child(parent: ElementTree.Element, name: str, text: str) -> None:
    ElementTree.SubElement(parent, f"{{{ATOM}}}{name}").text = text


def _atom_time(published: str | None) -> str:
    """An RFC 3339 time for Atom (a date alone becomes midnight UTC; none becomes now)."""
    if published:
        try:
            moment = datetime.fromisoformat(published)
        except ValueError:
            moment = None
        if moment is not None:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            return moment.isoformat()
    return datetime.now(UTC).replace(microsecond=0).isoformat()
